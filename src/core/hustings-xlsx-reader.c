/* hustings-xlsx-reader.c: the rows of an Excel workbook's sheet, streamed out of its ZIP with
 * libgsf and libxml2's xmlTextReader and given as text.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-xlsx-reader"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gsf/gsf-infile-impl.h>
#include <gsf/gsf-infile-zip.h>
#include <gsf/gsf-input-stdio.h>
#include <gsf/gsf-input.h>
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hustings-error.h"
#include "hustings-xlsx-reader.h"

#define CELL_MAX        (1024 * 1024)
#define ROW_MAX         (16 * 1024 * 1024)
#define COLUMNS_MAX     16384
/* The shared text and its index together; starts then fit in 30 bits. */
#define SHARED_MAX      (1024 * 1024 * 1024)
/* Marks, in shared_starts, a shared string longer than CELL_MAX (which is not kept). */
#define SHARED_TOO_LONG 0x80000000u
#define SECONDS_PER_DAY 86400
/* Days from 1970-01-01 back to 1899-12-30, the day before the 1900 system's serial 1 once
 * Excel's phantom 1900-02-29 is counted; the 1904 system's serial 0 is 1462 days later. */
#define EPOCH_1900      (-25569)
#define EPOCH_1904      (EPOCH_1900 + 1462)
/* No network, no entity substitution (entities stay unexpanded; a DTD is refused anyway),
 * libxml2's default limits on text and depth. */
#define XML_OPTIONS     (XML_PARSE_NONET | XML_PARSE_COMPACT)

#define ODS_MIME_TYPE   "application/vnd.oasis.opendocument.spreadsheet"

typedef enum {
  KIND_NUMBER,
  KIND_DATE,
  KIND_TIME,
} Kind;

typedef enum {
  CELL_NUMBER,
  CELL_SHARED,
  CELL_INLINE,
  CELL_FORMULA_TEXT,
  CELL_BOOLEAN,
  CELL_ERROR,
  CELL_ISO_DATE,
} CellType;

/* One XML member of the ZIP, read with xmlTextReader. */
typedef struct {
  GsfInput         *input;
  xmlTextReaderPtr  xml;
  char             *path;
  char             *problem;        /* what libxml2 found wrong, a fatal error first */
  gboolean          problem_fatal;
  guint64           problem_row;    /* the row the parser was in or after then; 0: unknown */
  gboolean          cut_short;      /* the ZIP member could not be read to its end */

  /* Names interned in the reader's dictionary, so that they compare as pointers. */
  const xmlChar    *n_sheet_data;
  const xmlChar    *n_row;
  const xmlChar    *n_c;
  const xmlChar    *n_v;
  const xmlChar    *n_is;
  const xmlChar    *n_si;
  const xmlChar    *n_t;
  const xmlChar    *n_r;
  const xmlChar    *n_s;
  const xmlChar    *n_rph;
} Part;

typedef struct {
  char *id;
  char *type;
  char *target;                     /* the ZIP member it points to */
} Rel;

typedef struct {
  char     *name;
  char     *rel_id;
  char     *path;
  gboolean  hidden;
} Sheet;

struct _HustingsXlsxReader
{
  GsfInput   *file;
  GsfInfile  *zip;
  GsfInput   *sheet_input;          /* the sheet's member */
  Part       *sheet;                /* its XML, from the first call of next */
  char       *sheet_name;
  char       *shared_path;          /* the members next reads before the sheet, or NULL */
  char       *styles_path;
  GPtrArray  *sheet_names;          /* the visible worksheets', NULL-terminated */
  gboolean    date1904;

  GString    *shared;               /* the shared strings, each ending in NUL */
  GArray     *shared_starts;        /* guint32: where each starts in shared, | SHARED_TOO_LONG */
  GArray     *kinds;                /* guint8 Kind: what each cell style shows numbers as */

  int         data_depth;           /* of <sheetData> once reading it, else -1 */
  gboolean    done;
  guint64     row;                  /* the row being read, or the last one read */
  gboolean    row_numbered;         /* the row being read carries its number */
  gboolean    in_row;
  guint64     n_rows;
  GError     *error;                /* once set, every call fails with it */

  GString    *cell;                 /* the raw text of the cell being read */
  GString    *text;                 /* the row's fields, each ending in NUL */
  GArray     *starts;               /* guint: where each field starts in text */
  GPtrArray  *fields;               /* pointers into text for the caller, NULL-terminated */
};

/* libgsf registers its types on first use without locking, and libxml2 wants its parser
 * initialised before threads use it: both are done once, here. */
static void
ensure_libraries (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      xmlInitParser ();
      g_type_ensure (GSF_INPUT_STDIO_TYPE);
      g_type_ensure (GSF_INFILE_ZIP_TYPE);
      g_once_init_leave (&done, 1);
    }
}

/* "1,204" in English: row numbers as the treasurer reads them. */
static char *
format_row (guint64 row)
{
  return g_strdup_printf ("%'" G_GUINT64_FORMAT, row);
}

/* "B12": a cell as Excel names it. */
static char *
cell_name (guint    column,
           guint64  row)
{
  char letters[8];
  int n = sizeof letters - 1;

  letters[n] = '\0';
  for (; column > 0 && n > 0; column = (column - 1) / 26)
    letters[--n] = 'A' + (column - 1) % 26;
  return g_strdup_printf ("%s%" G_GUINT64_FORMAT, letters + n, row);
}

/* Digits only, at most max. */
static gboolean
parse_uint (const char *s,
            guint64     max,
            guint64    *out)
{
  guint64 value = 0;

  if (s == NULL || *s == '\0')
    return FALSE;
  for (; *s != '\0'; s++)
    {
      if (!g_ascii_isdigit (*s) || value > (max - (*s - '0')) / 10)
        return FALSE;
      value = value * 10 + (*s - '0');
    }
  *out = value;
  return TRUE;
}

/* "AB12" or "AB": its column (1-based; 0 when it is not a reference, G_MAXUINT when it lies
 * beyond column XFD) and its row (0 when absent). */
static guint
parse_reference (const char *s,
                 guint64    *row)
{
  guint column = 0;
  guint n_letters = 0;

  *row = 0;
  for (; g_ascii_isalpha (*s); s++, n_letters++)
    if (n_letters < 4)
      column = column * 26 + (g_ascii_toupper (*s) - 'A' + 1);
  if (n_letters == 0 || (*s != '\0' && !parse_uint (s, G_MAXUINT64, row)))
    return 0;
  return n_letters > 3 || column > COLUMNS_MAX ? G_MAXUINT : column;
}

