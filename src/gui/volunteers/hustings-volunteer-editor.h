/* hustings-volunteer-editor.h: a dialog to make a contact a volunteer, or to edit one: status,
 * skills, weekly availability, emergency contact, notes, and the shifts they worked.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_VOLUNTEER_EDITOR (hustings_volunteer_editor_get_type ())
G_DECLARE_FINAL_TYPE (HustingsVolunteerEditor, hustings_volunteer_editor, HUSTINGS,
                      VOLUNTEER_EDITOR, AdwWindow)

/* Actions: editor.save (adds or saves, then closes), editor.revert (puts back what the file
 * holds), editor.stop (asks, then the contact stops volunteering), editor.add-skill (s). */

/* To make a contact (chosen in the dialog) a volunteer. */
HustingsVolunteerEditor *hustings_volunteer_editor_new      (GtkWindow              *parent,
                                                             HustingsCommitteeFile  *file);
/* To edit a volunteer; NULL + error when the file does not have them. */
HustingsVolunteerEditor *hustings_volunteer_editor_new_edit (GtkWindow              *parent,
                                                             HustingsCommitteeFile  *file,
                                                             gint64                  contact_id,
                                                             GError                **error);

G_END_DECLS
