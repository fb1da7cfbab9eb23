/* test-csv.c: the CSV reader streams records with their lines, encodings and errors right.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "hustings-csv-reader.h"
#include "test-util.h"

/* What reading a whole file gave. */
typedef struct {
  GPtrArray           *records;   /* GStrv */
  GArray              *lines;     /* guint64 */
  GError              *error;
  char                 delimiter;
  HustingsCsvEncoding  encoding;
} Result;

static void
result_free (Result *r)
{
  g_ptr_array_unref (r->records);
  g_array_unref (r->lines);
  g_clear_error (&r->error);
  g_free (r);
}

/* Writes bytes (len -1: a string) to a file in a temporary folder removed after the test. */
static const char *
fixture (const char *bytes,
         gssize      len)
{
  g_autoptr(GError) error = NULL;
  char *dir = test_tmpdir ();
  char *path = g_build_filename (dir, "export.csv", NULL);

  g_test_queue_destroy ((GDestroyNotify) test_rm_rf, dir);
  g_test_queue_free (path);
  g_file_set_contents (path, bytes, len, &error);
  g_assert_no_error (error);
  return path;
}

static Result *
read_all (const char          *path,
          char                 delimiter,
          HustingsCsvEncoding  encoding)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCsvReader) reader = hustings_csv_reader_open (path, delimiter, encoding,
                                                                  &error);
  Result *r = g_new0 (Result, 1);
  const char * const *fields;
  guint n_fields;
  guint64 line;

  g_assert_no_error (error);
  g_assert_nonnull (reader);
  g_test_queue_destroy ((GDestroyNotify) result_free, r);
  r->records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  r->lines = g_array_new (FALSE, FALSE, sizeof (guint64));
  r->delimiter = hustings_csv_reader_get_delimiter (reader);
  while (hustings_csv_reader_next (reader, &fields, &n_fields, &line, &r->error))
    {
      g_assert_cmpuint (g_strv_length ((char **) fields), ==, n_fields);
      for (guint i = 0; i < n_fields; i++)
        g_assert_true (g_utf8_validate (fields[i], -1, NULL));
      g_ptr_array_add (r->records, g_strdupv ((char **) fields));
      g_array_append_val (r->lines, line);
    }
  r->encoding = hustings_csv_reader_get_encoding (reader);
  if (r->error == NULL)
    g_assert_cmpuint (hustings_csv_reader_get_position (reader), ==,
                      hustings_csv_reader_get_size (reader));
  return r;
}

static Result *
read_string (const char *bytes)
{
  return read_all (fixture (bytes, -1), 0, HUSTINGS_CSV_ENCODING_AUTO);
}

/* Checks record i: its line and fields, given as one string joined with '|'. */
static void
assert_record (Result     *r,
               guint       i,
               guint64     line,
               const char *joined)
{
  g_autofree char *got = NULL;

  g_assert_cmpuint (i, <, r->records->len);
  got = g_strjoinv ("|", g_ptr_array_index (r->records, i));
  g_assert_cmpstr (got, ==, joined);
  g_assert_cmpuint (g_array_index (r->lines, guint64, i), ==, line);
}

