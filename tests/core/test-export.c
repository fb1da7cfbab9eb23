/* test-export.c: contacts, donations and disbursements go out to CSV and XLSX whole, in the
 * documented columns, safe to open in a spreadsheet, and read back the same; a failed or
 * cancelled export leaves nothing behind.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <gsf/gsf.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <unistd.h>

#include "test-util.h"

#define SHEET_NS "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define MONEY_FORMAT "\"$\"#,##0.00;-\"$\"#,##0.00"

/* A committee file with three contacts and four receipts that exercise every column. */
typedef struct {
  HustingsCommitteeFile *file;
  char                  *dir;
  gint64                 jose, acme, ann;
  gint64                 gift, processed, refund, processed_refund;
  char                  *jose_created, *acme_created, *ann_created;
} Sample;

static void
sample_free (Sample *s)
{
  g_free (s->dir);
  g_free (s->jose_created);
  g_free (s->acme_created);
  g_free (s->ann_created);
  g_free (s);
}

static gint64
save_contact (HustingsCommitteeFile *file,
              HustingsContact       *contact,
              char                 **created)
{
  g_autoptr(GError) error = NULL;

  hustings_contact_store_add (file, contact, &error);
  g_assert_no_error (error);
  *created = g_strdup (hustings_contact_get_created_at (contact));
  g_assert_nonnull (*created);
  return hustings_contact_get_id (contact);
}

static gint64
save_donation (HustingsCommitteeFile *file,
               HustingsDonation      *donation)
{
  g_autoptr(GError) error = NULL;

  hustings_donation_store_add (file, donation, &error);
  g_assert_no_error (error);
  return hustings_donation_get_id (donation);
}

static Sample *
sample_new (void)
{
  Sample *s = g_new0 (Sample, 1);
  g_autofree char *path = NULL;
  g_autoptr(HustingsContact) jose = test_person ("José", "Núñez");
  g_autoptr(HustingsContact) acme = hustings_contact_new (HUSTINGS_ENTITY_ORG);
  g_autoptr(HustingsContact) ann = test_person ("Ann", "Lee");
  g_autoptr(HustingsDonation) gift = hustings_donation_new ();
  g_autoptr(HustingsDonation) processed = hustings_donation_new ();
  g_autoptr(HustingsDonation) refund = hustings_donation_new ();
  g_autoptr(HustingsDonation) processed_refund = hustings_donation_new ();
  const char * const jose_emails[] = { "jose@example.com", "jn@example.org", NULL };
  const char * const jose_phones[] = { "512-555-0100", "+1 512 555 0199", NULL };
  const char * const jose_tags[] = { "volunteer", "donor", NULL };
  const char * const acme_phones[] = { "+1 214 555 0300", NULL };
  const char * const acme_tags[] = { "donor", NULL };

  g_test_queue_destroy ((GDestroyNotify) sample_free, s);
  s->file = test_new_file (&path);
  s->dir = g_path_get_dirname (path);

  hustings_contact_set_field (jose, HUSTINGS_CONTACT_PREFIX, "Dr.");
  hustings_contact_set_field (jose, HUSTINGS_CONTACT_MIDDLE_NAME, "Q");
  hustings_contact_set_field (jose, HUSTINGS_CONTACT_SUFFIX, "Jr.");
  hustings_contact_set_field (jose, HUSTINGS_CONTACT_STREET1, "12 Elm St");
  hustings_contact_set_field (jose, HUSTINGS_CONTACT_STREET2, "Apt 3");
  hustings_contact_set_field (jose, HUSTINGS_CONTACT_CITY, "Austin");
  hustings_contact_set_field (jose, HUSTINGS_CONTACT_STATE, "TX");
  hustings_contact_set_field (jose, HUSTINGS_CONTACT_ZIP, "78701");
  hustings_contact_set_field (jose, HUSTINGS_CONTACT_EMPLOYER, "=1+1");
  hustings_contact_set_field (jose, HUSTINGS_CONTACT_OCCUPATION, "+Teacher");
  hustings_contact_set_field (jose, HUSTINGS_CONTACT_NOTES,
                              "Met at \"Town Hall\", 2025\nCall back");
  hustings_contact_set_emails (jose, jose_emails);
  hustings_contact_set_phones (jose, jose_phones);
  hustings_contact_set_tags (jose, jose_tags);
  s->jose = save_contact (s->file, jose, &s->jose_created);

  hustings_contact_set_field (acme, HUSTINGS_CONTACT_ORG_NAME, "Acme, Inc.");
  hustings_contact_set_field (acme, HUSTINGS_CONTACT_STREET1, "@SUM(A1)");
  hustings_contact_set_field (acme, HUSTINGS_CONTACT_CITY, "Dallas");
  hustings_contact_set_field (acme, HUSTINGS_CONTACT_STATE, "TX");
  hustings_contact_set_field (acme, HUSTINGS_CONTACT_ZIP, "75201-1234");
  hustings_contact_set_field (acme, HUSTINGS_CONTACT_FEC_ID, "C00654321");
  hustings_contact_set_field (acme, HUSTINGS_CONTACT_NOTES, "\tnote with a tab");
  hustings_contact_set_phones (acme, acme_phones);
  hustings_contact_set_tags (acme, acme_tags);
  s->acme = save_contact (s->file, acme, &s->acme_created);

  hustings_contact_set_field (ann, HUSTINGS_CONTACT_OCCUPATION, "-2+3");
  hustings_contact_set_field (ann, HUSTINGS_CONTACT_NOTES, "\rline after a CR");
  s->ann = save_contact (s->file, ann, &s->ann_created);

  hustings_donation_set_contact_id (gift, s->jose);
  hustings_donation_set_date (gift, "2026-03-04");
  hustings_donation_set_amount (gift, 25000);
  hustings_donation_set_check_number (gift, "1001");
  hustings_donation_set_memo (gift, "=cmd|' /C calc'!A0");
  s->gift = save_donation (s->file, gift);

  hustings_donation_set_contact_id (processed, s->acme);
  hustings_donation_set_date (processed, "2026-04-01");
  hustings_donation_set_amount (processed, 10000);
  hustings_donation_set_method (processed, HUSTINGS_METHOD_PROCESSOR);
  hustings_donation_set_source (processed, "ActBlue", "AB123");
  hustings_donation_set_conduit (processed, "C00401224");
  hustings_donation_set_fee (processed, 330);
  hustings_donation_set_recurring (processed, TRUE);
  hustings_donation_set_memo (processed, "+1 call _x0041_");
  s->processed = save_donation (s->file, processed);

  hustings_donation_set_contact_id (refund, s->jose);
  hustings_donation_set_date (refund, "2026-04-10");
  hustings_donation_set_amount (refund, -2500);
  hustings_donation_set_refund_of (refund, s->gift);
  hustings_donation_set_memo (refund, "\tpartial refund");
  s->refund = save_donation (s->file, refund);

  hustings_donation_set_contact_id (processed_refund, s->acme);
  hustings_donation_set_date (processed_refund, "2026-05-01");
  hustings_donation_set_amount (processed_refund, -1000);
  hustings_donation_set_method (processed_refund, HUSTINGS_METHOD_CARD);
  hustings_donation_set_refund_of (processed_refund, s->processed);
  s->processed_refund = save_donation (s->file, processed_refund);
  return s;
}

static char *
out_path (Sample     *s,
          const char *name)
{
  char *path = g_build_filename (s->dir, name, NULL);

  g_test_queue_free (path);
  return path;
}

/* A formatted string freed when the test ends. */
G_GNUC_PRINTF (1, 2)
static const char *
text_printf (const char *format,
             ...)
{
  char *text;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  g_test_queue_free (text);
  return text;
}

static const char *
id_text (gint64 id)
{
  return text_printf ("%" G_GINT64_FORMAT, id);
}

/* A row of cells, NULL-terminated; freed when the test ends. */
static GStrv
row_of (const char *first,
        ...)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv row;
  va_list args;

  va_start (args, first);
  for (const char *cell = first; cell != NULL; cell = va_arg (args, const char *))
    g_strv_builder_add (builder, cell);
  va_end (args);
  row = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  g_test_queue_destroy ((GDestroyNotify) g_strfreev, row);
  return row;
}

