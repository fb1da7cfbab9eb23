/* hustings-task-rules.c: the automatic task rules and the tasks they make.
 *
 * Each rule gathers the tasks it calls for (HustingsTask objects naming the rule and a key:
 * the donation id, "contact:period" of a best-efforts finding, "shift:contact" of a signup),
 * leaving out keys a task already has, and they are inserted in one transaction; the
 * UNIQUE (rule, rule_key) of the task table keeps a rule from making one twice whatever
 * happened to it since (see hustings-task-store.c for deleted tasks).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-task-rules"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "hustings-committee-file-private.h"
#include "hustings-compliance.h"
#include "hustings-dates.h"
#include "hustings-error.h"
#include "hustings-interaction.h"
#include "hustings-money.h"
#include "hustings-task-private.h"
#include "hustings-task-rules.h"

/* The law's deadline for the best-efforts follow-up request: 30 days after the gift
 * (fec-rules.md §2.5), which the compliance check's deadline is. */
#define BEST_EFFORTS_DAYS 30

static const struct {
  const char *id;
  const char *label;
} rules[HUSTINGS_N_TASK_RULES] = {
  [HUSTINGS_TASK_RULE_THANK_DONOR]    = { "thank-donor",    N_("Thank new donors") },
  [HUSTINGS_TASK_RULE_BEST_EFFORTS]   = { "best-efforts",   N_("Best-efforts follow-up") },
  [HUSTINGS_TASK_RULE_SHIFT_REMINDER] = { "shift-reminder", N_("Shift reminders") },
};

const char *
hustings_task_rule_to_string (HustingsTaskRule rule)
{
  g_return_val_if_fail (rule < HUSTINGS_N_TASK_RULES, NULL);
  return rules[rule].id;
}

gboolean
hustings_task_rule_from_string (const char       *text,
                                HustingsTaskRule *out_rule)
{
  for (guint i = 0; text != NULL && i < HUSTINGS_N_TASK_RULES; i++)
    if (g_str_equal (rules[i].id, text))
      {
        *out_rule = i;
        return TRUE;
      }
  return FALSE;
}

const char *
hustings_task_rule_describe (HustingsTaskRule rule)
{
  g_return_val_if_fail (rule < HUSTINGS_N_TASK_RULES, "");
  return _(rules[rule].label);
}

char *
hustings_task_rule_explain (HustingsTaskRule rule,
                            int              days)
{
  g_return_val_if_fail (rule < HUSTINGS_N_TASK_RULES, NULL);

  switch (rule)
    {
    case HUSTINGS_TASK_RULE_THANK_DONOR:
      if (days == 0)
        return g_strdup (_("A task to thank each donor, due the day of the gift"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "A task to thank each donor, due %d day after the "
                                           "gift",
                                           "A task to thank each donor, due %d days after the "
                                           "gift", days), days);
    case HUSTINGS_TASK_RULE_BEST_EFFORTS:
      if (days == 0)
        return g_strdup (_("A task to ask each itemized donor without an employer or "
                           "occupation for it, due the day of the gift that passed $200"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "A task to ask each itemized donor without an "
                                           "employer or occupation for it, due %d day after "
                                           "the gift that passed $200",
                                           "A task to ask each itemized donor without an "
                                           "employer or occupation for it, due %d days after "
                                           "the gift that passed $200", days), days);
    case HUSTINGS_TASK_RULE_SHIFT_REMINDER:
    default:
      if (days == 0)
        return g_strdup (_("A task to remind each volunteer of a shift, due the day of the "
                           "shift"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "A task to remind each volunteer of a shift, due %d "
                                           "day before it",
                                           "A task to remind each volunteer of a shift, due %d "
                                           "days before it", days), days);
    }
}

/* ---- Dates ---- */

/* date (YYYY-MM-DD, valid) moved by days. */
static char *
shift_date (const char *date,
            int         days)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, atoi (date + 8), atoi (date + 5), atoi (date));
  if (days > 0)
    g_date_add_days (&d, days);
  else
    g_date_subtract_days (&d, -days);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&d), g_date_get_month (&d),
                          g_date_get_day (&d));
}

