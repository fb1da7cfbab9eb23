/* test-xlsx.c: workbooks (made here with libxlsxwriter, or part by part with libgsf for what
 * it cannot write) and CSV files come out of the table reader as the rows Excel shows, and
 * damaged or foreign files fail with errors that say what is wrong.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <gsf/gsf-outfile-zip.h>
#include <gsf/gsf-outfile.h>
#include <gsf/gsf-output-stdio.h>
#include <xlsxwriter.h>

#include "hustings-table-reader.h"
#include "hustings-xlsx-reader.h"
#include "test-util.h"

#define NS_MAIN "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define NS_RELS "http://schemas.openxmlformats.org/package/2006/relationships"
#define NS_DOC  "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define XML_DECL "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

#define ROOT_RELS \
  XML_DECL "<Relationships xmlns=\"" NS_RELS "\"><Relationship Id=\"rId1\" Type=\"" NS_DOC \
  "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"

/* Cell styles for hand-made workbooks: s="N" gives the Nth <xf>. */
#define TEST_STYLES \
  XML_DECL "<styleSheet xmlns=\"" NS_MAIN "\"><numFmts count=\"7\">" \
  "<numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/>" \
  "<numFmt numFmtId=\"165\" formatCode=\"[$-409]mmmm d, yyyy\"/>" \
  "<numFmt numFmtId=\"166\" formatCode=\"[Red]0.00\"/>" \
  "<numFmt numFmtId=\"167\" formatCode=\"0.00\"/>" \
  "<numFmt numFmtId=\"168\" formatCode=\"h:mm\"/>" \
  "<numFmt numFmtId=\"169\" formatCode=\"m/d/yy h:mm\"/>" \
  "<numFmt numFmtId=\"170\" formatCode=\"[h]:mm:ss\"/>" \
  "<numFmt numFmtId=\"171\" formatCode=\"&quot;Day&quot; 0\"/>" \
  "</numFmts>" \
  "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>" \
  "<cellXfs count=\"12\">" \
  "<xf numFmtId=\"0\"/>"                       /* 0: General */ \
  "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/>" /* 1: m/d/yyyy, built in */ \
  "<xf numFmtId=\"164\"/>"                     /* 2 */ \
  "<xf numFmtId=\"165\"/>"                     /* 3 */ \
  "<xf numFmtId=\"166\"/>"                     /* 4 */ \
  "<xf numFmtId=\"167\"/>"                     /* 5 */ \
  "<xf numFmtId=\"168\"/>"                     /* 6 */ \
  "<xf numFmtId=\"169\"/>"                     /* 7 */ \
  "<xf numFmtId=\"22\"/>"                      /* 8: m/d/yyyy h:mm, built in */ \
  "<xf numFmtId=\"20\"/>"                      /* 9: h:mm, built in */ \
  "<xf numFmtId=\"170\"/>"                     /* 10 */ \
  "<xf numFmtId=\"171\"/>"                     /* 11 */ \
  "</cellXfs></styleSheet>"

/* What reading a whole file gave: each row as "line:field|field". */
typedef struct {
  GPtrArray *rows;
  GError    *error;
  char      *description;
  GStrv      sheets;
} Result;

static void
result_free (Result *r)
{
  g_ptr_array_unref (r->rows);
  g_clear_error (&r->error);
  g_free (r->description);
  g_strfreev (r->sheets);
  g_free (r);
}

/* A path in a temporary folder removed after the test. */
static char *
temp_path (const char *name)
{
  char *dir = test_tmpdir ();
  char *path = g_build_filename (dir, name, NULL);

  g_test_queue_destroy ((GDestroyNotify) test_rm_rf, dir);
  g_test_queue_free (path);
  return path;
}

static const char *
write_file (const char *name,
            const char *bytes,
            gssize      len)
{
  g_autoptr(GError) error = NULL;
  char *path = temp_path (name);

  g_file_set_contents (path, bytes, len, &error);
  g_assert_no_error (error);
  return path;
}

/* A ZIP of the members given as name, content, name, content, ..., NULL. */
static const char *
write_zip (const char *first_name,
           ...)
{
  g_autoptr(GError) error = NULL;
  char *path = temp_path ("book.xlsx");
  GsfOutput *sink = gsf_output_stdio_new (path, &error);
  GsfOutfile *zip;
  va_list args;

  g_assert_no_error (error);
  zip = gsf_outfile_zip_new (sink, &error);
  g_assert_no_error (error);
  va_start (args, first_name);
  for (const char *name = first_name; name != NULL; name = va_arg (args, const char *))
    {
      const char *content = va_arg (args, const char *);
      GsfOutput *member = gsf_outfile_new_child (zip, name, FALSE);

      g_assert_true (gsf_output_write (member, strlen (content), (const guint8 *) content));
      g_assert_true (gsf_output_close (member));
      g_object_unref (member);
    }
  va_end (args);
  g_assert_true (gsf_output_close (GSF_OUTPUT (zip)));
  g_object_unref (zip);
  g_object_unref (sink);
  return path;
}

/* A hand-made workbook. */
typedef struct {
  const char *workbook_pr;   /* attributes of <workbookPr> */
  const char *sheets;        /* <sheet> elements; NULL: one, "Sheet1", at rId1 */
  const char *sheet_target;  /* where rId1 points; NULL: "worksheets/sheet1.xml" */
  const char *shared;        /* <si> elements; NULL: no shared strings */
  const char *styles;        /* NULL: TEST_STYLES */
  const char *data;          /* what <sheetData> holds */
  const char *worksheet;     /* the whole sheet instead */
} Book;

