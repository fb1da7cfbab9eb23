/* hustings-donations-page.h: the Donations page: a date range, the list and its total.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_DONATIONS_PAGE (hustings_donations_page_get_type ())
G_DECLARE_FINAL_TYPE (HustingsDonationsPage, hustings_donations_page, HUSTINGS, DONATIONS_PAGE,
                      AdwBin)

/* Property "file". Action donations.range ("this-year", "last-30-days", "all") sets the
 * dates. Its "+" buttons and Delete key activate win.new-donation and win.delete-donation. */

void    hustings_donations_page_set_file        (HustingsDonationsPage *self,
                                                 HustingsCommitteeFile *file);
/* Deletes the selected donation (and its refunds) and offers to undo. */
void    hustings_donations_page_delete_selected (HustingsDonationsPage *self);
/* Opens the refund dialog for the selected donation. */
void    hustings_donations_page_refund_selected (HustingsDonationsPage *self);
/* The ids of the donations in the dates shown (gint64), in the order shown. */
GArray *hustings_donations_page_dup_ids         (HustingsDonationsPage *self);

G_END_DECLS
