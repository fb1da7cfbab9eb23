/* hustings-volunteer-store.c: volunteers in a committee file. All volunteer SQL lives here.
 *
 * A campaign has hundreds of volunteers, a few thousand at most: a list goes through them all
 * by name and lets through those the filter wants, the skills and the day's availability
 * read in one query each, the search answered by the contacts' full-text index.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-volunteer-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hustings-committee-file-private.h"
#include "hustings-contact-store.h"
#include "hustings-dates.h"
#include "hustings-error.h"
#include "hustings-event-private.h"
#include "hustings-volunteer-private.h"
#include "hustings-volunteer-store.h"

/* ---- Reading ---- */

static void
read_skills (HustingsCommitteeFile *file,
             HustingsVolunteer     *volunteer)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) skills = NULL;
  sqlite3_stmt *stmt;

  stmt = hustings_committee_file_prepare (file,
    "SELECT skill FROM volunteer_skill WHERE contact_id = ?1", NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, hustings_volunteer_get_contact_id (volunteer));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (builder, hustings_column_text (stmt, 0));
  sqlite3_reset (stmt);
  skills = g_strv_builder_end (builder);
  hustings_volunteer_set_skills (volunteer, (const char * const *) skills);
}

static void
read_availability (HustingsCommitteeFile *file,
                   HustingsVolunteer     *volunteer)
{
  sqlite3_stmt *stmt;

  stmt = hustings_committee_file_prepare (file,
    "SELECT weekday, starts, ends FROM volunteer_availability WHERE contact_id = ?1"
    " ORDER BY weekday, starts", NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, hustings_volunteer_get_contact_id (volunteer));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    hustings_volunteer_add_availability (volunteer, sqlite3_column_int (stmt, 0),
                                         hustings_column_text (stmt, 1),
                                         hustings_column_text (stmt, 2));
  sqlite3_reset (stmt);
}

void
hustings_volunteer_store_totals (HustingsCommitteeFile *file,
                                 gint64                 contact_id,
                                 gint64                *out_minutes,
                                 guint                 *out_worked,
                                 guint                 *out_signups)
{
  gint64 minutes = 0;
  guint worked = 0, signups = 0;
  sqlite3_stmt *stmt;

  g_return_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file));

  stmt = hustings_committee_file_prepare (file,
    "SELECT coalesce(sum(minutes) FILTER (WHERE checked_in_at IS NOT NULL), 0),"
    " count(*) FILTER (WHERE checked_in_at IS NOT NULL), count(*)"
    " FROM shift_signup WHERE contact_id = ?1", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, contact_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          minutes = sqlite3_column_int64 (stmt, 0);
          worked = sqlite3_column_int (stmt, 1);
          signups = sqlite3_column_int (stmt, 2);
        }
      sqlite3_reset (stmt);
    }
  if (out_minutes != NULL)
    *out_minutes = minutes;
  if (out_worked != NULL)
    *out_worked = worked;
  if (out_signups != NULL)
    *out_signups = signups;
}

