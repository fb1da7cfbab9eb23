/* hustings-report-store.c: reports in a committee file, their memos, and the list of them.
 * All report SQL but the summary's and the filing's lives here.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-report-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hustings-committee-file-private.h"
#include "hustings-dates.h"
#include "hustings-error.h"
#include "hustings-id-list-private.h"
#include "hustings-report-private.h"
#include "hustings-validate.h"

#define REPORT_COLUMNS \
  "id, form, code, election, election_date, election_state, coverage_from, coverage_to," \
  " amendment, original_fec_id, fec_id, termination, origin, date_signed, filed_at"

/* The longest memo a TEXT record holds. */
#define MEMO_MAX_CHARS 4000

static gboolean
invalid (GError **error, const char *message)
{
  g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID, message);
  return FALSE;
}

static HustingsReport *
report_from_row (sqlite3_stmt *stmt)
{
  HustingsReport *r = hustings_report_new ();

  hustings_report_set_id (r, sqlite3_column_int64 (stmt, 0));
  hustings_report_set_form (r, hustings_column_text (stmt, 1));
  hustings_report_set_code (r, hustings_column_text (stmt, 2));
  hustings_report_set_election (r, (const char *) sqlite3_column_text (stmt, 3),
                                (const char *) sqlite3_column_text (stmt, 4),
                                hustings_column_text (stmt, 5));
  hustings_report_set_coverage (r, hustings_column_text (stmt, 6),
                                hustings_column_text (stmt, 7));
  hustings_report_set_amendment (r, sqlite3_column_int (stmt, 8),
                                 hustings_column_text (stmt, 9));
  hustings_report_set_termination (r, sqlite3_column_int (stmt, 11));
  hustings_report_set_date_signed (r, (const char *) sqlite3_column_text (stmt, 13));
  hustings_report_set_filed (r, strcmp (hustings_column_text (stmt, 12), "imported") == 0
                                ? HUSTINGS_REPORT_ORIGIN_IMPORTED
                                : HUSTINGS_REPORT_ORIGIN_HUSTINGS,
                             hustings_column_text (stmt, 10),
                             (const char *) sqlite3_column_text (stmt, 14));
  return r;
}

/* "FEC-1234567" from "FEC-1234567", "fec-1234567" or "1234567"; NULL if it is neither. */
static char *
normalize_fec_id (const char *text)
{
  g_autofree char *id = g_strstrip (g_ascii_strup (text ? text : "", -1));
  const char *digits = g_str_has_prefix (id, "FEC-") ? id + 4 : id;

  if (*digits == '\0' || strlen (digits) > 12)
    return NULL;
  for (const char *p = digits; *p; p++)
    if (!g_ascii_isdigit (*p))
      return NULL;
  return g_strconcat ("FEC-", digits, NULL);
}

/* Checks a draft against the rules and completes it: an election the committee knows gets its
 * date and state, a TER report is a termination report, the original's id is written
 * "FEC-1234567". */
