/* bench-reports.c: Form 3 reports on a big committee file.
 *
 * usage: bench-reports FILE.hustings
 * Makes FILE once when it is not there (a demo campaign of 250,000 contacts and 1,000,000
 * donations over the 2026 cycle, its ActBlue gifts earmarked, with a few thousand
 * disbursements) and measures: every contributor's aggregates and the summary of the October
 * Quarterly computed, the whole filing built, validated and written; then adding and editing
 * one donation and reading the aggregates it touches.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <time.h>

#include <glib/gstdio.h>

#include "hustings-core.h"
#include "hustings-committee-file-private.h"
#include "bench-util.h"

#define N_CONTACTS     250000
#define N_DONATIONS    1000000
#define N_VENDORS      200
#define N_PAYMENTS     5000
#define N_EDITS        200

static int
compare_ms (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static gboolean
collect_actblue (HustingsDonation *donation, gpointer data)
{
  if (g_strcmp0 (hustings_donation_get_source (donation), "ActBlue") == 0 &&
      hustings_donation_get_amount (donation) > 0)
    {
      gint64 id = hustings_donation_get_id (donation);

      g_array_append_val (data, id);
    }
  return TRUE;
}

/* The demo campaign, with what a report needs besides: earmarks and disbursements. */
static gboolean
make_file (const char *path, GError **error)
{
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) vendors = g_array_new (FALSE, FALSE, sizeof (gint64));
  GRand *rand = g_rand_new_with_seed (3);
  gint64 start = g_get_monotonic_time ();

  printf ("  making %s (once)…\n", path);
  if (!hustings_demo_create (path, N_CONTACTS, N_DONATIONS, 1, NULL, NULL, NULL, error))
    return FALSE;
  file = hustings_committee_file_open (path, error);
  if (file == NULL)
    return FALSE;
  hustings_committee_file_set_bulk (file, TRUE);
  if (!hustings_committee_file_begin (file, error))
    return FALSE;

  /* ActBlue's gifts are earmarked through it. */
  if (!hustings_donation_store_foreach (file, NULL, NULL, collect_actblue, ids, error))
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(HustingsDonation) d = hustings_donation_store_get (file,
                                                                   g_array_index (ids, gint64, i),
                                                                   error);

      if (d == NULL)
        return FALSE;
      hustings_donation_set_conduit (d, "C00401224");
      if (!hustings_donation_store_update (file, d, error))
        return FALSE;
    }

  /* Vendors, and payments to them through the cycle. */
  for (guint i = 0; i < N_VENDORS; i++)
    {
      g_autoptr(HustingsContact) vendor = hustings_contact_new (HUSTINGS_ENTITY_ORG);
      g_autofree char *name = g_strdup_printf ("Vendor %03u LLC", i);
      gint64 id;

      hustings_contact_set_field (vendor, HUSTINGS_CONTACT_ORG_NAME, name);
      hustings_contact_set_field (vendor, HUSTINGS_CONTACT_STREET1, "1 Commerce St");
      hustings_contact_set_field (vendor, HUSTINGS_CONTACT_CITY, "Austin");
      hustings_contact_set_field (vendor, HUSTINGS_CONTACT_STATE, "TX");
      hustings_contact_set_field (vendor, HUSTINGS_CONTACT_ZIP, "78701");
      if (!hustings_contact_store_add (file, vendor, error))
        return FALSE;
      id = hustings_contact_get_id (vendor);
      g_array_append_val (vendors, id);
    }
  for (guint i = 0; i < N_PAYMENTS; i++)
    {
      g_autoptr(HustingsDisbursement) b = hustings_disbursement_new ();
      g_autofree char *date = g_strdup_printf ("%04d-%02d-%02d", 2025 + (i % 2),
                                               1 + g_rand_int_range (rand, 0, i % 2 ? 10 : 12),
                                               1 + g_rand_int_range (rand, 0, 28));

      hustings_disbursement_set_contact_id (b, g_array_index (vendors, gint64,
                                                              g_rand_int_range (rand, 0,
                                                                                N_VENDORS)));
      hustings_disbursement_set_date (b, date);
      hustings_disbursement_set_amount (b, g_rand_int_range (rand, 1000, 500000));
      hustings_disbursement_set_purpose (b, "Printing and postage");
      hustings_disbursement_set_category (b, "004");
      if (!hustings_disbursement_store_add (file, b, error))
        return FALSE;
    }
  g_rand_free (rand);
  if (!hustings_committee_file_commit (file, error))
    return FALSE;
  hustings_committee_file_set_bulk (file, FALSE);
  printf ("  made in %.1f s: %u earmarked gifts, %u disbursements\n",
          bench_ms_since (start) / 1000, ids->len, N_PAYMENTS);
  return TRUE;
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(HustingsReport) report = NULL;
  g_autoptr(HustingsReportSummary) summary = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(HustingsDonation) gift = NULL;
  g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *fec = NULL;
  gboolean all_met = TRUE;
  double compute_ms, write_ms, cpu, sum = 0;
  double times[N_EDITS];
  gint64 start, contact = 0, size = 0;
  GStatBuf st;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s FILE.hustings\n", argv[0]);
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
  printf ("Form 3 on %" G_GINT64_FORMAT " donations, %" G_GINT64_FORMAT " contacts\n",
          hustings_committee_file_count_donations (file),
          hustings_committee_file_count_contacts (file));

  report = hustings_report_store_find (file, "F3", "Q3", "2026-07-01", "2026-09-30", &error);
  if (report == NULL)
    {
      report = hustings_report_new ();
      hustings_report_set_code (report, "Q3");
      hustings_report_set_coverage (report, "2026-07-01", "2026-09-30");
      if (!hustings_report_store_add (file, report, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
    }

  /* One pass over the cycle: every contributor's running aggregates, the itemization and
   * the summary pages. */
  start = g_get_monotonic_time ();
  cpu = bench_cpu_ms ();
  summary = hustings_report_compute (file, report, NULL, &error);
  compute_ms = bench_ms_since (start);
  cpu = bench_cpu_ms () - cpu;
  if (summary == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  printf ("  October Quarterly: receipts $%.2f, itemized individuals $%.2f\n",
          hustings_report_summary_get (summary, "16", HUSTINGS_REPORT_COLUMN_A) / 100.0,
          hustings_report_summary_get (summary, "11ai", HUSTINGS_REPORT_COLUMN_A) / 100.0);
  bench_report ("all aggregates and the Form 3 summary", compute_ms, "ms", 5000, &all_met);
  printf ("  %-48s %10.1f ms\n", "  of which processor time", cpu);

  /* The filing: the same pass, every record built and validated, the file written. */
  fec = g_strconcat (argv[1], ".fec", NULL);
  start = g_get_monotonic_time ();
  cpu = bench_cpu_ms ();
  if (!hustings_report_write_fec (file, report, fec, &problems, NULL, NULL, NULL, &error))
    {
      fprintf (stderr, "%s (%u problems)\n", error->message, problems ? problems->len : 0);
      for (guint i = 0; problems && i < problems->len && i < 10; i++)
        fprintf (stderr, "  %s %s: %s\n",
                 ((HustingsReportProblem *) problems->pdata[i])->problem->record_type,
                 ((HustingsReportProblem *) problems->pdata[i])->problem->tran_id,
                 ((HustingsReportProblem *) problems->pdata[i])->problem->message);
      return 1;
    }
  write_ms = bench_ms_since (start);
  cpu = bench_cpu_ms () - cpu;
  if (g_stat (fec, &st) == 0)
    size = st.st_size;
  printf ("  %s: %.1f MB, %u warnings\n", fec, size / 1048576.0, problems->len);
  bench_report ("all of it: computed, itemized, validated, written", write_ms, "ms", 5000,
                &all_met);
  printf ("  %-48s %10.1f ms\n", "  of which processor time", cpu);

  /* One donation added, then edited (amount and date), and the aggregates it touches read
   * each time: per election, per cycle, per calendar year. */
  {
    g_autoptr(GArray) ids = hustings_donation_store_list_ids (file, "2026-09-01", "2026-09-01",
                                                              HUSTINGS_DONATION_SORT_DATE, FALSE);
    g_autoptr(HustingsDonation) some = hustings_donation_store_get (file,
                                                                    g_array_index (ids, gint64, 0),
                                                                    &error);

    contact = hustings_donation_get_contact_id (some);
  }
  for (guint i = 0; i < N_EDITS; i++)
    {
      gint64 totals = 0, id;
      double ms;

      start = g_get_monotonic_time ();
      if (i % 2 == 0)
        {
          g_clear_object (&gift);
          gift = hustings_donation_new ();
          hustings_donation_set_contact_id (gift, contact);
          hustings_donation_set_date (gift, "2026-09-15");
          hustings_donation_set_amount (gift, 2500);
          if (!hustings_donation_store_add (file, gift, &error))
            break;
          id = hustings_donation_get_id (gift);
          g_array_append_val (added, id);
        }
      else
        {
          hustings_donation_set_amount (gift, 5000);
          hustings_donation_set_date (gift, "2026-09-20");
          if (!hustings_donation_store_update (file, gift, &error))
            break;
        }
      totals += hustings_contact_store_total (file, contact, HUSTINGS_TOTAL_ELECTION,
                                              hustings_donation_get_election (gift));
      totals += hustings_contact_store_total (file, contact, HUSTINGS_TOTAL_CYCLE, "2026");
      totals += hustings_contact_store_total (file, contact, HUSTINGS_TOTAL_YEAR, "2026");
      ms = bench_ms_since (start);
      g_assert (totals > 0);
      times[i] = ms;
      sum += ms;
    }
  if (error != NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  /* The slowest few include the WAL checkpoints SQLite makes every thousand pages written,
   * which wait for the disk. */
  qsort (times, N_EDITS, sizeof (double), compare_ms);
  printf ("  %-48s %10.3f ms\n", "add or edit a donation, read its aggregates: mean",
          sum / N_EDITS);
  bench_report ("  95th percentile", times[N_EDITS * 95 / 100], "ms", 10, &all_met);
  printf ("  %-48s %10.1f ms\n", "  slowest (with a WAL checkpoint)", times[N_EDITS - 1]);

  /* Leave the file as it was for the next run. */
  for (guint i = 0; i < added->len; i++)
    hustings_donation_store_delete (file, g_array_index (added, gint64, i), NULL);
  g_unlink (fec);

  bench_report ("peak resident memory", bench_memory_mb ("VmHWM:"), "MB", 1000, &all_met);
  printf ("%s\n", all_met ? "All report targets met." : "Some report targets were MISSED.");
  return 0;
}
