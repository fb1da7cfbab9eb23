/* test-fec-import.c: every Form 3 and Form 3X filing in ../shared/fixtures/fec is imported into
 * a new committee file, and the report is then made again from what was imported. The new
 * filing must itemize every row the import took as the original did (the line, the transaction
 * id as filed, in capitals, the names, the date, the amount and, on Schedule A, the aggregate;
 * the conduit's memo row of each earmarked receipt too) and nothing else, keep every memo with
 * its link to its row, and its summary must give every line of the original's, both columns
 * (cash on hand and column B included: the imported report starts from what its filing gave).
 * Rows the import left out (it lists them, with the reason) are not
 * looked for. Filings of other forms, and one that claims a version that does not exist, must
 * be refused.
 *
 * Aggregates follow the FEC's rule (the contributor's total at the end of the row's day), while
 * software writes them in ways of its own: the running total after each row, so that rows of
 * one day differ; or the contributor's total at the end of the report on every row. So a row
 * may show the end-of-day total of its day, and, in a filing of the second kind, a row before
 * the contributor's last day may show any total up to the one filed. A contact is one person
 * whichever line they give or are paid on, so a prefix or suffix a row leaves out may be the
 * contact's.
 *
 * Differences known to come from what the reports or the schema do not keep yet (the kinds
 * below) are listed and make the test incomplete rather than failed; any other fails it.
 *
 * Skips when ../shared is not there.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>

#include "hustings-core.h"

static const char *fixtures_dir;

typedef enum {
  DIFF_UNEXPLAINED,
  DIFF_CONDUIT_MEMO,
  DIFF_MEMO_BEFORE,
  DIFF_MEMO_AGGREGATE,
  N_DIFFS
} DiffKind;

/* What the reports (or the schema) do not do yet. */
static const char * const known_gaps[N_DIFFS] = {
  [DIFF_CONDUIT_MEMO] = "conduit memo rows: the date the committee received the money from the "
                        "conduit, and the conduit's total before the filing, are not kept",
  [DIFF_MEMO_BEFORE] = "memo entries dated before the coverage (the details of a payment made "
                       "in it) are not itemized: a disbursement does not keep the payment it "
                       "details",
  [DIFF_MEMO_AGGREGATE] = "the filing leaves memo redesignations out of the contributor's "
                          "aggregate, Hustings counts them",
};

/* The differences found in one filing. */
typedef struct {
  GPtrArray *found;           /* char* */
  guint      kinds[N_DIFFS];  /* how many of each kind */
} Check;

static void differ (Check *check, DiffKind kind, const char *format, ...) G_GNUC_PRINTF (3, 4);

static void
differ (Check *check, DiffKind kind, const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (check->found, g_strdup_printf ("%s%s", kind == DIFF_UNEXPLAINED
                                                          ? "" : "(known) ", message));
  check->kinds[kind]++;
}

static GPtrArray *
read_filing (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsFecReader) reader = hustings_fec_reader_new_for_path (path, &error);
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) hustings_fec_record_free);
  HustingsFecRecord *record;

  g_assert_no_error (error);
  while ((record = hustings_fec_reader_next (reader, &error)) != NULL)
    g_ptr_array_add (records, record);
  g_assert_no_error (error);
  return records;
}

static char *
upper (const char *text)
{
  char *up = g_ascii_strup (text, -1);

  return g_strstrip (up);
}

/* A transaction id as a filing must repeat it: as filed, punctuation included, in printable
 * ASCII and upper case (the FEC asks for capitals): "11(a)(i)5" → "11(A)(I)5". */
static char *
id_key (const char *id)
{
  g_autofree char *ascii = hustings_fec_to_ascii (id, 0);

  return upper (ascii);
}

static gboolean
is_form3 (const char *type)
{
  return g_str_equal (type, "F3N") || g_str_equal (type, "F3A") || g_str_equal (type, "F3T") ||
         g_str_equal (type, "F3XN") || g_str_equal (type, "F3XA") || g_str_equal (type, "F3XT");
}

static gboolean
is_schedule (const HustingsFecRecord *record)
{
  return g_str_has_prefix (record->type, "SA") || g_str_has_prefix (record->type, "SB");
}