static char *
xml_attribute (xmlTextReaderPtr  xml,
               const char       *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (xml, BAD_CAST name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

/* Parts */

static guint64
row_number (xmlNodePtr row)
{
  xmlChar *r = xmlGetProp (row, BAD_CAST "r");
  guint64 number = 0;

  parse_uint ((const char *) r, G_MAXUINT64 - 1, &number);
  xmlFree (r);
  return number;
}

/* The parser runs ahead of the reader, so the row a problem is in is found from the element
 * the parser was building: the <row> it is in, or the one after the last <row> of the
 * <sheetData> it is in. 0 when unknown. */
static guint64
parser_row (xmlNodePtr node)
{
  for (; node != NULL && node->type == XML_ELEMENT_NODE; node = node->parent)
    {
      if (strcmp ((const char *) node->name, "row") == 0)
        return row_number (node);
      if (strcmp ((const char *) node->name, "sheetData") == 0)
        {
          guint64 last = 0;

          if (node->last != NULL && node->last->type == XML_ELEMENT_NODE
              && strcmp ((const char *) node->last->name, "row") == 0)
            last = row_number (node->last);
          return last > 0 ? last + 1 : 0;
        }
    }
  return 0;
}

static void
part_error_cb (void        *user_data,
               xmlErrorPtr  problem)
{
  Part *part = user_data;
  gboolean fatal = problem->level == XML_ERR_FATAL;
  xmlParserCtxtPtr parser = problem->domain == XML_FROM_PARSER ? problem->ctxt : NULL;

  if (problem->level < XML_ERR_ERROR || problem->message == NULL
      || (part->problem != NULL && (part->problem_fatal || !fatal)))
    return;
  g_free (part->problem);
  part->problem = g_strstrip (g_strdup (problem->message));
  part->problem_fatal = fatal;
  part->problem_row = parser != NULL ? parser_row (parser->node) : 0;
}

static int
part_read_cb (void *context,
              char *buffer,
              int   len)
{
  Part *part = context;
  gsf_off_t n = MIN ((gsf_off_t) len, gsf_input_remaining (part->input));

  if (n <= 0)
    return 0;
  /* libgsf may fill less than asked when a member's data ends before its stated size; what it
   * leaves is then NUL, which the parser refuses, rather than stale bytes. */
  memset (buffer, 0, n);
  if (gsf_input_read (part->input, n, (guint8 *) buffer) == NULL)
    {
      part->cut_short = TRUE;
      return -1;
    }
  return n;
}

static void
part_free (Part *part)
{
  if (part == NULL)
    return;
  if (part->xml != NULL)
    xmlFreeTextReader (part->xml);
  g_clear_object (&part->input);
  g_free (part->path);
  g_free (part->problem);
  g_free (part);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Part, part_free)

/* The member at path ("xl/styles.xml"), or NULL when the ZIP has none or it is damaged. Goes
 * through the class because gsf_infile_child_by_name logs a warning about a damaged member. */
static GsfInput *
zip_member (GsfInfile  *zip,
            const char *path)
{
  g_auto(GStrv) elements = g_strsplit (path, "/", -1);
  GsfInput *member = g_object_ref (GSF_INPUT (zip));

  for (guint i = 0; member != NULL && elements[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      GsfInput *folder = member;

      member = GSF_INFILE_CLASS (G_OBJECT_GET_CLASS (folder))->child_by_name (
        GSF_INFILE (folder), elements[i], &error);
      g_object_unref (folder);
    }
  return member;
}

/* Reads input, the member at path. libgsf cannot read two members of a ZIP in turns: a part is
 * read to its end before the next one starts, the sheet last. */
static Part *
part_new (GsfInput   *input,
          const char *path)
{
  Part *part = g_new0 (Part, 1);

  part->input = g_object_ref (input);
  part->path = g_strdup (path);
  part->xml = xmlReaderForIO (part_read_cb, NULL, part, path, NULL, XML_OPTIONS);
  if (part->xml == NULL)
    {
      part->cut_short = TRUE;
      return part;
    }
  xmlTextReaderSetStructuredErrorHandler (part->xml, part_error_cb, part);
  part->n_sheet_data = xmlTextReaderConstString (part->xml, BAD_CAST "sheetData");
  part->n_row = xmlTextReaderConstString (part->xml, BAD_CAST "row");
  part->n_c = xmlTextReaderConstString (part->xml, BAD_CAST "c");
  part->n_v = xmlTextReaderConstString (part->xml, BAD_CAST "v");
  part->n_is = xmlTextReaderConstString (part->xml, BAD_CAST "is");
  part->n_si = xmlTextReaderConstString (part->xml, BAD_CAST "si");
  part->n_t = xmlTextReaderConstString (part->xml, BAD_CAST "t");
  part->n_r = xmlTextReaderConstString (part->xml, BAD_CAST "r");
  part->n_s = xmlTextReaderConstString (part->xml, BAD_CAST "s");
  part->n_rph = xmlTextReaderConstString (part->xml, BAD_CAST "rPh");
  return part;
}

/* The member at path, or NULL when the ZIP has none. */
static Part *
part_open (GsfInfile  *zip,
           const char *path)
{
  GsfInput *input = zip_member (zip, path);
  Part *part;

  if (input == NULL)
    return NULL;
  part = part_new (input, path);
  g_object_unref (input);
  return part;
}

/* Moves to the next node: its type, 0 at the end of the part, -1 when the part is damaged. */
static int
part_next (Part *part)
{
  int status = part->xml != NULL ? xmlTextReaderRead (part->xml) : -1;
  int type;

  if (status != 1)
    return status == 0 && !part->cut_short ? 0 : -1;
  type = xmlTextReaderNodeType (part->xml);
  /* Workbooks never declare a document type; refusing one keeps entity expansion out. */
  if (G_UNLIKELY (type == XML_READER_TYPE_DOCUMENT_TYPE))
    {
      g_free (part->problem);
      part->problem = g_strdup (_("it declares a document type"));
      part->problem_fatal = TRUE;
      return -1;
    }
  return type;
}

static char *
part_problem (Part *part)
{
  if (part->cut_short)
    return g_strdup (_("the file is cut short or damaged"));
  if (part->problem != NULL)
    return g_strdup (part->problem);
  return g_strdup (_("the XML is not valid"));
}

static gboolean
part_is_end (Part *part,
             int   node,
             int   depth)
{
  return node == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (part->xml) == depth;
}

static gboolean
is_text (int node)
{
  return node == XML_READER_TYPE_TEXT || node == XML_READER_TYPE_CDATA
         || node == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || node == XML_READER_TYPE_WHITESPACE;
}

/* Text */

static gboolean
parse_escape (const char *p,
              const char *end,
              gunichar   *c)
{
  if (end - p < 7 || p[0] != '_' || p[1] != 'x' || p[6] != '_'
      || !g_ascii_isxdigit (p[2]) || !g_ascii_isxdigit (p[3])
      || !g_ascii_isxdigit (p[4]) || !g_ascii_isxdigit (p[5]))
    return FALSE;
  *c = g_ascii_xdigit_value (p[2]) << 12 | g_ascii_xdigit_value (p[3]) << 8
       | g_ascii_xdigit_value (p[4]) << 4 | g_ascii_xdigit_value (p[5]);
  return TRUE;
}

/* Excel writes characters XML cannot hold, and "_x" itself, as "_x000D_"; decodes them in s
 * from from on. Never longer than what it decodes, so done in place. */
static void
decode_escapes (GString *s,
                gsize    from)
{
  char *p = memchr (s->str + from, '_', s->len - from);
  char *end = s->str + s->len;
  char *out = p;

  if (p == NULL)
    return;
  while (p < end)
    {
      gunichar c, low;

      if (*p != '_' || !parse_escape (p, end, &c))
        {
          *out++ = *p++;
          continue;
        }
      if (c >= 0xD800 && c < 0xDC00 && parse_escape (p + 7, end, &low)
          && low >= 0xDC00 && low < 0xE000)
        {
          c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
          p += 7;
        }
      if (c == 0 || !g_unichar_validate (c))
        {
          memmove (out, p, 7);
          out += 7;
        }
      else
        out += g_unichar_to_utf8 (c, out);
      p += 7;
    }
  g_string_truncate (s, out - s->str);
}

/* Without xml:space="preserve", Excel drops the white space around the text of a <t>. */
static void
trim_xml_space (GString *s,
                gsize    from)
{
  gsize start = from;
  gsize end = s->len;

  while (start < end && strchr (" \t\r\n", s->str[start]) != NULL)
    start++;
  while (end > start && strchr (" \t\r\n", s->str[end - 1]) != NULL)
    end--;
  memmove (s->str + from, s->str + start, end - start);
  g_string_truncate (s, from + end - start);
}

static gboolean
preserves_space (xmlTextReaderPtr xml)
{
  gboolean preserve = FALSE;

  if (!xmlTextReaderHasAttributes (xml))
    return FALSE;
  while (xmlTextReaderMoveToNextAttribute (xml) == 1)
    if (strcmp ((const char *) xmlTextReaderConstName (xml), "xml:space") == 0)
      preserve = strcmp ((const char *) xmlTextReaderConstValue (xml), "preserve") == 0;
  xmlTextReaderMoveToElement (xml);
  return preserve;
}

/* Appends the text of the <si> or <is> the part is on: its <t>, or the <t> of its rich runs,
 * but not its phonetic runs (<rPh>). When it is longer than CELL_MAX, sets *too_long and
 * appends only part of it. Returns the type of the last node read (> 0) or part_next's
 * failure. */
static int
read_string_item (Part     *part,
                  GString  *out,
                  gboolean *too_long)
{
  xmlTextReaderPtr xml = part->xml;
  int depth = xmlTextReaderDepth (xml);
  int t_depth = -1;
  int skip_depth = -1;
  gboolean preserve = FALSE;
  gsize start = out->len;
  gsize t_start = 0;
  int node;

  *too_long = FALSE;
  if (xmlTextReaderIsEmptyElement (xml))
    return XML_READER_TYPE_ELEMENT;
  while ((node = part_next (part)) > 0)
    {
      if (node == XML_READER_TYPE_ELEMENT)
        {
          const xmlChar *name = xmlTextReaderConstLocalName (xml);

          if (skip_depth >= 0 || xmlTextReaderIsEmptyElement (xml))
            continue;
          if (name == part->n_rph)
            skip_depth = xmlTextReaderDepth (xml);
          else if (name == part->n_t && t_depth < 0)
            {
              t_depth = xmlTextReaderDepth (xml);
              t_start = out->len;
              preserve = preserves_space (xml);
            }
        }
      else if (node == XML_READER_TYPE_END_ELEMENT)
        {
          int end_depth = xmlTextReaderDepth (xml);

          if (end_depth == depth)
            break;
          if (end_depth == skip_depth)
            skip_depth = -1;
          else if (end_depth == t_depth)
            {
              if (!preserve && !*too_long)
                trim_xml_space (out, t_start);
              t_depth = -1;
            }
        }
      else if (is_text (node) && t_depth >= 0 && skip_depth < 0 && !*too_long)
        {
          const char *value = (const char *) xmlTextReaderConstValue (xml);
          gsize len = strlen (value);

          if (out->len - start + len > CELL_MAX)
            *too_long = TRUE;
          else
            g_string_append_len (out, value, len);
        }
    }
  if (node > 0 && !*too_long)
    decode_escapes (out, start);
  return node;
}

/* Appends the text of the element the part is on (a <v>). */
static int
read_element_text (Part     *part,
                   GString  *out,
                   gboolean *too_long)
{
  xmlTextReaderPtr xml = part->xml;
  int depth = xmlTextReaderDepth (xml);
  gsize start = out->len;
  int node;

  *too_long = FALSE;
  if (xmlTextReaderIsEmptyElement (xml))
    return XML_READER_TYPE_ELEMENT;
  while ((node = part_next (part)) > 0 && !part_is_end (part, node, depth))
    if (is_text (node) && !*too_long)
      {
        const char *value = (const char *) xmlTextReaderConstValue (xml);
        gsize len = strlen (value);

        if (out->len - start + len > CELL_MAX)
          *too_long = TRUE;
        else
          g_string_append_len (out, value, len);
      }
  return node;
}

/* Numbers and dates */

/* Appends s, a number as printf's %g writes it, in plain digits: "1e+20" as
 * "100000000000000000000", "1.5e-07" as "0.00000015". */
static void
append_plain (GString    *out,
              const char *s)
{
  const char *e = strchr (s, 'e');
  char digits[32];
  int n_digits = 0;
  int point = -1;
  int exponent;

  if (e == NULL)
    {
      g_string_append (out, s);
      return;
    }
  if (*s == '-')
    g_string_append_c (out, *s++);
  for (; s < e && n_digits < (int) sizeof digits; s++)
    {
      if (*s == '.')
        point = n_digits;
      else
        digits[n_digits++] = *s;
    }
  exponent = atoi (e + 1);
  point = (point < 0 ? n_digits : point) + exponent;
  if (point <= 0)
    {
      g_string_append (out, "0.");
      for (int i = point; i < 0; i++)
        g_string_append_c (out, '0');
      g_string_append_len (out, digits, n_digits);
    }
  else if (point >= n_digits)
    {
      g_string_append_len (out, digits, n_digits);
      for (int i = n_digits; i < point; i++)
        g_string_append_c (out, '0');
    }
  else
    {
      g_string_append_len (out, digits, point);
      g_string_append_c (out, '.');
      g_string_append_len (out, digits + point, n_digits - point);
    }
}

/* Whether raw is already how append_number would write its value: an optional minus, no
 * needless zeros, no exponent and at most 15 significant digits, which a double holds
 * exactly, so that no shorter text gives the same value. */
static gboolean
is_plain_number (const char *raw)
{
  const char *p = raw;
  int significant = 0;
  gboolean seen_nonzero = FALSE;
  gboolean fraction = FALSE;

  if (*p == '-')
    p++;
  if (p[0] == '0' && p[1] != '\0' && p[1] != '.')
    return FALSE;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  for (; *p != '\0'; p++)
    {
      if (*p == '.' && !fraction)
        {
          fraction = TRUE;
          if (!g_ascii_isdigit (p[1]))
            return FALSE;
          continue;
        }
      if (!g_ascii_isdigit (*p))
        return FALSE;
      seen_nonzero = seen_nonzero || *p != '0';
      if (seen_nonzero)
        significant++;
    }
  return significant <= 15 && !(fraction && p[-1] == '0');
}

/* The shortest decimal that reads back as value, without an exponent. */
static void
append_number (GString *out,
               double   value)
{
  static const char *formats[] = { "%.15g", "%.16g", "%.17g" };
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buffer, sizeof buffer, formats[i], value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  append_plain (out, buffer);
}

/* value, at least 0, in width digits with leading zeros. */
static void
append_digits (GString *out,
               int      value,
               int      width)
{
  char digits[8];

  for (int i = width - 1; i >= 0; i--, value /= 10)
    digits[i] = '0' + value % 10;
  g_string_append_len (out, digits, width);
}

/* "HH:MM:SS" */
static void
append_time (GString *out,
             int      seconds)
{
  append_digits (out, seconds / 3600, 2);
  g_string_append_c (out, ':');
  append_digits (out, seconds / 60 % 60, 2);
  g_string_append_c (out, ':');
  append_digits (out, seconds % 60, 2);
}

/* Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm). */
static void
civil_from_days (gint64  z,
                 int    *year,
                 int    *month,
                 int    *day)
{
  gint64 era;
  guint doe, yoe, doy, mp;

  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = (guint) (z - era * 146097);
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *day = doy - (153 * mp + 2) / 5 + 1;
  *month = mp < 10 ? mp + 3 : mp - 9;
  *year = (int) (yoe + era * 400) + (*month <= 2);
}

/* A serial date as Excel shows it, to the nearest second; FALSE when it shows none (before the
 * epoch or after 9999). In the 1900 system serial 60 is 1900-02-29, a day that never was, and
 * serial 0 is 1900-01-00, as Excel shows them. */
static gboolean
append_date (GString  *out,
             double    serial,
             gboolean  date1904,
             Kind      kind)
{
  gint64 seconds, days;
  int year = 1900, month = 1, day = 0;
  int rest;

  if (!(serial >= 0.0 && serial < 3e6))
    return FALSE;
  seconds = (gint64) floor (serial * SECONDS_PER_DAY + 0.5);
  days = seconds / SECONDS_PER_DAY;
  rest = seconds % SECONDS_PER_DAY;

  if (kind == KIND_TIME && days == 0)
    {
      append_time (out, rest);
      return TRUE;
    }
  if (date1904)
    civil_from_days (EPOCH_1904 + days, &year, &month, &day);
  else if (days == 60)
    month = 2, day = 29;
  else if (days > 0)
    civil_from_days (EPOCH_1900 + days + (days < 60), &year, &month, &day);
  if (year > 9999)
    return FALSE;

  append_digits (out, year, 4);
  g_string_append_c (out, '-');
  append_digits (out, month, 2);
  g_string_append_c (out, '-');
  append_digits (out, day, 2);
  if (rest != 0)
    {
      g_string_append_c (out, ' ');
      append_time (out, rest);
    }
  return TRUE;
}

/* "2024-03-01T14:30:00Z" (a cell of type d) as "2024-03-01 14:30:00", midnight dropped. */
static void
append_iso_date (GString    *out,
                 const char *raw)
{
  const char *t = strchr (raw, 'T');

  if (t == NULL || t - raw != 10 || strlen (t) < 9)
    {
      g_string_append (out, raw);
      return;
    }
  g_string_append_len (out, raw, 10);
  if (strncmp (t + 1, "00:00:00", 8) != 0)
    {
      g_string_append_c (out, ' ');
      g_string_append_len (out, t + 1, 8);
    }
}

/* Styles */

/* What a number format code shows: a date when it has d, y or m (month), a time when it has
 * only h, s and m (minutes) — outside quoted text, escapes, [colours] and [$-409] locales, but
 * counting [h] elapsed times. */
static Kind
classify_format (const char *code)
{
  gboolean date = FALSE, time_part = FALSE, month = FALSE;

  for (const char *p = code; *p != '\0'; p++)
    {
      char c = g_ascii_tolower (*p);

      if (c == '"' || c == '[')
        {
          const char *close = strchr (p + 1, c == '"' ? '"' : ']');

          if (close == NULL)
            break;
          if (c == '[' && close > p + 1 && strspn (p + 1, "hHmMsS") == (gsize) (close - p - 1))
            time_part = TRUE;
          p = close;
        }
      else if (c == '\\' || c == '_' || c == '*')
        {
          if (p[1] == '\0')
            break;
          p++;
        }
      else if (g_ascii_strncasecmp (p, "am/pm", 5) == 0)
        p += 4;
      else if (g_ascii_strncasecmp (p, "a/p", 3) == 0)
        p += 2;
      else if (c == 'd' || c == 'y')
        date = TRUE;
      else if (c == 'h' || c == 's')
        time_part = TRUE;
      else if (c == 'm')
        month = TRUE;
    }
  if (date || (month && !time_part))
    return KIND_DATE;
  return time_part ? KIND_TIME : KIND_NUMBER;
}

/* Excel's built-in number formats 14-22 and 45-47. */
static Kind
builtin_kind (guint64 id)
{
  if ((id >= 14 && id <= 17) || id == 22)
    return KIND_DATE;
  if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47))
    return KIND_TIME;
  return KIND_NUMBER;
}

/* Errors */

static gboolean fail (HustingsXlsxReader  *self,
                      GError             **error,
                      const char          *format,
                      ...) G_GNUC_PRINTF (3, 4);

/* Records the error for this and every later call. */
static gboolean
fail (HustingsXlsxReader  *self,
      GError             **error,
      const char          *format,
      ...)
{
  va_list args;

  va_start (args, format);
  self->error = g_error_new_valist (HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID, format, args);
  va_end (args);
  g_propagate_error (error, g_error_copy (self->error));
  return FALSE;
}

/* The row an error names: the one being read, or the next one. */
static guint64
error_row (HustingsXlsxReader *self)
{
  return self->in_row ? self->row : self->row + 1;
}

static gboolean fail_damaged (HustingsXlsxReader  *self,
                              GError             **error,
                              const char          *format,
                              ...) G_GNUC_PRINTF (3, 4);

/* "Row 12: the sheet data is damaged (…)", the problem given as printf's format and args. */
static gboolean
fail_damaged (HustingsXlsxReader  *self,
              GError             **error,
              const char          *format,
              ...)
{
  g_autofree char *at = format_row (error_row (self));
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);
  /* Translators: the first %s is a row number, the second what is wrong */
  return fail (self, error, _("Row %s: the sheet data is damaged (%s)"), at, problem);
}

