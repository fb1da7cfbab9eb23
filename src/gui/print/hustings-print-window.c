/* hustings-print-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-print-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-file-job.h"

#include "hustings-print-window.h"

/* Room around the page on screen, in pixels. */
#define PAGE_MARGIN 24

struct _HustingsPrintWindow
{
  AdwWindow            parent_instance;

  /* template widgets */
  AdwToastOverlay     *toast_overlay;
  GtkEntry            *page_entry;
  GtkLabel            *pages_label;
  GtkRevealer         *progress_revealer;
  GtkLabel            *progress_label;
  GtkProgressBar      *progress_bar;
  GtkStack            *stack;
  GtkDrawingArea      *page_area;
  AdwStatusPage       *failed_status;

  /* owned */
  char                *committee_path;
  HustingsReport      *report;
  HustingsPrintStyle   style;
  HustingsReportPrint *prints[2];   /* by style, once laid out */
  guint                page;
  HustingsFileJob     *job;         /* laying out or writing a PDF */
  gboolean             writing;     /* the job writes a PDF */
  GCancellable        *cancellable;
  GSettings           *settings;
  GtkPageSetup        *page_setup;
  GtkPrintSettings    *print_settings;
  GtkNativeDialog     *chooser;
};

G_DEFINE_FINAL_TYPE (HustingsPrintWindow, hustings_print_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_PRINT_STYLE,
  PROP_N_PAGES,
  PROP_PAGE,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *style_names[] = { "forms", "listing" };

static void lay_out (HustingsPrintWindow *self);

static HustingsReportPrint *
current_print (HustingsPrintWindow *self)
{
  return self->prints[self->style];
}

static guint
n_pages (HustingsPrintWindow *self)
{
  HustingsReportPrint *print = current_print (self);

  return print != NULL ? hustings_report_print_get_n_pages (print) : 0;
}

static void
show_toast (HustingsPrintWindow *self, AdwToast *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
update_actions (HustingsPrintWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean ready = current_print (self) != NULL;

  gtk_widget_action_set_enabled (widget, "print.previous-page", ready && self->page > 0);
  gtk_widget_action_set_enabled (widget, "print.next-page",
                                 ready && self->page + 1 < n_pages (self));
  gtk_widget_action_set_enabled (widget, "print.print", ready);
  gtk_widget_action_set_enabled (widget, "print.export-pdf", ready && self->job == NULL);
  gtk_widget_action_set_enabled (widget, "print.cancel", self->job != NULL);
  gtk_widget_action_set_enabled (widget, "print.style", !self->writing);
  gtk_widget_set_sensitive (GTK_WIDGET (self->page_entry), ready);
}

/* The paper, in points, in the orientation of the pages shown (the listing is landscape). */
static void
paper_size (HustingsPrintWindow *self, double *width, double *height)
{
  double w = gtk_page_setup_get_paper_width (self->page_setup, GTK_UNIT_POINTS);
  double h = gtk_page_setup_get_paper_height (self->page_setup, GTK_UNIT_POINTS);
  gboolean landscape = self->style == HUSTINGS_PRINT_LISTING;

  *width = landscape ? MAX (w, h) : MIN (w, h);
  *height = landscape ? MIN (w, h) : MAX (w, h);
}

/* The page shown --------------------------------------------------------------------------- */

static void
set_page (HustingsPrintWindow *self, guint page)
{
  guint n = n_pages (self);
  g_autofree char *of = NULL;
  g_autofree char *number = NULL;

  self->page = n > 0 ? MIN (page, n - 1) : 0;
  number = g_strdup_printf ("%u", self->page + 1);
  gtk_editable_set_text (GTK_EDITABLE (self->page_entry), n > 0 ? number : "");
  /* Translators: after the page number entry: "of 12" */
  of = g_strdup_printf (_("of %u"), n);
  gtk_label_set_text (self->pages_label, n > 0 ? of : "");
  gtk_widget_queue_draw (GTK_WIDGET (self->page_area));
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

/* A page number typed and Enter: that page (the nearest one there is). */
static void
page_entry_activate_cb (HustingsPrintWindow *self)
{
  guint64 page = g_ascii_strtoull (gtk_editable_get_text (GTK_EDITABLE (self->page_entry)),
                                   NULL, 10);

  set_page (self, page > 0 ? (guint) MIN (page, G_MAXUINT) - 1 : 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->page_area));
}

static void
draw_page (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        user_data)
{
  HustingsPrintWindow *self = user_data;
  HustingsReportPrint *print = current_print (self);
  double paper_width, paper_height, scale, x, y;

  if (print == NULL || n_pages (self) == 0)
    return;
  paper_size (self, &paper_width, &paper_height);
  scale = MIN ((width - 2.0 * PAGE_MARGIN) / paper_width,
               (height - 2.0 * PAGE_MARGIN) / paper_height);
  if (scale <= 0)
    return;
  x = (width - paper_width * scale) / 2;
  y = (height - paper_height * scale) / 2;

  /* The sheet, with a soft shadow */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.18);
  cairo_rectangle (cr, x + 2, y + 3, paper_width * scale, paper_height * scale);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, paper_width * scale, paper_height * scale);
  cairo_fill (cr);

  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  hustings_report_print_draw_page (print, cr, self->page, paper_width, paper_height);
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           HustingsPrintWindow      *self)
{
  if (dy > 0 && self->page + 1 < n_pages (self))
    set_page (self, self->page + 1);
  else if (dy < 0 && self->page > 0)
    set_page (self, self->page - 1);
  return TRUE;
}

