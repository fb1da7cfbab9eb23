/* hustings-csv-reader.c: CSV records streamed through libcsv, with line numbers, encoding
 * detection and errors a treasurer can act on.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-csv-reader"

#include "config.h"

#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hustings-csv-reader.h"
#include "hustings-error.h"

/* Also the sample the encoding is guessed from. */
#define CHUNK_SIZE   (1024 * 1024)
#define FIELD_MAX    (1024 * 1024)
#define RECORD_MAX   (16 * 1024 * 1024)
/* libcsv's field buffer may outgrow a field by the spaces and quote it drops at the end. */
#define PARSER_MAX   (FIELD_MAX + 64 * 1024)
#define SNIFF_LINES  20

typedef enum {
  OVERFLOW_NONE,
  OVERFLOW_FIELD,
  OVERFLOW_RECORD,
} Overflow;

struct _HustingsCsvReader
{
  struct csv_parser    parser;
  int                  fd;
  char                *display_name;

  guchar              *chunk;
  gsize                chunk_len;
  gsize                chunk_pos;
  guint64              chunk_offset;   /* where chunk[0] is in the file */
  guint64              size;
  gboolean             at_eof;         /* nothing more to read after this chunk */
  gboolean             cr_pending;     /* the last chunk ended with a CR; an LF may follow */

  char                 delimiter;
  HustingsCsvEncoding  encoding;       /* what the text has turned out to be */
  gboolean             convert_all;    /* read every field as Windows-1252 */

  guint64              line;           /* the physical line of the next byte */
  guint64              record_line;    /* where the record being read starts */
  gboolean             between_records;
  gboolean             multiline;      /* the record being read has crossed a line break */
  gboolean             record_done;
  Overflow             overflow;
  guint64              n_records;
  gboolean             finished;
  GError              *error;          /* once set, every call fails with it */

  GString             *text;           /* the record's fields, each ending in NUL */
  GArray              *starts;         /* guint: where each field starts in text */
  GPtrArray           *fields;         /* pointers into text for the caller, NULL-terminated */
};

enum { BYTE_TEXT, BYTE_EOL, BYTE_BINARY };

/* Tab, LF, VT, FF, CR and DOS's end-of-file mark (0x1A) occur in text; other C0 controls and
 * NUL do not. */
static const guint8 byte_class[256] = {
  [0x00 ... 0x08] = BYTE_BINARY,
  ['\n'] = BYTE_EOL,
  ['\r'] = BYTE_EOL,
  [0x0E ... 0x19] = BYTE_BINARY,
  [0x1B ... 0x1F] = BYTE_BINARY,
};

/* Windows-1252 0x80-0x9F; the five bytes it leaves undefined keep their Latin-1 meaning. */
static const gunichar windows_1252_high[32] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/* "1,204": line numbers as the treasurer reads them. */
static char *
format_line (guint64 line)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, line);
  gsize n = strlen (digits);
  GString *out = g_string_sized_new (n + n / 3);

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

static gboolean fail (HustingsCsvReader  *self,
                      GError            **error,
                      HustingsError       code,
                      const char         *format,
                      ...) G_GNUC_PRINTF (4, 5);

/* Records the error for this and every later call, and drops the partial record. */
static gboolean
fail (HustingsCsvReader  *self,
      GError            **error,
      HustingsError       code,
      const char         *format,
      ...)
{
  va_list args;

  va_start (args, format);
  self->error = g_error_new_valist (HUSTINGS_ERROR, code, format, args);
  va_end (args);
  g_string_truncate (self->text, 0);
  g_array_set_size (self->starts, 0);
  g_propagate_error (error, g_error_copy (self->error));
  return FALSE;
}

static gboolean
fail_at_line (HustingsCsvReader  *self,
              GError            **error,
              guint64             line,
              const char         *message)
{
  g_autofree char *at = format_line (line);

  /* Translators: "Line 1,204: a quoted field is never closed" */
  return fail (self, error, HUSTINGS_ERROR_INVALID, _("Line %s: %s"), at, message);
}

static gboolean
fail_overflow (HustingsCsvReader  *self,
               GError            **error)
{
  if (self->overflow == OVERFLOW_FIELD)
    return fail_at_line (self, error, self->record_line,
                         _("a field is longer than 1 MB; this is not an export Hustings can read"));
  return fail_at_line (self, error, self->record_line,
                       _("a record is longer than 16 MB; this is not an export Hustings can read"));
}

static gboolean
fail_read (HustingsCsvReader  *self,
           GError            **error,
           int                 saved_errno)
{
  return fail (self, error, HUSTINGS_ERROR_FAILED,
               /* Translators: %s is a file name, then the system's reason */
               _("“%s” could not be read: %s"), self->display_name, g_strerror (saved_errno));
}

