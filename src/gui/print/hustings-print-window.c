/* hustings-print-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-print-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-file-job.h"
#include "hustings-paper.h"
#include "widgets/hustings-job-bar.h"
#include "widgets/hustings-page-preview.h"

#include "hustings-print-window.h"

struct _HustingsPrintWindow
{
  AdwWindow            parent_instance;

  /* template widgets */
  AdwToastOverlay     *toast_overlay;
  GtkEntry            *page_entry;
  GtkLabel            *pages_label;
  HustingsJobBar      *job_bar;       /* laying out or writing a PDF */
  GtkStack            *stack;
  HustingsPagePreview *preview;
  AdwStatusPage       *failed_status;

  /* owned */
  char                *committee_path;
  HustingsReport      *report;
  HustingsPrintStyle   style;
  HustingsReportPrint *prints[2];   /* by style, once laid out */
  GSettings           *settings;
  GtkPageSetup        *page_setup;
  GtkPrintSettings    *print_settings;
  GtkNativeDialog     *chooser;
};

G_DEFINE_FINAL_TYPE (HustingsPrintWindow, hustings_print_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_PRINT_STYLE,
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
  HustingsFileJob *job = hustings_job_bar_get_job (self->job_bar);
  gboolean ready = current_print (self) != NULL;

  gtk_widget_action_set_enabled (widget, "print.print", ready);
  gtk_widget_action_set_enabled (widget, "print.export-pdf", ready && job == NULL);
  /* The PDF being written keeps the pages it was asked of. */
  gtk_widget_action_set_enabled (widget, "print.style",
                                 job == NULL || g_object_get_data (G_OBJECT (job), "pdf") == NULL);
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

/* Draws a page of print (user_data), on screen or on paper. */
static void
draw_page (cairo_t  *cr,
           guint     page,
           double    width,
           double    height,
           gpointer  user_data)
{
  hustings_report_print_draw_page (user_data, cr, page, width, height);
}

static void
update_paper (HustingsPrintWindow *self)
{
  double width, height;

  paper_size (self, &width, &height);
  hustings_page_preview_set_paper_size (self->preview, width, height);
}

/* The pages of the style shown, from the first. */
static void
show_pages (HustingsPrintWindow *self)
{
  HustingsReportPrint *print = current_print (self);

  update_paper (self);
  hustings_page_preview_set_draw_func (self->preview, draw_page,
                                       print != NULL ? g_object_ref (print) : NULL,
                                       print != NULL ? g_object_unref : NULL);
  hustings_page_preview_set_n_pages (self->preview, n_pages (self));
  update_actions (self);
}

static void
page_changed_cb (HustingsPrintWindow *self)
{
  guint n = hustings_page_preview_get_n_pages (self->preview);
  g_autofree char *of = NULL;
  g_autofree char *number = NULL;

  number = g_strdup_printf ("%u", hustings_page_preview_get_page (self->preview) + 1);
  gtk_editable_set_text (GTK_EDITABLE (self->page_entry), n > 0 ? number : "");
  /* Translators: after the page number entry: "of 12" */
  of = g_strdup_printf (_("of %u"), n);
  gtk_label_set_text (self->pages_label, n > 0 ? of : "");
}

/* A page number typed and Enter: that page (the nearest one there is). */
static void
page_entry_activate_cb (HustingsPrintWindow *self)
{
  guint64 page = g_ascii_strtoull (gtk_editable_get_text (GTK_EDITABLE (self->page_entry)),
                                   NULL, 10);

  hustings_page_preview_set_page (self->preview,
                                  page > 0 ? (guint) MIN (page, G_MAXUINT) - 1 : 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->preview));
}

/* Work in a worker: laying out, writing a PDF ---------------------------------------------- */

