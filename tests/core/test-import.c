/* test-import.c: the import engine over fixtures of the project's own (tests/data/import):
 * every processor's layout, generic files mapped by hand and by a saved mapping, contacts,
 * encodings and delimiters, malformed files, never importing a gift twice, rejected rows,
 * matching donors to contacts, totals and search after an import, undo, cancellation and
 * workbooks. A failed import must leave the committee file exactly as it was: file_digest
 * compares every row of every table.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <sqlite3.h>
#include <string.h>
#include <xlsxwriter.h>

#include "test-util.h"

/* ---- Files ---- */

static const char *
data_path (const char *name)
{
  char *path = g_build_filename (TEST_DATA_DIR, "import", name, NULL);

  g_test_queue_free (path);
  return path;
}

/* A path in a folder of its own, removed when the test ends. */
static const char *
temp_path (const char *name)
{
  char *dir = test_tmpdir ();
  char *path = g_build_filename (dir, name, NULL);

  g_test_queue_destroy ((GDestroyNotify) test_rm_rf, dir);
  g_test_queue_free (path);
  return path;
}

static void
hash_rows (sqlite3    *db,
           GChecksum  *sum,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          guchar type = (guchar) sqlite3_column_type (stmt, i);
          const void *bytes = sqlite3_column_blob (stmt, i);

          g_checksum_update (sum, &type, 1);
          if (bytes != NULL)
            g_checksum_update (sum, bytes, sqlite3_column_bytes (stmt, i));
          g_checksum_update (sum, (const guchar *) "\x1f", 1);
        }
      g_checksum_update (sum, (const guchar *) "\n", 1);
    }
  sqlite3_finalize (stmt);
}

/* A digest of everything a committee file holds: its schema, and every row of every table
 * (the search index's included), read through a connection of its own. */
static const char *
file_digest (HustingsCommitteeFile *file)
{
  GChecksum *sum = g_checksum_new (G_CHECKSUM_SHA256);
  sqlite3 *db = NULL;
  sqlite3_stmt *tables = NULL;
  char *digest;

  g_assert_cmpint (sqlite3_open_v2 (hustings_committee_file_get_path (file), &db,
                                    SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  hash_rows (db, sum, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name");
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                       " ORDER BY name", -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      char *sql = sqlite3_mprintf ("SELECT * FROM \"%w\"", sqlite3_column_text (tables, 0));

      g_checksum_update (sum, sqlite3_column_text (tables, 0), -1);
      hash_rows (db, sum, sql);
      sqlite3_free (sql);
    }
  sqlite3_finalize (tables);
  sqlite3_close (db);
  digest = g_strdup (g_checksum_get_string (sum));
  g_checksum_free (sum);
  g_test_queue_free (digest);
  return digest;
}

/* ---- Importing ---- */

static HustingsImport *
open_import (const char *path,
             const char *format_id)
{
  g_autoptr(GError) error = NULL;
  HustingsImport *import = hustings_import_new (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  g_test_queue_unref (import);
  if (format_id != NULL)
    {
      const HustingsImportFormat *format = hustings_import_format_find (format_id);

      g_assert_nonnull (format);
      hustings_import_set_format (import, format);
    }
  return import;
}

static void
log_rejections (HustingsImport *import)
{
  for (guint i = 0; i < hustings_import_get_n_rejections (import); i++)
    {
      const HustingsImportRejection *r = hustings_import_get_rejection (import, i);

      g_test_message ("line %" G_GUINT64_FORMAT ": %s", r->line, r->reason);
    }
}

static void
run_import (HustingsImport        *import,
            HustingsCommitteeFile *file,
            gboolean               skip_bad_rows)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = hustings_import_run (import, file, skip_bad_rows, NULL, NULL, NULL, &error);

  log_rejections (import);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpint (hustings_import_get_summary (import)->batch_id, >, 0);
}

/* Imports a fixture; format_id NULL keeps the format the import guessed. */
static HustingsImport *
import_fixture (HustingsCommitteeFile *file,
                const char            *name,
                const char            *format_id,
                gboolean               skip_bad_rows)
{
  HustingsImport *import = open_import (data_path (name), format_id);

  run_import (import, file, skip_bad_rows);
  return import;
}

static gint64
batch_of (HustingsImport *import)
{
  return hustings_import_get_summary (import)->batch_id;
}

/* The summary's counts (its batch id aside). */
static void
assert_summary (const HustingsImportSummary *s,
                const HustingsImportSummary *expected)
{
  g_assert_cmpuint (s->rows_read, ==, expected->rows_read);
  g_assert_cmpuint (s->contacts_created, ==, expected->contacts_created);
  g_assert_cmpuint (s->contacts_matched, ==, expected->contacts_matched);
  g_assert_cmpuint (s->contacts_updated, ==, expected->contacts_updated);
  g_assert_cmpuint (s->donations_added, ==, expected->donations_added);
  g_assert_cmpuint (s->refunds_added, ==, expected->refunds_added);
  g_assert_cmpuint (s->duplicates_skipped, ==, expected->duplicates_skipped);
  g_assert_cmpuint (s->rows_ignored, ==, expected->rows_ignored);
  g_assert_cmpuint (s->rows_rejected, ==, expected->rows_rejected);
  g_assert_cmpint (s->total_cents, ==, expected->total_cents);
  g_assert_cmpuint (s->disbursements_added, ==, expected->disbursements_added);
}

#define SUMMARY(...) (&(const HustingsImportSummary) { __VA_ARGS__ })

/* The lines of the rows the import rejected, in order, up to 0. */
static void
assert_rejected_lines (HustingsImport *import,
                       ...)
{
  va_list args;
  guint n = 0;

  va_start (args, import);
  for (guint64 line = va_arg (args, guint64); line != 0; line = va_arg (args, guint64))
    {
      g_assert_cmpuint (n, <, hustings_import_get_n_rejections (import));
      g_assert_cmpuint (hustings_import_get_rejection (import, n)->line, ==, line);
      n++;
    }
  va_end (args);
  g_assert_cmpuint (hustings_import_get_n_rejections (import), ==, n);
}

static void
assert_contains (const char *text,
                 const char *fragment)
{
  if (text == NULL || strstr (text, fragment) == NULL)
    g_error ("“%s” is not in “%s”", fragment, text ? text : "(null)");
}

/* ---- What the file holds ---- */

typedef struct {
  const char *name;
  gint64      id;
  guint       n;
} FindContact;

static gboolean
find_contact_cb (HustingsContact *contact,
                 gpointer         data)
{
  FindContact *find = data;

  if (g_strcmp0 (hustings_contact_get_display_name (contact), find->name) == 0)
    {
      find->id = hustings_contact_get_id (contact);
      find->n++;
    }
  return TRUE;
}

/* The id of the contact shown as name; 0 when there is none. There may not be two. */
static gint64
contact_named (HustingsCommitteeFile *file,
               const char            *name)
{
  g_autoptr(GError) error = NULL;
  FindContact find = { name, 0, 0 };

  g_assert_true (hustings_contact_store_foreach (file, NULL, find_contact_cb, &find, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (find.n, <=, 1);
  return find.id;
}

/* The whole contact shown as name, which must be there. */
static HustingsContact *
get_contact (HustingsCommitteeFile *file,
             const char            *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = contact_named (file, name);
  HustingsContact *contact;

  if (id == 0)
    g_error ("There is no contact “%s”", name);
  contact = hustings_contact_store_get (file, id, &error);
  g_assert_no_error (error);
  g_test_queue_unref (contact);
  return contact;
}

typedef struct {
  const char *source;
  const char *source_id;
  gint64      id;
  guint       n;
} FindDonation;

static gboolean
find_donation_cb (HustingsDonation *donation,
                  gpointer          data)
{
  FindDonation *find = data;

  if (g_strcmp0 (hustings_donation_get_source (donation), find->source) == 0 &&
      g_strcmp0 (hustings_donation_get_source_id (donation), find->source_id) == 0)
    {
      find->id = hustings_donation_get_id (donation);
      find->n++;
    }
  return TRUE;
}

/* The id of the receipt with that source and source id; 0 when there is none. */
static gint64
donation_with (HustingsCommitteeFile *file,
               const char            *source,
               const char            *source_id)
{
  g_autoptr(GError) error = NULL;
  FindDonation find = { source, source_id, 0, 0 };

  g_assert_true (hustings_donation_store_foreach (file, NULL, NULL, find_donation_cb, &find,
                                                  &error));
  g_assert_no_error (error);
  g_assert_cmpuint (find.n, <=, 1);
  return find.id;
}

static HustingsDonation *
get_donation (HustingsCommitteeFile *file,
              const char            *source,
              const char            *source_id)
{
  g_autoptr(GError) error = NULL;
  gint64 id = donation_with (file, source, source_id);
  HustingsDonation *donation;

  if (id == 0)
    g_error ("There is no receipt %s “%s”", source, source_id);
  donation = hustings_donation_store_get (file, id, &error);
  g_assert_no_error (error);
  g_test_queue_unref (donation);
  return donation;
}

/* The refunds of a gift (HustingsDonation*). */
static GPtrArray *
refunds_of (HustingsCommitteeFile *file,
            HustingsDonation      *gift)
{
  gint64 donor = hustings_donation_get_contact_id (gift);
  g_autoptr(GPtrArray) all = hustings_donation_store_for_contact (file, donor);
  GPtrArray *refunds = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < all->len; i++)
    {
      HustingsDonation *d = g_ptr_array_index (all, i);

      if (hustings_donation_get_refund_of (d) == hustings_donation_get_id (gift))
        g_ptr_array_add (refunds, g_object_ref (d));
    }
  g_test_queue_destroy ((GDestroyNotify) g_ptr_array_unref, refunds);
  return refunds;
}

/* A NULL-terminated list, in any order, holds exactly the strings given up to NULL. */
static void
assert_same_set (const char * const *list,
                 ...)
{
  va_list args;
  guint n = 0;

  va_start (args, list);
  for (const char *item = va_arg (args, const char *); item != NULL;
       item = va_arg (args, const char *))
    {
      if (!g_strv_contains (list, item))
        g_error ("“%s” is missing", item);
      n++;
    }
  va_end (args);
  g_assert_cmpuint (g_strv_length ((char **) list), ==, n);
}

/* The contacts a search finds, by id, hold exactly the ids given up to 0. */
static void
assert_search (HustingsCommitteeFile *file,
               const char            *text,
               ...)
{
  g_autoptr(GArray) ids = hustings_contact_store_search_ids (file, text);
  va_list args;
  guint n = 0;

  va_start (args, text);
  for (gint64 id = va_arg (args, gint64); id != 0; id = va_arg (args, gint64))
    {
      gboolean found = FALSE;

      for (guint i = 0; i < ids->len; i++)
        found |= g_array_index (ids, gint64, i) == id;
      if (!found)
        g_error ("Searching for “%s” does not find contact %" G_GINT64_FORMAT, text, id);
      n++;
    }
  va_end (args);
  if (ids->len != n)
    g_error ("Searching for “%s” finds %u contacts, not %u", text, ids->len, n);
}

static gint64
add_contact (HustingsCommitteeFile *file,
             HustingsContact       *contact)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hustings_contact_store_add (file, contact, &error));
  g_assert_no_error (error);
  return hustings_contact_get_id (contact);
}

/* A person with an address and, unless NULL, an email. */
static gint64
add_person (HustingsCommitteeFile *file,
            const char            *first,
            const char            *last,
            const char            *street,
            const char            *city,
            const char            *state,
            const char            *zip,
            const char            *email)
{
  g_autoptr(HustingsContact) contact = test_person (first, last);
  const char *emails[] = { email, NULL };

  hustings_contact_set_field (contact, HUSTINGS_CONTACT_STREET1, street);
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_CITY, city);
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_STATE, state);
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_ZIP, zip);
  hustings_contact_set_emails (contact, emails);
  return add_contact (file, contact);
}

/* ---- Formats ---- */

static void
test_formats (void)
{
  static const struct {
    const char *file;
    const char *format;
  } cases[] = {
    { "actblue-91.csv", "actblue" },
    { "actblue-101.csv", "actblue" },
    { "actblue-refunds.csv", "actblue" },
    { "anedot.csv", "anedot" },
    { "ngpvan.csv", "ngpvan" },
    { "nationbuilder.csv", "nationbuilder" },
    /* WinRed's layout is never guessed: a generic file could look like it. */
    { "winred.csv", "generic" },
    { "generic-gala.csv", "generic" },
    { "matching.csv", "generic" },
    { "contacts.csv", "contacts" },
  };
  const HustingsImportFormat * const *formats = hustings_import_formats ();
  HustingsImportField field;
  guint n;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HustingsImport *import = open_import (data_path (cases[i].file), NULL);

      g_test_message ("%s", cases[i].file);
      g_assert_cmpstr (hustings_import_format_get_id (hustings_import_get_format (import)), ==,
                       cases[i].format);
    }

  /* Every format is listed and found by its id, the generic ones last. */
  for (n = 0; formats[n] != NULL; n++)
    {
      g_assert_true (hustings_import_format_find (hustings_import_format_get_id (formats[n])) ==
                     formats[n]);
      g_assert_cmpstr (hustings_import_format_get_name (formats[n]), !=, "");
    }
  g_assert_cmpuint (n, ==, 9);
  g_assert_cmpstr (hustings_import_format_get_id (formats[n - 3]), ==, "generic");
  g_assert_cmpstr (hustings_import_format_get_id (formats[n - 2]), ==, "disbursements");
  g_assert_true (hustings_import_format_is_generic (formats[n - 2]));
  g_assert_cmpint (hustings_import_format_get_kind (formats[n - 2]), ==,
                   HUSTINGS_IMPORT_DISBURSEMENTS);
  g_assert_cmpstr (hustings_import_format_get_id (formats[n - 1]), ==, "contacts");
  g_assert_true (hustings_import_format_is_generic (formats[n - 1]));
  g_assert_false (hustings_import_format_is_generic (formats[0]));
  g_assert_cmpint (hustings_import_format_get_kind (formats[n - 1]), ==, HUSTINGS_IMPORT_CONTACTS);
  g_assert_null (hustings_import_format_find ("paypal"));

  /* The names --map takes go both ways. */
  for (guint f = 0; f < HUSTINGS_N_FIELDS; f++)
    {
      g_assert_true (hustings_import_field_from_string (hustings_import_field_to_string (f),
                                                        &field));
      g_assert_cmpint (field, ==, f);
      g_assert_cmpstr (hustings_import_field_describe (f), !=, "");
    }
  g_assert_false (hustings_import_field_from_string ("amount-due", &field));
  g_assert_false (hustings_import_field_applies (HUSTINGS_FIELD_AMOUNT, HUSTINGS_IMPORT_CONTACTS));
  g_assert_true (hustings_import_field_applies (HUSTINGS_FIELD_EMAIL, HUSTINGS_IMPORT_CONTACTS));
  g_assert_true (hustings_import_field_applies (HUSTINGS_FIELD_AMOUNT, HUSTINGS_IMPORT_DONATIONS));
  g_assert_true (hustings_import_field_applies (HUSTINGS_FIELD_AMOUNT,
                                               HUSTINGS_IMPORT_DISBURSEMENTS));
  g_assert_true (hustings_import_field_applies (HUSTINGS_FIELD_ORG_NAME,
                                               HUSTINGS_IMPORT_DISBURSEMENTS));
  g_assert_false (hustings_import_field_applies (HUSTINGS_FIELD_REFUND_OF,
                                                HUSTINGS_IMPORT_DISBURSEMENTS));
  g_assert_false (hustings_import_field_applies (HUSTINGS_FIELD_PURPOSE,
                                                HUSTINGS_IMPORT_DONATIONS));
  g_assert_false (hustings_import_field_applies (HUSTINGS_FIELD_LINE, HUSTINGS_IMPORT_CONTACTS));
  g_assert_true (hustings_import_field_applies (HUSTINGS_FIELD_LINE,
                                               HUSTINGS_IMPORT_DISBURSEMENTS));
}

