/* hustings-application.h: the application: its actions, accelerators and windows.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HUSTINGS_TYPE_APPLICATION (hustings_application_get_type ())
G_DECLARE_FINAL_TYPE (HustingsApplication, hustings_application, HUSTINGS, APPLICATION,
                      AdwApplication)

/* App actions: app.new, app.open, app.demo, app.preferences, app.about, app.quit. */

HustingsApplication *hustings_application_new (void);

G_END_DECLS
