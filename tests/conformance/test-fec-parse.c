/* test-fec-parse.c: every real filing in ../shared/fixtures/fec read end to end by the .fec
 * reader: record counts by type as README.txt lists them, mapped fields of the older versions
 * in the right 8.5 fields, text as valid UTF-8, and the 8.x filings' records validated.
 *
 * Skips when ../shared is not there.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "hustings-core.h"

static const char *fixtures_dir;

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The README counts records "by record type (first field)" for most files; for the others
 * these were counted by hand from the files. */
static const char * const extra_counts[] = {
  "34411.fec F3A=1 SA11ai=104 SA13a=1 SA13b=8 SB17=141 SB21=2 SC/10=9 SC1/9=8 SD10=4",
  "character-encoding.fec F3N=1 SA11A1=169 SB17=11 SB20A=1 SD10=3",
  "trailing-quote.fec F3XN=1 SA11A1=16 SA11C=1 SA15=4 SA17=2 SB22=1 SB23=2 SB29=1 SC/9=1 H1=1 "
  "H3=67 H4=114",
  "quote-left-open.fec F3XN=1 SA11AI=1",
  "1260488.fec F99=1",
  "13360.fec F3XA=1",
};

/* Errors validate_record and validate_filing find in the 8.x filings: real data problems,
 * "record type:field name" (field 0: the record as a whole). Everything else must pass. */
static const struct { const char *file; const char *record_errors; const char *filing_errors; }
expected_errors[] = {
  /* The report memo holds a "§" (a Latin-1 byte), which is not printable ASCII. */
  { "771694.fec", "TEXT:text4000", "TEXT:text4000" },
  /* The fixture keeps one itemized receipt of ActBlue's thousands: line 11(a)(i) cannot add up. */
  { "quote-left-open.fec", "", "F3XN:L11ai_itemized_period" },
  /* A Form 99 letter, not a Form 3 or 3X report: validate_filing wants their cover second. */
  { "1260488.fec", "", "F99:" },
};

/* type → count, upper-cased, from the README's "TYPE=N" words after the file's name. */
static GHashTable *
expected_counts (const char *name)
{
  g_autofree char *readme_path = g_build_filename (fixtures_dir, "README.txt", NULL);
  g_autofree char *readme = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean inside = FALSE;
  g_autoptr(GString) words = g_string_new (NULL);
  g_auto(GStrv) tokens = NULL;

  g_assert_true (g_file_get_contents (readme_path, &readme, NULL, NULL));
  lines = g_strsplit (readme, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      /* A file's entry runs from its name at the start of a line to the next such name. */
      if (lines[i][0] != ' ' && lines[i][0] != '\0')
        inside = g_str_has_prefix (lines[i], name) && lines[i][strlen (name)] == ' ';
      if (inside)
        g_string_append_printf (words, " %s", lines[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (extra_counts); i++)
    if (g_str_has_prefix (extra_counts[i], name) && extra_counts[i][strlen (name)] == ' ')
      g_string_append_printf (words, " %s", extra_counts[i]);

  g_strdelimit (words->str, ".,()", ' ');
  tokens = g_strsplit_set (words->str, " \t", -1);
  for (guint i = 0; tokens[i]; i++)
    {
      char *equals = strchr (tokens[i], '=');
      guint64 n;

      if (equals == NULL || equals == tokens[i] ||
          !g_ascii_string_to_unsigned (equals + 1, 10, 1, G_MAXUINT, &n, NULL))
        continue;
      *equals = '\0';
      g_hash_table_insert (counts, g_ascii_strup (tokens[i], -1), GUINT_TO_POINTER ((guint) n));
    }
  return counts;
}

static GPtrArray *
read_filing (const char *name)
{
  g_autofree char *path = g_build_filename (fixtures_dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsFecReader) reader = hustings_fec_reader_new_for_path (path, &error);
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) hustings_fec_record_free);
  HustingsFecRecord *record;

  g_assert_no_error (error);
  while ((record = hustings_fec_reader_next (reader, &error)) != NULL)
    g_ptr_array_add (records, record);
  g_assert_no_error (error);
  g_assert_cmpfloat (hustings_fec_reader_get_fraction (reader), ==, 1.0);
  return records;
}

