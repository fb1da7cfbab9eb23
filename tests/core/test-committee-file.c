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
  return g_test_run ();
}