static gboolean
check_report (HustingsCommitteeFile *file,
              HustingsReport        *r,
              GError               **error)
{
  const HustingsCommittee *committee = hustings_committee_file_peek_committee (file);
  const char *form = hustings_report_get_form (r);
  const char *code = hustings_report_get_code (r);
  const char *from = hustings_report_get_coverage_from (r);
  const char *to = hustings_report_get_coverage_to (r);
  const char *election = hustings_report_get_election (r);
  const char *signed_on = hustings_report_get_date_signed (r);

  if (g_strcmp0 (form, "F3") != 0 && g_strcmp0 (form, "F3X") != 0)
    return invalid (error, _("The form must be Form 3 or Form 3X"));
  if (g_strcmp0 (form, hustings_committee_form (committee)) != 0)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("This committee files Form %s, not Form %s"),
                   hustings_committee_form (committee) + 1, form + 1);
      return FALSE;
    }
  if (!hustings_report_code_is_valid (form, code))
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("“%s” is not a report code of Form %s"), code, form + 1);
      return FALSE;
    }
  if (!hustings_date_is_valid (from) || !hustings_date_is_valid (to))
    return invalid (error, _("The coverage dates must be real dates"));
  if (strcmp (from, to) > 0)
    return invalid (error, _("The coverage cannot end before it begins"));
  if (signed_on != NULL && !hustings_date_is_valid (signed_on))
    return invalid (error, _("The date signed must be a real date"));

  if (strcmp (code, "TER") == 0)
    hustings_report_set_termination (r, TRUE);
  else if (hustings_report_get_termination (r))
    return invalid (error, _("A termination report has the report code TER"));

  if (hustings_report_code_needs_election (code))
    {
      if (election == NULL || !hustings_election_code_is_valid (election))
        return invalid (error, _("A pre- or post-election report names its election, "
                                 "such as G2026"));
      for (guint i = 0; i < committee->elections->len; i++)
        {
          HustingsElection *e = g_ptr_array_index (committee->elections, i);

          if (strcmp (e->code, election) == 0 && hustings_report_get_election_date (r) == NULL)
            hustings_report_set_election (r, e->code, e->date, e->state);
        }
      if (!hustings_date_is_valid (hustings_report_get_election_date (r)))
        return invalid (error, _("Give the date of the report’s election"));
      if (*hustings_report_get_election_state (r) != '\0' &&
          !hustings_state_is_valid (hustings_report_get_election_state (r)))
        return invalid (error, _("The election’s state must be a two-letter state code"));
    }
  else
    hustings_report_set_election (r, NULL, NULL, NULL);

  if (hustings_report_get_amendment (r) > 0)
    {
      g_autofree char *original = normalize_fec_id (hustings_report_get_original_fec_id (r));

      if (original == NULL)
        return invalid (error, _("An amendment names the FEC id of the report it amends, "
                                 "such as FEC-1234567"));
      hustings_report_set_amendment (r, hustings_report_get_amendment (r), original);
    }
  else
    hustings_report_set_amendment (r, 0, "");
  return TRUE;
}

static void
bind_report (sqlite3_stmt *stmt, HustingsReport *r, const char *now)
{
  hustings_bind_text (stmt, 1, hustings_report_get_form (r));
  hustings_bind_text (stmt, 2, hustings_report_get_code (r));
  if (hustings_report_get_election (r) != NULL)
    {
      hustings_bind_text (stmt, 3, hustings_report_get_election (r));
      hustings_bind_text (stmt, 4, hustings_report_get_election_date (r));
    }
  hustings_bind_text (stmt, 5, hustings_report_get_election_state (r));
  hustings_bind_text (stmt, 6, hustings_report_get_coverage_from (r));
  hustings_bind_text (stmt, 7, hustings_report_get_coverage_to (r));
  sqlite3_bind_int (stmt, 8, hustings_report_get_amendment (r));
  hustings_bind_text (stmt, 9, hustings_report_get_original_fec_id (r));
  sqlite3_bind_int (stmt, 10, hustings_report_get_termination (r));
  if (hustings_report_get_date_signed (r) != NULL)
    hustings_bind_text (stmt, 11, hustings_report_get_date_signed (r));
  hustings_bind_text (stmt, 12, now);
}

static gboolean
is_draft (HustingsCommitteeFile *file,
          gint64                 report_id,
          GError               **error)
{
  g_autoptr(HustingsReport) r = hustings_report_store_get (file, report_id, error);

  if (r == NULL)
    return FALSE;
  if (hustings_report_is_filed (r))
    return invalid (error, _("This report was filed: it cannot change. Amend it instead"));
  return TRUE;
}

