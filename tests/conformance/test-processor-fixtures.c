/* test-processor-fixtures.c: the processors' real CSV exports in ../shared/fixtures/processors
 * read by the core CSV reader: every file reads to the end, every record has the header's
 * width, and every Amount is money Hustings accepts; and each ActBlue export imported into a new
 * committee file gives one receipt per row, as the row says. Skips when ../shared is not there.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include <glib/gstdio.h>

#include "hustings-core.h"

static const char *fixtures_dir;

static void
check_export (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = g_build_filename (fixtures_dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCsvReader) reader = hustings_csv_reader_open (path, 0,
                                                                  HUSTINGS_CSV_ENCODING_AUTO,
                                                                  &error);
  const char * const *fields;
  guint n_fields, width = 0, rows = 0;
  int amount = -1;
  guint64 line;

  g_assert_no_error (error);
  g_assert_cmpint (hustings_csv_reader_get_delimiter (reader), ==, ',');

  while (hustings_csv_reader_next (reader, &fields, &n_fields, &line, &error))
    {
      if (width == 0)
        {
          width = n_fields;
          for (guint i = 0; i < n_fields; i++)
            if (g_ascii_strcasecmp (fields[i], "Amount") == 0)
              amount = (int) i;
          g_assert_cmpint (amount, >=, 0);
          continue;
        }

      g_assert_cmpuint (n_fields, ==, width);
      {
        gint64 cents = 0;

        g_assert_true (hustings_money_parse (fields[amount], &cents, &error));
        g_assert_no_error (error);
        g_assert_cmpint (cents, >, 0);
      }
      rows++;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (hustings_csv_reader_get_position (reader), ==,
                    hustings_csv_reader_get_size (reader));
  g_test_message ("%s: %u columns, %u rows", name, width, rows);
}

/* The cell of a row under the first column headed name; "" when there is none. */
static const char *
cell (GPtrArray  *rows,
      guint       row,
      const char *name)
{
  char **header = g_ptr_array_index (rows, 0);
  char **cells = g_ptr_array_index (rows, row);

  for (guint i = 0; header[i] != NULL; i++)
    if (g_str_equal (header[i], name))
      return i < g_strv_length (cells) ? cells[i] : "";
  return "";
}

static GPtrArray *
read_rows (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCsvReader) reader = hustings_csv_reader_open (path, 0,
                                                                  HUSTINGS_CSV_ENCODING_AUTO,
                                                                  &error);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char * const *fields;
  guint n_fields;
  guint64 line;

  g_assert_no_error (error);
  while (hustings_csv_reader_next (reader, &fields, &n_fields, &line, &error))
    g_ptr_array_add (rows, g_strdupv ((char **) fields));
  g_assert_no_error (error);
  return rows;
}

static void
remove_dir (char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
  g_free (dir);
}

typedef struct {
  const char       *source_id;
  HustingsDonation *found;
} Find;

static gboolean
find_cb (HustingsDonation *donation,
         gpointer          data)
{
  Find *find = data;

  if (g_strcmp0 (hustings_donation_get_source (donation), "ActBlue") == 0 &&
      g_strcmp0 (hustings_donation_get_source_id (donation), find->source_id) == 0)
    find->found = g_object_ref (donation);
  return find->found == NULL;
}

/* An ActBlue export imported into a new committee file (without an FEC ID of its own: the
 * samples' Recipient Gov ID is made up) gives one gift per row, keyed by its Lineitem ID, with
 * the row's date, amount, fee and donor, earmarked through ActBlue. A file with no rows gives
 * nothing. */
