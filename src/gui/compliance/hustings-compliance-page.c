/* hustings-compliance-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-compliance-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-window.h"
#include "hustings-compliance-findings.h"
#include "hustings-compliance-line-rows.h"
#include "hustings-compliance-problems.h"
#include "hustings-compliance-report-dialog.h"
#include "hustings-compliance-report-view.h"
#include "hustings-compliance-reports.h"
#include "hustings-compliance-text.h"

#include "hustings-compliance-page.h"

struct _HustingsCompliancePage
{
  AdwBin                        parent_instance;

  /* template widgets */
  AdwLeaflet                   *leaflet;
  GtkStack                     *section_stack;
  GtkWidget                    *new_report_button;
  GtkWidget                    *summary_label;
  HustingsComplianceFindings   *findings;
  HustingsComplianceReports    *reports;
  HustingsComplianceReportView *report_view;
  HustingsComplianceLineRows   *line_rows;
  HustingsComplianceProblems   *problems;

  /* owned */
  HustingsCommitteeFile        *file;
};

G_DEFINE_FINAL_TYPE (HustingsCompliancePage, hustings_compliance_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_FILE,
  PROP_N_ERRORS,
  PROP_NEEDS_ATTENTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A report deleted with the chance to undo: left out of the list until the toast goes away,
 * then deleted from the file. */
typedef struct
{
  HustingsCommitteeFile     *file;
  HustingsComplianceReports *reports;
  gint64                     report_id;
} PendingDelete;

static void
pending_delete_free (gpointer data)
{
  PendingDelete *pending = data;

  g_object_unref (pending->file);
  g_object_unref (pending->reports);
  g_free (pending);
}

static gboolean
pending_delete_undo (gpointer   data,
                     GError   **error)
{
  PendingDelete *pending = data;

  hustings_compliance_reports_unhide (pending->reports, pending->report_id);
  return TRUE;
}

static gboolean
pending_delete_commit (gpointer   data,
                       GError   **error)
{
  PendingDelete *pending = data;
  gboolean deleted = hustings_report_store_delete (pending->file, pending->report_id, error);

  /* Deleted or not, it is no longer to be left out: gone from the file, or back. */
  hustings_compliance_reports_unhide (pending->reports, pending->report_id);
  return deleted;
}

/* Navigation */

static void
show_child (HustingsCompliancePage *self,
            const char             *name)
{
  GtkWidget *rows = GTK_WIDGET (self->line_rows);
  GtkWidget *problems = GTK_WIDGET (self->problems);

  /* Back from either leads to the report: only the one shown is in the way. */
  if (g_str_equal (name, "rows") || g_str_equal (name, "problems"))
    {
      adw_leaflet_page_set_navigatable (adw_leaflet_get_page (self->leaflet, rows),
                                        g_str_equal (name, "rows"));
      adw_leaflet_page_set_navigatable (adw_leaflet_get_page (self->leaflet, problems),
                                        g_str_equal (name, "problems"));
    }
  adw_leaflet_set_visible_child_name (self->leaflet, name);
}

/* Rows no longer shown (left by the back button, a swipe or Alt+Left) are not worth reading
 * on. */
static void
leaflet_child_changed_cb (HustingsCompliancePage *self)
{
  if (self->line_rows != NULL &&
      g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "rows") != 0)
    hustings_compliance_line_rows_stop (self->line_rows);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HustingsCompliancePage *self = HUSTINGS_COMPLIANCE_PAGE (widget);
  const char *shown = adw_leaflet_get_visible_child_name (self->leaflet);

  show_child (self, g_strcmp0 (shown, "report") == 0 ? "main" : "report");
}

static void
show_report_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HustingsCompliancePage *self = HUSTINGS_COMPLIANCE_PAGE (widget);

  if (self->file == NULL)
    return;

  /* Back from the report leads to the list of reports. */
  gtk_stack_set_visible_child_name (self->section_stack, "reports");
  hustings_compliance_report_view_show_report (self->report_view,
                                               g_variant_get_int64 (parameter));
  show_child (self, "report");
}

static void
report_created_cb (HustingsCompliancePage *self,
                   gint64                  report_id)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "compliance.show-report", "x", report_id);
}

