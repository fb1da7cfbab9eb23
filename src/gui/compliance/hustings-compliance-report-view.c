/* hustings-compliance-report-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-compliance-report-view"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-file-job.h"
#include "print/hustings-print-window.h"
#include "hustings-window.h"
#include "hustings-compliance-text.h"

#include "hustings-compliance-report-view.h"

/* How long after a change the summary is computed again. */
#define RECOMPUTE_DELAY_MS 300
/* Widths that line the amounts up in columns, in characters. */
#define AMOUNT_CHARS 15
#define LABEL_MAX_CHARS 40

struct _HustingsComplianceReportView
{
  AdwBin                 parent_instance;

  /* template widgets */
  GtkLabel              *title_label;
  GtkLabel              *subtitle_label;
  GtkSpinner            *spinner;
  GtkWidget             *menu_button;
  GtkRevealer           *export_revealer;
  GtkLabel              *export_label;
  GtkProgressBar        *export_progress;
  GtkInfoBar            *problems_bar;
  GtkLabel              *problems_label;
  GtkStack              *stack;
  AdwStatusPage         *failed_status;
  AdwSqueezer           *squeezer;

  /* owned */
  HustingsCommitteeFile *file;
  HustingsReport        *report;
  HustingsReportSummary *summary;
  GtkWidget             *wide;           /* the summary's two layouts in the squeezer */
  GtkWidget             *narrow;
  HustingsFileJob       *compute_job;
  GCancellable          *compute_cancellable;
  gpointer               compute_data;   /* its ComputeData */
  guint                  recompute_source;
  HustingsFileJob       *export_job;
  GCancellable          *export_cancellable;
  gpointer               export_data;    /* its ExportData */
  GPtrArray             *problems;       /* of the last export, HustingsReportProblem* */
  gboolean               written;        /* whether the last export wrote its file */
  GtkNativeDialog       *chooser;
};

G_DEFINE_FINAL_TYPE (HustingsComplianceReportView, hustings_compliance_report_view,
                     ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_COMPUTING,
  PROP_EXPORTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  LINE_ACTIVATED,
  PROBLEMS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_toast (HustingsComplianceReportView *self,
            const char                   *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (HUSTINGS_IS_WINDOW (root))
    hustings_window_show_toast (HUSTINGS_WINDOW (root), message);
}

static void
update_actions (HustingsComplianceReportView *self)
{
  gboolean writable = self->file != NULL && !hustings_committee_file_is_read_only (self->file);
  gboolean filed = self->report != NULL && hustings_report_is_filed (self->report);
  gboolean mark = self->report != NULL && writable && !filed;
  gboolean amend = self->report != NULL && writable && filed;
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "report.export",
                                 self->report != NULL && self->export_job == NULL);
  gtk_widget_action_set_enabled (widget, "report.cancel-export", self->export_job != NULL);
  gtk_widget_action_set_enabled (widget, "report.print", self->report != NULL);
  gtk_widget_action_set_enabled (widget, "report.print-listing", self->report != NULL);
  gtk_widget_action_set_enabled (widget, "report.show-problems", self->problems != NULL);
  gtk_widget_action_set_enabled (widget, "report.mark-filed", mark);
  gtk_widget_action_set_enabled (widget, "report.amend", amend);
  gtk_widget_action_set_enabled (widget, "report.delete", mark);
  /* Its menu hides what cannot be done: with nothing to do, it goes. */
  gtk_widget_set_visible (self->menu_button, mark || amend || self->problems != NULL);
}

/* "Q1 2026", or "Q1 2026 Amendment 2": what names the report's files. */
static char *
dup_report_name (HustingsReport *report)
{
  const char *code = hustings_report_get_code (report);
  const char *year = hustings_report_get_coverage_to (report);
  int amendment = hustings_report_get_amendment (report);

  if (amendment > 0)
    /* Translators: a report's code and year, and its amendment number, "Q1 2026 Amendment 2" */
    return g_strdup_printf (_("%s %.4s Amendment %d"), code, year, amendment);
  /* Translators: a report's code and year, "Q1 2026" */
  return g_strdup_printf (_("%s %.4s"), code, year);
}

