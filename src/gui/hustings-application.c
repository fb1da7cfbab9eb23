/* hustings-application.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-application"

#include "config.h"

#include <glib/gi18n.h>

#include "preferences/hustings-preferences-window.h"
#include "hustings-window.h"

#include "hustings-application.h"

struct _HustingsApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (HustingsApplication, hustings_application, ADW_TYPE_APPLICATION)

/* The active main window, or a new one. */
static HustingsWindow *
get_window (HustingsApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (HUSTINGS_IS_WINDOW (window))
    return HUSTINGS_WINDOW (window);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (HUSTINGS_IS_WINDOW (l->data))
      return l->data;

  return hustings_window_new (ADW_APPLICATION (self));
}

static void
new_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  HustingsWindow *window = get_window (user_data);

  gtk_window_present (GTK_WINDOW (window));
  hustings_window_new_committee (window);
}

static void
open_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  HustingsWindow *window = get_window (user_data);

  gtk_window_present (GTK_WINDOW (window));
  hustings_window_choose_file (window);
}

static void
demo_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  HustingsWindow *window = get_window (user_data);

  gtk_window_present (GTK_WINDOW (window));
  hustings_window_open_demo (window);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  HustingsApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (hustings_preferences_window_new (parent)));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  HustingsApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  adw_show_about_window (parent,
                         "application-name", _("Hustings"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Hustings developers"),
                         "copyright", _("© The Hustings developers"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "website", "https://github.com/hustings/hustings",
                         "issue-url", "https://github.com/hustings/hustings/issues",
                         /* Translators: your names, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  HustingsApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Closing lets each window save its size and make pending deletions final. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static const GActionEntry app_actions[] = {
  { "new", new_action },
  { "open", open_action },
  { "demo", demo_action },
  { "preferences", preferences_action },
  { "about", about_action },
  { "quit", quit_action },
};

static const struct {
  const char *action;
  const char *accels[3];
} accelerators[] = {
  { "app.new", { "<Control>n", NULL } },
  { "app.open", { "<Control>o", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "app.quit", { "<Control>q", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.show-page::contacts", { "<Alt>1", NULL } },
  { "win.show-page::donations", { "<Alt>2", NULL } },
  { "win.show-page::disbursements", { "<Alt>3", NULL } },
  { "win.show-page::compliance", { "<Alt>4", NULL } },
  { "win.show-page::volunteers", { "<Alt>5", NULL } },
  { "win.find", { "<Control>f", NULL } },
  { "win.new-contact", { "<Control><Shift>n", NULL } },
  { "win.new-donation", { "<Control><Shift>d", NULL } },
  { "win.new-disbursement", { "<Control><Shift>e", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.import", { "<Control>i", NULL } },
};

static void
hustings_application_startup (GApplication *application)
{
  HustingsApplication *self = HUSTINGS_APPLICATION (application);

  G_APPLICATION_CLASS (hustings_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accelerators[i].action,
                                           accelerators[i].accels);

  self->settings = g_settings_new (APP_ID);
}

static void
hustings_application_activate (GApplication *application)
{
  HustingsApplication *self = HUSTINGS_APPLICATION (application);
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));
  HustingsWindow *window;
  g_autofree char *last = NULL;

  if (active != NULL)
    {
      gtk_window_present (active);
      return;
    }

  window = hustings_window_new (ADW_APPLICATION (self));
  last = g_settings_get_string (self->settings, "last-file");
  if (g_settings_get_boolean (self->settings, "reopen-last-file")
      && *last != '\0' && g_file_test (last, G_FILE_TEST_IS_REGULAR))
    {
      g_autoptr(GFile) file = g_file_new_for_path (last);

      hustings_window_open_file (window, file);
    }

  gtk_window_present (GTK_WINDOW (window));
}

static void
hustings_application_open (GApplication  *application,
                           GFile        **files,
                           int            n_files,
                           const char    *hint)
{
  HustingsApplication *self = HUSTINGS_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));
      HustingsWindow *window;

      /* An empty window takes the file; a window busy with a committee keeps it. */
      if (HUSTINGS_IS_WINDOW (active)
          && hustings_window_get_committee_file (HUSTINGS_WINDOW (active)) == NULL)
        window = HUSTINGS_WINDOW (active);
      else
        window = hustings_window_new (ADW_APPLICATION (self));

      hustings_window_open_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
hustings_application_dispose (GObject *object)
{
  HustingsApplication *self = HUSTINGS_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hustings_application_parent_class)->dispose (object);
}

static void
hustings_application_class_init (HustingsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = hustings_application_dispose;
  app_class->startup = hustings_application_startup;
  app_class->activate = hustings_application_activate;
  app_class->open = hustings_application_open;
}

static void
hustings_application_init (HustingsApplication *self)
{
}

HustingsApplication *
hustings_application_new (void)
{
  return g_object_new (HUSTINGS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
