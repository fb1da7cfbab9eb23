/* hustings-interaction-store.c: the interaction log in a committee file. All interaction SQL
 * lives here and in hustings-timeline.c.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-interaction-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hustings-committee-file-private.h"
#include "hustings-dates.h"
#include "hustings-error.h"
#include "hustings-interaction-private.h"
#include "hustings-interaction-store.h"

#define INTERACTION_COLUMNS \
  "i.id, i.contact_id, c.display_name, i.kind, i.occurred_at, i.outcome, i.notes"

static HustingsInteraction *
interaction_from_row (sqlite3_stmt *stmt)
{
  HustingsInteraction *interaction = hustings_interaction_new ();
  HustingsInteractionKind kind = HUSTINGS_INTERACTION_OTHER;

  hustings_interaction_set_id (interaction, sqlite3_column_int64 (stmt, 0));
  hustings_interaction_set_contact_id (interaction, sqlite3_column_int64 (stmt, 1));
  hustings_interaction_set_contact_name (interaction, hustings_column_text (stmt, 2));
  hustings_interaction_kind_from_string (hustings_column_text (stmt, 3), &kind);
  hustings_interaction_set_kind (interaction, kind);
  hustings_interaction_set_occurred_at (interaction, hustings_column_text (stmt, 4));
  hustings_interaction_set_outcome (interaction, hustings_column_text (stmt, 5));
  hustings_interaction_set_notes (interaction, hustings_column_text (stmt, 6));
  return interaction;
}

static gboolean
not_found (GError **error,
           gint64   id)
{
  g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
               _("Interaction %" G_GINT64_FORMAT " is not in this committee file"), id);
  return FALSE;
}

HustingsInteraction *
hustings_interaction_store_get (HustingsCommitteeFile *file,
                                gint64                 id,
                                GError               **error)
{
  HustingsInteraction *interaction = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = hustings_committee_file_prepare (file,
    "SELECT " INTERACTION_COLUMNS " FROM interaction i JOIN contact c ON c.id = i.contact_id"
    " WHERE i.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    interaction = interaction_from_row (stmt);
  else if (rc == SQLITE_DONE)
    not_found (error, id);
  else
    hustings_committee_file_set_sql_error (file, error);
  sqlite3_reset (stmt);
  return interaction;
}

GPtrArray *
hustings_interaction_store_list (HustingsCommitteeFile *file,
                                 gint64                 contact_id,
                                 GError               **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = hustings_committee_file_prepare (file,
    "SELECT " INTERACTION_COLUMNS " FROM interaction i JOIN contact c ON c.id = i.contact_id"
    " WHERE i.contact_id = ?1"
    " ORDER BY " HUSTINGS_SQL_LOCAL_DATE ("i.occurred_at") " DESC, "
    HUSTINGS_SQL_LOCAL_TIME ("i.occurred_at") " DESC, i.id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, interaction_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hustings_committee_file_set_sql_error (file, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

/* Validates the interaction and reads its contact's name. */
static gboolean
prepare (HustingsCommitteeFile *file,
         HustingsInteraction   *interaction,
         GError               **error)
{
  sqlite3_stmt *stmt;

  if (!hustings_interaction_validate (interaction, error))
    return FALSE;
  stmt = hustings_committee_file_prepare (file,
    "SELECT display_name FROM contact WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, hustings_interaction_get_contact_id (interaction));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("Choose the contact the interaction was with"));
      return FALSE;
    }
  hustings_interaction_set_contact_name (interaction, hustings_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return TRUE;
}

static sqlite3_stmt *
prepare_insert (HustingsCommitteeFile *file,
                HustingsInteraction   *interaction,
                const char            *now,
                GError               **error)
{
  sqlite3_stmt *stmt = hustings_committee_file_prepare (file,
    "INSERT INTO interaction (contact_id, kind, occurred_at, outcome, notes, created_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);

  if (stmt == NULL)
    return NULL;
  hustings_bind_static (stmt, 2, hustings_interaction_kind_to_string (
                                   hustings_interaction_get_kind (interaction)));
  hustings_bind_text (stmt, 3, hustings_interaction_get_occurred_at (interaction));
  hustings_bind_text (stmt, 4, hustings_interaction_get_outcome (interaction));
  hustings_bind_text (stmt, 5, hustings_interaction_get_notes (interaction));
  hustings_bind_text (stmt, 6, now);
  return stmt;
}

gboolean
hustings_interaction_store_add (HustingsCommitteeFile *file,
                                HustingsInteraction   *interaction,
                                GError               **error)
{
  g_autofree char *now = hustings_timestamp_now ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HUSTINGS_IS_INTERACTION (interaction), FALSE);

  if (!hustings_committee_file_check_writable (file, error) ||
      !hustings_committee_file_begin (file, error))
    return FALSE;
  if (!prepare (file, interaction, error))
    goto unchanged;
  stmt = prepare_insert (file, interaction, now, error);
  if (stmt == NULL)
    goto unchanged;
  sqlite3_bind_int64 (stmt, 1, hustings_interaction_get_contact_id (interaction));
  if (!hustings_committee_file_run (file, stmt, error))
    goto unchanged;

  hustings_committee_file_changed (file, HUSTINGS_CHANGED_OUTREACH);
  if (!hustings_committee_file_commit (file, error))
    return FALSE;
  hustings_interaction_set_id (interaction,
                               sqlite3_last_insert_rowid (hustings_committee_file_get_db (file)));
  return TRUE;

unchanged:
  hustings_committee_file_end_unchanged (file);
  return FALSE;
}

gboolean
hustings_interaction_store_update (HustingsCommitteeFile *file,
                                   HustingsInteraction   *interaction,
                                   GError               **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HUSTINGS_IS_INTERACTION (interaction), FALSE);

  if (!hustings_committee_file_check_writable (file, error) ||
      !hustings_committee_file_begin (file, error))
    return FALSE;
  if (!prepare (file, interaction, error))
    goto unchanged;
  stmt = hustings_committee_file_prepare (file,
    "UPDATE interaction SET contact_id = ?1, kind = ?2, occurred_at = ?3, outcome = ?4,"
    " notes = ?5 WHERE id = ?6", error);
  if (stmt == NULL)
    goto unchanged;
  sqlite3_bind_int64 (stmt, 1, hustings_interaction_get_contact_id (interaction));
  hustings_bind_static (stmt, 2, hustings_interaction_kind_to_string (
                                   hustings_interaction_get_kind (interaction)));
  hustings_bind_text (stmt, 3, hustings_interaction_get_occurred_at (interaction));
  hustings_bind_text (stmt, 4, hustings_interaction_get_outcome (interaction));
  hustings_bind_text (stmt, 5, hustings_interaction_get_notes (interaction));
  sqlite3_bind_int64 (stmt, 6, hustings_interaction_get_id (interaction));
  if (!hustings_committee_file_run (file, stmt, error))
    goto unchanged;
  if (sqlite3_changes (hustings_committee_file_get_db (file)) == 0)
    {
      not_found (error, hustings_interaction_get_id (interaction));
      goto unchanged;
    }

  hustings_committee_file_changed (file, HUSTINGS_CHANGED_OUTREACH);
  return hustings_committee_file_commit (file, error);

unchanged:
  hustings_committee_file_end_unchanged (file);
  return FALSE;
}

