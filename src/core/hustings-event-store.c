/* hustings-event-store.c: events, shifts, signups, guest lists and the donations linked to
 * events, in a committee file. All their SQL lives here.
 *
 * A campaign holds tens or hundreds of events, each with a few shifts and at most some
 * thousands of guests: the counts an event shows are computed when it is read, from the
 * primary keys and the indexes on shift (event_id) and shift_signup / event_guest.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-event-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hustings-committee-file-private.h"
#include "hustings-dates.h"
#include "hustings-error.h"
#include "hustings-event-private.h"
#include "hustings-event-store.h"

/* The longest a shift can be logged as: a whole day. */
#define MINUTES_MAX (24 * 60)

/* ---- Helpers ---- */

static gboolean
event_not_found (GError **error,
                 gint64   id)
{
  g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
               _("Event %" G_GINT64_FORMAT " is not in this committee file"), id);
  return FALSE;
}

static gboolean
shift_not_found (GError **error,
                 gint64   id)
{
  g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
               _("Shift %" G_GINT64_FORMAT " is not in this committee file"), id);
  return FALSE;
}

static gboolean
contact_not_found (GError **error,
                   gint64   id)
{
  g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
               _("Contact %" G_GINT64_FORMAT " is not in this committee file"), id);
  return FALSE;
}

/* Leaves a transaction in which nothing was written; returns FALSE. */
static gboolean
unchanged (HustingsCommitteeFile *file)
{
  hustings_committee_file_end_unchanged (file);
  return FALSE;
}

/* Leaves a transaction after a failed write, so that nothing of it is kept; returns FALSE. */
static gboolean
failed (HustingsCommitteeFile *file)
{
  hustings_committee_file_rollback (file);
  return FALSE;
}

static gboolean
commit (HustingsCommitteeFile *file,
        HustingsChanged        what,
        GError               **error)
{
  hustings_committee_file_changed (file, what);
  return hustings_committee_file_commit (file, error);
}

/* Steps a statement expected to give at most one row: TRUE with *found set, or FALSE with
 * error set (the statement reset). On a row, the caller reads it and resets. */
static gboolean
step_one (HustingsCommitteeFile *file,
          sqlite3_stmt          *stmt,
          gboolean              *found,
          GError               **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    {
      *found = TRUE;
      return TRUE;
    }
  sqlite3_reset (stmt);
  *found = FALSE;
  if (rc == SQLITE_DONE)
    return TRUE;
  return hustings_committee_file_set_sql_error (file, error);
}

