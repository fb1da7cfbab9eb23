/* test-fec.c: the .fec format: records and layouts, values, the reader's quirks and older
 * versions, the writer, and every validation rule failing on a bad filing and passing on a good
 * one. Fixtures: tests/data/fec/.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "test-util.h"

#define FS "\x1c"

static char *
fixture_path (const char *name)
{
  return g_build_filename (TEST_DATA_DIR, "fec", name, NULL);
}

/* Every record of a file. */
static GPtrArray *
read_all (const char *path)
{
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

static GPtrArray *
read_fixture (const char *name)
{
  g_autofree char *path = fixture_path (name);

  return read_all (path);
}

/* A file in a temporary folder removed at the end of the test. */
static char *
write_temp (const char *name,
            const char *contents,
            gssize      len)
{
  char *dir = test_tmpdir ();
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, len, &error);
  g_assert_no_error (error);
  g_test_queue_destroy ((GDestroyNotify) test_rm_rf, dir);
  return path;
}

static GPtrArray *
read_string (const char *contents)
{
  g_autofree char *path = write_temp ("test.fec", contents, -1);

  return read_all (path);
}

static HustingsFecRecord *
record_at (GPtrArray *records,
           guint      i)
{
  g_assert_cmpuint (i, <, records->len);
  return records->pdata[i];
}

#define GET(records, i, n) hustings_fec_record_get (record_at (records, i), n)

static GPtrArray *
problems_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) hustings_fec_problem_free);
}

/* Records and layouts */