static void
update_header (HustingsComplianceReportView *self)
{
  g_autofree char *coverage = NULL;
  g_autofree char *status = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *title = NULL;

  if (self->report == NULL)
    return;

  g_object_get (self->report, "coverage-text", &coverage, "status-text", &status, NULL);
  title = hustings_compliance_report_title (hustings_report_get_code (self->report),
                                            hustings_report_get_coverage_to (self->report));
  /* Translators: a report's code, coverage and status, "Q1 · Jan 1 – Mar 31, 2026 · Draft" */
  subtitle = g_strdup_printf (_("%s · %s · %s"), hustings_report_get_code (self->report),
                              coverage, status);
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->subtitle_label, subtitle);
}

/* The summary: a list per page, each line a row ------------------------------------------------ */

/* Totals in bold, at the size of the other lines. */
static void
set_bold (GtkWidget *label)
{
  PangoAttrList *attributes = pango_attr_list_new ();

  pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  gtk_label_set_attributes (GTK_LABEL (label), attributes);
  pango_attr_list_unref (attributes);
}

static GtkWidget *
amount_label_new (HustingsReportLine   *line,
                  HustingsReportColumn  column,
                  gboolean              narrow)
{
  g_autofree char *text = NULL;
  GtkWidget *label;

  if (hustings_report_line_has_column (line, column))
    text = hustings_money_format (hustings_report_line_get_amount (line, column));
  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  if (hustings_report_line_is_total (line))
    set_bold (label);
  if (!narrow)
    gtk_label_set_width_chars (GTK_LABEL (label), AMOUNT_CHARS);
  return label;
}

static GtkWidget *
caption_label_new (const char *text,
                   gboolean    expand)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), expand ? 0 : 1);
  gtk_widget_set_hexpand (label, expand);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  return label;
}

/* An arrow on the lines that lead to rows; the same room on the others, to keep the amounts
 * in line. */
static GtkWidget *
arrow_new (gboolean shown)
{
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  gtk_widget_set_opacity (arrow, shown ? 1.0 : 0.0);
  gtk_widget_set_valign (arrow, GTK_ALIGN_CENTER);
  return arrow;
}

static GtkWidget *
line_row_new (HustingsReportLine *line,
              const char         *column_b_title,
              gboolean            narrow)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (hustings_report_line_get_label (line));
  gboolean has_rows = hustings_report_line_has_rows (line);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (label, TRUE);
  if (hustings_report_line_is_total (line))
    set_bold (label);

  if (narrow)
    {
      GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      static const HustingsReportColumn columns[] = {
        HUSTINGS_REPORT_COLUMN_A, HUSTINGS_REPORT_COLUMN_B
      };

      gtk_widget_set_hexpand (texts, TRUE);
      gtk_box_append (GTK_BOX (texts), label);
      for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
        {
          GtkWidget *amount_box;

          if (!hustings_report_line_has_column (line, columns[i]))
            continue;
          amount_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
          gtk_box_append (GTK_BOX (amount_box),
                          caption_label_new (columns[i] == HUSTINGS_REPORT_COLUMN_A
                                             ? _("This period") : column_b_title, TRUE));
          gtk_box_append (GTK_BOX (amount_box), amount_label_new (line, columns[i], TRUE));
          gtk_box_append (GTK_BOX (texts), amount_box);
        }
      gtk_box_append (GTK_BOX (box), texts);
    }
  else
    {
      gtk_label_set_max_width_chars (GTK_LABEL (label), LABEL_MAX_CHARS);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), amount_label_new (line, HUSTINGS_REPORT_COLUMN_A, FALSE));
      gtk_box_append (GTK_BOX (box), amount_label_new (line, HUSTINGS_REPORT_COLUMN_B, FALSE));
    }
  gtk_box_append (GTK_BOX (box), arrow_new (has_rows));

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), has_rows);
  if (has_rows)
    gtk_widget_set_tooltip_text (row, _("Show the Donations and Disbursements on This Line"));
  g_object_set_data_full (G_OBJECT (row), "hustings-line", g_object_ref (line), g_object_unref);
  return row;
}