static gboolean
is_memo (const HustingsFecRecord *record)
{
  g_autofree char *code = upper (hustings_fec_record_get_named (record, "memo_code"));

  return g_str_equal (code, "X");
}

static gboolean
is_adjustment (const HustingsFecRecord *record)
{
  g_autofree char *text = upper (hustings_fec_record_get_named (record,
                                                                "memo_text_description"));
  g_autofree char *purpose = upper (hustings_fec_record_get_named (
    record, "contribution_purpose_descrip"));

  return strstr (text, "REDESIGNAT") || strstr (text, "REATTRIBUT") ||
         strstr (purpose, "REDESIGNAT") || strstr (purpose, "REATTRIBUT");
}

/* Text as a filing may hold it: printable ASCII, as the new filing writes it. */
static char *
plain (const char *text)
{
  g_autofree char *ascii = hustings_fec_to_ascii (text, 0);

  return g_strstrip (g_strdup (ascii));
}

static gboolean
text_differs (const HustingsFecRecord *want, const HustingsFecRecord *got, guint n)
{
  g_autofree char *a = plain (hustings_fec_record_get (want, n));
  g_autofree char *b = plain (hustings_fec_record_get (got, n));

  return !g_str_equal (a, b);
}

static gboolean
amount_differs (const HustingsFecRecord *want, const HustingsFecRecord *got, guint n)
{
  gint64 a = 0, b = 0;
  gboolean has_a = hustings_fec_record_get_amount (want, n, &a);
  gboolean has_b = hustings_fec_record_get_amount (got, n, &b);

  return has_a != has_b || a != b;
}

static void
differ_field (Check                   *check,
              DiffKind                 kind,
              const HustingsFecRecord *want,
              const HustingsFecRecord *got,
              guint                    n)
{
  differ (check, kind, "%s %s: %s is “%s”, filed “%s”", want->type,
          hustings_fec_record_get (want, 3), hustings_fec_layout_name (want->type, n),
          hustings_fec_record_get (got, n), hustings_fec_record_get (want, n));
}

static void
compare_text (Check *check, const HustingsFecRecord *want, const HustingsFecRecord *got, guint n)
{
  if (text_differs (want, got, n))
    differ_field (check, DIFF_UNEXPLAINED, want, got, n);
}

/* ---- What the filing tells of its contributors' aggregates ---- */

/* A contributor as the filing names them. */
static char *
contributor_key (const HustingsFecRecord *r)
{
  g_autofree char *zip = g_strndup (hustings_fec_record_get (r, 17), 5);

  return g_strdup_printf ("%s|%s|%s|%s|%s", hustings_fec_record_get (r, 6),
                          hustings_fec_record_get (r, 7), hustings_fec_record_get (r, 8),
                          hustings_fec_record_get (r, 9), zip);
}

typedef struct {
  const char *last_day;
  gint64      aggregate;
  gboolean    same;      /* every row shows the same aggregate */
  gboolean    days;      /* on more than one day */
} Contributor;

typedef struct {
  GHashTable *day_totals;  /* "contributor|day" → the day's largest aggregate (gint64*) */
  GHashTable *final;       /* rows of contributors whose every row shows their total at the
                            * end of the report, those of their last day left out */
  GHashTable *adjusted;    /* contributors with a redesignation or reattribution memo row */
} Aggregates;

