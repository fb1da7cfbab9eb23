/* hustings-disbursement-store.c: disbursements in a committee file. All disbursement SQL that
 * the store, the list and the Disbursements page need lives here.
 *
 * A campaign pays out thousands of times, not millions: a search compares the folded text of
 * each row in the date range, which needs no index to keep (100,000 rows in a quarter of a
 * second; a real campaign's in a few milliseconds).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-disbursement-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hustings-committee-file-private.h"
#include "hustings-dates.h"
#include "hustings-disbursement-private.h"
#include "hustings-disbursement-store.h"
#include "hustings-error.h"

#define DISBURSEMENT_COLUMNS \
  "d.id, d.contact_id, c.display_name, d.date_paid, d.amount_cents, d.purpose, d.category," \
  " d.line, d.election, d.check_number, d.memo, d.memo_entry, d.source, d.source_id, d.tran_id"

#define RANGE " WHERE d.date_paid BETWEEN coalesce(?1, '0000-00-00')" \
              " AND coalesce(?2, '9999-12-31')"

static HustingsDisbursement *
disbursement_from_row (sqlite3_stmt *stmt)
{
  HustingsDisbursement *d = hustings_disbursement_new ();

  hustings_disbursement_set_id (d, sqlite3_column_int64 (stmt, 0));
  hustings_disbursement_set_contact_id (d, sqlite3_column_int64 (stmt, 1));
  hustings_disbursement_set_payee_name (d, hustings_column_text (stmt, 2));
  hustings_disbursement_set_date (d, hustings_column_text (stmt, 3));
  hustings_disbursement_set_amount (d, sqlite3_column_int64 (stmt, 4));
  hustings_disbursement_set_purpose (d, hustings_column_text (stmt, 5));
  hustings_disbursement_set_category (d, hustings_column_text (stmt, 6));
  hustings_disbursement_set_line (d, hustings_column_text (stmt, 7));
  hustings_disbursement_set_election (d, (const char *) sqlite3_column_text (stmt, 8));
  hustings_disbursement_set_check_number (d, hustings_column_text (stmt, 9));
  hustings_disbursement_set_memo (d, hustings_column_text (stmt, 10));
  hustings_disbursement_set_memo_entry (d, sqlite3_column_int (stmt, 11));
  hustings_disbursement_set_source (d, hustings_column_text (stmt, 12),
                                    (const char *) sqlite3_column_text (stmt, 13));
  hustings_disbursement_set_tran_id (d, (const char *) sqlite3_column_text (stmt, 14));
  return d;
}

static void
bind_range (sqlite3_stmt *stmt,
            const char   *from,
            const char   *to)
{
  if (from != NULL && *from != '\0')
    hustings_bind_text (stmt, 1, from);
  if (to != NULL && *to != '\0')
    hustings_bind_text (stmt, 2, to);
}

static gboolean
not_found (GError **error,
           gint64   id)
{
  g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
               _("Disbursement %" G_GINT64_FORMAT " is not in this committee file"), id);
  return FALSE;
}

HustingsDisbursement *
hustings_disbursement_store_get (HustingsCommitteeFile *file,
                                 gint64                 id,
                                 GError               **error)
{
  HustingsDisbursement *d = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = hustings_committee_file_prepare (file,
    "SELECT " DISBURSEMENT_COLUMNS " FROM disbursement d JOIN contact c ON c.id = d.contact_id"
    " WHERE d.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    d = disbursement_from_row (stmt);
  else if (rc == SQLITE_DONE)
    not_found (error, id);
  else
    hustings_committee_file_set_sql_error (file, error);
  sqlite3_reset (stmt);
  return d;
}

/* Checks the disbursement against the rules, and reads its payee's name. */
static gboolean
prepare (HustingsCommitteeFile *file,
         HustingsDisbursement  *d,
         GError               **error)
{
  sqlite3_stmt *stmt;

  stmt = hustings_committee_file_prepare (file,
    "SELECT display_name FROM contact WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, hustings_disbursement_get_contact_id (d));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("Choose the payee: every disbursement is paid to a contact"));
      return FALSE;
    }
  hustings_disbursement_set_payee_name (d, hustings_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return hustings_disbursement_check (d, hustings_committee_file_peek_committee (file), error);
}

static void
bind_disbursement (sqlite3_stmt         *stmt,
                   HustingsDisbursement *d,
                   const char           *now)
{
  const char *election = hustings_disbursement_get_election (d);
  const char *source_id = hustings_disbursement_get_source_id (d);
  const char *tran_id = hustings_disbursement_get_tran_id (d);

  sqlite3_bind_int64 (stmt, 1, hustings_disbursement_get_contact_id (d));
  hustings_bind_text (stmt, 2, hustings_disbursement_get_date (d));
  sqlite3_bind_int64 (stmt, 3, hustings_disbursement_get_amount (d));
  hustings_bind_text (stmt, 4, hustings_disbursement_get_purpose (d));
  hustings_bind_text (stmt, 5, hustings_disbursement_get_category (d));
  hustings_bind_text (stmt, 6, hustings_disbursement_get_line (d));
  if (election != NULL)
    hustings_bind_text (stmt, 7, election);
  hustings_bind_text (stmt, 8, hustings_disbursement_get_check_number (d));
  hustings_bind_text (stmt, 9, hustings_disbursement_get_memo (d));
  sqlite3_bind_int (stmt, 10, hustings_disbursement_get_memo_entry (d));
  hustings_bind_text (stmt, 11, hustings_disbursement_get_source (d));
  if (source_id != NULL)
    hustings_bind_text (stmt, 12, source_id);
  if (tran_id != NULL)
    hustings_bind_text (stmt, 13, tran_id);
  hustings_bind_text (stmt, 14, now);
}

/* Adds a disbursement, or saves an existing one (insert FALSE), in one transaction. */
static gboolean
save (HustingsCommitteeFile *file,
      HustingsDisbursement  *disbursement,
      gboolean               insert,
      GError               **error)
{
  g_autofree char *now = hustings_timestamp_now ();
  sqlite3 *db = hustings_committee_file_get_db (file);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HUSTINGS_IS_DISBURSEMENT (disbursement), FALSE);

  if (!hustings_committee_file_check_writable (file, error) ||
      !hustings_committee_file_begin (file, error))
    return FALSE;
  if (!prepare (file, disbursement, error))
    goto unchanged;

  stmt = hustings_committee_file_prepare (file, insert
    ? "INSERT INTO disbursement (contact_id, date_paid, amount_cents, purpose, category, line,"
      " election, check_number, memo, memo_entry, source, source_id, tran_id, created_at,"
      " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)"
    : "UPDATE disbursement SET contact_id = ?1, date_paid = ?2, amount_cents = ?3,"
      " purpose = ?4, category = ?5, line = ?6, election = ?7, check_number = ?8, memo = ?9,"
      " memo_entry = ?10, source = ?11, source_id = ?12, tran_id = ?13, updated_at = ?14"
      " WHERE id = ?15", error);
  if (stmt == NULL)
    goto unchanged;
  bind_disbursement (stmt, disbursement, now);
  if (!insert)
    sqlite3_bind_int64 (stmt, 15, hustings_disbursement_get_id (disbursement));
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      if (sqlite3_extended_errcode (db) == SQLITE_CONSTRAINT_UNIQUE)
        g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                     _("This disbursement is already recorded: %s payment %s is in the file"),
                     hustings_disbursement_get_source (disbursement),
                     hustings_disbursement_get_source_id (disbursement));
      else
        hustings_committee_file_set_sql_error (file, error);
      goto unchanged;
    }

  if (insert)
    hustings_disbursement_set_id (disbursement, sqlite3_last_insert_rowid (db));
  else if (sqlite3_changes (db) == 0)
    {
      not_found (error, hustings_disbursement_get_id (disbursement));
      goto unchanged;
    }

  hustings_committee_file_changed (file, HUSTINGS_CHANGED_DISBURSEMENTS);
  if (!hustings_committee_file_commit (file, error))
    {
      if (insert)
        hustings_disbursement_set_id (disbursement, 0);
      return FALSE;
    }
  return TRUE;