HustingsVolunteer *
hustings_volunteer_store_get (HustingsCommitteeFile *file,
                              gint64                 contact_id,
                              GError               **error)
{
  HustingsVolunteer *volunteer;
  HustingsVolunteerStatus status = HUSTINGS_VOLUNTEER_ACTIVE;
  sqlite3_stmt *stmt;
  gint64 minutes;
  guint worked;
  int rc;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  stmt = hustings_committee_file_prepare (file,
    "SELECT c.display_name, " HUSTINGS_FIRST_EMAIL_SQL ("v.contact_id") ", "
    HUSTINGS_FIRST_PHONE_SQL ("v.contact_id") ", v.status, v.since, v.emergency_name,"
    " v.emergency_phone, v.notes"
    " FROM volunteer v JOIN contact c ON c.id = v.contact_id WHERE v.contact_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
                     _("Contact %" G_GINT64_FORMAT " is not a volunteer"), contact_id);
      else
        hustings_committee_file_set_sql_error (file, error);
      sqlite3_reset (stmt);
      return NULL;
    }

  volunteer = hustings_volunteer_new (contact_id);
  hustings_volunteer_set_contact (volunteer, hustings_column_text (stmt, 0),
                                  hustings_column_text (stmt, 1),
                                  hustings_column_text (stmt, 2));
  hustings_volunteer_status_from_string (hustings_column_text (stmt, 3), &status);
  hustings_volunteer_set_status (volunteer, status);
  hustings_volunteer_set_since (volunteer, hustings_column_text (stmt, 4));
  hustings_volunteer_set_emergency_name (volunteer, hustings_column_text (stmt, 5));
  hustings_volunteer_set_emergency_phone (volunteer, hustings_column_text (stmt, 6));
  hustings_volunteer_set_notes (volunteer, hustings_column_text (stmt, 7));
  sqlite3_reset (stmt);

  read_skills (file, volunteer);
  read_availability (file, volunteer);
  hustings_volunteer_store_totals (file, contact_id, &minutes, &worked, NULL);
  hustings_volunteer_set_worked (volunteer, minutes, worked);
  return volunteer;
}

gboolean
hustings_volunteer_store_is_volunteer (HustingsCommitteeFile *file,
                                       gint64                 contact_id)
{
  sqlite3_stmt *stmt;
  gboolean found;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), FALSE);

  stmt = hustings_committee_file_prepare (file,
    "SELECT 1 FROM volunteer WHERE contact_id = ?1", NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

GListModel *
hustings_volunteer_store_history (HustingsCommitteeFile *file,
                                  gint64                 contact_id)
{
  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);
  g_return_val_if_fail (contact_id > 0, NULL);

  return hustings_event_store_read_signups (file, 0, contact_id);
}

