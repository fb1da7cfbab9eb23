/* hustings-disbursements-page.h: the Disbursements page: a search, a date range, the list and
 * its total.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_DISBURSEMENTS_PAGE (hustings_disbursements_page_get_type ())
G_DECLARE_FINAL_TYPE (HustingsDisbursementsPage, hustings_disbursements_page, HUSTINGS,
                      DISBURSEMENTS_PAGE, AdwBin)

/* Property "file". Action disbursements.range ("this-year", "last-30-days", "all") sets the
 * dates. Its "+" buttons and Delete key activate win.new-disbursement and
 * win.delete-disbursement; activating a row edits it. */

void    hustings_disbursements_page_set_file        (HustingsDisbursementsPage *self,
                                                     HustingsCommitteeFile     *file);
/* Deletes the selected disbursement and offers to undo. */
void    hustings_disbursements_page_delete_selected (HustingsDisbursementsPage *self);
void    hustings_disbursements_page_focus_search    (HustingsDisbursementsPage *self);
/* The ids of the disbursements shown (gint64), in the order shown. */
GArray *hustings_disbursements_page_dup_ids         (HustingsDisbursementsPage *self);

G_END_DECLS
