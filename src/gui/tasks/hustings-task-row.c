/* hustings-task-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-task-row"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-window.h"

#include "hustings-task-row.h"

struct _HustingsTaskRow
{
  GtkWidget              parent_instance;

  /* template widgets */
  GtkCheckButton        *check;
  GtkLabel              *title_label;
  GtkWidget             *meta_box;
  GtkLabel              *due_label;
  GtkLabel              *contact_label;

  /* owned */
  HustingsCommitteeFile *file;
  HustingsTask          *task;

  gboolean               show_contact;
  gboolean               read_only;
  gboolean               loading;      /* the check button follows the task, not the user */
};

G_DEFINE_FINAL_TYPE (HustingsTaskRow, hustings_task_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TASK,
  PROP_SHOW_CONTACT,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A task completed, which Undo opens again. */
typedef struct
{
  HustingsCommitteeFile *file;
  gint64                 task_id;
} Completed;

static void
completed_free (gpointer data)
{
  Completed *completed = data;

  g_object_unref (completed->file);
  g_free (completed);
}

static gboolean
completed_undo (gpointer   data,
                GError   **error)
{
  Completed *completed = data;

  return hustings_task_store_set_done (completed->file, completed->task_id, FALSE, error);
}

/* "Overdue · Mar 4, 2026" (in red), "Today", "Mar 4, 2026"; hidden when it has no due date. */
static void
update_due (HustingsTaskRow *self)
{
  const char *due = hustings_task_get_due_date (self->task);
  g_autofree char *today = hustings_date_today ();
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;
  gboolean open = !hustings_task_is_done (self->task);

  gtk_widget_remove_css_class (GTK_WIDGET (self->due_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->due_label), "accent");
  gtk_widget_remove_css_class (GTK_WIDGET (self->due_label), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->due_label), due != NULL);
  if (due == NULL)
    return;

  date = hustings_date_format (due);
  if (open && hustings_task_is_overdue (self->task, today))
    {
      /* Translators: a task's due date that has passed, "Overdue · Mar 4, 2026" */
      text = g_strdup_printf (_("Overdue · %s"), date);
      gtk_widget_add_css_class (GTK_WIDGET (self->due_label), "error");
    }
  else if (open && g_strcmp0 (due, today) == 0)
    {
      text = g_strdup (_("Today"));
      gtk_widget_add_css_class (GTK_WIDGET (self->due_label), "accent");
    }
  else
    {
      text = g_steal_pointer (&date);
      gtk_widget_add_css_class (GTK_WIDGET (self->due_label), "dim-label");
    }
  gtk_label_set_text (self->due_label, text);
}

static void
update (HustingsTaskRow *self)
{
  g_autofree char *link = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *rule_text = NULL;
  gboolean has_contact;

  gtk_widget_set_sensitive (GTK_WIDGET (self->check), !self->read_only && self->task != NULL);
  if (self->task == NULL)
    return;

  self->loading = TRUE;
  gtk_check_button_set_active (self->check, hustings_task_is_done (self->task));
  self->loading = FALSE;

  gtk_label_set_text (self->title_label, hustings_task_get_title (self->task));
  if (hustings_task_is_done (self->task))
    gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->title_label), "dim-label");

  /* What made it, and the notes, for a closer look. */
  g_object_get (self->task, "rule-text", &rule_text, NULL);
  if (rule_text != NULL && *rule_text != '\0')
    /* Translators: the tooltip of a task an automatic rule made, "Made by “Thank new
     * donors”", then its notes */
    tooltip = g_strdup_printf (_("Made by “%s”"), rule_text);
  if (*hustings_task_get_notes (self->task) != '\0')
    {
      g_autofree char *made = g_steal_pointer (&tooltip);

      tooltip = made ? g_strconcat (made, "\n", hustings_task_get_notes (self->task), NULL)
                     : g_strdup (hustings_task_get_notes (self->task));
    }
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label), tooltip);

  update_due (self);

  has_contact = self->show_contact && hustings_task_get_contact_id (self->task) > 0;
  gtk_widget_set_visible (GTK_WIDGET (self->contact_label), has_contact);
  if (has_contact)
    {
      link = g_markup_printf_escaped ("<a href=\"contact\">%s</a>",
                                      hustings_task_get_contact_name (self->task));
      gtk_label_set_markup (self->contact_label, link);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->contact_label), _("Show the Contact"));
    }
  gtk_widget_set_visible (self->meta_box,
                          has_contact || hustings_task_get_due_date (self->task) != NULL);
}

