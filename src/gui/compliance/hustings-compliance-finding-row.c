/* hustings-compliance-finding-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-compliance-finding-row"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "hustings-compliance-text.h"

#include "hustings-compliance-finding-row.h"

/* The group heading ---------------------------------------------------------------------------- */

struct _HustingsComplianceGroup
{
  GObject             parent_instance;

  HustingsFindingKind kind;
  guint               count;
};

G_DEFINE_FINAL_TYPE (HustingsComplianceGroup, hustings_compliance_group, G_TYPE_OBJECT)

static void
hustings_compliance_group_class_init (HustingsComplianceGroupClass *klass)
{
}

static void
hustings_compliance_group_init (HustingsComplianceGroup *self)
{
}

HustingsComplianceGroup *
hustings_compliance_group_new (HustingsFindingKind kind,
                               guint               count)
{
  HustingsComplianceGroup *self = g_object_new (HUSTINGS_TYPE_COMPLIANCE_GROUP, NULL);

  self->kind = kind;
  self->count = count;
  return self;
}

HustingsFindingKind
hustings_compliance_group_get_kind (HustingsComplianceGroup *self)
{
  g_return_val_if_fail (HUSTINGS_IS_COMPLIANCE_GROUP (self), 0);

  return self->kind;
}

guint
hustings_compliance_group_get_count (HustingsComplianceGroup *self)
{
  g_return_val_if_fail (HUSTINGS_IS_COMPLIANCE_GROUP (self), 0);

  return self->count;
}

/* The row -------------------------------------------------------------------------------------- */

struct _HustingsComplianceFindingRow
{
  AdwBin      parent_instance;

  /* template widgets */
  GtkStack   *stack;
  GtkLabel   *group_title;
  GtkLabel   *group_count;
  GtkButton  *export_button;
  GtkImage   *severity_icon;
  GtkLabel   *name_label;
  GtkLabel   *election_label;
  GtkLabel   *amount_label;
  GtkLabel   *message_label;
  GtkLabel   *remedy_label;
  GtkWidget  *deadline_box;
  GtkLabel   *deadline_label;
  GtkButton  *refund_button;
  GtkButton  *redesignate_button;
  GtkButton  *reattribute_button;
  GtkButton  *report_button;
  GtkWidget  *actions;
  GMenu      *remedy_menu;
};

G_DEFINE_FINAL_TYPE (HustingsComplianceFindingRow, hustings_compliance_finding_row, ADW_TYPE_BIN)

static const char * const severity_classes[] = { "error", "warning", "accent" };

/* "Refund, redesignate or reattribute by Jan 4, 2027": what to do by the deadline. */
static char *
describe_deadline (HustingsFinding *finding,
                   const char      *date)
{
  switch (hustings_finding_get_kind (finding))
    {
    case HUSTINGS_FINDING_OVER_LIMIT:
      /* Translators: %s is a date, "Jan 4, 2027" */
      return g_strdup_printf (_("Refund, redesignate or reattribute by %s"), date);
    case HUSTINGS_FINDING_PROHIBITED:
      return g_strdup_printf (_("Refund by %s"), date);
    case HUSTINGS_FINDING_CASH:
      return g_strdup_printf (_("Return the cash over $100 by %s"), date);
    case HUSTINGS_FINDING_ANONYMOUS:
      return g_strdup_printf (_("Give up the part over $50 by %s"), date);
    case HUSTINGS_FINDING_BEST_EFFORTS:
      return g_strdup_printf (_("Ask for the missing information by %s"), date);
    case HUSTINGS_FINDING_48_HOUR_NOTICE:
      return g_strdup_printf (_("File the 48-hour notice by %s"), date);
    case HUSTINGS_FINDING_REPORT_DUE:
      return g_strdup_printf (_("File by %s"), date);
    case HUSTINGS_N_FINDING_KINDS:
    default:
      return g_strdup (date);
    }
}

/* Shows or hides the button, and the same in the menu that takes the buttons' place where
 * they do not fit; shown, both activate action for the finding at index. */
static gboolean
set_action (HustingsComplianceFindingRow *self,
            GtkButton                    *button,
            const char                   *action,
            gboolean                      shown,
            guint                         index)
{
  g_autoptr(GMenuItem) item = NULL;

  gtk_widget_set_visible (GTK_WIDGET (button), shown);
  if (!shown)
    return FALSE;

  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_uint32 (index));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  item = g_menu_item_new (gtk_button_get_label (button), NULL);
  g_menu_item_set_action_and_target_value (item, action, g_variant_new_uint32 (index));
  g_menu_append_item (self->remedy_menu, item);
  return TRUE;
}

