/* hustings-disbursement-list.h: a lazy GListModel of disbursements in a date range.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hustings-committee-file.h"
#include "hustings-disbursement-store.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_DISBURSEMENT_LIST (hustings_disbursement_list_get_type ())
G_DECLARE_FINAL_TYPE (HustingsDisbursementList, hustings_disbursement_list, HUSTINGS,
                      DISBURSEMENT_LIST, GObject)

/* Items are HustingsDisbursement. Follows the file's "disbursements-changed" and
 * "contacts-changed". Properties "total" (gint64 cents, memo entries left out) and "count"
 * (gint64) describe what the list shows and are notified when they change. */
HustingsDisbursementList *hustings_disbursement_list_new    (HustingsCommitteeFile    *file);
/* Either bound may be NULL (open). Dates YYYY-MM-DD. */
void    hustings_disbursement_list_set_range  (HustingsDisbursementList *self,
                                               const char               *from,
                                               const char               *to);
/* Narrows the list to the disbursements matching search (see
 * hustings_disbursement_store_list_ids); NULL or "" shows all. */
void    hustings_disbursement_list_set_search (HustingsDisbursementList *self,
                                               const char               *search);
void    hustings_disbursement_list_set_sort   (HustingsDisbursementList *self,
                                               HustingsDisbursementSort  sort,
                                               gboolean                  descending);
/* Hides a disbursement without touching the file (for a delete that can still be undone), and
 * shows it again. The total and count leave hidden ones out. */
void    hustings_disbursement_list_hide       (HustingsDisbursementList *self,
                                               gint64                    id);
void    hustings_disbursement_list_unhide     (HustingsDisbursementList *self,
                                               gint64                    id);
gint64  hustings_disbursement_list_get_total  (HustingsDisbursementList *self);
gint64  hustings_disbursement_list_get_count  (HustingsDisbursementList *self);
/* The id of the disbursement at position, as the list shows it. */
gint64  hustings_disbursement_list_get_id     (HustingsDisbursementList *self,
                                               guint                     position);

G_END_DECLS
