/* hustings-task-rules-dialog.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-task-rules-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-task-rules-dialog.h"

/* The days best-efforts takes at most: the law's deadline (hustings-task-rules.h). */
#define BEST_EFFORTS_DAYS_MAX 30

struct _HustingsTaskRulesDialog
{
  AdwPreferencesWindow   parent_instance;

  /* template widgets */
  AdwPreferencesGroup   *rules_group;

  /* borrowed: the rows made for each rule */
  AdwExpanderRow        *rows[HUSTINGS_N_TASK_RULES];
  GtkSpinButton         *spins[HUSTINGS_N_TASK_RULES];

  /* owned */
  HustingsCommitteeFile *file;
  HustingsTaskRunner    *runner;

  gboolean               loading;
};

G_DEFINE_FINAL_TYPE (HustingsTaskRulesDialog, hustings_task_rules_dialog,
                     ADW_TYPE_PREFERENCES_WINDOW)

static HustingsTaskRule
rule_of (GObject *widget)
{
  return GPOINTER_TO_UINT (g_object_get_data (widget, "hustings-task-rule"));
}

static void
explain (HustingsTaskRulesDialog *self,
         HustingsTaskRule         rule)
{
  g_autofree char *text =
    hustings_task_rule_explain (rule, gtk_spin_button_get_value_as_int (self->spins[rule]));

  adw_expander_row_set_subtitle (self->rows[rule], text);
}

static void
rule_changed_cb (GObject                 *widget,
                 GParamSpec              *pspec,
                 HustingsTaskRulesDialog *self)
{
  HustingsTaskRule rule = rule_of (widget);

  explain (self, rule);
  if (self->loading)
    return;
  hustings_task_runner_set_rule (self->runner, rule,
                                 adw_expander_row_get_enable_expansion (self->rows[rule]),
                                 gtk_spin_button_get_value_as_int (self->spins[rule]));
}

static void
add_rule (HustingsTaskRulesDialog *self,
          HustingsTaskRule         rule)
{
  AdwExpanderRow *row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  GtkWidget *days_row = adw_action_row_new ();
  int max = rule == HUSTINGS_TASK_RULE_BEST_EFFORTS ? BEST_EFFORTS_DAYS_MAX
                                                     : HUSTINGS_TASK_RULE_DAYS_MAX;
  GtkWidget *spin = gtk_spin_button_new_with_range (0, max, 1);
  g_autoptr(GError) error = NULL;
  gboolean enabled = FALSE;
  int days = 0;

  if (!hustings_task_runner_get_rule (self->runner, rule, &enabled, &days, &error))
    g_warning ("Could not read the rule %s: %s", hustings_task_rule_to_string (rule),
               error->message);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hustings_task_rule_describe (rule));
  adw_expander_row_set_show_enable_switch (row, TRUE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (days_row), _("Days"));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Days"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (days_row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (days_row), spin);
  adw_expander_row_add_row (row, days_row);

  self->rows[rule] = row;
  self->spins[rule] = GTK_SPIN_BUTTON (spin);
  g_object_set_data (G_OBJECT (row), "hustings-task-rule", GUINT_TO_POINTER (rule));
  g_object_set_data (G_OBJECT (spin), "hustings-task-rule", GUINT_TO_POINTER (rule));

  self->loading = TRUE;
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), days);
  adw_expander_row_set_enable_expansion (row, enabled);
  adw_expander_row_set_expanded (row, enabled);
  explain (self, rule);
  self->loading = FALSE;

  g_signal_connect_object (row, "notify::enable-expansion", G_CALLBACK (rule_changed_cb), self,
                           0);
  g_signal_connect_object (spin, "notify::value", G_CALLBACK (rule_changed_cb), self, 0);
  gtk_widget_set_sensitive (GTK_WIDGET (row), !hustings_committee_file_is_read_only (self->file));
  adw_preferences_group_add (self->rules_group, GTK_WIDGET (row));
}

static void
hustings_task_rules_dialog_dispose (GObject *object)
{
  HustingsTaskRulesDialog *self = HUSTINGS_TASK_RULES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_TASK_RULES_DIALOG);
  g_clear_object (&self->file);
  g_clear_object (&self->runner);

  G_OBJECT_CLASS (hustings_task_rules_dialog_parent_class)->dispose (object);
}

static void
hustings_task_rules_dialog_class_init (HustingsTaskRulesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_task_rules_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-task-rules-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsTaskRulesDialog, rules_group);
}

static void
hustings_task_rules_dialog_init (HustingsTaskRulesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HustingsTaskRulesDialog *
hustings_task_rules_dialog_new (GtkWindow             *parent,
                                HustingsCommitteeFile *file,
                                HustingsTaskRunner    *runner)
{
  HustingsTaskRulesDialog *self;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);
  g_return_val_if_fail (HUSTINGS_IS_TASK_RUNNER (runner), NULL);

  self = g_object_new (HUSTINGS_TYPE_TASK_RULES_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->file = g_object_ref (file);
  self->runner = g_object_ref (runner);

  if (hustings_committee_file_is_read_only (file))
    adw_preferences_group_set_title (self->rules_group,
                                     _("This committee file is read-only: its rules cannot be "
                                       "changed"));
  for (HustingsTaskRule rule = 0; rule < HUSTINGS_N_TASK_RULES; rule++)
    add_rule (self, rule);

  return self;
}
