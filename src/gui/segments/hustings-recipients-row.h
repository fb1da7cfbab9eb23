/* hustings-recipients-row.h: a combo row to choose who letters or an email go to: the
 * contacts the Contacts page lists, or a saved segment.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

/* Who was chosen, resolved to contact ids in a worker (a segment is evaluated there, with the
 * worker's own committee file). */
typedef struct _HustingsRecipients HustingsRecipients;

void                hustings_recipients_free    (HustingsRecipients       *self);
/* The contact ids (gint64) in the order they are listed; NULL + error when the segment
 * cannot be evaluated. */
GArray             *hustings_recipients_resolve (const HustingsRecipients *self,
                                                 HustingsCommitteeFile    *file,
                                                 GError                  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HustingsRecipients, hustings_recipients_free)

#define HUSTINGS_TYPE_RECIPIENTS_ROW (hustings_recipients_row_get_type ())
G_DECLARE_FINAL_TYPE (HustingsRecipientsRow, hustings_recipients_row, HUSTINGS, RECIPIENTS_ROW,
                      AdwComboRow)

/* Signal "changed" (void) when the recipients chosen change: the user chose others, or the
 * rules of the segment chosen changed in the file (it was edited or deleted). Other changes to
 * the file's segments only update the list. */

/* Lists file's saved segments, after "Contacts Shown (N)" when shown_ids (gint64, copied)
 * is not NULL, and chooses segment (NULL: the contacts shown, else the first segment). */
void                hustings_recipients_row_set_file       (HustingsRecipientsRow *self,
                                                            HustingsCommitteeFile *file,
                                                            GArray                *shown_ids,
                                                            const char            *segment);
/* Who is chosen; NULL when nothing is (no segment and no contacts shown). */
HustingsRecipients *hustings_recipients_row_dup_recipients (HustingsRecipientsRow *self);

G_END_DECLS