static void
assert_fails (Result     *r,
              const char *message)
{
  g_assert_error (r->error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  if (strstr (r->error->message, message) == NULL)
    g_error ("“%s” does not contain “%s”", r->error->message, message);
}

static void
test_plain (void)
{
  Result *r = read_string ("name,amount,date\nAnn Lee,5.00,2026-01-02\nBob,7,2026-01-03\n");

  g_assert_no_error (r->error);
  g_assert_cmpint (r->delimiter, ==, ',');
  g_assert_cmpint (r->encoding, ==, HUSTINGS_CSV_ENCODING_UTF8);
  g_assert_cmpuint (r->records->len, ==, 3);
  assert_record (r, 0, 1, "name|amount|date");
  assert_record (r, 1, 2, "Ann Lee|5.00|2026-01-02");
  assert_record (r, 2, 3, "Bob|7|2026-01-03");
}

static void
test_line_endings (void)
{
  Result *crlf = read_string ("a,b\r\nc,d\r\n\r\ne,f\r\n");
  Result *cr = read_string ("a\rb,c\r\rd");
  Result *mixed = read_string ("a\nb\r\nc\rd\n");

  g_assert_no_error (crlf->error);
  g_assert_cmpuint (crlf->records->len, ==, 3);
  assert_record (crlf, 0, 1, "a|b");
  assert_record (crlf, 1, 2, "c|d");
  assert_record (crlf, 2, 4, "e|f");

  g_assert_no_error (cr->error);
  g_assert_cmpuint (cr->records->len, ==, 3);
  assert_record (cr, 0, 1, "a");
  assert_record (cr, 1, 2, "b|c");
  assert_record (cr, 2, 4, "d");

  g_assert_no_error (mixed->error);
  g_assert_cmpuint (mixed->records->len, ==, 4);
  assert_record (mixed, 3, 4, "d");
}

/* A CRLF split by the 1 MiB read boundary still ends one line, not two. */
static void
test_crlf_across_chunks (void)
{
  g_autoptr(GString) s = g_string_new (NULL);
  Result *r;

  g_string_append_printf (s, "%s\r\n", "a");
  while (s->len < 1024 * 1024 - 1)
    g_string_append (s, "x");
  g_string_append (s, "\r\nnext\r\nlast\r\n");
  g_assert_cmpint (s->str[1024 * 1024 - 1], ==, '\r');
  r = read_all (fixture (s->str, s->len), 0, HUSTINGS_CSV_ENCODING_AUTO);
  g_assert_no_error (r->error);
  g_assert_cmpuint (r->records->len, ==, 4);
  assert_record (r, 2, 3, "next");
  assert_record (r, 3, 4, "last");
}

/* A UTF-8 character cut in two by the 1 MiB sample does not make the file Windows-1252. */
static void
test_utf8_across_chunks (void)
{
  g_autoptr(GString) s = g_string_new ("name\n");
  Result *r;

  while (s->len < 1024 * 1024 - 1)
    g_string_append_c (s, 'x');
  g_string_append (s, "é\nZoë\n");
  g_assert_cmpint ((guchar) s->str[1024 * 1024 - 1], ==, 0xC3);
  r = read_all (fixture (s->str, s->len), 0, HUSTINGS_CSV_ENCODING_AUTO);
  g_assert_no_error (r->error);
  g_assert_cmpint (r->encoding, ==, HUSTINGS_CSV_ENCODING_UTF8);
  g_assert_true (g_str_has_suffix (((char **) g_ptr_array_index (r->records, 1))[0], "xé"));
  assert_record (r, 2, 3, "Zoë");
}

static void
test_bom (void)
{
  Result *r = read_string ("\xEF\xBB\xBFReceipt ID,Date\r\n1,2026-01-02 04:33:42\r\n");
  Result *only = read_string ("\xEF\xBB\xBF");

  g_assert_no_error (r->error);
  assert_record (r, 0, 1, "Receipt ID|Date");
  assert_record (r, 1, 2, "1|2026-01-02 04:33:42");
  assert_fails (only, "The file is empty");
}

static void
test_sniff (void)
{
  Result *semi = read_string ("Name;Amount\nBob;1,50\nAnn;2,00\n");
  Result *tab = read_string ("a\tb\tc\n1\t\t3\n\t\t\n");
  Result *tie = read_string ("a,b;c\n");
  Result *quoted = read_string ("\"x;y;z\",b\n\"1;2\",c\n");
  Result *single = read_string ("name\nAnn\n");
  Result *unterminated = read_string ("x;y;z");
  Result *forced = read_all (fixture ("Name;Amount\nBob;1,50\n", -1), ',',
                             HUSTINGS_CSV_ENCODING_AUTO);

  g_assert_cmpint (semi->delimiter, ==, ';');
  assert_record (semi, 1, 2, "Bob|1,50");
  g_assert_cmpint (tab->delimiter, ==, '\t');
  g_assert_cmpuint (tab->records->len, ==, 3);
  assert_record (tab, 1, 2, "1||3");
  assert_record (tab, 2, 3, "||");
  g_assert_cmpint (tie->delimiter, ==, ',');
  assert_record (tie, 0, 1, "a|b;c");
  g_assert_cmpint (quoted->delimiter, ==, ',');
  assert_record (quoted, 0, 1, "x;y;z|b");
  g_assert_cmpint (single->delimiter, ==, ',');
  g_assert_cmpint (unterminated->delimiter, ==, ';');
  g_assert_cmpint (forced->delimiter, ==, ',');
  assert_record (forced, 1, 2, "Bob;1|50");
}

static void
test_quoted (void)
{
  Result *r = read_string ("id,note,n\n"
                           "1,\"a, b\",x\n"
                           "2,\"say \"\"hi\"\"\",y\n"
                           "3,\"two\nlines\",z\n"
                           "4,\"crlf\r\ninside\r\n\",w\r\n"
                           "5,\"lone\rcr\",v\n"
                           "6,\"\",  padded  \n"
                           "7,last,u\n");

  g_assert_no_error (r->error);
  g_assert_cmpuint (r->records->len, ==, 8);
  assert_record (r, 1, 2, "1|a, b|x");
  assert_record (r, 2, 3, "2|say \"hi\"|y");
  assert_record (r, 3, 4, "3|two\nlines|z");
  assert_record (r, 4, 6, "4|crlf\ninside\n|w");
  assert_record (r, 5, 9, "5|lone\ncr|v");
  assert_record (r, 6, 11, "6||padded");
  assert_record (r, 7, 12, "7|last|u");
}

#define WIN1252_SAMPLE "name,note,sign\nRen\xE9" "e,\x93quoted\x94 it\x92s,\x80\x81\xFF\n"
#define WIN1252_AS_UTF8 "Renée|“quoted” it’s|€\xC2\x81ÿ"

static void
test_windows_1252 (void)
{
  Result *automatic = read_string (WIN1252_SAMPLE);
  Result *forced = read_all (fixture (WIN1252_SAMPLE, -1), 0,
                             HUSTINGS_CSV_ENCODING_WINDOWS_1252);

  g_assert_no_error (automatic->error);
  g_assert_cmpint (automatic->encoding, ==, HUSTINGS_CSV_ENCODING_WINDOWS_1252);
  assert_record (automatic, 1, 2, WIN1252_AS_UTF8);
  g_assert_no_error (forced->error);
  g_assert_cmpint (forced->encoding, ==, HUSTINGS_CSV_ENCODING_WINDOWS_1252);
  assert_record (forced, 1, 2, WIN1252_AS_UTF8);
}

static void
test_utf8 (void)
{
  const char *text = "name,note\nRenée,“quoted” it’s €5\n";
  Result *automatic = read_string (text);
  Result *utf8 = read_all (fixture (text, -1), 0, HUSTINGS_CSV_ENCODING_UTF8);
  Result *as_1252 = read_all (fixture (text, -1), 0, HUSTINGS_CSV_ENCODING_WINDOWS_1252);

  g_assert_cmpint (automatic->encoding, ==, HUSTINGS_CSV_ENCODING_UTF8);
  assert_record (automatic, 1, 2, "Renée|“quoted” it’s €5");
  g_assert_cmpint (utf8->encoding, ==, HUSTINGS_CSV_ENCODING_UTF8);
  assert_record (utf8, 1, 2, "Renée|“quoted” it’s €5");
  /* An explicit encoding is obeyed, even when it is wrong. */
  g_assert_cmpint (as_1252->encoding, ==, HUSTINGS_CSV_ENCODING_WINDOWS_1252);
  assert_record (as_1252, 1, 2, "RenÃ©e|â€œquotedâ€\xC2\x9D itâ€™s â‚¬5");
}

/* A UTF-8 file whose first MiB is clean but which has one Windows-1252 byte further on. */
static void
test_stray_byte_late (void)
{
  g_autoptr(GString) s = g_string_new ("name,city\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCsvReader) reader = NULL;
  const char * const *fields;
  guint n_fields;
  guint64 line;
  guint64 stray_line = 0;
  guint64 last_line = 0;

  for (guint i = 0; s->len < 2 * 1024 * 1024; i++)
    g_string_append_printf (s, "José %u,Señora\n", i);
  g_string_append (s, "Ren\xE9" "e,Montr\xE9" "al\nZoë,Köln\n");
  reader = hustings_csv_reader_open (fixture (s->str, s->len), 0, HUSTINGS_CSV_ENCODING_AUTO,
                                     &error);
  g_assert_no_error (error);
  g_assert_cmpint (hustings_csv_reader_get_encoding (reader), ==, HUSTINGS_CSV_ENCODING_UTF8);
  while (hustings_csv_reader_next (reader, &fields, &n_fields, &line, &error))
    {
      g_assert_cmpuint (n_fields, ==, 2);
      if (g_str_equal (fields[0], "Renée"))
        {
          g_assert_cmpstr (fields[1], ==, "Montréal");
          stray_line = line;
        }
      else if (stray_line == 0)
        {
          g_assert_true (g_str_has_prefix (fields[0], line == 1 ? "name" : "José "));
          g_assert_cmpint (hustings_csv_reader_get_encoding (reader), ==,
                           HUSTINGS_CSV_ENCODING_UTF8);
        }
      else
        {
          g_assert_cmpstr (fields[0], ==, "Zoë");
          g_assert_cmpstr (fields[1], ==, "Köln");
        }
      last_line = line;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (stray_line, >, 1);
  g_assert_cmpuint (last_line, ==, stray_line + 1);
  g_assert_cmpint (hustings_csv_reader_get_encoding (reader), ==,
                   HUSTINGS_CSV_ENCODING_WINDOWS_1252);
}

static void
test_repeated_headers (void)
{
  Result *r = read_string ("Receipt ID,Reserved,Amount,Reserved,reserved\n1,,2.00,,\n");

  g_assert_no_error (r->error);
  assert_record (r, 0, 1, "Receipt ID|Reserved|Amount|Reserved|reserved");
  assert_record (r, 1, 2, "1||2.00||");
}

static void
test_empty (void)
{
  assert_fails (read_string (""), "The file is empty");
  assert_fails (read_string ("\n\r\n  \n"), "The file is empty");
}

static void
test_header_only (void)
{
  Result *r = read_string ("Receipt ID,Date,Amount");
  Result *terminated = read_string ("Receipt ID,Date,Amount\r\n");

  g_assert_no_error (r->error);
  g_assert_cmpuint (r->records->len, ==, 1);
  assert_record (r, 0, 1, "Receipt ID|Date|Amount");
  g_assert_no_error (terminated->error);
  g_assert_cmpuint (terminated->records->len, ==, 1);
}

static void
test_unclosed_quote (void)
{
  g_autoptr(GError) again = NULL;
  g_autoptr(HustingsCsvReader) reader = NULL;
  Result *r = read_string ("a,b\n1,2\n3,\"open\n4,5\n");
  const char * const *fields;
  guint n_fields;
  guint64 line;

  g_assert_cmpuint (r->records->len, ==, 2);
  assert_fails (r, "Line 3: a quoted field is never closed");

  /* The error stays: no later call pretends the file simply ended or carries on. */
  reader = hustings_csv_reader_open (fixture ("a\nx\"y\nb\nc\n", -1), 0,
                                     HUSTINGS_CSV_ENCODING_AUTO, NULL);
  g_assert_true (hustings_csv_reader_next (reader, &fields, &n_fields, &line, &again));
  for (guint i = 0; i < 3; i++)
    {
      g_assert_false (hustings_csv_reader_next (reader, &fields, &n_fields, &line, &again));
      g_assert_error (again, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
      g_assert_nonnull (strstr (again->message, "Line 2:"));
      g_clear_error (&again);
    }
}

static void
test_stray_quote (void)
{
  Result *mid = read_string ("a,b\nx,ab\"c\nd,e\n");
  Result *after = read_string ("a,b\n\"x\"y,z\n");
  Result *later = read_string ("a,b\n1,\"two\nlines\",ok\"\n");

  g_assert_cmpuint (mid->records->len, ==, 1);
  assert_fails (mid, "Line 2: a quotation mark is out of place");
  assert_fails (after, "Line 2: a quotation mark is out of place");
  assert_fails (later, "Line 3: a quotation mark is out of place; check the quoted field that "
                       "starts on line 2");
}

static void
test_binary (void)
{
  static const char zip[] = "a,b\n1,2\nPK\x03\x04\x14\x00\x00\x00junk\n";
  static const char utf16[] = "\xFF\xFE" "a\0,\0b\0";
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCsvReader) reader = NULL;
  Result *r = read_all (fixture (zip, sizeof zip - 1), 0, HUSTINGS_CSV_ENCODING_AUTO);
  Result *nul = read_all (fixture ("a,b\n\n\"x\0y\"\n", 11), 0, HUSTINGS_CSV_ENCODING_AUTO);

  g_assert_cmpuint (r->records->len, ==, 2);
  assert_fails (r, "Line 3: this is not a text file");
  assert_fails (nul, "Line 3: this is not a text file");

  reader = hustings_csv_reader_open (fixture (utf16, sizeof utf16 - 1), 0,
                                     HUSTINGS_CSV_ENCODING_AUTO, &error);
  g_assert_null (reader);
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "UTF-16"));
}

static void
test_unreadable (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCsvReader) missing = NULL;
  g_autoptr(HustingsCsvReader) folder = NULL;
  char *dir = test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "gone.csv", NULL);

  g_test_queue_destroy ((GDestroyNotify) test_rm_rf, dir);
  missing = hustings_csv_reader_open (path, 0, HUSTINGS_CSV_ENCODING_AUTO, &error);
  g_assert_null (missing);
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "gone.csv"));
  g_assert_nonnull (strstr (error->message, g_strerror (ENOENT)));
  g_clear_error (&error);

  folder = hustings_csv_reader_open (dir, 0, HUSTINGS_CSV_ENCODING_AUTO, &error);
  g_assert_null (folder);
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, g_strerror (EISDIR)));
}