static void
line_activated_cb (HustingsComplianceReportView *self,
                   GtkListBoxRow                *row)
{
  HustingsReportLine *line = g_object_get_data (G_OBJECT (row), "hustings-line");
  HustingsReportColumn column = hustings_report_line_has_column (line, HUSTINGS_REPORT_COLUMN_A)
                                ? HUSTINGS_REPORT_COLUMN_A : HUSTINGS_REPORT_COLUMN_B;

  g_signal_emit (self, signals[LINE_ACTIVATED], 0, line, column);
}

/* A heading, the column titles and the lines of one page of the summary. */
static GtkWidget *
page_new (HustingsComplianceReportView *self,
          guint                         page,
          gboolean                      narrow)
{
  gboolean f3 = g_strcmp0 (hustings_report_get_form (self->report), "F3") == 0;
  const char *column_b_title = f3 ? _("Cycle to date") : _("Year to date");
  GtkWidget *section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = gtk_label_new (page == 1 ? _("Summary Page") : _("Detailed Summary Page"));
  GtkWidget *list = gtk_list_box_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->summary));

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (header), title);
  if (!narrow)
    {
      GtkWidget *column_a = caption_label_new (_("This period"), FALSE);
      GtkWidget *column_b = caption_label_new (column_b_title, FALSE);

      gtk_label_set_width_chars (GTK_LABEL (column_a), AMOUNT_CHARS);
      gtk_label_set_width_chars (GTK_LABEL (column_b), AMOUNT_CHARS);
      gtk_box_append (GTK_BOX (header), column_a);
      gtk_box_append (GTK_BOX (header), column_b);
      gtk_box_append (GTK_BOX (header), arrow_new (FALSE));
      gtk_widget_set_margin_end (header, 13);
    }
  gtk_widget_set_margin_start (header, 13);
  gtk_box_append (GTK_BOX (section), header);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (GTK_LABEL (title)), -1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HustingsReportLine) line = g_list_model_get_item (G_LIST_MODEL (self->summary), i);
      guint line_page = 1;

      g_object_get (line, "page", &line_page, NULL);
      if (line_page == page)
        gtk_list_box_append (GTK_LIST_BOX (list), line_row_new (line, column_b_title, narrow));
    }
  g_signal_connect_object (list, "row-activated", G_CALLBACK (line_activated_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (section), list);

  return section;
}

static GtkWidget *
summary_new (HustingsComplianceReportView *self,
             gboolean                      narrow)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);

  gtk_box_append (GTK_BOX (box), page_new (self, 1, narrow));
  gtk_box_append (GTK_BOX (box), page_new (self, 2, narrow));
  return box;
}

static void
show_summary (HustingsComplianceReportView *self)
{
  if (self->wide != NULL)
    adw_squeezer_remove (self->squeezer, self->wide);
  if (self->narrow != NULL)
    adw_squeezer_remove (self->squeezer, self->narrow);
  self->wide = NULL;
  self->narrow = NULL;
  if (self->summary == NULL)
    return;

  /* The amounts side by side where they fit, under each line's label where they do not. */
  self->wide = summary_new (self, FALSE);
  self->narrow = summary_new (self, TRUE);
  adw_squeezer_add (self->squeezer, self->wide);
  adw_squeezer_add (self->squeezer, self->narrow);
  gtk_stack_set_visible_child_name (self->stack, "summary");
}

/* Computing the summary, in a worker thread ---------------------------------------------------- */

typedef struct
{
  HustingsReport        *report;
  HustingsReportSummary *summary;
} ComputeData;

static void
compute_data_free (gpointer data)
{
  ComputeData *compute = data;

  g_object_unref (compute->report);
  g_clear_object (&compute->summary);
  g_free (compute);
}

static gboolean
compute_func (HustingsCommitteeFile  *file,
              gpointer                data,
              GCancellable           *cancellable,
              HustingsProgressFunc    progress,
              gpointer                progress_data,
              GError                **error)
{
  ComputeData *compute = data;

  compute->summary = hustings_report_compute (file, compute->report, cancellable, error);
  return compute->summary != NULL;
}

static void
set_computing (HustingsComplianceReportView *self,
               HustingsFileJob              *job,
               GCancellable                 *cancellable,
               gpointer                      data)
{
  if (self->compute_cancellable != NULL)
    g_cancellable_cancel (self->compute_cancellable);
  g_set_object (&self->compute_job, job);
  g_set_object (&self->compute_cancellable, cancellable);
  self->compute_data = data;
  gtk_spinner_set_spinning (self->spinner, job != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPUTING]);
}

