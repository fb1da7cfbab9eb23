/* test-fec-import.c: .fec filings of the project's own (tests/data/fec/import) into committee
 * files: every value the import writes, a second import that adds nothing, undo, cancel, and
 * the filings it refuses.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <sqlite3.h>

#include "test-util.h"

#define FIXTURE(name) TEST_DATA_DIR "/fec/import/" name

/* A new committee file with this FEC id ("" for none yet), removed when the test ends. */
static HustingsCommitteeFile *
new_file (const char *fec_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCommittee) committee = hustings_committee_new ();
  char *dir = test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "committee.hustings", NULL);
  HustingsCommitteeFile *file;

  g_test_queue_destroy ((GDestroyNotify) test_rm_rf, dir);
  g_free (committee->name);
  committee->name = g_strdup ("New committee");
  g_free (committee->fec_id);
  committee->fec_id = g_strdup (fec_id);
  file = hustings_committee_file_create (path, committee, &error);
  g_assert_no_error (error);
  g_test_queue_unref (file);
  return file;
}

/* The rows sql selects, through a connection of its own: columns joined by "|", a line each. */
static char *
dump (HustingsCommitteeFile *file, const char *sql)
{
  GString *out = g_string_new (NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (hustings_committee_file_get_path (file), &db,
                                    SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, i);

          if (i > 0)
            g_string_append_c (out, '|');
          g_string_append (out, text ? text : "NULL");
        }
      g_string_append_c (out, '\n');
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

static void
assert_rows (HustingsCommitteeFile *file, const char *sql, const char *expected)
{
  g_autofree char *got = dump (file, sql);

  g_assert_cmpstr (got, ==, expected);
}

/* Everything a filing import may change, for "nothing changed" and "all put back". */
static char *
snapshot (HustingsCommitteeFile *file)
{
  static const char * const queries[] = {
    "SELECT id, entity_type, prefix, first_name, middle_name, last_name, suffix, org_name,"
    " street1, city, state, zip, employer, occupation, fec_id, country FROM contact ORDER BY id",
    "SELECT * FROM donation ORDER BY id",
    "SELECT * FROM disbursement ORDER BY id",
    "SELECT * FROM contact_total ORDER BY contact_id, period",
    "SELECT * FROM contact_opening ORDER BY contact_id, period, line",
    "SELECT * FROM report ORDER BY id",
    "SELECT * FROM report_line ORDER BY report_id, kind, line, col",
    "SELECT * FROM report_text ORDER BY id",
    "SELECT * FROM import_change ORDER BY batch_id, contact_id, field",
    "SELECT name, fec_id, street1, city, state, zip, treasurer_first, treasurer_last"
    " FROM committee",
    "SELECT * FROM election ORDER BY code",
  };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autofree char *rows = dump (file, queries[i]);

      g_string_append_printf (out, "%s\n%s", queries[i], rows);
    }
  return g_string_free (out, FALSE);
}