static void
previous_page_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  HustingsPrintWindow *self = HUSTINGS_PRINT_WINDOW (widget);

  if (self->page > 0)
    set_page (self, self->page - 1);
}

static void
next_page_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  HustingsPrintWindow *self = HUSTINGS_PRINT_WINDOW (widget);

  set_page (self, self->page + 1);
}

static void
first_page_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  set_page (HUSTINGS_PRINT_WINDOW (widget), 0);
}

static void
last_page_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  HustingsPrintWindow *self = HUSTINGS_PRINT_WINDOW (widget);

  set_page (self, n_pages (self) > 0 ? n_pages (self) - 1 : 0);
}

/* Work in a worker: laying out, writing a PDF ---------------------------------------------- */

static void
set_job (HustingsPrintWindow *self,
         HustingsFileJob     *job,
         GCancellable        *cancellable,
         gboolean             writing,
         const char          *label)
{
  if (self->cancellable != NULL && job != NULL)
    g_cancellable_cancel (self->cancellable);
  g_set_object (&self->job, job);
  self->writing = writing;
  g_set_object (&self->cancellable, cancellable);
  if (job != NULL)
    {
      gtk_label_set_text (self->progress_label, label);
      g_object_bind_property (job, "fraction", self->progress_bar, "fraction",
                              G_BINDING_SYNC_CREATE);
    }
  gtk_revealer_set_reveal_child (self->progress_revealer, job != NULL);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
cancel_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  HustingsPrintWindow *self = HUSTINGS_PRINT_WINDOW (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

typedef struct {
  HustingsReport      *report;
  HustingsPrintStyle   style;
  HustingsReportPrint *print;   /* out */
} LayoutData;

static void
layout_data_free (gpointer data)
{
  LayoutData *layout = data;

  g_object_unref (layout->report);
  g_clear_object (&layout->print);
  g_free (layout);
}

static gboolean
layout_func (HustingsCommitteeFile  *file,
             gpointer                data,
             GCancellable           *cancellable,
             HustingsProgressFunc    progress,
             gpointer                progress_data,
             GError                **error)
{
  LayoutData *layout = data;

  layout->print = hustings_report_print_new (file, layout->report, layout->style, progress,
                                             progress_data, cancellable, error);
  return layout->print != NULL;
}

static void
layout_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HustingsPrintWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  HustingsFileJob *job = HUSTINGS_FILE_JOB (source);
  LayoutData *layout = g_object_get_data (G_OBJECT (job), "layout");
  gboolean ok = hustings_file_job_run_finish (job, result, &error);

  if (job != self->job)
    return;
  set_job (self, NULL, NULL, FALSE, NULL);
  if (ok)
    {
      g_set_object (&self->prints[layout->style], layout->print);
      if (layout->style == self->style)
        {
          gtk_stack_set_visible_child_name (self->stack, "pages");
          set_page (self, 0);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
        }
    }
  else if (hustings_file_job_is_cancelled (error))
    {
      if (current_print (self) == NULL)
        gtk_window_close (GTK_WINDOW (self));
    }
  else
    {
      adw_status_page_set_description (self->failed_status, error->message);
      gtk_stack_set_visible_child_name (self->stack, "failed");
    }
}

/* Lays out the pages of the style shown, unless they are already. */
static void
lay_out (HustingsPrintWindow *self)
{
  g_autoptr(HustingsFileJob) job = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  LayoutData *layout;

  if (current_print (self) != NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "pages");
      set_page (self, 0);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
      return;
    }
  layout = g_new0 (LayoutData, 1);
  layout->report = hustings_report_copy (self->report);
  layout->style = self->style;
  job = hustings_file_job_new (self->committee_path, layout_func, layout, layout_data_free);
  g_object_set_data (G_OBJECT (job), "layout", layout);
  cancellable = g_cancellable_new ();
  gtk_stack_set_visible_child_name (self->stack, "loading");
  set_page (self, 0);
  set_job (self, job, cancellable, FALSE,
           self->style == HUSTINGS_PRINT_LISTING ? _("Laying out the review listing…")
                                                 : _("Laying out the forms…"));
  hustings_file_job_run_async (job, cancellable, layout_done_cb, g_object_ref (self));
}