/* "May 3": a date near enough to need no year. */
static char *
format_short_date (const char *date)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (atoi (date), atoi (date + 5), atoi (date + 8),
                                                 0, 0, 0);

  if (dt == NULL)
    return g_strdup (date);
  /* Translators: a day of the year in strftime format: "May 3". */
  return g_date_time_format (dt, _("%b %-d"));
}

/* ---- Gathering the tasks ---- */

/* A task of rule about key, on contact_id; takes key and title. */
static HustingsTask *
rule_task (HustingsTaskRule  rule,
           char             *key,
           gint64            contact_id,
           char             *title,
           const char       *notes,
           const char       *due)
{
  HustingsTask *task = hustings_task_new ();

  hustings_task_set_rule (task, rules[rule].id, key);
  hustings_task_set_contact_id (task, contact_id);
  hustings_task_set_title (task, title);
  hustings_task_set_notes (task, notes);
  hustings_task_set_due_date (task, due);
  g_free (key);
  g_free (title);
  return task;
}

/* Reads the rows of a gathering query, whose rows func turns into tasks. */
typedef HustingsTask *(*RowFunc) (sqlite3_stmt *stmt,
                                  int           days,
                                  const char   *today);

static gboolean
gather_rows (HustingsCommitteeFile *file,
             sqlite3_stmt          *stmt,
             RowFunc                func,
             int                    days,
             const char            *today,
             GPtrArray             *tasks,
             GError               **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (tasks, func (stmt, days, today));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return hustings_committee_file_set_sql_error (file, error);
  return TRUE;
}

static HustingsTask *
thank_task (sqlite3_stmt *stmt,
            int           days,
            const char   *today)
{
  const char *received = hustings_column_text (stmt, 3);
  g_autofree char *amount = hustings_money_format (sqlite3_column_int64 (stmt, 4));
  g_autofree char *when = format_short_date (received);
  g_autofree char *due = shift_date (received, days);

  return rule_task (HUSTINGS_TASK_RULE_THANK_DONOR,
                    g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 0)),
                    sqlite3_column_int64 (stmt, 1),
                    /* Translators: "Thank Jane Doe for $250.00 (May 3)". */
                    g_strdup_printf (_("Thank %s for %s (%s)"), hustings_column_text (stmt, 2),
                                     amount, when),
                    "", due);
}

/* The gifts received in the days up to today that are contributions from the donor (not
 * refunds, memo pairs moving money, or receipts on other lines), less recurring installments
 * after the donor's first, that have no thank-you task. */
static gboolean
gather_thanks (HustingsCommitteeFile *file,
               int                    days,
               const char            *today,
               GPtrArray             *tasks,
               GError               **error)
{
  g_autofree char *from = shift_date (today, -days);
  sqlite3_stmt *stmt = hustings_committee_file_prepare (file,
    "SELECT d.id, d.contact_id, c.display_name, d.date_received, d.amount_cents"
    " FROM donation d JOIN contact c ON c.id = d.contact_id"
    " WHERE d.date_received BETWEEN ?1 AND ?2 AND d.amount_cents > 0 AND d.adjusts IS NULL"
    "   AND (d.receipt_line = '' OR d.receipt_line GLOB 'SA11*')"
    "   AND (NOT d.recurring OR NOT EXISTS (SELECT 1 FROM donation p"
    "         WHERE p.contact_id = d.contact_id AND p.recurring AND p.amount_cents > 0"
    "           AND (p.date_received < d.date_received"
    "                OR (p.date_received = d.date_received AND p.id < d.id))))"
    "   AND NOT EXISTS (SELECT 1 FROM task t"
    "         WHERE t.rule = 'thank-donor' AND t.rule_key = CAST(d.id AS TEXT))"
    " ORDER BY d.date_received, d.id", error);

  if (stmt == NULL)
    return FALSE;
  hustings_bind_text (stmt, 1, from);
  hustings_bind_text (stmt, 2, today);
  return gather_rows (file, stmt, thank_task, days, today, tasks, error);
}