unchanged:
  hustings_committee_file_end_unchanged (file);
  return FALSE;
}

gboolean
hustings_disbursement_store_add (HustingsCommitteeFile *file,
                                 HustingsDisbursement  *disbursement,
                                 GError               **error)
{
  return save (file, disbursement, TRUE, error);
}

gboolean
hustings_disbursement_store_update (HustingsCommitteeFile *file,
                                    HustingsDisbursement  *disbursement,
                                    GError               **error)
{
  return save (file, disbursement, FALSE, error);
}

gboolean
hustings_disbursement_store_delete (HustingsCommitteeFile *file,
                                    gint64                 id,
                                    GError               **error)
{
  sqlite3_stmt *stmt;

  if (!hustings_committee_file_check_writable (file, error) ||
      !hustings_committee_file_begin (file, error))
    return FALSE;

  stmt = hustings_committee_file_prepare (file, "DELETE FROM disbursement WHERE id = ?1", error);
  if (stmt == NULL)
    goto unchanged;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!hustings_committee_file_run (file, stmt, error))
    goto unchanged;
  if (sqlite3_changes (hustings_committee_file_get_db (file)) == 0)
    {
      not_found (error, id);
      goto unchanged;
    }

  hustings_committee_file_changed (file, HUSTINGS_CHANGED_DISBURSEMENTS);
  return hustings_committee_file_commit (file, error);

