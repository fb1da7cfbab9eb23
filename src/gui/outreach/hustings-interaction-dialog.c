/* hustings-interaction-dialog.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-interaction-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "widgets/hustings-date-entry.h"

#include "hustings-interaction-dialog.h"

struct _HustingsInteractionDialog
{
  AdwWindow              parent_instance;

  /* template widgets */
  AdwWindowTitle        *window_title;
  GtkButton             *save_button;
  AdwPreferencesGroup   *error_group;
  GtkLabel              *error_label;
  AdwComboRow           *kind_row;
  HustingsDateEntry     *date_entry;
  AdwEntryRow           *time_row;
  AdwEntryRow           *outcome_row;
  GtkTextView           *notes_view;
  AdwPreferencesGroup   *delete_group;

  /* owned */
  HustingsCommitteeFile *file;
  HustingsInteraction   *interaction;  /* as shown: saved, or new with its contact */
};

G_DEFINE_FINAL_TYPE (HustingsInteractionDialog, hustings_interaction_dialog, ADW_TYPE_WINDOW)

static void
show_error (HustingsInteractionDialog *self,
            const char                *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_group), message != NULL);
}

static gboolean
is_new (HustingsInteractionDialog *self)
{
  return hustings_interaction_get_id (self->interaction) == 0;
}

static char *
dup_notes (HustingsInteractionDialog *self)
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
  HustingsInteractionDialog *self = HUSTINGS_INTERACTION_DIALOG (widget);
  g_autoptr(HustingsInteraction) interaction = hustings_interaction_copy (self->interaction);
  g_autofree char *time = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (
                                        self->time_row))));
  g_autofree char *outcome = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (
                                           self->outcome_row))));
  g_autofree char *notes = dup_notes (self);
  g_autoptr(GError) error = NULL;

  if (!hustings_date_entry_commit (self->date_entry, &error))
    {
      show_error (self, error->message);
      return;
    }
  if (hustings_date_entry_get_date (self->date_entry) == NULL)
    {
      show_error (self, _("Give the day it happened."));
      return;
    }
  if (!hustings_interaction_set_when_local (interaction,
                                            hustings_date_entry_get_date (self->date_entry),
                                            time, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->time_row), "error");
      show_error (self, error->message);
      return;
    }

  hustings_interaction_set_kind (interaction, adw_combo_row_get_selected (self->kind_row));
  hustings_interaction_set_outcome (interaction, outcome);
  hustings_interaction_set_notes (interaction, notes);

  if (is_new (self) ? !hustings_interaction_store_add (self->file, interaction, &error)
                    : !hustings_interaction_store_update (self->file, interaction, &error))
    {
      show_error (self, error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
delete_response_cb (AdwMessageDialog          *dialog,
                    const char                *response,
                    HustingsInteractionDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;
  if (!hustings_interaction_store_delete (self->file,
                                          hustings_interaction_get_id (self->interaction),
                                          &error))
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
  HustingsInteractionDialog *self = HUSTINGS_INTERACTION_DIALOG (widget);
  GtkWidget *dialog;

  if (is_new (self))
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Delete This Interaction?"),
                                   _("It leaves the contact’s history for good."));
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
time_changed_cb (HustingsInteractionDialog *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->time_row), "error");
}

static void
hustings_interaction_dialog_dispose (GObject *object)
{
  HustingsInteractionDialog *self = HUSTINGS_INTERACTION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_INTERACTION_DIALOG);
  g_clear_object (&self->file);
  g_clear_object (&self->interaction);

  G_OBJECT_CLASS (hustings_interaction_dialog_parent_class)->dispose (object);
}

static void
hustings_interaction_dialog_class_init (HustingsInteractionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_interaction_dialog_dispose;

  g_type_ensure (HUSTINGS_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-interaction-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsInteractionDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, HustingsInteractionDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, HustingsInteractionDialog, error_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsInteractionDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsInteractionDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsInteractionDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, HustingsInteractionDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsInteractionDialog, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsInteractionDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, HustingsInteractionDialog, delete_group);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "dialog.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hustings_interaction_dialog_init (HustingsInteractionDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (HustingsInteractionKind kind = 0; kind < HUSTINGS_N_INTERACTION_KINDS; kind++)
    gtk_string_list_append (kinds, hustings_interaction_kind_describe (kind));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  g_signal_connect_object (self->time_row, "changed", G_CALLBACK (time_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/* Takes interaction, and shows it. */
static HustingsInteractionDialog *
dialog_new (GtkWindow             *parent,
            HustingsCommitteeFile *file,
            HustingsInteraction   *interaction,
            const char            *contact_name)
{
  HustingsInteractionDialog *self = g_object_new (HUSTINGS_TYPE_INTERACTION_DIALOG,
                                                  "transient-for", parent,
                                                  NULL);
  g_autofree char *date = hustings_interaction_dup_date (interaction);
  g_autofree char *time = hustings_interaction_dup_time (interaction);
  g_autofree char *time_text = hustings_time_of_day_format (time);

  self->file = g_object_ref (file);
  self->interaction = interaction;

  adw_combo_row_set_selected (self->kind_row, hustings_interaction_get_kind (interaction));
  hustings_date_entry_set_date (self->date_entry, date);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time_text);
  gtk_editable_set_text (GTK_EDITABLE (self->outcome_row),
                         hustings_interaction_get_outcome (interaction));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            hustings_interaction_get_notes (interaction), -1);
  adw_window_title_set_subtitle (self->window_title, contact_name);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.delete", !is_new (self));

  if (!is_new (self))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->delete_group), TRUE);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Interaction"));
      adw_window_title_set_title (self->window_title, _("Edit Interaction"));
      gtk_button_set_label (self->save_button, _("_Save"));
    }
  return self;
}

HustingsInteractionDialog *
hustings_interaction_dialog_new (GtkWindow             *parent,
                                 HustingsCommitteeFile *file,
                                 gint64                 contact_id)
{
  g_autoptr(HustingsContact) contact = NULL;
  HustingsInteraction *interaction;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);
  g_return_val_if_fail (contact_id > 0, NULL);

  contact = hustings_contact_store_get (file, contact_id, NULL);
  interaction = hustings_interaction_new ();
  hustings_interaction_set_contact_id (interaction, contact_id);
  return dialog_new (parent, file, interaction,
                     contact ? hustings_contact_get_display_name (contact) : NULL);
}

HustingsInteractionDialog *
hustings_interaction_dialog_new_edit (GtkWindow              *parent,
                                      HustingsCommitteeFile  *file,
                                      gint64                  id,
                                      GError                **error)
{
  HustingsInteraction *interaction;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  if ((interaction = hustings_interaction_store_get (file, id, error)) == NULL)
    return NULL;
  return dialog_new (parent, file, interaction,
                     hustings_interaction_get_contact_name (interaction));
}
