/* hustings-print-window.h: a report's printed pages, previewed, printed and exported as PDF.
 *
 * The window lays out the report's pages in a worker thread (progress and Cancel), shows them
 * one at a time, switches between the FEC's forms and the review listing, prints them through
 * GtkPrintOperation and writes them to a PDF in a worker. The paper (Page Setup) and the
 * printer's settings are remembered between runs; US Letter until the user picks another.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_PRINT_WINDOW (hustings_print_window_get_type ())
G_DECLARE_FINAL_TYPE (HustingsPrintWindow, hustings_print_window, HUSTINGS, PRINT_WINDOW,
                      AdwWindow)

/* A window for report (copied: later edits to it are not seen) of the committee file at
 * committee_path, showing style first. Properties: "print-style" ("forms" or "listing", the
 * pages shown), "busy" (laying out or writing a PDF). The pages are shown by the template
 * child "preview" (a HustingsPagePreview: "n-pages", 0 until laid out, and "page"), whose
 * preview.* actions the window offers too. */
HustingsPrintWindow *hustings_print_window_new           (GtkWindow           *parent,
                                                          const char          *committee_path,
                                                          HustingsReport      *report,
                                                          HustingsPrintStyle   style);
/* Writes the pages shown to a PDF at file, in a worker, as Export PDF does. */
void                 hustings_print_window_export_pdf_to (HustingsPrintWindow *self,
                                                          GFile               *file);

G_END_DECLS
