/* hustings-compliance-reports.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-compliance-reports"

#include "config.h"

#include "hustings-column-view.h"
#include "hustings-compliance-text.h"

#include "hustings-compliance-reports.h"

struct _HustingsComplianceReports
{
  AdwBin                 parent_instance;

  /* template widgets */
  GtkStack              *stack;
  GtkColumnView         *column_view;
  GtkColumnViewColumn   *report_column;
  GtkColumnViewColumn   *code_column;
  GtkColumnViewColumn   *coverage_column;
  GtkColumnViewColumn   *status_column;

  /* owned */
  HustingsCommitteeFile *file;
  GtkFilterListModel    *shown;   /* the file's reports but those hidden */
  GtkCustomFilter       *filter;
  GHashTable            *hidden;  /* report ids (gint64*) */
};

G_DEFINE_FINAL_TYPE (HustingsComplianceReports, hustings_compliance_reports, ADW_TYPE_BIN)

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  HustingsComplianceReports *self = user_data;
  gint64 id = hustings_report_get_id (HUSTINGS_REPORT (item));

  return !g_hash_table_contains (self->hidden, &id);
}

/* Newest first: by the end of coverage, then the latest amendment first. */
static int
compare_func (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  HustingsReport *first = HUSTINGS_REPORT ((gpointer) a);
  HustingsReport *second = HUSTINGS_REPORT ((gpointer) b);
  int order = g_strcmp0 (hustings_report_get_coverage_to (second),
                         hustings_report_get_coverage_to (first));

  if (order == 0)
    order = hustings_report_get_amendment (second) - hustings_report_get_amendment (first);
  if (order == 0)
    order = hustings_report_get_id (second) < hustings_report_get_id (first) ? -1 : 1;
  return order;
}

static void
items_changed_cb (HustingsComplianceReports *self)
{
  guint n = self->shown ? g_list_model_get_n_items (G_LIST_MODEL (self->shown)) : 0;

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

/* "April Quarterly 2026": the report's name and the year it closes in. */
static void
report_cell_setup_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      gpointer                  user_data)
{
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (label), 24);
  gtk_list_item_set_child (list_item, label);
}

static void
report_cell_bind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     gpointer                  user_data)
{
  HustingsReport *report = gtk_list_item_get_item (list_item);
  g_autofree char *text = NULL;

  text = hustings_compliance_report_title (hustings_report_get_code (report),
                                           hustings_report_get_coverage_to (report));
  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (list_item)), text);
}

static void
column_view_activate_cb (HustingsComplianceReports *self,
                         guint                      position)
{
  g_autoptr(HustingsReport) report = g_list_model_get_item (G_LIST_MODEL (self->shown), position);

  if (report != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "compliance.show-report", "x",
                                hustings_report_get_id (report));
}

static void
hustings_compliance_reports_dispose (GObject *object)
{
  HustingsComplianceReports *self = HUSTINGS_COMPLIANCE_REPORTS (object);

  hustings_compliance_reports_set_file (self, NULL);
  /* The template's root is the bin's child: the bin lets go of it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_COMPLIANCE_REPORTS);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (hustings_compliance_reports_parent_class)->dispose (object);
}

static void
hustings_compliance_reports_finalize (GObject *object)
{
  HustingsComplianceReports *self = HUSTINGS_COMPLIANCE_REPORTS (object);

  g_hash_table_unref (self->hidden);

  G_OBJECT_CLASS (hustings_compliance_reports_parent_class)->finalize (object);
}

static void
hustings_compliance_reports_class_init (HustingsComplianceReportsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_compliance_reports_dispose;
  object_class->finalize = hustings_compliance_reports_finalize;

  g_type_ensure (HUSTINGS_TYPE_REPORT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE
                                               "/hustings-compliance-reports.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReports, stack);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReports, column_view);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReports, report_column);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReports, code_column);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReports,
                                        coverage_column);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReports, status_column);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);
}

static void
hustings_compliance_reports_init (HustingsComplianceReports *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->hidden = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  g_signal_connect (factory, "setup", G_CALLBACK (report_cell_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (report_cell_bind_cb), NULL);
  gtk_column_view_column_set_factory (self->report_column, factory);
  hustings_column_view_set_text_cells (self->code_column, "code", 6, FALSE);
  hustings_column_view_set_text_cells (self->coverage_column, "coverage-text", 28, FALSE);
  hustings_column_view_set_text_cells (self->status_column, "status-text", 14, FALSE);
  items_changed_cb (self);
}

void
hustings_compliance_reports_set_file (HustingsComplianceReports *self,
                                      HustingsCommitteeFile     *file)
{
  g_return_if_fail (HUSTINGS_IS_COMPLIANCE_REPORTS (self));
  g_return_if_fail (file == NULL || HUSTINGS_IS_COMMITTEE_FILE (file));

  if (self->file == file)
    return;

  if (self->shown != NULL)
    g_signal_handlers_disconnect_by_data (self->shown, self);
  gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->shown);
  g_hash_table_remove_all (self->hidden);
  g_set_object (&self->file, file);

  if (file != NULL)
    {
      g_autoptr(GtkNoSelection) selection = NULL;
      GtkSortListModel *sorted;

      sorted = gtk_sort_list_model_new (G_LIST_MODEL (hustings_report_list_new (file)),
                                        GTK_SORTER (gtk_custom_sorter_new (compare_func, NULL,
                                                                           NULL)));
      self->shown = gtk_filter_list_model_new (G_LIST_MODEL (sorted),
                                               g_object_ref (GTK_FILTER (self->filter)));
      selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
      g_signal_connect_object (self->shown, "items-changed", G_CALLBACK (items_changed_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
    }

  items_changed_cb (self);
}

void
hustings_compliance_reports_hide (HustingsComplianceReports *self,
                                  gint64                     report_id)
{
  g_return_if_fail (HUSTINGS_IS_COMPLIANCE_REPORTS (self));

  g_hash_table_add (self->hidden, g_memdup2 (&report_id, sizeof report_id));
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_MORE_STRICT);
}

void
hustings_compliance_reports_unhide (HustingsComplianceReports *self,
                                    gint64                     report_id)
{
  g_return_if_fail (HUSTINGS_IS_COMPLIANCE_REPORTS (self));

  if (g_hash_table_remove (self->hidden, &report_id))
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_LESS_STRICT);
}
