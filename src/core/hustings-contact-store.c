/* hustings-contact-store.c: contacts in a committee file. All contact SQL lives here.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-contact-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hustings-committee-file-private.h"
#include "hustings-contact-private.h"
#include "hustings-contact-store.h"
#include "hustings-dates.h"
#include "hustings-error.h"

/* Column list shared by every SELECT that builds a whole contact, in HustingsContactField
 * order, then entity_type, created_at, updated_at, last_gift_date, the cycle total,
 * multicandidate, country, district and email opt-out: CONTACT_N_COLUMNS in all. */
#define CONTACT_COLUMNS \
  "c.prefix, c.first_name, c.middle_name, c.last_name, c.suffix, c.org_name, c.street1," \
  " c.street2, c.city, c.state, c.zip, c.employer, c.occupation, c.fec_id, c.notes," \
  " c.entity_type, c.created_at, c.updated_at, c.last_gift_date, coalesce(t.total_cents, 0)," \
  " c.multicandidate, c.country, c.district, c.email_opt_out_at"
#define CONTACT_N_COLUMNS (HUSTINGS_CONTACT_N_FIELDS + 9)
#define CONTACT_FROM \
  " FROM contact c LEFT JOIN contact_total t ON t.contact_id = c.id AND t.period = ?2" \
  " WHERE c.id = ?1"

static char *
cycle_period (HustingsCommitteeFile *file)
{
  const HustingsCommittee *committee = hustings_committee_file_peek_committee (file);

  return g_strdup_printf ("C:%d", hustings_committee_active_cycle (committee));
}

static HustingsContact *
contact_from_row (sqlite3_stmt *stmt, gint64 id)
{
  HustingsEntityType type = HUSTINGS_ENTITY_IND;
  HustingsContact *contact;
  const int base = HUSTINGS_CONTACT_N_FIELDS;

  hustings_entity_type_from_code (hustings_column_text (stmt, base), &type);
  contact = hustings_contact_new (type);
  hustings_contact_set_id (contact, id);
  for (guint i = 0; i < HUSTINGS_CONTACT_N_FIELDS; i++)
    hustings_contact_set_field (contact, i, hustings_column_text (stmt, i));
  hustings_contact_set_timestamps (contact, hustings_column_text (stmt, base + 1),
                                   hustings_column_text (stmt, base + 2));
  hustings_contact_set_giving (contact, sqlite3_column_int64 (stmt, base + 4),
                               (const char *) sqlite3_column_text (stmt, base + 3));
  hustings_contact_set_multicandidate (contact, sqlite3_column_int (stmt, base + 5));
  hustings_contact_set_country (contact, hustings_column_text (stmt, base + 6));
  hustings_contact_set_district (contact, hustings_column_text (stmt, base + 7));
  hustings_contact_set_email_opt_out_at (contact,
                                         (const char *) sqlite3_column_text (stmt, base + 8));
  return contact;
}

static GStrv
read_strings (HustingsCommitteeFile *file, const char *sql, gint64 contact_id)
{
  sqlite3_stmt *stmt = hustings_committee_file_prepare (file, sql, NULL);
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv result;

  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, contact_id);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_strv_builder_add (builder, hustings_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return result;
}

HustingsContact *
hustings_contact_store_get (HustingsCommitteeFile *file,
                            gint64                 contact_id,
                            GError               **error)
{
  g_autofree char *period = cycle_period (file);
  HustingsContact *contact;
  sqlite3_stmt *stmt;
  int rc;

  stmt = hustings_committee_file_prepare (file, "SELECT " CONTACT_COLUMNS CONTACT_FROM, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  hustings_bind_text (stmt, 2, period);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
                     _("Contact %" G_GINT64_FORMAT " is not in this committee file"), contact_id);
      else
        hustings_committee_file_set_sql_error (file, error);
      sqlite3_reset (stmt);
      return NULL;
    }
  contact = contact_from_row (stmt, contact_id);
  sqlite3_reset (stmt);

  hustings_contact_take_emails (contact, read_strings (file,
    "SELECT email FROM contact_email WHERE contact_id = ?1 ORDER BY position, id", contact_id));
  hustings_contact_take_phones (contact, read_strings (file,
    "SELECT phone FROM contact_phone WHERE contact_id = ?1 ORDER BY position, id", contact_id));
  hustings_contact_take_tags (contact, read_strings (file,
    "SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
    " WHERE ct.contact_id = ?1 ORDER BY t.name", contact_id));
  return contact;
}

