/* hustings-task-store.c: tasks in a committee file. All task SQL but the rules' lives here.
 *
 * A deleted task a rule made stays as a trace: its title emptied (no task the user can save has
 * an empty title) and done, so that its rule and key still block the rule from making it
 * again. Every query here leaves the traces out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-task-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hustings-committee-file-private.h"
#include "hustings-dates.h"
#include "hustings-error.h"
#include "hustings-task-private.h"
#include "hustings-task-store.h"

#define TASK_COLUMNS \
  "t.id, t.title, t.notes, t.due_date, coalesce(t.contact_id, 0), c.display_name, t.done_at," \
  " t.rule, t.rule_key, t.created_at"

static HustingsTask *
task_from_row (sqlite3_stmt *stmt)
{
  HustingsTask *task = hustings_task_new ();

  hustings_task_set_id (task, sqlite3_column_int64 (stmt, 0));
  hustings_task_set_title (task, hustings_column_text (stmt, 1));
  hustings_task_set_notes (task, hustings_column_text (stmt, 2));
  hustings_task_set_due_date (task, (const char *) sqlite3_column_text (stmt, 3));
  hustings_task_set_contact_id (task, sqlite3_column_int64 (stmt, 4));
  hustings_task_set_contact_name (task, hustings_column_text (stmt, 5));
  hustings_task_set_done_at (task, (const char *) sqlite3_column_text (stmt, 6));
  hustings_task_set_rule (task, (const char *) sqlite3_column_text (stmt, 7),
                          (const char *) sqlite3_column_text (stmt, 8));
  hustings_task_set_created_at (task, hustings_column_text (stmt, 9));
  return task;
}

static gboolean
not_found (GError **error,
           gint64   id)
{
  g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
               _("Task %" G_GINT64_FORMAT " is not in this committee file"), id);
  return FALSE;
}

HustingsTask *
hustings_task_store_get (HustingsCommitteeFile *file,
                         gint64                 id,
                         GError               **error)
{
  HustingsTask *task = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = hustings_committee_file_prepare (file,
    "SELECT " TASK_COLUMNS " FROM task t LEFT JOIN contact c ON c.id = t.contact_id"
    " WHERE t.id = ?1 AND t.title <> ''", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    task = task_from_row (stmt);
  else if (rc == SQLITE_DONE)
    not_found (error, id);
  else
    hustings_committee_file_set_sql_error (file, error);
  sqlite3_reset (stmt);
  return task;
}

/* Validates the task and reads its contact's name. */
static gboolean
prepare (HustingsCommitteeFile *file,
         HustingsTask          *task,
         GError               **error)
{
  sqlite3_stmt *stmt;

  if (!hustings_task_validate (task, error))
    return FALSE;
  if (hustings_task_get_contact_id (task) == 0)
    {
      hustings_task_set_contact_name (task, "");
      return TRUE;
    }
  stmt = hustings_committee_file_prepare (file,
    "SELECT display_name FROM contact WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, hustings_task_get_contact_id (task));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("The task’s contact is no longer in this committee file: choose "
                             "another or none"));
      return FALSE;
    }
  hustings_task_set_contact_name (task, hustings_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return TRUE;
}

static void
bind_task (sqlite3_stmt *stmt,
           HustingsTask *task)
{
  const char *due = hustings_task_get_due_date (task);
  gint64 contact_id = hustings_task_get_contact_id (task);

  hustings_bind_text (stmt, 1, hustings_task_get_title (task));
  hustings_bind_text (stmt, 2, hustings_task_get_notes (task));
  if (due != NULL)
    hustings_bind_text (stmt, 3, due);
  if (contact_id != 0)
    sqlite3_bind_int64 (stmt, 4, contact_id);
}

gboolean
hustings_task_store_add (HustingsCommitteeFile *file,
                         HustingsTask          *task,
                         GError               **error)
{
  g_autofree char *now = hustings_timestamp_now ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HUSTINGS_IS_TASK (task), FALSE);

  if (!hustings_committee_file_check_writable (file, error) ||
      !hustings_committee_file_begin (file, error))
    return FALSE;
  if (!prepare (file, task, error))
    goto unchanged;
  stmt = hustings_committee_file_prepare (file,
    "INSERT INTO task (title, notes, due_date, contact_id, created_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    goto unchanged;
  bind_task (stmt, task);
  hustings_bind_text (stmt, 5, now);
  if (!hustings_committee_file_run (file, stmt, error))
    goto unchanged;

  hustings_committee_file_changed (file, HUSTINGS_CHANGED_OUTREACH);
  if (!hustings_committee_file_commit (file, error))
    return FALSE;
  hustings_task_set_id (task, sqlite3_last_insert_rowid (hustings_committee_file_get_db (file)));
  hustings_task_set_done_at (task, NULL);
  hustings_task_set_rule (task, NULL, NULL);
  hustings_task_set_created_at (task, now);
  return TRUE;

unchanged:
  hustings_committee_file_end_unchanged (file);
  return FALSE;
}

/* Runs stmt, which changes task id (bound as ?1 by the caller) and nothing else, in a
 * transaction of its own; NOT_FOUND when it changed nothing. */
static gboolean
change_one (HustingsCommitteeFile *file,
            sqlite3_stmt          *stmt,
            gint64                 id,
            GError               **error)
{
  if (!hustings_committee_file_run (file, stmt, error))
    goto unchanged;
  if (sqlite3_changes (hustings_committee_file_get_db (file)) == 0)
    {
      not_found (error, id);
      goto unchanged;
    }
  hustings_committee_file_changed (file, HUSTINGS_CHANGED_OUTREACH);
  return hustings_committee_file_commit (file, error);

unchanged:
  hustings_committee_file_end_unchanged (file);
  return FALSE;
}