static void
new_report_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HustingsCompliancePage *self = HUSTINGS_COMPLIANCE_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  HustingsComplianceReportDialog *dialog;

  if (self->file == NULL)
    return;

  dialog = hustings_compliance_report_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                  self->file, NULL);
  g_signal_connect_object (dialog, "created", G_CALLBACK (report_created_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HustingsCompliancePage *self = HUSTINGS_COMPLIANCE_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(HustingsReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  PendingDelete *pending;

  if (self->file == NULL || !HUSTINGS_IS_WINDOW (root))
    return;

  report = hustings_report_store_get (self->file, id, &error);
  if (report == NULL)
    {
      hustings_window_show_toast (HUSTINGS_WINDOW (root), error->message);
      return;
    }

  pending = g_new0 (PendingDelete, 1);
  pending->file = g_object_ref (self->file);
  pending->reports = g_object_ref (self->reports);
  pending->report_id = id;
  hustings_compliance_reports_hide (self->reports, id);
  gtk_stack_set_visible_child_name (self->section_stack, "reports");
  show_child (self, "main");

  name = hustings_compliance_report_title (hustings_report_get_code (report),
                                           hustings_report_get_coverage_to (report));
  /* Translators: "Deleted the April Quarterly 2026 report" */
  title = g_strdup_printf (_("Deleted the %s report"), name);
  hustings_window_push_undo (HUSTINGS_WINDOW (root), title, pending_delete_undo,
                             pending_delete_commit, pending, pending_delete_free);
}

static void
line_activated_cb (HustingsCompliancePage *self,
                   HustingsReportLine     *line,
                   int                     column)
{
  hustings_compliance_line_rows_show_line (self->line_rows,
                                           hustings_compliance_report_view_get_report (
                                             self->report_view),
                                           line, column);
  show_child (self, "rows");
}

static void
problems_cb (HustingsCompliancePage *self,
             GPtrArray              *problems,
             gboolean                written)
{
  HustingsReport *report = hustings_compliance_report_view_get_report (self->report_view);
  g_autofree char *name = hustings_compliance_report_title (hustings_report_get_code (report),
                                                            hustings_report_get_coverage_to (
                                                              report));
  g_autofree char *title = NULL;

  /* Translators: "Problems in the April Quarterly 2026 Filing" */
  title = g_strdup_printf (_("Problems in the %s Filing"), name);
  hustings_compliance_problems_set_problems (self->problems, title, problems, written);
  show_child (self, "problems");
}

static void
section_changed_cb (HustingsCompliancePage *self)
{
  gboolean reports = g_strcmp0 (gtk_stack_get_visible_child_name (self->section_stack),
                                "reports") == 0;

  gtk_widget_set_visible (self->new_report_button, reports);
  gtk_widget_set_visible (self->summary_label, !reports);
}

static void
findings_notify_cb (HustingsCompliancePage *self,
                    GParamSpec             *pspec)
{
  if (g_str_equal (pspec->name, "n-errors"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ERRORS]);
  else if (g_str_equal (pspec->name, "needs-attention"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEEDS_ATTENTION]);
}

static void
hustings_compliance_page_dispose (GObject *object)
{
  HustingsCompliancePage *self = HUSTINGS_COMPLIANCE_PAGE (object);

  hustings_compliance_page_set_file (self, NULL);
  /* The template's root is the bin's child: the bin lets go of it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_COMPLIANCE_PAGE);

  G_OBJECT_CLASS (hustings_compliance_page_parent_class)->dispose (object);
}

static void
hustings_compliance_page_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  HustingsCompliancePage *self = HUSTINGS_COMPLIANCE_PAGE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_N_ERRORS:
    case PROP_NEEDS_ATTENTION:
      g_object_get_property (G_OBJECT (self->findings), pspec->name, value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_compliance_page_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  HustingsCompliancePage *self = HUSTINGS_COMPLIANCE_PAGE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      hustings_compliance_page_set_file (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_compliance_page_class_init (HustingsCompliancePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = hustings_compliance_page_dispose;
  object_class->get_property = hustings_compliance_page_get_property;
  object_class->set_property = hustings_compliance_page_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, HUSTINGS_TYPE_COMMITTEE_FILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ERRORS] = g_param_spec_uint ("n-errors", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_NEEDS_ATTENTION] =
    g_param_spec_boolean ("needs-attention", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HUSTINGS_TYPE_COMPLIANCE_FINDINGS);
  g_type_ensure (HUSTINGS_TYPE_COMPLIANCE_REPORTS);
  g_type_ensure (HUSTINGS_TYPE_COMPLIANCE_REPORT_VIEW);
  g_type_ensure (HUSTINGS_TYPE_COMPLIANCE_LINE_ROWS);
  g_type_ensure (HUSTINGS_TYPE_COMPLIANCE_PROBLEMS);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE
                                               "/hustings-compliance-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsCompliancePage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, HustingsCompliancePage, section_stack);
  gtk_widget_class_bind_template_child (widget_class, HustingsCompliancePage, new_report_button);
  gtk_widget_class_bind_template_child (widget_class, HustingsCompliancePage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsCompliancePage, findings);
  gtk_widget_class_bind_template_child (widget_class, HustingsCompliancePage, reports);
  gtk_widget_class_bind_template_child (widget_class, HustingsCompliancePage, report_view);
  gtk_widget_class_bind_template_child (widget_class, HustingsCompliancePage, line_rows);
  gtk_widget_class_bind_template_child (widget_class, HustingsCompliancePage, problems);
  gtk_widget_class_bind_template_callback (widget_class, line_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, problems_cb);
  gtk_widget_class_bind_template_callback (widget_class, section_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, findings_notify_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_child_changed_cb);

  gtk_widget_class_install_action (widget_class, "compliance.new-report", NULL,
                                   new_report_action);
  gtk_widget_class_install_action (widget_class, "compliance.show-report", "x",
                                   show_report_action);
  gtk_widget_class_install_action (widget_class, "compliance.delete-report", "x",
                                   delete_report_action);
  gtk_widget_class_install_action (widget_class, "compliance.back", NULL, back_action);
}

static void
hustings_compliance_page_init (HustingsCompliancePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  section_changed_cb (self);
  hustings_compliance_page_set_file (self, NULL);
}

void
hustings_compliance_page_set_file (HustingsCompliancePage *self,
                                   HustingsCommitteeFile  *file)
{
  gboolean writable;

  g_return_if_fail (HUSTINGS_IS_COMPLIANCE_PAGE (self));
  g_return_if_fail (file == NULL || HUSTINGS_IS_COMMITTEE_FILE (file));

  if (self->file == file && file != NULL)
    return;

  g_set_object (&self->file, file);
  hustings_compliance_findings_set_file (self->findings, file);
  hustings_compliance_reports_set_file (self->reports, file);
  hustings_compliance_report_view_set_file (self->report_view, file);
  hustings_compliance_line_rows_set_file (self->line_rows, file);
  hustings_compliance_problems_set_file (self->problems, file);

  writable = file != NULL && !hustings_committee_file_is_read_only (file);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compliance.new-report", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compliance.delete-report", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compliance.show-report", file != NULL);
  gtk_stack_set_visible_child_name (self->section_stack, "findings");
  show_child (self, "main");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}