static const char *
write_book (const Book *book)
{
  g_autofree char *workbook = g_strdup_printf (
    XML_DECL "<workbook xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_DOC "\"><workbookPr %s/>"
    "<sheets>%s</sheets></workbook>",
    book->workbook_pr != NULL ? book->workbook_pr : "",
    book->sheets != NULL ? book->sheets : "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/>");
  g_autofree char *rels = g_strdup_printf (
    XML_DECL "<Relationships xmlns=\"" NS_RELS "\">"
    "<Relationship Id=\"rId1\" Type=\"" NS_DOC "/worksheet\" Target=\"%s\"/>"
    "<Relationship Id=\"rId2\" Type=\"" NS_DOC "/styles\" Target=\"styles.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"" NS_DOC "/sharedStrings\" Target=\"%s\"/>"
    "<Relationship Id=\"rId4\" Type=\"" NS_DOC "/hyperlink\" Target=\"https://example.com\" "
    "TargetMode=\"External\"/></Relationships>",
    book->sheet_target != NULL ? book->sheet_target : "worksheets/sheet1.xml",
    book->sheet_target != NULL && book->sheet_target[0] == '/' ? "/xl/sharedStrings.xml"
                                                               : "sharedStrings.xml");
  g_autofree char *shared = g_strdup_printf (XML_DECL "<sst xmlns=\"" NS_MAIN "\">%s</sst>",
                                             book->shared != NULL ? book->shared : "");
  g_autofree char *sheet = g_strdup_printf (
    XML_DECL "<worksheet xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_DOC "\"><dimension ref=\"A1\"/>"
    "<sheetData>%s</sheetData><pageMargins left=\"0.7\"/></worksheet>",
    book->data != NULL ? book->data : "");

  return write_zip ("_rels/.rels", ROOT_RELS,
                    "xl/workbook.xml", workbook,
                    "xl/_rels/workbook.xml.rels", rels,
                    "xl/styles.xml", book->styles != NULL ? book->styles : TEST_STYLES,
                    "xl/worksheets/sheet1.xml", book->worksheet != NULL ? book->worksheet : sheet,
                    book->shared != NULL ? "xl/sharedStrings.xml" : NULL, shared,
                    NULL);
}

/* Reads the whole file through the table reader; read errors end up in the result, open
 * errors fail the test. */
static Result *
read_all (const char                 *path,
          const HustingsTableOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsTableReader) reader = hustings_table_reader_open (path, options, &error);
  Result *r = g_new0 (Result, 1);
  const char * const *fields;
  const char * const *sheets;
  guint n_fields;
  guint64 line;
  double progress = 0.0;

  g_assert_no_error (error);
  g_assert_nonnull (reader);
  g_test_queue_destroy ((GDestroyNotify) result_free, r);
  r->rows = g_ptr_array_new_with_free_func (g_free);
  r->description = hustings_table_reader_describe (reader);
  sheets = hustings_table_reader_get_sheets (reader);
  r->sheets = sheets != NULL ? g_strdupv ((char **) sheets) : NULL;
  while (hustings_table_reader_next (reader, &fields, &n_fields, &line, &r->error))
    {
      g_autofree char *joined = g_strjoinv ("|", (char **) fields);

      g_assert_cmpuint (g_strv_length ((char **) fields), ==, n_fields);
      g_assert_cmpuint (n_fields, >, 0);
      for (guint i = 0; i < n_fields; i++)
        g_assert_true (g_utf8_validate (fields[i], -1, NULL));
      g_ptr_array_add (r->rows, g_strdup_printf ("%" G_GUINT64_FORMAT ":%s", line, joined));
      g_assert_cmpfloat (hustings_table_reader_get_progress (reader), >=, progress);
      progress = hustings_table_reader_get_progress (reader);
      g_assert_cmpfloat (progress, <=, 1.0);
    }
  if (r->error == NULL)
    g_assert_cmpfloat (hustings_table_reader_get_progress (reader), ==, 1.0);
  return r;
}

static Result *
read_book (const Book *book)
{
  Result *r = read_all (write_book (book), NULL);

  g_assert_no_error (r->error);
  return r;
}

/* Checks the rows, given as "line:field|field", NULL-terminated. */
static void
assert_rows (Result     *r,
             const char *first,
             ...)
{
  va_list args;
  guint i = 0;

  va_start (args, first);
  for (const char *row = first; row != NULL; row = va_arg (args, const char *), i++)
    {
      g_assert_cmpuint (i, <, r->rows->len);
      g_assert_cmpstr (g_ptr_array_index (r->rows, i), ==, row);
    }
  va_end (args);
  g_assert_cmpuint (r->rows->len, ==, i);
}

/* Checks the error's message; one that ends with "…" only has to start the same way. */
static void
assert_message (const GError *error,
                const char   *message)
{
  if (g_str_has_suffix (message, "…"))
    {
      gsize len = strlen (message) - strlen ("…");
      g_autofree char *start = g_strndup (error->message, len);
      g_autofree char *expected = g_strndup (message, len);

      g_assert_cmpstr (start, ==, expected);
      g_assert_cmpuint (strlen (error->message), >, len + 2);
    }
  else
    g_assert_cmpstr (error->message, ==, message);
}

static void
assert_open_fails (const char                 *path,
                   const HustingsTableOptions *options,
                   const char                 *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsTableReader) reader = hustings_table_reader_open (path, options, &error);

  g_assert_null (reader);
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  assert_message (error, message);
}

static void
check_lxw (lxw_error status)
{
  g_assert_cmpint (status, ==, LXW_NO_ERROR);
}

/* Donors (two rows), Gifts, and a hidden Lookup sheet that comes first. */
static const char *
write_sheets_workbook (void)
{
  const char *path = temp_path ("sheets.xlsx");
  lxw_workbook *book = workbook_new (path);
  lxw_worksheet *lookup = workbook_add_worksheet (book, "Lookup");
  lxw_worksheet *donors = workbook_add_worksheet (book, "Donors");
  lxw_worksheet *gifts = workbook_add_worksheet (book, "Gifts");

  check_lxw (worksheet_write_string (lookup, 0, 0, "hidden", NULL));
  check_lxw (worksheet_write_string (donors, 0, 0, "Name", NULL));
  check_lxw (worksheet_write_string (donors, 0, 1, "Amount", NULL));
  check_lxw (worksheet_write_string (donors, 1, 0, "Ann Lee", NULL));
  check_lxw (worksheet_write_number (donors, 1, 1, 25, NULL));
  check_lxw (worksheet_write_string (gifts, 0, 0, "Gift", NULL));
  check_lxw (worksheet_write_number (gifts, 2, 0, 25.5, NULL));
  worksheet_activate (donors);
  worksheet_set_first_sheet (donors);
  worksheet_hide (lookup);
  check_lxw (workbook_close (book));
  return path;
}