HustingsContact *
hustings_contact_store_get_summary (HustingsCommitteeFile *file,
                                    gint64                 contact_id)
{
  g_autofree char *period = cycle_period (file);
  HustingsContact *contact = NULL;
  sqlite3_stmt *stmt;

  stmt = hustings_committee_file_prepare (file, "SELECT " CONTACT_COLUMNS CONTACT_FROM, NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  hustings_bind_text (stmt, 2, period);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    contact = contact_from_row (stmt, contact_id);
  sqlite3_reset (stmt);
  return contact;
}

static gboolean
insert_strings (HustingsCommitteeFile *file,
                const char            *sql,
                gint64                 contact_id,
                const char * const    *items,
                GError               **error)
{
  for (guint i = 0; items[i]; i++)
    {
      sqlite3_stmt *stmt = hustings_committee_file_prepare (file, sql, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, contact_id);
      sqlite3_bind_int (stmt, 2, (int) i);
      hustings_bind_text (stmt, 3, items[i]);
      if (!hustings_committee_file_run (file, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
store_lists (HustingsCommitteeFile *file,
             HustingsContact       *contact,
             gint64                 id,
             GError               **error)
{
  const char * const *tags = hustings_contact_get_tags (contact);

  if (!insert_strings (file, "INSERT INTO contact_email (contact_id, position, email)"
                             " VALUES (?1, ?2, ?3)",
                       id, hustings_contact_get_emails (contact), error) ||
      !insert_strings (file, "INSERT INTO contact_phone (contact_id, position, phone)"
                             " VALUES (?1, ?2, ?3)",
                       id, hustings_contact_get_phones (contact), error))
    return FALSE;

  for (guint i = 0; tags[i]; i++)
    {
      sqlite3_stmt *stmt = hustings_committee_file_prepare (file,
        "INSERT INTO tag (name) VALUES (?1) ON CONFLICT (name) DO NOTHING", error);

      if (stmt == NULL)
        return FALSE;
      hustings_bind_text (stmt, 1, tags[i]);
      if (!hustings_committee_file_run (file, stmt, error))
        return FALSE;

      stmt = hustings_committee_file_prepare (file,
        "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id)"
        " SELECT ?1, id FROM tag WHERE name = ?2", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      hustings_bind_text (stmt, 2, tags[i]);
      if (!hustings_committee_file_run (file, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static void
bind_fields (sqlite3_stmt *stmt, HustingsContact *contact)
{
  g_autofree char *sort_name = hustings_contact_dup_sort_name (contact);

  for (guint i = 0; i < HUSTINGS_CONTACT_N_FIELDS; i++)
    hustings_bind_text (stmt, (int) i + 1, hustings_contact_get_field (contact, i));
  hustings_bind_text (stmt, HUSTINGS_CONTACT_N_FIELDS + 1,
                      hustings_entity_type_to_code (hustings_contact_get_entity_type (contact)));
  hustings_bind_text (stmt, HUSTINGS_CONTACT_N_FIELDS + 2, sort_name);
  hustings_bind_text (stmt, HUSTINGS_CONTACT_N_FIELDS + 3,
                      hustings_contact_get_display_name (contact));
  /* + 4 and + 5 are the statement's own: the time, and the id of an update. */
  sqlite3_bind_int (stmt, HUSTINGS_CONTACT_N_FIELDS + 6,
                    hustings_contact_get_multicandidate (contact));
  hustings_bind_text (stmt, HUSTINGS_CONTACT_N_FIELDS + 7, hustings_contact_get_country (contact));
  hustings_bind_text (stmt, HUSTINGS_CONTACT_N_FIELDS + 8, hustings_contact_get_district (contact));
  if (hustings_contact_get_email_opt_out_at (contact) != NULL)
    hustings_bind_text (stmt, HUSTINGS_CONTACT_N_FIELDS + 9,
                        hustings_contact_get_email_opt_out_at (contact));
}

#define FIELD_COLUMNS \
  "prefix, first_name, middle_name, last_name, suffix, org_name, street1, street2, city," \
  " state, zip, employer, occupation, fec_id, notes, entity_type, sort_name, display_name"

gboolean
hustings_contact_store_add (HustingsCommitteeFile *file,
                            HustingsContact       *contact,
                            GError               **error)
{
  g_autofree char *now = hustings_timestamp_now ();
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (HUSTINGS_IS_CONTACT (contact), FALSE);

  if (!hustings_committee_file_check_writable (file, error) ||
      !hustings_contact_validate (contact, error) ||
      !hustings_committee_file_begin (file, error))
    return FALSE;

  stmt = hustings_committee_file_prepare (file,
    "INSERT INTO contact (" FIELD_COLUMNS ", created_at, updated_at, multicandidate, country,"
    " district, email_opt_out_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
    " ?18, ?19, ?19, ?21, ?22, ?23, ?24)", error);
  if (stmt == NULL)
    goto unchanged;
  bind_fields (stmt, contact);
  hustings_bind_text (stmt, HUSTINGS_CONTACT_N_FIELDS + 4, now);
  if (!hustings_committee_file_run (file, stmt, error))
    goto unchanged;
  id = sqlite3_last_insert_rowid (hustings_committee_file_get_db (file));

  if (!store_lists (file, contact, id, error))
    goto failed;

  hustings_committee_file_changed (file, HUSTINGS_CHANGED_CONTACTS);
  if (!hustings_committee_file_commit (file, error))
    return FALSE;

  hustings_contact_set_id (contact, id);
  hustings_contact_set_timestamps (contact, now, now);
  return TRUE;

failed:
  hustings_committee_file_rollback (file);
  return FALSE;

unchanged:
  hustings_committee_file_end_unchanged (file);
  return FALSE;
}

gboolean
hustings_contact_store_update (HustingsCommitteeFile *file,
                               HustingsContact       *contact,
                               GError               **error)
{
  g_autofree char *now = hustings_timestamp_now ();
  gint64 id = hustings_contact_get_id (contact);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HUSTINGS_IS_CONTACT (contact), FALSE);

  if (!hustings_committee_file_check_writable (file, error) ||
      !hustings_contact_validate (contact, error) ||
      !hustings_committee_file_begin (file, error))
    return FALSE;

  stmt = hustings_committee_file_prepare (file,
    "UPDATE contact SET prefix = ?1, first_name = ?2, middle_name = ?3, last_name = ?4,"
    " suffix = ?5, org_name = ?6, street1 = ?7, street2 = ?8, city = ?9, state = ?10,"
    " zip = ?11, employer = ?12, occupation = ?13, fec_id = ?14, notes = ?15,"
    " entity_type = ?16, sort_name = ?17, display_name = ?18, updated_at = ?19,"
    " multicandidate = ?21, country = ?22, district = ?23, email_opt_out_at = ?24,"
    " batch_id = NULL" /* edited since it was imported: undoing the import keeps it */
    " WHERE id = ?20", error);
  if (stmt == NULL)
    goto unchanged;
  bind_fields (stmt, contact);
  hustings_bind_text (stmt, HUSTINGS_CONTACT_N_FIELDS + 4, now);
  sqlite3_bind_int64 (stmt, HUSTINGS_CONTACT_N_FIELDS + 5, id);
  if (!hustings_committee_file_run (file, stmt, error))
    goto unchanged;
  if (sqlite3_changes (hustings_committee_file_get_db (file)) == 0)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
                   _("Contact %" G_GINT64_FORMAT " is not in this committee file"), id);
      goto unchanged;
    }

#define CLEAR(sql) \
  ((stmt = hustings_committee_file_prepare (file, sql, error)) != NULL && \
   (sqlite3_bind_int64 (stmt, 1, id), hustings_committee_file_run (file, stmt, error)))
  if (!CLEAR ("DELETE FROM contact_email WHERE contact_id = ?1") ||
      !CLEAR ("DELETE FROM contact_phone WHERE contact_id = ?1") ||
      !CLEAR ("DELETE FROM contact_tag WHERE contact_id = ?1") ||
      !store_lists (file, contact, id, error))
    goto failed;
#undef CLEAR

  hustings_committee_file_changed (file, HUSTINGS_CHANGED_CONTACTS);
  if (!hustings_committee_file_commit (file, error))
    return FALSE;
  hustings_contact_set_timestamps (contact, hustings_contact_get_created_at (contact), now);
  return TRUE;

failed:
  hustings_committee_file_rollback (file);
  return FALSE;

unchanged:
  hustings_committee_file_end_unchanged (file);
  return FALSE;
}

gboolean
hustings_contact_store_delete (HustingsCommitteeFile *file,
                               gint64                 contact_id,
                               GError               **error)
{
  sqlite3_stmt *stmt;
  gboolean had_donations = FALSE;
  gboolean had_disbursements = FALSE;

  if (!hustings_committee_file_check_writable (file, error) ||
      !hustings_committee_file_begin (file, error))
    return FALSE;

  stmt = hustings_committee_file_prepare (file,
    "SELECT EXISTS (SELECT 1 FROM donation WHERE contact_id = ?1),"
    " EXISTS (SELECT 1 FROM disbursement WHERE contact_id = ?1)", error);
  if (stmt == NULL)
    goto unchanged;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      had_donations = sqlite3_column_int (stmt, 0) != 0;
      had_disbursements = sqlite3_column_int (stmt, 1) != 0;
    }
  sqlite3_reset (stmt);

  stmt = hustings_committee_file_prepare (file, "DELETE FROM contact WHERE id = ?1", error);
  if (stmt == NULL)
    goto unchanged;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  if (!hustings_committee_file_run (file, stmt, error))
    goto unchanged;
  if (sqlite3_changes (hustings_committee_file_get_db (file)) == 0)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
                   _("Contact %" G_GINT64_FORMAT " is not in this committee file"), contact_id);
      goto unchanged;
    }

  hustings_committee_file_changed (file, HUSTINGS_CHANGED_CONTACTS |
                                   (had_donations ? HUSTINGS_CHANGED_DONATIONS : 0) |
                                   (had_disbursements ? HUSTINGS_CHANGED_DISBURSEMENTS : 0));
  return hustings_committee_file_commit (file, error);

unchanged:
  hustings_committee_file_end_unchanged (file);
  return FALSE;
}

gboolean
hustings_contact_store_set_email_opt_out (HustingsCommitteeFile *file,
                                          gint64                 contact_id,
                                          gboolean               opted_out,
                                          GError               **error)
{
  g_autofree char *now = hustings_timestamp_now ();
  sqlite3_stmt *stmt;

  if (!hustings_committee_file_check_writable (file, error) ||
      !hustings_committee_file_begin (file, error))
    return FALSE;

  stmt = hustings_committee_file_prepare (file,
    "UPDATE contact SET email_opt_out_at = CASE WHEN ?2 THEN coalesce(email_opt_out_at, ?3) END,"
    " updated_at = ?3 WHERE id = ?1", error);
  if (stmt == NULL)
    goto unchanged;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  sqlite3_bind_int (stmt, 2, opted_out != FALSE);
  hustings_bind_text (stmt, 3, now);
  if (!hustings_committee_file_run (file, stmt, error))
    goto unchanged;
  if (sqlite3_changes (hustings_committee_file_get_db (file)) == 0)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
                   _("Contact %" G_GINT64_FORMAT " is not in this committee file"), contact_id);
      goto unchanged;
    }
  hustings_committee_file_changed (file, HUSTINGS_CHANGED_CONTACTS);
  return hustings_committee_file_commit (file, error);

unchanged:
  hustings_committee_file_end_unchanged (file);
  return FALSE;
}

static GArray *
collect_ids (sqlite3_stmt *stmt)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  return ids;
}

/* Contacts by this cycle's total, ties by id: as "LEFT JOIN contact_total ORDER BY
 * coalesce(total, 0), id", which makes SQLite sort every contact. The donors come in order from
 * the totals index; everyone else has 0 and comes in id order; the two are merged. */
static GArray *
list_ids_by_cycle_total (HustingsCommitteeFile *file,
                         gboolean               descending)
{
  g_autofree char *period = cycle_period (file);
  g_autoptr(GArray) donors = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) totals = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) everyone = NULL;
  g_autoptr(GHashTable) is_donor = g_hash_table_new (g_int64_hash, g_int64_equal);
  GArray *ids;
  sqlite3_stmt *stmt;
  guint d = 0;

  stmt = hustings_committee_file_prepare (file,
    "SELECT contact_id, total_cents FROM contact_total WHERE period = ?1"
    " ORDER BY total_cents, contact_id", NULL);
  if (stmt == NULL)
    return g_array_new (FALSE, FALSE, sizeof (gint64));
  hustings_bind_text (stmt, 1, period);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gint64 total = sqlite3_column_int64 (stmt, 1);

      g_array_append_val (donors, id);
      g_array_append_val (totals, total);
    }
  sqlite3_reset (stmt);
  for (guint i = 0; i < donors->len; i++)
    g_hash_table_add (is_donor, &g_array_index (donors, gint64, i));

  stmt = hustings_committee_file_prepare (file, "SELECT id FROM contact ORDER BY id", NULL);
  if (stmt == NULL)
    return g_array_new (FALSE, FALSE, sizeof (gint64));
  everyone = collect_ids (stmt);

  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), everyone->len);
  for (guint i = 0; i < everyone->len; i++)
    {
      gint64 id = g_array_index (everyone, gint64, i);

      if (g_hash_table_contains (is_donor, &id))
        continue;
      /* Donors that sort before (0, id) go first. */
      while (d < donors->len &&
             (g_array_index (totals, gint64, d) < 0 ||
              (g_array_index (totals, gint64, d) == 0 && g_array_index (donors, gint64, d) < id)))
        g_array_append_val (ids, g_array_index (donors, gint64, d++));
      g_array_append_val (ids, id);
    }
  g_array_append_vals (ids, &g_array_index (donors, gint64, d), donors->len - d);

  if (descending)
    for (guint i = 0, j = ids->len; i + 1 < j; i++, j--)
      {
        gint64 t = g_array_index (ids, gint64, i);

        g_array_index (ids, gint64, i) = g_array_index (ids, gint64, j - 1);
        g_array_index (ids, gint64, j - 1) = t;
      }
  return ids;
}

