/* hustings-demo-job.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-demo-job"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "hustings-core.h"

#include "hustings-demo-job.h"

/* The same seed always makes the same demo campaign. */
#define DEMO_SEED 1

typedef struct {
  char  *path;
  guint  n_contacts;
  guint  n_donations;
} Demo;

static void
demo_free (Demo *demo)
{
  g_free (demo->path);
  g_free (demo);
}

static void
remove_database (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static gboolean
rename_database (const char  *from,
                 const char  *to,
                 GError     **error)
{
  g_autofree char *from_wal = g_strconcat (from, "-wal", NULL);
  g_autofree char *to_wal = g_strconcat (to, "-wal", NULL);
  g_autofree char *from_shm = g_strconcat (from, "-shm", NULL);

  /* A WAL left beside the file belongs to it and must move with it. */
  if (g_file_test (from_wal, G_FILE_TEST_EXISTS) && g_rename (from_wal, to_wal) != 0)
    goto failed;
  if (g_rename (from, to) != 0)
    goto failed;
  g_unlink (from_shm);
  return TRUE;

failed:
  {
    int saved_errno = errno;

    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                 _("Could not save the demo campaign: %s"), g_strerror (saved_errno));
    return FALSE;
  }
}

/* Worker thread. */
static gboolean
make_demo (gpointer               data,
           GCancellable          *cancellable,
           HustingsProgressFunc   progress,
           gpointer               progress_data,
           GError               **error)
{
  Demo *demo = data;
  g_autofree char *dir = g_path_get_dirname (demo->path);
  g_autofree char *base = g_path_get_basename (demo->path);
  g_autofree char *hidden = g_strconcat (".", base, NULL);
  g_autofree char *partial = g_build_filename (dir, hidden, NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the folder %s: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  remove_database (partial);
  if (!hustings_demo_create (partial, demo->n_contacts, demo->n_donations, DEMO_SEED,
                             progress, progress_data, cancellable, error)
      || !rename_database (partial, demo->path, error))
    {
      remove_database (partial);
      return FALSE;
    }
  return TRUE;
}

HustingsFileJob *
hustings_demo_job_new (const char *path,
                       guint       n_contacts,
                       guint       n_donations)
{
  Demo *demo;

  g_return_val_if_fail (path != NULL, NULL);

  demo = g_new0 (Demo, 1);
  demo->path = g_strdup (path);
  demo->n_contacts = n_contacts;
  demo->n_donations = n_donations;
  return hustings_file_job_new_for_work (make_demo, demo, (GDestroyNotify) demo_free);
}
