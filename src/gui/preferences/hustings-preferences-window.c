/* hustings-preferences-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-preferences-window"

#include "config.h"

#include "hustings-core.h"

#include "hustings-preferences-window.h"

struct _HustingsPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* template widgets */
  GtkSwitch            *reopen_switch;
  AdwComboRow          *method_row;
  GtkSpinButton        *contacts_spin;
  GtkSpinButton        *donations_spin;

  /* owned */
  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (HustingsPreferencesWindow, hustings_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

/* "default-method" (a method's string) <-> the row of method_row (the method's value). */
static gboolean
method_get_mapping (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  HustingsMethod method;

  if (!hustings_method_from_string (g_variant_get_string (variant, NULL), &method))
    return FALSE;

  g_value_set_uint (value, method);
  return TRUE;
}

static GVariant *
method_set_mapping (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  guint method = g_value_get_uint (value);

  if (method >= HUSTINGS_N_METHODS)
    return NULL;

  return g_variant_new_string (hustings_method_to_string (method));
}

static void
hustings_preferences_window_dispose (GObject *object)
{
  HustingsPreferencesWindow *self = HUSTINGS_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hustings_preferences_window_parent_class)->dispose (object);
}

static void
hustings_preferences_window_class_init (HustingsPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsPreferencesWindow, reopen_switch);
  gtk_widget_class_bind_template_child (widget_class, HustingsPreferencesWindow, method_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsPreferencesWindow, contacts_spin);
  gtk_widget_class_bind_template_child (widget_class, HustingsPreferencesWindow, donations_spin);
}

static void
hustings_preferences_window_init (HustingsPreferencesWindow *self)
{
  g_autoptr(GtkStringList) methods = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (HustingsMethod method = 0; method < HUSTINGS_N_METHODS; method++)
    gtk_string_list_append (methods, hustings_method_describe (method));
  adw_combo_row_set_model (self->method_row, G_LIST_MODEL (methods));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "reopen-last-file", self->reopen_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "default-method", self->method_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, method_get_mapping, method_set_mapping,
                                NULL, NULL);
  g_settings_bind (self->settings, "demo-contacts",
                   gtk_spin_button_get_adjustment (self->contacts_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "demo-donations",
                   gtk_spin_button_get_adjustment (self->donations_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
}

GtkWidget *
hustings_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (HUSTINGS_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
}
