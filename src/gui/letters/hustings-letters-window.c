/* hustings-letters-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-letters-window"

#include "config.h"

#include <glib/gi18n.h>

#include "segments/hustings-recipients-row.h"
#include "widgets/hustings-job-bar.h"
#include "widgets/hustings-page-preview.h"
#include "hustings-file-job.h"
#include "hustings-paper.h"
#include "hustings-template-editor.h"
#include "hustings-template-row.h"

#include "hustings-letters-window.h"

struct _HustingsLettersWindow
{
  AdwWindow              parent_instance;

  /* template widgets */
  AdwToastOverlay       *toast_overlay;
  AdwWindowTitle        *window_title;
  HustingsJobBar        *job_bar;    /* writing the letters or a PDF */
  HustingsRecipientsRow *recipients_row;
  HustingsTemplateRow   *template_row;
  GtkLabel              *summary_label;
  GtkLabel              *problems_label;
  GtkStack              *stack;
  HustingsPagePreview   *preview;
  AdwStatusPage         *empty_status;
  AdwStatusPage         *failed_status;
  GtkLabel              *page_label;

  /* owned */
  HustingsCommitteeFile *file;
  HustingsLetters       *letters;    /* once written */
  HustingsLettersStyle   style;
  GtkNativeDialog       *chooser;

  gboolean               stale;      /* to write again once the PDF is written */
};

G_DEFINE_FINAL_TYPE (HustingsLettersWindow, hustings_letters_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_PRINT_STYLE,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const style_names[] = { "letters", "envelopes", "labels" };

static guint
n_pages (HustingsLettersWindow *self)
{
  return self->letters ? hustings_letters_get_n_pages (self->letters, self->style) : 0;
}

static void
show_toast (HustingsLettersWindow *self,
            AdwToast              *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_message (HustingsLettersWindow *self,
              const char            *message)
{
  g_autofree char *markup = g_markup_escape_text (message, -1);

  show_toast (self, adw_toast_new (markup));
}

/* Whether the job running writes a PDF (of letters that must not change under it). */
static gboolean
writing_pdf (HustingsLettersWindow *self)
{
  HustingsFileJob *job = hustings_job_bar_get_job (self->job_bar);

  return job != NULL && g_object_get_data (G_OBJECT (job), "pdf") != NULL;
}

static void
update_actions (HustingsLettersWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean ready = n_pages (self) > 0;

  gboolean idle = hustings_job_bar_get_job (self->job_bar) == NULL;

  gtk_widget_action_set_enabled (widget, "letters.save-pdf", ready && idle);
  gtk_widget_action_set_enabled (widget, "letters.print", ready && idle);
  gtk_widget_action_set_enabled (widget, "letters.style", !writing_pdf (self));
  gtk_widget_set_sensitive (GTK_WIDGET (self->recipients_row), !writing_pdf (self));
  gtk_widget_set_sensitive (GTK_WIDGET (self->template_row), !writing_pdf (self));
}

/* The page shown ----------------------------------------------------------------------------- */

/* Letters in a style: what the preview and the printer draw. */
typedef struct {
  HustingsLetters      *letters;
  HustingsLettersStyle  style;
} Pages;

static Pages *
pages_new (HustingsLetters      *letters,
           HustingsLettersStyle  style)
{
  Pages *pages = g_new (Pages, 1);

  pages->letters = g_object_ref (letters);
  pages->style = style;
  return pages;
}

static void
pages_free (gpointer data)
{
  Pages *pages = data;

  g_object_unref (pages->letters);
  g_free (pages);
}

static void
draw_page (cairo_t  *cr,
           guint     page,
           double    width,
           double    height,
           gpointer  user_data)
{
  Pages *pages = user_data;

  hustings_letters_draw_page (pages->letters, pages->style, cr, page, width, height);
}

/* The pages of the letters and style shown, from the first. */
static void
show_pages (HustingsLettersWindow *self)
{
  double width, height;

  hustings_letters_page_size (self->style, &width, &height);
  hustings_page_preview_set_paper_size (self->preview, width, height);
  hustings_page_preview_set_draw_func (self->preview, draw_page,
                                       self->letters ? pages_new (self->letters, self->style)
                                                     : NULL,
                                       self->letters ? pages_free : NULL);
  hustings_page_preview_set_n_pages (self->preview, n_pages (self));
  update_actions (self);
}

static void
page_changed_cb (HustingsLettersWindow *self)
{
  guint n = hustings_page_preview_get_n_pages (self->preview);
  guint page = hustings_page_preview_get_page (self->preview) + 1;
  g_autofree char *text = NULL;

  if (n > 0)
    switch (self->style)
      {
      case HUSTINGS_LETTERS_LETTERS:
        /* Translators: below the preview: "Page 3 of 312" */
        text = g_strdup_printf (_("Page %'u of %'u"), page, n);
        break;
      case HUSTINGS_LETTERS_ENVELOPES:
        text = g_strdup_printf (_("Envelope %'u of %'u"), page, n);
        break;
      case HUSTINGS_LETTERS_LABELS:
        text = g_strdup_printf (_("Sheet %'u of %'u"), page, n);
        break;
      }
  gtk_label_set_text (self->page_label, text ? text : "");
}

/* What the letters hold, and what to check before mailing them. */
static void
update_summary (HustingsLettersWindow *self)
{
  g_autofree char *summary = NULL;
  g_autofree char *problems = NULL;
  g_auto(GStrv) lines = NULL;
  guint n, addressed;

  if (self->letters == NULL)
    {
      gtk_label_set_text (self->summary_label, "—");
      gtk_label_set_text (self->problems_label, "—");
      return;
    }
  n = hustings_letters_get_n_letters (self->letters);
  addressed = hustings_letters_get_n_addressed (self->letters);
  /* Translators: "312 letters, 298 of them with a mailing address" */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%'u letter, %'u of them with a mailing address",
                                          "%'u letters, %'u of them with a mailing address", n),
                             n, addressed);
  gtk_label_set_text (self->summary_label, summary);
  problems = hustings_letters_dup_problems (self->letters);
  /* A problem a line: a blank line between them reads better in a narrow column. */
  lines = g_strsplit (g_strstrip (problems), "\n", -1);
  g_free (problems);
  problems = g_strjoinv ("\n\n", lines);
  gtk_label_set_text (self->problems_label,
                      *problems != '\0' ? problems
                                        : _("Nothing: every letter has what its template asks "
                                            "for, and every contact a mailing address."));
}

