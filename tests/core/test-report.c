/* test-report.c: reports (Form 3 and 3X): the store, each summary rule, itemization and
 * aggregates, column B and cash carried from one report to the next, drill-down, the .fec
 * filing against a hand-checked file, amendments, terminations and validation.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "hustings-committee-file-private.h"
#include "test-util.h"

#define FS "\x1c"

/* ---- A committee of our own ---- */

static HustingsCommitteeFile *
new_committee (HustingsCommitteeType type, char **out_dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCommittee) c = hustings_committee_new ();
  char *dir = test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "test.hustings", NULL);
  HustingsCommitteeFile *file;

#define SET(field, value) \
  G_STMT_START { g_free (c->field); c->field = g_strdup (value); } G_STMT_END
  SET (name, type == HUSTINGS_COMMITTEE_HOUSE ? "Friends of Test" : "Test Action PAC");
  SET (fec_id, "C00123456");
  SET (street1, "100 Main St");
  SET (street2, "Suite 5");
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
  if (out_dir)
    *out_dir = dir;
  return file;
}

static gint64
add_contact (HustingsCommitteeFile *file,
             HustingsEntityType     entity,
             const char            *first,
             const char            *last,
             const char            *org,
             const char            *employer,
             const char            *occupation,
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
  hustings_contact_set_field (c, HUSTINGS_CONTACT_ZIP, "75201");
  hustings_contact_set_field (c, HUSTINGS_CONTACT_EMPLOYER, employer);
  hustings_contact_set_field (c, HUSTINGS_CONTACT_OCCUPATION, occupation);
  hustings_contact_set_field (c, HUSTINGS_CONTACT_FEC_ID, fec_id);
  hustings_contact_store_add (file, c, &error);
  g_assert_no_error (error);
  return hustings_contact_get_id (c);
}

static gint64
person (HustingsCommitteeFile *file, const char *first, const char *last)
{
  return add_contact (file, HUSTINGS_ENTITY_IND, first, last, NULL, "Acme Corp", "Engineer",
                      NULL);
}

static gint64
give (HustingsCommitteeFile *file, gint64 contact, const char *date, gint64 cents,
      const char *election, const char *conduit, const char *memo, gint64 refund_of)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsDonation) d = hustings_donation_new ();

  hustings_donation_set_contact_id (d, contact);
  hustings_donation_set_date (d, date);
  hustings_donation_set_amount (d, cents);
  hustings_donation_set_election (d, election);
  hustings_donation_set_conduit (d, conduit);
  hustings_donation_set_memo (d, memo);
  hustings_donation_set_refund_of (d, refund_of);
  hustings_donation_store_add (file, d, &error);
  g_assert_no_error (error);
  return hustings_donation_get_id (d);
}

static gint64
pay (HustingsCommitteeFile *file, gint64 payee, const char *date, gint64 cents,
     const char *line, const char *purpose, gboolean memo_entry)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsDisbursement) b = hustings_disbursement_new ();

  hustings_disbursement_set_contact_id (b, payee);
  hustings_disbursement_set_date (b, date);
  hustings_disbursement_set_amount (b, cents);
  hustings_disbursement_set_line (b, line);
  hustings_disbursement_set_purpose (b, purpose);
  hustings_disbursement_set_memo_entry (b, memo_entry);
  hustings_disbursement_store_add (file, b, &error);
  g_assert_no_error (error);
  return hustings_disbursement_get_id (b);
}

static HustingsReport *
add_report (HustingsCommitteeFile *file, const char *form, const char *code, const char *from,
            const char *to)
{
  g_autoptr(GError) error = NULL;
  HustingsReport *r = hustings_report_new ();

  hustings_report_set_form (r, form);
  hustings_report_set_code (r, code);
  hustings_report_set_coverage (r, from, to);
  hustings_report_set_date_signed (r, "2026-04-10");
  hustings_report_store_add (file, r, &error);
  g_assert_no_error (error);
  return r;
}