gboolean
hustings_task_store_update (HustingsCommitteeFile *file,
                            HustingsTask          *task,
                            GError               **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HUSTINGS_IS_TASK (task), FALSE);

  if (!hustings_committee_file_check_writable (file, error) ||
      !hustings_committee_file_begin (file, error))
    return FALSE;
  if (!prepare (file, task, error) ||
      (stmt = hustings_committee_file_prepare (file,
         "UPDATE task SET title = ?1, notes = ?2, due_date = ?3, contact_id = ?4"
         " WHERE id = ?5 AND title <> ''", error)) == NULL)
    {
      hustings_committee_file_end_unchanged (file);
      return FALSE;
    }
  bind_task (stmt, task);
  sqlite3_bind_int64 (stmt, 5, hustings_task_get_id (task));
  return change_one (file, stmt, hustings_task_get_id (task), error);
}

gboolean
hustings_task_store_set_done (HustingsCommitteeFile *file,
                              gint64                 id,
                              gboolean               done,
                              GError               **error)
{
  g_autofree char *now = hustings_timestamp_now ();
  sqlite3_stmt *stmt;

  if (!hustings_committee_file_check_writable (file, error) ||
      !hustings_committee_file_begin (file, error))
    return FALSE;
  stmt = hustings_committee_file_prepare (file,
    "UPDATE task SET done_at = CASE WHEN ?2 THEN coalesce(done_at, ?3) END"
    " WHERE id = ?1 AND title <> ''", error);
  if (stmt == NULL)
    {
      hustings_committee_file_end_unchanged (file);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, done ? 1 : 0);
  hustings_bind_text (stmt, 3, now);
  return change_one (file, stmt, id, error);
}

gboolean
hustings_task_store_delete (HustingsCommitteeFile *file,
                            gint64                 id,
                            GError               **error)
{
  g_autofree char *now = hustings_timestamp_now ();
  sqlite3_stmt *stmt;

  if (!hustings_committee_file_check_writable (file, error) ||
      !hustings_committee_file_begin (file, error))
    return FALSE;
  stmt = hustings_committee_file_prepare (file,
    "DELETE FROM task WHERE id = ?1 AND rule IS NULL", error);
  if (stmt == NULL)
    goto unchanged;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!hustings_committee_file_run (file, stmt, error))
    goto unchanged;
  if (sqlite3_changes (hustings_committee_file_get_db (file)) > 0)
    {
      hustings_committee_file_changed (file, HUSTINGS_CHANGED_OUTREACH);
      return hustings_committee_file_commit (file, error);
    }

  /* A rule's task: keep the trace. */
  stmt = hustings_committee_file_prepare (file,
    "UPDATE task SET title = '', notes = '', due_date = NULL, done_at = coalesce(done_at, ?2)"
    " WHERE id = ?1 AND rule IS NOT NULL AND title <> ''", error);
  if (stmt == NULL)
    goto unchanged;
  sqlite3_bind_int64 (stmt, 1, id);
  hustings_bind_text (stmt, 2, now);
  return change_one (file, stmt, id, error);

unchanged:
  hustings_committee_file_end_unchanged (file);
  return FALSE;
}

GArray *
hustings_task_store_list_ids (HustingsCommitteeFile *file,
                              HustingsTaskFilter     filter,
                              gint64                 contact_id)
{
#define TASK_SELECT "SELECT t.id FROM task t WHERE (?1 = 0 OR t.contact_id = ?1) AND "
#define OPEN_ORDER  "t.due_date IS NULL, t.due_date, t.id"
#define DONE_ORDER  "t.done_at DESC, t.id DESC"
  static const char * const queries[] = {
    [HUSTINGS_TASK_OPEN] = TASK_SELECT "t.done_at IS NULL ORDER BY " OPEN_ORDER,
    [HUSTINGS_TASK_DONE] = TASK_SELECT "t.done_at IS NOT NULL AND t.title <> ''"
                           " ORDER BY " DONE_ORDER,
    [HUSTINGS_TASK_ALL] = TASK_SELECT "t.title <> ''"
                          " ORDER BY t.done_at IS NOT NULL,"
                          " CASE WHEN t.done_at IS NULL THEN t.due_date IS NULL END,"
                          " CASE WHEN t.done_at IS NULL THEN t.due_date END,"
                          " t.done_at DESC, CASE WHEN t.done_at IS NULL THEN t.id ELSE -t.id END",
  };
#undef TASK_SELECT
#undef OPEN_ORDER
#undef DONE_ORDER
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  g_return_val_if_fail (filter <= HUSTINGS_TASK_ALL, ids);

  stmt = hustings_committee_file_prepare (file, queries[filter], NULL);
  if (stmt == NULL)
    return ids;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  return ids;
}

void
hustings_task_store_count_due (HustingsCommitteeFile *file,
                               const char            *today,
                               guint                 *out_overdue,
                               guint                 *out_due_today)
{
  sqlite3_stmt *stmt = hustings_committee_file_prepare (file,
    "SELECT count(*) FILTER (WHERE due_date < ?1), count(*) FILTER (WHERE due_date = ?1)"
    " FROM task WHERE done_at IS NULL AND due_date <= ?1", NULL);
  guint overdue = 0, due_today = 0;

  if (stmt != NULL)
    {
      hustings_bind_text (stmt, 1, today);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          overdue = sqlite3_column_int (stmt, 0);
          due_today = sqlite3_column_int (stmt, 1);
        }
      sqlite3_reset (stmt);
    }
  if (out_overdue != NULL)
    *out_overdue = overdue;
  if (out_due_today != NULL)
    *out_due_today = due_today;
}
