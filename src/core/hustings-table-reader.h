/* hustings-table-reader.h: the rows of a spreadsheet file, CSV or XLSX alike, for importers.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hustings-csv-reader.h"

G_BEGIN_DECLS

/* Not a GObject; free with hustings_table_reader_free. */
typedef struct _HustingsTableReader HustingsTableReader;

typedef enum {
  HUSTINGS_TABLE_CSV,
  HUSTINGS_TABLE_XLSX,
} HustingsTableKind;

typedef struct {
  char                delimiter; /* CSV: 0 sniffs it */
  HustingsCsvEncoding encoding;  /* CSV: AUTO detects it */
  const char         *sheet;     /* XLSX: the sheet's name, in any case; NULL: the first
                                  * visible sheet */
} HustingsTableOptions;

/* Opens path as XLSX when it is a ZIP archive, as CSV otherwise (whatever its name says).
 * options may be NULL for the defaults. Quick for an XLSX too (it reads the list of sheets;
 * the shared strings, styles and the sheet are read by next), so that get_sheets may be
 * called on the main thread. Fails with HUSTINGS_ERROR_INVALID (message in words a treasurer
 * understands: "This file is not a spreadsheet…", "The workbook has no sheet named “Gifts”.")
 * or HUSTINGS_ERROR_FAILED when it cannot be read. */
HustingsTableReader *hustings_table_reader_open     (const char                  *path,
                                                     const HustingsTableOptions  *options,
                                                     GError                     **error);
/* The next row, as hustings_csv_reader_next: *fields is NULL-terminated UTF-8 owned by the
 * reader until the next call, *line is the CSV line the record starts on or the XLSX row
 * number (1-based). Empty rows are skipped. XLSX cells are given as text: shared, inline and
 * rich strings as their plain text (Excel's "_x000D_" escapes decoded; white space around it
 * kept only where the file says to preserve it, as Excel does); numbers in the shortest
 * decimal that round-trips, never in exponent form ("25", "25.5", "1234567"); cells styled as
 * dates as "YYYY-MM-DD", or "YYYY-MM-DD HH:MM:SS" when they carry a time (1900 and 1904 date
 * systems, to the nearest second; serial 60 of the 1900 system is Excel's 1900-02-29), and
 * cells styled as times of day alone, under a day, as "HH:MM:SS"; booleans "TRUE" and
 * "FALSE"; error cells ("#N/A") as they show; missing cells as ""; an XLSX row ends at its
 * last cell that is not empty. FALSE at the end (error unset) or on a malformed file (error
 * set, naming the line or row and the problem; every later call fails the same way). A file
 * or sheet without a single row fails on the first call ("The file is empty", "The sheet
 * “Sheet1” is empty"). */
gboolean             hustings_table_reader_next     (HustingsTableReader         *self,
                                                     const char * const         **fields,
                                                     guint                       *n_fields,
                                                     guint64                     *line,
                                                     GError                     **error);
HustingsTableKind    hustings_table_reader_get_kind (HustingsTableReader         *self);
/* Says what was found, for the import assistant: "CSV, comma-separated, UTF-8",
 * "CSV, semicolon-separated, Windows-1252", "CSV, separated by “|”, UTF-8", "Excel workbook,
 * sheet “Donations”". */
char                *hustings_table_reader_describe (HustingsTableReader         *self);
/* XLSX: the names of the workbook's worksheets that are not hidden, in order; CSV: NULL. */
const char * const  *hustings_table_reader_get_sheets (HustingsTableReader       *self);
/* From now on, reads rows in a thread of its own, ahead of the caller, so that reading the file
 * and using its rows go on at the same time. next gives the same rows and errors as before;
 * describe and get_sheets must be asked before. */
void                 hustings_table_reader_read_ahead (HustingsTableReader       *self);
/* Fraction of the file read so far, 0.0 to 1.0, for a progress bar. */
double               hustings_table_reader_get_progress (HustingsTableReader     *self);
void                 hustings_table_reader_free     (HustingsTableReader         *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HustingsTableReader, hustings_table_reader_free)

G_END_DECLS
