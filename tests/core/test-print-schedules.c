/* test-print-schedules.c: the Schedule A and B pages and the TEXT memo pages of a printed
 * report: how a filing is cut into pages, what pdftotext reads on them (names, amounts, page
 * subtotals, line totals on the last page of a line only, PAGE N OF M), the Form 3X captions,
 * and that a page draws.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "hustings-print-private.h"
#include "hustings-report-private.h"
#include "test-util.h"

/* ---- A Form 3 campaign ---- */

static HustingsCommitteeFile *
new_committee (HustingsCommitteeType type, const char *name, const char *fec_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCommittee) c = hustings_committee_new ();
  char *dir = test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "test.hustings", NULL);
  HustingsCommitteeFile *file;

  g_free (c->name);
  c->name = g_strdup (name);
  g_free (c->fec_id);
  c->fec_id = g_strdup (fec_id);
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
add_contact (HustingsCommitteeFile *file,
             HustingsEntityType     entity,
             const char            *first,
             const char            *last,
             const char            *org,
             const char            *employer,
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
  hustings_contact_set_field (c, HUSTINGS_CONTACT_EMPLOYER, employer);
  hustings_contact_set_field (c, HUSTINGS_CONTACT_OCCUPATION, employer ? "Engineer" : NULL);
  hustings_contact_set_field (c, HUSTINGS_CONTACT_FEC_ID, fec_id);
  hustings_contact_store_add (file, c, &error);
  g_assert_no_error (error);
  return hustings_contact_get_id (c);
}

static gint64
give (HustingsCommitteeFile *file, gint64 contact, const char *date, gint64 cents,
      const char *conduit, const char *memo, gint64 refund_of)
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
     const char *line, const char *purpose)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsDisbursement) b = hustings_disbursement_new ();

  hustings_disbursement_set_contact_id (b, payee);
  hustings_disbursement_set_date (b, date);
  hustings_disbursement_set_amount (b, cents);
  hustings_disbursement_set_line (b, line);
  hustings_disbursement_set_purpose (b, purpose);
  hustings_disbursement_store_add (file, b, &error);
  g_assert_no_error (error);
}

static gint64
org (HustingsCommitteeFile *file, const char *name)
{
  return add_contact (file, HUSTINGS_ENTITY_ORG, NULL, NULL, name, NULL, NULL);
}

static const char *long_memo =
  "Given at the spring house party in Dallas; the donor asked that the gift be acknowledged in "
  "the newsletter and that no further mail be sent to the office address.";
static const char *report_memo = "The March event's costs are split with the county party.";
static const char *long_pac =
  "Builders and Tradespeople of the Greater Metropolitan Area Political Action Committee for "
  "Good Government";

typedef struct {
  HustingsCommitteeFile *file;
  HustingsReport        *report;
  gint64                 alice_gift, bob_gift, dana_gift;
} Campaign;

/* Schedule A: 7 individuals on 11(a)(i), one earmarked through ActBlue (its memo row makes 8
 * blocks: 3 pages), a PAC on 11(c). Schedule B: 4 payments on 17 (2 pages), a refund on 20(a),
 * 3 payments on 21 (exactly one page). TEXT: Dana's long memo, and a memo of the report. */
