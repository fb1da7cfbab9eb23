/* hustings-recent.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-recent"

#include "hustings-core.h"

#include "hustings-recent.h"

static int
compare_recent_newest_first (gconstpointer a,
                             gconstpointer b)
{
  GtkRecentInfo *info_a = *(GtkRecentInfo * const *) a;
  GtkRecentInfo *info_b = *(GtkRecentInfo * const *) b;

  return g_date_time_compare (gtk_recent_info_get_modified (info_b),
                              gtk_recent_info_get_modified (info_a));
}

GPtrArray *
hustings_recent_list_files (guint limit)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  g_autoptr(GPtrArray) infos = NULL;
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  GList *items = gtk_recent_manager_get_items (manager);

  infos = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);
  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (gtk_recent_info_is_local (info)
          && g_str_has_suffix (gtk_recent_info_get_uri (info), HUSTINGS_FILE_SUFFIX))
        g_ptr_array_add (infos, gtk_recent_info_ref (info));
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  g_ptr_array_sort (infos, compare_recent_newest_first);
  for (guint i = 0; i < infos->len && paths->len < limit; i++)
    {
      g_autofree char *path = g_filename_from_uri (gtk_recent_info_get_uri (infos->pdata[i]),
                                                   NULL, NULL);

      if (path != NULL && g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (paths, g_steal_pointer (&path));
    }

  return paths;
}

void
hustings_recent_add_file (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

  if (uri != NULL)
    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

char *
hustings_recent_display_name (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_filename_display_name (base);

  if (g_str_has_suffix (name, HUSTINGS_FILE_SUFFIX))
    name[strlen (name) - strlen (HUSTINGS_FILE_SUFFIX)] = '\0';

  return g_steal_pointer (&name);
}
