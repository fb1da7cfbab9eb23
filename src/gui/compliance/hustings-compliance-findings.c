/* hustings-compliance-findings.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-compliance-findings"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-file-job.h"
#include "hustings-window.h"
#include "hustings-compliance-finding-row.h"
#include "hustings-compliance-open.h"
#include "hustings-compliance-remedy-dialog.h"
#include "hustings-compliance-report-dialog.h"

#include "hustings-compliance-findings.h"

/* How long after a change the check runs again: a burst of changes (an import, an undo)
 * makes one check. */
#define RECHECK_DELAY_MS 300

/* The order of the groups. */
static const HustingsFindingKind kind_order[] = {
  HUSTINGS_FINDING_OVER_LIMIT,
  HUSTINGS_FINDING_BEST_EFFORTS,
  HUSTINGS_FINDING_CASH,
  HUSTINGS_FINDING_ANONYMOUS,
  HUSTINGS_FINDING_PROHIBITED,
  HUSTINGS_FINDING_48_HOUR_NOTICE,
  HUSTINGS_FINDING_REPORT_DUE,
};

struct _HustingsComplianceFindings
{
  AdwBin                 parent_instance;

  /* template widgets */
  GtkStack              *stack;
  GtkListView           *list_view;
  AdwStatusPage         *failed_status;

  /* owned */
  HustingsCommitteeFile *file;
  GListStore            *items;       /* HustingsComplianceGroup and HustingsFinding */
  GPtrArray             *findings;    /* HustingsFinding*, as shown; NULL before a check */
  HustingsFileJob       *job;         /* the check running */
  GCancellable          *cancellable; /* its */
  gpointer               job_data;    /* its CheckData */
  guint                  recheck_source;
  gboolean               again;       /* check again when the running one ends */
  GtkNativeDialog       *chooser;
  HustingsFileJob       *export_job;
  guint                  n_errors;
  char                  *summary;
};

G_DEFINE_FINAL_TYPE (HustingsComplianceFindings, hustings_compliance_findings, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_FILE,
  PROP_CHECKING,
  PROP_N_ERRORS,
  PROP_NEEDS_ATTENTION,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The check, in a worker thread */

typedef struct
{
  GPtrArray *findings;
} CheckData;

static void
check_data_free (gpointer data)
{
  CheckData *check = data;

  g_clear_pointer (&check->findings, g_ptr_array_unref);
  g_free (check);
}

static gboolean
check_func (HustingsCommitteeFile  *file,
            gpointer                data,
            GCancellable           *cancellable,
            HustingsProgressFunc    progress,
            gpointer                progress_data,
            GError                **error)
{
  CheckData *check = data;

  check->findings = hustings_compliance_check (file, NULL, cancellable, error);
  return check->findings != NULL;
}

/* Showing the findings */

/* "2 errors · 1 warning · 3 notes", leaving out what there is none of. */
static char *
summarize (const guint counts[3])
{
  GString *summary = g_string_new (NULL);

  if (counts[HUSTINGS_SEVERITY_ERROR] > 0)
    g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors",
                                                  counts[HUSTINGS_SEVERITY_ERROR]),
                            counts[HUSTINGS_SEVERITY_ERROR]);
  if (counts[HUSTINGS_SEVERITY_WARNING] > 0)
    {
      if (summary->len > 0)
        g_string_append (summary, " · ");
      g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings",
                                                    counts[HUSTINGS_SEVERITY_WARNING]),
                              counts[HUSTINGS_SEVERITY_WARNING]);
    }
  if (counts[HUSTINGS_SEVERITY_INFO] > 0)
    {
      if (summary->len > 0)
        g_string_append (summary, " · ");
      g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "%u note", "%u notes",
                                                    counts[HUSTINGS_SEVERITY_INFO]),
                              counts[HUSTINGS_SEVERITY_INFO]);
    }
  return g_string_free (summary, FALSE);
}

