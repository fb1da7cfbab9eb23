/* hustings-committee-file-private.h: what the data-access files share.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "hustings-committee-file.h"

G_BEGIN_DECLS

typedef enum {
  HUSTINGS_CHANGED_COMMITTEE = 1 << 0,
  HUSTINGS_CHANGED_CONTACTS  = 1 << 1,
  HUSTINGS_CHANGED_DONATIONS = 1 << 2,
  HUSTINGS_CHANGED_DISBURSEMENTS = 1 << 3,
  HUSTINGS_CHANGED_REPORTS = 1 << 4,
  HUSTINGS_CHANGED_VOLUNTEERS = 1 << 5,
  HUSTINGS_CHANGED_EVENTS = 1 << 6,
  HUSTINGS_CHANGED_OUTREACH = 1 << 7,
} HustingsChanged;

/* A cached prepared statement for sql, which must be a string literal (it is cached by
 * address). Reset and unbound, ready to bind. NULL with error set on failure. */
sqlite3_stmt *hustings_committee_file_prepare     (HustingsCommitteeFile *self,
                                                   const char            *sql,
                                                   GError               **error);
/* Fails with HUSTINGS_ERROR_READ_ONLY when the file is read-only. */
gboolean      hustings_committee_file_check_writable (HustingsCommitteeFile *self,
                                                   GError               **error);
/* Sets error from the connection's last error; always returns FALSE. */
gboolean      hustings_committee_file_set_sql_error (HustingsCommitteeFile *self,
                                                   GError               **error);
/* Steps a statement that returns no rows and resets it. */
gboolean      hustings_committee_file_run         (HustingsCommitteeFile *self,
                                                   sqlite3_stmt          *stmt,
                                                   GError               **error);
/* Leaves a transaction in which nothing was written, without dooming an outer one. */
void          hustings_committee_file_end_unchanged (HustingsCommitteeFile *self);
/* Records a change; the signals go out when the outermost transaction commits. */
void          hustings_committee_file_changed     (HustingsCommitteeFile *self,
                                                   HustingsChanged        what);
sqlite3      *hustings_committee_file_get_db      (HustingsCommitteeFile *self);
/* For a bulk load that keeps the references right itself: no foreign key checks, and a page
 * cache large enough for its indexes (128 MB). Call outside a transaction; FALSE undoes it. */
void          hustings_committee_file_set_bulk    (HustingsCommitteeFile *self,
                                                   gboolean               bulk);

/* Binds a UTF-8 string (NULL binds ""), transient copy not needed for the statement's life. */
static inline void
hustings_bind_text (sqlite3_stmt *stmt, int index, const char *text)
{
  sqlite3_bind_text (stmt, index, text ? text : "", -1, SQLITE_TRANSIENT);
}

/* Binds a UTF-8 string (NULL binds "") that stays put until the statement is next reset: no
 * copy. */
static inline void
hustings_bind_static (sqlite3_stmt *stmt, int index, const char *text)
{
  sqlite3_bind_text (stmt, index, text ? text : "", -1, SQLITE_STATIC);
}

static inline const char *
hustings_column_text (sqlite3_stmt *stmt, int index)
{
  const char *text = (const char *) sqlite3_column_text (stmt, index);

  return text ? text : "";
}

G_END_DECLS
