/* hustings-recent.h: committee files the user opened lately (GtkRecentManager).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Paths of recently used committee files that still exist, most recent first, at most limit. */
GPtrArray *hustings_recent_list_files (guint       limit);
void       hustings_recent_add_file   (const char *path);
/* "Committee" for ".../Committee.hustings". */
char      *hustings_recent_display_name (const char *path);

G_END_DECLS