/* The first record of a type whose field n is value. */
static HustingsFecRecord *
find (GPtrArray  *records,
      const char *type,
      guint       n,
      const char *value)
{
  for (guint i = 0; i < records->len; i++)
    {
      HustingsFecRecord *record = records->pdata[i];

      if (strcmp (record->type, type) == 0 &&
          strcmp (hustings_fec_record_get (record, n), value) == 0)
        return record;
    }
  g_error ("no %s record with field %u = “%s”", type, n, value);
  return NULL;
}

static void
assert_fields (const HustingsFecRecord *record,
               ...)
{
  va_list args;
  const char *name;

  va_start (args, record);
  while ((name = va_arg (args, const char *)) != NULL)
    {
      const char *value = va_arg (args, const char *);

      if (strcmp (hustings_fec_record_get_named (record, name), value) != 0)
        g_error ("%s line %u: %s is “%s”, not “%s”", record->type, record->line, name,
                 hustings_fec_record_get_named (record, name), value);
    }
  va_end (args);
}

/* Names, dates, amounts and aggregates of the older versions land in their 8.5 fields. */
static void
check_legacy_fields (const char *name,
                     GPtrArray  *records)
{
  HustingsFecRecord *r;

  if (strcmp (name, "82094.fec") == 0)
    {
      r = find (records, "F3N", 1, "F3N");
      assert_fields (r, "treasurer_last_name", "Limbaugh", "treasurer_first_name", "David",
                     "coverage_from_date", "20030101", "coverage_through_date", "20030331",
                     "date_signed", "20030415", "zip", "63702", "election_district", "08",
                     "L11ai_individuals_itemized_period", "2500.00",
                     "L27_cash_on_hand_at_close_period", "185818.68",
                     "L22_total_disbursements_ytd", "145623.71", NULL);
      r = find (records, "SA11AI", 8, "Franco");
      assert_fields (r, "contributor_first_name", "Alan", "contribution_date", "20030331",
                     "contribution_amount", "2000.00", "contribution_aggregate", "2000.00",
                     "contributor_employer", "Magnolia Marketing Company",
                     "contributor_occupation", "Vice President",
                     "transaction_id", "0414200339C29116", NULL);
      r = find (records, "SA11B", 3, "0415200332C29120");
      assert_fields (r, "contributor_organization_name", "NRCC", "entity_type", "PTY",
                     "contribution_amount", "18.39", "contribution_aggregate", "219.71",
                     "contribution_date", "20030128", NULL);
      r = find (records, "TEXT", 1, "TEXT");
      assert_fields (r, "back_reference_sched_form_name", "F3N", NULL);
    }
  else if (strcmp (name, "34411.fec") == 0)
    {
      r = find (records, "HDR", 1, "HDR");
      assert_fields (r, "rpt_id", "FEC-25920", "rpt_number", "001", NULL);
      r = find (records, "F3A", 1, "F3A");
      assert_fields (r, "treasurer_last_name", "Boling", "treasurer_first_name", "C. April",
                     "treasurer_suffix", "CPA", "report_code", "YE", "election_code", "P2001",
                     "date_of_election", "20020305", "coverage_through_date", "20011231",
                     "L6a_total_contributions_period", "71972.00", NULL);
      r = find (records, "SA11AI", 3, "11(a)(i)5");
      assert_fields (r, "contributor_last_name", "Alston", "contributor_first_name", "Nicholas",
                     "contributor_middle_name", "S.", "contributor_prefix", "Mr.",
                     "contribution_date", "20010705", "contribution_amount", "500.00",
                     "contribution_aggregate", "600.00", "contributor_employer", "Dwyer-Curlett",
                     "election_code", "P2002", NULL);
      r = find (records, "SA13B", 3, "13(b)507");
      assert_fields (r, "entity_type", "ORG", "contribution_amount", "5000.00",
                     "contribution_aggregate", "66000.00", "contributor_last_name", "", NULL);
      r = find (records, "SB17", 3, "B1780");
      assert_fields (r, "payee_organization_name", "Akdiv LLC", "expenditure_amount", "250.00",
                     "expenditure_date", "20011101",
                     "expenditure_purpose_descrip", "Used office furniture", NULL);
    }
  else if (strcmp (name, "character-encoding.fec") == 0)
    {
      r = find (records, "SA11AI", 8, "Quiles-Díaz");
      assert_fields (r, "contributor_first_name", "Ramón", "contribution_date", "20010509",
                     "contribution_amount", "300.00", "contribution_aggregate", "300.00",
                     "contributor_occupation", "Lawyer", NULL);
      r = find (records, "SA11AI", 8, "Antonetti");
      assert_fields (r, "contributor_employer", "Fiddler González & Rodríguez", NULL);
      r = find (records, "F3N", 1, "F3N");
      assert_fields (r, "treasurer_last_name", "VELASCO", "treasurer_first_name", "RAMON",
                     "report_code", "MY", "change_of_address", "X",
                     "L6a_total_contributions_period", "103062.99", NULL);
    }
  else if (strcmp (name, "trailing-quote.fec") == 0)
    {
      r = find (records, "F3XN", 1, "F3XN");
      assert_fields (r, "report_code", "M6", "coverage_from_date", "20010501",
                     "coverage_through_date", "20010531", "date_of_election", "19980101",
                     "state_of_election", "MN", "treasurer_last_name", "TAUBENBERGER",
                     "treasurer_first_name", "L. MARINA",
                     "L6b_cash_on_hand_beginning_period", "215658.03",
                     "L8_cash_on_hand_at_close_period", "116889.86",
                     "L6a_cash_on_hand_jan_1_ytd", "95256.12", "L6a_year_for_above_ytd", "2001",
                     "date_signed", "20010618", NULL);
      r = find (records, "SA11AI", 8, "Borgerding");
      assert_fields (r, "contributor_first_name", "George", "contribution_date", "20010524",
                     "contribution_amount", "60.00", "contribution_aggregate", "310.00",
                     "contributor_employer", "N Am State Bank", NULL);
      /* The H4 rows end in a quote left open; their last field is empty. */
      r = find (records, "H4", 34, "H40212200123E6995");
      g_assert_cmpuint (r->n_fields, ==, 38);
      g_assert_cmpstr (hustings_fec_record_get (r, 38), ==, "");
      g_assert_cmpuint (r->line, ==, 99);
    }
  else if (strcmp (name, "13360.fec") == 0)
    {
      r = find (records, "HDR", 1, "HDR");
      assert_fields (r, "fec_version", "2.02", "soft_name", "FECfile", NULL);
      r = find (records, "F3XA", 1, "F3XA");
      assert_fields (r, "treasurer_last_name", "Cox", "treasurer_first_name", "Rebecca",
                     "report_code", "M6", "coverage_from_date", "20000501",
                     "L6b_cash_on_hand_beginning_period", "151948.01",
                     "L6a_year_for_above_ytd", "2000", NULL);
      r = find (records, "SA11AI", 3, "SA11A1.7430");
      assert_fields (r, "contributor_last_name", "Kellner", "contributor_first_name", "Lawrence",
                     "contribution_date", "20000510", "contribution_amount", "5000.00",
                     "contribution_aggregate", "5000.00",
                     "contributor_employer", "Continental Airlines, Inc.",
                     "contributor_occupation", "Exec. V.P. & CFO", NULL);
    }
  else if (strcmp (name, "1260488.fec") == 0)
    {
      /* CP1252 bytes in the free text of Form 99: a curly apostrophe (0x92). */
      r = find (records, "F99", 1, "F99");
      g_assert_nonnull (strstr (hustings_fec_record_get (r, r->n_fields), "Party’s"));
      g_assert_nonnull (strstr (hustings_fec_record_get (r, r->n_fields), "\n"));
    }
}

