/* hustings-mail-settings.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-mail-settings"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-mail-password.h"

#include "hustings-mail-settings.h"

struct _HustingsMailSettings
{
  AdwWindow              parent_instance;

  /* template widgets */
  AdwPreferencesGroup   *error_group;
  GtkLabel              *error_label;
  AdwEntryRow           *host_row;
  AdwComboRow           *security_row;
  GtkSpinButton         *port_spin;
  AdwPreferencesGroup   *login_group;
  AdwEntryRow           *username_row;
  AdwPasswordEntryRow   *password_row;
  AdwEntryRow           *from_name_row;
  AdwEntryRow           *from_address_row;
  GtkSpinButton         *rate_spin;

  /* owned */
  HustingsCommitteeFile *file;
  GCancellable          *cancellable;
  HustingsMailSecurity   security;     /* shown before the last change */
  gboolean               no_keyring;   /* the keyring cannot keep the password */
};

G_DEFINE_FINAL_TYPE (HustingsMailSettings, hustings_mail_settings, ADW_TYPE_WINDOW)

static void
show_error (HustingsMailSettings *self,
            const char           *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_group), message != NULL);
}

static const char *
text_of (gpointer row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
set_no_keyring (HustingsMailSettings *self,
                const char           *why)
{
  g_debug ("No keyring: %s", why);
  self->no_keyring = TRUE;
  adw_preferences_group_set_description (self->login_group,
                                         _("This computer has no keyring Hustings can keep the "
                                           "password in, so it asks for the password each time "
                                           "it sends."));
  gtk_widget_set_visible (GTK_WIDGET (self->password_row), FALSE);
}

/* A new encryption brings its usual port, unless the port was set to another on purpose. */
static void
security_changed_cb (HustingsMailSettings *self)
{
  HustingsMailSecurity security = adw_combo_row_get_selected (self->security_row);

  if (security >= HUSTINGS_N_MAIL_SECURITIES)
    return;
  if (gtk_spin_button_get_value_as_int (self->port_spin)
      == (int) hustings_mail_security_default_port (self->security))
    gtk_spin_button_set_value (self->port_spin, hustings_mail_security_default_port (security));
  self->security = security;
}

static void
lookup_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HustingsMailSettings) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *password = hustings_mail_password_lookup_finish (result, &error);

  if (hustings_mail_password_is_unavailable (error))
    set_no_keyring (self, error->message);
  else if (password != NULL && *text_of (self->password_row) == '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->password_row), password);
}

static void
store_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(HustingsMailSettings) self = user_data;
  g_autoptr(GError) error = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "settings.save", TRUE);
  if (hustings_mail_password_store_finish (result, &error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  if (!hustings_mail_password_is_unavailable (error))
    return;
  set_no_keyring (self, error->message);
  show_error (self, _("The settings are saved, but the keyring did not keep the password: "
                      "Hustings will ask for it when it sends."));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HustingsMailSettings *self = HUSTINGS_MAIL_SETTINGS (widget);
  g_autoptr(HustingsMailServer) server = hustings_mail_server_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *host = g_strstrip (g_strdup (text_of (self->host_row)));
  g_autofree char *username = g_strstrip (g_strdup (text_of (self->username_row)));

  hustings_mail_server_set_host (server, host);
  hustings_mail_server_set_port (server, gtk_spin_button_get_value_as_int (self->port_spin));
  hustings_mail_server_set_security (server, adw_combo_row_get_selected (self->security_row));
  hustings_mail_server_set_username (server, username);
  hustings_mail_server_set_from_name (server, text_of (self->from_name_row));
  hustings_mail_server_set_from_address (server, text_of (self->from_address_row));
  hustings_mail_server_set_per_minute (server, gtk_spin_button_get_value_as_int (self->rate_spin));
  if (!hustings_mail_server_save (self->file, server, &error))
    {
      show_error (self, error->message);
      return;
    }

  if (self->no_keyring || *username == '\0' || *text_of (self->password_row) == '\0')
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  show_error (self, NULL);
  gtk_widget_action_set_enabled (widget, "settings.save", FALSE);
  hustings_mail_password_store_async (host, username, text_of (self->password_row),
                                      self->cancellable, store_done_cb, g_object_ref (self));
}

static void
hustings_mail_settings_dispose (GObject *object)
{
  HustingsMailSettings *self = HUSTINGS_MAIL_SETTINGS (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_MAIL_SETTINGS);
  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (hustings_mail_settings_parent_class)->dispose (object);
}

#define BIND(name) \
  gtk_widget_class_bind_template_child (widget_class, HustingsMailSettings, name)

static void
hustings_mail_settings_class_init (HustingsMailSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_mail_settings_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-mail-settings.ui");
  BIND (error_group);
  BIND (error_label);
  BIND (host_row);
  BIND (security_row);
  BIND (port_spin);
  BIND (login_group);
  BIND (username_row);
  BIND (password_row);
  BIND (from_name_row);
  BIND (from_address_row);
  BIND (rate_spin);
  gtk_widget_class_bind_template_callback (widget_class, security_changed_cb);

  gtk_widget_class_install_action (widget_class, "settings.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

#undef BIND

static void
hustings_mail_settings_init (HustingsMailSettings *self)
{
  g_autoptr(GtkStringList) securities = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  for (HustingsMailSecurity i = 0; i < HUSTINGS_N_MAIL_SECURITIES; i++)
    gtk_string_list_append (securities, hustings_mail_security_describe (i));
  adw_combo_row_set_model (self->security_row, G_LIST_MODEL (securities));
}

HustingsMailSettings *
hustings_mail_settings_new (GtkWindow             *parent,
                            HustingsCommitteeFile *file)
{
  HustingsMailSettings *self;
  g_autoptr(HustingsMailServer) server = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  self = g_object_new (HUSTINGS_TYPE_MAIL_SETTINGS, "transient-for", parent, NULL);
  self->file = g_object_ref (file);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "settings.save",
                                 !hustings_committee_file_is_read_only (file));
  if ((server = hustings_mail_server_load (file, &error)) == NULL)
    {
      show_error (self, error->message);
      server = hustings_mail_server_new ();
    }

  self->security = hustings_mail_server_get_security (server);
  adw_combo_row_set_selected (self->security_row, self->security);
  gtk_editable_set_text (GTK_EDITABLE (self->host_row), hustings_mail_server_get_host (server));
  gtk_spin_button_set_value (self->port_spin, hustings_mail_server_get_port (server));
  gtk_editable_set_text (GTK_EDITABLE (self->username_row),
                         hustings_mail_server_get_username (server));
  gtk_editable_set_text (GTK_EDITABLE (self->from_name_row),
                         hustings_mail_server_get_from_name (server));
  gtk_editable_set_text (GTK_EDITABLE (self->from_address_row),
                         hustings_mail_server_get_from_address (server));
  gtk_spin_button_set_value (self->rate_spin, hustings_mail_server_get_per_minute (server));

  /* The password kept for this server, if any: the keyring answers when it can. */
  if (*hustings_mail_server_get_host (server) != '\0'
      && *hustings_mail_server_get_username (server) != '\0')
    hustings_mail_password_lookup_async (hustings_mail_server_get_host (server),
                                         hustings_mail_server_get_username (server),
                                         self->cancellable, lookup_done_cb,
                                         g_object_ref (self));
  return self;
}