static GString *
long_field_file (gsize length,
                 gboolean quoted)
{
  GString *s = g_string_new ("a,b\n1,");

  if (quoted)
    g_string_append_c (s, '"');
  for (gsize i = 0; i < length; i++)
    g_string_append_c (s, 'x');
  if (quoted)
    g_string_append_c (s, '"');
  g_string_append (s, ",end\n2,3\n");
  return s;
}

/* 1 MB is the most a field may hold; the reader stops soon after, however long it is. */
static void
test_long_field (void)
{
  static const struct { gsize length; gboolean quoted; gboolean ok; } cases[] = {
    { 1024 * 1024, TRUE, TRUE }, { 1024 * 1024, FALSE, TRUE },
    { 1024 * 1024 + 1, TRUE, FALSE }, { 1024 * 1024 + 1, FALSE, FALSE },
    { 10 * 1024 * 1024, TRUE, FALSE }, { 10 * 1024 * 1024, FALSE, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) s = long_field_file (cases[i].length, cases[i].quoted);
      g_autoptr(GError) error = NULL;
      g_autoptr(HustingsCsvReader) reader =
        hustings_csv_reader_open (fixture (s->str, s->len), 0, HUSTINGS_CSV_ENCODING_AUTO,
                                  &error);
      const char * const *fields;
      guint n_fields;
      guint64 line;

      g_assert_no_error (error);
      g_assert_true (hustings_csv_reader_next (reader, &fields, &n_fields, &line, &error));
      if (cases[i].ok)
        {
          g_assert_true (hustings_csv_reader_next (reader, &fields, &n_fields, &line, &error));
          g_assert_cmpuint (n_fields, ==, 3);
          g_assert_cmpuint (strlen (fields[1]), ==, cases[i].length);
          g_assert_cmpstr (fields[2], ==, "end");
          g_assert_true (hustings_csv_reader_next (reader, &fields, &n_fields, &line, &error));
          g_assert_cmpuint (line, ==, 3);
          continue;
        }
      g_assert_false (hustings_csv_reader_next (reader, &fields, &n_fields, &line, &error));
      g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==,
                       "Line 2: a field is longer than 1 MB; this is not an export Hustings can "
                       "read");
      /* It gave up within a read or two of the limit instead of taking in the whole field. */
      g_assert_cmpuint (hustings_csv_reader_get_position (reader), <=, 3 * 1024 * 1024);
    }
}

