/* hustings-fec.c: records of the FEC's electronic filing format, its values, the reader of every
 * version from 2.x to 8.5, the writer of 8.5, and the validation of records and whole filings.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-fec"

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hustings-error.h"
#include "hustings-fec-private.h"
#include "hustings-money.h"

/* Empty fields all point here, so that a record of 123 empty fields costs one allocation;
 * it is never freed. */
static char empty_field[] = "";

static void
field_free (char *value)
{
  if (value != empty_field)
    g_free (value);
}

/* Takes value; "" becomes the shared empty field. */
static char *
field_take (char *value)
{
  if (value == NULL || value[0] == '\0')
    {
      field_free (value);
      return empty_field;
    }
  return value;
}

/* Records */

/* A record of n_fields fields, all empty. */
static HustingsFecRecord *
record_alloc (guint n_fields)
{
  HustingsFecRecord *record = g_new0 (HustingsFecRecord, 1);

  record->n_fields = MAX (n_fields, 1);
  record->fields = g_new (char *, record->n_fields + 1);
  for (guint i = 0; i < record->n_fields; i++)
    record->fields[i] = empty_field;
  record->fields[record->n_fields] = NULL;
  return record;
}

HustingsFecRecord *
hustings_fec_record_new (const char *type)
{
  HustingsFecRecord *record;

  g_return_val_if_fail (type != NULL && type[0] != '\0', NULL);

  record = record_alloc (hustings_fec_layout_count (type));
  hustings_fec_record_set (record, 1, type);
  return record;
}

HustingsFecRecord *
hustings_fec_record_new_from_fields (const char * const *fields,
                                     guint               n_fields)
{
  HustingsFecRecord *record;

  g_return_val_if_fail (fields != NULL && n_fields > 0, NULL);

  record = record_alloc (n_fields);
  for (guint n = 1; n <= n_fields; n++)
    hustings_fec_record_set (record, n, fields[n - 1]);
  return record;
}

void
hustings_fec_record_free (HustingsFecRecord *record)
{
  if (record == NULL)
    return;
  for (guint i = 0; i < record->n_fields; i++)
    field_free (record->fields[i]);
  g_free (record->fields);
  g_free (record->type);
  g_free (record);
}

const char *
hustings_fec_record_get (const HustingsFecRecord *record,
                         guint                    n)
{
  g_return_val_if_fail (record != NULL, "");

  if (n < 1 || n > record->n_fields)
    return "";
  return record->fields[n - 1];
}

/* Makes the record at least n fields long. */
static void
record_grow (HustingsFecRecord *record,
             guint              n)
{
  if (n <= record->n_fields)
    return;
  record->fields = g_renew (char *, record->fields, n + 1);
  for (guint i = record->n_fields; i < n; i++)
    record->fields[i] = empty_field;
  record->fields[n] = NULL;
  record->n_fields = n;
}

/* Takes value. */
static void
record_take (HustingsFecRecord *record,
             guint              n,
             char              *value)
{
  record_grow (record, n);
  field_free (record->fields[n - 1]);
  record->fields[n - 1] = field_take (value);
  if (n == 1)
    {
      g_free (record->type);
      record->type = g_ascii_strup (record->fields[0], -1);
    }
}

void
hustings_fec_record_set (HustingsFecRecord *record,
                         guint              n,
                         const char        *value)
{
  g_return_if_fail (record != NULL);
  g_return_if_fail (n >= 1);

  record_take (record, n, value ? g_strdup (value) : NULL);
}

const char *
hustings_fec_record_get_named (const HustingsFecRecord *record,
                               const char              *name)
{
  g_return_val_if_fail (record != NULL, "");

  return hustings_fec_record_get (record, hustings_fec_layout_find (record->type, name));
}

gboolean
hustings_fec_record_set_named (HustingsFecRecord *record,
                               const char        *name,
                               const char        *value)
{
  int n;

  g_return_val_if_fail (record != NULL, FALSE);

  n = hustings_fec_layout_find (record->type, name);
  if (n == 0)
    return FALSE;
  hustings_fec_record_set (record, n, value);
  return TRUE;
}

gboolean
hustings_fec_record_get_amount (const HustingsFecRecord *record,
                                guint                    n,
                                gint64                  *out_cents)
{
  g_return_val_if_fail (out_cents != NULL, FALSE);

  if (hustings_fec_parse_amount (hustings_fec_record_get (record, n), out_cents))
    return TRUE;
  *out_cents = 0;
  return FALSE;
}

void
hustings_fec_record_set_amount (HustingsFecRecord *record,
                                guint              n,
                                gint64             cents)
{
  g_return_if_fail (record != NULL);
  g_return_if_fail (n >= 1);

  record_take (record, n, hustings_fec_format_amount (cents));
}

/* Values */

char *
hustings_fec_format_amount (gint64 cents)
{
  /* In unsigned arithmetic so that even G_MININT64 has a magnitude. */
  guint64 magnitude = cents < 0 ? (guint64) 0 - (guint64) cents : (guint64) cents;
  char text[32];
  char *p = text + sizeof text;

  *--p = '\0';
  *--p = '0' + magnitude % 10;
  *--p = '0' + magnitude / 10 % 10;
  *--p = '.';
  magnitude /= 100;
  do
    *--p = '0' + magnitude % 10;
  while ((magnitude /= 10) > 0);
  if (cents < 0)
    *--p = '-';
  return g_strdup (p);
}

/* Digits, an optional point and decimals; a third decimal and beyond round half away from
 * zero, in whole numbers. */
