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

struct _HustingsDemoJob
{
  GObject       parent_instance;

  char         *path;
  guint         n_contacts;
  guint         n_donations;
  GMainContext *context;    /* where "fraction" is notified */

  double        fraction;   /* main thread */

  GMutex        mutex;      /* guards the two fields below */
  double        pending_fraction;
  gboolean      update_queued;
};

G_DEFINE_FINAL_TYPE (HustingsDemoJob, hustings_demo_job, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
update_fraction_cb (gpointer user_data)
{
  HustingsDemoJob *self = user_data;

  g_mutex_lock (&self->mutex);
  self->fraction = self->pending_fraction;
  self->update_queued = FALSE;
  g_mutex_unlock (&self->mutex);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
  return G_SOURCE_REMOVE;
}

/* Worker thread. */
static void
progress_cb (double   fraction,
             gpointer user_data)
{
  HustingsDemoJob *self = user_data;
  gboolean queue;

  g_mutex_lock (&self->mutex);
  self->pending_fraction = fraction;
  queue = !self->update_queued;
  self->update_queued = TRUE;
  g_mutex_unlock (&self->mutex);

  if (queue)
    {
      g_autoptr(GSource) source = g_idle_source_new ();

      g_source_set_callback (source, update_fraction_cb, g_object_ref (self), g_object_unref);
      g_source_set_static_name (source, "[hustings] demo progress");
      g_source_attach (source, self->context);
    }
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

static void
run_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  HustingsDemoJob *self = source_object;
  g_autofree char *dir = g_path_get_dirname (self->path);
  g_autofree char *base = g_path_get_basename (self->path);
  g_autofree char *hidden = g_strconcat (".", base, NULL);
  g_autofree char *partial = g_build_filename (dir, hidden, NULL);
  GError *error = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_task_return_new_error (task, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                               _("Could not create the folder %s: %s"),
                               dir, g_strerror (saved_errno));
      return;
    }

  remove_database (partial);
  if (!hustings_demo_create (partial, self->n_contacts, self->n_donations, DEMO_SEED,
                             progress_cb, self, cancellable, &error)
      || !rename_database (partial, self->path, &error))
    {
      remove_database (partial);
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
hustings_demo_job_finalize (GObject *object)
{
  HustingsDemoJob *self = HUSTINGS_DEMO_JOB (object);

  g_free (self->path);
  g_main_context_unref (self->context);
  g_mutex_clear (&self->mutex);

  G_OBJECT_CLASS (hustings_demo_job_parent_class)->finalize (object);
}

static void
hustings_demo_job_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HustingsDemoJob *self = HUSTINGS_DEMO_JOB (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_demo_job_class_init (HustingsDemoJobClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hustings_demo_job_finalize;
  object_class->get_property = hustings_demo_job_get_property;

  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hustings_demo_job_init (HustingsDemoJob *self)
{
  g_mutex_init (&self->mutex);
  self->context = g_main_context_ref_thread_default ();
}

HustingsDemoJob *
hustings_demo_job_new (const char *path,
                       guint       n_contacts,
                       guint       n_donations)
{
  HustingsDemoJob *self;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (HUSTINGS_TYPE_DEMO_JOB, NULL);
  self->path = g_strdup (path);
  self->n_contacts = n_contacts;
  self->n_donations = n_donations;

  return self;
}

const char *
hustings_demo_job_get_path (HustingsDemoJob *self)
{
  g_return_val_if_fail (HUSTINGS_IS_DEMO_JOB (self), NULL);

  return self->path;
}

double
hustings_demo_job_get_fraction (HustingsDemoJob *self)
{
  g_return_val_if_fail (HUSTINGS_IS_DEMO_JOB (self), 0.0);

  return self->fraction;
}

void
hustings_demo_job_run_async (HustingsDemoJob     *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (HUSTINGS_IS_DEMO_JOB (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hustings_demo_job_run_async);
  g_task_set_name (task, "[hustings] create demo campaign");
  g_task_run_in_thread (task, run_in_thread);
}

gboolean
hustings_demo_job_run_finish (HustingsDemoJob  *self,
                              GAsyncResult     *result,
                              GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
