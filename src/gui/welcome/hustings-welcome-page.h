/* hustings-welcome-page.h: what a window shows with no committee file open.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HUSTINGS_TYPE_WELCOME_PAGE (hustings_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (HustingsWelcomePage, hustings_welcome_page, HUSTINGS, WELCOME_PAGE, AdwBin)

/* Buttons activate app.new, app.open and app.demo; each recent committee file is a row that
 * activates win.open-file with its path. The rows follow GtkRecentManager. */

GtkWidget *hustings_welcome_page_new (void);

G_END_DECLS
