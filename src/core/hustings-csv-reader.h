/* hustings-csv-reader.h: a streaming reader for the CSV files donors and processors export.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Not a GObject; free with hustings_csv_reader_free. Memory stays bounded whatever the file
 * size: a field may hold at most 1 MB and a record 16 MB. */
typedef struct _HustingsCsvReader HustingsCsvReader;

typedef enum {
  HUSTINGS_CSV_ENCODING_AUTO,
  HUSTINGS_CSV_ENCODING_UTF8,
  HUSTINGS_CSV_ENCODING_WINDOWS_1252,
} HustingsCsvEncoding;

/* Opens path and reads its start. delimiter 0 sniffs comma, semicolon or tab from the first
 * lines (ties go to comma). AUTO reads UTF-8 unless the first 1 MiB is not valid UTF-8, then
 * Windows-1252. In UTF-8, a field that is not valid UTF-8 is read as Windows-1252 (and
 * get_encoding says so from then on). A UTF-8 byte-order mark is dropped. */
HustingsCsvReader   *hustings_csv_reader_open         (const char           *path,
                                                       char                  delimiter,
                                                       HustingsCsvEncoding   encoding,
                                                       GError              **error);
/* The next record. TRUE with *fields (NULL-terminated, UTF-8, owned by the reader until the
 * next call), *n_fields and *line (the physical line the record starts on, 1-based). FALSE at
 * the end (error unset) or on a malformed file (HUSTINGS_ERROR_INVALID, or HUSTINGS_ERROR_FAILED
 * when the file cannot be read; the message names the line and the problem); after an error,
 * every later call fails the same way. Lines end with LF, CRLF or CR; a quoted field keeps its
 * line breaks as "\n"; blank lines are skipped; spaces and tabs around unquoted fields are
 * dropped. Rows may have different numbers of fields. */
gboolean             hustings_csv_reader_next         (HustingsCsvReader    *self,
                                                       const char * const  **fields,
                                                       guint                *n_fields,
                                                       guint64              *line,
                                                       GError              **error);
char                 hustings_csv_reader_get_delimiter (HustingsCsvReader   *self);
/* UTF8 or WINDOWS_1252: what the text has turned out to be so far. */
HustingsCsvEncoding  hustings_csv_reader_get_encoding  (HustingsCsvReader   *self);
/* Bytes consumed and the file's size, for a progress bar. */
guint64              hustings_csv_reader_get_position  (HustingsCsvReader   *self);
guint64              hustings_csv_reader_get_size      (HustingsCsvReader   *self);
void                 hustings_csv_reader_free          (HustingsCsvReader   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HustingsCsvReader, hustings_csv_reader_free)

G_END_DECLS
