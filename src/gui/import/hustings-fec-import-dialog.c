/* hustings-fec-import-dialog.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-fec-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-file-job.h"

#include "hustings-fec-import-dialog.h"

struct _HustingsFecImportDialog
{
  AdwWindow                 parent_instance;

  /* template widgets */
  AdwWindowTitle           *window_title;
  GtkStack                 *stack;
  AdwStatusPage            *working_status;
  GtkProgressBar           *progress;
  AdwStatusPage            *failed_status;
  GtkLabel                 *report_label;
  AdwPreferencesGroup      *added_group;
  AdwPreferencesGroup      *skipped_group;
  GtkLabel                 *notice_label;
  GtkLabel                 *undo_error_label;
  GtkWidget                *close_button;

  /* owned */
  HustingsCommitteeFile    *file;         /* the window's: main thread only */
  char                     *path;         /* the filing */
  HustingsFileJob          *job;          /* the work under way, if any */
  GCancellable             *cancellable;  /* the job's */
  gint64                    batch_id;     /* once imported */
  gboolean                  disposed;
};

G_DEFINE_FINAL_TYPE (HustingsFecImportDialog, hustings_fec_import_dialog, ADW_TYPE_WINDOW)

/* ---- The work, in a worker thread ---- */

typedef struct {
  char                     *path;
  gint64                    batch_id;
  HustingsFecImportSummary *summary;   /* what the import did */
} Work;

static void
work_free (gpointer data)
{
  Work *work = data;

  g_free (work->path);
  hustings_fec_import_summary_free (work->summary);
  g_free (work);
}

static gboolean
import_func (HustingsCommitteeFile  *file,
             gpointer                data,
             GCancellable           *cancellable,
             HustingsProgressFunc    progress,
             gpointer                progress_data,
             GError                **error)
{
  Work *work = data;

  return hustings_fec_import_run (file, work->path, &work->summary, progress, progress_data,
                                  cancellable, error);
}

static gboolean
undo_func (HustingsCommitteeFile  *file,
           gpointer                data,
           GCancellable           *cancellable,
           HustingsProgressFunc    progress,
           gpointer                progress_data,
           GError                **error)
{
  Work *work = data;

  return hustings_import_undo (file, work->batch_id, error);
}

/* ---- What the import did ---- */

static void
add_row (AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle,
         const char          *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_preferences_group_add (group, row);
}

/* A count, with the money it amounts to when there is some: "106 ($46,707.58)". Nothing for a
 * count of 0 unless always. */
static void
add_count (HustingsFecImportDialog *self,
           const char              *title,
           guint64                  count,
           gint64                   cents,
           gboolean                 always)
{
  g_autofree char *value = NULL;

  if (count == 0 && !always)
    return;
  if (cents != 0)
    {
      g_autofree char *money = hustings_money_format (cents);

      value = g_strdup_printf ("%'" G_GUINT64_FORMAT " (%s)", count, money);
    }
  else
    value = g_strdup_printf ("%'" G_GUINT64_FORMAT, count);
  add_row (self->added_group, title, NULL, value);
}

/* "April Quarterly, Jan 1 – Mar 31, 2026 (Form 3, amendment 2) of Friends of Pat Example
 * (C00654321)". */
static char *
describe_report (HustingsFecImportDialog        *self,
                 const HustingsFecImportSummary *s)
{
  g_autoptr(HustingsReport) report = hustings_report_store_get (self->file, s->report_id, NULL);
  g_autofree char *code_text = NULL;
  g_autofree char *coverage_text = NULL;
  g_autofree char *form = NULL;

  if (report == NULL)
    return g_strdup_printf ("%s (%s)", s->committee_name, s->committee_id);
  g_object_get (report, "code-text", &code_text, "coverage-text", &coverage_text, NULL);
  form = s->amendment > 0
    /* Translators: the form of an FEC report ("F3X") and its amendment number */
    ? g_strdup_printf (_("Form %s, amendment %d"), hustings_report_get_form (report) + 1,
                       s->amendment)
    /* Translators: the form of an FEC report: "F3", "F3X" without the F */
    : g_strdup_printf (_("Form %s"), hustings_report_get_form (report) + 1);
  /* Translators: the report ("April Quarterly"), its coverage, its form, then the committee
   * and its FEC ID */
  return g_strdup_printf (_("%s, %s (%s) of %s (%s)"), code_text, coverage_text, form,
                          s->committee_name, s->committee_id);
}