static void
campaign_init (Campaign *c)
{
  g_autoptr(GError) error = NULL;
  gint64 alice, bob, carol, dana, eve, frank, gina, pac, frank_gift;

  c->file = new_committee (HUSTINGS_COMMITTEE_HOUSE, "Friends of Print", "C00123456");
  alice = add_contact (c->file, HUSTINGS_ENTITY_IND, "Alice", "Able", NULL, "Alpha Labs", NULL);
  bob = add_contact (c->file, HUSTINGS_ENTITY_IND, "Bob", "Baker", NULL, "Beta Works", NULL);
  carol = add_contact (c->file, HUSTINGS_ENTITY_IND, "Carol", "Cruz", NULL, "Gamma Inc", NULL);
  dana = add_contact (c->file, HUSTINGS_ENTITY_IND, "Dana", "Diaz", NULL, "Delta Co", NULL);
  eve = add_contact (c->file, HUSTINGS_ENTITY_IND, "Eve", "Evans", NULL, "Epsilon", NULL);
  frank = add_contact (c->file, HUSTINGS_ENTITY_IND, "Frank", "Fox", NULL, "Zeta Corp", NULL);
  gina = add_contact (c->file, HUSTINGS_ENTITY_IND, "Gina", "Gray", NULL, "Eta Group", NULL);
  pac = add_contact (c->file, HUSTINGS_ENTITY_PAC, NULL, NULL, long_pac, NULL, "C00999999");

  /* Alice gave $150 before the quarter: her aggregate is $450. */
  give (c->file, alice, "2025-12-10", 15000, NULL, NULL, 0);
  c->alice_gift = give (c->file, alice, "2026-01-10", 30000, NULL, NULL, 0);
  c->bob_gift = give (c->file, bob, "2026-01-12", 50000, "C00401224", NULL, 0);
  give (c->file, carol, "2026-01-20", 25000, NULL, NULL, 0);
  c->dana_gift = give (c->file, dana, "2026-02-01", 27500, NULL, long_memo, 0);
  give (c->file, eve, "2026-02-10", 32000, NULL, NULL, 0);
  frank_gift = give (c->file, frank, "2026-02-20", 41000, NULL, NULL, 0);
  give (c->file, frank, "2026-03-01", -6000, NULL, NULL, frank_gift);
  give (c->file, gina, "2026-03-10", 33300, NULL, NULL, 0);
  give (c->file, pac, "2026-03-05", 100000, NULL, NULL, 0);

  pay (c->file, org (c->file, "Print Shop LLC"), "2026-02-15", 123456, "SB17", "Printing");
  pay (c->file, org (c->file, "Radio Co"), "2026-02-20", 200000, "SB17", "Radio ads");
  pay (c->file, org (c->file, "Hall Rental"), "2026-03-01", 75000, "SB17", "Event hall");
  pay (c->file, org (c->file, "Web Host"), "2026-03-12", 48000, "SB17", "Web hosting");
  pay (c->file, org (c->file, "Bank One"), "2026-01-05", 30000, "SB21", "Loan interest");
  pay (c->file, org (c->file, "Bank Two"), "2026-02-05", 31000, "SB21", "Loan interest");
  pay (c->file, org (c->file, "Bank Three"), "2026-03-05", 32000, "SB21", "Loan interest");

  c->report = hustings_report_new ();
  hustings_report_set_form (c->report, "F3");
  hustings_report_set_code (c->report, "Q1");
  hustings_report_set_coverage (c->report, "2026-01-01", "2026-03-31");
  hustings_report_set_date_signed (c->report, "2026-04-10");
  hustings_report_store_add (c->file, c->report, &error);
  g_assert_no_error (error);
  g_test_queue_unref (c->report);
  hustings_report_store_add_memo (c->file, hustings_report_get_id (c->report), report_memo,
                                  &error);
  g_assert_no_error (error);
}

/* ---- Pagination ---- */

/* The itemizations (Schedule A and B records) of a page. */
static guint
count_itemizations (GPtrArray *records, const HustingsPrintPage *page)
{
  guint n = 0;

  for (guint i = page->first; i < page->first + page->count; i++)
    {
      const HustingsFecRecord *record = g_ptr_array_index (records, i);

      if (g_str_has_prefix (record->type, "SA") || g_str_has_prefix (record->type, "SB"))
        n++;
    }
  return n;
}