/* A contact's display name; NULL with HUSTINGS_ERROR_NOT_FOUND when there is no such contact. */
static char *
contact_name (HustingsCommitteeFile *file,
              gint64                 contact_id,
              GError               **error)
{
  sqlite3_stmt *stmt;
  gboolean found;
  char *name;

  stmt = hustings_committee_file_prepare (file,
    "SELECT display_name FROM contact WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  if (!step_one (file, stmt, &found, error))
    return NULL;
  if (!found)
    {
      contact_not_found (error, contact_id);
      return NULL;
    }
  name = g_strdup (hustings_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return name;
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup (hustings_column_text (stmt, column));
}

/* NULL for a NULL column. */
static char *
dup_optional_column (sqlite3_stmt *stmt,
                     int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static GArray *
collect_ids (sqlite3_stmt *stmt,
             GArray       *ids)
{
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  return ids;
}

/* ---- Events ---- */

/* The event's columns, then its summary, for event e whose id is ?1. Revenue counts the
 * donations linked to the event, and the refunds of those that are not linked themselves. */
#define EVENT_SELECT \
  "SELECT e.id, e.name, e.kind, e.date, e.starts, e.ends, e.place, e.address, e.capacity," \
  " e.goal_cents, e.notes," \
  " g.invited, g.yes, g.maybe, g.no, g.checked_in," \
  " s.shifts, s.slots, s.signups, s.open_slots, s.minutes," \
  " (SELECT coalesce(sum(amount_cents), 0) FROM donation WHERE event_id = ?1)" \
  "  + (SELECT coalesce(sum(amount_cents), 0) FROM donation WHERE event_id IS NULL" \
  "     AND refund_of IN (SELECT id FROM donation WHERE event_id = ?1))," \
  " (SELECT count(*) FROM donation WHERE event_id = ?1)" \
  " FROM event e," \
  " (SELECT count(*) AS invited," \
  "   coalesce(sum(1 + guests) FILTER (WHERE rsvp = 'yes'), 0) AS yes," \
  "   coalesce(sum(1 + guests) FILTER (WHERE rsvp = 'maybe'), 0) AS maybe," \
  "   count(*) FILTER (WHERE rsvp = 'no') AS no," \
  "   coalesce(sum(1 + guests) FILTER (WHERE checked_in_at IS NOT NULL), 0) AS checked_in" \
  "   FROM event_guest WHERE event_id = ?1) g," \
  " (SELECT count(*) AS shifts, coalesce(sum(slots), 0) AS slots," \
  "   coalesce(sum(taken), 0) AS signups, coalesce(sum(max(slots - taken, 0)), 0) AS open_slots," \
  "   coalesce(sum(worked), 0) AS minutes" \
  "   FROM (SELECT t.slots," \
  "           (SELECT count(*) FROM shift_signup u WHERE u.shift_id = t.id) AS taken," \
  "           (SELECT coalesce(sum(u.minutes), 0) FROM shift_signup u" \
  "             WHERE u.shift_id = t.id) AS worked" \
  "         FROM shift t WHERE t.event_id = ?1)) s" \
  " WHERE e.id = ?1"

static HustingsEvent *
event_from_row (sqlite3_stmt *stmt)
{
  HustingsEvent *event = hustings_event_new ();
  HustingsEventKind kind = HUSTINGS_EVENT_OTHER;
  HustingsEventSummary summary = {
    .invited = sqlite3_column_int (stmt, 11),
    .yes = sqlite3_column_int (stmt, 12),
    .maybe = sqlite3_column_int (stmt, 13),
    .no = sqlite3_column_int (stmt, 14),
    .checked_in = sqlite3_column_int (stmt, 15),
    .shifts = sqlite3_column_int (stmt, 16),
    .slots = sqlite3_column_int (stmt, 17),
    .signups = sqlite3_column_int (stmt, 18),
    .open_slots = sqlite3_column_int (stmt, 19),
    .minutes = sqlite3_column_int64 (stmt, 20),
    .revenue = sqlite3_column_int64 (stmt, 21),
    .donations = sqlite3_column_int (stmt, 22),
  };

  hustings_event_set_id (event, sqlite3_column_int64 (stmt, 0));
  hustings_event_set_name (event, hustings_column_text (stmt, 1));
  hustings_event_kind_from_string (hustings_column_text (stmt, 2), &kind);
  hustings_event_set_kind (event, kind);
  hustings_event_set_date (event, hustings_column_text (stmt, 3));
  hustings_event_set_starts (event, hustings_column_text (stmt, 4));
  hustings_event_set_ends (event, hustings_column_text (stmt, 5));
  hustings_event_set_place (event, hustings_column_text (stmt, 6));
  hustings_event_set_address (event, hustings_column_text (stmt, 7));
  hustings_event_set_capacity (event, sqlite3_column_int (stmt, 8));
  hustings_event_set_goal (event, sqlite3_column_int64 (stmt, 9));
  hustings_event_set_notes (event, hustings_column_text (stmt, 10));
  hustings_event_set_summary (event, &summary);
  return event;
}

HustingsEvent *
hustings_event_store_get (HustingsCommitteeFile *file,
                          gint64                 event_id,
                          GError               **error)
{
  HustingsEvent *event;
  sqlite3_stmt *stmt;
  gboolean found;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  stmt = hustings_committee_file_prepare (file, EVENT_SELECT, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, event_id);
  if (!step_one (file, stmt, &found, error))
    return NULL;
  if (!found)
    {
      event_not_found (error, event_id);
      return NULL;
    }
  event = event_from_row (stmt);
  sqlite3_reset (stmt);
  return event;
}

/* The people who said yes to an event (guests counted), leaving out one contact's party
 * (0: nobody's); -1 with error set on failure. */
static gint64
yes_count (HustingsCommitteeFile *file,
           gint64                 event_id,
           gint64                 except_contact_id,
           GError               **error)
{
  sqlite3_stmt *stmt;
  gint64 count;

  stmt = hustings_committee_file_prepare (file,
    "SELECT coalesce(sum(1 + guests), 0) FROM event_guest"
    " WHERE event_id = ?1 AND rsvp = 'yes' AND contact_id <> ?2", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_int64 (stmt, 2, except_contact_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      hustings_committee_file_set_sql_error (file, error);
      sqlite3_reset (stmt);
      return -1;
    }
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return count;
}

static gboolean
save_event (HustingsCommitteeFile  *file,
            HustingsEvent          *event,
            gboolean                insert,
            GError                **error)
{
  g_autofree char *now = hustings_timestamp_now ();
  sqlite3 *db = hustings_committee_file_get_db (file);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HUSTINGS_IS_EVENT (event), FALSE);

  if (!hustings_committee_file_begin (file, error))
    return FALSE;
  if (!hustings_event_check (event, error))
    return unchanged (file);

  if (!insert)
    {
      guint capacity = hustings_event_get_capacity (event);
      gint64 coming = yes_count (file, hustings_event_get_id (event), 0, error);

      if (coming < 0)
        return unchanged (file);
      if (capacity > 0 && coming > capacity)
        {
          g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                       _("%" G_GINT64_FORMAT " people have already said yes, guests counted, "
                         "so the capacity cannot be %u"), coming, capacity);
          return unchanged (file);
        }
    }

  stmt = hustings_committee_file_prepare (file, insert
    ? "INSERT INTO event (name, kind, date, starts, ends, place, address, capacity, goal_cents,"
      " notes, created_at, updated_at)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)"
    : "UPDATE event SET name = ?1, kind = ?2, date = ?3, starts = ?4, ends = ?5, place = ?6,"
      " address = ?7, capacity = ?8, goal_cents = ?9, notes = ?10, updated_at = ?11"
      " WHERE id = ?12", error);
  if (stmt == NULL)
    return unchanged (file);
  hustings_bind_text (stmt, 1, hustings_event_get_name (event));
  hustings_bind_static (stmt, 2, hustings_event_kind_to_string (hustings_event_get_kind (event)));
  hustings_bind_text (stmt, 3, hustings_event_get_date (event));
  hustings_bind_text (stmt, 4, hustings_event_get_starts (event));
  hustings_bind_text (stmt, 5, hustings_event_get_ends (event));
  hustings_bind_text (stmt, 6, hustings_event_get_place (event));
  hustings_bind_text (stmt, 7, hustings_event_get_address (event));
  sqlite3_bind_int64 (stmt, 8, hustings_event_get_capacity (event));
  sqlite3_bind_int64 (stmt, 9, hustings_event_get_goal (event));
  hustings_bind_text (stmt, 10, hustings_event_get_notes (event));
  hustings_bind_text (stmt, 11, now);
  if (!insert)
    sqlite3_bind_int64 (stmt, 12, hustings_event_get_id (event));
  if (!hustings_committee_file_run (file, stmt, error))
    return failed (file);

  if (insert)
    hustings_event_set_id (event, sqlite3_last_insert_rowid (db));
  else if (sqlite3_changes (db) == 0)
    {
      event_not_found (error, hustings_event_get_id (event));
      return unchanged (file);
    }

  if (!commit (file, HUSTINGS_CHANGED_EVENTS, error))
    {
      if (insert)
        hustings_event_set_id (event, 0);
      return FALSE;
    }
  return TRUE;
}

gboolean
hustings_event_store_add (HustingsCommitteeFile  *file,
                          HustingsEvent          *event,
                          GError                **error)
{
  return save_event (file, event, TRUE, error);
}

gboolean
hustings_event_store_update (HustingsCommitteeFile  *file,
                             HustingsEvent          *event,
                             GError                **error)
{
  return save_event (file, event, FALSE, error);
}

gboolean
hustings_event_store_delete (HustingsCommitteeFile  *file,
                             gint64                  event_id,
                             GError                **error)
{
  HustingsChanged what = HUSTINGS_CHANGED_EVENTS;
  sqlite3_stmt *stmt;
  gboolean linked;

  if (!hustings_committee_file_begin (file, error))
    return FALSE;

  /* The donations made at it lose their link: say so to the views that show them. */
  stmt = hustings_committee_file_prepare (file,
    "SELECT 1 FROM donation WHERE event_id = ?1 LIMIT 1", error);
  if (stmt == NULL)
    return unchanged (file);
  sqlite3_bind_int64 (stmt, 1, event_id);
  if (!step_one (file, stmt, &linked, error))
    return unchanged (file);
  sqlite3_reset (stmt);
  if (linked)
    what |= HUSTINGS_CHANGED_DONATIONS;

  stmt = hustings_committee_file_prepare (file, "DELETE FROM event WHERE id = ?1", error);
  if (stmt == NULL)
    return unchanged (file);
  sqlite3_bind_int64 (stmt, 1, event_id);
  if (!hustings_committee_file_run (file, stmt, error))
    return failed (file);
  if (sqlite3_changes (hustings_committee_file_get_db (file)) == 0)
    {
      event_not_found (error, event_id);
      return unchanged (file);
    }
  return commit (file, what, error);
}

GArray *
hustings_event_store_list_ids (HustingsCommitteeFile *file,
                               const char            *today,
                               gboolean               include_past)
{
  g_autofree char *now = today ? g_strdup (today) : hustings_date_today ();
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), ids);

  stmt = hustings_committee_file_prepare (file,
    "SELECT id FROM event WHERE date >= ?1 ORDER BY date, starts, id", NULL);
  if (stmt == NULL)
    return ids;
  hustings_bind_text (stmt, 1, now);
  collect_ids (stmt, ids);
  if (!include_past)
    return ids;

  stmt = hustings_committee_file_prepare (file,
    "SELECT id FROM event WHERE date < ?1 ORDER BY date DESC, starts DESC, id DESC", NULL);
  if (stmt == NULL)
    return ids;
  hustings_bind_text (stmt, 1, now);
  return collect_ids (stmt, ids);
}