static gboolean
fail_part (HustingsXlsxReader  *self,
           GError             **error)
{
  g_autofree char *problem = part_problem (self->sheet);

  if (self->sheet->problem_row != 0)
    {
      self->row = self->sheet->problem_row;
      self->in_row = TRUE;
    }
  return fail_damaged (self, error, "%s", problem);
}

static gboolean
fail_too_long (HustingsXlsxReader  *self,
               GError             **error)
{
  g_autofree char *at = format_row (self->row);

  return fail (self, error, _("Row %s has a cell longer than 1 MB"), at);
}

static gboolean
fail_too_wide (HustingsXlsxReader  *self,
               GError             **error)
{
  g_autofree char *at = format_row (self->row);

  return fail (self, error, _("Row %s has more than 16,384 columns"), at);
}

static void
set_not_spreadsheet (GError **error)
{
  g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                       _("This file is not a spreadsheet: it is damaged or in another format."));
}

static void
set_damaged_part (GError **error,
                  Part    *part)
{
  g_autofree char *problem = part_problem (part);

  g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
               /* Translators: the first %s is a part of the file such as xl/styles.xml, the
                * second what is wrong with it */
               _("The workbook is damaged (%s: %s)."), part->path, problem);
}

/* The workbook's parts */

static void
rel_free (Rel *rel)
{
  g_free (rel->id);
  g_free (rel->type);
  g_free (rel->target);
  g_free (rel);
}