static void
test_pagination (void)
{
  static const struct {
    HustingsPageKind kind;
    const char      *type;   /* the page's first record's */
    guint            items;  /* itemizations (schedules) or memos (TEXT) */
    guint            number, of;
    gboolean         last_of_line;
  } expected[] = {
    { HUSTINGS_PAGE_SCHEDULE, "SA11AI", 3, 1, 4, FALSE },
    { HUSTINGS_PAGE_SCHEDULE, "SA11AI", 3, 2, 4, FALSE },
    { HUSTINGS_PAGE_SCHEDULE, "SA11AI", 2, 3, 4, TRUE },
    { HUSTINGS_PAGE_SCHEDULE, "SA11C", 1, 4, 4, TRUE },
    { HUSTINGS_PAGE_SCHEDULE, "SB17", 3, 1, 4, FALSE },
    { HUSTINGS_PAGE_SCHEDULE, "SB17", 1, 2, 4, TRUE },
    { HUSTINGS_PAGE_SCHEDULE, "SB20A", 1, 3, 4, TRUE },
    { HUSTINGS_PAGE_SCHEDULE, "SB21", 3, 4, 4, TRUE },
    { HUSTINGS_PAGE_TEXT, "TEXT", 2, 1, 1, FALSE },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) pages = g_array_new (FALSE, TRUE, sizeof (HustingsPrintPage));
  g_autoptr(HustingsReportSummary) summary = NULL;
  g_autoptr(HustingsCommittee) committee = NULL;
  HustingsPrintContext ctx = { 0 };
  Campaign c;

  campaign_init (&c);
  ctx.report = c.report;
  committee = hustings_committee_copy (hustings_committee_file_peek_committee (c.file));
  ctx.committee = committee;
  ctx.records = hustings_report_build_records (c.file, c.report, &summary, NULL, NULL, NULL,
                                               &error);
  g_assert_no_error (error);
  ctx.cover = g_ptr_array_index (ctx.records, 1);

  hustings_print_schedules_paginate (&ctx, pages);
  g_assert_nonnull (ctx.part_data);
  g_assert_null (ctx.cr);
  g_assert_null (ctx.layout);
  g_assert_cmpuint (pages->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < pages->len; i++)
    {
      const HustingsPrintPage *page = &g_array_index (pages, HustingsPrintPage, i);

      g_test_message ("page %u", i);
      g_assert_cmpint (page->kind, ==, expected[i].kind);
      g_assert_cmpuint (page->number, ==, expected[i].number);
      g_assert_cmpuint (page->of, ==, expected[i].of);
      g_assert_cmpint (!!(page->flags & HUSTINGS_PAGE_LAST_OF_LINE), ==,
                       expected[i].last_of_line);
      if (page->kind == HUSTINGS_PAGE_TEXT)
        {
          /* Its memos: Dana's (which follows her row on 11(a)(i)), then the report's. */
          g_assert_cmpuint (page->first, ==, 0);
          g_assert_cmpuint (page->count, ==, expected[i].items);
          continue;
        }
      g_assert_cmpstr (((HustingsFecRecord *) g_ptr_array_index (ctx.records,
                                                                 page->first))->type, ==,
                       expected[i].type);
      g_assert_cmpuint (count_itemizations (ctx.records, page), ==, expected[i].items);
    }
  /* The pages cover every itemization once. */
  {
    guint itemized = 0, on_pages = 0;

    for (guint i = 0; i < ctx.records->len; i++)
      {
        const char *type = ((HustingsFecRecord *) g_ptr_array_index (ctx.records, i))->type;

        itemized += g_str_has_prefix (type, "SA") || g_str_has_prefix (type, "SB");
      }
    for (guint i = 0; i < pages->len; i++)
      if (g_array_index (pages, HustingsPrintPage, i).kind == HUSTINGS_PAGE_SCHEDULE)
        on_pages += count_itemizations (ctx.records,
                                        &g_array_index (pages, HustingsPrintPage, i));
    g_assert_cmpuint (on_pages, ==, itemized);
    g_assert_cmpuint (itemized, ==, 17);
  }

  ctx.part_free (ctx.part_data);
  g_ptr_array_unref (ctx.records);
}

/* ---- The PDF ---- */

#define assert_has(page, text) \
  G_STMT_START { \
    if (strstr ((page), (text)) == NULL) \
      g_error ("“%s” is not on the page:\n%s", (text), (page)); \
  } G_STMT_END
#define assert_lacks(page, text) \
  G_STMT_START { \
    if (strstr ((page), (text)) != NULL) \
      g_error ("“%s” should not be on the page:\n%s", (text), (page)); \
  } G_STMT_END

static void
assert_matches (const char *page, const char *pattern)
{
  if (!g_regex_match_simple (pattern, page, 0, 0))
    g_error ("Nothing matches “%s” on the page:\n%s", pattern, page);
}

/* The PAGE box: "PAGE", the number, "OF", the count, in their cells. */
static void
assert_page_of (const char *page, guint number, guint of)
{
  g_autofree char *pattern = g_strdup_printf ("PAGE +%u +OF +%u\\b", number, of);

  assert_matches (page, pattern);
}

/* The text with every run of blanks and line breaks as one space. */
static char *
squeeze (const char *text)
{
  g_auto(GStrv) words = g_regex_split_simple ("\\s+", text, 0, 0);

  return g_strjoinv (" ", words);
}