static void
aggregates_init (Aggregates *a, GPtrArray *filed)
{
  g_autoptr(GHashTable) contributors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                              g_free);

  a->day_totals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  a->final = g_hash_table_new (NULL, NULL);
  a->adjusted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < filed->len; i++)
    {
      const HustingsFecRecord *r = g_ptr_array_index (filed, i);
      const char *day = hustings_fec_record_get (r, 20);
      g_autofree char *key = NULL;
      g_autofree char *day_key = NULL;
      gint64 *day_total;
      Contributor *c;
      gint64 aggregate;

      if (!g_str_has_prefix (r->type, "SA"))
        continue;
      key = contributor_key (r);
      if (is_memo (r))
        {
          if (is_adjustment (r))
            g_hash_table_add (a->adjusted, g_steal_pointer (&key));
          continue;
        }
      if (!hustings_fec_record_get_amount (r, 22, &aggregate))
        continue;

      day_key = g_strdup_printf ("%s|%s", key, day);
      day_total = g_hash_table_lookup (a->day_totals, day_key);
      if (day_total == NULL)
        g_hash_table_insert (a->day_totals, g_steal_pointer (&day_key),
                             g_memdup2 (&aggregate, sizeof aggregate));
      else
        *day_total = MAX (*day_total, aggregate);

      c = g_hash_table_lookup (contributors, key);
      if (c == NULL)
        {
          c = g_new0 (Contributor, 1);
          c->last_day = day;
          c->aggregate = aggregate;
          c->same = TRUE;
          g_hash_table_insert (contributors, g_steal_pointer (&key), c);
          continue;
        }
      c->same = c->same && c->aggregate == aggregate;
      c->days = c->days || strcmp (day, c->last_day) != 0;
      if (strcmp (day, c->last_day) > 0)
        c->last_day = day;
    }

  for (guint i = 0; i < filed->len; i++)
    {
      const HustingsFecRecord *r = g_ptr_array_index (filed, i);
      g_autofree char *key = NULL;
      Contributor *c;

      if (!g_str_has_prefix (r->type, "SA") || is_memo (r))
        continue;
      key = contributor_key (r);
      c = g_hash_table_lookup (contributors, key);
      if (c != NULL && c->same && c->days &&
          strcmp (hustings_fec_record_get (r, 20), c->last_day) < 0)
        g_hash_table_add (a->final, (gpointer) r);
    }
}

static void
aggregates_clear (Aggregates *a)
{
  g_hash_table_unref (a->day_totals);
  g_hash_table_unref (a->final);
  g_hash_table_unref (a->adjusted);
}

static void
compare_aggregate (Check                   *check,
                   const Aggregates        *aggregates,
                   const HustingsFecRecord *want,
                   const HustingsFecRecord *got)
{
  g_autofree char *contributor = contributor_key (want);
  g_autofree char *day_key = g_strdup_printf ("%s|%s", contributor,
                                              hustings_fec_record_get (want, 20));
  const gint64 *day_total = g_hash_table_lookup (aggregates->day_totals, day_key);
  gint64 filed = 0, made = 0;

  if (!amount_differs (want, got, 22))
    return;
  hustings_fec_record_get_amount (want, 22, &filed);
  hustings_fec_record_get_amount (got, 22, &made);
  if ((day_total != NULL && *day_total == made) ||
      (g_hash_table_contains (aggregates->final, want) && made <= filed))
    return;
  if (g_str_has_prefix (want->type, "SA11") &&
      g_hash_table_contains (aggregates->adjusted, contributor))
    differ_field (check, DIFF_MEMO_AGGREGATE, want, got, 22);
  else
    differ_field (check, DIFF_UNEXPLAINED, want, got, 22);
}

/* ---- Itemizations ---- */

/* Line, transaction id, names, date, amount and, on Schedule A, the aggregate. Fields 6–22
 * are laid out alike on Schedules A and B. */
static void
compare_row (Check                   *check,
             const Aggregates        *aggregates,
             const HustingsFecRecord *want,
             const HustingsFecRecord *got,
             gboolean                 conduit)
{
  g_autofree char *entity = upper (hustings_fec_record_get (want, 6));
  gboolean person = g_str_equal (entity, "IND") || g_str_equal (entity, "CAN");

  if (!g_str_equal (want->type, got->type))
    differ (check, DIFF_UNEXPLAINED, "%s %s: on line %s", want->type,
            hustings_fec_record_get (want, 3), got->type);
  if (!conduit)
    {
      g_autofree char *a = id_key (hustings_fec_record_get (want, 3));

      if (!g_str_equal (a, hustings_fec_record_get (got, 3)))
        differ_field (check, DIFF_UNEXPLAINED, want, got, 3);
    }
  if (person)
    {
      for (guint n = 8; n <= 10; n++)
        compare_text (check, want, got, n);
      for (guint n = 11; n <= 12; n++)
        if (*hustings_fec_record_get (want, n))
          compare_text (check, want, got, n);
    }
  else
    compare_text (check, want, got, 7);
  if (text_differs (want, got, 20))
    differ_field (check, conduit ? DIFF_CONDUIT_MEMO : DIFF_UNEXPLAINED, want, got, 20);
  if (amount_differs (want, got, 21))
    differ_field (check, DIFF_UNEXPLAINED, want, got, 21);
  if (!g_str_has_prefix (want->type, "SA"))
    return;
  if (!conduit)
    compare_aggregate (check, aggregates, want, got);
  else if (amount_differs (want, got, 22))
    differ_field (check, DIFF_CONDUIT_MEMO, want, got, 22);
}