/* ---- ActBlue ---- */

static void
test_actblue_91 (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  HustingsImport *import = open_import (data_path ("actblue-91.csv"), NULL);
  const HustingsImportSummary *expected = SUMMARY (.rows_read = 5, .contacts_created = 2,
                                                   .donations_added = 4, .rows_rejected = 1,
                                                   .total_cents = 38500);
  const char *before = file_digest (file);
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsImportBatch) batch = NULL;
  g_autoptr(GPtrArray) rejections = NULL;
  HustingsContact *jane, *marcus;
  HustingsDonation *d;
  guint reserved = 0, zip_column = 0;

  /* Columns are read by name: the seven "Reserved" and every column Hustings has no use for are
   * left out, and the key is the Lineitem ID, not the Receipt ID an installment repeats. */
  g_assert_cmpstr (hustings_import_get_description (import), ==, "CSV, comma-separated, UTF-8");
  g_assert_cmpuint (hustings_import_get_n_columns (import), ==, 91);
  g_assert_cmpuint (hustings_import_get_n_preview_rows (import), ==, 5);
  for (guint i = 0; i < 91; i++)
    {
      const char *name = hustings_import_get_column_name (import, i);
      HustingsImportField field = hustings_import_get_column_field (import, i);

      if (g_str_equal (name, "Reserved") || g_str_equal (name, "Receipt ID") ||
          g_str_equal (name, "Recurrence Number") || g_str_equal (name, "Donor Country") ||
          g_str_equal (name, "Employer ZIP") || g_str_equal (name, "Payment Date"))
        g_assert_cmpint (field, ==, HUSTINGS_FIELD_IGNORE);
      reserved += g_str_equal (name, "Reserved");
      if (g_str_equal (name, "Lineitem ID"))
        g_assert_cmpint (field, ==, HUSTINGS_FIELD_SOURCE_ID);
      if (g_str_equal (name, "Fee"))
        g_assert_cmpint (field, ==, HUSTINGS_FIELD_FEE);
      if (g_str_equal (name, "Recurring Total Months"))
        g_assert_cmpint (field, ==, HUSTINGS_FIELD_RECURRING);
      if (g_str_equal (name, "Recipient Gov ID"))
        g_assert_cmpint (field, ==, HUSTINGS_FIELD_RECIPIENT_ID);
      if (g_str_equal (name, "Donor ZIP"))
        {
          g_assert_cmpint (field, ==, HUSTINGS_FIELD_ZIP);
          zip_column = i;
        }
    }
  g_assert_cmpuint (reserved, ==, 7);
  g_assert_cmpstr (hustings_import_get_preview_cell (import, 2, zip_column), ==, "02906");

  /* analyze says what run will do, and writes nothing. */
  g_assert_true (hustings_import_analyze (import, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_summary (hustings_import_get_summary (import), expected);
  g_assert_cmpint (hustings_import_get_summary (import)->batch_id, ==, 0);
  g_assert_cmpuint (hustings_import_get_n_uncertain (import), ==, 0);
  g_assert_cmpstr (file_digest (file), ==, before);

  /* A gift to another committee is refused. */
  run_import (import, file, TRUE);
  g_assert_cmpstr (file_digest (file), !=, before);
  assert_summary (hustings_import_get_summary (import), expected);
  assert_rejected_lines (import, (guint64) 5, (guint64) 0);
  assert_contains (hustings_import_get_rejection (import, 0)->reason, "C00999999");
  g_assert_cmpint (hustings_committee_file_count_contacts (file), ==, 2);
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, 4);
  g_assert_cmpint (contact_named (file, "Priya Shah"), ==, 0);

  jane = get_contact (file, "Jane Doe");
  g_assert_cmpstr (hustings_contact_get_field (jane, HUSTINGS_CONTACT_STREET1), ==, "12 Elm St");
  g_assert_cmpstr (hustings_contact_get_field (jane, HUSTINGS_CONTACT_CITY), ==, "Austin");
  g_assert_cmpstr (hustings_contact_get_field (jane, HUSTINGS_CONTACT_STATE), ==, "TX");
  g_assert_cmpstr (hustings_contact_get_field (jane, HUSTINGS_CONTACT_ZIP), ==, "78701");
  g_assert_cmpstr (hustings_contact_get_field (jane, HUSTINGS_CONTACT_EMPLOYER), ==, "Austin ISD");
  g_assert_cmpstr (hustings_contact_get_field (jane, HUSTINGS_CONTACT_OCCUPATION), ==, "Teacher");
  assert_same_set (hustings_contact_get_emails (jane), "jane.doe@example.com", NULL);
  assert_same_set (hustings_contact_get_phones (jane), "5125550101", NULL);
  marcus = get_contact (file, "Marcus Lee");
  g_assert_cmpstr (hustings_contact_get_field (marcus, HUSTINGS_CONTACT_STREET1), ==, "9 Oak Ave");
  g_assert_cmpstr (hustings_contact_get_field (marcus, HUSTINGS_CONTACT_STREET2), ==, "Apt 2");
  g_assert_cmpstr (hustings_contact_get_field (marcus, HUSTINGS_CONTACT_ZIP), ==, "02906");

  /* Earmarked through ActBlue, with its fee; the time of day is dropped. */
  d = get_donation (file, "ActBlue", "5001");
  g_assert_cmpint (hustings_donation_get_contact_id (d), ==, hustings_contact_get_id (jane));
  g_assert_cmpstr (hustings_donation_get_date (d), ==, "2026-03-04");
  g_assert_cmpint (hustings_donation_get_amount (d), ==, 2500);
  g_assert_cmpint (hustings_donation_get_fee (d), ==, 99);
  g_assert_cmpstr (hustings_donation_get_conduit (d), ==, "C00401224");
  g_assert_cmpint (hustings_donation_get_method (d), ==, HUSTINGS_METHOD_PROCESSOR);
  g_assert_false (hustings_donation_get_recurring (d));
  g_assert_cmpstr (hustings_donation_get_election (d), ==, "P2026");
  g_assert_true (hustings_donation_get_election_presumed (d));
  g_assert_cmpint (hustings_donation_get_cycle (d), ==, 2026);
  d = get_donation (file, "ActBlue", "5002");
  g_assert_true (hustings_donation_get_recurring (d));
  g_assert_cmpint (hustings_donation_get_fee (d), ==, 40);
  d = get_donation (file, "ActBlue", "5005");
  g_assert_cmpint (hustings_donation_get_contact_id (d), ==, hustings_contact_get_id (marcus));
  g_assert_cmpstr (hustings_donation_get_date (d), ==, "2026-03-12");
  g_assert_cmpint (hustings_donation_get_amount (d), ==, 25000);
  g_assert_cmpint (hustings_donation_get_fee (d), ==, 988);
  g_assert_true (hustings_donation_get_recurring (d)); /* "unlimited" */
  g_assert_cmpstr (hustings_donation_get_conduit (d), ==, "C00401224");

  /* The batch is in the history, with the row it left out. */
  batch = hustings_import_get_batch (file, batch_of (import), &error);
  g_assert_no_error (error);
  g_assert_cmpint (batch->kind, ==, HUSTINGS_IMPORT_DONATIONS);
  g_assert_cmpstr (batch->format_name, ==, "ActBlue contributions");
  g_assert_cmpstr (batch->file_name, ==, "actblue-91.csv");
  g_assert_null (batch->undone_at);
  assert_summary (&batch->summary, expected);
  rejections = hustings_import_list_rejections (file, batch_of (import), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rejections->len, ==, 1);
  g_assert_cmpuint (((HustingsImportRejection *) rejections->pdata[0])->line, ==, 5);
  g_assert_cmpstr (((HustingsImportRejection *) rejections->pdata[0])->reason, ==,
                   hustings_import_get_rejection (import, 0)->reason);
}

/* A later export in the current 101-column layout, re-saved with US dates: it overlaps the
 * first (5002, 5003), lacks 5001 and brings 5006 and 5007. Never twice; nothing deleted. */
static void
test_actblue_101 (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  HustingsImport *later;
  HustingsImport *again;
  HustingsDonation *d;

  import_fixture (file, "actblue-91.csv", NULL, TRUE);
  later = open_import (data_path ("actblue-101.csv"), NULL);
  g_assert_cmpuint (hustings_import_get_n_columns (later), ==, 101);
  run_import (later, file, FALSE);
  assert_summary (hustings_import_get_summary (later),
                  SUMMARY (.rows_read = 4, .contacts_created = 1, .contacts_matched = 1,
                           .donations_added = 2, .duplicates_skipped = 2, .total_cents = 8550));
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, 6);
  g_assert_cmpint (hustings_committee_file_count_contacts (file), ==, 3);

  d = get_donation (file, "ActBlue", "5006");
  g_assert_cmpstr (hustings_donation_get_date (d), ==, "2026-04-05");
  g_assert_cmpint (hustings_donation_get_contact_id (d), ==, contact_named (file, "Jane Doe"));
  g_assert_true (hustings_donation_get_recurring (d));
  d = get_donation (file, "ActBlue", "5007");
  g_assert_cmpstr (hustings_donation_get_date (d), ==, "2026-05-01");
  g_assert_cmpint (hustings_donation_get_amount (d), ==, 7550);
  g_assert_cmpint (hustings_donation_get_fee (d), ==, 299);
  g_assert_cmpint (hustings_donation_get_contact_id (d), ==, contact_named (file, "Rosa Diaz"));
  /* The gift the later export lacks stays. */
  g_assert_cmpint (donation_with (file, "ActBlue", "5001"), !=, 0);

  /* The same export again adds nothing, and says why. */
  again = import_fixture (file, "actblue-101.csv", NULL, FALSE);
  assert_summary (hustings_import_get_summary (again),
                  SUMMARY (.rows_read = 4, .duplicates_skipped = 4));
  again = import_fixture (file, "actblue-91.csv", NULL, TRUE);
  assert_summary (hustings_import_get_summary (again),
                  SUMMARY (.rows_read = 5, .duplicates_skipped = 4, .rows_rejected = 1));
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, 6);
  g_assert_cmpint (hustings_committee_file_count_contacts (file), ==, 3);
}