/* "TYPE:field_name" of every error, sorted, space-separated. */
static char *
error_kinds (GPtrArray *problems)
{
  g_autoptr(GPtrArray) kinds = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      HustingsFecProblem *p = problems->pdata[i];
      g_autofree char *kind = NULL;
      gboolean seen = FALSE;

      if (p->severity != HUSTINGS_FEC_ERROR)
        continue;
      kind = g_strdup_printf ("%s:%s", p->record_type, p->field_name ? p->field_name : "");
      for (guint k = 0; k < kinds->len && !seen; k++)
        seen = strcmp (kinds->pdata[k], kind) == 0;
      if (!seen)
        g_ptr_array_add (kinds, g_steal_pointer (&kind));
    }
  g_ptr_array_sort (kinds, compare_strings);
  for (guint k = 0; k < kinds->len; k++)
    g_string_append_printf (out, "%s%s", k ? " " : "", (char *) kinds->pdata[k]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static GPtrArray *
problems_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) hustings_fec_problem_free);
}

static void
report (const char *what,
        GPtrArray  *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      HustingsFecProblem *p = problems->pdata[i];

      g_test_message ("%s: %s record %u (%s %s) field %u: %s", what,
                      p->severity == HUSTINGS_FEC_ERROR ? "error" : "warning", p->record,
                      p->record_type, p->tran_id ? p->tran_id : "", p->field, p->message);
    }
}