static void
test_first_sheet (void)
{
  const char *path = write_sheets_workbook ();
  Result *r = read_all (path, NULL);
  const char *sheets[] = { "Donors", "Gifts", NULL };

  g_assert_no_error (r->error);
  assert_rows (r, "1:Name|Amount", "2:Ann Lee|25", NULL);
  g_assert_cmpstr (r->description, ==, "Excel workbook, sheet “Donors”");
  g_assert_cmpstrv (r->sheets, sheets);
}

static void
test_chosen_sheet (void)
{
  const char *path = write_sheets_workbook ();
  HustingsTableOptions options = { 0, HUSTINGS_CSV_ENCODING_AUTO, "Gifts" };
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsTableReader) reader = NULL;
  Result *r = read_all (path, &options);

  g_assert_no_error (r->error);
  assert_rows (r, "1:Gift", "3:25.5", NULL);
  g_assert_cmpstr (r->description, ==, "Excel workbook, sheet “Gifts”");

  /* A hidden sheet can be asked for; names compare without regard to case. */
  options.sheet = "LOOKUP";
  r = read_all (path, &options);
  g_assert_no_error (r->error);
  assert_rows (r, "1:hidden", NULL);
  g_assert_cmpstr (r->description, ==, "Excel workbook, sheet “Lookup”");

  reader = hustings_table_reader_open (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hustings_table_reader_get_kind (reader), ==, HUSTINGS_TABLE_XLSX);
}

static void
test_unknown_sheet (void)
{
  HustingsTableOptions options = { 0, HUSTINGS_CSV_ENCODING_AUTO, "Pledges" };

  assert_open_fails (write_sheets_workbook (), &options,
                     "The workbook has no sheet named “Pledges”.");
}

static void
test_strings_xlsxwriter (void)
{
  const char *path = temp_path ("strings.xlsx");
  lxw_workbook *book = workbook_new (path);
  lxw_worksheet *sheet = workbook_add_worksheet (book, NULL);
  lxw_format *bold = workbook_add_format (book);
  lxw_rich_string_tuple hello = { bold, "Hello " };
  lxw_rich_string_tuple world = { NULL, "World" };
  lxw_rich_string_tuple *rich[] = { &hello, &world, NULL };
  lxw_workbook_options constant = { .constant_memory = LXW_TRUE };
  const char *inline_path = temp_path ("inline.xlsx");
  Result *r;

  format_set_bold (bold);
  check_lxw (worksheet_write_string (sheet, 0, 0, "Ann Lee", NULL));
  check_lxw (worksheet_write_rich_string (sheet, 0, 1, rich, NULL));
  check_lxw (worksheet_write_string (sheet, 0, 2, "  padded  ", NULL));
  check_lxw (worksheet_write_string (sheet, 0, 3, "Tom & \"Jerry\" <co>", NULL));
  check_lxw (worksheet_write_string (sheet, 0, 4, "two\nlines", NULL));
  check_lxw (worksheet_write_string (sheet, 1, 0, "Ann Lee", NULL));
  check_lxw (worksheet_write_string (sheet, 1, 1, "Zoë ☺", NULL));
  check_lxw (workbook_close (book));
  r = read_all (path, NULL);
  g_assert_no_error (r->error);
  assert_rows (r,
               "1:Ann Lee|Hello World|  padded  |Tom & \"Jerry\" <co>|two\nlines",
               "2:Ann Lee|Zoë ☺",
               NULL);

  /* constant_memory mode writes inline strings. */
  book = workbook_new_opt (inline_path, &constant);
  sheet = workbook_add_worksheet (book, "Inline");
  check_lxw (worksheet_write_string (sheet, 0, 0, "inline", NULL));
  check_lxw (worksheet_write_string (sheet, 0, 1, " spaced ", NULL));
  check_lxw (worksheet_write_number (sheet, 0, 2, 7, NULL));
  check_lxw (workbook_close (book));
  r = read_all (inline_path, NULL);
  g_assert_no_error (r->error);
  assert_rows (r, "1:inline| spaced |7", NULL);
}

static void
test_strings_by_hand (void)
{
  Book book = {
    .shared =
      "<si><t>plain</t></si>"
      "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Hello </t></r><r><t>World</t></r></si>"
      "<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>カンジ</t></rPh><phoneticPr fontId=\"1\"/></si>"
      "<si><t>\n  trimmed  </t></si>"
      "<si><t xml:space=\"preserve\">  kept  </t></si>"
      "<si><t>Line 1_x000D_\nLine 2</t></si>"
      "<si><t>_x005F_x0041_ &amp; &lt;tag&gt; &#x263A; _x00e9_ _xZZZZ_ _x12</t></si>"
      "<si><t/></si>"
      "<si><t>a_x0000_b _xD800_</t></si>"
      "<si><t>&#x1F600;_xD83D__xDE00_</t></si>"
      "<si><t><![CDATA[<b>&]]></t></si>",
    .data =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
      "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c>"
      "<c r=\"E1\" t=\"s\"><v>4</v></c></row>"
      "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>5</v></c><c r=\"B2\" t=\"s\"><v>6</v></c>"
      "<c r=\"C2\" t=\"s\"><v>7</v></c><c r=\"D2\" t=\"s\"><v>8</v></c>"
      "<c r=\"E2\" t=\"s\"><v>9</v></c><c r=\"F2\" t=\"s\"><v>10</v></c></row>"
      "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>inline</t></is></c>"
      "<c r=\"B3\" t=\"inlineStr\"><is><r><t xml:space=\"preserve\">rich </t></r>"
      "<r><rPr><i/></rPr><t>inline</t></r><rPh><t>x</t></rPh></is></c>"
      "<c r=\"C3\" t=\"str\"><f>A1&amp;\"!\"</f><v>plain!_x000A_</v></c>"
      "<c r=\"D3\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> </t></is></c>"
      "<c r=\"E3\" t=\"inlineStr\"><is><t> </t></is></c></row>",
  };
  Result *r = read_book (&book);

  assert_rows (r,
               "1:plain|Hello World|漢字|trimmed|  kept  ",
               "2:Line 1\r\nLine 2|_x0041_ & <tag> ☺ é _xZZZZ_ _x12||a_x0000_b _xD800_|😀😀|<b>&",
               "3:inline|rich inline|plain!\n| ",
               NULL);
}