/* How a file gives its cells back: CSV through HustingsCsvReader, XLSX through
 * HustingsTableReader. */
typedef enum {
  AS_CSV,
  AS_XLSX,
} Flavor;

/* A text cell: in CSV a would-be formula carries an apostrophe and a CR reads as a line break;
 * in XLSX it is as stored. */
static const char *
text_cell (Flavor      flavor,
           const char *text)
{
  g_autofree char *neutral = NULL;
  GString *cell;
  char *result;

  if (flavor == AS_XLSX)
    return text;
  neutral = hustings_export_neutralize_cell (text);
  cell = g_string_new (neutral ? neutral : text);
  g_string_replace (cell, "\r", "\n", 0);
  result = g_string_free (cell, FALSE);
  g_test_queue_free (result);
  return result;
}

/* CSV: "90.00"; XLSX: the number as the table reader gives it ("90", "3.3"). */
static const char *
money_cell (Flavor flavor,
            gint64 cents)
{
  char *text;

  if (flavor == AS_XLSX)
    return text_printf ("%.15g", cents / 100.0);
  text = hustings_money_format_plain (cents);
  g_test_queue_free (text);
  return text;
}

/* The cells of a and then of b, in a row freed when the test ends. */
static GStrv
row_cat (GStrv a,
         GStrv b)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv row;

  g_strv_builder_addv (builder, (const char **) a);
  g_strv_builder_addv (builder, (const char **) b);
  row = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  g_test_queue_destroy ((GDestroyNotify) g_strfreev, row);
  return row;
}

static GStrv
jose_contact_row (Sample *s,
                  Flavor  f)
{
  return row_of (id_text (s->jose), "IND", "Dr.", "José", "Q", "Núñez", "Jr.", "", "12 Elm St",
                 "Apt 3", "Austin", "TX", "78701", "jose@example.com; jn@example.org",
                 "512-555-0100; +1 512 555 0199", text_cell (f, "=1+1"),
                 text_cell (f, "+Teacher"), "", "donor; volunteer",
                 "Met at \"Town Hall\", 2025\nCall back", money_cell (f, 22500), "2026-03-04",
                 s->jose_created, NULL);
}

static GStrv
acme_contact_row (Sample *s,
                  Flavor  f)
{
  return row_of (id_text (s->acme), "ORG", "", "", "", "", "", "Acme, Inc.",
                 text_cell (f, "@SUM(A1)"), "", "Dallas", "TX", "75201-1234", "",
                 text_cell (f, "+1 214 555 0300"), "", "", "C00654321", "donor",
                 text_cell (f, "\tnote with a tab"), money_cell (f, 9000), "2026-04-01",
                 s->acme_created, NULL);
}

static GStrv
ann_contact_row (Sample *s,
                 Flavor  f)
{
  return row_of (id_text (s->ann), "IND", "", "Ann", "", "Lee", "", "", "", "", "", "", "", "",
                 "", "", text_cell (f, "-2+3"), "", "", text_cell (f, "\rline after a CR"),
                 money_cell (f, 0), "", s->ann_created, NULL);
}

static GStrv
contact_header (void)
{
  return row_of ("ID", "Entity Type", "Prefix", "First Name", "Middle Name", "Last Name",
                 "Suffix", "Organization", "Street", "Street 2", "City", "State", "ZIP",
                 "Emails", "Phones", "Employer", "Occupation", "FEC ID", "Tags", "Notes",
                 "Cycle Total", "Last Gift", "Created", NULL);
}

static GStrv
donation_header (void)
{
  return row_of ("ID", "Date", "Amount", "Method", "Election", "Check Number", "Source",
                 "Source ID", "Refund Of", "Conduit", "Fee", "Recurring", "Memo",
                 "Donor Entity Type", "Donor Prefix", "Donor First Name", "Donor Middle Name",
                 "Donor Last Name", "Donor Suffix", "Donor Organization", "Donor Street",
                 "Donor Street 2", "Donor City", "Donor State", "Donor ZIP", "Donor Employer",
                 "Donor Occupation", "Donor Email", "Donor Phone", NULL);
}

static GStrv
jose_donor (Flavor f)
{
  return row_of ("IND", "Dr.", "José", "Q", "Núñez", "Jr.", "", "12 Elm St", "Apt 3", "Austin",
                 "TX", "78701", text_cell (f, "=1+1"), text_cell (f, "+Teacher"),
                 "jose@example.com", "512-555-0100", NULL);
}

static GStrv
acme_donor (Flavor f)
{
  return row_of ("ORG", "", "", "", "", "", "Acme, Inc.", text_cell (f, "@SUM(A1)"), "",
                 "Dallas", "TX", "75201-1234", "", "", "", text_cell (f, "+1 214 555 0300"),
                 NULL);
}

static GStrv
gift_row (Sample *s,
          Flavor  f)
{
  return row_cat (row_of (id_text (s->gift), "2026-03-04", money_cell (f, 25000), "check",
                          "P2026", "1001", "", "", "", "", money_cell (f, 0), "",
                          text_cell (f, "=cmd|' /C calc'!A0"), NULL),
                  jose_donor (f));
}

static GStrv
processed_row (Sample *s,
               Flavor  f)
{
  return row_cat (row_of (id_text (s->processed), "2026-04-01", money_cell (f, 10000),
                          "processor", "P2026", "", "ActBlue", "AB123", "", "C00401224",
                          money_cell (f, 330), "yes", text_cell (f, "+1 call _x0041_"), NULL),
                  acme_donor (f));
}

static GStrv
refund_row (Sample *s,
            Flavor  f)
{
  /* The refunded gift has no source id: it is named by its ID. */
  return row_cat (row_of (id_text (s->refund), "2026-04-10", money_cell (f, -2500), "check",
                          "P2026", "", "", "", id_text (s->gift), "", money_cell (f, 0), "",
                          text_cell (f, "\tpartial refund"), NULL),
                  jose_donor (f));
}

static GStrv
processed_refund_row (Sample *s,
                      Flavor  f)
{
  return row_cat (row_of (id_text (s->processed_refund), "2026-05-01", money_cell (f, -1000),
                          "card", "P2026", "", "", "", "AB123", "", money_cell (f, 0), "", "",
                          NULL),
                  acme_donor (f));
}

/* Every record of a CSV file, read with the project's reader. */
static GPtrArray *
read_csv (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCsvReader) reader = hustings_csv_reader_open (path, ',',
                                                                  HUSTINGS_CSV_ENCODING_UTF8,
                                                                  &error);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char * const *fields;
  guint n_fields;
  guint64 line;

  g_assert_no_error (error);
  g_test_queue_destroy ((GDestroyNotify) g_ptr_array_unref, rows);
  while (hustings_csv_reader_next (reader, &fields, &n_fields, &line, &error))
    g_ptr_array_add (rows, g_strdupv ((char **) fields));
  g_assert_no_error (error);
  g_assert_cmpint (hustings_csv_reader_get_encoding (reader), ==, HUSTINGS_CSV_ENCODING_UTF8);
  return rows;
}

/* Every row of a workbook's first sheet, read with the project's table reader; rows the reader
 * ends at their last filled cell are padded with "" to the header's width. */
static GPtrArray *
read_xlsx (const char *path,
           const char *sheet)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsTableReader) reader = hustings_table_reader_open (path, NULL, &error);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char * const *fields;
  guint n_fields;
  guint64 line;
  guint width = 0;

  g_assert_no_error (error);
  g_test_queue_destroy ((GDestroyNotify) g_ptr_array_unref, rows);
  g_assert_cmpint (hustings_table_reader_get_kind (reader), ==, HUSTINGS_TABLE_XLSX);
  g_assert_cmpstr (hustings_table_reader_get_sheets (reader)[0], ==, sheet);
  while (hustings_table_reader_next (reader, &fields, &n_fields, &line, &error))
    {
      GStrv row = g_new0 (char *, MAX (n_fields, width) + 1);

      g_assert_cmpuint (line, ==, rows->len + 1);
      width = MAX (width, n_fields);
      for (guint i = 0; i < width; i++)
        row[i] = g_strdup (i < n_fields ? fields[i] : "");
      g_ptr_array_add (rows, row);
    }
  g_assert_no_error (error);
  return rows;
}

