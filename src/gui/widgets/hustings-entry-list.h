/* hustings-entry-list.h: a group of entry rows for a list of short texts (emails, phones),
 * with a button to add one and a button on each row to remove it.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HUSTINGS_TYPE_ENTRY_LIST (hustings_entry_list_get_type ())
G_DECLARE_FINAL_TYPE (HustingsEntryList, hustings_entry_list, HUSTINGS, ENTRY_LIST, AdwBin)

/* Properties: "title" (of the group), "row-title" (of each row), "add-tooltip" (of the add
 * button), "input-purpose" (of the entries). Signal "changed" when a value is edited, added or
 * removed by the user. */

GtkWidget *hustings_entry_list_new        (void);
void       hustings_entry_list_set_values (HustingsEntryList  *self,
                                           const char * const *values);
/* The values, trimmed, without empty ones. */
GStrv      hustings_entry_list_dup_values (HustingsEntryList  *self);

G_END_DECLS
