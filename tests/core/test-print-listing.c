/* test-print-listing.c: the review listing: one row per itemization on landscape pages,
 * grouped by line with each line's total checked against the summary page, memo entries shown
 * but not counted, the totals by line, and pages cut where the rows' heights say.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "hustings-print-private.h"
#include "test-util.h"

#define A HUSTINGS_REPORT_COLUMN_A

/* ---- A campaign of our own ---- */

static gint64
add_contact (HustingsCommitteeFile *file,
             HustingsEntityType     entity,
             const char            *first,
             const char            *last,
             const char            *org,
             const char            *fec_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsContact) c = hustings_contact_new (entity);

  hustings_contact_set_field (c, HUSTINGS_CONTACT_FIRST_NAME, first);
  hustings_contact_set_field (c, HUSTINGS_CONTACT_LAST_NAME, last);
  hustings_contact_set_field (c, HUSTINGS_CONTACT_ORG_NAME, org);
  hustings_contact_set_field (c, HUSTINGS_CONTACT_STREET1, "1 Elm St");
  hustings_contact_set_field (c, HUSTINGS_CONTACT_CITY, "Dallas");
  hustings_contact_set_field (c, HUSTINGS_CONTACT_STATE, "TX");
  hustings_contact_set_field (c, HUSTINGS_CONTACT_ZIP, "752011234");
  if (entity == HUSTINGS_ENTITY_IND)
    {
      hustings_contact_set_field (c, HUSTINGS_CONTACT_EMPLOYER, "Acme Corp");
      hustings_contact_set_field (c, HUSTINGS_CONTACT_OCCUPATION, "Engineer");
    }
  hustings_contact_set_field (c, HUSTINGS_CONTACT_FEC_ID, fec_id);
  hustings_contact_store_add (file, c, &error);
  g_assert_no_error (error);
  return hustings_contact_get_id (c);
}

static gint64
give (HustingsCommitteeFile *file,
      gint64                 contact,
      const char            *date,
      gint64                 cents,
      const char            *conduit,
      const char            *memo,
      gint64                 refund_of)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsDonation) d = hustings_donation_new ();

  hustings_donation_set_contact_id (d, contact);
  hustings_donation_set_date (d, date);
  hustings_donation_set_amount (d, cents);
  hustings_donation_set_election (d, "P2026");
  hustings_donation_set_conduit (d, conduit);
  hustings_donation_set_memo (d, memo);
  hustings_donation_set_refund_of (d, refund_of);
  hustings_donation_store_add (file, d, &error);
  g_assert_no_error (error);
  return hustings_donation_get_id (d);
}

static void
pay (HustingsCommitteeFile *file, gint64 payee, const char *date, gint64 cents,
     const char *purpose)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsDisbursement) b = hustings_disbursement_new ();

  hustings_disbursement_set_contact_id (b, payee);
  hustings_disbursement_set_date (b, date);
  hustings_disbursement_set_amount (b, cents);
  hustings_disbursement_set_line (b, "SB17");
  hustings_disbursement_set_purpose (b, purpose);
  hustings_disbursement_set_category (b, "006");
  hustings_disbursement_store_add (file, b, &error);
  g_assert_no_error (error);
}

static HustingsReport *
add_q1 (HustingsCommitteeFile *file)
{
  g_autoptr(GError) error = NULL;
  HustingsReport *r = hustings_report_new ();

  hustings_report_set_form (r, "F3");
  hustings_report_set_code (r, "Q1");
  hustings_report_set_coverage (r, "2026-01-01", "2026-03-31");
  hustings_report_store_add (file, r, &error);
  g_assert_no_error (error);
  return r;
}