static void
assert_row (const char * const *row,
            const char * const *expected)
{
  for (guint i = 0; expected[i] != NULL; i++)
    {
      g_assert_nonnull (row[i]);
      g_assert_cmpstr (row[i], ==, expected[i]);
    }
  g_assert_cmpuint (g_strv_length ((char **) row), ==, g_strv_length ((char **) expected));
}

static void
assert_rows (GPtrArray *rows,
             ...)
{
  va_list args;
  guint n = 0;

  va_start (args, rows);
  for (GStrv expected = va_arg (args, GStrv); expected != NULL; expected = va_arg (args, GStrv))
    {
      g_assert_cmpuint (n, <, rows->len);
      assert_row (g_ptr_array_index (rows, n), (const char * const *) expected);
      n++;
    }
  va_end (args);
  g_assert_cmpuint (rows->len, ==, n);
}

static char *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_test_queue_free (contents);
  return contents;
}

/* The record that starts with prefix, with its CRLF. */
static char *
line_starting (const char *contents,
               const char *prefix)
{
  const char *start = g_str_has_prefix (contents, prefix) ? contents : NULL;
  g_autofree char *needle = g_strconcat ("\r\n", prefix, NULL);
  const char *end;
  char *line;

  if (start == NULL)
    {
      start = strstr (contents, needle);
      g_assert_nonnull (start);
      start += 2;
    }
  /* A quoted field may hold a line break of its own; a record ends at a CRLF outside quotes. */
  end = start;
  for (gboolean quoted = FALSE; *end && (quoted || !g_str_has_prefix (end, "\r\n")); end++)
    if (*end == '"')
      quoted = !quoted;
  g_assert_true (g_str_has_prefix (end, "\r\n"));
  line = g_strndup (start, (gsize) (end - start) + 2);
  g_test_queue_free (line);
  return line;
}

/* Names in dir that begin with name: the export and any temporary file beside it. */
static guint
count_files_named (const char *dir,
                   const char *name)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *entry;
  guint n = 0;

  g_assert_nonnull (d);
  while ((entry = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (entry, name))
      n++;
  return n;
}

typedef struct {
  GArray       *fractions;
  GCancellable *cancel_at_first;
} Progress;

static void
progress_cb (double    fraction,
             gpointer  user_data)
{
  Progress *p = user_data;

  g_array_append_val (p->fractions, fraction);
  if (p->cancel_at_first != NULL)
    g_cancellable_cancel (p->cancel_at_first);
}

static void
assert_progress (GArray *fractions)
{
  g_assert_cmpuint (fractions->len, >=, 1);
  g_assert_cmpuint (fractions->len, <=, 201);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i - 1), <,
                       g_array_index (fractions, double, i));
  g_assert_cmpfloat (g_array_index (fractions, double, 0), >, 0.0);
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);
}

/* ---- XLSX, read as XML ---- */

static xmlDoc *
zip_xml (const char *path,
         const char *member)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = g_strsplit (member, "/", -1);
  GsfInput *input = gsf_input_stdio_new (path, &error);
  GsfInfile *zip;
  GsfInput *child;
  const guint8 *data;
  gsf_off_t size;
  xmlDoc *doc;

  g_assert_no_error (error);
  zip = gsf_infile_zip_new (input, &error);
  g_assert_no_error (error);
  child = gsf_infile_child_by_aname (zip, (const char **) names);
  g_assert_nonnull (child);
  size = gsf_input_size (child);
  data = gsf_input_read (child, (size_t) size, NULL);
  g_assert_nonnull (data);
  doc = xmlReadMemory ((const char *) data, (int) size, member, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  g_test_queue_destroy ((GDestroyNotify) xmlFreeDoc, doc);
  g_object_unref (child);
  g_object_unref (zip);
  g_object_unref (input);
  return doc;
}

/* The string value of an XPath expression over a SpreadsheetML part (prefix m). */
G_GNUC_PRINTF (2, 3)
static char *
xpath (xmlDoc     *doc,
       const char *format,
       ...)
{
  g_autofree char *expr = NULL;
  xmlXPathContext *context = xmlXPathNewContext (doc);
  xmlXPathObject *result;
  xmlChar *value;
  char *text;
  va_list args;

  va_start (args, format);
  expr = g_strdup_vprintf (format, args);
  va_end (args);
  xmlXPathRegisterNs (context, BAD_CAST "m", BAD_CAST SHEET_NS);
  result = xmlXPathEvalExpression (BAD_CAST expr, context);
  g_assert_nonnull (result);
  value = xmlXPathCastToString (result);
  text = g_strdup ((const char *) value);
  g_test_queue_free (text);
  xmlFree (value);
  xmlXPathFreeObject (result);
  xmlXPathFreeContext (context);
  return text;
}

typedef struct {
  xmlDoc *workbook;
  xmlDoc *sheet;
  xmlDoc *styles;
} Xlsx;

static Xlsx
open_xlsx (const char *path)
{
  return (Xlsx) {
    zip_xml (path, "xl/workbook.xml"),
    zip_xml (path, "xl/worksheets/sheet1.xml"),
    zip_xml (path, "xl/styles.xml"),
  };
}

/* A cell as a string: "n:25" for a number, "s:text" for a string, "" when absent. */
static const char *
cell (Xlsx       *x,
      const char *ref)
{
  const char *type = xpath (x->sheet, "string(//m:c[@r='%s']/@t)", ref);
  char *text;

  if (g_strcmp0 (xpath (x->sheet, "count(//m:c[@r='%s'])", ref), "0") == 0)
    return "";
  /* Every text is a string cell: never a formula, never a shared string to look up. */
  g_assert_cmpstr (xpath (x->sheet, "count(//m:c[@r='%s']/m:f)", ref), ==, "0");
  if (*type == '\0')
    text = g_strconcat ("n:", xpath (x->sheet, "string(//m:c[@r='%s']/m:v)", ref), NULL);
  else
    {
      g_assert_cmpstr (type, ==, "inlineStr");
      text = g_strconcat ("s:", xpath (x->sheet, "string(//m:c[@r='%s']/m:is/m:t)", ref), NULL);
    }
  g_test_queue_free (text);
  return text;
}

/* The index into cellXfs of a cell's style, as an XPath position (1-based). */
static int
cell_xf (Xlsx       *x,
         const char *ref)
{
  return atoi (xpath (x->sheet, "string(//m:c[@r='%s']/@s)", ref)) + 1;
}

static const char *
cell_format (Xlsx       *x,
             const char *ref)
{
  const char *id = xpath (x->styles, "string(/m:styleSheet/m:cellXfs/m:xf[%d]/@numFmtId)",
                          cell_xf (x, ref));

  return xpath (x->styles, "string(/m:styleSheet/m:numFmts/m:numFmt[@numFmtId='%s']/@formatCode)",
                id);
}

static gboolean
cell_is_bold (Xlsx       *x,
              const char *ref)
{
  int font = atoi (xpath (x->styles, "string(/m:styleSheet/m:cellXfs/m:xf[%d]/@fontId)",
                          cell_xf (x, ref)));

  return g_strcmp0 (xpath (x->styles, "count(/m:styleSheet/m:fonts/m:font[%d]/m:b)", font + 1),
                    "1") == 0;
}