static void
test_missing_cells (void)
{
  Book book = {
    .data =
      "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c><c r=\"C1\"><v>3</v></c>"
      "</row>"
      "<row r=\"2\"><c><v>1</v></c><c><v>2</v></c></row>"
      "<row><c t=\"str\"><v>next</v></c></row>"
      "<row r=\"5\" spans=\"1:5\"><c r=\"B5\"><v>5</v></c><c r=\"D5\" s=\"1\"/>"
      "<c r=\"E5\" t=\"inlineStr\"><is><t></t></is></c></row>"
      "<row r=\"6\"/>"
      "<row r=\"7\"><c r=\"A7\" s=\"1\"/><c r=\"B7\" t=\"s\"/></row>"
      "<row r=\"8\"><c r=\"B8\"><v>1</v></c><c><v>2</v></c></row>"
      "<row><c r=\"C9\"><v>9</v></c></row>"
      "<row><c><f>1+9</f><v>10</v></c></row>"
      "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"str\"><v>last</v></c></row>",
  };
  Result *r = read_book (&book);
  g_autofree char *wide = NULL;
  GString *expected = g_string_new ("1048576:");

  for (guint i = 1; i < 16384; i++)
    g_string_append_c (expected, '|');
  g_string_append (expected, "last");
  wide = g_string_free (expected, FALSE);
  assert_rows (r, "1:a||3", "2:1|2", "3:next", "5:|5", "8:|1|2", "9:||9", "10:10", wide, NULL);
}

static void
test_prefixed_and_absolute (void)
{
  /* Absolute relationship targets, and elements with a namespace prefix (as the Open XML SDK
   * writes them). */
  Book book = {
    .sheet_target = "/xl/worksheets/sheet1.xml",
    .shared = "<si><t>shared</t></si>",
    .worksheet =
      XML_DECL "<x:worksheet xmlns:x=\"" NS_MAIN "\"><x:sheetData><x:row r=\"1\">"
      "<x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>p</x:t></x:is></x:c>"
      "<x:c r=\"B1\" t=\"s\"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>",
  };
  Result *r = read_book (&book);

  assert_rows (r, "1:p|shared", NULL);

  book.sheet_target = "./worksheets/../worksheets/sheet1.xml";
  r = read_book (&book);
  assert_rows (r, "1:p|shared", NULL);
}

#define DATE_CELLS \
  "<row r=\"1\"><c s=\"1\"><v>45292</v></c><c s=\"1\"><v>1</v></c><c s=\"1\"><v>59</v></c>" \
  "<c s=\"1\"><v>60</v></c><c s=\"1\"><v>61</v></c><c s=\"1\"><v>0</v></c></row>" \
  "<row r=\"2\"><c s=\"2\"><v>45292.5</v></c><c s=\"3\"><v>45000</v></c>" \
  "<c s=\"4\"><v>45000</v></c><c s=\"5\"><v>1.5</v></c><c s=\"11\"><v>3</v></c></row>" \
  "<row r=\"3\"><c s=\"6\"><v>0.75</v></c><c s=\"7\"><v>45292.999999999</v></c>" \
  "<c s=\"7\"><v>45292.0000115741</v></c><c s=\"8\"><v>45292.25</v></c>" \
  "<c s=\"9\"><v>0.5</v></c><c s=\"9\"><v>1.5</v></c><c s=\"10\"><v>0.25</v></c></row>" \
  "<row r=\"4\"><c s=\"1\"><v>-1</v></c><c s=\"1\"><v>3000000</v></c>" \
  "<c s=\"99\"><v>45292</v></c><c t=\"d\"><v>2024-03-01T00:00:00Z</v></c>" \
  "<c t=\"d\"><v>2024-03-01T14:30:05</v></c><c t=\"d\"><v>2024-03-01</v></c></row>"

static void
test_dates_1900 (void)
{
  Book book = { .data = DATE_CELLS };
  Result *r = read_book (&book);

  assert_rows (r,
               "1:2024-01-01|1900-01-01|1900-02-28|1900-02-29|1900-03-01|1900-01-00",
               "2:2024-01-01 12:00:00|2023-03-15|45000|1.5|3",
               "3:18:00:00|2024-01-02|2024-01-01 00:00:01|2024-01-01 06:00:00|12:00:00|"
               "1900-01-01 12:00:00|06:00:00",
               "4:-1|3000000|45292|2024-03-01|2024-03-01 14:30:05|2024-03-01",
               NULL);

  book.workbook_pr = "date1904=\"false\"";
  r = read_book (&book);
  g_assert_cmpstr (g_ptr_array_index (r->rows, 0), ==,
                   "1:2024-01-01|1900-01-01|1900-02-28|1900-02-29|1900-03-01|1900-01-00");
}

static void
test_dates_1904 (void)
{
  Book book = {
    .workbook_pr = "date1904=\"1\"",
    .data =
      "<row r=\"1\"><c s=\"1\"><v>0</v></c><c s=\"1\"><v>59</v></c><c s=\"1\"><v>60</v></c>"
      "<c s=\"1\"><v>61</v></c><c s=\"1\"><v>43830</v></c><c s=\"8\"><v>0.5</v></c>"
      "<c s=\"9\"><v>0.5</v></c></row>",
  };
  const char *expected = "1:1904-01-01|1904-02-29|1904-03-01|1904-03-02|2024-01-01|"
                         "1904-01-01 12:00:00|12:00:00";
  Result *r = read_book (&book);

  assert_rows (r, expected, NULL);
  book.workbook_pr = "date1904=\"true\" defaultThemeVersion=\"124226\"";
  r = read_book (&book);
  assert_rows (r, expected, NULL);
}

