/* hustings-table-reader.c: CSV and XLSX files behind one reader of rows.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-table-reader"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "hustings-error.h"
#include "hustings-table-reader.h"
#include "hustings-xlsx-reader.h"

struct _HustingsTableReader
{
  HustingsTableKind   kind;
  HustingsCsvReader  *csv;
  HustingsXlsxReader *xlsx;
};

/* Whether the file starts as a ZIP archive does: with a member, or empty. */
static gboolean
is_zip (const char  *path,
        gboolean    *zip,
        GError     **error)
{
  guchar start[4];
  gssize n = 0;
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      do
        n = read (fd, start, sizeof start);
      while (n < 0 && errno == EINTR);
    }
  if (fd < 0 || n < 0)
    {
      int saved_errno = errno;
      g_autofree char *name = g_filename_display_basename (path);

      if (fd >= 0)
        g_close (fd, NULL);
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED,
                   /* Translators: %s is a file name, then the system's reason */
                   _("“%s” could not be read: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }
  g_close (fd, NULL);
  *zip = n == sizeof start && start[0] == 'P' && start[1] == 'K'
         && ((start[2] == 3 && start[3] == 4) || (start[2] == 5 && start[3] == 6));
  return TRUE;
}

HustingsTableReader *
hustings_table_reader_open (const char                  *path,
                            const HustingsTableOptions  *options,
                            GError                     **error)
{
  static const HustingsTableOptions defaults = { 0, HUSTINGS_CSV_ENCODING_AUTO, NULL };
  g_autoptr(HustingsTableReader) self = NULL;
  gboolean zip;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    options = &defaults;
  if (!is_zip (path, &zip, error))
    return NULL;

  self = g_new0 (HustingsTableReader, 1);
  if (zip)
    {
      self->kind = HUSTINGS_TABLE_XLSX;
      self->xlsx = hustings_xlsx_reader_open (path, options->sheet, error);
      if (self->xlsx == NULL)
        return NULL;
    }
  else
    {
      self->kind = HUSTINGS_TABLE_CSV;
      self->csv = hustings_csv_reader_open (path, options->delimiter, options->encoding, error);
      if (self->csv == NULL)
        return NULL;
    }
  return g_steal_pointer (&self);
}

gboolean
hustings_table_reader_next (HustingsTableReader   *self,
                            const char * const   **fields,
                            guint                 *n_fields,
                            guint64               *line,
                            GError               **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->kind == HUSTINGS_TABLE_XLSX)
    return hustings_xlsx_reader_next (self->xlsx, fields, n_fields, line, error);
  return hustings_csv_reader_next (self->csv, fields, n_fields, line, error);
}

HustingsTableKind
hustings_table_reader_get_kind (HustingsTableReader *self)
{
  g_return_val_if_fail (self != NULL, HUSTINGS_TABLE_CSV);

  return self->kind;
}

char *
hustings_table_reader_describe (HustingsTableReader *self)
{
  const char *separated;
  const char *encoding;
  char delimiter;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->kind == HUSTINGS_TABLE_XLSX)
    /* Translators: %s is the name of a sheet in the workbook */
    return g_strdup_printf (_("Excel workbook, sheet “%s”"),
                            hustings_xlsx_reader_get_sheet (self->xlsx));

  encoding = hustings_csv_reader_get_encoding (self->csv) == HUSTINGS_CSV_ENCODING_WINDOWS_1252
             ? "Windows-1252" : "UTF-8";
  delimiter = hustings_csv_reader_get_delimiter (self->csv);
  switch (delimiter)
    {
    case ',':
      separated = _("comma-separated");
      break;
    case ';':
      separated = _("semicolon-separated");
      break;
    case '\t':
      separated = _("tab-separated");
      break;
    default:
      /* Translators: "CSV, separated by “|”, UTF-8": %c is the character between the fields,
       * %s the name of a character encoding */
      return g_strdup_printf (_("CSV, separated by “%c”, %s"), delimiter, encoding);
    }
  /* Translators: "CSV, comma-separated, UTF-8": the first %s says how the fields are
   * separated, the second is the name of a character encoding */
  return g_strdup_printf (_("CSV, %s, %s"), separated, encoding);
}

const char * const *
hustings_table_reader_get_sheets (HustingsTableReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->kind == HUSTINGS_TABLE_XLSX)
    return hustings_xlsx_reader_get_sheets (self->xlsx);
  return NULL;
}

double
hustings_table_reader_get_progress (HustingsTableReader *self)
{
  guint64 position, size;

  g_return_val_if_fail (self != NULL, 0.0);

  if (self->kind == HUSTINGS_TABLE_XLSX)
    {
      position = hustings_xlsx_reader_get_position (self->xlsx);
      size = hustings_xlsx_reader_get_size (self->xlsx);
    }
  else
    {
      position = hustings_csv_reader_get_position (self->csv);
      size = hustings_csv_reader_get_size (self->csv);
    }
  if (size == 0)
    return 1.0;
  return CLAMP ((double) position / (double) size, 0.0, 1.0);
}

void
hustings_table_reader_free (HustingsTableReader *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->csv, hustings_csv_reader_free);
  g_clear_pointer (&self->xlsx, hustings_xlsx_reader_free);
  g_free (self);
}