static HustingsReportPrint *
print_listing (HustingsCommitteeFile *file, HustingsReport *report)
{
  g_autoptr(GError) error = NULL;
  HustingsReportPrint *print = hustings_report_print_new (file, report, HUSTINGS_PRINT_LISTING,
                                                          NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (print);
  g_assert_true (hustings_report_print_get_landscape (print));
  return print;
}

/* ---- The PDF, as poppler reads it ---- */

/* The output of a poppler tool (args[0]), or NULL (the test skipped) when it is not
 * installed. */
static char *
run_tool (const char **args)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *program = g_find_program_in_path (args[0]);
  g_autofree char *out = NULL;
  int status = 0;

  if (program == NULL)
    {
      g_test_skip_printf ("%s is not installed", args[0]);
      return NULL;
    }
  args[0] = program;
  g_spawn_sync (NULL, (char **) args, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

/* The PDF's text, its columns laid out as on the page. */
static char *
pdf_text (const char *pdf)
{
  return run_tool ((const char *[]) { "pdftotext", "-layout", pdf, "-", NULL });
}

static char *
write_pdf (HustingsReportPrint *print, const char *dir)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, "listing.pdf", NULL);

  g_assert_true (hustings_report_print_write_pdf (print, path, HUSTINGS_PRINT_LETTER_WIDTH,
                                                  HUSTINGS_PRINT_LETTER_HEIGHT, NULL, NULL, NULL,
                                                  &error));
  g_assert_no_error (error);
  return path;
}

static guint
count_of (const char *text, const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* Dark pixels of page drawn at 1 pixel a point. */
static guint
dark_pixels (HustingsReportPrint *print, guint page)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 792, 612);
  cairo_t *cr = cairo_create (surface);
  const guint8 *data;
  int stride;
  guint dark = 0;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  hustings_report_print_draw_page (print, cr, page, 792, 612);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < 612; y++)
    for (int x = 0; x < 792; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);

        if (((pixel >> 8) & 0xff) < 128)
          dark++;
      }
  cairo_surface_destroy (surface);
  return dark;
}

/* ---- Tests ---- */

/* A few itemizations of each kind: one page, every name, memo entries shown and not counted,
 * each line's total that of the summary. */