static void
test_actblue_refunds (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  HustingsImport *refunds = open_import (data_path ("actblue-refunds.csv"), NULL);
  HustingsImport *again;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  const char *before;
  HustingsDonation *gift, *refund;
  GPtrArray *list;

  import_fixture (file, "actblue-91.csv", NULL, TRUE);
  before = file_digest (file);

  /* The refunds export has the contributions' columns: the user says which it is. */
  g_assert_cmpstr (hustings_import_format_get_id (hustings_import_get_format (refunds)), ==,
                   "actblue");
  hustings_import_set_format (refunds, hustings_import_format_find ("actblue-refunds"));

  /* A row that is no refund is refused; without skipping, nothing is written. */
  g_assert_false (hustings_import_run (refunds, file, FALSE, NULL, NULL, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  assert_contains (error->message, "1 row cannot be imported");
  g_clear_error (&error);
  assert_rejected_lines (refunds, (guint64) 4, (guint64) 0);
  assert_contains (hustings_import_get_rejection (refunds, 0)->reason, "not a refund");
  g_assert_cmpstr (file_digest (file), ==, before);

  /* Skipping it: Marcus's gift from the first export is refunded, and Ellen's gift, never
   * imported, comes in with its refund. */
  run_import (refunds, file, TRUE);
  assert_summary (hustings_import_get_summary (refunds),
                  SUMMARY (.rows_read = 3, .contacts_created = 1, .donations_added = 1,
                           .refunds_added = 2, .rows_rejected = 1, .total_cents = -10000));
  gift = get_donation (file, "ActBlue", "5003");
  list = refunds_of (file, gift);
  g_assert_cmpuint (list->len, ==, 1);
  refund = g_ptr_array_index (list, 0);
  g_assert_cmpint (hustings_donation_get_amount (refund), ==, -10000);
  g_assert_cmpstr (hustings_donation_get_date (refund), ==, "2026-04-02");
  g_assert_cmpint (hustings_donation_get_contact_id (refund), ==,
                   hustings_donation_get_contact_id (gift));
  g_assert_cmpstr (hustings_donation_get_election (refund), ==,
                   hustings_donation_get_election (gift));
  g_assert_cmpint (hustings_donation_store_refundable (file, hustings_donation_get_id (gift)), ==,
                   0);
  g_assert_cmpint (hustings_donation_get_amount (gift), ==, 10000);

  gift = get_donation (file, "ActBlue", "5008");
  g_assert_cmpint (hustings_donation_get_contact_id (gift), ==, contact_named (file, "Ellen Park"));
  g_assert_cmpstr (hustings_donation_get_date (gift), ==, "2026-03-20");
  g_assert_cmpint (hustings_donation_get_amount (gift), ==, 4000);
  g_assert_cmpint (hustings_donation_get_fee (gift), ==, 158);
  list = refunds_of (file, gift);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (hustings_donation_get_amount (g_ptr_array_index (list, 0)), ==, -4000);
  g_assert_cmpstr (hustings_donation_get_date (g_ptr_array_index (list, 0)), ==, "2026-03-25");
  g_assert_cmpint (donation_with (file, "ActBlue", "5009"), ==, 0);

  kept = hustings_import_list_rejections (file, batch_of (refunds), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kept->len, ==, 1);
  g_assert_cmpuint (((HustingsImportRejection *) kept->pdata[0])->line, ==, 4);

  /* The refunds again: nothing new. */
  again = import_fixture (file, "actblue-refunds.csv", "actblue-refunds", TRUE);
  assert_summary (hustings_import_get_summary (again),
                  SUMMARY (.rows_read = 3, .duplicates_skipped = 2, .rows_rejected = 1));
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, 7);
}

/* ---- The other processors ---- */

static void
test_winred (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  HustingsImport *import = open_import (data_path ("winred.csv"), "winred");
  HustingsDonation *d;

  g_assert_cmpint (hustings_import_get_column_field (import, 0), ==, HUSTINGS_FIELD_SOURCE_ID);
  g_assert_cmpint (hustings_import_get_column_field (import, 16), ==, HUSTINGS_FIELD_STATUS);
  run_import (import, file, FALSE);
  /* The failed payment is passed over. */
  assert_summary (hustings_import_get_summary (import),
                  SUMMARY (.rows_read = 3, .contacts_created = 2, .contacts_matched = 0,
                           .donations_added = 2, .rows_ignored = 1, .total_cents = 5000));
  g_assert_cmpint (donation_with (file, "WinRed", "WR-7002"), ==, 0);

  d = get_donation (file, "WinRed", "WR-7001");
  g_assert_cmpint (hustings_donation_get_contact_id (d), ==, contact_named (file, "Dale Cooper"));
  g_assert_cmpstr (hustings_donation_get_date (d), ==, "2026-02-14");
  g_assert_cmpint (hustings_donation_get_amount (d), ==, 3500);
  g_assert_cmpstr (hustings_donation_get_conduit (d), ==, "C00694323");
  g_assert_cmpint (hustings_donation_get_fee (d), ==, 137);
  g_assert_cmpint (hustings_donation_get_method (d), ==, HUSTINGS_METHOD_PROCESSOR);
  g_assert_false (hustings_donation_get_recurring (d));
  d = get_donation (file, "WinRed", "WR-7003");
  g_assert_true (hustings_donation_get_recurring (d));
  g_assert_cmpstr (hustings_donation_get_conduit (d), ==, "C00694323");
  g_assert_cmpstr (hustings_contact_get_field (get_contact (file, "Audrey Horne"),
                                               HUSTINGS_CONTACT_STREET2), ==, "Suite 1");
}

static void
test_anedot (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  HustingsImport *import = import_fixture (file, "anedot.csv", NULL, FALSE);
  HustingsContact *ace;
  HustingsDonation *d;

  /* The voided payment is passed over. */
  assert_summary (hustings_import_get_summary (import),
                  SUMMARY (.rows_read = 3, .contacts_created = 2, .donations_added = 2,
                           .rows_ignored = 1, .total_cents = 56000));
  g_assert_cmpint (contact_named (file, "Alan Turing"), ==, 0);

  d = get_donation (file, "Anedot", "AN-301");
  g_assert_cmpint (hustings_donation_get_method (d), ==, HUSTINGS_METHOD_CARD);
  g_assert_cmpint (hustings_donation_get_fee (d), ==, 204);
  g_assert_cmpstr (hustings_donation_get_conduit (d), ==, "");
  g_assert_cmpstr (hustings_donation_get_date (d), ==, "2026-01-20");

  ace = get_contact (file, "Ace Hardware LLC");
  g_assert_cmpint (hustings_contact_get_entity_type (ace), ==, HUSTINGS_ENTITY_ORG);
  g_assert_cmpstr (hustings_contact_get_field (ace, HUSTINGS_CONTACT_ORG_NAME), ==,
                   "Ace Hardware LLC");
  assert_same_set (hustings_contact_get_emails (ace), "books@acehardware.example", NULL);
  d = get_donation (file, "Anedot", "AN-302");
  g_assert_cmpint (hustings_donation_get_contact_id (d), ==, hustings_contact_get_id (ace));
  g_assert_cmpint (hustings_donation_get_method (d), ==, HUSTINGS_METHOD_CHECK);
  g_assert_cmpint (hustings_donation_get_amount (d), ==, 50000);
  g_assert_cmpstr (hustings_donation_get_memo (d), ==, "Check 4417");
}

static void
test_ngpvan (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  HustingsImport *import = import_fixture (file, "ngpvan.csv", NULL, FALSE);
  HustingsContact *king;
  HustingsDonation *d;

  assert_summary (hustings_import_get_summary (import),
                  SUMMARY (.rows_read = 2, .contacts_created = 2, .donations_added = 2,
                           .total_cents = 17500));
  king = get_contact (file, "Dr. Martin Luther King Jr.");
  g_assert_cmpstr (hustings_contact_get_field (king, HUSTINGS_CONTACT_PREFIX), ==, "Dr.");
  g_assert_cmpstr (hustings_contact_get_field (king, HUSTINGS_CONTACT_FIRST_NAME), ==, "Martin");
  g_assert_cmpstr (hustings_contact_get_field (king, HUSTINGS_CONTACT_MIDDLE_NAME), ==, "Luther");
  g_assert_cmpstr (hustings_contact_get_field (king, HUSTINGS_CONTACT_LAST_NAME), ==, "King");
  g_assert_cmpstr (hustings_contact_get_field (king, HUSTINGS_CONTACT_SUFFIX), ==, "Jr.");
  g_assert_cmpstr (hustings_contact_get_field (king, HUSTINGS_CONTACT_EMPLOYER), ==,
                   "Ebenezer Baptist Church");
  g_assert_cmpstr (hustings_contact_get_field (king, HUSTINGS_CONTACT_ORG_NAME), ==, "");

  d = get_donation (file, "NGP VAN", "CN-88001");
  g_assert_cmpint (hustings_donation_get_contact_id (d), ==, hustings_contact_get_id (king));
  g_assert_cmpstr (hustings_donation_get_date (d), ==, "2026-04-02");
  g_assert_cmpint (hustings_donation_get_method (d), ==, HUSTINGS_METHOD_CHECK);
  g_assert_cmpstr (hustings_donation_get_check_number (d), ==, "2231");
  g_assert_cmpstr (hustings_donation_get_memo (d), ==, "Gala table");
  g_assert_cmpstr (hustings_donation_get_conduit (d), ==, "");
  d = get_donation (file, "NGP VAN", "CN-88002");
  g_assert_cmpint (hustings_donation_get_method (d), ==, HUSTINGS_METHOD_CARD);
  g_assert_cmpint (hustings_donation_get_contact_id (d), ==,
                   contact_named (file, "Ms. Coretta Scott King"));
}

static void
test_nationbuilder (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  HustingsImport *import = import_fixture (file, "nationbuilder.csv", NULL, FALSE);
  HustingsContact *sean;
  HustingsDonation *gift, *refund;

  /* The failed payment is passed over; the negative amount refunds Sean's gift. */
  assert_summary (hustings_import_get_summary (import),
                  SUMMARY (.rows_read = 3, .contacts_created = 1, .donations_added = 1,
                           .refunds_added = 1, .rows_ignored = 1, .total_cents = 2500));
  g_assert_cmpint (contact_named (file, "Nora Walsh"), ==, 0);

  /* One leading apostrophe, put there for Excel, is taken off every value. */
  sean = get_contact (file, "Sean O'Brien");
  g_assert_cmpstr (hustings_contact_get_field (sean, HUSTINGS_CONTACT_LAST_NAME), ==, "O'Brien");
  g_assert_cmpstr (hustings_contact_get_field (sean, HUSTINGS_CONTACT_ZIP), ==, "02110");
  g_assert_cmpstr (hustings_contact_get_field (sean, HUSTINGS_CONTACT_EMPLOYER), ==,
                   "O'Brien & Sons");
  g_assert_cmpstr (hustings_contact_get_field (sean, HUSTINGS_CONTACT_CITY), ==, "Boston");
  gift = get_donation (file, "NationBuilder", "9001");
  g_assert_cmpint (hustings_donation_get_amount (gift), ==, 4000);
  g_assert_cmpstr (hustings_donation_get_date (gift), ==, "2026-05-01");
  g_assert_cmpstr (hustings_donation_get_memo (gift), ==, "=not a formula");
  g_assert_cmpint (hustings_donation_get_method (gift), ==, HUSTINGS_METHOD_CARD);
  g_assert_cmpint (hustings_donation_get_contact_id (gift), ==, hustings_contact_get_id (sean));
  refund = get_donation (file, "NationBuilder", "9003");
  g_assert_cmpint (hustings_donation_get_amount (refund), ==, -1500);
  g_assert_cmpint (hustings_donation_get_refund_of (refund), ==, hustings_donation_get_id (gift));
  g_assert_cmpstr (hustings_donation_get_date (refund), ==, "2026-05-09");
  g_assert_cmpint (hustings_donation_store_refundable (file, hustings_donation_get_id (gift)), ==,
                   2500);
}

/* ---- Generic files ---- */

/* Maps generic-gala.csv, whose headers Hustings cannot guess. */
static void
map_gala (HustingsImport *import)
{
  static const struct {
    HustingsImportField field;
    const char         *header;
  } map[] = {
    { HUSTINGS_FIELD_FULL_NAME, "giver" },         /* case is ignored */
    { HUSTINGS_FIELD_AMOUNT, "Gift (USD)" },
    { HUSTINGS_FIELD_DATE, "given on" },
    { HUSTINGS_FIELD_SOURCE_ID, "Ref #" },
    { HUSTINGS_FIELD_STREET1, "Mailing Street" },
    { HUSTINGS_FIELD_STATE, "Region" },
    { HUSTINGS_FIELD_ZIP, "Postal" },
    { HUSTINGS_FIELD_EMPLOYER, "Works For" },
    { HUSTINGS_FIELD_OCCUPATION, "Job" },
    { HUSTINGS_FIELD_METHOD, "How Paid" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (hustings_import_map_column (import, map[i].field, map[i].header, &error));
      g_assert_no_error (error);
    }
}

static void
test_generic_mapping (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  HustingsImport *import = open_import (data_path ("generic-gala.csv"), NULL);
  HustingsImport *contacts;
  g_autoptr(GError) error = NULL;
  HustingsContact *ann, *bo;
  HustingsDonation *d;

  g_assert_cmpstr (hustings_import_format_get_id (hustings_import_get_format (import)), ==,
                   "generic");
  g_assert_cmpint (hustings_import_get_column_field (import, 5), ==, HUSTINGS_FIELD_CITY);
  g_assert_cmpint (hustings_import_get_column_field (import, 0), ==, HUSTINGS_FIELD_IGNORE);
  g_assert_false (hustings_import_check_mapping (import, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Choose the column that holds the date received.");
  g_clear_error (&error);

  map_gala (import);
  g_assert_cmpint (hustings_import_get_column_field (import, 0), ==, HUSTINGS_FIELD_FULL_NAME);
  g_assert_cmpint (hustings_import_get_column_field (import, 10), ==, HUSTINGS_FIELD_METHOD);
  g_assert_false (hustings_import_map_column (import, HUSTINGS_FIELD_EMAIL, "E-mail", &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  assert_contains (error->message, "E-mail");
  g_clear_error (&error);

  /* A field put on another column leaves the one that had it. */
  g_assert_true (hustings_import_map_column (import, HUSTINGS_FIELD_CITY, "Region", NULL));
  g_assert_cmpint (hustings_import_get_column_field (import, 5), ==, HUSTINGS_FIELD_IGNORE);
  g_assert_cmpint (hustings_import_get_column_field (import, 6), ==, HUSTINGS_FIELD_CITY);
  hustings_import_set_column_field (import, 5, HUSTINGS_FIELD_CITY);
  hustings_import_set_column_field (import, 6, HUSTINGS_FIELD_STATE);
  g_assert_true (hustings_import_check_mapping (import, &error));
  g_assert_no_error (error);

  run_import (import, file, FALSE);
  assert_summary (hustings_import_get_summary (import),
                  SUMMARY (.rows_read = 2, .contacts_created = 2, .donations_added = 2,
                           .total_cents = 20000));
  ann = get_contact (file, "Ann Lee");
  g_assert_cmpstr (hustings_contact_get_field (ann, HUSTINGS_CONTACT_STREET1), ==, "12 Oak St");
  g_assert_cmpstr (hustings_contact_get_field (ann, HUSTINGS_CONTACT_CITY), ==, "Fresno");
  g_assert_cmpstr (hustings_contact_get_field (ann, HUSTINGS_CONTACT_STATE), ==, "CA");
  g_assert_cmpstr (hustings_contact_get_field (ann, HUSTINGS_CONTACT_ZIP), ==, "93721");
  g_assert_cmpstr (hustings_contact_get_field (ann, HUSTINGS_CONTACT_EMPLOYER), ==,
                   "Acme Widgets");
  g_assert_cmpstr (hustings_contact_get_field (ann, HUSTINGS_CONTACT_OCCUPATION), ==, "Engineer");
  d = get_donation (file, "", "G-1");
  g_assert_cmpint (hustings_donation_get_contact_id (d), ==, hustings_contact_get_id (ann));
  g_assert_cmpint (hustings_donation_get_amount (d), ==, 12500);
  g_assert_cmpstr (hustings_donation_get_date (d), ==, "2026-02-01");
  g_assert_cmpint (hustings_donation_get_method (d), ==, HUSTINGS_METHOD_CHECK);

  /* "Diaz, Bo" is split at the comma; a US date is read as one. */
  bo = get_contact (file, "Bo Diaz");
  g_assert_cmpstr (hustings_contact_get_field (bo, HUSTINGS_CONTACT_FIRST_NAME), ==, "Bo");
  g_assert_cmpstr (hustings_contact_get_field (bo, HUSTINGS_CONTACT_LAST_NAME), ==, "Diaz");
  d = get_donation (file, "", "G-2");
  g_assert_cmpstr (hustings_donation_get_date (d), ==, "2026-02-01");
  g_assert_cmpint (hustings_donation_get_method (d), ==, HUSTINGS_METHOD_CASH);

  /* A contacts import takes no receipt fields. */
  contacts = open_import (data_path ("generic-gala.csv"), "contacts");
  g_assert_cmpint (hustings_import_get_kind (contacts), ==, HUSTINGS_IMPORT_CONTACTS);
  g_assert_false (hustings_import_map_column (contacts, HUSTINGS_FIELD_AMOUNT, "Gift (USD)",
                                              &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
}

static void
test_saved_mappings (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  HustingsImport *import = open_import (data_path ("generic-gala.csv"), NULL);
  HustingsImport *again = open_import (data_path ("generic-gala.csv"), NULL);
  HustingsImport *people = open_import (data_path ("contacts.csv"), NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) donations = NULL;
  g_auto(GStrv) contacts = NULL;
  g_auto(GStrv) none = NULL;

  map_gala (import);
  g_assert_true (hustings_import_save_mapping (import, file, "Spring gala", &error));
  g_assert_no_error (error);
  g_assert_true (hustings_import_save_mapping (import, file, "annual dinner", &error));
  g_assert_no_error (error);
  g_assert_false (hustings_import_save_mapping (import, file, "   ", &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (hustings_import_save_mapping (people, file, "Volunteers", &error));
  g_assert_no_error (error);

  donations = hustings_import_list_mappings (file, HUSTINGS_IMPORT_DONATIONS);
  g_assert_cmpuint (g_strv_length (donations), ==, 2);
  g_assert_cmpstr (donations[0], ==, "annual dinner");
  g_assert_cmpstr (donations[1], ==, "Spring gala");
  contacts = hustings_import_list_mappings (file, HUSTINGS_IMPORT_CONTACTS);
  g_assert_cmpuint (g_strv_length (contacts), ==, 1);
  g_assert_cmpstr (contacts[0], ==, "Volunteers");

  /* Loaded into a new import of the same file, a mapping puts every column back. */
  g_assert_false (hustings_import_check_mapping (again, NULL));
  g_assert_true (hustings_import_load_mapping (again, file, "Spring gala", &error));
  g_assert_no_error (error);
  for (guint i = 0; i < hustings_import_get_n_columns (import); i++)
    g_assert_cmpint (hustings_import_get_column_field (again, i), ==,
                     hustings_import_get_column_field (import, i));
  g_assert_true (hustings_import_check_mapping (again, NULL));
  run_import (again, file, FALSE);
  g_assert_cmpuint (hustings_import_get_summary (again)->donations_added, ==, 2);

  /* A contacts mapping makes a contacts import. */
  g_assert_true (hustings_import_load_mapping (import, file, "Volunteers", &error));
  g_assert_no_error (error);
  g_assert_cmpint (hustings_import_get_kind (import), ==, HUSTINGS_IMPORT_CONTACTS);

  g_assert_false (hustings_import_load_mapping (import, file, "Winter gala", &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);

  /* The same name again replaces the mapping. */
  hustings_import_set_format (people, hustings_import_format_find ("generic"));
  g_assert_true (hustings_import_save_mapping (people, file, "Volunteers", NULL));
  none = hustings_import_list_mappings (file, HUSTINGS_IMPORT_CONTACTS);
  g_assert_cmpuint (g_strv_length (none), ==, 0);
}

/* ---- Contacts ---- */

static void
test_contacts (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  g_autoptr(HustingsContact) existing = test_person ("Jane", "Doe");
  const char * const emails[] = { "jane.doe@example.com", NULL };
  const char * const tags[] = { "donor", NULL };
  HustingsImport *import;
  g_autoptr(HustingsImportBatch) batch = NULL;
  HustingsContact *jane, *kim;

  hustings_contact_set_field (existing, HUSTINGS_CONTACT_STREET1, "12 Elm St");
  hustings_contact_set_field (existing, HUSTINGS_CONTACT_CITY, "Austin");
  hustings_contact_set_field (existing, HUSTINGS_CONTACT_STATE, "TX");
  hustings_contact_set_field (existing, HUSTINGS_CONTACT_ZIP, "78701");
  hustings_contact_set_field (existing, HUSTINGS_CONTACT_EMPLOYER, "Austin ISD");
  hustings_contact_set_field (existing, HUSTINGS_CONTACT_OCCUPATION, "Teacher");
  hustings_contact_set_emails (existing, emails);
  hustings_contact_set_tags (existing, tags);
  add_contact (file, existing);

  import = import_fixture (file, "contacts.csv", NULL, FALSE);
  g_assert_cmpint (hustings_import_get_kind (import), ==, HUSTINGS_IMPORT_CONTACTS);
  assert_summary (hustings_import_get_summary (import),
                  SUMMARY (.rows_read = 2, .contacts_created = 1, .contacts_matched = 1,
                           .contacts_updated = 1));
  g_assert_cmpint (hustings_committee_file_count_contacts (file), ==, 2);
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, 0);

  /* The contact it matched takes what the file says, and keeps what it had, its name written
   * as it was ("JANE DOE" in the file) included. */
  jane = get_contact (file, "Jane Doe");
  g_assert_cmpint (hustings_contact_get_id (jane), ==, hustings_contact_get_id (existing));
  g_assert_cmpstr (hustings_contact_get_field (jane, HUSTINGS_CONTACT_FIRST_NAME), ==, "Jane");
  g_assert_cmpstr (hustings_contact_get_field (jane, HUSTINGS_CONTACT_LAST_NAME), ==, "Doe");
  g_assert_cmpstr (hustings_contact_get_field (jane, HUSTINGS_CONTACT_EMPLOYER), ==,
                   "Austin Community College");
  g_assert_cmpstr (hustings_contact_get_field (jane, HUSTINGS_CONTACT_OCCUPATION), ==,
                   "Professor");
  g_assert_cmpstr (hustings_contact_get_field (jane, HUSTINGS_CONTACT_NOTES), ==,
                   "Met at the gala");
  assert_same_set (hustings_contact_get_emails (jane), "jane.doe@example.com",
                   "jdoe@work.example", NULL);
  assert_same_set (hustings_contact_get_phones (jane), "512-555-0101", NULL);
  assert_same_set (hustings_contact_get_tags (jane), "donor", "volunteer", "host committee",
                   NULL);

  kim = get_contact (file, "Kim Nguyen");
  g_assert_cmpstr (hustings_contact_get_field (kim, HUSTINGS_CONTACT_STREET1), ==, "88 Cedar Ln");
  g_assert_cmpstr (hustings_contact_get_field (kim, HUSTINGS_CONTACT_EMPLOYER), ==, "Dell");
  assert_same_set (hustings_contact_get_emails (kim), "kim@example.com", "kim.nguyen@example.org",
                   NULL);
  g_assert_cmpstr (hustings_contact_get_emails (kim)[0], ==, "kim@example.com");
  assert_same_set (hustings_contact_get_phones (kim), "512-555-0188", "512-555-0199", NULL);
  assert_same_set (hustings_contact_get_tags (kim), "volunteer", "yard sign", NULL);
  assert_search (file, "kim.nguyen@example.org", hustings_contact_get_id (kim), (gint64) 0);
  assert_search (file, "jdoe work", hustings_contact_get_id (jane), (gint64) 0);

  batch = hustings_import_get_batch (file, batch_of (import), NULL);
  g_assert_nonnull (batch);
  g_assert_cmpint (batch->kind, ==, HUSTINGS_IMPORT_CONTACTS);
  g_assert_cmpstr (batch->format_name, ==,
                   hustings_import_format_get_name (hustings_import_format_find ("contacts")));

  /* The same file again changes nobody. */
  import = import_fixture (file, "contacts.csv", NULL, FALSE);
  assert_summary (hustings_import_get_summary (import),
                  SUMMARY (.rows_read = 2, .contacts_matched = 2));
  g_assert_cmpint (hustings_committee_file_count_contacts (file), ==, 2);
}

/* ---- Encodings and delimiters ---- */

static void
test_encodings (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  HustingsImport *import = open_import (data_path ("windows-1252-semicolon.csv"), NULL);
  HustingsImport *tabs = open_import (data_path ("tab-delimited.txt"), NULL);
  gint64 jose, greta;

  g_assert_cmpstr (hustings_import_get_description (import), ==,
                   "CSV, semicolon-separated, Windows-1252");
  g_assert_cmpstr (hustings_import_get_preview_cell (import, 0, 1), ==, "Peña");
  run_import (import, file, FALSE);
  jose = contact_named (file, "José Peña");
  greta = contact_named (file, "Greta Müller");
  g_assert_cmpint (jose, !=, 0);
  g_assert_cmpint (greta, !=, 0);
  assert_search (file, "pena", jose, (gint64) 0);
  assert_search (file, "Müller", greta, (gint64) 0);
  assert_search (file, "muller fredericksburg", greta, (gint64) 0);

  g_assert_cmpstr (hustings_import_get_description (tabs), ==, "CSV, tab-separated, UTF-8");
  run_import (tabs, file, FALSE);
  g_assert_cmpint (contact_named (file, "Zoë Adams"), !=, 0);
  g_assert_cmpint (contact_named (file, "Luis Ortíz"), !=, 0);
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, 4);
}

/* ---- Never twice ---- */

static void
test_never_twice_without_ids (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 jose = add_person (file, "José", "Peña", "", "San Antonio", "TX", "78205", NULL);
  HustingsImport *import;

  /* The gift was entered by hand before the file came: a row without an id is the same receipt
   * when it has the same donor, date and amount. */
  test_give (file, jose, "2026-03-01", 2500, NULL);
  import = import_fixture (file, "windows-1252-semicolon.csv", NULL, FALSE);
  assert_summary (hustings_import_get_summary (import),
                  SUMMARY (.rows_read = 2, .contacts_created = 1, .contacts_matched = 1,
                           .donations_added = 1, .duplicates_skipped = 1, .total_cents = 4000));
  import = import_fixture (file, "windows-1252-semicolon.csv", NULL, FALSE);
  assert_summary (hustings_import_get_summary (import),
                  SUMMARY (.rows_read = 2, .contacts_matched = 2, .duplicates_skipped = 2));
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, 2);
  g_assert_cmpint (hustings_committee_file_count_contacts (file), ==, 2);
}

/* ---- Malformed files ---- */

/* analyze and run both fail with an error naming the line, and the file stays as it was. */
static void
assert_unreadable (HustingsCommitteeFile *file,
                   HustingsImport        *import,
                   const char            *line)
{
  const char *before = file_digest (file);
  g_autoptr(GError) error = NULL;

  g_assert_false (hustings_import_analyze (import, file, NULL, NULL, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  assert_contains (error->message, line);
  g_clear_error (&error);
  g_assert_false (hustings_import_run (import, file, TRUE, NULL, NULL, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  assert_contains (error->message, line);
  g_assert_cmpstr (file_digest (file), ==, before);
}

static void
test_malformed_quote (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  HustingsImport *import = open_import (data_path ("unbalanced-quote.csv"), NULL);

  g_assert_cmpuint (hustings_import_get_n_preview_rows (import), ==, 1);
  assert_unreadable (file, import, "Line 3");
}

static void
test_malformed_huge_field (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  const char *path = temp_path ("huge.csv");
  g_autoptr(GString) text = g_string_new ("First Name,Last Name,Amount,Date,Notes\n"
                                          "Ann,Lee,25.00,2026-01-05,short\n"
                                          "Bo,Diaz,40.00,2026-01-06,\"");

  for (guint i = 0; i < 10 * 1024 * 1024; i++)
    g_string_append_c (text, 'x');
  g_string_append (text, "\"\nCy,Ng,10.00,2026-01-07,short\n");
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
  assert_unreadable (file, open_import (path, NULL), "Line 3");
}

static void
test_malformed_binary (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  const char *junk = temp_path ("junk.csv");
  const char *tail = temp_path ("tail.csv");
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GString) text = g_string_new ("First Name,Last Name,Amount,Date\n"
                                          "Ann,Lee,25.00,2026-01-05\n");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 20000; i++)
    {
      guint8 b = (guint8) g_rand_int_range (rand, 0, 256);

      g_byte_array_append (bytes, &b, 1);
    }
  /* Nothing but junk: refused when opened. */
  g_assert_true (g_file_set_contents (junk, (const char *) bytes->data, bytes->len, NULL));
  g_assert_null (hustings_import_new (junk, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  assert_contains (error->message, "Line 1");

  /* Junk after good rows: found by the whole read. */
  g_string_append_len (text, (const char *) bytes->data, 3000);
  g_assert_true (g_file_set_contents (tail, text->str, text->len, NULL));
  assert_unreadable (file, open_import (tail, NULL), "Line 3");
}

static void
test_malformed_empty (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (hustings_import_new (data_path ("empty.csv"), NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
}

/* A header and no rows: nothing to import, and no empty batch in the history. */
static void
test_malformed_header_only (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  HustingsImport *import = open_import (data_path ("header-only.csv"), NULL);
  const char *before = file_digest (file);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (hustings_import_get_n_columns (import), ==, 4);
  g_assert_cmpuint (hustings_import_get_n_preview_rows (import), ==, 0);
  g_assert_false (hustings_import_run (import, file, TRUE, NULL, NULL, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_cmpstr (file_digest (file), ==, before);
}

/* Rows with fewer or more cells than the header: each is refused, naming its line. */
static void
test_malformed_ragged (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  HustingsImport *import = open_import (data_path ("ragged.csv"), NULL);
  const char *before = file_digest (file);
  g_autoptr(GError) error = NULL;

  g_assert_false (hustings_import_run (import, file, FALSE, NULL, NULL, NULL, &error));
  log_rejections (import);
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  assert_contains (error->message, "2 rows cannot be imported");
  assert_rejected_lines (import, (guint64) 3, (guint64) 4, (guint64) 0);
  g_assert_cmpstr (file_digest (file), ==, before);

  run_import (import, file, TRUE);
  g_assert_cmpuint (hustings_import_get_summary (import)->donations_added, ==, 2);
  g_assert_cmpint (contact_named (file, "Cy Ng"), ==, 0);
}

/* ---- Rejections ---- */

static void
test_rejections (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  HustingsImport *import = open_import (data_path ("rejections.csv"), NULL);
  const char *before = file_digest (file);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GPtrArray) batches = NULL;
  g_autoptr(HustingsImportBatch) batch = NULL;
  HustingsDonation *d;

  g_assert_false (hustings_import_run (import, file, FALSE, NULL, NULL, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  assert_contains (error->message, "4 rows cannot be imported");
  g_clear_error (&error);
  assert_rejected_lines (import, (guint64) 3, (guint64) 4, (guint64) 5, (guint64) 7,
                         (guint64) 0);
  assert_contains (hustings_import_get_rejection (import, 0)->reason, "12,5O");
  assert_contains (hustings_import_get_rejection (import, 1)->reason, "2026-02-30");
  assert_contains (hustings_import_get_rejection (import, 2)->reason, "amount is missing");
  assert_contains (hustings_import_get_rejection (import, 3)->reason, "X2030");
  g_assert_cmpstr (file_digest (file), ==, before);
  batches = hustings_import_list_batches (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (batches->len, ==, 0);

  /* Skipping them imports the rest and keeps them with the batch. */
  run_import (import, file, TRUE);
  assert_summary (hustings_import_get_summary (import),
                  SUMMARY (.rows_read = 6, .contacts_created = 2, .donations_added = 2,
                           .rows_rejected = 4, .total_cents = 6500));
  d = get_donation (file, "", "R-5");
  g_assert_cmpstr (hustings_donation_get_election (d), ==, "G2026");
  g_assert_false (hustings_donation_get_election_presumed (d));
  kept = hustings_import_list_rejections (file, batch_of (import), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kept->len, ==, 4);
  for (guint i = 0; i < kept->len; i++)
    {
      const HustingsImportRejection *r = g_ptr_array_index (kept, i);

      g_assert_cmpuint (r->line, ==, hustings_import_get_rejection (import, i)->line);
      g_assert_cmpstr (r->reason, ==, hustings_import_get_rejection (import, i)->reason);
    }
  batch = hustings_import_get_batch (file, batch_of (import), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (batch->summary.rows_rejected, ==, 4);
}

/* ---- Matching donors to contacts ---- */

static void
test_matching (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 ann = add_person (file, "Ann", "Lee", "12 Oak St", "Fresno", "CA", "93721", NULL);
  gint64 carl = add_person (file, "Carl", "Moss", "5 Pine St", "Reno", "NV", "89501",
                            "carl@example.com");
  gint64 dana = add_person (file, "Dana", "White", "7 Birch Rd", "Boise", "ID", "83702", NULL);
  HustingsImport *import = open_import (data_path ("matching.csv"), NULL);
  const char *before = file_digest (file);
  g_autoptr(GError) error = NULL;
  HustingsImportMatch *match;
  HustingsContact *contact;
  gint64 carla;

  g_assert_true (hustings_import_analyze (import, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (file_digest (file), ==, before);
  /* Ann by name and ZIP, Carl by email and name; Carla (Carl's email) and Dana (same name and
   * city, another street) may or may not be the contacts: new ones unless the user says. */
  assert_summary (hustings_import_get_summary (import),
                  SUMMARY (.rows_read = 6, .contacts_created = 3, .contacts_matched = 2,
                           .contacts_updated = 1, .donations_added = 6, .total_cents = 37000));
  g_assert_cmpuint (hustings_import_get_n_uncertain (import), ==, 2);
  match = hustings_import_get_uncertain (import, 0);
  g_assert_cmpuint (match->line, ==, 4);
  g_assert_cmpint (match->contact_id, ==, carl);
  g_assert_cmpstr (match->reason, ==, "Same email address, different name");
  assert_contains (match->donor, "Carla Moss");
  assert_contains (match->contact, "Carl Moss");
  g_assert_false (match->same_person);
  match = hustings_import_get_uncertain (import, 1);
  g_assert_cmpuint (match->line, ==, 5);
  g_assert_cmpint (match->contact_id, ==, dana);
  g_assert_cmpstr (match->reason, ==, "Same name and city, different address");
  assert_contains (match->donor, "99 Elm St");
  assert_contains (match->contact, "7 Birch Rd");

  /* Dana is the same person; Carla is not. */
  hustings_import_set_same_person (import, 1, TRUE);
  run_import (import, file, FALSE);
  assert_summary (hustings_import_get_summary (import),
                  SUMMARY (.rows_read = 6, .contacts_created = 2, .contacts_matched = 3,
                           .contacts_updated = 1, .donations_added = 6, .total_cents = 37000));
  g_assert_cmpint (hustings_committee_file_count_contacts (file), ==, 5);
  g_assert_cmpint (hustings_donation_get_contact_id (get_donation (file, "", "M-1")), ==, ann);
  g_assert_cmpint (hustings_donation_get_contact_id (get_donation (file, "", "M-2")), ==, carl);
  g_assert_cmpint (hustings_donation_get_contact_id (get_donation (file, "", "M-4")), ==, dana);
  g_assert_cmpint (hustings_donation_get_contact_id (get_donation (file, "", "M-6")), ==, dana);
  carla = contact_named (file, "Carla Moss");
  g_assert_cmpint (carla, !=, 0);
  g_assert_cmpint (carla, !=, carl);
  g_assert_cmpint (hustings_donation_get_contact_id (get_donation (file, "", "M-3")), ==, carla);
  g_assert_cmpint (contact_named (file, "Erin Fox"), !=, 0);

  /* A contact the import matched takes the employer and occupation the donor gave now. */
  contact = get_contact (file, "Ann Lee");
  g_assert_cmpstr (hustings_contact_get_field (contact, HUSTINGS_CONTACT_EMPLOYER), ==, "New Co");
  g_assert_cmpstr (hustings_contact_get_field (contact, HUSTINGS_CONTACT_OCCUPATION), ==,
                   "Chief Executive");
  g_assert_cmpstr (hustings_contact_get_field (contact, HUSTINGS_CONTACT_STREET1), ==, "12 Oak St");
  contact = get_contact (file, "Dana White");
  g_assert_cmpstr (hustings_contact_get_field (contact, HUSTINGS_CONTACT_STREET1), ==,
                   "7 Birch Rd");
  assert_search (file, "New Co", ann, (gint64) 0);
}

/* Without analyze (or a decision), an uncertain donor is a new contact. */
static void
test_matching_undecided (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  HustingsImport *import = open_import (data_path ("matching.csv"), NULL);

  add_person (file, "Ann", "Lee", "12 Oak St", "Fresno", "CA", "93721", NULL);
  add_person (file, "Carl", "Moss", "5 Pine St", "Reno", "NV", "89501", "carl@example.com");
  add_person (file, "Dana", "White", "7 Birch Rd", "Boise", "ID", "83702", NULL);
  run_import (import, file, FALSE);
  assert_summary (hustings_import_get_summary (import),
                  SUMMARY (.rows_read = 6, .contacts_created = 3, .contacts_matched = 2,
                           .contacts_updated = 1, .donations_added = 6, .total_cents = 37000));
  g_assert_cmpint (hustings_committee_file_count_contacts (file), ==, 6);
  g_assert_cmpuint (hustings_import_get_n_uncertain (import), ==, 2);
  g_assert_cmpint (hustings_donation_get_contact_id (get_donation (file, "", "M-4")), ==,
                   hustings_donation_get_contact_id (get_donation (file, "", "M-6")));
}

/* ---- Totals and search ---- */

static gint
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* Copies every contact and receipt of from into to, entered as by hand, in id order. */
static void
enter_by_hand (HustingsCommitteeFile *from,
               HustingsCommitteeFile *to,
               GHashTable            *contact_ids)
{
  g_autoptr(GArray) ids = hustings_contact_store_list_ids (from, HUSTINGS_CONTACT_SORT_NAME,
                                                           FALSE);
  g_autoptr(GArray) gifts = hustings_donation_store_list_ids (from, NULL, NULL,
                                                              HUSTINGS_DONATION_SORT_DATE, FALSE);
  g_autoptr(GHashTable) donation_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                              g_free, g_free);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(HustingsContact) c = hustings_contact_store_get (from, id, &error);
      g_autoptr(HustingsContact) copy = NULL;
      gint64 copy_id;

      g_assert_no_error (error);
      copy = hustings_contact_new (hustings_contact_get_entity_type (c));
      for (guint f = 0; f < HUSTINGS_CONTACT_N_FIELDS; f++)
        hustings_contact_set_field (copy, f, hustings_contact_get_field (c, f));
      hustings_contact_set_emails (copy, hustings_contact_get_emails (c));
      hustings_contact_set_phones (copy, hustings_contact_get_phones (c));
      hustings_contact_set_tags (copy, hustings_contact_get_tags (c));
      copy_id = add_contact (to, copy);
      g_hash_table_insert (contact_ids, g_memdup2 (&id, sizeof id),
                           g_memdup2 (&copy_id, sizeof copy_id));
    }

  /* By id, so that a gift comes before its refunds. */
  g_array_sort (gifts, compare_ids);
  for (guint i = 0; i < gifts->len; i++)
    {
      gint64 id = g_array_index (gifts, gint64, i);
      g_autoptr(HustingsDonation) d = hustings_donation_store_get (from, id, &error);
      g_autoptr(HustingsDonation) copy = hustings_donation_new ();
      gint64 contact_id, refund_of, copy_id;

      g_assert_no_error (error);
      contact_id = hustings_donation_get_contact_id (d);
      refund_of = hustings_donation_get_refund_of (d);
      hustings_donation_set_contact_id (copy, *(gint64 *) g_hash_table_lookup (contact_ids,
                                                                               &contact_id));
      hustings_donation_set_date (copy, hustings_donation_get_date (d));
      hustings_donation_set_amount (copy, hustings_donation_get_amount (d));
      hustings_donation_set_method (copy, hustings_donation_get_method (d));
      hustings_donation_set_election (copy, hustings_donation_get_election (d));
      hustings_donation_set_check_number (copy, hustings_donation_get_check_number (d));
      hustings_donation_set_source (copy, hustings_donation_get_source (d),
                                    hustings_donation_get_source_id (d));
      hustings_donation_set_memo (copy, hustings_donation_get_memo (d));
      hustings_donation_set_conduit (copy, hustings_donation_get_conduit (d));
      hustings_donation_set_fee (copy, hustings_donation_get_fee (d));
      hustings_donation_set_recurring (copy, hustings_donation_get_recurring (d));
      if (refund_of != 0)
        hustings_donation_set_refund_of (copy, *(gint64 *) g_hash_table_lookup (donation_ids,
                                                                                &refund_of));
      g_assert_true (hustings_donation_store_add (to, copy, &error));
      g_assert_no_error (error);
      copy_id = hustings_donation_get_id (copy);
      g_hash_table_insert (donation_ids, g_memdup2 (&id, sizeof id),
                           g_memdup2 (&copy_id, sizeof copy_id));
    }
}

/* Two contacts, in two files, have the same totals of every kind and the same last gift. */
static void
assert_same_giving (HustingsCommitteeFile *a,
                    gint64                 a_id,
                    HustingsCommitteeFile *b,
                    gint64                 b_id)
{
  g_autoptr(HustingsContact) x = hustings_contact_store_get (a, a_id, NULL);
  g_autoptr(HustingsContact) y = hustings_contact_store_get (b, b_id, NULL);
  const HustingsTotalKind kinds[] = {
    HUSTINGS_TOTAL_ELECTION, HUSTINGS_TOTAL_CYCLE, HUSTINGS_TOTAL_YEAR,
  };

  g_assert_nonnull (x);
  g_assert_nonnull (y);
  g_test_message ("%s", hustings_contact_get_display_name (x));
  g_assert_cmpstr (hustings_contact_get_last_gift_date (x), ==,
                   hustings_contact_get_last_gift_date (y));
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GPtrArray) totals = hustings_contact_store_totals (a, a_id, kinds[k]);
      g_autoptr(GPtrArray) expected = hustings_contact_store_totals (b, b_id, kinds[k]);

      g_assert_cmpuint (totals->len, ==, expected->len);
      for (guint i = 0; i < totals->len; i++)
        {
          HustingsTotal *t = g_ptr_array_index (totals, i);
          HustingsTotal *e = g_ptr_array_index (expected, i);

          g_assert_cmpstr (t->period, ==, e->period);
          g_assert_cmpint (t->total_cents, ==, e->total_cents);
          g_assert_cmpint (t->gift_count, ==, e->gift_count);
        }
    }
}

/* After imports, each donor's totals and last gift are what the same receipts entered by hand
 * give, and the search finds imported donors. */
static void
test_totals_and_search (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  HustingsCommitteeFile *by_hand = test_new_file (NULL);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GArray) all = NULL;
  gint64 jane = add_person (file, "Jane", "Doe", "12 Elm St", "Austin", "TX", "78701", NULL);
  gint64 marcus, rosa, ellen, sean;

  test_give (file, jane, "2026-01-15", 3000, NULL);
  import_fixture (file, "actblue-91.csv", NULL, TRUE);
  import_fixture (file, "actblue-101.csv", NULL, FALSE);
  import_fixture (file, "actblue-refunds.csv", "actblue-refunds", TRUE);
  import_fixture (file, "nationbuilder.csv", NULL, FALSE);
  marcus = contact_named (file, "Marcus Lee");
  rosa = contact_named (file, "Rosa Diaz");
  ellen = contact_named (file, "Ellen Park");
  sean = contact_named (file, "Sean O'Brien");

  g_assert_cmpint (hustings_contact_store_total (file, jane, HUSTINGS_TOTAL_CYCLE, "2026"), ==,
                   7500);
  g_assert_cmpint (hustings_contact_store_total (file, jane, HUSTINGS_TOTAL_ELECTION, "P2026"),
                   ==, 7500);
  g_assert_cmpint (hustings_contact_store_total (file, marcus, HUSTINGS_TOTAL_CYCLE, "2026"), ==,
                   25000);
  g_assert_cmpint (hustings_contact_store_total (file, ellen, HUSTINGS_TOTAL_YEAR, "2026"), ==, 0);
  g_assert_cmpint (hustings_contact_store_total (file, sean, HUSTINGS_TOTAL_CYCLE, "2026"), ==,
                   2500);
  g_assert_cmpstr (hustings_contact_get_last_gift_date (get_contact (file, "Jane Doe")), ==,
                   "2026-04-05");
  g_assert_cmpstr (hustings_contact_get_last_gift_date (get_contact (file, "Marcus Lee")), ==,
                   "2026-03-12");
  g_assert_cmpstr (hustings_contact_get_last_gift_date (get_contact (file, "Ellen Park")), ==,
                   "2026-03-20");

  enter_by_hand (file, by_hand, ids);
  all = hustings_contact_store_list_ids (file, HUSTINGS_CONTACT_SORT_NAME, FALSE);
  g_assert_cmpuint (all->len, ==, 5);
  for (guint i = 0; i < all->len; i++)
    {
      gint64 id = g_array_index (all, gint64, i);

      assert_same_giving (file, id, by_hand, *(gint64 *) g_hash_table_lookup (ids, &id));
    }

  /* Imported donors are found by name, email, city, ZIP and employer, and the contact the import
   * matched by what it added. */
  assert_search (file, "Marcus", marcus, (gint64) 0);
  assert_search (file, "marcus@example.org", marcus, (gint64) 0);
  assert_search (file, "02906", marcus, (gint64) 0);
  assert_search (file, "Providence", marcus, (gint64) 0);
  assert_search (file, "rosa diaz", rosa, (gint64) 0);
  assert_search (file, "Memorial Hospital", rosa, (gint64) 0);
  assert_search (file, "o'brien", sean, (gint64) 0);
  assert_search (file, "Austin ISD", jane, (gint64) 0);
  assert_search (file, "jane.doe@example.com", jane, (gint64) 0);
  assert_search (file, "Priya", (gint64) 0);
}

/* ---- Undo ---- */

static void
test_undo (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 jane = add_person (file, "Jane", "Doe", "12 Elm St", "Austin", "TX", "78701",
                            "jane@home.example");
  g_autoptr(HustingsContact) edit = NULL;
  g_autoptr(GPtrArray) batches = NULL;
  g_autoptr(GPtrArray) gifts = NULL;
  g_autoptr(GError) error = NULL;
  HustingsImport *first, *second;
  HustingsContact *contact;
  gint64 marcus, rosa;

  edit = hustings_contact_store_get (file, jane, &error);
  g_assert_no_error (error);
  hustings_contact_set_field (edit, HUSTINGS_CONTACT_EMPLOYER, "Old School");
  g_assert_true (hustings_contact_store_update (file, edit, &error));
  g_clear_object (&edit);
  test_give (file, jane, "2026-01-15", 3000, NULL);

  /* The first export changes Jane's employer, adds an email and a phone, and creates Marcus. */
  first = import_fixture (file, "actblue-91.csv", NULL, TRUE);
  assert_summary (hustings_import_get_summary (first),
                  SUMMARY (.rows_read = 5, .contacts_created = 1, .contacts_matched = 1,
                           .contacts_updated = 1, .donations_added = 4, .rows_rejected = 1,
                           .total_cents = 38500));
  contact = get_contact (file, "Jane Doe");
  g_assert_cmpstr (hustings_contact_get_field (contact, HUSTINGS_CONTACT_EMPLOYER), ==,
                   "Austin ISD");
  assert_same_set (hustings_contact_get_emails (contact), "jane@home.example",
                   "jane.doe@example.com", NULL);
  assert_same_set (hustings_contact_get_phones (contact), "5125550101", NULL);
  marcus = contact_named (file, "Marcus Lee");

  /* Marcus is edited since, and so is the occupation the import gave Jane. */
  edit = hustings_contact_store_get (file, marcus, &error);
  g_assert_no_error (error);
  hustings_contact_set_field (edit, HUSTINGS_CONTACT_NOTES, "Called to thank him");
  g_assert_true (hustings_contact_store_update (file, edit, &error));
  g_assert_no_error (error);
  g_clear_object (&edit);
  edit = hustings_contact_store_get (file, jane, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hustings_contact_get_field (edit, HUSTINGS_CONTACT_OCCUPATION), ==, "Teacher");
  hustings_contact_set_field (edit, HUSTINGS_CONTACT_OCCUPATION, "Principal");
  g_assert_true (hustings_contact_store_update (file, edit, &error));
  g_assert_no_error (error);

  /* The second brings Jane's next installment and Rosa. */
  second = import_fixture (file, "actblue-101.csv", NULL, FALSE);
  rosa = contact_named (file, "Rosa Diaz");
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, 7);

  /* Undoing the second takes out exactly it. */
  g_assert_true (hustings_import_undo (file, batch_of (second), &error));
  g_assert_no_error (error);
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, 5);
  g_assert_cmpint (donation_with (file, "ActBlue", "5006"), ==, 0);
  g_assert_cmpint (donation_with (file, "ActBlue", "5007"), ==, 0);
  g_assert_cmpint (donation_with (file, "ActBlue", "5002"), !=, 0);
  g_assert_cmpint (contact_named (file, "Rosa Diaz"), ==, 0);
  assert_search (file, "rosa", (gint64) 0);
  g_assert_cmpint (hustings_contact_store_total (file, jane, HUSTINGS_TOTAL_CYCLE, "2026"), ==,
                   6500);
  g_assert_cmpstr (hustings_contact_get_last_gift_date (get_contact (file, "Jane Doe")), ==,
                   "2026-03-05");
  g_assert_cmpint (rosa, !=, 0);

  /* Not twice. */
  g_assert_false (hustings_import_undo (file, batch_of (second), &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  assert_contains (error->message, "already been undone");
  g_clear_error (&error);

  /* Undoing the first puts back what it changed of Jane, but not what was changed since, and
   * keeps Marcus, edited since. */
  g_assert_true (hustings_import_undo (file, batch_of (first), &error));
  g_assert_no_error (error);
  contact = get_contact (file, "Jane Doe");
  g_assert_cmpstr (hustings_contact_get_field (contact, HUSTINGS_CONTACT_EMPLOYER), ==,
                   "Old School");
  g_assert_cmpstr (hustings_contact_get_field (contact, HUSTINGS_CONTACT_OCCUPATION), ==,
                   "Principal");
  assert_same_set (hustings_contact_get_emails (contact), "jane@home.example", NULL);
  assert_same_set (hustings_contact_get_phones (contact), NULL);
  g_assert_cmpstr (hustings_contact_get_last_gift_date (contact), ==, "2026-01-15");
  g_assert_cmpint (hustings_contact_store_total (file, jane, HUSTINGS_TOTAL_CYCLE, "2026"), ==,
                   3000);
  assert_search (file, "Austin ISD", (gint64) 0);
  assert_search (file, "jane.doe@example.com", (gint64) 0);
  assert_search (file, "Old School", jane, (gint64) 0);
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, 1);

  contact = get_contact (file, "Marcus Lee");
  g_assert_cmpstr (hustings_contact_get_field (contact, HUSTINGS_CONTACT_NOTES), ==,
                   "Called to thank him");
  gifts = hustings_donation_store_for_contact (file, marcus);
  g_assert_cmpuint (gifts->len, ==, 0);
  g_assert_cmpint (hustings_contact_store_total (file, marcus, HUSTINGS_TOTAL_CYCLE, "2026"), ==,
                   0);
  assert_search (file, "Marcus", marcus, (gint64) 0);
  g_assert_cmpint (hustings_committee_file_count_contacts (file), ==, 2);

  /* Both stay in the history, undone, newest first. */
  batches = hustings_import_list_batches (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (batches->len, ==, 2);
  g_assert_cmpint (((HustingsImportBatch *) batches->pdata[0])->id, ==, batch_of (second));
  g_assert_nonnull (((HustingsImportBatch *) batches->pdata[0])->undone_at);
  g_assert_nonnull (((HustingsImportBatch *) batches->pdata[1])->undone_at);
}

/* A batch whose gift was refunded since cannot be undone, until the refund is gone. */
static void
test_undo_refused (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  HustingsImport *gifts = import_fixture (file, "actblue-91.csv", NULL, TRUE);
  HustingsImport *refunds = import_fixture (file, "actblue-refunds.csv", "actblue-refunds", TRUE);
  g_autoptr(HustingsDonation) refund = hustings_donation_new ();
  g_autoptr(GError) error = NULL;
  HustingsDonation *gift;
  const char *before = file_digest (file);

  g_assert_false (hustings_import_undo (file, batch_of (gifts), &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  assert_contains (error->message, "refund");
  g_clear_error (&error);
  g_assert_cmpstr (file_digest (file), ==, before);

  g_assert_true (hustings_import_undo (file, batch_of (refunds), &error));
  g_assert_no_error (error);
  g_assert_true (hustings_import_undo (file, batch_of (gifts), &error));
  g_assert_no_error (error);
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, 0);
  g_assert_cmpint (hustings_committee_file_count_contacts (file), ==, 0);

  /* A refund entered by hand holds the batch too. */
  gifts = import_fixture (file, "actblue-91.csv", NULL, TRUE);
  g_assert_cmpuint (hustings_import_get_summary (gifts)->donations_added, ==, 4);
  gift = get_donation (file, "ActBlue", "5001");
  hustings_donation_set_contact_id (refund, hustings_donation_get_contact_id (gift));
  hustings_donation_set_date (refund, "2026-04-01");
  hustings_donation_set_amount (refund, -500);
  hustings_donation_set_refund_of (refund, hustings_donation_get_id (gift));
  g_assert_true (hustings_donation_store_add (file, refund, &error));
  g_assert_no_error (error);
  before = file_digest (file);
  g_assert_false (hustings_import_undo (file, batch_of (gifts), &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (file_digest (file), ==, before);
  g_assert_true (hustings_donation_store_delete (file, hustings_donation_get_id (refund), &error));
  g_assert_true (hustings_import_undo (file, batch_of (gifts), &error));
  g_assert_no_error (error);
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, 0);
}

/* ---- Disbursements ---- */

static gint64
add_org (HustingsCommitteeFile *file,
         const char            *name,
         const char            *street,
         const char            *city,
         const char            *state,
         const char            *zip)
{
  g_autoptr(HustingsContact) contact = hustings_contact_new (HUSTINGS_ENTITY_ORG);

  hustings_contact_set_field (contact, HUSTINGS_CONTACT_ORG_NAME, name);
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_STREET1, street);
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_CITY, city);
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_STATE, state);
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_ZIP, zip);
  return add_contact (file, contact);
}

static gboolean
collect_disbursement_cb (HustingsDisbursement *disbursement,
                         gpointer              data)
{
  g_ptr_array_add (data, g_object_ref (disbursement));
  return TRUE;
}

/* Every disbursement of the file, by date (HustingsDisbursement*). */
static GPtrArray *
all_disbursements (HustingsCommitteeFile *file)
{
  GPtrArray *all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  g_assert_true (hustings_disbursement_store_foreach (file, NULL, NULL, collect_disbursement_cb,
                                                      all, &error));
  g_assert_no_error (error);
  g_test_queue_destroy ((GDestroyNotify) g_ptr_array_unref, all);
  return all;
}

static void
assert_disbursement (HustingsDisbursement *d,
                     const char           *date,
                     const char           *payee,
                     gint64                cents,
                     const char           *purpose,
                     const char           *category,
                     const char           *line,
                     const char           *check_number,
                     const char           *memo,
                     gboolean              memo_entry,
                     const char           *source_id)
{
  g_assert_cmpstr (hustings_disbursement_get_date (d), ==, date);
  g_assert_cmpstr (hustings_disbursement_get_payee_name (d), ==, payee);
  g_assert_cmpint (hustings_disbursement_get_amount (d), ==, cents);
  g_assert_cmpstr (hustings_disbursement_get_purpose (d), ==, purpose);
  g_assert_cmpstr (hustings_disbursement_get_category (d), ==, category);
  g_assert_cmpstr (hustings_disbursement_get_line (d), ==, line);
  g_assert_cmpstr (hustings_disbursement_get_check_number (d), ==, check_number);
  g_assert_cmpstr (hustings_disbursement_get_memo (d), ==, memo);
  g_assert_cmpint (hustings_disbursement_get_memo_entry (d), ==, memo_entry);
  g_assert_cmpstr (hustings_disbursement_get_source (d), ==, "");
  g_assert_cmpstr (hustings_disbursement_get_source_id (d), ==, source_id);
}

/* Another program's ledger: payees matched (an organization by name and ZIP; a person named in
 * one column, as a person), made (organizations, and a person the file says is one), every
 * value read, nothing twice, and undo. */
static void
test_disbursements (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 landlord = add_org (file, "Fulton Plaza Properties LLC", "1427 Fulton St", "Fresno",
                             "CA", "93721");
  gint64 jane = add_person (file, "Jane", "Doe", "12 Elm St", "Austin", "TX", "78701", NULL);
  HustingsImport *import = open_import (data_path ("disbursements.csv"), NULL);
  g_autoptr(HustingsImportBatch) batch = NULL;
  g_autoptr(HustingsDisbursement) by_hand = hustings_disbursement_new ();
  g_autoptr(GError) error = NULL;
  guint changed = 0;
  HustingsContact *roe;
  GPtrArray *all;
  gint64 meta;

  g_assert_cmpstr (hustings_import_format_get_id (hustings_import_get_format (import)), ==,
                   "disbursements");
  g_assert_cmpint (hustings_import_get_kind (import), ==, HUSTINGS_IMPORT_DISBURSEMENTS);
  g_assert_cmpint (hustings_import_get_column_field (import, 2), ==, HUSTINGS_FIELD_ORG_NAME);
  g_assert_cmpint (hustings_import_get_column_field (import, 3), ==, HUSTINGS_FIELD_ENTITY_TYPE);
  g_assert_cmpint (hustings_import_get_column_field (import, 11), ==, HUSTINGS_FIELD_PURPOSE);
  g_assert_cmpint (hustings_import_get_column_field (import, 13), ==, HUSTINGS_FIELD_LINE);
  g_assert_cmpint (hustings_import_get_column_field (import, 16), ==,
                   HUSTINGS_FIELD_MEMO_ENTRY);

  /* What it would do is what it does. */
  g_assert_true (hustings_import_analyze (import, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_summary (hustings_import_get_summary (import),
                  SUMMARY (.rows_read = 7, .contacts_created = 4, .contacts_matched = 2,
                           .disbursements_added = 7, .total_cents = 642500));
  g_assert_cmpint (hustings_disbursement_store_count (file), ==, 0);
  g_signal_connect (file, "disbursements-changed", G_CALLBACK (test_count_cb), &changed);
  run_import (import, file, FALSE);
  assert_summary (hustings_import_get_summary (import),
                  SUMMARY (.rows_read = 7, .contacts_created = 4, .contacts_matched = 2,
                           .disbursements_added = 7, .total_cents = 642500));
  g_assert_cmpuint (changed, ==, 1);

  all = all_disbursements (file);
  g_assert_cmpuint (all->len, ==, 7);
  assert_disbursement (all->pdata[0], "2026-01-02", "Fulton Plaza Properties LLC", 185000,
                       "Office rent, January 2026", "001", "SB17", "1001", "", FALSE, "T-1");
  g_assert_cmpint (hustings_disbursement_get_contact_id (all->pdata[0]), ==, landlord);
  assert_disbursement (all->pdata[1], "2026-01-15", "Jane Doe", 275000, "Salary", "001", "SB17",
                       "", "", FALSE, "T-2");
  g_assert_cmpint (hustings_disbursement_get_contact_id (all->pdata[1]), ==, jane);
  assert_disbursement (all->pdata[2], "2026-02-03", "Meta Platforms, Inc.", 120000,
                       "Online advertising", "004", "SB17", "", "", FALSE, "T-3");
  assert_disbursement (all->pdata[3], "2026-02-10", "Chase Card Services", 30000,
                       "Credit card payment", "001", "SB17", "", "See memo entries", FALSE,
                       "T-4");
  assert_disbursement (all->pdata[4], "2026-02-10", "Staples, Inc.", 12000, "Office supplies",
                       "001", "SB17", "", "Paid by card", TRUE, "T-5");
  assert_disbursement (all->pdata[5], "2026-03-01", "Richard Roe", 25000,
                       "Refund of a 2024 contribution", "010", "SB20A", "1002", "", FALSE, NULL);
  assert_disbursement (all->pdata[6], "2026-03-05", "Fulton Plaza Properties LLC", 7500,
                       "Late fee", "", "SB17", "1003", "", FALSE, NULL);

  /* The payees it made, as the file describes them. */
  roe = get_contact (file, "Richard Roe");
  g_assert_cmpint (hustings_contact_get_entity_type (roe), ==, HUSTINGS_ENTITY_IND);
  g_assert_cmpstr (hustings_contact_get_field (roe, HUSTINGS_CONTACT_ZIP), ==, "78702");
  g_assert_cmpint (hustings_contact_get_entity_type (get_contact (file, "Staples, Inc.")), ==,
                   HUSTINGS_ENTITY_ORG);
  g_assert_cmpstr (hustings_contact_get_field (get_contact (file, "Staples, Inc."),
                                              HUSTINGS_CONTACT_ZIP), ==, "01702");
  meta = contact_named (file, "Meta Platforms, Inc.");
  assert_search (file, "Meta", meta, (gint64) 0);
  g_assert_cmpint (hustings_committee_file_count_contacts (file), ==, 6);

  batch = hustings_import_get_batch (file, batch_of (import), &error);
  g_assert_no_error (error);
  g_assert_cmpint (batch->kind, ==, HUSTINGS_IMPORT_DISBURSEMENTS);
  g_assert_cmpstr (batch->format_name, ==, "Disbursements spreadsheet");
  g_assert_cmpuint (batch->summary.disbursements_added, ==, 7);
  g_assert_cmpuint (batch->summary.donations_added, ==, 0);
  g_assert_cmpint (batch->summary.total_cents, ==, 642500);

  /* The same file again adds nothing: by id, or by payee, date and amount. */
  import = import_fixture (file, "disbursements.csv", NULL, FALSE);
  assert_summary (hustings_import_get_summary (import),
                  SUMMARY (.rows_read = 7, .contacts_matched = 2, .duplicates_skipped = 7));
  g_assert_cmpint (hustings_disbursement_store_count (file), ==, 7);

  /* Undo: its disbursements and the payees it made go, but one paid by hand since stays. */
  hustings_disbursement_set_contact_id (by_hand, meta);
  hustings_disbursement_set_date (by_hand, "2026-03-10");
  hustings_disbursement_set_amount (by_hand, 9900);
  hustings_disbursement_set_purpose (by_hand, "Boosted post");
  g_assert_true (hustings_disbursement_store_add (file, by_hand, &error));
  g_assert_no_error (error);
  changed = 0;
  g_assert_true (hustings_import_undo (file, batch->id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  all = all_disbursements (file);
  g_assert_cmpuint (all->len, ==, 1);
  g_assert_cmpint (hustings_disbursement_get_id (all->pdata[0]), ==,
                   hustings_disbursement_get_id (by_hand));
  g_assert_cmpint (contact_named (file, "Meta Platforms, Inc."), ==, meta);
  g_assert_cmpint (contact_named (file, "Richard Roe"), ==, 0);
  g_assert_cmpint (contact_named (file, "Staples, Inc."), ==, 0);
  g_assert_cmpint (contact_named (file, "Jane Doe"), ==, jane);
  g_assert_cmpint (contact_named (file, "Fulton Plaza Properties LLC"), ==, landlord);
  assert_search (file, "Staples", (gint64) 0);
}

/* Rows a disbursement cannot be made of, each with its reason; nothing imported unless they
 * are skipped. */
static void
test_disbursement_rejections (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  HustingsImport *import = open_import (data_path ("disbursement-rejections.csv"),
                                        "disbursements");
  static const char * const reasons[] = {
    "“2026-02-30” is not a date", "The amount is zero", "requires a purpose",
    "“099” is not one of the FEC’s codes",
    "Line 21(b) is on Form 3X, but this committee files Form 3",
    "“45” is not a line of Schedule B", "The purpose is 107 characters long",
    "“R2030” is not one of the committee’s elections", "The payee is missing",
  };
  g_autoptr(GError) error = NULL;
  const char *before = file_digest (file);
  GPtrArray *all;

  g_assert_false (hustings_import_run (import, file, FALSE, NULL, NULL, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  assert_contains (error->message, "9 rows cannot be imported");
  g_clear_error (&error);
  g_assert_cmpstr (file_digest (file), ==, before);
  assert_rejected_lines (import, (guint64) 3, (guint64) 4, (guint64) 5, (guint64) 6, (guint64) 7,
                         (guint64) 8, (guint64) 9, (guint64) 10, (guint64) 11, (guint64) 0);
  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    assert_contains (hustings_import_get_rejection (import, i)->reason, reasons[i]);

  run_import (import, file, TRUE);
  assert_summary (hustings_import_get_summary (import),
                  SUMMARY (.rows_read = 11, .contacts_created = 1, .disbursements_added = 2,
                           .rows_rejected = 9, .total_cents = 100000));
  all = all_disbursements (file);
  g_assert_cmpstr (hustings_disbursement_get_category (all->pdata[1]), ==, "");
  g_assert_cmpstr (hustings_disbursement_get_line (all->pdata[1]), ==, "SB17");
  g_assert_cmpstr (hustings_disbursement_get_election (all->pdata[1]), ==, "G2026");
  {
    g_autoptr(GPtrArray) kept = hustings_import_list_rejections (file, batch_of (import), &error);

    g_assert_no_error (error);
    g_assert_cmpuint (kept->len, ==, 9);
  }
}

/* A PAC's file: the lines of Form 3X, its usual line when none is said, and a Form 3 line
 * refused. Columns mapped by hand, as the CLI's --map does. */
static void
test_disbursements_form_3x (void)
{
  g_autoptr(HustingsCommittee) committee = test_committee ();
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(GError) error = NULL;
  const char *path = temp_path ("pac.hustings");
  const char *data = temp_path ("pac.csv");
  static const char csv[] =
    "When,Vendor Name,Paid,For,Schedule Line\n"
    "2026-01-05,Blue Sky Marketing,100.00,Door hangers,\n"
    "2026-01-06,Friends of Ann Lee,2000.00,Contribution,23\n"
    "2026-01-07,Jo Smith,50.00,Refund of contribution,Line 28(a)\n"
    "2026-01-08,Blue Sky Marketing,100.00,Door hangers,17\n";
  HustingsImport *import;
  GPtrArray *all;

  committee->type = HUSTINGS_COMMITTEE_PAC;
  file = hustings_committee_file_create (path, committee, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (data, csv, -1, NULL));
  import = open_import (data, "disbursements");
  g_assert_true (hustings_import_map_column (import, HUSTINGS_FIELD_DATE, "When", &error));
  g_assert_true (hustings_import_map_column (import, HUSTINGS_FIELD_AMOUNT, "Paid", &error));
  g_assert_false (hustings_import_check_mapping (import, &error));
  assert_contains (error->message, "purpose");
  g_clear_error (&error);
  g_assert_true (hustings_import_map_column (import, HUSTINGS_FIELD_PURPOSE, "For", &error));
  g_assert_false (hustings_import_map_column (import, HUSTINGS_FIELD_REFUND_OF, "For", &error));
  assert_contains (error->message, "not something a disbursement import can fill");
  g_clear_error (&error);
  g_assert_true (hustings_import_check_mapping (import, &error));
  g_assert_no_error (error);

  run_import (import, file, TRUE);
  assert_rejected_lines (import, (guint64) 5, (guint64) 0);
  assert_contains (hustings_import_get_rejection (import, 0)->reason,
                   "Line 17 is on Form 3, but this committee files Form 3X");
  all = all_disbursements (file);
  g_assert_cmpuint (all->len, ==, 3);
  g_assert_cmpstr (hustings_disbursement_get_line (all->pdata[0]), ==, "SB21B");
  g_assert_cmpstr (hustings_disbursement_get_line (all->pdata[1]), ==, "SB23");
  g_assert_cmpstr (hustings_disbursement_get_line (all->pdata[2]), ==, "SB28A");
  /* One name, no person of that name among the contacts: an organization. */
  g_assert_cmpint (hustings_contact_get_entity_type (get_contact (file, "Jo Smith")), ==,
                   HUSTINGS_ENTITY_ORG);
}

/* Undoing a donations import keeps a contact it made who has been paid since, and the
 * payment. */
static void
test_undo_keeps_payees (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  HustingsImport *gifts = import_fixture (file, "actblue-91.csv", NULL, TRUE);
  g_autoptr(HustingsDisbursement) paid = hustings_disbursement_new ();
  g_autoptr(GError) error = NULL;
  gint64 marcus = contact_named (file, "Marcus Lee");

  hustings_disbursement_set_contact_id (paid, marcus);
  hustings_disbursement_set_date (paid, "2026-04-01");
  hustings_disbursement_set_amount (paid, 15000);
  hustings_disbursement_set_purpose (paid, "Event photography");
  g_assert_true (hustings_disbursement_store_add (file, paid, &error));
  g_assert_true (hustings_import_undo (file, batch_of (gifts), &error));
  g_assert_no_error (error);
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, 0);
  g_assert_cmpint (contact_named (file, "Marcus Lee"), ==, marcus);
  g_assert_cmpint (hustings_disbursement_store_count (file), ==, 1);
}

/* ---- Cancellation ---- */

static void
cancel_cb (double   fraction,
           gpointer data)
{
  if (fraction < 1.0)
    g_cancellable_cancel (data);
}

/* A file long enough for the import to report progress on the way. */
static const char *
long_file (guint rows)
{
  const char *path = temp_path ("long.csv");
  g_autoptr(GString) text = g_string_new ("Receipt ID,Date,Amount,First Name,Last Name,ZIP\n");

  for (guint i = 0; i < rows; i++)
    g_string_append_printf (text, "L-%u,2026-02-%02u,%u.00,Donor,Number %u,787%02u\n", i,
                            1 + i % 28, 5 + i % 200, i, i % 100);
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
  return path;
}

static void
test_cancel (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  HustingsImport *import = open_import (long_file (9000), NULL);
  g_autoptr(GCancellable) analyzing = g_cancellable_new ();
  g_autoptr(GCancellable) running = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  const char *before = file_digest (file);

  g_assert_false (hustings_import_analyze (import, file, analyzing, cancel_cb, analyzing,
                                           &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (hustings_import_run (import, file, FALSE, running, cancel_cb, running, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CANCELLED);
  g_assert_cmpstr (file_digest (file), ==, before);
  g_assert_cmpint (hustings_committee_file_count_contacts (file), ==, 0);
}

/* Cancelled before it starts: nothing, even from a file too short to report progress. */
static void
test_cancel_before (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  HustingsImport *import = open_import (data_path ("actblue-91.csv"), NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  const char *before = file_digest (file);

  g_cancellable_cancel (cancellable);
  g_assert_false (hustings_import_run (import, file, TRUE, cancellable, NULL, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CANCELLED);
  g_assert_cmpstr (file_digest (file), ==, before);
}

/* Refunds that cannot be: before the gift, more than is left of it, of a gift nobody has, of a
 * donor who is not a contact, or of no gift with enough left; and a row repeated in the file. */
static void
test_refund_problems (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  HustingsImport *import = open_import (data_path ("refund-problems.csv"), NULL);
  HustingsDonation *gift;

  run_import (import, file, TRUE);
  assert_summary (hustings_import_get_summary (import),
                  SUMMARY (.rows_read = 8, .contacts_created = 1, .donations_added = 1,
                           .refunds_added = 1, .duplicates_skipped = 1, .rows_rejected = 5,
                           .total_cents = 2000));
  assert_rejected_lines (import, (guint64) 3, (guint64) 4, (guint64) 5, (guint64) 6,
                         (guint64) 8, (guint64) 0);
  assert_contains (hustings_import_get_rejection (import, 0)->reason, "before the gift");
  assert_contains (hustings_import_get_rejection (import, 1)->reason, "more than is left");
  assert_contains (hustings_import_get_rejection (import, 2)->reason, "P-9");
  assert_contains (hustings_import_get_rejection (import, 3)->reason, "Zed Nobody");
  gift = get_donation (file, "", "P-1");
  g_assert_cmpint (hustings_donation_store_refundable (file, hustings_donation_get_id (gift)), ==,
                   2000);
  g_assert_cmpuint (refunds_of (file, gift)->len, ==, 1);
  g_assert_cmpint (contact_named (file, "Zed Nobody"), ==, 0);
}

static void
record_progress_cb (double   fraction,
                    gpointer data)
{
  g_array_append_val ((GArray *) data, fraction);
}

/* Progress grows from 0 to 1, a bounded number of times, and ends at 1. */
static void
test_progress (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  HustingsImport *import = open_import (long_file (9000), NULL);
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;

  g_assert_true (hustings_import_run (import, file, FALSE, NULL, record_progress_cb, fractions,
                                      &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fractions->len, >=, 2);
  g_assert_cmpuint (fractions->len, <=, 500);
  for (guint i = 0; i < fractions->len; i++)
    {
      double fraction = g_array_index (fractions, double, i);

      g_assert_cmpfloat (fraction, >=, 0.0);
      g_assert_cmpfloat (fraction, <=, 1.0);
      if (i > 0)
        g_assert_cmpfloat (fraction, >=, g_array_index (fractions, double, i - 1));
    }
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);
  g_assert_cmpuint (hustings_import_get_summary (import)->donations_added, ==, 9000);
  g_assert_cmpint (hustings_committee_file_count_contacts (file), ==, 9000);
}

typedef struct {
  const char     *path;
  HustingsImport *import;
  gboolean        ok;
  GError         *error;
} Work;

static gpointer
import_thread (gpointer data)
{
  Work *work = data;
  g_autoptr(HustingsCommitteeFile) file = hustings_committee_file_open (work->path, &work->error);

  if (file != NULL)
    work->ok = hustings_import_run (work->import, file, TRUE, NULL, NULL, NULL, &work->error);
  return NULL;
}

/* analyze and run from a worker thread with a connection of its own; the window's file sees the
 * rows once told to read them again. */
static void
test_worker_thread (void)
{
  g_autofree char *path = NULL;
  HustingsCommitteeFile *file = test_new_file (&path);
  Work work = { path, open_import (data_path ("actblue-91.csv"), NULL), FALSE, NULL };
  GThread *thread;
  guint contacts_changed = 0, donations_changed = 0;

  g_signal_connect (file, "contacts-changed", G_CALLBACK (test_count_cb), &contacts_changed);
  g_signal_connect (file, "donations-changed", G_CALLBACK (test_count_cb), &donations_changed);
  thread = g_thread_new ("import", import_thread, &work);
  g_thread_join (thread);
  g_assert_no_error (work.error);
  g_assert_true (work.ok);
  hustings_committee_file_reload (file);
  g_assert_cmpuint (contacts_changed, ==, 1);
  g_assert_cmpuint (donations_changed, ==, 1);
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, 4);
  assert_search (file, "Marcus", contact_named (file, "Marcus Lee"), (gint64) 0);
}

/* A committee file that cannot be written takes nothing, and says so. */
static void
test_read_only (void)
{
  g_autofree char *path = NULL;
  HustingsCommitteeFile *file = test_new_file (&path);
  HustingsImport *import = open_import (data_path ("actblue-91.csv"), NULL);
  g_autoptr(HustingsCommitteeFile) locked = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (file);
  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  locked = hustings_committee_file_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (hustings_committee_file_is_read_only (locked));
  g_assert_false (hustings_import_run (import, locked, TRUE, NULL, NULL, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (hustings_import_undo (locked, 1, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_READ_ONLY);
  g_assert_cmpint (hustings_committee_file_count_donations (locked), ==, 0);
  g_chmod (path, 0600);
}

/* ---- Workbooks ---- */

static void
check_lxw (lxw_error result)
{
  g_assert_cmpint (result, ==, LXW_NO_ERROR);
}

/* A workbook as a spreadsheet leaves one: a cover sheet first, then the gifts with real date
 * cells, numbers for amounts, and ZIP codes that lost their leading zero. */
static const char *
make_workbook (void)
{
  const char *path = temp_path ("gifts.xlsx");
  lxw_workbook *book = workbook_new (path);
  lxw_worksheet *cover = workbook_add_worksheet (book, "Cover");
  lxw_worksheet *gifts = workbook_add_worksheet (book, "Gifts");
  lxw_format *day = workbook_add_format (book);
  lxw_format *moment = workbook_add_format (book);
  lxw_format *money = workbook_add_format (book);
  lxw_datetime march_4 = { 2026, 3, 4, 0, 0, 0 };
  lxw_datetime march_5 = { 2026, 3, 5, 14, 30, 0 };
  const char *header[] = { "Date", "Amount", "First Name", "Last Name", "Street", "City",
                           "State", "ZIP", "Email", "Check Number" };

  format_set_num_format (day, "mm/dd/yyyy");
  format_set_num_format (moment, "yyyy-mm-dd hh:mm");
  format_set_num_format (money, "\"$\"#,##0.00");
  check_lxw (worksheet_write_string (cover, 0, 0, "Pledge night, March 2026", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    check_lxw (worksheet_write_string (gifts, 0, i, header[i], NULL));

  check_lxw (worksheet_write_datetime (gifts, 1, 0, &march_4, day));
  check_lxw (worksheet_write_number (gifts, 1, 1, 25, money));
  check_lxw (worksheet_write_string (gifts, 1, 2, "Joe", NULL));
  check_lxw (worksheet_write_string (gifts, 1, 3, "Schmoe", NULL));
  check_lxw (worksheet_write_string (gifts, 1, 4, "123 Potato Ave", NULL));
  check_lxw (worksheet_write_string (gifts, 1, 5, "Providence", NULL));
  check_lxw (worksheet_write_string (gifts, 1, 6, "RI", NULL));
  check_lxw (worksheet_write_number (gifts, 1, 7, 2906, NULL));
  check_lxw (worksheet_write_string (gifts, 1, 8, "joe@example.com", NULL));
  check_lxw (worksheet_write_number (gifts, 1, 9, 1001, NULL));

  check_lxw (worksheet_write_datetime (gifts, 2, 0, &march_5, moment));
  check_lxw (worksheet_write_number (gifts, 2, 1, 40.5, money));
  check_lxw (worksheet_write_string (gifts, 2, 2, "Ann", NULL));
  check_lxw (worksheet_write_string (gifts, 2, 3, "Lee", NULL));
  check_lxw (worksheet_write_string (gifts, 2, 5, "Austin", NULL));
  check_lxw (worksheet_write_string (gifts, 2, 6, "TX", NULL));
  check_lxw (worksheet_write_number (gifts, 2, 7, 787011234, NULL));

  check_lxw (worksheet_write_string (gifts, 3, 0, "03/06/2026", NULL));
  check_lxw (worksheet_write_string (gifts, 3, 1, "$1,000.00", NULL));
  check_lxw (worksheet_write_string (gifts, 3, 2, "Bo", NULL));
  check_lxw (worksheet_write_string (gifts, 3, 3, "Diaz", NULL));
  check_lxw (worksheet_write_string (gifts, 3, 5, "Fresno", NULL));
  check_lxw (worksheet_write_string (gifts, 3, 6, "CA", NULL));
  check_lxw (worksheet_write_string (gifts, 3, 7, "93721", NULL));
  check_lxw (workbook_close (book));
  return path;
}

static void
test_xlsx (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  const char *path = make_workbook ();
  HustingsTableOptions options = { 0, HUSTINGS_CSV_ENCODING_AUTO, "gifts" };
  g_autoptr(HustingsImport) import = NULL;
  g_autoptr(GError) error = NULL;
  HustingsContact *joe;
  g_autoptr(GPtrArray) gifts = NULL;
  HustingsDonation *d;

  import = hustings_import_new (path, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hustings_import_get_description (import), ==, "Excel workbook, sheet “Gifts”");
  g_assert_cmpstr (hustings_import_format_get_id (hustings_import_get_format (import)), ==,
                   "generic");
  g_assert_cmpuint (hustings_import_get_n_preview_rows (import), ==, 3);
  g_assert_cmpstr (hustings_import_get_preview_cell (import, 0, 0), ==, "2026-03-04");
  run_import (import, file, FALSE);
  assert_summary (hustings_import_get_summary (import),
                  SUMMARY (.rows_read = 3, .contacts_created = 3, .donations_added = 3,
                           .total_cents = 106550));

  joe = get_contact (file, "Joe Schmoe");
  g_assert_cmpstr (hustings_contact_get_field (joe, HUSTINGS_CONTACT_ZIP), ==, "02906");
  assert_same_set (hustings_contact_get_emails (joe), "joe@example.com", NULL);
  gifts = hustings_donation_store_for_contact (file, hustings_contact_get_id (joe));
  g_assert_cmpuint (gifts->len, ==, 1);
  d = g_ptr_array_index (gifts, 0);
  g_assert_cmpstr (hustings_donation_get_date (d), ==, "2026-03-04");
  g_assert_cmpint (hustings_donation_get_amount (d), ==, 2500);
  g_assert_cmpstr (hustings_donation_get_check_number (d), ==, "1001");
  g_clear_pointer (&gifts, g_ptr_array_unref);

  g_assert_cmpstr (hustings_contact_get_field (get_contact (file, "Ann Lee"), HUSTINGS_CONTACT_ZIP),
                   ==, "78701-1234");
  gifts = hustings_donation_store_for_contact (file, contact_named (file, "Ann Lee"));
  g_assert_cmpuint (gifts->len, ==, 1);
  g_assert_cmpstr (hustings_donation_get_date (g_ptr_array_index (gifts, 0)), ==, "2026-03-05");
  g_assert_cmpint (hustings_donation_get_amount (g_ptr_array_index (gifts, 0)), ==, 4050);
  g_clear_pointer (&gifts, g_ptr_array_unref);

  gifts = hustings_donation_store_for_contact (file, contact_named (file, "Bo Diaz"));
  g_assert_cmpuint (gifts->len, ==, 1);
  g_assert_cmpstr (hustings_donation_get_date (g_ptr_array_index (gifts, 0)), ==, "2026-03-06");
  g_assert_cmpint (hustings_donation_get_amount (g_ptr_array_index (gifts, 0)), ==, 100000);

  /* The same workbook again: nothing new. */
  g_clear_object (&import);
  import = hustings_import_new (path, &options, &error);
  g_assert_no_error (error);
  run_import (import, file, FALSE);
  g_assert_cmpuint (hustings_import_get_summary (import)->duplicates_skipped, ==, 3);
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, 3);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/formats", test_formats);
  g_test_add_func ("/import/actblue/91-columns", test_actblue_91);
  g_test_add_func ("/import/actblue/101-columns", test_actblue_101);
  g_test_add_func ("/import/actblue/refunds", test_actblue_refunds);
  g_test_add_func ("/import/winred", test_winred);
  g_test_add_func ("/import/anedot", test_anedot);
  g_test_add_func ("/import/ngpvan", test_ngpvan);
  g_test_add_func ("/import/nationbuilder", test_nationbuilder);
  g_test_add_func ("/import/generic/mapping", test_generic_mapping);
  g_test_add_func ("/import/generic/saved-mappings", test_saved_mappings);
  g_test_add_func ("/import/contacts", test_contacts);
  g_test_add_func ("/import/encodings", test_encodings);
  g_test_add_func ("/import/never-twice/without-ids", test_never_twice_without_ids);
  g_test_add_func ("/import/malformed/unbalanced-quote", test_malformed_quote);
  g_test_add_func ("/import/malformed/huge-field", test_malformed_huge_field);
  g_test_add_func ("/import/malformed/binary", test_malformed_binary);
  g_test_add_func ("/import/malformed/empty", test_malformed_empty);
  g_test_add_func ("/import/malformed/header-only", test_malformed_header_only);
  g_test_add_func ("/import/malformed/ragged", test_malformed_ragged);
  g_test_add_func ("/import/rejections", test_rejections);
  g_test_add_func ("/import/matching", test_matching);
  g_test_add_func ("/import/matching/undecided", test_matching_undecided);
  g_test_add_func ("/import/totals-and-search", test_totals_and_search);
  g_test_add_func ("/import/undo", test_undo);
  g_test_add_func ("/import/undo/refused", test_undo_refused);
  g_test_add_func ("/import/disbursements", test_disbursements);
  g_test_add_func ("/import/disbursements/rejections", test_disbursement_rejections);
  g_test_add_func ("/import/disbursements/form-3x", test_disbursements_form_3x);
  g_test_add_func ("/import/disbursements/undo-keeps-payees", test_undo_keeps_payees);
  g_test_add_func ("/import/cancel", test_cancel);
  g_test_add_func ("/import/cancel/before", test_cancel_before);
  g_test_add_func ("/import/xlsx", test_xlsx);
  g_test_add_func ("/import/refund-problems", test_refund_problems);
  g_test_add_func ("/import/progress", test_progress);
  g_test_add_func ("/import/worker-thread", test_worker_thread);
  g_test_add_func ("/import/read-only", test_read_only);

  return g_test_run ();
}