static void
hustings_compliance_finding_row_dispose (GObject *object)
{
  /* The template's root is the bin's child: the bin lets go of it first. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), HUSTINGS_TYPE_COMPLIANCE_FINDING_ROW);

  G_OBJECT_CLASS (hustings_compliance_finding_row_parent_class)->dispose (object);
}

static void
hustings_compliance_finding_row_class_init (HustingsComplianceFindingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_compliance_finding_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE
                                               "/hustings-compliance-finding-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceFindingRow, stack);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceFindingRow, group_title);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceFindingRow, group_count);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceFindingRow, export_button);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceFindingRow, severity_icon);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceFindingRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceFindingRow,
                                        election_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceFindingRow, amount_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceFindingRow, message_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceFindingRow, remedy_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceFindingRow, deadline_box);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceFindingRow,
                                        deadline_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceFindingRow, refund_button);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceFindingRow,
                                        redesignate_button);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceFindingRow,
                                        reattribute_button);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceFindingRow, report_button);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceFindingRow, actions);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceFindingRow, remedy_menu);
}

static void
hustings_compliance_finding_row_init (HustingsComplianceFindingRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hustings_compliance_finding_row_new (void)
{
  return g_object_new (HUSTINGS_TYPE_COMPLIANCE_FINDING_ROW, NULL);
}

void
hustings_compliance_finding_row_set_group (HustingsComplianceFindingRow *self,
                                           HustingsComplianceGroup      *group)
{
  g_autofree char *count = NULL;

  g_return_if_fail (HUSTINGS_IS_COMPLIANCE_FINDING_ROW (self));
  g_return_if_fail (HUSTINGS_IS_COMPLIANCE_GROUP (group));

  count = g_strdup_printf ("%'u", group->count);
  gtk_label_set_text (self->group_title, hustings_finding_kind_describe (group->kind));
  gtk_label_set_text (self->group_count, count);
  gtk_widget_set_visible (GTK_WIDGET (self->export_button),
                          group->kind == HUSTINGS_FINDING_BEST_EFFORTS);
  gtk_stack_set_visible_child_name (self->stack, "group");
}

void
hustings_compliance_finding_row_set_finding (HustingsComplianceFindingRow *self,
                                             HustingsFinding              *finding,
                                             guint                         index)
{
  static const char * const severity_icons[] = {
    "dialog-error-symbolic", "dialog-warning-symbolic", "dialog-information-symbolic"
  };
  HustingsFindingKind kind;
  HustingsSeverity severity;
  const HustingsFilingReport *report;
  const char *election;
  const char *deadline;
  g_autofree char *name = NULL;
  g_autofree char *election_text = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *today = NULL;
  gboolean gifts, any;

  g_return_if_fail (HUSTINGS_IS_COMPLIANCE_FINDING_ROW (self));
  g_return_if_fail (HUSTINGS_IS_FINDING (finding));

  kind = hustings_finding_get_kind (finding);
  severity = MIN (hustings_finding_get_severity (finding), HUSTINGS_SEVERITY_INFO);
  report = hustings_finding_get_report (finding);
  election = hustings_finding_get_election (finding);

  gtk_image_set_from_icon_name (self->severity_icon, severity_icons[severity]);
  for (guint i = 0; i < G_N_ELEMENTS (severity_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->severity_icon), severity_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->severity_icon), severity_classes[severity]);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->severity_icon),
                               hustings_severity_describe (severity));

  if (report != NULL)
    {
      g_autofree char *title = hustings_compliance_report_title (report->code,
                                                                 report->coverage_to);

      /* Translators: a report and its code, "April Quarterly 2026 (Q1)" */
      name = g_strdup_printf (_("%s (%s)"), title, report->code);
    }
  else
    name = g_strdup (hustings_finding_get_contact_name (finding));
  gtk_label_set_text (self->name_label, name);

  if (election != NULL && hustings_election_code_is_valid (election))
    election_text = hustings_election_code_describe (election);
  else if (election != NULL)
    election_text = g_strdup (election);
  gtk_label_set_text (self->election_label, election_text ? election_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->election_label), election_text != NULL);

  amount = hustings_money_format (hustings_finding_get_amount (finding));
  gtk_label_set_text (self->amount_label, amount);
  gtk_widget_set_visible (GTK_WIDGET (self->amount_label), kind != HUSTINGS_FINDING_REPORT_DUE);

  gtk_label_set_text (self->message_label, hustings_finding_get_message (finding));
  gtk_label_set_text (self->remedy_label, hustings_finding_get_remedy (finding));

  deadline = hustings_finding_get_deadline (finding);
  gtk_widget_set_visible (self->deadline_box, deadline != NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->deadline_label), "error");
  if (deadline != NULL)
    {
      g_autofree char *date = hustings_date_format (deadline);
      g_autofree char *text = NULL;
      g_auto(GStrv) words = g_strsplit (date, " ", -1);

      /* "Jan 4, 2027" on one line. */
      g_free (date);
      date = g_strjoinv ("\u00a0", words);
      text = describe_deadline (finding, date);

      today = hustings_date_today ();
      if (strcmp (deadline, today) < 0)
        {
          g_autofree char *late = NULL;

          /* Translators: %s is what was to be done by when, "Refund by Jan 4, 2027" */
          late = g_strdup_printf (_("Overdue: %s"), text);
          gtk_label_set_text (self->deadline_label, late);
          gtk_widget_add_css_class (GTK_WIDGET (self->deadline_label), "error");
        }
      else
        gtk_label_set_text (self->deadline_label, text);
    }

  /* Money to give back, or to move, with the gifts named. */
  gifts = hustings_finding_get_donations (finding)->len > 0;
  g_menu_remove_all (self->remedy_menu);
  any = set_action (self, self->refund_button, "findings.refund",
                    gifts && (kind == HUSTINGS_FINDING_OVER_LIMIT
                              || kind == HUSTINGS_FINDING_PROHIBITED
                              || kind == HUSTINGS_FINDING_CASH
                              || kind == HUSTINGS_FINDING_ANONYMOUS),
                    index);
  any |= set_action (self, self->redesignate_button, "findings.redesignate",
                     gifts && kind == HUSTINGS_FINDING_OVER_LIMIT, index);
  any |= set_action (self, self->reattribute_button, "findings.reattribute",
                     gifts && kind == HUSTINGS_FINDING_OVER_LIMIT, index);
  any |= set_action (self, self->report_button, "findings.prepare-report", report != NULL, index);
  gtk_widget_set_visible (self->actions, any);

  gtk_stack_set_visible_child_name (self->stack, "finding");
}