static void
set_summary (HustingsComplianceFindings *self,
             char                       *summary)
{
  if (g_strcmp0 (self->summary, summary) == 0)
    {
      g_free (summary);
      return;
    }
  g_free (self->summary);
  self->summary = summary;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

static void
show_findings (HustingsComplianceFindings *self,
               GPtrArray                  *findings)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_object_unref);
  guint counts[3] = { 0, 0, 0 };
  guint n_errors;

  for (guint k = 0; k < G_N_ELEMENTS (kind_order); k++)
    {
      guint count = 0;

      for (guint i = 0; i < findings->len; i++)
        count += hustings_finding_get_kind (g_ptr_array_index (findings, i)) == kind_order[k];
      if (count == 0)
        continue;

      g_ptr_array_add (items, hustings_compliance_group_new (kind_order[k], count));
      for (guint i = 0; i < findings->len; i++)
        {
          HustingsFinding *finding = g_ptr_array_index (findings, i);

          if (hustings_finding_get_kind (finding) != kind_order[k])
            continue;
          g_ptr_array_add (items, g_object_ref (finding));
          g_ptr_array_add (shown, g_object_ref (finding));
          counts[MIN (hustings_finding_get_severity (finding), HUSTINGS_SEVERITY_INFO)]++;
        }
    }
  n_errors = counts[HUSTINGS_SEVERITY_ERROR];
  set_summary (self, summarize (counts));

  g_clear_pointer (&self->findings, g_ptr_array_unref);
  self->findings = g_steal_pointer (&shown);
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);
  gtk_stack_set_visible_child_name (self->stack, self->findings->len > 0 ? "list" : "empty");

  if (self->n_errors != n_errors)
    {
      gboolean attention = (self->n_errors > 0) != (n_errors > 0);

      self->n_errors = n_errors;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ERRORS]);
      if (attention)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEEDS_ATTENTION]);
    }
}

static void start_check (HustingsComplianceFindings *self);

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(HustingsComplianceFindings) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  gboolean ok = hustings_file_job_run_finish (HUSTINGS_FILE_JOB (source), result, &error);

  /* A check of a file no longer shown. */
  if (HUSTINGS_FILE_JOB (source) != self->job)
    return;

  findings = g_steal_pointer (&((CheckData *) self->job_data)->findings);
  g_clear_object (&self->job);
  g_clear_object (&self->cancellable);
  self->job_data = NULL;

  if (self->again)
    {
      self->again = FALSE;
      start_check (self);
      return;
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKING]);

  if (!ok)
    {
      adw_status_page_set_description (self->failed_status, error->message);
      gtk_stack_set_visible_child_name (self->stack, "failed");
      return;
    }

  show_findings (self, findings);
}

static void
start_check (HustingsComplianceFindings *self)
{
  CheckData *data;
  gboolean was_checking = self->job != NULL;

  g_clear_handle_id (&self->recheck_source, g_source_remove);
  if (self->file == NULL)
    return;

  /* The check running is out of date: it stops, and this one starts when it has. */
  if (self->job != NULL)
    {
      self->again = TRUE;
      g_cancellable_cancel (self->cancellable);
      return;
    }

  data = g_new0 (CheckData, 1);
  self->job = hustings_file_job_new (hustings_committee_file_get_path (self->file), check_func,
                                     data, check_data_free);
  self->job_data = data;
  self->cancellable = g_cancellable_new ();
  if (self->findings == NULL)
    gtk_stack_set_visible_child_name (self->stack, "checking");
  hustings_file_job_run_async (self->job, self->cancellable, check_done_cb, g_object_ref (self));
  if (!was_checking)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKING]);
}

static gboolean
recheck_cb (gpointer user_data)
{
  HustingsComplianceFindings *self = user_data;

  self->recheck_source = 0;
  start_check (self);
  return G_SOURCE_REMOVE;
}

static void
file_changed_cb (HustingsComplianceFindings *self)
{
  if (self->recheck_source == 0)
    self->recheck_source = g_timeout_add (RECHECK_DELAY_MS, recheck_cb, self);
}

static void
stop_check (HustingsComplianceFindings *self)
{
  g_clear_handle_id (&self->recheck_source, g_source_remove);
  if (self->job == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  /* Its result, when it comes, is for nobody. */
  g_clear_object (&self->job);
  g_clear_object (&self->cancellable);
  self->job_data = NULL;
  self->again = FALSE;
}

/* The finding at position of the list, or NULL. */
static HustingsFinding *
finding_at (HustingsComplianceFindings *self,
            guint                       position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  return HUSTINGS_IS_FINDING (item) ? HUSTINGS_FINDING (item) : NULL;
}

static GtkWindow *
parent_window (HustingsComplianceFindings *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_toast (HustingsComplianceFindings *self,
            const char                 *message)
{
  GtkWindow *window = parent_window (self);

  if (HUSTINGS_IS_WINDOW (window))
    hustings_window_show_toast (HUSTINGS_WINDOW (window), message);
}

/* Reports due */

static void
report_created_cb (HustingsComplianceFindings *self,
                   gint64                      report_id)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "compliance.show-report", "x", report_id);
}

