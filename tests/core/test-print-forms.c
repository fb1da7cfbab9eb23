/* test-print-forms.c: the pages of Form 3 and Form 3X in a printed report (the cover, the
 * summary page, the detailed summary pages): how many and of which kind, what pdftotext reads
 * on them (the committee, its FEC id, the coverage, the type of report checked, NEW or
 * AMENDED, every line's figures in columns A and B where the form has them, PAGE N OF M), a
 * name too long for the cover's combs, a negative figure, and that a page draws.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "hustings-print-private.h"
#include "test-util.h"

#define A HUSTINGS_REPORT_COLUMN_A
#define B HUSTINGS_REPORT_COLUMN_B

/* ---- A House campaign of our own ---- */

static HustingsCommitteeFile *
new_committee (HustingsCommitteeType type, const char *name, const char *fec_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCommittee) c = hustings_committee_new ();
  char *dir = test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "test.hustings", NULL);
  HustingsCommitteeFile *file;

#define SET(field, value) \
  G_STMT_START { g_free (c->field); c->field = g_strdup (value); } G_STMT_END
  SET (name, name);
  SET (fec_id, fec_id);
  SET (street1, "100 Main St");
  SET (city, "Austin");
  SET (state, "TX");
  SET (zip, "78701-1234");
  SET (treasurer_first, "Pat");
  SET (treasurer_last, "Treasurer");
  if (type == HUSTINGS_COMMITTEE_HOUSE)
    {
      SET (candidate_first, "Casey");
      SET (candidate_last, "Candidate");
      SET (candidate_office, "H");
      SET (candidate_state, "TX");
      SET (candidate_district, "7");
    }
#undef SET
  c->type = type;
  hustings_committee_add_election (c, "P2026", "2026-03-03", "TX");
  hustings_committee_add_election (c, "G2026", "2026-11-03", "TX");
  g_test_queue_destroy ((GDestroyNotify) test_rm_rf, dir);
  file = hustings_committee_file_create (path, c, &error);
  g_assert_no_error (error);
  g_test_queue_unref (file);
  return file;
}

static gint64
add_committee_contact (HustingsCommitteeFile *file, const char *name, const char *fec_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsContact) c = hustings_contact_new (HUSTINGS_ENTITY_PAC);

  hustings_contact_set_field (c, HUSTINGS_CONTACT_ORG_NAME, name);
  hustings_contact_set_field (c, HUSTINGS_CONTACT_FEC_ID, fec_id);
  hustings_contact_store_add (file, c, &error);
  g_assert_no_error (error);
  return hustings_contact_get_id (c);
}

static gint64
add_vendor (HustingsCommitteeFile *file, const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsContact) c = hustings_contact_new (HUSTINGS_ENTITY_ORG);

  hustings_contact_set_field (c, HUSTINGS_CONTACT_ORG_NAME, name);
  hustings_contact_store_add (file, c, &error);
  g_assert_no_error (error);
  return hustings_contact_get_id (c);
}

static void
refund (HustingsCommitteeFile *file, gint64 contact, gint64 gift, const char *date, gint64 cents)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsDonation) d = hustings_donation_new ();

  hustings_donation_set_contact_id (d, contact);
  hustings_donation_set_date (d, date);
  hustings_donation_set_amount (d, -cents);
  hustings_donation_set_refund_of (d, gift);
  hustings_donation_store_add (file, d, &error);
  g_assert_no_error (error);
}

static void
pay (HustingsCommitteeFile *file, gint64 payee, const char *date, gint64 cents)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsDisbursement) b = hustings_disbursement_new ();

  hustings_disbursement_set_contact_id (b, payee);
  hustings_disbursement_set_date (b, date);
  hustings_disbursement_set_amount (b, cents);
  hustings_disbursement_set_line (b, "SB17");
  hustings_disbursement_set_purpose (b, "Printing");
  hustings_disbursement_store_add (file, b, &error);
  g_assert_no_error (error);
}

