/* hustings-preferences-window.h: the preferences, bound to GSettings.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HUSTINGS_TYPE_PREFERENCES_WINDOW (hustings_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (HustingsPreferencesWindow, hustings_preferences_window, HUSTINGS,
                      PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *hustings_preferences_window_new (GtkWindow *parent);

G_END_DECLS
