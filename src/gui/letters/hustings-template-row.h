/* hustings-template-row.h: a combo row to choose a letter or email template of a committee
 * file: the saved ones and the built-ins they do not replace.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_TEMPLATE_ROW (hustings_template_row_get_type ())
G_DECLARE_FINAL_TYPE (HustingsTemplateRow, hustings_template_row, HUSTINGS, TEMPLATE_ROW,
                      AdwComboRow)

/* Signal "changed" (void) when the template chosen changes: the user chose another, or it was
 * edited, replaced or deleted in the file. Other changes to the file's templates only update
 * the list. */

/* Lists file's templates of kind and chooses the first. */
void              hustings_template_row_set_file     (HustingsTemplateRow  *self,
                                                      HustingsCommitteeFile *file,
                                                      HustingsTemplateKind  kind);
/* The template chosen (borrowed), or NULL when there is none. */
HustingsTemplate *hustings_template_row_get_template (HustingsTemplateRow  *self);

G_END_DECLS