static HustingsReport *
add_report (HustingsCommitteeFile *file, const char *code, const char *from, const char *to)
{
  g_autoptr(GError) error = NULL;
  HustingsReport *r = hustings_report_new ();

  hustings_report_set_form (r, "F3");
  hustings_report_set_code (r, code);
  hustings_report_set_coverage (r, from, to);
  hustings_report_set_date_signed (r, "2026-04-10");
  hustings_report_store_add (file, r, &error);
  g_assert_no_error (error);
  g_test_queue_unref (r);
  return r;
}

/* Q1 2026: Alice $300 and Carol $250 (itemized), Bob $50 (unitemized), Builders PAC $1,000
 * (and $500 in November, before the quarter but in the cycle), $120 of printing. Bob's $50 is
 * refunded in April. */
typedef struct {
  HustingsCommitteeFile *file;
  HustingsReport        *q1;
} Campaign;

static void
campaign_init (Campaign *c, const char *name)
{
  gint64 alice, bob, carol, pac, printer, bob_gift;

  c->file = new_committee (HUSTINGS_COMMITTEE_HOUSE, name, "C00123456");
  alice = test_add_person (c->file, "Alice", "Able");
  bob = test_add_person (c->file, "Bob", "Baker");
  carol = test_add_person (c->file, "Carol", "Cruz");
  pac = add_committee_contact (c->file, "Builders PAC", "C00999999");
  printer = add_vendor (c->file, "Print Shop LLC");
  test_give (c->file, alice, "2026-02-01", 30000, NULL);
  bob_gift = test_give (c->file, bob, "2026-02-15", 5000, NULL);
  test_give (c->file, carol, "2026-03-01", 25000, NULL);
  test_give (c->file, pac, "2025-11-01", 50000, NULL);
  test_give (c->file, pac, "2026-01-20", 100000, NULL);
  pay (c->file, printer, "2026-03-10", 12000);
  refund (c->file, bob, bob_gift, "2026-04-20", 5000);
  c->q1 = add_report (c->file, "Q1", "2026-01-01", "2026-03-31");
}

/* ---- The PDF ---- */

#define assert_has(page, text) \
  G_STMT_START { \
    if (strstr ((page), (text)) == NULL) \
      g_error ("“%s” is not on the page:\n%s", (text), (page)); \
  } G_STMT_END

#define assert_matches(page, pattern) \
  G_STMT_START { \
    if (!g_regex_match_simple ((pattern), (page), G_REGEX_MULTILINE, 0)) \
      g_error ("/%s/ is not on the page:\n%s", (pattern), (page)); \
  } G_STMT_END

#define assert_no_match(page, pattern) \
  G_STMT_START { \
    if (g_regex_match_simple ((pattern), (page), G_REGEX_MULTILINE, 0)) \
      g_error ("/%s/ should not be on the page:\n%s", (pattern), (page)); \
  } G_STMT_END