/* Opens the report a report-due finding names, or offers to make it. */
static void
prepare_report (HustingsComplianceFindings *self,
                HustingsFinding            *finding)
{
  const HustingsFilingReport *due = hustings_finding_get_report (finding);
  const char *form = hustings_committee_form (hustings_committee_file_peek_committee (self->file));
  g_autoptr(HustingsReport) made = NULL;
  HustingsComplianceReportDialog *dialog;

  made = hustings_report_store_find (self->file, form, due->code, due->coverage_from,
                                     due->coverage_to, NULL);
  if (made != NULL)
    {
      report_created_cb (self, hustings_report_get_id (made));
      return;
    }

  dialog = hustings_compliance_report_dialog_new (parent_window (self), self->file, due);
  g_signal_connect_object (dialog, "created", G_CALLBACK (report_created_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
list_activate_cb (HustingsComplianceFindings *self,
                  guint                       position)
{
  HustingsFinding *finding = finding_at (self, position);
  GArray *gifts;

  if (finding == NULL)
    return;

  gifts = hustings_finding_get_donations (finding);
  switch (hustings_finding_get_kind (finding))
    {
    case HUSTINGS_FINDING_REPORT_DUE:
      prepare_report (self, finding);
      break;

    /* About one gift: the gift. */
    case HUSTINGS_FINDING_ANONYMOUS:
    case HUSTINGS_FINDING_48_HOUR_NOTICE:
      if (gifts->len == 1)
        {
          hustings_compliance_open_row (GTK_WIDGET (self), self->file,
                                        HUSTINGS_REPORT_ROW_DONATION,
                                        g_array_index (gifts, gint64, 0));
          break;
        }
      G_GNUC_FALLTHROUGH;

    /* About a contributor: the contact. */
    case HUSTINGS_FINDING_OVER_LIMIT:
    case HUSTINGS_FINDING_PROHIBITED:
    case HUSTINGS_FINDING_CASH:
    case HUSTINGS_FINDING_BEST_EFFORTS:
    case HUSTINGS_N_FINDING_KINDS:
    default:
      if (hustings_finding_get_contact_id (finding) > 0)
        hustings_compliance_open_row (GTK_WIDGET (self), self->file, HUSTINGS_REPORT_ROW_CONTACT,
                                      hustings_finding_get_contact_id (finding));
      break;
    }
}

/* The list's rows */

static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (list_item, hustings_compliance_finding_row_new ());
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  HustingsComplianceFindingRow *row = HUSTINGS_COMPLIANCE_FINDING_ROW (
    gtk_list_item_get_child (list_item));
  GObject *item = gtk_list_item_get_item (list_item);
  gboolean finding = HUSTINGS_IS_FINDING (item);

  /* Headings are neither chosen nor opened. */
  gtk_list_item_set_activatable (list_item, finding);
  gtk_list_item_set_selectable (list_item, finding);
  if (finding)
    hustings_compliance_finding_row_set_finding (row, HUSTINGS_FINDING (item),
                                                 gtk_list_item_get_position (list_item));
  else
    hustings_compliance_finding_row_set_group (row, HUSTINGS_COMPLIANCE_GROUP (item));
}

/* Actions */

static void
remedy (HustingsComplianceFindings *self,
        GVariant                   *parameter,
        HustingsRemedy              which)
{
  HustingsFinding *finding = finding_at (self, g_variant_get_uint32 (parameter));
  HustingsComplianceRemedyDialog *dialog;
  g_autoptr(GError) error = NULL;

  if (finding == NULL)
    return;

  dialog = hustings_compliance_remedy_dialog_new (parent_window (self), self->file, finding,
                                                  which, &error);
  if (dialog == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
refund_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  remedy (HUSTINGS_COMPLIANCE_FINDINGS (widget), parameter, HUSTINGS_REMEDY_REFUND);
}

static void
redesignate_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  remedy (HUSTINGS_COMPLIANCE_FINDINGS (widget), parameter, HUSTINGS_REMEDY_REDESIGNATE);
}

static void
reattribute_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  remedy (HUSTINGS_COMPLIANCE_FINDINGS (widget), parameter, HUSTINGS_REMEDY_REATTRIBUTE);
}

static void
prepare_report_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  HustingsComplianceFindings *self = HUSTINGS_COMPLIANCE_FINDINGS (widget);
  HustingsFinding *finding = finding_at (self, g_variant_get_uint32 (parameter));

  if (finding != NULL && hustings_finding_get_report (finding) != NULL)
    prepare_report (self, finding);
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  start_check (HUSTINGS_COMPLIANCE_FINDINGS (widget));
}