/* The transaction id of the receipt a conduit's memo row belongs to, in either direction. */
static char *
earmarked_receipt (GPtrArray *records, const HustingsFecRecord *memo)
{
  g_autofree char *id = upper (hustings_fec_record_get (memo, 3));
  g_autofree char *back = upper (hustings_fec_record_get (memo, 4));

  if (*back)
    return g_steal_pointer (&back);
  for (guint i = 0; i < records->len; i++)
    {
      const HustingsFecRecord *r = g_ptr_array_index (records, i);
      g_autofree char *ref = upper (hustings_fec_record_get (r, 4));

      if (is_schedule (r) && !is_memo (r) && *ref && g_str_equal (ref, id))
        return upper (hustings_fec_record_get (r, 3));
    }
  return g_strdup ("");
}

static void
compare_itemizations (Check      *check,
                      GPtrArray  *filed,
                      GPtrArray  *made,
                      GHashTable *left_out)
{
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) conduits = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) matched = g_hash_table_new (NULL, NULL);
  const char *from = hustings_fec_record_get_named (g_ptr_array_index (filed, 1),
                                                    "coverage_from_date");
  Aggregates aggregates;

  aggregates_init (&aggregates, filed);
  for (guint i = 0; i < made->len; i++)
    {
      HustingsFecRecord *r = g_ptr_array_index (made, i);

      if (!is_schedule (r))
        continue;
      if (is_memo (r) && *hustings_fec_record_get (r, 4) && !is_adjustment (r))
        g_hash_table_insert (conduits, id_key (hustings_fec_record_get (r, 4)), r);
      else
        g_hash_table_insert (rows, id_key (hustings_fec_record_get (r, 3)), r);
    }

  for (guint i = 0; i < filed->len; i++)
    {
      const HustingsFecRecord *want = g_ptr_array_index (filed, i);
      gboolean conduit = g_str_has_prefix (want->type, "SA") && is_memo (want) &&
                         !is_adjustment (want);
      const HustingsFecRecord *got;
      g_autofree char *key = NULL;

      if (!is_schedule (want) || g_hash_table_contains (left_out, GUINT_TO_POINTER (want->line)))
        continue;
      if (conduit)
        {
          g_autofree char *receipt = earmarked_receipt (filed, want);

          key = id_key (receipt);
          got = g_hash_table_lookup (conduits, key);
          if (got == NULL)
            differ (check, DIFF_UNEXPLAINED, "%s %s: the conduit’s memo row of receipt %s is "
                    "missing", want->type, hustings_fec_record_get (want, 3), receipt);
        }
      else
        {
          key = id_key (hustings_fec_record_get (want, 3));
          got = g_hash_table_lookup (rows, key);
          if (got == NULL)
            differ (check, is_memo (want) && strcmp (hustings_fec_record_get (want, 20), from) < 0
                           ? DIFF_MEMO_BEFORE : DIFF_UNEXPLAINED,
                    "%s %s: not itemized", want->type, hustings_fec_record_get (want, 3));
        }
      if (got == NULL)
        continue;
      g_hash_table_add (matched, (gpointer) got);
      compare_row (check, &aggregates, want, got, conduit);
    }
  aggregates_clear (&aggregates);

  for (guint i = 0; i < made->len; i++)
    {
      HustingsFecRecord *r = g_ptr_array_index (made, i);

      if (is_schedule (r) && !g_hash_table_contains (matched, r))
        differ (check, DIFF_UNEXPLAINED, "%s %s: itemized, but not in the filing", r->type,
                hustings_fec_record_get (r, 3));
    }
}

/* ---- Memos ---- */

/* The TEXT record of the new filing that is filed: the one of the same transaction id, or
 * (the oldest versions had none) of the same text. */
