/* hustings-compliance-contact-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-compliance-contact-window"

#include "config.h"

#include "contacts/hustings-contact-editor.h"

#include "hustings-compliance-contact-window.h"

struct _HustingsComplianceContactWindow
{
  AdwWindow              parent_instance;

  /* template widgets */
  AdwWindowTitle        *window_title;
  HustingsContactEditor *editor;
};

G_DEFINE_FINAL_TYPE (HustingsComplianceContactWindow, hustings_compliance_contact_window,
                     ADW_TYPE_WINDOW)

static gboolean
hustings_compliance_contact_window_close_request (GtkWindow *window)
{
  HustingsComplianceContactWindow *self = HUSTINGS_COMPLIANCE_CONTACT_WINDOW (window);

  /* Changes that cannot be saved keep the window open, on the form that says why. */
  if (hustings_contact_editor_get_dirty (self->editor) &&
      !hustings_contact_editor_save (self->editor))
    return TRUE;

  return GTK_WINDOW_CLASS (hustings_compliance_contact_window_parent_class)->close_request (window);
}

static void
hustings_compliance_contact_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HUSTINGS_TYPE_COMPLIANCE_CONTACT_WINDOW);

  G_OBJECT_CLASS (hustings_compliance_contact_window_parent_class)->dispose (object);
}

static void
hustings_compliance_contact_window_class_init (HustingsComplianceContactWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = hustings_compliance_contact_window_dispose;
  window_class->close_request = hustings_compliance_contact_window_close_request;

  g_type_ensure (HUSTINGS_TYPE_CONTACT_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE
                                               "/hustings-compliance-contact-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceContactWindow,
                                        window_title);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceContactWindow, editor);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hustings_compliance_contact_window_init (HustingsComplianceContactWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HustingsComplianceContactWindow *
hustings_compliance_contact_window_new (GtkWindow              *parent,
                                        HustingsCommitteeFile  *file,
                                        gint64                  contact_id,
                                        GError                **error)
{
  g_autoptr(HustingsContact) contact = NULL;
  HustingsComplianceContactWindow *self;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  contact = hustings_contact_store_get (file, contact_id, error);
  if (contact == NULL)
    return NULL;

  self = g_object_new (HUSTINGS_TYPE_COMPLIANCE_CONTACT_WINDOW,
                       "transient-for", parent,
                       "title", hustings_contact_get_display_name (contact),
                       NULL);
  hustings_contact_editor_set_file (self->editor, file);
  g_object_set (self->editor, "read-only", hustings_committee_file_is_read_only (file), NULL);
  hustings_contact_editor_show_contact (self->editor, contact_id);

  return self;
}
