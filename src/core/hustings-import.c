/* hustings-import.c: bringing processors' exports and spreadsheets into a committee file.
 *
 * One pass over the file does everything: each row is read into a Row (the values of the
 * mapped fields, trimmed), checked, matched to a donor and written, all in one transaction that
 * is the batch. analyze is the same pass rolled back at the end, so what it reports is exactly
 * what run will do.
 *
 * Speed: the contacts already in the file are loaded into hash tables once (the Matcher), and
 * the triggers that keep the search index and the per-contact totals are taken out inside the
 * transaction; the totals are added up in memory and written once per contact, the search index
 * is brought up to date in one statement, and the triggers are put back before commit. A
 * failure or cancel rolls all of it back, triggers included.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-import"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "hustings-fec-import.h"
#include "hustings-import.h"
#include "hustings-import-format-private.h"
#include "hustings-committee-file-private.h"
#include "hustings-contact.h"
#include "hustings-dates.h"
#include "hustings-disbursement-private.h"
#include "hustings-error.h"
#include "hustings-money.h"
#include "hustings-validate.h"

#define PREVIEW_ROWS 20
#define PROGRESS_EVERY 4096

struct _HustingsImport
{
  GObject                     parent_instance;

  char                       *path;
  HustingsTableOptions        options;
  char                       *sheet;
  char                       *description;
  GPtrArray                  *columns;      /* char*: the header */
  GPtrArray                  *preview;      /* GStrv per row */
  const HustingsImportFormat *format;
  HustingsImportField        *mapping;      /* per column */

  HustingsImportSummary       summary;
  GPtrArray                  *rejections;   /* HustingsImportRejection* */
  GPtrArray                  *uncertain;    /* HustingsImportMatch* */
  GHashTable                 *uncertain_by_key; /* donor key → index + 1 */
};

G_DEFINE_FINAL_TYPE (HustingsImport, hustings_import, G_TYPE_OBJECT)

static void
match_free (HustingsImportMatch *match)
{
  g_free (match->donor);
  g_free (match->contact);
  g_free (match->reason);
  g_free (match);
}

void
hustings_import_rejection_free (HustingsImportRejection *rejection)
{
  g_free (rejection->reason);
  g_free (rejection);
}

void
hustings_import_batch_free (HustingsImportBatch *batch)
{
  g_free (batch->format_name);
  g_free (batch->file_name);
  g_free (batch->imported_at);
  g_free (batch->undone_at);
  g_free (batch);
}

static void
hustings_import_finalize (GObject *object)
{
  HustingsImport *self = HUSTINGS_IMPORT (object);

  g_free (self->path);
  g_free (self->sheet);
  g_free (self->description);
  g_ptr_array_unref (self->columns);
  g_ptr_array_unref (self->preview);
  g_free (self->mapping);
  g_ptr_array_unref (self->rejections);
  g_ptr_array_unref (self->uncertain);
  g_hash_table_unref (self->uncertain_by_key);

  G_OBJECT_CLASS (hustings_import_parent_class)->finalize (object);
}

static void
hustings_import_class_init (HustingsImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hustings_import_finalize;
}

static void
hustings_import_init (HustingsImport *self)
{
  self->columns = g_ptr_array_new_with_free_func (g_free);
  self->preview = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->rejections =
    g_ptr_array_new_with_free_func ((GDestroyNotify) hustings_import_rejection_free);
  self->uncertain = g_ptr_array_new_with_free_func ((GDestroyNotify) match_free);
  self->uncertain_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static gboolean
invalid (GError **error, const char *message)
{
  g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID, message);
  return FALSE;
}

static HustingsTableReader *
open_reader (HustingsImport *self, GError **error)
{
  return hustings_table_reader_open (self->path, &self->options, error);
}

/* ---- Setting up ---- */

HustingsImport *
hustings_import_new (const char                 *path,
                     const HustingsTableOptions *options,
                     GError                    **error)
{
  g_autoptr(HustingsImport) self = g_object_new (HUSTINGS_TYPE_IMPORT, NULL);
  g_autoptr(HustingsTableReader) reader = NULL;
  const char * const *fields;
  guint n_fields;
  guint64 line;

  g_return_val_if_fail (path != NULL, NULL);

  self->path = g_strdup (path);
  if (options != NULL)
    {
      self->options = *options;
      self->sheet = g_strdup (options->sheet);
      self->options.sheet = self->sheet;
    }

  reader = open_reader (self, error);
  if (reader == NULL)
    return NULL;
  if (!hustings_table_reader_next (reader, &fields, &n_fields, &line, error))
    {
      if (error != NULL && *error == NULL)
        {
          g_autofree char *name = g_filename_display_basename (path);

          g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                       _("“%s” is empty: there is nothing to import."), name);
        }
      return NULL;
    }
  for (guint i = 0; i < n_fields; i++)
    g_ptr_array_add (self->columns, g_strdup (fields[i]));

  while (self->preview->len < PREVIEW_ROWS)
    {
      g_autoptr(GError) local_error = NULL;

      /* A bad row further on is for analyze to report, with the rest. */
      if (!hustings_table_reader_next (reader, &fields, &n_fields, &line, &local_error))
        break;
      g_ptr_array_add (self->preview, g_strdupv ((char **) fields));
    }
  self->description = hustings_table_reader_describe (reader);
  self->mapping = g_new0 (HustingsImportField, MAX (self->columns->len, 1));
  hustings_import_set_format (self, hustings_import_format_detect (
                                      (const char * const *) self->columns->pdata,
                                      self->columns->len));
  return g_steal_pointer (&self);
}

const char *
hustings_import_get_path (HustingsImport *self)
{
  return self->path;
}

const char *
hustings_import_get_description (HustingsImport *self)
{
  return self->description;
}

guint
hustings_import_get_n_columns (HustingsImport *self)
{
  return self->columns->len;
}

const char *
hustings_import_get_column_name (HustingsImport *self,
                                 guint           column)
{
  g_return_val_if_fail (column < self->columns->len, NULL);

  return g_ptr_array_index (self->columns, column);
}

guint
hustings_import_get_n_preview_rows (HustingsImport *self)
{
  return self->preview->len;
}

const char *
hustings_import_get_preview_cell (HustingsImport *self,
                                  guint           row,
                                  guint           column)
{
  char **cells;

  g_return_val_if_fail (row < self->preview->len, NULL);

  cells = g_ptr_array_index (self->preview, row);
  return column < g_strv_length (cells) ? cells[column] : "";
}

const HustingsImportFormat *
hustings_import_get_format (HustingsImport *self)
{
  return self->format;
}

HustingsImportKind
hustings_import_get_kind (HustingsImport *self)
{
  return self->format->kind;
}

void
hustings_import_set_format (HustingsImport             *self,
                            const HustingsImportFormat *format)
{
  g_return_if_fail (HUSTINGS_IS_IMPORT (self));
  g_return_if_fail (format != NULL);

  self->format = format;
  for (guint i = 0; i < self->columns->len; i++)
    {
      HustingsImportField field =
        hustings_import_format_guess (format, g_ptr_array_index (self->columns, i));

      /* One column per field, the first that fits, except the fields that take several. */
      if (field != HUSTINGS_FIELD_EMAIL && field != HUSTINGS_FIELD_PHONE &&
          field != HUSTINGS_FIELD_TAGS && field != HUSTINGS_FIELD_STATUS)
        for (guint j = 0; j < i; j++)
          if (self->mapping[j] == field)
            field = HUSTINGS_FIELD_IGNORE;
      self->mapping[i] = field;
    }
}

HustingsImportField
hustings_import_get_column_field (HustingsImport *self,
                                  guint           column)
{
  g_return_val_if_fail (column < self->columns->len, HUSTINGS_FIELD_IGNORE);

  return self->mapping[column];
}

void
hustings_import_set_column_field (HustingsImport      *self,
                                  guint                column,
                                  HustingsImportField  field)
{
  g_return_if_fail (column < self->columns->len);
  g_return_if_fail (field < HUSTINGS_N_FIELDS);
  g_return_if_fail (hustings_import_format_is_generic (self->format));

  self->mapping[column] = hustings_import_field_applies (field, self->format->kind)
                          ? field : HUSTINGS_FIELD_IGNORE;
}

static int
find_header (HustingsImport *self, const char *header)
{
  g_autofree char *folded = hustings_import_fold_header (header);

  for (guint i = 0; i < self->columns->len; i++)
    {
      g_autofree char *column = hustings_import_fold_header (g_ptr_array_index (self->columns, i));

      if (strcmp (column, folded) == 0)
        return (int) i;
    }
  return -1;
}

gboolean
hustings_import_map_column (HustingsImport      *self,
                            HustingsImportField  field,
                            const char          *header,
                            GError             **error)
{
  int column = find_header (self, header);

  g_return_val_if_fail (HUSTINGS_IS_IMPORT (self), FALSE);

  if (column < 0)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("The file has no column “%s”"), header);
      return FALSE;
    }
  if (!hustings_import_field_applies (field, self->format->kind))
    {
      const char *name = hustings_import_field_describe (field);

      if (self->format->kind == HUSTINGS_IMPORT_CONTACTS)
        g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                     _("%s is not something a contact import can fill"), name);
      else if (self->format->kind == HUSTINGS_IMPORT_DISBURSEMENTS)
        g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                     _("%s is not something a disbursement import can fill"), name);
      else
        g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                     _("%s is not something a donation import can fill"), name);
      return FALSE;
    }
  /* A field the user places moves off the column that had it. */
  for (guint i = 0; i < self->columns->len; i++)
    if (self->mapping[i] == field)
      self->mapping[i] = HUSTINGS_FIELD_IGNORE;
  self->mapping[column] = field;
  return TRUE;
}

static gboolean
is_mapped (HustingsImport *self, HustingsImportField field)
{
  for (guint i = 0; i < self->columns->len; i++)
    if (self->mapping[i] == field)
      return TRUE;
  return FALSE;
}

gboolean
hustings_import_check_mapping (HustingsImport  *self,
                               GError         **error)
{
  gboolean names = is_mapped (self, HUSTINGS_FIELD_LAST_NAME) ||
                   is_mapped (self, HUSTINGS_FIELD_FIRST_NAME) ||
                   is_mapped (self, HUSTINGS_FIELD_FULL_NAME) ||
                   is_mapped (self, HUSTINGS_FIELD_ORG_NAME);

  g_return_val_if_fail (HUSTINGS_IS_IMPORT (self), FALSE);

  if (self->format->kind == HUSTINGS_IMPORT_DONATIONS)
    {
      if (!is_mapped (self, HUSTINGS_FIELD_DATE))
        return invalid (error, _("Choose the column that holds the date received."));
      if (!is_mapped (self, HUSTINGS_FIELD_AMOUNT))
        return invalid (error, _("Choose the column that holds the amount."));
    }
  if (self->format->kind == HUSTINGS_IMPORT_DISBURSEMENTS)
    {
      if (!is_mapped (self, HUSTINGS_FIELD_DATE))
        return invalid (error, _("Choose the column that holds the date paid."));
      if (!is_mapped (self, HUSTINGS_FIELD_AMOUNT))
        return invalid (error, _("Choose the column that holds the amount."));
      if (!is_mapped (self, HUSTINGS_FIELD_PURPOSE))
        return invalid (error, _("Choose the column that says what each payment was for (the "
                                 "purpose): the FEC requires it."));
      if (!names)
        return invalid (error, _("Choose the columns that hold the payee’s name (organization, "
                                 "or first and last name)."));
    }
  if (!names)
    return invalid (error, _("Choose the columns that hold the donor’s name (first and last "
                             "name, full name, or organization)."));
  return TRUE;
}

/* ---- Saved mappings ---- */

/* How import_batch and import_mapping name each kind, and the generic format of each. */
static const struct {
  const char *name;
  const char *generic_format;
} import_kinds[] = {
  [HUSTINGS_IMPORT_DONATIONS] = { "donations", "generic" },
  [HUSTINGS_IMPORT_CONTACTS] = { "contacts", "contacts" },
  [HUSTINGS_IMPORT_DISBURSEMENTS] = { "disbursements", "disbursements" },
};

static const char *
kind_to_string (HustingsImportKind kind)
{
  return import_kinds[kind].name;
}

/* What an import of kind changes besides contacts (for a contact import, as before:
 * donations, whose rows show their donors' names). */
static HustingsChanged
changed_by (HustingsImportKind kind)
{
  return kind == HUSTINGS_IMPORT_DISBURSEMENTS ? HUSTINGS_CHANGED_DISBURSEMENTS
                                               : HUSTINGS_CHANGED_DONATIONS;
}

static HustingsImportKind
kind_from_string (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (import_kinds); i++)
    if (strcmp (import_kinds[i].name, name) == 0)
      return (HustingsImportKind) i;
  return HUSTINGS_IMPORT_DONATIONS;
}

gboolean
hustings_import_save_mapping (HustingsImport         *self,
                              HustingsCommitteeFile  *file,
                              const char             *name,
                              GError                **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *stripped = g_strstrip (g_strdup (name ? name : ""));
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HUSTINGS_IS_IMPORT (self), FALSE);

  if (*stripped == '\0')
    return invalid (error, _("Give the mapping a name."));
  if (!hustings_committee_file_check_writable (file, error))
    return FALSE;
  for (guint i = 0; i < self->columns->len; i++)
    if (self->mapping[i] != HUSTINGS_FIELD_IGNORE)
      g_string_append_printf (text, "%s=%s\n", hustings_import_field_to_string (self->mapping[i]),
                              (const char *) g_ptr_array_index (self->columns, i));

  stmt = hustings_committee_file_prepare (file,
    "INSERT INTO import_mapping (name, kind, mapping) VALUES (?1, ?2, ?3)"
    " ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, mapping = excluded.mapping", error);
  if (stmt == NULL)
    return FALSE;
  hustings_bind_text (stmt, 1, stripped);
  hustings_bind_text (stmt, 2, kind_to_string (self->format->kind));
  hustings_bind_text (stmt, 3, text->str);
  return hustings_committee_file_run (file, stmt, error);
}

gboolean
hustings_import_load_mapping (HustingsImport         *self,
                              HustingsCommitteeFile  *file,
                              const char             *name,
                              GError                **error)
{
  g_auto(GStrv) lines = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HUSTINGS_IS_IMPORT (self), FALSE);

  stmt = hustings_committee_file_prepare (file,
    "SELECT kind, mapping FROM import_mapping WHERE name = ?1", error);
  if (stmt == NULL)
    return FALSE;
  hustings_bind_text (stmt, 1, name);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
                   _("There is no saved mapping named “%s”"), name);
      return FALSE;
    }
  hustings_import_set_format (self, hustings_import_format_find (
    import_kinds[kind_from_string (hustings_column_text (stmt, 0))].generic_format));
  lines = g_strsplit (hustings_column_text (stmt, 1), "\n", -1);
  sqlite3_reset (stmt);

  for (guint i = 0; i < self->columns->len; i++)
    self->mapping[i] = HUSTINGS_FIELD_IGNORE;
  for (guint i = 0; lines[i]; i++)
    {
      char *equals = strchr (lines[i], '=');
      HustingsImportField field;
      int column;

      if (equals == NULL)
        continue;
      *equals = '\0';
      column = find_header (self, equals + 1);
      if (column >= 0 && hustings_import_field_from_string (lines[i], &field))
        self->mapping[column] = field;
    }
  return TRUE;
}

char **
hustings_import_list_mappings (HustingsCommitteeFile *file,
                               HustingsImportKind     kind)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  sqlite3_stmt *stmt;

  stmt = hustings_committee_file_prepare (file,
    "SELECT name FROM import_mapping WHERE kind = ?1 ORDER BY name COLLATE NOCASE", NULL);
  if (stmt != NULL)
    {
      hustings_bind_text (stmt, 1, kind_to_string (kind));
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_ptr_array_add (names, g_strdup (hustings_column_text (stmt, 0)));
      sqlite3_reset (stmt);
    }
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