gboolean
hustings_report_store_add (HustingsCommitteeFile *file,
                           HustingsReport        *report,
                           GError               **error)
{
  g_autofree char *now = hustings_timestamp_now ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HUSTINGS_IS_REPORT (report), FALSE);

  if (!hustings_committee_file_check_writable (file, error) ||
      !check_report (file, report, error))
    return FALSE;

  stmt = hustings_committee_file_prepare (file,
    "INSERT INTO report (form, code, election, election_date, election_state, coverage_from,"
    " coverage_to, amendment, original_fec_id, termination, date_signed, created_at, updated_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)", error);
  if (stmt == NULL)
    return FALSE;
  bind_report (stmt, report, now);
  if (!hustings_committee_file_begin (file, error))
    return FALSE;
  if (!hustings_committee_file_run (file, stmt, error))
    {
      hustings_committee_file_end_unchanged (file);
      return FALSE;
    }
  hustings_report_set_id (report,
                          sqlite3_last_insert_rowid (hustings_committee_file_get_db (file)));
  hustings_report_set_filed (report, HUSTINGS_REPORT_ORIGIN_HUSTINGS, "", NULL);
  hustings_committee_file_changed (file, HUSTINGS_CHANGED_REPORTS);
  if (!hustings_committee_file_commit (file, error))
    {
      hustings_report_set_id (report, 0);
      return FALSE;
    }
  return TRUE;
}

gboolean
hustings_report_store_update (HustingsCommitteeFile *file,
                              HustingsReport        *report,
                              GError               **error)
{
  g_autofree char *now = hustings_timestamp_now ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HUSTINGS_IS_REPORT (report), FALSE);

  if (!hustings_committee_file_check_writable (file, error) ||
      !is_draft (file, hustings_report_get_id (report), error) ||
      !check_report (file, report, error))
    return FALSE;

  stmt = hustings_committee_file_prepare (file,
    "UPDATE report SET form = ?1, code = ?2, election = ?3, election_date = ?4,"
    " election_state = ?5, coverage_from = ?6, coverage_to = ?7, amendment = ?8,"
    " original_fec_id = ?9, termination = ?10, date_signed = ?11, updated_at = ?12"
    " WHERE id = ?13", error);
  if (stmt == NULL)
    return FALSE;
  bind_report (stmt, report, now);
  sqlite3_bind_int64 (stmt, 13, hustings_report_get_id (report));
  if (!hustings_committee_file_begin (file, error))
    return FALSE;
  if (!hustings_committee_file_run (file, stmt, error))
    {
      hustings_committee_file_end_unchanged (file);
      return FALSE;
    }
  hustings_committee_file_changed (file, HUSTINGS_CHANGED_REPORTS);
  return hustings_committee_file_commit (file, error);
}

gboolean
hustings_report_store_delete (HustingsCommitteeFile *file,
                              gint64                 report_id,
                              GError               **error)
{
  sqlite3_stmt *stmt;

  if (!hustings_committee_file_check_writable (file, error))
    return FALSE;
  stmt = hustings_committee_file_prepare (file, "DELETE FROM report WHERE id = ?1", error);
  if (stmt == NULL || !hustings_committee_file_begin (file, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, report_id);
  if (!hustings_committee_file_run (file, stmt, error))
    {
      hustings_committee_file_end_unchanged (file);
      return FALSE;
    }
  if (sqlite3_changes (hustings_committee_file_get_db (file)) == 0)
    {
      hustings_committee_file_end_unchanged (file);
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
                   _("Report %" G_GINT64_FORMAT " is not in this committee file"), report_id);
      return FALSE;
    }
  hustings_committee_file_changed (file, HUSTINGS_CHANGED_REPORTS);
  return hustings_committee_file_commit (file, error);
}

HustingsReport *
hustings_report_store_get (HustingsCommitteeFile *file,
                           gint64                 report_id,
                           GError               **error)
{
  HustingsReport *r = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = hustings_committee_file_prepare (file,
    "SELECT " REPORT_COLUMNS " FROM report WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, report_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    r = report_from_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
                 _("Report %" G_GINT64_FORMAT " is not in this committee file"), report_id);
  else
    hustings_committee_file_set_sql_error (file, error);
  sqlite3_reset (stmt);
  return r;
}

