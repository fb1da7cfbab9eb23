/* hustings-contact-picker.h: a small dialog to choose a contact for something (a shift, the
 * guest list, a new volunteer), which says in place why it was refused.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_CONTACT_PICKER (hustings_contact_picker_get_type ())
G_DECLARE_FINAL_TYPE (HustingsContactPicker, hustings_contact_picker, HUSTINGS, CONTACT_PICKER,
                      AdwWindow)

/* Does what the contact was chosen for; FALSE + error (shown in the dialog, which stays open)
 * when it was refused. */
typedef gboolean (*HustingsPickFunc) (gpointer   data,
                                      gint64     contact_id,
                                      GError   **error);

/* Action picker.choose runs func with the contact chosen, and closes the dialog when it
 * succeeds. */
HustingsContactPicker *hustings_contact_picker_new         (GtkWindow             *parent,
                                                            HustingsCommitteeFile *file,
                                                            const char            *title,
                                                            const char            *action_label,
                                                            HustingsPickFunc       func,
                                                            gpointer               data,
                                                            GDestroyNotify         destroy);
void                   hustings_contact_picker_set_contact (HustingsContactPicker *self,
                                                            HustingsContact       *contact);
/* What the last refusal said; NULL when nothing was refused. */
const char            *hustings_contact_picker_get_error   (HustingsContactPicker *self);

G_END_DECLS