/* ---- Shifts ---- */

#define SHIFT_COLUMNS \
  "s.id, s.event_id, s.role, s.starts, s.ends, s.slots," \
  " (SELECT count(*) FROM shift_signup u WHERE u.shift_id = s.id)," \
  " (SELECT count(*) FROM shift_signup u WHERE u.shift_id = s.id" \
  "   AND u.checked_in_at IS NOT NULL)"

static HustingsShift *
shift_from_row (sqlite3_stmt *stmt)
{
  HustingsShift *shift = hustings_shift_new (sqlite3_column_int64 (stmt, 1));

  hustings_shift_set_id (shift, sqlite3_column_int64 (stmt, 0));
  hustings_shift_set_role (shift, hustings_column_text (stmt, 2));
  hustings_shift_set_starts (shift, hustings_column_text (stmt, 3));
  hustings_shift_set_ends (shift, hustings_column_text (stmt, 4));
  hustings_shift_set_slots (shift, sqlite3_column_int (stmt, 5));
  hustings_shift_set_counts (shift, sqlite3_column_int (stmt, 6), sqlite3_column_int (stmt, 7));
  return shift;
}

HustingsShift *
hustings_event_store_get_shift (HustingsCommitteeFile *file,
                                gint64                 shift_id,
                                GError               **error)
{
  HustingsShift *shift;
  sqlite3_stmt *stmt;
  gboolean found;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  stmt = hustings_committee_file_prepare (file,
    "SELECT " SHIFT_COLUMNS " FROM shift s WHERE s.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, shift_id);
  if (!step_one (file, stmt, &found, error))
    return NULL;
  if (!found)
    {
      shift_not_found (error, shift_id);
      return NULL;
    }
  shift = shift_from_row (stmt);
  sqlite3_reset (stmt);
  return shift;
}

GListModel *
hustings_event_store_list_shifts (HustingsCommitteeFile *file,
                                  gint64                 event_id)
{
  GListStore *shifts = g_list_store_new (HUSTINGS_TYPE_SHIFT);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), G_LIST_MODEL (shifts));

  stmt = hustings_committee_file_prepare (file,
    "SELECT " SHIFT_COLUMNS " FROM shift s WHERE s.event_id = ?1"
    " ORDER BY s.starts, s.role, s.id", NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (shifts);
  sqlite3_bind_int64 (stmt, 1, event_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(HustingsShift) shift = shift_from_row (stmt);

      g_list_store_append (shifts, shift);
    }
  sqlite3_reset (stmt);
  return G_LIST_MODEL (shifts);
}