typedef struct {
  HustingsReportPrint *print;
  char                *path;
  double               width;
  double               height;
} PdfData;

static void
pdf_data_free (gpointer data)
{
  PdfData *pdf = data;

  g_object_unref (pdf->print);
  g_free (pdf->path);
  g_free (pdf);
}

static gboolean
pdf_func (gpointer               data,
          GCancellable          *cancellable,
          HustingsProgressFunc   progress,
          gpointer               progress_data,
          GError               **error)
{
  PdfData *pdf = data;

  return hustings_report_print_write_pdf (pdf->print, pdf->path, pdf->width, pdf->height,
                                          progress, progress_data, cancellable, error);
}

static void
pdf_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(HustingsPrintWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  HustingsFileJob *job = HUSTINGS_FILE_JOB (source);
  PdfData *pdf = g_object_get_data (G_OBJECT (job), "pdf");
  gboolean ok = hustings_file_job_run_finish (job, result, &error);
  g_autofree char *base = g_path_get_basename (pdf->path);
  g_autofree char *name = g_filename_display_name (base);
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (job != self->job)
    return;
  if (ok)
    {
      g_autofree char *uri = g_filename_to_uri (pdf->path, NULL, NULL);

      /* Translators: %s is a file name */
      message = g_strdup_printf (_("Wrote %s"), name);
      toast = adw_toast_new (message);
      if (uri != NULL)
        {
          adw_toast_set_button_label (toast, _("_Open"));
          adw_toast_set_action_name (toast, "print.open");
          adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
        }
    }
  else if (hustings_file_job_is_cancelled (error))
    toast = adw_toast_new (_("Export cancelled: nothing was written"));
  else
    {
      /* Translators: %s says why */
      message = g_strdup_printf (_("Could not write the PDF: %s"), error->message);
      toast = adw_toast_new (message);
      adw_toast_set_timeout (toast, 0);
    }
  set_job (self, NULL, NULL, FALSE, NULL);
  show_toast (self, toast);
}