GArray *
hustings_contact_store_list_ids (HustingsCommitteeFile *file,
                                 HustingsContactSort    sort,
                                 gboolean               descending)
{
  /* One literal per order so each is prepared once and SQLite can walk its index. */
  static const char * const queries[][2] = {
    [HUSTINGS_CONTACT_SORT_NAME] = {
      "SELECT id FROM contact ORDER BY sort_name, id",
      "SELECT id FROM contact ORDER BY sort_name DESC, id DESC" },
    [HUSTINGS_CONTACT_SORT_PLACE] = {
      "SELECT id FROM contact ORDER BY state, city, id",
      "SELECT id FROM contact ORDER BY state DESC, city DESC, id DESC" },
    [HUSTINGS_CONTACT_SORT_EMPLOYER] = {
      "SELECT id FROM contact ORDER BY employer COLLATE NOCASE, id",
      "SELECT id FROM contact ORDER BY employer COLLATE NOCASE DESC, id DESC" },
    [HUSTINGS_CONTACT_SORT_LAST_GIFT] = {
      "SELECT id FROM contact ORDER BY last_gift_date, id",
      "SELECT id FROM contact ORDER BY last_gift_date DESC, id DESC" },
  };
  sqlite3_stmt *stmt;

  g_return_val_if_fail (sort <= HUSTINGS_CONTACT_SORT_LAST_GIFT, NULL);

  if (sort == HUSTINGS_CONTACT_SORT_CYCLE_TOTAL)
    return list_ids_by_cycle_total (file, descending);

  stmt = hustings_committee_file_prepare (file, queries[sort][descending ? 1 : 0], NULL);
  if (stmt == NULL)
    return g_array_new (FALSE, FALSE, sizeof (gint64));
  return collect_ids (stmt);
}