/* "W4" -> "$W$4" */
static const char *
absolute_ref (const char *ref)
{
  gsize letters = strspn (ref, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");

  return text_printf ("$%.*s$%s", (int) letters, ref, ref + letters);
}

/* The width of a column (1-based), in characters. */
static double
column_width (Xlsx  *x,
              guint  column)
{
  g_assert_cmpstr (xpath (x->sheet, "string(//m:cols/m:col[%u]/@min)", column), ==,
                   text_printf ("%u", column));
  return g_ascii_strtod (xpath (x->sheet, "string(//m:cols/m:col[%u]/@width)", column), NULL);
}

/* The header is bold and frozen above the rows, the autofilter covers the table, and every
 * column is sized to its header at least, none wider than 50 characters (plus the padding
 * Excel adds). */
static void
assert_layout (Xlsx       *x,
               const char *sheet_name,
               const char *range,
               GStrv       header)
{
  g_auto(GStrv) corners = g_strsplit (range, ":", 2);

  g_assert_cmpstr (xpath (x->workbook, "string(//m:sheet/@name)"), ==, sheet_name);
  g_assert_cmpstr (xpath (x->sheet, "count(//m:f)"), ==, "0");
  g_assert_cmpstr (xpath (x->sheet, "string(//m:pane/@state)"), ==, "frozen");
  g_assert_cmpstr (xpath (x->sheet, "string(//m:pane/@ySplit)"), ==, "1");
  g_assert_cmpstr (xpath (x->sheet, "string(//m:pane/@topLeftCell)"), ==, "A2");
  g_assert_cmpstr (xpath (x->sheet, "string(//m:autoFilter/@ref)"), ==, range);
  /* Excel finds the filtered range through this name. */
  g_assert_cmpstr (xpath (x->workbook,
                          "string(//m:definedName[@name='_xlnm._FilterDatabase'])"), ==,
                   text_printf ("%s!%s:%s", sheet_name, absolute_ref (corners[0]),
                                absolute_ref (corners[1])));
  g_assert_cmpint (atoi (xpath (x->sheet, "count(//m:cols/m:col)")), ==,
                   (int) g_strv_length (header));
  for (guint i = 0; header[i] != NULL; i++)
    {
      double width = column_width (x, i + 1);

      g_assert_cmpfloat (width, >=, g_utf8_strlen (header[i], -1) + 3);
      g_assert_cmpfloat (width, <=, 51);
    }
  g_assert_true (cell_is_bold (x, "A1"));
  g_assert_false (cell_is_bold (x, "A2"));
}

/* ---- Tests ---- */

static void
test_neutralize (void)
{
  static const struct {
    const char *text;
    const char *expected;
  } cases[] = {
    { "=1+1", "'=1+1" },
    { "-25.00", NULL },
    { "-2+3", "'-2+3" },
    { "@SUM", "'@SUM" },
    { "\tx", "'\tx" },
    { "\rx", "'\rx" },
    { "+1 512 555 0100", "'+1 512 555 0100" },
    { "+15", NULL },
    { "-", "'-" },
    { "-.5", NULL },
    { "1,234", NULL },
    { "a=b", NULL },
    { "'=1", NULL },
    { "plain", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *neutral = hustings_export_neutralize_cell (cases[i].text);

      g_assert_cmpstr (neutral, ==, cases[i].expected);
    }
  g_assert_null (hustings_export_neutralize_cell (NULL));
}

static void
test_format_from_path (void)
{
  HustingsExportFormat format = HUSTINGS_EXPORT_XLSX;

  g_assert_true (hustings_export_format_from_path ("/tmp/gifts.csv", &format));
  g_assert_cmpint (format, ==, HUSTINGS_EXPORT_CSV);
  g_assert_true (hustings_export_format_from_path ("Gifts.XLSX", &format));
  g_assert_cmpint (format, ==, HUSTINGS_EXPORT_XLSX);
  g_assert_true (hustings_export_format_from_path ("a.b.Csv", &format));
  g_assert_cmpint (format, ==, HUSTINGS_EXPORT_CSV);
  g_assert_false (hustings_export_format_from_path ("gifts.xls", &format));
  g_assert_false (hustings_export_format_from_path ("gifts", &format));
  g_assert_false (hustings_export_format_from_path ("/tmp/x.csv/gifts", &format));
  g_assert_false (hustings_export_format_from_path ("gifts.csv.bak", &format));
}

static void
test_contacts_csv (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  Sample *s = sample_new ();
  const char *path = out_path (s, "contacts.csv");
  Progress progress = { fractions, NULL };
  const char *bytes;
  g_autoptr(GArray) by_name = NULL;

  g_assert_true (hustings_export_contacts (s->file, NULL, path, HUSTINGS_EXPORT_CSV, NULL,
                                           progress_cb, &progress, &error));
  g_assert_no_error (error);
  assert_progress (fractions);
  g_assert_cmpuint (count_files_named (s->dir, "contacts.csv"), ==, 1);

  /* Exact bytes: no BOM, CRLF, quotes only where needed, formulas neutralized. */
  bytes = read_bytes (path);
  g_assert_true (g_str_has_prefix (bytes, "ID,Entity Type,Prefix,First Name,Middle Name,"
                                   "Last Name,Suffix,Organization,Street,Street 2,City,State,ZIP,"
                                   "Emails,Phones,Employer,Occupation,FEC ID,Tags,Notes,"
                                   "Cycle Total,Last Gift,Created\r\n"));
  g_assert_cmpstr (line_starting (bytes, text_printf ("%" G_GINT64_FORMAT ",", s->jose)), ==,
                   text_printf ("%" G_GINT64_FORMAT ",IND,Dr.,José,Q,Núñez,Jr.,,12 Elm St,"
                                    "Apt 3,Austin,TX,78701,jose@example.com; jn@example.org,"
                                    "512-555-0100; +1 512 555 0199,'=1+1,'+Teacher,,"
                                    "donor; volunteer,\"Met at \"\"Town Hall\"\", 2025\n"
                                    "Call back\",225.00,2026-03-04,%s\r\n",
                                    s->jose, s->jose_created));
  g_assert_cmpstr (line_starting (bytes, text_printf ("%" G_GINT64_FORMAT ",", s->ann)), ==,
                   text_printf ("%" G_GINT64_FORMAT ",IND,,Ann,,Lee,,,,,,,,,,,'-2+3,,,"
                                    "\"'\rline after a CR\",0.00,,%s\r\n",
                                    s->ann, s->ann_created));
  g_assert_cmpstr (line_starting (bytes, text_printf ("%" G_GINT64_FORMAT ",", s->acme)), ==,
                   text_printf ("%" G_GINT64_FORMAT ",ORG,,,,,,\"Acme, Inc.\",'@SUM(A1),,"
                                    "Dallas,TX,75201-1234,,'+1 214 555 0300,,,C00654321,donor,"
                                    "'\tnote with a tab,90.00,2026-04-01,%s\r\n",
                                    s->acme, s->acme_created));

  /* Every column read back, in name order as the contacts list sorts. */
  by_name = hustings_contact_store_list_ids (s->file, HUSTINGS_CONTACT_SORT_NAME, FALSE);
  g_assert_cmpuint (by_name->len, ==, 3);
  g_assert_cmpint (g_array_index (by_name, gint64, 0), ==, s->acme);
  g_assert_cmpint (g_array_index (by_name, gint64, 1), ==, s->ann);
  g_assert_cmpint (g_array_index (by_name, gint64, 2), ==, s->jose);
  assert_rows (read_csv (path), contact_header (), acme_contact_row (s, AS_CSV),
               ann_contact_row (s, AS_CSV), jose_contact_row (s, AS_CSV), NULL);
}

static void
test_donations_csv (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  Sample *s = sample_new ();
  const char *path = out_path (s, "donations.csv");
  Progress progress = { fractions, NULL };
  const char *bytes;

  g_assert_true (hustings_export_donations (s->file, NULL, path, HUSTINGS_EXPORT_CSV, NULL,
                                            progress_cb, &progress, &error));
  g_assert_no_error (error);
  assert_progress (fractions);

  bytes = read_bytes (path);
  g_assert_true (g_str_has_prefix (bytes, "ID,Date,Amount,Method,Election,Check Number,Source,"
                                   "Source ID,Refund Of,Conduit,Fee,Recurring,Memo,"
                                   "Donor Entity Type,Donor Prefix,Donor First Name,"
                                   "Donor Middle Name,Donor Last Name,Donor Suffix,"
                                   "Donor Organization,Donor Street,Donor Street 2,Donor City,"
                                   "Donor State,Donor ZIP,Donor Employer,Donor Occupation,"
                                   "Donor Email,Donor Phone\r\n"));
  g_assert_cmpstr (line_starting (bytes, text_printf ("%" G_GINT64_FORMAT ",", s->processed)), ==,
                   text_printf ("%" G_GINT64_FORMAT ",2026-04-01,100.00,processor,P2026,,"
                                    "ActBlue,AB123,,C00401224,3.30,yes,'+1 call _x0041_,ORG,,,,,,"
                                    "\"Acme, Inc.\",'@SUM(A1),,Dallas,TX,75201-1234,,,,"
                                    "'+1 214 555 0300\r\n", s->processed));
  g_assert_cmpstr (line_starting (bytes, text_printf ("%" G_GINT64_FORMAT ",", s->refund)), ==,
                   text_printf ("%" G_GINT64_FORMAT ",2026-04-10,-25.00,check,P2026,,,,"
                                    "%" G_GINT64_FORMAT ",,0.00,,'\tpartial refund,IND,Dr.,José,"
                                    "Q,Núñez,Jr.,,12 Elm St,Apt 3,Austin,TX,78701,'=1+1,"
                                    "'+Teacher,jose@example.com,512-555-0100\r\n",
                                    s->refund, s->gift));

  /* By date, then id. */
  assert_rows (read_csv (path), donation_header (), gift_row (s, AS_CSV), processed_row (s, AS_CSV),
               refund_row (s, AS_CSV), processed_refund_row (s, AS_CSV), NULL);
}

static void
test_contacts_xlsx (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  Sample *s = sample_new ();
  const char *path = out_path (s, "contacts.xlsx");
  Progress progress = { fractions, NULL };
  Xlsx x;

  g_assert_true (hustings_export_contacts (s->file, NULL, path, HUSTINGS_EXPORT_XLSX, NULL,
                                           progress_cb, &progress, &error));
  g_assert_no_error (error);
  assert_progress (fractions);
  g_assert_cmpuint (count_files_named (s->dir, "contacts.xlsx"), ==, 1);

  assert_rows (read_xlsx (path, "Contacts"), contact_header (), acme_contact_row (s, AS_XLSX),
               ann_contact_row (s, AS_XLSX), jose_contact_row (s, AS_XLSX), NULL);

  x = open_xlsx (path);
  assert_layout (&x, "Contacts", "A1:W4", contact_header ());
  /* Sized from the values too: "jose@example.com; jn@example.org". */
  g_assert_cmpfloat (column_width (&x, 14), >=, 33);
  g_assert_cmpstr (cell (&x, "A1"), ==, "s:ID");
  g_assert_cmpstr (cell (&x, "W1"), ==, "s:Created");
  /* Acme, Lee, Núñez: the order of the contacts list. */
  g_assert_cmpstr (cell (&x, "A2"), ==, text_printf ("n:%" G_GINT64_FORMAT, s->acme));
  g_assert_cmpstr (cell (&x, "A3"), ==, text_printf ("n:%" G_GINT64_FORMAT, s->ann));
  g_assert_cmpstr (cell (&x, "A4"), ==, text_printf ("n:%" G_GINT64_FORMAT, s->jose));
  g_assert_cmpstr (cell (&x, "H2"), ==, "s:Acme, Inc.");
  /* What would be formulas are plain strings, and not neutralized. */
  g_assert_cmpstr (cell (&x, "I2"), ==, "s:@SUM(A1)");
  g_assert_cmpstr (cell (&x, "P4"), ==, "s:=1+1");
  g_assert_cmpstr (cell (&x, "Q4"), ==, "s:+Teacher");
  g_assert_cmpstr (cell (&x, "Q3"), ==, "s:-2+3");
  g_assert_cmpstr (cell (&x, "O2"), ==, "s:+1 214 555 0300");
  /* ZIP codes stay text, leading zeros and all; lists joined. */
  g_assert_cmpstr (cell (&x, "M2"), ==, "s:75201-1234");
  g_assert_cmpstr (cell (&x, "M4"), ==, "s:78701");
  g_assert_cmpstr (cell (&x, "N4"), ==, "s:jose@example.com; jn@example.org");
  g_assert_cmpstr (cell (&x, "S4"), ==, "s:donor; volunteer");
  /* Notes keep their tab, quotes and line break; a CR is escaped as Excel writes it. */
  g_assert_cmpstr (cell (&x, "T2"), ==, "s:\tnote with a tab");
  g_assert_cmpstr (cell (&x, "T3"), ==, "s:_x000D_line after a CR");
  g_assert_cmpstr (cell (&x, "T4"), ==, "s:Met at \"Town Hall\", 2025\nCall back");
  /* Empty values are no cell at all. */
  g_assert_cmpstr (cell (&x, "C3"), ==, "");
  g_assert_cmpstr (cell (&x, "V3"), ==, "");
  /* Money as numbers in a currency format, dates as date serials in yyyy-mm-dd. */
  g_assert_cmpstr (cell (&x, "U2"), ==, "n:90");
  g_assert_cmpstr (cell (&x, "U3"), ==, "n:0");
  g_assert_cmpstr (cell (&x, "U4"), ==, "n:225");
  g_assert_cmpstr (cell_format (&x, "U2"), ==, MONEY_FORMAT);
  g_assert_cmpstr (cell (&x, "V2"), ==, "n:46113");
  g_assert_cmpstr (cell (&x, "V4"), ==, "n:46085");
  g_assert_cmpstr (cell_format (&x, "V4"), ==, "yyyy-mm-dd");
  g_assert_cmpstr (cell (&x, "W4"), ==, text_printf ("s:%s", s->jose_created));
}

static void
test_donations_xlsx (void)
{
  g_autoptr(GError) error = NULL;
  Sample *s = sample_new ();
  const char *path = out_path (s, "donations.xlsx");
  Xlsx x;

  g_assert_true (hustings_export_donations (s->file, NULL, path, HUSTINGS_EXPORT_XLSX, NULL,
                                            NULL, NULL, &error));
  g_assert_no_error (error);

  assert_rows (read_xlsx (path, "Donations"), donation_header (), gift_row (s, AS_XLSX),
               processed_row (s, AS_XLSX), refund_row (s, AS_XLSX),
               processed_refund_row (s, AS_XLSX), NULL);

  x = open_xlsx (path);
  assert_layout (&x, "Donations", "A1:AC5", donation_header ());
  g_assert_cmpstr (cell (&x, "AC1"), ==, "s:Donor Phone");
  g_assert_cmpstr (cell (&x, "A2"), ==, text_printf ("n:%" G_GINT64_FORMAT, s->gift));
  g_assert_cmpstr (cell (&x, "B2"), ==, "n:46085");
  g_assert_cmpstr (cell_format (&x, "B2"), ==, "yyyy-mm-dd");
  g_assert_cmpstr (cell (&x, "C2"), ==, "n:250");
  g_assert_cmpstr (cell (&x, "C4"), ==, "n:-25");
  g_assert_cmpstr (cell_format (&x, "C4"), ==, MONEY_FORMAT);
  g_assert_cmpstr (cell (&x, "F2"), ==, "s:1001");
  g_assert_cmpstr (cell (&x, "M2"), ==, "s:=cmd|' /C calc'!A0");
  /* A literal "_x0041_" is escaped so that Excel shows it as typed. */
  g_assert_cmpstr (cell (&x, "M3"), ==, "s:+1 call _x005F_x0041_");
  g_assert_cmpstr (cell (&x, "M4"), ==, "s:\tpartial refund");
  g_assert_cmpstr (cell (&x, "J3"), ==, "s:C00401224");
  g_assert_cmpstr (cell (&x, "K3"), ==, "n:3.3");
  g_assert_cmpstr (cell_format (&x, "K3"), ==, MONEY_FORMAT);
  g_assert_cmpstr (cell (&x, "K2"), ==, "n:0");
  g_assert_cmpstr (cell (&x, "L3"), ==, "s:yes");
  g_assert_cmpstr (cell (&x, "L2"), ==, "");
  /* Refund Of: the gift's ID as a number, or its source id as text. */
  g_assert_cmpstr (cell (&x, "I4"), ==, text_printf ("n:%" G_GINT64_FORMAT, s->gift));
  g_assert_cmpstr (cell (&x, "I5"), ==, "s:AB123");
  g_assert_cmpstr (cell (&x, "I2"), ==, "");
  g_assert_cmpstr (cell (&x, "T3"), ==, "s:Acme, Inc.");
  g_assert_cmpstr (cell (&x, "Y3"), ==, "s:75201-1234");
  g_assert_cmpstr (cell (&x, "Z2"), ==, "s:=1+1");
  g_assert_cmpstr (cell (&x, "AB2"), ==, "s:jose@example.com");
  g_assert_cmpstr (cell (&x, "AC2"), ==, "s:512-555-0100");
  g_assert_cmpstr (cell (&x, "AB3"), ==, "");
  g_assert_cmpstr (cell (&x, "AC5"), ==, "s:+1 214 555 0300");
}

static void
test_ids (void)
{
  g_autoptr(GError) error = NULL;
  Sample *s = sample_new ();
  const char *contacts = out_path (s, "some-contacts.csv");
  const char *donations = out_path (s, "some-donations.csv");
  g_autoptr(GArray) contact_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) donation_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  const gint64 gone = 424242;

  /* The given order, not the file's; an id no longer in the file is passed over. */
  g_array_append_val (contact_ids, s->jose);
  g_array_append_val (contact_ids, gone);
  g_array_append_val (contact_ids, s->ann);
  g_assert_true (hustings_export_contacts (s->file, contact_ids, contacts, HUSTINGS_EXPORT_CSV,
                                           NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_rows (read_csv (contacts), contact_header (), jose_contact_row (s, AS_CSV),
               ann_contact_row (s, AS_CSV), NULL);

  g_array_append_val (donation_ids, s->processed_refund);
  g_array_append_val (donation_ids, s->gift);
  g_array_append_val (donation_ids, s->refund);
  g_assert_true (hustings_export_donations (s->file, donation_ids, donations,
                                            HUSTINGS_EXPORT_CSV, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_rows (read_csv (donations), donation_header (), processed_refund_row (s, AS_CSV),
               gift_row (s, AS_CSV), refund_row (s, AS_CSV), NULL);

  /* An empty list gives the header alone. */
  g_array_set_size (donation_ids, 0);
  g_assert_true (hustings_export_donations (s->file, donation_ids, donations,
                                            HUSTINGS_EXPORT_CSV, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_rows (read_csv (donations), donation_header (), NULL);
}

static void
test_empty_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  HustingsCommitteeFile *file = test_new_file (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *csv = g_build_filename (dir, "none.csv", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "none.xlsx", NULL);
  Xlsx x;

  g_assert_true (hustings_export_donations (file, NULL, csv, HUSTINGS_EXPORT_CSV, NULL, NULL,
                                            NULL, &error));
  g_assert_no_error (error);
  assert_rows (read_csv (csv), donation_header (), NULL);

  g_assert_true (hustings_export_contacts (file, NULL, xlsx, HUSTINGS_EXPORT_XLSX, NULL, NULL,
                                           NULL, &error));
  g_assert_no_error (error);
  x = open_xlsx (xlsx);
  assert_layout (&x, "Contacts", "A1:W1", contact_header ());
}

static void
add_many_contacts (HustingsCommitteeFile *file,
                   guint                  n)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hustings_committee_file_begin (file, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *last = g_strdup_printf ("Person%04u", i);

      test_add_person (file, "Pat", last);
    }
  g_assert_true (hustings_committee_file_commit (file, &error));
  g_assert_no_error (error);
}

static void
test_cancel (void)
{
  static const char * const names[] = { "contacts.csv", "contacts.xlsx" };
  Sample *s = sample_new ();

  add_many_contacts (s->file, 2500);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
      Progress progress = { fractions, cancellable };
      const char *path = out_path (s, names[i]);
      HustingsExportFormat format;
      g_autofree char *contents = NULL;

      g_assert_true (hustings_export_format_from_path (path, &format));
      /* A file the export would replace stays as it was. */
      g_assert_true (g_file_set_contents (path, "before", -1, NULL));

      /* Cancelled midway, from the progress callback. */
      g_assert_false (hustings_export_contacts (s->file, NULL, path, format, cancellable,
                                                progress_cb, &progress, &error));
      g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CANCELLED);
      g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), <, 1.0);
      g_assert_cmpuint (count_files_named (s->dir, names[i]), ==, 1);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "before");
      g_clear_error (&error);

      /* Cancelled before it starts. */
      g_assert_false (hustings_export_contacts (s->file, NULL, path, format, cancellable,
                                                NULL, NULL, &error));
      g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CANCELLED);
      g_assert_cmpuint (count_files_named (s->dir, names[i]), ==, 1);
      g_clear_error (&error);

      /* Left alone, it replaces the file whole, reporting progress at most ~200 times. */
      g_array_set_size (fractions, 0);
      progress.cancel_at_first = NULL;
      g_assert_true (hustings_export_contacts (s->file, NULL, path, format, NULL, progress_cb,
                                               &progress, &error));
      g_assert_no_error (error);
      assert_progress (fractions);
      g_assert_cmpuint (fractions->len, >=, 100);
      g_assert_cmpuint (count_files_named (s->dir, names[i]), ==, 1);
    }
  g_assert_cmpuint (read_csv (out_path (s, "contacts.csv"))->len, ==, 2504);
}