static void
compute_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(HustingsComplianceReportView) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok = hustings_file_job_run_finish (HUSTINGS_FILE_JOB (source), result, &error);
  ComputeData *compute = self->compute_data;

  /* A summary no longer wanted. */
  if (HUSTINGS_FILE_JOB (source) != self->compute_job)
    return;

  if (ok)
    g_set_object (&self->summary, compute->summary);
  set_computing (self, NULL, NULL, NULL);
  if (!ok)
    {
      adw_status_page_set_description (self->failed_status, error->message);
      gtk_stack_set_visible_child_name (self->stack, "failed");
      return;
    }

  show_summary (self);
}

static void
compute (HustingsComplianceReportView *self)
{
  g_autoptr(HustingsFileJob) job = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  ComputeData *data;

  g_clear_handle_id (&self->recompute_source, g_source_remove);
  if (self->file == NULL || self->report == NULL)
    return;

  data = g_new0 (ComputeData, 1);
  data->report = hustings_report_copy (self->report);
  job = hustings_file_job_new (hustings_committee_file_get_path (self->file), compute_func, data,
                               compute_data_free);
  set_computing (self, job, cancellable, data);
  if (self->summary == NULL)
    gtk_stack_set_visible_child_name (self->stack, "computing");
  hustings_file_job_run_async (job, cancellable, compute_done_cb, g_object_ref (self));
}

/* The report as the file has it now, then its summary. */
static gboolean
reload_cb (gpointer user_data)
{
  HustingsComplianceReportView *self = user_data;
  g_autoptr(HustingsReport) report = NULL;
  g_autoptr(GError) error = NULL;

  self->recompute_source = 0;
  if (self->report == NULL)
    return G_SOURCE_REMOVE;

  report = hustings_report_store_get (self->file, hustings_report_get_id (self->report), &error);
  if (report == NULL)
    {
      /* Deleted: what is shown stays until the view leaves it. */
      update_actions (self);
      return G_SOURCE_REMOVE;
    }

  g_set_object (&self->report, report);
  update_header (self);
  update_actions (self);
  compute (self);
  return G_SOURCE_REMOVE;
}

static void
file_changed_cb (HustingsComplianceReportView *self)
{
  if (self->recompute_source == 0 && self->report != NULL)
    self->recompute_source = g_timeout_add (RECOMPUTE_DELAY_MS, reload_cb, self);
}

/* Export --------------------------------------------------------------------------------------- */

typedef struct
{
  HustingsReport *report;
  char           *path;
  GPtrArray      *problems;
} ExportData;

static void
export_data_free (gpointer data)
{
  ExportData *export = data;

  g_object_unref (export->report);
  g_free (export->path);
  g_clear_pointer (&export->problems, g_ptr_array_unref);
  g_free (export);
}

static gboolean
export_func (HustingsCommitteeFile  *file,
             gpointer                data,
             GCancellable           *cancellable,
             HustingsProgressFunc    progress,
             gpointer                progress_data,
             GError                **error)
{
  ExportData *export = data;

  return hustings_report_write_fec (file, export->report, export->path, &export->problems,
                                    progress, progress_data, cancellable, error);
}

static guint
count_errors (GPtrArray *problems)
{
  guint n = 0;

  for (guint i = 0; i < problems->len; i++)
    {
      HustingsReportProblem *problem = g_ptr_array_index (problems, i);

      n += problem->problem->severity == HUSTINGS_FEC_ERROR;
    }
  return n;
}

