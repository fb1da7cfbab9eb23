/* hustings-donation-list.h: a lazy GListModel of donations in a date range.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hustings-committee-file.h"
#include "hustings-donation-store.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_DONATION_LIST (hustings_donation_list_get_type ())
G_DECLARE_FINAL_TYPE (HustingsDonationList, hustings_donation_list, HUSTINGS, DONATION_LIST,
                      GObject)

/* Items are HustingsDonation. Follows the file's "donations-changed" and "contacts-changed".
 * Properties "total" (gint64 cents) and "count" (gint64) describe the current range and are
 * notified when they change. */
HustingsDonationList *hustings_donation_list_new       (HustingsCommitteeFile *file);
/* Either bound may be NULL (open). Dates YYYY-MM-DD. */
void                  hustings_donation_list_set_range (HustingsDonationList  *self,
                                                        const char            *from,
                                                        const char            *to);
void                  hustings_donation_list_set_sort  (HustingsDonationList  *self,
                                                        HustingsDonationSort   sort,
                                                        gboolean               descending);
/* Hides a donation without touching the file (for a delete that can still be undone), and
 * shows it again. The total and count leave hidden donations out. */
void                  hustings_donation_list_hide      (HustingsDonationList  *self,
                                                        gint64                 donation_id);
void                  hustings_donation_list_unhide    (HustingsDonationList  *self,
                                                        gint64                 donation_id);
gint64                hustings_donation_list_get_total (HustingsDonationList  *self);
gint64                hustings_donation_list_get_count (HustingsDonationList  *self);
void                  hustings_donation_list_reload    (HustingsDonationList  *self);
/* The id of the donation at position, as the list shows it (hidden ones left out). */
gint64                hustings_donation_list_get_id    (HustingsDonationList  *self,
                                                        guint                  position);

G_END_DECLS
