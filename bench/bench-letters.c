/* bench-letters.c: 10,000 thank-you letters of a demo campaign, with their envelopes and
 * labels, printed to PDF and logged.
 *
 * usage: bench-letters FILE.hustings OUT-FOLDER
 * Makes FILE once when it is not there: a demo campaign (as `hustings-cli demo` makes it) of
 * 12,000 contacts and 36,000 donations. Measures merging the built-in thank-you letter for
 * the first 10,000 contacts by name and laying out their pages, writing the letters, the
 * envelopes and the label sheets to PDF (with the resident memory as the letters are written:
 * it should stay flat), and logging the 10,000 letters as interactions (in a copy of FILE, so
 * that FILE stays as it was made).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <time.h>

#include <glib/gstdio.h>
#include <gio/gio.h>

#include "hustings-core.h"
#include "bench-util.h"

#define N_CONTACTS  12000
#define N_DONATIONS 36000
#define N_LETTERS   10000

static gboolean
write_one (HustingsLetters      *letters,
           HustingsLettersStyle  style,
           const char           *what,
           const char           *out,
           double                target_s,
           gboolean             *all_met,
           GError              **error)
{
  BenchWatch watch = { { 0 } };
  gint64 start = g_get_monotonic_time ();
  guint pages = hustings_letters_get_n_pages (letters, style);
  double ms;
  GStatBuf st;

  if (!hustings_letters_write_pdf (letters, style, out, bench_watch_progress, &watch, NULL, error))
    return FALSE;
  ms = bench_ms_since (start);
  g_stat (out, &st);
  printf ("  %s: %u pages, %.1f MB, %.0f ms (%.2f ms a page)\n", what, pages,
          st.st_size / 1048576.0, ms, ms / MAX (pages, 1));
  printf ("    resident memory at 10%% / 50%% / 100%% of the pages: %.0f / %.0f / %.0f MB\n",
          watch.rss[0], watch.rss[1], watch.rss[2]);
  if (target_s > 0)
    {
      g_autofree char *label = g_strdup_printf ("%s written to PDF", what);

      bench_report (label, ms / 1000, "s", target_s, all_met);
    }
  return TRUE;
}

static int
failed (const GError *error)
{
  fprintf (stderr, "%s\n", error->message);
  return 1;
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCommitteeFile) file = NULL, copy = NULL;
  g_autoptr(HustingsTemplate) template = NULL;
  g_autoptr(HustingsLetters) letters = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GFile) source = NULL, target = NULL;
  g_autofree char *out_letters = NULL, *out_envelopes = NULL, *out_labels = NULL;
  g_autofree char *copy_path = NULL;
  gboolean all_met = TRUE;
  gint64 start;
  double ms, cpu;

  if (argc != 3)
    {
      fprintf (stderr, "usage: %s FILE.hustings OUT-FOLDER\n", argv[0]);
      return 2;
    }
  if (!g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      printf ("  making %s (once)…\n", argv[1]);
      if (!hustings_demo_create (argv[1], N_CONTACTS, N_DONATIONS, 1, NULL, NULL, NULL, &error))
        {
          g_unlink (argv[1]);
          return failed (error);
        }
    }
  file = hustings_committee_file_open (argv[1], &error);
  if (file == NULL)
    return failed (error);
  template = hustings_template_store_get (file, "Thank-you letter", &error);
  if (template == NULL)
    return failed (error);
  ids = hustings_contact_store_list_ids (file, HUSTINGS_CONTACT_SORT_NAME, FALSE);
  g_array_set_size (ids, MIN (ids->len, N_LETTERS));
  printf ("%u thank-you letters (“%s”)\n", ids->len, hustings_template_get_name (template));

  start = g_get_monotonic_time ();
  cpu = bench_cpu_ms ();
  letters = hustings_letters_new (file, template, ids, NULL, NULL, NULL, &error);
  if (letters == NULL)
    return failed (error);
  ms = bench_ms_since (start);
  printf ("  merged and laid out: %u letters on %u pages, %u addressed, %.0f ms "
          "(%.0f ms processor)\n",
          hustings_letters_get_n_letters (letters),
          hustings_letters_get_n_pages (letters, HUSTINGS_LETTERS_LETTERS),
          hustings_letters_get_n_addressed (letters), ms, bench_cpu_ms () - cpu);
  bench_report ("10,000 letters merged and laid out", ms / 1000, "s", 10, &all_met);
  printf ("  resident memory with every letter merged: %.0f MB\n", bench_memory_mb ("VmRSS:"));

  out_letters = g_build_filename (argv[2], "letters.pdf", NULL);
  out_envelopes = g_build_filename (argv[2], "letters-envelopes.pdf", NULL);
  out_labels = g_build_filename (argv[2], "letters-labels.pdf", NULL);
  if (!write_one (letters, HUSTINGS_LETTERS_LETTERS, "Letters", out_letters, 30, &all_met,
                  &error) ||
      !write_one (letters, HUSTINGS_LETTERS_ENVELOPES, "Envelopes", out_envelopes, 0, &all_met,
                  &error) ||
      !write_one (letters, HUSTINGS_LETTERS_LABELS, "Label sheets", out_labels, 0, &all_met,
                  &error))
    return failed (error);

  /* Logged in a copy, so that the file stays as it was made. */
  copy_path = g_build_filename (argv[2], "letters-log.hustings", NULL);
  source = g_file_new_for_path (argv[1]);
  target = g_file_new_for_path (copy_path);
  if (!g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error))
    return failed (error);
  copy = hustings_committee_file_open (copy_path, &error);
  if (copy == NULL)
    return failed (error);
  start = g_get_monotonic_time ();
  if (!hustings_letters_log_interactions (letters, copy, &error))
    return failed (error);
  bench_report ("10,000 letters logged as interactions", bench_ms_since (start), "ms", 1000,
                &all_met);
  g_clear_object (&copy);
  g_unlink (copy_path);

  printf ("  peak resident memory: %.0f MB\n", bench_memory_mb ("VmHWM:"));
  return all_met ? 0 : 1;
}
