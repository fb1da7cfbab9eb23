/* hustings-compliance-line-rows.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-compliance-line-rows"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-column-view.h"
#include "hustings-file-job.h"
#include "hustings-split-model.h"
#include "hustings-compliance-open.h"
#include "hustings-compliance-row-list.h"

#include "hustings-compliance-line-rows.h"

struct _HustingsComplianceLineRows
{
  AdwBin                     parent_instance;

  /* template widgets */
  GtkLabel                  *title_label;
  GtkLabel                  *subtitle_label;
  GtkToggleButton           *period_button;
  GtkToggleButton           *to_date_button;
  GtkStack                  *stack;
  GtkColumnView             *column_view;
  GtkColumnViewColumn       *date_column;
  GtkColumnViewColumn       *name_column;
  GtkColumnViewColumn       *amount_column;
  GtkColumnViewColumn       *itemized_column;
  GtkColumnViewColumn       *memo_column;
  AdwStatusPage             *failed_status;
  GtkLabel                  *footer_label;

  /* owned */
  HustingsCommitteeFile     *file;
  HustingsReport            *report;
  HustingsReportLine        *line;
  HustingsReportColumn       column;
  HustingsComplianceRowList *list;         /* the rows shown */
  GCancellable              *cancellable;  /* the reading of the rows shown */
  HustingsFileJob           *rows_job;
  HustingsFileJob           *itemized_job;
};

G_DEFINE_FINAL_TYPE (HustingsComplianceLineRows, hustings_compliance_line_rows, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_LOADING,
  PROP_ITEMIZING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The rows, then which of them the filing itemizes, read in worker threads */

typedef struct
{
  HustingsReport       *report;
  char                 *line;
  HustingsReportColumn  column;
  GArray               *rows;      /* HustingsReportRow */
  GHashTable           *itemized;  /* row keys */
} RowsData;

static void
rows_data_free (gpointer data)
{
  RowsData *rows = data;

  g_object_unref (rows->report);
  g_free (rows->line);
  g_clear_pointer (&rows->rows, g_array_unref);
  g_clear_pointer (&rows->itemized, g_hash_table_unref);
  g_free (rows);
}

static gboolean
rows_func (HustingsCommitteeFile  *file,
           gpointer                data,
           GCancellable           *cancellable,
           HustingsProgressFunc    progress,
           gpointer                progress_data,
           GError                **error)
{
  RowsData *rows = data;

  rows->rows = hustings_report_rows (file, rows->report, rows->line, rows->column, error);
  return rows->rows != NULL;
}

/* The rows behind the transaction ids of the filing's schedule records. */
static gboolean
itemized_func (HustingsCommitteeFile  *file,
               gpointer                data,
               GCancellable           *cancellable,
               HustingsProgressFunc    progress,
               gpointer                progress_data,
               GError                **error)
{
  RowsData *rows = data;
  g_autoptr(GPtrArray) filing = NULL;

  filing = hustings_report_build_filing (file, rows->report, NULL, NULL, cancellable, error);
  if (filing == NULL)
    return FALSE;

  rows->itemized = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < filing->len; i++)
    {
      const HustingsFecRecord *record = g_ptr_array_index (filing, i);
      HustingsReportRowKind kind;
      gint64 id, contact_id;

      if (i % 256 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (!g_str_has_prefix (record->type, "SA") && !g_str_has_prefix (record->type, "SB"))
        continue;
      if (hustings_report_lookup_tran_id (file,
                                          hustings_fec_record_get_named (record,
                                                                         "transaction_id"),
                                          &kind, &id, &contact_id))
        g_hash_table_add (rows->itemized, hustings_compliance_row_key (kind, id));
    }

  return TRUE;
}

static RowsData *
rows_data_new (HustingsComplianceLineRows *self)
{
  RowsData *data = g_new0 (RowsData, 1);

  data->report = hustings_report_copy (self->report);
  data->line = g_strdup (hustings_report_line_get_line (self->line));
  data->column = self->column;
  return data;
}

/* Stops reading rows; the jobs' results, when they come, are for nobody. */
static void
stop (HustingsComplianceLineRows *self)
{
  gboolean loading = self->rows_job != NULL;
  gboolean itemizing = self->itemized_job != NULL;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->rows_job);
  g_clear_object (&self->itemized_job);
  if (loading)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  if (itemizing)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEMIZING]);
}