/* The page without its spaces: what the combs type a character a cell. */
static char *
squeeze (const char *page)
{
  GString *out = g_string_new (NULL);

  for (const char *p = page; *p; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* The amounts on a page as pdftotext reads them, top to bottom and left to right, joined by
 * spaces: "1,600.00 2,100.00 (50.00) …". */
static char *
amounts (const char *page)
{
  g_autoptr(GRegex) regex = g_regex_new ("\\(?[0-9][0-9,]*\\.[0-9]{2}\\)?", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GString *out = g_string_new (NULL);

  g_regex_match (regex, page, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *word = g_match_info_fetch (match, 0);

      g_string_append_printf (out, "%s%s", out->len ? " " : "", word);
    }
  return g_string_free (out, FALSE);
}

/* What lines' boxes hold, in the form's order: column A then B for each, where the form has
 * the column, as the summary computes them. */
static char *
expected_amounts (HustingsReportSummary *summary, const char * const *lines)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      HustingsReportLine *line = hustings_report_summary_lookup (summary, lines[i]);

      g_assert_nonnull (line);
      for (HustingsReportColumn column = A; column <= B; column++)
        if (hustings_report_line_has_column (line, column))
          {
            g_autofree char *text =
              hustings_print_format_cents (hustings_report_line_get_amount (line, column));

            g_string_append_printf (out, "%s%s", out->len ? " " : "", text);
          }
    }
  return g_string_free (out, FALSE);
}

static void
assert_page_amounts (const char *page, HustingsReportSummary *summary, const char * const *lines)
{
  g_autofree char *got = amounts (page);
  g_autofree char *expected = expected_amounts (summary, lines);

  g_assert_cmpstr (got, ==, expected);
}

static HustingsReportSummary *
compute (HustingsCommitteeFile *file, HustingsReport *report)
{
  g_autoptr(GError) error = NULL;
  HustingsReportSummary *summary = hustings_report_compute (file, report, NULL, &error);

  g_assert_no_error (error);
  g_test_queue_unref (summary);
  return summary;
}

/* The number of dark pixels of page drawn at 1 pixel a point. */
static guint
dark_pixels (HustingsReportPrint *print, guint page)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 612, 792);
  cairo_t *cr = cairo_create (surface);
  const guchar *data;
  int stride;
  guint dark = 0;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  hustings_report_print_draw_page (print, cr, page, 612, 792);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < 792; y++)
    for (int x = 0; x < 612; x++)
      if ((((const guint32 *) (data + y * stride))[x] & 0xff) < 128)
        dark++;
  cairo_surface_destroy (surface);
  return dark;
}

/* ---- Tests ---- */

/* The form's own pages come first: a cover, a summary page and the detailed summary pages,
 * numbered among themselves. */
static void
test_pagination (void)
{
  static const struct {
    gboolean f3x;
    guint    n;
  } forms[] = { { FALSE, 4 }, { TRUE, 5 } };

  for (guint f = 0; f < G_N_ELEMENTS (forms); f++)
    {
      HustingsPrintContext ctx = { .f3x = forms[f].f3x };
      g_autoptr(GArray) pages = g_array_new (FALSE, TRUE, sizeof (HustingsPrintPage));

      hustings_print_forms_paginate (&ctx, pages);
      g_assert_cmpuint (pages->len, ==, forms[f].n);
      for (guint i = 0; i < pages->len; i++)
        {
          const HustingsPrintPage *page = &g_array_index (pages, HustingsPrintPage, i);

          g_assert_cmpuint (page->kind, ==, i == 0 ? HUSTINGS_PAGE_COVER
                                            : i == 1 ? HUSTINGS_PAGE_SUMMARY
                                            : HUSTINGS_PAGE_DETAILED);
          if (i >= 2)
            g_assert_cmpuint (page->sub, ==, i - 2);
          g_assert_cmpuint (page->number, ==, i + 1);
          g_assert_cmpuint (page->of, ==, forms[f].n);
        }
    }
}