/* libcsv grows its field buffer through this; refusing makes it stop with CSV_ENOMEM, which
 * keeps a runaway field from taking all memory. */
static void *
bounded_realloc (void   *buffer,
                 size_t  size)
{
  return size > PARSER_MAX ? NULL : realloc (buffer, size);
}

static void
append_windows_1252 (GString      *out,
                     const guchar *s,
                     gsize         len)
{
  for (gsize i = 0; i < len; i++)
    {
      if (s[i] < 0x80)
        g_string_append_c (out, (char) s[i]);
      else
        g_string_append_unichar (out, s[i] < 0xA0 ? windows_1252_high[s[i] - 0x80] : s[i]);
    }
}

/* CRLF and a lone CR inside a quoted field become "\n". */
static void
normalize_newlines (GString *text,
                    gsize    from)
{
  char *in = text->str + from;
  char *end = text->str + text->len;
  char *out;

  in = memchr (in, '\r', end - in);
  if (in == NULL)
    return;
  for (out = in; in < end; in++)
    {
      if (*in != '\r')
        *out++ = *in;
      else if (in + 1 < end && in[1] == '\n')
        continue;
      else
        *out++ = '\n';
    }
  g_string_truncate (text, out - text->str);
}

static void
field_cb (void   *data,
          size_t  len,
          void   *user_data)
{
  HustingsCsvReader *self = user_data;
  const guchar *s = data;
  guint start = self->text->len;

  if (self->overflow != OVERFLOW_NONE)
    return;
  if (len > FIELD_MAX)
    {
      self->overflow = OVERFLOW_FIELD;
      return;
    }
  if (self->text->len + len + 1 > RECORD_MAX)
    {
      self->overflow = OVERFLOW_RECORD;
      return;
    }

  g_array_append_val (self->starts, start);
  if (len > 0)
    {
      if (self->convert_all)
        append_windows_1252 (self->text, s, len);
      else if (g_utf8_validate_len ((const char *) s, len, NULL))
        g_string_append_len (self->text, (const char *) s, len);
      else
        {
          append_windows_1252 (self->text, s, len);
          self->encoding = HUSTINGS_CSV_ENCODING_WINDOWS_1252;
        }
      if (self->multiline)
        normalize_newlines (self->text, start);
    }
  g_string_append_c (self->text, '\0');
}

static void
record_cb (int   terminator,
           void *user_data)
{
  HustingsCsvReader *self = user_data;

  self->record_done = TRUE;
  self->between_records = TRUE;
}

/* Reads the next chunk; at the end of the file, at_eof is set. */
static gboolean
read_chunk (HustingsCsvReader  *self,
            GError            **error)
{
  self->chunk_offset += self->chunk_len;
  self->chunk_len = 0;
  self->chunk_pos = 0;
  while (self->chunk_len < CHUNK_SIZE)
    {
      gssize n = read (self->fd, self->chunk + self->chunk_len, CHUNK_SIZE - self->chunk_len);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return fail_read (self, error, errno);
      if (n == 0)
        {
          self->at_eof = TRUE;
          break;
        }
      self->chunk_len += n;
    }
  return TRUE;
}

/* The length of s without a UTF-8 character the end of the chunk may have cut in two. */
static gsize
whole_characters (const guchar *s,
                  gsize         len)
{
  gsize i = len;

  while (i > 0 && len - i < 3 && (s[i - 1] & 0xC0) == 0x80)
    i--;
  if (i > 0 && s[i - 1] >= 0xC0)
    return i - 1;
  return len;
}

static guint
consistency (const guint counts[][3],
             guint       n_lines,
             guint       candidate)
{
  guint best = 0;

  for (guint i = 0; i < n_lines; i++)
    {
      guint same = 0;

      if (counts[i][candidate] == 0)
        continue;
      for (guint j = 0; j < n_lines; j++)
        if (counts[j][candidate] == counts[i][candidate])
          same++;
      best = MAX (best, same);
    }
  return best;
}

/* The candidate found, outside quotes, the same non-zero number of times on most of the first
 * lines; comma on a tie. complete: s holds the whole file, so its last line counts too. */