static void
show_summary (HustingsFecImportDialog        *self,
              const HustingsFecImportSummary *s)
{
  g_autoptr(GString) notice = g_string_new (NULL);
  g_autofree char *report = describe_report (self, s);

  gtk_label_set_text (self->report_label, report);

  add_count (self, _("Receipts"), s->receipts_added, s->receipts_cents, TRUE);
  add_count (self, _("Earmarked through a conduit"), s->earmarked, 0, FALSE);
  add_count (self, _("Redesignations and reattributions"), s->adjustments_added, 0, FALSE);
  add_count (self, _("Contribution refunds"), s->refunds_added, s->refunds_cents, FALSE);
  add_count (self, _("Disbursements"), s->disbursements_added, s->disbursements_cents, TRUE);
  add_count (self, _("Report memos"), s->texts_added, 0, FALSE);
  add_count (self, _("New contacts"), s->contacts_created, 0, TRUE);
  add_count (self, _("Contacts already in the file"), s->contacts_matched, 0, FALSE);
  add_count (self, _("Contacts given the employer or occupation they lacked"),
             s->contacts_updated, 0, FALSE);
  add_count (self, _("Contributors whose earlier giving was carried over"), s->openings_added, 0,
             FALSE);
  add_count (self, _("Rows already in the file, not added again"), s->duplicates_skipped, 0,
             FALSE);

  for (guint i = 0; i < s->skipped->len; i++)
    {
      const HustingsFecImportSkip *skip = g_ptr_array_index (s->skipped, i);
      g_autofree char *count = g_strdup_printf ("%'" G_GUINT64_FORMAT, skip->count);

      add_row (self->skipped_group, skip->record_type, skip->reason, count);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->skipped_group), s->skipped->len > 0);

  if (s->report_existed)
    g_string_append (notice, _("This filing had been imported before: nothing was added "
                               "twice."));
  if (s->committee_filled)
    {
      if (notice->len > 0)
        g_string_append_c (notice, '\n');
      /* Translators: %s is the committee's FEC ID */
      g_string_append_printf (notice, _("The committee profile was filled in from the filing "
                                        "(FEC ID %s)."), s->committee_id);
    }
  if (s->unknown_elections[0] != NULL)
    {
      g_autofree char *codes = g_strjoinv (", ", s->unknown_elections);

      if (notice->len > 0)
        g_string_append_c (notice, '\n');
      /* Translators: %s lists election codes ("P2026, R2026") */
      g_string_append_printf (notice, _("Add the date of %s in the committee profile, so that "
                                        "gifts that name no election count toward the right "
                                        "one."), codes);
    }
  gtk_label_set_text (self->notice_label, notice->str);
  gtk_widget_set_visible (GTK_WIDGET (self->notice_label), notice->len > 0);

  gtk_stack_set_visible_child_name (self->stack, "done");
  gtk_window_set_default_widget (GTK_WINDOW (self), self->close_button);
}

/* ---- Jobs ---- */

static void
update_actions (HustingsFecImportDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "fec-import.stop", self->job != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "fec-import.undo",
                                 self->job == NULL && self->batch_id > 0);
}

static void
start_job (HustingsFecImportDialog *self,
           HustingsFileJobFunc      func,
           Work                    *work,
           GAsyncReadyCallback      callback)
{
  g_assert (self->job == NULL);

  self->job = hustings_file_job_new (hustings_committee_file_get_path (self->file), func, work,
                                     work_free);
  g_object_set_data (G_OBJECT (self->job), "work", work);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress, 0.0);
  g_object_bind_property (self->job, "fraction", self->progress, "fraction", G_BINDING_DEFAULT);
  gtk_stack_set_visible_child_name (self->stack, "working");
  hustings_file_job_run_async (self->job, self->cancellable, callback, g_object_ref (self));
  update_actions (self);
}

/* In a job's callback; source is the job. Its work stays readable while the job lives: the
 * caller holds it in *out_job. */
static gboolean
finish_job (HustingsFecImportDialog  *self,
            GObject                  *source,
            GAsyncResult             *result,
            HustingsFileJob         **out_job,
            GError                  **error)
{
  *out_job = g_object_ref (HUSTINGS_FILE_JOB (source));
  if ((GObject *) self->job == source)
    g_clear_object (&self->job);
  if (!self->disposed)
    update_actions (self);
  return hustings_file_job_run_finish (HUSTINGS_FILE_JOB (source), result, error);
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HustingsFecImportDialog) self = user_data;
  g_autoptr(HustingsFileJob) job = NULL;
  g_autoptr(GError) error = NULL;
  Work *work;

  if (!finish_job (self, source, result, &job, &error))
    {
      if (self->disposed)
        return;
      if (hustings_file_job_is_cancelled (error))
        gtk_window_destroy (GTK_WINDOW (self));
      else
        {
          adw_status_page_set_description (self->failed_status, error->message);
          gtk_stack_set_visible_child_name (self->stack, "failed");
        }
      return;
    }

  /* Imported, even if the dialog has been closed meanwhile: the window's lists follow. */
  hustings_committee_file_reload (self->file);
  if (self->disposed)
    return;
  work = g_object_get_data (G_OBJECT (job), "work");
  self->batch_id = work->summary->batch_id;
  update_actions (self);
  show_summary (self, work->summary);
}

