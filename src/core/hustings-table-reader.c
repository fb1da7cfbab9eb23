/* hustings-table-reader.c: CSV and XLSX files behind one reader of rows.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-table-reader"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "hustings-error.h"
#include "hustings-table-reader.h"
#include "hustings-xlsx-reader.h"

/* Reading ahead (see hustings_table_reader_read_ahead): a thread reads rows into blocks and
 * hands them over through a queue; the caller returns each block when done with it. */
#define BLOCK_ROWS   512
#define BLOCK_COUNT  4

typedef struct {
  guint   first;    /* index of its first field in Block.starts */
  guint   n_fields;
  guint64 line;
} BlockRow;

typedef struct {
  GString *text;     /* the fields, each ending with '\0' */
  GArray  *starts;   /* guint: where each field starts in text */
  GArray  *rows;     /* BlockRow */
  double   progress; /* of the file, after the block's last row */
  gboolean end;      /* the last block: no rows after these */
  GError  *error;    /* why reading stopped, when it did not reach the end */
} Block;

struct _HustingsTableReader
{
  HustingsTableKind   kind;
  HustingsCsvReader  *csv;
  HustingsXlsxReader *xlsx;

  GThread            *thread;  /* reading ahead, when not NULL */
  GAsyncQueue        *full;    /* Block*, read, in order */
  GAsyncQueue        *empty;   /* Block*, to fill */
  int                 stop;
  Block              *block;   /* the one rows are taken from */
  guint               row;     /* the next row of block */
  GPtrArray          *fields;  /* the current row's fields */
  GError             *error;   /* after the end, what next says again */
  gboolean            ended;
};

static gboolean read_row (HustingsTableReader   *self,
                          const char * const   **fields,
                          guint                 *n_fields,
                          guint64               *line,
                          GError               **error);
static double   read_progress (HustingsTableReader *self);

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

static gboolean
read_row (HustingsTableReader   *self,
          const char * const   **fields,
          guint                 *n_fields,
          guint64               *line,
          GError               **error)
{
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

static double
read_progress (HustingsTableReader *self)
{
  guint64 position, size;

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

/* ---- Reading ahead ---- */

static Block *
block_new (void)
{
  Block *block = g_new0 (Block, 1);

  block->text = g_string_sized_new (64 * 1024);
  block->starts = g_array_new (FALSE, FALSE, sizeof (guint));
  block->rows = g_array_new (FALSE, FALSE, sizeof (BlockRow));
  return block;
}

static void
block_free (Block *block)
{
  g_string_free (block->text, TRUE);
  g_array_unref (block->starts);
  g_array_unref (block->rows);
  g_clear_error (&block->error);
  g_free (block);
}

static gpointer
read_ahead_thread (gpointer data)
{
  HustingsTableReader *self = data;
  gboolean more = TRUE;

  while (more)
    {
      Block *block = g_async_queue_pop (self->empty);

      if (g_atomic_int_get (&self->stop))
        {
          block_free (block);
          break;
        }
      g_string_truncate (block->text, 0);
      g_array_set_size (block->starts, 0);
      g_array_set_size (block->rows, 0);
      while (block->rows->len < BLOCK_ROWS)
        {
          const char * const *fields;
          BlockRow row;

          more = read_row (self, &fields, &row.n_fields, &row.line, &block->error);
          if (!more)
            break;
          row.first = block->starts->len;
          for (guint i = 0; i < row.n_fields; i++)
            {
              guint start = block->text->len;

              g_array_append_val (block->starts, start);
              g_string_append_len (block->text, fields[i], strlen (fields[i]) + 1);
            }
          g_array_append_val (block->rows, row);
        }
      block->end = !more;
      block->progress = read_progress (self);
      g_async_queue_push (self->full, block);
    }
  return NULL;
}

void
hustings_table_reader_read_ahead (HustingsTableReader *self)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (self->thread == NULL);

  self->full = g_async_queue_new ();
  self->empty = g_async_queue_new ();
  self->fields = g_ptr_array_new ();
  for (guint i = 0; i < BLOCK_COUNT; i++)
    g_async_queue_push (self->empty, block_new ());
  self->thread = g_thread_new ("hustings-read-ahead", read_ahead_thread, self);
}

/* The next row from the blocks the thread has read. */
static gboolean
next_read_ahead (HustingsTableReader   *self,
                 const char * const   **fields,
                 guint                 *n_fields,
                 guint64               *line,
                 GError               **error)
{
  const BlockRow *row;

  while (self->block == NULL || self->row >= self->block->rows->len)
    {
      if (self->ended || (self->block != NULL && self->block->end))
        {
          if (!self->ended && self->block->error != NULL)
            self->error = g_steal_pointer (&self->block->error);
          self->ended = TRUE;
          if (self->error != NULL)
            g_propagate_error (error, g_error_copy (self->error));
          return FALSE;
        }
      if (self->block != NULL)
        g_async_queue_push (self->empty, self->block);
      self->block = g_async_queue_pop (self->full);
      self->row = 0;
    }

  row = &g_array_index (self->block->rows, BlockRow, self->row++);
  g_ptr_array_set_size (self->fields, 0);
  for (guint i = 0; i < row->n_fields; i++)
    g_ptr_array_add (self->fields,
                     self->block->text->str + g_array_index (self->block->starts, guint,
                                                             row->first + i));
  g_ptr_array_add (self->fields, NULL);
  *fields = (const char * const *) self->fields->pdata;
  *n_fields = row->n_fields;
  *line = row->line;
  return TRUE;
}

gboolean
hustings_table_reader_next (HustingsTableReader   *self,
                            const char * const   **fields,
                            guint                 *n_fields,
                            guint64               *line,
                            GError               **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->thread != NULL)
    return next_read_ahead (self, fields, n_fields, line, error);
  return read_row (self, fields, n_fields, line, error);
}

double
hustings_table_reader_get_progress (HustingsTableReader *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  if (self->thread != NULL)
    return self->block != NULL ? self->block->progress : 0.0;
  return read_progress (self);
}

static void
stop_reading_ahead (HustingsTableReader *self)
{
  Block *block;

  /* The thread waits for an empty block, or has read to the end: either way one more empty
   * block with the stop flag set lets it go. */
  g_atomic_int_set (&self->stop, 1);
  g_async_queue_push (self->empty, block_new ());
  g_thread_join (self->thread);
  if (self->block != NULL)
    block_free (self->block);
  while ((block = g_async_queue_try_pop (self->full)) != NULL)
    block_free (block);
  while ((block = g_async_queue_try_pop (self->empty)) != NULL)
    block_free (block);
  g_async_queue_unref (self->full);
  g_async_queue_unref (self->empty);
  g_ptr_array_unref (self->fields);
  g_clear_error (&self->error);
}

void
hustings_table_reader_free (HustingsTableReader *self)
{
  if (self == NULL)
    return;

  if (self->thread != NULL)
    stop_reading_ahead (self);
  g_clear_pointer (&self->csv, hustings_csv_reader_free);
  g_clear_pointer (&self->xlsx, hustings_xlsx_reader_free);
  g_free (self);
}