static void
test_layouts (void)
{
  static const struct { const char *type; guint count; } counts[] = {
    { "HDR", 8 }, { "F3N", 93 }, { "F3A", 93 }, { "F3T", 93 }, { "F3XN", 123 }, { "F3XA", 123 },
    { "F3XT", 123 }, { "SA11AI", 45 }, { "sa11ai", 45 }, { "SA17", 45 }, { "SB21B", 44 },
    { "SB17", 44 }, { "TEXT", 6 }, { "SC/10", 0 }, { "F99", 0 }, { "H4", 0 }, { "F3P", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    g_assert_cmpuint (hustings_fec_layout_count (counts[i].type), ==, counts[i].count);

  g_assert_cmpstr (hustings_fec_layout_name ("SA11AI", 24), ==, "contributor_employer");
  g_assert_cmpstr (hustings_fec_layout_label ("SA11AI", 24), ==, "Employer");
  g_assert_cmpstr (hustings_fec_layout_name ("SA11AI", 45), ==,
                   "reference_to_si_or_sl_system_code_that_identifies_the_account");
  g_assert_null (hustings_fec_layout_name ("SA11AI", 46));
  g_assert_null (hustings_fec_layout_name ("SA11AI", 0));
  g_assert_null (hustings_fec_layout_name ("SC/10", 1));
  g_assert_cmpstr (hustings_fec_layout_name ("F3N", 33), ==, "L11ai_individuals_itemized_period");
  g_assert_cmpstr (hustings_fec_layout_name ("F3N", 93), ==, "L22_total_disbursements_ytd");
  g_assert_cmpstr (hustings_fec_layout_name ("F3XA", 75), ==, "L6a_year_for_above_ytd");
  g_assert_cmpstr (hustings_fec_layout_name ("F3XA", 123), ==,
                   "L38_net_operating_expenditures_ytd");
  g_assert_cmpstr (hustings_fec_layout_name ("SB29", 42), ==, "memo_code");
  g_assert_cmpstr (hustings_fec_layout_name ("TEXT", 6), ==, "text4000");
  g_assert_cmpstr (hustings_fec_layout_name ("HDR", 7), ==, "rpt_number");

  g_assert_cmpint (hustings_fec_layout_find ("SA11AI", "contribution_aggregate"), ==, 22);
  g_assert_cmpint (hustings_fec_layout_find ("SB17", "expenditure_purpose_descrip"), ==, 23);
  g_assert_cmpint (hustings_fec_layout_find ("F3XN", "L11ai_itemized_period"), ==, 30);
  g_assert_cmpint (hustings_fec_layout_find ("TEXT", "back_reference_tran_id_number"), ==, 4);
  g_assert_cmpint (hustings_fec_layout_find ("SA11AI", "expenditure_amount"), ==, 0);
  g_assert_cmpint (hustings_fec_layout_find ("SC/10", "form_type"), ==, 0);

  /* Every field of every layout has a name that finds it, and a label. */
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    for (guint n = 1; n <= counts[i].count; n++)
      {
        g_assert_cmpint (hustings_fec_layout_find (counts[i].type,
                                                   hustings_fec_layout_name (counts[i].type, n)),
                         ==, n);
        g_assert_cmpstr (hustings_fec_layout_label (counts[i].type, n), !=, "");
      }
}

static void
test_records (void)
{
  g_autoptr(HustingsFecRecord) sa = hustings_fec_record_new ("sa11ai");
  g_autoptr(HustingsFecRecord) other = hustings_fec_record_new ("SC/10");
  g_autoptr(HustingsFecRecord) built = NULL;
  static const char * const fields[] = { "TEXT", "C00123456", "T1", "", "F3N", "Hello" };
  gint64 cents;

  g_assert_cmpstr (sa->type, ==, "SA11AI");
  g_assert_cmpstr (sa->fields[0], ==, "sa11ai");
  g_assert_cmpuint (sa->n_fields, ==, 45);
  g_assert_cmpuint (g_strv_length (sa->fields), ==, 45);
  g_assert_cmpuint (sa->line, ==, 0);
  for (guint n = 2; n <= 45; n++)
    g_assert_cmpstr (hustings_fec_record_get (sa, n), ==, "");
  g_assert_cmpstr (hustings_fec_record_get (sa, 46), ==, "");
  g_assert_cmpstr (hustings_fec_record_get (sa, 0), ==, "");

  hustings_fec_record_set (sa, 24, "Acme");
  g_assert_cmpstr (hustings_fec_record_get_named (sa, "contributor_employer"), ==, "Acme");
  g_assert_true (hustings_fec_record_set_named (sa, "contributor_occupation", "Engineer"));
  g_assert_cmpstr (hustings_fec_record_get (sa, 25), ==, "Engineer");
  g_assert_false (hustings_fec_record_set_named (sa, "payee_last_name", "X"));
  g_assert_cmpstr (hustings_fec_record_get_named (sa, "payee_last_name"), ==, "");
  hustings_fec_record_set (sa, 24, NULL);
  g_assert_cmpstr (hustings_fec_record_get (sa, 24), ==, "");
  hustings_fec_record_set (sa, 24, "Twice");
  hustings_fec_record_set (sa, 24, "Thrice");
  g_assert_cmpstr (hustings_fec_record_get (sa, 24), ==, "Thrice");

  hustings_fec_record_set_amount (sa, 21, 123456);
  g_assert_cmpstr (hustings_fec_record_get (sa, 21), ==, "1234.56");
  g_assert_true (hustings_fec_record_get_amount (sa, 21, &cents));
  g_assert_cmpint (cents, ==, 123456);
  g_assert_false (hustings_fec_record_get_amount (sa, 22, &cents));
  g_assert_cmpint (cents, ==, 0);

  /* Changing field 1 changes the type. */
  hustings_fec_record_set (sa, 1, "sa11c");
  g_assert_cmpstr (sa->type, ==, "SA11C");

  /* Types without a layout: one field, growing as fields are set. */
  g_assert_cmpuint (other->n_fields, ==, 1);
  hustings_fec_record_set (other, 3, "SC10.1");
  g_assert_cmpuint (other->n_fields, ==, 3);
  g_assert_cmpstr (other->fields[1], ==, "");
  g_assert_cmpstr (other->fields[2], ==, "SC10.1");
  g_assert_null (other->fields[3]);
  g_assert_false (hustings_fec_record_set_named (other, "form_type", "X"));

  built = hustings_fec_record_new_from_fields (fields, G_N_ELEMENTS (fields));
  g_assert_cmpstr (built->type, ==, "TEXT");
  g_assert_cmpuint (built->n_fields, ==, 6);
  g_assert_cmpstr (hustings_fec_record_get_named (built, "text4000"), ==, "Hello");
}

/* Values */

static void
test_amounts (void)
{
  static const struct { gint64 cents; const char *text; } formats[] = {
    { 0, "0.00" }, { 1, "0.01" }, { -500, "-5.00" }, { -1, "-0.01" }, { 123456, "1234.56" },
    { 99999999999, "999999999.99" }, { -9999999999, "-99999999.99" }, { 7197200, "71972.00" },
  };
  static const struct { const char *text; gint64 cents; } parses[] = {
    { "71972.00", 7197200 }, { "0", 0 }, { "25", 2500 }, { "-3.5", -350 }, { "0.29", 29 },
    { "0.07", 7 }, { "1.1", 110 }, { ".5", 50 }, { "5.", 500 }, { "-0.01", -1 },
    { "999999999.99", 99999999999 }, { "-99999999.99", -9999999999 }, { " 12 ", 1200 },
    { "+4", 400 }, { "0000123.40", 12340 }, { "0.00000", 0 }, { "1.005", 101 },
    { "1.004", 100 }, { "-1.005", -101 }, { "2.675", 268 }, { "8.7400", 874 },
    { "19.999", 2000 },
  };
  static const char * const rejects[] = {
    "", " ", "abc", "1,000", "$5", "1.2.3", "12a", "--1", "-", ".", "1e5", "(5)",
    "1234567890123456", "5 5",
  };
  gint64 cents;
  g_autofree char *minimum = hustings_fec_format_amount (G_MININT64);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *text = hustings_fec_format_amount (formats[i].cents);

      g_assert_cmpstr (text, ==, formats[i].text);
      g_assert_true (hustings_fec_parse_amount (text, &cents));
      g_assert_cmpint (cents, ==, formats[i].cents);
    }
  g_assert_cmpstr (minimum, ==, "-92233720368547758.08");
  for (guint i = 0; i < G_N_ELEMENTS (parses); i++)
    {
      cents = -42;
      g_assert_true (hustings_fec_parse_amount (parses[i].text, &cents));
      g_assert_cmpint (cents, ==, parses[i].cents);
    }
  for (guint i = 0; i < G_N_ELEMENTS (rejects); i++)
    g_assert_false (hustings_fec_parse_amount (rejects[i], &cents));
  g_assert_false (hustings_fec_parse_amount (NULL, &cents));

  /* Every cent from 0.00 to 10.00 comes back exactly (no binary fractions on the way). */
  for (gint64 c = 0; c <= 1000; c++)
    {
      g_autofree char *text = hustings_fec_format_amount (c);

      g_assert_true (hustings_fec_parse_amount (text, &cents));
      g_assert_cmpint (cents, ==, c);
    }
}

static void
test_dates (void)
{
  static const char * const bad[] = {
    "2026041", "202604150", "2026-04-15", "20260230", "20261301", "20260400", "00000101",
    "abcdefgh", "", "2026 415",
  };
  char *text;

  text = hustings_fec_format_date ("2026-04-15");
  g_assert_cmpstr (text, ==, "20260415");
  g_free (text);
  text = hustings_fec_format_date (NULL);
  g_assert_cmpstr (text, ==, "");
  g_free (text);
  text = hustings_fec_format_date ("");
  g_assert_cmpstr (text, ==, "");
  g_free (text);

  text = hustings_fec_parse_date ("20260415");
  g_assert_cmpstr (text, ==, "2026-04-15");
  g_free (text);
  text = hustings_fec_parse_date ("20240229");
  g_assert_cmpstr (text, ==, "2024-02-29");
  g_free (text);
  g_assert_null (hustings_fec_parse_date ("20250229"));
  g_assert_null (hustings_fec_parse_date (NULL));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_null (hustings_fec_parse_date (bad[i]));
}

static void
test_to_ascii (void)
{
  static const struct { const char *in; gsize max; const char *out; } cases[] = {
    { "José Dupré", 0, "Jose Dupre" },
    { "Straße", 0, "Strasse" },
    { "Æsir Ærø", 0, "AEsir AEroe" },
    { "Łódź Œuvre ñ ç ü", 0, "Lodz OEuvre n c u" },
    { "O’Brien ‘quoted’", 0, "O'Brien 'quoted'" },
    { "“Hello”", 0, "\"Hello\"" },
    { "a — b – c", 0, "a - b - c" },
    { "wait…", 0, "wait..." },
    { "I ❤ it 🎉!", 0, "I   it  !" },
    { "tab\there", 0, "tab here" },
    { "line\nbreak\r", 0, "line break" },
    { "fs\x1c" "sep", 0, "fs sep" },
    { "   leading", 0, "leading" },
    { "\t leading tab", 0, "leading tab" },
    { "abcdef", 3, "abc" },
    { "ab def", 3, "ab" },
    { "Müller", 3, "Mul" },
    { "plain ASCII ~!@#$%^&*()_+", 0, "plain ASCII ~!@#$%^&*()_+" },
    { "", 0, "" },
    { "no\xff" "utf8", 0, "no utf8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = hustings_fec_to_ascii (cases[i].in, cases[i].max);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

/* Reading */

static void
test_read_crlf (void)
{
  g_autoptr(GPtrArray) records = read_fixture ("valid-f3.fec");
  g_autofree char *path = fixture_path ("valid-f3.fec");
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsFecReader) reader = hustings_fec_reader_new_for_path (path, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (hustings_fec_reader_get_version (reader), ==, "8.5");
  g_assert_cmpstr (hustings_fec_reader_get_software (reader), ==, "Hustings 0.1.0");
  g_assert_cmpfloat (hustings_fec_reader_get_fraction (reader), <, 1.0);

  g_assert_cmpuint (records->len, ==, 9);
  g_assert_cmpstr (record_at (records, 0)->type, ==, "HDR");
  g_assert_cmpstr (record_at (records, 1)->type, ==, "F3N");
  g_assert_cmpuint (record_at (records, 1)->n_fields, ==, 93);
  g_assert_cmpuint (record_at (records, 1)->line, ==, 2);
  /* No carriage return is left at the ends of the lines. */
  g_assert_cmpstr (GET (records, 1, 93), ==, "800.00");
  g_assert_cmpstr (GET (records, 8, 6), ==, "Report-level memo");
  g_assert_cmpstr (GET (records, 2, 24), ==, "Acme Corp");
}

static void
test_read_quirks (void)
{
  g_autoptr(GPtrArray) records = read_fixture ("quirks.fec");
  HustingsFecRecord *hdr, *cover, *sa, *sb, *text, *f99, *sc, *short_sb;

  g_assert_cmpuint (records->len, ==, 8);
  hdr = record_at (records, 0);
  cover = record_at (records, 1);
  sa = record_at (records, 2);
  sb = record_at (records, 3);
  text = record_at (records, 4);
  f99 = record_at (records, 5);
  sc = record_at (records, 6);
  short_sb = record_at (records, 7);

  /* Missing trailing fields: padded to the layout. */
  g_assert_cmpuint (hdr->n_fields, ==, 8);
  g_assert_cmpstr (hustings_fec_record_get (hdr, 4), ==, "Vendor");
  g_assert_cmpstr (hustings_fec_record_get (hdr, 8), ==, "");
  g_assert_cmpuint (cover->n_fields, ==, 123);
  g_assert_cmpstr (hustings_fec_record_get (cover, 3), ==, "Quoted Committee");
  g_assert_cmpstr (hustings_fec_record_get (cover, 22), ==, "20260415");

  /* Lower case record type, two extra trailing fields, Latin-1 and CP1252 bytes. */
  g_assert_cmpstr (sa->type, ==, "SA11AI");
  g_assert_cmpstr (sa->fields[0], ==, "sa11ai");
  g_assert_cmpuint (sa->n_fields, ==, 45);
  g_assert_cmpuint (sa->line, ==, 3);
  g_assert_cmpstr (hustings_fec_record_get (sa, 8), ==, "Dupré");
  g_assert_cmpstr (hustings_fec_record_get (sa, 9), ==, "José");
  g_assert_cmpstr (hustings_fec_record_get (sa, 24), ==, "O’Neil Co");
  for (guint n = 1; n <= sa->n_fields; n++)
    g_assert_true (g_utf8_validate (sa->fields[n - 1], -1, NULL));

  /* After a blank line: every field in double quotes, one with only a leading quote. */
  g_assert_cmpstr (sb->type, ==, "SB21B");
  g_assert_cmpuint (sb->line, ==, 5);
  g_assert_cmpstr (sb->fields[0], ==, "SB21B");
  g_assert_cmpstr (hustings_fec_record_get (sb, 7), ==, "Rent Co");
  g_assert_cmpstr (hustings_fec_record_get (sb, 4), ==, "");
  g_assert_cmpstr (hustings_fec_record_get (sb, 23), ==, "Open quote");
  g_assert_cmpstr (hustings_fec_record_get (sb, 24), ==, "001");

  /* A CRLF line among LF lines. */
  g_assert_cmpstr (hustings_fec_record_get (text, 6), ==, "Rent for January");

  /* Form 99's free text. */
  g_assert_cmpstr (f99->type, ==, "F99");
  g_assert_cmpuint (f99->n_fields, ==, 16);
  g_assert_cmpstr (hustings_fec_record_get (f99, 15), ==, "MSI");
  g_assert_cmpstr (hustings_fec_record_get (f99, 16), ==,
                   "First line of the letter\nSecond line — in UTF-8");

  /* Record types without a layout come out as read. */
  g_assert_cmpstr (sc->type, ==, "SC/10");
  g_assert_cmpuint (sc->n_fields, ==, 5);
  g_assert_cmpstr (hustings_fec_record_get (sc, 3), ==, "SC10.1");
  g_assert_cmpuint (sc->line, ==, 12);

  g_assert_cmpstr (short_sb->type, ==, "SB21B");
  g_assert_cmpuint (short_sb->n_fields, ==, 44);
  g_assert_cmpstr (hustings_fec_record_get (short_sb, 7), ==, "Short Record Inc");
}

static void
test_read_version_5 (void)
{
  g_autoptr(GPtrArray) records = read_fixture ("legacy-v5.fec");
  HustingsFecRecord *cover, *text, *jane, *richard, *shop, *bank;

  g_assert_cmpuint (records->len, ==, 7);
  g_assert_cmpstr (GET (records, 0, 3), ==, "5.2");
  cover = record_at (records, 1);
  text = record_at (records, 2);
  jane = record_at (records, 3);
  richard = record_at (records, 4);
  shop = record_at (records, 5);
  bank = record_at (records, 6);

  g_assert_cmpuint (cover->n_fields, ==, 93);
  g_assert_cmpstr (hustings_fec_record_get_named (cover, "street_1"), ==, "100 Main St");
  g_assert_cmpstr (hustings_fec_record_get_named (cover, "zip"), ==, "78701");
  g_assert_cmpstr (hustings_fec_record_get_named (cover, "election_district"), ==, "10");
  g_assert_cmpstr (hustings_fec_record_get_named (cover, "coverage_from_date"), ==, "20040101");
  g_assert_cmpstr (hustings_fec_record_get_named (cover, "coverage_through_date"), ==, "20040331");
  g_assert_cmpstr (hustings_fec_record_get_named (cover, "treasurer_last_name"), ==, "Treasurer");
  g_assert_cmpstr (hustings_fec_record_get_named (cover, "treasurer_first_name"), ==, "Terry");
  g_assert_cmpstr (hustings_fec_record_get_named (cover, "treasurer_middle_name"), ==, "Q.");
  g_assert_cmpstr (hustings_fec_record_get_named (cover, "treasurer_suffix"), ==, "Jr.");
  g_assert_cmpstr (hustings_fec_record_get_named (cover, "date_signed"), ==, "20040415");
  g_assert_cmpstr (hustings_fec_record_get_named (cover, "L11ai_individuals_itemized_period"), ==,
                   "750.00");
  g_assert_cmpstr (hustings_fec_record_get_named (cover, "L22_total_disbursements_ytd"), ==,
                   "800.00");

  /* TEXT before 6.1: form, transaction, text. */
  g_assert_cmpstr (hustings_fec_record_get_named (text, "back_reference_sched_form_name"), ==,
                   "F3N");
  g_assert_cmpstr (hustings_fec_record_get_named (text, "text4000"), ==,
                   "Report memo, with a comma and a \"quote\"");

  /* SA11A1 is line 11(a)(i); the name "Last^First Middle^Prefix^Suffix" is split. */
  g_assert_cmpstr (jane->type, ==, "SA11AI");
  g_assert_cmpstr (jane->fields[0], ==, "SA11A1");
  g_assert_cmpstr (hustings_fec_record_get (jane, 3), ==, "SA11A1.1");
  g_assert_cmpstr (hustings_fec_record_get (jane, 6), ==, "IND");
  g_assert_cmpstr (hustings_fec_record_get (jane, 7), ==, "");
  g_assert_cmpstr (hustings_fec_record_get (jane, 8), ==, "Doe");
  g_assert_cmpstr (hustings_fec_record_get (jane, 9), ==, "Jane");
  g_assert_cmpstr (hustings_fec_record_get (jane, 10), ==, "Q.");
  g_assert_cmpstr (hustings_fec_record_get (jane, 11), ==, "Ms.");
  g_assert_cmpstr (hustings_fec_record_get (jane, 17), ==, "78701");
  g_assert_cmpstr (hustings_fec_record_get (jane, 18), ==, "P2004");
  g_assert_cmpstr (hustings_fec_record_get (jane, 20), ==, "20040210");
  g_assert_cmpstr (hustings_fec_record_get (jane, 21), ==, "250.00");
  g_assert_cmpstr (hustings_fec_record_get (jane, 22), ==, "450.00");
  g_assert_cmpstr (hustings_fec_record_get (jane, 23), ==, "Receipt");
  g_assert_cmpstr (hustings_fec_record_get (jane, 24), ==, "Acme, Inc.");
  g_assert_cmpstr (hustings_fec_record_get (jane, 25), ==, "Engineer");

  /* From 5.1 on, separate name fields win over the combined one. */
  g_assert_cmpstr (hustings_fec_record_get (richard, 8), ==, "Roe");
  g_assert_cmpstr (hustings_fec_record_get (richard, 9), ==, "Richard");
  g_assert_cmpstr (hustings_fec_record_get (richard, 10), ==, "Q");
  g_assert_cmpstr (hustings_fec_record_get (richard, 11), ==, "Dr.");
  g_assert_cmpstr (hustings_fec_record_get (richard, 12), ==, "III");
  g_assert_cmpstr (hustings_fec_record_get (richard, 25), ==, "Writer, \"freelance\"");

  /* An organization's name loses its trailing delimiter. */
  g_assert_cmpstr (shop->type, ==, "SB17");
  g_assert_cmpstr (hustings_fec_record_get_named (shop, "payee_organization_name"), ==,
                   "Print Shop");
  g_assert_cmpstr (hustings_fec_record_get_named (shop, "payee_last_name"), ==, "");
  g_assert_cmpstr (hustings_fec_record_get_named (shop, "transaction_id"), ==, "SB17.1");
  g_assert_cmpstr (hustings_fec_record_get_named (shop, "expenditure_date"), ==, "20040320");
  g_assert_cmpstr (hustings_fec_record_get_named (shop, "expenditure_amount"), ==, "300.00");
  g_assert_cmpstr (hustings_fec_record_get_named (shop, "expenditure_purpose_descrip"), ==,
                   "Printing");
  g_assert_cmpstr (hustings_fec_record_get_named (shop, "category_code"), ==, "004");
  g_assert_cmpstr (hustings_fec_record_get_named (shop, "election_code"), ==, "P2004");

  /* A quote left open at the end of the line ends the record there. */
  g_assert_cmpstr (bank->type, ==, "SA15");
  g_assert_cmpstr (hustings_fec_record_get (bank, 3), ==, "SA15.1");
  g_assert_cmpstr (hustings_fec_record_get (bank, 21), ==, "12.50");
  g_assert_cmpstr (hustings_fec_record_get (bank, 7), ==, "First Bank");
}

static void
test_read_version_2 (void)
{
  g_autoptr(GPtrArray) records = read_fixture ("legacy-v2.fec");
  HustingsFecRecord *cover, *ann;

  g_assert_cmpuint (records->len, ==, 3);
  g_assert_cmpstr (GET (records, 0, 3), ==, "2.02");
  g_assert_cmpstr (GET (records, 0, 4), ==, "OldSoft");
  cover = record_at (records, 1);
  ann = record_at (records, 2);
  g_assert_cmpstr (cover->type, ==, "F3XN");
  g_assert_cmpuint (cover->line, ==, 8);
  g_assert_cmpstr (hustings_fec_record_get_named (cover, "report_code"), ==, "Q1");
  g_assert_cmpstr (hustings_fec_record_get_named (cover, "coverage_through_date"), ==, "20000331");
  g_assert_cmpstr (hustings_fec_record_get_named (cover, "L6b_cash_on_hand_beginning_period"), ==,
                   "5000.00");
  g_assert_cmpstr (hustings_fec_record_get_named (cover, "treasurer_last_name"), ==, "Treasurer");
  g_assert_cmpstr (hustings_fec_record_get_named (cover, "treasurer_first_name"), ==, "Pat");
  g_assert_cmpstr (hustings_fec_record_get_named (cover, "date_signed"), ==, "20000415");
  g_assert_cmpstr (ann->type, ==, "SA11AI");
  g_assert_cmpstr (hustings_fec_record_get_named (ann, "contributor_last_name"), ==, "Smith");
  g_assert_cmpstr (hustings_fec_record_get_named (ann, "contributor_first_name"), ==, "Ann");
  g_assert_cmpstr (hustings_fec_record_get_named (ann, "contribution_aggregate"), ==, "1200.00");
  g_assert_cmpstr (hustings_fec_record_get_named (ann, "transaction_id"), ==, "SA11A1.1");
}

/* Versions 6.1 to 7.0: FS-separated, with Schedule A, Schedule B and Form 3 columns that moved
 * in 8.0. A record whose field k holds "k" shows where each field lands. */
static GPtrArray *
read_numbered (const char *version,
               const char *type,
               guint       n_fields)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, "HDR" FS "FEC" FS "%s" FS "Vendor" FS "1\n%s", version, type);
  for (guint k = 2; k <= n_fields; k++)
    g_string_append_printf (text, FS "%u", k);
  g_string_append_c (text, '\n');
  return read_string (text->str);
}

static void
test_read_version_6 (void)
{
  static const struct {
    const char *version;
    const char *type;
    guint       n_fields;
    const char *name;
    const char *source;   /* "" when the version has no such field */
  } cases[] = {
    { "6.1", "SA11AI", 46, "contribution_purpose_descrip", "24" },
    { "6.1", "SA11AI", 46, "contributor_employer", "26" },
    { "6.1", "SA11AI", 46, "donor_committee_fec_id", "28" },
    { "6.1", "SA11AI", 46, "donor_committee_name", "" },
    { "6.1", "SA11AI", 46, "donor_candidate_fec_id", "29" },
    { "6.1", "SA11AI", 46, "memo_code", "44" },
    { "6.1", "SA11AI", 46, "reference_to_si_or_sl_system_code_that_identifies_the_account", "46" },
    { "6.3", "SA11AI", 47, "contributor_occupation", "27" },
    { "6.3", "SA11AI", 47, "donor_committee_name", "29" },
    { "6.3", "SA11AI", 47, "memo_text_description", "46" },
    { "6.4", "SA11AI", 46, "contributor_employer", "25" },
    { "7.0", "SA11AI", 46, "conduit_name", "38" },
    { "7.0", "SA11AI", 46, "memo_code", "44" },
    { "6.1", "SB17", 45, "expenditure_purpose_descrip", "23" },
    { "6.1", "SB17", 45, "category_code", "24" },
    { "6.1", "SB17", 45, "beneficiary_committee_fec_id", "27" },
    { "6.1", "SB17", 45, "beneficiary_committee_name", "" },
    { "6.1", "SB17", 45, "memo_code", "43" },
    { "6.2", "SB17", 46, "beneficiary_committee_name", "28" },
    { "6.2", "SB17", 46, "memo_code", "44" },
    { "7.0", "SB17", 45, "semi_annual_refunded_bundled_amt", "22" },
    { "7.0", "SB17", 45, "expenditure_purpose_descrip", "24" },
    { "7.0", "SB17", 45, "memo_text_description", "44" },
    { "6.2", "F3N", 100, "date_signed", "23" },
    { "6.2", "F3N", 100, "L6a_total_contributions_period", "31" },
    { "6.2", "F3N", 100, "L22_total_disbursements_ytd", "100" },
    { "6.4", "F3N", 93, "L6a_total_contributions_period", "24" },
    { "8.0", "SA11AI", 45, "contributor_employer", "24" },
    { "8.5", "SB17", 44, "memo_code", "42" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) records = read_numbered (cases[i].version, cases[i].type,
                                                    cases[i].n_fields);

      g_assert_cmpuint (records->len, ==, 2);
      g_assert_cmpuint (record_at (records, 1)->n_fields, ==,
                        hustings_fec_layout_count (cases[i].type));
      g_assert_cmpstr (hustings_fec_record_get_named (record_at (records, 1), cases[i].name), ==,
                       cases[i].source);
    }
}

static void
test_read_refuses (void)
{
  static const struct { const char *contents; const char *says; } cases[] = {
    { "HDR" FS "FEC" FS "180.5" FS "X" FS "1\n", "180.5" },
    { "HDR" FS "FEC" FS "9.0" FS "X" FS "1\n", "9.0" },
    { "HDR" FS "FEC" FS "P3.4" FS "X\n", "P3.4" },
    { "\"HDR\",\"FEC\",\"4.0\",\"X\"\n", "4.0" },
    { "HDR" FS "FEC\n", "header" },
    { "Name,Amount\nJane,5\n", "header" },
    { "\n\n", "empty" },
    { "", "empty" },
    { "/* Header\nSoft_Name = X\n/* End Header\n", "header" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = write_temp ("refused.fec", cases[i].contents, -1);
      g_autoptr(GError) error = NULL;
      g_autoptr(HustingsFecReader) reader = hustings_fec_reader_new_for_path (path, &error);

      g_assert_null (reader);
      g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, cases[i].says));
    }

  {
    g_autoptr(GError) error = NULL;

    g_assert_null (hustings_fec_reader_new_for_path ("/nonexistent/filing.fec", &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  }
}

static void
test_read_bad_line (void)
{
  g_autofree char *path = write_temp ("bad.fec", "HDR" FS "FEC" FS "8.3\n"
                                      FS "C00123456\n"
                                      "TEXT" FS "C00123456" FS "T1\n", -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsFecReader) reader = hustings_fec_reader_new_for_path (path, &error);
  g_autoptr(HustingsFecRecord) header = NULL;
  g_autoptr(HustingsFecRecord) text = NULL;

  g_assert_no_error (error);
  header = hustings_fec_reader_next (reader, &error);
  g_assert_nonnull (header);
  g_assert_null (hustings_fec_reader_next (reader, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2"));
  g_clear_error (&error);
  /* The reader goes on after the bad line. */
  text = hustings_fec_reader_next (reader, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text->type, ==, "TEXT");
  g_assert_cmpuint (text->line, ==, 3);
  g_assert_null (hustings_fec_reader_next (reader, &error));
  g_assert_no_error (error);
}

/* Writing */

static char *
write_records (GPtrArray *records,
               gsize     *out_len)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < records->len; i++)
    {
      g_assert_true (hustings_fec_write_record (out, records->pdata[i], NULL, &error));
      g_assert_no_error (error);
    }
  g_output_stream_close (out, NULL, NULL);
  *out_len = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

static void
test_write (void)
{
  static const char * const fields[] = { "TEXT", "C00123456", "T1", "", "F3N", "Memo" };
  static const char expected[] = "TEXT" FS "C00123456" FS "T1" FS FS "F3N" FS "Memo\r\n";
  g_autoptr(HustingsFecRecord) record = hustings_fec_record_new_from_fields (fields, 6);
  g_autoptr(GPtrArray) one = g_ptr_array_new ();
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize len;

  g_ptr_array_add (one, record);
  data = write_records (one, &len);
  g_assert_cmpmem (data, len, expected, sizeof expected - 1);

  /* A field that would break the file is refused. */
  hustings_fec_record_set (record, 6, "two\nlines");
  g_assert_false (hustings_fec_write_record (out, record, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  hustings_fec_record_set (record, 6, "a" FS "b");
  g_assert_false (hustings_fec_write_record (out, record, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
}

static void
test_round_trip (void)
{
  g_autofree char *path = fixture_path ("valid-f3.fec");
  g_autofree char *original = NULL;
  g_autofree char *written = NULL;
  g_autofree char *from_legacy = NULL;
  g_autofree char *again = NULL;
  gsize original_len, written_len, legacy_len, again_len;
  g_autoptr(GPtrArray) records = read_fixture ("valid-f3.fec");
  g_autoptr(GPtrArray) legacy = read_fixture ("legacy-v5.fec");
  g_autoptr(GPtrArray) reread = NULL;
  g_autofree char *legacy_path = NULL;

  /* A filing as Hustings writes it reads and writes back byte for byte. */
  g_assert_true (g_file_get_contents (path, &original, &original_len, NULL));
  written = write_records (records, &written_len);
  g_assert_cmpmem (written, written_len, original, original_len);

  /* A 5.2 filing written as 8.5 and read again keeps every field. */
  hustings_fec_record_set (legacy->pdata[0], 3, "8.5");
  from_legacy = write_records (legacy, &legacy_len);
  legacy_path = write_temp ("converted.fec", from_legacy, legacy_len);
  reread = read_all (legacy_path);
  g_assert_cmpuint (reread->len, ==, legacy->len);
  for (guint i = 0; i < legacy->len; i++)
    {
      HustingsFecRecord *a = legacy->pdata[i];
      HustingsFecRecord *b = reread->pdata[i];

      g_assert_cmpstr (a->type, ==, b->type);
      g_assert_cmpuint (a->n_fields, ==, b->n_fields);
      for (guint n = 1; n <= a->n_fields; n++)
        g_assert_cmpstr (hustings_fec_record_get (a, n), ==, hustings_fec_record_get (b, n));
    }
  again = write_records (reread, &again_len);
  g_assert_cmpmem (again, again_len, from_legacy, legacy_len);
}

/* Validation */

/* The problems of the filing; the valid fixtures have none. */
static GPtrArray *
validate (GPtrArray *records)
{
  GPtrArray *problems = problems_new ();

  hustings_fec_validate_filing (records, problems);
  return problems;
}

static gboolean
has_problem (GPtrArray           *problems,
             HustingsFecSeverity  severity,
             guint                record,
             guint                field)
{
  for (guint i = 0; i < problems->len; i++)
    {
      HustingsFecProblem *p = problems->pdata[i];

      if (p->severity == severity && p->record == record && p->field == field)
        return TRUE;
    }
  return FALSE;
}

static void
dump_problems (GPtrArray *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      HustingsFecProblem *p = problems->pdata[i];

      g_test_message ("%s record %u (%s) field %u: %s",
                      p->severity == HUSTINGS_FEC_ERROR ? "error" : "warning", p->record,
                      p->record_type, p->field, p->message);
    }
}

static void
test_valid_filings (void)
{
  static const char * const names[] = { "valid-f3.fec", "valid-f3x.fec" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GPtrArray) records = read_fixture (names[i]);
      g_autoptr(GPtrArray) problems = validate (records);

      dump_problems (problems);
      g_assert_cmpuint (problems->len, ==, 0);
      g_assert_cmpuint (hustings_fec_count_errors (problems), ==, 0);
    }
}

/* Record indexes of valid-f3.fec. */
enum { HDR_I, COVER_I, JANE_I, RICHARD_I, CONDUIT_I, PAC_I, PRINTER_I, SB_TEXT_I, REPORT_TEXT_I };

typedef struct {
  const char          *what;
  guint                record;
  guint                field;
  const char          *value;       /* set this field of this record… */
  HustingsFecSeverity  severity;    /* …and expect this problem */
  guint                at_record;
  guint                at_field;
} Breakage;

static void
test_rules_fail (void)
{
  static const Breakage cases[] = {
    /* Required (error) and recommended (warning) fields. */
    { "required", COVER_I, 18, "", HUSTINGS_FEC_ERROR, COVER_I, 18 },
    { "required", COVER_I, 23, "", HUSTINGS_FEC_ERROR, COVER_I, 23 },
    { "required", JANE_I, 3, "", HUSTINGS_FEC_ERROR, JANE_I, 3 },
    { "required", JANE_I, 6, "", HUSTINGS_FEC_ERROR, JANE_I, 6 },
    { "required", SB_TEXT_I, 5, "", HUSTINGS_FEC_ERROR, SB_TEXT_I, 5 },
    { "recommended", JANE_I, 15, "", HUSTINGS_FEC_WARNING, JANE_I, 15 },
    { "recommended", PRINTER_I, 20, "", HUSTINGS_FEC_WARNING, PRINTER_I, 20 },
    { "recommended", COVER_I, 3, "", HUSTINGS_FEC_WARNING, COVER_I, 3 },
    /* Lengths. */
    { "length", JANE_I, 24, "An employer name of thirty-nine letters", HUSTINGS_FEC_ERROR,
      JANE_I, 24 },
    { "length", JANE_I, 3, "TRANSACTION-ID-OF-21C", HUSTINGS_FEC_ERROR, JANE_I, 3 },
    { "length", COVER_I, 2, "C001234567", HUSTINGS_FEC_ERROR, COVER_I, 2 },
    { "length", JANE_I, 21, "1234567890.00", HUSTINGS_FEC_ERROR, JANE_I, 21 },
    /* Patterns. */
    { "ascii", JANE_I, 8, "Dupré", HUSTINGS_FEC_ERROR, JANE_I, 8 },
    { "ascii", REPORT_TEXT_I, 6, "tab\there", HUSTINGS_FEC_ERROR, REPORT_TEXT_I, 6 },
    { "state", JANE_I, 16, "Tx", HUSTINGS_FEC_ERROR, JANE_I, 16 },
    { "state", COVER_I, 8, "T", HUSTINGS_FEC_ERROR, COVER_I, 8 },
    { "date", JANE_I, 20, "20260231", HUSTINGS_FEC_ERROR, JANE_I, 20 },
    { "date", COVER_I, 17, "2026-03-31", HUSTINGS_FEC_ERROR, COVER_I, 17 },
    { "amount", JANE_I, 21, "12.3.4", HUSTINGS_FEC_ERROR, JANE_I, 21 },
    { "amount", JANE_I, 22, "$250", HUSTINGS_FEC_ERROR, JANE_I, 22 },
    { "district", COVER_I, 11, "7", HUSTINGS_FEC_ERROR, COVER_I, 11 },
    { "filer id", COVER_I, 2, "X00123456", HUSTINGS_FEC_ERROR, COVER_I, 2 },
    { "zip", COVER_I, 9, "787", HUSTINGS_FEC_ERROR, COVER_I, 9 },
    { "report code", COVER_I, 12, "Q9", HUSTINGS_FEC_ERROR, COVER_I, 12 },
    { "election code", JANE_I, 18, "P26", HUSTINGS_FEC_ERROR, JANE_I, 18 },
    { "election code", COVER_I, 13, "2026", HUSTINGS_FEC_ERROR, COVER_I, 13 },
    { "other election", JANE_I, 18, "O2026", HUSTINGS_FEC_ERROR, JANE_I, 19 },
    { "entity", JANE_I, 6, "XYZ", HUSTINGS_FEC_ERROR, JANE_I, 6 },
    { "category", PRINTER_I, 24, "013", HUSTINGS_FEC_ERROR, PRINTER_I, 24 },
    { "purpose", PRINTER_I, 23, "", HUSTINGS_FEC_WARNING, PRINTER_I, 23 },
    { "donor committee id", PAC_I, 26, "C123", HUSTINGS_FEC_ERROR, PAC_I, 26 },
    { "donor committee id", PAC_I, 26, "", HUSTINGS_FEC_WARNING, PAC_I, 26 },
    { "office", PAC_I, 34, "Q", HUSTINGS_FEC_ERROR, PAC_I, 34 },
    { "candidate names", PAC_I, 29, "Smith", HUSTINGS_FEC_WARNING, PAC_I, 30 },
    { "upper case id", JANE_I, 3, "sa11ai.1", HUSTINGS_FEC_ERROR, JANE_I, 3 },
    { "upper case id", SB_TEXT_I, 3, "text.1", HUSTINGS_FEC_ERROR, SB_TEXT_I, 3 },
    /* Memo code: X or nothing. */
    { "memo code", CONDUIT_I, 43, "Y", HUSTINGS_FEC_ERROR, CONDUIT_I, 43 },
    { "memo code", PRINTER_I, 42, "true", HUSTINGS_FEC_ERROR, PRINTER_I, 42 },
    /* Names by entity type. */
    { "individual's first name", JANE_I, 9, "", HUSTINGS_FEC_ERROR, JANE_I, 9 },
    { "individual's last name", RICHARD_I, 8, "", HUSTINGS_FEC_ERROR, RICHARD_I, 8 },
    { "organization's name", PRINTER_I, 7, "", HUSTINGS_FEC_ERROR, PRINTER_I, 7 },
    { "committee's name", PAC_I, 7, "", HUSTINGS_FEC_ERROR, PAC_I, 7 },
    { "a candidate is a person", PAC_I, 6, "CAN", HUSTINGS_FEC_ERROR, PAC_I, 8 },
    /* Back references. */
    { "back reference", CONDUIT_I, 4, "SA11AI.9", HUSTINGS_FEC_ERROR, CONDUIT_I, 4 },
    { "back reference type", CONDUIT_I, 5, "SA11C", HUSTINGS_FEC_ERROR, CONDUIT_I, 5 },
    { "back reference half", CONDUIT_I, 5, "", HUSTINGS_FEC_ERROR, CONDUIT_I, 5 },
    { "text back reference", SB_TEXT_I, 4, "SB17.2", HUSTINGS_FEC_ERROR, SB_TEXT_I, 4 },
    { "text back reference type", SB_TEXT_I, 5, "SB21", HUSTINGS_FEC_ERROR, SB_TEXT_I, 5 },
    { "report memo", REPORT_TEXT_I, 5, "F3XN", HUSTINGS_FEC_ERROR, REPORT_TEXT_I, 5 },
    /* Unique transaction ids. */
    { "unique ids", PAC_I, 3, "SA11AI.1", HUSTINGS_FEC_ERROR, PAC_I, 3 },
    { "unique ids", REPORT_TEXT_I, 3, "SB17.1", HUSTINGS_FEC_ERROR, REPORT_TEXT_I, 3 },
    /* The filer. */
    { "filer", PRINTER_I, 2, "C00999999", HUSTINGS_FEC_ERROR, PRINTER_I, 2 },
    /* Summary arithmetic, both columns. */
    { "6(c) = 6(a) - 6(b)", COVER_I, 26, "1790.01", HUSTINGS_FEC_ERROR, COVER_I, 26 },
    { "27 = 25 - 26", COVER_I, 62, "0.00", HUSTINGS_FEC_ERROR, COVER_I, 62 },
    { "22 = 17 + … + 21", COVER_I, 56, "10.00", HUSTINGS_FEC_ERROR, COVER_I, 57 },
    { "column B 11(e)", COVER_I, 75, "2890.10", HUSTINGS_FEC_ERROR, COVER_I, 75 },
    { "column B 22", COVER_I, 93, "0.00", HUSTINGS_FEC_ERROR, COVER_I, 93 },
    /* 11(a)(i) is the itemized individuals; other lines hold at least their records. */
    { "11(a)(i) itemized", JANE_I, 21, "260.00", HUSTINGS_FEC_ERROR, COVER_I, 33 },
    { "memo rows are not added", CONDUIT_I, 43, "", HUSTINGS_FEC_ERROR, COVER_I, 33 },
    { "line 17 below its records", PRINTER_I, 21, "300.01", HUSTINGS_FEC_ERROR, COVER_I, 47 },
    { "line 11(c) below its records", PAC_I, 21, "1000.01", HUSTINGS_FEC_ERROR, COVER_I, 37 },
    { "line of another form", PRINTER_I, 1, "SB21B", HUSTINGS_FEC_ERROR, PRINTER_I, 1 },
    /* Pre-election reports need the election. */
    { "12-day pre-election report", COVER_I, 12, "12G", HUSTINGS_FEC_ERROR, COVER_I, 13 },
    { "30-day post-election report", COVER_I, 12, "30G", HUSTINGS_FEC_ERROR, COVER_I, 14 },
    { "coverage order", COVER_I, 16, "20260401", HUSTINGS_FEC_ERROR, COVER_I, 17 },
    /* An amendment names the original. */
    { "amendment", COVER_I, 1, "F3A", HUSTINGS_FEC_ERROR, HDR_I, 6 },
    { "amendment", COVER_I, 1, "F3A", HUSTINGS_FEC_ERROR, HDR_I, 7 },
    /* The header. */
    { "header", HDR_I, 2, "XYZ", HUSTINGS_FEC_ERROR, HDR_I, 2 },
    { "header", HDR_I, 3, "8.x", HUSTINGS_FEC_ERROR, HDR_I, 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) records = read_fixture ("valid-f3.fec");
      g_autoptr(GPtrArray) problems = NULL;

      hustings_fec_record_set (records->pdata[cases[i].record], cases[i].field, cases[i].value);
      problems = validate (records);
      if (!has_problem (problems, cases[i].severity, cases[i].at_record, cases[i].at_field))
        {
          dump_problems (problems);
          g_error ("“%s”: no %s at record %u field %u", cases[i].what,
                   cases[i].severity == HUSTINGS_FEC_ERROR ? "error" : "warning",
                   cases[i].at_record, cases[i].at_field);
        }
      if (cases[i].severity == HUSTINGS_FEC_WARNING)
        g_assert_cmpuint (hustings_fec_count_errors (problems), ==, 0);
    }
}

/* The conditional rules do not fire when their condition does not hold. */
static void
test_rules_pass (void)
{
  g_autoptr(GPtrArray) records = read_fixture ("valid-f3.fec");
  HustingsFecRecord *jane = records->pdata[JANE_I];
  HustingsFecRecord *printer = records->pdata[PRINTER_I];
  HustingsFecRecord *pac = records->pdata[PAC_I];
  g_autoptr(GPtrArray) problems = NULL;

  /* Employer and occupation: not needed at $200.00, needed at $200.01. */
  hustings_fec_record_set (jane, 24, "");
  hustings_fec_record_set (jane, 25, "");
  hustings_fec_record_set (jane, 22, "200.00");
  problems = problems_new ();
  hustings_fec_validate_record (jane, JANE_I, problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  hustings_fec_record_set (jane, 22, "200.01");
  problems = problems_new ();
  hustings_fec_validate_record (jane, JANE_I, problems);
  g_assert_true (has_problem (problems, HUSTINGS_FEC_ERROR, JANE_I, 24));
  g_assert_true (has_problem (problems, HUSTINGS_FEC_ERROR, JANE_I, 25));
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpstr (((HustingsFecProblem *) problems->pdata[0])->field_name, ==,
                   "contributor_employer");
  g_assert_cmpstr (((HustingsFecProblem *) problems->pdata[0])->tran_id, ==, "SA11AI.1");
  g_assert_cmpstr (((HustingsFecProblem *) problems->pdata[0])->record_type, ==, "SA11AI");
  g_assert_cmpstr (((HustingsFecProblem *) problems->pdata[0])->message, ==,
                   "Employer is missing; it is required once a donor gives over $200");
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* …but not of an organization. */
  hustings_fec_record_set (jane, 6, "ORG");
  hustings_fec_record_set (jane, 7, "Jane Doe LLC");
  problems = problems_new ();
  hustings_fec_validate_record (jane, JANE_I, problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* An organization needs no first and last name, a person no organization name. */
  hustings_fec_record_set (printer, 6, "IND");
  hustings_fec_record_set (printer, 7, "");
  hustings_fec_record_set (printer, 8, "Printer");
  hustings_fec_record_set (printer, 9, "Paul");
  problems = problems_new ();
  hustings_fec_validate_record (printer, PRINTER_I, problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* A House candidate with state and district; an office of P needs neither. */
  hustings_fec_record_set (pac, 28, "H6TX10123");
  hustings_fec_record_set (pac, 29, "Candidate");
  hustings_fec_record_set (pac, 30, "Carla");
  hustings_fec_record_set (pac, 34, "H");
  hustings_fec_record_set (pac, 35, "TX");
  hustings_fec_record_set (pac, 36, "10");
  problems = problems_new ();
  hustings_fec_validate_record (pac, PAC_I, problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);
  hustings_fec_record_set (pac, 36, "");
  problems = problems_new ();
  hustings_fec_validate_record (pac, PAC_I, problems);
  g_assert_true (has_problem (problems, HUSTINGS_FEC_WARNING, PAC_I, 36));
  g_clear_pointer (&problems, g_ptr_array_unref);
  hustings_fec_record_set (pac, 34, "P");
  hustings_fec_record_set (pac, 35, "");
  problems = problems_new ();
  hustings_fec_validate_record (pac, PAC_I, problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* The whole filing still passes. */
  hustings_fec_record_set (jane, 22, "250.00");
  problems = validate (records);
  dump_problems (problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* An amendment that names its original passes. */
  hustings_fec_record_set (records->pdata[COVER_I], 1, "F3A");
  hustings_fec_record_set (records->pdata[HDR_I], 6, "FEC-1234567");
  hustings_fec_record_set (records->pdata[HDR_I], 7, "1");
  hustings_fec_record_set (records->pdata[REPORT_TEXT_I], 5, "F3A");
  problems = validate (records);
  dump_problems (problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* A pre-election report with its election passes. */
  hustings_fec_record_set (records->pdata[COVER_I], 12, "12P");
  hustings_fec_record_set (records->pdata[COVER_I], 13, "P2026");
  hustings_fec_record_set (records->pdata[COVER_I], 14, "20260303");
  hustings_fec_record_set (records->pdata[COVER_I], 15, "TX");
  problems = validate (records);
  dump_problems (problems);
  g_assert_cmpuint (problems->len, ==, 0);
}

/* One record at a time, each freed once added; a back reference may point forward. */
static void
test_validator_streaming (void)
{
  g_autoptr(GPtrArray) records = read_fixture ("valid-f3.fec");
  g_autoptr(GPtrArray) problems = problems_new ();
  g_autoptr(HustingsFecValidator) validator = hustings_fec_validator_new ();
  static const guint order[] = {
    HDR_I, COVER_I, JANE_I, CONDUIT_I, RICHARD_I, PAC_I, SB_TEXT_I, PRINTER_I, REPORT_TEXT_I
  };
  HustingsFecProblem *problem;

  /* A dangling reference, reported at the end with its record. */
  hustings_fec_record_set (records->pdata[REPORT_TEXT_I], 4, "NOWHERE");
  hustings_fec_record_set (records->pdata[REPORT_TEXT_I], 5, "SB17");
  g_ptr_array_set_free_func (records, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      hustings_fec_validator_add (validator, records->pdata[order[i]], problems);
      hustings_fec_record_free (records->pdata[order[i]]);
    }
  g_assert_cmpuint (problems->len, ==, 0);
  hustings_fec_validator_finish (validator, problems);
  dump_problems (problems);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = problems->pdata[0];
  g_assert_cmpint (problem->severity, ==, HUSTINGS_FEC_ERROR);
  g_assert_cmpuint (problem->record, ==, 8);
  g_assert_cmpuint (problem->field, ==, 4);
  g_assert_cmpstr (problem->record_type, ==, "TEXT");
  g_assert_cmpstr (problem->tran_id, ==, "REPORT_MEMO_TEXT1");
  g_assert_cmpstr (problem->field_name, ==, "back_reference_tran_id_number");
}

static void
test_filing_structure (void)
{
  g_autoptr(GPtrArray) records = read_fixture ("valid-f3.fec");
  g_autoptr(GPtrArray) empty = g_ptr_array_new ();
  g_autoptr(GPtrArray) problems = NULL;
  gpointer header;

  problems = validate (empty);
  g_assert_cmpuint (hustings_fec_count_errors (problems), ==, 1);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* Header and cover swapped. */
  header = records->pdata[HDR_I];
  records->pdata[HDR_I] = records->pdata[COVER_I];
  records->pdata[COVER_I] = header;
  problems = validate (records);
  g_assert_true (has_problem (problems, HUSTINGS_FEC_ERROR, 0, 0));
  g_assert_true (has_problem (problems, HUSTINGS_FEC_ERROR, 1, 0));
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* A second cover. */
  records->pdata[COVER_I] = records->pdata[HDR_I];
  records->pdata[HDR_I] = header;
  g_ptr_array_add (records, hustings_fec_record_new ("F3N"));
  problems = validate (records);
  g_assert_true (has_problem (problems, HUSTINGS_FEC_ERROR, records->len - 1, 0));
}

static void
test_f3x_rules (void)
{
  /* Record 1 is the F3XN cover, 5 its SB21B. */
  static const struct { guint record; guint field; const char *value; guint at_field; } cases[] = {
    { 1, 27, "1.00", 27 },      /* 8 = 6(d) - 7 */
    { 1, 66, "0.00", 66 },      /* 31 = 21(c) + 22 … + 30(c) */
    { 1, 64, "5.00", 65 },      /* 30(c) = 30(a)(i) + (ii) + (b) */
    { 1, 79, "1.00", 79 },      /* column B 8 */
    { 1, 117, "1.00", 117 },    /* column B 32 */
    { 1, 30, "1.00", 30 },      /* 11(a)(i) */
    { 5, 21, "450.01", 49 },    /* 21(b) below its records */
    { 1, 75, "26", 75 },        /* the year is four digits */
    { 1, 11, "G26", 11 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) records = read_fixture ("valid-f3x.fec");
      g_autoptr(GPtrArray) problems = NULL;

      hustings_fec_record_set (records->pdata[cases[i].record], cases[i].field, cases[i].value);
      problems = validate (records);
      if (!has_problem (problems, HUSTINGS_FEC_ERROR, 1, cases[i].at_field))
        {
          dump_problems (problems);
          g_error ("F3X case %u: no error at field %u", i, cases[i].at_field);
        }
    }

  /* Pre-election reports of PACs: the election is only recommended. */
  {
    g_autoptr(GPtrArray) records = read_fixture ("valid-f3x.fec");
    g_autoptr(GPtrArray) problems = NULL;

    hustings_fec_record_set (records->pdata[1], 10, "12G");
    problems = validate (records);
    g_assert_true (has_problem (problems, HUSTINGS_FEC_WARNING, 1, 11));
    g_assert_true (has_problem (problems, HUSTINGS_FEC_WARNING, 1, 12));
    g_assert_true (has_problem (problems, HUSTINGS_FEC_WARNING, 1, 13));
    g_assert_cmpuint (hustings_fec_count_errors (problems), ==, 0);
  }
}

/* Every legacy fixture converted to 8.5 keeps its arithmetic. */
static void
test_legacy_validates (void)
{
  g_autoptr(GPtrArray) records = read_fixture ("legacy-v5.fec");
  g_autoptr(GPtrArray) problems = problems_new ();

  for (guint i = 0; i < records->len; i++)
    hustings_fec_validate_record (records->pdata[i], i, problems);
  dump_problems (problems);
  /* Only the TEXT record of 5.x lacks what 8.x requires: filer and transaction id. */
  for (guint i = 0; i < problems->len; i++)
    {
      HustingsFecProblem *p = problems->pdata[i];

      if (p->severity == HUSTINGS_FEC_ERROR)
        g_assert_cmpstr (p->record_type, ==, "TEXT");
    }
  g_assert_true (has_problem (problems, HUSTINGS_FEC_ERROR, 2, 2));
  g_assert_true (has_problem (problems, HUSTINGS_FEC_ERROR, 2, 3));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fec/layouts", test_layouts);
  g_test_add_func ("/fec/records", test_records);
  g_test_add_func ("/fec/values/amounts", test_amounts);
  g_test_add_func ("/fec/values/dates", test_dates);
  g_test_add_func ("/fec/values/to-ascii", test_to_ascii);
  g_test_add_func ("/fec/read/crlf", test_read_crlf);
  g_test_add_func ("/fec/read/quirks", test_read_quirks);
  g_test_add_func ("/fec/read/version-5", test_read_version_5);
  g_test_add_func ("/fec/read/version-2", test_read_version_2);
  g_test_add_func ("/fec/read/version-6", test_read_version_6);
  g_test_add_func ("/fec/read/refuses", test_read_refuses);
  g_test_add_func ("/fec/read/bad-line", test_read_bad_line);
  g_test_add_func ("/fec/write", test_write);
  g_test_add_func ("/fec/write/round-trip", test_round_trip);
  g_test_add_func ("/fec/validate/valid-filings", test_valid_filings);
  g_test_add_func ("/fec/validate/rules-fail", test_rules_fail);
  g_test_add_func ("/fec/validate/rules-pass", test_rules_pass);
  g_test_add_func ("/fec/validate/structure", test_filing_structure);
  g_test_add_func ("/fec/validate/streaming", test_validator_streaming);
  g_test_add_func ("/fec/validate/f3x", test_f3x_rules);
  g_test_add_func ("/fec/validate/legacy", test_legacy_validates);

  return g_test_run ();
}