GPtrArray *
hustings_report_store_list (HustingsCommitteeFile *file,
                            GError               **error)
{
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = hustings_committee_file_prepare (file,
    "SELECT " REPORT_COLUMNS " FROM report ORDER BY coverage_to, coverage_from, amendment, id",
    error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (reports, report_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hustings_committee_file_set_sql_error (file, error);
      return NULL;
    }
  return g_steal_pointer (&reports);
}

HustingsReport *
hustings_report_store_find (HustingsCommitteeFile *file,
                            const char            *form,
                            const char            *code,
                            const char            *from,
                            const char            *to,
                            GError               **error)
{
  g_autofree char *upper = g_ascii_strup (code ? code : "", -1);
  HustingsReport *r = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = hustings_committee_file_prepare (file,
    "SELECT " REPORT_COLUMNS " FROM report"
    " WHERE form = ?1 AND code = ?2 AND coverage_from = ?3 AND coverage_to = ?4"
    " ORDER BY amendment DESC, id DESC LIMIT 1", error);
  if (stmt == NULL)
    return NULL;
  hustings_bind_static (stmt, 1, form);
  hustings_bind_static (stmt, 2, upper);
  hustings_bind_static (stmt, 3, from);
  hustings_bind_static (stmt, 4, to);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    r = report_from_row (stmt);
  else if (rc != SQLITE_DONE)
    hustings_committee_file_set_sql_error (file, error);
  sqlite3_reset (stmt);
  return r;
}

/* Copies the report-level rows an amendment keeps: its memos (with their transaction ids, so
 * they replace the same TEXT records) and the totals an imported filing gave for rows it did
 * not itemize. */
static gboolean
copy_report_rows (HustingsCommitteeFile *file,
                  gint64                 from_id,
                  gint64                 to_id,
                  GError               **error)
{
  sqlite3_stmt *stmt;

  stmt = hustings_committee_file_prepare (file,
    "INSERT INTO report_text (report_id, tran_id, back_ref_tran_id, back_ref_form, text)"
    " SELECT ?2, tran_id, back_ref_tran_id, back_ref_form, text FROM report_text"
    " WHERE report_id = ?1 ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, from_id);
  sqlite3_bind_int64 (stmt, 2, to_id);
  if (!hustings_committee_file_run (file, stmt, error))
    return FALSE;

  stmt = hustings_committee_file_prepare (file,
    "INSERT INTO report_line (report_id, kind, line, col, amount_cents)"
    " SELECT ?2, kind, line, col, amount_cents FROM report_line"
    " WHERE report_id = ?1 AND kind = 'unitemized'", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, from_id);
  sqlite3_bind_int64 (stmt, 2, to_id);
  return hustings_committee_file_run (file, stmt, error);
}

HustingsReport *
hustings_report_store_amend (HustingsCommitteeFile *file,
                             gint64                 report_id,
                             GError               **error)
{
  g_autoptr(HustingsReport) source = NULL;
  g_autoptr(HustingsReport) amendment = NULL;
  g_autofree char *now = hustings_timestamp_now ();
  const char *original;
  sqlite3_stmt *stmt;
  int number = 1;
  gboolean draft = FALSE;

  if (!hustings_committee_file_check_writable (file, error))
    return NULL;
  source = hustings_report_store_get (file, report_id, error);
  if (source == NULL)
    return NULL;
  if (!hustings_report_is_filed (source))
    {
      invalid (error, _("Only a filed report can be amended; this one is still a draft"));
      return NULL;
    }
  original = hustings_report_get_amendment (source) > 0
             ? hustings_report_get_original_fec_id (source) : hustings_report_get_fec_id (source);
  if (*original == '\0')
    {
      invalid (error, _("The report has no FEC id: mark it filed with the id the FEC gave it "
                        "first"));
      return NULL;
    }

  /* The next number in the filing's line of amendments; a draft one already there is the one
   * to work on. */
  stmt = hustings_committee_file_prepare (file,
    "SELECT coalesce(max(amendment), 0) + 1,"
    " coalesce(max(filed_at IS NULL AND origin = 'hustings' AND amendment > 0), 0)"
    " FROM report WHERE form = ?1 AND code = ?2 AND coverage_from = ?3 AND coverage_to = ?4"
    " AND (fec_id = ?5 OR original_fec_id = ?5)", error);
  if (stmt == NULL)
    return NULL;
  hustings_bind_static (stmt, 1, hustings_report_get_form (source));
  hustings_bind_static (stmt, 2, hustings_report_get_code (source));
  hustings_bind_static (stmt, 3, hustings_report_get_coverage_from (source));
  hustings_bind_static (stmt, 4, hustings_report_get_coverage_to (source));
  hustings_bind_static (stmt, 5, original);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      number = sqlite3_column_int (stmt, 0);
      draft = sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (draft)
    {
      invalid (error, _("There is already a draft amendment of this report: file or delete it "
                        "first"));
      return NULL;
    }

  amendment = hustings_report_copy (source);
  hustings_report_set_amendment (amendment, number, original);
  hustings_report_set_date_signed (amendment, NULL);
  hustings_report_set_filed (amendment, HUSTINGS_REPORT_ORIGIN_HUSTINGS, "", NULL);

  stmt = hustings_committee_file_prepare (file,
    "INSERT INTO report (form, code, election, election_date, election_state, coverage_from,"
    " coverage_to, amendment, original_fec_id, termination, date_signed, created_at, updated_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)", error);
  if (stmt == NULL || !hustings_committee_file_begin (file, error))
    return NULL;
  bind_report (stmt, amendment, now);
  if (!hustings_committee_file_run (file, stmt, error))
    {
      hustings_committee_file_end_unchanged (file);
      return NULL;
    }
  hustings_report_set_id (amendment,
                          sqlite3_last_insert_rowid (hustings_committee_file_get_db (file)));
  if (!copy_report_rows (file, report_id, hustings_report_get_id (amendment), error))
    {
      hustings_committee_file_rollback (file);
      return NULL;
    }
  hustings_committee_file_changed (file, HUSTINGS_CHANGED_REPORTS);
  if (!hustings_committee_file_commit (file, error))
    return NULL;
  return g_steal_pointer (&amendment);
}

gboolean
hustings_report_store_mark_filed (HustingsCommitteeFile *file,
                                  gint64                 report_id,
                                  const char            *fec_id,
                                  GError               **error)
{
  g_autoptr(HustingsReport) report = NULL;
  g_autoptr(HustingsReportSummary) summary = NULL;
  g_autofree char *id = normalize_fec_id (fec_id);
  g_autofree char *today = hustings_date_today ();
  g_autofree char *now = hustings_timestamp_now ();
  sqlite3_stmt *stmt;
  guint n;

  if (id == NULL)
    return invalid (error, _("Give the FEC id of the filing, such as FEC-1234567"));
  if (!hustings_committee_file_check_writable (file, error) ||
      !is_draft (file, report_id, error))
    return FALSE;
  report = hustings_report_store_get (file, report_id, error);
  if (report == NULL)
    return FALSE;
  summary = hustings_report_compute (file, report, NULL, error);
  if (summary == NULL || !hustings_committee_file_begin (file, error))
    return FALSE;

  stmt = hustings_committee_file_prepare (file,
    "INSERT OR REPLACE INTO report_line (report_id, kind, line, col, amount_cents)"
    " VALUES (?1, 'filed', ?2, ?3, ?4)", error);
  if (stmt == NULL)
    goto failed;
  n = g_list_model_get_n_items (G_LIST_MODEL (summary));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HustingsReportLine) line = g_list_model_get_item (G_LIST_MODEL (summary), i);

      for (HustingsReportColumn col = HUSTINGS_REPORT_COLUMN_A; col <= HUSTINGS_REPORT_COLUMN_B;
           col++)
        {
          if (!hustings_report_line_has_column (line, col))
            continue;
          sqlite3_bind_int64 (stmt, 1, report_id);
          hustings_bind_static (stmt, 2, hustings_report_line_get_line (line));
          hustings_bind_static (stmt, 3, col == HUSTINGS_REPORT_COLUMN_A ? "A" : "B");
          sqlite3_bind_int64 (stmt, 4, hustings_report_line_get_amount (line, col));
          if (!hustings_committee_file_run (file, stmt, error))
            goto failed;
        }
    }

  stmt = hustings_committee_file_prepare (file,
    "UPDATE report SET fec_id = ?1, filed_at = ?2, date_signed = coalesce(date_signed, ?2),"
    " updated_at = ?3 WHERE id = ?4", error);
  if (stmt == NULL)
    goto failed;
  hustings_bind_static (stmt, 1, id);
  hustings_bind_static (stmt, 2, today);
  hustings_bind_static (stmt, 3, now);
  sqlite3_bind_int64 (stmt, 4, report_id);
  if (!hustings_committee_file_run (file, stmt, error))
    goto failed;
  hustings_committee_file_changed (file, HUSTINGS_CHANGED_REPORTS);
  return hustings_committee_file_commit (file, error);

failed:
  hustings_committee_file_rollback (file);
  return FALSE;
}