static void
test_pdf (void)
{
  g_autoptr(HustingsReportSummary) summary = NULL;
  g_autoptr(HustingsReportPrint) print = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) pages = NULL;
  g_autofree char *total_11ai = NULL, *id = NULL, *text = NULL, *reference = NULL;
  const guint n_schedules = 9;  /* Schedule A 4, Schedule B 4, TEXT 1 (test_pagination) */
  char **sa, **sb, *memo_page;
  guint n;
  Campaign c;

  campaign_init (&c);
  pages = test_report_pdf_pages (c.file, c.report, &print);
  if (pages == NULL)
    return;
  n = hustings_report_print_get_n_pages (print);
  g_assert_cmpuint (n, >, n_schedules);
  sa = pages + n - n_schedules;
  sb = sa + 4;
  memo_page = sb[4];

  summary = hustings_report_compute (c.file, c.report, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hustings_report_summary_get (summary, "11ai", HUSTINGS_REPORT_COLUMN_A), ==,
                   30000 + 50000 + 25000 + 27500 + 32000 + 41000 + 33300);
  total_11ai = hustings_print_format_cents (
    hustings_report_summary_get (summary, "11ai", HUSTINGS_REPORT_COLUMN_A));
  g_assert_cmpstr (total_11ai, ==, "2,388.00");

  /* 11(a)(i), page 1: Alice, Bob and the conduit's memo row, which the subtotal leaves out. */
  assert_has (sa[0], "SCHEDULE A (FEC Form 3)");
  assert_has (sa[0], "ITEMIZED RECEIPTS");
  assert_has (sa[0], "Full Name (Last, First, Middle Initial)");
  assert_has (sa[0], "Election Cycle-to-Date");
  assert_page_of (sa[0], 1, 4);
  assert_has (sa[0], "Friends of Print");
  assert_has (sa[0], "Able, Alice");
  assert_has (sa[0], "Alpha Labs");
  assert_has (sa[0], "Engineer");
  assert_has (sa[0], "75201-1234");
  assert_has (sa[0], "0 1 / 1 0 / 2 0 2 6");
  assert_has (sa[0], "300.00");
  assert_has (sa[0], "450.00");        /* her aggregate */
  assert_has (sa[0], "Baker, Bob");
  assert_has (sa[0], "Beta Works");
  assert_has (sa[0], "ActBlue");
  assert_has (sa[0], "Memo: Total earmarked");
  id = g_strdup_printf ("Transaction ID: A%" G_GINT64_FORMAT "E\\b", c.bob_gift);
  assert_matches (sa[0], id);
  g_clear_pointer (&id, g_free);
  id = g_strdup_printf ("Transaction ID: A%" G_GINT64_FORMAT "\\b", c.alice_gift);
  assert_matches (sa[0], id);
  assert_has (sa[0], "800.00");        /* 300 + 500, the memo row's 500 left out */
  assert_lacks (sa[0], "1,300.00");
  assert_lacks (sa[0], total_11ai);

  assert_page_of (sa[1], 2, 4);
  assert_has (sa[1], "Cruz, Carol");
  assert_has (sa[1], "Diaz, Dana");
  assert_has (sa[1], "Evans, Eve");
  assert_has (sa[1], "845.00");
  assert_lacks (sa[1], total_11ai);

  /* The line's last page: two blocks, the third blank, and the line's total. */
  assert_page_of (sa[2], 3, 4);
  assert_has (sa[2], "Fox, Frank");
  assert_has (sa[2], "Gray, Gina");
  assert_has (sa[2], "743.00");
  assert_has (sa[2], total_11ai);

  /* 11(c): a long name shrinks to fit, then is cut. */
  assert_page_of (sa[3], 4, 4);
  assert_has (sa[3], "Builders and Tradespeople");
  assert_has (sa[3], "1,000.00");

  /* Schedule B, numbered on its own. */
  assert_has (sb[0], "SCHEDULE B (FEC Form 3)");
  assert_has (sb[0], "ITEMIZED DISBURSEMENTS");
  assert_has (sb[0], "Purpose of Disbursement");
  assert_page_of (sb[0], 1, 4);
  assert_has (sb[0], "Print Shop LLC");
  assert_has (sb[0], "Printing");
  assert_has (sb[0], "1,234.56");
  assert_has (sb[0], "3,984.56");      /* 1,234.56 + 2,000 + 750 */
  assert_lacks (sb[0], "4,464.56");
  assert_page_of (sb[1], 2, 4);
  assert_has (sb[1], "Web Host");
  assert_has (sb[1], "4,464.56");
  assert_page_of (sb[2], 3, 4);
  assert_has (sb[2], "Fox, Frank");
  assert_has (sb[2], "Contribution refund");
  assert_has (sb[2], "60.00");
  /* Exactly three: one page, subtotal and total alike. */
  assert_page_of (sb[3], 4, 4);
  assert_has (sb[3], "Bank Three");
  {
    const char *first = strstr (sb[3], "930.00");

    g_assert_nonnull (first);
    g_assert_nonnull (strstr (first + 1, "930.00"));
  }

  /* TEXT: the long memo whole, and what each memo refers to. */
  assert_has (memo_page, "MEMO TEXT (FEC Form 3)");
  assert_page_of (memo_page, 1, 1);
  reference = g_strdup_printf ("Refers to Schedule A, line 11(a)(i), transaction A%"
                               G_GINT64_FORMAT, c.dana_gift);
  assert_has (memo_page, reference);
  assert_has (memo_page, "Refers to the report");
  text = squeeze (memo_page);
  assert_has (text, long_memo);
  assert_has (text, report_memo);
  /* Dana's block says the memo's start only. */
  assert_lacks (sa[1], "office address");
}