static void
set_problems (HustingsComplianceReportView *self,
              GPtrArray                    *problems,
              gboolean                      written)
{
  g_autofree char *text = NULL;

  g_clear_pointer (&self->problems, g_ptr_array_unref);
  if (problems != NULL && problems->len > 0)
    self->problems = g_ptr_array_ref (problems);
  self->written = written;

  if (self->problems != NULL)
    {
      text = written
        ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "The .fec file was written, with %u warning to look at.",
                                        "The .fec file was written, with %u warnings to look at.",
                                        problems->len), problems->len)
        : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "Nothing was written: the filing has %u error to fix "
                                        "first.",
                                        "Nothing was written: the filing has %u errors to fix "
                                        "first.", count_errors (problems)),
                           count_errors (problems));
      gtk_label_set_text (self->problems_label, text);
      gtk_info_bar_set_message_type (self->problems_bar,
                                     written ? GTK_MESSAGE_WARNING : GTK_MESSAGE_ERROR);
    }
  gtk_info_bar_set_revealed (self->problems_bar, self->problems != NULL);
  update_actions (self);
}

static void
set_exporting (HustingsComplianceReportView *self,
               HustingsFileJob              *job,
               GCancellable                 *cancellable,
               gpointer                      data)
{
  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  g_set_object (&self->export_job, job);
  g_set_object (&self->export_cancellable, cancellable);
  self->export_data = data;
  gtk_revealer_set_reveal_child (self->export_revealer, job != NULL);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPORTING]);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HustingsComplianceReportView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  gboolean ok = hustings_file_job_run_finish (HUSTINGS_FILE_JOB (source), result, &error);
  ExportData *export = self->export_data;

  if (HUSTINGS_FILE_JOB (source) != self->export_job)
    return;

  problems = g_steal_pointer (&export->problems);
  base = g_path_get_basename (export->path);
  name = g_filename_display_name (base);
  set_exporting (self, NULL, NULL, NULL);

  if (ok)
    {
      /* Translators: %s is a file name */
      g_autofree char *message = g_strdup_printf (_("Wrote %s"), name);

      set_problems (self, problems, TRUE);
      show_toast (self, message);
    }
  else if (hustings_file_job_is_cancelled (error))
    show_toast (self, _("Export cancelled: nothing was written"));
  else if (problems != NULL && count_errors (problems) > 0)
    {
      set_problems (self, problems, FALSE);
      g_signal_emit (self, signals[PROBLEMS], 0, self->problems, FALSE);
    }
  else
    {
      /* Translators: %s says why */
      g_autofree char *message = g_strdup_printf (_("Could not write the .fec file: %s"),
                                                  error->message);

      show_toast (self, message);
    }
}

static void
export_response_cb (HustingsComplianceReportView *self,
                    int                           response,
                    GtkNativeDialog              *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file != NULL)
    hustings_compliance_report_view_export_to (self, file);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HustingsComplianceReportView *self = HUSTINGS_COMPLIANCE_REPORT_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autofree char *report_name = NULL;
  g_autofree char *file_name = NULL;
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL || self->report == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export the Filing"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (filter, _("FEC Filings"));
  gtk_file_filter_add_suffix (filter, "fec");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  report_name = dup_report_name (self->report);
  file_name = g_strconcat (report_name, ".fec", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self,
                           G_CONNECT_SWAPPED);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
cancel_export_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HustingsComplianceReportView *self = HUSTINGS_COMPLIANCE_REPORT_VIEW (widget);

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HustingsComplianceReportView *self = HUSTINGS_COMPLIANCE_REPORT_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  HustingsPrintWindow *window;

  if (self->report == NULL)
    return;
  window = hustings_print_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                      hustings_committee_file_get_path (self->file),
                                      self->report,
                                      g_str_equal (action_name, "report.print-listing")
                                      ? HUSTINGS_PRINT_LISTING : HUSTINGS_PRINT_FORMS);
  gtk_window_present (GTK_WINDOW (window));
}

static void
show_problems_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HustingsComplianceReportView *self = HUSTINGS_COMPLIANCE_REPORT_VIEW (widget);

  if (self->problems != NULL)
    g_signal_emit (self, signals[PROBLEMS], 0, self->problems, self->written);
}

/* Filing, amending, deleting ------------------------------------------------------------------- */

static void
fec_id_changed_cb (GtkEditable      *entry,
                   AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "mark", *text != '\0');
}

static void
mark_filed_response_cb (HustingsComplianceReportView *self,
                        const char                   *response,
                        AdwMessageDialog             *dialog)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *fec_id = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "mark") || self->report == NULL)
    return;

  if (!hustings_report_store_mark_filed (self->file, hustings_report_get_id (self->report),
                                         fec_id, &error))
    show_toast (self, error->message);
}