static void
test_unwritable (void)
{
  Sample *s = sample_new ();
  const char *not_dir = out_path (s, "plain-file");
  g_autofree char *under_file = g_build_filename (not_dir, "contacts.csv", NULL);
  g_autofree char *missing = g_build_filename (s->dir, "no-such-folder", "donations.xlsx", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (not_dir, "", 0, NULL));
  g_assert_false (hustings_export_contacts (s->file, NULL, under_file, HUSTINGS_EXPORT_CSV, NULL,
                                            NULL, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==,
                   text_printf ("Could not write “contacts.csv”: %s", g_strerror (ENOTDIR)));
  g_clear_error (&error);

  g_assert_false (hustings_export_donations (s->file, NULL, missing, HUSTINGS_EXPORT_XLSX, NULL,
                                             NULL, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==,
                   text_printf ("Could not write “donations.xlsx”: %s", g_strerror (ENOENT)));
  g_clear_error (&error);

  /* A folder the user may not write to (root may write anywhere, so only for others). */
  if (geteuid () != 0)
    {
      const char *locked = out_path (s, "locked");
      g_autofree char *inside = g_build_filename (locked, "contacts.xlsx", NULL);

      g_assert_cmpint (g_mkdir (locked, 0555), ==, 0);
      g_assert_false (hustings_export_contacts (s->file, NULL, inside, HUSTINGS_EXPORT_XLSX,
                                                NULL, NULL, NULL, &error));
      g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED);
      g_assert_cmpstr (error->message, ==,
                       text_printf ("Could not write “contacts.xlsx”: %s",
                                        g_strerror (EACCES)));
      g_assert_cmpuint (count_files_named (locked, ""), ==, 0);
      g_rmdir (locked);
    }
}

static void
test_xlsx_limits (void)
{
  g_autoptr(GError) error = NULL;
  Sample *s = sample_new ();
  const char *xlsx = out_path (s, "long.xlsx");
  const char *csv = out_path (s, "long.csv");
  g_autoptr(HustingsContact) wordy = test_person ("Zed", "Young");
  g_autofree char *note = g_strnfill (40000, 'n');
  g_autoptr(GArray) ids = NULL;
  GPtrArray *rows;

  /* A note longer than an Excel cell holds: the XLSX export says so and leaves nothing. */
  hustings_contact_set_field (wordy, HUSTINGS_CONTACT_NOTES, note);
  g_assert_true (hustings_contact_store_add (s->file, wordy, &error));
  g_assert_false (hustings_export_contacts (s->file, NULL, xlsx, HUSTINGS_EXPORT_XLSX, NULL,
                                            NULL, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“Notes” in row 5"));
  g_assert_cmpuint (count_files_named (s->dir, "long.xlsx"), ==, 0);
  g_clear_error (&error);

  /* CSV has no such limit. */
  g_assert_true (hustings_export_contacts (s->file, NULL, csv, HUSTINGS_EXPORT_CSV, NULL, NULL,
                                           NULL, &error));
  g_assert_no_error (error);
  rows = read_csv (csv);
  g_assert_cmpuint (rows->len, ==, 5);
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 4))[19], ==, note);

  /* More rows than a sheet holds: refused before anything is written. */
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), 1048576);
  for (guint i = 0; i < 1048576; i++)
    g_array_append_val (ids, s->gift);
  g_assert_false (hustings_export_donations (s->file, ids, xlsx, HUSTINGS_EXPORT_XLSX, NULL,
                                             NULL, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_cmpuint (count_files_named (s->dir, "long.xlsx"), ==, 0);
}

/* Round trip: export, import into a new committee file, export again; every column but ID and
 * Created comes back the same, and Refund Of names the same gift. */

static void
import_into (HustingsCommitteeFile *file,
             const char            *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsImport) import = hustings_import_new (path, NULL, &error);

  g_assert_no_error (error);
  hustings_import_run (import, file, FALSE, NULL, NULL, NULL, &error);
  for (guint i = 0; i < hustings_import_get_n_rejections (import); i++)
    g_test_message ("%s line %" G_GUINT64_FORMAT ": %s", path,
                    hustings_import_get_rejection (import, i)->line,
                    hustings_import_get_rejection (import, i)->reason);
  g_assert_no_error (error);
}

