/* hustings-contact-store.h: contacts in a committee file (the data-access functions).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-committee-file.h"
#include "hustings-contact.h"

G_BEGIN_DECLS

typedef enum {
  HUSTINGS_CONTACT_SORT_NAME,
  HUSTINGS_CONTACT_SORT_PLACE,      /* state, then city */
  HUSTINGS_CONTACT_SORT_EMPLOYER,
  HUSTINGS_CONTACT_SORT_CYCLE_TOTAL,
  HUSTINGS_CONTACT_SORT_LAST_GIFT,
} HustingsContactSort;

/* Validates and inserts; sets the contact's id and timestamps. Emits "contacts-changed". */
gboolean         hustings_contact_store_add      (HustingsCommitteeFile *file,
                                                  HustingsContact       *contact,
                                                  GError               **error);
/* Validates and saves every field of an existing contact. */
gboolean         hustings_contact_store_update   (HustingsCommitteeFile *file,
                                                  HustingsContact       *contact,
                                                  GError               **error);
/* Deletes the contact and, with it, its donations and disbursements. */
gboolean         hustings_contact_store_delete   (HustingsCommitteeFile *file,
                                                  gint64                 contact_id,
                                                  GError               **error);
/* The whole contact with emails, phones, tags, cycle total and last gift; NULL + NOT_FOUND. */
HustingsContact *hustings_contact_store_get      (HustingsCommitteeFile *file,
                                                  gint64                 contact_id,
                                                  GError               **error);
/* The fields a list row shows (names, city, state, employer, occupation, totals), cheaper. */
HustingsContact *hustings_contact_store_get_summary (HustingsCommitteeFile *file,
                                                     gint64                 contact_id);
/* All contact ids in the given order (ties by id). */
GArray          *hustings_contact_store_list_ids (HustingsCommitteeFile *file,
                                                  HustingsContactSort    sort,
                                                  gboolean               descending);
/* Ids of contacts whose name, email, city, ZIP or employer match every word of text
 * (word prefixes, accents ignored), in ascending id order. Empty text matches none. */
GArray          *hustings_contact_store_search_ids (HustingsCommitteeFile *file,
                                                    const char            *text);
/* Up to limit contacts whose name starts with or contains text, best first: for completion. */
GPtrArray       *hustings_contact_store_complete (HustingsCommitteeFile *file,
                                                  const char            *text,
                                                  guint                  limit);
/* Calls func with each contact, whole (emails, phones, tags, cycle total and last gift), in id
 * order; only those matching search (as hustings_contact_store_search_ids) unless it is NULL.
 * One query for the lot: for listing and export. Stops early when func returns FALSE. func
 * must not change the file. */
typedef gboolean (*HustingsContactFunc) (HustingsContact *contact,
                                         gpointer         user_data);
gboolean         hustings_contact_store_foreach  (HustingsCommitteeFile *file,
                                                  const char            *search,
                                                  HustingsContactFunc    func,
                                                  gpointer               user_data,
                                                  GError               **error);
/* Calls func with each contact of ids (gint64), whole as foreach gives them, in the order of
 * ids; ids not in the file are skipped. Reads them in batches, a few queries for the lot: for
 * letters and email to a segment of any size. Stops early when func returns FALSE. */
gboolean         hustings_contact_store_foreach_ids (HustingsCommitteeFile *file,
                                                     GArray                *ids,
                                                     HustingsContactFunc    func,
                                                     gpointer               user_data,
                                                     GError               **error);
/* Records that the contact asked for no more email (opted_out TRUE: stamps now, unless they
 * had already), or subscribes them again. Emits "contacts-changed". */
gboolean         hustings_contact_store_set_email_opt_out (HustingsCommitteeFile *file,
                                                           gint64                 contact_id,
                                                           gboolean               opted_out,
                                                           GError               **error);

/* Per-contact totals. */
struct _HustingsTotal {
  char  *period;       /* "P2026" (election), "2026" (cycle) or "2025" (calendar year) */
  gint64 total_cents;  /* net of refunds */
  gint64 gift_count;   /* positive receipts */
};
typedef enum {
  HUSTINGS_TOTAL_ELECTION,
  HUSTINGS_TOTAL_CYCLE,
  HUSTINGS_TOTAL_YEAR,
} HustingsTotalKind;
/* HustingsTotal* of one kind for a contact, sorted by period. */
GPtrArray       *hustings_contact_store_totals   (HustingsCommitteeFile *file,
                                                  gint64                 contact_id,
                                                  HustingsTotalKind      kind);
/* One total; 0 when none. */
gint64           hustings_contact_store_total    (HustingsCommitteeFile *file,
                                                  gint64                 contact_id,
                                                  HustingsTotalKind      kind,
                                                  const char            *period);
void             hustings_total_free             (HustingsTotal         *total);
/* Every tag name in the file, sorted. */
GStrv            hustings_contact_store_list_tags (HustingsCommitteeFile *file);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HustingsTotal, hustings_total_free)

G_END_DECLS