static void
job_changed_cb (HustingsPrintWindow *self)
{
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
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

  if (!hustings_job_bar_finish (self->job_bar, job))
    return;
  if (ok)
    {
      g_set_object (&self->prints[layout->style], layout->print);
      if (layout->style == self->style)
        {
          gtk_stack_set_visible_child_name (self->stack, "pages");
          show_pages (self);
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
  LayoutData *layout;

  if (current_print (self) != NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "pages");
      show_pages (self);
      return;
    }
  layout = g_new0 (LayoutData, 1);
  layout->report = hustings_report_copy (self->report);
  layout->style = self->style;
  job = hustings_file_job_new (self->committee_path, layout_func, layout, layout_data_free);
  g_object_set_data (G_OBJECT (job), "layout", layout);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  show_pages (self);
  hustings_job_bar_run (self->job_bar, job,
                        self->style == HUSTINGS_PRINT_LISTING ? _("Laying out the review listing…")
                                                              : _("Laying out the forms…"),
                        layout_done_cb, g_object_ref (self));
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
  AdwToast *toast;

  if (!hustings_job_bar_finish (self->job_bar, job))
    return;
  if (ok)
    {
      /* Translators: %s is a file name */
      g_autofree char *message = g_strdup_printf (_("Wrote %s"), name);

      toast = hustings_paper_written_toast_new (message, pdf->path, "print.open");
    }
  else if (hustings_file_job_is_cancelled (error))
    toast = adw_toast_new (_("Export cancelled: nothing was written"));
  else
    toast = hustings_paper_failed_toast_new (error);
  show_toast (self, toast);
}

void
hustings_print_window_export_pdf_to (HustingsPrintWindow *self,
                                     GFile               *file)
{
  g_autoptr(HustingsFileJob) job = NULL;
  g_autofree char *path = NULL;
  PdfData *pdf;

  g_return_if_fail (HUSTINGS_IS_PRINT_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (current_print (self) == NULL || hustings_job_bar_get_job (self->job_bar) != NULL)
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
  job = hustings_file_job_new_for_work (pdf_func, pdf, pdf_data_free);
  g_object_set_data (G_OBJECT (job), "pdf", pdf);
  hustings_job_bar_run_writing (self->job_bar, job, pdf->path, pdf_done_cb, g_object_ref (self));
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
  g_autofree char *file_name = NULL;

  if (self->chooser != NULL || current_print (self) == NULL)
    return;
  file_name = dup_file_name (self);
  self->chooser = hustings_paper_pdf_chooser_new (GTK_WINDOW (self), _("Export PDF"),
                                                  _("_Export"), file_name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (export_response_cb), self,
                           G_CONNECT_SWAPPED);
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
  update_paper (self);
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
}

static void
print_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  HustingsPrintWindow *self = HUSTINGS_PRINT_WINDOW (widget);
  HustingsReportPrint *print = current_print (self);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) page_setup = NULL;
  g_autofree char *title = NULL;

  if (print == NULL)
    return;
  page_setup = gtk_page_setup_copy (self->page_setup);
  gtk_page_setup_set_orientation (page_setup, hustings_report_print_get_landscape (print)
                                              ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                              : GTK_PAGE_ORIENTATION_PORTRAIT);
  title = hustings_report_print_dup_title (print);
  /* The forms fill the sheet as the FEC's do; scaled to the paper when it is not Letter. */
  operation = hustings_paper_print_operation_new (title, page_setup,
                                                  hustings_report_print_get_n_pages (print),
                                                  hustings_page_preview_get_page (self->preview),
                                                  draw_page, g_object_ref (print),
                                                  g_object_unref);
  gtk_print_operation_set_print_settings (operation, self->print_settings);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_object (operation, "preview", G_CALLBACK (preview_cb), self, 0);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  hustings_paper_print_run (operation, GTK_WINDOW (self), self->toast_overlay);
}

/* The object ---------------------------------------------------------------------------------- */

static void
hustings_print_window_dispose (GObject *object)
{
  HustingsPrintWindow *self = HUSTINGS_PRINT_WINDOW (object);

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
    case PROP_BUSY:
      g_value_set_boolean (value, hustings_job_bar_get_job (self->job_bar) != NULL);
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
        hustings_job_bar_stop (self->job_bar);
        if (self->report != NULL)
          lay_out (self);
        g_object_notify_by_pspec (object, pspec);
      }
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
  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HUSTINGS_TYPE_JOB_BAR);
  g_type_ensure (HUSTINGS_TYPE_PAGE_PREVIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-print-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsPrintWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HustingsPrintWindow, page_entry);
  gtk_widget_class_bind_template_child (widget_class, HustingsPrintWindow, pages_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsPrintWindow, job_bar);
  gtk_widget_class_bind_template_child (widget_class, HustingsPrintWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HustingsPrintWindow, preview);
  gtk_widget_class_bind_template_child (widget_class, HustingsPrintWindow, failed_status);
  gtk_widget_class_bind_template_callback (widget_class, page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, job_changed_cb);

  gtk_widget_class_install_property_action (widget_class, "print.style", "print-style");
  gtk_widget_class_install_action (widget_class, "print.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "print.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "print.page-setup", NULL, page_setup_action);
  gtk_widget_class_install_action (widget_class, "print.open", "s", open_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "print.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "print.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
hustings_print_window_init (HustingsPrintWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APP_ID);
  load_print_setup (self);
  /* The page buttons in the header bar turn the preview's pages. */
  gtk_widget_insert_action_group (GTK_WIDGET (self), "preview",
                                  hustings_page_preview_get_actions (self->preview));
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