/* The follow-up list */

typedef struct
{
  char                 *path;
  HustingsExportFormat  format;
} ExportData;

static void
export_data_free (gpointer data)
{
  ExportData *export = data;

  g_free (export->path);
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

  return hustings_compliance_export_best_efforts (file, NULL, export->path, export->format,
                                                  cancellable, error);
}

static void
update_export_action (HustingsComplianceFindings *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "findings.export-follow-up",
                                 self->file != NULL && self->export_job == NULL);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HustingsComplianceFindings) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok = hustings_file_job_run_finish (HUSTINGS_FILE_JOB (source), result, &error);
  ExportData *export = g_object_get_data (source, "hustings-export");
  g_autofree char *base = g_path_get_basename (export->path);
  g_autofree char *name = g_filename_display_name (base);
  g_autofree char *message = NULL;

  g_clear_object (&self->export_job);
  update_export_action (self);

  if (ok)
    /* Translators: %s is a file name */
    message = g_strdup_printf (_("Saved the follow-up list to %s"), name);
  else
    /* Translators: %s says why */
    message = g_strdup_printf (_("Could not save the follow-up list: %s"), error->message);
  show_toast (self, message);
}

static void
export_response_cb (HustingsComplianceFindings *self,
                    int                         response,
                    GtkNativeDialog            *chooser)
{
  GtkFileFilter *xlsx = g_object_get_data (G_OBJECT (chooser), "xlsx-filter");
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  ExportData *data;

  if (response != GTK_RESPONSE_ACCEPT || self->file == NULL)
    {
      g_clear_object (&self->chooser);
      return;
    }

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_clear_object (&self->chooser);
      show_toast (self, _("The follow-up list must be saved on this computer"));
      return;
    }

  data = g_new0 (ExportData, 1);
  /* A name without .csv or .xlsx takes the one of the type chosen. */
  if (hustings_export_format_from_path (path, &data->format))
    data->path = g_steal_pointer (&path);
  else
    {
      gboolean excel = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser)) == xlsx;

      data->format = excel ? HUSTINGS_EXPORT_XLSX : HUSTINGS_EXPORT_CSV;
      data->path = g_strconcat (path, excel ? ".xlsx" : ".csv", NULL);
    }
  g_clear_object (&self->chooser);

  self->export_job = hustings_file_job_new (hustings_committee_file_get_path (self->file),
                                            export_func, data, export_data_free);
  /* The job owns data; the path is read back when it is done. */
  g_object_set_data (G_OBJECT (self->export_job), "hustings-export", data);
  update_export_action (self);
  hustings_file_job_run_async (self->export_job, NULL, export_done_cb, g_object_ref (self));
}

static void
export_follow_up_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  HustingsComplianceFindings *self = HUSTINGS_COMPLIANCE_FINDINGS (widget);
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) xlsx = gtk_file_filter_new ();
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL || self->file == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export Follow-up List"), parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (csv, _("CSV"));
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_filter_set_name (xlsx, _("Excel (XLSX)"));
  gtk_file_filter_add_suffix (xlsx, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), xlsx);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), csv);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  /* Translators: a file name; keep the .csv */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("follow-up.csv"));
  g_object_set_data_full (G_OBJECT (chooser), "xlsx-filter", g_object_ref (xlsx),
                          g_object_unref);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self,
                           G_CONNECT_SWAPPED);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

/* The object */