/* ---- Reading a row ---- */

/* The values of one row, by field: trimmed, "" when absent. Fields that may come from several
 * columns (email, phone, tags) are joined with ';'. */
typedef struct {
  const char *v[HUSTINGS_N_FIELDS];
  GString    *buf;
  GString    *multi[3];
  gsize       off[HUSTINGS_N_FIELDS];
  guint64     line;
} Row;

static int
multi_index (HustingsImportField field)
{
  switch (field)
    {
    case HUSTINGS_FIELD_EMAIL: return 0;
    case HUSTINGS_FIELD_PHONE: return 1;
    case HUSTINGS_FIELD_TAGS:  return 2;
    default:                   return -1;
    }
}

static void
row_fill (Row                        *row,
          const HustingsImportFormat *format,
          const HustingsImportField  *mapping,
          guint                       n_columns,
          const char * const         *fields,
          guint                       n_fields)
{
  gboolean set[HUSTINGS_N_FIELDS] = { FALSE, };

  g_string_truncate (row->buf, 0);
  g_string_append_c (row->buf, '\0'); /* offset 0 is the empty value */
  for (guint i = 0; i < G_N_ELEMENTS (row->multi); i++)
    g_string_truncate (row->multi[i], 0);
  memset (row->off, 0, sizeof row->off);

  for (guint i = 0; i < n_columns && i < n_fields; i++)
    {
      HustingsImportField field = mapping[i];
      const char *start = fields[i];
      const char *end;
      int multi;

      if (field == HUSTINGS_FIELD_IGNORE)
        continue;
      end = start + strlen (start);
      /* A leading apostrophe kept a spreadsheet from reading the value as a formula (Hustings'
       * own exports do that): the value is what follows, exactly. Free text is kept as it is;
       * other values lose blanks around them. */
      if (*start == '\'' && ((format->flags & HUSTINGS_FORMAT_STRIP_APOSTROPHE) ||
                            (start[1] != '\0' && strchr ("=+-@\t\r", start[1]) != NULL)))
        start++;
      else if (field != HUSTINGS_FIELD_MEMO && field != HUSTINGS_FIELD_NOTES)
        {
          while (g_ascii_isspace (*start))
            start++;
          while (end > start && g_ascii_isspace (end[-1]))
            end--;
        }
      if (end == start)
        continue;

      multi = multi_index (field);
      if (multi >= 0)
        {
          if (row->multi[multi]->len > 0)
            g_string_append_c (row->multi[multi], ';');
          g_string_append_len (row->multi[multi], start, end - start);
        }
      else if (!set[field])
        {
          set[field] = TRUE;
          row->off[field] = row->buf->len;
          g_string_append_len (row->buf, start, end - start);
          g_string_append_c (row->buf, '\0');
        }
    }

  for (guint f = 0; f < HUSTINGS_N_FIELDS; f++)
    {
      int multi = multi_index ((HustingsImportField) f);

      row->v[f] = multi >= 0 ? row->multi[multi]->str : row->buf->str + row->off[f];
    }
}

/* ---- Folding names for matching ---- */

/* Appends text folded: letters and digits only, lower case, accents dropped. */
static void
fold_append (GString *out, const char *text, gssize len)
{
  const char *end = len < 0 ? text + strlen (text) : text + len;
  const char *p;

  for (p = text; p < end && !(*p & 0x80); p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));
  if (p < end)
    {
      g_autofree char *decomposed = g_utf8_normalize (p, end - p, G_NORMALIZE_NFKD);

      for (const char *q = decomposed; q && *q; q = g_utf8_next_char (q))
        {
          gunichar c = g_utf8_get_char (q);

          if (g_unichar_isalnum (c))
            g_string_append_unichar (out, g_unichar_tolower (c));
        }
    }
}

/* The first word of a first name ("Jane Q." → "jane"). */
static void
fold_first (GString *out, const char *first)
{
  const char *space;

  while (*first == ' ')
    first++;
  space = strchr (first, ' ');
  fold_append (out, first, space ? space - first : -1);
}

/* A last name without a generational suffix ("Smith Jr." → "smith"). */
static void
fold_last (GString *out, const char *last)
{
  static const char * const suffixes[] = { "jr", "sr", "ii", "iii", "iv" };
  const char *cut = strrchr (last, ' ');
  const char *comma = strrchr (last, ',');

  if (comma != NULL && (cut == NULL || comma > cut))
    cut = comma;
  if (cut != NULL)
    {
      g_autoptr(GString) word = g_string_new (NULL);

      fold_append (word, cut + 1, -1);
      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        if (strcmp (word->str, suffixes[i]) == 0)
          {
            fold_append (out, last, cut - last);
            return;
          }
    }
  fold_append (out, last, -1);
}

/* A street folded word by word, with the usual abbreviations ("12 Oak Street" and "12 oak st."
 * are both "12oakst"). */
static void
fold_street (GString *out, const char *street)
{
  static const char * const words[][2] = {
    { "street", "st" }, { "avenue", "ave" }, { "av", "ave" }, { "road", "rd" },
    { "drive", "dr" }, { "lane", "ln" }, { "boulevard", "blvd" }, { "court", "ct" },
    { "place", "pl" }, { "circle", "cir" }, { "highway", "hwy" }, { "parkway", "pkwy" },
    { "terrace", "ter" }, { "trail", "trl" }, { "square", "sq" }, { "north", "n" },
    { "south", "s" }, { "east", "e" }, { "west", "w" }, { "apartment", "apt" },
    { "suite", "ste" }, { "post", "po" }, { "office", "" },
  };
  g_autoptr(GString) word = g_string_new (NULL);
  const char *p = street;

  while (*p)
    {
      gsize len = strcspn (p, " ,.#-");

      g_string_truncate (word, 0);
      fold_append (word, p, len);
      for (guint i = 0; i < G_N_ELEMENTS (words); i++)
        if (strcmp (word->str, words[i][0]) == 0)
          {
            g_string_assign (word, words[i][1]);
            break;
          }
      g_string_append_len (out, word->str, word->len);
      p += len;
      if (*p)
        p++;
    }
}

/* ZIP codes as the contact form wants them: "2906" (a spreadsheet dropped the zero) becomes
 * "02906", "787011234" becomes "78701-1234". Anything else is left as it is. */
static char *
normalize_zip (const char *zip)
{
  gsize len = strlen (zip);
  gboolean digits = len > 0;

  for (gsize i = 0; i < len; i++)
    digits &= g_ascii_isdigit (zip[i]);
  if (digits && (len == 3 || len == 4))
    {
      g_autofree char *zeros = g_strnfill (5 - len, '0');

      return g_strconcat (zeros, zip, NULL);
    }
  if (digits && (len == 8 || len == 9))
    {
      g_autofree char *zeros = g_strnfill (9 - len, '0');
      g_autofree char *padded = g_strconcat (zeros, zip, NULL);

      return g_strdup_printf ("%.5s-%s", padded, padded + 5);
    }
  return g_strdup (zip);
}

/* ---- Parsing values ---- */

/* "2026-03-04", "2026-03-04 09:15:00", "2026-03-04T09:15:00Z", "3/4/2026", "3/4/2026 9:15",
 * "3/4/26" → "2026-03-04"; NULL when it is not a date. */
static char *
parse_date (const char *text)
{
  g_autofree char *day = g_strndup (text, strcspn (text, " T"));
  int m, d, y, n = 0;

  if (sscanf (day, "%d/%d/%d%n", &m, &d, &y, &n) == 3 && day[n] == '\0' &&
      n == (int) strlen (day) && y >= 0 && y < 100 && strlen (strrchr (day, '/') + 1) == 2)
    {
      g_autofree char *full = g_strdup_printf ("%d/%d/%d", m, d, 2000 + y);

      return hustings_date_normalize (full, NULL);
    }
  return hustings_date_normalize (day, NULL);
}

static gboolean
is_false (const char *text)
{
  static const char * const no[] = { "f", "false", "no", "n", "0", "none", "one-time", "once" };

  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    if (g_ascii_strcasecmp (text, no[i]) == 0)
      return TRUE;
  return *text == '\0';
}

static gboolean
parse_method (const char *text, HustingsMethod *out_method)
{
  static const struct { const char *word; HustingsMethod method; } words[] = {
    { "check", HUSTINGS_METHOD_CHECK }, { "cheque", HUSTINGS_METHOD_CHECK },
    { "moneyorder", HUSTINGS_METHOD_CHECK }, { "cashierscheck", HUSTINGS_METHOD_CHECK },
    { "cash", HUSTINGS_METHOD_CASH },
    { "card", HUSTINGS_METHOD_CARD }, { "creditcard", HUSTINGS_METHOD_CARD },
    { "credit", HUSTINGS_METHOD_CARD }, { "debitcard", HUSTINGS_METHOD_CARD },
    { "visa", HUSTINGS_METHOD_CARD }, { "mastercard", HUSTINGS_METHOD_CARD },
    { "amex", HUSTINGS_METHOD_CARD }, { "americanexpress", HUSTINGS_METHOD_CARD },
    { "discover", HUSTINGS_METHOD_CARD },
    { "inkind", HUSTINGS_METHOD_IN_KIND },
    { "processor", HUSTINGS_METHOD_PROCESSOR }, { "online", HUSTINGS_METHOD_PROCESSOR },
    { "eft", HUSTINGS_METHOD_PROCESSOR }, { "ach", HUSTINGS_METHOD_PROCESSOR },
    { "wire", HUSTINGS_METHOD_PROCESSOR }, { "wiretransfer", HUSTINGS_METHOD_PROCESSOR },
    { "paypal", HUSTINGS_METHOD_PROCESSOR }, { "applepay", HUSTINGS_METHOD_PROCESSOR },
  };
  g_autofree char *folded = hustings_import_fold_header (text);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strcmp (folded, words[i].word) == 0)
      {
        *out_method = words[i].method;
        return TRUE;
      }
  return FALSE;
}

static gboolean
parse_entity (const char *text, HustingsEntityType *out_type)
{
  g_autofree char *folded = hustings_import_fold_header (text);

  if (hustings_entity_type_from_code (text, out_type))
    return TRUE;
  for (guint i = 0; i < HUSTINGS_N_ENTITIES; i++)
    {
      g_autofree char *described = hustings_import_fold_header (hustings_entity_type_describe (i));

      if (strcmp (folded, described) == 0)
        {
          *out_type = (HustingsEntityType) i;
          return TRUE;
        }
    }
  if (strcmp (folded, "person") == 0 || strcmp (folded, "individual") == 0)
    *out_type = HUSTINGS_ENTITY_IND;
  else if (strcmp (folded, "organization") == 0 || strcmp (folded, "business") == 0 ||
           strcmp (folded, "company") == 0)
    *out_type = HUSTINGS_ENTITY_ORG;
  else
    return FALSE;
  return TRUE;
}

/* The election a gift is designated for: a code ("P2026"), or a word ("Primary", "general
 * 2026") meaning the committee's next election of that kind on or after the date. NULL for an
 * empty value: presumed from the date. FALSE when it names no election the committee has. */
static gboolean
parse_election (const HustingsCommittee *committee,
                const char              *text,
                const char              *date,
                const char             **out_code)
{
  static const struct { const char *word; char letter; } kinds[] = {
    { "primary", 'P' }, { "general", 'G' }, { "runoff", 'R' }, { "special", 'S' },
    { "convention", 'C' }, { "recount", 'E' }, { "other", 'O' },
  };
  g_autofree char *folded = hustings_import_fold_header (text);
  char letter = 0;
  int year = 0;

  *out_code = NULL;
  if (*folded == '\0')
    return TRUE;
  if (hustings_election_code_is_valid (text))
    {
      letter = text[0];
      year = atoi (text + 1);
    }
  else
    for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
      if (g_str_has_prefix (folded, kinds[i].word) || g_str_has_suffix (folded, kinds[i].word))
        {
          const char *digits = folded + strcspn (folded, "0123456789");

          letter = kinds[i].letter;
          year = *digits ? atoi (digits) : 0;
        }
  if (letter == 0)
    return FALSE;

  for (guint i = 0; i < committee->elections->len; i++)
    {
      const HustingsElection *e = g_ptr_array_index (committee->elections, i);

      if (e->code[0] != letter)
        continue;
      if (year != 0 ? atoi (e->code + 1) == year : strcmp (e->date, date) >= 0)
        {
          *out_code = e->code;
          return TRUE;
        }
    }
  return FALSE;
}

/* ---- Donors already in the file ---- */

/* What matching needs of a contact; strings live in the matcher's chunk. */
typedef struct {
  gint64      id;
  const char *first;      /* folded first word of the first name ("" for organizations) */
  const char *last;       /* folded last name or organization name */
  const char *street;     /* folded street1 */
  const char *city;       /* folded city */
  const char *employer;   /* as stored */
  const char *occupation;
  gboolean    has_phone;
  gboolean    created;    /* made by this import */
  gboolean    matched;    /* counted as matched by this import */
  gboolean    updated;    /* changed by this import already */
  GArray     *totals;     /* Total: what this import adds to its totals */
  char        last_gift[11]; /* the latest gift this import adds, or "" */
} Known;

/* A change to one of a contact's totals (see contact_total in schema.sql). */
typedef struct {
  char   period[8];
  gint64 cents;
  gint64 gifts;
} Total;

static void
known_free (Known *k)
{
  if (k->totals != NULL)
    g_array_unref (k->totals);
  g_free (k);
}

typedef struct {
  GStringChunk *strings;
  GPtrArray    *known;    /* Known*, owned */
  GHashTable   *by_key;   /* "last\x1f" "first\x1f" "zip5" → Known* */
  GHashTable   *by_email; /* folded email → Known* */
  GHashTable   *by_name;  /* "last\x1f" "first" → Known* */
  GHashTable   *by_bare_name; /* the same, for contacts with no address or email */
  GHashTable   *by_id;    /* &Known.id → Known* */
  GString      *key;
} Matcher;

static void
matcher_init (Matcher *m)
{
  m->strings = g_string_chunk_new (1 << 20);
  m->known = g_ptr_array_new_with_free_func ((GDestroyNotify) known_free);
  m->by_key = g_hash_table_new (g_str_hash, g_str_equal);
  m->by_email = g_hash_table_new (g_str_hash, g_str_equal);
  m->by_name = g_hash_table_new (g_str_hash, g_str_equal);
  m->by_bare_name = g_hash_table_new (g_str_hash, g_str_equal);
  m->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  m->key = g_string_sized_new (128);
}

static void
matcher_clear (Matcher *m)
{
  g_clear_pointer (&m->by_key, g_hash_table_unref);
  g_clear_pointer (&m->by_email, g_hash_table_unref);
  g_clear_pointer (&m->by_name, g_hash_table_unref);
  g_clear_pointer (&m->by_bare_name, g_hash_table_unref);
  g_clear_pointer (&m->by_id, g_hash_table_unref);
  g_clear_pointer (&m->known, g_ptr_array_unref);
  g_clear_pointer (&m->strings, g_string_chunk_free);
  if (m->key != NULL)
    g_string_free (g_steal_pointer (&m->key), TRUE);
}

static const char *
intern (Matcher *m, const char *text)
{
  return *text ? g_string_chunk_insert (m->strings, text) : "";
}

/* Adds key → known unless the key is taken (the first contact with a key keeps it). */
static void
index_key (Matcher *m, GHashTable *table, const char *key, Known *known)
{
  if (*key && !g_hash_table_contains (table, key))
    g_hash_table_insert (table, g_string_chunk_insert (m->strings, key), known);
}