static void
test_dates_xlsxwriter (void)
{
  const char *path = temp_path ("dates.xlsx");
  lxw_workbook *book = workbook_new (path);
  lxw_worksheet *sheet = workbook_add_worksheet (book, NULL);
  lxw_format *iso = workbook_add_format (book);
  lxw_format *us = workbook_add_format (book);
  lxw_format *builtin = workbook_add_format (book);
  lxw_format *money = workbook_add_format (book);
  lxw_datetime day = { 2024, 3, 1, 0, 0, 0 };
  lxw_datetime moment = { 2024, 3, 1, 14, 30, 15 };
  Result *r;

  format_set_num_format (iso, "yyyy-mm-dd");
  format_set_num_format (us, "m/d/yy h:mm");
  format_set_num_format_index (builtin, 14);
  format_set_num_format (money, "$#,##0.00;[Red]-$#,##0.00");
  check_lxw (worksheet_write_datetime (sheet, 0, 0, &day, iso));
  check_lxw (worksheet_write_datetime (sheet, 0, 1, &moment, us));
  check_lxw (worksheet_write_datetime (sheet, 0, 2, &day, builtin));
  check_lxw (worksheet_write_number (sheet, 0, 3, 1234.5, money));
  check_lxw (workbook_close (book));
  r = read_all (path, NULL);
  g_assert_no_error (r->error);
  assert_rows (r, "1:2024-03-01|2024-03-01 14:30:15|2024-03-01|1234.5", NULL);
}

static void
test_numbers (void)
{
  const char *path = temp_path ("numbers.xlsx");
  lxw_workbook *lxw = workbook_new (path);
  lxw_worksheet *sheet = workbook_add_worksheet (lxw, NULL);
  const double values[] = { 0.1, 25, 25.5, 1e20, -3.25, 1234567.89, 1e-7, -0.000123, 0 };
  Book book = {
    .data =
      "<row r=\"1\"><c><v>0.30000000000000004</v></c><c><v>1234567.8899999999</v></c>"
      "<c><v>1E+20</v></c><c t=\"n\"><v>25.50</v></c><c><v>007</v></c><c><v>1.5E-7</v></c>"
      "<c><v>123456789012345678</v></c><c><v>-0.5</v></c><c><v>.5</v></c>"
      "<c><v>1e300</v></c></row>",
  };
  g_autofree char *big = g_strdup_printf ("1%0300d", 0);
  g_autofree char *expected = g_strdup_printf (
    "1:0.30000000000000004|1234567.89|100000000000000000000|25.5|7|0.00000015|"
    "123456789012345680|-0.5|0.5|%s", big);
  Result *r;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    check_lxw (worksheet_write_number (sheet, 0, i, values[i], NULL));
  check_lxw (workbook_close (lxw));
  r = read_all (path, NULL);
  g_assert_no_error (r->error);
  assert_rows (r, "1:0.1|25|25.5|100000000000000000000|-3.25|1234567.89|0.0000001|-0.000123|0",
               NULL);

  r = read_book (&book);
  assert_rows (r, expected, NULL);
}

static void
test_booleans_errors (void)
{
  const char *path = temp_path ("booleans.xlsx");
  lxw_workbook *lxw = workbook_new (path);
  lxw_worksheet *sheet = workbook_add_worksheet (lxw, NULL);
  Book book = {
    .data =
      "<row r=\"1\"><c t=\"b\"><v>1</v></c><c t=\"b\"><v>0</v></c><c t=\"b\"><v>true</v></c>"
      "<c t=\"e\"><f>1/0</f><v>#DIV/0!</v></c><c t=\"e\"><v>#N/A</v></c>"
      "<c t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c></row>",
  };
  Result *r;

  check_lxw (worksheet_write_boolean (sheet, 0, 0, 1, NULL));
  check_lxw (worksheet_write_boolean (sheet, 0, 1, 0, NULL));
  check_lxw (worksheet_write_formula_str (sheet, 0, 2, "=\"Gift \"&\"One\"", NULL, "Gift One"));
  check_lxw (worksheet_write_formula_num (sheet, 0, 3, "=1+2", NULL, 3));
  check_lxw (workbook_close (lxw));
  r = read_all (path, NULL);
  g_assert_no_error (r->error);
  assert_rows (r, "1:TRUE|FALSE|Gift One|3", NULL);

  r = read_book (&book);
  assert_rows (r, "1:TRUE|FALSE|TRUE|#DIV/0!|#N/A|ab", NULL);
}