/* Whether the file has an event; FALSE with error set when it does not. */
static gboolean
check_event (HustingsCommitteeFile  *file,
             gint64                  event_id,
             GError                **error)
{
  sqlite3_stmt *stmt;
  gboolean found;

  stmt = hustings_committee_file_prepare (file, "SELECT 1 FROM event WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event_id);
  if (!step_one (file, stmt, &found, error))
    return FALSE;
  sqlite3_reset (stmt);
  return found || event_not_found (error, event_id);
}

/* Refuses new times for a shift when someone signed up for it is also signed up for another
 * shift of its event that the times would overlap. */
static gboolean
check_shift_overlaps (HustingsCommitteeFile  *file,
                      HustingsShift          *shift,
                      GError                **error)
{
  sqlite3_stmt *stmt;
  gboolean found;
  g_autofree char *name = NULL;
  g_autofree char *times = NULL;

  stmt = hustings_committee_file_prepare (file,
    "SELECT c.display_name, o.role, o.starts, o.ends FROM shift_signup u"
    " JOIN shift_signup ou ON ou.contact_id = u.contact_id AND ou.shift_id <> u.shift_id"
    " JOIN shift o ON o.id = ou.shift_id AND o.event_id = ?2"
    " JOIN contact c ON c.id = u.contact_id"
    " WHERE u.shift_id = ?1 AND o.starts < ?4 AND ?3 < o.ends"
    " ORDER BY c.sort_name, c.id, o.starts LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, hustings_shift_get_id (shift));
  sqlite3_bind_int64 (stmt, 2, hustings_shift_get_event_id (shift));
  hustings_bind_text (stmt, 3, hustings_shift_get_starts (shift));
  hustings_bind_text (stmt, 4, hustings_shift_get_ends (shift));
  if (!step_one (file, stmt, &found, error))
    return FALSE;
  if (!found)
    return TRUE;
  name = dup_column (stmt, 0);
  times = hustings_time_range_format (hustings_column_text (stmt, 2),
                                      hustings_column_text (stmt, 3));
  /* Translators: "Ann Lee is also signed up for Setup (5:00 PM – 6:00 PM), which the new
   * times would overlap; take them off one of the two first" */
  g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
               _("%s is also signed up for %s (%s), which the new times would overlap; take "
                 "them off one of the two first"), name, hustings_column_text (stmt, 1), times);
  sqlite3_reset (stmt);
  return FALSE;
}

static gboolean
save_shift (HustingsCommitteeFile  *file,
            HustingsShift          *shift,
            gboolean                insert,
            GError                **error)
{
  sqlite3 *db = hustings_committee_file_get_db (file);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HUSTINGS_IS_SHIFT (shift), FALSE);

  if (!hustings_committee_file_begin (file, error))
    return FALSE;
  if (!hustings_shift_check (shift, error) ||
      !check_event (file, hustings_shift_get_event_id (shift), error))
    return unchanged (file);

  if (!insert)
    {
      g_autoptr(HustingsShift) saved = hustings_event_store_get_shift (
                                         file, hustings_shift_get_id (shift), error);

      if (saved == NULL)
        return unchanged (file);
      if (hustings_shift_get_event_id (saved) != hustings_shift_get_event_id (shift))
        {
          g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                               _("A shift stays with its event; add a new shift to the other "
                                 "event instead"));
          return unchanged (file);
        }
      if (hustings_shift_get_signups (saved) > hustings_shift_get_slots (shift))
        {
          g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                       _("%u people are signed up for this shift, so it cannot have %u slots; "
                         "cancel signups first"),
                       hustings_shift_get_signups (saved), hustings_shift_get_slots (shift));
          return unchanged (file);
        }
      if (!check_shift_overlaps (file, shift, error))
        return unchanged (file);
    }

  stmt = hustings_committee_file_prepare (file, insert
    ? "INSERT INTO shift (event_id, role, starts, ends, slots) VALUES (?1, ?2, ?3, ?4, ?5)"
    : "UPDATE shift SET role = ?2, starts = ?3, ends = ?4, slots = ?5 WHERE id = ?6", error);
  if (stmt == NULL)
    return unchanged (file);
  sqlite3_bind_int64 (stmt, 1, hustings_shift_get_event_id (shift));
  hustings_bind_text (stmt, 2, hustings_shift_get_role (shift));
  hustings_bind_text (stmt, 3, hustings_shift_get_starts (shift));
  hustings_bind_text (stmt, 4, hustings_shift_get_ends (shift));
  sqlite3_bind_int64 (stmt, 5, hustings_shift_get_slots (shift));
  if (!insert)
    sqlite3_bind_int64 (stmt, 6, hustings_shift_get_id (shift));
  if (!hustings_committee_file_run (file, stmt, error))
    return failed (file);
  if (insert)
    hustings_shift_set_id (shift, sqlite3_last_insert_rowid (db));

  if (!commit (file, HUSTINGS_CHANGED_EVENTS, error))
    {
      if (insert)
        hustings_shift_set_id (shift, 0);
      return FALSE;
    }
  return TRUE;
}

gboolean
hustings_event_store_add_shift (HustingsCommitteeFile  *file,
                                HustingsShift          *shift,
                                GError                **error)
{
  return save_shift (file, shift, TRUE, error);
}

gboolean
hustings_event_store_update_shift (HustingsCommitteeFile  *file,
                                   HustingsShift          *shift,
                                   GError                **error)
{
  return save_shift (file, shift, FALSE, error);
}

gboolean
hustings_event_store_delete_shift (HustingsCommitteeFile  *file,
                                   gint64                  shift_id,
                                   GError                **error)
{
  sqlite3_stmt *stmt;

  if (!hustings_committee_file_begin (file, error))
    return FALSE;
  stmt = hustings_committee_file_prepare (file, "DELETE FROM shift WHERE id = ?1", error);
  if (stmt == NULL)
    return unchanged (file);
  sqlite3_bind_int64 (stmt, 1, shift_id);
  if (!hustings_committee_file_run (file, stmt, error))
    return failed (file);
  if (sqlite3_changes (hustings_committee_file_get_db (file)) == 0)
    {
      shift_not_found (error, shift_id);
      return unchanged (file);
    }
  return commit (file, HUSTINGS_CHANGED_EVENTS, error);
}

/* ---- Signups ---- */

#define SIGNUP_SELECT \
  "SELECT u.shift_id, u.contact_id, c.display_name, " HUSTINGS_FIRST_EMAIL_SQL ("u.contact_id") \
  ", " HUSTINGS_FIRST_PHONE_SQL ("u.contact_id") ", e.id, e.name, e.date, s.role, s.starts," \
  " s.ends, u.signed_up_at, u.checked_in_at, coalesce(u.minutes, 0)" \
  " FROM shift_signup u JOIN shift s ON s.id = u.shift_id JOIN event e ON e.id = s.event_id" \
  " JOIN contact c ON c.id = u.contact_id"

static HustingsSignup *
signup_from_row (sqlite3_stmt *stmt)
{
  HustingsSignup *signup = hustings_signup_new ();

  signup->shift_id = sqlite3_column_int64 (stmt, 0);
  signup->contact_id = sqlite3_column_int64 (stmt, 1);
  signup->name = dup_column (stmt, 2);
  signup->email = dup_column (stmt, 3);
  signup->phone = dup_column (stmt, 4);
  signup->event_id = sqlite3_column_int64 (stmt, 5);
  signup->event_name = dup_column (stmt, 6);
  signup->date = dup_column (stmt, 7);
  signup->role = dup_column (stmt, 8);
  signup->starts = dup_column (stmt, 9);
  signup->ends = dup_column (stmt, 10);
  signup->signed_up_at = dup_column (stmt, 11);
  signup->checked_in_at = dup_optional_column (stmt, 12);
  signup->minutes = sqlite3_column_int64 (stmt, 13);
  return signup;
}