/* The identity keys of a donor; each is "" when the parts it needs are missing. */
typedef struct {
  GString *first, *last, *zip5, *street, *city, *email, *key, *name;
} Identity;

static void
identity_init (Identity *id)
{
  id->first = g_string_new (NULL);
  id->last = g_string_new (NULL);
  id->zip5 = g_string_new (NULL);
  id->street = g_string_new (NULL);
  id->city = g_string_new (NULL);
  id->email = g_string_new (NULL);
  id->key = g_string_new (NULL);
  id->name = g_string_new (NULL);
}

static void
identity_clear (Identity *id)
{
  GString **parts[] = { &id->first, &id->last, &id->zip5, &id->street, &id->city, &id->email,
                        &id->key, &id->name };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (*parts[i] != NULL)
      g_string_free (g_steal_pointer (parts[i]), TRUE);
}

static void
identity_set (Identity   *id,
              gboolean    person,
              const char *first,
              const char *last,
              const char *org,
              const char *street,
              const char *city,
              const char *zip,
              const char *email)
{
  g_string_truncate (id->first, 0);
  g_string_truncate (id->last, 0);
  g_string_truncate (id->zip5, 0);
  g_string_truncate (id->street, 0);
  g_string_truncate (id->city, 0);
  g_string_truncate (id->email, 0);
  if (person)
    {
      fold_first (id->first, first);
      fold_last (id->last, last);
    }
  else
    fold_append (id->last, org, -1);
  fold_street (id->street, street);
  fold_append (id->city, city, -1);
  for (const char *p = zip; *p && id->zip5->len < 5; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (id->zip5, *p);
  if (id->zip5->len < 5)
    g_string_truncate (id->zip5, 0);
  /* The first address only: the one a donor gave. */
  g_string_append_len (id->email, email, strcspn (email, ";, "));
  g_string_ascii_down (id->email);

  g_string_truncate (id->name, 0);
  if (id->last->len > 0)
    {
      g_string_append_len (id->name, id->last->str, id->last->len);
      g_string_append_c (id->name, '\x1f');
      g_string_append_len (id->name, id->first->str, id->first->len);
    }
  g_string_truncate (id->key, 0);
  if (id->name->len > 0 && id->zip5->len > 0)
    {
      g_string_append_len (id->key, id->name->str, id->name->len);
      g_string_append_c (id->key, '\x1f');
      g_string_append_len (id->key, id->zip5->str, id->zip5->len);
    }
}

/* A name with no street, city, ZIP code or email. */
static gboolean
identity_is_bare (Identity *id)
{
  return id->street->len == 0 && id->city->len == 0 && id->zip5->len == 0 &&
         id->email->len == 0;
}

static Known *
matcher_add (Matcher    *m,
             gint64      contact_id,
             Identity   *id,
             const char *employer,
             const char *occupation,
             gboolean    has_phone)
{
  Known *k = g_new0 (Known, 1);

  k->id = contact_id;
  k->first = intern (m, id->first->str);
  k->last = intern (m, id->last->str);
  k->street = intern (m, id->street->str);
  k->city = intern (m, id->city->str);
  k->employer = intern (m, employer);
  k->occupation = intern (m, occupation);
  k->has_phone = has_phone;
  g_ptr_array_add (m->known, k);
  g_hash_table_insert (m->by_id, &k->id, k);
  index_key (m, m->by_key, id->key->str, k);
  index_key (m, m->by_name, id->name->str, k);
  if (identity_is_bare (id))
    index_key (m, m->by_bare_name, id->name->str, k);
  index_key (m, m->by_email, id->email->str, k);
  return k;
}

static gboolean
matcher_load (Matcher               *m,
              HustingsCommitteeFile *file,
              GError               **error)
{
  Identity identity, *id = &identity;
  sqlite3_stmt *stmt;
  int rc;

  identity_init (id);

  stmt = hustings_committee_file_prepare (file,
    "SELECT c.id, c.entity_type = 'IND' OR c.entity_type = 'CAN', c.first_name, c.last_name,"
    " c.org_name, c.street1, c.zip, c.city, c.employer, c.occupation,"
    " EXISTS (SELECT 1 FROM contact_phone p WHERE p.contact_id = c.id),"
    " (SELECT e.email FROM contact_email e WHERE e.contact_id = c.id ORDER BY e.position LIMIT 1)"
    " FROM contact c", error);
  if (stmt == NULL)
    {
      identity_clear (id);
      return FALSE;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      identity_set (id, sqlite3_column_int (stmt, 1), hustings_column_text (stmt, 2),
                    hustings_column_text (stmt, 3), hustings_column_text (stmt, 4),
                    hustings_column_text (stmt, 5), hustings_column_text (stmt, 7),
                    hustings_column_text (stmt, 6), hustings_column_text (stmt, 11));
      matcher_add (m, sqlite3_column_int64 (stmt, 0), id, hustings_column_text (stmt, 8),
                   hustings_column_text (stmt, 9), sqlite3_column_int (stmt, 10));
    }
  sqlite3_reset (stmt);
  identity_clear (id);
  if (rc != SQLITE_DONE)
    return hustings_committee_file_set_sql_error (file, error);

  /* Every address, not just the first, finds its contact. */
  stmt = hustings_committee_file_prepare (file,
    "SELECT contact_id, lower(email) FROM contact_email WHERE position > 0", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 contact_id = sqlite3_column_int64 (stmt, 0);
      Known *k = g_hash_table_lookup (m->by_id, &contact_id);

      if (k != NULL)
        index_key (m, m->by_email, hustings_column_text (stmt, 1), k);
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || hustings_committee_file_set_sql_error (file, error);
}

typedef enum {
  MATCH_NONE,
  MATCH_SURE,
  MATCH_UNSURE,
} MatchKind;

/* Finds the contact a donor is: the same name and ZIP code; or the same email and name; or the
 * same name and street; or the same name and city where one of them has no street. The same
 * email with another name, or the same name at another street in the same city, is unsure:
 * *reason says why. */
static MatchKind
matcher_find (Matcher     *m,
              Identity    *id,
              Known      **out_known,
              const char **reason)
{
  Known *k;

  Known *by_email = id->email->len > 0 ? g_hash_table_lookup (m->by_email, id->email->str) : NULL;

  if (id->key->len > 0 && (k = g_hash_table_lookup (m->by_key, id->key->str)) != NULL)
    {
      *out_known = k;
      /* Two people of one name in one ZIP code: another street, and no email to say. */
      if (*k->street && id->street->len > 0 && strcmp (k->street, id->street->str) != 0 &&
          by_email != k)
        {
          *reason = N_("Same name and ZIP code, different street");
          return MATCH_UNSURE;
        }
      return MATCH_SURE;
    }
  if (by_email != NULL)
    {
      *out_known = by_email;
      if (strcmp (by_email->last, id->last->str) == 0 &&
          strcmp (by_email->first, id->first->str) == 0)
        return MATCH_SURE;
      *reason = N_("Same email address, different name");
      return MATCH_UNSURE;
    }
  /* A name and nothing else: the contact of that name with nothing else either. */
  if (identity_is_bare (id) && (k = g_hash_table_lookup (m->by_bare_name, id->name->str)) != NULL)
    {
      *out_known = k;
      return MATCH_SURE;
    }
  if (id->name->len > 0 && (k = g_hash_table_lookup (m->by_name, id->name->str)) != NULL)
    {
      gboolean streets = *k->street && id->street->len > 0;
      gboolean same_city = id->city->len > 0 && strcmp (k->city, id->city->str) == 0;

      *out_known = k;
      if (identity_is_bare (id))
        {
          *reason = N_("Same name; no address or email to compare");
          return MATCH_UNSURE;
        }
      if (streets && strcmp (k->street, id->street->str) == 0)
        return MATCH_SURE;
      /* In the same city, with no street on one side to say otherwise. */
      if (!streets && same_city)
        return MATCH_SURE;
      if (same_city)
        {
          *reason = N_("Same name and city, different address");
          return MATCH_UNSURE;
        }
    }
  *out_known = NULL;
  return MATCH_NONE;
}

/* ---- One import pass ---- */

typedef struct {
  HustingsImport          *self;
  HustingsCommitteeFile   *file;
  const HustingsCommittee *committee;
  gboolean                 dry_run;
  gint64                   batch_id;
  char                    *now;
  Matcher                  m;
  Identity                 id;
  Row                      row;
  HustingsContact         *contact;      /* the row's donor, as a new contact would be */
  gboolean                 matcher_loaded; /* see ensure_matcher */
  GHashTable              *decisions;    /* donor key → Known* the user said it is */
  GHashTable              *row_ids;      /* Hustings export "ID" → donation id */
  GHashTable              *occurrences;  /* keyless "contact|date|amount" → count so far */
  GPtrArray               *dropped;      /* char*: the SQL of the triggers taken out */
  gint64                   first_contact_id;  /* the first id this batch gives */
  sqlite3_stmt            *field_stmts[HUSTINGS_CONTACT_N_FIELDS][2]; /* see field_statement */
  GString                 *scratch;
} Pass;

/* The reason a row is rejected, kept with its line. */
static void
reject (Pass *pass, const char *format, ...) G_GNUC_PRINTF (2, 3);

static void
reject (Pass *pass, const char *format, ...)
{
  HustingsImportRejection *rejection = g_new0 (HustingsImportRejection, 1);
  va_list args;

  va_start (args, format);
  rejection->line = pass->row.line;
  rejection->reason = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (pass->self->rejections, rejection);
  pass->self->summary.rows_rejected++;
}

static gboolean
step_done (Pass *pass, sqlite3_stmt *stmt, GError **error)
{
  return hustings_committee_file_run (pass->file, stmt, error);
}

/* A donor's description for the review list: "Jane Doe, 12 Elm St, Austin, TX 78701". */
static char *
describe_person (const char *name,
                 const char *street,
                 const char *city,
                 const char *state,
                 const char *zip,
                 const char *email)
{
  GString *text = g_string_new (name);
  const char *parts[] = { street, city };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (*parts[i])
      g_string_append_printf (text, ", %s", parts[i]);
  if (*state || *zip)
    g_string_append_printf (text, ", %s%s%s", state, *state && *zip ? " " : "", zip);
  if (*email)
    g_string_append_printf (text, ", %s", email);
  return g_string_free (text, FALSE);
}

static char *
describe_contact (Pass *pass, gint64 contact_id)
{
  sqlite3_stmt *stmt = hustings_committee_file_prepare (pass->file,
    "SELECT c.display_name, c.street1, c.city, c.state, c.zip,"
    " coalesce((SELECT email FROM contact_email e WHERE e.contact_id = c.id"
    "           ORDER BY position LIMIT 1), '')"
    " FROM contact c WHERE c.id = ?1", NULL);
  char *text = NULL;

  if (stmt == NULL)
    return g_strdup ("");
  sqlite3_bind_int64 (stmt, 1, contact_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = describe_person (hustings_column_text (stmt, 0), hustings_column_text (stmt, 1),
                            hustings_column_text (stmt, 2), hustings_column_text (stmt, 3),
                            hustings_column_text (stmt, 4), hustings_column_text (stmt, 5));
  sqlite3_reset (stmt);
  return text ? text : g_strdup ("");
}

/* Splits "Doe, Jane Q." or "Jane Q. Doe" into the contact's name fields. */
static void
split_full_name (HustingsContact *contact, const char *full)
{
  g_auto(GStrv) words = NULL;
  const char *comma = strchr (full, ',');
  guint n;

  if (comma != NULL)
    {
      g_autofree char *last = g_strstrip (g_strndup (full, comma - full));
      g_autofree char *rest = g_strstrip (g_strdup (comma + 1));
      const char *space = strchr (rest, ' ');

      hustings_contact_set_field (contact, HUSTINGS_CONTACT_LAST_NAME, last);
      if (space != NULL)
        {
          g_autofree char *first = g_strndup (rest, space - rest);

          hustings_contact_set_field (contact, HUSTINGS_CONTACT_FIRST_NAME, first);
          hustings_contact_set_field (contact, HUSTINGS_CONTACT_MIDDLE_NAME,
                                      g_strchug ((char *) space));
        }
      else
        hustings_contact_set_field (contact, HUSTINGS_CONTACT_FIRST_NAME, rest);
      return;
    }

  words = g_strsplit_set (full, " ", -1);
  n = g_strv_length (words);
  if (n == 1)
    {
      hustings_contact_set_field (contact, HUSTINGS_CONTACT_LAST_NAME, words[0]);
      return;
    }
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_FIRST_NAME, words[0]);
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_LAST_NAME, words[n - 1]);
  if (n > 2)
    {
      g_autofree char *middle = NULL;

      g_free (words[n - 1]);
      words[n - 1] = NULL;
      middle = g_strjoinv (" ", words + 1);
      hustings_contact_set_field (contact, HUSTINGS_CONTACT_MIDDLE_NAME, middle);
    }
}

static char **
split_list (const char *text, const char *separators)
{
  g_auto(GStrv) parts = g_strsplit_set (text, separators, -1);
  GPtrArray *list = g_ptr_array_new ();

  for (guint i = 0; parts[i]; i++)
    {
      char *item = g_strstrip (parts[i]);

      if (*item)
        g_ptr_array_add (list, g_strdup (item));
    }
  g_ptr_array_add (list, NULL);
  return (char **) g_ptr_array_free (list, FALSE);
}

static const struct {
  HustingsImportField  field;
  HustingsContactField contact;
} row_contact_fields[] = {
  { HUSTINGS_FIELD_PREFIX,      HUSTINGS_CONTACT_PREFIX },
  { HUSTINGS_FIELD_FIRST_NAME,  HUSTINGS_CONTACT_FIRST_NAME },
  { HUSTINGS_FIELD_MIDDLE_NAME, HUSTINGS_CONTACT_MIDDLE_NAME },
  { HUSTINGS_FIELD_LAST_NAME,   HUSTINGS_CONTACT_LAST_NAME },
  { HUSTINGS_FIELD_SUFFIX,      HUSTINGS_CONTACT_SUFFIX },
  { HUSTINGS_FIELD_ORG_NAME,    HUSTINGS_CONTACT_ORG_NAME },
  { HUSTINGS_FIELD_STREET1,     HUSTINGS_CONTACT_STREET1 },
  { HUSTINGS_FIELD_STREET2,     HUSTINGS_CONTACT_STREET2 },
  { HUSTINGS_FIELD_CITY,        HUSTINGS_CONTACT_CITY },
  { HUSTINGS_FIELD_STATE,       HUSTINGS_CONTACT_STATE },
  { HUSTINGS_FIELD_ZIP,         HUSTINGS_CONTACT_ZIP },
  { HUSTINGS_FIELD_EMPLOYER,    HUSTINGS_CONTACT_EMPLOYER },
  { HUSTINGS_FIELD_OCCUPATION,  HUSTINGS_CONTACT_OCCUPATION },
  { HUSTINGS_FIELD_FEC_ID,      HUSTINGS_CONTACT_FEC_ID },
  { HUSTINGS_FIELD_NOTES,       HUSTINGS_CONTACT_NOTES },
};

/* The identity keys of a contact as an import reads it. */
static void
identity_of_contact (Identity        *id,
                     HustingsContact *c)
{
  const char * const *emails = hustings_contact_get_emails (c);

  identity_set (id, hustings_entity_type_is_person (hustings_contact_get_entity_type (c)),
                hustings_contact_get_field (c, HUSTINGS_CONTACT_FIRST_NAME),
                hustings_contact_get_field (c, HUSTINGS_CONTACT_LAST_NAME),
                hustings_contact_get_field (c, HUSTINGS_CONTACT_ORG_NAME),
                hustings_contact_get_field (c, HUSTINGS_CONTACT_STREET1),
                hustings_contact_get_field (c, HUSTINGS_CONTACT_CITY),
                hustings_contact_get_field (c, HUSTINGS_CONTACT_ZIP),
                emails[0] ? emails[0] : "");
}

/* Reads the row's donor into pass->contact and checks it as the contact form would. */
static gboolean
read_person (Pass *pass)
{
  const char * const *v = pass->row.v;
  HustingsContact *c = pass->contact;
  HustingsEntityType type = HUSTINGS_ENTITY_IND;
  g_autofree char *state = g_ascii_strup (v[HUSTINGS_FIELD_STATE], -1);
  g_autofree char *zip = normalize_zip (v[HUSTINGS_FIELD_ZIP]);
  g_auto(GStrv) emails = split_list (v[HUSTINGS_FIELD_EMAIL], ";, ");
  g_auto(GStrv) phones = split_list (v[HUSTINGS_FIELD_PHONE], ";");
  g_auto(GStrv) tags = split_list (v[HUSTINGS_FIELD_TAGS], ";,");
  g_autoptr(GError) error = NULL;

  if (*v[HUSTINGS_FIELD_ENTITY_TYPE])
    {
      if (!parse_entity (v[HUSTINGS_FIELD_ENTITY_TYPE], &type))
        {
          reject (pass, _("The entity type “%s” is not one Hustings knows (IND, ORG, PAC, PTY, "
                          "CCM, CAN or COM)."), v[HUSTINGS_FIELD_ENTITY_TYPE]);
          return FALSE;
        }
    }
  else if (*v[HUSTINGS_FIELD_ORG_NAME] && !*v[HUSTINGS_FIELD_FIRST_NAME] &&
           !*v[HUSTINGS_FIELD_LAST_NAME] && !*v[HUSTINGS_FIELD_FULL_NAME])
    type = HUSTINGS_ENTITY_ORG;

  hustings_contact_set_entity_type (c, type);
  for (guint i = 0; i < G_N_ELEMENTS (row_contact_fields); i++)
    hustings_contact_set_field (c, row_contact_fields[i].contact, v[row_contact_fields[i].field]);
  hustings_contact_set_field (c, HUSTINGS_CONTACT_STATE, state);
  hustings_contact_set_field (c, HUSTINGS_CONTACT_ZIP, zip);
  if (*v[HUSTINGS_FIELD_FULL_NAME] && hustings_entity_type_is_person (type) &&
      !*v[HUSTINGS_FIELD_FIRST_NAME] && !*v[HUSTINGS_FIELD_LAST_NAME])
    split_full_name (c, v[HUSTINGS_FIELD_FULL_NAME]);
  else if (*v[HUSTINGS_FIELD_FULL_NAME] && !hustings_entity_type_is_person (type) &&
           !*v[HUSTINGS_FIELD_ORG_NAME])
    hustings_contact_set_field (c, HUSTINGS_CONTACT_ORG_NAME, v[HUSTINGS_FIELD_FULL_NAME]);
  hustings_contact_set_emails (c, (const char * const *) emails);
  hustings_contact_set_phones (c, (const char * const *) phones);
  hustings_contact_set_tags (c, (const char * const *) tags);

  if (!hustings_contact_validate (c, &error))
    {
      reject (pass, "%s.", error->message);
      return FALSE;
    }

  identity_of_contact (&pass->id, c);
  return TRUE;
}

/* Adds an email, phone or tag to a contact; position is where an email or phone goes. */
static gboolean
add_list_item (Pass        *pass,
               gint64       contact_id,
               const char  *what,
               const char  *value,
               int          position,
               GError     **error)
{
  sqlite3_stmt *stmt;

  if (strcmp (what, "email") == 0)
    stmt = hustings_committee_file_prepare (pass->file,
      "INSERT OR FAIL INTO contact_email (contact_id, email, position) VALUES (?1, ?2, ?3)", error);
  else if (strcmp (what, "phone") == 0)
    stmt = hustings_committee_file_prepare (pass->file,
      "INSERT OR FAIL INTO contact_phone (contact_id, phone, position) VALUES (?1, ?2, ?3)", error);
  else
    {
      stmt = hustings_committee_file_prepare (pass->file,
        "INSERT INTO tag (name) VALUES (?1) ON CONFLICT (name) DO NOTHING", error);
      if (stmt == NULL)
        return FALSE;
      hustings_bind_text (stmt, 1, value);
      if (!step_done (pass, stmt, error))
        return FALSE;
      stmt = hustings_committee_file_prepare (pass->file,
        "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id)"
        " SELECT ?1, id FROM tag WHERE name = ?2", error);
    }
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  hustings_bind_text (stmt, 2, value);
  if (sqlite3_bind_parameter_count (stmt) >= 3)
    sqlite3_bind_int (stmt, 3, position);
  return step_done (pass, stmt, error);
}

static gboolean
insert_contact (Pass *pass, gint64 *out_id, GError **error)
{
  HustingsContact *c = pass->contact;
  g_autofree char *sort_name = hustings_contact_dup_sort_name (c);
  sqlite3_stmt *stmt;
  const char * const *lists[3];
  static const char * const list_names[3] = { "email", "phone", "tag" };

  stmt = hustings_committee_file_prepare (pass->file,
    "INSERT OR FAIL INTO contact (entity_type, prefix, first_name, middle_name, last_name, suffix,"
    " org_name, street1, street2, city, state, zip, employer, occupation, fec_id, notes,"
    " display_name, sort_name, created_at, updated_at, batch_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,"
    " ?19, ?19, ?20)", error);
  if (stmt == NULL)
    return FALSE;
  hustings_bind_static (stmt, 1,
                      hustings_entity_type_to_code (hustings_contact_get_entity_type (c)));
  for (guint f = 0; f < HUSTINGS_CONTACT_N_FIELDS; f++)
    hustings_bind_static (stmt, 2 + f, hustings_contact_get_field (c, f));
  hustings_bind_static (stmt, 17, hustings_contact_get_display_name (c));
  hustings_bind_static (stmt, 18, sort_name);
  hustings_bind_static (stmt, 19, pass->now);
  sqlite3_bind_int64 (stmt, 20, pass->batch_id);
  if (!step_done (pass, stmt, error))
    return FALSE;
  *out_id = sqlite3_last_insert_rowid (hustings_committee_file_get_db (pass->file));

  lists[0] = hustings_contact_get_emails (c);
  lists[1] = hustings_contact_get_phones (c);
  lists[2] = hustings_contact_get_tags (c);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l][i]; i++)
      if (!add_list_item (pass, *out_id, list_names[l], lists[l][i], (int) i, error))
        return FALSE;
  return TRUE;
}