static const HustingsFecRecord *
find_text (GPtrArray *made, const HustingsFecRecord *filed)
{
  g_autofree char *key = id_key (hustings_fec_record_get (filed, 3));
  g_autofree char *text = plain (hustings_fec_record_get (filed, 6));

  for (guint i = 0; i < made->len; i++)
    {
      const HustingsFecRecord *r = g_ptr_array_index (made, i);
      g_autofree char *other = NULL;

      if (!g_str_equal (r->type, "TEXT"))
        continue;
      other = *key ? id_key (hustings_fec_record_get (r, 3))
                   : plain (hustings_fec_record_get (r, 6));
      if (g_str_equal (other, *key ? key : text))
        return r;
    }
  return NULL;
}

/* Every memo the import took, with its text and what it is about; no other. */
static void
compare_texts (Check      *check,
               GPtrArray  *filed,
               GPtrArray  *made,
               GHashTable *left_out)
{
  guint n_filed = 0, n_made = 0;

  for (guint i = 0; i < filed->len; i++)
    {
      const HustingsFecRecord *want = g_ptr_array_index (filed, i);
      const HustingsFecRecord *got;
      g_autofree char *link = NULL;

      if (!g_str_equal (want->type, "TEXT") ||
          g_hash_table_contains (left_out, GUINT_TO_POINTER (want->line)))
        continue;
      n_filed++;
      got = find_text (made, want);
      if (got == NULL)
        {
          differ (check, DIFF_UNEXPLAINED, "TEXT %s: missing", hustings_fec_record_get (want, 3));
          continue;
        }
      compare_text (check, want, got, 6);
      link = id_key (hustings_fec_record_get (want, 4));
      if (!g_str_equal (link, hustings_fec_record_get (got, 4)))
        differ_field (check, DIFF_UNEXPLAINED, want, got, 4);
    }
  for (guint i = 0; i < made->len; i++)
    n_made += g_str_equal (((HustingsFecRecord *) g_ptr_array_index (made, i))->type, "TEXT");
  if (n_made != n_filed)
    differ (check, DIFF_UNEXPLAINED, "%u TEXT records, filed %u", n_made, n_filed);
}

/* ---- The summary ---- */

/* Every summary line of the cover, both columns. */
static void
compare_summary (Check *check, const HustingsFecRecord *filed, const HustingsFecRecord *made)
{
  guint n = hustings_fec_layout_count (filed->type);

  for (guint f = 1; f <= n; f++)
    {
      const char *name = hustings_fec_layout_name (filed->type, f);
      gint64 want, got;

      if (name[0] != 'L' || !g_ascii_isdigit (name[1]) ||
          g_str_equal (name, "L6a_year_for_above_ytd") ||
          !hustings_fec_record_get_amount (filed, f, &want))
        continue;
      if (!hustings_fec_record_get_amount (made, f, &got) || got != want)
        differ (check, DIFF_UNEXPLAINED, "summary %s is %s, filed %s", name,
                hustings_fec_record_get (made, f), hustings_fec_record_get (filed, f));
    }
}

/* ---- The tests ---- */

/* The lines of the records the import left out, from the batch's rejections. */
static GHashTable *
left_out_lines (HustingsCommitteeFile *file, gint64 batch_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rejections = hustings_import_list_rejections (file, batch_id, &error);
  GHashTable *lines = g_hash_table_new (NULL, NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < rejections->len; i++)
    g_hash_table_add (lines, GUINT_TO_POINTER (((HustingsImportRejection *)
                                                rejections->pdata[i])->line));
  return lines;
}

/* A new committee file with no FEC id yet, in a folder removed when the test ends. */
static HustingsCommitteeFile *
new_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCommittee) committee = hustings_committee_new ();
  g_autofree char *dir = g_dir_make_tmp ("hustings-fec-import-XXXXXX", &error);
  g_autofree char *db = NULL;
  HustingsCommitteeFile *file;

  g_assert_no_error (error);
  db = g_build_filename (dir, "committee.hustings", NULL);
  g_free (committee->name);
  committee->name = g_strdup ("New committee");
  file = hustings_committee_file_create (db, committee, &error);
  g_assert_no_error (error);
  return file;
}

