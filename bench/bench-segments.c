/* bench-segments.c: segments evaluated on a big committee file.
 *
 * usage: bench-segments FILE.hustings
 * Counts and lists the members of typical segments, as the window, letters and email do. The
 * file is the one the other benchmarks share: when it has no tags or no volunteers, this adds
 * some (tags on contacts, volunteer rows with skills, in one transaction) and changes nothing
 * the others measure.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "hustings-core.h"
#include "hustings-committee-file-private.h"
#include "bench-util.h"

static gint64
count_rows (HustingsCommitteeFile *file, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n = 0;

  if (sqlite3_prepare_v2 (hustings_committee_file_get_db (file), sql, -1, &stmt, NULL) ==
      SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static gboolean
exec (HustingsCommitteeFile *file, const char *sql, GError **error)
{
  if (sqlite3_exec (hustings_committee_file_get_db (file), sql, NULL, NULL, NULL) != SQLITE_OK)
    return hustings_committee_file_set_sql_error (file, error);
  return TRUE;
}

/* Tags on one contact in 3 (one in 100 a host), and a volunteer in 40 with a skill or two. */
static gboolean
add_tags_and_volunteers (HustingsCommitteeFile *file, GError **error)
{
  gboolean tags = count_rows (file, "SELECT count(*) FROM contact_tag") == 0;
  gboolean volunteers = count_rows (file, "SELECT count(*) FROM volunteer") == 0;

  if (!tags && !volunteers)
    return TRUE;
  printf ("Adding %s%s%s to the file\n", tags ? "tags" : "", tags && volunteers ? " and " : "",
          volunteers ? "volunteers" : "");
  if (!hustings_committee_file_begin (file, error))
    return FALSE;
  if ((tags &&
       !exec (file,
              "INSERT OR IGNORE INTO tag (name) VALUES ('newsletter'), ('host committee');"
              "INSERT INTO contact_tag (contact_id, tag_id)"
              " SELECT c.id, t.id FROM contact c JOIN tag t ON t.name = 'newsletter'"
              " WHERE c.id % 3 = 0;"
              "INSERT INTO contact_tag (contact_id, tag_id)"
              " SELECT c.id, t.id FROM contact c JOIN tag t ON t.name = 'host committee'"
              " WHERE c.id % 100 = 7;", error)) ||
      (volunteers &&
       !exec (file,
              "INSERT INTO volunteer (contact_id, status, since, updated_at)"
              " SELECT id, CASE id % 3 WHEN 0 THEN 'active' WHEN 1 THEN 'prospect'"
              " ELSE 'inactive' END, '2026-01-01', '2026-01-01T00:00:00Z'"
              " FROM contact WHERE id % 40 = 0;"
              "INSERT INTO volunteer_skill (contact_id, skill)"
              " SELECT contact_id, CASE contact_id % 7 WHEN 0 THEN 'canvassing'"
              " WHEN 1 THEN 'phone banking' WHEN 2 THEN 'data entry' WHEN 3 THEN 'driving'"
              " WHEN 4 THEN 'Spanish' WHEN 5 THEN 'event setup' ELSE 'social media' END"
              " FROM volunteer;"
              "INSERT OR IGNORE INTO volunteer_skill (contact_id, skill)"
              " SELECT contact_id, 'canvassing' FROM volunteer WHERE contact_id % 3 = 0;",
              error)))
    {
      hustings_committee_file_rollback (file);
      return FALSE;
    }
  return hustings_committee_file_commit (file, error);
}

int
main (int argc, char *argv[])
{
  static const struct {
    const char *what;
    const char *rules;
  } segments[] = {
    { "state and total this cycle", "state=CA; total>=200" },
    { "states and total this cycle", "state=TX,FL,AZ,NY; total>=200" },
    { "ZIP prefix and last gift before a date", "zip=936,932; last-gift<2026-01-01" },
    { "a tag (one contact in three)", "tag=newsletter" },
    { "a rare tag", "tag=host committee" },
    { "no employer or occupation", "no-employer" },
    { "any of three rules", "any: state=NY; tag=major donor; last-gift=never" },
    { "lapsed: gave in 2025, not in 2026",
      "gave=2025-01-01..2025-12-31; gave!=2026-01-01..2026-12-31" },
    { "active canvassers", "skill=canvassing; volunteer=active" },
    { "emailable donors", "has-email; email-ok; total>=1" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(HustingsSegmentList) list = NULL;
  gboolean all_met = TRUE;
  gint64 start;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s FILE.hustings\n", argv[0]);
      return 2;
    }

  file = hustings_committee_file_open (argv[1], &error);
  if (file == NULL || !add_tags_and_volunteers (file, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  printf ("Segments: %" G_GINT64_FORMAT " contacts, %" G_GINT64_FORMAT " donations\n",
          hustings_committee_file_count_contacts (file),
          hustings_committee_file_count_donations (file));

  for (guint i = 0; i < G_N_ELEMENTS (segments); i++)
    {
      g_autoptr(HustingsSegment) segment = hustings_segment_parse (segments[i].what,
                                                                   segments[i].rules, &error);
      g_autoptr(GArray) ids = NULL;
      g_autofree char *what = NULL;
      gint64 count = 0;
      double ms;

      if (segment == NULL)
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      printf ("  %s\n", segments[i].rules);
      start = g_get_monotonic_time ();
      if (!hustings_segment_store_count (file, segment, &count, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      ms = bench_ms_since (start);
      what = g_strdup_printf ("count: %s (%" G_GINT64_FORMAT ")", segments[i].what, count);
      bench_report (what, ms, "ms", 1000, &all_met);
      g_clear_pointer (&what, g_free);

      start = g_get_monotonic_time ();
      ids = hustings_segment_store_members (file, segment, &error);
      if (ids == NULL)
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      ms = bench_ms_since (start);
      what = g_strdup_printf ("member ids by name: %s", segments[i].what);
      bench_report (what, ms, "ms", 1000, &all_met);
    }

  /* What a view does: show a segment's first rows. */
  {
    g_autoptr(HustingsSegment) segment = hustings_segment_parse ("View", "state=CA; total>=200",
                                                                 NULL);

    list = hustings_segment_list_new (file);
    start = g_get_monotonic_time ();
    hustings_segment_list_set_segment (list, segment, NULL);
    for (guint i = 0; i < 40 && i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
      g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), i));
    bench_report ("list model: a segment's first screen of rows", bench_ms_since (start), "ms",
                  1000, &all_met);
  }

  bench_report ("peak resident memory", bench_memory_mb ("VmHWM:"), "MB", 300, &all_met);
  printf ("%s\n", all_met ? "All segment targets met." : "Some segment targets were MISSED.");
  return 0;
}
