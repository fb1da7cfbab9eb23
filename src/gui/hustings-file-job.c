/* hustings-file-job.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-file-job"

#include "config.h"

#include "hustings-file-job.h"

struct _HustingsFileJob
{
  GObject              parent_instance;

  char                *committee_path; /* NULL for work_func */
  HustingsFileJobFunc  func;
  HustingsJobFunc      work_func;
  gpointer             data;
  GDestroyNotify       destroy;
  GMainContext        *context;    /* where "fraction" is notified */

  double               fraction;   /* that context's thread */

  GMutex               mutex;      /* guards the two fields below */
  double               pending_fraction;
  gboolean             update_queued;
};

G_DEFINE_FINAL_TYPE (HustingsFileJob, hustings_file_job, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
update_fraction_cb (gpointer user_data)
{
  HustingsFileJob *self = user_data;

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
  HustingsFileJob *self = user_data;
  gboolean queue;

  g_mutex_lock (&self->mutex);
  self->pending_fraction = CLAMP (fraction, 0.0, 1.0);
  queue = !self->update_queued;
  self->update_queued = TRUE;
  g_mutex_unlock (&self->mutex);

  if (queue)
    {
      g_autoptr(GSource) source = g_idle_source_new ();

      g_source_set_callback (source, update_fraction_cb, g_object_ref (self), g_object_unref);
      g_source_set_static_name (source, "[hustings] file job progress");
      g_source_attach (source, self->context);
    }
}

static void
run_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  HustingsFileJob *self = source_object;
  g_autoptr(HustingsCommitteeFile) file = NULL;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (self->committee_path == NULL
      ? !self->work_func (self->data, cancellable, progress_cb, self, &error)
      : (file = hustings_committee_file_open (self->committee_path, &error)) == NULL ||
        !self->func (file, self->data, cancellable, progress_cb, self, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
hustings_file_job_finalize (GObject *object)
{
  HustingsFileJob *self = HUSTINGS_FILE_JOB (object);

  if (self->destroy != NULL)
    self->destroy (self->data);
  g_free (self->committee_path);
  g_main_context_unref (self->context);
  g_mutex_clear (&self->mutex);

  G_OBJECT_CLASS (hustings_file_job_parent_class)->finalize (object);
}

static void
hustings_file_job_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HustingsFileJob *self = HUSTINGS_FILE_JOB (object);

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
hustings_file_job_class_init (HustingsFileJobClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hustings_file_job_finalize;
  object_class->get_property = hustings_file_job_get_property;

  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hustings_file_job_init (HustingsFileJob *self)
{
  g_mutex_init (&self->mutex);
  self->context = g_main_context_ref_thread_default ();
}

HustingsFileJob *
hustings_file_job_new (const char          *committee_path,
                       HustingsFileJobFunc  func,
                       gpointer             data,
                       GDestroyNotify       destroy)
{
  HustingsFileJob *self;

  g_return_val_if_fail (committee_path != NULL, NULL);
  g_return_val_if_fail (func != NULL, NULL);

  self = g_object_new (HUSTINGS_TYPE_FILE_JOB, NULL);
  self->committee_path = g_strdup (committee_path);
  self->func = func;
  self->data = data;
  self->destroy = destroy;

  return self;
}

HustingsFileJob *
hustings_file_job_new_for_work (HustingsJobFunc func,
                                gpointer        data,
                                GDestroyNotify  destroy)
{
  HustingsFileJob *self;

  g_return_val_if_fail (func != NULL, NULL);

  self = g_object_new (HUSTINGS_TYPE_FILE_JOB, NULL);
  self->work_func = func;
  self->data = data;
  self->destroy = destroy;

  return self;
}

double
hustings_file_job_get_fraction (HustingsFileJob *self)
{
  g_return_val_if_fail (HUSTINGS_IS_FILE_JOB (self), 0.0);

  return self->fraction;
}

void
hustings_file_job_run_async (HustingsFileJob     *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (HUSTINGS_IS_FILE_JOB (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hustings_file_job_run_async);
  g_task_set_name (task, "[hustings] committee file job");
  /* The worker reports cancellation itself, after rolling back what it started; work that
   * completed before it saw the cancellation is reported as done, for it was. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, run_in_thread);
}

gboolean
hustings_file_job_run_finish (HustingsFileJob  *self,
                              GAsyncResult     *result,
                              GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
hustings_file_job_is_cancelled (const GError *error)
{
  return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
         || g_error_matches (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CANCELLED);
}