static void
test_ragged (void)
{
  Result *r = read_string ("a,b,c\n1,2\n3,4,5,6\n\n7\n,\n");
  static const guint widths[] = { 3, 2, 4, 1, 2 };

  g_assert_no_error (r->error);
  g_assert_cmpuint (r->records->len, ==, G_N_ELEMENTS (widths));
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    g_assert_cmpuint (g_strv_length (g_ptr_array_index (r->records, i)), ==, widths[i]);
  assert_record (r, 3, 5, "7");
  assert_record (r, 4, 6, "|");
}

static void
test_no_final_newline (void)
{
  Result *r = read_string ("a,b\r\n1,2");
  Result *comma = read_string ("a,b\n1,");
  Result *quoted = read_string ("a,b\n1,\"x\"");

  g_assert_no_error (r->error);
  g_assert_cmpuint (r->records->len, ==, 2);
  assert_record (r, 1, 2, "1|2");
  assert_record (comma, 1, 2, "1|");
  assert_record (quoted, 1, 2, "1|x");
}

/* 50,000 ActBlue-like rows, read in several chunks with the progress moving forward. */
static void
test_large (void)
{
  g_autoptr(GString) s = g_string_new ("\xEF\xBB\xBFReceipt ID,Date,Amount,Donor Last Name,"
                                       "Comments,Reserved,Mobile\r\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCsvReader) reader = NULL;
  const char * const *fields;
  guint n_fields;
  guint64 line;
  guint64 position = 0;
  guint n = 0;
  gboolean checked = FALSE;

  for (guint i = 0; i < 50000; i++)
    g_string_append_printf (s, "AB%u,2026-03-%02u 10:00:00,%u.%02u,\"O'Neil, %u\",%s,,%s\r\n",
                            i, i % 28 + 1, i % 3300, i % 100, i,
                            i % 1000 == 0 ? "\"thanks\r\nagain\"" : "", i % 2 ? "t" : "f");
  reader = hustings_csv_reader_open (fixture (s->str, s->len), 0, HUSTINGS_CSV_ENCODING_AUTO,
                                     &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hustings_csv_reader_get_size (reader), ==, s->len);
  while (hustings_csv_reader_next (reader, &fields, &n_fields, &line, &error))
    {
      g_assert_cmpuint (n_fields, ==, 7);
      g_assert_cmpuint (hustings_csv_reader_get_position (reader), >=, position);
      position = hustings_csv_reader_get_position (reader);
      if (n == 31338)
        {
          /* Row 31,337 follows 32 two-line comments (rows 0, 1000, ..., 31000). */
          g_assert_cmpstr (fields[0], ==, "AB31337");
          g_assert_cmpstr (fields[2], ==, "1637.37");
          g_assert_cmpstr (fields[3], ==, "O'Neil, 31337");
          g_assert_cmpstr (fields[6], ==, "t");
          g_assert_cmpuint (line, ==, 31339 + 32);
          checked = TRUE;
        }
      n++;
    }
  g_assert_no_error (error);
  g_assert_true (checked);
  g_assert_cmpuint (n, ==, 50001);
  g_assert_cmpuint (hustings_csv_reader_get_position (reader), ==, s->len);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/plain", test_plain);
  g_test_add_func ("/csv/line-endings", test_line_endings);
  g_test_add_func ("/csv/crlf-across-chunks", test_crlf_across_chunks);
  g_test_add_func ("/csv/utf8-across-chunks", test_utf8_across_chunks);
  g_test_add_func ("/csv/bom", test_bom);
  g_test_add_func ("/csv/sniff", test_sniff);
  g_test_add_func ("/csv/quoted", test_quoted);
  g_test_add_func ("/csv/windows-1252", test_windows_1252);
  g_test_add_func ("/csv/utf8", test_utf8);
  g_test_add_func ("/csv/stray-byte-late", test_stray_byte_late);
  g_test_add_func ("/csv/repeated-headers", test_repeated_headers);
  g_test_add_func ("/csv/empty", test_empty);
  g_test_add_func ("/csv/header-only", test_header_only);
  g_test_add_func ("/csv/unclosed-quote", test_unclosed_quote);
  g_test_add_func ("/csv/stray-quote", test_stray_quote);
  g_test_add_func ("/csv/binary", test_binary);
  g_test_add_func ("/csv/unreadable", test_unreadable);
  g_test_add_func ("/csv/long-field", test_long_field);
  g_test_add_func ("/csv/ragged", test_ragged);
  g_test_add_func ("/csv/no-final-newline", test_no_final_newline);
  g_test_add_func ("/csv/large", test_large);

  return g_test_run ();
}