unchanged:
  hustings_committee_file_end_unchanged (file);
  return FALSE;
}

/* ---- Listing and searching ---- */

/* Appends text folded for search: lower case, accents dropped, and anything but letters and
 * digits a space. */
static void
fold_append (GString    *out,
             const char *text)
{
  const char *p = text;

  for (; *p && !(*p & 0x80); p++)
    g_string_append_c (out, g_ascii_isalnum (*p) ? g_ascii_tolower (*p) : ' ');
  if (*p)
    {
      g_autofree char *decomposed = g_utf8_normalize (p, -1, G_NORMALIZE_NFKD);

      for (const char *q = decomposed; q && *q; q = g_utf8_next_char (q))
        {
          gunichar c = g_utf8_get_char (q);

          if (g_unichar_isalnum (c))
            g_string_append_unichar (out, g_unichar_tolower (c));
          else if (!g_unichar_ismark (c))
            g_string_append_c (out, ' ');
        }
    }
  g_string_append_c (out, ' ');
}

/* The folded words of a search; NULL when it has none. */
static char **
search_words (const char *search)
{
  g_autoptr(GString) folded = g_string_new (NULL);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = NULL;

  if (search == NULL)
    return NULL;
  fold_append (folded, search);
  parts = g_strsplit (folded->str, " ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_ptr_array_add (words, g_strdup (parts[i]));
  if (words->len == 0)
    return NULL;
  g_ptr_array_add (words, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&words), FALSE);
}

/* The rows list_ids and sum go through: the id, the amount and the memo flag, then for a
 * search the columns it looks at. Without a search the payee is read only to sort by. */
#define LIGHT_SELECT \
  "SELECT d.id, d.amount_cents, d.memo_entry FROM disbursement d" RANGE
#define SEARCH_SELECT \
  "SELECT d.id, d.amount_cents, d.memo_entry, c.display_name, d.purpose, d.memo," \
  " d.check_number, d.category FROM disbursement d JOIN contact c ON c.id = d.contact_id" RANGE
#define BY_DATE        " ORDER BY d.date_paid, d.id"
#define BY_DATE_DESC   " ORDER BY d.date_paid DESC, d.id DESC"
#define BY_AMOUNT      " ORDER BY d.amount_cents, d.id"
#define BY_AMOUNT_DESC " ORDER BY d.amount_cents DESC, d.id DESC"
#define BY_PAYEE       " ORDER BY c.sort_name, c.id, d.date_paid, d.id"
#define BY_PAYEE_DESC  " ORDER BY c.sort_name DESC, c.id DESC, d.date_paid DESC, d.id DESC"

static gboolean
row_matches (sqlite3_stmt       *stmt,
             const char * const *words,
             GString            *haystack)
{
  g_string_assign (haystack, " ");
  for (int column = 3; column <= 6; column++)
    fold_append (haystack, hustings_column_text (stmt, column));
  fold_append (haystack, hustings_disbursement_category_label (hustings_column_text (stmt, 7)));
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (haystack->str, words[i]) == NULL)
      return FALSE;
  return TRUE;
}

/* Goes through the rows in the range in the order asked; ids (may be NULL) gets those that
 * match search, and the total and count add them up. */
