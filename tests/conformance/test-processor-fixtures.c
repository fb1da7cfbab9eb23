/* test-processor-fixtures.c: the processors' real CSV exports in ../shared/fixtures/processors
 * read by the core CSV reader: every file reads to the end, every record has the header's
 * width, and every Amount is money Hustings accepts. Skips when ../shared is not there.
 * SPDX-License-Identifier: GPL-3.0-or-later */
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
  return g_test_run ();
}