GStrv
hustings_volunteer_store_list_skills (HustingsCommitteeFile *file)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  stmt = hustings_committee_file_prepare (file,
    "SELECT min(skill) FROM volunteer_skill GROUP BY skill ORDER BY skill", NULL);
  if (stmt != NULL)
    {
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_strv_builder_add (builder, hustings_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  return g_strv_builder_end (builder);
}

/* ---- Listing ---- */

/* A set of contact ids (gint64 keys owned by the set). */
static GHashTable *
id_set_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

static void
id_set_add (GHashTable *set,
            gint64      id)
{
  g_hash_table_add (set, g_memdup2 (&id, sizeof id));
}

/* Those who have skill. */
static GHashTable *
with_skill (HustingsCommitteeFile *file,
            const char            *skill)
{
  g_autofree char *normalized = hustings_volunteer_skill_normalize (skill);
  GHashTable *set = id_set_new ();
  sqlite3_stmt *stmt;

  stmt = hustings_committee_file_prepare (file,
    "SELECT contact_id FROM volunteer_skill WHERE skill = ?1", NULL);
  if (stmt == NULL)
    return set;
  hustings_bind_text (stmt, 1, normalized);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    id_set_add (set, sqlite3_column_int64 (stmt, 0));
  sqlite3_reset (stmt);
  return set;
}

/* Those free on weekday from to to (see HustingsVolunteerFilter). */
static GHashTable *
available (HustingsCommitteeFile *file,
           guint                  weekday,
           const char            *from,
           const char            *to)
{
  GHashTable *set = id_set_new ();
  sqlite3_stmt *stmt;

  stmt = hustings_committee_file_prepare (file,
    "SELECT contact_id, starts, ends FROM volunteer_availability WHERE weekday = ?1", NULL);
  if (stmt == NULL)
    return set;
  sqlite3_bind_int (stmt, 1, weekday);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    if (hustings_availability_covers (hustings_column_text (stmt, 1),
                                      hustings_column_text (stmt, 2), from, to))
      id_set_add (set, sqlite3_column_int64 (stmt, 0));
  sqlite3_reset (stmt);
  return set;
}

/* Those the contacts search finds. */
static GHashTable *
found_by_search (HustingsCommitteeFile *file,
                 const char            *search)
{
  g_autoptr(GArray) ids = hustings_contact_store_search_ids (file, search);
  GHashTable *set = id_set_new ();

  for (guint i = 0; i < ids->len; i++)
    id_set_add (set, g_array_index (ids, gint64, i));
  return set;
}

GArray *
hustings_volunteer_store_list_ids (HustingsCommitteeFile         *file,
                                   const HustingsVolunteerFilter *filter)
{
  static const HustingsVolunteerFilter everyone = { 0 };
  g_autoptr(GPtrArray) sets = g_ptr_array_new_with_free_func (
                                (GDestroyNotify) g_hash_table_unref);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), ids);

  if (filter == NULL)
    filter = &everyone;
  if (filter->search != NULL && *filter->search != '\0')
    g_ptr_array_add (sets, found_by_search (file, filter->search));
  for (guint i = 0; filter->skills != NULL && filter->skills[i] != NULL; i++)
    g_ptr_array_add (sets, with_skill (file, filter->skills[i]));
  if (filter->weekday >= 1 && filter->weekday <= 7)
    g_ptr_array_add (sets, available (file, filter->weekday, filter->from, filter->to));

  stmt = hustings_committee_file_prepare (file,
    "SELECT v.contact_id, v.status FROM volunteer v CROSS JOIN contact c ON c.id = v.contact_id"
    " ORDER BY c.sort_name, c.id", NULL);
  if (stmt == NULL)
    return ids;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      HustingsVolunteerStatus status = HUSTINGS_VOLUNTEER_ACTIVE;
      gboolean wanted;

      hustings_volunteer_status_from_string (hustings_column_text (stmt, 1), &status);
      wanted = filter->statuses == 0 || (filter->statuses & (1u << status)) != 0;
      for (guint i = 0; i < sets->len && wanted; i++)
        wanted = g_hash_table_contains (g_ptr_array_index (sets, i), &id);
      if (wanted)
        g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  return ids;
}

/* ---- Saving ---- */