/* Work in a worker: writing the letters, writing a PDF ------------------------------------- */

static void
job_changed_cb (HustingsLettersWindow *self)
{
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

typedef struct {
  HustingsRecipients *recipients;
  HustingsTemplate   *template;
  HustingsLetters    *letters;   /* out */
} WriteData;

static void
write_data_free (gpointer data)
{
  WriteData *write = data;

  hustings_recipients_free (write->recipients);
  g_object_unref (write->template);
  g_clear_object (&write->letters);
  g_free (write);
}

/* Worker thread. */
static gboolean
write_func (HustingsCommitteeFile  *file,
            gpointer                data,
            GCancellable           *cancellable,
            HustingsProgressFunc    progress,
            gpointer                progress_data,
            GError                **error)
{
  WriteData *write = data;
  g_autoptr(GArray) ids = hustings_recipients_resolve (write->recipients, file, error);

  if (ids == NULL)
    return FALSE;
  write->letters = hustings_letters_new (file, write->template, ids, progress, progress_data,
                                         cancellable, error);
  return write->letters != NULL;
}

static void
show_empty (HustingsLettersWindow *self,
            const char            *description)
{
  adw_status_page_set_description (self->empty_status, description);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
write_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(HustingsLettersWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  HustingsFileJob *job = HUSTINGS_FILE_JOB (source);
  WriteData *write = g_object_get_data (G_OBJECT (job), "write");
  gboolean ok = hustings_file_job_run_finish (job, result, &error);

  if (!hustings_job_bar_finish (self->job_bar, job))
    return;
  if (ok)
    {
      g_autofree char *title = hustings_letters_dup_title (write->letters);

      g_set_object (&self->letters, write->letters);
      adw_window_title_set_subtitle (self->window_title, title);
      if (hustings_letters_get_n_letters (self->letters) == 0)
        show_empty (self, _("No contact is in the segment chosen."));
      else
        gtk_stack_set_visible_child_name (self->stack, "pages");
    }
  else if (!hustings_file_job_is_cancelled (error))
    {
      adw_status_page_set_description (self->failed_status, error->message);
      gtk_stack_set_visible_child_name (self->stack, "failed");
    }
  update_summary (self);
  show_pages (self);
}

/* Writes the letters again for the recipients and template chosen. */
static void
write_letters (HustingsLettersWindow *self)
{
  g_autoptr(HustingsFileJob) job = NULL;
  HustingsTemplate *template = hustings_template_row_get_template (self->template_row);
  HustingsRecipients *recipients;
  WriteData *write;

  /* The PDF being written keeps the letters it was asked of. */
  if (writing_pdf (self))
    {
      self->stale = TRUE;
      return;
    }
  g_clear_object (&self->letters);
  adw_window_title_set_subtitle (self->window_title, "");
  recipients = hustings_recipients_row_dup_recipients (self->recipients_row);
  if (recipients == NULL || template == NULL)
    {
      hustings_recipients_free (recipients);
      hustings_job_bar_stop (self->job_bar);
      show_empty (self, recipients == NULL ? _("Choose who the letters go to.")
                                           : _("Choose the template of the letters."));
      update_summary (self);
      show_pages (self);
      return;
    }

  write = g_new0 (WriteData, 1);
  write->recipients = recipients;
  write->template = g_object_ref (template);
  job = hustings_file_job_new (hustings_committee_file_get_path (self->file), write_func, write,
                               write_data_free);
  g_object_set_data (G_OBJECT (job), "write", write);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  hustings_job_bar_run (self->job_bar, job, _("Writing the letters…"), write_done_cb,
                        g_object_ref (self));
  update_summary (self);
  show_pages (self);
}

static void
recipients_changed_cb (HustingsLettersWindow *self)
{
  if (self->file != NULL)
    write_letters (self);
}

static void
template_changed_cb (HustingsLettersWindow *self)
{
  if (self->file != NULL)
    write_letters (self);
}

static void
edit_templates_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  HustingsLettersWindow *self = HUSTINGS_LETTERS_WINDOW (widget);
  HustingsTemplate *template = hustings_template_row_get_template (self->template_row);
  HustingsTemplateEditor *editor;

  editor = hustings_template_editor_new (GTK_WINDOW (self), self->file, HUSTINGS_TEMPLATE_LETTER,
                                         template ? hustings_template_get_name (template) : NULL);
  gtk_window_present (GTK_WINDOW (editor));
}

/* Saving and printing ------------------------------------------------------------------------- */

/* Logs the letters in the contacts' history once they are on paper (or in a PDF to print);
 * says what was done. */
static void
letters_done (HustingsLettersWindow *self,
              HustingsLetters       *letters,
              HustingsLettersStyle   style,
              const char            *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n = hustings_letters_get_n_pages (letters, style);

  switch (style)
    {
    case HUSTINGS_LETTERS_LETTERS:
      n = hustings_letters_get_n_letters (letters);
      if (hustings_committee_file_is_read_only (self->file))
        /* Translators: "312 letters saved (not logged: the committee file is read-only)" */
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%'u letter saved (not logged: the committee "
                                                "file is read-only)",
                                                "%'u letters saved (not logged: the committee "
                                                "file is read-only)", n), n);
      else if (!hustings_letters_log_interactions (letters, self->file, &error))
        /* Translators: "312 letters saved, but not logged: <why>" */
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%'u letter saved, but not logged: %s",
                                                "%'u letters saved, but not logged: %s", n),
                                   n, error->message);
      else
        /* Translators: a toast after the letters' PDF is written: "312 letters saved" */
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u letter saved",
                                                "%'u letters saved", n), n);
      break;
    case HUSTINGS_LETTERS_ENVELOPES:
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u envelope saved",
                                              "%'u envelopes saved", n), n);
      break;
    case HUSTINGS_LETTERS_LABELS:
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u sheet of labels saved",
                                              "%'u sheets of labels saved", n), n);
      break;
    }

  if (path != NULL)
    show_toast (self, hustings_paper_written_toast_new (message, path, "letters.open"));
  else
    show_message (self, message);
}