/* Form 3: the cover filled in, every line of the three summary pages in both columns. */
static void
test_form3 (void)
{
  static const char * const summary_lines[] = {
    "6a", "6b", "6c", "7a", "7b", "7c", "8", "9", "10", NULL
  };
  static const char * const receipts_lines[] = {
    "11ai", "11aii", "11aiii", "11b", "11c", "11d", "11e", "12", "13a", "13b", "13c", "14",
    "15", "16", NULL
  };
  static const char * const disbursements_lines[] = {
    "17", "18", "19a", "19b", "19c", "20a", "20b", "20c", "20d", "21", "22", "23", "24", "25",
    "26", "27", NULL
  };
  Campaign c;
  g_autoptr(HustingsReportPrint) print = NULL;
  g_auto(GStrv) pages = NULL;
  g_autofree char *cover = NULL;
  HustingsReportSummary *summary;

  campaign_init (&c, "Friends of Test");
  summary = compute (c.file, c.q1);
  /* What the pages below must show, by hand. */
  g_assert_cmpint (hustings_report_summary_get (summary, "11ai", A), ==, 55000);
  g_assert_cmpint (hustings_report_summary_get (summary, "11c", B), ==, 150000);
  g_assert_cmpint (hustings_report_summary_get (summary, "27", A), ==, 148000);

  pages = test_report_pdf_pages (c.file, c.q1, &print);
  if (pages == NULL)
    return;
  g_assert_cmpuint (hustings_report_print_get_n_pages (print), >, 4);

  /* The cover */
  cover = squeeze (pages[0]);
  assert_has (pages[0], "PAGE 1 OF 4");
  assert_has (pages[0], "REPORT OF RECEIPTS");
  assert_has (pages[0], "For An Authorized Committee");
  assert_has (cover, "FriendsofTest");
  assert_has (cover, "C00123456");
  assert_has (cover, "100MainSt");
  assert_has (cover, "Austin");
  assert_has (cover, "78701");
  assert_has (cover, "TX07");                    /* the candidate's state and district */
  assert_has (cover, "01/01/2026");              /* the coverage */
  assert_has (cover, "03/31/2026");
  assert_has (cover, "04/10/2026");              /* signed */
  assert_has (pages[0], "Pat Treasurer");
  assert_matches (pages[0], "X\\s+April 15 Quarterly Report \\(Q1\\)");
  assert_no_match (pages[0], "X\\s+(July|October) 15 Quarterly");
  assert_no_match (pages[0], "X\\s+Termination Report");
  assert_matches (pages[0], "X\\s+NEW");
  assert_no_match (pages[0], "X\\s+AMENDED");
  assert_has (pages[0], "I certify that I have examined this Report");
  assert_has (pages[0], "Signature of Treasurer");
  assert_has (pages[0], "Office Use Only");

  /* The summary page */
  assert_has (pages[1], "SUMMARY PAGE");
  assert_has (pages[1], "PAGE 2 OF 4");
  assert_has (pages[1], "Friends of Test");
  assert_has (pages[1], "Election Cycle-to-Date");
  assert_has (pages[1], "Cash on Hand at Close of");
  assert_has (pages[1], "For further information contact:");
  assert_page_amounts (pages[1], summary, summary_lines);
  {
    g_autofree char *got = amounts (pages[1]);

    /* 6(a) A and B, … 8 (column A only), 9 and 10 as 0.00 */
    g_assert_true (g_str_has_prefix (got, "1,600.00 2,100.00 0.00 0.00 1,600.00 2,100.00 "));
    g_assert_true (g_str_has_suffix (got, " 1,480.00 0.00 0.00"));
  }

  /* The detailed summary pages */
  assert_has (pages[2], "DETAILED SUMMARY PAGE");
  assert_has (pages[2], "PAGE 3 OF 4");
  assert_has (pages[2], "I. RECEIPTS");
  assert_has (pages[2], "Itemized (use Schedule A)");
  assert_has (pages[2], "TOTAL of contributions");
  assert_page_amounts (pages[2], summary, receipts_lines);
  {
    g_autofree char *got = amounts (pages[2]);

    /* 11(a)(i), (ii), (iii), (b), then the PAC's gifts in 11(c): $1,500 in the cycle */
    g_assert_true (g_str_has_prefix (got, "550.00 550.00 50.00 50.00 600.00 600.00 0.00 0.00 "
                                          "1,000.00 1,500.00 "));
  }
  assert_has (pages[3], "PAGE 4 OF 4");
  assert_has (pages[3], "II. DISBURSEMENTS");
  assert_has (pages[3], "III. CASH SUMMARY");
  assert_has (pages[3], "CASH ON HAND AT CLOSE OF REPORTING PERIOD");
  assert_page_amounts (pages[3], summary, disbursements_lines);
  {
    g_autofree char *got = amounts (pages[3]);

    /* 17 … the cash summary, column A only: 23 to 27 */
    g_assert_true (g_str_has_prefix (got, "120.00 120.00 "));
    g_assert_true (g_str_has_suffix (got, " 0.00 1,600.00 1,600.00 120.00 1,480.00"));
  }

  /* Then the schedules, numbered on their own */
  g_assert_null (strstr (pages[4], "OF 4"));

  g_assert_cmpuint (dark_pixels (print, 0), >, 5000);
  g_assert_cmpuint (dark_pixels (print, 2), >, 5000);
}