GListModel *
hustings_event_store_read_signups (HustingsCommitteeFile *file,
                                   gint64                 shift_id,
                                   gint64                 contact_id)
{
  GListStore *signups = g_list_store_new (HUSTINGS_TYPE_SIGNUP);
  sqlite3_stmt *stmt;

  stmt = hustings_committee_file_prepare (file, shift_id > 0
    ? SIGNUP_SELECT " WHERE u.shift_id = ?1 ORDER BY c.sort_name, c.id"
    : SIGNUP_SELECT " WHERE u.contact_id = ?1 ORDER BY e.date DESC, s.starts DESC, s.id DESC",
    NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (signups);
  sqlite3_bind_int64 (stmt, 1, shift_id > 0 ? shift_id : contact_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(HustingsSignup) signup = signup_from_row (stmt);

      g_list_store_append (signups, signup);
    }
  sqlite3_reset (stmt);
  return G_LIST_MODEL (signups);
}

GListModel *
hustings_event_store_list_signups (HustingsCommitteeFile *file,
                                   gint64                 shift_id)
{
  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);
  g_return_val_if_fail (shift_id > 0, NULL);

  return hustings_event_store_read_signups (file, shift_id, 0);
}

gboolean
hustings_event_store_sign_up (HustingsCommitteeFile  *file,
                              gint64                  shift_id,
                              gint64                  contact_id,
                              GError                **error)
{
  g_autoptr(HustingsShift) shift = NULL;
  g_autofree char *name = NULL;
  g_autofree char *now = hustings_timestamp_now ();
  sqlite3_stmt *stmt;
  gboolean found;

  if (!hustings_committee_file_begin (file, error))
    return FALSE;
  shift = hustings_event_store_get_shift (file, shift_id, error);
  if (shift == NULL || (name = contact_name (file, contact_id, error)) == NULL)
    return unchanged (file);

  stmt = hustings_committee_file_prepare (file,
    "SELECT 1 FROM shift_signup WHERE shift_id = ?1 AND contact_id = ?2", error);
  if (stmt == NULL)
    return unchanged (file);
  sqlite3_bind_int64 (stmt, 1, shift_id);
  sqlite3_bind_int64 (stmt, 2, contact_id);
  if (!step_one (file, stmt, &found, error))
    return unchanged (file);
  sqlite3_reset (stmt);
  if (found)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("%s is already signed up for this shift"), name);
      return unchanged (file);
    }

  if (hustings_shift_get_open (shift) == 0)
    {
      g_autofree char *times = hustings_time_range_format (hustings_shift_get_starts (shift),
                                                           hustings_shift_get_ends (shift));

      /* Translators: "The Phone bank shift (6:00 PM – 8:00 PM) is full: its 4 slots are
       * taken" */
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The %s shift (%s) is full: its only slot is taken",
                                "The %s shift (%s) is full: its %u slots are taken",
                                hustings_shift_get_slots (shift)),
                   hustings_shift_get_role (shift), times, hustings_shift_get_slots (shift));
      return unchanged (file);
    }

  stmt = hustings_committee_file_prepare (file,
    "SELECT o.role, o.starts, o.ends FROM shift_signup ou JOIN shift o ON o.id = ou.shift_id"
    " WHERE ou.contact_id = ?1 AND o.event_id = ?2 AND o.id <> ?3"
    " AND o.starts < ?5 AND ?4 < o.ends ORDER BY o.starts LIMIT 1", error);
  if (stmt == NULL)
    return unchanged (file);
  sqlite3_bind_int64 (stmt, 1, contact_id);
  sqlite3_bind_int64 (stmt, 2, hustings_shift_get_event_id (shift));
  sqlite3_bind_int64 (stmt, 3, shift_id);
  hustings_bind_text (stmt, 4, hustings_shift_get_starts (shift));
  hustings_bind_text (stmt, 5, hustings_shift_get_ends (shift));
  if (!step_one (file, stmt, &found, error))
    return unchanged (file);
  if (found)
    {
      g_autofree char *times = hustings_time_range_format (hustings_column_text (stmt, 1),
                                                           hustings_column_text (stmt, 2));

      /* Translators: "Ann Lee is already signed up for Setup (5:00 PM – 6:30 PM) at this
       * event, which overlaps this shift" */
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("%s is already signed up for %s (%s) at this event, which overlaps this "
                     "shift"), name, hustings_column_text (stmt, 0), times);
      sqlite3_reset (stmt);
      return unchanged (file);
    }

  stmt = hustings_committee_file_prepare (file,
    "INSERT INTO shift_signup (shift_id, contact_id, signed_up_at) VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    return unchanged (file);
  sqlite3_bind_int64 (stmt, 1, shift_id);
  sqlite3_bind_int64 (stmt, 2, contact_id);
  hustings_bind_text (stmt, 3, now);
  if (!hustings_committee_file_run (file, stmt, error))
    return failed (file);
  return commit (file, HUSTINGS_CHANGED_EVENTS, error);
}

/* Finds a signup: its person's name, and whether they checked in (either may be NULL). FALSE
 * with HUSTINGS_ERROR_NOT_FOUND when the contact is not signed up for the shift. */
static gboolean
find_signup (HustingsCommitteeFile  *file,
             gint64                  shift_id,
             gint64                  contact_id,
             char                  **out_name,
             gboolean               *out_checked_in,
             GError                **error)
{
  sqlite3_stmt *stmt;
  gboolean found;

  stmt = hustings_committee_file_prepare (file,
    "SELECT c.display_name, u.checked_in_at IS NOT NULL FROM shift_signup u"
    " JOIN contact c ON c.id = u.contact_id WHERE u.shift_id = ?1 AND u.contact_id = ?2",
    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, shift_id);
  sqlite3_bind_int64 (stmt, 2, contact_id);
  if (!step_one (file, stmt, &found, error))
    return FALSE;
  if (!found)
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
                           _("This person is not signed up for this shift"));
      return FALSE;
    }
  if (out_name != NULL)
    *out_name = dup_column (stmt, 0);
  if (out_checked_in != NULL)
    *out_checked_in = sqlite3_column_int (stmt, 1);
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
hustings_event_store_cancel_signup (HustingsCommitteeFile  *file,
                                    gint64                  shift_id,
                                    gint64                  contact_id,
                                    GError                **error)
{
  g_autofree char *name = NULL;
  gboolean checked_in;
  sqlite3_stmt *stmt;

  if (!hustings_committee_file_begin (file, error))
    return FALSE;
  if (!find_signup (file, shift_id, contact_id, &name, &checked_in, error))
    return unchanged (file);
  if (checked_in)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("%s has checked in for this shift; undo the check-in first, which drops "
                     "the hours logged"), name);
      return unchanged (file);
    }

  stmt = hustings_committee_file_prepare (file,
    "DELETE FROM shift_signup WHERE shift_id = ?1 AND contact_id = ?2", error);
  if (stmt == NULL)
    return unchanged (file);
  sqlite3_bind_int64 (stmt, 1, shift_id);
  sqlite3_bind_int64 (stmt, 2, contact_id);
  if (!hustings_committee_file_run (file, stmt, error))
    return failed (file);
  return commit (file, HUSTINGS_CHANGED_EVENTS, error);
}