void
hustings_print_window_export_pdf_to (HustingsPrintWindow *self,
                                     GFile               *file)
{
  g_autoptr(HustingsFileJob) job = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  g_autofree char *path = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  PdfData *pdf;

  g_return_if_fail (HUSTINGS_IS_PRINT_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (current_print (self) == NULL || self->job != NULL)
    return;
  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_toast (self, adw_toast_new (_("The PDF must be saved on this computer")));
      return;
    }
  pdf = g_new0 (PdfData, 1);
  pdf->print = g_object_ref (current_print (self));
  pdf->path = g_str_has_suffix (path, ".pdf") ? g_steal_pointer (&path)
                                              : g_strconcat (path, ".pdf", NULL);
  paper_size (self, &pdf->width, &pdf->height);
  base = g_path_get_basename (pdf->path);
  name = g_filename_display_name (base);
  /* Translators: %s is a file name */
  text = g_strdup_printf (_("Writing %s…"), name);
  job = hustings_file_job_new_for_work (pdf_func, pdf, pdf_data_free);
  g_object_set_data (G_OBJECT (job), "pdf", pdf);
  cancellable = g_cancellable_new ();
  set_job (self, job, cancellable, TRUE, text);
  hustings_file_job_run_async (job, cancellable, pdf_done_cb, g_object_ref (self));
}

static void
export_response_cb (HustingsPrintWindow *self,
                    int                  response,
                    GtkNativeDialog     *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file != NULL)
    hustings_print_window_export_pdf_to (self, file);
}

/* "Friends of Maria — October Quarterly 2026" as a file name, with " (listing)" for the
 * listing. */
static char *
dup_file_name (HustingsPrintWindow *self)
{
  g_autofree char *title = hustings_report_print_dup_title (current_print (self));
  GString *name = g_string_new (NULL);

  for (const char *p = title; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '\\' || c == ':')
        g_string_append_c (name, '-');
      else
        g_string_append_unichar (name, c);
    }
  if (self->style == HUSTINGS_PRINT_LISTING)
    /* Translators: added to the file name of the review listing's PDF */
    g_string_append (name, _(" (review listing)"));
  g_string_append (name, ".pdf");
  return g_string_free (name, FALSE);
}

static void
export_pdf_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  HustingsPrintWindow *self = HUSTINGS_PRINT_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autofree char *file_name = NULL;
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL || current_print (self) == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export PDF"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF Documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  file_name = dup_file_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self,
                           G_CONNECT_SWAPPED);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
open_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

/* Printing and page setup, remembered ------------------------------------------------------- */

static void
save_page_setup (HustingsPrintWindow *self)
{
  g_settings_set_value (self->settings, "page-setup",
                        gtk_page_setup_to_gvariant (self->page_setup));
  gtk_widget_queue_draw (GTK_WIDGET (self->page_area));
}

static void
load_print_setup (HustingsPrintWindow *self)
{
  g_autoptr(GVariant) setup = g_settings_get_value (self->settings, "page-setup");
  g_autoptr(GVariant) print = g_settings_get_value (self->settings, "print-settings");

  if (g_variant_n_children (setup) > 0)
    self->page_setup = gtk_page_setup_new_from_gvariant (setup);
  if (self->page_setup == NULL)
    {
      g_autoptr(GtkPaperSize) letter = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);

      self->page_setup = gtk_page_setup_new ();
      gtk_page_setup_set_paper_size_and_default_margins (self->page_setup, letter);
    }
  if (g_variant_n_children (print) > 0)
    self->print_settings = gtk_print_settings_new_from_gvariant (print);
  if (self->print_settings == NULL)
    self->print_settings = gtk_print_settings_new ();
}

static void
page_setup_done_cb (GtkPageSetup *page_setup,
                    gpointer      user_data)
{
  g_autoptr(HustingsPrintWindow) self = user_data;

  if (page_setup == NULL)
    return;
  /* The forms stand upright; the listing turns itself. */
  g_clear_object (&self->page_setup);
  self->page_setup = gtk_page_setup_copy (page_setup);
  gtk_page_setup_set_orientation (self->page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  save_page_setup (self);
}

static void
page_setup_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  HustingsPrintWindow *self = HUSTINGS_PRINT_WINDOW (widget);

  gtk_print_run_page_setup_dialog_async (GTK_WINDOW (self), self->page_setup,
                                         self->print_settings, page_setup_done_cb,
                                         g_object_ref (self));
}