static void
test_empty (void)
{
  const char *path = temp_path ("empty.xlsx");
  lxw_workbook *lxw = workbook_new (path);
  Book only_empty_rows = { .data = "<row r=\"1\"/><row r=\"2\"><c r=\"B2\" s=\"1\"/></row>" };
  Book no_data = { .worksheet = XML_DECL "<worksheet xmlns=\"" NS_MAIN "\"/>" };
  Book no_sheets = { .sheets = "" };
  Book only_chart = {
    .sheets = "<sheet name=\"Chart1\" sheetId=\"1\" r:id=\"rId9\"/>",
  };
  Result *r;

  workbook_add_worksheet (lxw, NULL);
  check_lxw (workbook_close (lxw));
  r = read_all (path, NULL);
  g_assert_error (r->error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_cmpstr (r->error->message, ==, "The sheet “Sheet1” is empty");
  assert_rows (r, NULL);

  r = read_all (write_book (&only_empty_rows), NULL);
  g_assert_error (r->error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_cmpstr (r->error->message, ==, "The sheet “Sheet1” is empty");

  r = read_all (write_book (&no_data), NULL);
  g_assert_error (r->error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);

  assert_open_fails (write_book (&no_sheets), NULL, "The workbook has no sheets.");
  assert_open_fails (write_book (&only_chart), NULL, "The workbook has no sheets.");
}

#define NOT_SPREADSHEET "This file is not a spreadsheet: it is damaged or in another format."

static void
test_junk (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260602);
  g_autoptr(GError) error = NULL;
  guint8 junk[4096];
  const char *path;

  for (guint i = 0; i < sizeof junk; i++)
    junk[i] = g_rand_int_range (rand, 0, 256);
  path = write_file ("junk.xlsx", (const char *) junk, sizeof junk);
  g_assert_null (hustings_xlsx_reader_open (path, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, NOT_SPREADSHEET);

  /* A ZIP's first bytes make the table reader take it for a workbook. */
  memcpy (junk, "PK\x03\x04", 4);
  assert_open_fails (write_file ("junk.xlsx", (const char *) junk, sizeof junk), NULL,
                     NOT_SPREADSHEET);
  assert_open_fails (write_file ("empty.zip", "PK\x05\x06" "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0",
                                 22),
                     NULL, NOT_SPREADSHEET);
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  const char *path = temp_path ("nowhere.xlsx");

  g_assert_null (hustings_table_reader_open (path, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED);
  g_assert_true (g_str_has_prefix (error->message, "“nowhere.xlsx” could not be read: "));
  g_clear_error (&error);
  g_assert_null (hustings_xlsx_reader_open (path, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED);
}

/* Opens and reads what may be damaged: it may fail, but only with an error of ours. */
static guint
read_damaged (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsTableReader) reader = hustings_table_reader_open (path, NULL, &error);
  const char * const *fields;
  guint n_fields;
  guint64 line;
  guint n_rows = 0;

  if (reader == NULL)
    {
      g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
      return 0;
    }
  while (hustings_table_reader_next (reader, &fields, &n_fields, &line, &error))
    n_rows++;
  if (error != NULL)
    {
      g_assert_true (error->domain == HUSTINGS_ERROR);
      g_assert_cmpstr (error->message, !=, "");
    }
  return n_rows;
}

static void
test_truncated (void)
{
  g_autoptr(GError) error = NULL;
  const char *path = write_sheets_workbook ();
  g_autofree char *bytes = NULL;
  gsize len;

  g_file_get_contents (path, &bytes, &len, &error);
  g_assert_no_error (error);
  assert_open_fails (write_file ("cut.xlsx", bytes, len / 2), NULL, NOT_SPREADSHEET);
  assert_open_fails (write_file ("cut.xlsx", bytes, len - 1), NULL, NOT_SPREADSHEET);
  for (gsize cut = 4; cut < len; cut += 53)
    read_damaged (write_file ("cut.xlsx", bytes, cut));

  /* Damage inside the members: every 97th byte in turn. */
  for (gsize at = 0; at < len; at += 97)
    {
      g_autofree char *damaged = g_memdup2 (bytes, len);

      damaged[at] ^= 0x5A;
      read_damaged (write_file ("damaged.xlsx", damaged, len));
    }
}

static void
test_not_a_workbook (void)
{
  const char *readme = write_zip ("readme.txt", "Not a workbook", NULL);
  const char *ods = write_zip ("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                               "content.xml", "<office:document-content/>", NULL);
  const char *docx = write_zip (
    "_rels/.rels",
    XML_DECL "<Relationships xmlns=\"" NS_RELS "\"><Relationship Id=\"rId1\" Type=\"" NS_DOC
    "/officeDocument\" Target=\"word/document.xml\"/></Relationships>",
    "word/document.xml", "<document/>", NULL);
  const char *xlsb = write_zip (
    "_rels/.rels",
    XML_DECL "<Relationships xmlns=\"" NS_RELS "\"><Relationship Id=\"rId1\" Type=\"" NS_DOC
    "/officeDocument\" Target=\"xl/workbook.bin\"/></Relationships>",
    "xl/workbook.bin", "\x83\x01", NULL);
  const char *missing_sheet = write_zip (
    "_rels/.rels", ROOT_RELS,
    "xl/workbook.xml",
    XML_DECL "<workbook xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_DOC "\"><sheets>"
    "<sheet name=\"Gifts\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
    "xl/_rels/workbook.xml.rels",
    XML_DECL "<Relationships xmlns=\"" NS_RELS "\"><Relationship Id=\"rId1\" Type=\"" NS_DOC
    "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>",
    NULL);

  assert_open_fails (readme, NULL, NOT_SPREADSHEET);
  assert_open_fails (docx, NULL, NOT_SPREADSHEET);
  assert_open_fails (ods, NULL,
                     "This is an OpenDocument spreadsheet; save it as an Excel workbook (.xlsx) "
                     "or as CSV, and import that.");
  assert_open_fails (xlsb, NULL,
                     "This is an Excel binary workbook (.xlsb); save it as an Excel workbook "
                     "(.xlsx) or as CSV, and import that.");
  assert_open_fails (missing_sheet, NULL,
                     "The workbook is damaged: its sheet “Gifts” is missing.");
}

/* Reads book, expecting at most max_good rows then an error. libxml2 reports a problem in the
 * XML as soon as it parses it, which may be before the rows ahead of it are handed out. */
static void
assert_fails_after (const Book *book,
                    guint       max_good,
                    const char *message)
{
  Result *r = read_all (write_book (book), NULL);

  g_assert_error (r->error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  assert_message (r->error, message);
  g_assert_cmpuint (r->rows->len, <=, max_good);
}

static void
test_damaged_sheet (void)
{
  Book cut = {
    .data = "<row r=\"1\"><c><v>1</v></c></row><row r=\"2\"><c><v>2</v></row>",
  };
  Book number = { .data = "<row r=\"4\"><c><v>1</v></c><c><v>abc</v></c></row>" };
  Book shared = {
    .shared = "<si><t>one</t></si>",
    .data = "<row r=\"1\"><c t=\"s\"><v>0</v></c><c t=\"s\"><v>7</v></c></row>",
  };
  Book boolean = { .data = "<row r=\"2\"><c r=\"C2\" t=\"b\"><v>2</v></c></row>" };
  Book type = { .data = "<row r=\"3\"><c r=\"A3\" t=\"x\"><v>2</v></c></row>" };
  Book order = { .data = "<row r=\"5\"><c r=\"B5\"><v>2</v></c><c r=\"A5\"><v>1</v></c></row>" };
  Book reference = { .data = "<row r=\"6\"><c r=\"1A\"><v>2</v></c></row>" };
  Book row_number = { .data = "<row r=\"1\"><c><v>1</v></c></row><row r=\"x\"/>" };
  Book doctype = {
    .worksheet =
      XML_DECL "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
      "<worksheet xmlns=\"" NS_MAIN "\"><sheetData><row r=\"1\"><c t=\"str\"><v>&b;</v></c>"
      "</row></sheetData></worksheet>",
  };
  Book styles = { .styles = XML_DECL "<styleSheet><cellXfs></styleSheet>", .data = "" };
  g_autoptr(HustingsXlsxReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *fields;
  guint n_fields;
  guint64 line;

  g_autoptr(GString) long_cut = g_string_new (NULL);
  Book far_cut = { 0 };
  Result *r;

  assert_fails_after (&cut, 1, "Row 2: the sheet data is damaged (…");
  /* The row is named right even when the parser finds the problem rows ahead of the reader. */
  for (guint i = 1; i <= 999; i++)
    g_string_append_printf (long_cut, i == 500 ? "<row r=\"%u\"><c><v>%u</v></row>"
                                               : "<row r=\"%u\"><c><v>%u</v></c></row>", i, i);
  far_cut.data = long_cut->str;
  assert_fails_after (&far_cut, 499,
                      "Row 500: the sheet data is damaged (Opening and ending tag mismatch: c …");
  /* The parser may find a problem between rows. */
  far_cut.data = "<row r=\"1\"><c><v>1</v></c></row><row r=\"2\"><c><v>2</v></c></row></x>";
  r = read_all (write_book (&far_cut), NULL);
  g_assert_error (r->error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  assert_message (r->error, "Row 3: the sheet data is damaged (…");
  assert_fails_after (&number, 0,
                      "Row 4: the sheet data is damaged (cell B4 holds “abc” where a number "
                      "belongs)");
  assert_fails_after (&shared, 0,
                      "Row 1: the sheet data is damaged (cell B1 refers to shared text number "
                      "7, which the workbook does not have)");
  assert_fails_after (&boolean, 0,
                      "Row 2: the sheet data is damaged (cell C2 holds “2” where TRUE or FALSE "
                      "belongs)");
  assert_fails_after (&type, 0,
                      "Row 3: the sheet data is damaged (cell A3 has an unknown type “x”)");
  assert_fails_after (&order, 0,
                      "Row 5: the sheet data is damaged (cell A5 comes after a cell to its "
                      "right)");
  assert_fails_after (&reference, 0, "Row 6: the sheet data is damaged (“1A” is not a cell)");
  assert_fails_after (&row_number, 1,
                      "Row 2: the sheet data is damaged (“x” is not a row number)");
  assert_fails_after (&doctype, 0,
                      "Row 1: the sheet data is damaged (it declares a document type)");

  /* Damage elsewhere in the workbook is found before the first row. */
  assert_fails_after (&styles, 0, "The workbook is damaged (xl/styles.xml: …");

  /* After an error, every call fails the same way. */
  reader = hustings_xlsx_reader_open (write_book (&row_number), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hustings_xlsx_reader_next (reader, &fields, &n_fields, &line, &error));
  g_assert_false (hustings_xlsx_reader_next (reader, &fields, &n_fields, &line, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hustings_xlsx_reader_next (reader, &fields, &n_fields, &line, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "Row 2: the sheet data is damaged (“x” is not a row number)");
}

static void
test_oversized (void)
{
  g_autofree char *limit = g_strnfill (1024 * 1024, 'x');
  g_autofree char *over = g_strnfill (1024 * 1024 + 1, 'x');
  g_autofree char *limit_data = g_strdup_printf (
    "<row r=\"1\"><c t=\"inlineStr\"><is><t>%s</t></is></c></row>", limit);
  g_autofree char *over_data = g_strdup_printf (
    "<row r=\"1\"><c><v>1</v></c></row><row r=\"2\"><c t=\"str\"><v>ok</v></c></row>"
    "<row r=\"3\"><c t=\"inlineStr\"><is><r><t>x</t></r><r><t>%s</t></r></is></c></row>", limit);
  g_autofree char *over_shared = g_strdup_printf ("<si><t>short</t></si><si><t>%s</t></si>", over);
  g_autoptr(GString) long_row = g_string_new (NULL);
  g_autoptr(GString) many_cells = g_string_new ("<row r=\"2\">");
  Book at_limit = { .data = limit_data };
  Book inline_over = { .data = over_data };
  Book shared_over = {
    .shared = over_shared,
    .data = "<row r=\"1\"><c t=\"s\"><v>0</v></c></row><row r=\"2\"><c t=\"s\"><v>1</v></c></row>",
  };
  Book wide = { .data = "<row r=\"4\"><c r=\"XFE4\"><v>1</v></c></row>" };
  g_autofree char *limit_shared = g_strdup_printf ("<si><t>%s</t></si>", limit);
  Book too_many = { 0 };
  Book too_long = { .shared = limit_shared };
  Result *r;

  r = read_book (&at_limit);
  g_assert_cmpuint (r->rows->len, ==, 1);
  g_assert_cmpuint (strlen (g_ptr_array_index (r->rows, 0)), ==, strlen ("1:") + 1024 * 1024);

  assert_fails_after (&inline_over, 2, "Row 3 has a cell longer than 1 MB");
  assert_fails_after (&shared_over, 1, "Row 2 has a cell longer than 1 MB");
  assert_fails_after (&wide, 0, "Row 4 has more than 16,384 columns");

  for (guint i = 0; i <= 16384; i++)
    g_string_append (many_cells, "<c><v>1</v></c>");
  g_string_append (many_cells, "</row>");
  too_many.data = many_cells->str;
  assert_fails_after (&too_many, 0, "Row 2 has more than 16,384 columns");

  /* 17 cells of 1 MB each. */
  g_string_append (long_row, "<row r=\"9\">");
  for (guint i = 0; i < 17; i++)
    g_string_append (long_row, "<c t=\"s\"><v>0</v></c>");
  g_string_append (long_row, "</row>");
  too_long.data = long_row->str;
  assert_fails_after (&too_long, 0, "Row 9 is longer than 16 MB");
}

static void
test_csv (void)
{
  HustingsTableOptions pipe = { '|', HUSTINGS_CSV_ENCODING_AUTO, NULL };
  Result *r;

  r = read_all (write_file ("gifts.csv", "Name,Amount\nAnn,25\n", -1), NULL);
  g_assert_no_error (r->error);
  assert_rows (r, "1:Name|Amount", "2:Ann|25", NULL);
  g_assert_cmpstr (r->description, ==, "CSV, comma-separated, UTF-8");
  g_assert_null (r->sheets);

  r = read_all (write_file ("gifts.csv", "Name;Amount\nZo\xEB;25\n", -1), NULL);
  g_assert_no_error (r->error);
  assert_rows (r, "1:Name|Amount", "2:Zoë|25", NULL);
  g_assert_cmpstr (r->description, ==, "CSV, semicolon-separated, Windows-1252");

  r = read_all (write_file ("gifts.tsv", "Name\tAmount\nAnn\t25\n", -1), NULL);
  assert_rows (r, "1:Name|Amount", "2:Ann|25", NULL);
  g_assert_cmpstr (r->description, ==, "CSV, tab-separated, UTF-8");

  r = read_all (write_file ("gifts.txt", "Name|Amount\n", -1), &pipe);
  assert_rows (r, "1:Name|Amount", NULL);
  g_assert_cmpstr (r->description, ==, "CSV, separated by “|”, UTF-8");

  /* Whatever its name says, a CSV file is read as CSV. */
  r = read_all (write_file ("gifts.xlsx", "a,b\n", -1), NULL);
  assert_rows (r, "1:a|b", NULL);
}

#define LARGE_ROWS 200000

/* A generated sheet of LARGE_ROWS rows under a header, written in constant memory. */
static const char *
write_large_workbook (guint n_rows)
{
  const char *path = temp_path ("large.xlsx");
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  lxw_workbook *book = workbook_new_opt (path, &options);
  lxw_worksheet *sheet = workbook_add_worksheet (book, "Gifts");
  lxw_format *date = workbook_add_format (book);

  format_set_num_format (date, "yyyy-mm-dd");
  check_lxw (worksheet_write_string (sheet, 0, 0, "Name", NULL));
  check_lxw (worksheet_write_string (sheet, 0, 1, "Amount", NULL));
  check_lxw (worksheet_write_string (sheet, 0, 2, "Date", NULL));
  check_lxw (worksheet_write_string (sheet, 0, 3, "Employer", NULL));
  for (guint i = 1; i <= n_rows; i++)
    {
      char name[32];

      g_snprintf (name, sizeof name, "Donor %u", i);
      check_lxw (worksheet_write_string (sheet, i, 0, name, NULL));
      check_lxw (worksheet_write_number (sheet, i, 1, (i % 5000) / 100.0, NULL));
      check_lxw (worksheet_write_number (sheet, i, 2, 45292 + i % 366, date));
      if (i % 3 == 0)
        check_lxw (worksheet_write_string (sheet, i, 3, "Acme", NULL));
    }
  check_lxw (workbook_close (book));
  return path;
}

static void
test_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsTableReader) reader = hustings_table_reader_open (
    write_large_workbook (LARGE_ROWS), NULL, &error);
  const char * const *fields = NULL;
  guint n_fields = 0;
  guint64 line = 0;
  guint64 n_rows = 0;
  guint n_progress_steps = 0;
  double progress = 0.0;

  g_assert_no_error (error);
  while (hustings_table_reader_next (reader, &fields, &n_fields, &line, &error))
    {
      double now = hustings_table_reader_get_progress (reader);

      n_rows++;
      g_assert_cmpuint (line, ==, n_rows);
      g_assert_cmpfloat (now, >=, progress);
      n_progress_steps += now > progress;
      progress = now;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, LARGE_ROWS + 1);
  g_assert_cmpfloat (hustings_table_reader_get_progress (reader), ==, 1.0);
  /* The progress moved along the way, not only at the end. */
  g_assert_cmpuint (n_progress_steps, >, 100);
}

static gpointer
count_rows_thread (gpointer path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsTableReader) reader = hustings_table_reader_open (path, NULL, &error);
  const char * const *fields;
  guint n_fields;
  guint64 line;
  guint n_rows = 0;

  g_assert_no_error (error);
  while (hustings_table_reader_next (reader, &fields, &n_fields, &line, &error))
    {
      g_assert_cmpstr (fields[0], ==, n_rows == 0 ? "Name" : "Donor");
      n_rows++;
    }
  g_assert_no_error (error);
  return GUINT_TO_POINTER (n_rows);
}

static void
test_threads (void)
{
  const char *path = temp_path ("threads.xlsx");
  lxw_workbook *book = workbook_new (path);
  lxw_worksheet *sheet = workbook_add_worksheet (book, NULL);
  GThread *threads[4];

  check_lxw (worksheet_write_string (sheet, 0, 0, "Name", NULL));
  for (guint i = 1; i <= 5000; i++)
    check_lxw (worksheet_write_string (sheet, i, 0, "Donor", NULL));
  check_lxw (workbook_close (book));

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("reader", count_rows_thread, (gpointer) path);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_thread_join (threads[i])), ==, 5001);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/xlsx/first-sheet", test_first_sheet);
  g_test_add_func ("/xlsx/chosen-sheet", test_chosen_sheet);
  g_test_add_func ("/xlsx/unknown-sheet", test_unknown_sheet);
  g_test_add_func ("/xlsx/strings-xlsxwriter", test_strings_xlsxwriter);
  g_test_add_func ("/xlsx/strings-by-hand", test_strings_by_hand);
  g_test_add_func ("/xlsx/missing-cells", test_missing_cells);
  g_test_add_func ("/xlsx/prefixed-and-absolute", test_prefixed_and_absolute);
  g_test_add_func ("/xlsx/dates-1900", test_dates_1900);
  g_test_add_func ("/xlsx/dates-1904", test_dates_1904);
  g_test_add_func ("/xlsx/dates-xlsxwriter", test_dates_xlsxwriter);
  g_test_add_func ("/xlsx/numbers", test_numbers);
  g_test_add_func ("/xlsx/booleans-errors", test_booleans_errors);
  g_test_add_func ("/xlsx/empty", test_empty);
  g_test_add_func ("/xlsx/junk", test_junk);
  g_test_add_func ("/xlsx/missing-file", test_missing_file);
  g_test_add_func ("/xlsx/truncated", test_truncated);
  g_test_add_func ("/xlsx/not-a-workbook", test_not_a_workbook);
  g_test_add_func ("/xlsx/damaged-sheet", test_damaged_sheet);
  g_test_add_func ("/xlsx/oversized", test_oversized);
  g_test_add_func ("/xlsx/csv", test_csv);
  g_test_add_func ("/xlsx/large", test_large);
  g_test_add_func ("/xlsx/threads", test_threads);

  return g_test_run ();
}