static HustingsTask *
reminder_task (sqlite3_stmt *stmt,
               int           days,
               const char   *today)
{
  const char *date = hustings_column_text (stmt, 4);
  const char *role = hustings_column_text (stmt, 7);
  const char *place = hustings_column_text (stmt, 8);
  const char *phone = hustings_column_text (stmt, 9);
  g_autofree char *starts = hustings_time_of_day_format (hustings_column_text (stmt, 5));
  g_autofree char *ends = hustings_time_of_day_format (hustings_column_text (stmt, 6));
  g_autofree char *when = format_short_date (date);
  g_autofree char *due = shift_date (date, -days);
  g_autoptr(GString) notes = g_string_new (NULL);

  /* Translators: a shift's role and times: "Caller, 6:00 PM – 8:00 PM". */
  g_string_append_printf (notes, _("%s, %s – %s"), role, starts, ends);
  if (*place != '\0')
    g_string_append_printf (notes, "\n%s", place);
  if (*phone != '\0')
    g_string_append_printf (notes, _("\nPhone: %s"), phone);
  return rule_task (HUSTINGS_TASK_RULE_SHIFT_REMINDER,
                    g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                                     (gint64) sqlite3_column_int64 (stmt, 0),
                                     (gint64) sqlite3_column_int64 (stmt, 1)),
                    sqlite3_column_int64 (stmt, 1),
                    /* Translators: "Remind Sam Lee of Phone bank, 6:00 PM, Oct 3". */
                    g_strdup_printf (_("Remind %s of %s, %s, %s"), hustings_column_text (stmt, 2),
                                     hustings_column_text (stmt, 3), starts, when),
                    notes->str, g_strcmp0 (due, today) > 0 ? due : today);
}

/* The signups not checked in for shifts of events in the days from today that have no
 * reminder. */
static gboolean
gather_reminders (HustingsCommitteeFile *file,
                  int                    days,
                  const char            *today,
                  GPtrArray             *tasks,
                  GError               **error)
{
  g_autofree char *until = shift_date (today, days);
  sqlite3_stmt *stmt = hustings_committee_file_prepare (file,
    "SELECT ss.shift_id, ss.contact_id, c.display_name, e.name, e.date, s.starts, s.ends,"
    " s.role, e.place, (SELECT p.phone FROM contact_phone p WHERE p.contact_id = ss.contact_id"
    "                   ORDER BY p.position LIMIT 1)"
    " FROM event e JOIN shift s ON s.event_id = e.id JOIN shift_signup ss ON ss.shift_id = s.id"
    " JOIN contact c ON c.id = ss.contact_id"
    " WHERE e.date BETWEEN ?1 AND ?2 AND ss.checked_in_at IS NULL"
    "   AND NOT EXISTS (SELECT 1 FROM task t WHERE t.rule = 'shift-reminder'"
    "         AND t.rule_key = ss.shift_id || ':' || ss.contact_id)"
    " ORDER BY e.date, s.starts, ss.shift_id, ss.contact_id", error);

  if (stmt == NULL)
    return FALSE;
  hustings_bind_text (stmt, 1, today);
  hustings_bind_text (stmt, 2, until);
  return gather_rows (file, stmt, reminder_task, days, today, tasks, error);
}

/* A task for each best-efforts finding of the compliance check. */
static gboolean
gather_best_efforts (HustingsCommitteeFile *file,
                     int                    days,
                     const char            *today,
                     GPtrArray             *tasks,
                     GError               **error)
{
  g_autoptr(GPtrArray) findings = hustings_compliance_check (file, today, NULL, error);
  sqlite3_stmt *stmt;

  if (findings == NULL)
    return FALSE;
  stmt = hustings_committee_file_prepare (file,
    "SELECT employer = '', occupation = '' FROM contact WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < findings->len; i++)
    {
      HustingsFinding *finding = findings->pdata[i];
      gint64 contact_id = hustings_finding_get_contact_id (finding);
      const char *name = hustings_finding_get_contact_name (finding);
      const char *deadline = hustings_finding_get_deadline (finding);
      g_autofree char *due = NULL;
      g_autofree char *notes = NULL;
      gboolean no_employer, no_occupation;
      char *title;

      if (hustings_finding_get_kind (finding) != HUSTINGS_FINDING_BEST_EFFORTS)
        continue;
      sqlite3_bind_int64 (stmt, 1, contact_id);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          sqlite3_reset (stmt);
          return hustings_committee_file_set_sql_error (file, error);
        }
      no_employer = sqlite3_column_int (stmt, 0);
      no_occupation = sqlite3_column_int (stmt, 1);
      sqlite3_reset (stmt);

      title = no_employer && no_occupation
              ? g_strdup_printf (_("Ask %s for their employer and occupation"), name)
              : no_employer ? g_strdup_printf (_("Ask %s for their employer"), name)
              : g_strdup_printf (_("Ask %s for their occupation"), name);
      notes = g_strdup_printf ("%s\n\n%s", hustings_finding_get_message (finding),
                               hustings_finding_get_remedy (finding));
      due = deadline ? shift_date (deadline, days - BEST_EFFORTS_DAYS) : g_strdup (today);
      g_ptr_array_add (tasks,
                       rule_task (HUSTINGS_TASK_RULE_BEST_EFFORTS,
                                  g_strdup_printf ("%" G_GINT64_FORMAT ":%s", contact_id,
                                                   hustings_finding_get_election (finding)),
                                  contact_id, title, notes, due));
    }
  return TRUE;
}