static void
draw_print_page_cb (GtkPrintOperation   *operation,
                    GtkPrintContext     *context,
                    int                  page,
                    HustingsReportPrint *print)
{
  hustings_report_print_draw_page (print, gtk_print_context_get_cairo_context (context), page,
                                   gtk_print_context_get_width (context),
                                   gtk_print_context_get_height (context));
}

/* The print dialog's Preview: this window is the preview already. */
static gboolean
preview_cb (GtkPrintOperation        *operation,
            GtkPrintOperationPreview *preview,
            GtkPrintContext          *context,
            GtkWindow                *parent,
            HustingsPrintWindow      *self)
{
  gtk_print_operation_preview_end_preview (preview);
  gtk_window_present (GTK_WINDOW (self));
  return TRUE;
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               HustingsPrintWindow     *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
      GtkPaperSize *paper = gtk_print_settings_get_paper_size (settings);

      g_set_object (&self->print_settings, settings);
      g_settings_set_value (self->settings, "print-settings",
                            gtk_print_settings_to_gvariant (settings));
      if (paper != NULL)
        {
          gtk_page_setup_set_paper_size_and_default_margins (self->page_setup, paper);
          gtk_paper_size_free (paper);
          save_page_setup (self);
        }
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;

      gtk_print_operation_get_error (operation, &error);
      /* Translators: %s says why */
      message = g_strdup_printf (_("Could not print: %s"), error ? error->message : "");
      show_toast (self, adw_toast_new (message));
    }
}

static void
print_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  HustingsPrintWindow *self = HUSTINGS_PRINT_WINDOW (widget);
  HustingsReportPrint *print = current_print (self);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) page_setup = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (print == NULL)
    return;
  operation = gtk_print_operation_new ();
  page_setup = gtk_page_setup_copy (self->page_setup);
  gtk_page_setup_set_orientation (page_setup, hustings_report_print_get_landscape (print)
                                              ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                              : GTK_PAGE_ORIENTATION_PORTRAIT);
  title = hustings_report_print_dup_title (print);
  gtk_print_operation_set_job_name (operation, title);
  gtk_print_operation_set_print_settings (operation, self->print_settings);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_n_pages (operation, (int) hustings_report_print_get_n_pages (print));
  gtk_print_operation_set_current_page (operation, (int) self->page);
  /* The forms fill the sheet as the FEC's do; scaled to the paper when it is not Letter. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_show_progress (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_print_page_cb),
                         g_object_ref (print), (GClosureNotify) (void (*) (void)) g_object_unref,
                         0);
  g_signal_connect_object (operation, "preview", G_CALLBACK (preview_cb), self, 0);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      /* Translators: %s says why */
      g_autofree char *message = g_strdup_printf (_("Could not print: %s"), error->message);

      show_toast (self, adw_toast_new (message));
    }
}

/* The object ---------------------------------------------------------------------------------- */

static void
hustings_print_window_dispose (GObject *object)
{
  HustingsPrintWindow *self = HUSTINGS_PRINT_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_PRINT_WINDOW);
  G_OBJECT_CLASS (hustings_print_window_parent_class)->dispose (object);
}

static void
hustings_print_window_finalize (GObject *object)
{
  HustingsPrintWindow *self = HUSTINGS_PRINT_WINDOW (object);

  g_free (self->committee_path);
  g_clear_object (&self->report);
  g_clear_object (&self->prints[0]);
  g_clear_object (&self->prints[1]);
  g_clear_object (&self->job);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->page_setup);
  g_clear_object (&self->print_settings);
  G_OBJECT_CLASS (hustings_print_window_parent_class)->finalize (object);
}

