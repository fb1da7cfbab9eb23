/* hustings-paper.h: what the windows that put pages on paper or in a PDF (the print window,
 * the letters window) share: the print operation, the Save dialog for a PDF and the toasts
 * once it is written or could not be, or the pages could not be printed.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "widgets/hustings-page-preview.h"

G_BEGIN_DECLS

/* Prints n_pages pages, each drawn by draw on the whole sheet, in points (data goes with the
 * operation, freed by destroy): page_setup is the paper, current_page the page shown, job_name
 * the printer queue's name for it. Runs asynchronously, with progress. */
GtkPrintOperation *hustings_paper_print_operation_new (const char                  *job_name,
                                                       GtkPageSetup                *page_setup,
                                                       guint                        n_pages,
                                                       guint                        current_page,
                                                       HustingsPagePreviewDrawFunc  draw,
                                                       gpointer                     data,
                                                       GDestroyNotify               destroy);
/* A modal Save dialog for a PDF, in the Documents folder, offering file_name. */
GtkNativeDialog   *hustings_paper_pdf_chooser_new     (GtkWindow                   *parent,
                                                       const char                  *title,
                                                       const char                  *accept_label,
                                                       const char                  *file_name);
/* message, with an Open button that activates open_action with the URI of the file at path. */
AdwToast          *hustings_paper_written_toast_new   (const char                  *message,
                                                       const char                  *path,
                                                       const char                  *open_action);
/* Why the PDF could not be written, until dismissed. */
AdwToast          *hustings_paper_failed_toast_new    (const GError                *error);
/* Shows operation's print dialog over parent; says in a toast in toasts when it could not
 * print. */
void               hustings_paper_print_run           (GtkPrintOperation           *operation,
                                                       GtkWindow                   *parent,
                                                       AdwToastOverlay             *toasts);

G_END_DECLS