/* Records a change the import made to an existing contact, for undo: the first old value of
 * a field stays, the new value follows the last change. */
static gboolean
record_change (Pass        *pass,
               Known       *k,
               const char  *field,
               const char  *old_value,
               const char  *new_value,
               GError     **error)
{
  sqlite3_stmt *stmt = hustings_committee_file_prepare (pass->file,
    "INSERT INTO import_change (batch_id, contact_id, field, old_value, new_value)"
    " VALUES (?1, ?2, ?3, ?4, ?5)"
    " ON CONFLICT (batch_id, contact_id, field) DO UPDATE SET new_value = excluded.new_value",
    error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pass->batch_id);
  sqlite3_bind_int64 (stmt, 2, k->id);
  hustings_bind_text (stmt, 3, field);
  hustings_bind_text (stmt, 4, old_value);
  hustings_bind_text (stmt, 5, new_value);
  if (!step_done (pass, stmt, error))
    return FALSE;
  if (!k->updated)
    {
      k->updated = TRUE;
      pass->self->summary.contacts_updated++;
      /* Changed since an earlier import made it: undoing that one keeps it. */
      stmt = hustings_committee_file_prepare (pass->file,
        "UPDATE contact SET batch_id = NULL WHERE id = ?1 AND batch_id IS NOT NULL", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, k->id);
      return step_done (pass, stmt, error);
    }
  return TRUE;
}

/* Column names of the contact fields an import may change, for the statements below. */
static const char *
contact_column (HustingsContactField field)
{
  static const char * const columns[HUSTINGS_CONTACT_N_FIELDS] = {
    "prefix", "first_name", "middle_name", "last_name", "suffix", "org_name", "street1",
    "street2", "city", "state", "zip", "employer", "occupation", "fec_id", "notes",
  };

  return columns[field];
}

/* The statements that read and write one contact field, prepared once per import. */
static sqlite3_stmt *
field_statement (Pass                 *pass,
                 HustingsContactField  field,
                 gboolean              update,
                 GError              **error)
{
  sqlite3_stmt **stmt = &pass->field_stmts[field][update];

  if (*stmt == NULL)
    {
      const char *column = contact_column (field);
      g_autofree char *sql = update
        ? g_strdup_printf ("UPDATE contact SET %s = ?2, updated_at = ?3 WHERE id = ?1", column)
        : g_strdup_printf ("SELECT %s FROM contact WHERE id = ?1", column);

      if (sqlite3_prepare_v3 (hustings_committee_file_get_db (pass->file), sql, -1,
                              SQLITE_PREPARE_PERSISTENT, stmt, NULL) != SQLITE_OK)
        {
          hustings_committee_file_set_sql_error (pass->file, error);
          return NULL;
        }
    }
  sqlite3_reset (*stmt);
  return *stmt;
}

/* Sets a field of an existing contact, recording the change for undo. */
static gboolean
set_contact_field (Pass                 *pass,
                   Known                *k,
                   HustingsContactField  field,
                   const char           *value,
                   GError              **error)
{
  sqlite3_stmt *select = field_statement (pass, field, FALSE, error);
  sqlite3_stmt *update;
  g_autofree char *old_value = NULL;

  if (select == NULL)
    return FALSE;
  sqlite3_bind_int64 (select, 1, k->id);
  if (sqlite3_step (select) == SQLITE_ROW)
    old_value = g_strdup (hustings_column_text (select, 0));
  sqlite3_reset (select);
  if (g_strcmp0 (old_value, value) == 0)
    return TRUE;

  update = field_statement (pass, field, TRUE, error);
  if (update == NULL)
    return FALSE;
  sqlite3_bind_int64 (update, 1, k->id);
  hustings_bind_static (update, 2, value);
  hustings_bind_static (update, 3, pass->now);
  /* A contact this import made goes whole when it is undone: nothing to put back. */
  return step_done (pass, update, error) &&
         (k->created ||
          record_change (pass, k, contact_column (field), old_value ? old_value : "", value,
                         error));
}

/* Adds an email, phone or tag to an existing contact unless it has it, recording it. */
static gboolean
add_item_if_new (Pass        *pass,
                 Known       *k,
                 const char  *what,
                 const char  *value,
                 GError     **error)
{
  g_autofree char *field = g_strconcat (what, ":", value, NULL);
  sqlite3_stmt *stmt;
  gboolean present;
  int position = 0;

  if (strcmp (what, "email") == 0)
    stmt = hustings_committee_file_prepare (pass->file,
      "SELECT max(email = ?2 COLLATE NOCASE), coalesce(max(position) + 1, 0)"
      " FROM contact_email WHERE contact_id = ?1", error);
  else if (strcmp (what, "phone") == 0)
    stmt = hustings_committee_file_prepare (pass->file,
      "SELECT max(phone = ?2), coalesce(max(position) + 1, 0)"
      " FROM contact_phone WHERE contact_id = ?1", error);
  else
    stmt = hustings_committee_file_prepare (pass->file,
      "SELECT count(*), 0 FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
      " WHERE ct.contact_id = ?1 AND t.name = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, k->id);
  hustings_bind_text (stmt, 2, value);
  present = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) > 0;
  position = sqlite3_column_int (stmt, 1);
  sqlite3_reset (stmt);
  if (present)
    return TRUE;

  return add_list_item (pass, k->id, what, value, position, error) &&
         (k->created || record_change (pass, k, field, "", value, error));
}

/* Brings what the row says about a matched contact into it: a donation import updates the
 * employer and occupation, fills an empty address and adds new emails, phones and tags; a
 * contact import also replaces the address, FEC ID and notes the row fills (never the name,
 * which is what matched). */
static gboolean
update_known (Pass *pass, Known *k, GError **error)
{
  HustingsContact *c = pass->contact;
  gboolean contacts = pass->self->format->kind == HUSTINGS_IMPORT_CONTACTS;
  const char * const *emails = hustings_contact_get_emails (c);
  const char * const *phones = hustings_contact_get_phones (c);
  const char * const *tags = hustings_contact_get_tags (c);
  const char *employer = hustings_contact_get_field (c, HUSTINGS_CONTACT_EMPLOYER);
  const char *occupation = hustings_contact_get_field (c, HUSTINGS_CONTACT_OCCUPATION);

  if (*employer && strcmp (employer, k->employer) != 0)
    {
      if (!set_contact_field (pass, k, HUSTINGS_CONTACT_EMPLOYER, employer, error))
        return FALSE;
      k->employer = intern (&pass->m, employer);
    }
  if (*occupation && strcmp (occupation, k->occupation) != 0)
    {
      if (!set_contact_field (pass, k, HUSTINGS_CONTACT_OCCUPATION, occupation, error))
        return FALSE;
      k->occupation = intern (&pass->m, occupation);
    }

  if (contacts || (!*k->street && *hustings_contact_get_field (c, HUSTINGS_CONTACT_STREET1)))
    {
      /* The name is what matched: it stays as the contact has it. */
      for (guint f = HUSTINGS_CONTACT_STREET1; f < HUSTINGS_CONTACT_N_FIELDS; f++)
        {
          const char *value = hustings_contact_get_field (c, f);
          gboolean address = f <= HUSTINGS_CONTACT_ZIP;

          if (*value && (contacts || address) && f != HUSTINGS_CONTACT_EMPLOYER &&
              f != HUSTINGS_CONTACT_OCCUPATION &&
              !set_contact_field (pass, k, f, value, error))
            return FALSE;
        }
      k->street = intern (&pass->m, pass->id.street->str);
    }

  for (guint i = 0; emails[i]; i++)
    {
      g_autofree char *folded = g_ascii_strdown (emails[i], -1);
      Known *owner = g_hash_table_lookup (pass->m.by_email, folded);

      /* An address another contact has stays theirs. */
      if (owner == NULL)
        {
          if (!add_item_if_new (pass, k, "email", emails[i], error))
            return FALSE;
          index_key (&pass->m, pass->m.by_email, folded, k);
        }
    }
  for (guint i = 0; phones[i] && (contacts || !k->has_phone); i++)
    if (!add_item_if_new (pass, k, "phone", phones[i], error))
      return FALSE;
  k->has_phone |= phones[0] != NULL;
  for (guint i = 0; tags[i]; i++)
    if (!add_item_if_new (pass, k, "tag", tags[i], error))
      return FALSE;
  return TRUE;
}

/* The user's "same person" decisions, by donor key, once the contacts are loaded. */
static GHashTable *
collect_decisions (HustingsImport *self, Matcher *m)
{
  GHashTable *decisions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->uncertain_by_key);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint index = GPOINTER_TO_UINT (value) - 1;
      HustingsImportMatch *match = g_ptr_array_index (self->uncertain, index);
      Known *k = g_hash_table_lookup (m->by_id, &match->contact_id);

      if (match->same_person && k != NULL)
        g_hash_table_insert (decisions, g_strdup (key), k);
    }
  return decisions;
}

