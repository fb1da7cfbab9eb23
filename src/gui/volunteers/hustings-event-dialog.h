/* hustings-event-dialog.h: a dialog for a new event, or to edit one's details.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_EVENT_DIALOG (hustings_event_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HustingsEventDialog, hustings_event_dialog, HUSTINGS, EVENT_DIALOG,
                      AdwWindow)

/* Action dialog.save adds or saves, then closes. Signal "added" (gint64 event id) after a new
 * event is added. */

HustingsEventDialog *hustings_event_dialog_new      (GtkWindow              *parent,
                                                     HustingsCommitteeFile  *file);
/* NULL + error when the file does not have the event. */
HustingsEventDialog *hustings_event_dialog_new_edit (GtkWindow              *parent,
                                                     HustingsCommitteeFile  *file,
                                                     gint64                  event_id,
                                                     GError                **error);

G_END_DECLS