/* ---- Memos ---- */

void
hustings_report_memo_free (HustingsReportMemo *memo)
{
  if (memo == NULL)
    return;
  g_free (memo->text);
  g_free (memo);
}

GPtrArray *
hustings_report_store_list_memos (HustingsCommitteeFile *file,
                                  gint64                 report_id,
                                  GError               **error)
{
  g_autoptr(GPtrArray) memos = g_ptr_array_new_with_free_func (
    (GDestroyNotify) hustings_report_memo_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = hustings_committee_file_prepare (file,
    "SELECT id, text FROM report_text WHERE report_id = ?1 AND back_ref_tran_id IS NULL"
    " ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, report_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HustingsReportMemo *memo = g_new0 (HustingsReportMemo, 1);

      memo->id = sqlite3_column_int64 (stmt, 0);
      memo->text = g_strdup (hustings_column_text (stmt, 1));
      g_ptr_array_add (memos, memo);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hustings_committee_file_set_sql_error (file, error);
      return NULL;
    }
  return g_steal_pointer (&memos);
}

gint64
hustings_report_store_add_memo (HustingsCommitteeFile *file,
                                gint64                 report_id,
                                const char            *text,
                                GError               **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  sqlite3 *db = hustings_committee_file_get_db (file);
  sqlite3_stmt *stmt;
  gint64 id;

  if (*trimmed == '\0')
    {
      invalid (error, _("The memo is empty"));
      return 0;
    }
  if (!g_utf8_validate (trimmed, -1, NULL) || g_utf8_strlen (trimmed, -1) > MEMO_MAX_CHARS)
    {
      invalid (error, _("A memo holds at most 4,000 characters"));
      return 0;
    }
  if (!hustings_committee_file_check_writable (file, error) ||
      !is_draft (file, report_id, error))
    return 0;

  stmt = hustings_committee_file_prepare (file,
    "INSERT INTO report_text (report_id, tran_id, text) VALUES (?1, '', ?2)", error);
  if (stmt == NULL || !hustings_committee_file_begin (file, error))
    return 0;
  sqlite3_bind_int64 (stmt, 1, report_id);
  hustings_bind_static (stmt, 2, trimmed);
  if (!hustings_committee_file_run (file, stmt, error))
    {
      hustings_committee_file_end_unchanged (file);
      return 0;
    }
  id = sqlite3_last_insert_rowid (db);
  /* Its TEXT record's transaction id, kept by amendments. */
  stmt = hustings_committee_file_prepare (file,
    "UPDATE report_text SET tran_id = 'T' || id WHERE id = ?1", error);
  if (stmt == NULL)
    {
      hustings_committee_file_rollback (file);
      return 0;
    }
  sqlite3_bind_int64 (stmt, 1, id);
  if (!hustings_committee_file_run (file, stmt, error))
    {
      hustings_committee_file_rollback (file);
      return 0;
    }
  hustings_committee_file_changed (file, HUSTINGS_CHANGED_REPORTS);
  return hustings_committee_file_commit (file, error) ? id : 0;
}

gboolean
hustings_report_store_delete_memo (HustingsCommitteeFile *file,
                                   gint64                 memo_id,
                                   GError               **error)
{
  sqlite3_stmt *stmt;
  gint64 report_id = 0;

  stmt = hustings_committee_file_prepare (file,
    "SELECT report_id FROM report_text WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, memo_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    report_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (report_id == 0)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
                   _("Memo %" G_GINT64_FORMAT " is not in this committee file"), memo_id);
      return FALSE;
    }
  if (!hustings_committee_file_check_writable (file, error) ||
      !is_draft (file, report_id, error))
    return FALSE;

  stmt = hustings_committee_file_prepare (file, "DELETE FROM report_text WHERE id = ?1", error);
  if (stmt == NULL || !hustings_committee_file_begin (file, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, memo_id);
  if (!hustings_committee_file_run (file, stmt, error))
    {
      hustings_committee_file_end_unchanged (file);
      return FALSE;
    }
  hustings_committee_file_changed (file, HUSTINGS_CHANGED_REPORTS);
  return hustings_committee_file_commit (file, error);
}

/* ---- The list model ---- */

struct _HustingsReportList
{
  GObject                parent_instance;

  HustingsCommitteeFile *file;
  HustingsIdList         list;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HustingsReportList, hustings_report_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GObject *
fetch (gpointer owner, gint64 id)
{
  HustingsReportList *self = owner;

  return (GObject *) hustings_report_store_get (self->file, id, NULL);
}

static char *
signature (GObject *item)
{
  HustingsReport *r = HUSTINGS_REPORT (item);

  return g_strdup_printf ("%s|%s|%s|%s|%s|%s|%d|%s|%s|%s|%s", hustings_report_get_form (r),
                          hustings_report_get_code (r), hustings_report_get_coverage_from (r),
                          hustings_report_get_coverage_to (r), hustings_report_get_election (r),
                          hustings_report_get_election_date (r),
                          hustings_report_get_amendment (r), hustings_report_get_fec_id (r),
                          hustings_report_get_filed_at (r),
                          hustings_report_get_date_signed (r),
                          hustings_report_get_termination (r) ? "T" : "");
}

static void
reload (HustingsReportList *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  stmt = hustings_committee_file_prepare (self->file,
    "SELECT id FROM report ORDER BY coverage_to, coverage_from, amendment, id", NULL);
  if (stmt != NULL)
    {
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);

          g_array_append_val (ids, id);
        }
      sqlite3_reset (stmt);
    }
  hustings_id_list_replace (&self->list, ids, TRUE);
}

