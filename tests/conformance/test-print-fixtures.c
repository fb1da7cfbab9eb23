/* test-print-fixtures.c: every Form 3 and Form 3X filing in ../shared/fixtures/fec is imported
 * into a new committee file and its report printed, as the FEC's forms and as the review
 * listing, to PDF. Checked with pdftotext: the committee's name; the page count (the form's
 * own pages, then three itemizations a page for each Schedule A and B line, then the TEXT
 * memos); each schedule line's total on its last page; every page numbered "PAGE N OF M"; and
 * the listing's total of each line. Page 1 is drawn to an image and must not be blank.
 *
 * Skips when ../shared is not there, or when pdftotext is not installed.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>

#include "hustings-core.h"

static const char *fixtures_dir;

/* The filing's report pages: the form's own (cover, summary, detailed summary). */
#define F3_FORM_PAGES  4
#define F3X_FORM_PAGES 5

static HustingsCommitteeFile *
new_file (char **out_dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCommittee) committee = hustings_committee_new ();
  g_autofree char *dir = g_dir_make_tmp ("hustings-print-XXXXXX", &error);
  g_autofree char *db = NULL;
  HustingsCommitteeFile *file;

  g_assert_no_error (error);
  db = g_build_filename (dir, "committee.hustings", NULL);
  g_free (committee->name);
  committee->name = g_strdup ("New committee");
  file = hustings_committee_file_create (db, committee, &error);
  g_assert_no_error (error);
  *out_dir = g_steal_pointer (&dir);
  return file;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static guint
count (const char *text, const char *what)
{
  guint n = 0;

  for (const char *p = strstr (text, what); p != NULL; p = strstr (p + 1, what))
    n++;
  return n;
}

/* "1,234.56", as the forms print amounts. */
static char *
amount_text (gint64 cents)
{
  g_autofree char *plain = g_strdup_printf ("%" G_GINT64_FORMAT, ABS (cents) / 100);
  GString *text = g_string_new (cents < 0 ? "(" : "");
  gsize len = strlen (plain);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (text, ',');
      g_string_append_c (text, plain[i]);
    }
  g_string_append_printf (text, ".%02d%s", (int) (ABS (cents) % 100), cents < 0 ? ")" : "");
  return g_string_free (text, FALSE);
}

/* One schedule line of the filing: its itemizations (memo rows too) and its total. */
typedef struct {
  char   *type;   /* "SA11AI" */
  guint   items;
  gint64  total;  /* of the rows that are not memos */
} Line;

static void
line_free (gpointer data)
{
  Line *line = data;

  g_free (line->type);
  g_free (line);
}

static GPtrArray *
schedule_lines (GPtrArray *records, guint *out_texts)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (line_free);
  Line *line = NULL;

  *out_texts = 0;
  for (guint i = 2; i < records->len; i++)
    {
      HustingsFecRecord *record = g_ptr_array_index (records, i);
      gboolean sa = g_str_has_prefix (record->type, "SA");
      gint64 cents = 0;
      const char *memo;

      if (g_str_equal (record->type, "TEXT"))
        {
          (*out_texts)++;
          continue;
        }
      if (!sa && !g_str_has_prefix (record->type, "SB"))
        continue;
      if (line == NULL || !g_str_equal (line->type, record->type))
        {
          line = g_new0 (Line, 1);
          line->type = g_strdup (record->type);
          g_ptr_array_add (lines, line);
        }
      line->items++;
      memo = hustings_fec_record_get_named (record, "memo_code");
      hustings_fec_record_get_amount (record,
                                      hustings_fec_layout_find (record->type,
                                                                sa ? "contribution_amount"
                                                                   : "expenditure_amount"),
                                      &cents);
      if (memo == NULL || *memo == '\0')
        line->total += cents;
    }
  return lines;
}