static void
remove_file (HustingsCommitteeFile *file)
{
  g_autofree char *db = g_strdup (hustings_committee_file_get_path (file));
  g_autofree char *dir = g_path_get_dirname (db);

  g_object_unref (file);
  for (const char * const *suffix = (const char * const[]) { "", "-wal", "-shm", NULL };
       *suffix; suffix++)
    {
      g_autofree char *path = g_strconcat (db, *suffix, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
check_filing (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = g_build_filename (fixtures_dir, name, NULL);
  HustingsCommitteeFile *file = new_file ();
  g_autoptr(HustingsFecImportSummary) summary = NULL;
  g_autoptr(HustingsReport) report = NULL;
  g_autoptr(GPtrArray) filed = NULL;
  g_autoptr(GPtrArray) made = NULL;
  g_autoptr(GHashTable) left_out = NULL;
  g_autoptr(GString) gaps = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  Check check = { g_ptr_array_new_with_free_func (g_free), { 0 } };

  g_assert_true (hustings_fec_import_run (file, path, &summary, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hustings_committee_file_peek_committee (file)->fec_id, ==,
                   summary->committee_id);

  filed = read_filing (path);
  report = hustings_report_store_get (file, summary->report_id, &error);
  g_assert_no_error (error);
  made = hustings_report_build_filing (file, report, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  left_out = left_out_lines (file, summary->batch_id);

  compare_summary (&check, g_ptr_array_index (filed, 1), g_ptr_array_index (made, 1));
  compare_itemizations (&check, filed, made, left_out);
  compare_texts (&check, filed, made, left_out);
  for (guint i = 0; i < check.found->len; i++)
    g_test_message ("%s: %s", name, (char *) check.found->pdata[i]);
  g_ptr_array_unref (check.found);
  remove_file (file);

  if (check.kinds[DIFF_UNEXPLAINED] > 0)
    {
      g_test_fail_printf ("%s: %u differences between the filing and the report made again "
                          "from what was imported (listed above)", name,
                          check.kinds[DIFF_UNEXPLAINED]);
      return;
    }
  for (guint kind = 1; kind < N_DIFFS; kind++)
    if (check.kinds[kind] > 0)
      g_string_append_printf (gaps, "%s%s (%u)", gaps->len ? "; " : "", known_gaps[kind],
                              check.kinds[kind]);
  if (gaps->len > 0)
    g_test_incomplete (gaps->str);
}

/* A filing of another form, or of a version that does not exist, is refused, leaving the file
 * as it was. */
static void
check_refused (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = g_build_filename (fixtures_dir, name, NULL);
  HustingsCommitteeFile *file = new_file ();
  g_autoptr(GError) error = NULL;

  g_assert_true (hustings_fec_import_is_filing (path));
  g_assert_false (hustings_fec_import_run (file, path, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_cmpint (hustings_committee_file_count_contacts (file), ==, 0);
  g_assert_cmpstr (hustings_committee_file_peek_committee (file)->fec_id, ==, "");
  remove_file (file);
}

static void
skip_all (void)
{
  g_test_skip ("../shared/fixtures/fec is not here");
}

/* Whether the filing reads as a Form 3 or Form 3X report. */
static gboolean
reads_as_report (const char *path)
{
  g_autoptr(HustingsFecReader) reader = hustings_fec_reader_new_for_path (path, NULL);
  g_autoptr(HustingsFecRecord) header = reader ? hustings_fec_reader_next (reader, NULL) : NULL;
  g_autoptr(HustingsFecRecord) cover = header ? hustings_fec_reader_next (reader, NULL) : NULL;

  return cover != NULL && is_form3 (cover->type);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_test_init (&argc, &argv, NULL);
  fixtures_dir = g_getenv ("HUSTINGS_FEC_FIXTURES");
  if (fixtures_dir == NULL || (dir = g_dir_open (fixtures_dir, 0, NULL)) == NULL)
    {
      g_test_add_func ("/conformance/fec-import", skip_all);
      return g_test_run ();
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".fec"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *fixture = names->pdata[i];
      g_autofree char *path = g_build_filename (fixtures_dir, fixture, NULL);
      gboolean report = reads_as_report (path);
      g_autofree char *test = g_strdup_printf ("/conformance/fec-import/%s/%s",
                                               report ? "regenerated" : "refused", fixture);

      g_test_add_data_func (test, fixture, report ? check_filing : check_refused);
    }
  return g_test_run ();
}