gboolean
hustings_interaction_store_delete (HustingsCommitteeFile *file,
                                   gint64                 id,
                                   GError               **error)
{
  sqlite3_stmt *stmt;

  if (!hustings_committee_file_check_writable (file, error) ||
      !hustings_committee_file_begin (file, error))
    return FALSE;
  stmt = hustings_committee_file_prepare (file, "DELETE FROM interaction WHERE id = ?1", error);
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

  hustings_committee_file_changed (file, HUSTINGS_CHANGED_OUTREACH);
  return hustings_committee_file_commit (file, error);

unchanged:
  hustings_committee_file_end_unchanged (file);
  return FALSE;
}

gboolean
hustings_interaction_store_add_bulk (HustingsCommitteeFile *file,
                                     HustingsInteraction   *interaction,
                                     GArray                *contact_ids,
                                     GError               **error)
{
  g_autofree char *now = hustings_timestamp_now ();
  sqlite3 *db = hustings_committee_file_get_db (file);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HUSTINGS_IS_INTERACTION (interaction), FALSE);
  g_return_val_if_fail (contact_ids != NULL, FALSE);

  if (!hustings_committee_file_check_writable (file, error) ||
      !hustings_interaction_validate (interaction, error))
    return FALSE;
  if (contact_ids->len == 0)
    return TRUE;
  if (!hustings_committee_file_begin (file, error))
    return FALSE;
  stmt = prepare_insert (file, interaction, now, error);
  if (stmt == NULL)
    {
      hustings_committee_file_end_unchanged (file);
      return FALSE;
    }
  for (guint i = 0; i < contact_ids->len; i++)
    {
      gint64 contact_id = g_array_index (contact_ids, gint64, i);
      int rc;

      /* The other values stay bound across resets. */
      sqlite3_bind_int64 (stmt, 1, contact_id);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        continue;
      if (sqlite3_extended_errcode (db) == SQLITE_CONSTRAINT_FOREIGNKEY)
        g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
                     _("Contact %" G_GINT64_FORMAT " is no longer in this committee file, so "
                       "nothing was logged"), contact_id);
      else
        hustings_committee_file_set_sql_error (file, error);
      hustings_committee_file_rollback (file);
      return FALSE;
    }

  hustings_committee_file_changed (file, HUSTINGS_CHANGED_OUTREACH);
  return hustings_committee_file_commit (file, error);
}

gint64
hustings_interaction_store_count (HustingsCommitteeFile *file)
{
  sqlite3_stmt *stmt = hustings_committee_file_prepare (file,
    "SELECT count(*) FROM interaction", NULL);
  gint64 count = 0;

  if (stmt == NULL)
    return 0;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return count;
}
