/* hustings-template-editor.h: a window to write the letter and email templates of a committee
 * file: the list, and for the one chosen its name, an email's subject and the text, with a
 * menu of the merge fields to insert. Built-in templates are edited as copies saved under
 * their name, which replace them for the file until deleted.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_TEMPLATE_EDITOR (hustings_template_editor_get_type ())
G_DECLARE_FINAL_TYPE (HustingsTemplateEditor, hustings_template_editor, HUSTINGS,
                      TEMPLATE_EDITOR, AdwWindow)

/* Actions: template.new (s: "letter" or "email"), template.save (a refusal is shown in the
 * window, in the core's words), template.delete (asks), template.insert-field (s: a merge
 * field's name, inserted at the cursor of the subject or the text, whichever had the focus
 * last). Choosing another template saves the changes to the one shown first; closing the
 * window with changes asks whether to save them. */

/* Shows the template called name, or the first of kind when name is NULL or not found. */
HustingsTemplateEditor *hustings_template_editor_new (GtkWindow             *parent,
                                                      HustingsCommitteeFile *file,
                                                      HustingsTemplateKind   kind,
                                                      const char            *name);

G_END_DECLS