static void
sheet_free (Sheet *sheet)
{
  g_free (sheet->name);
  g_free (sheet->rel_id);
  g_free (sheet->path);
  g_free (sheet);
}

/* The member a relationship of the part at source ("" for the package) points to: target is
 * relative to source's folder, or absolute ("/xl/worksheets/sheet1.xml"). NULL when it leads
 * out of the package. */
static char *
resolve_target (const char *source,
                const char *target)
{
  g_autoptr(GPtrArray) path = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) steps = g_strsplit (target, "/", -1);

  if (target[0] != '/')
    {
      g_auto(GStrv) folders = g_strsplit (source, "/", -1);

      for (guint i = 0; folders[i] != NULL && folders[i + 1] != NULL; i++)
        g_ptr_array_add (path, g_strdup (folders[i]));
    }
  for (guint i = 0; steps[i] != NULL; i++)
    {
      if (strcmp (steps[i], "..") == 0)
        {
          if (path->len == 0)
            return NULL;
          g_ptr_array_set_size (path, path->len - 1);
        }
      else if (*steps[i] != '\0' && strcmp (steps[i], ".") != 0)
        g_ptr_array_add (path, g_strdup (steps[i]));
    }
  if (path->len == 0)
    return NULL;
  g_ptr_array_add (path, NULL);
  return g_strjoinv ("/", (char **) path->pdata);
}