static gboolean
check_minutes (int      minutes,
               GError **error)
{
  if (minutes >= 0 && minutes <= MINUTES_MAX)
    return TRUE;
  g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
               _("The minutes worked must be between 0 and %d (a whole day)"), MINUTES_MAX);
  return FALSE;
}

/* Sets the check-in of a signup: checked_in_at (NULL: not checked in) and minutes (-1: NULL). */
static gboolean
set_check_in (HustingsCommitteeFile  *file,
              gint64                  shift_id,
              gint64                  contact_id,
              const char             *checked_in_at,
              int                     minutes,
              GError                **error)
{
  sqlite3_stmt *stmt;

  stmt = hustings_committee_file_prepare (file,
    "UPDATE shift_signup SET checked_in_at = ?3, minutes = ?4"
    " WHERE shift_id = ?1 AND contact_id = ?2", error);
  if (stmt == NULL)
    return unchanged (file);
  sqlite3_bind_int64 (stmt, 1, shift_id);
  sqlite3_bind_int64 (stmt, 2, contact_id);
  if (checked_in_at != NULL)
    hustings_bind_text (stmt, 3, checked_in_at);
  if (minutes >= 0)
    sqlite3_bind_int (stmt, 4, minutes);
  if (!hustings_committee_file_run (file, stmt, error))
    return failed (file);
  return commit (file, HUSTINGS_CHANGED_EVENTS, error);
}

gboolean
hustings_event_store_check_in (HustingsCommitteeFile  *file,
                               gint64                  shift_id,
                               gint64                  contact_id,
                               int                     minutes,
                               GError                **error)
{
  g_autoptr(HustingsShift) shift = NULL;
  g_autofree char *name = NULL;
  g_autofree char *now = hustings_timestamp_now ();
  gboolean checked_in;

  if (!hustings_committee_file_begin (file, error))
    return FALSE;
  if (!find_signup (file, shift_id, contact_id, &name, &checked_in, error) ||
      (shift = hustings_event_store_get_shift (file, shift_id, error)) == NULL)
    return unchanged (file);
  if (checked_in)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("%s is already checked in for this shift"), name);
      return unchanged (file);
    }
  if (minutes == -1)
    minutes = hustings_shift_get_length (shift);
  if (!check_minutes (minutes, error))
    return unchanged (file);
  return set_check_in (file, shift_id, contact_id, now, minutes, error);
}

gboolean
hustings_event_store_set_minutes (HustingsCommitteeFile  *file,
                                  gint64                  shift_id,
                                  gint64                  contact_id,
                                  int                     minutes,
                                  GError                **error)
{
  g_autofree char *name = NULL;
  gboolean checked_in;
  sqlite3_stmt *stmt;

  if (!hustings_committee_file_begin (file, error))
    return FALSE;
  if (!find_signup (file, shift_id, contact_id, &name, &checked_in, error) ||
      !check_minutes (minutes, error))
    return unchanged (file);
  if (!checked_in)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("Check %s in for this shift before logging their hours"), name);
      return unchanged (file);
    }

  stmt = hustings_committee_file_prepare (file,
    "UPDATE shift_signup SET minutes = ?3 WHERE shift_id = ?1 AND contact_id = ?2", error);
  if (stmt == NULL)
    return unchanged (file);
  sqlite3_bind_int64 (stmt, 1, shift_id);
  sqlite3_bind_int64 (stmt, 2, contact_id);
  sqlite3_bind_int (stmt, 3, minutes);
  if (!hustings_committee_file_run (file, stmt, error))
    return failed (file);
  return commit (file, HUSTINGS_CHANGED_EVENTS, error);
}

gboolean
hustings_event_store_undo_check_in (HustingsCommitteeFile  *file,
                                    gint64                  shift_id,
                                    gint64                  contact_id,
                                    GError                **error)
{
  g_autofree char *name = NULL;
  gboolean checked_in;

  if (!hustings_committee_file_begin (file, error))
    return FALSE;
  if (!find_signup (file, shift_id, contact_id, &name, &checked_in, error))
    return unchanged (file);
  if (!checked_in)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("%s has not checked in for this shift"), name);
      return unchanged (file);
    }
  return set_check_in (file, shift_id, contact_id, NULL, -1, error);
}

/* ---- Guests ---- */

#define GUEST_SELECT \
  "SELECT g.event_id, g.contact_id, c.display_name, " HUSTINGS_FIRST_EMAIL_SQL ("g.contact_id") \
  ", " HUSTINGS_FIRST_PHONE_SQL ("g.contact_id") ", g.rsvp, g.guests, g.checked_in_at," \
  " g.updated_at FROM event_guest g JOIN contact c ON c.id = g.contact_id"

static HustingsGuest *
guest_from_row (sqlite3_stmt *stmt)
{
  HustingsGuest *guest = hustings_guest_new ();

  guest->event_id = sqlite3_column_int64 (stmt, 0);
  guest->contact_id = sqlite3_column_int64 (stmt, 1);
  guest->name = dup_column (stmt, 2);
  guest->email = dup_column (stmt, 3);
  guest->phone = dup_column (stmt, 4);
  if (!hustings_rsvp_from_string (hustings_column_text (stmt, 5), &guest->rsvp))
    guest->rsvp = HUSTINGS_RSVP_INVITED;
  guest->guests = sqlite3_column_int (stmt, 6);
  guest->checked_in_at = dup_optional_column (stmt, 7);
  guest->updated_at = dup_column (stmt, 8);
  return guest;
}

HustingsGuest *
hustings_event_store_get_guest (HustingsCommitteeFile *file,
                                gint64                 event_id,
                                gint64                 contact_id,
                                GError               **error)
{
  HustingsGuest *guest;
  sqlite3_stmt *stmt;
  gboolean found;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  stmt = hustings_committee_file_prepare (file,
    GUEST_SELECT " WHERE g.event_id = ?1 AND g.contact_id = ?2", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_int64 (stmt, 2, contact_id);
  if (!step_one (file, stmt, &found, error))
    return NULL;
  if (!found)
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
                           _("This person is not on the event’s guest list"));
      return NULL;
    }
  guest = guest_from_row (stmt);
  sqlite3_reset (stmt);
  return guest;
}