static void
hustings_compliance_findings_dispose (GObject *object)
{
  HustingsComplianceFindings *self = HUSTINGS_COMPLIANCE_FINDINGS (object);

  hustings_compliance_findings_set_file (self, NULL);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  /* The template's root is the bin's child: the bin lets go of it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_COMPLIANCE_FINDINGS);

  G_OBJECT_CLASS (hustings_compliance_findings_parent_class)->dispose (object);
}

static void
hustings_compliance_findings_finalize (GObject *object)
{
  HustingsComplianceFindings *self = HUSTINGS_COMPLIANCE_FINDINGS (object);

  g_clear_object (&self->items);
  g_clear_object (&self->export_job);
  g_free (self->summary);

  G_OBJECT_CLASS (hustings_compliance_findings_parent_class)->finalize (object);
}

static void
hustings_compliance_findings_get_property (GObject    *object,
                                           guint       prop_id,
                                           GValue     *value,
                                           GParamSpec *pspec)
{
  HustingsComplianceFindings *self = HUSTINGS_COMPLIANCE_FINDINGS (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_CHECKING:
      g_value_set_boolean (value, self->job != NULL);
      break;

    case PROP_N_ERRORS:
      g_value_set_uint (value, self->n_errors);
      break;

    case PROP_NEEDS_ATTENTION:
      g_value_set_boolean (value, self->n_errors > 0);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_compliance_findings_set_property (GObject      *object,
                                           guint         prop_id,
                                           const GValue *value,
                                           GParamSpec   *pspec)
{
  HustingsComplianceFindings *self = HUSTINGS_COMPLIANCE_FINDINGS (object);

  switch (prop_id)
    {
    case PROP_FILE:
      hustings_compliance_findings_set_file (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_compliance_findings_class_init (HustingsComplianceFindingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = hustings_compliance_findings_dispose;
  object_class->finalize = hustings_compliance_findings_finalize;
  object_class->get_property = hustings_compliance_findings_get_property;
  object_class->set_property = hustings_compliance_findings_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, HUSTINGS_TYPE_COMMITTEE_FILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHECKING] = g_param_spec_boolean ("checking", NULL, NULL, FALSE, flags);
  properties[PROP_N_ERRORS] = g_param_spec_uint ("n-errors", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_NEEDS_ATTENTION] =
    g_param_spec_boolean ("needs-attention", NULL, NULL, FALSE, flags);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE
                                               "/hustings-compliance-findings.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceFindings, stack);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceFindings, list_view);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceFindings, failed_status);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);

  gtk_widget_class_install_action (widget_class, "findings.refund", "u", refund_action);
  gtk_widget_class_install_action (widget_class, "findings.redesignate", "u",
                                   redesignate_action);
  gtk_widget_class_install_action (widget_class, "findings.reattribute", "u",
                                   reattribute_action);
  gtk_widget_class_install_action (widget_class, "findings.prepare-report", "u",
                                   prepare_report_action);
  gtk_widget_class_install_action (widget_class, "findings.export-follow-up", NULL,
                                   export_follow_up_action);
  gtk_widget_class_install_action (widget_class, "findings.check", NULL, check_action);
}

static void
hustings_compliance_findings_init (HustingsComplianceFindings *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (G_TYPE_OBJECT);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  g_signal_connect (factory, "setup", G_CALLBACK (row_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

  hustings_compliance_findings_set_file (self, NULL);
}

void
hustings_compliance_findings_set_file (HustingsComplianceFindings *self,
                                       HustingsCommitteeFile      *file)
{
  static const char * const signals[] = {
    "changed", "contacts-changed", "donations-changed", "disbursements-changed",
    "reports-changed",
  };
  gboolean writable;

  g_return_if_fail (HUSTINGS_IS_COMPLIANCE_FINDINGS (self));
  g_return_if_fail (file == NULL || HUSTINGS_IS_COMMITTEE_FILE (file));

  if (self->file == file && file != NULL)
    return;

  stop_check (self);
  if (self->file != NULL)
    g_signal_handlers_disconnect_by_data (self->file, self);
  g_set_object (&self->file, file);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_list_store_remove_all (self->items);
  set_summary (self, NULL);
  if (self->n_errors > 0)
    {
      self->n_errors = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ERRORS]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEEDS_ATTENTION]);
    }

  writable = file != NULL && !hustings_committee_file_is_read_only (file);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "findings.refund", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "findings.redesignate", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "findings.reattribute", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "findings.prepare-report", file != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "findings.check", file != NULL);
  update_export_action (self);

  if (file != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
        g_signal_connect_object (file, signals[i], G_CALLBACK (file_changed_cb), self,
                                 G_CONNECT_SWAPPED);
      start_check (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKING]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

GPtrArray *
hustings_compliance_findings_get_findings (HustingsComplianceFindings *self)
{
  g_return_val_if_fail (HUSTINGS_IS_COMPLIANCE_FINDINGS (self), NULL);

  return self->findings;
}