static gboolean
write_volunteer (HustingsCommitteeFile  *file,
                 HustingsVolunteer      *volunteer,
                 GError                **error)
{
  gint64 contact_id = hustings_volunteer_get_contact_id (volunteer);
  const char * const *skills = hustings_volunteer_get_skills (volunteer);
  const GArray *availability = hustings_volunteer_get_availability (volunteer);
  g_autofree char *now = hustings_timestamp_now ();
  sqlite3_stmt *stmt;

  stmt = hustings_committee_file_prepare (file,
    "INSERT INTO volunteer (contact_id, status, emergency_name, emergency_phone, notes, since,"
    " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
    " ON CONFLICT (contact_id) DO UPDATE SET status = excluded.status,"
    " emergency_name = excluded.emergency_name, emergency_phone = excluded.emergency_phone,"
    " notes = excluded.notes, since = excluded.since, updated_at = excluded.updated_at", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  hustings_bind_static (stmt, 2, hustings_volunteer_status_to_string (
                                   hustings_volunteer_get_status (volunteer)));
  hustings_bind_text (stmt, 3, hustings_volunteer_get_emergency_name (volunteer));
  hustings_bind_text (stmt, 4, hustings_volunteer_get_emergency_phone (volunteer));
  hustings_bind_text (stmt, 5, hustings_volunteer_get_notes (volunteer));
  hustings_bind_text (stmt, 6, hustings_volunteer_get_since (volunteer));
  hustings_bind_text (stmt, 7, now);
  if (!hustings_committee_file_run (file, stmt, error))
    return FALSE;

  stmt = hustings_committee_file_prepare (file,
    "DELETE FROM volunteer_skill WHERE contact_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  if (!hustings_committee_file_run (file, stmt, error))
    return FALSE;
  for (guint i = 0; skills[i] != NULL; i++)
    {
      stmt = hustings_committee_file_prepare (file,
        "INSERT INTO volunteer_skill (contact_id, skill) VALUES (?1, ?2)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, contact_id);
      hustings_bind_text (stmt, 2, skills[i]);
      if (!hustings_committee_file_run (file, stmt, error))
        return FALSE;
    }

  stmt = hustings_committee_file_prepare (file,
    "DELETE FROM volunteer_availability WHERE contact_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  if (!hustings_committee_file_run (file, stmt, error))
    return FALSE;
  for (guint i = 0; i < availability->len; i++)
    {
      const HustingsAvailability *a = &g_array_index (availability, HustingsAvailability, i);

      stmt = hustings_committee_file_prepare (file,
        "INSERT INTO volunteer_availability (contact_id, weekday, starts, ends)"
        " VALUES (?1, ?2, ?3, ?4)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, contact_id);
      sqlite3_bind_int (stmt, 2, a->weekday);
      hustings_bind_text (stmt, 3, a->starts);
      hustings_bind_text (stmt, 4, a->ends);
      if (!hustings_committee_file_run (file, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
hustings_volunteer_store_save (HustingsCommitteeFile  *file,
                               HustingsVolunteer      *volunteer,
                               GError                **error)
{
  gint64 contact_id;
  sqlite3_stmt *stmt;
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  g_autofree char *phone = NULL;

  g_return_val_if_fail (HUSTINGS_IS_VOLUNTEER (volunteer), FALSE);

  contact_id = hustings_volunteer_get_contact_id (volunteer);
  if (!hustings_committee_file_begin (file, error))
    return FALSE;

  stmt = hustings_committee_file_prepare (file,
    "SELECT display_name, " HUSTINGS_FIRST_EMAIL_SQL ("id") ", " HUSTINGS_FIRST_PHONE_SQL ("id")
    " FROM contact WHERE id = ?1", error);
  if (stmt == NULL)
    goto unchanged;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("Choose the contact who volunteers: every volunteer is a contact"));
      goto unchanged;
    }
  name = g_strdup (hustings_column_text (stmt, 0));
  email = g_strdup (hustings_column_text (stmt, 1));
  phone = g_strdup (hustings_column_text (stmt, 2));
  sqlite3_reset (stmt);
  if (!hustings_volunteer_check (volunteer, error))
    goto unchanged;

  if (!write_volunteer (file, volunteer, error))
    {
      hustings_committee_file_rollback (file);
      return FALSE;
    }
  hustings_committee_file_changed (file, HUSTINGS_CHANGED_VOLUNTEERS);
  if (!hustings_committee_file_commit (file, error))
    return FALSE;
  hustings_volunteer_set_contact (volunteer, name, email, phone);
  return TRUE;

unchanged:
  hustings_committee_file_end_unchanged (file);
  return FALSE;
}

gboolean
hustings_volunteer_store_stop (HustingsCommitteeFile  *file,
                               gint64                  contact_id,
                               GError                **error)
{
  sqlite3_stmt *stmt;

  if (!hustings_committee_file_begin (file, error))
    return FALSE;
  stmt = hustings_committee_file_prepare (file,
    "DELETE FROM volunteer WHERE contact_id = ?1", error);
  if (stmt == NULL)
    goto unchanged;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  if (!hustings_committee_file_run (file, stmt, error))
    {
      hustings_committee_file_rollback (file);
      return FALSE;
    }
  if (sqlite3_changes (hustings_committee_file_get_db (file)) == 0)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
                   _("Contact %" G_GINT64_FORMAT " is not a volunteer"), contact_id);
      goto unchanged;
    }
  hustings_committee_file_changed (file, HUSTINGS_CHANGED_VOLUNTEERS);
  return hustings_committee_file_commit (file, error);

unchanged:
  hustings_committee_file_end_unchanged (file);
  return FALSE;
}
