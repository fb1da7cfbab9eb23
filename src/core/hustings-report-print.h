/* hustings-report-print.h: a report printed as the FEC's paper forms, or as a review listing.
 *
 * The pages are laid out in core with cairo and Pango, so the window's print preview, its
 * Export PDF and `hustings-cli report --pdf` draw the same pages.
 *
 * Forms: the cover page (Form 3 / 3X page 1), the summary page, the detailed summary pages with
 * every line in columns A and B, the Schedule A pages of each line (three itemizations a page,
 * a page subtotal, the line's total on its last page), the Schedule B pages likewise, and the
 * TEXT memos. Each part is numbered "Page N of M" on its own, as the forms are.
 *
 * Listing: one row per itemization, landscape, grouped by line with a total for each line, for
 * checking thousands of rows before filing.
 *
 * The filing is built once (in a worker thread, with its own committee file); pages are then
 * drawn one at a time, on demand, so printing or writing a PDF keeps memory flat however many
 * pages there are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "hustings-report.h"

G_BEGIN_DECLS

typedef enum {
  HUSTINGS_PRINT_FORMS,    /* the FEC's paper forms, portrait */
  HUSTINGS_PRINT_LISTING,  /* the review listing, landscape */
} HustingsPrintStyle;

/* US Letter, the forms' own paper, in points. */
#define HUSTINGS_PRINT_LETTER_WIDTH  612.0
#define HUSTINGS_PRINT_LETTER_HEIGHT 792.0

#define HUSTINGS_TYPE_REPORT_PRINT (hustings_report_print_get_type ())
G_DECLARE_FINAL_TYPE (HustingsReportPrint, hustings_report_print, HUSTINGS, REPORT_PRINT, GObject)

/* Builds the report's filing and lays out its pages (none is drawn yet). progress goes from 0
 * to 1 on the calling thread. */
HustingsReportPrint *hustings_report_print_new          (HustingsCommitteeFile *file,
                                                         HustingsReport        *report,
                                                         HustingsPrintStyle     style,
                                                         HustingsProgressFunc   progress,
                                                         gpointer               progress_data,
                                                         GCancellable          *cancellable,
                                                         GError               **error);
HustingsPrintStyle   hustings_report_print_get_style    (HustingsReportPrint   *self);
guint                hustings_report_print_get_n_pages  (HustingsReportPrint   *self);
/* TRUE for the listing: its pages are wider than tall. */
gboolean             hustings_report_print_get_landscape (HustingsReportPrint  *self);
/* A name for the document and its file: "Friends of Test — April Quarterly 2026". */
char                *hustings_report_print_dup_title    (HustingsReportPrint   *self);

/* Draws page (0-based) on cr, whose user space is width × height points (the paper, in the
 * page's own orientation): the page's US Letter layout is scaled to fit and centred. */
void                 hustings_report_print_draw_page    (HustingsReportPrint   *self,
                                                         cairo_t               *cr,
                                                         guint                  page,
                                                         double                 width,
                                                         double                 height);

/* Writes every page to a PDF at path, on paper of width × height points (portrait; the
 * listing turns it), page by page with progress and cancellable. The file appears whole or
 * not at all. */
gboolean             hustings_report_print_write_pdf    (HustingsReportPrint   *self,
                                                         const char            *path,
                                                         double                 width,
                                                         double                 height,
                                                         HustingsProgressFunc   progress,
                                                         gpointer               progress_data,
                                                         GCancellable          *cancellable,
                                                         GError               **error);

G_END_DECLS