static HustingsFecImportSummary *
import (HustingsCommitteeFile *file, const char *path)
{
  g_autoptr(GError) error = NULL;
  HustingsFecImportSummary *summary = NULL;

  g_assert_true (hustings_fec_import_run (file, path, &summary, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (summary);
  g_test_queue_destroy ((GDestroyNotify) hustings_fec_import_summary_free, summary);
  return summary;
}

/* ---- Tests ---- */

static void
test_sniff (void)
{
  g_assert_true (hustings_fec_import_is_filing (FIXTURE ("f3n-q1-2026.fec")));
  g_assert_true (hustings_fec_import_is_filing (FIXTURE ("f3n-v5.fec")));
  g_assert_true (hustings_fec_import_is_filing (FIXTURE ("f3xn-latin1.fec")));
  g_assert_false (hustings_fec_import_is_filing (TEST_DATA_DIR "/import/actblue-101.csv"));
  g_assert_false (hustings_fec_import_is_filing (TEST_DATA_DIR "/import/empty.csv"));
  g_assert_false (hustings_fec_import_is_filing (TEST_DATA_DIR "/no-such-file.fec"));
}

/* A Form 3 in version 8.3 with earmarks both ways round, a foreign address, an organization on
 * line 11(a)(i), a redesignation pair, a memo entry and a loan Hustings does not keep, a
 * refund, a credit-card payment with a memo entry, and memos. */
static void
test_form3 (void)
{
  HustingsCommitteeFile *file = new_file ("");
  HustingsFecImportSummary *s = import (file, FIXTURE ("f3n-q1-2026.fec"));
  HustingsFecImportSkip *skip;

  g_assert_cmpstr (s->committee_id, ==, "C00654321");
  g_assert_cmpstr (s->committee_name, ==, "Friends of Pat Example");
  g_assert_cmpstr (s->form_type, ==, "F3N");
  g_assert_cmpstr (s->report_code, ==, "Q1");
  g_assert_cmpstr (s->coverage_from, ==, "2026-01-01");
  g_assert_cmpstr (s->coverage_to, ==, "2026-03-31");
  g_assert_cmpstr (s->fec_id, ==, "");
  g_assert_cmpstr (s->version, ==, "8.3");
  g_assert_cmpint (s->amendment, ==, 0);
  g_assert_true (s->committee_filled);
  g_assert_false (s->report_existed);
  g_assert_cmpuint (s->records_read, ==, 20);
  g_assert_cmpuint (s->receipts_added, ==, 8);
  g_assert_cmpuint (s->earmarked, ==, 2);
  g_assert_cmpuint (s->adjustments_added, ==, 2);
  g_assert_cmpuint (s->refunds_added, ==, 1);
  g_assert_cmpuint (s->disbursements_added, ==, 3);
  g_assert_cmpuint (s->texts_added, ==, 2);
  g_assert_cmpuint (s->duplicates_skipped, ==, 0);
  g_assert_cmpuint (s->contacts_created, ==, 13);
  g_assert_cmpuint (s->contacts_matched, ==, 0);
  g_assert_cmpuint (s->contacts_updated, ==, 0);
  g_assert_cmpuint (s->openings_added, ==, 2);
  g_assert_cmpint (s->receipts_cents, ==, 956234);
  g_assert_cmpint (s->refunds_cents, ==, 5000);
  g_assert_cmpint (s->disbursements_cents, ==, 144567);
  g_assert_cmpuint (s->skipped->len, ==, 2);
  skip = g_ptr_array_index (s->skipped, 0);
  g_assert_cmpstr (skip->record_type, ==, "SA11AI");
  g_assert_cmpuint (skip->count, ==, 1);
  g_assert_cmpuint (skip->first_line, ==, 13);
  skip = g_ptr_array_index (s->skipped, 1);
  g_assert_cmpstr (skip->record_type, ==, "SC/10");
  g_assert_cmpuint (skip->count, ==, 1);
  g_assert_cmpuint (skip->first_line, ==, 20);
  g_assert_cmpstrv (s->unknown_elections, ((const char * const[]) { "P2026", NULL }));

  /* The committee takes the cover's profile; the general election is dated. */
  assert_rows (file,
    "SELECT name, fec_id, committee_type, street1, city, state, zip, treasurer_first,"
    " treasurer_last, candidate_office, candidate_state, candidate_district, filing_frequency"
    " FROM committee",
    "Friends of Pat Example|C00654321|house|PO Box 77|Austin|TX|78701|Terry|Treasurer|H|TX|07|Q\n");
  assert_rows (file, "SELECT * FROM election", "G2026|2026-11-03|TX\n");
  g_assert_cmpstr (hustings_committee_file_peek_committee (file)->fec_id, ==, "C00654321");

  /* Contributors, payees and the conduits; a foreign address keeps its ZZ. */
  assert_rows (file,
    "SELECT entity_type, prefix, first_name, middle_name, last_name, suffix, org_name, street1,"
    " city, state, zip, employer, occupation, fec_id, country, batch_id FROM contact ORDER BY id",
    "IND|Dr.|Jane|Q|Doe|||12 Elm St|Austin|TX|787011234|Acme Corp|Engineer|||1\n"
    "IND||John||Roe|||9 Oak Ave|Houston|TX|77002|Self|Plumber|||1\n"
    "IND||Mary||Major|||3 Pine Rd|Dallas|TX|75201|Retired|Retired|||1\n"
    "IND||Hans||Mueller|||Hauptstrasse 1|Berlin|ZZ|10115|Siemens|Manager||ZZ|1\n"
    "ORG||||||Coquille Indian Tribe|3050 Tremont St|North Bend|OR|97459|||||1\n"
    "IND||Bob||Smith|||5 Main St|Austin|TX|78702|Smith Farms|Farmer|||1\n"
    "PAC||||||Teachers PAC|100 School St|Austin|TX|78703|||C00999999||1\n"
    "ORG||||||First Bank|1 Bank Plaza|Austin|TX|78704|||||1\n"
    "PAC||||||ACTBLUE|PO Box 441146|Somerville|MA|02144|||C00401224||1\n"
    "PAC||||||WinRed|PO Box 9891|Arlington|VA|22219|||C00694323||1\n"
    "ORG||||||Print Shop LLC|8 Ink Way|Austin|TX|78705|||||1\n"
    "ORG||||||Chase Card Services|PO Box 15298|Wilmington|DE|19850|||||1\n"
    "ORG||||||Office Depot|20 Supply Rd|Austin|TX|78706|||||1\n");

  /* Receipts: earmarks with their conduit, the tribe on 11(a)(i), the redesignation pair, the
   * interest with its purpose, the refund with no original in the filing. */
  assert_rows (file,
    "SELECT c.display_name, d.date_received, d.amount_cents, d.election, d.election_presumed,"
    " d.cycle, d.memo, d.receipt_line, d.tran_id, d.source, d.source_id, d.conduit,"
    " d.adjustment, (SELECT o.tran_id FROM donation o WHERE o.id = d.adjusts), d.refund_of"
    " FROM donation d JOIN contact c ON c.id = d.contact_id ORDER BY d.id",
    "Dr. Jane Q Doe|2026-01-15|25000|P2026|0|2026|||SA11AI.0001|FEC filing|"
    "C00654321 F3N Q1 2026-01-01 2026-03-31 A0/SA11AI.0001|||NULL|NULL\n"
    "John Roe|2026-02-01|30000|P2026|0|2026|* Earmarked Contribution: See Below||SA11AI.0002|"
    "FEC filing|C00654321 F3N Q1 2026-01-01 2026-03-31 A0/SA11AI.0002|C00401224||NULL|NULL\n"
    "Mary Major|2026-02-10|50000|P2026|0|2026|||SA11AI.0003|FEC filing|"
    "C00654321 F3N Q1 2026-01-01 2026-03-31 A0/SA11AI.0003|C00694323||NULL|NULL\n"
    "Hans Mueller|2026-03-01|100000|P2026|0|2026|||SA11AI.0004|FEC filing|"
    "C00654321 F3N Q1 2026-01-01 2026-03-31 A0/SA11AI.0004|||NULL|NULL\n"
    "Coquille Indian Tribe|2026-03-05|100000|P2026|0|2026||SA11AI|SA11AI.0005|FEC filing|"
    "C00654321 F3N Q1 2026-01-01 2026-03-31 A0/SA11AI.0005|||NULL|NULL\n"
    "Bob Smith|2026-03-10|400000|P2026|0|2026|||SA11AI.0006|FEC filing|"
    "C00654321 F3N Q1 2026-01-01 2026-03-31 A0/SA11AI.0006|||NULL|NULL\n"
    "Teachers PAC|2026-01-20|250000|P2026|0|2026|||SA11C.0001|FEC filing|"
    "C00654321 F3N Q1 2026-01-01 2026-03-31 A0/SA11C.0001|||NULL|NULL\n"
    "First Bank|2026-03-31|1234|G2026|1|2026|Interest||SA15.0001|FEC filing|"
    "C00654321 F3N Q1 2026-01-01 2026-03-31 A0/SA15.0001|||NULL|NULL\n"
    "Bob Smith|2026-03-10|-50000|P2026|0|2026|REDESIGNATION TO GENERAL||SA11AI.0006R1|"
    "FEC filing|C00654321 F3N Q1 2026-01-01 2026-03-31 A0/SA11AI.0006R1||redesignation|"
    "SA11AI.0006|NULL\n"
    "Bob Smith|2026-03-10|50000|G2026|0|2026|REDESIGNATION FROM PRIMARY||SA11AI.0006R2|"
    "FEC filing|C00654321 F3N Q1 2026-01-01 2026-03-31 A0/SA11AI.0006R2||redesignation|"
    "SA11AI.0006|NULL\n"
    "Dr. Jane Q Doe|2026-03-20|-5000|G2026|1|2026|||SB20A.0001|FEC filing|"
    "C00654321 F3N Q1 2026-01-01 2026-03-31 A0/SB20A.0001|||NULL|NULL\n");

  /* Disbursements, the credit card's item a memo entry. */
  assert_rows (file,
    "SELECT c.display_name, d.date_paid, d.amount_cents, d.purpose, d.category, d.line,"
    " d.election, d.memo, d.memo_entry, d.tran_id, d.source, d.source_id"
    " FROM disbursement d JOIN contact c ON c.id = d.contact_id ORDER BY d.id",
    "Print Shop LLC|2026-02-15|120000|Yard signs|004|SB17|P2026||0|SB17.0001|FEC filing|"
    "C00654321 F3N Q1 2026-01-01 2026-03-31 A0/SB17.0001\n"
    "Chase Card Services|2026-03-02|24567|Credit card payment|001|SB17|NULL||0|SB17.0003|"
    "FEC filing|C00654321 F3N Q1 2026-01-01 2026-03-31 A0/SB17.0003\n"
    "Office Depot|2026-03-02|4567|Office supplies||SB17|NULL|Paid by credit card|1|SB17.0002|"
    "FEC filing|C00654321 F3N Q1 2026-01-01 2026-03-31 A0/SB17.0002\n");

  /* The report, its lines as filed (both columns), what only totals gave, its memos. */
  assert_rows (file,
    "SELECT id, form, code, election, coverage_from, coverage_to, amendment, original_fec_id,"
    " fec_id, termination, origin, batch_id, date_signed, filed_at FROM report",
    "1|F3|Q1|NULL|2026-01-01|2026-03-31|0|||0|imported|1|2026-04-15|2026-04-15\n");
  g_assert_cmpint (s->report_id, ==, 1);
  assert_rows (file,
    "SELECT line, amount_cents FROM report_line WHERE kind = 'filed' AND col = 'A'"
    " AND line IN ('6a', '8', '10', '11ai', '11aii', '17', '20a', '23', '27') ORDER BY line",
    "10|500000\n11ai|705000\n11aii|123456\n17|159567\n20a|5000\n23|1000000\n27|1915123\n"
    "6a|1078456\n8|1915123\n");
  assert_rows (file,
    "SELECT count(*), sum(col = 'A'), sum(col = 'B') FROM report_line WHERE kind = 'filed'",
    "70|39|31\n");
  assert_rows (file,
    "SELECT line, amount_cents FROM report_line WHERE kind = 'filed' AND col = 'B'"
    " AND line IN ('11ai', '11c', '22')  ORDER BY line",
    "11ai|720000\n11c|500000\n22|194567\n");
  assert_rows (file,
    "SELECT line, col, amount_cents FROM report_line WHERE kind = 'unitemized' ORDER BY line",
    "10|A|500000\n11aii|A|123456\n17|A|15000\n");
  assert_rows (file,
    "SELECT report_id, tran_id, back_ref_tran_id, back_ref_form, text FROM report_text"
    " ORDER BY id",
    "1|TEXT.0001|SB17.0001|SB17|Yard signs for the primary, printed in February.\n"
    "1|TEXT.0002|NULL|F3N|First report filed with new software.\n");

  /* What contributors had given before: Jane's aggregate 400.00 less her 250.00, the PAC's
   * 5,000.00 less 2,500.00; the totals include it. */
  assert_rows (file,
    "SELECT c.display_name, o.period, o.amount_cents, o.batch_id FROM contact_opening o"
    " JOIN contact c ON c.id = o.contact_id ORDER BY o.contact_id",
    "Dr. Jane Q Doe|C:2026|15000|1\nTeachers PAC|C:2026|250000|1\n");
  assert_rows (file,
    "SELECT c.display_name, t.period, t.total_cents, t.gift_count FROM contact_total t"
    " JOIN contact c ON c.id = t.contact_id WHERE t.period LIKE 'C:%' ORDER BY t.contact_id",
    "Dr. Jane Q Doe|C:2026|35000|1\nJohn Roe|C:2026|30000|1\nMary Major|C:2026|50000|1\n"
    "Hans Mueller|C:2026|100000|1\nCoquille Indian Tribe|C:2026|100000|1\n"
    "Bob Smith|C:2026|400000|2\nTeachers PAC|C:2026|500000|1\nFirst Bank|C:2026|1234|1\n");

  /* The batch and the records it left out. */
  assert_rows (file,
    "SELECT kind, format, file_name, rows_read, contacts_created, contacts_matched,"
    " contacts_updated, donations_added, refunds_added, duplicates_skipped, rows_rejected,"
    " total_cents, undone_at FROM import_batch",
    "filing|fec|f3n-q1-2026.fec|20|13|0|0|10|1|0|2|951234|NULL\n");
  assert_rows (file, "SELECT line, reason FROM import_rejection ORDER BY line",
               "13|SA11AI: A memo entry that is not an earmark, a redesignation or a "
               "reattribution is not kept in Hustings\n"
               "20|SC/10: Loans (Schedule C) are not kept in Hustings\n");
}

/* The report made from the import gives the filing's column A (cash on hand aside: it is
 * carried from the report before, which the file does not have). */
static void
test_form3_summary (void)
{
  HustingsCommitteeFile *file = new_file ("");
  HustingsFecImportSummary *s = import (file, FIXTURE ("f3n-q1-2026.fec"));
  static const struct { const char *line; gint64 cents; } lines[] = {
    { "6a", 1078456 }, { "6b", 5000 }, { "6c", 1073456 }, { "7a", 159567 }, { "7c", 159567 },
    { "9", 0 }, { "10", 500000 }, { "11ai", 705000 }, { "11aii", 123456 },
    { "11aiii", 828456 }, { "11c", 250000 }, { "11e", 1078456 }, { "15", 1234 },
    { "16", 1079690 }, { "17", 159567 }, { "20a", 5000 }, { "20d", 5000 }, { "22", 164567 },
    { "24", 1079690 }, { "26", 164567 },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsReport) report = hustings_report_store_get (file, s->report_id, &error);
  g_autoptr(HustingsReportSummary) summary = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (hustings_report_get_origin (report), ==, HUSTINGS_REPORT_ORIGIN_IMPORTED);
  g_assert_true (hustings_report_is_filed (report));
  summary = hustings_report_compute (file, report, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_test_message ("line %s", lines[i].line);
      g_assert_cmpint (hustings_report_summary_get (summary, lines[i].line,
                                                    HUSTINGS_REPORT_COLUMN_A), ==,
                       lines[i].cents);
    }
}

/* The same filing again, even under another name: nothing is added. */
static void
test_again (void)
{
  HustingsCommitteeFile *file = new_file ("");
  g_autofree char *dir = test_tmpdir ();
  g_autofree char *copy = g_build_filename (dir, "1234570.fec", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  HustingsFecImportSummary *s;
  gsize length;

  import (file, FIXTURE ("f3n-q1-2026.fec"));
  before = snapshot (file);

  s = import (file, FIXTURE ("f3n-q1-2026.fec"));
  g_assert_true (s->report_existed);
  g_assert_false (s->committee_filled);
  g_assert_cmpint (s->report_id, ==, 1);
  g_assert_cmpuint (s->receipts_added + s->adjustments_added + s->refunds_added +
                    s->disbursements_added + s->texts_added + s->earmarked +
                    s->contacts_created + s->openings_added, ==, 0);
  /* 11 receipts and refunds, 3 disbursements, 2 memos. */
  g_assert_cmpuint (s->duplicates_skipped, ==, 16);

  g_assert_true (g_file_get_contents (FIXTURE ("f3n-q1-2026.fec"), &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
  s = import (file, copy);
  g_assert_cmpstr (s->fec_id, ==, "FEC-1234570");
  g_assert_true (s->report_existed);
  g_assert_cmpuint (s->duplicates_skipped, ==, 16);
  after = snapshot (file);
  g_assert_cmpstr (after, ==, before);
  assert_rows (file, "SELECT count(*) FROM import_batch", "3\n");
  test_rm_rf (g_steal_pointer (&dir));
}

/* The FEC's filing number from the file's name; a committee file with the filer's FEC id
 * keeps its own profile. */
static void
test_fec_id (void)
{
  HustingsCommitteeFile *file = new_file ("C00654321");
  g_autofree char *dir = test_tmpdir ();
  g_autofree char *copy = g_build_filename (dir, "1234570.fec", NULL);
  g_autofree char *contents = NULL;
  HustingsFecImportSummary *s;
  gsize length;

  g_assert_true (g_file_get_contents (FIXTURE ("f3n-q1-2026.fec"), &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
  s = import (file, copy);
  g_assert_false (s->committee_filled);
  g_assert_cmpstr (s->fec_id, ==, "FEC-1234570");
  assert_rows (file, "SELECT fec_id FROM report", "FEC-1234570\n");
  assert_rows (file, "SELECT name, street1 FROM committee", "New committee|\n");
  test_rm_rf (g_steal_pointer (&dir));
}

/* Contacts already in the file are matched (by name and ZIP code, or a committee by its FEC
 * id) and given the employer they lacked; undo takes away exactly what the import added and
 * puts the employer back. */
static void
test_match_and_undo (void)
{
  HustingsCommitteeFile *file = new_file ("");
  g_autoptr(HustingsContact) jane = test_person ("Jane", "Doe");
  g_autoptr(HustingsContact) pac = hustings_contact_new (HUSTINGS_ENTITY_PAC);
  g_autoptr(HustingsDonation) gift = hustings_donation_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  HustingsFecImportSummary *s;

  hustings_contact_set_field (jane, HUSTINGS_CONTACT_ZIP, "78701");
  g_assert_true (hustings_contact_store_add (file, jane, &error));
  g_assert_no_error (error);
  hustings_contact_set_field (pac, HUSTINGS_CONTACT_ORG_NAME, "Teachers Political Fund");
  hustings_contact_set_field (pac, HUSTINGS_CONTACT_FEC_ID, "C00999999");
  g_assert_true (hustings_contact_store_add (file, pac, &error));
  g_assert_no_error (error);
  hustings_donation_set_contact_id (gift, hustings_contact_get_id (jane));
  hustings_donation_set_date (gift, "2025-12-01");
  hustings_donation_set_amount (gift, 10000);
  g_assert_true (hustings_donation_store_add (file, gift, &error));
  g_assert_no_error (error);
  before = snapshot (file);

  s = import (file, FIXTURE ("f3n-q1-2026.fec"));
  g_assert_cmpuint (s->contacts_matched, ==, 2);
  g_assert_cmpuint (s->contacts_created, ==, 11);
  g_assert_cmpuint (s->contacts_updated, ==, 1);
  assert_rows (file, "SELECT count(*) FROM contact", "13\n");
  assert_rows (file,
    "SELECT employer, occupation FROM contact WHERE id = 1", "Acme Corp|Engineer\n");
  assert_rows (file, "SELECT contact_id FROM donation WHERE tran_id = 'SA11C.0001'", "2\n");
  /* Jane had given 100.00 before: her opening is what the filing's 400.00 leaves. */
  assert_rows (file, "SELECT contact_id, period, amount_cents FROM contact_opening",
               "1|C:2026|5000\n2|C:2026|250000\n");

  g_assert_true (hustings_import_undo (file, s->batch_id, &error));
  g_assert_no_error (error);
  after = snapshot (file);
  /* The profile and elections the import filled in stay: they are the committee's own. */
  g_assert_true (g_str_has_prefix (strstr (after, "SELECT name, fec_id"),
                                   "SELECT name, fec_id, street1, city, state, zip,"
                                   " treasurer_first, treasurer_last FROM committee\n"
                                   "Friends of Pat Example|C00654321|PO Box 77|"));
  *strstr (before, "SELECT name, fec_id") = '\0';
  *strstr (after, "SELECT name, fec_id") = '\0';
  g_assert_cmpstr (after, ==, before);
  assert_rows (file, "SELECT undone_at IS NOT NULL FROM import_batch", "1\n");

  g_assert_false (hustings_import_undo (file, s->batch_id, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
}

typedef struct {
  GCancellable *cancellable;
  double        at;
  guint         calls;
} CancelAt;

static void
cancel_at (double fraction, gpointer data)
{
  CancelAt *c = data;

  c->calls++;
  if (fraction >= c->at)
    g_cancellable_cancel (c->cancellable);
}

/* Cancelled at any point, the import leaves the file as it was. */
static void
test_cancel (void)
{
  static const double points[] = { 0.0, 0.25, 0.85 };

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      HustingsCommitteeFile *file = new_file ("");
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *before = snapshot (file);
      g_autofree char *after = NULL;
      HustingsFecImportSummary *s = NULL;
      CancelAt c = { cancellable, points[i], 0 };

      g_assert_false (hustings_fec_import_run (file, FIXTURE ("f3n-q1-2026.fec"), &s, cancel_at,
                                               &c, cancellable, &error));
      g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CANCELLED);
      g_assert_null (s);
      g_assert_cmpuint (c.calls, >, 0);
      after = snapshot (file);
      g_assert_cmpstr (after, ==, before);
      assert_rows (file, "SELECT count(*) FROM import_batch", "0\n");
      g_assert_cmpstr (hustings_committee_file_peek_committee (file)->fec_id, ==, "");
    }
}

/* A filing of another committee is refused and changes nothing. */
static void
test_other_committee (void)
{
  HustingsCommitteeFile *file = new_file ("C00123456");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (file);
  g_autofree char *after = NULL;

  g_assert_false (hustings_fec_import_run (file, FIXTURE ("f3n-q1-2026.fec"), NULL, NULL, NULL,
                                           NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "This filing is for committee C00654321 (Friends of Pat "
                   "Example), not for this committee");
  after = snapshot (file);
  g_assert_cmpstr (after, ==, before);
  assert_rows (file, "SELECT count(*) FROM import_batch", "0\n");
}

/* Something that is not a report of receipts and disbursements is refused. */
static void
test_not_a_report (void)
{
  HustingsCommitteeFile *file = new_file ("");
  g_autofree char *dir = test_tmpdir ();
  g_autofree char *f99 = g_build_filename (dir, "f99.fec", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (f99, "HDR\x1c" "FEC\x1c" "8.3\x1cHand Made\x1c" "1.0\n"
                                      "F99\x1c" "C00654321\x1c" "Friends of Pat Example\n", -1,
                                      NULL));
  g_assert_false (hustings_fec_import_run (file, f99, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "F99"));
  g_clear_error (&error);

  g_assert_false (hustings_fec_import_run (file, TEST_DATA_DIR "/import/actblue-101.csv", NULL,
                                           NULL, NULL, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  assert_rows (file, "SELECT count(*) FROM import_batch", "0\n");
  test_rm_rf (g_steal_pointer (&dir));
}

/* Version 5.00, comma-separated: names written "Last^First Middle^Prefix^Suffix", the
 * software's own id of the filer where the payee's committee id belongs, a TEXT of the old
 * layout. */
static void
test_version5 (void)
{
  HustingsCommitteeFile *file = new_file ("");
  HustingsFecImportSummary *s = import (file, FIXTURE ("f3n-v5.fec"));

  g_assert_cmpstr (s->version, ==, "5.00");
  g_assert_cmpstr (s->form_type, ==, "F3N");
  g_assert_cmpuint (s->records_read, ==, 6);
  g_assert_cmpuint (s->receipts_added, ==, 3);
  g_assert_cmpuint (s->disbursements_added, ==, 2);
  g_assert_cmpuint (s->texts_added, ==, 1);
  g_assert_cmpuint (s->skipped->len, ==, 0);
  g_assert_cmpstrv (s->unknown_elections, ((const char * const[]) { "P2004", NULL }));

  assert_rows (file,
    "SELECT name, fec_id, committee_type, street1, city, state, zip, treasurer_first,"
    " treasurer_last, candidate_district FROM committee",
    "Committee for Lee Sample|C00777777|house|PO Box 5|Springfield|IL|62701|Terry|Sample|13\n");
  assert_rows (file,
    "SELECT entity_type, prefix, first_name, middle_name, last_name, suffix, org_name, street1,"
    " city, state, zip, employer, occupation, fec_id FROM contact ORDER BY id",
    "IND|Mr.|Abraham|Q.|Lincoln|Jr.||8 Eighth St|Springfield|IL|62701|Self|Lawyer|\n"
    "IND||Kate||O'Hara|||1 Lake Shore Dr|Chicago|IL|60611|Cubs|Scout|\n"
    "PAC||||||Prairie PAC|2 Capitol Ave|Springfield|IL|62702|||C00888888\n"
    "ORG||||||Land of Lincoln Printing|3 Print Rd|Springfield|IL|62703|||\n"
    "ORG||||||Red Cross|4 Charity Ln|Springfield|IL|62704|||\n");
  assert_rows (file,
    "SELECT contact_id, date_received, amount_cents, election, receipt_line, tran_id, memo"
    " FROM donation ORDER BY id",
    "1|2004-02-10|100000|P2004||0401C1|\n"
    "2|2004-03-01|50000|P2004||0401C2|\n"
    "3|2004-03-15|200000|P2004||0401C3|\n");
  assert_rows (file,
    "SELECT contact_id, date_paid, amount_cents, purpose, line, election, tran_id"
    " FROM disbursement ORDER BY id",
    "4|2004-02-20|50000|Brochures|SB17|P2004|0401E1\n"
    "5|2004-03-25|30000|Donation|SB21|NULL|0401E2\n");
  assert_rows (file, "SELECT contact_id, period, amount_cents FROM contact_opening",
               "1|C:2004|20000\n");
  assert_rows (file, "SELECT tran_id, back_ref_tran_id, back_ref_form, text FROM report_text",
               "|NULL|F3N|Report prepared by hand for testing.\n");
  assert_rows (file,
    "SELECT line, amount_cents FROM report_line WHERE kind = 'unitemized' ORDER BY line",
    "11aii|50000\n");
}

/* A Form 3X in Windows-1252: names, employers and memos come out in UTF-8; aggregates are per
 * calendar year. */
static void
test_latin1 (void)
{
  HustingsCommitteeFile *file = new_file ("");
  HustingsFecImportSummary *s = import (file, FIXTURE ("f3xn-latin1.fec"));

  g_assert_cmpstr (s->form_type, ==, "F3XN");
  g_assert_cmpstr (s->committee_name, ==, "Amigos de Tejas PAC");
  assert_rows (file,
    "SELECT committee_type, treasurer_first, treasurer_last, filing_frequency FROM committee",
    "pac|Iñigo|Peña|M\n");
  assert_rows (file,
    "SELECT first_name, last_name, org_name, street1, employer, occupation FROM contact"
    " ORDER BY id",
    "José|Muñoz||Calle Señor 5|Panadería Niño|Dueño\n"
    "Zoë|Müller||12 Straße Way|Café Olé|Barista\n"
    "||Café Olé|1 Plaza Mayor||\n");
  assert_rows (file, "SELECT purpose, line, category FROM disbursement",
               "Comida para voluntarios|SB21B|007\n");
  assert_rows (file, "SELECT text FROM report_text",
               "Informe de febrero — año fiscal 2026, en €\n");
  assert_rows (file, "SELECT contact_id, period, amount_cents FROM contact_opening",
               "1|Y:2026|15000\n");
  assert_rows (file, "SELECT form, code FROM report", "F3X|M3\n");
}

/* An amendment: its number and the original's FEC id; a refund finds the receipt it returns
 * and comes off its election; gifts that name no election count toward the next (the general
 * election the filing names); a contribution to a candidate's committee names it by its FEC
 * id. Its original cannot come in on top of it. */
static void
test_amendment (void)
{
  HustingsCommitteeFile *file = new_file ("");
  HustingsFecImportSummary *s = import (file, FIXTURE ("f3xa-amendment.fec"));
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_cmpstr (s->form_type, ==, "F3XA");
  g_assert_cmpint (s->amendment, ==, 2);
  assert_rows (file,
    "SELECT form, code, coverage_from, coverage_to, amendment, original_fec_id, fec_id, origin,"
    " filed_at FROM report",
    "F3X|Q2|2026-04-01|2026-06-30|2|FEC-1234567||imported|2026-08-01\n");
  assert_rows (file,
    "SELECT d.tran_id, d.amount_cents, d.election, d.election_presumed, d.memo, d.receipt_line,"
    " (SELECT o.tran_id FROM donation o WHERE o.id = d.refund_of) FROM donation d ORDER BY d.id",
    "SA11AI.100|150000|G2026|1|||NULL\n"
    "SA11C.101|500000|G2026|1|||NULL\n"
    "SA17.102|825|G2026|1|Dividend||NULL\n"
    "SB28A.202|-50000|G2026|1|||SA11AI.100\n");
  assert_rows (file,
    "SELECT c.entity_type, c.org_name, c.fec_id, d.line, d.category, d.election, d.purpose"
    " FROM disbursement d JOIN contact c ON c.id = d.contact_id ORDER BY d.id",
    "ORG|Gulf Consulting||SB21B|003|NULL|Fundraising consulting\n"
    "CCM|Friends of Dana Lee|C00222222|SB23|011|G2026|Contribution\n");
  /* The bank's interest before: its other receipts' aggregate (line 17) starts from it, its
   * total of contributions does not. */
  assert_rows (file,
    "SELECT contact_id, period, line, amount_cents FROM contact_opening"
    " ORDER BY contact_id, line",
    "1|Y:2026||100000\n3|Y:2026|SA17|1225\n");
  assert_rows (file,
    "SELECT total_cents FROM contact_total WHERE contact_id = 3 AND period = 'Y:2026'", "825\n");

  before = snapshot (file);
  g_assert_false (hustings_fec_import_run (file, FIXTURE ("f3xn-original.fec"), NULL, NULL, NULL,
                                           NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "amendment 2"));
  g_clear_error (&error);
  after = snapshot (file);
  g_assert_cmpstr (after, ==, before);

  /* Once that import is undone, the original comes in. */
  g_assert_true (hustings_import_undo (file, s->batch_id, &error));
  g_assert_no_error (error);
  assert_rows (file, "SELECT count(*) FROM contact_opening", "0\n");
  s = import (file, FIXTURE ("f3xn-original.fec"));
  g_assert_cmpint (s->amendment, ==, 0);
  assert_rows (file, "SELECT amendment, original_fec_id FROM report", "0|\n");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fec-import/sniff", test_sniff);
  g_test_add_func ("/fec-import/form3", test_form3);
  g_test_add_func ("/fec-import/form3-summary", test_form3_summary);
  g_test_add_func ("/fec-import/again", test_again);
  g_test_add_func ("/fec-import/fec-id", test_fec_id);
  g_test_add_func ("/fec-import/match-and-undo", test_match_and_undo);
  g_test_add_func ("/fec-import/cancel", test_cancel);
  g_test_add_func ("/fec-import/other-committee", test_other_committee);
  g_test_add_func ("/fec-import/not-a-report", test_not_a_report);
  g_test_add_func ("/fec-import/version5", test_version5);
  g_test_add_func ("/fec-import/latin1", test_latin1);
  g_test_add_func ("/fec-import/amendment", test_amendment);
  return g_test_run ();
}