/* Lists a donor that may be contact k, once per donor (pass->scratch holds its key). */
static void
note_uncertain (Pass *pass, Known *k, const char *reason)
{
  HustingsImport *self = pass->self;
  HustingsContact *c = pass->contact;
  const char * const *emails = hustings_contact_get_emails (c);
  HustingsImportMatch *match = g_new0 (HustingsImportMatch, 1);

  match->donor = describe_person (hustings_contact_get_display_name (c),
                                  hustings_contact_get_field (c, HUSTINGS_CONTACT_STREET1),
                                  hustings_contact_get_field (c, HUSTINGS_CONTACT_CITY),
                                  hustings_contact_get_field (c, HUSTINGS_CONTACT_STATE),
                                  hustings_contact_get_field (c, HUSTINGS_CONTACT_ZIP),
                                  emails[0] ? emails[0] : "");
  match->line = pass->row.line;
  match->contact_id = k->id;
  match->contact = describe_contact (pass, k->id);
  match->reason = g_strdup (_(reason));
  g_ptr_array_add (self->uncertain, match);
  g_hash_table_insert (self->uncertain_by_key, g_strdup (pass->scratch->str),
                       GUINT_TO_POINTER (self->uncertain->len));
}

/* Loads the contacts for matching, the first time a row needs them: a file whose rows were
 * all imported before needs none. */
static gboolean
ensure_matcher (Pass *pass, GError **error)
{
  if (pass->matcher_loaded)
    return TRUE;
  pass->matcher_loaded = TRUE;
  if (!matcher_load (&pass->m, pass->file, error))
    return FALSE;
  pass->decisions = collect_decisions (pass->self, &pass->m);
  return TRUE;
}

/* The row's donor (read by read_person): a contact it matches, or a new one. *out_created says
 * which. */
static gboolean
resolve_donor (Pass      *pass,
               gint64    *out_id,
               gboolean  *out_created,
               GError   **error)
{
  HustingsImport *self = pass->self;
  const char *reason = NULL;
  Known *k = NULL;
  MatchKind kind;

  if (!ensure_matcher (pass, error))
    return FALSE;
  kind = matcher_find (&pass->m, &pass->id, &k, &reason);

  if (kind == MATCH_UNSURE)
    {
      Known *chosen;

      g_string_printf (pass->scratch, "%s\x1f%s\x1f%s", pass->id.name->str, pass->id.zip5->str,
                       pass->id.email->str);
      chosen = pass->decisions ? g_hash_table_lookup (pass->decisions, pass->scratch->str) : NULL;
      if (chosen != NULL)
        {
          k = chosen;
          kind = MATCH_SURE;
        }
      else
        {
          if (!g_hash_table_contains (self->uncertain_by_key, pass->scratch->str))
            note_uncertain (pass, k, reason);
          kind = MATCH_NONE;
        }
    }

  if (kind == MATCH_SURE)
    {
      if (!k->created && !k->matched)
        {
          k->matched = TRUE;
          self->summary.contacts_matched++;
        }
      *out_id = k->id;
      *out_created = FALSE;
      return update_known (pass, k, error);
    }

  if (!insert_contact (pass, out_id, error))
    return FALSE;
  k = matcher_add (&pass->m, *out_id, &pass->id,
                   hustings_contact_get_field (pass->contact, HUSTINGS_CONTACT_EMPLOYER),
                   hustings_contact_get_field (pass->contact, HUSTINGS_CONTACT_OCCUPATION),
                   hustings_contact_get_phones (pass->contact)[0] != NULL);
  k->created = TRUE;
  self->summary.contacts_created++;
  *out_created = TRUE;
  return TRUE;
}

/* ---- Triggers an import takes out ---- */

/* The triggers an import replaces with the set-wise statements of finish_batch. */
static const char * const bulk_triggers[] = {
  "contact_fts_insert", "contact_fts_update", "contact_email_fts_insert",
  "donation_totals_insert",
};

/* Takes the triggers out for the rest of the transaction, keeping their definitions. */
static gboolean
drop_triggers (Pass *pass, GError **error)
{
  sqlite3 *db = hustings_committee_file_get_db (pass->file);

  for (guint i = 0; i < G_N_ELEMENTS (bulk_triggers); i++)
    {
      g_autofree char *drop = g_strdup_printf ("DROP TRIGGER %s", bulk_triggers[i]);
      sqlite3_stmt *stmt = hustings_committee_file_prepare (pass->file,
        "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?1", error);

      if (stmt == NULL)
        return FALSE;
      hustings_bind_text (stmt, 1, bulk_triggers[i]);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          sqlite3_reset (stmt);
          return hustings_committee_file_set_sql_error (pass->file, error);
        }
      g_ptr_array_add (pass->dropped, g_strdup (hustings_column_text (stmt, 0)));
      sqlite3_reset (stmt);
      if (sqlite3_exec (db, drop, NULL, NULL, NULL) != SQLITE_OK)
        return hustings_committee_file_set_sql_error (pass->file, error);
    }
  return TRUE;
}

static gboolean
restore_triggers (Pass *pass, GError **error)
{
  sqlite3 *db = hustings_committee_file_get_db (pass->file);

  for (guint i = 0; i < pass->dropped->len; i++)
    if (sqlite3_exec (db, g_ptr_array_index (pass->dropped, i), NULL, NULL, NULL) != SQLITE_OK)
      return hustings_committee_file_set_sql_error (pass->file, error);
  g_ptr_array_set_size (pass->dropped, 0);
  return TRUE;
}

/* ---- Donations ---- */

typedef struct {
  gint64         id;
  gint64         contact_id;
  gint64         amount;
  char           date[11];
  char           election[8];
  gboolean       has_election;
  gboolean       presumed;
  int            cycle;
  HustingsMethod method;
} Gift;

#define GIFT_COLUMNS \
  "id, contact_id, amount_cents, date_received, election, election_presumed, cycle, method"

static void
gift_from_row (Gift *gift, sqlite3_stmt *stmt)
{
  gift->id = sqlite3_column_int64 (stmt, 0);
  gift->contact_id = sqlite3_column_int64 (stmt, 1);
  gift->amount = sqlite3_column_int64 (stmt, 2);
  g_strlcpy (gift->date, hustings_column_text (stmt, 3), sizeof gift->date);
  gift->has_election = sqlite3_column_type (stmt, 4) != SQLITE_NULL;
  g_strlcpy (gift->election, hustings_column_text (stmt, 4), sizeof gift->election);
  gift->presumed = sqlite3_column_int (stmt, 5);
  gift->cycle = sqlite3_column_int (stmt, 6);
  gift->method = HUSTINGS_METHOD_CHECK;
  hustings_method_from_string (hustings_column_text (stmt, 7), &gift->method);
}

/* Steps stmt once; TRUE with *gift filled when it gave a row. */
static gboolean
fetch_gift (sqlite3_stmt *stmt, Gift *gift)
{
  gboolean found = sqlite3_step (stmt) == SQLITE_ROW;

  if (found)
    gift_from_row (gift, stmt);
  sqlite3_reset (stmt);
  return found;
}

static gboolean
find_by_key (Pass *pass, const char *source, const char *key, Gift *gift, GError **error)
{
  sqlite3_stmt *stmt = hustings_committee_file_prepare (pass->file,
    "SELECT " GIFT_COLUMNS " FROM donation WHERE source = ?1 AND source_id = ?2", error);

  if (stmt == NULL || *key == '\0')
    return FALSE;
  hustings_bind_text (stmt, 1, source);
  hustings_bind_text (stmt, 2, key);
  return fetch_gift (stmt, gift);
}

