/* hustings-welcome-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-welcome-page"

#include "config.h"

#include "hustings-recent.h"

#include "hustings-welcome-page.h"

/* Recent committee files listed. */
#define MAX_RECENT 6

struct _HustingsWelcomePage
{
  AdwBin               parent_instance;

  /* template widgets */
  AdwPreferencesGroup *recent_group;

  /* borrowed: rows in recent_group */
  GPtrArray           *rows;
};

G_DEFINE_FINAL_TYPE (HustingsWelcomePage, hustings_welcome_page, ADW_TYPE_BIN)

static GtkWidget *
recent_row_new (const char *path)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = hustings_recent_display_name (path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *dir_text = g_filename_display_name (dir);
  const char *home = g_get_home_dir ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  if (g_str_has_prefix (dir_text, home)
      && (dir_text[strlen (home)] == '/' || dir_text[strlen (home)] == '\0'))
    {
      g_autofree char *shorter = g_strconcat ("~", dir_text + strlen (home), NULL);

      g_free (dir_text);
      dir_text = g_steal_pointer (&shorter);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dir_text);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-file");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_string (path));

  return row;
}

static void
refresh_recent (HustingsWelcomePage *self)
{
  g_autoptr(GPtrArray) paths = hustings_recent_list_files (MAX_RECENT);

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->recent_group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; i < paths->len; i++)
    {
      GtkWidget *row = recent_row_new (g_ptr_array_index (paths, i));

      adw_preferences_group_add (self->recent_group, row);
      g_ptr_array_add (self->rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), paths->len > 0);
}

static void
hustings_welcome_page_map (GtkWidget *widget)
{
  refresh_recent (HUSTINGS_WELCOME_PAGE (widget));

  GTK_WIDGET_CLASS (hustings_welcome_page_parent_class)->map (widget);
}

static void
hustings_welcome_page_dispose (GObject *object)
{
  HustingsWelcomePage *self = HUSTINGS_WELCOME_PAGE (object);

  g_signal_handlers_disconnect_by_data (gtk_recent_manager_get_default (), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_WELCOME_PAGE);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (hustings_welcome_page_parent_class)->dispose (object);
}

static void
hustings_welcome_page_class_init (HustingsWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_welcome_page_dispose;
  widget_class->map = hustings_welcome_page_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsWelcomePage, recent_group);
}

static void
hustings_welcome_page_init (HustingsWelcomePage *self)
{
  self->rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (refresh_recent), self, G_CONNECT_SWAPPED);
  refresh_recent (self);
}

GtkWidget *
hustings_welcome_page_new (void)
{
  return g_object_new (HUSTINGS_TYPE_WELCOME_PAGE, NULL);
}
