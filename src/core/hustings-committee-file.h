/* hustings-committee-file.h: one committee's SQLite file.
 *
 * A HustingsCommitteeFile owns one SQLite connection and must be used from the thread that
 * opened it. Work in another thread opens its own HustingsCommitteeFile on the same path.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hustings-types.h"
#include "hustings-committee.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_COMMITTEE_FILE (hustings_committee_file_get_type ())
G_DECLARE_FINAL_TYPE (HustingsCommitteeFile, hustings_committee_file, HUSTINGS, COMMITTEE_FILE,
                      GObject)

/* The schema version this build writes (PRAGMA user_version). */
#define HUSTINGS_SCHEMA_VERSION 4
/* The file name extension, with the dot. */
#define HUSTINGS_FILE_SUFFIX ".hustings"

/* Creates a new committee file at path (mode 0600, WAL, the whole schema) holding committee.
 * Fails with HUSTINGS_ERROR_EXISTS if anything is at path. */
HustingsCommitteeFile *hustings_committee_file_create       (const char              *path,
                                                             const HustingsCommittee *committee,
                                                             GError                 **error);
/* Opens an existing committee file; migrates an older one. A file from a newer Hustings,
 * a damaged file or a file that is not a committee file is refused and left untouched.
 * A file the user may not write is opened read-only (see is_read_only). */
HustingsCommitteeFile *hustings_committee_file_open         (const char              *path,
                                                             GError                 **error);
const char            *hustings_committee_file_get_path     (HustingsCommitteeFile   *self);
gboolean               hustings_committee_file_is_read_only (HustingsCommitteeFile   *self);
/* A copy of the profile, read when the file was opened and kept up to date. */
HustingsCommittee     *hustings_committee_file_dup_committee (HustingsCommitteeFile  *self);
/* The profile as the file holds it now; do not free. Valid until the next set_committee or
 * reload. */
const HustingsCommittee *hustings_committee_file_peek_committee (HustingsCommitteeFile *self);
/* Validates and saves the profile and its elections in one transaction. Emits "changed". */
gboolean               hustings_committee_file_set_committee (HustingsCommitteeFile  *self,
                                                              const HustingsCommittee *committee,
                                                              GError                **error);
/* Counts for status lines and benchmarks. */
gint64                 hustings_committee_file_count_contacts  (HustingsCommitteeFile *self);
gint64                 hustings_committee_file_count_donations (HustingsCommitteeFile *self);

/* Transactions. Every change the core makes is already atomic; these let a caller group several
 * changes (an import, a demo) into one, and call rollback after a failure. An inner begin joins
 * the transaction already open (no savepoint: those make the search index flush each time);
 * an inner rollback dooms it, so the outermost commit fails and nothing is saved. A change
 * refused for a reason found before it wrote anything (invalid, not found) dooms nothing. */
gboolean               hustings_committee_file_begin        (HustingsCommitteeFile   *self,
                                                             GError                 **error);
gboolean               hustings_committee_file_commit       (HustingsCommitteeFile   *self,
                                                             GError                 **error);
void                   hustings_committee_file_rollback     (HustingsCommitteeFile   *self);

/* Another connection to the same file (an import in a worker thread) changed it: reads the
 * profile again and emits "changed", "contacts-changed", "donations-changed",
 * "disbursements-changed", "reports-changed", "volunteers-changed", "events-changed" and
 * "outreach-changed" so that views read them again. */
void                   hustings_committee_file_reload       (HustingsCommitteeFile   *self);
/* The same when the other connection changed only tasks, interactions, segments, templates or
 * the mail server: emits "outreach-changed" alone, so the lists of a big file stay as they are. */
void                   hustings_committee_file_reload_outreach (HustingsCommitteeFile *self);

/* Signals:
 *   "changed" (void): the committee profile or elections changed.
 *   "contacts-changed" (void): contacts were added, edited or deleted.
 *   "donations-changed" (void): donations were added, edited or deleted (totals changed too).
 *   "disbursements-changed" (void): disbursements were added, edited or deleted.
 *   "reports-changed" (void): reports were added, edited, filed or deleted.
 *   "volunteers-changed" (void): volunteers, their skills or availability changed.
 *   "events-changed" (void): events, shifts, signups, guests or attendance changed.
 *   "outreach-changed" (void): interactions, tasks, task rules, segments or templates
 *   changed.
 * Emitted by the HustingsCommitteeFile that made the change, after its transaction committed. */

G_END_DECLS