static void
check_toggled_cb (HustingsTaskRow *self)
{
  g_autoptr(HustingsTaskRow) hold = NULL;
  g_autoptr(HustingsTask) task = NULL;
  g_autoptr(GError) error = NULL;
  gboolean done = gtk_check_button_get_active (self->check);
  GtkRoot *root;

  if (self->loading || self->task == NULL || done == hustings_task_is_done (self->task))
    return;

  /* Saving changes the lists, which may rebind or drop this row. */
  hold = g_object_ref (self);
  task = g_object_ref (self->task);
  root = gtk_widget_get_root (GTK_WIDGET (self));

  if (!hustings_task_store_set_done (self->file, hustings_task_get_id (task), done, &error))
    {
      if (HUSTINGS_IS_WINDOW (root))
        hustings_window_show_toast (HUSTINGS_WINDOW (root), error->message);
      update (self);
      return;
    }

  if (done && HUSTINGS_IS_WINDOW (root))
    {
      Completed *completed = g_new0 (Completed, 1);
      /* Translators: a toast after a task was checked off, with Undo */
      g_autofree char *title = g_strdup_printf (_("Done: %s"), hustings_task_get_title (task));

      completed->file = g_object_ref (self->file);
      completed->task_id = hustings_task_get_id (task);
      hustings_window_push_undo (HUSTINGS_WINDOW (root), title, completed_undo, NULL, completed,
                                 completed_free);
    }
}

static gboolean
contact_link_cb (HustingsTaskRow *self)
{
  if (self->task != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-contact", "x",
                                hustings_task_get_contact_id (self->task));
  return TRUE;
}

static void
hustings_task_row_dispose (GObject *object)
{
  HustingsTaskRow *self = HUSTINGS_TASK_ROW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_TASK_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->file);
  g_clear_object (&self->task);

  G_OBJECT_CLASS (hustings_task_row_parent_class)->dispose (object);
}

static void
hustings_task_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HustingsTaskRow *self = HUSTINGS_TASK_ROW (object);

  switch (prop_id)
    {
    case PROP_TASK:
      g_value_set_object (value, self->task);
      break;

    case PROP_SHOW_CONTACT:
      g_value_set_boolean (value, self->show_contact);
      break;

    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_task_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HustingsTaskRow *self = HUSTINGS_TASK_ROW (object);

  switch (prop_id)
    {
    case PROP_TASK:
      hustings_task_row_set_task (self, g_value_get_object (value));
      break;

    case PROP_SHOW_CONTACT:
      self->show_contact = g_value_get_boolean (value);
      update (self);
      break;

    case PROP_READ_ONLY:
      self->read_only = g_value_get_boolean (value);
      update (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_task_row_class_init (HustingsTaskRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_task_row_dispose;
  object_class->get_property = hustings_task_row_get_property;
  object_class->set_property = hustings_task_row_set_property;

  properties[PROP_TASK] =
    g_param_spec_object ("task", NULL, NULL, HUSTINGS_TYPE_TASK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_CONTACT] =
    g_param_spec_boolean ("show-contact", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-task-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsTaskRow, check);
  gtk_widget_class_bind_template_child (widget_class, HustingsTaskRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsTaskRow, meta_box);
  gtk_widget_class_bind_template_child (widget_class, HustingsTaskRow, due_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsTaskRow, contact_label);
  gtk_widget_class_bind_template_callback (widget_class, check_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, contact_link_cb);
}

static void
hustings_task_row_init (HustingsTaskRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hustings_task_row_new (HustingsCommitteeFile *file,
                       gboolean               show_contact)
{
  HustingsTaskRow *self;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  self = g_object_new (HUSTINGS_TYPE_TASK_ROW,
                       "show-contact", show_contact,
                       "read-only", hustings_committee_file_is_read_only (file),
                       NULL);
  self->file = g_object_ref (file);
  return GTK_WIDGET (self);
}

HustingsTask *
hustings_task_row_get_task (HustingsTaskRow *self)
{
  g_return_val_if_fail (HUSTINGS_IS_TASK_ROW (self), NULL);

  return self->task;
}

void
hustings_task_row_set_task (HustingsTaskRow *self,
                            HustingsTask    *task)
{
  g_return_if_fail (HUSTINGS_IS_TASK_ROW (self));
  g_return_if_fail (task == NULL || HUSTINGS_IS_TASK (task));

  if (!g_set_object (&self->task, task))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TASK]);
}