typedef struct {
  HustingsLetters      *letters;
  HustingsLettersStyle  style;
  char                 *path;
} PdfData;

static void
pdf_data_free (gpointer data)
{
  PdfData *pdf = data;

  g_object_unref (pdf->letters);
  g_free (pdf->path);
  g_free (pdf);
}

/* Worker thread. */
static gboolean
pdf_func (gpointer               data,
          GCancellable          *cancellable,
          HustingsProgressFunc   progress,
          gpointer               progress_data,
          GError               **error)
{
  PdfData *pdf = data;

  return hustings_letters_write_pdf (pdf->letters, pdf->style, pdf->path, progress,
                                     progress_data, cancellable, error);
}

static void
pdf_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(HustingsLettersWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  HustingsFileJob *job = HUSTINGS_FILE_JOB (source);
  PdfData *pdf = g_object_get_data (G_OBJECT (job), "pdf");
  gboolean ok = hustings_file_job_run_finish (job, result, &error);

  if (!hustings_job_bar_finish (self->job_bar, job))
    return;
  if (self->stale)
    {
      self->stale = FALSE;
      write_letters (self);
    }
  if (ok)
    letters_done (self, pdf->letters, pdf->style, pdf->path);
  else if (hustings_file_job_is_cancelled (error))
    show_message (self, _("Cancelled: no PDF was written"));
  else
    show_toast (self, hustings_paper_failed_toast_new (error));
}