static void
test_listing_one_page (void)
{
  g_autofree char *path = NULL;
  HustingsCommitteeFile *file = test_new_file (&path);
  g_autoptr(HustingsReport) report = NULL;
  g_autoptr(HustingsReportPrint) print = NULL;
  g_autoptr(HustingsReportSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *pdf = NULL, *text = NULL, *info = NULL, *line_11ai = NULL, *line_17 = NULL;
  g_autofree char *expected = NULL;
  gint64 frank, frank_gift, carol;

  give (file, add_contact (file, HUSTINGS_ENTITY_IND, "Alice", "Able", NULL, NULL),
        "2026-01-15", 25000, NULL, NULL, 0);
  give (file, add_contact (file, HUSTINGS_ENTITY_IND, "Bob", "Baker", NULL, NULL),
        "2026-02-03", 30000, NULL, "Given at the spring picnic", 0);
  carol = add_contact (file, HUSTINGS_ENTITY_IND, "Carol", "Cruz", NULL, NULL);
  give (file, carol, "2026-02-04", 15000, NULL, NULL, 0);  /* $150: not itemized */
  /* Earmarked through ActBlue: the receipt and the conduit's memo row. */
  give (file, add_contact (file, HUSTINGS_ENTITY_IND, "Dana", "Diaz", NULL, NULL),
        "2026-02-10", 50000, "C00401224", NULL, 0);
  /* $300, $50 of it refunded (line 20(a)). */
  frank = add_contact (file, HUSTINGS_ENTITY_IND, "Frank", "Fox", NULL, NULL);
  frank_gift = give (file, frank, "2026-01-20", 30000, NULL, NULL, 0);
  give (file, frank, "2026-03-01", -5000, NULL, NULL, frank_gift);
  give (file, add_contact (file, HUSTINGS_ENTITY_PAC, NULL, NULL, "Builders PAC", "C00999999"),
        "2026-03-05", 100000, NULL, NULL, 0);
  pay (file, add_contact (file, HUSTINGS_ENTITY_ORG, NULL, NULL, "Print Shop LLC", NULL),
       "2026-02-15", 123456, "Yard signs");
  pay (file, add_contact (file, HUSTINGS_ENTITY_ORG, NULL, NULL, "Hall Rentals Inc", NULL),
       "2026-03-10", 200000, "Hall for the kickoff");

  report = add_q1 (file);
  summary = hustings_report_compute (file, report, NULL, &error);
  g_assert_no_error (error);
  /* Alice, Bob, Dana, Frank; not Carol; not the conduit's memo row. */
  g_assert_cmpint (hustings_report_summary_get (summary, "11ai", A), ==, 135000);
  g_assert_cmpint (hustings_report_summary_get (summary, "17", A), ==, 323456);

  print = print_listing (file, report);
  g_assert_cmpuint (hustings_report_print_get_n_pages (print), ==, 1);
  g_assert_cmpuint (dark_pixels (print, 0), >, 5000);

  pdf = write_pdf (print, dir);
  info = run_tool ((const char *[]) { "pdfinfo", pdf, NULL });
  if (info == NULL)
    return;
  g_assert_nonnull (strstr (info, "792 x 612 pts"));
  g_assert_nonnull (strstr (info, "Pages:           1\n"));
  text = pdf_text (pdf);
  if (text == NULL)
    return;

  g_assert_nonnull (strstr (text, "Friends of Test"));
  g_assert_nonnull (strstr (text, "C00123456 · April Quarterly 2026"));
  g_assert_nonnull (strstr (text, "Review listing — not a filing"));
  g_assert_nonnull (strstr (text, "Page 1 of 1"));
  g_assert_cmpuint (count_of (text, "Page "), ==, 1);
  /* Every itemization, with its address, employer, purpose and category. */
  for (guint i = 0; i < 7; i++)
    {
      const char *names[] = { "Able, Alice", "Baker, Bob", "Diaz, Dana", "Fox, Frank",
                              "Builders PAC", "Print Shop LLC", "Hall Rentals Inc" };

      g_assert_nonnull (strstr (text, names[i]));
    }
  g_assert_null (strstr (text, "Cruz"));
  g_assert_nonnull (strstr (text, "1 Elm St, Dallas, TX 75201-1234"));
  g_assert_nonnull (strstr (text, "Acme Corp / Engineer"));
  g_assert_nonnull (strstr (text, "Yard signs · 006"));
  g_assert_nonnull (strstr (text, "Memo: Given at the spring picnic"));
  /* The lines, headed with the summary's labels. */
  g_assert_nonnull (strstr (text, "Schedule A — Line 11(a)(i): Individuals — itemized"));
  g_assert_nonnull (strstr (text, "Schedule A — Line 11(c): Other political committees (PACs)"));
  g_assert_nonnull (strstr (text, "Schedule B — Line 17: Operating expenditures"));
  g_assert_nonnull (strstr (text, "Schedule B — Line 20(a): Refunds to individuals"));
  /* The conduit's memo row: listed, its amount in brackets, not in the total. */
  g_assert_nonnull (strstr (text, "ActBlue"));
  g_assert_nonnull (strstr (text, "[500.00]"));
  line_11ai = hustings_print_format_cents (hustings_report_summary_get (summary, "11ai", A));
  expected = g_strdup_printf ("Total of line 11(a)(i): 4 itemizations (1 memo entry not "
                              "counted) · summary page, column A: %s", line_11ai);
  g_assert_nonnull (strstr (text, expected));
  g_assert_null (strstr (text, "1,850.00"));  /* what counting the memo row would give */
  line_17 = hustings_print_format_cents (hustings_report_summary_get (summary, "17", A));
  g_free (expected);
  expected = g_strdup_printf ("Total of line 17: 2 itemizations · summary page, column A: %s",
                              line_17);
  g_assert_nonnull (strstr (text, expected));
  g_assert_nonnull (strstr (text, "Total of line 20(a): 1 itemization · summary page, column A: "
                                  "50.00"));
  /* Every line agrees with the summary, in its total and in the totals by line. */
  g_assert_nonnull (strstr (text, "Totals by line"));
  g_assert_cmpuint (count_of (text, "= agrees"), ==, 8);
  g_assert_null (strstr (text, "≠ "));  /* the legend names the mark, no line has it */
}

/* The rows are cut into pages as their heights say: 49 rows under a line's heading a page. */
static void
test_listing_pages (void)
{
  g_autofree char *path = NULL;
  HustingsCommitteeFile *file = test_new_file (&path);
  g_autoptr(HustingsReport) report = NULL;
  g_autoptr(HustingsReportPrint) print = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *pdf = NULL, *text = NULL;
  g_auto(GStrv) pages = NULL;
  gint64 shop;

  g_assert_true (hustings_committee_file_begin (file, &error));
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *last = g_strdup_printf ("Donor%03u", i);

      give (file, add_contact (file, HUSTINGS_ENTITY_IND, "Dee", last, NULL, NULL),
            "2026-02-01", 25000, NULL, NULL, 0);
    }
  /* Line 17: $500 itemized, $45 to another payee not: the summary counts both. */
  shop = add_contact (file, HUSTINGS_ENTITY_ORG, NULL, NULL, "Print Shop LLC", NULL);
  pay (file, shop, "2026-02-15", 50000, "Yard signs");
  pay (file, add_contact (file, HUSTINGS_ENTITY_ORG, NULL, NULL, "Coffee Co", NULL),
       "2026-03-20", 4500, "Coffee");
  g_assert_true (hustings_committee_file_commit (file, &error));
  g_assert_no_error (error);

  report = add_q1 (file);
  print = print_listing (file, report);
  /* Page 1: the heading and 49 rows of 10 points fill the 508 points under the column
   * headings; pages 2–4 repeat the heading and take 49 more; page 5 the last 4, the line's
   * total, line 17 and the totals by line. */
  g_assert_cmpuint (hustings_report_print_get_n_pages (print), ==, 5);
  for (guint i = 0; i < 5; i++)
    g_assert_cmpuint (dark_pixels (print, i), >, 2000);

  pdf = write_pdf (print, dir);
  text = pdf_text (pdf);
  if (text == NULL)
    return;
  pages = g_strsplit (text, "\f", -1);
  g_assert_cmpuint (g_strv_length (pages), >=, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *page_of = g_strdup_printf ("Page %u of 5", i + 1);
      guint rows = count_of (pages[i], ", Dee");

      g_assert_nonnull (strstr (pages[i], page_of));
      g_assert_cmpuint (rows, ==, i < 4 ? 49 : 4);
      g_assert_cmpuint (count_of (pages[i], "Line 11(a)(i): Individuals — itemized (continued)"),
                        ==, i > 0 ? 1 : 0);
      g_assert_true ((strstr (pages[i], "Totals by line") != NULL) == (i == 4));
    }
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *name = g_strdup_printf ("Donor%03u, Dee", i);

      g_assert_cmpuint (count_of (text, name), ==, 1);
    }
  g_assert_nonnull (strstr (text, "Total of line 11(a)(i): 200 itemizations · summary page, "
                                  "column A: 50,000.00"));
  /* Line 17 does not agree: the $45 is on the summary, not itemized. */
  g_assert_nonnull (strstr (text, "Total of line 17: 1 itemization · summary page, column A: "
                                  "545.00"));
  g_assert_cmpuint (count_of (text, "≠ (45.00)"), ==, 2);
  g_assert_cmpuint (count_of (text, "= agrees"), ==, 2);
}

/* A report with nothing itemized still prints its page, and says so. */
static void
test_listing_empty (void)
{
  g_autofree char *path = NULL;
  HustingsCommitteeFile *file = test_new_file (&path);
  g_autoptr(HustingsReport) report = add_q1 (file);
  g_autoptr(HustingsReportPrint) print = print_listing (file, report);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *pdf = NULL, *text = NULL;

  g_assert_cmpuint (hustings_report_print_get_n_pages (print), ==, 1);
  pdf = write_pdf (print, dir);
  text = pdf_text (pdf);
  if (text == NULL)
    return;
  g_assert_nonnull (strstr (text, "This report itemizes no receipt and no disbursement."));
  g_assert_nonnull (strstr (text, "Page 1 of 1"));
  g_assert_null (strstr (text, "Totals by line"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/print-listing/one-page", test_listing_one_page);
  g_test_add_func ("/print-listing/pages", test_listing_pages);
  g_test_add_func ("/print-listing/empty", test_listing_empty);
  return g_test_run ();
}
