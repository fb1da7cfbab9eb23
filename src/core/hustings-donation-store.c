/* hustings-donation-store.c: donations in a committee file. All donation SQL lives here.
 * The per-contact totals follow by themselves: triggers in schema.sql keep them.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-donation-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hustings-committee-file-private.h"
#include "hustings-contact-store.h"
#include "hustings-dates.h"
#include "hustings-donation-private.h"
#include "hustings-donation-store.h"
#include "hustings-error.h"
#include "hustings-money.h"
#include "hustings-validate.h"

#define DONATION_COLUMNS \
  "d.id, d.contact_id, c.display_name, d.date_received, d.amount_cents, d.method, d.election," \
  " d.election_presumed, d.cycle, d.check_number, d.source, d.source_id, d.memo," \
  " coalesce(d.refund_of, 0), d.conduit, d.fee_cents, d.recurring, d.receipt_line," \
  " coalesce(d.event_id, 0)"

static HustingsDonation *
donation_from_row (sqlite3_stmt *stmt)
{
  HustingsDonation *d = hustings_donation_new ();
  HustingsMethod method = HUSTINGS_METHOD_CHECK;

  hustings_donation_set_id (d, sqlite3_column_int64 (stmt, 0));
  hustings_donation_set_contact_id (d, sqlite3_column_int64 (stmt, 1));
  hustings_donation_set_contact_name (d, hustings_column_text (stmt, 2));
  hustings_donation_set_date (d, hustings_column_text (stmt, 3));
  hustings_donation_set_amount (d, sqlite3_column_int64 (stmt, 4));
  hustings_method_from_string (hustings_column_text (stmt, 5), &method);
  hustings_donation_set_method (d, method);
  hustings_donation_set_presumed (d, (const char *) sqlite3_column_text (stmt, 6),
                                  sqlite3_column_int (stmt, 7));
  hustings_donation_set_cycle (d, sqlite3_column_int (stmt, 8));
  hustings_donation_set_check_number (d, hustings_column_text (stmt, 9));
  hustings_donation_set_source (d, hustings_column_text (stmt, 10),
                                (const char *) sqlite3_column_text (stmt, 11));
  hustings_donation_set_memo (d, hustings_column_text (stmt, 12));
  hustings_donation_set_refund_of (d, sqlite3_column_int64 (stmt, 13));
  hustings_donation_set_conduit (d, hustings_column_text (stmt, 14));
  hustings_donation_set_fee (d, sqlite3_column_int64 (stmt, 15));
  hustings_donation_set_recurring (d, sqlite3_column_int (stmt, 16));
  hustings_donation_set_receipt_line (d, hustings_column_text (stmt, 17));
  hustings_donation_set_event_id (d, sqlite3_column_int64 (stmt, 18));
  return d;
}

HustingsDonation *
hustings_donation_store_get (HustingsCommitteeFile *file,
                             gint64                 donation_id,
                             GError               **error)
{
  HustingsDonation *d = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = hustings_committee_file_prepare (file,
    "SELECT " DONATION_COLUMNS " FROM donation d JOIN contact c ON c.id = d.contact_id"
    " WHERE d.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, donation_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    d = donation_from_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
                 _("Donation %" G_GINT64_FORMAT " is not in this committee file"), donation_id);
  else
    hustings_committee_file_set_sql_error (file, error);
  sqlite3_reset (stmt);
  return d;
}

static gboolean
invalid (GError **error, const char *message)
{
  g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID, message);
  return FALSE;
}

/* Sum of the refunds of donation original, leaving out the refund being saved. */
static gint64
refunded (HustingsCommitteeFile *file, gint64 original, gint64 except)
{
  sqlite3_stmt *stmt;
  gint64 sum = 0;

  stmt = hustings_committee_file_prepare (file,
    "SELECT coalesce(sum(amount_cents), 0) FROM donation"
    " WHERE (refund_of = ?1 OR (adjusts = ?1 AND amount_cents < 0)) AND id <> ?2", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, original);
  sqlite3_bind_int64 (stmt, 2, except);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    sum = -sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return sum;
}

