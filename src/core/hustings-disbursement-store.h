/* hustings-disbursement-store.h: disbursements in a committee file (the data-access functions).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-committee-file.h"
#include "hustings-disbursement.h"

G_BEGIN_DECLS

typedef enum {
  HUSTINGS_DISBURSEMENT_SORT_DATE,
  HUSTINGS_DISBURSEMENT_SORT_AMOUNT,
  HUSTINGS_DISBURSEMENT_SORT_PAYEE,
} HustingsDisbursementSort;

/* Validates (the payee is a contact, a real date, an amount neither zero nor out of range, a
 * line of the committee's form, a category 001–012 or none, a purpose of at most 100
 * characters, a memo of at most 100, an election of the committee), puts the form's default
 * line on one without a line, and inserts. Sets its id and payee name. Emits
 * "disbursements-changed". */
gboolean              hustings_disbursement_store_add     (HustingsCommitteeFile *file,
                                                           HustingsDisbursement  *disbursement,
                                                           GError               **error);
/* Validates and saves an edited disbursement. */
gboolean              hustings_disbursement_store_update  (HustingsCommitteeFile *file,
                                                           HustingsDisbursement  *disbursement,
                                                           GError               **error);
gboolean              hustings_disbursement_store_delete  (HustingsCommitteeFile *file,
                                                           gint64                 id,
                                                           GError               **error);
/* NULL with HUSTINGS_ERROR_NOT_FOUND when the file does not have it. */
HustingsDisbursement *hustings_disbursement_store_get     (HustingsCommitteeFile *file,
                                                           gint64                 id,
                                                           GError               **error);
/* The ids of the disbursements paid between from and to inclusive (either may be NULL:
 * open-ended) that match search (NULL or "": all), in the order asked, ties by id. A
 * disbursement matches when every word of search is found in its payee's name, purpose,
 * memo, check number or category (case and accents ignored). */
GArray               *hustings_disbursement_store_list_ids (HustingsCommitteeFile   *file,
                                                            const char              *from,
                                                            const char              *to,
                                                            const char              *search,
                                                            HustingsDisbursementSort sort,
                                                            gboolean                 descending);
/* The total paid (memo entries left out, as on the FEC's summary) and the number of
 * disbursements (memo entries included) of what list_ids gives for the same range and search. */
void                  hustings_disbursement_store_sum     (HustingsCommitteeFile *file,
                                                           const char            *from,
                                                           const char            *to,
                                                           const char            *search,
                                                           gint64                *out_total_cents,
                                                           gint64                *out_count);
/* How many disbursements the file holds. */
gint64                hustings_disbursement_store_count   (HustingsCommitteeFile *file);
/* Calls func with each disbursement paid between from and to (either may be NULL), by date and
 * then id, in one query: for listing and export. Stops early when func returns FALSE. func
 * must not change the file. */
typedef gboolean (*HustingsDisbursementFunc) (HustingsDisbursement *disbursement,
                                              gpointer              user_data);
gboolean              hustings_disbursement_store_foreach (HustingsCommitteeFile   *file,
                                                           const char              *from,
                                                           const char              *to,
                                                           HustingsDisbursementFunc func,
                                                           gpointer                 user_data,
                                                           GError                 **error);

G_END_DECLS
