/* hustings-tasks-pane.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-tasks-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-task-dialog.h"
#include "hustings-task-row.h"
#include "hustings-task-rules-dialog.h"
#include "hustings-window.h"

#include "hustings-tasks-pane.h"

struct _HustingsTasksPane
{
  AdwBin                 parent_instance;

  /* template widgets */
  GtkStack              *stack;
  GtkListView           *list_view;
  AdwStatusPage         *empty_page;

  /* owned */
  HustingsCommitteeFile *file;
  HustingsTaskList      *list;
  HustingsTaskRunner    *runner;
  char                  *filter;   /* "open", "done" or "all" */
};

G_DEFINE_FINAL_TYPE (HustingsTasksPane, hustings_tasks_pane, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  const char         *name;
  HustingsTaskFilter  filter;
  const char         *empty_title;
  const char         *empty_description;
} filters[] = {
  { "open", HUSTINGS_TASK_OPEN, N_("No Open Tasks"),
    N_("Add one with +, or let automatic tasks remind you to thank donors and volunteers.") },
  { "done", HUSTINGS_TASK_DONE, N_("No Tasks Done Yet"),
    N_("Tasks checked off are listed here, the latest first.") },
  { "all", HUSTINGS_TASK_ALL, N_("No Tasks"),
    N_("Add one with +, or let automatic tasks remind you to thank donors and volunteers.") },
};

static guint
filter_index (HustingsTasksPane *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    if (g_strcmp0 (filters[i].name, self->filter) == 0)
      return i;
  return 0;
}

static HustingsWindow *
window_of (HustingsTasksPane *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return HUSTINGS_IS_WINDOW (root) ? HUSTINGS_WINDOW (root) : NULL;
}

static gboolean
writable (HustingsTasksPane *self)
{
  return self->file != NULL && !hustings_committee_file_is_read_only (self->file);
}

static void
update_view (HustingsTasksPane *self)
{
  guint n = self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  guint i = filter_index (self);

  adw_status_page_set_title (self->empty_page, _(filters[i].empty_title));
  adw_status_page_set_description (self->empty_page, _(filters[i].empty_description));
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          HustingsTasksPane        *self)
{
  gtk_list_item_set_child (list_item, hustings_task_row_new (self->file, TRUE));
  gtk_list_item_set_activatable (list_item, writable (self));
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item)
{
  hustings_task_row_set_task (HUSTINGS_TASK_ROW (gtk_list_item_get_child (list_item)),
                              gtk_list_item_get_item (list_item));
}

static void
activate_cb (HustingsTasksPane *self,
             guint              position)
{
  if (!writable (self))
    return;
  hustings_task_dialog_edit (GTK_WIDGET (self), self->file,
                             hustings_task_list_get_id (self->list, position));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HustingsTasksPane *self = HUSTINGS_TASKS_PANE (widget);
  HustingsTaskDialog *dialog;

  if (!writable (self))
    return;
  dialog = hustings_task_dialog_new (GTK_WINDOW (window_of (self)), self->file, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
rules_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HustingsTasksPane *self = HUSTINGS_TASKS_PANE (widget);
  HustingsTaskRulesDialog *dialog;

  if (self->file == NULL)
    return;
  dialog = hustings_task_rules_dialog_new (GTK_WINDOW (window_of (self)), self->file,
                                           self->runner);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
runner_finished_cb (HustingsTasksPane *self,
                    guint              n_made)
{
  HustingsWindow *window = window_of (self);
  g_autofree char *message = NULL;

  if (n_made == 0 || window == NULL)
    return;
  /* Translators: a toast after the automatic task rules ran, "3 new tasks" */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u new task", "%'u new tasks",
                                          n_made), n_made);
  hustings_window_show_toast (window, message);
}

static void
runner_failed_cb (HustingsTasksPane *self,
                  const char        *reason)
{
  HustingsWindow *window = window_of (self);
  g_autofree char *message = NULL;

  if (window == NULL)
    return;
  /* Translators: a toast when the automatic task rules could not run, then the reason */
  message = g_strdup_printf (_("Automatic tasks could not be made: %s"), reason);
  hustings_window_show_toast (window, message);
}

