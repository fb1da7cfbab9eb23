/* test-committee-file.c: creating, opening, refusing and protecting committee files.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <sqlite3.h>
#include <sys/stat.h>

#include "test-util.h"

static char *
checksum (const char *path)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (guchar *) data, len);
}

static void
sql (const char *path, const char *statement)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, statement, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* A committee file that is created and closed again, in a folder removed after the test. */
static char *
new_closed_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCommittee) c = test_committee ();
  char *dir = test_tmpdir ();
  char *path = g_build_filename (dir, "closed.hustings", NULL);
  HustingsCommitteeFile *file;

  g_test_queue_destroy ((GDestroyNotify) test_rm_rf, dir);
  file = hustings_committee_file_create (path, c, &error);
  g_assert_no_error (error);
  g_object_unref (file);
  return path;
}

static void
test_create (void)
{
  g_autofree char *path = NULL;
  HustingsCommitteeFile *file = test_new_file (&path);
  g_autoptr(HustingsCommittee) copy = hustings_committee_file_dup_committee (file);
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCommittee) c = test_committee ();
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_false (hustings_committee_file_is_read_only (file));
  g_assert_cmpstr (copy->name, ==, "Friends of Test");
  g_assert_cmpstr (copy->fec_id, ==, "C00123456");
  g_assert_cmpstr (hustings_committee_form (copy), ==, "F3");
  g_assert_cmpuint (copy->elections->len, ==, 2);
  g_assert_cmpstr (((HustingsElection *) copy->elections->pdata[0])->code, ==, "P2026");
  g_assert_cmpint (hustings_committee_file_count_contacts (file), ==, 0);

  /* Never over an existing file. */
  g_assert_null (hustings_committee_file_create (path, c, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_EXISTS);
}