static void
update_footer (HustingsComplianceLineRows *self,
               GArray                     *rows)
{
  g_autofree char *amount = NULL;
  g_autofree char *text = NULL;
  guint n_donations = 0, n_disbursements = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      if (g_array_index (rows, HustingsReportRow, i).kind == HUSTINGS_REPORT_ROW_DONATION)
        n_donations++;
      else
        n_disbursements++;
    }

  amount = hustings_money_format (hustings_report_line_get_amount (self->line, self->column));
  if (n_disbursements == 0)
    /* Translators: "1,204 donations · $56,789.00", the rows of a summary line and its amount */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u donation · %s",
                                         "%'u donations · %s", n_donations), n_donations, amount);
  else if (n_donations == 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u disbursement · %s",
                                         "%'u disbursements · %s", n_disbursements),
                            n_disbursements, amount);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u entry · %s", "%'u entries · %s",
                                         rows->len), rows->len, amount);
  gtk_label_set_text (self->footer_label, text);
}

static void
itemized_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(HustingsComplianceLineRows) self = user_data;
  gboolean ok = hustings_file_job_run_finish (HUSTINGS_FILE_JOB (source), result, NULL);
  RowsData *rows = g_object_get_data (source, "hustings-rows");

  if (HUSTINGS_FILE_JOB (source) != self->itemized_job)
    return;

  g_clear_object (&self->itemized_job);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEMIZING]);
  /* A filing that cannot be built leaves it unknown. */
  if (!ok)
    return;

  hustings_compliance_row_list_set_itemized (self->list, rows->itemized);
  gtk_column_view_column_set_visible (self->itemized_column, TRUE);
}

static void
rows_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(HustingsComplianceLineRows) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkSingleSelection) selection = NULL;
  gboolean ok = hustings_file_job_run_finish (HUSTINGS_FILE_JOB (source), result, &error);
  RowsData *rows = g_object_get_data (source, "hustings-rows");

  /* Rows no longer asked for. */
  if (HUSTINGS_FILE_JOB (source) != self->rows_job)
    return;

  g_clear_object (&self->rows_job);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  if (!ok)
    {
      adw_status_page_set_description (self->failed_status, error->message);
      gtk_stack_set_visible_child_name (self->stack, "failed");
      return;
    }

  g_clear_object (&self->list);
  self->list = hustings_compliance_row_list_new (self->file, rows->rows);
  selection = gtk_single_selection_new (
    G_LIST_MODEL (hustings_split_model_new (g_object_ref (G_LIST_MODEL (self->list)))));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  update_footer (self, rows->rows);
  gtk_stack_set_visible_child_name (self->stack, rows->rows->len > 0 ? "list" : "empty");

  /* This period's rows are itemized or not in this report's filing; that takes longer. */
  if (self->column == HUSTINGS_REPORT_COLUMN_A && rows->rows->len > 0)
    {
      RowsData *data = rows_data_new (self);

      self->itemized_job = hustings_file_job_new (hustings_committee_file_get_path (self->file),
                                                  itemized_func, data, rows_data_free);
      g_object_set_data (G_OBJECT (self->itemized_job), "hustings-rows", data);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEMIZING]);
      hustings_file_job_run_async (self->itemized_job, self->cancellable, itemized_done_cb,
                                   g_object_ref (self));
    }
}

static void
load (HustingsComplianceLineRows *self)
{
  RowsData *data;

  stop (self);
  gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->list);
  gtk_column_view_column_set_visible (self->itemized_column, FALSE);
  gtk_label_set_text (self->footer_label, "");
  if (self->file == NULL || self->report == NULL || self->line == NULL)
    return;

  data = rows_data_new (self);
  self->cancellable = g_cancellable_new ();
  self->rows_job = hustings_file_job_new (hustings_committee_file_get_path (self->file),
                                          rows_func, data, rows_data_free);
  g_object_set_data (G_OBJECT (self->rows_job), "hustings-rows", data);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  hustings_file_job_run_async (self->rows_job, self->cancellable, rows_done_cb,
                               g_object_ref (self));
}

static void
column_toggled_cb (HustingsComplianceLineRows *self)
{
  HustingsReportColumn column = gtk_toggle_button_get_active (self->to_date_button)
                                ? HUSTINGS_REPORT_COLUMN_B : HUSTINGS_REPORT_COLUMN_A;

  if (column == self->column)
    return;
  self->column = column;
  load (self);
}

static void
column_view_activate_cb (HustingsComplianceLineRows *self,
                         guint                       position)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (self->column_view));
  g_autoptr(HustingsComplianceRow) row = g_list_model_get_item (model, position);

  if (row != NULL)
    hustings_compliance_open_row (GTK_WIDGET (self), self->file,
                                  hustings_compliance_row_get_kind (row),
                                  hustings_compliance_row_get_id (row));
}