/* Rows of two exports of the same data from different files: the same but for ID and Created,
 * and Refund Of, which names a gift by ID when it has no source id, names the same gift. */
static void
assert_same_rows (GPtrArray *before,
                  GPtrArray *after)
{
  const char * const *header = g_ptr_array_index (before, 0);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal); /* before -> after */

  g_assert_cmpuint (after->len, ==, before->len);
  for (guint r = 1; r < before->len; r++)
    g_hash_table_insert (ids, ((char **) g_ptr_array_index (before, r))[0],
                         ((char **) g_ptr_array_index (after, r))[0]);
  for (guint r = 1; r < before->len; r++)
    {
      const char * const *a = g_ptr_array_index (before, r);
      const char * const *b = g_ptr_array_index (after, r);

      g_assert_cmpuint (g_strv_length ((char **) b), ==, g_strv_length ((char **) a));
      for (guint i = 1; a[i] != NULL; i++)
        {
          const char *expected = a[i];

          if (g_str_equal (header[i], "Created"))
            continue;
          if (g_str_equal (header[i], "Refund Of") && g_hash_table_contains (ids, a[i]))
            expected = g_hash_table_lookup (ids, a[i]);
          if (g_strcmp0 (b[i], expected) != 0)
            g_test_message ("row %u, %s: “%s” came back as “%s”", r, header[i], expected, b[i]);
          g_assert_cmpstr (b[i], ==, expected);
        }
    }
}

