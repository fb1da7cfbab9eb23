/* hustings-tasks-button.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-tasks-button"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-tasks-button.h"

/* More than this shows as "99+". */
#define BADGE_MAX 99

struct _HustingsTasksButton
{
  AdwBin                 parent_instance;

  /* template widgets */
  GtkToggleButton       *toggle;
  GtkLabel              *badge;

  /* owned */
  HustingsCommitteeFile *file;

  guint                  overdue;
  guint                  due_today;
};

G_DEFINE_FINAL_TYPE (HustingsTasksButton, hustings_tasks_button, ADW_TYPE_BIN)

static void
update (HustingsTasksButton *self)
{
  g_autofree char *today = hustings_date_today ();
  g_autofree char *count = NULL;
  g_autofree char *tooltip = NULL;
  guint n;

  self->overdue = self->due_today = 0;
  if (self->file != NULL)
    hustings_task_store_count_due (self->file, today, &self->overdue, &self->due_today);
  n = self->overdue + self->due_today;

  count = n > BADGE_MAX ? g_strdup_printf ("%u+", BADGE_MAX) : g_strdup_printf ("%u", n);
  gtk_label_set_text (self->badge, count);
  gtk_widget_set_visible (GTK_WIDGET (self->badge), n > 0);
  if (self->overdue > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->badge), "overdue");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->badge), "overdue");

  if (self->overdue > 0 && self->due_today > 0)
    /* Translators: the tooltip of the tasks button, "Tasks: 2 overdue, 3 due today" */
    tooltip = g_strdup_printf (_("Tasks: %u overdue, %u due today"), self->overdue,
                               self->due_today);
  else if (self->overdue > 0)
    tooltip = g_strdup_printf (_("Tasks: %u overdue"), self->overdue);
  else if (self->due_today > 0)
    tooltip = g_strdup_printf (_("Tasks: %u due today"), self->due_today);
  else
    tooltip = g_strdup (_("Tasks"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->toggle), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
}

static void
hustings_tasks_button_dispose (GObject *object)
{
  HustingsTasksButton *self = HUSTINGS_TASKS_BUTTON (object);

  hustings_tasks_button_set_file (self, NULL);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_TASKS_BUTTON);

  G_OBJECT_CLASS (hustings_tasks_button_parent_class)->dispose (object);
}

static void
hustings_tasks_button_class_init (HustingsTasksButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_tasks_button_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-tasks-button.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsTasksButton, toggle);
  gtk_widget_class_bind_template_child (widget_class, HustingsTasksButton, badge);
}

static void
hustings_tasks_button_init (HustingsTasksButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
hustings_tasks_button_set_file (HustingsTasksButton   *self,
                                HustingsCommitteeFile *file)
{
  g_return_if_fail (HUSTINGS_IS_TASKS_BUTTON (self));
  g_return_if_fail (file == NULL || HUSTINGS_IS_COMMITTEE_FILE (file));

  if (self->file == file)
    return;

  if (self->file != NULL)
    g_signal_handlers_disconnect_by_data (self->file, self);
  g_set_object (&self->file, file);
  /* A new day comes with a reload, which emits this too. */
  if (file != NULL)
    g_signal_connect_object (file, "outreach-changed", G_CALLBACK (update), self,
                             G_CONNECT_SWAPPED);
  update (self);
}

void
hustings_tasks_button_get_count (HustingsTasksButton *self,
                                 guint               *out_overdue,
                                 guint               *out_due_today)
{
  g_return_if_fail (HUSTINGS_IS_TASKS_BUTTON (self));

  if (out_overdue != NULL)
    *out_overdue = self->overdue;
  if (out_due_today != NULL)
    *out_due_today = self->due_today;
}