static HustingsReportSummary *
compute (HustingsCommitteeFile *file, HustingsReport *report)
{
  g_autoptr(GError) error = NULL;
  HustingsReportSummary *summary = hustings_report_compute (file, report, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (summary);
  return summary;
}

#define A HUSTINGS_REPORT_COLUMN_A
#define B HUSTINGS_REPORT_COLUMN_B
#define assert_line(s, line, col, cents) \
  g_assert_cmpint (hustings_report_summary_get ((s), (line), (col)), ==, (cents))

/* ---- The Q1 2026 campaign the filing test writes ---- */

typedef struct {
  HustingsCommitteeFile *file;
  char   *dir;
  gint64  alice, bob, carol, dana, eve, frank, jose, pac, printer, coffee;
  gint64  alice_gift, carol_gift, dana_gift, eve_gift, frank_gift, frank_refund, jose_gift;
  gint64  pac_gift, eve_moved, printing;
} Campaign;

static const char *long_memo =
  "Given at the spring house party in Dallas; the donor asked that the gift be acknowledged in "
  "the newsletter and that no further mail be sent to the office address.";

static void
campaign_init (Campaign *c)
{
  g_autoptr(GError) error = NULL;

  memset (c, 0, sizeof *c);
  c->file = new_committee (HUSTINGS_COMMITTEE_HOUSE, &c->dir);
  c->alice = person (c->file, "Alice", "Able");
  c->bob = person (c->file, "Bob", "Baker");
  c->carol = person (c->file, "Carol", "Cruz");
  c->dana = person (c->file, "Dana", "Diaz");
  c->eve = person (c->file, "Eve", "Evans");
  c->frank = person (c->file, "Frank", "Fox");
  c->jose = add_contact (c->file, HUSTINGS_ENTITY_IND, "José", "Núñez", NULL,
                         "Café Olé", "Dueño", NULL);
  c->pac = add_contact (c->file, HUSTINGS_ENTITY_PAC, NULL, NULL, "Builders PAC", NULL, NULL,
                        "C00999999");
  c->printer = add_contact (c->file, HUSTINGS_ENTITY_ORG, NULL, NULL, "Print Shop LLC", NULL,
                            NULL, NULL);
  c->coffee = add_contact (c->file, HUSTINGS_ENTITY_ORG, NULL, NULL, "Coffee Co", NULL, NULL,
                           NULL);

  /* Alice: $150 in December (the cycle, not the quarter), $100 in the quarter: $250. */
  give (c->file, c->alice, "2025-12-10", 15000, NULL, NULL, NULL, 0);
  c->alice_gift = give (c->file, c->alice, "2026-01-15", 10000, NULL, NULL, NULL, 0);
  /* Bob: exactly $200.00 in two gifts: not itemized. */
  give (c->file, c->bob, "2026-01-05", 12000, NULL, NULL, NULL, 0);
  give (c->file, c->bob, "2026-02-05", 8000, NULL, NULL, NULL, 0);
  /* Carol: $200.01, with a memo too long for the memo field. */
  c->carol_gift = give (c->file, c->carol, "2026-02-20", 20001, NULL, NULL, long_memo, 0);
  /* Dana: earmarked through ActBlue. */
  c->dana_gift = give (c->file, c->dana, "2026-02-01", 50000, NULL, "C00401224", NULL, 0);
  /* Eve: $4,000 for the primary, $500 of it redesignated to the general. */
  c->eve_gift = give (c->file, c->eve, "2026-02-10", 400000, "P2026", NULL, NULL, 0);
  hustings_compliance_redesignate (c->file, c->eve_gift, "G2026", 50000, &c->eve_moved,
                                   &error);
  g_assert_no_error (error);
  /* Frank: $300, $50 of it refunded. */
  c->frank_gift = give (c->file, c->frank, "2026-01-20", 30000, NULL, NULL, NULL, 0);
  c->frank_refund = give (c->file, c->frank, "2026-03-01", -5000, NULL, NULL, NULL,
                          c->frank_gift);
  /* José: accents to transliterate. */
  c->jose_gift = give (c->file, c->jose, "2026-03-15", 25000, NULL, NULL, NULL, 0);
  /* A PAC: always itemized. */
  c->pac_gift = give (c->file, c->pac, "2026-03-05", 100000, "P2026", NULL, NULL, 0);
  /* Disbursements: one itemized, one too small to be. */
  c->printing = pay (c->file, c->printer, "2026-02-15", 123456, "SB17", "Printing", FALSE);
  pay (c->file, c->coffee, "2026-03-20", 4500, "SB17", "Coffee for volunteers", FALSE);
}

static HustingsReport *
campaign_q1 (Campaign *c)
{
  g_autoptr(GError) error = NULL;
  HustingsReport *q1 = add_report (c->file, "F3", "Q1", "2026-01-01", "2026-03-31");

  hustings_report_store_add_memo (c->file, hustings_report_get_id (q1),
                                  "Amended figures for the March event follow on the Q2 report.",
                                  &error);
  g_assert_no_error (error);
  return q1;
}

/* ---- The store ---- */

static void
test_store (void)
{
  HustingsCommitteeFile *file = new_committee (HUSTINGS_COMMITTEE_HOUSE, NULL);
  g_autoptr(HustingsReport) q1 = add_report (file, "F3", "Q1", "2026-01-01", "2026-03-31");
  g_autoptr(HustingsReport) bad = hustings_report_new ();
  g_autoptr(HustingsReport) found = NULL;
  g_autoptr(HustingsReport) got = NULL;
  g_autoptr(HustingsReport) pre = NULL;
  g_autoptr(HustingsReportList) list = hustings_report_list_new (file);
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GPtrArray) memos = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *status = NULL;
  g_autofree char *code_text = NULL;
  guint changed = 0;
  gint64 memo;

  g_signal_connect (file, "reports-changed", G_CALLBACK (test_count_cb), &changed);
  g_assert_cmpint (hustings_report_get_id (q1), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_object_get (q1, "status-text", &status, "code-text", &code_text, NULL);
  g_assert_cmpstr (status, ==, "Draft");
  g_assert_cmpstr (code_text, ==, "April Quarterly");
  g_assert_cmpstr (hustings_report_get_form_type (q1), ==, "F3N");
  g_assert_cmpint (hustings_report_get_period_year (q1), ==, 2026);
  {
    g_autofree char *start = hustings_report_dup_period_start (q1);

    g_assert_cmpstr (start, ==, "2024-11-06");
  }

  /* What the store refuses. */
  hustings_report_set_form (bad, "F3X");
  hustings_report_set_code (bad, "Q1");
  hustings_report_set_coverage (bad, "2026-01-01", "2026-03-31");
  g_assert_false (hustings_report_store_add (file, bad, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  hustings_report_set_form (bad, "F3");
  hustings_report_set_code (bad, "M5");
  g_assert_false (hustings_report_store_add (file, bad, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  hustings_report_set_code (bad, "Q2");
  hustings_report_set_coverage (bad, "2026-06-30", "2026-04-01");
  g_assert_false (hustings_report_store_add (file, bad, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  hustings_report_set_code (bad, "12G");
  hustings_report_set_coverage (bad, "2026-10-01", "2026-10-14");
  g_assert_false (hustings_report_store_add (file, bad, &error));   /* no election */
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  hustings_report_set_code (bad, "Q3");
  hustings_report_set_coverage (bad, "2026-07-01", "2026-09-30");
  hustings_report_set_amendment (bad, 1, "not an id");
  g_assert_false (hustings_report_store_add (file, bad, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (changed, ==, 0);

  /* A pre-election report takes its election's date and state from the committee. */
  pre = hustings_report_new ();
  hustings_report_set_code (pre, "12g");
  hustings_report_set_coverage (pre, "2026-10-01", "2026-10-14");
  hustings_report_set_election (pre, "G2026", NULL, NULL);
  hustings_report_store_add (file, pre, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hustings_report_get_code (pre), ==, "12G");
  g_assert_cmpstr (hustings_report_get_election_date (pre), ==, "2026-11-03");
  g_assert_cmpstr (hustings_report_get_election_state (pre), ==, "TX");
  g_assert_cmpuint (changed, ==, 1);

  reports = hustings_report_store_list (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reports->len, ==, 2);
  g_assert_cmpint (hustings_report_get_id (reports->pdata[0]), ==, hustings_report_get_id (q1));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);

  found = hustings_report_store_find (file, "F3", "q1", "2026-01-01", "2026-03-31", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hustings_report_get_id (found), ==, hustings_report_get_id (q1));
  g_assert_null (hustings_report_store_find (file, "F3", "Q2", "2026-04-01", "2026-06-30",
                                             &error));
  g_assert_no_error (error);

  /* Edit, memos, delete. */
  hustings_report_set_coverage (q1, "2026-01-01", "2026-03-30");
  hustings_report_store_update (file, q1, &error);
  g_assert_no_error (error);
  got = hustings_report_store_get (file, hustings_report_get_id (q1), &error);
  g_assert_cmpstr (hustings_report_get_coverage_to (got), ==, "2026-03-30");
  memo = hustings_report_store_add_memo (file, hustings_report_get_id (q1), "  A note.  ", &error);
  g_assert_no_error (error);
  g_assert_cmpint (memo, >, 0);
  g_assert_cmpint (hustings_report_store_add_memo (file, hustings_report_get_id (q1), " ",
                                                   &error), ==, 0);
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  memos = hustings_report_store_list_memos (file, hustings_report_get_id (q1), &error);
  g_assert_cmpuint (memos->len, ==, 1);
  g_assert_cmpstr (((HustingsReportMemo *) memos->pdata[0])->text, ==, "A note.");
  g_assert_true (hustings_report_store_delete_memo (file, memo, &error));
  g_assert_true (hustings_report_store_delete (file, hustings_report_get_id (pre), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_false (hustings_report_store_delete (file, hustings_report_get_id (pre), &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
}

/* ---- The summary ---- */

static void
test_summary (void)
{
  Campaign c;
  g_autoptr(HustingsReport) q1 = NULL;
  g_autoptr(HustingsReportSummary) s = NULL;
  HustingsReportLine *line;

  campaign_init (&c);
  q1 = campaign_q1 (&c);
  s = compute (c.file, q1);

  /* Individuals: Alice 100, Carol 200.01, Dana 500, Eve 4,000, Frank 300, José 250 itemized;
   * Bob's $200.00 is not. The redesignation pair is memo only. */
  assert_line (s, "11ai", A, 535001);
  assert_line (s, "11aii", A, 20000);
  assert_line (s, "11aiii", A, 555001);
  assert_line (s, "11b", A, 0);
  assert_line (s, "11c", A, 100000);
  assert_line (s, "11d", A, 0);
  assert_line (s, "11e", A, 655001);
  assert_line (s, "16", A, 655001);
  assert_line (s, "17", A, 127956);
  assert_line (s, "20a", A, 5000);
  assert_line (s, "20d", A, 5000);
  assert_line (s, "22", A, 132956);
  assert_line (s, "6a", A, 655001);
  assert_line (s, "6b", A, 5000);
  assert_line (s, "6c", A, 650001);
  assert_line (s, "7a", A, 127956);
  assert_line (s, "7b", A, 0);
  assert_line (s, "7c", A, 127956);
  assert_line (s, "9", A, 0);
  assert_line (s, "10", A, 0);
  assert_line (s, "23", A, 0);
  assert_line (s, "24", A, 655001);
  assert_line (s, "25", A, 655001);
  assert_line (s, "26", A, 132956);
  assert_line (s, "27", A, 522045);
  assert_line (s, "8", A, 522045);

  /* Column B: the cycle from Nov 6, 2024: Alice's December gift too. */
  assert_line (s, "11ai", B, 550001);
  assert_line (s, "11aii", B, 20000);
  assert_line (s, "11e", B, 670001);
  assert_line (s, "20d", B, 5000);
  assert_line (s, "22", B, 132956);

  /* Lines as the views show them. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (s)), ==, 39);
  line = hustings_report_summary_lookup (s, "11ai");
  g_assert_cmpstr (hustings_report_line_get_label (line), ==, "11(a)(i) Individuals — itemized");
  g_assert_true (hustings_report_line_has_column (line, B));
  g_assert_true (hustings_report_line_has_rows (line));
  g_assert_false (hustings_report_line_is_total (line));
  line = hustings_report_summary_lookup (s, "27");
  g_assert_false (hustings_report_line_has_column (line, B));
  g_assert_false (hustings_report_line_has_rows (line));
  g_assert_true (hustings_report_line_is_total (line));
  {
    g_autofree char *text = NULL;
    g_autofree char *b_text = NULL;

    g_object_get (line, "column-a-text", &text, "column-b-text", &b_text, NULL);
    g_assert_cmpstr (text, ==, "$5,220.45");
    g_assert_cmpstr (b_text, ==, "");
  }
  g_assert_null (hustings_report_summary_lookup (s, "38"));
}

/* Receipt lines by entity and by the line a row names; refunds by who gets them; memo
 * disbursements left out. */
static void
test_lines (void)
{
  HustingsCommitteeFile *file = new_committee (HUSTINGS_COMMITTEE_HOUSE, NULL);
  gint64 party = add_contact (file, HUSTINGS_ENTITY_PTY, NULL, NULL, "Texas Party", NULL, NULL,
                              "C00000001");
  gint64 ccm = add_contact (file, HUSTINGS_ENTITY_CCM, NULL, NULL, "Other for Congress", NULL,
                            NULL, "C00000002");
  gint64 cand = add_contact (file, HUSTINGS_ENTITY_CAN, "Casey", "Candidate", NULL, "Self",
                             "Candidate", NULL);
  gint64 corp = add_contact (file, HUSTINGS_ENTITY_ORG, NULL, NULL, "Big Corp", NULL, NULL,
                             NULL);
  gint64 bank = add_contact (file, HUSTINGS_ENTITY_ORG, NULL, NULL, "First Bank", NULL, NULL,
                             NULL);
  g_autoptr(HustingsReport) q1 = add_report (file, "F3", "Q1", "2026-01-01", "2026-03-31");
  g_autoptr(HustingsReportSummary) s = NULL;
  gint64 gift, loan;
  sqlite3_stmt *stmt;

  gift = give (file, party, "2026-01-10", 500000, "P2026", NULL, NULL, 0);
  give (file, party, "2026-01-20", -100000, NULL, NULL, NULL, gift);
  gift = give (file, ccm, "2026-01-11", 200000, "P2026", NULL, NULL, 0);
  give (file, ccm, "2026-01-21", -50000, NULL, NULL, NULL, gift);
  give (file, cand, "2026-01-12", 1000000, "P2026", NULL, NULL, 0);
  give (file, corp, "2026-01-13", 25000, NULL, NULL, NULL, 0);
  loan = give (file, bank, "2026-01-14", 2000000, NULL, NULL, NULL, 0);
  stmt = hustings_committee_file_prepare (file,
    "UPDATE donation SET receipt_line = 'SA13B' WHERE id = ?1", NULL);
  sqlite3_bind_int64 (stmt, 1, loan);
  g_assert_true (hustings_committee_file_run (file, stmt, NULL));
  pay (file, bank, "2026-02-01", 300000, "SB19B", "Loan repayment", FALSE);
  pay (file, corp, "2026-02-02", 1000, "SB17", "Card fee", TRUE);
  pay (file, ccm, "2026-02-03", 100000, "SB18", "Transfer", FALSE);
  pay (file, corp, "2026-02-04", 20000, "SB21", "Other", FALSE);

  s = compute (file, q1);
  assert_line (s, "11b", A, 500000);
  assert_line (s, "11c", A, 200000);
  assert_line (s, "11d", A, 1000000);
  assert_line (s, "15", A, 25000);
  assert_line (s, "13b", A, 2000000);
  assert_line (s, "13c", A, 2000000);
  assert_line (s, "20b", A, 100000);
  assert_line (s, "20c", A, 50000);
  assert_line (s, "20d", A, 150000);
  assert_line (s, "19b", A, 300000);
  assert_line (s, "19c", A, 300000);
  assert_line (s, "17", A, 0);          /* the memo entry is not added in */
  assert_line (s, "18", A, 100000);
  assert_line (s, "21", A, 20000);
  assert_line (s, "16", A, 3725000);
  assert_line (s, "22", A, 570000);
  assert_line (s, "27", A, 3725000 - 570000);
}

/* Form 3X: calendar-year column B, 6(a) cash on January 1, candidates on 11(a),
 * organizations on 17, refunds on 28, the year's itemization. */
static void
test_f3x (void)
{
  HustingsCommitteeFile *file = new_committee (HUSTINGS_COMMITTEE_PAC, NULL);
  gint64 ann = person (file, "Ann", "Lee");
  gint64 cand = add_contact (file, HUSTINGS_ENTITY_CAN, "Casey", "Candidate", NULL, "Self",
                             "Candidate", NULL);
  gint64 corp = add_contact (file, HUSTINGS_ENTITY_ORG, NULL, NULL, "Big Corp", NULL, NULL,
                             NULL);
  gint64 ccm = add_contact (file, HUSTINGS_ENTITY_CCM, NULL, NULL, "Other for Congress", NULL,
                            NULL, "C00000002");
  g_autoptr(HustingsReport) ye = add_report (file, "F3X", "YE", "2025-07-01", "2025-12-31");
  g_autoptr(HustingsReport) q1 = add_report (file, "F3X", "Q1", "2026-01-01", "2026-03-31");
  g_autoptr(HustingsReportSummary) s = NULL;
  g_autoptr(HustingsReportSummary) s_ye = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  gint64 gift;
  guint ann_rows = 0;

  give (file, ann, "2025-12-01", 15000, NULL, NULL, NULL, 0);   /* last year: not counted */
  gift = give (file, ann, "2026-01-10", 15000, NULL, NULL, NULL, 0);
  give (file, ann, "2026-02-10", 10000, NULL, NULL, NULL, 0);    /* $250 in 2026 */
  give (file, ann, "2026-03-01", -5000, NULL, NULL, NULL, gift);  /* back to $200.00 */
  give (file, cand, "2026-01-12", 30000, NULL, NULL, NULL, 0);
  give (file, corp, "2026-01-13", 25000, NULL, NULL, NULL, 0);
  pay (file, corp, "2026-02-01", 40000, "SB21B", "Rent", FALSE);
  pay (file, ccm, "2026-02-02", 100000, "SB23", "Contribution", FALSE);

  s_ye = compute (file, ye);
  assert_line (s_ye, "11aii", A, 15000);
  assert_line (s_ye, "8", A, 15000);

  s = compute (file, q1);
  /* Ann's 2026 aggregate is $200.00 at the end of the quarter: unitemized; the candidate's
   * $300 is itemized on 11(a). */
  assert_line (s, "11ai", A, 30000);
  assert_line (s, "11aii", A, 25000);
  assert_line (s, "17", A, 25000);
  assert_line (s, "28a", A, 5000);
  assert_line (s, "21b", A, 40000);
  assert_line (s, "23", A, 100000);
  assert_line (s, "31", A, 145000);
  assert_line (s, "19", A, 80000);
  assert_line (s, "6a", B, 15000);         /* the year-end report's closing cash */
  assert_line (s, "6b", A, 15000);
  assert_line (s, "6c", A, 80000);
  assert_line (s, "6d", A, 95000);
  assert_line (s, "8", A, 95000 - 145000);
  assert_line (s, "6d", B, 95000);
  assert_line (s, "8", B, 95000 - 145000);
  assert_line (s, "11ai", B, 30000);
  assert_line (s, "33", A, 80000 - 25000);
  assert_line (s, "35", A, 80000 - 25000 - 5000);
  assert_line (s, "38", A, 40000);
  g_assert_false (hustings_report_line_has_column (hustings_report_summary_lookup (s, "6a"), A));
  g_assert_false (hustings_report_line_has_column (hustings_report_summary_lookup (s, "6b"), B));

  /* The filing: the PAC's form, no Ann (her 2026 aggregate is not over $200), the
   * candidate on SA11AI, the corporation on SA17, the refund on SB28A. */
  records = hustings_report_build_filing (file, q1, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((HustingsFecRecord *) records->pdata[1])->type, ==, "F3XN");
  g_assert_cmpstr (hustings_fec_record_get_named (records->pdata[1], "L6a_year_for_above_ytd"),
                   ==, "2026");
  for (guint i = 2; i < records->len; i++)
    {
      HustingsFecRecord *r = records->pdata[i];

      if (strcmp (r->type, "SA11AI") == 0 &&
          strcmp (hustings_fec_record_get (r, 8), "Lee") == 0)
        ann_rows++;
    }
  g_assert_cmpuint (ann_rows, ==, 0);
  g_assert_cmpstr (((HustingsFecRecord *) records->pdata[2])->type, ==, "SA11AI");
  g_assert_cmpstr (((HustingsFecRecord *) records->pdata[3])->type, ==, "SA17");
  g_assert_cmpstr (((HustingsFecRecord *) records->pdata[4])->type, ==, "SB21B");
  g_assert_cmpstr (((HustingsFecRecord *) records->pdata[5])->type, ==, "SB23");
  g_assert_cmpstr (hustings_fec_record_get_named (records->pdata[5],
                                                  "beneficiary_committee_fec_id"), ==,
                   "C00000002");
  g_assert_cmpstr (((HustingsFecRecord *) records->pdata[6])->type, ==, "SB28A");
  g_assert_cmpuint (records->len, ==, 7);
}

/* The itemization threshold, per contributor per cycle and aggregation group, with what an
 * import says the contributor had given before: in contributions, or on another receipt line,
 * whose aggregate starts from its own opening only. */
static void
test_threshold (void)
{
  HustingsCommitteeFile *file = new_committee (HUSTINGS_COMMITTEE_HOUSE, NULL);
  gint64 even = person (file, "Even", "Twohundred");
  gint64 over = person (file, "Over", "Byacent");
  gint64 opened = person (file, "Opened", "Before");
  gint64 later = person (file, "Later", "Cycle");
  gint64 bank = add_contact (file, HUSTINGS_ENTITY_ORG, NULL, NULL, "First Bank", NULL, NULL,
                             NULL);
  g_autoptr(HustingsReport) q1 = add_report (file, "F3", "Q1", "2026-01-01", "2026-03-31");
  g_autoptr(HustingsReportSummary) s = NULL;
  g_autoptr(GArray) itemized = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  static const struct { gboolean bank; const char *line; gint64 cents; } openings[] = {
    { FALSE, "", 16000 }, { FALSE, "SA15", 90000 }, { TRUE, "SA15", 16000 },
  };
  g_autofree char *bank_id = NULL;
  guint found = 0;
  sqlite3_stmt *stmt;

  give (file, even, "2026-01-02", 20000, NULL, NULL, NULL, 0);
  give (file, over, "2026-01-02", 10000, NULL, NULL, NULL, 0);
  give (file, over, "2026-03-31", 10001, NULL, NULL, NULL, 0);
  give (file, opened, "2026-02-02", 5000, NULL, NULL, NULL, 0);
  give (file, later, "2024-11-05", 30000, NULL, NULL, NULL, 0);   /* the 2024 cycle */
  give (file, later, "2026-02-03", 5000, NULL, NULL, NULL, 0);
  bank_id = g_strdup_printf ("A%" G_GINT64_FORMAT,
                             give (file, bank, "2026-02-04", 5000, NULL, NULL, NULL, 0));
  for (guint i = 0; i < G_N_ELEMENTS (openings); i++)
    {
      stmt = hustings_committee_file_prepare (file,
        "INSERT INTO contact_opening (contact_id, period, line, amount_cents)"
        " VALUES (?1, 'C:2026', ?2, ?3)", NULL);
      sqlite3_bind_int64 (stmt, 1, openings[i].bank ? bank : opened);
      sqlite3_bind_text (stmt, 2, openings[i].line, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 3, openings[i].cents);
      g_assert_true (hustings_committee_file_run (file, stmt, NULL));
    }

  s = compute (file, q1);
  /* $200.00: not itemized; $200.01: both gifts itemized; $160 before + $50: itemized. */
  assert_line (s, "11ai", A, 20001 + 5000 + 0);
  assert_line (s, "11aii", A, 20000 + 5000);
  itemized = hustings_report_rows (file, q1, "11ai", A, NULL);
  g_assert_cmpuint (itemized->len, ==, 3);
  g_assert_cmpint (g_array_index (itemized, HustingsReportRow, 0).kind, ==,
                   HUSTINGS_REPORT_ROW_DONATION);
  assert_line (s, "15", A, 5000);

  /* $160 before + $50 on each: $210.00, the line 15 opening left out of the contributions. */
  records = hustings_report_build_filing (file, q1, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < records->len; i++)
    {
      HustingsFecRecord *r = records->pdata[i];
      const char *id = hustings_fec_record_get (r, 3);

      if ((strcmp (r->type, "SA15") == 0 && strcmp (id, bank_id) == 0) ||
          (strcmp (r->type, "SA11AI") == 0 &&
           strcmp (hustings_fec_record_get_named (r, "contributor_last_name"), "Before") == 0))
        {
          g_assert_cmpstr (hustings_fec_record_get_named (r, "contribution_aggregate"), ==,
                           "210.00");
          found++;
        }
    }
  g_assert_cmpuint (found, ==, 2);
}

/* Column B and cash on hand carried from a filed report, and from one a .fec import brought. */
static void
test_carry (void)
{
  Campaign c;
  g_autoptr(HustingsReport) q1 = NULL;
  g_autoptr(HustingsReport) q2 = NULL;
  g_autoptr(HustingsReport) q1_filed = NULL;
  g_autoptr(HustingsReportSummary) s = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *status = NULL;
  gint64 bob_april;

  campaign_init (&c);
  q1 = campaign_q1 (&c);
  q2 = add_report (c.file, "F3", "Q2", "2026-04-01", "2026-06-30");
  bob_april = give (c.file, c.bob, "2026-04-10", 7500, NULL, NULL, NULL, 0);

  /* With Q1 a draft, Q2 computes it: cash carried, column B from the cycle's start. */
  s = compute (c.file, q2);
  assert_line (s, "23", A, 522045);
  assert_line (s, "27", A, 522045 + 7500);
  assert_line (s, "11ai", A, 7500);         /* Bob is over $200 now */
  assert_line (s, "11ai", B, 550001 + 20000 + 7500);
  g_clear_object (&s);

  /* Filed, Q1's figures are frozen: a late entry in its quarter does not move them. */
  g_assert_true (hustings_report_store_mark_filed (c.file, hustings_report_get_id (q1),
                                                   "1000001", &error));
  g_assert_no_error (error);
  q1_filed = hustings_report_store_get (c.file, hustings_report_get_id (q1), &error);
  g_assert_cmpstr (hustings_report_get_fec_id (q1_filed), ==, "FEC-1000001");
  g_assert_true (hustings_report_is_filed (q1_filed));
  g_object_get (q1_filed, "status-text", &status, NULL);
  g_assert_cmpstr (status, ==, "Filed");
  g_assert_false (hustings_report_store_update (c.file, q1_filed, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  give (c.file, c.alice, "2026-03-30", 1000, NULL, NULL, NULL, 0);

  s = compute (c.file, q2);
  assert_line (s, "23", A, 522045);                 /* as filed */
  assert_line (s, "11ai", A, 7500);
  assert_line (s, "11ai", B, 550001 + 7500);        /* Q1's filed B + this quarter */
  assert_line (s, "11aii", B, 20000);
  assert_line (s, "11e", B, 670001 + 7500);
  assert_line (s, "20d", B, 5000);
  g_clear_object (&s);

  /* An imported report between: its filed figures, and its unitemized total in column A. What
   * came before it is known only from its filing: its beginning cash and column B are the
   * filed ones (column B less column A, plus what the rows give now). Its rows keep their
   * transaction ids as filed, in capitals. */
  {
    sqlite3 *db = hustings_committee_file_get_db (c.file);
    g_autoptr(HustingsReport) imported = NULL;
    g_autoptr(GPtrArray) records = NULL;
    g_autofree char *set_id = g_strdup_printf (
      "UPDATE donation SET tran_id = 'sa11ai.7430' WHERE id = %" G_GINT64_FORMAT, bob_april);
    HustingsReportRowKind kind;
    gint64 row, contact;
    guint found = 0;

    g_assert_cmpint (sqlite3_exec (db,
      "INSERT INTO report (form, code, election, election_date, election_state, coverage_from,"
      " coverage_to, fec_id, origin, created_at, updated_at) VALUES ('F3', '12P', 'P2026',"
      " '2026-03-03', 'TX', '2026-04-01', '2026-04-30', 'FEC-1000002', 'imported', 'x', 'x');"
      "INSERT INTO report_line VALUES (last_insert_rowid(), 'unitemized', '11aii', 'A', 100000);"
      "INSERT INTO report_line SELECT id, 'filed', '27', 'A', 900000 FROM report"
      " WHERE fec_id = 'FEC-1000002';"
      "INSERT INTO report_line SELECT id, 'filed', '23', 'A', 250000 FROM report"
      " WHERE fec_id = 'FEC-1000002';"
      "INSERT INTO report_line SELECT id, 'filed', '11aii', 'A', 100000 FROM report"
      " WHERE fec_id = 'FEC-1000002';"
      "INSERT INTO report_line SELECT id, 'filed', '11aii', 'B', 3000000 FROM report"
      " WHERE fec_id = 'FEC-1000002';"
      "INSERT INTO report_line SELECT id, 'filed', '11e', 'A', 107000 FROM report"
      " WHERE fec_id = 'FEC-1000002';"
      "INSERT INTO report_line SELECT id, 'filed', '11e', 'B', 5000000 FROM report"
      " WHERE fec_id = 'FEC-1000002';"
      "INSERT INTO report_text (report_id, tran_id, back_ref_tran_id, back_ref_form, text)"
      " SELECT id, 'text.1', 'sa11ai.7430', 'SA11AI', 'Bob''s gift' FROM report"
      " WHERE fec_id = 'FEC-1000002';", NULL, NULL, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, set_id, NULL, NULL, NULL), ==, SQLITE_OK);
    imported = hustings_report_store_find (c.file, "F3", "12P", "2026-04-01", "2026-04-30",
                                           &error);
    g_assert_nonnull (imported);
    g_assert_true (hustings_report_is_filed (imported));
    s = compute (c.file, imported);
    assert_line (s, "11aii", A, 100000);            /* the filing's unitemized total */
    assert_line (s, "11ai", A, 7500);               /* Bob's April gift */
    assert_line (s, "23", A, 250000);               /* as filed, not Q1's closing */
    assert_line (s, "27", A, 250000 + 107500);
    assert_line (s, "11aii", B, 3000000);           /* filed B − filed A + 100000 */
    assert_line (s, "11ai", B, 550001 + 7500);      /* no filed B: Q1's, plus this period */
    /* Filed for the total though not for its lines: 5000000 − 107000 + 107500. */
    assert_line (s, "11e", B, 5000500);
    g_clear_object (&s);

    records = hustings_report_build_filing (c.file, imported, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < records->len; i++)
      {
        HustingsFecRecord *r = records->pdata[i];

        if (strcmp (r->type, "SA11AI") == 0)
          found += strcmp (hustings_fec_record_get (r, 3), "SA11AI.7430") == 0;
        else if (strcmp (r->type, "TEXT") == 0)
          {
            g_assert_cmpstr (hustings_fec_record_get (r, 3), ==, "TEXT.1");
            g_assert_cmpstr (hustings_fec_record_get (r, 4), ==, "SA11AI.7430");
            g_assert_cmpstr (hustings_fec_record_get (r, 5), ==, "SA11AI");
            found++;
          }
      }
    g_assert_cmpuint (found, ==, 2);
    g_assert_true (hustings_report_lookup_tran_id (c.file, "SA11AI.7430", &kind, &row,
                                                   &contact));
    g_assert_cmpint (kind, ==, HUSTINGS_REPORT_ROW_DONATION);
    g_assert_cmpint (row, ==, bob_april);

    hustings_report_set_coverage (q2, "2026-05-01", "2026-06-30");
    hustings_report_store_update (c.file, q2, &error);
    g_assert_no_error (error);
    s = compute (c.file, q2);
    assert_line (s, "23", A, 900000);
    assert_line (s, "11aii", B, 3000000);
    assert_line (s, "11ai", B, 0);                  /* not in the imported filed lines */
  }
}

/* ---- Drill-down ---- */

static void
test_rows (void)
{
  Campaign c;
  g_autoptr(HustingsReport) q1 = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  campaign_init (&c);
  q1 = campaign_q1 (&c);

  rows = hustings_report_rows (c.file, q1, "11ai", A, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 6);
  /* By date: Alice 01-15, Frank 01-20, Dana 02-01, Eve 02-10, Carol 02-20, José 03-15. */
  g_assert_cmpint (g_array_index (rows, HustingsReportRow, 0).id, ==, c.alice_gift);
  g_assert_cmpint (g_array_index (rows, HustingsReportRow, 1).id, ==, c.frank_gift);
  g_assert_cmpint (g_array_index (rows, HustingsReportRow, 5).id, ==, c.jose_gift);
  g_clear_pointer (&rows, g_array_unref);

  rows = hustings_report_rows (c.file, q1, "11ai", B, &error);
  g_assert_cmpuint (rows->len, ==, 7);          /* Alice's December gift */
  g_clear_pointer (&rows, g_array_unref);

  rows = hustings_report_rows (c.file, q1, "20a", A, &error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (g_array_index (rows, HustingsReportRow, 0).id, ==, c.frank_refund);
  g_clear_pointer (&rows, g_array_unref);

  /* 6(c) = 6(a) - 6(b): every contribution and refund; 17: both disbursements. */
  rows = hustings_report_rows (c.file, q1, "6c", A, &error);
  g_assert_cmpuint (rows->len, ==, 6 + 2 + 1 + 1);
  g_clear_pointer (&rows, g_array_unref);
  rows = hustings_report_rows (c.file, q1, "17", A, &error);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpint (g_array_index (rows, HustingsReportRow, 0).kind, ==,
                   HUSTINGS_REPORT_ROW_DISBURSEMENT);
  g_assert_cmpint (g_array_index (rows, HustingsReportRow, 0).id, ==, c.printing);
  g_clear_pointer (&rows, g_array_unref);

  rows = hustings_report_rows (c.file, q1, "27", A, &error);
  g_assert_cmpuint (rows->len, ==, 0);
}

/* ---- The filing ---- */

static GPtrArray *
read_lines (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  gsize len;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (contents, "\r\n"));
  lines = g_strsplit (contents, "\r\n", -1);
  for (guint i = 0; lines[i + 1] != NULL; i++)
    {
      g_assert_null (strchr (lines[i], '\n'));
      g_ptr_array_add (records, g_strsplit (lines[i], FS, -1));
    }
  return records;
}

/* The file written against tests/data/fec/reports/NAME, field by field: the HDR's software
 * version is this build's. */
static void
assert_matches (const char *path, const char *name)
{
  g_autofree char *expected_path = g_build_filename (TEST_DATA_DIR, "fec", "reports", name,
                                                     NULL);
  g_autoptr(GPtrArray) got = read_lines (path);
  g_autoptr(GPtrArray) expected = read_lines (expected_path);

  for (guint i = 0; i < MIN (got->len, expected->len); i++)
    {
      GStrv g = got->pdata[i], e = expected->pdata[i];

      for (guint f = 0; e[f] != NULL || g[f] != NULL; f++)
        {
          const char *want = e[f] ? e[f] : "(none)";

          if (i == 0 && f == 4)
            want = PACKAGE_VERSION;
          if (g_strcmp0 (g[f], want) != 0)
            g_error ("%s record %u (%s) field %u: “%s”, expected “%s”", name, i + 1, e[0],
                     f + 1, g[f] ? g[f] : "(none)", want);
        }
    }
  g_assert_cmpuint (got->len, ==, expected->len);
}

static char *
write_filing (Campaign *c, HustingsReport *report, const char *name, GPtrArray **out_problems,
              GError **error)
{
  char *path = g_build_filename (c->dir, name, NULL);

  hustings_report_write_fec (c->file, report, path, out_problems, NULL, NULL, NULL, error);
  return path;
}

static void
test_filing (void)
{
  Campaign c;
  g_autoptr(HustingsReport) q1 = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  campaign_init (&c);
  q1 = campaign_q1 (&c);
  path = write_filing (&c, q1, "q1.fec", &problems, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    {
      HustingsReportProblem *p = problems->pdata[i];

      g_assert_cmpint (p->problem->severity, ==, HUSTINGS_FEC_WARNING);
    }
  assert_matches (path, "q1-2026-f3n.fec");
}

static void
test_progress_cb (double fraction, gpointer data)
{
  double *last = data;

  g_assert_cmpfloat (fraction, >=, *last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  *last = fraction;
}

/* What the filing is made of, on the records themselves. */
static void
test_filing_records (void)
{
  Campaign c;
  g_autoptr(HustingsReport) q1 = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *alice = NULL;
  g_autofree char *dana = NULL;
  g_autofree char *dana_memo = NULL;
  g_autofree char *eve_moved = NULL;
  g_autofree char *carol = NULL;
  g_autofree char *carol_text = NULL;
  g_autofree char *second_memo = NULL;
  HustingsFecRecord *r;
  double last = 0;
  gint64 second;
  guint found = 0;

  campaign_init (&c);
  q1 = campaign_q1 (&c);
  /* A second gift through ActBlue: the conduit's total grows. */
  second = give (c.file, c.alice, "2026-03-10", 4000, NULL, "C00401224", NULL, 0);
  second_memo = g_strdup_printf ("A%" G_GINT64_FORMAT "E", second);
  records = hustings_report_build_filing (c.file, q1, test_progress_cb, &last, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (last, >, 0.5);
  alice = g_strdup_printf ("A%" G_GINT64_FORMAT, c.alice_gift);
  dana = g_strdup_printf ("A%" G_GINT64_FORMAT, c.dana_gift);
  dana_memo = g_strdup_printf ("A%" G_GINT64_FORMAT "E", c.dana_gift);
  eve_moved = g_strdup_printf ("A%" G_GINT64_FORMAT, c.eve_moved);
  carol = g_strdup_printf ("A%" G_GINT64_FORMAT, c.carol_gift);
  carol_text = g_strdup_printf ("A%" G_GINT64_FORMAT "T", c.carol_gift);

  for (guint i = 0; i < records->len; i++)
    {
      const char *id;

      r = records->pdata[i];
      id = hustings_fec_record_get (r, 3);
      if (strcmp (r->type, "SA11AI") == 0 && strcmp (id, alice) == 0)
        {
          /* Her aggregate counts December's gift (and not March's yet). */
          g_assert_cmpstr (hustings_fec_record_get_named (r, "contribution_aggregate"), ==,
                           "250.00");
          found++;
        }
      else if (strcmp (id, dana) == 0)
        {
          g_assert_cmpstr (hustings_fec_record_get_named (r, "contribution_purpose_descrip"),
                           ==, "Earmarked through ActBlue");
          /* The conduit's memo row comes right after. */
          r = records->pdata[i + 1];
          g_assert_cmpstr (hustings_fec_record_get (r, 3), ==, dana_memo);
          g_assert_cmpstr (hustings_fec_record_get_named (r, "back_reference_tran_id_number"),
                           ==, dana);
          g_assert_cmpstr (hustings_fec_record_get_named (r, "entity_type"), ==, "PAC");
          g_assert_cmpstr (hustings_fec_record_get_named (r, "donor_committee_fec_id"), ==,
                           "C00401224");
          g_assert_cmpstr (hustings_fec_record_get_named (r, "memo_code"), ==, "X");
          g_assert_cmpstr (hustings_fec_record_get_named (r, "contribution_amount"), ==,
                           "500.00");
          found++;
        }
      else if (strcmp (id, eve_moved) == 0)
        {
          g_assert_cmpstr (hustings_fec_record_get_named (r, "memo_code"), ==, "X");
          g_assert_cmpstr (hustings_fec_record_get_named (r, "memo_text_description"), ==,
                           "REDESIGNATION FROM PRIMARY");
          g_assert_cmpstr (hustings_fec_record_get_named (r, "election_code"), ==, "G2026");
          found++;
        }
      else if (strcmp (id, second_memo) == 0)
        {
          g_assert_cmpstr (hustings_fec_record_get_named (r, "contribution_aggregate"), ==,
                           "540.00");
          g_assert_cmpstr (hustings_fec_record_get_named (r, "contribution_date"), ==,
                           "20260310");
          found++;
        }
      else if (strcmp (id, carol_text) == 0)
        {
          g_assert_cmpstr (r->type, ==, "TEXT");
          g_assert_cmpstr (hustings_fec_record_get (r, 4), ==, carol);
          g_assert_cmpstr (hustings_fec_record_get (r, 5), ==, "SA11AI");
          g_assert_cmpstr (hustings_fec_record_get (r, 6), ==, long_memo);
          found++;
        }
    }
  g_assert_cmpuint (found, ==, 5);
}

/* An amendment: the HDR names the original, the cover is F3A, and every transaction keeps
 * its id. A termination report is F3T. */
static void
test_amendment (void)
{
  Campaign c;
  g_autoptr(HustingsReport) q1 = NULL;
  g_autoptr(HustingsReport) amended = NULL;
  g_autoptr(HustingsReport) again = NULL;
  g_autoptr(GPtrArray) original = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *status = NULL;

  campaign_init (&c);
  q1 = campaign_q1 (&c);
  original = hustings_report_build_filing (c.file, q1, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hustings_fec_record_get (original->pdata[0], 6), ==, "");

  /* A draft cannot be amended. */
  g_assert_null (hustings_report_store_amend (c.file, hustings_report_get_id (q1), &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  hustings_report_store_mark_filed (c.file, hustings_report_get_id (q1), "FEC-1000001", &error);
  g_assert_no_error (error);
  amended = hustings_report_store_amend (c.file, hustings_report_get_id (q1), &error);
  g_assert_no_error (error);
  g_assert_cmpint (hustings_report_get_amendment (amended), ==, 1);
  g_assert_cmpstr (hustings_report_get_original_fec_id (amended), ==, "FEC-1000001");
  g_object_get (amended, "status-text", &status, NULL);
  g_assert_cmpstr (status, ==, "Amendment 1");
  g_assert_null (hustings_report_store_amend (c.file, hustings_report_get_id (q1), &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);   /* one draft at a time */
  g_clear_error (&error);

  /* A gift found late goes on the amendment. */
  give (c.file, c.bob, "2026-03-30", 5000, NULL, NULL, NULL, 0);
  records = hustings_report_build_filing (c.file, amended, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hustings_fec_record_get (records->pdata[0], 6), ==, "FEC-1000001");
  g_assert_cmpstr (hustings_fec_record_get (records->pdata[0], 7), ==, "1");
  g_assert_cmpstr (((HustingsFecRecord *) records->pdata[1])->type, ==, "F3A");
  for (guint i = 2; i < records->len; i++)
    g_hash_table_add (ids, g_strdup (hustings_fec_record_get (records->pdata[i], 3)));
  for (guint i = 2; i < original->len; i++)
    g_assert_true (g_hash_table_contains (ids, hustings_fec_record_get (original->pdata[i], 3)));
  g_assert_cmpuint (records->len, >, original->len);     /* Bob is itemized now */

  /* Amendment 2 follows the filed amendment 1 and still names the original. */
  hustings_report_store_mark_filed (c.file, hustings_report_get_id (amended), "FEC-1000005",
                                    &error);
  g_assert_no_error (error);
  again = hustings_report_store_amend (c.file, hustings_report_get_id (amended), &error);
  g_assert_no_error (error);
  g_assert_cmpint (hustings_report_get_amendment (again), ==, 2);
  g_assert_cmpstr (hustings_report_get_original_fec_id (again), ==, "FEC-1000001");
}

static void
test_termination (void)
{
  Campaign c;
  g_autoptr(HustingsReport) ter = hustings_report_new ();
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;

  campaign_init (&c);
  hustings_report_set_code (ter, "Q1");
  hustings_report_set_termination (ter, TRUE);
  hustings_report_set_coverage (ter, "2026-01-01", "2026-03-31");
  g_assert_false (hustings_report_store_add (c.file, ter, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  hustings_report_set_code (ter, "TER");
  hustings_report_store_add (c.file, ter, &error);
  g_assert_no_error (error);
  records = hustings_report_build_filing (c.file, ter, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((HustingsFecRecord *) records->pdata[1])->type, ==, "F3T");
  g_assert_cmpstr (hustings_fec_record_get_named (records->pdata[1], "report_code"), ==, "TER");
}

/* Validation: nothing is written, and each problem leads back to what to fix. */
static void
test_refused (void)
{
  Campaign c;
  g_autoptr(HustingsReport) q1 = NULL;
  g_autoptr(HustingsCommittee) profile = NULL;
  g_autoptr(HustingsContact) carol = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *before = NULL;
  gboolean treasurer = FALSE, employer = FALSE;
  HustingsReportRowKind kind;
  gint64 row, contact;

  campaign_init (&c);
  q1 = campaign_q1 (&c);
  kept = g_build_filename (c.dir, "refused.fec", NULL);
  g_assert_true (g_file_set_contents (kept, "old", -1, NULL));

  /* No treasurer, and Carol's employer missing. */
  profile = hustings_committee_file_dup_committee (c.file);
  g_free (profile->treasurer_last);
  profile->treasurer_last = g_strdup ("");
  g_free (profile->treasurer_first);
  profile->treasurer_first = g_strdup ("");
  hustings_committee_file_set_committee (c.file, profile, &error);
  g_assert_no_error (error);
  carol = hustings_contact_store_get (c.file, c.carol, &error);
  hustings_contact_set_field (carol, HUSTINGS_CONTACT_EMPLOYER, "");
  hustings_contact_store_update (c.file, carol, &error);
  g_assert_no_error (error);

  path = write_filing (&c, q1, "refused.fec", &problems, &error);
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_file_get_contents (kept, &before, NULL, NULL);
  g_assert_cmpstr (before, ==, "old");
  for (guint i = 0; i < problems->len; i++)
    {
      HustingsReportProblem *p = problems->pdata[i];

      if (p->problem->severity != HUSTINGS_FEC_ERROR)
        continue;
      if (g_strcmp0 (p->problem->field_name, "treasurer_last_name") == 0)
        {
          g_assert_cmpint (p->kind, ==, HUSTINGS_REPORT_ROW_COMMITTEE);
          treasurer = TRUE;
        }
      else if (g_strcmp0 (p->problem->field_name, "contributor_employer") == 0)
        {
          /* The employer is fixed in the donor's contact... */
          g_assert_cmpint (p->kind, ==, HUSTINGS_REPORT_ROW_CONTACT);
          g_assert_cmpint (p->row_id, ==, c.carol);
          g_assert_cmpint (p->contact_id, ==, c.carol);
          /* ...and the transaction id leads to the gift. */
          g_assert_true (hustings_report_lookup_tran_id (c.file, p->problem->tran_id, &kind,
                                                         &row, &contact));
          g_assert_cmpint (kind, ==, HUSTINGS_REPORT_ROW_DONATION);
          g_assert_cmpint (row, ==, c.carol_gift);
          g_assert_cmpint (contact, ==, c.carol);
          employer = TRUE;
        }
      else
        g_assert_cmpstr (p->problem->field_name, ==, "treasurer_first_name");
    }
  g_assert_true (treasurer);
  g_assert_true (employer);

  /* Ids of conduit memos and disbursements lead back too. */
  {
    g_autofree char *memo = g_strdup_printf ("A%" G_GINT64_FORMAT "E", c.dana_gift);
    g_autofree char *paid = g_strdup_printf ("B%" G_GINT64_FORMAT, c.printing);

    g_assert_true (hustings_report_lookup_tran_id (c.file, memo, &kind, &row, &contact));
    g_assert_cmpint (row, ==, c.dana_gift);
    g_assert_true (hustings_report_lookup_tran_id (c.file, paid, &kind, &row, &contact));
    g_assert_cmpint (kind, ==, HUSTINGS_REPORT_ROW_DISBURSEMENT);
    g_assert_cmpint (contact, ==, c.printer);
    g_assert_false (hustings_report_lookup_tran_id (c.file, "A999999", &kind, &row, &contact));
  }
}

/* Cancelled: nothing written. */
static void
test_cancelled (void)
{
  Campaign c;
  g_autoptr(HustingsReport) q1 = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  campaign_init (&c);
  q1 = campaign_q1 (&c);
  path = g_build_filename (c.dir, "cancelled.fec", NULL);
  g_cancellable_cancel (cancellable);
  g_assert_false (hustings_report_write_fec (c.file, q1, path, NULL, NULL, NULL, cancellable,
                                             &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/store", test_store);
  g_test_add_func ("/report/summary", test_summary);
  g_test_add_func ("/report/lines", test_lines);
  g_test_add_func ("/report/f3x", test_f3x);
  g_test_add_func ("/report/threshold", test_threshold);
  g_test_add_func ("/report/carry", test_carry);
  g_test_add_func ("/report/rows", test_rows);
  g_test_add_func ("/report/filing", test_filing);
  g_test_add_func ("/report/filing-records", test_filing_records);
  g_test_add_func ("/report/amendment", test_amendment);
  g_test_add_func ("/report/termination", test_termination);
  g_test_add_func ("/report/refused", test_refused);
  g_test_add_func ("/report/cancelled", test_cancelled);
  return g_test_run ();
}
