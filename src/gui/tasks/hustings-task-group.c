/* hustings-task-group.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-task-group"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-task-dialog.h"
#include "hustings-task-row.h"

#include "hustings-task-group.h"

struct _HustingsTaskGroup
{
  AdwBin                 parent_instance;

  /* template widgets */
  GtkListBox            *list_box;

  /* owned */
  HustingsCommitteeFile *file;
  HustingsTaskList      *list;

  gint64                 contact_id;
  gboolean               read_only;
};

G_DEFINE_FINAL_TYPE (HustingsTaskGroup, hustings_task_group, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  HustingsTaskGroup *self = user_data;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *task_row = hustings_task_row_new (self->file, FALSE);

  hustings_task_row_set_task (HUSTINGS_TASK_ROW (task_row), item);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), task_row);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), !self->read_only);
  return row;
}

static void
bind_list (HustingsTaskGroup *self)
{
  gboolean shows = self->list != NULL && self->contact_id > 0;

  gtk_list_box_bind_model (self->list_box, shows ? G_LIST_MODEL (self->list) : NULL,
                           shows ? create_row : NULL, self, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "task-group.add",
                                 shows && !self->read_only);
}

static void
row_activated_cb (HustingsTaskGroup *self,
                  GtkListBoxRow     *row)
{
  HustingsTaskRow *task_row = HUSTINGS_TASK_ROW (gtk_list_box_row_get_child (row));

  if (self->read_only)
    return;
  hustings_task_dialog_edit (GTK_WIDGET (self), self->file,
                             hustings_task_get_id (hustings_task_row_get_task (task_row)));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HustingsTaskGroup *self = HUSTINGS_TASK_GROUP (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  HustingsTaskDialog *dialog;

  if (self->file == NULL || self->contact_id == 0 || self->read_only)
    return;

  dialog = hustings_task_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->file,
                                     self->contact_id);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
hustings_task_group_dispose (GObject *object)
{
  HustingsTaskGroup *self = HUSTINGS_TASK_GROUP (object);

  hustings_task_group_set_file (self, NULL);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_TASK_GROUP);

  G_OBJECT_CLASS (hustings_task_group_parent_class)->dispose (object);
}

static void
hustings_task_group_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HustingsTaskGroup *self = HUSTINGS_TASK_GROUP (object);

  switch (prop_id)
    {
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_task_group_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HustingsTaskGroup *self = HUSTINGS_TASK_GROUP (object);

  switch (prop_id)
    {
    case PROP_READ_ONLY:
      self->read_only = g_value_get_boolean (value);
      bind_list (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_task_group_class_init (HustingsTaskGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_task_group_dispose;
  object_class->get_property = hustings_task_group_get_property;
  object_class->set_property = hustings_task_group_set_property;

  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-task-group.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsTaskGroup, list_box);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "task-group.add", NULL, add_action);
}

static void
hustings_task_group_init (HustingsTaskGroup *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("No open tasks"));
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->list_box, placeholder);

  bind_list (self);
}

void
hustings_task_group_set_file (HustingsTaskGroup     *self,
                              HustingsCommitteeFile *file)
{
  g_return_if_fail (HUSTINGS_IS_TASK_GROUP (self));
  g_return_if_fail (file == NULL || HUSTINGS_IS_COMMITTEE_FILE (file));

  if (self->file == file)
    return;

  gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  g_clear_object (&self->list);
  g_set_object (&self->file, file);
  self->contact_id = 0;

  if (file != NULL)
    self->list = hustings_task_list_new (file);

  bind_list (self);
}

void
hustings_task_group_set_contact (HustingsTaskGroup *self,
                                 gint64             contact_id)
{
  g_return_if_fail (HUSTINGS_IS_TASK_GROUP (self));

  if (self->list == NULL || self->contact_id == contact_id)
    return;

  self->contact_id = contact_id;
  /* Contact 0 would list every contact's tasks: none are shown then. */
  if (contact_id > 0)
    hustings_task_list_set_contact (self->list, contact_id);
  bind_list (self);
}

GListModel *
hustings_task_group_get_model (HustingsTaskGroup *self)
{
  g_return_val_if_fail (HUSTINGS_IS_TASK_GROUP (self), NULL);

  return G_LIST_MODEL (self->list);
}