static void
scan (HustingsCommitteeFile    *file,
      const char               *from,
      const char               *to,
      const char               *search,
      HustingsDisbursementSort  sort,
      gboolean                  descending,
      GArray                   *ids,
      gint64                   *out_total,
      gint64                   *out_count)
{
  static const char * const queries[2][3][2] = {
    {
      [HUSTINGS_DISBURSEMENT_SORT_DATE] = { LIGHT_SELECT BY_DATE, LIGHT_SELECT BY_DATE_DESC },
      [HUSTINGS_DISBURSEMENT_SORT_AMOUNT] = { LIGHT_SELECT BY_AMOUNT,
                                              LIGHT_SELECT BY_AMOUNT_DESC },
      [HUSTINGS_DISBURSEMENT_SORT_PAYEE] = { SEARCH_SELECT BY_PAYEE,
                                             SEARCH_SELECT BY_PAYEE_DESC },
    },
    {
      [HUSTINGS_DISBURSEMENT_SORT_DATE] = { SEARCH_SELECT BY_DATE, SEARCH_SELECT BY_DATE_DESC },
      [HUSTINGS_DISBURSEMENT_SORT_AMOUNT] = { SEARCH_SELECT BY_AMOUNT,
                                              SEARCH_SELECT BY_AMOUNT_DESC },
      [HUSTINGS_DISBURSEMENT_SORT_PAYEE] = { SEARCH_SELECT BY_PAYEE,
                                             SEARCH_SELECT BY_PAYEE_DESC },
    },
  };
  g_auto(GStrv) words = search_words (search);
  g_autoptr(GString) haystack = g_string_new (NULL);
  gint64 total = 0, count = 0;
  sqlite3_stmt *stmt;

  stmt = hustings_committee_file_prepare (file, queries[words != NULL][sort][descending ? 1 : 0],
                                          NULL);
  if (stmt != NULL)
    {
      bind_range (stmt, from, to);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);

          if (words != NULL && !row_matches (stmt, (const char * const *) words, haystack))
            continue;
          if (ids != NULL)
            g_array_append_val (ids, id);
          if (!sqlite3_column_int (stmt, 2))
            total += sqlite3_column_int64 (stmt, 1);
          count++;
        }
      sqlite3_reset (stmt);
    }
  if (out_total != NULL)
    *out_total = total;
  if (out_count != NULL)
    *out_count = count;
}

GArray *
hustings_disbursement_store_list_ids (HustingsCommitteeFile   *file,
                                      const char              *from,
                                      const char              *to,
                                      const char              *search,
                                      HustingsDisbursementSort sort,
                                      gboolean                 descending)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (sort <= HUSTINGS_DISBURSEMENT_SORT_PAYEE, ids);

  scan (file, from, to, search, sort, descending, ids, NULL, NULL);
  return ids;
}

void
hustings_disbursement_store_sum (HustingsCommitteeFile *file,
                                 const char            *from,
                                 const char            *to,
                                 const char            *search,
                                 gint64                *out_total_cents,
                                 gint64                *out_count)
{
  g_auto(GStrv) words = search_words (search);
  gint64 total = 0, count = 0;
  sqlite3_stmt *stmt;

  /* A search looks at every row; the whole range is summed by SQLite. */
  if (words != NULL)
    {
      scan (file, from, to, search, HUSTINGS_DISBURSEMENT_SORT_DATE, FALSE, NULL,
            out_total_cents, out_count);
      return;
    }

  stmt = hustings_committee_file_prepare (file,
    "SELECT coalesce(sum(d.amount_cents) FILTER (WHERE NOT d.memo_entry), 0), count(*)"
    " FROM disbursement d" RANGE, NULL);
  if (stmt != NULL)
    {
      bind_range (stmt, from, to);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          total = sqlite3_column_int64 (stmt, 0);
          count = sqlite3_column_int64 (stmt, 1);
        }
      sqlite3_reset (stmt);
    }
  if (out_total_cents != NULL)
    *out_total_cents = total;
  if (out_count != NULL)
    *out_count = count;
}

gint64
hustings_disbursement_store_count (HustingsCommitteeFile *file)
{
  sqlite3_stmt *stmt = hustings_committee_file_prepare (file,
    "SELECT count(*) FROM disbursement", NULL);
  gint64 count = 0;

  if (stmt == NULL)
    return 0;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return count;
}

gboolean
hustings_disbursement_store_foreach (HustingsCommitteeFile    *file,
                                     const char               *from,
                                     const char               *to,
                                     HustingsDisbursementFunc  func,
                                     gpointer                  user_data,
                                     GError                  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = hustings_committee_file_prepare (file,
    "SELECT " DISBURSEMENT_COLUMNS " FROM disbursement d JOIN contact c ON c.id = d.contact_id"
    RANGE " ORDER BY d.date_paid, d.id", error);
  if (stmt == NULL)
    return FALSE;
  bind_range (stmt, from, to);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(HustingsDisbursement) disbursement = disbursement_from_row (stmt);

      if (!func (disbursement, user_data))
        break;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return hustings_committee_file_set_sql_error (file, error);
  return TRUE;
}