static void
check_actblue_import (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = g_build_filename (fixtures_dir, name, NULL);
  g_autoptr(GPtrArray) rows = read_rows (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCommittee) committee = hustings_committee_new ();
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(HustingsImport) import = NULL;
  char *dir = g_dir_make_tmp ("hustings-conformance-XXXXXX", &error);
  g_autofree char *file_path = NULL;
  gboolean ok;

  g_assert_no_error (error);
  g_test_queue_destroy ((GDestroyNotify) remove_dir, dir);
  file_path = g_build_filename (dir, "conformance.hustings", NULL);
  g_free (committee->name);
  committee->name = g_strdup ("Conformance Committee");
  file = hustings_committee_file_create (file_path, committee, &error);
  g_assert_no_error (error);

  import = hustings_import_new (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hustings_import_format_get_id (hustings_import_get_format (import)), ==,
                   "actblue");
  ok = hustings_import_run (import, file, FALSE, NULL, NULL, NULL, &error);
  for (guint i = 0; i < hustings_import_get_n_rejections (import); i++)
    g_test_message ("line %" G_GUINT64_FORMAT ": %s",
                    hustings_import_get_rejection (import, i)->line,
                    hustings_import_get_rejection (import, i)->reason);
  if (rows->len > 1 || error == NULL)
    {
      g_assert_no_error (error);
      g_assert_true (ok);
    }
  else
    g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, rows->len - 1);

  for (guint r = 1; r < rows->len; r++)
    {
      Find find = { cell (rows, r, "Lineitem ID"), NULL };
      g_autoptr(HustingsDonation) gift = NULL;
      g_autoptr(HustingsContact) donor = NULL;
      g_autofree char *day = g_strndup (cell (rows, r, "Date"), strcspn (cell (rows, r, "Date"),
                                                                         " "));
      g_autofree char *date = hustings_date_normalize (day, &error);
      gint64 amount = 0, fee = 0;

      g_assert_no_error (error);
      g_assert_true (hustings_money_parse (cell (rows, r, "Amount"), &amount, NULL));
      g_assert_true (hustings_money_parse (cell (rows, r, "Fee"), &fee, NULL));
      g_assert_true (hustings_donation_store_foreach (file, NULL, NULL, find_cb, &find, &error));
      g_assert_no_error (error);
      gift = find.found;
      g_assert_nonnull (gift);
      g_assert_cmpstr (hustings_donation_get_date (gift), ==, date);
      g_assert_cmpint (hustings_donation_get_amount (gift), ==, amount);
      g_assert_cmpint (hustings_donation_get_fee (gift), ==, fee);
      g_assert_cmpstr (hustings_donation_get_conduit (gift), ==, "C00401224");
      g_assert_cmpint (hustings_donation_get_method (gift), ==, HUSTINGS_METHOD_PROCESSOR);
      g_assert_cmpint (hustings_donation_get_recurring (gift), ==,
                       *cell (rows, r, "Recurring Total Months") != '\0');

      donor = hustings_contact_store_get (file, hustings_donation_get_contact_id (gift), &error);
      g_assert_no_error (error);
      g_assert_cmpstr (hustings_contact_get_field (donor, HUSTINGS_CONTACT_FIRST_NAME), ==,
                       cell (rows, r, "Donor First Name"));
      g_assert_cmpstr (hustings_contact_get_field (donor, HUSTINGS_CONTACT_LAST_NAME), ==,
                       cell (rows, r, "Donor Last Name"));
      g_assert_cmpstr (hustings_contact_get_field (donor, HUSTINGS_CONTACT_STREET1), ==,
                       cell (rows, r, "Donor Addr1"));
      g_assert_cmpstr (hustings_contact_get_field (donor, HUSTINGS_CONTACT_ZIP), ==,
                       cell (rows, r, "Donor ZIP"));
      g_assert_cmpstr (hustings_contact_get_field (donor, HUSTINGS_CONTACT_EMPLOYER), ==,
                       cell (rows, r, "Donor Employer"));
      g_assert_cmpstr (hustings_contact_get_field (donor, HUSTINGS_CONTACT_OCCUPATION), ==,
                       cell (rows, r, "Donor Occupation"));
      g_assert_cmpstr (hustings_contact_get_emails (donor)[0], ==, cell (rows, r, "Donor Email"));
    }
  g_test_message ("%s: %u gifts", name, rows->len - 1);
}

static void
skip_all (void)
{
  g_test_skip ("../shared/fixtures/processors is not here");
}

int
main (int argc, char *argv[])
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_test_init (&argc, &argv, NULL);
  fixtures_dir = g_getenv ("HUSTINGS_PROCESSOR_FIXTURES");
  if (fixtures_dir == NULL || (dir = g_dir_open (fixtures_dir, 0, NULL)) == NULL)
    {
      g_test_add_func ("/conformance/processor-fixtures", skip_all);
      return g_test_run ();
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".csv"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *test = g_strdup_printf ("/conformance/processor-fixtures/%s",
                                               (char *) names->pdata[i]);

      g_test_add_data_func (test, names->pdata[i], check_export);
    }
  for (guint i = 0; i < names->len; i++)
    if (g_str_has_prefix (names->pdata[i], "actblue"))
      {
        g_autofree char *test = g_strdup_printf ("/conformance/processor-fixtures/import/%s",
                                                 (char *) names->pdata[i]);

        g_test_add_data_func (test, names->pdata[i], check_actblue_import);
      }
  return g_test_run ();
}