static void
set_filter (HustingsTasksPane *self,
            const char        *filter)
{
  if (g_strcmp0 (self->filter, filter) == 0)
    return;

  g_free (self->filter);
  self->filter = g_strdup (filter);
  if (self->list != NULL)
    hustings_task_list_set_filter (self->list, filters[filter_index (self)].filter);
  update_view (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}

static void
hustings_tasks_pane_dispose (GObject *object)
{
  HustingsTasksPane *self = HUSTINGS_TASKS_PANE (object);

  hustings_tasks_pane_set_file (self, NULL);
  if (self->runner != NULL)
    g_signal_handlers_disconnect_by_data (self->runner, self);
  g_clear_object (&self->runner);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_TASKS_PANE);

  G_OBJECT_CLASS (hustings_tasks_pane_parent_class)->dispose (object);
}

static void
hustings_tasks_pane_finalize (GObject *object)
{
  HustingsTasksPane *self = HUSTINGS_TASKS_PANE (object);

  g_free (self->filter);

  G_OBJECT_CLASS (hustings_tasks_pane_parent_class)->finalize (object);
}

static void
hustings_tasks_pane_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HustingsTasksPane *self = HUSTINGS_TASKS_PANE (object);

  switch (prop_id)
    {
    case PROP_FILTER:
      g_value_set_string (value, self->filter);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_tasks_pane_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HustingsTasksPane *self = HUSTINGS_TASKS_PANE (object);

  switch (prop_id)
    {
    case PROP_FILTER:
      set_filter (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_tasks_pane_class_init (HustingsTasksPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_tasks_pane_dispose;
  object_class->finalize = hustings_tasks_pane_finalize;
  object_class->get_property = hustings_tasks_pane_get_property;
  object_class->set_property = hustings_tasks_pane_set_property;

  properties[PROP_FILTER] =
    g_param_spec_string ("filter", NULL, NULL, "open",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-tasks-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsTasksPane, stack);
  gtk_widget_class_bind_template_child (widget_class, HustingsTasksPane, list_view);
  gtk_widget_class_bind_template_child (widget_class, HustingsTasksPane, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);

  gtk_widget_class_install_action (widget_class, "tasks.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "tasks.rules", NULL, rules_action);
  gtk_widget_class_install_property_action (widget_class, "tasks.filter", "filter");
}

static void
hustings_tasks_pane_init (HustingsTasksPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = g_strdup ("open");
  self->runner = hustings_task_runner_new ();
  g_signal_connect_object (self->runner, "finished", G_CALLBACK (runner_finished_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->runner, "failed", G_CALLBACK (runner_failed_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tasks.new", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tasks.rules", FALSE);
  update_view (self);
}

void
hustings_tasks_pane_set_file (HustingsTasksPane     *self,
                              HustingsCommitteeFile *file)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  g_return_if_fail (HUSTINGS_IS_TASKS_PANE (self));
  g_return_if_fail (file == NULL || HUSTINGS_IS_COMMITTEE_FILE (file));

  if (self->file == file)
    return;

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  gtk_list_view_set_model (self->list_view, NULL);
  gtk_list_view_set_factory (self->list_view, NULL);
  g_clear_object (&self->list);
  g_set_object (&self->file, file);

  if (file != NULL)
    {
      g_autoptr(GtkNoSelection) selection = NULL;

      self->list = hustings_task_list_new (file);
      hustings_task_list_set_filter (self->list, filters[filter_index (self)].filter);
      g_signal_connect_object (self->list, "items-changed", G_CALLBACK (update_view), self,
                               G_CONNECT_SWAPPED);
      /* Rows are made for this file's tasks: a new factory for a new file. */
      factory = gtk_signal_list_item_factory_new ();
      g_signal_connect_object (factory, "setup", G_CALLBACK (setup_cb), self, 0);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
      gtk_list_view_set_factory (self->list_view, factory);
      selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->list)));
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tasks.new", writable (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tasks.rules", file != NULL);
  update_view (self);

  /* Last: a run that ends at once finds the list ready. */
  hustings_task_runner_set_file (self->runner, file);
}

GListModel *
hustings_tasks_pane_get_model (HustingsTasksPane *self)
{
  g_return_val_if_fail (HUSTINGS_IS_TASKS_PANE (self), NULL);

  return G_LIST_MODEL (self->list);
}

HustingsTaskRunner *
hustings_tasks_pane_get_runner (HustingsTasksPane *self)
{
  g_return_val_if_fail (HUSTINGS_IS_TASKS_PANE (self), NULL);

  return self->runner;
}
