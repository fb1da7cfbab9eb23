/* hustings-template-store.c: letter and email templates in a committee file. All template SQL
 * lives here.
 *
 * Names are unique whatever their (ASCII) case, as the column's NOCASE collation has it; a
 * saved template replaces the built-in of the same name, compared the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-template-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hustings-committee-file-private.h"
#include "hustings-dates.h"
#include "hustings-error.h"
#include "hustings-template-private.h"
#include "hustings-template-store.h"

#define TEMPLATE_COLUMNS "id, name, kind, subject, body, created_at, updated_at"

static HustingsTemplate *
template_from_row (sqlite3_stmt *stmt)
{
  HustingsTemplateKind kind = HUSTINGS_TEMPLATE_LETTER;
  HustingsTemplate *template;

  hustings_template_kind_from_string (hustings_column_text (stmt, 2), &kind);
  template = hustings_template_new (kind);
  hustings_template_set_id (template, sqlite3_column_int64 (stmt, 0));
  hustings_template_set_name (template, hustings_column_text (stmt, 1));
  hustings_template_set_subject (template, hustings_column_text (stmt, 3));
  hustings_template_set_body (template, hustings_column_text (stmt, 4));
  hustings_template_set_timestamps (template, hustings_column_text (stmt, 5),
                                    hustings_column_text (stmt, 6));
  return template;
}

/* Runs a statement that writes one template row, in the transaction begun for it. FALSE with
 * error set: the name is taken (the unique index), or no row had that id. */
static gboolean
write_row (HustingsCommitteeFile  *file,
           sqlite3_stmt           *stmt,
           const char             *name,
           GError                **error)
{
  sqlite3 *db = hustings_committee_file_get_db (file);
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      if (sqlite3_extended_errcode (db) == SQLITE_CONSTRAINT_UNIQUE)
        g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                     _("There is already a template named “%s”"), name);
      else
        hustings_committee_file_set_sql_error (file, error);
    }
  else if (sqlite3_changes (db) == 0)
    g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
                 _("The template “%s” is not saved in this committee file"), name);
  else
    {
      hustings_committee_file_changed (file, HUSTINGS_CHANGED_OUTREACH);
      return hustings_committee_file_commit (file, error);
    }
  hustings_committee_file_end_unchanged (file);
  return FALSE;
}

/* Adds (insert) or saves a template. */
static gboolean
save (HustingsCommitteeFile  *file,
      HustingsTemplate       *template,
      gboolean                insert,
      GError                **error)
{
  g_autofree char *now = hustings_timestamp_now ();
  g_autofree char *name = NULL;
  HustingsTemplateKind kind;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HUSTINGS_IS_TEMPLATE (template), FALSE);

  if (!hustings_template_validate (template, error) ||
      !hustings_committee_file_check_writable (file, error))
    return FALSE;
  if (!insert && hustings_template_get_id (template) <= 0)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
                   _("The template “%s” is not saved in this committee file"),
                   hustings_template_get_name (template));
      return FALSE;
    }
  if (!hustings_committee_file_begin (file, error))
    return FALSE;

  stmt = hustings_committee_file_prepare (file, insert
    ? "INSERT INTO template (name, kind, subject, body, created_at, updated_at)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?5)"
    : "UPDATE template SET name = ?1, kind = ?2, subject = ?3, body = ?4, updated_at = ?5"
      " WHERE id = ?6", error);
  if (stmt == NULL)
    {
      hustings_committee_file_end_unchanged (file);
      return FALSE;
    }
  name = g_strstrip (g_strdup (hustings_template_get_name (template)));
  kind = hustings_template_get_kind (template);
  hustings_bind_text (stmt, 1, name);
  hustings_bind_text (stmt, 2, hustings_template_kind_to_string (kind));
  hustings_bind_text (stmt, 3, hustings_template_get_subject (template));
  hustings_bind_text (stmt, 4, hustings_template_get_body (template));
  hustings_bind_text (stmt, 5, now);
  if (!insert)
    sqlite3_bind_int64 (stmt, 6, hustings_template_get_id (template));
  if (!write_row (file, stmt, name, error))
    return FALSE;

  if (insert)
    {
      hustings_template_set_id (template,
                                sqlite3_last_insert_rowid (hustings_committee_file_get_db (file)));
      hustings_template_set_timestamps (template, now, now);
    }
  else
    hustings_template_set_timestamps (template, hustings_template_get_created_at (template), now);
  hustings_template_set_name (template, name);
  return TRUE;
}