/* Every word of text as a quoted FTS5 prefix term: `jo smi` -> `"jo"* "smi"*`. Words are
 * split where the index's tokenizer splits them, on anything not a letter or digit. */
static char *
fts_query (const char *text)
{
  GString *query = g_string_new (NULL);
  GString *word = g_string_new (NULL);

  for (const char *p = text ? text : "";; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      if (word->len > 0)
        {
          if (query->len > 0)
            g_string_append_c (query, ' ');
          g_string_append_printf (query, "\"%s\"*", word->str);
          g_string_truncate (word, 0);
        }
      if (c == 0)
        break;
    }
  g_string_free (word, TRUE);
  return g_string_free (query, FALSE);
}

GArray *
hustings_contact_store_search_ids (HustingsCommitteeFile *file,
                                   const char            *text)
{
  g_autofree char *query = fts_query (text);
  sqlite3_stmt *stmt;

  if (*query == '\0')
    return g_array_new (FALSE, FALSE, sizeof (gint64));

  stmt = hustings_committee_file_prepare (file,
    "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?1 ORDER BY rowid", NULL);
  if (stmt == NULL)
    return g_array_new (FALSE, FALSE, sizeof (gint64));
  hustings_bind_text (stmt, 1, query);
  return collect_ids (stmt);
}

