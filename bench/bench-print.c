/* bench-print.c: a report of 10,000 itemizations printed to PDF.
 *
 * usage: bench-print FILE.hustings OUT-FOLDER
 * Makes FILE once when it is not there: a House committee whose October Quarterly 2026 has
 * 10,000 itemized receipts (individuals over $200, each with an employer and occupation) and
 * 500 itemized disbursements. Measures laying out the report's pages (building the filing and
 * paginating), writing the FEC forms to a PDF and writing the review listing to a PDF, with the
 * resident memory as the pages are written: it should stay flat, each page drawn and let go.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <time.h>

#include <glib/gstdio.h>

#include "hustings-core.h"
#include "hustings-committee-file-private.h"
#include "bench-util.h"

#define N_DONORS   10000
#define N_PAYMENTS 500

static const char *employers[] = {
  "Acme Hardware", "Riverside Hospital", "Self-employed", "Lone Star Schools", "Retired",
  "Bluebonnet Credit Union", "City of Austin", "Hill Country Farms",
};
static const char *occupations[] = {
  "Engineer", "Nurse", "Attorney", "Teacher", "Retired", "Accountant", "Manager", "Farmer",
};

static gboolean
make_file (const char *path, GError **error)
{
  g_autoptr(HustingsCommittee) committee = hustings_committee_new ();
  g_autoptr(HustingsCommitteeFile) file = NULL;
  GRand *rand = g_rand_new_with_seed (5);
  gint64 start = g_get_monotonic_time ();
  gint64 vendor = 0;

  printf ("  making %s (once)…\n", path);
#define SET(field, value) (g_free (committee->field), committee->field = g_strdup (value))
  SET (name, "Friends of Benchmark");
  SET (fec_id, "C00999999");
  SET (treasurer_first, "Pat");
  SET (treasurer_last, "Ledger");
  SET (street1, "100 Congress Ave");
  SET (city, "Austin");
  SET (state, "TX");
  SET (zip, "78701");
  SET (candidate_office, "H");
  SET (candidate_state, "TX");
  SET (candidate_district, "10");
#undef SET
  hustings_committee_add_election (committee, "P2026", "2026-03-03", "TX");
  hustings_committee_add_election (committee, "G2026", "2026-11-03", "TX");
  file = hustings_committee_file_create (path, committee, error);
  if (file == NULL)
    return FALSE;
  hustings_committee_file_set_bulk (file, TRUE);
  if (!hustings_committee_file_begin (file, error))
    return FALSE;

  for (guint i = 0; i < N_DONORS; i++)
    {
      g_autoptr(HustingsContact) donor = hustings_contact_new (HUSTINGS_ENTITY_IND);
      g_autoptr(HustingsDonation) gift = hustings_donation_new ();
      g_autofree char *first = g_strdup_printf ("Donor%05u", i);
      g_autofree char *street = g_strdup_printf ("%u Oak Hollow Dr", 100 + i);
      g_autofree char *date = g_strdup_printf ("2026-%02d-%02d", 7 + i % 3, 1 + i % 28);

      hustings_contact_set_field (donor, HUSTINGS_CONTACT_FIRST_NAME, first);
      hustings_contact_set_field (donor, HUSTINGS_CONTACT_LAST_NAME, "Contributor");
      hustings_contact_set_field (donor, HUSTINGS_CONTACT_STREET1, street);
      hustings_contact_set_field (donor, HUSTINGS_CONTACT_CITY, "Austin");
      hustings_contact_set_field (donor, HUSTINGS_CONTACT_STATE, "TX");
      hustings_contact_set_field (donor, HUSTINGS_CONTACT_ZIP, "78704");
      hustings_contact_set_field (donor, HUSTINGS_CONTACT_EMPLOYER,
                                  employers[i % G_N_ELEMENTS (employers)]);
      hustings_contact_set_field (donor, HUSTINGS_CONTACT_OCCUPATION,
                                  occupations[i % G_N_ELEMENTS (occupations)]);
      if (!hustings_contact_store_add (file, donor, error))
        return FALSE;
      hustings_donation_set_contact_id (gift, hustings_contact_get_id (donor));
      hustings_donation_set_date (gift, date);
      hustings_donation_set_amount (gift, g_rand_int_range (rand, 25000, 330000));
      hustings_donation_set_election (gift, "G2026");
      hustings_donation_set_method (gift, HUSTINGS_METHOD_CHECK);
      if (!hustings_donation_store_add (file, gift, error))
        return FALSE;
    }

  {
    g_autoptr(HustingsContact) payee = hustings_contact_new (HUSTINGS_ENTITY_ORG);

    hustings_contact_set_field (payee, HUSTINGS_CONTACT_ORG_NAME, "Capitol Print Shop LLC");
    hustings_contact_set_field (payee, HUSTINGS_CONTACT_STREET1, "1 Commerce St");
    hustings_contact_set_field (payee, HUSTINGS_CONTACT_CITY, "Austin");
    hustings_contact_set_field (payee, HUSTINGS_CONTACT_STATE, "TX");
    hustings_contact_set_field (payee, HUSTINGS_CONTACT_ZIP, "78701");
    if (!hustings_contact_store_add (file, payee, error))
      return FALSE;
    vendor = hustings_contact_get_id (payee);
  }
  for (guint i = 0; i < N_PAYMENTS; i++)
    {
      g_autoptr(HustingsDisbursement) b = hustings_disbursement_new ();
      g_autofree char *date = g_strdup_printf ("2026-%02d-%02d", 7 + i % 3, 1 + i % 28);

      hustings_disbursement_set_contact_id (b, vendor);
      hustings_disbursement_set_date (b, date);
      hustings_disbursement_set_amount (b, g_rand_int_range (rand, 25000, 500000));
      hustings_disbursement_set_purpose (b, "Printing and postage");
      hustings_disbursement_set_category (b, "004");
      if (!hustings_disbursement_store_add (file, b, error))
        return FALSE;
    }
  g_rand_free (rand);
  if (!hustings_committee_file_commit (file, error))
    return FALSE;
  hustings_committee_file_set_bulk (file, FALSE);
  printf ("  made in %.1f s\n", bench_ms_since (start) / 1000);
  return TRUE;
}

static gboolean
print_one (HustingsCommitteeFile *file,
           HustingsReport        *report,
           HustingsPrintStyle     style,
           const char            *out,
           double                *total_ms,
           gboolean              *all_met,
           GError               **error)
{
  g_autoptr(HustingsReportPrint) print = NULL;
  BenchWatch watch = { { 0 } };
  double layout_ms, write_ms, cpu = bench_cpu_ms ();
  gint64 start = g_get_monotonic_time ();
  GStatBuf st;
  guint pages;

  print = hustings_report_print_new (file, report, style, NULL, NULL, NULL, error);
  if (print == NULL)
    return FALSE;
  layout_ms = bench_ms_since (start);
  pages = hustings_report_print_get_n_pages (print);
  start = g_get_monotonic_time ();
  if (!hustings_report_print_write_pdf (print, out, HUSTINGS_PRINT_LETTER_WIDTH,
                                        HUSTINGS_PRINT_LETTER_HEIGHT, bench_watch_progress, &watch,
                                        NULL, error))
    return FALSE;
  write_ms = bench_ms_since (start);
  cpu = bench_cpu_ms () - cpu;
  *total_ms = layout_ms + write_ms;
  g_stat (out, &st);

  printf ("  %s: %u pages, %.1f MB\n",
          style == HUSTINGS_PRINT_FORMS ? "FEC forms" : "Review listing", pages,
          st.st_size / 1048576.0);
  printf ("    laid out (filing built, pages counted) %8.0f ms\n", layout_ms);
  printf ("    written to PDF                         %8.0f ms (%.2f ms a page)\n", write_ms,
          write_ms / MAX (pages, 1));
  printf ("    processor time, both                   %8.0f ms\n", cpu);
  printf ("    resident memory at 10%% / 50%% / 100%% of the pages: %.0f / %.0f / %.0f MB\n",
          watch.rss[0], watch.rss[1], watch.rss[2]);
  if (style == HUSTINGS_PRINT_FORMS)
    bench_report ("10,000 itemizations to PDF (layout + write)", *total_ms / 1000, "s", 10,
                  all_met);
  return TRUE;
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(HustingsReport) report = NULL;
  g_autofree char *forms = NULL;
  g_autofree char *listing = NULL;
  gboolean all_met = TRUE;
  double ms;

  if (argc != 3)
    {
      fprintf (stderr, "usage: %s FILE.hustings OUT-FOLDER\n", argv[0]);
      return 2;
    }
  if (!g_file_test (argv[1], G_FILE_TEST_EXISTS) && !make_file (argv[1], &error))
    {
      fprintf (stderr, "%s\n", error->message);
      g_unlink (argv[1]);
      return 1;
    }
  file = hustings_committee_file_open (argv[1], &error);
  if (file == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  report = hustings_report_store_find (file, "F3", "Q3", "2026-07-01", "2026-09-30", &error);
  if (report == NULL)
    {
      report = hustings_report_new ();
      hustings_report_set_form (report, "F3");
      hustings_report_set_code (report, "Q3");
      hustings_report_set_coverage (report, "2026-07-01", "2026-09-30");
      if (!hustings_report_store_add (file, report, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
    }
  printf ("October Quarterly 2026: %u itemized receipts, %u itemized disbursements\n",
          N_DONORS, N_PAYMENTS);

  forms = g_build_filename (argv[2], "print-forms.pdf", NULL);
  listing = g_build_filename (argv[2], "print-listing.pdf", NULL);
  if (!print_one (file, report, HUSTINGS_PRINT_FORMS, forms, &ms, &all_met, &error) ||
      !print_one (file, report, HUSTINGS_PRINT_LISTING, listing, &ms, &all_met, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  printf ("  peak resident memory: %.0f MB\n", bench_memory_mb ("VmHWM:"));
  return all_met ? 0 : 1;
}