gboolean
hustings_template_store_add (HustingsCommitteeFile  *file,
                             HustingsTemplate       *template,
                             GError                **error)
{
  return save (file, template, TRUE, error);
}

gboolean
hustings_template_store_update (HustingsCommitteeFile  *file,
                                HustingsTemplate       *template,
                                GError                **error)
{
  return save (file, template, FALSE, error);
}

gboolean
hustings_template_store_delete (HustingsCommitteeFile  *file,
                                gint64                  id,
                                GError                **error)
{
  sqlite3_stmt *stmt;

  if (!hustings_committee_file_check_writable (file, error) ||
      !hustings_committee_file_begin (file, error))
    return FALSE;
  stmt = hustings_committee_file_prepare (file, "DELETE FROM template WHERE id = ?1", error);
  if (stmt == NULL)
    {
      hustings_committee_file_end_unchanged (file);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      hustings_committee_file_end_unchanged (file);
      return hustings_committee_file_set_sql_error (file, error);
    }
  sqlite3_reset (stmt);
  if (sqlite3_changes (hustings_committee_file_get_db (file)) == 0)
    {
      hustings_committee_file_end_unchanged (file);
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
                   _("Template %" G_GINT64_FORMAT " is not in this committee file"), id);
      return FALSE;
    }
  hustings_committee_file_changed (file, HUSTINGS_CHANGED_OUTREACH);
  return hustings_committee_file_commit (file, error);
}

HustingsTemplate *
hustings_template_store_get (HustingsCommitteeFile  *file,
                             const char             *name,
                             GError                **error)
{
  g_autoptr(GPtrArray) builtins = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (name != NULL, NULL);

  stmt = hustings_committee_file_prepare (file,
    "SELECT " TEMPLATE_COLUMNS " FROM template WHERE name = ?1", error);
  if (stmt == NULL)
    return NULL;
  hustings_bind_text (stmt, 1, name);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      HustingsTemplate *template = template_from_row (stmt);

      sqlite3_reset (stmt);
      return template;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hustings_committee_file_set_sql_error (file, error);
      return NULL;
    }

  builtins = hustings_template_builtins ();
  for (guint i = 0; i < builtins->len; i++)
    {
      HustingsTemplate *builtin = g_ptr_array_index (builtins, i);

      if (g_ascii_strcasecmp (hustings_template_get_name (builtin), name) == 0)
        return g_object_ref (builtin);
    }
  g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
               _("There is no template named “%s”"), name);
  return NULL;
}

/* Letters first, then by name whatever the case. */
static int
compare_templates (gconstpointer a,
                   gconstpointer b)
{
  HustingsTemplate *ta = *(HustingsTemplate **) a;
  HustingsTemplate *tb = *(HustingsTemplate **) b;
  g_autofree char *na = NULL, *nb = NULL;

  if (hustings_template_get_kind (ta) != hustings_template_get_kind (tb))
    return (int) hustings_template_get_kind (ta) - (int) hustings_template_get_kind (tb);
  na = g_utf8_casefold (hustings_template_get_name (ta), -1);
  nb = g_utf8_casefold (hustings_template_get_name (tb), -1);
  return g_utf8_collate (na, nb);
}

GPtrArray *
hustings_template_store_list (HustingsCommitteeFile  *file,
                              gboolean                all_kinds,
                              HustingsTemplateKind    kind,
                              GError                **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) builtins = hustings_template_builtins ();
  guint n_saved;
  sqlite3_stmt *stmt;
  int rc;

  stmt = hustings_committee_file_prepare (file,
    "SELECT " TEMPLATE_COLUMNS " FROM template", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, template_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hustings_committee_file_set_sql_error (file, error);
      return NULL;
    }

  n_saved = list->len;
  for (guint i = 0; i < builtins->len; i++)
    {
      HustingsTemplate *builtin = g_ptr_array_index (builtins, i);
      gboolean replaced = FALSE;

      for (guint j = 0; j < n_saved && !replaced; j++)
        replaced = g_ascii_strcasecmp (hustings_template_get_name (g_ptr_array_index (list, j)),
                                       hustings_template_get_name (builtin)) == 0;
      if (!replaced)
        g_ptr_array_add (list, g_object_ref (builtin));
    }
  for (guint i = list->len; i > 0; i--)
    if (!all_kinds && hustings_template_get_kind (g_ptr_array_index (list, i - 1)) != kind)
      g_ptr_array_remove_index (list, i - 1);
  g_ptr_array_sort (list, compare_templates);
  return g_steal_pointer (&list);
}
