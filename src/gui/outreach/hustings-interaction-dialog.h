/* hustings-interaction-dialog.h: a dialog to log an interaction with a contact (a call, an
 * email, a meeting…: when, the outcome, notes), or to edit or delete one.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_INTERACTION_DIALOG (hustings_interaction_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HustingsInteractionDialog, hustings_interaction_dialog, HUSTINGS,
                      INTERACTION_DIALOG, AdwWindow)

/* Actions: dialog.save logs or saves, then closes; dialog.delete (editing only) asks, then
 * deletes. */

/* A new interaction with the contact with contact_id, a call at first, today, now. */
HustingsInteractionDialog *hustings_interaction_dialog_new      (GtkWindow             *parent,
                                                                 HustingsCommitteeFile *file,
                                                                 gint64                 contact_id);
/* NULL + error when the file does not have the interaction. */
HustingsInteractionDialog *hustings_interaction_dialog_new_edit (GtkWindow             *parent,
                                                                 HustingsCommitteeFile *file,
                                                                 gint64                 id,
                                                                 GError               **error);

G_END_DECLS
