/* hustings-contact-editor.h: the detail pane of the contacts page: every field of one contact
 * (with its district and whether it unsubscribed from email), Save and Revert; the contact's
 * open tasks, totals and history (interactions, donations, shifts and events).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_CONTACT_EDITOR (hustings_contact_editor_get_type ())
G_DECLARE_FINAL_TYPE (HustingsContactEditor, hustings_contact_editor, HUSTINGS, CONTACT_EDITOR,
                      AdwBin)

/* Properties: "file", "show-back" (a back button for folded layouts), "read-only".
 * Signal "saved" (gint64 contact_id) after a contact was added or updated.
 * Actions: editor.save, editor.revert. The back button activates contacts.back. */

GtkWidget *hustings_contact_editor_new            (void);
void       hustings_contact_editor_set_file       (HustingsContactEditor *self,
                                                   HustingsCommitteeFile *file);
/* Shows the contact with this id; 0 shows nothing. Keeps the form if it already shows it. */
void       hustings_contact_editor_show_contact   (HustingsContactEditor *self,
                                                   gint64                 contact_id);
/* An empty form for a new individual. */
void       hustings_contact_editor_new_contact    (HustingsContactEditor *self);
/* The id of the contact shown; 0 for none or a new one not yet saved. */
gint64     hustings_contact_editor_get_contact_id (HustingsContactEditor *self);
gboolean   hustings_contact_editor_get_dirty      (HustingsContactEditor *self);
/* Saves the form (as editor.save does); when it cannot be saved, the form says why and this
 * returns FALSE. */
gboolean   hustings_contact_editor_save           (HustingsContactEditor *self);

G_END_DECLS