static void
test_round_trip (gconstpointer data)
{
  HustingsExportFormat format = GPOINTER_TO_INT (data);
  const char *suffix = format == HUSTINGS_EXPORT_CSV ? "csv" : "xlsx";
  g_autoptr(GError) error = NULL;
  Sample *s = sample_new ();
  g_autoptr(HustingsCommittee) committee = hustings_committee_file_dup_committee (s->file);
  g_autoptr(HustingsCommitteeFile) again = NULL;
  const char *contacts = out_path (s, text_printf ("contacts.%s", suffix));
  const char *donations = out_path (s, text_printf ("donations.%s", suffix));
  const char *before[] = { out_path (s, "contacts-before.csv"),
                           out_path (s, "donations-before.csv") };
  const char *after[] = { out_path (s, "contacts-after.csv"), out_path (s, "donations-after.csv") };

  g_assert_true (hustings_export_contacts (s->file, NULL, contacts, format, NULL, NULL, NULL,
                                           &error));
  g_assert_true (hustings_export_donations (s->file, NULL, donations, format, NULL, NULL, NULL,
                                            &error));
  g_assert_true (hustings_export_contacts (s->file, NULL, before[0], HUSTINGS_EXPORT_CSV, NULL,
                                           NULL, NULL, &error));
  g_assert_true (hustings_export_donations (s->file, NULL, before[1], HUSTINGS_EXPORT_CSV, NULL,
                                            NULL, NULL, &error));
  g_assert_no_error (error);

  again = hustings_committee_file_create (out_path (s, "again.hustings"), committee, &error);
  g_assert_no_error (error);
  import_into (again, contacts);
  import_into (again, donations);

  g_assert_true (hustings_export_contacts (again, NULL, after[0], HUSTINGS_EXPORT_CSV, NULL,
                                           NULL, NULL, &error));
  g_assert_true (hustings_export_donations (again, NULL, after[1], HUSTINGS_EXPORT_CSV, NULL,
                                            NULL, NULL, &error));
  g_assert_no_error (error);
  assert_same_rows (read_csv (before[0]), read_csv (after[0]));
  assert_same_rows (read_csv (before[1]), read_csv (after[1]));
}

/* ---- Disbursements ---- */

/* Four disbursements of the sample's contacts: a check with a formula-like memo, a salary, a
 * memo entry and a contribution refund on its line. */
typedef struct {
  gint64 signs, salary, item, refund;
} Paid;

static gint64
save_disbursement (HustingsCommitteeFile *file,
                   gint64                 payee,
                   const char            *date,
                   gint64                 cents,
                   const char            *purpose,
                   const char            *category)
{
  g_autoptr(HustingsDisbursement) d = hustings_disbursement_new ();
  g_autoptr(GError) error = NULL;

  hustings_disbursement_set_contact_id (d, payee);
  hustings_disbursement_set_date (d, date);
  hustings_disbursement_set_amount (d, cents);
  hustings_disbursement_set_purpose (d, purpose);
  hustings_disbursement_set_category (d, category);
  g_assert_true (hustings_disbursement_store_add (file, d, &error));
  g_assert_no_error (error);
  return hustings_disbursement_get_id (d);
}

static Paid
sample_disbursements (Sample *s)
{
  Paid paid;
  g_autoptr(HustingsDisbursement) d = NULL;
  g_autoptr(GError) error = NULL;

  paid.signs = save_disbursement (s->file, s->acme, "2026-02-01", 123456, "Yard signs, 500",
                                  "006");
  d = hustings_disbursement_store_get (s->file, paid.signs, &error);
  hustings_disbursement_set_check_number (d, "1001");
  hustings_disbursement_set_election (d, "P2026");
  hustings_disbursement_set_memo (d, "=HYPERLINK(\"x\")");
  g_assert_true (hustings_disbursement_store_update (s->file, d, &error));
  g_clear_object (&d);
  paid.salary = save_disbursement (s->file, s->ann, "2026-02-15", 275000, "Salary", "001");
  paid.item = save_disbursement (s->file, s->acme, "2026-02-15", -1234, "Void: toner", "");
  d = hustings_disbursement_store_get (s->file, paid.item, &error);
  hustings_disbursement_set_memo_entry (d, TRUE);
  g_assert_true (hustings_disbursement_store_update (s->file, d, &error));
  g_clear_object (&d);
  paid.refund = save_disbursement (s->file, s->jose, "2026-03-01", 2500,
                                   "Refund of contribution", "010");
  d = hustings_disbursement_store_get (s->file, paid.refund, &error);
  hustings_disbursement_set_line (d, "SB20A");
  g_assert_true (hustings_disbursement_store_update (s->file, d, &error));
  g_assert_no_error (error);
  return paid;
}