static void
check_validation (const char *name,
                  GPtrArray  *records)
{
  g_autoptr(GPtrArray) problems = problems_new ();
  g_autoptr(GPtrArray) filing = problems_new ();
  g_autofree char *record_errors = NULL;
  g_autofree char *filing_errors = NULL;
  const char *expected_record = "";
  const char *expected_filing = "";

  for (guint i = 0; i < records->len; i++)
    hustings_fec_validate_record (records->pdata[i], i, problems);
  hustings_fec_validate_filing (records, filing);
  report ("record", problems);
  report ("filing", filing);

  for (guint i = 0; i < G_N_ELEMENTS (expected_errors); i++)
    if (strcmp (expected_errors[i].file, name) == 0)
      {
        expected_record = expected_errors[i].record_errors;
        expected_filing = expected_errors[i].filing_errors;
      }
  record_errors = error_kinds (problems);
  filing_errors = error_kinds (filing);
  g_assert_cmpstr (record_errors, ==, expected_record);
  g_assert_cmpstr (filing_errors, ==, expected_filing);
}

static void
check_filing (gconstpointer data)
{
  const char *name = data;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GHashTable) expected = expected_counts (name);
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;
  const char *version;

  records = read_filing (name);
  g_assert_cmpuint (records->len, >, 1);
  g_assert_cmpstr (((HustingsFecRecord *) records->pdata[0])->type, ==, "HDR");
  version = hustings_fec_record_get (records->pdata[0], 3);

  for (guint i = 0; i < records->len; i++)
    {
      HustingsFecRecord *record = records->pdata[i];
      g_autofree char *written = g_ascii_strup (record->fields[0], -1);
      guint layout = hustings_fec_layout_count (record->type);
      guint seen = GPOINTER_TO_UINT (g_hash_table_lookup (counts, written));

      if (i > 0)
        g_hash_table_insert (counts, g_strdup (written), GUINT_TO_POINTER (seen + 1));
      /* Records with a layout come out in it; every field is UTF-8. */
      if (layout > 0)
        g_assert_cmpuint (record->n_fields, ==, layout);
      for (guint n = 0; n < record->n_fields; n++)
        g_assert_true (g_utf8_validate (record->fields[n], -1, NULL));
      g_assert_cmpuint (record->line, >, 0);
    }

  /* The counts by record type. */
  g_assert_cmpuint (g_hash_table_size (expected), >, 0);
  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) != GPOINTER_TO_UINT (value))
        g_error ("%s: %u %s records, README says %u", name,
                 GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)), (char *) key,
                 GPOINTER_TO_UINT (value));
    }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (expected, key))
      g_error ("%s: %s records the README does not list", name, (char *) key);

  check_legacy_fields (name, records);
  if (version[0] == '8')
    check_validation (name, records);
}

static void
check_invalid_version (void)
{
  g_autofree char *path = g_build_filename (fixtures_dir, "filing_invalid_version.fec", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsFecReader) reader = hustings_fec_reader_new_for_path (path, &error);

  g_assert_null (reader);
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "180.5"));
}

static void
skip_all (void)
{
  g_test_skip ("../shared/fixtures/fec is not there");
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
      g_test_add_func ("/conformance/fec-parse", skip_all);
      return g_test_run ();
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".fec") && strcmp (name, "filing_invalid_version.fec") != 0)
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *test = g_strdup_printf ("/conformance/fec-parse/%s",
                                               (char *) names->pdata[i]);

      g_test_add_data_func (test, names->pdata[i], check_filing);
    }
  g_test_add_func ("/conformance/fec-parse/filing_invalid_version.fec", check_invalid_version);
  return g_test_run ();
}
