/* hustings-date-entry.h: an entry for one date, typed (YYYY-MM-DD or M/D/YYYY) or picked from
 * a calendar.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HUSTINGS_TYPE_DATE_ENTRY (hustings_date_entry_get_type ())
G_DECLARE_FINAL_TYPE (HustingsDateEntry, hustings_date_entry, HUSTINGS, DATE_ENTRY, GtkWidget)

/* Properties: "date" (YYYY-MM-DD or NULL when empty), "placeholder-text".
 * "date" changes when the user picks a day, presses Enter or leaves the entry with a date
 * that reads well; a text that does not is marked in error and leaves "date" as it was. */

GtkWidget  *hustings_date_entry_new    (void);
const char *hustings_date_entry_get_date (HustingsDateEntry *self);
void        hustings_date_entry_set_date (HustingsDateEntry *self,
                                          const char        *date);
/* Reads what is typed now into "date"; on failure marks the entry and says why. */
gboolean    hustings_date_entry_commit   (HustingsDateEntry *self,
                                          GError           **error);

G_END_DECLS