/* The relationships of the part at source: "_rels/.rels" for the package, "xl/_rels/
 * workbook.xml.rels" for xl/workbook.xml. Empty when there are none. */
static GPtrArray *
read_rels (HustingsXlsxReader  *self,
           const char          *source,
           GError             **error)
{
  g_autoptr(GPtrArray) rels = g_ptr_array_new_with_free_func ((GDestroyNotify) rel_free);
  g_autofree char *folder = g_path_get_dirname (source);
  g_autofree char *base = g_path_get_basename (source);
  g_autofree char *path = NULL;
  g_autoptr(Part) part = NULL;
  int node;

  if (*source == '\0')
    path = g_strdup ("_rels/.rels");
  else if (strcmp (folder, ".") == 0)
    path = g_strdup_printf ("_rels/%s.rels", base);
  else
    path = g_strdup_printf ("%s/_rels/%s.rels", folder, base);
  part = part_open (self->zip, path);
  if (part == NULL)
    return g_steal_pointer (&rels);

  while ((node = part_next (part)) > 0)
    {
      g_autofree char *id = NULL;
      g_autofree char *type = NULL;
      g_autofree char *target = NULL;
      g_autofree char *mode = NULL;
      Rel *rel;

      if (node != XML_READER_TYPE_ELEMENT
          || strcmp ((const char *) xmlTextReaderConstLocalName (part->xml), "Relationship") != 0)
        continue;
      id = xml_attribute (part->xml, "Id");
      type = xml_attribute (part->xml, "Type");
      target = xml_attribute (part->xml, "Target");
      mode = xml_attribute (part->xml, "TargetMode");
      if (id == NULL || type == NULL || target == NULL || g_strcmp0 (mode, "External") == 0)
        continue;
      rel = g_new0 (Rel, 1);
      rel->id = g_steal_pointer (&id);
      rel->type = g_steal_pointer (&type);
      rel->target = resolve_target (source, target);
      g_ptr_array_add (rels, rel);
    }
  if (node < 0)
    {
      set_damaged_part (error, part);
      return NULL;
    }
  return g_steal_pointer (&rels);
}

/* The first relationship of the kind ("worksheet" for .../relationships/worksheet, in the
 * transitional and strict namespaces alike) with that id, or any id when id is NULL. */
static const Rel *
find_rel (GPtrArray  *rels,
          const char *kind,
          const char *id)
{
  for (guint i = 0; i < rels->len; i++)
    {
      const Rel *rel = g_ptr_array_index (rels, i);
      const char *slash = strrchr (rel->type, '/');

      if (rel->target != NULL && slash != NULL && strcmp (slash + 1, kind) == 0
          && (id == NULL || strcmp (rel->id, id) == 0))
        return rel;
    }
  return NULL;
}

static gboolean
xml_boolean (const char *value)
{
  return g_strcmp0 (value, "1") == 0 || g_strcmp0 (value, "true") == 0;
}

/* The relationship id of a <sheet>: its r:id, whatever the namespace's prefix. */
static char *
sheet_rel_id (xmlTextReaderPtr xml)
{
  char *id = NULL;

  while (id == NULL && xmlTextReaderMoveToNextAttribute (xml) == 1)
    if (xmlTextReaderConstNamespaceUri (xml) != NULL
        && strcmp ((const char *) xmlTextReaderConstLocalName (xml), "id") == 0)
      id = g_strdup ((const char *) xmlTextReaderConstValue (xml));
  xmlTextReaderMoveToElement (xml);
  return id;
}

/* Reads the sheets' names and relationships, and the date system, from workbook.xml. */
static gboolean
read_workbook (HustingsXlsxReader  *self,
               Part                *part,
               GPtrArray           *sheets,
               GError             **error)
{
  int node;

  while ((node = part_next (part)) > 0)
    {
      const char *name;

      if (node != XML_READER_TYPE_ELEMENT)
        continue;
      name = (const char *) xmlTextReaderConstLocalName (part->xml);
      /* A Word or PowerPoint file is a package too, with another main part. */
      if (xmlTextReaderDepth (part->xml) == 0 && strcmp (name, "workbook") != 0)
        {
          set_not_spreadsheet (error);
          return FALSE;
        }
      if (strcmp (name, "workbookPr") == 0)
        {
          g_autofree char *date1904 = xml_attribute (part->xml, "date1904");

          self->date1904 = xml_boolean (date1904);
        }
      else if (strcmp (name, "sheet") == 0)
        {
          g_autofree char *state = xml_attribute (part->xml, "state");
          Sheet *sheet = g_new0 (Sheet, 1);

          sheet->name = xml_attribute (part->xml, "name");
          sheet->rel_id = sheet_rel_id (part->xml);
          sheet->hidden = g_strcmp0 (state, "hidden") == 0 || g_strcmp0 (state, "veryHidden") == 0;
          if (sheet->name == NULL || sheet->rel_id == NULL)
            sheet_free (sheet);
          else
            g_ptr_array_add (sheets, sheet);
        }
    }
  if (node < 0)
    {
      set_damaged_part (error, part);
      return FALSE;
    }
  return TRUE;
}

/* Reads the shared strings, the text that cells of type s refer to by number. */
static gboolean
read_shared_strings (HustingsXlsxReader  *self,
                     const char          *path,
                     GError             **error)
{
  g_autoptr(Part) part = part_open (self->zip, path);
  int node;

  if (part == NULL)
    return TRUE;
  while ((node = part_next (part)) > 0)
    {
      guint32 start;
      gboolean too_long;

      if (node != XML_READER_TYPE_ELEMENT || xmlTextReaderConstLocalName (part->xml) != part->n_si)
        continue;
      start = self->shared->len;
      node = read_string_item (part, self->shared, &too_long);
      if (node <= 0)
        break;
      if (too_long)
        {
          g_string_truncate (self->shared, start);
          start |= SHARED_TOO_LONG;
        }
      g_string_append_c (self->shared, '\0');
      g_array_append_val (self->shared_starts, start);
      if (self->shared->len + sizeof (guint32) * (gsize) self->shared_starts->len > SHARED_MAX)
        {
          g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                               _("The workbook holds more than 1 GB of text; it is too large "
                                 "for Hustings to read."));
          return FALSE;
        }
    }
  if (node < 0)
    {
      set_damaged_part (error, part);
      return FALSE;
    }
  return TRUE;
}