void
hustings_letters_window_save_pdf_to (HustingsLettersWindow *self,
                                     GFile                 *file)
{
  g_autoptr(HustingsFileJob) job = NULL;
  PdfData *pdf;

  g_return_if_fail (HUSTINGS_IS_LETTERS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (n_pages (self) == 0 || hustings_job_bar_get_job (self->job_bar) != NULL)
    return;
  pdf = g_new0 (PdfData, 1);
  pdf->path = g_file_get_path (file);
  if (pdf->path == NULL)
    {
      pdf_data_free (pdf);
      show_message (self, _("PDFs must be saved on this computer."));
      return;
    }
  pdf->letters = g_object_ref (self->letters);
  pdf->style = self->style;
  job = hustings_file_job_new_for_work (pdf_func, pdf, pdf_data_free);
  g_object_set_data (G_OBJECT (job), "pdf", pdf);
  hustings_job_bar_run_writing (self->job_bar, job, pdf->path, pdf_done_cb, g_object_ref (self));
}

static void
save_response_cb (HustingsLettersWindow *self,
                  int                    response,
                  GtkNativeDialog       *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL && !g_str_has_suffix (path, ".pdf"))
        {
          g_autofree char *named = g_strconcat (path, ".pdf", NULL);

          g_clear_object (&file);
          file = g_file_new_for_path (named);
        }
      hustings_letters_window_save_pdf_to (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
save_pdf_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  HustingsLettersWindow *self = HUSTINGS_LETTERS_WINDOW (widget);
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  const char *what;

  if (self->chooser != NULL || n_pages (self) == 0)
    return;
  title = hustings_letters_dup_title (self->letters);
  what = self->style == HUSTINGS_LETTERS_ENVELOPES ? _("Envelopes")
         : self->style == HUSTINGS_LETTERS_LABELS ? _("Labels") : NULL;
  /* Translators: a file name: the letters' title, then "Envelopes" or "Labels" */
  name = what ? g_strdup_printf (_("%s — %s.pdf"), title, what)
              : g_strdup_printf ("%s.pdf", title);
  g_strdelimit (name, "/", '-');

  self->chooser = hustings_paper_pdf_chooser_new (GTK_WINDOW (self),
                                                  _("Save the Letters as a PDF"), _("_Save"),
                                                  name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (save_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (self->chooser);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               HustingsLettersWindow   *self)
{
  Pages *pages = g_object_get_data (G_OBJECT (operation), "pages");

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    letters_done (self, pages->letters, pages->style, NULL);
}

static void
print_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  HustingsLettersWindow *self = HUSTINGS_LETTERS_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = NULL;
  g_autofree char *title = NULL;
  Pages *pages;

  if (n_pages (self) == 0)
    return;
  if (self->style == HUSTINGS_LETTERS_ENVELOPES)
    {
      paper = gtk_paper_size_new ("na_number-10");
      gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
    }
  else
    paper = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
  gtk_page_setup_set_paper_size_and_default_margins (page_setup, paper);

  title = hustings_letters_dup_title (self->letters);
  /* The letters printed, whatever is shown by the time the printer is done. */
  pages = pages_new (self->letters, self->style);
  operation = hustings_paper_print_operation_new (title, page_setup, n_pages (self),
                                                  hustings_page_preview_get_page (self->preview),
                                                  draw_page, pages, NULL);
  g_object_set_data_full (G_OBJECT (operation), "pages", pages, pages_free);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  hustings_paper_print_run (operation, GTK_WINDOW (self), self->toast_overlay);
}

static void
open_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  HustingsLettersWindow *self = HUSTINGS_LETTERS_WINDOW (widget);
  g_autoptr(GdkAppLaunchContext) context = NULL;
  g_autoptr(GError) error = NULL;

  context = gdk_display_get_app_launch_context (gtk_widget_get_display (widget));
  if (!g_app_info_launch_default_for_uri (g_variant_get_string (parameter, NULL),
                                          G_APP_LAUNCH_CONTEXT (context), &error))
    show_message (self, error->message);
}

/* The object ---------------------------------------------------------------------------------- */

static void
hustings_letters_window_dispose (GObject *object)
{
  HustingsLettersWindow *self = HUSTINGS_LETTERS_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_LETTERS_WINDOW);
  G_OBJECT_CLASS (hustings_letters_window_parent_class)->dispose (object);
}