static void
test_disbursements_csv (void)
{
  g_autoptr(GError) error = NULL;
  Sample *s = sample_new ();
  Paid paid = sample_disbursements (s);
  const char *path = out_path (s, "disbursements.csv");
  const char *part = out_path (s, "part.csv");
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *bytes;
  GPtrArray *rows;

  g_assert_true (hustings_export_disbursements (s->file, NULL, path, HUSTINGS_EXPORT_CSV, NULL,
                                                NULL, NULL, &error));
  g_assert_no_error (error);
  bytes = read_bytes (path);
  g_assert_true (g_str_has_prefix (bytes, "ID,Date,Amount,Purpose,Category,Line,Election,"
                                   "Check Number,Memo Entry,Memo,Source,Source ID,"
                                   "Payee Entity Type,Payee Prefix,Payee First Name,"
                                   "Payee Middle Name,Payee Last Name,Payee Suffix,"
                                   "Payee Organization,Payee Street,Payee Street 2,Payee City,"
                                   "Payee State,Payee ZIP,Payee FEC ID,Payee Email,"
                                   "Payee Phone\r\n"));
  g_assert_cmpstr (line_starting (bytes, text_printf ("%" G_GINT64_FORMAT ",", paid.signs)), ==,
                   text_printf ("%" G_GINT64_FORMAT ",2026-02-01,1234.56,\"Yard signs, 500\","
                                "006,SB17,P2026,1001,,\"'=HYPERLINK(\"\"x\"\")\",,,ORG,,,,,,"
                                "\"Acme, Inc.\",'@SUM(A1),,Dallas,TX,75201-1234,C00654321,,"
                                "'+1 214 555 0300\r\n", paid.signs));
  g_assert_cmpstr (line_starting (bytes, text_printf ("%" G_GINT64_FORMAT ",", paid.item)), ==,
                   text_printf ("%" G_GINT64_FORMAT ",2026-02-15,-12.34,Void: toner,,SB17,,,"
                                "yes,,,,ORG,,,,,,\"Acme, Inc.\",'@SUM(A1),,Dallas,TX,"
                                "75201-1234,C00654321,,'+1 214 555 0300\r\n", paid.item));
  g_assert_cmpstr (line_starting (bytes, text_printf ("%" G_GINT64_FORMAT ",", paid.refund)), ==,
                   text_printf ("%" G_GINT64_FORMAT ",2026-03-01,25.00,Refund of contribution,"
                                "010,SB20A,,,,,,,IND,Dr.,José,Q,Núñez,Jr.,,12 Elm St,Apt 3,"
                                "Austin,TX,78701,,jose@example.com,512-555-0100\r\n",
                                paid.refund));
  /* By date, then id. */
  rows = read_csv (path);
  g_assert_cmpuint (rows->len, ==, 5);
  g_assert_cmpstr (((char **) rows->pdata[1])[0], ==, id_text (paid.signs));
  g_assert_cmpstr (((char **) rows->pdata[2])[0], ==, id_text (paid.salary));
  g_assert_cmpstr (((char **) rows->pdata[3])[0], ==, id_text (paid.item));
  g_assert_cmpstr (((char **) rows->pdata[4])[0], ==, id_text (paid.refund));

  /* Those of a list, in its order; ids gone from the file are passed over. */
  g_array_append_val (ids, paid.refund);
  g_array_append_val (ids, paid.signs);
  g_assert_true (hustings_disbursement_store_delete (s->file, paid.salary, &error));
  g_array_append_val (ids, paid.salary);
  g_assert_true (hustings_export_disbursements (s->file, ids, part, HUSTINGS_EXPORT_CSV, NULL,
                                                NULL, NULL, &error));
  g_assert_no_error (error);
  rows = read_csv (part);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (((char **) rows->pdata[1])[0], ==, id_text (paid.refund));
  g_assert_cmpstr (((char **) rows->pdata[2])[0], ==, id_text (paid.signs));
}

static void
test_disbursements_xlsx (void)
{
  g_autoptr(GError) error = NULL;
  Sample *s = sample_new ();
  Paid paid = sample_disbursements (s);
  const char *path = out_path (s, "disbursements.xlsx");
  GPtrArray *rows;
  char **signs;

  g_assert_true (hustings_export_disbursements (s->file, NULL, path, HUSTINGS_EXPORT_XLSX, NULL,
                                                NULL, NULL, &error));
  g_assert_no_error (error);
  rows = read_xlsx (path, "Disbursements");
  g_assert_cmpuint (rows->len, ==, 5);
  signs = rows->pdata[1];
  g_assert_cmpstr (signs[0], ==, id_text (paid.signs));
  g_assert_cmpstr (signs[2], ==, "1234.56");
  g_assert_cmpstr (signs[3], ==, "Yard signs, 500");
  /* A code stays text: no spreadsheet makes "006" a 6. */
  g_assert_cmpstr (signs[4], ==, "006");
  g_assert_cmpstr (signs[9], ==, "=HYPERLINK(\"x\")");
  g_assert_cmpstr (((char **) rows->pdata[3])[8], ==, "yes");
}

/* Exported, imported into a new committee file (the payees made from the file), exported
 * again: the same, but for the ids. */
static void
test_disbursements_round_trip (gconstpointer data)
{
  HustingsExportFormat format = GPOINTER_TO_INT (data);
  g_autoptr(GError) error = NULL;
  Sample *s = sample_new ();
  g_autoptr(HustingsCommittee) committee = hustings_committee_file_dup_committee (s->file);
  g_autoptr(HustingsCommitteeFile) again = NULL;
  g_autoptr(HustingsImport) twice = NULL;
  const char *exported = out_path (s, format == HUSTINGS_EXPORT_CSV ? "paid.csv" : "paid.xlsx");
  const char *before = out_path (s, "paid-before.csv");
  const char *after = out_path (s, "paid-after.csv");

  sample_disbursements (s);
  g_assert_true (hustings_export_disbursements (s->file, NULL, exported, format, NULL, NULL,
                                                NULL, &error));
  g_assert_true (hustings_export_disbursements (s->file, NULL, before, HUSTINGS_EXPORT_CSV, NULL,
                                                NULL, NULL, &error));
  g_assert_no_error (error);

  again = hustings_committee_file_create (out_path (s, "again.hustings"), committee, &error);
  g_assert_no_error (error);
  import_into (again, exported);
  g_assert_cmpint (hustings_disbursement_store_count (again), ==, 4);
  g_assert_cmpint (hustings_committee_file_count_contacts (again), ==, 3);
  g_assert_true (hustings_export_disbursements (again, NULL, after, HUSTINGS_EXPORT_CSV, NULL,
                                                NULL, NULL, &error));
  g_assert_no_error (error);
  assert_same_rows (read_csv (before), read_csv (after));

  /* And the file once more into either: nothing is added. */
  twice = hustings_import_new (exported, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hustings_import_run (twice, s->file, FALSE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (hustings_import_get_summary (twice)->duplicates_skipped, ==, 4);
  g_assert_cmpuint (hustings_import_get_summary (twice)->disbursements_added, ==, 0);
  g_assert_cmpint (hustings_disbursement_store_count (s->file), ==, 4);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  xmlInitParser ();

  g_test_add_func ("/export/neutralize", test_neutralize);
  g_test_add_func ("/export/format-from-path", test_format_from_path);
  g_test_add_func ("/export/contacts-csv", test_contacts_csv);
  g_test_add_func ("/export/donations-csv", test_donations_csv);
  g_test_add_func ("/export/contacts-xlsx", test_contacts_xlsx);
  g_test_add_func ("/export/donations-xlsx", test_donations_xlsx);
  g_test_add_func ("/export/ids", test_ids);
  g_test_add_func ("/export/empty-file", test_empty_file);
  g_test_add_func ("/export/cancel", test_cancel);
  g_test_add_func ("/export/unwritable", test_unwritable);
  g_test_add_func ("/export/xlsx-limits", test_xlsx_limits);
  g_test_add_data_func ("/export/round-trip-csv", GINT_TO_POINTER (HUSTINGS_EXPORT_CSV),
                        test_round_trip);
  g_test_add_data_func ("/export/round-trip-xlsx", GINT_TO_POINTER (HUSTINGS_EXPORT_XLSX),
                        test_round_trip);
  g_test_add_func ("/export/disbursements-csv", test_disbursements_csv);
  g_test_add_func ("/export/disbursements-xlsx", test_disbursements_xlsx);
  g_test_add_data_func ("/export/disbursements-round-trip-csv",
                        GINT_TO_POINTER (HUSTINGS_EXPORT_CSV), test_disbursements_round_trip);
  g_test_add_data_func ("/export/disbursements-round-trip-xlsx",
                        GINT_TO_POINTER (HUSTINGS_EXPORT_XLSX), test_disbursements_round_trip);

  return g_test_run ();
}
