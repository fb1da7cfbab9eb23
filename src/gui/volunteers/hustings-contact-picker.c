/* hustings-contact-picker.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-contact-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "widgets/hustings-contact-row.h"

#include "hustings-contact-picker.h"

struct _HustingsContactPicker
{
  AdwWindow           parent_instance;

  /* widgets */
  AdwHeaderBar       *header;
  HustingsContactRow *contact_row;
  GtkLabel           *error_label;

  /* owned */
  HustingsPickFunc    func;
  gpointer            data;
  GDestroyNotify      destroy;
  char               *error;
};

G_DEFINE_FINAL_TYPE (HustingsContactPicker, hustings_contact_picker, ADW_TYPE_WINDOW)

static void
show_error (HustingsContactPicker *self,
            const char            *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HustingsContactPicker *self = HUSTINGS_CONTACT_PICKER (widget);
  HustingsContact *contact = hustings_contact_row_get_contact (self->contact_row);
  g_autoptr(GError) error = NULL;

  if (contact == NULL)
    {
      show_error (self, _("Type a name and pick the contact from the list."));
      return;
    }
  if (!self->func (self->data, hustings_contact_get_id (contact), &error))
    {
      show_error (self, error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
contact_edited_cb (HustingsContactPicker *self)
{
  show_error (self, NULL);
}

static void
hustings_contact_picker_finalize (GObject *object)
{
  HustingsContactPicker *self = HUSTINGS_CONTACT_PICKER (object);

  if (self->destroy != NULL)
    self->destroy (self->data);
  g_free (self->error);

  G_OBJECT_CLASS (hustings_contact_picker_parent_class)->finalize (object);
}

static void
hustings_contact_picker_class_init (HustingsContactPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = hustings_contact_picker_finalize;

  gtk_widget_class_install_action (widget_class, "picker.choose", NULL, choose_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hustings_contact_picker_init (HustingsContactPicker *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();

  self->header = ADW_HEADER_BAR (adw_header_bar_new ());
  adw_header_bar_set_show_start_title_buttons (self->header, FALSE);
  adw_header_bar_set_show_end_title_buttons (self->header, FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (self->header, cancel);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->header));

  gtk_widget_set_margin_start (content, 18);
  gtk_widget_set_margin_end (content, 18);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  self->contact_row = g_object_new (HUSTINGS_TYPE_CONTACT_ROW,
                                    "title", _("Contact"),
                                    NULL);
  g_signal_connect_object (self->contact_row, "changed", G_CALLBACK (contact_edited_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->contact_row));
  gtk_box_append (GTK_BOX (content), list);
  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->error_label));
  gtk_box_append (GTK_BOX (box), content);

  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 440, -1);
}

HustingsContactPicker *
hustings_contact_picker_new (GtkWindow             *parent,
                             HustingsCommitteeFile *file,
                             const char            *title,
                             const char            *action_label,
                             HustingsPickFunc       func,
                             gpointer               data,
                             GDestroyNotify         destroy)
{
  HustingsContactPicker *self;
  GtkWidget *button;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);
  g_return_val_if_fail (func != NULL, NULL);

  self = g_object_new (HUSTINGS_TYPE_CONTACT_PICKER,
                       "transient-for", parent,
                       "title", title,
                       NULL);
  self->func = func;
  self->data = data;
  self->destroy = destroy;
  hustings_contact_row_set_file (self->contact_row, file);

  button = gtk_button_new_with_mnemonic (action_label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "picker.choose");
  gtk_widget_add_css_class (button, "suggested-action");
  adw_header_bar_pack_end (self->header, button);
  gtk_window_set_default_widget (GTK_WINDOW (self), button);
  g_signal_connect_object (self->contact_row, "contact-chosen",
                           G_CALLBACK (gtk_widget_grab_focus), button, G_CONNECT_SWAPPED);
  return self;
}

void
hustings_contact_picker_set_contact (HustingsContactPicker *self,
                                     HustingsContact       *contact)
{
  g_return_if_fail (HUSTINGS_IS_CONTACT_PICKER (self));

  hustings_contact_row_set_contact (self->contact_row, contact);
}

const char *
hustings_contact_picker_get_error (HustingsContactPicker *self)
{
  g_return_val_if_fail (HUSTINGS_IS_CONTACT_PICKER (self), NULL);

  return self->error;
}