static char
sniff_delimiter (const guchar *s,
                 gsize         len,
                 gboolean      complete)
{
  static const char candidates[3] = { ',', ';', '\t' };
  guint counts[SNIFF_LINES][3] = { { 0 } };
  guint n_lines = 0;
  gboolean quoted = FALSE;
  gboolean blank = TRUE;
  guint best = 0;
  guint best_score;

  for (gsize i = 0; i < len && n_lines < SNIFF_LINES; i++)
    {
      if (s[i] == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (s[i] == '\n' || s[i] == '\r')
        {
          if (!blank)
            n_lines++;
          blank = TRUE;
          continue;
        }
      else
        for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
          if (s[i] == candidates[k])
            counts[n_lines][k]++;
      blank = FALSE;
    }
  if (complete && !blank && n_lines < SNIFF_LINES)
    n_lines++;

  best_score = consistency (counts, n_lines, 0);
  for (guint k = 1; k < G_N_ELEMENTS (candidates); k++)
    {
      guint score = consistency (counts, n_lines, k);

      if (score > best_score)
        {
          best = k;
          best_score = score;
        }
    }
  return candidates[best];
}

/* Whether [s, end) holds nothing libcsv would start a record with. */
static gboolean
is_blank (const guchar *s,
          const guchar *end,
          char          delimiter)
{
  for (; s < end; s++)
    if ((*s != ' ' && *s != '\t' && *s != '\r' && *s != '\n') || *s == (guchar) delimiter)
      return FALSE;
  return TRUE;
}

/* Feeds the parser the rest of the current physical line that this chunk holds, with its line
 * break. libcsv ends records only at line breaks, so at most one record ends per call. */
static gboolean
feed_line (HustingsCsvReader  *self,
           GError            **error)
{
  const guchar *start = self->chunk + self->chunk_pos;
  const guchar *end = self->chunk + self->chunk_len;
  const guchar *p = start;
  gboolean after_cr = self->cr_pending;
  gboolean line_break = FALSE;
  gsize n;

  self->cr_pending = FALSE;
  while (p < end && byte_class[*p] == BYTE_TEXT)
    p++;
  if (p < end)
    {
      if (byte_class[*p] == BYTE_BINARY)
        return fail_at_line (self, error, self->line,
                             _("this is not a text file (it holds binary data)"));
      if (*p == '\r' && p + 1 < end && p[1] == '\n')
        p++;
      /* The LF of a CRLF that the chunk boundary split does not end another line. */
      line_break = !(after_cr && *p == '\n' && p == start);
      self->cr_pending = *p == '\r' && p + 1 == end;
      p++;
    }

  if (self->between_records && !is_blank (start, p, self->delimiter))
    {
      self->between_records = FALSE;
      self->record_line = self->line;
    }

  n = p - start;
  if (csv_parse (&self->parser, start, n, field_cb, record_cb, self) != n)
    {
      g_autofree char *at = NULL;
      g_autofree char *record_at = NULL;

      if (csv_error (&self->parser) != CSV_EPARSE)
        {
          /* bounded_realloc refused to hold more of a field. */
          self->overflow = OVERFLOW_FIELD;
          return fail_overflow (self, error);
        }
      if (self->line == self->record_line)
        return fail_at_line (self, error, self->line,
                             _("a quotation mark is out of place; a field with quotation marks "
                               "in it must be enclosed in them, and the inner ones doubled"));
      at = format_line (self->line);
      record_at = format_line (self->record_line);
      return fail (self, error, HUSTINGS_ERROR_INVALID,
                   /* Translators: both %s are line numbers */
                   _("Line %s: a quotation mark is out of place; check the quoted field that "
                     "starts on line %s"), at, record_at);
    }
  self->chunk_pos += n;
  if (self->overflow != OVERFLOW_NONE)
    return fail_overflow (self, error);

  if (line_break)
    {
      self->line++;
      if (!self->between_records)
        self->multiline = TRUE;
    }
  return TRUE;
}

/* At the end of the file: the last record, if it has no line break. */
static gboolean
finish (HustingsCsvReader  *self,
        GError            **error)
{
  if (csv_fini (&self->parser, field_cb, record_cb, self) != 0)
    return fail_at_line (self, error, self->record_line, _("a quoted field is never closed"));
  if (self->overflow != OVERFLOW_NONE)
    return fail_overflow (self, error);
  self->finished = TRUE;
  return TRUE;
}

HustingsCsvReader *
hustings_csv_reader_open (const char           *path,
                          char                  delimiter,
                          HustingsCsvEncoding   encoding,
                          GError              **error)
{
  g_autoptr(HustingsCsvReader) self = NULL;
  struct stat st;
  const guchar *start;
  gsize len;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (delimiter != '"' && delimiter != '\r' && delimiter != '\n', NULL);
  g_return_val_if_fail (encoding <= HUSTINGS_CSV_ENCODING_WINDOWS_1252, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (HustingsCsvReader, 1);
  self->display_name = g_filename_display_basename (path);
  self->text = g_string_new (NULL);
  self->starts = g_array_new (FALSE, FALSE, sizeof (guint));
  self->fields = g_ptr_array_new ();
  self->fd = -1;
  self->line = 1;
  self->between_records = TRUE;
  csv_init (&self->parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
  csv_set_realloc_func (&self->parser, bounded_realloc);
  csv_set_blk_size (&self->parser, 64 * 1024);

  self->fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (self->fd < 0 || fstat (self->fd, &st) != 0)
    {
      fail_read (self, error, errno);
      return NULL;
    }
  self->size = st.st_size;
  self->chunk = g_malloc (CHUNK_SIZE);
  if (!read_chunk (self, error))
    return NULL;

  start = self->chunk;
  len = self->chunk_len;
  if (len >= 2 && ((start[0] == 0xFF && start[1] == 0xFE)
                   || (start[0] == 0xFE && start[1] == 0xFF)))
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("This file is in UTF-16 (“Unicode Text”); save it as CSV UTF-8 "
                             "and import that"));
      return NULL;
    }
  if (len >= 3 && memcmp (start, "\xEF\xBB\xBF", 3) == 0)
    {
      self->chunk_pos = 3;
      start += 3;
      len -= 3;
    }

  if (encoding == HUSTINGS_CSV_ENCODING_AUTO)
    {
      gsize sample = self->at_eof ? len : whole_characters (start, len);

      encoding = g_utf8_validate_len ((const char *) start, sample, NULL)
                 ? HUSTINGS_CSV_ENCODING_UTF8 : HUSTINGS_CSV_ENCODING_WINDOWS_1252;
    }
  self->encoding = encoding;
  self->convert_all = encoding == HUSTINGS_CSV_ENCODING_WINDOWS_1252;

  self->delimiter = delimiter != 0 ? delimiter : sniff_delimiter (start, len, self->at_eof);
  csv_set_delim (&self->parser, (unsigned char) self->delimiter);

  return g_steal_pointer (&self);
}

gboolean
hustings_csv_reader_next (HustingsCsvReader    *self,
                          const char * const  **fields,
                          guint                *n_fields,
                          guint64              *line,
                          GError              **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (fields != NULL && n_fields != NULL && line != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->error != NULL)
    {
      g_propagate_error (error, g_error_copy (self->error));
      return FALSE;
    }

  g_string_truncate (self->text, 0);
  g_array_set_size (self->starts, 0);
  self->record_done = FALSE;
  self->multiline = FALSE;

  while (!self->record_done && !self->finished)
    {
      if (self->chunk_pos < self->chunk_len)
        {
          if (!feed_line (self, error))
            return FALSE;
        }
      else if (self->at_eof)
        {
          if (!finish (self, error))
            return FALSE;
        }
      else if (!read_chunk (self, error))
        return FALSE;
    }

  if (!self->record_done)
    {
      if (self->n_records == 0)
        return fail (self, error, HUSTINGS_ERROR_INVALID, "%s", _("The file is empty"));
      return FALSE;
    }

  g_ptr_array_set_size (self->fields, 0);
  for (guint i = 0; i < self->starts->len; i++)
    g_ptr_array_add (self->fields, self->text->str + g_array_index (self->starts, guint, i));
  g_ptr_array_add (self->fields, NULL);

  self->n_records++;
  *fields = (const char * const *) self->fields->pdata;
  *n_fields = self->starts->len;
  *line = self->record_line;
  return TRUE;
}

char
hustings_csv_reader_get_delimiter (HustingsCsvReader *self)
{
  g_return_val_if_fail (self != NULL, ',');

  return self->delimiter;
}

HustingsCsvEncoding
hustings_csv_reader_get_encoding (HustingsCsvReader *self)
{
  g_return_val_if_fail (self != NULL, HUSTINGS_CSV_ENCODING_UTF8);

  return self->encoding;
}

guint64
hustings_csv_reader_get_position (HustingsCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->chunk_offset + self->chunk_pos;
}

guint64
hustings_csv_reader_get_size (HustingsCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->size;
}

void
hustings_csv_reader_free (HustingsCsvReader *self)
{
  if (self == NULL)
    return;

  csv_free (&self->parser);
  if (self->fd >= 0)
    g_close (self->fd, NULL);
  g_free (self->chunk);
  g_free (self->display_name);
  g_string_free (self->text, TRUE);
  g_array_unref (self->starts);
  g_ptr_array_unref (self->fields);
  g_clear_error (&self->error);
  g_free (self);
}