static gboolean
find_by_id (Pass *pass, gint64 id, Gift *gift)
{
  sqlite3_stmt *stmt = hustings_committee_file_prepare (pass->file,
    "SELECT " GIFT_COLUMNS " FROM donation WHERE id = ?1", NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return fetch_gift (stmt, gift);
}

/* A gift whose id is key under any source (a check refund of an ActBlue gift, say). */
static gboolean
find_by_any_source (Pass *pass, const char *key, Gift *gift)
{
  sqlite3_stmt *stmt = hustings_committee_file_prepare (pass->file,
    "SELECT " GIFT_COLUMNS " FROM donation WHERE source_id = ?1 AND amount_cents > 0"
    " ORDER BY id LIMIT 1", NULL);

  if (stmt == NULL)
    return FALSE;
  hustings_bind_text (stmt, 1, key);
  return fetch_gift (stmt, gift);
}

/* A row without an id: the n-th time this file has the same contact, date and amount matches
 * the n-th such row without an id already in the file (a hand entry, or an earlier import of
 * the same file). Counts this time, and says which it is (from 0). */
static guint
next_occurrence (Pass       *pass,
                 gint64      contact_id,
                 const char *source,
                 const char *date,
                 gint64      amount)
{
  guint occurrence;

  g_string_printf (pass->scratch, "%" G_GINT64_FORMAT "|%s|%" G_GINT64_FORMAT "|%s",
                   contact_id, date, amount, source);
  occurrence = GPOINTER_TO_UINT (g_hash_table_lookup (pass->occurrences, pass->scratch->str));
  g_hash_table_insert (pass->occurrences, g_strdup (pass->scratch->str),
                       GUINT_TO_POINTER (occurrence + 1));
  return occurrence;
}

/* The receipt without an id that a row without one is (see next_occurrence). */
static gboolean
find_keyless (Pass        *pass,
              gint64       contact_id,
              const char  *source,
              const char  *date,
              gint64       amount,
              Gift        *gift)
{
  guint occurrence = next_occurrence (pass, contact_id, source, date, amount);
  sqlite3_stmt *stmt = hustings_committee_file_prepare (pass->file,
    "SELECT " GIFT_COLUMNS " FROM donation INDEXED BY donation_contact"
    " WHERE contact_id = ?1 AND date_received = ?2 AND amount_cents = ?3 AND source = ?4"
    " AND source_id IS NULL ORDER BY id LIMIT 1 OFFSET ?5", NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  hustings_bind_text (stmt, 2, date);
  sqlite3_bind_int64 (stmt, 3, amount);
  hustings_bind_text (stmt, 4, source);
  sqlite3_bind_int (stmt, 5, occurrence);
  return fetch_gift (stmt, gift);
}

/* What is left to refund of a gift. */
static gint64
refundable (Pass *pass, const Gift *gift)
{
  sqlite3_stmt *stmt = hustings_committee_file_prepare (pass->file,
    "SELECT coalesce(sum(amount_cents), 0) FROM donation WHERE refund_of = ?1", NULL);
  gint64 refunded = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, gift->id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    refunded = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return gift->amount + refunded;
}

typedef struct {
  char           *date;
  gint64          amount;
  gint64          fee;
  HustingsMethod  method;
  const char     *election;    /* NULL: presumed */
  const char     *source;
  const char     *key;         /* "" when the row has none */
  const char     *conduit;
  gboolean        recurring;
  char           *refund_date; /* for a gift that was refunded */
  gboolean        refund_row;  /* the row is a refund by itself, with its own check and method */
} Receipt;

static void
receipt_clear (Receipt *r)
{
  g_free (r->date);
  g_free (r->refund_date);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Receipt, receipt_clear)

static void
add_total (Known *k, const char *period, gint64 cents)
{
  Total total = { { 0, }, cents, cents > 0 };

  if (k->totals == NULL)
    k->totals = g_array_sized_new (FALSE, FALSE, sizeof (Total), 3);
  for (guint i = 0; i < k->totals->len; i++)
    {
      Total *t = &g_array_index (k->totals, Total, i);

      if (strcmp (t->period, period) == 0)
        {
          t->cents += total.cents;
          t->gifts += total.gifts;
          return;
        }
    }
  g_strlcpy (total.period, period, sizeof total.period);
  g_array_append_val (k->totals, total);
}

/* Keeps what a new receipt adds to its donor's totals (written by write_totals). */
static void
count_receipt (Pass *pass, const Gift *gift)
{
  Known *k = g_hash_table_lookup (pass->m.by_id, &gift->contact_id);
  char period[8];

  g_return_if_fail (k != NULL);

  g_snprintf (period, sizeof period, "C:%d", gift->cycle);
  add_total (k, period, gift->amount);
  g_snprintf (period, sizeof period, "Y:%.4s", gift->date);
  add_total (k, period, gift->amount);
  if (gift->has_election)
    {
      g_snprintf (period, sizeof period, "E:%s", gift->election);
      add_total (k, period, gift->amount);
    }
  if (gift->amount > 0 && strcmp (gift->date, k->last_gift) > 0)
    g_strlcpy (k->last_gift, gift->date, sizeof k->last_gift);
}

/* Inserts a receipt; for a refund, refund_of is the gift and the refund takes its donor,
 * election and cycle. */
static gboolean
insert_receipt (Pass          *pass,
                const Receipt *r,
                gint64         contact_id,
                const char    *date,
                gint64         amount,
                const char    *key,
                const Gift    *refund_of,
                Gift          *out_gift,
                GError       **error)
{
  const HustingsElection *presumed = NULL;
  sqlite3_stmt *stmt;

  /* The totals are kept per contact (see count_receipt). */
  if (!ensure_matcher (pass, error))
    return FALSE;
  stmt = hustings_committee_file_prepare (pass->file,
    "INSERT OR FAIL INTO donation (contact_id, date_received, amount_cents, method, election,"
    " election_presumed, cycle, check_number, source, source_id, memo, refund_of, conduit,"
    " fee_cents, recurring, created_at, updated_at, batch_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16, ?17)",
    error);

  if (stmt == NULL)
    return FALSE;
  out_gift->contact_id = refund_of ? refund_of->contact_id : contact_id;
  out_gift->amount = amount;
  g_strlcpy (out_gift->date, date, sizeof out_gift->date);
  out_gift->method = r->method;
  if (refund_of != NULL)
    {
      out_gift->has_election = refund_of->has_election;
      memcpy (out_gift->election, refund_of->election, sizeof out_gift->election);
      out_gift->presumed = refund_of->presumed;
      out_gift->cycle = refund_of->cycle;
      if (!r->refund_row || !*pass->row.v[HUSTINGS_FIELD_METHOD])
        out_gift->method = refund_of->method;
    }
  else
    {
      if (r->election == NULL)
        presumed = hustings_committee_presumed_election (pass->committee, date);
      out_gift->has_election = r->election != NULL || presumed != NULL;
      g_strlcpy (out_gift->election, r->election ? r->election : presumed ? presumed->code : "",
                 sizeof out_gift->election);
      out_gift->presumed = r->election == NULL;
      out_gift->cycle = hustings_cycle_for_date (date);
    }

  sqlite3_bind_int64 (stmt, 1, out_gift->contact_id);
  hustings_bind_static (stmt, 2, date);
  sqlite3_bind_int64 (stmt, 3, amount);
  hustings_bind_static (stmt, 4, hustings_method_to_string (out_gift->method));
  if (out_gift->has_election)
    hustings_bind_static (stmt, 5, out_gift->election);
  sqlite3_bind_int (stmt, 6, out_gift->presumed);
  sqlite3_bind_int (stmt, 7, out_gift->cycle);
  hustings_bind_static (stmt, 8, refund_of && !r->refund_row
                                 ? "" : pass->row.v[HUSTINGS_FIELD_CHECK_NUMBER]);
  hustings_bind_static (stmt, 9, r->source);
  if (*key)
    sqlite3_bind_text (stmt, 10, key, -1, SQLITE_TRANSIENT);
  hustings_bind_static (stmt, 11, pass->row.v[HUSTINGS_FIELD_MEMO]);
  if (refund_of != NULL)
    sqlite3_bind_int64 (stmt, 12, refund_of->id);
  hustings_bind_static (stmt, 13, r->conduit);
  sqlite3_bind_int64 (stmt, 14, refund_of ? 0 : r->fee);
  sqlite3_bind_int (stmt, 15, refund_of ? 0 : r->recurring);
  hustings_bind_static (stmt, 16, pass->now);
  sqlite3_bind_int64 (stmt, 17, pass->batch_id);
  if (!step_done (pass, stmt, error))
    return FALSE;
  out_gift->id = sqlite3_last_insert_rowid (hustings_committee_file_get_db (pass->file));

  count_receipt (pass, out_gift);
  if (amount > 0)
    pass->self->summary.donations_added++;
  else
    pass->self->summary.refunds_added++;
  pass->self->summary.total_cents += amount;
  if (*pass->row.v[HUSTINGS_FIELD_ROW_ID])
    g_hash_table_insert (pass->row_ids, g_strdup (pass->row.v[HUSTINGS_FIELD_ROW_ID]),
                         g_memdup2 (&out_gift->id, sizeof out_gift->id));
  return TRUE;
}

static void
remember_row_id (Pass *pass, const Gift *gift)
{
  if (*pass->row.v[HUSTINGS_FIELD_ROW_ID])
    g_hash_table_insert (pass->row_ids, g_strdup (pass->row.v[HUSTINGS_FIELD_ROW_ID]),
                         g_memdup2 (&gift->id, sizeof gift->id));
}

/* Refunds what is left of gift, up to amount (positive), on date; reject when the date is
 * before the gift. added says whether the row already added the gift. */
static gboolean
refund_gift (Pass          *pass,
             const Receipt *r,
             const Gift    *gift,
             const char    *date,
             gint64         amount,
             const char    *key,
             gboolean       added,
             GError       **error)
{
  Gift refund;
  gint64 left;

  if (strcmp (date, gift->date) < 0)
    {
      reject (pass, _("The refund is dated %s, before the gift it returns (%s)."), date,
              gift->date);
      return TRUE;
    }
  if (*key ? find_by_key (pass, r->source, key, &refund, error)
           : find_keyless (pass, gift->contact_id, r->source, date, -amount, &refund))
    {
      if (!added)
        pass->self->summary.duplicates_skipped++;
      return TRUE;
    }
  left = refundable (pass, gift);
  if (left <= 0)
    {
      /* Refunded already (by hand, say): nothing more to return. */
      if (!added)
        pass->self->summary.duplicates_skipped++;
      return TRUE;
    }
  if (amount > left)
    {
      g_autofree char *text = hustings_money_format (left);

      reject (pass, _("The refund is more than is left of the gift to refund (%s)."), text);
      return TRUE;
    }
  return insert_receipt (pass, r, gift->contact_id, date, -amount, key, gift, &refund, error);
}

/* A row that is only a refund (a negative amount, or a "refund of" id): finds the gift it
 * returns and refunds it. */
static gboolean
import_refund (Pass *pass, Receipt *r, GError **error)
{
  const char *refund_of = pass->row.v[HUSTINGS_FIELD_REFUND_OF];
  gint64 amount = r->amount < 0 ? -r->amount : r->amount;
  Gift gift;

  r->refund_row = TRUE;
  if (*refund_of)
    {
      gint64 *id = g_hash_table_lookup (pass->row_ids, refund_of);
      gboolean found = find_by_key (pass, r->source, refund_of, &gift, error) ||
                       (id != NULL && find_by_id (pass, *id, &gift)) ||
                       find_by_any_source (pass, refund_of, &gift);

      if (!found)
        {
          reject (pass, _("This refund returns gift “%s”, which is neither in the committee "
                          "file nor earlier in this file."), refund_of);
          return TRUE;
        }
    }
  else
    {
      const char *reason = NULL;
      Known *k = NULL;
      sqlite3_stmt *stmt;

      if (!read_person (pass))
        return TRUE;
      if (!ensure_matcher (pass, error))
        return FALSE;
      if (matcher_find (&pass->m, &pass->id, &k, &reason) != MATCH_SURE)
        {
          reject (pass, _("This refund of %s does not say which gift it returns, and its donor "
                          "%s is not a contact."), pass->row.v[HUSTINGS_FIELD_AMOUNT],
                  hustings_contact_get_display_name (pass->contact));
          return TRUE;
        }
      stmt = hustings_committee_file_prepare (pass->file,
        "SELECT " GIFT_COLUMNS " FROM donation d INDEXED BY donation_contact"
        " WHERE contact_id = ?1 AND date_received <= ?2 AND amount_cents > 0"
        " AND amount_cents + (SELECT coalesce(sum(r.amount_cents), 0) FROM donation r"
        "                     WHERE r.refund_of = d.id) >= ?3"
        " ORDER BY date_received DESC, id DESC LIMIT 1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, k->id);
      hustings_bind_text (stmt, 2, r->date);
      sqlite3_bind_int64 (stmt, 3, amount);
      if (!fetch_gift (stmt, &gift))
        {
          g_autofree char *money = hustings_money_format (amount);

          reject (pass, _("This refund of %s does not say which gift it returns, and %s has no "
                          "gift of at least that much on or before %s left to refund."), money,
                  hustings_contact_get_display_name (pass->contact), r->date);
          return TRUE;
        }
    }
  return refund_gift (pass, r, &gift, r->date, amount, r->key, FALSE, error);
}

static gboolean
is_failed_status (const char *status)
{
  static const char * const words[] = { "fail", "declin", "cancel", "void", "refused", "error",
                                        "pending" };
  g_autofree char *folded = g_ascii_strdown (status, -1);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (folded, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* Reads the row's date and amount, the first things a receipt or a disbursement needs; FALSE
 * when it is rejected. missing says that the date is missing. */
static gboolean
read_date_and_amount (Pass        *pass,
                      const char  *missing,
                      char       **out_date,
                      gint64      *out_amount)
{
  const char * const *v = pass->row.v;
  g_autoptr(GError) error = NULL;

  *out_date = parse_date (v[HUSTINGS_FIELD_DATE]);
  if (*out_date == NULL)
    {
      if (*v[HUSTINGS_FIELD_DATE])
        reject (pass, _("The date “%s” is not a date (write it as YYYY-MM-DD or MM/DD/YYYY)."),
                v[HUSTINGS_FIELD_DATE]);
      else
        reject (pass, "%s", missing);
      return FALSE;
    }
  if (!hustings_money_parse (v[HUSTINGS_FIELD_AMOUNT], out_amount, &error))
    {
      if (*v[HUSTINGS_FIELD_AMOUNT])
        reject (pass, _("Amount: %s."), error->message);
      else
        reject (pass, _("The amount is missing."));
      return FALSE;
    }
  if (*out_amount == 0)
    {
      reject (pass, _("The amount is zero."));
      return FALSE;
    }
  return TRUE;
}

/* The election the row names (NULL when none); FALSE when it is rejected. */
static gboolean
read_election (Pass        *pass,
               const char  *date,
               const char **out_code)
{
  const char *text = pass->row.v[HUSTINGS_FIELD_ELECTION];

  if (parse_election (pass->committee, text, date, out_code))
    return TRUE;
  reject (pass, _("“%s” is not one of the committee’s elections; add it in the committee "
                  "profile first."), text);
  return FALSE;
}

/* Reads the receipt part of the row; FALSE when it is rejected. */
static gboolean
read_receipt (Pass *pass, Receipt *r)
{
  const char * const *v = pass->row.v;
  const HustingsImportFormat *format = pass->self->format;
  const char *fec_id = pass->committee->fec_id;
  g_autoptr(GError) error = NULL;

  if (!read_date_and_amount (pass, _("The date received is missing."), &r->date, &r->amount))
    return FALSE;
  if (*v[HUSTINGS_FIELD_FEE] && !hustings_money_parse (v[HUSTINGS_FIELD_FEE], &r->fee, &error))
    {
      reject (pass, _("Fee: %s."), error->message);
      return FALSE;
    }
  r->method = format->method;
  if (*v[HUSTINGS_FIELD_METHOD] && !parse_method (v[HUSTINGS_FIELD_METHOD], &r->method))
    {
      reject (pass, _("The payment method “%s” is not one Hustings knows (check, cash, card, "
                      "in-kind or processor)."), v[HUSTINGS_FIELD_METHOD]);
      return FALSE;
    }
  if (!read_election (pass, r->date, &r->election))
    return FALSE;
  if (*v[HUSTINGS_FIELD_RECIPIENT_ID] && *fec_id &&
      g_ascii_strcasecmp (v[HUSTINGS_FIELD_RECIPIENT_ID], fec_id) != 0)
    {
      reject (pass, _("This gift went to another committee (%s), not this one (%s)."),
              v[HUSTINGS_FIELD_RECIPIENT_ID], fec_id);
      return FALSE;
    }
  r->conduit = *v[HUSTINGS_FIELD_CONDUIT] ? v[HUSTINGS_FIELD_CONDUIT] : format->conduit;
  if (*r->conduit && !hustings_fec_committee_id_is_valid (r->conduit))
    {
      reject (pass, _("The conduit “%s” is not an FEC committee ID (C and eight digits)."),
              r->conduit);
      return FALSE;
    }
  r->source = *v[HUSTINGS_FIELD_SOURCE] ? v[HUSTINGS_FIELD_SOURCE] : format->source;
  r->key = v[HUSTINGS_FIELD_SOURCE_ID];
  r->recurring = !is_false (v[HUSTINGS_FIELD_RECURRING]);

  if (*v[HUSTINGS_FIELD_REFUND_ID] || *v[HUSTINGS_FIELD_REFUND_DATE])
    {
      const char *when = *v[HUSTINGS_FIELD_REFUND_DATE] ? v[HUSTINGS_FIELD_REFUND_DATE] : r->date;

      r->refund_date = parse_date (when);
      if (r->refund_date == NULL)
        {
          reject (pass, _("The refund date “%s” is not a date."), when);
          return FALSE;
        }
      if (strcmp (r->refund_date, r->date) < 0)
        {
          reject (pass, _("The refund is dated %s, before the gift it returns (%s)."),
                  r->refund_date, r->date);
          return FALSE;
        }
      if (r->amount < 0)
        r->amount = -r->amount;
    }
  else if (format->flags & HUSTINGS_FORMAT_REFUNDS_ONLY)
    {
      reject (pass, _("This row is not a refund: it has no Refund ID or Refund Date."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
import_donation_row (Pass *pass, GError **error)
{
  const char * const *v = pass->row.v;
  g_auto(Receipt) r = { NULL, };
  gboolean exists = FALSE, added = FALSE;
  Gift gift;

  if (*v[HUSTINGS_FIELD_STATUS] &&
      ((pass->self->format->flags & HUSTINGS_FORMAT_STATUS_IS_TIME) ||
       is_failed_status (v[HUSTINGS_FIELD_STATUS])))
    {
      pass->self->summary.rows_ignored++;
      return TRUE;
    }
  if (!read_receipt (pass, &r))
    return TRUE;
  if (r.refund_date == NULL && (r.amount < 0 || *v[HUSTINGS_FIELD_REFUND_OF]))
    return import_refund (pass, &r, error);

  if (*r.key)
    exists = find_by_key (pass, r.source, r.key, &gift, error);
  if (!exists)
    {
      gint64 contact_id;
      gboolean created;

      if (!read_person (pass))
        return TRUE;
      if (!resolve_donor (pass, &contact_id, &created, error))
        return FALSE;
      if (!*r.key && !created)
        exists = find_keyless (pass, contact_id, r.source, r.date, r.amount, &gift);
      if (!exists)
        {
          if (!insert_receipt (pass, &r, contact_id, r.date, r.amount, r.key, NULL, &gift, error))
            return FALSE;
          added = TRUE;
        }
    }
  if (exists)
    remember_row_id (pass, &gift);

  if (r.refund_date != NULL)
    {
      g_autofree char *refund_key = NULL;

      if (*v[HUSTINGS_FIELD_REFUND_ID] || *r.key)
        refund_key = g_strconcat ("refund:", *v[HUSTINGS_FIELD_REFUND_ID]
                                             ? v[HUSTINGS_FIELD_REFUND_ID] : r.key, NULL);
      return refund_gift (pass, &r, &gift, r.refund_date, r.amount,
                          refund_key ? refund_key : "", added, error);
    }
  if (exists)
    pass->self->summary.duplicates_skipped++;
  return TRUE;
}

static gboolean
import_contact_row (Pass *pass, GError **error)
{
  gint64 contact_id;
  gboolean created;

  if (!read_person (pass))
    return TRUE;
  return resolve_donor (pass, &contact_id, &created, error);
}

/* ---- Disbursements ---- */

/* A payee given by one name only was read as an organization: vendors are most payees. When
 * no contact is that organization but a person of that name is one (staff on the payroll,
 * say), the payee is that person. */
static gboolean
prefer_known_person (Pass *pass, GError **error)
{
  g_autoptr(HustingsContact) person = NULL;
  const char *reason = NULL;
  Known *k = NULL;
  Identity id;
  MatchKind kind;

  if (*pass->row.v[HUSTINGS_FIELD_ENTITY_TYPE] ||
      hustings_contact_get_entity_type (pass->contact) != HUSTINGS_ENTITY_ORG)
    return TRUE;
  if (!ensure_matcher (pass, error))
    return FALSE;
  if (matcher_find (&pass->m, &pass->id, &k, &reason) != MATCH_NONE)
    return TRUE;

  person = hustings_contact_copy (pass->contact);
  hustings_contact_set_entity_type (person, HUSTINGS_ENTITY_IND);
  hustings_contact_set_field (person, HUSTINGS_CONTACT_ORG_NAME, "");
  split_full_name (person, hustings_contact_get_field (pass->contact,
                                                       HUSTINGS_CONTACT_ORG_NAME));
  identity_init (&id);
  identity_of_contact (&id, person);
  kind = matcher_find (&pass->m, &id, &k, &reason);
  identity_clear (&id);
  if (kind == MATCH_SURE)
    {
      g_set_object (&pass->contact, person);
      identity_of_contact (&pass->id, person);
    }
  return TRUE;
}

/* Whether the row's line is one of the committee's form; FALSE when it is rejected. A line of
 * the other form is taken, for the rules to say why it does not fit. */
static gboolean
read_line (Pass                 *pass,
           HustingsDisbursement *d)
{
  const char *text = pass->row.v[HUSTINGS_FIELD_LINE];
  const char *form = hustings_committee_form (pass->committee);
  const char *line;

  if (*text == '\0')
    return TRUE;
  line = hustings_disbursement_line_parse (text, form);
  if (line == NULL)
    line = hustings_disbursement_line_parse (text, strcmp (form, "F3") == 0 ? "F3X" : "F3");
  if (line == NULL)
    {
      reject (pass, _("“%s” is not a line of Schedule B (write it as SB17, 17 or Line 20(a), "
                      "for example)."), text);
      return FALSE;
    }
  hustings_disbursement_set_line (d, line);
  return TRUE;
}

/* Reads the disbursement the row describes into d and checks it as the disbursement form
 * would; FALSE when it is rejected. */
static gboolean
read_disbursement (Pass                 *pass,
                   HustingsDisbursement *d)
{
  const char * const *v = pass->row.v;
  const char *category = hustings_disbursement_category_parse (v[HUSTINGS_FIELD_CATEGORY]);
  const char *election = NULL;
  g_autofree char *date = NULL;
  g_autoptr(GError) error = NULL;
  gint64 amount;

  if (!read_date_and_amount (pass, _("The date paid is missing."), &date, &amount))
    return FALSE;
  if (category == NULL)
    {
      reject (pass, _("The category “%s” is not one of the FEC’s codes 001 to 012 or their "
                      "names (such as Advertising)."), v[HUSTINGS_FIELD_CATEGORY]);
      return FALSE;
    }
  if (!read_line (pass, d) || !read_election (pass, date, &election))
    return FALSE;

  hustings_disbursement_set_date (d, date);
  hustings_disbursement_set_amount (d, amount);
  hustings_disbursement_set_purpose (d, v[HUSTINGS_FIELD_PURPOSE]);
  hustings_disbursement_set_category (d, category);
  hustings_disbursement_set_election (d, election);
  hustings_disbursement_set_check_number (d, v[HUSTINGS_FIELD_CHECK_NUMBER]);
  hustings_disbursement_set_memo (d, v[HUSTINGS_FIELD_MEMO]);
  hustings_disbursement_set_memo_entry (d, !is_false (v[HUSTINGS_FIELD_MEMO_ENTRY]));
  hustings_disbursement_set_source (d, v[HUSTINGS_FIELD_SOURCE], v[HUSTINGS_FIELD_SOURCE_ID]);
  if (!hustings_disbursement_check (d, pass->committee, &error))
    {
      reject (pass, "%s.", error->message);
      return FALSE;
    }
  return TRUE;
}

/* Whether the file has the disbursement d is: the same source and id, or for one without an
 * id, the same payee, date and amount (see next_occurrence). */
static gboolean
disbursement_exists (Pass                 *pass,
                     HustingsDisbursement *d)
{
  const char *source_id = hustings_disbursement_get_source_id (d);
  sqlite3_stmt *stmt;
  gboolean found;

  if (source_id != NULL)
    {
      stmt = hustings_committee_file_prepare (pass->file,
        "SELECT 1 FROM disbursement WHERE source = ?1 AND source_id = ?2", NULL);
      if (stmt == NULL)
        return FALSE;
      hustings_bind_text (stmt, 2, source_id);
    }
  else
    {
      guint occurrence = next_occurrence (pass, hustings_disbursement_get_contact_id (d),
                                          hustings_disbursement_get_source (d),
                                          hustings_disbursement_get_date (d),
                                          hustings_disbursement_get_amount (d));

      stmt = hustings_committee_file_prepare (pass->file,
        "SELECT 1 FROM disbursement INDEXED BY disbursement_contact"
        " WHERE contact_id = ?3 AND date_paid = ?4 AND amount_cents = ?5 AND source = ?1"
        " AND source_id IS NULL ORDER BY id LIMIT 1 OFFSET ?6", NULL);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 3, hustings_disbursement_get_contact_id (d));
      hustings_bind_text (stmt, 4, hustings_disbursement_get_date (d));
      sqlite3_bind_int64 (stmt, 5, hustings_disbursement_get_amount (d));
      sqlite3_bind_int (stmt, 6, occurrence);
    }
  hustings_bind_text (stmt, 1, hustings_disbursement_get_source (d));
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

static gboolean
insert_disbursement (Pass                  *pass,
                     HustingsDisbursement  *d,
                     GError               **error)
{
  const char *election = hustings_disbursement_get_election (d);
  const char *source_id = hustings_disbursement_get_source_id (d);
  sqlite3_stmt *stmt = hustings_committee_file_prepare (pass->file,
    "INSERT OR FAIL INTO disbursement (contact_id, date_paid, amount_cents, purpose, category,"
    " line, election, check_number, memo, memo_entry, source, source_id, batch_id, created_at,"
    " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)",
    error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, hustings_disbursement_get_contact_id (d));
  hustings_bind_static (stmt, 2, hustings_disbursement_get_date (d));
  sqlite3_bind_int64 (stmt, 3, hustings_disbursement_get_amount (d));
  hustings_bind_static (stmt, 4, hustings_disbursement_get_purpose (d));
  hustings_bind_static (stmt, 5, hustings_disbursement_get_category (d));
  hustings_bind_static (stmt, 6, hustings_disbursement_get_line (d));
  if (election != NULL)
    hustings_bind_static (stmt, 7, election);
  hustings_bind_static (stmt, 8, hustings_disbursement_get_check_number (d));
  hustings_bind_static (stmt, 9, hustings_disbursement_get_memo (d));
  sqlite3_bind_int (stmt, 10, hustings_disbursement_get_memo_entry (d));
  hustings_bind_static (stmt, 11, hustings_disbursement_get_source (d));
  if (source_id != NULL)
    hustings_bind_static (stmt, 12, source_id);
  sqlite3_bind_int64 (stmt, 13, pass->batch_id);
  hustings_bind_static (stmt, 14, pass->now);
  if (!step_done (pass, stmt, error))
    return FALSE;

  pass->self->summary.disbursements_added++;
  if (!hustings_disbursement_get_memo_entry (d))
    pass->self->summary.total_cents += hustings_disbursement_get_amount (d);
  return TRUE;
}

static gboolean
import_disbursement_row (Pass *pass, GError **error)
{
  const char * const *v = pass->row.v;
  g_autoptr(HustingsDisbursement) d = hustings_disbursement_new ();
  gint64 contact_id;
  gboolean created;

  if (!read_disbursement (pass, d))
    return TRUE;
  if (!*v[HUSTINGS_FIELD_ORG_NAME] && !*v[HUSTINGS_FIELD_FULL_NAME] &&
      !*v[HUSTINGS_FIELD_FIRST_NAME] && !*v[HUSTINGS_FIELD_LAST_NAME])
    {
      reject (pass, _("The payee is missing: every disbursement is paid to someone."));
      return TRUE;
    }
  /* One already imported is passed over before its payee is looked for. */
  if (hustings_disbursement_get_source_id (d) != NULL && disbursement_exists (pass, d))
    {
      pass->self->summary.duplicates_skipped++;
      return TRUE;
    }
  if (!read_person (pass))
    return TRUE;
  if (!prefer_known_person (pass, error) || !resolve_donor (pass, &contact_id, &created, error))
    return FALSE;
  hustings_disbursement_set_contact_id (d, contact_id);
  if (hustings_disbursement_get_source_id (d) == NULL && !created &&
      disbursement_exists (pass, d))
    {
      pass->self->summary.duplicates_skipped++;
      return TRUE;
    }
  return insert_disbursement (pass, d, error);
}

/* ---- Keeping the search index and totals while importing ---- */

#define FTS_NAME \
  "c.prefix || ' ' || c.first_name || ' ' || c.middle_name || ' ' || c.last_name || ' ' ||" \
  " c.suffix || ' ' || c.org_name"
#define FTS_EMAIL \
  "coalesce((SELECT group_concat(email, ' ') FROM contact_email e WHERE e.contact_id = c.id), '')"

/* Brings the search index up to date for the contacts the batch added (those from its first
 * contact id, ?2, on: new rows take the next ids, and nobody else writes while the import
 * holds the file) and changed, as the dropped triggers would have row by row. */
static gboolean
finish_batch (Pass *pass, GError **error)
{
  static const char * const statements[] = {
    /* The search index: new contacts, and those the import changed. */
    "INSERT INTO contact_fts (rowid, name, email, city, zip, employer)"
    " SELECT c.id, " FTS_NAME ", coalesce(e.emails, ''), c.city, c.zip, c.employer"
    " FROM contact c LEFT JOIN (SELECT contact_id, group_concat(email, ' ') AS emails"
    "                           FROM contact_email WHERE contact_id >= ?2 GROUP BY contact_id) e"
    "   ON e.contact_id = c.id"
    " WHERE c.id >= ?2",
    "DELETE FROM contact_fts WHERE rowid IN"
    " (SELECT contact_id FROM import_change WHERE batch_id = ?1)",
    "INSERT INTO contact_fts (rowid, name, email, city, zip, employer)"
    " SELECT c.id, " FTS_NAME ", " FTS_EMAIL ", c.city, c.zip, c.employer"
    " FROM contact c WHERE c.id IN (SELECT contact_id FROM import_change WHERE batch_id = ?1)",
  };

  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      sqlite3_stmt *stmt = hustings_committee_file_prepare (pass->file, statements[i], error);
      gint64 started = g_get_monotonic_time ();

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, pass->batch_id);
      if (sqlite3_bind_parameter_count (stmt) >= 2)
        sqlite3_bind_int64 (stmt, 2, pass->first_contact_id);
      if (!step_done (pass, stmt, error))
        return FALSE;
      g_debug ("finishing step %u: %.3f s", i, (g_get_monotonic_time () - started) / 1e6);
    }
  return TRUE;
}

/* Adds what the import added to each contact's totals and last gift date, contact by contact
 * in id order, as the dropped trigger would have row by row. */
static gboolean
write_totals (Pass *pass, GError **error)
{
  GPtrArray *known = pass->m.known;

  for (guint i = 0; i < known->len; i++)
    {
      Known *k = g_ptr_array_index (known, i);
      sqlite3_stmt *stmt;

      for (guint t = 0; k->totals != NULL && t < k->totals->len; t++)
        {
          Total *total = &g_array_index (k->totals, Total, t);

          stmt = hustings_committee_file_prepare (pass->file,
            "INSERT INTO contact_total (contact_id, period, total_cents, gift_count)"
            " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (contact_id, period) DO UPDATE"
            " SET total_cents = total_cents + excluded.total_cents,"
            "     gift_count = gift_count + excluded.gift_count", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, k->id);
          hustings_bind_static (stmt, 2, total->period);
          sqlite3_bind_int64 (stmt, 3, total->cents);
          sqlite3_bind_int64 (stmt, 4, total->gifts);
          if (!step_done (pass, stmt, error))
            return FALSE;
          if (total->cents >= 0)
            continue;
          /* Refunds may bring a total back to nothing. */
          stmt = hustings_committee_file_prepare (pass->file,
            "DELETE FROM contact_total WHERE contact_id = ?1 AND period = ?2"
            " AND total_cents = 0 AND gift_count = 0", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, k->id);
          hustings_bind_static (stmt, 2, total->period);
          if (!step_done (pass, stmt, error))
            return FALSE;
        }
      if (k->last_gift[0] == '\0')
        continue;
      stmt = hustings_committee_file_prepare (pass->file,
        "UPDATE contact SET last_gift_date = ?2 WHERE id = ?1"
        " AND (last_gift_date IS NULL OR last_gift_date < ?2)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, k->id);
      hustings_bind_static (stmt, 2, k->last_gift);
      if (!step_done (pass, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
start_batch (Pass *pass, GError **error)
{
  g_autofree char *name = g_filename_display_basename (pass->self->path);
  sqlite3_stmt *stmt = hustings_committee_file_prepare (pass->file,
    "INSERT INTO import_batch (kind, format, file_name, imported_at) VALUES (?1, ?2, ?3, ?4)",
    error);

  if (stmt == NULL)
    return FALSE;
  hustings_bind_text (stmt, 1, kind_to_string (pass->self->format->kind));
  hustings_bind_text (stmt, 2, pass->self->format->id);
  hustings_bind_text (stmt, 3, name);
  hustings_bind_text (stmt, 4, pass->now);
  if (!step_done (pass, stmt, error))
    return FALSE;
  pass->batch_id = sqlite3_last_insert_rowid (hustings_committee_file_get_db (pass->file));

  stmt = hustings_committee_file_prepare (pass->file,
    "SELECT coalesce (max (id), 0) + 1 FROM contact", error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    pass->first_contact_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
save_summary (Pass *pass, GError **error)
{
  const HustingsImportSummary *s = &pass->self->summary;
  sqlite3_stmt *stmt = hustings_committee_file_prepare (pass->file,
    "UPDATE import_batch SET rows_read = ?2, contacts_created = ?3, contacts_matched = ?4,"
    " contacts_updated = ?5, donations_added = ?6, refunds_added = ?7, duplicates_skipped = ?8,"
    " rows_rejected = ?9, total_cents = ?10 WHERE id = ?1", error);
  GPtrArray *rejections = pass->self->rejections;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pass->batch_id);
  sqlite3_bind_int64 (stmt, 2, (gint64) s->rows_read);
  sqlite3_bind_int64 (stmt, 3, (gint64) s->contacts_created);
  sqlite3_bind_int64 (stmt, 4, (gint64) s->contacts_matched);
  sqlite3_bind_int64 (stmt, 5, (gint64) s->contacts_updated);
  /* One column holds what was added: gifts, or disbursements. */
  sqlite3_bind_int64 (stmt, 6, (gint64) (s->donations_added + s->disbursements_added));
  sqlite3_bind_int64 (stmt, 7, (gint64) s->refunds_added);
  sqlite3_bind_int64 (stmt, 8, (gint64) s->duplicates_skipped);
  sqlite3_bind_int64 (stmt, 9, (gint64) s->rows_rejected);
  sqlite3_bind_int64 (stmt, 10, s->total_cents);
  if (!step_done (pass, stmt, error))
    return FALSE;

  stmt = hustings_committee_file_prepare (pass->file,
    "INSERT OR IGNORE INTO import_rejection (batch_id, line, reason) VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < rejections->len; i++)
    {
      HustingsImportRejection *rejection = g_ptr_array_index (rejections, i);

      sqlite3_bind_int64 (stmt, 1, pass->batch_id);
      sqlite3_bind_int64 (stmt, 2, (gint64) rejection->line);
      hustings_bind_text (stmt, 3, rejection->reason);
      if (!step_done (pass, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- The pass ---- */

#define MAX_REJECTIONS_KEPT 10000

static void
pass_clear (Pass *pass)
{
  matcher_clear (&pass->m);
  identity_clear (&pass->id);
  if (pass->row.buf != NULL)
    g_string_free (pass->row.buf, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (pass->row.multi); i++)
    if (pass->row.multi[i] != NULL)
      g_string_free (pass->row.multi[i], TRUE);
  g_clear_object (&pass->contact);
  g_clear_pointer (&pass->decisions, g_hash_table_unref);
  g_clear_pointer (&pass->row_ids, g_hash_table_unref);
  g_clear_pointer (&pass->occurrences, g_hash_table_unref);
  if (pass->scratch != NULL)
    g_string_free (pass->scratch, TRUE);
  g_clear_pointer (&pass->dropped, g_ptr_array_unref);
  for (guint f = 0; f < HUSTINGS_CONTACT_N_FIELDS; f++)
    for (guint u = 0; u < 2; u++)
      g_clear_pointer (&pass->field_stmts[f][u], sqlite3_finalize);
  g_free (pass->now);
}

static gboolean
cancelled (GCancellable *cancellable, GError **error)
{
  if (!g_cancellable_is_cancelled (cancellable))
    return FALSE;
  g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CANCELLED,
                       _("The import was cancelled. Nothing was changed."));
  return TRUE;
}

/* Cells past the header's last column that are not empty. */
static gboolean
has_extra_cells (HustingsImport *self, const char * const *fields, guint n_fields)
{
  for (guint i = self->columns->len; i < n_fields; i++)
    if (*fields[i])
      return TRUE;
  return FALSE;
}

static gboolean
read_rows (Pass                  *pass,
           HustingsTableReader   *reader,
           GCancellable          *cancellable,
           HustingsProgressFunc   progress,
           gpointer               progress_data,
           GError               **error)
{
  HustingsImport *self = pass->self;
  const char * const *fields;
  guint n_fields;
  guint64 line;
  GError *local_error = NULL;

  /* The header again. */
  if (!hustings_table_reader_next (reader, &fields, &n_fields, &line, error))
    return FALSE;
  while (hustings_table_reader_next (reader, &fields, &n_fields, &line, &local_error))
    {
      gboolean ok = TRUE;

      row_fill (&pass->row, self->format, self->mapping, self->columns->len, fields, n_fields);
      pass->row.line = line;
      self->summary.rows_read++;
      if (has_extra_cells (self, fields, n_fields))
        reject (pass, _("This row has %u cells, the header %u: a comma in a value without "
                        "quotation marks around it may have moved the columns."), n_fields,
                self->columns->len);
      else if (self->format->kind == HUSTINGS_IMPORT_CONTACTS)
        ok = import_contact_row (pass, error);
      else if (self->format->kind == HUSTINGS_IMPORT_DISBURSEMENTS)
        ok = import_disbursement_row (pass, error);
      else
        ok = import_donation_row (pass, error);
      if (!ok)
        return FALSE;
      if (self->rejections->len > MAX_REJECTIONS_KEPT)
        g_ptr_array_remove_index (self->rejections, self->rejections->len - 1);
      if (self->summary.rows_read % PROGRESS_EVERY == 0)
        {
          if (cancelled (cancellable, error))
            return FALSE;
          if (progress != NULL)
            progress (0.95 * hustings_table_reader_get_progress (reader), progress_data);
        }
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (self->summary.rows_read == 0)
    {
      g_autofree char *name = g_filename_display_basename (self->path);

      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("“%s” has a header but no rows: there is nothing to import."), name);
      return FALSE;
    }
  return !cancelled (cancellable, error);
}

static gboolean
do_pass (HustingsImport         *self,
         HustingsCommitteeFile  *file,
         gboolean                dry_run,
         gboolean                skip_bad_rows,
         GCancellable           *cancellable,
         HustingsProgressFunc    progress,
         gpointer                progress_data,
         GError                **error)
{
  g_autoptr(HustingsTableReader) reader = NULL;
  Pass pass = { self, file, hustings_committee_file_peek_committee (file), dry_run, };
  gint64 started;
  gboolean ok;

  g_return_val_if_fail (HUSTINGS_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), FALSE);

  memset (&self->summary, 0, sizeof self->summary);
  g_ptr_array_set_size (self->rejections, 0);
  if (dry_run)
    {
      g_ptr_array_set_size (self->uncertain, 0);
      g_hash_table_remove_all (self->uncertain_by_key);
    }

  if (!hustings_import_check_mapping (self, error) ||
      !hustings_committee_file_check_writable (file, error))
    return FALSE;
  reader = open_reader (self, error);
  if (reader == NULL)
    return FALSE;
  hustings_table_reader_read_ahead (reader);

  matcher_init (&pass.m);
  identity_init (&pass.id);
  pass.row.buf = g_string_sized_new (1024);
  for (guint i = 0; i < G_N_ELEMENTS (pass.row.multi); i++)
    pass.row.multi[i] = g_string_new (NULL);
  pass.contact = hustings_contact_new (HUSTINGS_ENTITY_IND);
  pass.row_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  pass.occurrences = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  pass.scratch = g_string_new (NULL);
  pass.dropped = g_ptr_array_new_with_free_func (g_free);
  pass.now = hustings_timestamp_now ();

  hustings_committee_file_set_bulk (file, TRUE);
  ok = hustings_committee_file_begin (file, error);
  if (ok)
    {
      ok = drop_triggers (&pass, error) && start_batch (&pass, error);
      started = g_get_monotonic_time ();
      ok = ok && read_rows (&pass, reader, cancellable, progress, progress_data, error);
      g_debug ("reading rows: %.3f s", (g_get_monotonic_time () - started) / 1e6);
      started = g_get_monotonic_time ();
      if (ok && !dry_run && self->summary.rows_rejected > 0 && !skip_bad_rows)
        {
          g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "%" G_GUINT64_FORMAT " row cannot be imported, so nothing "
                                    "was imported. Correct it, or choose to skip it.",
                                    "%" G_GUINT64_FORMAT " rows cannot be imported, so nothing "
                                    "was imported. Correct them, or choose to skip them.",
                                    self->summary.rows_rejected),
                       self->summary.rows_rejected);
          ok = FALSE;
        }
      /* A dry run's rollback puts the triggers back too. */
      ok = ok && (dry_run || (finish_batch (&pass, error) && write_totals (&pass, error)));
      g_debug ("search index and totals: %.3f s", (g_get_monotonic_time () - started) / 1e6);
      ok = ok && (dry_run || (restore_triggers (&pass, error) && save_summary (&pass, error)));
      if (ok && !dry_run)
        {
          hustings_committee_file_changed (file, HUSTINGS_CHANGED_CONTACTS |
                                                 changed_by (self->format->kind));
          started = g_get_monotonic_time ();
          ok = hustings_committee_file_commit (file, error);
          g_debug ("commit: %.3f s", (g_get_monotonic_time () - started) / 1e6);
          if (ok)
            self->summary.batch_id = pass.batch_id;
        }
      else
        hustings_committee_file_rollback (file);
    }

  hustings_committee_file_set_bulk (file, FALSE);
  if (ok && progress != NULL)
    progress (1.0, progress_data);
  pass_clear (&pass);
  return ok;
}

gboolean
hustings_import_analyze (HustingsImport         *self,
                         HustingsCommitteeFile  *file,
                         GCancellable           *cancellable,
                         HustingsProgressFunc    progress,
                         gpointer                progress_data,
                         GError                **error)
{
  return do_pass (self, file, TRUE, TRUE, cancellable, progress, progress_data, error);
}

gboolean
hustings_import_run (HustingsImport         *self,
                     HustingsCommitteeFile  *file,
                     gboolean                skip_bad_rows,
                     GCancellable           *cancellable,
                     HustingsProgressFunc    progress,
                     gpointer                progress_data,
                     GError                **error)
{
  return do_pass (self, file, FALSE, skip_bad_rows, cancellable, progress, progress_data, error);
}

guint
hustings_import_get_n_uncertain (HustingsImport *self)
{
  return self->uncertain->len;
}

HustingsImportMatch *
hustings_import_get_uncertain (HustingsImport *self,
                               guint           index)
{
  g_return_val_if_fail (index < self->uncertain->len, NULL);

  return g_ptr_array_index (self->uncertain, index);
}

void
hustings_import_set_same_person (HustingsImport *self,
                                 guint           index,
                                 gboolean        same_person)
{
  g_return_if_fail (index < self->uncertain->len);

  ((HustingsImportMatch *) g_ptr_array_index (self->uncertain, index))->same_person = same_person;
}

const HustingsImportSummary *
hustings_import_get_summary (HustingsImport *self)
{
  return &self->summary;
}

guint
hustings_import_get_n_rejections (HustingsImport *self)
{
  return self->rejections->len;
}

const HustingsImportRejection *
hustings_import_get_rejection (HustingsImport *self,
                               guint           index)
{
  g_return_val_if_fail (index < self->rejections->len, NULL);

  return g_ptr_array_index (self->rejections, index);
}

/* ---- Past imports ---- */

static const char *
format_name (const char *id)
{
  const HustingsImportFormat *format = hustings_import_format_find (id);

  if (strcmp (id, "fec") == 0)
    return _("FEC filing");
  return format ? hustings_import_format_get_name (format) : id;
}

#define BATCH_COLUMNS \
  "id, kind, format, file_name, imported_at, undone_at, rows_read, contacts_created," \
  " contacts_matched, contacts_updated, donations_added, refunds_added, duplicates_skipped," \
  " rows_rejected, total_cents"

static HustingsImportBatch *
batch_from_row (sqlite3_stmt *stmt)
{
  HustingsImportBatch *batch = g_new0 (HustingsImportBatch, 1);
  HustingsImportSummary *s = &batch->summary;

  batch->id = sqlite3_column_int64 (stmt, 0);
  batch->kind = kind_from_string (hustings_column_text (stmt, 1));
  batch->format_name = g_strdup (format_name (hustings_column_text (stmt, 2)));
  batch->file_name = g_strdup (hustings_column_text (stmt, 3));
  batch->imported_at = g_strdup (hustings_column_text (stmt, 4));
  batch->undone_at = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
  s->batch_id = batch->id;
  s->rows_read = sqlite3_column_int64 (stmt, 6);
  s->contacts_created = sqlite3_column_int64 (stmt, 7);
  s->contacts_matched = sqlite3_column_int64 (stmt, 8);
  s->contacts_updated = sqlite3_column_int64 (stmt, 9);
  if (batch->kind == HUSTINGS_IMPORT_DISBURSEMENTS)
    s->disbursements_added = sqlite3_column_int64 (stmt, 10);
  else
    s->donations_added = sqlite3_column_int64 (stmt, 10);
  s->refunds_added = sqlite3_column_int64 (stmt, 11);
  s->duplicates_skipped = sqlite3_column_int64 (stmt, 12);
  s->rows_rejected = sqlite3_column_int64 (stmt, 13);
  s->total_cents = sqlite3_column_int64 (stmt, 14);
  return batch;
}

GPtrArray *
hustings_import_list_batches (HustingsCommitteeFile  *file,
                              GError                **error)
{
  g_autoptr(GPtrArray) batches =
    g_ptr_array_new_with_free_func ((GDestroyNotify) hustings_import_batch_free);
  sqlite3_stmt *stmt = hustings_committee_file_prepare (file,
    "SELECT " BATCH_COLUMNS " FROM import_batch ORDER BY id DESC", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (batches, batch_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hustings_committee_file_set_sql_error (file, error);
      return NULL;
    }
  return g_steal_pointer (&batches);
}

HustingsImportBatch *
hustings_import_get_batch (HustingsCommitteeFile  *file,
                           gint64                  batch_id,
                           GError                **error)
{
  sqlite3_stmt *stmt = hustings_committee_file_prepare (file,
    "SELECT " BATCH_COLUMNS " FROM import_batch WHERE id = ?1", error);
  HustingsImportBatch *batch = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, batch_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    batch = batch_from_row (stmt);
  sqlite3_reset (stmt);
  if (batch == NULL)
    g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
                 _("There is no import %" G_GINT64_FORMAT " in this committee file"), batch_id);
  return batch;
}

GPtrArray *
hustings_import_list_rejections (HustingsCommitteeFile  *file,
                                 gint64                  batch_id,
                                 GError                **error)
{
  g_autoptr(GPtrArray) list =
    g_ptr_array_new_with_free_func ((GDestroyNotify) hustings_import_rejection_free);
  sqlite3_stmt *stmt = hustings_committee_file_prepare (file,
    "SELECT line, reason FROM import_rejection WHERE batch_id = ?1 ORDER BY line", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, batch_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      HustingsImportRejection *rejection = g_new0 (HustingsImportRejection, 1);

      rejection->line = sqlite3_column_int64 (stmt, 0);
      rejection->reason = g_strdup (hustings_column_text (stmt, 1));
      g_ptr_array_add (list, rejection);
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&list);
}

/* Puts back one field an import changed, where it still holds what the import wrote. */
static gboolean
undo_change (HustingsCommitteeFile  *file,
             gint64                  contact_id,
             const char             *field,
             const char             *old_value,
             const char             *new_value,
             const char             *now,
             GError                **error)
{
  sqlite3 *db = hustings_committee_file_get_db (file);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  const char *value = new_value;
  int rc;

  if (g_str_has_prefix (field, "email:"))
    sql = g_strdup ("DELETE FROM contact_email WHERE contact_id = ?1 AND email = ?2");
  else if (g_str_has_prefix (field, "phone:"))
    sql = g_strdup ("DELETE FROM contact_phone WHERE contact_id = ?1 AND phone = ?2");
  else if (g_str_has_prefix (field, "tag:"))
    sql = g_strdup ("DELETE FROM contact_tag WHERE contact_id = ?1"
                    " AND tag_id = (SELECT id FROM tag WHERE name = ?2)");
  else
    {
      gboolean known = FALSE;

      for (guint f = 0; f < HUSTINGS_CONTACT_N_FIELDS && !known; f++)
        known = strcmp (field, contact_column (f)) == 0;
      if (!known)
        return TRUE;
      /* The column name comes from the list above, never from the file. */
      sql = g_strdup_printf ("UPDATE contact SET %s = ?3, updated_at = ?4"
                             " WHERE id = ?1 AND %s = ?2", field, field);
    }

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return hustings_committee_file_set_sql_error (file, error);
  sqlite3_bind_int64 (stmt, 1, contact_id);
  hustings_bind_text (stmt, 2, value);
  if (sqlite3_bind_parameter_count (stmt) >= 4)
    {
      hustings_bind_text (stmt, 3, old_value);
      hustings_bind_text (stmt, 4, now);
    }
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE || hustings_committee_file_set_sql_error (file, error);
}

static gboolean
run_with_batch (HustingsCommitteeFile *file,
                const char            *sql,
                gint64                 batch_id,
                const char            *now,
                GError               **error)
{
  sqlite3_stmt *stmt = hustings_committee_file_prepare (file, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, batch_id);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    hustings_bind_text (stmt, 2, now);
  return hustings_committee_file_run (file, stmt, error);
}

static gboolean
undo_in_transaction (HustingsCommitteeFile  *file,
                     HustingsImportBatch    *batch,
                     const char             *now,
                     GError                **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* The fields it changed, newest batch's values first. */
  stmt = hustings_committee_file_prepare (file,
    "SELECT contact_id, field, old_value, new_value FROM import_change WHERE batch_id = ?1",
    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, batch->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *field = g_strdup (hustings_column_text (stmt, 1));
      g_autofree char *old_value = g_strdup (hustings_column_text (stmt, 2));
      g_autofree char *new_value = g_strdup (hustings_column_text (stmt, 3));

      if (!undo_change (file, sqlite3_column_int64 (stmt, 0), field, old_value, new_value, now,
                        error))
        {
          sqlite3_reset (stmt);
          return FALSE;
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return hustings_committee_file_set_sql_error (file, error);

  return run_with_batch (file, "DELETE FROM donation WHERE batch_id = ?1 AND refund_of IS NOT NULL",
                         batch->id, now, error) &&
         run_with_batch (file, "DELETE FROM donation WHERE batch_id = ?1", batch->id, now, error) &&
         run_with_batch (file, "DELETE FROM disbursement WHERE batch_id = ?1", batch->id, now,
                         error) &&
         run_with_batch (file,
                         "DELETE FROM contact WHERE batch_id = ?1"
                         " AND NOT EXISTS (SELECT 1 FROM donation d"
                         "                 WHERE d.contact_id = contact.id)"
                         " AND NOT EXISTS (SELECT 1 FROM disbursement p"
                         "                 WHERE p.contact_id = contact.id)",
                         batch->id, now, error) &&
         run_with_batch (file, "DELETE FROM import_change WHERE batch_id = ?1", batch->id, now,
                         error) &&
         run_with_batch (file, "UPDATE import_batch SET undone_at = ?2 WHERE id = ?1", batch->id,
                         now, error);
}

gboolean
hustings_import_undo (HustingsCommitteeFile  *file,
                      gint64                  batch_id,
                      GError                **error)
{
  g_autoptr(HustingsImportBatch) batch = NULL;
  g_autofree char *now = hustings_timestamp_now ();
  sqlite3_stmt *stmt;
  gint64 later = 0;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), FALSE);

  if (!hustings_committee_file_check_writable (file, error))
    return FALSE;
  batch = hustings_import_get_batch (file, batch_id, error);
  if (batch == NULL)
    return FALSE;
  if (batch->undone_at != NULL)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("The import of “%s” has already been undone."), batch->file_name);
      return FALSE;
    }

  stmt = hustings_committee_file_prepare (file,
    "SELECT count(*) FROM donation r JOIN donation g ON g.id = r.refund_of"
    " WHERE g.batch_id = ?1 AND r.batch_id IS NOT ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, batch_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    later = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (later > 0)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The import of “%s” cannot be undone: %" G_GINT64_FORMAT " refund "
                                "recorded since returns one of its gifts. Undo or delete that "
                                "refund first.",
                                "The import of “%s” cannot be undone: %" G_GINT64_FORMAT " refunds "
                                "recorded since return its gifts. Undo or delete those refunds "
                                "first.", later),
                   batch->file_name, later);
      return FALSE;
    }

  if (!hustings_committee_file_begin (file, error))
    return FALSE;
  /* A filing's report and the openings it gave contributors go first (nothing for others). */
  if (!hustings_fec_import_undo_filing_rows (file, batch_id, error) ||
      !undo_in_transaction (file, batch, now, error))
    {
      hustings_committee_file_rollback (file);
      return FALSE;
    }
  hustings_committee_file_changed (file, HUSTINGS_CHANGED_CONTACTS | changed_by (batch->kind) |
                                         HUSTINGS_CHANGED_REPORTS);
  return hustings_committee_file_commit (file, error);
}