GPtrArray *
hustings_contact_store_complete (HustingsCommitteeFile *file,
                                 const char            *text,
                                 guint                  limit)
{
  g_autofree char *words = fts_query (text);
  g_autofree char *query = NULL;
  g_autofree char *period = cycle_period (file);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  if (*words == '\0')
    return result;

  query = g_strdup_printf ("{name email}: %s", words);
  stmt = hustings_committee_file_prepare (file,
    "SELECT " CONTACT_COLUMNS ", c.id FROM contact_fts f"
    " JOIN contact c ON c.id = f.rowid"
    " LEFT JOIN contact_total t ON t.contact_id = c.id AND t.period = ?2"
    " WHERE contact_fts MATCH ?1 ORDER BY c.sort_name, c.id LIMIT ?3", NULL);
  if (stmt == NULL)
    return result;
  hustings_bind_text (stmt, 1, query);
  hustings_bind_text (stmt, 2, period);
  sqlite3_bind_int (stmt, 3, (int) limit);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (result,
                     contact_from_row (stmt, sqlite3_column_int64 (stmt,
                                                                   CONTACT_N_COLUMNS)));
  sqlite3_reset (stmt);
  return result;
}

static GStrv
split_list (sqlite3_stmt *stmt, int column)
{
  const char *joined = (const char *) sqlite3_column_text (stmt, column);

  return joined ? g_strsplit (joined, "\x1f", -1) : NULL;
}