GListModel *
hustings_event_store_list_guests (HustingsCommitteeFile *file,
                                  gint64                 event_id)
{
  GListStore *guests = g_list_store_new (HUSTINGS_TYPE_GUEST);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), G_LIST_MODEL (guests));

  stmt = hustings_committee_file_prepare (file,
    GUEST_SELECT " WHERE g.event_id = ?1 ORDER BY c.sort_name, c.id", NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (guests);
  sqlite3_bind_int64 (stmt, 1, event_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(HustingsGuest) guest = guest_from_row (stmt);

      g_list_store_append (guests, guest);
    }
  sqlite3_reset (stmt);
  return G_LIST_MODEL (guests);
}

gboolean
hustings_event_store_invite (HustingsCommitteeFile  *file,
                             gint64                  event_id,
                             const gint64           *contact_ids,
                             gsize                   n,
                             guint                  *out_added,
                             GError                **error)
{
  g_autofree char *now = hustings_timestamp_now ();
  sqlite3 *db = hustings_committee_file_get_db (file);
  sqlite3_stmt *stmt;
  guint added = 0;

  g_return_val_if_fail (n == 0 || contact_ids != NULL, FALSE);

  if (out_added != NULL)
    *out_added = 0;
  if (!hustings_committee_file_begin (file, error))
    return FALSE;
  if (!check_event (file, event_id, error))
    return unchanged (file);

  /* Every one of them first, so that a wrong id adds nobody. */
  for (gsize i = 0; i < n; i++)
    {
      gboolean found;

      stmt = hustings_committee_file_prepare (file, "SELECT 1 FROM contact WHERE id = ?1",
                                              error);
      if (stmt == NULL)
        return unchanged (file);
      sqlite3_bind_int64 (stmt, 1, contact_ids[i]);
      if (!step_one (file, stmt, &found, error))
        return unchanged (file);
      sqlite3_reset (stmt);
      if (!found)
        {
          contact_not_found (error, contact_ids[i]);
          return unchanged (file);
        }
    }

  for (gsize i = 0; i < n; i++)
    {
      stmt = hustings_committee_file_prepare (file,
        "INSERT INTO event_guest (event_id, contact_id, updated_at) VALUES (?1, ?2, ?3)"
        " ON CONFLICT (event_id, contact_id) DO NOTHING", error);
      if (stmt == NULL)
        return failed (file);
      sqlite3_bind_int64 (stmt, 1, event_id);
      sqlite3_bind_int64 (stmt, 2, contact_ids[i]);
      hustings_bind_text (stmt, 3, now);
      if (!hustings_committee_file_run (file, stmt, error))
        return failed (file);
      added += sqlite3_changes (db);
    }

  if (!commit (file, added > 0 ? HUSTINGS_CHANGED_EVENTS : 0, error))
    return FALSE;
  if (out_added != NULL)
    *out_added = added;
  return TRUE;
}

/* The answer, guests and check-in of a contact on an event's list; found FALSE when they are
 * not on it. */
typedef struct {
  gboolean found;
  char     rsvp[8];
  guint    guests;
  gboolean checked_in;
} GuestRow;

static gboolean
read_guest_row (HustingsCommitteeFile  *file,
                gint64                  event_id,
                gint64                  contact_id,
                GuestRow               *row,
                GError                **error)
{
  sqlite3_stmt *stmt;

  memset (row, 0, sizeof *row);
  stmt = hustings_committee_file_prepare (file,
    "SELECT rsvp, guests, checked_in_at IS NOT NULL FROM event_guest"
    " WHERE event_id = ?1 AND contact_id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_int64 (stmt, 2, contact_id);
  if (!step_one (file, stmt, &row->found, error))
    return FALSE;
  if (row->found)
    {
      g_strlcpy (row->rsvp, hustings_column_text (stmt, 0), sizeof row->rsvp);
      row->guests = sqlite3_column_int (stmt, 1);
      row->checked_in = sqlite3_column_int (stmt, 2);
      sqlite3_reset (stmt);
    }
  return TRUE;
}

/* Writes a contact's entry on an event's list, adding it when needed: the answer, the guests,
 * and the check-in (set it to now with check_in, clear it with clear_check_in, otherwise keep
 * it). */
static gboolean
write_guest (HustingsCommitteeFile  *file,
             gint64                  event_id,
             gint64                  contact_id,
             HustingsRsvp            rsvp,
             guint                   guests,
             gboolean                check_in,
             gboolean                clear_check_in,
             GError                **error)
{
  g_autofree char *now = hustings_timestamp_now ();
  sqlite3_stmt *stmt;

  stmt = hustings_committee_file_prepare (file,
    "INSERT INTO event_guest (event_id, contact_id, rsvp, guests, checked_in_at, updated_at)"
    " VALUES (?1, ?2, ?3, ?4, CASE WHEN ?5 THEN ?7 END, ?7)"
    " ON CONFLICT (event_id, contact_id) DO UPDATE SET rsvp = excluded.rsvp,"
    " guests = excluded.guests, updated_at = excluded.updated_at,"
    " checked_in_at = CASE WHEN ?5 THEN ?7 WHEN ?6 THEN NULL ELSE checked_in_at END", error);
  if (stmt == NULL)
    return unchanged (file);
  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_int64 (stmt, 2, contact_id);
  hustings_bind_static (stmt, 3, hustings_rsvp_to_string (rsvp));
  sqlite3_bind_int64 (stmt, 4, guests);
  sqlite3_bind_int (stmt, 5, check_in);
  sqlite3_bind_int (stmt, 6, clear_check_in);
  hustings_bind_text (stmt, 7, now);
  if (!hustings_committee_file_run (file, stmt, error))
    return failed (file);
  return commit (file, HUSTINGS_CHANGED_EVENTS, error);
}

gboolean
hustings_event_store_rsvp (HustingsCommitteeFile  *file,
                           gint64                  event_id,
                           gint64                  contact_id,
                           HustingsRsvp            rsvp,
                           guint                   guests,
                           GError                **error)
{
  g_autoptr(HustingsEvent) event = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (rsvp < HUSTINGS_N_RSVPS, FALSE);

  if (!hustings_committee_file_begin (file, error))
    return FALSE;
  if ((event = hustings_event_store_get (file, event_id, error)) == NULL ||
      (name = contact_name (file, contact_id, error)) == NULL)
    return unchanged (file);
  if (rsvp == HUSTINGS_RSVP_NO)
    guests = 0;

  if (rsvp == HUSTINGS_RSVP_YES && hustings_event_get_capacity (event) > 0)
    {
      guint capacity = hustings_event_get_capacity (event);
      gint64 others = yes_count (file, event_id, contact_id, error);

      if (others < 0)
        return unchanged (file);
      if (others + 1 + (gint64) guests > capacity)
        {
          /* Translators: "Spring Gala holds 100 people and 98 others have said yes, guests
           * counted: Ann Lee’s party of 3 would be too many" */
          g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                       _("%s holds %u people and %" G_GINT64_FORMAT " others have said yes, "
                         "guests counted: %s’s party of %u would be too many"),
                       hustings_event_get_name (event), capacity, others, name, guests + 1);
          return unchanged (file);
        }
    }
  return write_guest (file, event_id, contact_id, rsvp, guests, FALSE, FALSE, error);
}