/* Checks the donation against the rules and the file, and completes what is derived: the
 * election presumed from the date, the cycle, and the donor's name. */
static gboolean
prepare (HustingsCommitteeFile *file,
         HustingsDonation      *d,
         GError               **error)
{
  const HustingsCommittee *committee = hustings_committee_file_peek_committee (file);
  const char *date = hustings_donation_get_date (d);
  const char *election = hustings_donation_get_election (d);
  gint64 amount = hustings_donation_get_amount (d);
  gint64 refund_of = hustings_donation_get_refund_of (d);
  int cycle;
  sqlite3_stmt *stmt;

  stmt = hustings_committee_file_prepare (file,
    "SELECT display_name FROM contact WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, hustings_donation_get_contact_id (d));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return invalid (error, _("Choose the donor: every donation belongs to a contact"));
    }
  hustings_donation_set_contact_name (d, hustings_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (!hustings_date_is_valid (date))
    return invalid (error, _("The date received must be a real date"));
  if (hustings_receipt_line_describe (hustings_committee_form (committee),
                                      hustings_donation_get_receipt_line (d)) == NULL)
    return invalid (error, _("That kind of receipt is not on this committee’s form"));
  if (amount == 0)
    return invalid (error, _("The amount cannot be zero"));
  if (amount > HUSTINGS_MONEY_MAX_CENTS || amount < -HUSTINGS_MONEY_MAX_CENTS)
    return invalid (error, _("The amount is larger than $999,999,999.99"));
  if (amount < 0 && refund_of == 0)
    return invalid (error, _("A negative amount is a refund: say which donation it refunds"));
  if (hustings_donation_get_method (d) >= HUSTINGS_N_METHODS)
    return invalid (error, _("The payment method is not known"));

  cycle = hustings_cycle_for_date (date);
  if (refund_of != 0)
    {
      g_autoptr(HustingsDonation) original = NULL;
      gint64 refundable;

      if (amount > 0)
        return invalid (error, _("A refund is entered as a negative amount"));
      original = hustings_donation_store_get (file, refund_of, NULL);
      if (original == NULL || hustings_donation_get_amount (original) < 0)
        return invalid (error, _("The donation this refunds is not in the file"));
      if (hustings_donation_get_contact_id (original) != hustings_donation_get_contact_id (d))
        return invalid (error, _("A refund goes back to the donor of the original donation"));
      if (strcmp (date, hustings_donation_get_date (original)) < 0)
        return invalid (error, _("A refund cannot be dated before the donation it refunds"));
      refundable = hustings_donation_get_amount (original)
                   - refunded (file, refund_of, hustings_donation_get_id (d));
      if (-amount > refundable)
        {
          g_autofree char *left = hustings_money_format (refundable);

          g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                       _("The refund is more than is left of the donation to refund (%s)"), left);
          return FALSE;
        }
      /* A refund comes off the same election and cycle as the gift. */
      if (election == NULL)
        hustings_donation_set_presumed (d, hustings_donation_get_election (original),
                                        hustings_donation_get_election_presumed (original));
      cycle = hustings_donation_get_cycle (original);
    }
  else if (hustings_donation_get_id (d) != 0 &&
           amount < refunded (file, hustings_donation_get_id (d), 0))
    return invalid (error, _("The amount is less than what has already been refunded of it"));

  if (hustings_donation_get_election (d) == NULL || hustings_donation_get_election_presumed (d))
    {
      const HustingsElection *presumed = hustings_committee_presumed_election (committee, date);

      if (refund_of == 0)
        hustings_donation_set_presumed (d, presumed ? presumed->code : NULL, TRUE);
    }
  else
    {
      gboolean known = FALSE;

      election = hustings_donation_get_election (d);
      for (guint i = 0; i < committee->elections->len && !known; i++)
        known = strcmp (((HustingsElection *) g_ptr_array_index (committee->elections, i))->code,
                        election) == 0;
      if (!known)
        {
          g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                       _("Election %s is not one of the committee’s elections; add it in the "
                         "committee profile first"), election);
          return FALSE;
        }
    }

  hustings_donation_set_cycle (d, cycle);
  return TRUE;
}