typedef gboolean (*GatherFunc) (HustingsCommitteeFile *file,
                                int                    days,
                                const char            *today,
                                GPtrArray             *tasks,
                                GError               **error);

static const GatherFunc gatherers[HUSTINGS_N_TASK_RULES] = {
  [HUSTINGS_TASK_RULE_THANK_DONOR] = gather_thanks,
  [HUSTINGS_TASK_RULE_BEST_EFFORTS] = gather_best_efforts,
  [HUSTINGS_TASK_RULE_SHIFT_REMINDER] = gather_reminders,
};

/* Inserts the tasks a rule gathered, inside the caller's transaction; those whose key a task
 * already has are left out. Adds the number made to *n_made. */
static gboolean
insert_tasks (HustingsCommitteeFile *file,
              GPtrArray             *tasks,
              guint                 *n_made,
              GError               **error)
{
  g_autofree char *now = hustings_timestamp_now ();
  sqlite3 *db = hustings_committee_file_get_db (file);
  sqlite3_stmt *stmt = hustings_committee_file_prepare (file,
    "INSERT INTO task (title, notes, due_date, contact_id, rule, rule_key, created_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (rule, rule_key) DO NOTHING", error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < tasks->len; i++)
    {
      HustingsTask *task = tasks->pdata[i];

      hustings_bind_text (stmt, 1, hustings_task_get_title (task));
      hustings_bind_text (stmt, 2, hustings_task_get_notes (task));
      sqlite3_bind_text (stmt, 3, hustings_task_get_due_date (task), -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 4, hustings_task_get_contact_id (task));
      hustings_bind_text (stmt, 5, hustings_task_get_rule (task));
      hustings_bind_text (stmt, 6, hustings_task_get_rule_key (task));
      hustings_bind_text (stmt, 7, now);
      if (!hustings_committee_file_run (file, stmt, error))
        return FALSE;
      *n_made += sqlite3_changes (db);
    }
  return TRUE;
}

/* Makes rule's tasks inside the caller's transaction. */
static gboolean
run_rule (HustingsCommitteeFile *file,
          HustingsTaskRule       rule,
          int                    days,
          const char            *today,
          guint                 *n_made,
          GError               **error)
{
  g_autoptr(GPtrArray) tasks = g_ptr_array_new_with_free_func (g_object_unref);

  return gatherers[rule] (file, days, today, tasks, error) &&
         insert_tasks (file, tasks, n_made, error);
}

/* today as given, or today's date; NULL with HUSTINGS_ERROR_INVALID for one that is not a
 * date. */
static char *
check_today (const char  *today,
             GError     **error)
{
  if (today == NULL)
    return hustings_date_today ();
  if (!hustings_date_is_valid (today))
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("“%s” is not a date; write it as YYYY-MM-DD"), today);
      return NULL;
    }
  return g_strdup (today);
}

gboolean
hustings_task_rule_get (HustingsCommitteeFile *file,
                        HustingsTaskRule       rule,
                        gboolean              *out_enabled,
                        int                   *out_days,
                        GError               **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (rule < HUSTINGS_N_TASK_RULES, FALSE);

  stmt = hustings_committee_file_prepare (file,
    "SELECT enabled, days FROM task_rule WHERE rule = ?1", error);
  if (stmt == NULL)
    return FALSE;
  hustings_bind_static (stmt, 1, rules[rule].id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (out_enabled != NULL)
        *out_enabled = sqlite3_column_int (stmt, 0) != 0;
      if (out_days != NULL)
        *out_days = sqlite3_column_int (stmt, 1);
    }
  else if (rc == SQLITE_DONE)
    g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CORRUPT,
                 _("The task rule “%s” is missing from this committee file"), rules[rule].id);
  else
    hustings_committee_file_set_sql_error (file, error);
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW;
}