gboolean
hustings_fec_parse_amount (const char *text,
                           gint64     *out_cents)
{
  const char *p = text;
  gboolean negative = FALSE;
  gint64 value = 0;
  guint digits = 0;
  guint decimals = 0;
  gboolean round_up = FALSE;

  g_return_val_if_fail (out_cents != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  while (g_ascii_isspace (*p))
    p++;
  if (*p == '-' || *p == '+')
    negative = *p++ == '-';
  for (; g_ascii_isdigit (*p); p++)
    {
      if (value == 0 && *p == '0')
        {
          digits++;
          continue;
        }
      /* More than a trillion dollars is not an amount of a filing. */
      if (++digits > 15)
        return FALSE;
      value = value * 10 + (*p - '0');
    }
  value *= 100;
  if (*p == '.')
    {
      for (p++; g_ascii_isdigit (*p); p++, decimals++)
        {
          if (decimals == 0)
            value += (*p - '0') * 10;
          else if (decimals == 1)
            value += *p - '0';
          else if (decimals == 2)
            round_up = *p >= '5';
        }
    }
  while (g_ascii_isspace (*p))
    p++;
  if (*p != '\0' || digits + decimals == 0)
    return FALSE;
  if (round_up)
    value++;
  *out_cents = negative ? -value : value;
  return TRUE;
}

char *
hustings_fec_format_date (const char *iso)
{
  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return g_strdup ("");
  return g_strdup_printf ("%.4s%.2s%.2s", iso, iso + 5, iso + 8);
}

char *
hustings_fec_parse_date (const char *text)
{
  guint year, month, day;

  if (text == NULL || strlen (text) != 8)
    return NULL;
  for (guint i = 0; i < 8; i++)
    if (!g_ascii_isdigit (text[i]))
      return NULL;
  year = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
  month = (text[4] - '0') * 10 + (text[5] - '0');
  day = (text[6] - '0') * 10 + (text[7] - '0');
  if (year < 1 || !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

static gboolean
is_printable_ascii (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p; p++)
    if (*p < 32 || *p > 126)
      return FALSE;
  return TRUE;
}

/* What one character that is not printable ASCII becomes. */
static void
append_ascii (GString  *out,
              gunichar  c)
{
  char utf8[8] = { 0 };
  g_autofree char *ascii = NULL;

  switch (c)
    {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4:
      g_string_append_c (out, '\'');
      return;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      g_string_append_c (out, '"');
      return;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      g_string_append_c (out, '-');
      return;
    case 0x2026:
      g_string_append (out, "...");
      return;
    default:
      break;
    }
  if (c < 0x80 || g_unichar_iscntrl (c) || g_unichar_isspace (c))
    {
      g_string_append_c (out, ' ');
      return;
    }
  g_unichar_to_utf8 (c, utf8);
  ascii = g_str_to_ascii (utf8, "C");
  /* GLib writes "?" for what it cannot transliterate. */
  if (ascii[0] == '\0' || strcmp (ascii, "?") == 0 || !is_printable_ascii (ascii))
    g_string_append_c (out, ' ');
  else
    g_string_append (out, ascii);
}

char *
hustings_fec_to_ascii (const char *utf8,
                       gsize       max_chars)
{
  g_autoptr(GString) out = NULL;
  gsize start = 0;

  if (utf8 == NULL)
    return g_strdup ("");
  out = g_string_sized_new (strlen (utf8));
  if (g_utf8_validate (utf8, -1, NULL))
    {
      for (const char *p = utf8; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (c >= 32 && c <= 126)
            g_string_append_c (out, (char) c);
          else
            append_ascii (out, c);
        }
    }
  else
    {
      /* Not UTF-8: keep what is printable ASCII. */
      for (const guchar *p = (const guchar *) utf8; *p; p++)
        g_string_append_c (out, *p >= 32 && *p <= 126 ? (char) *p : ' ');
    }

  while (start < out->len && out->str[start] == ' ')
    start++;
  g_string_erase (out, 0, start);
  if (max_chars > 0 && out->len > max_chars)
    g_string_truncate (out, max_chars);
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Reading */

struct _HustingsFecReader {
  GInputStream      *stream;
  char              *buffer;        /* bytes read and not yet returned: buffer[start, end) */
  gsize              start;
  gsize              end;
  gsize              allocated;
  gboolean           eof;
  goffset            size;
  goffset            consumed;
  guint              line;          /* lines read so far */
  char              *version;
  char              *software;
  FecEra             era;
  char               separator;     /* ',' or FS */
  char              *name_delim;    /* "^" */
  HustingsFecRecord *header;        /* returned by the first next() */
  char              *pending;       /* a line read ahead (UTF-8), or NULL */
  guint              pending_line;
  gboolean           done;
};

static const gunichar cp1252_high[32] = {
  0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
  0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

/* The line as UTF-8: as it is when it is UTF-8, else read as Windows-1252 (of which Latin-1 is
 * the printable part). NUL bytes become spaces. Takes line. */
static char *
line_to_utf8 (char  *line,
              gsize  len)
{
  GString *out;
  char *nul;

  while ((nul = memchr (line, '\0', len)) != NULL)
    *nul = ' ';
  if (g_utf8_validate (line, len, NULL))
    return line;

  out = g_string_sized_new (len + len / 4);
  for (gsize i = 0; i < len; i++)
    {
      guchar b = line[i];

      if (b < 0x80)
        g_string_append_c (out, (char) b);
      else if (b < 0xA0)
        g_string_append_unichar (out, cp1252_high[b - 0x80]);
      else
        g_string_append_unichar (out, b);
    }
  g_free (line);
  return g_string_free (out, FALSE);
}

/* The next line of the file as UTF-8 without its line end, or NULL at the end or on error. */
static char *
read_line (HustingsFecReader  *reader,
           guint              *out_line,
           GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *newline;
  gsize len;

  if (reader->pending)
    {
      *out_line = reader->pending_line;
      return g_steal_pointer (&reader->pending);
    }

  while ((newline = memchr (reader->buffer + reader->start, '\n',
                            reader->end - reader->start)) == NULL && !reader->eof)
    {
      gssize n;

      /* Keep what is left of the buffer and read more behind it. */
      memmove (reader->buffer, reader->buffer + reader->start, reader->end - reader->start);
      reader->end -= reader->start;
      reader->start = 0;
      if (reader->end == reader->allocated)
        {
          reader->allocated *= 2;
          reader->buffer = g_realloc (reader->buffer, reader->allocated);
        }
      n = g_input_stream_read (reader->stream, reader->buffer + reader->end,
                               reader->allocated - reader->end, NULL, &local_error);
      if (n < 0)
        {
          g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED,
                       _("Could not read line %u of the filing: %s"), reader->line + 1,
                       local_error->message);
          return NULL;
        }
      reader->eof = n == 0;
      reader->end += n;
    }
  if (newline == NULL && reader->start == reader->end)
    return NULL;

  len = (newline ? (gsize) (newline - reader->buffer) : reader->end) - reader->start;
  *out_line = ++reader->line;
  reader->consumed += len + 1;
  {
    char *line = g_strndup (reader->buffer + reader->start, len);

    reader->start += newline ? len + 1 : len;
    if (len > 0 && line[len - 1] == '\r')
      line[--len] = '\0';
    return line_to_utf8 (line, len);
  }
}

/* A field as read, or NULL when it is empty: surrounding blanks dropped, and the double quotes
 * some vendors wrap fields in: a pair around it, or a stray one at either end when the field
 * has no other. */
static char *
field_from (const char *start,
            const char *end)
{
  const char *quote;

  while (start < end && g_ascii_isspace (*start))
    start++;
  while (end > start && g_ascii_isspace (end[-1]))
    end--;
  quote = memchr (start, '"', end - start);
  if (quote != NULL)
    {
      if (end - start >= 2 && start[0] == '"' && end[-1] == '"')
        start++, end--;
      else if (memchr (quote + 1, '"', end - quote - 1) == NULL)
        {
          if (start[0] == '"')
            start++;
          else
            end--;
        }
      while (start < end && g_ascii_isspace (*start))
        start++;
      while (end > start && g_ascii_isspace (end[-1]))
        end--;
    }
  return start < end ? g_strndup (start, end - start) : NULL;
}

/* Fields of an FS-separated line; NULL for the empty ones. */
static GPtrArray *
split_fs (const char *line)
{
  GPtrArray *fields = g_ptr_array_new_full (64, g_free);
  const char *start = line;
  const char *end = line + strlen (line);
  const char *separator;

  while ((separator = memchr (start, '\x1c', end - start)) != NULL)
    {
      g_ptr_array_add (fields, field_from (start, separator));
      start = separator + 1;
    }
  g_ptr_array_add (fields, field_from (start, end));
  return fields;
}

/* Fields of a comma-separated line (NULL for the empty ones): a field in double quotes may hold
 * commas, and "" inside it is one quote. A quote left open runs to the end of the line (records
 * never span lines). */
static GPtrArray *
split_csv (const char *line)
{
  GPtrArray *fields = g_ptr_array_new_full (64, g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = line;

  for (;;)
    {
      while (*p == ' ')
        p++;
      if (*p == '"')
        {
          for (p++; *p; p++)
            {
              if (*p == '"' && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p++;
                }
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (field, *p);
            }
        }
      for (; *p && *p != ','; p++)
        g_string_append_c (field, *p);
      g_strstrip (field->str);
      g_ptr_array_add (fields, field->str[0] ? g_strdup (field->str) : NULL);
      g_string_truncate (field, 0);
      if (*p == '\0')
        break;
      p++;
    }
  return fields;
}

/* Field i (0-based) of a split line, "" when empty or missing. */
static const char *
raw_field (GPtrArray *raw,
           guint      i)
{
  return i < raw->len && raw->pdata[i] ? raw->pdata[i] : "";
}

static GPtrArray *
split_line (HustingsFecReader *reader,
            const char        *line)
{
  return reader->separator == ',' ? split_csv (line) : split_fs (line);
}

/* "Mr." → "MR": a word for comparing with lists of titles. */
static gboolean
word_is_one_of (const char        *word,
                const char * const *list)
{
  g_autoptr(GString) plain = g_string_new (NULL);

  for (const char *p = word; *p; p++)
    if (*p != '.')
      g_string_append_c (plain, g_ascii_toupper (*p));
  return g_strv_contains (list, plain->str);
}

static const char * const name_prefixes[] = { "MR", "MRS", "MS", "MISS", "DR", "HON", "REV", NULL };
static const char * const name_suffixes[] = {
  "JR", "SR", "II", "III", "IV", "V", "ESQ", "CPA", "MD", "PHD", "DDS", NULL
};

/* An initial ("S." or "S") at the end of a first name goes to the middle name. */
static void
split_middle (char **first,
              char **middle)
{
  char *space = strrchr (*first, ' ');
  const char *tail;

  if (space == NULL || **middle != '\0')
    return;
  tail = space + 1;
  if (g_ascii_isalpha (tail[0]) && (tail[1] == '\0' || (tail[1] == '.' && tail[2] == '\0')))
    {
      g_free (*middle);
      *middle = g_strdup (tail);
      *space = '\0';
      g_strchomp (*first);
    }
}

/* A person's name into last, first, middle, prefix, suffix (each newly allocated). */
static void
split_person_name (const char *name,
                   const char *delim,
                   char       *out[5])
{
  enum { LAST, FIRST, MIDDLE, PREFIX, SUFFIX };
  g_auto(GStrv) parts = NULL;

  for (guint i = 0; i < 5; i++)
    out[i] = g_strdup ("");

  if (delim[0] != '\0' && strstr (name, delim) != NULL)
    {
      /* Last^First Middle^Prefix^Suffix */
      parts = g_strsplit (name, delim, 4);
      for (guint i = 0; parts[i] && i < 4; i++)
        {
          static const guint slot[4] = { LAST, FIRST, PREFIX, SUFFIX };

          g_free (out[slot[i]]);
          out[slot[i]] = g_strstrip (g_strdup (parts[i]));
        }
    }
  else
    {
      g_autofree char *rest = g_strstrip (g_strdup (name));
      char *comma = strchr (rest, ',');
      char *space;

      if (comma != NULL)
        {
          g_autofree char *after = g_strstrip (g_strdup (comma + 1));

          *comma = '\0';
          g_strchomp (rest);
          if (!word_is_one_of (after, name_suffixes))
            {
              /* Last, First */
              g_free (out[LAST]);
              out[LAST] = g_strdup (rest);
              g_free (out[FIRST]);
              out[FIRST] = g_steal_pointer (&after);
              split_middle (&out[FIRST], &out[MIDDLE]);
              return;
            }
          g_free (out[SUFFIX]);
          out[SUFFIX] = g_steal_pointer (&after);
        }
      /* [Prefix] First [Middle] Last */
      space = strchr (rest, ' ');
      if (space != NULL)
        {
          *space = '\0';
          if (word_is_one_of (rest, name_prefixes))
            {
              g_free (out[PREFIX]);
              out[PREFIX] = g_strdup (rest);
              memmove (rest, space + 1, strlen (space + 1) + 1);
              g_strchug (rest);
            }
          else
            *space = ' ';
        }
      space = strrchr (rest, ' ');
      g_free (out[LAST]);
      if (space == NULL)
        out[LAST] = g_strdup (rest);
      else
        {
          out[LAST] = g_strdup (space + 1);
          *space = '\0';
          g_free (out[FIRST]);
          out[FIRST] = g_strchomp (g_strdup (rest));
        }
    }
  split_middle (&out[FIRST], &out[MIDDLE]);
}

/* An organization's name written with the name delimiter ("Acme Inc^"). */
static char *
organization_name (const char *name,
                   const char *delim)
{
  g_auto(GStrv) parts = g_strsplit (name, delim[0] ? delim : "^", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; parts[i]; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, parts[i]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
entity_is_person (const char *entity)
{
  return g_ascii_strcasecmp (entity, "IND") == 0 || g_ascii_strcasecmp (entity, "CAN") == 0;
}

static void
apply_name_split (HustingsFecRecord  *record,
                  const FecNameSplit *split,
                  GPtrArray          *raw,
                  const char         *delim)
{
  const char *name;
  gboolean person;
  char *parts[5];

  name = raw_field (raw, split->src - 1);
  if (name[0] == '\0')
    return;

  if (split->org == 0)
    person = TRUE;
  else
    {
      const char *entity = hustings_fec_record_get (record, split->entity);

      person = entity[0] != '\0' ? entity_is_person (entity)
                                 : (delim[0] != '\0' && strstr (name, delim) != NULL);
    }

  if (!person)
    {
      if (hustings_fec_record_get (record, split->org)[0] == '\0')
        record_take (record, split->org, organization_name (name, delim));
      return;
    }

  for (guint i = 0; i < 5; i++)
    if (hustings_fec_record_get (record, split->person + i)[0] != '\0')
      return;
  split_person_name (name, delim, parts);
  for (guint i = 0; i < 5; i++)
    record_take (record, split->person + i, parts[i]);
}

/* Line codes of the oldest versions that 8.5 spells otherwise. */
static const char *
normalized_type (const char *type)
{
  if (strcmp (type, "SA11A1") == 0)
    return "SA11AI";
  if (strcmp (type, "SA11A2") == 0)
    return "SA11AII";
  return type;
}

/* A record in the 8.5 layout from the fields of a line. Takes raw. */
static HustingsFecRecord *
make_record (HustingsFecReader *reader,
             GPtrArray         *raw,
             guint              line)
{
  g_autofree char *type = g_ascii_strup (raw_field (raw, 0), -1);
  FecFamily family = fec_family (type);
  const FecLayout *layout = fec_layout (family);
  const FecMap *map = fec_legacy_map (family, reader->era);
  HustingsFecRecord *record;

  if (map == NULL)
    {
      /* The fields as they are, padded or cut to the layout. */
      guint count = layout ? layout->count : raw->len;

      record = record_alloc (count);
      for (guint i = 0; i < MIN (count, raw->len); i++)
        record->fields[i] = field_take (g_steal_pointer (&raw->pdata[i]));
    }
  else
    {
      record = record_alloc (layout->count);
      record->fields[0] = field_take (g_steal_pointer (&raw->pdata[0]));
      for (guint r = 0; r < map->n_runs; r++)
        for (guint k = 0; k < map->runs[r].n; k++)
          {
            guint src = map->runs[r].src + k;

            if (src <= raw->len && raw->pdata[src - 1] != NULL)
              record_take (record, map->runs[r].dst + k, g_strdup (raw->pdata[src - 1]));
          }
      for (guint s = 0; s < map->n_splits; s++)
        apply_name_split (record, &map->splits[s], raw, reader->name_delim);
    }
  g_ptr_array_unref (raw);

  record->type = g_strdup (normalized_type (type));
  record->line = line;
  return record;
}

static gboolean
is_text_marker (const char *line,
                gboolean    begin)
{
  g_autofree char *plain = NULL;

  while (g_ascii_isspace (*line))
    line++;
  if (*line != '[')
    return FALSE;
  plain = g_strstrip (g_ascii_strup (line, -1));
  return begin ? strcmp (plain, "[BEGINTEXT]") == 0 || strcmp (plain, "[BEGIN TEXT]") == 0
               : strcmp (plain, "[ENDTEXT]") == 0 || strcmp (plain, "[END TEXT]") == 0;
}

static gboolean
is_blank (const char *line)
{
  for (const char *p = line; *p; p++)
    if (!g_ascii_isspace (*p) && *p != '\x1c' && *p != ',' && *p != '"')
      return FALSE;
  return TRUE;
}

/* After a record: a [BEGINTEXT]…[ENDTEXT] block becomes one more field of it. */
static gboolean
read_text_block (HustingsFecReader  *reader,
                 HustingsFecRecord  *record,
                 GError            **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) local_error = NULL;
  char *line;
  guint number;

  line = read_line (reader, &number, &local_error);
  if (line == NULL)
    {
      if (local_error == NULL)
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (!is_text_marker (line, TRUE))
    {
      reader->pending = line;
      reader->pending_line = number;
      return TRUE;
    }
  g_free (line);
  while ((line = read_line (reader, &number, &local_error)) != NULL)
    {
      if (is_text_marker (line, FALSE))
        {
          g_free (line);
          break;
        }
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
      g_free (line);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  record_take (record, record->n_fields + 1, g_strdup (text->str));
  return TRUE;
}

HustingsFecRecord *
hustings_fec_reader_next (HustingsFecReader  *reader,
                          GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  HustingsFecRecord *record;
  GPtrArray *raw;
  char *line;
  guint number = 0;

  g_return_val_if_fail (reader != NULL, NULL);

  if (reader->header)
    return g_steal_pointer (&reader->header);

  do
    {
      line = read_line (reader, &number, &local_error);
      if (line == NULL)
        {
          reader->done = TRUE;
          if (local_error)
            g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (is_blank (line))
        g_clear_pointer (&line, g_free);
    }
  while (line == NULL);

  raw = split_line (reader, line);
  g_free (line);
  if (raw_field (raw, 0)[0] == '\0')
    {
      g_ptr_array_unref (raw);
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("Line %u of the filing is not a record: it does not begin with a record "
                     "type"), number);
      return NULL;
    }
  record = make_record (reader, raw, number);

  if (!read_text_block (reader, record, error))
    {
      hustings_fec_record_free (record);
      return NULL;
    }
  return record;
}

/* "8.3" → 8, 3. */
static gboolean
parse_version (const char *version,
               guint      *major,
               guint      *minor)
{
  const char *p = version;
  guint64 a = 0, b = 0;

  if (!g_ascii_isdigit (*p))
    return FALSE;
  for (; g_ascii_isdigit (*p); p++)
    if ((a = a * 10 + (*p - '0')) > 1000)
      return FALSE;
  if (*p == '.')
    {
      if (!g_ascii_isdigit (*++p))
        return FALSE;
      for (; g_ascii_isdigit (*p); p++)
        if ((b = b * 10 + (*p - '0')) > 1000)
          return FALSE;
    }
  if (*p != '\0')
    return FALSE;
  *major = a;
  *minor = b;
  return TRUE;
}

/* The era of a version this reads; FALSE for the others. */
static gboolean
version_era (const char *version,
             FecEra     *era)
{
  guint major, minor;

  if (!parse_version (version, &major, &minor))
    return FALSE;
  switch (major)
    {
    case 2:
      *era = FEC_ERA_2;
      return TRUE;
    case 3:
      *era = FEC_ERA_3;
      return TRUE;
    case 5:
      *era = minor == 0 ? FEC_ERA_3 : FEC_ERA_5_1;
      return minor <= 3;
    case 6:
      *era = minor == 1 ? FEC_ERA_6_1 : minor <= 3 ? FEC_ERA_6_2 : FEC_ERA_6_4;
      return minor >= 1 && minor <= 4;
    case 7:
      *era = FEC_ERA_6_4;
      return minor == 0;
    case 8:
      *era = FEC_ERA_8;
      return minor <= 5;
    default:
      return FALSE;
    }
}

static gboolean
not_a_filing (GError **error)
{
  g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                       _("This is not an FEC filing (.fec): it does not begin with the FEC’s "
                         "header record."));
  return FALSE;
}

/* Version 2.x and older: a block of "Key = Value" lines between "/\* Header" and
 * "/\* End Header"; turned into the fields of a 3.x header record. */
static GPtrArray *
read_header_block (HustingsFecReader  *reader,
                   GError            **error)
{
  /* Version, software name and version, name delimiter: fields 3 to 6 of a 3.x header. */
  static const char * const keys[] = { "FEC_Ver_#", "Soft_Name", "Soft_Ver#", "NameDelim" };
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  char *line;
  guint number;

  g_ptr_array_add (fields, g_strdup ("HDR"));
  g_ptr_array_add (fields, g_strdup ("FEC"));
  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    g_ptr_array_add (fields, NULL);

  while ((line = read_line (reader, &number, &local_error)) != NULL)
    {
      g_auto(GStrv) pair = NULL;

      if (g_str_has_prefix (g_strchug (line), "/*"))
        {
          g_free (line);
          break;
        }
      pair = g_strsplit (line, "=", 2);
      g_free (line);
      for (guint k = 0; pair[0] && pair[1] && k < G_N_ELEMENTS (keys); k++)
        if (g_ascii_strcasecmp (g_strstrip (pair[0]), keys[k]) == 0)
          {
            g_free (fields->pdata[2 + k]);
            fields->pdata[2 + k] = g_strdup (g_strstrip (pair[1]));
          }
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (fields->pdata[2] == NULL)
    {
      not_a_filing (error);
      return NULL;
    }
  return g_steal_pointer (&fields);
}

static gboolean
read_header (HustingsFecReader  *reader,
             GError            **error)
{
  g_autoptr(GPtrArray) fields = NULL;
  g_autoptr(GError) local_error = NULL;
  char *line;
  guint number;
  const char *version;

  do
    {
      line = read_line (reader, &number, &local_error);
      if (line == NULL)
        {
          if (local_error)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                               _("The file is empty."));
          return FALSE;
        }
      if (is_blank (line))
        g_clear_pointer (&line, g_free);
    }
  while (line == NULL);

  /* A byte order mark. */
  if (g_str_has_prefix (line, "\xEF\xBB\xBF"))
    memmove (line, line + 3, strlen (line + 3) + 1);

  if (g_str_has_prefix (g_strchug (line), "/*"))
    {
      g_free (line);
      reader->separator = ',';
      fields = read_header_block (reader, error);
      if (fields == NULL)
        return FALSE;
    }
  else
    {
      reader->separator = strchr (line, '\x1c') != NULL ? '\x1c' : ',';
      fields = split_line (reader, line);
      g_free (line);
      if (g_ascii_strcasecmp (raw_field (fields, 0), "HDR") != 0 || fields->len < 3)
        return not_a_filing (error);
    }

  version = raw_field (fields, 2);
  if (!version_era (version, &reader->era))
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("This filing says it is written in version “%s” of the FEC’s format, which "
                     "Hustings cannot read. Hustings reads the versions from 2 to 8.5."),
                   version);
      return FALSE;
    }
  reader->version = g_strdup (version);
  reader->software = g_strstrip (g_strdup_printf ("%s %s", raw_field (fields, 3),
                                                  raw_field (fields, 4)));
  if (reader->era <= FEC_ERA_5_1 && raw_field (fields, 5)[0] != '\0')
    reader->name_delim = g_strdup (raw_field (fields, 5));
  else
    reader->name_delim = g_strdup ("^");

  reader->header = make_record (reader, g_steal_pointer (&fields), number);
  return TRUE;
}

HustingsFecReader *
hustings_fec_reader_new_for_path (const char  *path,
                                  GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) input = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(HustingsFecReader) reader = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  file = g_file_new_for_path (path);
  input = g_file_read (file, NULL, error);
  if (input == NULL)
    return NULL;
  info = g_file_input_stream_query_info (input, G_FILE_ATTRIBUTE_STANDARD_SIZE, NULL, NULL);

  reader = g_new0 (HustingsFecReader, 1);
  reader->stream = G_INPUT_STREAM (g_steal_pointer (&input));
  reader->allocated = 65536;
  reader->buffer = g_malloc (reader->allocated);
  reader->size = info ? g_file_info_get_size (info) : 0;

  if (!read_header (reader, error))
    return NULL;
  return g_steal_pointer (&reader);
}

void
hustings_fec_reader_free (HustingsFecReader *reader)
{
  if (reader == NULL)
    return;
  g_clear_object (&reader->stream);
  g_free (reader->buffer);
  g_free (reader->version);
  g_free (reader->software);
  g_free (reader->name_delim);
  hustings_fec_record_free (reader->header);
  g_free (reader->pending);
  g_free (reader);
}

const char *
hustings_fec_reader_get_version (HustingsFecReader *reader)
{
  g_return_val_if_fail (reader != NULL, NULL);
  return reader->version;
}

const char *
hustings_fec_reader_get_software (HustingsFecReader *reader)
{
  g_return_val_if_fail (reader != NULL, NULL);
  return reader->software;
}

double
hustings_fec_reader_get_fraction (HustingsFecReader *reader)
{
  g_return_val_if_fail (reader != NULL, 0.0);

  if (reader->done)
    return 1.0;
  if (reader->size <= 0)
    return 0.0;
  return MIN (1.0, (double) reader->consumed / (double) reader->size);
}

/* Writing */

gboolean
hustings_fec_write_record (GOutputStream            *out,
                           const HustingsFecRecord  *record,
                           GCancellable             *cancellable,
                           GError                  **error)
{
  char stack[4096];
  g_autofree char *heap = NULL;
  char *buffer = stack;
  gsize allocated = sizeof stack;
  gsize at = 0;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  for (guint i = 0; i < record->n_fields; i++)
    {
      const char *field = record->fields[i];
      gsize len = strcspn (field, "\x1c\r\n");

      if (field[len] != '\0')
        {
          g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                       _("Field %u of a %s record holds a line break or a field separator"),
                       i + 1, record->type);
          return FALSE;
        }
      /* The field, its separator, and CR LF at the end. */
      if (at + len + 3 > allocated)
        {
          allocated = MAX (2 * allocated, at + len + 3);
          if (heap == NULL)
            buffer = heap = memcpy (g_malloc (allocated), stack, at);
          else
            buffer = heap = g_realloc (heap, allocated);
        }
      if (i > 0)
        buffer[at++] = HUSTINGS_FEC_SEPARATOR;
      memcpy (buffer + at, field, len);
      at += len;
    }
  buffer[at++] = '\r';
  buffer[at++] = '\n';
  return g_output_stream_write_all (out, buffer, at, NULL, cancellable, error);
}

/* Validation */

void
hustings_fec_problem_free (HustingsFecProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->record_type);
  g_free (problem->tran_id);
  g_free (problem->field_name);
  g_free (problem->message);
  g_free (problem);
}

guint
hustings_fec_count_errors (GPtrArray *problems)
{
  guint count = 0;

  g_return_val_if_fail (problems != NULL, 0);

  for (guint i = 0; i < problems->len; i++)
    if (((HustingsFecProblem *) problems->pdata[i])->severity == HUSTINGS_FEC_ERROR)
      count++;
  return count;
}

/* The transaction id of a record that has one. */
static const char *
record_tran_id (const HustingsFecRecord *record)
{
  FecFamily family = fec_family (record->type);

  if (family == FEC_FAMILY_SA || family == FEC_FAMILY_SB || family == FEC_FAMILY_TEXT)
    return hustings_fec_record_get (record, 3);
  return "";
}

static void
add_problem_valist (GPtrArray           *problems,
                    HustingsFecSeverity  severity,
                    const char          *type,
                    const char          *tran_id,
                    guint                index,
                    guint                field,
                    const char          *format,
                    va_list              args) G_GNUC_PRINTF (7, 0);

static void
add_problem_valist (GPtrArray           *problems,
                    HustingsFecSeverity  severity,
                    const char          *type,
                    const char          *tran_id,
                    guint                index,
                    guint                field,
                    const char          *format,
                    va_list              args)
{
  HustingsFecProblem *problem = g_new0 (HustingsFecProblem, 1);

  problem->severity = severity;
  problem->record = index;
  problem->record_type = g_strdup (type ? type : "");
  problem->tran_id = tran_id && tran_id[0] ? g_strdup (tran_id) : NULL;
  problem->field = field;
  problem->field_name = g_strdup (type ? hustings_fec_layout_name (type, field) : NULL);
  problem->message = g_strdup_vprintf (format, args);
  g_ptr_array_add (problems, problem);
}

/* A problem of a record of the given type and transaction id (NULL: the filing). */
static void add_problem_of (GPtrArray           *problems,
                            HustingsFecSeverity  severity,
                            const char          *type,
                            const char          *tran_id,
                            guint                index,
                            guint                field,
                            const char          *format,
                            ...) G_GNUC_PRINTF (7, 8);

static void
add_problem_of (GPtrArray           *problems,
                HustingsFecSeverity  severity,
                const char          *type,
                const char          *tran_id,
                guint                index,
                guint                field,
                const char          *format,
                ...)
{
  va_list args;

  va_start (args, format);
  add_problem_valist (problems, severity, type, tran_id, index, field, format, args);
  va_end (args);
}

static void add_problem (GPtrArray               *problems,
                         HustingsFecSeverity      severity,
                         const HustingsFecRecord *record,
                         guint                    index,
                         guint                    field,
                         const char              *format,
                         ...) G_GNUC_PRINTF (6, 7);

static void
add_problem (GPtrArray               *problems,
             HustingsFecSeverity      severity,
             const HustingsFecRecord *record,
             guint                    index,
             guint                    field,
             const char              *format,
             ...)
{
  va_list args;

  va_start (args, format);
  add_problem_valist (problems, severity, record->type, record_tran_id (record), index, field,
                      format, args);
  va_end (args);
}

/* The translated label of field n of the record. */
static const char *
label (const HustingsFecRecord *record,
       guint                    n)
{
  const char *text = hustings_fec_layout_label (record->type, n);

  return text ? text : "";
}

static gboolean
all_of (const char *text,
        gboolean  (*test) (gchar c))
{
  for (const char *p = text; *p; p++)
    if (!test (*p))
      return FALSE;
  return TRUE;
}

static gboolean
is_digit (gchar c)
{
  return g_ascii_isdigit (c);
}

static gboolean
is_upper (gchar c)
{
  return g_ascii_isupper (c);
}

/* "C" or "P" and eight digits, or "H"/"S", a digit, a state and five digits. */
static gboolean
is_fec_id (const char *id)
{
  if (strlen (id) != 9)
    return FALSE;
  if (id[0] == 'C' || id[0] == 'P')
    return all_of (id + 1, is_digit);
  if (id[0] == 'H' || id[0] == 'S')
    return g_ascii_isdigit (id[1]) && g_ascii_isupper (id[2]) && g_ascii_isupper (id[3]) &&
           all_of (id + 4, is_digit);
  return FALSE;
}

/* P, G, R, S, C, E or O and a four-digit year. */
static gboolean
is_election_code (const char *code)
{
  return strlen (code) == 5 && strchr ("PGRSCEO", code[0]) != NULL && all_of (code + 1, is_digit);
}

static gboolean
is_report_code (const char *code)
{
  static const char * const codes[] = {
    "Q1", "Q2", "Q3", "YE", "MY", "MYE", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9", "M10",
    "M11", "M12", "12P", "12G", "12R", "12S", "12C", "30G", "30R", "30S", "30P", "30D", "10P",
    "10G", "10R", "10S", "10D", "TER", NULL
  };

  return g_strv_contains (codes, code);
}

static gboolean
is_entity_type (const char *entity)
{
  static const char * const types[] = { "CAN", "CCM", "COM", "IND", "ORG", "PAC", "PTY", NULL };

  return g_strv_contains (types, entity);
}

/* The checks every field gets from its type, length and the sheet's "required" column. */
static void
validate_fields (const HustingsFecRecord *record,
                 guint                    index,
                 gboolean                 summary_minimum,
                 GPtrArray               *problems)
{
  const FecLayout *layout = fec_layout (fec_family (record->type));

  for (guint n = 1; n <= layout->count; n++)
    {
      const FecField *field = &layout->fields[n - 1];
      const char *value = n <= record->n_fields ? record->fields[n - 1] : "";
      const guchar *end;
      gsize len;
      gint64 cents;

      if (value[0] == '\0')
        {
          if (field->need == FEC_REQUIRED)
            add_problem (problems, HUSTINGS_FEC_ERROR, record, index, n, _("%s is missing"),
                         label (record, n));
          else if (field->need == FEC_RECOMMENDED)
            add_problem (problems, HUSTINGS_FEC_WARNING, record, index, n, _("%s is missing"),
                         label (record, n));
          continue;
        }
      /* Printable ASCII, and how long. */
      for (end = (const guchar *) value; *end >= 32 && *end <= 126; end++)
        ;
      len = end - (const guchar *) value;
      if (*end != '\0')
        {
          add_problem (problems, HUSTINGS_FEC_ERROR, record, index, n,
                       _("%s has characters the FEC does not accept: only plain letters, digits, "
                         "spaces and punctuation, without accents, tabs or line breaks"),
                       label (record, n));
          continue;
        }
      if (len > field->max)
        {
          add_problem (problems, HUSTINGS_FEC_ERROR, record, index, n,
                       _("%s is longer than the %u characters the FEC allows"),
                       label (record, n), field->max);
          continue;
        }
      switch ((FecKind) field->kind)
        {
        case FEC_KIND_TEXT:
          if (value[0] == ' ')
            add_problem (problems, HUSTINGS_FEC_WARNING, record, index, n,
                         _("%s begins with a space"), label (record, n));
          break;
        case FEC_KIND_STATE:
          if (len != 2 || !all_of (value, is_upper))
            add_problem (problems, HUSTINGS_FEC_ERROR, record, index, n,
                         _("%s must be a two-letter state code such as “TX”, not “%s”"),
                         label (record, n), value);
          break;
        case FEC_KIND_DIGITS:
          if (!all_of (value, is_digit) || ((field->max == 2 || field->max == 4) &&
                                            len != field->max))
            add_problem (problems, HUSTINGS_FEC_ERROR, record, index, n,
                         g_dngettext (GETTEXT_PACKAGE, "%s must be %u digit, not “%s”",
                                      "%s must be %u digits, not “%s”", field->max),
                         label (record, n), (guint) field->max, value);
          break;
        case FEC_KIND_AMOUNT:
          if (!hustings_fec_parse_amount (value, &cents))
            add_problem (problems, HUSTINGS_FEC_ERROR, record, index, n,
                         _("%s is not an amount: “%s”"), label (record, n), value);
          else if (cents > HUSTINGS_MONEY_MAX_CENTS || cents < -G_GINT64_CONSTANT (9999999999))
            add_problem (problems, HUSTINGS_FEC_ERROR, record, index, n,
                         _("%s is more than the FEC accepts"), label (record, n));
          else if (summary_minimum && cents < 0)
            add_problem (problems, HUSTINGS_FEC_WARNING, record, index, n,
                         _("%s is negative"), label (record, n));
          break;
        case FEC_KIND_DATE:
          {
            g_autofree char *iso = hustings_fec_parse_date (value);

            if (iso == NULL)
              add_problem (problems, HUSTINGS_FEC_ERROR, record, index, n,
                           _("%s is not a date: “%s”"), label (record, n), value);
          }
          break;
        case FEC_KIND_CHECK:
          if (strcmp (value, "X") != 0)
            add_problem (problems, HUSTINGS_FEC_ERROR, record, index, n,
                         _("%s must be checked (X) or left empty, not “%s”"), label (record, n),
                         value);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static void
validate_header (const HustingsFecRecord *record,
                 guint                    index,
                 GPtrArray               *problems)
{
  const char *ef_type = hustings_fec_record_get (record, 2);
  const char *version = hustings_fec_record_get (record, 3);
  guint major, minor;

  if (ef_type[0] && strcmp (ef_type, "FEC") != 0)
    add_problem (problems, HUSTINGS_FEC_ERROR, record, index, 2,
                 _("%s must be “FEC”, not “%s”"), label (record, 2), ef_type);
  if (version[0] && !parse_version (version, &major, &minor))
    add_problem (problems, HUSTINGS_FEC_ERROR, record, index, 3,
                 _("%s must be a version number such as “8.5”, not “%s”"), label (record, 3),
                 version);
}

/* F3 and F3X covers. */
static void
validate_cover (const HustingsFecRecord *record,
                guint                    index,
                GPtrArray               *problems)
{
  gboolean f3 = fec_family (record->type) == FEC_FAMILY_F3;
  /* Field numbers that differ between the two. */
  guint report = f3 ? 12 : 10;
  guint election = f3 ? 13 : 11;
  guint from = f3 ? 16 : 14;
  HustingsFecSeverity conditional = f3 ? HUSTINGS_FEC_ERROR : HUSTINGS_FEC_WARNING;
  const char *form = hustings_fec_record_get (record, 1);
  const char *id = hustings_fec_record_get (record, 2);
  const char *zip = hustings_fec_record_get (record, 9);
  const char *code = hustings_fec_record_get (record, report);
  const char *election_code = hustings_fec_record_get (record, election);
  const char *coverage_from = hustings_fec_record_get (record, from);
  const char *coverage_through = hustings_fec_record_get (record, from + 1);
  gboolean pre = g_str_has_prefix (code, "12");
  gboolean pre_or_post = pre || g_str_has_prefix (code, "30");

  if (strcmp (form, record->type) != 0)
    add_problem (problems, HUSTINGS_FEC_ERROR, record, index, 1,
                 _("%s must be written in capitals: “%s”"), label (record, 1), record->type);
  if (id[0] && !is_fec_id (id))
    add_problem (problems, HUSTINGS_FEC_ERROR, record, index, 2,
                 _("%s must be an FEC ID such as “C00123456”, not “%s”"), label (record, 2), id);
  if (zip[0] && strlen (zip) < 5)
    add_problem (problems, HUSTINGS_FEC_ERROR, record, index, 9,
                 _("%s must have 5 or 9 digits, not “%s”"), label (record, 9), zip);
  if (code[0] && !is_report_code (code))
    add_problem (problems, HUSTINGS_FEC_ERROR, record, index, report,
                 _("%s “%s” is not one of the FEC’s report codes (Q1, YE, 12G, M7, TER…)"),
                 label (record, report), code);
  if (election_code[0] && !is_election_code (election_code))
    add_problem (problems, HUSTINGS_FEC_ERROR, record, index, election,
                 _("%s must be a letter and a year such as “G2026”, not “%s”"),
                 label (record, election), election_code);
  if (pre && !election_code[0])
    add_problem (problems, conditional, record, index, election,
                 _("%s is missing; a pre-election report needs it"), label (record, election));
  for (guint n = election + 1; pre_or_post && n <= election + 2; n++)
    if (hustings_fec_record_get (record, n)[0] == '\0')
      add_problem (problems, conditional, record, index, n,
                   _("%s is missing; a pre- or post-election report needs it"), label (record, n));
  if (strlen (coverage_from) == 8 && strlen (coverage_through) == 8 &&
      strcmp (coverage_from, coverage_through) > 0)
    add_problem (problems, HUSTINGS_FEC_ERROR, record, index, from + 1,
                 _("The report’s coverage ends before it begins"));
}

/* Transaction ids are upper case (field 3 of SA, SB and TEXT). */
static void
validate_tran_id (const HustingsFecRecord *record,
                  guint                    index,
                  GPtrArray               *problems)
{
  const char *tran_id = hustings_fec_record_get (record, 3);

  for (const char *p = tran_id; *p; p++)
    if (g_ascii_islower (*p))
      {
        add_problem (problems, HUSTINGS_FEC_ERROR, record, index, 3,
                     _("%s must be in capitals: “%s”"), label (record, 3), tran_id);
        return;
      }
}

static const char *
entity_description (const char *entity)
{
  if (strcmp (entity, "IND") == 0)
    return _("an individual");
  if (strcmp (entity, "CAN") == 0)
    return _("a candidate");
  return _("an organization or committee");
}

/* Rules shared by Schedule A and Schedule B (fields 1–19 are laid out alike). */
static void
validate_transaction (const HustingsFecRecord *record,
                      guint                    index,
                      GPtrArray               *problems)
{
  const char *back_id = hustings_fec_record_get (record, 4);
  const char *back_type = hustings_fec_record_get (record, 5);
  const char *entity = hustings_fec_record_get (record, 6);
  const char *election = hustings_fec_record_get (record, 18);

  validate_tran_id (record, index, problems);
  if (!back_id[0] != !back_type[0])
    add_problem (problems, HUSTINGS_FEC_ERROR, record, index, back_id[0] ? 5 : 4,
                 _("%s and %s go together: give both or neither"), label (record, 4),
                 label (record, 5));

  if (entity[0] && !is_entity_type (entity))
    add_problem (problems, HUSTINGS_FEC_ERROR, record, index, 6,
                 _("%s “%s” is not one of IND, ORG, CAN, CCM, COM, PAC, PTY"), label (record, 6),
                 entity);
  else if (entity[0])
    {
      if (entity_is_person (entity))
        {
          for (guint n = 8; n <= 9; n++)
            if (hustings_fec_record_get (record, n)[0] == '\0')
              add_problem (problems, HUSTINGS_FEC_ERROR, record, index, n,
                           _("%s is missing; it is required for %s"), label (record, n),
                           entity_description (entity));
        }
      else if (hustings_fec_record_get (record, 7)[0] == '\0')
        add_problem (problems, HUSTINGS_FEC_ERROR, record, index, 7,
                     _("%s is missing; it is required for %s"), label (record, 7),
                     entity_description (entity));
    }

  if (election[0] && !is_election_code (election))
    add_problem (problems, HUSTINGS_FEC_ERROR, record, index, 18,
                 _("%s must be a letter and a year such as “P2026”, not “%s”"),
                 label (record, 18), election);
  if (election[0] == 'O' && hustings_fec_record_get (record, 19)[0] == '\0')
    add_problem (problems, HUSTINGS_FEC_ERROR, record, index, 19,
                 _("%s is missing; an election coded “other” needs it"), label (record, 19));
}

/* A committee or candidate named on an SA or SB record (from field committee on: committee ID,
 * committee name, candidate ID, last, first, middle, prefix, suffix, office, state, district). */
static void
validate_counterparty (const HustingsFecRecord *record,
                       guint                    index,
                       guint                    committee,
                       gboolean                 donor,
                       GPtrArray               *problems)
{
  const char *entity = hustings_fec_record_get (record, 6);
  const char *committee_id = hustings_fec_record_get (record, committee);
  gboolean last = hustings_fec_record_get (record, committee + 3)[0] != '\0';
  gboolean first = hustings_fec_record_get (record, committee + 4)[0] != '\0';
  const char *office = hustings_fec_record_get (record, committee + 8);
  guint state = committee + 9;
  guint district = committee + 10;

  for (guint n = committee; n <= committee + 2; n += 2)
    {
      const char *id = hustings_fec_record_get (record, n);

      if (id[0] && !is_fec_id (id))
        add_problem (problems, HUSTINGS_FEC_ERROR, record, index, n,
                     _("%s must be an FEC ID such as “C00123456”, not “%s”"), label (record, n),
                     id);
    }
  /* Conditional warnings of the FEC's sheet, for the donor of a receipt. */
  if (donor && (strcmp (entity, "CCM") == 0 || strcmp (entity, "PAC") == 0 ||
                strcmp (entity, "PTY") == 0) && !committee_id[0])
    add_problem (problems, HUSTINGS_FEC_WARNING, record, index, committee,
                 _("%s is missing; it is expected for a committee"), label (record, committee));
  if (donor && (strcmp (entity, "CAN") == 0 || strcmp (entity, "CCM") == 0))
    {
      static const guint expected[] = { 2, 3, 8 };

      for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
        if (hustings_fec_record_get (record, committee + expected[i])[0] == '\0')
          add_problem (problems, HUSTINGS_FEC_WARNING, record, index, committee + expected[i],
                       _("%s is missing; it is expected for a candidate"),
                       label (record, committee + expected[i]));
    }
  if (last != first)
    add_problem (problems, HUSTINGS_FEC_WARNING, record, index, committee + (last ? 4 : 3),
                 _("%s is missing: give the candidate’s last and first names together"),
                 label (record, committee + (last ? 4 : 3)));
  if (office[0] && strcmp (office, "H") != 0 && strcmp (office, "S") != 0 &&
      strcmp (office, "P") != 0)
    add_problem (problems, HUSTINGS_FEC_ERROR, record, index, committee + 8,
                 _("%s must be H (House), S (Senate) or P (President), not “%s”"),
                 label (record, committee + 8), office);
  if ((strcmp (office, "H") == 0 || strcmp (office, "S") == 0) &&
      hustings_fec_record_get (record, state)[0] == '\0')
    add_problem (problems, HUSTINGS_FEC_WARNING, record, index, state,
                 _("%s is missing; it is expected for a House or Senate candidate"),
                 label (record, state));
  if (strcmp (office, "H") == 0 && hustings_fec_record_get (record, district)[0] == '\0')
    add_problem (problems, HUSTINGS_FEC_WARNING, record, index, district,
                 _("%s is missing; it is expected for a House candidate"),
                 label (record, district));
}

static void
validate_receipt (const HustingsFecRecord *record,
                  guint                    index,
                  GPtrArray               *problems)
{
  const char *entity = hustings_fec_record_get (record, 6);
  gint64 aggregate;

  validate_transaction (record, index, problems);
  validate_counterparty (record, index, 26, TRUE, problems);
  /* fecfile-validate: contribution_aggregate >= 200.01 → employer and occupation required. */
  if (strcmp (entity, "IND") == 0 && hustings_fec_record_get_amount (record, 22, &aggregate) &&
      aggregate >= 20001)
    for (guint n = 24; n <= 25; n++)
      if (hustings_fec_record_get (record, n)[0] == '\0')
        add_problem (problems, HUSTINGS_FEC_ERROR, record, index, n,
                     _("%s is missing; it is required once a donor gives over $200"),
                     label (record, n));
}

static void
validate_disbursement (const HustingsFecRecord *record,
                       guint                    index,
                       GPtrArray               *problems)
{
  static const char * const categories[] = {
    "001", "002", "003", "004", "005", "006", "007", "008", "009", "010", "011", "012",
    "101", "102", "103", "104", "105", "106", "107", NULL
  };
  const char *category = hustings_fec_record_get (record, 24);

  validate_transaction (record, index, problems);
  validate_counterparty (record, index, 25, FALSE, problems);
  if (hustings_fec_record_get (record, 23)[0] == '\0')
    add_problem (problems, HUSTINGS_FEC_WARNING, record, index, 23,
                 _("%s is missing; the FEC expects the purpose of every itemized disbursement"),
                 label (record, 23));
  if (category[0] && !g_strv_contains (categories, category))
    add_problem (problems, HUSTINGS_FEC_ERROR, record, index, 24,
                 _("%s “%s” is not one of the FEC’s category codes (001 to 012)"),
                 label (record, 24), category);
}

void
hustings_fec_validate_record (const HustingsFecRecord *record,
                              guint                    index,
                              GPtrArray               *problems)
{
  FecFamily family;

  g_return_if_fail (record != NULL);
  g_return_if_fail (problems != NULL);

  family = fec_family (record->type);
  if (family == FEC_FAMILY_NONE)
    return;
  validate_fields (record, index, family == FEC_FAMILY_F3 || family == FEC_FAMILY_F3X,
                   problems);
  switch (family)
    {
    case FEC_FAMILY_HDR:
      validate_header (record, index, problems);
      break;
    case FEC_FAMILY_F3:
    case FEC_FAMILY_F3X:
      validate_cover (record, index, problems);
      break;
    case FEC_FAMILY_SA:
      validate_receipt (record, index, problems);
      break;
    case FEC_FAMILY_SB:
      validate_disbursement (record, index, problems);
      break;
    case FEC_FAMILY_TEXT:
      validate_tran_id (record, index, problems);
      break;
    case FEC_FAMILY_NONE:
    default:
      break;
    }
}

/* A summary amount, 0 when empty; FALSE when it is not an amount. */
static gboolean
summary_amount (const HustingsFecRecord *cover,
                guint                    n,
                gint64                  *out_cents)
{
  const char *value = hustings_fec_record_get (cover, n);

  *out_cents = 0;
  return value[0] == '\0' || hustings_fec_parse_amount (value, out_cents);
}

static void
validate_arithmetic (const HustingsFecRecord *cover,
                     guint                    index,
                     GPtrArray               *problems)
{
  const FecSumRule *rules = fec_sum_rules (fec_family (cover->type));

  for (const FecSumRule *rule = rules; rule && rule->target; rule++)
    {
      gint64 target, sum = 0;
      gboolean any = hustings_fec_record_get (cover, rule->target)[0] != '\0';
      gboolean ok = summary_amount (cover, rule->target, &target);

      for (guint t = 0; ok && t < G_N_ELEMENTS (rule->terms) && rule->terms[t]; t++)
        {
          guint n = ABS (rule->terms[t]);
          gint64 term;

          ok = summary_amount (cover, n, &term);
          any = any || hustings_fec_record_get (cover, n)[0] != '\0';
          sum += rule->terms[t] > 0 ? term : -term;
        }
      if (ok && any && sum != target)
        {
          g_autofree char *is = hustings_money_format (target);
          g_autofree char *should = hustings_money_format (sum);

          add_problem (problems, HUSTINGS_FEC_ERROR, cover, index, rule->target,
                       _("%s is %s, but the lines it is made of come to %s"),
                       label (cover, rule->target), is, should);
        }
    }
}

/* A back reference, resolved when every record has been seen. */
typedef struct {
  guint       index;
  const char *type;       /* of the referring record */
  const char *tran_id;
  const char *back_id;
  const char *back_type;
} Reference;

struct _HustingsFecValidator {
  guint               count;          /* records added */
  char               *opening[2];     /* the types of records 0 and 1 */
  HustingsFecRecord  *header;         /* copies of record 0 and 1 when they are HDR and cover */
  HustingsFecRecord  *cover;
  FecFamily           form;           /* of the cover */
  GStringChunk       *strings;        /* transaction ids and types */
  GPtrArray          *types;          /* the type of each record, in strings */
  GHashTable         *transactions;   /* tran id → its record's index + 1 */
  GArray             *references;     /* Reference */
  gint64             *totals;         /* non-memo itemized amounts by summary field */
  gboolean           *itemized;       /* summary fields with itemized records */
};

static HustingsFecRecord *
record_copy (const HustingsFecRecord *record)
{
  HustingsFecRecord *copy;

  copy = hustings_fec_record_new_from_fields ((const char * const *) record->fields,
                                              record->n_fields);

  copy->line = record->line;
  return copy;
}

HustingsFecValidator *
hustings_fec_validator_new (void)
{
  HustingsFecValidator *validator = g_new0 (HustingsFecValidator, 1);

  validator->strings = g_string_chunk_new (65536);
  validator->types = g_ptr_array_new ();
  validator->transactions = g_hash_table_new (g_str_hash, g_str_equal);
  validator->references = g_array_new (FALSE, FALSE, sizeof (Reference));
  return validator;
}

void
hustings_fec_validator_free (HustingsFecValidator *validator)
{
  if (validator == NULL)
    return;
  g_free (validator->opening[0]);
  g_free (validator->opening[1]);
  hustings_fec_record_free (validator->header);
  hustings_fec_record_free (validator->cover);
  g_hash_table_unref (validator->transactions);
  g_ptr_array_unref (validator->types);
  g_array_unref (validator->references);
  g_string_chunk_free (validator->strings);
  g_free (validator->totals);
  g_free (validator->itemized);
  g_free (validator);
}

/* HDR first, the cover second, once each. */
static void
add_structure (HustingsFecValidator    *validator,
               const HustingsFecRecord *record,
               FecFamily                family,
               guint                    index,
               GPtrArray               *problems)
{
  gboolean cover = family == FEC_FAMILY_F3 || family == FEC_FAMILY_F3X;

  if (index < G_N_ELEMENTS (validator->opening))
    validator->opening[index] = g_strdup (record->type);
  if (family == FEC_FAMILY_HDR && index == 0)
    validator->header = record_copy (record);
  else if (cover && index == 1)
    {
      const FecLayout *layout = fec_layout (family);

      validator->cover = record_copy (record);
      validator->form = family;
      validator->totals = g_new0 (gint64, layout->count + 1);
      validator->itemized = g_new0 (gboolean, layout->count + 1);
    }
  else if (family == FEC_FAMILY_HDR)
    add_problem (problems, HUSTINGS_FEC_ERROR, record, index, 0,
                 _("The header record (HDR) must come first, and only once"));
  else if (cover)
    add_problem (problems, HUSTINGS_FEC_ERROR, record, index, 0,
                 _("The report’s cover (%s) must come second, and only once"), record->type);
}

/* The filer, the transaction id, the back reference and the summary line of a record after
 * the cover. */
static void
add_transaction (HustingsFecValidator    *validator,
                 const HustingsFecRecord *record,
                 FecFamily                family,
                 guint                    index,
                 GPtrArray               *problems)
{
  const char *filer = hustings_fec_record_get (validator->cover, 2);
  const char *tran_id = hustings_fec_record_get (record, 3);
  const char *type = g_ptr_array_index (validator->types, index);
  guint other;

  if (strcmp (hustings_fec_record_get (record, 2), filer) != 0)
    add_problem (problems, HUSTINGS_FEC_ERROR, record, index, 2,
                 _("The committee’s FEC ID is “%s” here but “%s” on the cover"),
                 hustings_fec_record_get (record, 2), filer);

  if (tran_id[0] != '\0')
    {
      other = GPOINTER_TO_UINT (g_hash_table_lookup (validator->transactions, tran_id));
      if (other != 0)
        add_problem (problems, HUSTINGS_FEC_ERROR, record, index, 3,
                     _("Transaction ID “%s” is used twice (also by record %u)"), tran_id, other);
      else
        g_hash_table_insert (validator->transactions,
                             g_string_chunk_insert (validator->strings, tran_id),
                             GUINT_TO_POINTER (index + 1));
    }

  if (family != FEC_FAMILY_SA && family != FEC_FAMILY_SB && family != FEC_FAMILY_TEXT)
    return;

  if (hustings_fec_record_get (record, 4)[0] != '\0')
    {
      Reference reference = {
        index, type, g_string_chunk_insert (validator->strings, tran_id),
        g_string_chunk_insert (validator->strings, hustings_fec_record_get (record, 4)),
        g_string_chunk_insert (validator->strings, hustings_fec_record_get (record, 5)),
      };

      g_array_append_val (validator->references, reference);
    }
  else if (family == FEC_FAMILY_TEXT &&
           g_ascii_strcasecmp (hustings_fec_record_get (record, 5), validator->cover->type) != 0)
    add_problem (problems, HUSTINGS_FEC_ERROR, record, index, 5,
                 _("A memo about the whole report must name the report’s form (%s), not “%s”"),
                 validator->cover->type, hustings_fec_record_get (record, 5));

  if (family != FEC_FAMILY_TEXT)
    {
      guint line = fec_line_field (validator->form, record->type);
      gint64 amount;

      if (line == 0)
        add_problem (problems, HUSTINGS_FEC_ERROR, record, index, 1,
                     _("%s is not a line of the report’s form (%s)"), record->type,
                     validator->cover->type);
      else
        {
          validator->itemized[line] = TRUE;
          if (strcmp (hustings_fec_record_get (record, family == FEC_FAMILY_SA ? 43 : 42),
                      "X") != 0 &&
              hustings_fec_record_get_amount (record, 21, &amount))
            validator->totals[line] += amount;
        }
    }
}

void
hustings_fec_validator_add (HustingsFecValidator    *validator,
                            const HustingsFecRecord *record,
                            GPtrArray               *problems)
{
  guint index;
  FecFamily family;

  g_return_if_fail (validator != NULL);
  g_return_if_fail (record != NULL);
  g_return_if_fail (problems != NULL);

  index = validator->count++;
  family = fec_family (record->type);
  /* Types repeat: most records are of the type of the one before. */
  if (index > 0 && strcmp (validator->types->pdata[index - 1], record->type) == 0)
    g_ptr_array_add (validator->types, validator->types->pdata[index - 1]);
  else
    g_ptr_array_add (validator->types,
                     g_string_chunk_insert_const (validator->strings, record->type));
  hustings_fec_validate_record (record, index, problems);
  add_structure (validator, record, family, index, problems);
  if (validator->cover != NULL && index > 1 && family != FEC_FAMILY_HDR &&
      family != FEC_FAMILY_F3 && family != FEC_FAMILY_F3X)
    add_transaction (validator, record, family, index, problems);
}

/* Every back reference names a record of the filing, of the type it says. */
static void
finish_references (HustingsFecValidator *validator,
                   GPtrArray            *problems)
{
  for (guint i = 0; i < validator->references->len; i++)
    {
      const Reference *r = &g_array_index (validator->references, Reference, i);
      guint target = GPOINTER_TO_UINT (g_hash_table_lookup (validator->transactions, r->back_id));
      const char *target_type = target ? validator->types->pdata[target - 1] : NULL;

      if (target == 0)
        add_problem_of (problems, HUSTINGS_FEC_ERROR, r->type, r->tran_id, r->index, 4,
                        _("Refers to transaction “%s”, which is not in the filing"), r->back_id);
      else if (g_ascii_strcasecmp (target_type, r->back_type) != 0)
        add_problem_of (problems, HUSTINGS_FEC_ERROR, r->type, r->tran_id, r->index, 5,
                        _("Refers to transaction “%s” as a %s record, but it is a %s record"),
                        r->back_id, r->back_type, target_type);
    }
}

/* Itemized records against the summary lines they feed: 11(a)(i) is exactly its itemized
 * receipts; other lines may hold unitemized amounts too, but never less than their records. */
static void
finish_itemized (HustingsFecValidator *validator,
                 GPtrArray            *problems)
{
  const HustingsFecRecord *cover = validator->cover;
  guint individuals = fec_line_field (validator->form, "SA11AI");
  guint count = fec_layout (validator->form)->count;

  for (guint line = 1; line <= count; line++)
    {
      gint64 reported;
      g_autofree char *is = NULL;
      g_autofree char *itemized = NULL;

      if ((!validator->itemized[line] && line != individuals) ||
          !summary_amount (cover, line, &reported))
        continue;
      is = hustings_money_format (reported);
      itemized = hustings_money_format (validator->totals[line]);
      if (line == individuals && reported != validator->totals[line])
        add_problem (problems, HUSTINGS_FEC_ERROR, cover, 1, line,
                     _("%s is %s, but the itemized receipts from individuals add up to %s"),
                     label (cover, line), is, itemized);
      else if (line != individuals && reported < validator->totals[line])
        add_problem (problems, HUSTINGS_FEC_ERROR, cover, 1, line,
                     _("%s is %s, less than the %s of its itemized records"),
                     label (cover, line), is, itemized);
    }
}

void
hustings_fec_validator_finish (HustingsFecValidator *validator,
                               GPtrArray            *problems)
{
  g_return_if_fail (validator != NULL);
  g_return_if_fail (problems != NULL);

  if (validator->count == 0)
    {
      add_problem_of (problems, HUSTINGS_FEC_ERROR, NULL, NULL, 0, 0,
                      _("The filing has no records"));
      return;
    }
  if (validator->header == NULL)
    add_problem_of (problems, HUSTINGS_FEC_ERROR, validator->opening[0], NULL, 0, 0,
                    _("The filing must begin with a header record (HDR)"));
  if (validator->cover == NULL)
    {
      add_problem_of (problems, HUSTINGS_FEC_ERROR, validator->opening[1], NULL, 1, 0,
                      _("The second record of the filing must be the report’s cover "
                        "(Form 3 or Form 3X)"));
      return;
    }

  finish_references (validator, problems);
  validate_arithmetic (validator->cover, 1, problems);
  finish_itemized (validator, problems);

  /* An amendment names the report it amends. */
  if (validator->header && g_str_has_suffix (validator->cover->type, "A"))
    for (guint n = 6; n <= 7; n++)
      if (hustings_fec_record_get (validator->header, n)[0] == '\0')
        add_problem (problems, HUSTINGS_FEC_ERROR, validator->header, 0, n,
                     _("%s is missing; an amendment must give it"), label (validator->header, n));
}

void
hustings_fec_validate_filing (GPtrArray *records,
                              GPtrArray *problems)
{
  g_autoptr(HustingsFecValidator) validator = hustings_fec_validator_new ();

  g_return_if_fail (records != NULL);
  g_return_if_fail (problems != NULL);

  for (guint i = 0; i < records->len; i++)
    hustings_fec_validator_add (validator, records->pdata[i], problems);
  hustings_fec_validator_finish (validator, problems);
}