static void
bind_donation (sqlite3_stmt *stmt, HustingsDonation *d, const char *now)
{
  sqlite3_bind_int64 (stmt, 1, hustings_donation_get_contact_id (d));
  hustings_bind_text (stmt, 2, hustings_donation_get_date (d));
  sqlite3_bind_int64 (stmt, 3, hustings_donation_get_amount (d));
  hustings_bind_text (stmt, 4, hustings_method_to_string (hustings_donation_get_method (d)));
  if (hustings_donation_get_election (d))
    hustings_bind_text (stmt, 5, hustings_donation_get_election (d));
  sqlite3_bind_int (stmt, 6, hustings_donation_get_election_presumed (d));
  sqlite3_bind_int (stmt, 7, hustings_donation_get_cycle (d));
  hustings_bind_text (stmt, 8, hustings_donation_get_check_number (d));
  hustings_bind_text (stmt, 9, hustings_donation_get_source (d));
  if (hustings_donation_get_source_id (d))
    hustings_bind_text (stmt, 10, hustings_donation_get_source_id (d));
  hustings_bind_text (stmt, 11, hustings_donation_get_memo (d));
  if (hustings_donation_get_refund_of (d))
    sqlite3_bind_int64 (stmt, 12, hustings_donation_get_refund_of (d));
  hustings_bind_text (stmt, 13, now);
  hustings_bind_text (stmt, 15, hustings_donation_get_conduit (d));
  sqlite3_bind_int64 (stmt, 16, hustings_donation_get_fee (d));
  sqlite3_bind_int (stmt, 17, hustings_donation_get_recurring (d));
  hustings_bind_text (stmt, 18, hustings_donation_get_receipt_line (d));
  if (hustings_donation_get_event_id (d))
    sqlite3_bind_int64 (stmt, 19, hustings_donation_get_event_id (d));
}

static gboolean
run_save (HustingsCommitteeFile *file,
          sqlite3_stmt          *stmt,
          HustingsDonation      *d,
          GError               **error)
{
  if (sqlite3_step (stmt) == SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }
  if (sqlite3_extended_errcode (hustings_committee_file_get_db (file)) ==
      SQLITE_CONSTRAINT_UNIQUE)
    g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                 _("This donation is already recorded: %s receipt %s is in the file"),
                 hustings_donation_get_source (d), hustings_donation_get_source_id (d));
  else
    hustings_committee_file_set_sql_error (file, error);
  sqlite3_reset (stmt);
  return FALSE;
}

/* Refunds of a gift that moved to another donor or election move with it; so does the side
 * of a redesignation or reattribution that takes money from it (and both sides of a
 * redesignation, which stay with the donor). Both sides keep the gift's date. */
