/* hustings-contact-list.h: a lazy GListModel of a committee file's contacts.
 *
 * It holds only row ids; get_item() reads the row. Sorting happens in SQLite and search
 * through the FTS index, so a list of a million contacts costs a few megabytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hustings-committee-file.h"
#include "hustings-contact-store.h"
#include "hustings-segment.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_CONTACT_LIST (hustings_contact_list_get_type ())
G_DECLARE_FINAL_TYPE (HustingsContactList, hustings_contact_list, HUSTINGS, CONTACT_LIST, GObject)

/* Items are HustingsContact summaries. Follows the file's "contacts-changed" and
 * "donations-changed" signals by itself (and, with a segment, "volunteers-changed" and
 * "events-changed", which change who the segment holds). */
HustingsContactList *hustings_contact_list_new        (HustingsCommitteeFile *file);
/* Narrows the list to contacts matching text (see hustings_contact_store_search_ids);
 * NULL or "" shows all. */
void                 hustings_contact_list_set_search (HustingsContactList   *self,
                                                       const char            *text);
const char          *hustings_contact_list_get_search (HustingsContactList   *self);
/* Narrows the list to the members of a copy of segment (NULL: every contact); the search and
 * the sort still apply. The members are evaluated again when the file changes. Fails, leaving
 * the list as it was, when the segment does not validate (HUSTINGS_ERROR_INVALID). */
gboolean             hustings_contact_list_set_segment (HustingsContactList   *self,
                                                        const HustingsSegment *segment,
                                                        GError               **error);
/* The segment shown, or NULL. */
const HustingsSegment *hustings_contact_list_get_segment (HustingsContactList *self);
void                 hustings_contact_list_set_sort   (HustingsContactList   *self,
                                                       HustingsContactSort    sort,
                                                       gboolean               descending);
/* Hides a contact without touching the file (for a delete that can still be undone), and
 * shows it again. */
void                 hustings_contact_list_hide       (HustingsContactList   *self,
                                                       gint64                 contact_id);
void                 hustings_contact_list_unhide     (HustingsContactList   *self,
                                                       gint64                 contact_id);
/* Re-reads ids from the file. */
void                 hustings_contact_list_reload     (HustingsContactList   *self);
/* Position of a contact, or G_MAXUINT if it is not in the list. */
guint                hustings_contact_list_find       (HustingsContactList   *self,
                                                       gint64                 contact_id);
gint64               hustings_contact_list_get_id     (HustingsContactList   *self,
                                                       guint                  position);

G_END_DECLS