static void
hustings_letters_window_finalize (GObject *object)
{
  HustingsLettersWindow *self = HUSTINGS_LETTERS_WINDOW (object);

  g_clear_object (&self->file);
  g_clear_object (&self->letters);
  G_OBJECT_CLASS (hustings_letters_window_parent_class)->finalize (object);
}

static void
hustings_letters_window_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  HustingsLettersWindow *self = HUSTINGS_LETTERS_WINDOW (object);

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
hustings_letters_window_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  HustingsLettersWindow *self = HUSTINGS_LETTERS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PRINT_STYLE:
      for (guint i = 0; i < G_N_ELEMENTS (style_names); i++)
        if (g_strcmp0 (g_value_get_string (value), style_names[i]) == 0 && self->style != i)
          {
            self->style = i;
            show_pages (self);
            g_object_notify_by_pspec (object, pspec);
          }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define BIND(name) \
  gtk_widget_class_bind_template_child (widget_class, HustingsLettersWindow, name)

static void
hustings_letters_window_class_init (HustingsLettersWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = hustings_letters_window_dispose;
  object_class->finalize = hustings_letters_window_finalize;
  object_class->get_property = hustings_letters_window_get_property;
  object_class->set_property = hustings_letters_window_set_property;

  properties[PROP_PRINT_STYLE] =
    g_param_spec_string ("print-style", NULL, NULL, "letters", flags | G_PARAM_WRITABLE);
  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HUSTINGS_TYPE_RECIPIENTS_ROW);
  g_type_ensure (HUSTINGS_TYPE_TEMPLATE_ROW);
  g_type_ensure (HUSTINGS_TYPE_JOB_BAR);
  g_type_ensure (HUSTINGS_TYPE_PAGE_PREVIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-letters-window.ui");
  BIND (toast_overlay);
  BIND (window_title);
  BIND (job_bar);
  BIND (recipients_row);
  BIND (template_row);
  BIND (summary_label);
  BIND (problems_label);
  BIND (stack);
  BIND (preview);
  BIND (empty_status);
  BIND (failed_status);
  BIND (page_label);
  gtk_widget_class_bind_template_callback (widget_class, page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, job_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, recipients_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, template_changed_cb);

  gtk_widget_class_install_property_action (widget_class, "letters.style", "print-style");
  gtk_widget_class_install_action (widget_class, "letters.save-pdf", NULL, save_pdf_action);
  gtk_widget_class_install_action (widget_class, "letters.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "letters.edit-templates", NULL,
                                   edit_templates_action);
  gtk_widget_class_install_action (widget_class, "letters.open", "s", open_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "letters.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "letters.save-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

#undef BIND

static void
hustings_letters_window_init (HustingsLettersWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The page buttons below the preview turn its pages. */
  gtk_widget_insert_action_group (GTK_WIDGET (self), "preview",
                                  hustings_page_preview_get_actions (self->preview));
  update_summary (self);
  update_actions (self);
}

HustingsLettersWindow *
hustings_letters_window_new (GtkWindow             *parent,
                             HustingsCommitteeFile *file,
                             GArray                *shown_ids,
                             const char            *segment)
{
  HustingsLettersWindow *self;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  self = g_object_new (HUSTINGS_TYPE_LETTERS_WINDOW, "transient-for", parent, NULL);
  self->file = g_object_ref (file);
  /* Each row says it changed once it lists its choices: the letters are written then. */
  hustings_template_row_set_file (self->template_row, file, HUSTINGS_TEMPLATE_LETTER);
  hustings_recipients_row_set_file (self->recipients_row, file, shown_ids, segment);
  return self;
}