/* A Form 3X report prints its own schedules' captions and line boxes. */
static void
test_form3x (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsFecImportSummary) imported = NULL;
  g_autoptr(HustingsReport) report = NULL;
  g_auto(GStrv) pages = NULL;
  HustingsCommitteeFile *file = new_committee (HUSTINGS_COMMITTEE_PAC, "New committee", "");
  const char *sa = NULL, *sb = NULL;

  g_assert_true (hustings_fec_import_run (file, TEST_DATA_DIR "/fec/import/f3xn-original.fec",
                                          &imported, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  report = hustings_report_store_get (file, imported->report_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hustings_report_get_form (report), ==, "F3X");
  pages = test_report_pdf_pages (file, report, NULL);
  if (pages == NULL)
    return;
  for (guint i = 0; pages[i] != NULL; i++)
    {
      if (sa == NULL && strstr (pages[i], "SCHEDULE A (FEC Form 3X)") != NULL)
        sa = pages[i];
      if (sb == NULL && strstr (pages[i], "SCHEDULE B (FEC Form 3X)") != NULL)
        sb = pages[i];
    }
  g_assert_nonnull (sa);
  g_assert_nonnull (sb);
  assert_has (sa, "Full Name of Individual (Last, First, Middle Initial) or Full Organization "
                  "Name");
  assert_has (sa, "Name of Employer (for Individual)");
  assert_has (sa, "Aggregate Year-to-Date");
  assert_lacks (sa, "Election Cycle-to-Date");
  assert_has (sa, "Example Leadership PAC");
  assert_has (sa, "Rivera, Ana");
  assert_has (sa, "Port Authority");
  assert_has (sa, "1,000.00");
  assert_has (sa, "2,000.00");         /* her aggregate */
  assert_page_of (sa, 1, 3);           /* 11(a)(i), 11(c), 17 */
  assert_has (sb, "Gulf Consulting");
  assert_has (sb, "2,200.00");
  assert_page_of (sb, 1, 3);           /* 21(b), 23, 28(a) */
}

/* A page drawn on an image: the form and what is filled in make dark pixels. */
static guint
dark_pixels (HustingsReportPrint *print, guint page)
{
  const int width = 612, height = 792;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  const guchar *data;
  int stride;
  guint dark = 0;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  hustings_report_print_draw_page (print, cr, page, width, height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);

        dark += ((pixel >> 16) & 0xff) + ((pixel >> 8) & 0xff) + (pixel & 0xff) < 3 * 128;
      }
  cairo_surface_destroy (surface);
  return dark;
}

static void
test_draws (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsReportPrint) print = NULL;
  guint n, filled, last;
  Campaign c;

  campaign_init (&c);
  print = hustings_report_print_new (c.file, c.report, HUSTINGS_PRINT_FORMS, NULL, NULL, NULL,
                                     &error);
  g_assert_no_error (error);
  n = hustings_report_print_get_n_pages (print);
  /* Schedule A's first page; its third page, where block C is blank, has less on it. */
  filled = dark_pixels (print, n - 9);
  last = dark_pixels (print, n - 7);
  g_test_message ("dark pixels: %u filled, %u with a blank block", filled, last);
  g_assert_cmpuint (filled, >, 10000);
  g_assert_cmpuint (last, >, 8000);
  g_assert_cmpuint (last, <, filled);
  /* The TEXT page draws too. */
  g_assert_cmpuint (dark_pixels (print, n - 1), >, 2000);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/print-schedules/pagination", test_pagination);
  g_test_add_func ("/print-schedules/pdf", test_pdf);
  g_test_add_func ("/print-schedules/form3x", test_form3x);
  g_test_add_func ("/print-schedules/draws", test_draws);
  return g_test_run ();
}