static void
hustings_compliance_line_rows_dispose (GObject *object)
{
  HustingsComplianceLineRows *self = HUSTINGS_COMPLIANCE_LINE_ROWS (object);

  hustings_compliance_line_rows_set_file (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_COMPLIANCE_LINE_ROWS);

  G_OBJECT_CLASS (hustings_compliance_line_rows_parent_class)->dispose (object);
}

static void
hustings_compliance_line_rows_get_property (GObject    *object,
                                            guint       prop_id,
                                            GValue     *value,
                                            GParamSpec *pspec)
{
  HustingsComplianceLineRows *self = HUSTINGS_COMPLIANCE_LINE_ROWS (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->rows_job != NULL);
      break;

    case PROP_ITEMIZING:
      g_value_set_boolean (value, self->itemized_job != NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_compliance_line_rows_class_init (HustingsComplianceLineRowsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_compliance_line_rows_dispose;
  object_class->get_property = hustings_compliance_line_rows_get_property;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEMIZING] =
    g_param_spec_boolean ("itemizing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE
                                               "/hustings-compliance-line-rows.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceLineRows, title_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceLineRows,
                                        subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceLineRows, period_button);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceLineRows,
                                        to_date_button);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceLineRows, stack);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceLineRows, column_view);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceLineRows, date_column);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceLineRows, name_column);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceLineRows, amount_column);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceLineRows,
                                        itemized_column);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceLineRows, memo_column);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceLineRows, failed_status);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceLineRows, footer_label);
  gtk_widget_class_bind_template_callback (widget_class, column_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);
}

static void
hustings_compliance_line_rows_init (HustingsComplianceLineRows *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  hustings_column_view_set_text_cells (self->date_column, "date-text", 12, FALSE);
  hustings_column_view_set_text_cells (self->name_column, "name", 24, FALSE);
  hustings_column_view_set_text_cells (self->amount_column, "amount-text", 12, TRUE);
  hustings_column_view_set_text_cells (self->itemized_column, "itemized-text", 9, FALSE);
  hustings_column_view_set_text_cells (self->memo_column, "memo", 24, FALSE);
}

void
hustings_compliance_line_rows_set_file (HustingsComplianceLineRows *self,
                                        HustingsCommitteeFile      *file)
{
  g_return_if_fail (HUSTINGS_IS_COMPLIANCE_LINE_ROWS (self));
  g_return_if_fail (file == NULL || HUSTINGS_IS_COMMITTEE_FILE (file));

  if (self->file == file)
    return;

  stop (self);
  gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->list);
  g_clear_object (&self->report);
  g_clear_object (&self->line);
  g_set_object (&self->file, file);
}

void
hustings_compliance_line_rows_show_line (HustingsComplianceLineRows *self,
                                         HustingsReport             *report,
                                         HustingsReportLine         *line,
                                         HustingsReportColumn        column)
{
  g_autofree char *coverage = NULL;
  g_autofree char *subtitle = NULL;
  gboolean f3;

  g_return_if_fail (HUSTINGS_IS_COMPLIANCE_LINE_ROWS (self));
  g_return_if_fail (HUSTINGS_IS_REPORT (report));
  g_return_if_fail (HUSTINGS_IS_REPORT_LINE (line));

  g_set_object (&self->report, report);
  g_set_object (&self->line, line);
  self->column = column;

  g_object_get (report, "coverage-text", &coverage, NULL);
  /* Translators: a report and its coverage, "April Quarterly · Jan 1, 2026 – Mar 31, 2026" */
  subtitle = g_strdup_printf (_("%s · %s"),
                              hustings_filing_code_describe (hustings_report_get_code (report)),
                              coverage);
  gtk_label_set_text (self->title_label, hustings_report_line_get_label (line));
  gtk_label_set_text (self->subtitle_label, subtitle);

  f3 = g_strcmp0 (hustings_report_get_form (report), "F3") == 0;
  gtk_button_set_label (GTK_BUTTON (self->to_date_button),
                        f3 ? _("Cycle to Date") : _("Year to Date"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->period_button),
                            hustings_report_line_has_column (line, HUSTINGS_REPORT_COLUMN_A));
  gtk_widget_set_sensitive (GTK_WIDGET (self->to_date_button),
                            hustings_report_line_has_column (line, HUSTINGS_REPORT_COLUMN_B));
  /* Set without loading twice: the toggle reads self->column, already set. */
  gtk_toggle_button_set_active (column == HUSTINGS_REPORT_COLUMN_B ? self->to_date_button
                                                                   : self->period_button,
                                TRUE);
  load (self);
}

void
hustings_compliance_line_rows_stop (HustingsComplianceLineRows *self)
{
  g_return_if_fail (HUSTINGS_IS_COMPLIANCE_LINE_ROWS (self));

  stop (self);
}