static void
reports_changed_cb (HustingsReportList *self)
{
  reload (self);
}

static GType
get_item_type (GListModel *model)
{
  return HUSTINGS_TYPE_REPORT;
}

static guint
get_n_items (GListModel *model)
{
  return hustings_id_list_get_n_items (&HUSTINGS_REPORT_LIST (model)->list);
}

static gpointer
get_item (GListModel *model, guint position)
{
  return hustings_id_list_get_item (&HUSTINGS_REPORT_LIST (model)->list, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
hustings_report_list_finalize (GObject *object)
{
  HustingsReportList *self = HUSTINGS_REPORT_LIST (object);

  hustings_id_list_clear (&self->list);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (hustings_report_list_parent_class)->finalize (object);
}

static void
hustings_report_list_class_init (HustingsReportListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hustings_report_list_finalize;
}

static void
hustings_report_list_init (HustingsReportList *self)
{
  hustings_id_list_init (&self->list, G_LIST_MODEL (self), fetch, signature);
}

HustingsReportList *
hustings_report_list_new (HustingsCommitteeFile *file)
{
  HustingsReportList *self = g_object_new (HUSTINGS_TYPE_REPORT_LIST, NULL);

  self->file = g_object_ref (file);
  g_signal_connect_object (file, "reports-changed", G_CALLBACK (reports_changed_cb), self,
                           G_CONNECT_SWAPPED);
  reload (self);
  return self;
}
