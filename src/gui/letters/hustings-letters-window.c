/* hustings-letters-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-letters-window"

#include "config.h"

#include <glib/gi18n.h>

#include "segments/hustings-recipients-row.h"
#include "hustings-file-job.h"
#include "hustings-template-editor.h"
#include "hustings-template-row.h"

#include "hustings-letters-window.h"

/* Room around the page on screen, in pixels. */
#define PAGE_MARGIN 24

struct _HustingsLettersWindow
{
  AdwWindow              parent_instance;

  /* template widgets */
  AdwToastOverlay       *toast_overlay;
  AdwWindowTitle        *window_title;
  GtkRevealer           *progress_revealer;
  GtkLabel              *progress_label;
  GtkProgressBar        *progress_bar;
  HustingsRecipientsRow *recipients_row;
  HustingsTemplateRow   *template_row;
  GtkLabel              *summary_label;
  GtkLabel              *problems_label;
  GtkStack              *stack;
  GtkDrawingArea        *page_area;
  AdwStatusPage         *empty_status;
  AdwStatusPage         *failed_status;
  GtkLabel              *page_label;

  /* owned */
  HustingsCommitteeFile *file;
  HustingsLetters       *letters;    /* once written */
  HustingsLettersStyle   style;
  guint                  page;
  HustingsFileJob       *job;        /* writing the letters or a PDF */
  gboolean               writing;    /* the job writes a PDF */
  GCancellable          *cancellable;
  GtkNativeDialog       *chooser;

  gboolean               stale;      /* to write again once the PDF is written */
};