static void
assert_drawn (HustingsReportPrint *print)
{
  gboolean landscape = hustings_report_print_get_landscape (print);
  int width = landscape ? 792 : 612, height = landscape ? 612 : 792;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  guint dark = 0;
  guchar *data;
  int stride;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  hustings_report_print_draw_page (print, cr, 0, width, height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      dark += data[y * stride + x * 4 + 1] < 160;
  cairo_surface_destroy (surface);
  /* Lines, boxes and words: well over a thousand dark pixels */
  g_assert_cmpuint (dark, >, 1000);
}

static void
check_filing (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = g_build_filename (fixtures_dir, name, NULL);
  g_autofree char *dir = NULL;
  HustingsCommitteeFile *file = new_file (&dir);
  g_autoptr(HustingsFecImportSummary) summary = NULL;
  g_autoptr(HustingsReport) report = NULL;
  g_autoptr(HustingsReportPrint) forms = NULL;
  g_autoptr(HustingsReportPrint) listing = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *forms_pdf = g_build_filename (dir, "forms.pdf", NULL);
  g_autofree char *listing_pdf = g_build_filename (dir, "listing.pdf", NULL);
  g_autofree char *forms_text = NULL;
  g_autofree char *listing_text = NULL;
  g_autofree char *page_of = NULL;
  guint texts, pages, schedule_pages[2] = { 0, 0 };
  gboolean f3x;

  g_assert_true (hustings_fec_import_run (file, path, &summary, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  report = hustings_report_store_get (file, summary->report_id, &error);
  g_assert_no_error (error);
  f3x = g_str_equal (hustings_report_get_form (report), "F3X");
  records = hustings_report_build_filing (file, report, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  lines = schedule_lines (records, &texts);

  forms = hustings_report_print_new (file, report, HUSTINGS_PRINT_FORMS, NULL, NULL, NULL,
                                     &error);
  g_assert_no_error (error);
  listing = hustings_report_print_new (file, report, HUSTINGS_PRINT_LISTING, NULL, NULL, NULL,
                                       &error);
  g_assert_no_error (error);
  g_assert_true (hustings_report_print_write_pdf (forms, forms_pdf, HUSTINGS_PRINT_LETTER_WIDTH,
                                                  HUSTINGS_PRINT_LETTER_HEIGHT, NULL, NULL,
                                                  NULL, &error));
  g_assert_no_error (error);
  g_assert_true (hustings_report_print_write_pdf (listing, listing_pdf,
                                                  HUSTINGS_PRINT_LETTER_WIDTH,
                                                  HUSTINGS_PRINT_LETTER_HEIGHT, NULL, NULL,
                                                  NULL, &error));
  g_assert_no_error (error);
  assert_drawn (forms);
  assert_drawn (listing);

  /* The pages: the form's, three itemizations a page for each line, then the memos. */
  pages = f3x ? F3X_FORM_PAGES : F3_FORM_PAGES;
  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = lines->pdata[i];

      schedule_pages[line->type[1] == 'B'] += (line->items + 2) / 3;
    }
  pages += schedule_pages[0] + schedule_pages[1];
  if (texts == 0)
    g_assert_cmpuint (hustings_report_print_get_n_pages (forms), ==, pages);
  else
    g_assert_cmpuint (hustings_report_print_get_n_pages (forms), >, pages);

  forms_text = pdf_text (forms_pdf);
  listing_text = pdf_text (listing_pdf);
  g_assert_nonnull (strstr (forms_text, hustings_committee_file_peek_committee (file)->name));

  /* Each schedule numbered on its own, "PAGE N OF M" */
  for (guint s = 0; s < 2; s++)
    if (schedule_pages[s] > 0)
      {
        g_free (page_of);
        page_of = g_strdup_printf ("OF %u", schedule_pages[s]);
        g_assert_cmpuint (count (forms_text, page_of), >=, schedule_pages[s]);
      }

  /* Each line's total, on the forms and in the listing */
  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = lines->pdata[i];
      g_autofree char *total = amount_text (line->total);

      if (strstr (forms_text, total) == NULL || strstr (listing_text, total) == NULL)
        g_test_fail_printf ("%s: the total of %s, %s, is not printed", name, line->type, total);
    }

  g_object_unref (file);
  remove_dir (dir);
}

static void
skip_all (gconstpointer data)
{
  g_test_skip (data);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Whether the filing reads as a Form 3 or Form 3X report. */
static gboolean
reads_as_report (const char *path)
{
  g_autoptr(HustingsFecReader) reader = hustings_fec_reader_new_for_path (path, NULL);
  g_autoptr(HustingsFecRecord) header = reader ? hustings_fec_reader_next (reader, NULL) : NULL;
  g_autoptr(HustingsFecRecord) cover = header ? hustings_fec_reader_next (reader, NULL) : NULL;

  static const char * const forms[] = { "F3N", "F3A", "F3T", "F3XN", "F3XA", "F3XT", NULL };

  return cover != NULL && g_strv_contains (forms, cover->type);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char *name;

  g_test_init (&argc, &argv, NULL);
  fixtures_dir = g_getenv ("HUSTINGS_FEC_FIXTURES");
  if (fixtures_dir == NULL || (dir = g_dir_open (fixtures_dir, 0, NULL)) == NULL)
    {
      g_test_add_data_func ("/conformance/print", "../shared/fixtures/fec is not here",
                            skip_all);
      return g_test_run ();
    }
  if (pdftotext == NULL)
    {
      g_test_add_data_func ("/conformance/print", "pdftotext (poppler-utils) is not installed",
                            skip_all);
      return g_test_run ();
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".fec"))
      {
        g_autofree char *path = g_build_filename (fixtures_dir, name, NULL);

        if (reads_as_report (path))
          g_ptr_array_add (names, g_strdup (name));
      }
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *test = g_strdup_printf ("/conformance/print/%s",
                                               (char *) names->pdata[i]);

      g_test_add_data_func (test, names->pdata[i], check_filing);
    }
  return g_test_run ();
}