static void
undo_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(HustingsFecImportDialog) self = user_data;
  g_autoptr(HustingsFileJob) job = NULL;
  g_autoptr(GError) error = NULL;

  if (!finish_job (self, source, result, &job, &error))
    {
      if (self->disposed)
        return;
      gtk_stack_set_visible_child_name (self->stack, "done");
      if (!hustings_file_job_is_cancelled (error))
        {
          gtk_label_set_text (self->undo_error_label, error->message);
          gtk_widget_set_visible (GTK_WIDGET (self->undo_error_label), TRUE);
        }
      return;
    }

  hustings_committee_file_reload (self->file);
  if (self->disposed)
    return;
  self->batch_id = 0;
  update_actions (self);
  gtk_stack_set_visible_child_name (self->stack, "undone");
}

static void
start_import (HustingsFecImportDialog *self)
{
  Work *work = g_new0 (Work, 1);

  work->path = g_strdup (self->path);
  adw_status_page_set_title (self->working_status, _("Importing the Filing"));
  start_job (self, import_func, work, import_done_cb);
}

/* ---- Actions ---- */

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_cancellable_cancel (HUSTINGS_FEC_IMPORT_DIALOG (widget)->cancellable);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HustingsFecImportDialog *self = HUSTINGS_FEC_IMPORT_DIALOG (widget);
  Work *work = g_new0 (Work, 1);

  work->batch_id = self->batch_id;
  gtk_widget_set_visible (GTK_WIDGET (self->undo_error_label), FALSE);
  adw_status_page_set_title (self->working_status, _("Undoing the Import"));
  start_job (self, undo_func, work, undo_done_cb);
}

static gboolean
hustings_fec_import_dialog_close_request (GtkWindow *window)
{
  HustingsFecImportDialog *self = HUSTINGS_FEC_IMPORT_DIALOG (window);

  /* Closing while the work goes on cancels it; the dialog goes once it has stopped. */
  if (self->job != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (hustings_fec_import_dialog_parent_class)->close_request (window);
}

static void
hustings_fec_import_dialog_dispose (GObject *object)
{
  HustingsFecImportDialog *self = HUSTINGS_FEC_IMPORT_DIALOG (object);

  /* A job still running keeps what it needs; cancelled, it leaves the file as it was. */
  self->disposed = TRUE;
  g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_FEC_IMPORT_DIALOG);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->job);

  G_OBJECT_CLASS (hustings_fec_import_dialog_parent_class)->dispose (object);
}

static void
hustings_fec_import_dialog_finalize (GObject *object)
{
  HustingsFecImportDialog *self = HUSTINGS_FEC_IMPORT_DIALOG (object);

  /* Kept until now: a job that ends after the window went still reloads the file. */
  g_clear_object (&self->file);
  g_free (self->path);

  G_OBJECT_CLASS (hustings_fec_import_dialog_parent_class)->finalize (object);
}

static void
hustings_fec_import_dialog_class_init (HustingsFecImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = hustings_fec_import_dialog_dispose;
  object_class->finalize = hustings_fec_import_dialog_finalize;
  window_class->close_request = hustings_fec_import_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE
                                               "/hustings-fec-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsFecImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, HustingsFecImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, HustingsFecImportDialog, working_status);
  gtk_widget_class_bind_template_child (widget_class, HustingsFecImportDialog, progress);
  gtk_widget_class_bind_template_child (widget_class, HustingsFecImportDialog, failed_status);
  gtk_widget_class_bind_template_child (widget_class, HustingsFecImportDialog, report_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsFecImportDialog, added_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsFecImportDialog, skipped_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsFecImportDialog, notice_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsFecImportDialog,
                                        undo_error_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsFecImportDialog, close_button);

  gtk_widget_class_install_action (widget_class, "fec-import.stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "fec-import.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hustings_fec_import_dialog_init (HustingsFecImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HustingsFecImportDialog *
hustings_fec_import_dialog_new (GtkWindow             *parent,
                                HustingsCommitteeFile *file,
                                const char            *path)
{
  HustingsFecImportDialog *self;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (HUSTINGS_TYPE_FEC_IMPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->file = g_object_ref (file);
  self->path = g_strdup (path);

  base = g_path_get_basename (path);
  name = g_filename_display_name (base);
  adw_window_title_set_subtitle (self->window_title, name);

  start_import (self);
  return self;
}