static gboolean
move_refunds (HustingsCommitteeFile *file,
              HustingsDonation      *donation,
              GError               **error)
{
  sqlite3_stmt *stmt = hustings_committee_file_prepare (file,
    "UPDATE donation SET contact_id = ?1, election = ?2, election_presumed = ?3, cycle = ?4"
    " WHERE refund_of = ?5", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, hustings_donation_get_contact_id (donation));
  if (hustings_donation_get_election (donation))
    hustings_bind_text (stmt, 2, hustings_donation_get_election (donation));
  sqlite3_bind_int (stmt, 3, hustings_donation_get_election_presumed (donation));
  sqlite3_bind_int (stmt, 4, hustings_donation_get_cycle (donation));
  sqlite3_bind_int64 (stmt, 5, hustings_donation_get_id (donation));
  if (!hustings_committee_file_run (file, stmt, error))
    return FALSE;

  stmt = hustings_committee_file_prepare (file,
    "UPDATE donation SET date_received = ?2, cycle = ?3,"
    " contact_id = CASE WHEN amount_cents < 0 OR adjustment = 'redesignation' THEN ?4"
    "                   ELSE contact_id END,"
    " election = CASE WHEN amount_cents < 0 THEN ?5 ELSE election END,"
    " election_presumed = CASE WHEN amount_cents < 0 THEN ?6 ELSE election_presumed END"
    " WHERE adjusts = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, hustings_donation_get_id (donation));
  hustings_bind_text (stmt, 2, hustings_donation_get_date (donation));
  sqlite3_bind_int (stmt, 3, hustings_donation_get_cycle (donation));
  sqlite3_bind_int64 (stmt, 4, hustings_donation_get_contact_id (donation));
  if (hustings_donation_get_election (donation))
    hustings_bind_text (stmt, 5, hustings_donation_get_election (donation));
  sqlite3_bind_int (stmt, 6, hustings_donation_get_election_presumed (donation));
  return hustings_committee_file_run (file, stmt, error);
}

/* Adds a donation, or saves an existing one (insert FALSE), in one transaction. */
static gboolean
save (HustingsCommitteeFile *file,
      HustingsDonation      *donation,
      gboolean               insert,
      GError               **error)
{
  g_autofree char *now = hustings_timestamp_now ();
  sqlite3 *db = hustings_committee_file_get_db (file);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HUSTINGS_IS_DONATION (donation), FALSE);

  if (!hustings_committee_file_check_writable (file, error) ||
      !hustings_committee_file_begin (file, error))
    return FALSE;

  if (!prepare (file, donation, error))
    goto unchanged;

  stmt = hustings_committee_file_prepare (file, insert
    ? "INSERT INTO donation (contact_id, date_received, amount_cents, method, election,"
      " election_presumed, cycle, check_number, source, source_id, memo, refund_of, conduit,"
      " fee_cents, recurring, receipt_line, event_id, created_at, updated_at)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?15, ?16, ?17, ?18, ?19, ?13,"
      " ?13)"
    : "UPDATE donation SET contact_id = ?1, date_received = ?2, amount_cents = ?3,"
      " method = ?4, election = ?5, election_presumed = ?6, cycle = ?7, check_number = ?8,"
      " source = ?9, source_id = ?10, memo = ?11, refund_of = ?12, updated_at = ?13,"
      " conduit = ?15, fee_cents = ?16, recurring = ?17, receipt_line = ?18, event_id = ?19"
      " WHERE id = ?14",
      error);
  if (stmt == NULL)
    goto unchanged;
  bind_donation (stmt, donation, now);
  if (!insert)
    sqlite3_bind_int64 (stmt, 14, hustings_donation_get_id (donation));
  if (!run_save (file, stmt, donation, error))
    goto unchanged;

  if (insert)
    hustings_donation_set_id (donation, sqlite3_last_insert_rowid (db));
  else if (sqlite3_changes (db) == 0)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
                   _("Donation %" G_GINT64_FORMAT " is not in this committee file"),
                   hustings_donation_get_id (donation));
      goto unchanged;
    }
  else if (!move_refunds (file, donation, error))
    {
      hustings_committee_file_rollback (file);
      return FALSE;
    }

  hustings_committee_file_changed (file, HUSTINGS_CHANGED_DONATIONS);
  if (!hustings_committee_file_commit (file, error))
    {
      if (insert)
        hustings_donation_set_id (donation, 0);
      return FALSE;
    }
  return TRUE;

unchanged:
  hustings_committee_file_end_unchanged (file);
  return FALSE;
}

gboolean
hustings_donation_store_add (HustingsCommitteeFile *file,
                             HustingsDonation      *donation,
                             GError               **error)
{
  return save (file, donation, TRUE, error);
}

gboolean
hustings_donation_store_update (HustingsCommitteeFile *file,
                                HustingsDonation      *donation,
                                GError               **error)
{
  return save (file, donation, FALSE, error);
}