/* The lists of a contact gathered in the same row, joined by the unit separator. */
#define CONTACT_LISTS \
  ", c.id," \
  " (SELECT group_concat(email, char(31)) FROM (SELECT email FROM contact_email" \
  "   WHERE contact_id = c.id ORDER BY position, id))," \
  " (SELECT group_concat(phone, char(31)) FROM (SELECT phone FROM contact_phone" \
  "   WHERE contact_id = c.id ORDER BY position, id))," \
  " (SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM contact_tag ct" \
  "   JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id ORDER BY t.name))" \
  " FROM contact c LEFT JOIN contact_total t ON t.contact_id = c.id AND t.period = ?2"

gboolean
hustings_contact_store_foreach (HustingsCommitteeFile *file,
                                const char            *search,
                                HustingsContactFunc    func,
                                gpointer               user_data,
                                GError               **error)
{
  g_autofree char *period = cycle_period (file);
  g_autofree char *query = search ? fts_query (search) : NULL;
  const int base = CONTACT_N_COLUMNS;
  sqlite3_stmt *stmt;
  int rc;

  if (query != NULL && *query == '\0')
    return TRUE;

  stmt = hustings_committee_file_prepare (file, query
    ? "SELECT " CONTACT_COLUMNS CONTACT_LISTS
      " WHERE c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?1) ORDER BY c.id"
    : "SELECT " CONTACT_COLUMNS CONTACT_LISTS " WHERE ?1 IS NULL ORDER BY c.id", error);
  if (stmt == NULL)
    return FALSE;
  if (query)
    hustings_bind_text (stmt, 1, query);
  hustings_bind_text (stmt, 2, period);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(HustingsContact) contact = contact_from_row (stmt,
                                                             sqlite3_column_int64 (stmt, base));

      hustings_contact_take_emails (contact, split_list (stmt, base + 1));
      hustings_contact_take_phones (contact, split_list (stmt, base + 2));
      hustings_contact_take_tags (contact, split_list (stmt, base + 3));
      if (!func (contact, user_data))
        break;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return hustings_committee_file_set_sql_error (file, error);
  return TRUE;
}

/* How many contacts foreach_ids reads in one query. */
#define FOREACH_BATCH 512