gboolean
hustings_event_store_remove_guest (HustingsCommitteeFile  *file,
                                   gint64                  event_id,
                                   gint64                  contact_id,
                                   GError                **error)
{
  sqlite3_stmt *stmt;

  if (!hustings_committee_file_begin (file, error))
    return FALSE;
  stmt = hustings_committee_file_prepare (file,
    "DELETE FROM event_guest WHERE event_id = ?1 AND contact_id = ?2", error);
  if (stmt == NULL)
    return unchanged (file);
  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_int64 (stmt, 2, contact_id);
  if (!hustings_committee_file_run (file, stmt, error))
    return failed (file);
  if (sqlite3_changes (hustings_committee_file_get_db (file)) == 0)
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
                           _("This person is not on the event’s guest list"));
      return unchanged (file);
    }
  return commit (file, HUSTINGS_CHANGED_EVENTS, error);
}

gboolean
hustings_event_store_check_in_guest (HustingsCommitteeFile  *file,
                                     gint64                  event_id,
                                     gint64                  contact_id,
                                     int                     guests,
                                     gboolean               *out_walk_in,
                                     GError                **error)
{
  g_autofree char *name = NULL;
  GuestRow row;

  if (out_walk_in != NULL)
    *out_walk_in = FALSE;
  if (!hustings_committee_file_begin (file, error))
    return FALSE;
  if (!check_event (file, event_id, error) ||
      (name = contact_name (file, contact_id, error)) == NULL ||
      !read_guest_row (file, event_id, contact_id, &row, error))
    return unchanged (file);
  if (row.checked_in)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("%s is already checked in"), name);
      return unchanged (file);
    }
  if (guests < 0)
    guests = row.guests;
  if (!write_guest (file, event_id, contact_id, HUSTINGS_RSVP_YES, guests, TRUE, FALSE, error))
    return FALSE;
  if (out_walk_in != NULL)
    *out_walk_in = !row.found;
  return TRUE;
}

gboolean
hustings_event_store_undo_guest_check_in (HustingsCommitteeFile  *file,
                                          gint64                  event_id,
                                          gint64                  contact_id,
                                          GError                **error)
{
  g_autofree char *name = NULL;
  HustingsRsvp rsvp = HUSTINGS_RSVP_YES;
  GuestRow row;

  if (!hustings_committee_file_begin (file, error))
    return FALSE;
  if ((name = contact_name (file, contact_id, error)) == NULL ||
      !read_guest_row (file, event_id, contact_id, &row, error))
    return unchanged (file);
  if (!row.checked_in)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("%s has not been checked in at this event"), name);
      return unchanged (file);
    }
  hustings_rsvp_from_string (row.rsvp, &rsvp);
  return write_guest (file, event_id, contact_id, rsvp, row.guests, FALSE, TRUE, error);
}

/* ---- Donations ---- */

gboolean
hustings_event_store_link_donation (HustingsCommitteeFile  *file,
                                    gint64                  donation_id,
                                    gint64                  event_id,
                                    GError                **error)
{
  g_autofree char *now = hustings_timestamp_now ();
  sqlite3_stmt *stmt;

  if (!hustings_committee_file_begin (file, error))
    return FALSE;
  if (event_id != 0 && !check_event (file, event_id, error))
    return unchanged (file);

  stmt = hustings_committee_file_prepare (file,
    "UPDATE donation SET event_id = ?2, updated_at = ?3 WHERE id = ?1", error);
  if (stmt == NULL)
    return unchanged (file);
  sqlite3_bind_int64 (stmt, 1, donation_id);
  if (event_id != 0)
    sqlite3_bind_int64 (stmt, 2, event_id);
  hustings_bind_text (stmt, 3, now);
  if (!hustings_committee_file_run (file, stmt, error))
    return failed (file);
  if (sqlite3_changes (hustings_committee_file_get_db (file)) == 0)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
                   _("Donation %" G_GINT64_FORMAT " is not in this committee file"),
                   donation_id);
      return unchanged (file);
    }
  return commit (file, HUSTINGS_CHANGED_EVENTS | HUSTINGS_CHANGED_DONATIONS, error);
}

gint64
hustings_event_store_donation_event (HustingsCommitteeFile *file,
                                     gint64                 donation_id)
{
  sqlite3_stmt *stmt;
  gint64 event_id = 0;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), 0);

  stmt = hustings_committee_file_prepare (file,
    "SELECT coalesce(event_id, 0) FROM donation WHERE id = ?1", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, donation_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    event_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return event_id;
}

GArray *
hustings_event_store_list_donation_ids (HustingsCommitteeFile *file,
                                        gint64                 event_id)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), ids);

  stmt = hustings_committee_file_prepare (file,
    "SELECT id FROM donation WHERE event_id = ?1"
    " OR (event_id IS NULL AND refund_of IN (SELECT id FROM donation WHERE event_id = ?1))"
    " ORDER BY date_received, id", NULL);
  if (stmt == NULL)
    return ids;
  sqlite3_bind_int64 (stmt, 1, event_id);
  return collect_ids (stmt, ids);
}