/* An amendment checks AMENDED, not NEW. */
static void
test_amendment (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsReport) amended = NULL;
  g_auto(GStrv) pages = NULL;
  Campaign c;

  campaign_init (&c, "Friends of Test");
  g_assert_true (hustings_report_store_mark_filed (c.file, hustings_report_get_id (c.q1),
                                                   "FEC-1000001", &error));
  g_assert_no_error (error);
  amended = hustings_report_store_amend (c.file, hustings_report_get_id (c.q1), &error);
  g_assert_no_error (error);

  pages = test_report_pdf_pages (c.file, amended, NULL);
  if (pages == NULL)
    return;
  assert_matches (pages[0], "X\\s+AMENDED");
  assert_no_match (pages[0], "X\\s+NEW");
  assert_matches (pages[0], "X\\s+April 15 Quarterly Report \\(Q1\\)");
}

/* A termination report checks TER; its refund with no gifts makes net contributions
 * negative, printed in parentheses. A name too long for the cover's cells is typed across
 * its lines. */
static void
test_termination (void)
{
  static const char *name = "Committee to Elect the Honorable Alexandra Catherine "
                            "Montgomery-Richardson to the United States House of Representatives";
  g_auto(GStrv) pages = NULL;
  g_autofree char *got = NULL;
  HustingsReport *ter;
  Campaign c;

  campaign_init (&c, name);
  ter = add_report (c.file, "TER", "2026-04-01", "2026-06-30");
  g_assert_true (hustings_report_get_termination (ter));

  pages = test_report_pdf_pages (c.file, ter, NULL);
  if (pages == NULL)
    return;
  assert_matches (pages[0], "X\\s+Termination Report \\(TER\\)");
  assert_no_match (pages[0], "X\\s+April 15");
  assert_matches (pages[0], "X\\s+NEW");
  /* Typed across the lines, a word at a time, not a character a cell */
  assert_has (pages[0], "Montgomery-Richardson");
  assert_has (pages[0], "Representatives");
  assert_has (pages[1], name);

  /* 6(a) nothing this period ($2,100 in the cycle), 6(b) the $50 refund, 6(c) −$50 */
  got = amounts (pages[1]);
  g_assert_true (g_str_has_prefix (got, "0.00 2,100.00 50.00 50.00 (50.00) 2,050.00 "));
  /* 8: the quarter's $1,480 less the refund */
  g_assert_true (g_str_has_suffix (got, " 1,430.00 0.00 0.00"));
}

/* Form 3X from a filing brought in: its cover with the monthly and quarterly reports, the
 * summary page's January 1 cash in column B, and the three detailed summary pages. */
