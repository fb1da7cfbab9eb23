/* hustings-paper.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-paper"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-paper.h"

typedef struct {
  HustingsPagePreviewDrawFunc draw;
  gpointer                    data;
  GDestroyNotify              destroy;
} Drawing;

static void
drawing_free (gpointer data)
{
  Drawing *drawing = data;

  if (drawing->destroy != NULL)
    drawing->destroy (drawing->data);
  g_free (drawing);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              Drawing           *drawing)
{
  drawing->draw (gtk_print_context_get_cairo_context (context), page,
                 gtk_print_context_get_width (context), gtk_print_context_get_height (context),
                 drawing->data);
}

GtkPrintOperation *
hustings_paper_print_operation_new (const char                  *job_name,
                                    GtkPageSetup                *page_setup,
                                    guint                        n_pages,
                                    guint                        current_page,
                                    HustingsPagePreviewDrawFunc  draw,
                                    gpointer                     data,
                                    GDestroyNotify               destroy)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  Drawing *drawing = g_new0 (Drawing, 1);

  drawing->draw = draw;
  drawing->data = data;
  drawing->destroy = destroy;
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_n_pages (operation, (int) n_pages);
  gtk_print_operation_set_current_page (operation, (int) current_page);
  /* The pages fill the sheet as drawn; scaled to the paper when it is not the one drawn on. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_show_progress (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_page_cb), drawing,
                         (GClosureNotify) (void (*) (void)) drawing_free, 0);
  return operation;
}

GtkNativeDialog *
hustings_paper_pdf_chooser_new (GtkWindow  *parent,
                                const char *title,
                                const char *accept_label,
                                const char *file_name)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         accept_label, _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF Documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  return GTK_NATIVE_DIALOG (chooser);
}

AdwToast *
hustings_paper_written_toast_new (const char *message,
                                  const char *path,
                                  const char *open_action)
{
  g_autofree char *markup = g_markup_escape_text (message, -1);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  AdwToast *toast = adw_toast_new (markup);

  if (uri != NULL)
    {
      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, open_action);
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
    }
  return toast;
}

AdwToast *
hustings_paper_failed_toast_new (const GError *error)
{
  /* Translators: %s says why */
  g_autofree char *message = g_strdup_printf (_("Could not write the PDF: %s"), error->message);
  g_autofree char *markup = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (markup);

  adw_toast_set_timeout (toast, 0);
  return toast;
}

static void
print_failed (AdwToastOverlay *toasts,
              const GError    *error)
{
  /* Translators: %s says why */
  g_autofree char *message = g_strdup_printf (_("Could not print: %s"),
                                              error != NULL ? error->message : "");
  g_autofree char *markup = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (toasts, adw_toast_new (markup));
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               AdwToastOverlay         *toasts)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;
  gtk_print_operation_get_error (operation, &error);
  print_failed (toasts, error);
}

void
hustings_paper_print_run (GtkPrintOperation *operation,
                          GtkWindow         *parent,
                          AdwToastOverlay   *toasts)
{
  g_autoptr(GError) error = NULL;

  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), toasts, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    print_failed (toasts, error);
}