static void
test_create_invalid (void)
{
  g_autofree char *dir = test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "bad.hustings", NULL);
  g_autoptr(HustingsCommittee) c = test_committee ();
  g_autoptr(GError) error = NULL;

  g_free (c->fec_id);
  c->fec_id = g_strdup ("C123");
  g_assert_null (hustings_committee_file_create (path, c, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "eight digits"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}

static void
test_reopen_and_profile (void)
{
  g_autofree char *path = new_closed_file ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCommitteeFile) file = hustings_committee_file_open (path, &error);
  g_autoptr(HustingsCommittee) c = NULL;
  g_autoptr(HustingsCommitteeFile) again = NULL;
  guint changed = 0;

  g_assert_no_error (error);
  g_signal_connect (file, "changed", G_CALLBACK (test_count_cb), &changed);

  c = hustings_committee_file_dup_committee (file);
  g_free (c->name);
  c->name = g_strdup ("Committee to Elect Ann Lee");
  c->type = HUSTINGS_COMMITTEE_PAC;
  g_free (c->candidate_district);
  c->candidate_district = g_strdup ("07");
  hustings_committee_add_election (c, "R2026", "2026-06-30", "TX");
  g_assert_true (hustings_committee_file_set_committee (file, c, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);

  /* A bad profile changes nothing. */
  hustings_committee_add_election (c, "P2026", "2026-07-01", "");
  g_assert_false (hustings_committee_file_set_committee (file, c, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_cmpuint (changed, ==, 1);
  g_clear_error (&error);
  g_clear_object (&file);

  again = hustings_committee_file_open (path, &error);
  g_assert_no_error (error);
  g_clear_pointer (&c, hustings_committee_free);
  c = hustings_committee_file_dup_committee (again);
  g_assert_cmpstr (c->name, ==, "Committee to Elect Ann Lee");
  g_assert_cmpstr (hustings_committee_form (c), ==, "F3X");
  g_assert_cmpstr (c->candidate_district, ==, "07");
  g_assert_cmpuint (c->elections->len, ==, 3);
  g_assert_cmpstr (((HustingsElection *) c->elections->pdata[1])->code, ==, "R2026");
}

static void
test_refuse_not_committee (void)
{
  g_autofree char *dir = test_tmpdir ();
  g_autofree char *text = g_build_filename (dir, "notes.hustings", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.hustings", NULL);
  g_autofree char *foreign = g_build_filename (dir, "other.db", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.hustings", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_test_queue_destroy ((GDestroyNotify) test_rm_rf, g_strdup (dir));
  g_assert_true (g_file_set_contents (text, "name,amount\nJane,20\n", -1, NULL));
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  sql (foreign, "CREATE TABLE t (x); INSERT INTO t VALUES (1);");

  g_assert_null (hustings_committee_file_open (text, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_COMMITTEE);
  g_assert_nonnull (strstr (error->message, "notes.hustings"));
  g_clear_error (&error);

  g_assert_null (hustings_committee_file_open (empty, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_COMMITTEE);
  g_clear_error (&error);

  before = checksum (foreign);
  g_assert_null (hustings_committee_file_open (foreign, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_COMMITTEE);
  g_clear_error (&error);
  after = checksum (foreign);
  g_assert_cmpstr (before, ==, after);

  g_assert_null (hustings_committee_file_open (missing, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
}

static void
test_refuse_newer (void)
{
  g_autofree char *path = new_closed_file ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  sql (path, "PRAGMA user_version = 99");
  before = checksum (path);
  g_assert_null (hustings_committee_file_open (path, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer version"));
  after = checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_refuse_corrupt (void)
{
  g_autofree char *path = new_closed_file ();
  g_autofree char *data = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;

  /* Scribble over the schema table on page 1, past the 100-byte header. */
  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_assert_cmpuint (len, >, 4096);
  memset (data + 100, 0xA5, 3000);
  g_assert_true (g_file_set_contents (path, data, len, NULL));
  g_chmod (path, 0600);

  before = checksum (path);
  g_assert_null (hustings_committee_file_open (path, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "damaged"));
  after = checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_unfinished (void)
{
  g_autofree char *path = new_closed_file ();
  g_autoptr(GError) error = NULL;

  sql (path, "PRAGMA user_version = 0");
  g_assert_null (hustings_committee_file_open (path, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CORRUPT);
}

static void
test_read_only (void)
{
  g_autofree char *path = new_closed_file ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(HustingsContact) contact = test_person ("Ann", "Lee");
  g_autoptr(HustingsCommittee) c = NULL;
  g_autoptr(GArray) ids = NULL;

  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  before = checksum (path);

  file = hustings_committee_file_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (hustings_committee_file_is_read_only (file));
  ids = hustings_contact_store_list_ids (file, HUSTINGS_CONTACT_SORT_NAME, FALSE);
  g_assert_cmpuint (ids->len, ==, 0);

  g_assert_false (hustings_contact_store_add (file, contact, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_READ_ONLY);
  g_clear_error (&error);
  c = hustings_committee_file_dup_committee (file);
  g_assert_false (hustings_committee_file_set_committee (file, c, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_READ_ONLY);
  g_clear_object (&file);

  after = checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_chmod (path, 0600);
}

static void
test_transactions (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  g_autoptr(GError) error = NULL;
  guint contacts_changed = 0;

  g_signal_connect (file, "contacts-changed", G_CALLBACK (test_count_cb), &contacts_changed);

  /* A rolled-back group leaves nothing and says nothing. */
  g_assert_true (hustings_committee_file_begin (file, &error));
  test_add_person (file, "Ann", "Lee");
  test_add_person (file, "Bo", "Diaz");
  g_assert_cmpuint (contacts_changed, ==, 0);
  hustings_committee_file_rollback (file);
  g_assert_cmpint (hustings_committee_file_count_contacts (file), ==, 0);
  g_assert_cmpuint (contacts_changed, ==, 0);

  /* A committed group announces itself once. */
  g_assert_true (hustings_committee_file_begin (file, &error));
  test_add_person (file, "Ann", "Lee");
  test_add_person (file, "Bo", "Diaz");
  g_assert_true (hustings_committee_file_commit (file, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hustings_committee_file_count_contacts (file), ==, 2);
  g_assert_cmpuint (contacts_changed, ==, 1);

  /* A change refused before it wrote anything leaves the group to go on. */
  g_assert_true (hustings_committee_file_begin (file, &error));
  {
    g_autoptr(HustingsContact) nameless = hustings_contact_new (HUSTINGS_ENTITY_IND);
    g_autoptr(HustingsDonation) orphan = hustings_donation_new ();

    g_assert_false (hustings_contact_store_add (file, nameless, &error));
    g_clear_error (&error);
    hustings_donation_set_amount (orphan, 100);
    g_assert_false (hustings_donation_store_add (file, orphan, &error));
    g_clear_error (&error);
    g_assert_false (hustings_contact_store_delete (file, 999, &error));
    g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  test_add_person (file, "Cy", "Ng");
  g_assert_true (hustings_committee_file_commit (file, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hustings_committee_file_count_contacts (file), ==, 3);

  /* An inner rollback dooms the whole group. */
  contacts_changed = 0;
  g_assert_true (hustings_committee_file_begin (file, &error));
  test_add_person (file, "Di", "Ox");
  g_assert_true (hustings_committee_file_begin (file, &error));
  test_add_person (file, "Ed", "Po");
  hustings_committee_file_rollback (file);
  g_assert_false (hustings_committee_file_commit (file, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED);
  g_assert_cmpint (hustings_committee_file_count_contacts (file), ==, 3);
  g_assert_cmpuint (contacts_changed, ==, 0);
}

/* ---- Migration from version 1 ---- */

static void
exec_sql (sqlite3    *db,
          const char *statements)
{
  char *message = NULL;

  if (sqlite3_exec (db, statements, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", statements, message);
}

/* A version 1 committee file, as the previous release left it: made from that release's schema
 * (tests/data/schema-v1.sql), with a committee, two elections, a person with an email, a phone
 * and a tag, an organization, and three receipts, a refund among them. */
static char *
new_v1_file (void)
{
  g_autofree char *schema_path = g_build_filename (TEST_DATA_DIR, "schema-v1.sql", NULL);
  g_autofree char *schema = NULL;
  g_autoptr(GError) error = NULL;
  char *dir = test_tmpdir ();
  char *path = g_build_filename (dir, "old.hustings", NULL);
  sqlite3 *db = NULL;

  g_test_queue_destroy ((GDestroyNotify) test_rm_rf, dir);
  g_file_get_contents (schema_path, &schema, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  exec_sql (db, "PRAGMA journal_mode = WAL");
  exec_sql (db, schema);
  exec_sql (db,
    "INSERT INTO committee (id, name, fec_id, created_at, updated_at)"
    " VALUES (1, 'Friends of Test', 'C00123456', '2025-05-01T10:00:00Z', '2025-05-01T10:00:00Z');"
    "INSERT INTO election (code, date, state) VALUES ('P2026', '2026-06-02', 'TX'),"
    " ('G2026', '2026-11-03', 'TX');"
    "INSERT INTO contact (id, entity_type, first_name, last_name, street1, city, state, zip,"
    " employer, occupation, display_name, sort_name, created_at, updated_at)"
    " VALUES (1, 'IND', 'José', 'Núñez', '12 Elm St', 'Austin', 'TX', '78701', 'Acme',"
    " 'Teacher', 'José Núñez', 'nunez, jose', '2025-05-02T10:00:00Z', '2025-05-02T10:00:00Z');"
    "INSERT INTO contact (id, entity_type, org_name, city, state, display_name, sort_name,"
    " created_at, updated_at)"
    " VALUES (2, 'ORG', 'Acme, Inc.', 'Dallas', 'TX', 'Acme, Inc.', 'acme inc',"
    " '2025-05-02T10:00:00Z', '2025-05-02T10:00:00Z');"
    "INSERT INTO contact_email (contact_id, position, email) VALUES (1, 0, 'jose@example.com');"
    "INSERT INTO contact_phone (contact_id, position, phone) VALUES (1, 0, '512-555-0100');"
    "INSERT INTO tag (id, name) VALUES (1, 'volunteer');"
    "INSERT INTO contact_tag (contact_id, tag_id) VALUES (1, 1);"
    "INSERT INTO donation (id, contact_id, date_received, amount_cents, method, election,"
    " election_presumed, cycle, check_number, source, source_id, memo, refund_of, created_at,"
    " updated_at) VALUES"
    " (1, 1, '2026-03-04', 25000, 'check', 'P2026', 1, 2026, '1001', '', NULL, 'Gala', NULL,"
    "  '2025-05-03T10:00:00Z', '2025-05-03T10:00:00Z'),"
    " (2, 2, '2026-04-01', 10000, 'processor', 'P2026', 1, 2026, '', 'ActBlue', 'AB123', '',"
    "  NULL, '2025-05-03T10:00:00Z', '2025-05-03T10:00:00Z'),"
    " (3, 1, '2026-04-10', -2500, 'check', 'P2026', 1, 2026, '', '', NULL, 'Partial refund',"
    "  1, '2025-05-03T10:00:00Z', '2025-05-03T10:00:00Z');");
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  return path;
}

static sqlite3 *
open_raw (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  return db;
}

/* Every row of a query as text, one line per row: for comparing. */
static char *
query_text (sqlite3    *db,
            const char *sql)
{
  GString *text = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *value = (const char *) sqlite3_column_text (stmt, i);

          g_string_append_printf (text, "%s%s", i > 0 ? "|" : "", value ? value : "NULL");
        }
      g_string_append_c (text, '\n');
    }
  sqlite3_finalize (stmt);
  return g_string_free (text, FALSE);
}

/* The names of a database's objects of a type, in order. */
static GStrv
object_names (sqlite3    *db,
              const char *type)
{
  g_autofree char *sql = g_strdup_printf ("SELECT name FROM sqlite_schema WHERE type = '%s'"
                                          " ORDER BY name", type);
  g_autofree char *names = query_text (db, sql);
  GStrv list = g_strsplit (names, "\n", -1);
  guint n = g_strv_length (list);

  /* The last line ends with a newline: drop the empty piece after it. */
  if (n > 0)
    g_clear_pointer (&list[n - 1], g_free);
  return list;
}

/* For each table, the query that reads its rows by the columns it has now (table → SELECT). */
static GHashTable *
row_queries (sqlite3 *db)
{
  GHashTable *queries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) tables = object_names (db, "table");

  for (guint i = 0; tables[i] != NULL; i++)
    {
      g_autofree char *info = g_strdup_printf ("SELECT group_concat('\"' || name || '\"', ', ')"
                                               " FROM pragma_table_info('%s')", tables[i]);
      g_autofree char *columns = g_strchomp (query_text (db, info));

      g_hash_table_insert (queries, g_strdup (tables[i]),
                           g_strdup_printf ("SELECT %s FROM \"%s\" ORDER BY 1", columns,
                                            tables[i]));
    }
  return queries;
}

/* Whether a statement passes the schema's constraints: it runs in a transaction that is rolled
 * back, after a contact 1000 is made for it to refer to. */
static int
constraint_result (sqlite3    *db,
                   const char *statement)
{
  int rc;

  exec_sql (db, "BEGIN; INSERT INTO contact (id, created_at, updated_at)"
                " VALUES (1000, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')");
  rc = sqlite3_exec (db, statement, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    rc = sqlite3_extended_errcode (db);
  exec_sql (db, "ROLLBACK");
  return rc;
}

static void
test_migrate_v1 (void)
{
  g_autofree char *path = new_v1_file ();
  g_autofree char *new_path = NULL;
  static const struct {
    const char *statement;
    int         result;
  } checks[] = {
    { "INSERT INTO contact (entity_type, created_at, updated_at) VALUES ('COM', 'x', 'x')",
      SQLITE_OK },
    { "INSERT INTO contact (entity_type, created_at, updated_at) VALUES ('XYZ', 'x', 'x')",
      SQLITE_CONSTRAINT_CHECK },
    { "INSERT INTO contact (entity_type, created_at, updated_at) VALUES ('ind', 'x', 'x')",
      SQLITE_CONSTRAINT_CHECK },
    { "INSERT INTO donation (contact_id, date_received, amount_cents, method, cycle, created_at,"
      " updated_at) VALUES (1000, '2026-01-02', 500, 'in-kind', 2026, 'x', 'x')", SQLITE_OK },
    { "INSERT INTO donation (contact_id, date_received, amount_cents, method, cycle, created_at,"
      " updated_at) VALUES (1000, '2026-01-02', 500, 'bitcoin', 2026, 'x', 'x')",
      SQLITE_CONSTRAINT_CHECK },
    { "INSERT INTO donation (contact_id, date_received, amount_cents, cycle, created_at,"
      " updated_at) VALUES (1000, '2026-01-02', 0, 2026, 'x', 'x')", SQLITE_CONSTRAINT_CHECK },
    { "INSERT INTO donation (contact_id, date_received, amount_cents, cycle, created_at,"
      " updated_at) VALUES (1000, 'March 4', 500, 2026, 'x', 'x')", SQLITE_CONSTRAINT_CHECK },
    { "INSERT INTO donation (contact_id, date_received, amount_cents, cycle, refund_of,"
      " created_at, updated_at) VALUES (1000, '2026-01-02', 500, 2026, 7, 'x', 'x')",
      SQLITE_CONSTRAINT_CHECK },
    { "INSERT INTO donation (contact_id, date_received, amount_cents, cycle, recurring,"
      " created_at, updated_at) VALUES (1000, '2026-01-02', 500, 2026, 1, 'x', 'x')",
      SQLITE_OK },
    { "INSERT INTO donation (contact_id, date_received, amount_cents, cycle, recurring,"
      " created_at, updated_at) VALUES (1000, '2026-01-02', 500, 2026, 2, 'x', 'x')",
      SQLITE_CONSTRAINT_CHECK },
    { "INSERT INTO donation (contact_id, date_received, amount_cents, cycle, election_presumed,"
      " created_at, updated_at) VALUES (1000, '2026-01-02', 500, 2026, 2, 'x', 'x')",
      SQLITE_CONSTRAINT_CHECK },
    { "INSERT INTO donation (contact_id, date_received, amount_cents, cycle, conduit, fee_cents,"
      " created_at, updated_at) VALUES (1000, '2026-01-02', 500, 2026, 'C00401224', 20, 'x',"
      " 'x')", SQLITE_OK },
    { "INSERT INTO donation (contact_id, date_received, amount_cents, cycle, conduit,"
      " created_at, updated_at) VALUES (1000, '2026-01-02', 500, 2026, NULL, 'x', 'x')",
      SQLITE_CONSTRAINT_NOTNULL },
    { "INSERT INTO import_batch (kind, format, file_name, imported_at)"
      " VALUES ('contacts', 'contacts', 'a.csv', 'x')", SQLITE_OK },
    { "INSERT INTO import_batch (kind, format, file_name, imported_at)"
      " VALUES ('pledges', 'generic', 'a.csv', 'x')", SQLITE_CONSTRAINT_CHECK },
    { "INSERT INTO import_mapping (name, kind, mapping) VALUES ('m', 'gifts', '')",
      SQLITE_CONSTRAINT_CHECK },
    /* Version 3. */
    { "INSERT INTO import_batch (kind, format, file_name, imported_at)"
      " VALUES ('disbursements', 'generic', 'a.csv', 'x')", SQLITE_OK },
    { "INSERT INTO import_batch (kind, format, file_name, imported_at)"
      " VALUES ('filing', 'fec', 'a.fec', 'x')", SQLITE_OK },
    { "INSERT INTO import_mapping (name, kind, mapping) VALUES ('d', 'disbursements', '')",
      SQLITE_OK },
    { "INSERT INTO donation (contact_id, date_received, amount_cents, cycle, adjustment,"
      " created_at, updated_at) VALUES (1000, '2026-01-02', 500, 2026, 'gift', 'x', 'x')",
      SQLITE_CONSTRAINT_CHECK },
    { "INSERT INTO donation (contact_id, date_received, amount_cents, cycle, adjusts, adjustment,"
      " created_at, updated_at) VALUES (1000, '2026-01-02', -500, 2026, 1, 'redesignation',"
      " 'x', 'x')", SQLITE_OK },
    { "UPDATE contact SET multicandidate = 2", SQLITE_CONSTRAINT_CHECK },
    { "INSERT INTO disbursement (contact_id, date_paid, amount_cents, line, created_at,"
      " updated_at) VALUES (1, '2026-01-02', 500, 'SB99', 'x', 'x')", SQLITE_CONSTRAINT_CHECK },
    { "INSERT INTO disbursement (contact_id, date_paid, amount_cents, category, created_at,"
      " updated_at) VALUES (1, '2026-01-02', 500, '004', 'x', 'x')", SQLITE_OK },
    { "INSERT INTO report (form, code, coverage_from, coverage_to, created_at, updated_at)"
      " VALUES ('F3', 'Q1', '2026-04-01', '2026-03-31', 'x', 'x')", SQLITE_CONSTRAINT_CHECK },
    { "UPDATE committee SET fec_id = 'C123'", SQLITE_CONSTRAINT_CHECK },
    { "UPDATE committee SET committee_type = 'club'", SQLITE_CONSTRAINT_CHECK },
    { "INSERT INTO election (code, date) VALUES ('X2026', '2026-01-01')",
      SQLITE_CONSTRAINT_CHECK },
    /* Version 4. */
    { "UPDATE contact SET district = '07', email_opt_out_at = '2026-01-02T00:00:00Z'",
      SQLITE_OK },
    { "INSERT INTO event (name, kind, date, created_at, updated_at)"
      " VALUES ('Gala', 'gala', '2026-05-01', 'x', 'x')", SQLITE_CONSTRAINT_CHECK },
    { "INSERT INTO event (name, kind, date, created_at, updated_at)"
      " VALUES ('Gala', 'fundraiser', '2026-05-01', 'x', 'x')", SQLITE_OK },
    { "INSERT INTO shift (event_id, role, starts, ends) VALUES (1, 'Door', '18:00', '17:00')",
      SQLITE_CONSTRAINT_CHECK },
    { "UPDATE donation SET event_id = 1", SQLITE_OK },
    { "UPDATE task_rule SET enabled = 2 WHERE rule = 'thank-donor'", SQLITE_CONSTRAINT_CHECK },
    { "INSERT INTO mail_server (id) VALUES (2)", SQLITE_CONSTRAINT_CHECK },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(HustingsContact) jose = NULL;
  g_autoptr(HustingsDonation) processed = NULL;
  g_autoptr(HustingsDonation) fresh = NULL;
  g_autoptr(GHashTable) selects = NULL;
  g_autoptr(GHashTable) before = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_auto(GStrv) tables = NULL;
  g_auto(GStrv) new_tables = NULL;
  g_auto(GStrv) indexes = NULL;
  g_auto(GStrv) new_indexes = NULL;
  g_autofree char *integrity = NULL;
  g_autofree char *version = NULL;
  sqlite3 *old_db, *new_db;
  GHashTableIter iter;
  gpointer table, select;

  /* What the version 1 file holds, table by table. */
  old_db = open_raw (path);
  selects = row_queries (old_db);
  g_hash_table_iter_init (&iter, selects);
  while (g_hash_table_iter_next (&iter, &table, &select))
    g_hash_table_insert (before, table, query_text (old_db, select));
  sqlite3_close (old_db);

  file = hustings_committee_file_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (file);
  g_assert_false (hustings_committee_file_is_read_only (file));

  /* Opened as version 2, every row as it was. */
  g_assert_cmpint (hustings_committee_file_count_contacts (file), ==, 2);
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, 3);
  g_assert_cmpstr (hustings_committee_file_peek_committee (file)->name, ==, "Friends of Test");
  g_assert_cmpuint (hustings_committee_file_peek_committee (file)->elections->len, ==, 2);
  jose = hustings_contact_store_get (file, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hustings_contact_get_display_name (jose), ==, "José Núñez");
  g_assert_cmpstr (hustings_contact_get_emails (jose)[0], ==, "jose@example.com");
  g_assert_cmpstr (hustings_contact_get_phones (jose)[0], ==, "512-555-0100");
  g_assert_cmpstr (hustings_contact_get_tags (jose)[0], ==, "volunteer");
  g_assert_cmpstr (hustings_contact_get_last_gift_date (jose), ==, "2026-03-04");
  g_assert_cmpint (hustings_contact_store_total (file, 1, HUSTINGS_TOTAL_CYCLE, "2026"), ==,
                   22500);
  processed = hustings_donation_store_get (file, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hustings_donation_get_source_id (processed), ==, "AB123");
  g_assert_cmpstr (hustings_donation_get_conduit (processed), ==, "");
  g_assert_cmpint (hustings_donation_get_fee (processed), ==, 0);
  g_assert_false (hustings_donation_get_recurring (processed));
  g_assert_cmpint (hustings_donation_store_refundable (file, 1), ==, 22500);
  {
    g_autoptr(GArray) found = hustings_contact_store_search_ids (file, "nunez austin");

    g_assert_cmpuint (found->len, ==, 1);
  }

  /* The new columns take values. */
  fresh = hustings_donation_new ();
  hustings_donation_set_contact_id (fresh, 2);
  hustings_donation_set_date (fresh, "2026-05-01");
  hustings_donation_set_amount (fresh, 5000);
  hustings_donation_set_method (fresh, HUSTINGS_METHOD_PROCESSOR);
  hustings_donation_set_source (fresh, "ActBlue", "AB124");
  hustings_donation_set_conduit (fresh, "C00401224");
  hustings_donation_set_fee (fresh, 198);
  hustings_donation_set_recurring (fresh, TRUE);
  g_assert_true (hustings_donation_store_add (file, fresh, &error));
  g_assert_no_error (error);
  g_clear_object (&fresh);
  fresh = hustings_donation_store_get (file, 4, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hustings_donation_get_conduit (fresh), ==, "C00401224");
  g_assert_cmpint (hustings_donation_get_fee (fresh), ==, 198);
  g_assert_true (hustings_donation_get_recurring (fresh));
  g_assert_true (hustings_donation_store_delete (file, 4, &error));
  g_assert_no_error (error);
  g_clear_object (&file);

  old_db = open_raw (path);
  g_hash_table_iter_init (&iter, selects);
  while (g_hash_table_iter_next (&iter, &table, &select))
    {
      g_autofree char *after = query_text (old_db, select);

      g_test_message ("%s", (char *) table);
      g_assert_cmpstr (after, ==, g_hash_table_lookup (before, table));
    }
  integrity = query_text (old_db, "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, ==, "ok\n");

  /* Its schema is a new file's: the same tables with the same columns and keys, indexes,
   * triggers and constraints. */
  test_new_file (&new_path);
  new_db = open_raw (new_path);
  version = query_text (old_db, "PRAGMA user_version");
  g_assert_cmpstr (version, ==, G_STRINGIFY (HUSTINGS_SCHEMA_VERSION) "\n");
  tables = object_names (old_db, "table");
  new_tables = object_names (new_db, "table");
  g_assert_cmpstrv (tables, new_tables);
  for (guint i = 0; tables[i] != NULL; i++)
    {
      const char *pragmas[] = { "table_info", "foreign_key_list", "index_list" };

      for (guint p = 0; p < G_N_ELEMENTS (pragmas); p++)
        {
          g_autofree char *sql = g_strdup_printf ("SELECT * FROM pragma_%s('%s') ORDER BY 1, 2",
                                                  pragmas[p], tables[i]);
          g_autofree char *old_rows = query_text (old_db, sql);
          g_autofree char *new_rows = query_text (new_db, sql);

          g_test_message ("%s of %s", pragmas[p], tables[i]);
          g_assert_cmpstr (old_rows, ==, new_rows);
        }
    }
  indexes = object_names (old_db, "index");
  new_indexes = object_names (new_db, "index");
  g_assert_cmpstrv (indexes, new_indexes);
  for (guint i = 0; indexes[i] != NULL; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM pragma_index_xinfo('%s')",
                                              indexes[i]);
      g_autofree char *old_info = query_text (old_db, sql);
      g_autofree char *new_info = query_text (new_db, sql);

      g_test_message ("index %s", indexes[i]);
      g_assert_cmpstr (old_info, ==, new_info);
    }
  {
    const char *sql = "SELECT type, name, tbl_name, sql FROM sqlite_schema"
                      " WHERE type IN ('index', 'trigger', 'view') ORDER BY type, name";
    g_autofree char *old_objects = query_text (old_db, sql);
    g_autofree char *new_objects = query_text (new_db, sql);

    g_assert_cmpstr (old_objects, ==, new_objects);
  }
  {
    const char *sql = "SELECT * FROM contribution_limit ORDER BY 1, 2, 3";
    g_autofree char *old_limits = query_text (old_db, sql);
    g_autofree char *new_limits = query_text (new_db, sql);

    g_assert_cmpuint (strlen (new_limits), >, 0);
    g_assert_cmpstr (old_limits, ==, new_limits);
  }
  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      g_test_message ("%s", checks[i].statement);
      g_assert_cmpint (constraint_result (new_db, checks[i].statement), ==, checks[i].result);
      g_assert_cmpint (constraint_result (old_db, checks[i].statement), ==, checks[i].result);
    }
  sqlite3_close (new_db);
  sqlite3_close (old_db);
}

/* A second connection of this process (a worker's) must not cost the first its locks: another
 * process opening and closing the file then takes it for unused and deletes the write-ahead
 * log under the window's connection, and what it writes next is lost. */
static void
test_second_connection_keeps_locks (void)
{
  g_autofree char *path = new_closed_file ();
  g_autofree char *sqlite3_shell = g_find_program_in_path ("sqlite3");
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(HustingsCommitteeFile) window = NULL;
  g_autoptr(HustingsCommitteeFile) worker = NULL;
  g_autoptr(HustingsCommitteeFile) again = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { sqlite3_shell, path, "SELECT count(*) FROM contact;", NULL };
  int status = 0;

  if (sqlite3_shell == NULL)
    {
      g_test_skip ("the sqlite3 shell is not installed");
      return;
    }
  window = hustings_committee_file_open (path, &error);
  g_assert_no_error (error);
  test_add_person (window, "Ann", "Lee");
  worker = hustings_committee_file_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&worker);

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));

  test_add_person (window, "Bo", "Diaz");
  g_clear_object (&window);
  again = hustings_committee_file_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hustings_committee_file_count_contacts (again), ==, 2);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/committee-file/create", test_create);
  g_test_add_func ("/committee-file/create-invalid", test_create_invalid);
  g_test_add_func ("/committee-file/reopen-and-profile", test_reopen_and_profile);
  g_test_add_func ("/committee-file/refuse-not-committee", test_refuse_not_committee);
  g_test_add_func ("/committee-file/refuse-newer", test_refuse_newer);
  g_test_add_func ("/committee-file/refuse-corrupt", test_refuse_corrupt);
  g_test_add_func ("/committee-file/unfinished", test_unfinished);
  g_test_add_func ("/committee-file/read-only", test_read_only);
  g_test_add_func ("/committee-file/transactions", test_transactions);
  g_test_add_func ("/committee-file/migrate-v1", test_migrate_v1);
  g_test_add_func ("/committee-file/second-connection-keeps-locks",
                   test_second_connection_keeps_locks);
  return g_test_run ();
}