G_DEFINE_FINAL_TYPE (HustingsLettersWindow, hustings_letters_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_PRINT_STYLE,
  PROP_N_PAGES,
  PROP_PAGE,
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

static void
update_actions (HustingsLettersWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean ready = n_pages (self) > 0;

  gtk_widget_action_set_enabled (widget, "letters.previous-page", ready && self->page > 0);
  gtk_widget_action_set_enabled (widget, "letters.next-page",
                                 ready && self->page + 1 < n_pages (self));
  gtk_widget_action_set_enabled (widget, "letters.save-pdf", ready && self->job == NULL);
  gtk_widget_action_set_enabled (widget, "letters.print", ready && self->job == NULL);
  gtk_widget_action_set_enabled (widget, "letters.cancel", self->job != NULL);
  gtk_widget_action_set_enabled (widget, "letters.style", !self->writing);
  gtk_widget_set_sensitive (GTK_WIDGET (self->recipients_row), !self->writing);
  gtk_widget_set_sensitive (GTK_WIDGET (self->template_row), !self->writing);
}

/* The page shown ----------------------------------------------------------------------------- */

static void
set_page (HustingsLettersWindow *self,
          guint                  page)
{
  guint n = n_pages (self);
  g_autofree char *text = NULL;

  self->page = n > 0 ? MIN (page, n - 1) : 0;
  if (n > 0)
    switch (self->style)
      {
      case HUSTINGS_LETTERS_LETTERS:
        /* Translators: below the preview: "Page 3 of 312" */
        text = g_strdup_printf (_("Page %'u of %'u"), self->page + 1, n);
        break;
      case HUSTINGS_LETTERS_ENVELOPES:
        text = g_strdup_printf (_("Envelope %'u of %'u"), self->page + 1, n);
        break;
      case HUSTINGS_LETTERS_LABELS:
        text = g_strdup_printf (_("Sheet %'u of %'u"), self->page + 1, n);
        break;
      }
  gtk_label_set_text (self->page_label, text ? text : "");
  gtk_widget_queue_draw (GTK_WIDGET (self->page_area));
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

static void
draw_page (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        user_data)
{
  HustingsLettersWindow *self = user_data;
  double paper_width, paper_height, scale, x, y;

  if (n_pages (self) == 0)
    return;
  hustings_letters_page_size (self->style, &paper_width, &paper_height);
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
  hustings_letters_draw_page (self->letters, self->style, cr, self->page, paper_width,
                              paper_height);
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           HustingsLettersWindow    *self)
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
  HustingsLettersWindow *self = HUSTINGS_LETTERS_WINDOW (widget);

  if (self->page > 0)
    set_page (self, self->page - 1);
}

static void
next_page_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  HustingsLettersWindow *self = HUSTINGS_LETTERS_WINDOW (widget);

  set_page (self, self->page + 1);
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
set_job (HustingsLettersWindow *self,
         HustingsFileJob       *job,
         gboolean               writing,
         const char            *label)
{
  if (self->cancellable != NULL && job != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_set_object (&self->job, job);
  self->writing = writing;
  if (job != NULL)
    {
      self->cancellable = g_cancellable_new ();
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
  HustingsLettersWindow *self = HUSTINGS_LETTERS_WINDOW (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
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

  if (job != self->job)
    return;
  set_job (self, NULL, FALSE, NULL);
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
  set_page (self, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
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
  if (self->writing)
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
      set_job (self, NULL, FALSE, NULL);
      show_empty (self, recipients == NULL ? _("Choose who the letters go to.")
                                           : _("Choose the template of the letters."));
      update_summary (self);
      set_page (self, 0);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
      return;
    }

  write = g_new0 (WriteData, 1);
  write->recipients = recipients;
  write->template = g_object_ref (template);
  job = hustings_file_job_new (hustings_committee_file_get_path (self->file), write_func, write,
                               write_data_free);
  g_object_set_data (G_OBJECT (job), "write", write);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  set_job (self, job, FALSE, _("Writing the letters…"));
  update_summary (self);
  set_page (self, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
  hustings_file_job_run_async (job, self->cancellable, write_done_cb, g_object_ref (self));
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
              const char            *uri)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *markup = NULL;
  guint n = hustings_letters_get_n_pages (letters, style);
  AdwToast *toast;

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

  markup = g_markup_escape_text (message, -1);
  toast = adw_toast_new (markup);
  if (uri != NULL)
    {
      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, "letters.open");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
    }
  show_toast (self, toast);
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

  if (job != self->job)
    return;
  set_job (self, NULL, FALSE, NULL);
  if (self->stale)
    {
      self->stale = FALSE;
      write_letters (self);
    }
  if (ok)
    {
      g_autofree char *uri = g_filename_to_uri (pdf->path, NULL, NULL);

      letters_done (self, pdf->letters, pdf->style, uri);
    }
  else if (hustings_file_job_is_cancelled (error))
    show_message (self, _("Cancelled: no PDF was written"));
  else
    {
      /* Translators: %s says why */
      g_autofree char *message = g_strdup_printf (_("Could not write the PDF: %s"),
                                                  error->message);
      g_autofree char *markup = g_markup_escape_text (message, -1);
      AdwToast *toast = adw_toast_new (markup);

      adw_toast_set_timeout (toast, 0);
      show_toast (self, toast);
    }
}

void
hustings_letters_window_save_pdf_to (HustingsLettersWindow *self,
                                     GFile                 *file)
{
  g_autoptr(HustingsFileJob) job = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  PdfData *pdf;

  g_return_if_fail (HUSTINGS_IS_LETTERS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (n_pages (self) == 0 || self->job != NULL)
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
  base = g_path_get_basename (pdf->path);
  name = g_filename_display_name (base);
  /* Translators: %s is a file name */
  label = g_strdup_printf (_("Writing %s…"), name);
  job = hustings_file_job_new_for_work (pdf_func, pdf, pdf_data_free);
  g_object_set_data (G_OBJECT (job), "pdf", pdf);
  set_job (self, job, TRUE, label);
  hustings_file_job_run_async (job, self->cancellable, pdf_done_cb, g_object_ref (self));
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
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
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

  chooser = gtk_file_chooser_native_new (_("Save the Letters as a PDF"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (save_response_cb), self,
                           G_CONNECT_SWAPPED);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
draw_print_page_cb (GtkPrintOperation *operation,
                    GtkPrintContext   *context,
                    int                page,
                    gpointer           user_data)
{
  HustingsLetters *letters = g_object_get_data (G_OBJECT (operation), "letters");
  HustingsLettersStyle style =
    GPOINTER_TO_INT (g_object_get_data (G_OBJECT (operation), "style"));

  hustings_letters_draw_page (letters, style, gtk_print_context_get_cairo_context (context), page,
                              gtk_print_context_get_width (context),
                              gtk_print_context_get_height (context));
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               HustingsLettersWindow   *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    letters_done (self, g_object_get_data (G_OBJECT (operation), "letters"),
                  GPOINTER_TO_INT (g_object_get_data (G_OBJECT (operation), "style")), NULL);
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;

      gtk_print_operation_get_error (operation, &error);
      /* Translators: %s says why */
      message = g_strdup_printf (_("Could not print: %s"), error ? error->message : "");
      show_message (self, message);
    }
}

static void
print_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  HustingsLettersWindow *self = HUSTINGS_LETTERS_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

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

  operation = gtk_print_operation_new ();
  title = hustings_letters_dup_title (self->letters);
  gtk_print_operation_set_job_name (operation, title);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_n_pages (operation, (int) n_pages (self));
  gtk_print_operation_set_current_page (operation, (int) self->page);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_show_progress (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_object_set_data_full (G_OBJECT (operation), "letters", g_object_ref (self->letters),
                          g_object_unref);
  g_object_set_data (G_OBJECT (operation), "style", GINT_TO_POINTER (self->style));
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_print_page_cb), NULL);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      /* Translators: %s says why */
      g_autofree char *message = g_strdup_printf (_("Could not print: %s"), error->message);

      show_message (self, message);
    }
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

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
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
  g_clear_object (&self->job);
  g_clear_object (&self->cancellable);
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
            set_page (self, 0);
            g_object_notify_by_pspec (object, pspec);
            g_object_notify_by_pspec (object, properties[PROP_N_PAGES]);
          }
      break;
    case PROP_PAGE:
      set_page (self, g_value_get_uint (value));
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
  properties[PROP_N_PAGES] = g_param_spec_uint ("n-pages", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_PAGE] = g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0,
                                             flags | G_PARAM_WRITABLE);
  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HUSTINGS_TYPE_RECIPIENTS_ROW);
  g_type_ensure (HUSTINGS_TYPE_TEMPLATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-letters-window.ui");
  BIND (toast_overlay);
  BIND (window_title);
  BIND (progress_revealer);
  BIND (progress_label);
  BIND (progress_bar);
  BIND (recipients_row);
  BIND (template_row);
  BIND (summary_label);
  BIND (problems_label);
  BIND (stack);
  BIND (page_area);
  BIND (empty_status);
  BIND (failed_status);
  BIND (page_label);
  gtk_widget_class_bind_template_callback (widget_class, recipients_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, template_changed_cb);

  gtk_widget_class_install_property_action (widget_class, "letters.style", "print-style");
  gtk_widget_class_install_action (widget_class, "letters.previous-page", NULL,
                                   previous_page_action);
  gtk_widget_class_install_action (widget_class, "letters.next-page", NULL, next_page_action);
  gtk_widget_class_install_action (widget_class, "letters.save-pdf", NULL, save_pdf_action);
  gtk_widget_class_install_action (widget_class, "letters.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "letters.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "letters.edit-templates", NULL,
                                   edit_templates_action);
  gtk_widget_class_install_action (widget_class, "letters.open", "s", open_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "letters.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "letters.save-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0,
                                       "letters.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0,
                                       "letters.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

#undef BIND

static void
hustings_letters_window_init (HustingsLettersWindow *self)
{
  GtkEventController *scroll;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->page_area, draw_page, self, NULL);
  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL |
                                            GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->page_area), scroll);
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