/* Reads what each cell style (an <xf> of <cellXfs>) shows numbers as. */
static gboolean
read_styles (HustingsXlsxReader  *self,
             const char          *path,
             GError             **error)
{
  g_autoptr(Part) part = part_open (self->zip, path);
  g_autoptr(GHashTable) formats = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) format_ids = g_array_new (FALSE, FALSE, sizeof (guint64));
  int xfs_depth = -1;
  int node;

  if (part == NULL)
    return TRUE;
  while ((node = part_next (part)) > 0)
    {
      const char *name;

      if (node == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (part->xml) == xfs_depth)
        xfs_depth = -1;
      if (node != XML_READER_TYPE_ELEMENT)
        continue;
      name = (const char *) xmlTextReaderConstLocalName (part->xml);
      if (strcmp (name, "numFmt") == 0)
        {
          g_autofree char *id_text = xml_attribute (part->xml, "numFmtId");
          g_autofree char *code = xml_attribute (part->xml, "formatCode");
          guint64 id;

          if (code != NULL && parse_uint (id_text, G_MAXUINT32, &id))
            g_hash_table_insert (formats, GSIZE_TO_POINTER (id),
                                 GINT_TO_POINTER (classify_format (code) + 1));
        }
      else if (strcmp (name, "cellXfs") == 0 && !xmlTextReaderIsEmptyElement (part->xml))
        xfs_depth = xmlTextReaderDepth (part->xml);
      else if (strcmp (name, "xf") == 0 && xfs_depth >= 0
               && xmlTextReaderDepth (part->xml) == xfs_depth + 1)
        {
          g_autofree char *id_text = xml_attribute (part->xml, "numFmtId");
          guint64 id = 0;

          parse_uint (id_text, G_MAXUINT32, &id);
          g_array_append_val (format_ids, id);
        }
    }
  if (node < 0)
    {
      set_damaged_part (error, part);
      return FALSE;
    }

  for (guint i = 0; i < format_ids->len; i++)
    {
      guint64 id = g_array_index (format_ids, guint64, i);
      gpointer custom = g_hash_table_lookup (formats, GSIZE_TO_POINTER (id));
      guint8 kind = custom != NULL ? (guint8) (GPOINTER_TO_INT (custom) - 1)
                                   : (guint8) builtin_kind (id);

      g_array_append_val (self->kinds, kind);
    }
  return TRUE;
}

/* Why a ZIP without a workbook is not one. */
static void
set_not_workbook (HustingsXlsxReader  *self,
                  GError             **error)
{
  GsfInput *mimetype = zip_member (self->zip, "mimetype");
  char type[sizeof ODS_MIME_TYPE] = "";
  gboolean ods = mimetype != NULL
                 && gsf_input_size (mimetype) >= (gsf_off_t) strlen (ODS_MIME_TYPE)
                 && gsf_input_read (mimetype, strlen (ODS_MIME_TYPE), (guint8 *) type) != NULL
                 && strcmp (type, ODS_MIME_TYPE) == 0;

  g_clear_object (&mimetype);
  if (ods)
    g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                         _("This is an OpenDocument spreadsheet; save it as an Excel workbook "
                           "(.xlsx) or as CSV, and import that."));
  else
    set_not_spreadsheet (error);
}

/* Lists the visible sheets, and finds the one wanted (NULL: the first visible one): its path,
 * or NULL. */
static const char *
choose_sheet (HustingsXlsxReader  *self,
              GPtrArray           *sheets,
              const char          *wanted,
              GError             **error)
{
  g_autofree char *wanted_key = wanted != NULL ? g_utf8_casefold (wanted, -1) : NULL;
  const Sheet *chosen = NULL;

  for (guint i = 0; i < sheets->len; i++)
    {
      const Sheet *sheet = g_ptr_array_index (sheets, i);

      if (!sheet->hidden)
        g_ptr_array_add (self->sheet_names, g_strdup (sheet->name));
    }
  /* Excel keeps one sheet visible; a workbook that hides them all shows them all here. */
  for (guint i = 0; self->sheet_names->len == 0 && i < sheets->len; i++)
    g_ptr_array_add (self->sheet_names,
                     g_strdup (((const Sheet *) g_ptr_array_index (sheets, i))->name));
  g_ptr_array_add (self->sheet_names, NULL);

  for (guint i = 0; chosen == NULL && i < sheets->len; i++)
    {
      const Sheet *sheet = g_ptr_array_index (sheets, i);

      if (wanted == NULL)
        {
          if (strcmp (sheet->name, g_ptr_array_index (self->sheet_names, 0)) == 0)
            chosen = sheet;
        }
      else
        {
          g_autofree char *key = g_utf8_casefold (sheet->name, -1);

          if (strcmp (key, wanted_key) == 0)
            chosen = sheet;
        }
    }
  if (chosen == NULL)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("The workbook has no sheet named “%s”."), wanted);
      return NULL;
    }

  self->sheet_name = g_strdup (chosen->name);
  return chosen->path;
}

/* Finds the workbook, its worksheets, the sheet wanted and the parts next reads. */
static gboolean
read_package (HustingsXlsxReader  *self,
              const char          *wanted,
              GError             **error)
{
  g_autoptr(GPtrArray) package_rels = NULL;
  g_autoptr(GPtrArray) rels = NULL;
  g_autoptr(GPtrArray) sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) sheet_free);
  g_autoptr(Part) part = NULL;
  const Rel *rel;
  const char *workbook = "xl/workbook.xml";
  const char *sheet_path;

  package_rels = read_rels (self, "", error);
  if (package_rels == NULL)
    return FALSE;
  rel = find_rel (package_rels, "officeDocument", NULL);
  if (rel != NULL)
    workbook = rel->target;
  if (g_str_has_suffix (workbook, ".bin"))
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("This is an Excel binary workbook (.xlsb); save it as an Excel "
                             "workbook (.xlsx) or as CSV, and import that."));
      return FALSE;
    }
  part = part_open (self->zip, workbook);
  if (part == NULL)
    {
      set_not_workbook (self, error);
      return FALSE;
    }
  if (!read_workbook (self, part, sheets, error))
    return FALSE;

  rels = read_rels (self, workbook, error);
  if (rels == NULL)
    return FALSE;
  for (guint i = 0; i < sheets->len;)
    {
      Sheet *sheet = g_ptr_array_index (sheets, i);

      rel = find_rel (rels, "worksheet", sheet->rel_id);
      if (rel == NULL)
        {
          g_ptr_array_remove_index (sheets, i);
          continue;
        }
      sheet->path = g_strdup (rel->target);
      i++;
    }
  if (sheets->len == 0)
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("The workbook has no sheets."));
      return FALSE;
    }

  sheet_path = choose_sheet (self, sheets, wanted, error);
  if (sheet_path == NULL)
    return FALSE;
  self->sheet_input = zip_member (self->zip, sheet_path);
  if (self->sheet_input == NULL)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("The workbook is damaged: its sheet “%s” is missing."), self->sheet_name);
      return FALSE;
    }
  rel = find_rel (rels, "sharedStrings", NULL);
  self->shared_path = rel != NULL ? g_strdup (rel->target) : NULL;
  rel = find_rel (rels, "styles", NULL);
  self->styles_path = rel != NULL ? g_strdup (rel->target) : NULL;
  return TRUE;
}