static void
hustings_print_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HustingsPrintWindow *self = HUSTINGS_PRINT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PRINT_STYLE:
      g_value_set_string (value, style_names[self->style]);
      break;
    case PROP_N_PAGES:
      g_value_set_uint (value, n_pages (self));
      break;
    case PROP_PAGE:
      g_value_set_uint (value, self->page);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->job != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_print_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HustingsPrintWindow *self = HUSTINGS_PRINT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PRINT_STYLE:
      {
        HustingsPrintStyle style = g_strcmp0 (g_value_get_string (value), "listing") == 0
                                   ? HUSTINGS_PRINT_LISTING : HUSTINGS_PRINT_FORMS;

        if (style == self->style)
          return;
        self->style = style;
        /* Laying out the other style stops: only the pages shown are worth the wait. */
        if (self->job != NULL && self->report != NULL)
          g_cancellable_cancel (self->cancellable);
        g_clear_object (&self->job);
        g_clear_object (&self->cancellable);
        if (self->report != NULL)
          lay_out (self);
        g_object_notify_by_pspec (object, pspec);
      }
      break;
    case PROP_PAGE:
      set_page (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_print_window_class_init (HustingsPrintWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = hustings_print_window_dispose;
  object_class->finalize = hustings_print_window_finalize;
  object_class->get_property = hustings_print_window_get_property;
  object_class->set_property = hustings_print_window_set_property;

  properties[PROP_PRINT_STYLE] =
    g_param_spec_string ("print-style", NULL, NULL, "forms", flags | G_PARAM_WRITABLE);
  properties[PROP_N_PAGES] = g_param_spec_uint ("n-pages", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_PAGE] = g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0,
                                             flags | G_PARAM_WRITABLE);
  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-print-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsPrintWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HustingsPrintWindow, page_entry);
  gtk_widget_class_bind_template_child (widget_class, HustingsPrintWindow, pages_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsPrintWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, HustingsPrintWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsPrintWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, HustingsPrintWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HustingsPrintWindow, page_area);
  gtk_widget_class_bind_template_child (widget_class, HustingsPrintWindow, failed_status);

  gtk_widget_class_install_property_action (widget_class, "print.style", "print-style");
  gtk_widget_class_install_action (widget_class, "print.previous-page", NULL,
                                   previous_page_action);
  gtk_widget_class_install_action (widget_class, "print.next-page", NULL, next_page_action);
  gtk_widget_class_install_action (widget_class, "print.first-page", NULL, first_page_action);
  gtk_widget_class_install_action (widget_class, "print.last-page", NULL, last_page_action);
  gtk_widget_class_install_action (widget_class, "print.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "print.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "print.page-setup", NULL, page_setup_action);
  gtk_widget_class_install_action (widget_class, "print.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "print.open", "s", open_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "print.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "print.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0,
                                       "print.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0,
                                       "print.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, GDK_CONTROL_MASK,
                                       "print.first-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, GDK_CONTROL_MASK,
                                       "print.last-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
hustings_print_window_init (HustingsPrintWindow *self)
{
  GtkEventController *scroll;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APP_ID);
  load_print_setup (self);
  gtk_drawing_area_set_draw_func (self->page_area, draw_page, self, NULL);
  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL |
                                            GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->page_area), scroll);
  g_signal_connect_object (self->page_entry, "activate",
                           G_CALLBACK (page_entry_activate_cb), self, G_CONNECT_SWAPPED);
  update_actions (self);
}

HustingsPrintWindow *
hustings_print_window_new (GtkWindow          *parent,
                           const char         *committee_path,
                           HustingsReport     *report,
                           HustingsPrintStyle  style)
{
  HustingsPrintWindow *self;
  g_autofree char *title = NULL;
  g_autofree char *code = NULL;

  g_return_val_if_fail (committee_path != NULL, NULL);
  g_return_val_if_fail (HUSTINGS_IS_REPORT (report), NULL);

  self = g_object_new (HUSTINGS_TYPE_PRINT_WINDOW,
                       "transient-for", parent,
                       "print-style", style_names[style],
                       NULL);
  self->committee_path = g_strdup (committee_path);
  self->report = hustings_report_copy (report);
  g_object_get (report, "code-text", &code, NULL);
  /* Translators: the print window's title: the report's name */
  title = g_strdup_printf (_("Print %s"), code);
  gtk_window_set_title (GTK_WINDOW (self), title);
  lay_out (self);
  return self;
}