gboolean
hustings_donation_store_delete (HustingsCommitteeFile *file,
                                gint64                 donation_id,
                                GError               **error)
{
  sqlite3_stmt *stmt;

  if (!hustings_committee_file_check_writable (file, error) ||
      !hustings_committee_file_begin (file, error))
    return FALSE;

  /* The two rows of a redesignation or reattribution go together: the row made with this one
   * for the same gift, of the opposite amount. (Deleting the gift takes both, by cascade.) */
  stmt = hustings_committee_file_prepare (file,
    "DELETE FROM donation WHERE id = ?1 OR id ="
    " (SELECT p.id FROM donation d JOIN donation p ON p.adjusts = d.adjusts"
    "   AND p.amount_cents = -d.amount_cents AND p.created_at = d.created_at AND p.id <> d.id"
    "  WHERE d.id = ?1 ORDER BY abs (p.id - d.id) LIMIT 1)", error);
  if (stmt == NULL)
    goto unchanged;
  sqlite3_bind_int64 (stmt, 1, donation_id);
  if (!hustings_committee_file_run (file, stmt, error))
    goto unchanged;
  if (sqlite3_changes (hustings_committee_file_get_db (file)) == 0)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
                   _("Donation %" G_GINT64_FORMAT " is not in this committee file"), donation_id);
      goto unchanged;
    }

  hustings_committee_file_changed (file, HUSTINGS_CHANGED_DONATIONS);
  return hustings_committee_file_commit (file, error);

unchanged:
  hustings_committee_file_end_unchanged (file);
  return FALSE;
}

#define RANGE " WHERE d.date_received BETWEEN coalesce(?1, '0000-00-00')" \
              " AND coalesce(?2, '9999-12-31')"

/* Donations in donor order: contacts by name, each one's gifts by date. Sorting a million
 * joined rows in SQLite takes seconds; instead take the contacts' order and the gifts grouped
 * by contact (both straight from an index) and lay the groups out in that order. */
static GArray *
list_ids_by_donor (HustingsCommitteeFile *file,
                   const char            *from,
                   const char            *to,
                   gboolean               descending)
{
  g_autoptr(GArray) order = NULL;
  g_autoptr(GArray) gifts = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) run_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint *run_of = NULL;
  GArray *ids;
  sqlite3_stmt *stmt;
  gint64 current = -1, max_id = 0;

  order = hustings_contact_store_list_ids (file, HUSTINGS_CONTACT_SORT_NAME, descending);
  for (guint i = 0; i < order->len; i++)
    max_id = MAX (max_id, g_array_index (order, gint64, i));
  run_of = g_new0 (guint, max_id + 1);
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  stmt = hustings_committee_file_prepare (file,
    "SELECT contact_id, id FROM donation INDEXED BY donation_contact"
    " WHERE date_received BETWEEN coalesce(?1, '0000-00-00') AND coalesce(?2, '9999-12-31')"
    " ORDER BY contact_id, date_received, id", NULL);
  if (stmt == NULL)
    return ids;
  if (from)
    hustings_bind_text (stmt, 1, from);
  if (to)
    hustings_bind_text (stmt, 2, to);

  /* gifts holds the ids grouped by contact; run_of[contact] - 1 is the index of its group in
   * run_starts, whose next entry (or the end) closes the group. */
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 contact = sqlite3_column_int64 (stmt, 0);
      gint64 id = sqlite3_column_int64 (stmt, 1);

      if (contact != current)
        {
          current = contact;
          g_array_append_val (run_starts, gifts->len);
          if (contact <= max_id)
            run_of[contact] = run_starts->len;
        }
      g_array_append_val (gifts, id);
    }
  sqlite3_reset (stmt);

  for (guint i = 0; i < order->len; i++)
    {
      guint run = run_of[g_array_index (order, gint64, i)];
      guint start, end;

      if (run == 0)
        continue;
      start = g_array_index (run_starts, guint, run - 1);
      end = run < run_starts->len ? g_array_index (run_starts, guint, run) : gifts->len;
      if (descending)
        for (guint j = end; j > start; j--)
          g_array_append_val (ids, g_array_index (gifts, gint64, j - 1));
      else
        g_array_append_vals (ids, &g_array_index (gifts, gint64, start), end - start);
    }
  return ids;
}