static void
mark_filed_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HustingsComplianceReportView *self = HUSTINGS_COMPLIANCE_REPORT_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  GtkWidget *entry;

  if (self->report == NULL)
    return;

  name = dup_report_name (self->report);
  /* Translators: %s names a report, "Q1 2026" */
  heading = g_strdup_printf (_("Mark %s as Filed?"), name);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   _("Enter the report ID the FEC gave the filing when it "
                                     "accepted it, such as FEC-1234567. The report’s figures "
                                     "are then kept as filed and carried into the next "
                                     "report; to change them later, amend it."));
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "FEC-1234567");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("FEC report ID"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "mark", _("_Mark as Filed"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "mark",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "mark");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "mark", FALSE);
  g_signal_connect (entry, "changed", G_CALLBACK (fec_id_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (mark_filed_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
amend_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HustingsComplianceReportView *self = HUSTINGS_COMPLIANCE_REPORT_VIEW (widget);
  g_autoptr(HustingsReport) amendment = NULL;
  g_autoptr(GError) error = NULL;

  if (self->report == NULL)
    return;

  amendment = hustings_report_store_amend (self->file, hustings_report_get_id (self->report),
                                           &error);
  if (amendment == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  hustings_compliance_report_view_show_report (self, hustings_report_get_id (amendment));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HustingsComplianceReportView *self = HUSTINGS_COMPLIANCE_REPORT_VIEW (widget);

  if (self->report != NULL)
    gtk_widget_activate_action (widget, "compliance.delete-report", "x",
                                hustings_report_get_id (self->report));
}

/* The object ----------------------------------------------------------------------------------- */

static void
hustings_compliance_report_view_dispose (GObject *object)
{
  HustingsComplianceReportView *self = HUSTINGS_COMPLIANCE_REPORT_VIEW (object);

  hustings_compliance_report_view_set_file (self, NULL);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_COMPLIANCE_REPORT_VIEW);

  G_OBJECT_CLASS (hustings_compliance_report_view_parent_class)->dispose (object);
}

static void
hustings_compliance_report_view_get_property (GObject    *object,
                                              guint       prop_id,
                                              GValue     *value,
                                              GParamSpec *pspec)
{
  HustingsComplianceReportView *self = HUSTINGS_COMPLIANCE_REPORT_VIEW (object);

  switch (prop_id)
    {
    case PROP_COMPUTING:
      g_value_set_boolean (value, self->compute_job != NULL);
      break;

    case PROP_EXPORTING:
      g_value_set_boolean (value, self->export_job != NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_compliance_report_view_class_init (HustingsComplianceReportViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = hustings_compliance_report_view_dispose;
  object_class->get_property = hustings_compliance_report_view_get_property;

  properties[PROP_COMPUTING] = g_param_spec_boolean ("computing", NULL, NULL, FALSE, flags);
  properties[PROP_EXPORTING] = g_param_spec_boolean ("exporting", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[LINE_ACTIVATED] = g_signal_new ("line-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                          HUSTINGS_TYPE_REPORT_LINE, G_TYPE_INT);
  signals[PROBLEMS] = g_signal_new ("problems", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_PTR_ARRAY,
                                    G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE
                                               "/hustings-compliance-report-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReportView, title_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReportView,
                                        subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReportView, spinner);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReportView,
                                        menu_button);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReportView,
                                        export_revealer);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReportView,
                                        export_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReportView,
                                        export_progress);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReportView,
                                        problems_bar);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReportView,
                                        problems_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReportView, stack);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReportView,
                                        failed_status);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReportView, squeezer);

  gtk_widget_class_install_action (widget_class, "report.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "report.cancel-export", NULL,
                                   cancel_export_action);
  gtk_widget_class_install_action (widget_class, "report.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "report.print-listing", NULL, print_action);

  gtk_widget_class_install_action (widget_class, "report.show-problems", NULL,
                                   show_problems_action);
  gtk_widget_class_install_action (widget_class, "report.mark-filed", NULL, mark_filed_action);
  gtk_widget_class_install_action (widget_class, "report.amend", NULL, amend_action);
  gtk_widget_class_install_action (widget_class, "report.delete", NULL, delete_action);
}

static void
hustings_compliance_report_view_init (HustingsComplianceReportView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  update_actions (self);
}

void
hustings_compliance_report_view_set_file (HustingsComplianceReportView *self,
                                          HustingsCommitteeFile        *file)
{
  static const char * const changes[] = {
    "changed", "contacts-changed", "donations-changed", "disbursements-changed",
    "reports-changed",
  };

  g_return_if_fail (HUSTINGS_IS_COMPLIANCE_REPORT_VIEW (self));
  g_return_if_fail (file == NULL || HUSTINGS_IS_COMMITTEE_FILE (file));

  if (self->file == file)
    return;

  g_clear_handle_id (&self->recompute_source, g_source_remove);
  set_computing (self, NULL, NULL, NULL);
  set_exporting (self, NULL, NULL, NULL);
  if (self->file != NULL)
    g_signal_handlers_disconnect_by_data (self->file, self);
  g_set_object (&self->file, file);
  g_clear_object (&self->report);
  g_clear_object (&self->summary);
  show_summary (self);
  set_problems (self, NULL, FALSE);

  if (file != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
      g_signal_connect_object (file, changes[i], G_CALLBACK (file_changed_cb), self,
                               G_CONNECT_SWAPPED);
  update_actions (self);
}

void
hustings_compliance_report_view_show_report (HustingsComplianceReportView *self,
                                             gint64                        report_id)
{
  g_autoptr(HustingsReport) report = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (HUSTINGS_IS_COMPLIANCE_REPORT_VIEW (self));

  if (self->file == NULL)
    return;

  g_clear_object (&self->summary);
  show_summary (self);
  set_problems (self, NULL, FALSE);
  set_exporting (self, NULL, NULL, NULL);

  report = hustings_report_store_get (self->file, report_id, &error);
  g_set_object (&self->report, report);
  update_actions (self);
  if (report == NULL)
    {
      gtk_label_set_text (self->title_label, "");
      gtk_label_set_text (self->subtitle_label, "");
      set_computing (self, NULL, NULL, NULL);
      adw_status_page_set_description (self->failed_status, error->message);
      gtk_stack_set_visible_child_name (self->stack, "failed");
      return;
    }

  update_header (self);
  compute (self);
}

void
hustings_compliance_report_view_export_to (HustingsComplianceReportView *self,
                                           GFile                        *file)
{
  g_autoptr(HustingsFileJob) job = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *path = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  ExportData *data;

  g_return_if_fail (HUSTINGS_IS_COMPLIANCE_REPORT_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->report == NULL || self->export_job != NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_toast (self, _("The .fec file must be saved on this computer"));
      return;
    }

  data = g_new0 (ExportData, 1);
  data->report = hustings_report_copy (self->report);
  /* A name without .fec is given it. */
  data->path = g_str_has_suffix (path, ".fec") ? g_steal_pointer (&path)
                                               : g_strconcat (path, ".fec", NULL);
  base = g_path_get_basename (data->path);
  name = g_filename_display_name (base);
  /* Translators: %s is a file name */
  text = g_strdup_printf (_("Checking and writing %s…"), name);
  gtk_label_set_text (self->export_label, text);

  job = hustings_file_job_new (hustings_committee_file_get_path (self->file), export_func, data,
                               export_data_free);
  g_object_bind_property (job, "fraction", self->export_progress, "fraction",
                          G_BINDING_SYNC_CREATE);
  set_problems (self, NULL, FALSE);
  set_exporting (self, job, cancellable, data);
  hustings_file_job_run_async (job, cancellable, export_done_cb, g_object_ref (self));
}

HustingsReport *
hustings_compliance_report_view_get_report (HustingsComplianceReportView *self)
{
  g_return_val_if_fail (HUSTINGS_IS_COMPLIANCE_REPORT_VIEW (self), NULL);

  return self->report;
}

HustingsReportSummary *
hustings_compliance_report_view_get_summary (HustingsComplianceReportView *self)
{
  g_return_val_if_fail (HUSTINGS_IS_COMPLIANCE_REPORT_VIEW (self), NULL);

  return self->summary;
}
