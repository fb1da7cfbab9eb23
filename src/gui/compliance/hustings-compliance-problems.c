/* hustings-compliance-problems.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-compliance-problems"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-compliance-open.h"

#include "hustings-compliance-problems.h"

/* A problem as an item of the list: the list owns the problems, the items point into it. */
#define HUSTINGS_TYPE_COMPLIANCE_PROBLEM (hustings_compliance_problem_get_type ())
G_DECLARE_FINAL_TYPE (HustingsComplianceProblem, hustings_compliance_problem, HUSTINGS,
                      COMPLIANCE_PROBLEM, GObject)

struct _HustingsComplianceProblem
{
  GObject                parent_instance;

  GPtrArray             *problems;  /* keeps problem alive */
  HustingsReportProblem *problem;
};

G_DEFINE_FINAL_TYPE (HustingsComplianceProblem, hustings_compliance_problem, G_TYPE_OBJECT)

static void
hustings_compliance_problem_finalize (GObject *object)
{
  HustingsComplianceProblem *self = HUSTINGS_COMPLIANCE_PROBLEM (object);

  g_ptr_array_unref (self->problems);

  G_OBJECT_CLASS (hustings_compliance_problem_parent_class)->finalize (object);
}

static void
hustings_compliance_problem_class_init (HustingsComplianceProblemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hustings_compliance_problem_finalize;
}

static void
hustings_compliance_problem_init (HustingsComplianceProblem *self)
{
}

struct _HustingsComplianceProblems
{
  AdwBin                 parent_instance;

  /* template widgets */
  GtkLabel              *title_label;
  GtkLabel              *subtitle_label;
  GtkListView           *list_view;

  /* owned */
  HustingsCommitteeFile *file;
  GListStore            *items;
};

G_DEFINE_FINAL_TYPE (HustingsComplianceProblems, hustings_compliance_problems, ADW_TYPE_BIN)

/* "Schedule A, SA11AI · A123 · Employer": where the problem is. */
static char *
describe_place (const HustingsFecProblem *problem)
{
  GString *place = g_string_new (problem->record_type);
  const char *field = NULL;

  if (problem->tran_id != NULL && *problem->tran_id != '\0')
    g_string_append_printf (place, " · %s", problem->tran_id);
  if (problem->field > 0 && problem->record_type != NULL)
    field = hustings_fec_layout_label (problem->record_type, problem->field);
  if (field == NULL)
    field = problem->field_name;
  if (field != NULL)
    g_string_append_printf (place, " · %s", field);
  return g_string_free (place, FALSE);
}

static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *message = gtk_label_new (NULL);
  GtkWidget *place = gtk_label_new (NULL);

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_margin_top (icon, 1);
  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (message), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (place), 0);
  gtk_label_set_ellipsize (GTK_LABEL (place), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (place, "dim-label");
  gtk_widget_add_css_class (place, "caption");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), message);
  gtk_box_append (GTK_BOX (texts), place);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_list_item_set_child (list_item, box);
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  HustingsComplianceProblem *item = gtk_list_item_get_item (list_item);
  const HustingsFecProblem *problem = item->problem->problem;
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *texts = gtk_widget_get_next_sibling (icon);
  GtkWidget *message = gtk_widget_get_first_child (texts);
  GtkWidget *place = gtk_widget_get_next_sibling (message);
  gboolean error = problem->severity == HUSTINGS_FEC_ERROR;
  g_autofree char *where = describe_place (problem);

  gtk_image_set_from_icon_name (GTK_IMAGE (icon),
                                error ? "dialog-error-symbolic" : "dialog-warning-symbolic");
  gtk_widget_remove_css_class (icon, error ? "warning" : "error");
  gtk_widget_add_css_class (icon, error ? "error" : "warning");
  gtk_widget_set_tooltip_text (icon, error ? _("Error") : _("Warning"));
  gtk_label_set_text (GTK_LABEL (message), problem->message);
  gtk_label_set_text (GTK_LABEL (place), where);
  gtk_list_item_set_activatable (list_item, item->problem->kind != HUSTINGS_REPORT_ROW_NONE
                                            || item->problem->contact_id > 0);
}

static void
list_activate_cb (HustingsComplianceProblems *self,
                  guint                       position)
{
  g_autoptr(HustingsComplianceProblem) item = g_list_model_get_item (G_LIST_MODEL (self->items),
                                                                      position);
  HustingsReportProblem *problem;

  if (item == NULL || self->file == NULL)
    return;

  problem = item->problem;
  if (problem->contact_id > 0 &&
      (problem->kind == HUSTINGS_REPORT_ROW_NONE || problem->kind == HUSTINGS_REPORT_ROW_CONTACT))
    hustings_compliance_open_row (GTK_WIDGET (self), self->file, HUSTINGS_REPORT_ROW_CONTACT,
                                  problem->contact_id);
  else
    hustings_compliance_open_row (GTK_WIDGET (self), self->file, problem->kind,
                                  problem->row_id);
}

static void
hustings_compliance_problems_dispose (GObject *object)
{
  HustingsComplianceProblems *self = HUSTINGS_COMPLIANCE_PROBLEMS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_COMPLIANCE_PROBLEMS);
  g_clear_object (&self->file);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (hustings_compliance_problems_parent_class)->dispose (object);
}

static void
hustings_compliance_problems_class_init (HustingsComplianceProblemsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_compliance_problems_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE
                                               "/hustings-compliance-problems.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceProblems, title_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceProblems,
                                        subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceProblems, list_view);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
}

static void
hustings_compliance_problems_init (HustingsComplianceProblems *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (HUSTINGS_TYPE_COMPLIANCE_PROBLEM);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  g_signal_connect (factory, "setup", G_CALLBACK (row_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
}

void
hustings_compliance_problems_set_file (HustingsComplianceProblems *self,
                                       HustingsCommitteeFile      *file)
{
  g_return_if_fail (HUSTINGS_IS_COMPLIANCE_PROBLEMS (self));

  if (g_set_object (&self->file, file))
    g_list_store_remove_all (self->items);
}

void
hustings_compliance_problems_set_problems (HustingsComplianceProblems *self,
                                           const char                 *title,
                                           GPtrArray                  *problems,
                                           gboolean                    written)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *subtitle = NULL;
  guint n_errors = 0;

  g_return_if_fail (HUSTINGS_IS_COMPLIANCE_PROBLEMS (self));
  g_return_if_fail (problems != NULL);

  /* Errors first, in the filing's order, then warnings. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < problems->len; i++)
      {
        HustingsReportProblem *problem = g_ptr_array_index (problems, i);
        HustingsComplianceProblem *item;

        if ((problem->problem->severity == HUSTINGS_FEC_ERROR) != (pass == 0))
          continue;
        item = g_object_new (HUSTINGS_TYPE_COMPLIANCE_PROBLEM, NULL);
        item->problems = g_ptr_array_ref (problems);
        item->problem = problem;
        g_ptr_array_add (items, item);
        n_errors += pass == 0;
      }
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);

  if (written)
    /* Translators: the filing was written; %u warnings remain */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "The file was written, with %u warning to look at",
                                             "The file was written, with %u warnings to look at",
                                             problems->len), problems->len);
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Nothing was written: %u error to fix first",
                                             "Nothing was written: %u errors to fix first",
                                             n_errors), n_errors);
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->subtitle_label, subtitle);
}

guint
hustings_compliance_problems_get_n_items (HustingsComplianceProblems *self)
{
  g_return_val_if_fail (HUSTINGS_IS_COMPLIANCE_PROBLEMS (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->items));
}