gboolean
hustings_contact_store_foreach_ids (HustingsCommitteeFile *file,
                                    GArray                *ids,
                                    HustingsContactFunc    func,
                                    gpointer               user_data,
                                    GError               **error)
{
  g_autofree char *period = cycle_period (file);
  g_autoptr(GHashTable) batch = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                       g_object_unref);
  g_autoptr(GString) json = g_string_new (NULL);
  const int base = CONTACT_N_COLUMNS;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ids != NULL, FALSE);

  stmt = hustings_committee_file_prepare (file,
    "SELECT " CONTACT_COLUMNS CONTACT_LISTS " WHERE c.id IN (SELECT value FROM json_each(?1))",
    error);
  if (stmt == NULL)
    return FALSE;

  for (guint start = 0; start < ids->len; start += FOREACH_BATCH)
    {
      guint end = MIN (start + FOREACH_BATCH, ids->len);
      int rc;

      g_string_assign (json, "[");
      for (guint i = start; i < end; i++)
        g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i > start ? "," : "",
                                g_array_index (ids, gint64, i));
      g_string_append_c (json, ']');
      hustings_bind_text (stmt, 1, json->str);
      hustings_bind_text (stmt, 2, period);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 contact_id = sqlite3_column_int64 (stmt, base);
          HustingsContact *contact = contact_from_row (stmt, contact_id);

          hustings_contact_take_emails (contact, split_list (stmt, base + 1));
          hustings_contact_take_phones (contact, split_list (stmt, base + 2));
          hustings_contact_take_tags (contact, split_list (stmt, base + 3));
          g_hash_table_insert (batch, g_memdup2 (&contact_id, sizeof contact_id), contact);
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        return hustings_committee_file_set_sql_error (file, error);

      for (guint i = start; i < end; i++)
        {
          HustingsContact *contact = g_hash_table_lookup (batch, &g_array_index (ids, gint64, i));

          if (contact != NULL && !func (contact, user_data))
            return TRUE;
        }
      g_hash_table_remove_all (batch);
    }
  return TRUE;
}

void
hustings_total_free (HustingsTotal *total)
{
  if (total == NULL)
    return;
  g_free (total->period);
  g_free (total);
}

static const char *
kind_prefix (HustingsTotalKind kind)
{
  switch (kind)
    {
    case HUSTINGS_TOTAL_ELECTION: return "E:";
    case HUSTINGS_TOTAL_CYCLE:    return "C:";
    case HUSTINGS_TOTAL_YEAR:
    default:                      return "Y:";
    }
}

GPtrArray *
hustings_contact_store_totals (HustingsCommitteeFile *file,
                               gint64                 contact_id,
                               HustingsTotalKind      kind)
{
  GPtrArray *totals = g_ptr_array_new_with_free_func ((GDestroyNotify) hustings_total_free);
  sqlite3_stmt *stmt;

  stmt = hustings_committee_file_prepare (file,
    "SELECT substr(period, 3), total_cents, gift_count FROM contact_total"
    " WHERE contact_id = ?1 AND substr(period, 1, 2) = ?2 ORDER BY period", NULL);
  if (stmt == NULL)
    return totals;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  hustings_bind_text (stmt, 2, kind_prefix (kind));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      HustingsTotal *total = g_new0 (HustingsTotal, 1);

      total->period = g_strdup (hustings_column_text (stmt, 0));
      total->total_cents = sqlite3_column_int64 (stmt, 1);
      total->gift_count = sqlite3_column_int64 (stmt, 2);
      g_ptr_array_add (totals, total);
    }
  sqlite3_reset (stmt);
  return totals;
}

gint64
hustings_contact_store_total (HustingsCommitteeFile *file,
                              gint64                 contact_id,
                              HustingsTotalKind      kind,
                              const char            *period)
{
  g_autofree char *key = g_strconcat (kind_prefix (kind), period, NULL);
  sqlite3_stmt *stmt;
  gint64 total = 0;

  stmt = hustings_committee_file_prepare (file,
    "SELECT total_cents FROM contact_total WHERE contact_id = ?1 AND period = ?2", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  hustings_bind_text (stmt, 2, key);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    total = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return total;
}

GStrv
hustings_contact_store_list_tags (HustingsCommitteeFile *file)
{
  return read_strings (file, "SELECT name FROM tag WHERE ?1 IS NOT NULL ORDER BY name", 0);
}