gboolean
hustings_task_rule_set (HustingsCommitteeFile *file,
                        HustingsTaskRule       rule,
                        gboolean               enabled,
                        int                    days,
                        const char            *today,
                        guint                 *out_n_made,
                        GError               **error)
{
  g_autofree char *day = NULL;
  sqlite3_stmt *stmt;
  guint n_made = 0;

  g_return_val_if_fail (rule < HUSTINGS_N_TASK_RULES, FALSE);

  if (out_n_made != NULL)
    *out_n_made = 0;
  if (days < 0 || days > HUSTINGS_TASK_RULE_DAYS_MAX)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("Choose between 0 and %d days"), HUSTINGS_TASK_RULE_DAYS_MAX);
      return FALSE;
    }
  if (rule == HUSTINGS_TASK_RULE_BEST_EFFORTS && days > BEST_EFFORTS_DAYS)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("The law wants the follow-up request within %d days of the gift: choose "
                     "%d days or fewer"), BEST_EFFORTS_DAYS, BEST_EFFORTS_DAYS);
      return FALSE;
    }
  if ((day = check_today (today, error)) == NULL ||
      !hustings_committee_file_check_writable (file, error) ||
      !hustings_committee_file_begin (file, error))
    return FALSE;

  stmt = hustings_committee_file_prepare (file,
    "UPDATE task_rule SET enabled = ?2, days = ?3 WHERE rule = ?1", error);
  if (stmt == NULL)
    {
      hustings_committee_file_end_unchanged (file);
      return FALSE;
    }
  hustings_bind_static (stmt, 1, rules[rule].id);
  sqlite3_bind_int (stmt, 2, enabled ? 1 : 0);
  sqlite3_bind_int (stmt, 3, days);
  if (!hustings_committee_file_run (file, stmt, error) ||
      (enabled && !run_rule (file, rule, days, day, &n_made, error)))
    {
      hustings_committee_file_rollback (file);
      return FALSE;
    }

  hustings_committee_file_changed (file, HUSTINGS_CHANGED_OUTREACH);
  if (!hustings_committee_file_commit (file, error))
    return FALSE;
  if (out_n_made != NULL)
    *out_n_made = n_made;
  return TRUE;
}

gboolean
hustings_task_rules_run (HustingsCommitteeFile *file,
                         const char            *today,
                         guint                 *out_n_made,
                         GError               **error)
{
  g_autofree char *day = NULL;
  gboolean enabled[HUSTINGS_N_TASK_RULES];
  int days[HUSTINGS_N_TASK_RULES];
  gboolean any = FALSE;
  guint n_made = 0;

  if (out_n_made != NULL)
    *out_n_made = 0;
  if ((day = check_today (today, error)) == NULL)
    return FALSE;
  if (hustings_committee_file_is_read_only (file))
    return TRUE;
  for (guint i = 0; i < HUSTINGS_N_TASK_RULES; i++)
    {
      if (!hustings_task_rule_get (file, i, &enabled[i], &days[i], error))
        return FALSE;
      any |= enabled[i];
    }
  if (!any)
    return TRUE;

  if (!hustings_committee_file_begin (file, error))
    return FALSE;
  for (guint i = 0; i < HUSTINGS_N_TASK_RULES; i++)
    if (enabled[i] && !run_rule (file, i, days[i], day, &n_made, error))
      {
        hustings_committee_file_rollback (file);
        return FALSE;
      }
  if (n_made == 0)
    {
      hustings_committee_file_end_unchanged (file);
      return TRUE;
    }

  hustings_committee_file_changed (file, HUSTINGS_CHANGED_OUTREACH);
  if (!hustings_committee_file_commit (file, error))
    return FALSE;
  if (out_n_made != NULL)
    *out_n_made = n_made;
  return TRUE;
}