/* What next needs before the first row: the shared strings, the styles, then the sheet. */
static gboolean
start_sheet (HustingsXlsxReader  *self,
             GError             **error)
{
  g_autoptr(GError) local_error = NULL;

  if ((self->shared_path != NULL && !read_shared_strings (self, self->shared_path, &local_error))
      || (self->styles_path != NULL && !read_styles (self, self->styles_path, &local_error)))
    {
      self->error = g_steal_pointer (&local_error);
      g_propagate_error (error, g_error_copy (self->error));
      return FALSE;
    }
  self->sheet = part_new (self->sheet_input, gsf_input_name (self->sheet_input));
  return TRUE;
}

/* The sheet */

/* The t attribute of a <c>. */
static gboolean
parse_cell_type (const char *text,
                 CellType   *type)
{
  static const struct {
    const char *text;
    CellType    type;
  } types[] = {
    { "s", CELL_SHARED },
    { "n", CELL_NUMBER },
    { "str", CELL_FORMULA_TEXT },
    { "inlineStr", CELL_INLINE },
    { "b", CELL_BOOLEAN },
    { "e", CELL_ERROR },
    { "d", CELL_ISO_DATE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (strcmp (text, types[i].text) == 0)
      {
        *type = types[i].type;
        return TRUE;
      }
  return FALSE;
}

typedef enum {
  BAD_SHARED_INDEX,
  BAD_BOOLEAN,
  BAD_NUMBER,
} BadValue;

static gboolean
fail_value (HustingsXlsxReader  *self,
            GError             **error,
            guint                column,
            BadValue             why,
            const char          *raw)
{
  g_autofree char *cell = cell_name (column, self->row);

  switch (why)
    {
    case BAD_SHARED_INDEX:
      return fail_damaged (self, error,
                           /* Translators: the first %s is a cell such as B12, the second a
                            * number */
                           _("cell %s refers to shared text number %s, which the workbook does "
                             "not have"), cell, raw);
    case BAD_BOOLEAN:
      return fail_damaged (self, error,
                           /* Translators: the first %s is a cell such as B12, the second what
                            * it holds */
                           _("cell %s holds “%s” where TRUE or FALSE belongs"), cell, raw);
    case BAD_NUMBER:
    default:
      return fail_damaged (self, error,
                           /* Translators: the first %s is a cell such as B12, the second what
                            * it holds */
                           _("cell %s holds “%s” where a number belongs"), cell, raw);
    }
}

/* Appends the cell's text, from its raw value in self->cell. */
static gboolean
append_value (HustingsXlsxReader  *self,
              CellType             type,
              guint64              style,
              guint                column,
              GError             **error)
{
  const char *raw = self->cell->str;
  GString *out = self->text;

  switch (type)
    {
    case CELL_SHARED:
      {
        guint64 i;
        guint32 start;

        if (*raw == '\0')
          break;
        if (!parse_uint (raw, G_MAXUINT32, &i) || i >= self->shared_starts->len)
          return fail_value (self, error, column, BAD_SHARED_INDEX, raw);
        start = g_array_index (self->shared_starts, guint32, i);
        if (start & SHARED_TOO_LONG)
          return fail_too_long (self, error);
        g_string_append (out, self->shared->str + start);
        break;
      }

    case CELL_INLINE:
    case CELL_FORMULA_TEXT:
    case CELL_ERROR:
      g_string_append_len (out, raw, self->cell->len);
      break;

    case CELL_BOOLEAN:
      if (strcmp (raw, "1") == 0 || strcmp (raw, "true") == 0)
        g_string_append (out, "TRUE");
      else if (strcmp (raw, "0") == 0 || strcmp (raw, "false") == 0)
        g_string_append (out, "FALSE");
      else if (*raw != '\0')
        return fail_value (self, error, column, BAD_BOOLEAN, raw);
      break;

    case CELL_ISO_DATE:
      append_iso_date (out, raw);
      break;

    case CELL_NUMBER:
      {
        Kind kind = style < self->kinds->len ? g_array_index (self->kinds, guint8, style)
                                             : KIND_NUMBER;
        gboolean plain;
        char *end;
        double value;

        if (*raw == '\0')
          break;
        plain = is_plain_number (raw);
        if (plain && kind == KIND_NUMBER)
          {
            g_string_append_len (out, raw, self->cell->len);
            break;
          }
        value = g_ascii_strtod (raw, &end);
        if (*end != '\0' || end == raw || !isfinite (value))
          return fail_value (self, error, column, BAD_NUMBER, raw);
        if (kind != KIND_NUMBER && append_date (out, value, self->date1904, kind))
          break;
        if (plain)
          g_string_append_len (out, raw, self->cell->len);
        else
          append_number (out, value);
        break;
      }
    }
  return TRUE;
}

/* Reads the <c> the sheet is on into the row, after the cell at *column. */
static gboolean
read_cell (HustingsXlsxReader  *self,
           guint               *column,
           GError             **error)
{
  Part *part = self->sheet;
  xmlTextReaderPtr xml = part->xml;
  CellType type = CELL_NUMBER;
  guint64 style = 0;
  guint col = *column + 1;
  gboolean too_long = FALSE;
  guint start;

  while (xmlTextReaderMoveToNextAttribute (xml) == 1)
    {
      const xmlChar *name = xmlTextReaderConstLocalName (xml);
      const char *value = (const char *) xmlTextReaderConstValue (xml);

      if (name == part->n_r)
        {
          guint64 ref_row;

          col = parse_reference (value, &ref_row);
          if (col == 0)
            /* Translators: %s is what should have been a cell such as B12 */
            return fail_damaged (self, error, _("“%s” is not a cell"), value);
          if (col == G_MAXUINT)
            return fail_too_wide (self, error);
          if (!self->row_numbered && *column == 0 && ref_row != 0)
            self->row = ref_row;
        }
      else if (name == part->n_t)
        {
          if (!parse_cell_type (value, &type))
            {
              g_autofree char *cell = cell_name (col, self->row);

              /* Translators: the first %s is a cell such as B12, the second its type */
              return fail_damaged (self, error, _("cell %s has an unknown type “%s”"), cell,
                                   value);
            }
        }
      else if (name == part->n_s)
        parse_uint (value, G_MAXUINT, &style);
    }
  xmlTextReaderMoveToElement (xml);
  if (col <= *column)
    {
      g_autofree char *cell = cell_name (col, self->row);

      /* Translators: %s is a cell such as B12 */
      return fail_damaged (self, error, _("cell %s comes after a cell to its right"), cell);
    }
  if (col > COLUMNS_MAX)
    return fail_too_wide (self, error);

  g_string_truncate (self->cell, 0);
  if (!xmlTextReaderIsEmptyElement (xml))
    {
      int depth = xmlTextReaderDepth (xml);
      int node;

      while ((node = part_next (part)) > 0 && !part_is_end (part, node, depth))
        {
          const xmlChar *name;
          gboolean item_too_long;

          if (node != XML_READER_TYPE_ELEMENT)
            continue;
          name = xmlTextReaderConstLocalName (xml);
          if (name == part->n_v)
            node = read_element_text (part, self->cell, &item_too_long);
          else if (name == part->n_is)
            node = read_string_item (part, self->cell, &item_too_long);
          else
            continue;
          if (node <= 0)
            break;
          too_long = too_long || item_too_long;
        }
      if (node <= 0)
        return fail_part (self, error);
    }
  if (too_long)
    return fail_too_long (self, error);
  if (type == CELL_FORMULA_TEXT)
    decode_escapes (self->cell, 0);

  while (self->starts->len < col - 1)
    {
      start = self->text->len;
      g_array_append_val (self->starts, start);
      g_string_append_c (self->text, '\0');
    }
  start = self->text->len;
  g_array_append_val (self->starts, start);
  if (!append_value (self, type, style, col, error))
    return FALSE;
  g_string_append_c (self->text, '\0');
  if (self->text->len > ROW_MAX)
    {
      g_autofree char *at = format_row (self->row);

      return fail (self, error, _("Row %s is longer than 16 MB"), at);
    }
  *column = col;
  return TRUE;
}

/* Reads the <row> the sheet is on into text and starts, without its trailing empty cells. */
static gboolean
read_row (HustingsXlsxReader  *self,
          GError             **error)
{
  Part *part = self->sheet;
  xmlTextReaderPtr xml = part->xml;
  guint column = 0;
  int depth, node;

  g_string_truncate (self->text, 0);
  g_array_set_size (self->starts, 0);
  self->row_numbered = FALSE;
  while (xmlTextReaderMoveToNextAttribute (xml) == 1)
    if (xmlTextReaderConstLocalName (xml) == part->n_r)
      {
        const char *value = (const char *) xmlTextReaderConstValue (xml);
        guint64 number;

        if (!parse_uint (value, G_MAXUINT64 - 1, &number) || number == 0)
          /* Translators: %s is what should have been a row number */
          return fail_damaged (self, error, _("“%s” is not a row number"), value);
        self->row = number;
        self->row_numbered = TRUE;
      }
  xmlTextReaderMoveToElement (xml);
  if (!self->row_numbered)
    self->row++;
  self->in_row = TRUE;

  if (!xmlTextReaderIsEmptyElement (xml))
    {
      depth = xmlTextReaderDepth (xml);
      while ((node = part_next (part)) > 0 && !part_is_end (part, node, depth))
        if (node == XML_READER_TYPE_ELEMENT && xmlTextReaderConstLocalName (xml) == part->n_c
            && !read_cell (self, &column, error))
          return FALSE;
      if (node <= 0)
        return fail_part (self, error);
    }

  while (self->starts->len > 0
         && self->text->str[g_array_index (self->starts, guint, self->starts->len - 1)] == '\0')
    {
      g_string_truncate (self->text, g_array_index (self->starts, guint, self->starts->len - 1));
      g_array_set_size (self->starts, self->starts->len - 1);
    }
  self->in_row = FALSE;
  return TRUE;
}

HustingsXlsxReader *
hustings_xlsx_reader_open (const char  *path,
                           const char  *sheet,
                           GError     **error)
{
  g_autoptr(HustingsXlsxReader) self = NULL;
  g_autoptr(GError) zip_error = NULL;
  FILE *file;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ensure_libraries ();
  self = g_new0 (HustingsXlsxReader, 1);
  self->sheet_names = g_ptr_array_new_with_free_func (g_free);
  self->shared = g_string_new (NULL);
  self->shared_starts = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->kinds = g_array_new (FALSE, FALSE, sizeof (guint8));
  self->data_depth = -1;
  self->cell = g_string_new (NULL);
  self->text = g_string_new (NULL);
  self->starts = g_array_new (FALSE, FALSE, sizeof (guint));
  self->fields = g_ptr_array_new ();

  file = g_fopen (path, "rb");
  if (file != NULL)
    self->file = gsf_input_stdio_new_FILE (path, file, FALSE);
  if (self->file == NULL)
    {
      int saved_errno = errno;
      g_autofree char *name = g_filename_display_basename (path);

      if (file != NULL)
        fclose (file);
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED,
                   /* Translators: %s is a file name, then the system's reason */
                   _("“%s” could not be read: %s"), name, g_strerror (saved_errno));
      return NULL;
    }
  self->zip = gsf_infile_zip_new (self->file, &zip_error);
  if (self->zip == NULL)
    {
      set_not_spreadsheet (error);
      return NULL;
    }
  if (!read_package (self, sheet, error))
    return NULL;
  return g_steal_pointer (&self);
}

gboolean
hustings_xlsx_reader_next (HustingsXlsxReader   *self,
                           const char * const  **fields,
                           guint                *n_fields,
                           guint64              *row,
                           GError              **error)
{
  Part *part;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (fields != NULL && n_fields != NULL && row != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->error != NULL)
    {
      g_propagate_error (error, g_error_copy (self->error));
      return FALSE;
    }

  if (self->sheet == NULL && !start_sheet (self, error))
    return FALSE;
  part = self->sheet;
  while (!self->done)
    {
      int node = part_next (part);
      const xmlChar *name;

      if (node < 0)
        return fail_part (self, error);
      if (node == 0 || part_is_end (part, node, self->data_depth))
        {
          self->done = TRUE;
          break;
        }
      if (node != XML_READER_TYPE_ELEMENT)
        continue;
      name = xmlTextReaderConstLocalName (part->xml);
      if (name == part->n_sheet_data && self->data_depth < 0)
        {
          self->data_depth = xmlTextReaderDepth (part->xml);
          self->done = xmlTextReaderIsEmptyElement (part->xml);
        }
      else if (name == part->n_row && self->data_depth >= 0)
        {
          if (!read_row (self, error))
            return FALSE;
          if (self->starts->len == 0)
            continue;

          g_ptr_array_set_size (self->fields, 0);
          for (guint i = 0; i < self->starts->len; i++)
            g_ptr_array_add (self->fields,
                             self->text->str + g_array_index (self->starts, guint, i));
          g_ptr_array_add (self->fields, NULL);
          self->n_rows++;
          *fields = (const char * const *) self->fields->pdata;
          *n_fields = self->starts->len;
          *row = self->row;
          return TRUE;
        }
    }

  if (self->n_rows == 0)
    return fail (self, error, _("The sheet “%s” is empty"), self->sheet_name);
  return FALSE;
}

const char * const *
hustings_xlsx_reader_get_sheets (HustingsXlsxReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *) self->sheet_names->pdata;
}

const char *
hustings_xlsx_reader_get_sheet (HustingsXlsxReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->sheet_name;
}

guint64
hustings_xlsx_reader_get_position (HustingsXlsxReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  if (self->done)
    return hustings_xlsx_reader_get_size (self);
  return gsf_input_tell (self->sheet_input);
}

guint64
hustings_xlsx_reader_get_size (HustingsXlsxReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return MAX (gsf_input_size (self->sheet_input), 0);
}

void
hustings_xlsx_reader_free (HustingsXlsxReader *self)
{
  if (self == NULL)
    return;

  part_free (self->sheet);
  g_clear_object (&self->sheet_input);
  g_clear_object (&self->zip);
  g_clear_object (&self->file);
  g_free (self->sheet_name);
  g_free (self->shared_path);
  g_free (self->styles_path);
  g_ptr_array_unref (self->sheet_names);
  g_string_free (self->shared, TRUE);
  g_array_unref (self->shared_starts);
  g_array_unref (self->kinds);
  g_clear_error (&self->error);
  g_string_free (self->cell, TRUE);
  g_string_free (self->text, TRUE);
  g_array_unref (self->starts);
  g_ptr_array_unref (self->fields);
  g_free (self);
}
