/* hustings-xlsx-reader.h: a streaming reader for the rows of an Excel workbook's sheet.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Not a GObject; free with hustings_xlsx_reader_free. One reader belongs to one thread at a
 * time; readers in different threads are independent. Memory stays bounded whatever the
 * sheet's size: the sheet is streamed, only the workbook's shared text (at most 1 GB) is held,
 * a cell may hold at most 1 MB, a row 16 MB and 16,384 columns. */
typedef struct _HustingsXlsxReader HustingsXlsxReader;

/* Opens the workbook at path (an Office Open XML .xlsx or .xlsm file) and finds its worksheet
 * named sheet (compared without regard to case), or its first visible worksheet when sheet is
 * NULL. Reads only the workbook's list of sheets, so that it is quick: the shared text, the
 * cell styles and the sheet are read by next. Fails with HUSTINGS_ERROR_FAILED when the file
 * cannot be read, HUSTINGS_ERROR_INVALID when it is not a workbook ("This file is not a
 * spreadsheet: it is damaged or in another format."), when it is damaged, or has no such sheet
 * ("The workbook has no sheet named “Gifts”."). */
HustingsXlsxReader  *hustings_xlsx_reader_open         (const char           *path,
                                                        const char           *sheet,
                                                        GError              **error);
/* The next row that holds anything. TRUE with *fields (NULL-terminated, UTF-8, owned by the
 * reader until the next call), *n_fields (up to the last cell that is not empty) and *row (the
 * row's number, 1-based, as Excel shows it). Cells are given as text: see
 * hustings_table_reader_next. FALSE at the end (error unset) or on a damaged workbook
 * (HUSTINGS_ERROR_INVALID, "Row 12: the sheet data is damaged (…)"; the message names the row
 * and the problem, or the part of the workbook that is damaged); after an error, every later
 * call fails the same way. A sheet without any row that holds something fails on the first
 * call ("The sheet “Sheet1” is empty"). */
gboolean             hustings_xlsx_reader_next         (HustingsXlsxReader   *self,
                                                        const char * const  **fields,
                                                        guint                *n_fields,
                                                        guint64              *row,
                                                        GError              **error);
/* The workbook's worksheets that are not hidden, by name, in the order of their tabs. */
const char * const  *hustings_xlsx_reader_get_sheets   (HustingsXlsxReader   *self);
/* The name of the sheet being read, as the workbook spells it. */
const char          *hustings_xlsx_reader_get_sheet    (HustingsXlsxReader   *self);
/* Bytes of the sheet's XML consumed and its size, for a progress bar. */
guint64              hustings_xlsx_reader_get_position (HustingsXlsxReader   *self);
guint64              hustings_xlsx_reader_get_size     (HustingsXlsxReader   *self);
void                 hustings_xlsx_reader_free         (HustingsXlsxReader   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HustingsXlsxReader, hustings_xlsx_reader_free)

G_END_DECLS
