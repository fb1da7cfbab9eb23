/* hustings-donation-store.h: donations in a committee file (the data-access functions).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-committee-file.h"
#include "hustings-donation.h"

G_BEGIN_DECLS

typedef enum {
  HUSTINGS_DONATION_SORT_DATE,
  HUSTINGS_DONATION_SORT_AMOUNT,
  HUSTINGS_DONATION_SORT_DONOR,
} HustingsDonationSort;

/* Validates (contact exists, real date, amount non-zero and in range, a refund negative and no
 * larger than what it refunds, election code known to the committee), fills the election from
 * the date when the donation has none, computes the cycle, and inserts; the donor's totals move
 * with it. Sets the donation's id. Emits "donations-changed". */
gboolean          hustings_donation_store_add    (HustingsCommitteeFile *file,
                                                  HustingsDonation      *donation,
                                                  GError               **error);
/* Validates and saves an edited donation; the totals it leaves and joins are both corrected. */
gboolean          hustings_donation_store_update (HustingsCommitteeFile *file,
                                                  HustingsDonation      *donation,
                                                  GError               **error);
/* Deletes a donation (and any refunds of it). */
gboolean          hustings_donation_store_delete (HustingsCommitteeFile *file,
                                                  gint64                 donation_id,
                                                  GError               **error);
HustingsDonation *hustings_donation_store_get    (HustingsCommitteeFile *file,
                                                  gint64                 donation_id,
                                                  GError               **error);
/* Donation ids received between from and to inclusive (either may be NULL: open-ended). */
GArray           *hustings_donation_store_list_ids (HustingsCommitteeFile *file,
                                                    const char            *from,
                                                    const char            *to,
                                                    HustingsDonationSort   sort,
                                                    gboolean               descending);
/* Sum and count of receipts in the range (refunds included in the sum, not in the count). */
void              hustings_donation_store_sum    (HustingsCommitteeFile *file,
                                                  const char            *from,
                                                  const char            *to,
                                                  gint64                *out_total_cents,
                                                  gint64                *out_count);
/* Calls func with each donation received between from and to (either may be NULL), by date and
 * then id, in one query: for listing and export. Stops early when func returns FALSE. func
 * must not change the file. */
typedef gboolean (*HustingsDonationFunc) (HustingsDonation *donation,
                                          gpointer          user_data);
gboolean          hustings_donation_store_foreach (HustingsCommitteeFile *file,
                                                   const char            *from,
                                                   const char            *to,
                                                   HustingsDonationFunc   func,
                                                   gpointer               user_data,
                                                   GError               **error);
/* What is left to refund of a donation: its amount less the refunds already made of it; 0 for
 * a refund or a donation that is not in the file. */
gint64            hustings_donation_store_refundable (HustingsCommitteeFile *file,
                                                      gint64                 donation_id);
/* A contact's donations and refunds, newest first (HustingsDonation*). */
GPtrArray        *hustings_donation_store_for_contact (HustingsCommitteeFile *file,
                                                       gint64                 contact_id);

G_END_DECLS