GArray *
hustings_donation_store_list_ids (HustingsCommitteeFile *file,
                                  const char            *from,
                                  const char            *to,
                                  HustingsDonationSort   sort,
                                  gboolean               descending)
{
  /* The amount index holds the date too, so filtering by date never leaves it. */
  static const char * const queries[][2] = {
    [HUSTINGS_DONATION_SORT_DATE] = {
      "SELECT d.id FROM donation d" RANGE " ORDER BY d.date_received, d.id",
      "SELECT d.id FROM donation d" RANGE " ORDER BY d.date_received DESC, d.id DESC" },
    [HUSTINGS_DONATION_SORT_AMOUNT] = {
      "SELECT d.id FROM donation d INDEXED BY donation_amount" RANGE
      " ORDER BY d.amount_cents, d.id",
      "SELECT d.id FROM donation d INDEXED BY donation_amount" RANGE
      " ORDER BY d.amount_cents DESC, d.id DESC" },
  };
  GArray *ids;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (sort <= HUSTINGS_DONATION_SORT_DONOR, NULL);

  if (sort == HUSTINGS_DONATION_SORT_DONOR)
    return list_ids_by_donor (file, from, to, descending);

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  stmt = hustings_committee_file_prepare (file, queries[sort][descending ? 1 : 0], NULL);
  if (stmt == NULL)
    return ids;
  if (from)
    hustings_bind_text (stmt, 1, from);
  if (to)
    hustings_bind_text (stmt, 2, to);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  return ids;
}

void
hustings_donation_store_sum (HustingsCommitteeFile *file,
                             const char            *from,
                             const char            *to,
                             gint64                *out_total_cents,
                             gint64                *out_count)
{
  sqlite3_stmt *stmt;
  gint64 total = 0, n = 0;

  stmt = hustings_committee_file_prepare (file,
    "SELECT coalesce(sum(d.amount_cents), 0), count(*) FILTER (WHERE d.amount_cents > 0)"
    " FROM donation d" RANGE, NULL);
  if (stmt != NULL)
    {
      if (from)
        hustings_bind_text (stmt, 1, from);
      if (to)
        hustings_bind_text (stmt, 2, to);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          total = sqlite3_column_int64 (stmt, 0);
          n = sqlite3_column_int64 (stmt, 1);
        }
      sqlite3_reset (stmt);
    }
  if (out_total_cents)
    *out_total_cents = total;
  if (out_count)
    *out_count = n;
}

gboolean
hustings_donation_store_foreach (HustingsCommitteeFile *file,
                                 const char            *from,
                                 const char            *to,
                                 HustingsDonationFunc   func,
                                 gpointer               user_data,
                                 GError               **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = hustings_committee_file_prepare (file,
    "SELECT " DONATION_COLUMNS " FROM donation d JOIN contact c ON c.id = d.contact_id" RANGE
    " ORDER BY d.date_received, d.id", error);
  if (stmt == NULL)
    return FALSE;
  if (from)
    hustings_bind_text (stmt, 1, from);
  if (to)
    hustings_bind_text (stmt, 2, to);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(HustingsDonation) donation = donation_from_row (stmt);

      if (!func (donation, user_data))
        break;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return hustings_committee_file_set_sql_error (file, error);
  return TRUE;
}

gint64
hustings_donation_store_refundable (HustingsCommitteeFile *file,
                                    gint64                 donation_id)
{
  g_autoptr(HustingsDonation) original = hustings_donation_store_get (file, donation_id, NULL);

  if (original == NULL || hustings_donation_get_amount (original) <= 0)
    return 0;
  return hustings_donation_get_amount (original) - refunded (file, donation_id, 0);
}

GPtrArray *
hustings_donation_store_for_contact (HustingsCommitteeFile *file,
                                     gint64                 contact_id)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  stmt = hustings_committee_file_prepare (file,
    "SELECT " DONATION_COLUMNS " FROM donation d JOIN contact c ON c.id = d.contact_id"
    " WHERE d.contact_id = ?1 ORDER BY d.date_received DESC, d.id DESC", NULL);
  if (stmt == NULL)
    return result;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (result, donation_from_row (stmt));
  sqlite3_reset (stmt);
  return result;
}
