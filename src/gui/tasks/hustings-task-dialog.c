/* hustings-task-dialog.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-task-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "widgets/hustings-contact-row.h"
#include "widgets/hustings-date-entry.h"
#include "hustings-window.h"

#include "hustings-task-dialog.h"

struct _HustingsTaskDialog
{
  AdwWindow              parent_instance;

  /* template widgets */
  AdwWindowTitle        *window_title;
  GtkButton             *save_button;
  AdwPreferencesGroup   *error_group;
  GtkLabel              *error_label;
  AdwEntryRow           *title_row;
  HustingsDateEntry     *due_entry;
  HustingsContactRow    *contact_row;
  GtkTextView           *notes_view;
  AdwPreferencesGroup   *delete_group;

  /* owned */
  HustingsCommitteeFile *file;
  HustingsTask          *task;  /* the one edited, NULL for a new one */
};

G_DEFINE_FINAL_TYPE (HustingsTaskDialog, hustings_task_dialog, ADW_TYPE_WINDOW)

static void
show_error (HustingsTaskDialog *self,
            const char         *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_group), message != NULL);
}

static char *
dup_notes (HustingsTaskDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HustingsTaskDialog *self = HUSTINGS_TASK_DIALOG (widget);
  g_autoptr(HustingsTask) task = self->task ? hustings_task_copy (self->task)
                                            : hustings_task_new ();
  HustingsContact *contact = hustings_contact_row_get_contact (self->contact_row);
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (
                                         self->title_row))));
  g_autofree char *notes = dup_notes (self);
  g_autoptr(GError) error = NULL;

  if (!hustings_date_entry_commit (self->due_entry, &error))
    {
      show_error (self, error->message);
      return;
    }
  /* A name typed but not picked from the suggestions is not a contact yet. */
  if (contact == NULL && *gtk_editable_get_text (GTK_EDITABLE (self->contact_row)) != '\0')
    {
      show_error (self, _("Pick the contact from the names suggested, or leave it empty."));
      gtk_widget_grab_focus (GTK_WIDGET (self->contact_row));
      return;
    }

  hustings_task_set_title (task, title);
  hustings_task_set_due_date (task, hustings_date_entry_get_date (self->due_entry));
  hustings_task_set_contact_id (task, contact ? hustings_contact_get_id (contact) : 0);
  hustings_task_set_notes (task, notes);

  if (self->task != NULL ? !hustings_task_store_update (self->file, task, &error)
                         : !hustings_task_store_add (self->file, task, &error))
    {
      show_error (self, error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
delete_response_cb (AdwMessageDialog   *dialog,
                    const char         *response,
                    HustingsTaskDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;
  if (!hustings_task_store_delete (self->file, hustings_task_get_id (self->task), &error))
    {
      show_error (self, error->message);
      return;
    }
  /* The question closes after this; it must not outlive the window it was asked over. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HustingsTaskDialog *self = HUSTINGS_TASK_DIALOG (widget);
  GtkWidget *dialog;

  if (self->task == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Delete This Task?"),
                                   hustings_task_get_rule (self->task) != NULL
                                   ? _("An automatic rule made it; the rule will not make it "
                                       "again.")
                                   : _("It cannot be brought back."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
hustings_task_dialog_dispose (GObject *object)
{
  HustingsTaskDialog *self = HUSTINGS_TASK_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_TASK_DIALOG);
  g_clear_object (&self->file);
  g_clear_object (&self->task);

  G_OBJECT_CLASS (hustings_task_dialog_parent_class)->dispose (object);
}

static void
hustings_task_dialog_class_init (HustingsTaskDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_task_dialog_dispose;

  g_type_ensure (HUSTINGS_TYPE_CONTACT_ROW);
  g_type_ensure (HUSTINGS_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-task-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsTaskDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, HustingsTaskDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, HustingsTaskDialog, error_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsTaskDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsTaskDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsTaskDialog, due_entry);
  gtk_widget_class_bind_template_child (widget_class, HustingsTaskDialog, contact_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsTaskDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, HustingsTaskDialog, delete_group);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "dialog.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hustings_task_dialog_init (HustingsTaskDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static HustingsTaskDialog *
dialog_new (GtkWindow             *parent,
            HustingsCommitteeFile *file,
            HustingsTask          *task,
            HustingsContact       *contact)
{
  HustingsTaskDialog *self = g_object_new (HUSTINGS_TYPE_TASK_DIALOG,
                                           "transient-for", parent,
                                           NULL);

  self->file = g_object_ref (file);
  self->task = task;
  hustings_contact_row_set_file (self->contact_row, file);
  hustings_contact_row_set_contact (self->contact_row, contact);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.delete", task != NULL);

  if (task != NULL)
    {
      g_autofree char *rule_text = NULL;

      gtk_editable_set_text (GTK_EDITABLE (self->title_row), hustings_task_get_title (task));
      hustings_date_entry_set_date (self->due_entry, hustings_task_get_due_date (task));
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                                hustings_task_get_notes (task), -1);
      gtk_widget_set_visible (GTK_WIDGET (self->delete_group), TRUE);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Task"));
      adw_window_title_set_title (self->window_title, _("Edit Task"));
      g_object_get (task, "rule-text", &rule_text, NULL);
      if (rule_text != NULL && *rule_text != '\0')
        {
          g_autofree char *made = g_strdup_printf (_("Made by “%s”"), rule_text);

          adw_window_title_set_subtitle (self->window_title, made);
        }
      gtk_button_set_label (self->save_button, _("_Save"));
    }
  return self;
}

HustingsTaskDialog *
hustings_task_dialog_new (GtkWindow             *parent,
                          HustingsCommitteeFile *file,
                          gint64                 contact_id)
{
  g_autoptr(HustingsContact) contact = NULL;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  if (contact_id > 0)
    contact = hustings_contact_store_get (file, contact_id, NULL);
  return dialog_new (parent, file, NULL, contact);
}

HustingsTaskDialog *
hustings_task_dialog_new_edit (GtkWindow              *parent,
                               HustingsCommitteeFile  *file,
                               gint64                  task_id,
                               GError                **error)
{
  g_autoptr(HustingsContact) contact = NULL;
  HustingsTask *task;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  if ((task = hustings_task_store_get (file, task_id, error)) == NULL)
    return NULL;
  if (hustings_task_get_contact_id (task) > 0)
    contact = hustings_contact_store_get (file, hustings_task_get_contact_id (task), NULL);
  return dialog_new (parent, file, task, contact);
}

void
hustings_task_dialog_edit (GtkWidget             *widget,
                           HustingsCommitteeFile *file,
                           gint64                 task_id)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GError) error = NULL;
  HustingsTaskDialog *dialog;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file));

  dialog = hustings_task_dialog_new_edit (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, file,
                                          task_id, &error);
  if (dialog == NULL)
    {
      if (HUSTINGS_IS_WINDOW (root))
        hustings_window_show_toast (HUSTINGS_WINDOW (root), error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (dialog));
}