static void
test_form3x (void)
{
  static const char * const summary_lines[] = {
    "6a", "6b", "6c", "6d", "7", "8", "9", "10", NULL
  };
  static const char * const receipts_lines[] = {
    "11ai", "11aii", "11aiii", "11b", "11c", "11d", "12", "13", "14", "15", "16", "17", "18a",
    "18b", "18c", "19", "20", NULL
  };
  static const char * const disbursements_lines[] = {
    "21ai", "21aii", "21b", "21c", "22", "23", "24", "25", "26", "27", "28a", "28b", "28c",
    "28d", "29", "30ai", "30aii", "30b", "30c", "31", "32", NULL
  };
  static const char * const net_lines[] = { "33", "34", "35", "36", "37", "38", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(HustingsReportPrint) print = NULL;
  g_auto(GStrv) pages = NULL;
  g_autofree char *cover = NULL, *summary_page = NULL, *got = NULL;
  HustingsCommitteeFile *file = new_committee (HUSTINGS_COMMITTEE_PAC, "New committee", "");
  HustingsReportSummary *summary;
  HustingsReport *q2;

  g_assert_true (hustings_fec_import_run (file, TEST_DATA_DIR "/fec/import/f3xn-original.fec",
                                          NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  reports = hustings_report_store_list (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reports->len, ==, 1);
  q2 = g_ptr_array_index (reports, 0);
  g_assert_cmpstr (hustings_report_get_form (q2), ==, "F3X");
  summary = compute (file, q2);

  pages = test_report_pdf_pages (file, q2, &print);
  if (pages == NULL)
    return;

  cover = squeeze (pages[0]);
  assert_has (pages[0], "PAGE 1 OF 5");
  assert_has (pages[0], "For Other Than An Authorized Committee");
  assert_has (pages[0], "Feb 20 (M2)");
  assert_has (cover, "ExampleLeadershipPAC");
  assert_has (cover, "C00444444");
  assert_has (cover, "Tampa");
  assert_has (cover, "04/01/2026");
  assert_has (cover, "06/30/2026");
  assert_has (pages[0], "Kim Keeper");
  assert_matches (pages[0], "X\\s+(July 15|Quarterly Report \\(Q2\\))");
  assert_no_match (pages[0], "X\\s+(April|October) 15");
  assert_no_match (pages[0], "X\\s+Quarterly Report \\(Q[13]\\)");
  assert_matches (pages[0], "X\\s+NEW");

  assert_has (pages[1], "PAGE 2 OF 5");
  assert_has (pages[1], "Calendar Year-to-Date");
  assert_has (pages[1], "multicandidate committee");
  summary_page = squeeze (pages[1]);
  assert_has (summary_page, "January1,2026");
  assert_page_amounts (pages[1], summary, summary_lines);
  got = amounts (pages[1]);
  /* 6(a) January 1 (column B only), 6(b) beginning (column A only), … 8 at close */
  g_assert_true (g_str_has_prefix (got, "2,500.00 3,000.00 6,008.25 7,020.50 9,008.25 "));
  g_assert_true (g_str_has_suffix (got, " 3,808.25 2,320.50 0.00 0.00"));

  assert_has (pages[2], "PAGE 3 OF 5");
  assert_has (pages[2], "I. Receipts");
  assert_page_amounts (pages[2], summary, receipts_lines);
  g_clear_pointer (&got, g_free);
  got = amounts (pages[2]);
  g_assert_true (g_str_has_prefix (got, "1,000.00 2,000.00 0.00 0.00 1,000.00 2,000.00 "));

  assert_has (pages[3], "PAGE 4 OF 5");
  assert_has (pages[3], "II. Disbursements");
  assert_has (pages[3], "Coordinated Party Expenditures");
  assert_page_amounts (pages[3], summary, disbursements_lines);

  assert_has (pages[4], "PAGE 5 OF 5");
  assert_has (pages[4], "Net Operating Expenditures");
  assert_page_amounts (pages[4], summary, net_lines);
  g_clear_pointer (&got, g_free);
  got = amounts (pages[4]);
  g_assert_cmpstr (got, ==, "6,000.00 7,000.00 500.00 500.00 5,500.00 6,500.00 2,200.00 "
                            "4,200.00 0.00 0.00 2,200.00 4,200.00");

  g_assert_cmpuint (dark_pixels (print, 0), >, 5000);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/print-forms/pagination", test_pagination);
  g_test_add_func ("/print-forms/form3", test_form3);
  g_test_add_func ("/print-forms/amendment", test_amendment);
  g_test_add_func ("/print-forms/termination", test_termination);
  g_test_add_func ("/print-forms/form3x", test_form3x);
  return g_test_run ();
}
