/* bench-lists.c: the list models behind the Contacts and Donations views on a big file.
 *
 * usage: bench-lists FILE.hustings
 * Measures what the window does: open the file and show the first rows, search as the user
 * types, sort each column, jump around the list as a scrollbar drag does, and the memory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "hustings-core.h"
#include "bench-util.h"

/* What a screenful of rows costs: the view asks for about 40 items. */
#define SCREEN 40

static void
show_screen (GListModel *model, guint first)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = first; i < first + SCREEN && i < n; i++)
    g_object_unref (g_list_model_get_item (model, i));
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(HustingsContactList) contacts = NULL;
  g_autoptr(HustingsDonationList) donations = NULL;
  static const char *typed[] = { "m", "ma", "mar", "mari", "maria", "maria g", "maria ga" };
  static const char *queries[] = { "smith", "john smith", "787", "gmail", "retired", "austin tx",
                                   "zzzz", "e" };
  static const struct { HustingsContactSort sort; const char *name; } sorts[] = {
    { HUSTINGS_CONTACT_SORT_NAME, "name" }, { HUSTINGS_CONTACT_SORT_PLACE, "city/state" },
    { HUSTINGS_CONTACT_SORT_EMPLOYER, "employer" },
    { HUSTINGS_CONTACT_SORT_CYCLE_TOTAL, "cycle total" },
    { HUSTINGS_CONTACT_SORT_LAST_GIFT, "last gift" },
  };
  static const struct { HustingsDonationSort sort; const char *name; } dsorts[] = {
    { HUSTINGS_DONATION_SORT_DATE, "date" }, { HUSTINGS_DONATION_SORT_AMOUNT, "amount" },
    { HUSTINGS_DONATION_SORT_DONOR, "donor" },
  };
  gboolean all_met = TRUE;
  double worst = 0, worst_page = 0, total_items = 0;
  gint64 start;
  GRand *rand;
  guint n;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s FILE.hustings\n", argv[0]);
      return 2;
    }

  start = g_get_monotonic_time ();
  file = hustings_committee_file_open (argv[1], &error);
  if (file == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  contacts = hustings_contact_list_new (file);
  show_screen (G_LIST_MODEL (contacts), 0);
  n = g_list_model_get_n_items (G_LIST_MODEL (contacts));
  printf ("Contacts list: %u contacts, %" G_GINT64_FORMAT " donations\n", n,
          hustings_committee_file_count_donations (file));
  bench_report ("open file and show the first rows", bench_ms_since (start), "ms", 1000,
                &all_met);

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autofree char *what = NULL;
      double ms;

      start = g_get_monotonic_time ();
      hustings_contact_list_set_search (contacts, typed[i]);
      show_screen (G_LIST_MODEL (contacts), 0);
      ms = bench_ms_since (start);
      what = g_strdup_printf ("search as typed “%s” (%u found)", typed[i],
                              g_list_model_get_n_items (G_LIST_MODEL (contacts)));
      bench_report (what, ms, "ms", 100, &all_met);
    }
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autofree char *what = NULL;
      double ms;

      start = g_get_monotonic_time ();
      hustings_contact_list_set_search (contacts, queries[i]);
      show_screen (G_LIST_MODEL (contacts), 0);
      ms = bench_ms_since (start);
      what = g_strdup_printf ("search “%s” (%u found)", queries[i],
                              g_list_model_get_n_items (G_LIST_MODEL (contacts)));
      bench_report (what, ms, "ms", 100, &all_met);
    }
  start = g_get_monotonic_time ();
  hustings_contact_list_set_search (contacts, NULL);
  show_screen (G_LIST_MODEL (contacts), 0);
  bench_report ("clear the search", bench_ms_since (start), "ms", 100, &all_met);

  for (guint i = 0; i < G_N_ELEMENTS (sorts); i++)
    for (int desc = 1; desc >= 0; desc--)
      {
        g_autofree char *what = g_strdup_printf ("sort contacts by %s, %s", sorts[i].name,
                                                 desc ? "descending" : "ascending");

        start = g_get_monotonic_time ();
        hustings_contact_list_set_sort (contacts, sorts[i].sort, desc);
        show_screen (G_LIST_MODEL (contacts), 0);
        bench_report (what, bench_ms_since (start), "ms", 1000, &all_met);
      }

  /* Scrolling: a scrollbar drag asks for screens at random places. */
  rand = g_rand_new_with_seed (7);
  for (guint i = 0; i < 2000; i++)
    {
      guint first = g_rand_int_range (rand, 0, (gint32) MAX (n, 1));
      double ms;

      start = g_get_monotonic_time ();
      show_screen (G_LIST_MODEL (contacts), first);
      ms = bench_ms_since (start);
      worst_page = MAX (worst_page, ms);
      total_items += ms;
    }
  printf ("  %-48s %10.3f ms\n", "scroll: average screen of 40 rows", total_items / 2000);
  bench_report ("scroll: slowest screen of 40 rows (one frame 16 ms)", worst_page, "ms", 16,
                &all_met);

  start = g_get_monotonic_time ();
  donations = hustings_donation_list_new (file);
  show_screen (G_LIST_MODEL (donations), 0);
  printf ("Donations list: %u donations\n", g_list_model_get_n_items (G_LIST_MODEL (donations)));
  bench_report ("show the donations list with its total", bench_ms_since (start), "ms", 1000,
                &all_met);
  start = g_get_monotonic_time ();
  hustings_donation_list_set_range (donations, "2026-03-01", "2026-03-31");
  show_screen (G_LIST_MODEL (donations), 0);
  bench_report ("filter donations to one month", bench_ms_since (start), "ms", 1000, &all_met);
  hustings_donation_list_set_range (donations, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (dsorts); i++)
    {
      g_autofree char *what = g_strdup_printf ("sort all donations by %s", dsorts[i].name);

      start = g_get_monotonic_time ();
      hustings_donation_list_set_sort (donations, dsorts[i].sort, i != 2);
      show_screen (G_LIST_MODEL (donations), 0);
      worst = bench_ms_since (start);
      bench_report (what, worst, "ms", 1000, &all_met);
    }
  n = g_list_model_get_n_items (G_LIST_MODEL (donations));
  for (guint i = 0; i < 2000; i++)
    show_screen (G_LIST_MODEL (donations), g_rand_int_range (rand, 0, (gint32) MAX (n, 1)));
  g_rand_free (rand);

  bench_report ("peak resident memory", bench_memory_mb ("VmHWM:"), "MB", 300, &all_met);
  printf ("%s\n", all_met ? "All list targets met." : "Some list targets were MISSED.");
  return 0;
}
