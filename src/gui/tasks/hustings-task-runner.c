/* hustings-task-runner.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-task-runner"

#include "config.h"

#include <string.h>

#include "hustings-file-job.h"

#include "hustings-task-runner.h"

/* A rule switched or its days changed, to save in the next run. */
typedef struct
{
  gboolean asked;
  gboolean enabled;
  int      days;
} RuleChange;

/* What a run does; the worker's while it runs. */
typedef struct
{
  RuleChange  changes[HUSTINGS_N_TASK_RULES];
  gboolean    run_all;   /* every rule that is on */
  gboolean    new_day;   /* the run of a new day: the views read again whatever it makes */
  char       *today;
  guint       n_made;    /* written by the worker */
} RunData;

struct _HustingsTaskRunner
{
  GObject                parent_instance;

  /* owned */
  HustingsCommitteeFile *file;
  GCancellable          *cancellable;
  HustingsFileJob       *job;      /* the run under way, NULL when none */
  char                  *today;    /* the day the midnight timeout waits to end */
  guint                  midnight_id;

  /* borrowed: the data of job */
  RunData               *running;

  /* waiting for the next run */
  RuleChange             pending[HUSTINGS_N_TASK_RULES];
  gboolean               pending_run;
  gboolean               pending_day;
};

G_DEFINE_FINAL_TYPE (HustingsTaskRunner, hustings_task_runner, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

enum {
  FINISHED,
  FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
run_data_free (gpointer data)
{
  RunData *run = data;

  g_free (run->today);
  g_free (run);
}

/* Worker thread. */
static gboolean
run_func (HustingsCommitteeFile  *file,
          gpointer                data,
          GCancellable           *cancellable,
          HustingsProgressFunc    progress,
          gpointer                progress_data,
          GError                **error)
{
  RunData *run = data;
  guint n_made;

  for (HustingsTaskRule rule = 0; rule < HUSTINGS_N_TASK_RULES; rule++)
    {
      const RuleChange *change = &run->changes[rule];

      if (!change->asked)
        continue;
      n_made = 0;
      if (!hustings_task_rule_set (file, rule, change->enabled, change->days, run->today,
                                   &n_made, error))
        return FALSE;
      run->n_made += n_made;
    }

  if (run->run_all)
    {
      n_made = 0;
      if (!hustings_task_rules_run (file, run->today, &n_made, error))
        return FALSE;
      run->n_made += n_made;
    }

  return TRUE;
}

static gboolean
has_changes (HustingsTaskRunner *self)
{
  for (guint i = 0; i < HUSTINGS_N_TASK_RULES; i++)
    if (self->pending[i].asked)
      return TRUE;
  return FALSE;
}

static gboolean
has_pending (HustingsTaskRunner *self)
{
  return self->pending_run || has_changes (self);
}

static gboolean
any_rule_on (HustingsTaskRunner *self)
{
  for (HustingsTaskRule rule = 0; rule < HUSTINGS_N_TASK_RULES; rule++)
    {
      gboolean enabled = FALSE;

      if (hustings_task_rule_get (self->file, rule, &enabled, NULL, NULL) && enabled)
        return TRUE;
    }
  return FALSE;
}

static gboolean
can_run (HustingsTaskRunner *self)
{
  return self->file != NULL && !hustings_committee_file_is_read_only (self->file);
}

static void run_done_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data);

static void
maybe_start (HustingsTaskRunner *self)
{
  RunData *run;

  if (self->job != NULL || !can_run (self) || !has_pending (self))
    return;

  /* Every rule off and none switched: nothing to make, no thread to start. */
  if (!has_changes (self) && !any_rule_on (self))
    {
      gboolean new_day = self->pending_day;

      self->pending_run = FALSE;
      self->pending_day = FALSE;
      if (new_day)
        hustings_committee_file_reload (self->file);
      return;
    }

  run = g_new0 (RunData, 1);
  memcpy (run->changes, self->pending, sizeof run->changes);
  run->run_all = self->pending_run;
  run->new_day = self->pending_day;
  run->today = hustings_date_today ();
  memset (self->pending, 0, sizeof self->pending);
  self->pending_run = FALSE;
  self->pending_day = FALSE;

  self->running = run;
  self->job = hustings_file_job_new (hustings_committee_file_get_path (self->file), run_func,
                                     run, run_data_free);
  hustings_file_job_run_async (self->job, self->cancellable, run_done_cb, g_object_ref (self));
}

static void
notify_busy (HustingsTaskRunner *self,
             gboolean            was_busy)
{
  if (was_busy != hustings_task_runner_get_busy (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
run_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(HustingsTaskRunner) self = user_data;
  g_autoptr(HustingsFileJob) job = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok = hustings_file_job_run_finish (HUSTINGS_FILE_JOB (source), result, &error);
  guint n_made;
  gboolean new_day;

  /* A run on a file no longer shown: its views went with it. */
  if (HUSTINGS_FILE_JOB (source) != self->job)
    return;

  job = g_steal_pointer (&self->job);
  n_made = self->running->n_made;
  new_day = self->running->new_day;
  self->running = NULL;

  if (ok)
    {
      /* The worker's connection made them; this one's views read them again (all of them on a
       * new day, when past and upcoming change too). */
      if (new_day)
        hustings_committee_file_reload (self->file);
      else if (n_made > 0)
        hustings_committee_file_reload_outreach (self->file);
      g_signal_emit (self, signals[FINISHED], 0, n_made);
    }
  else if (!hustings_file_job_is_cancelled (error))
    g_signal_emit (self, signals[FAILED], 0, error->message);

  maybe_start (self);
  notify_busy (self, TRUE);
}

static gboolean midnight_cb (gpointer user_data);

/* Wakes up just after the coming midnight. */
static void
schedule_midnight (HustingsTaskRunner *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) midnight = g_date_time_new_local (g_date_time_get_year (now),
                                                         g_date_time_get_month (now),
                                                         g_date_time_get_day_of_month (now),
                                                         0, 0, 0);
  g_autoptr(GDateTime) next = g_date_time_add_days (midnight, 1);
  guint seconds = g_date_time_difference (next, now) / G_USEC_PER_SEC + 1;

  g_clear_handle_id (&self->midnight_id, g_source_remove);
  self->midnight_id = g_timeout_add_seconds (seconds, midnight_cb, self);
  g_source_set_static_name (g_main_context_find_source_by_id (NULL, self->midnight_id),
                            "[hustings] task rules at midnight");
}

static gboolean
midnight_cb (gpointer user_data)
{
  HustingsTaskRunner *self = user_data;
  g_autofree char *today = hustings_date_today ();

  self->midnight_id = 0;
  if (g_strcmp0 (today, self->today) != 0)
    {
      g_free (self->today);
      self->today = g_steal_pointer (&today);
      if (can_run (self))
        {
          gboolean was_busy = hustings_task_runner_get_busy (self);

          self->pending_run = TRUE;
          self->pending_day = TRUE;
          maybe_start (self);
          notify_busy (self, was_busy);
        }
      else
        /* Nothing can be made in it, but what is overdue or due today changed. */
        hustings_committee_file_reload (self->file);
    }
  schedule_midnight (self);
  return G_SOURCE_REMOVE;
}

static void
stop (HustingsTaskRunner *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  /* Its callback finds it is no longer the job and leaves. */
  g_clear_object (&self->job);
  self->running = NULL;
  memset (self->pending, 0, sizeof self->pending);
  self->pending_run = FALSE;
  self->pending_day = FALSE;
  g_clear_handle_id (&self->midnight_id, g_source_remove);
}

static void
hustings_task_runner_dispose (GObject *object)
{
  HustingsTaskRunner *self = HUSTINGS_TASK_RUNNER (object);

  stop (self);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (hustings_task_runner_parent_class)->dispose (object);
}

static void
hustings_task_runner_finalize (GObject *object)
{
  HustingsTaskRunner *self = HUSTINGS_TASK_RUNNER (object);

  g_free (self->today);

  G_OBJECT_CLASS (hustings_task_runner_parent_class)->finalize (object);
}

static void
hustings_task_runner_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HustingsTaskRunner *self = HUSTINGS_TASK_RUNNER (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, hustings_task_runner_get_busy (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_task_runner_class_init (HustingsTaskRunnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hustings_task_runner_dispose;
  object_class->finalize = hustings_task_runner_finalize;
  object_class->get_property = hustings_task_runner_get_property;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
hustings_task_runner_init (HustingsTaskRunner *self)
{
}

HustingsTaskRunner *
hustings_task_runner_new (void)
{
  return g_object_new (HUSTINGS_TYPE_TASK_RUNNER, NULL);
}

void
hustings_task_runner_set_file (HustingsTaskRunner    *self,
                               HustingsCommitteeFile *file)
{
  gboolean was_busy;

  g_return_if_fail (HUSTINGS_IS_TASK_RUNNER (self));
  g_return_if_fail (file == NULL || HUSTINGS_IS_COMMITTEE_FILE (file));

  if (self->file == file)
    return;

  was_busy = hustings_task_runner_get_busy (self);
  stop (self);
  g_set_object (&self->file, file);

  if (file != NULL)
    {
      self->cancellable = g_cancellable_new ();
      g_free (self->today);
      self->today = hustings_date_today ();
      schedule_midnight (self);
      self->pending_run = TRUE;
      maybe_start (self);
    }

  notify_busy (self, was_busy);
}

gboolean
hustings_task_runner_get_rule (HustingsTaskRunner  *self,
                               HustingsTaskRule     rule,
                               gboolean            *out_enabled,
                               int                 *out_days,
                               GError             **error)
{
  const RuleChange *change = NULL;

  g_return_val_if_fail (HUSTINGS_IS_TASK_RUNNER (self), FALSE);
  g_return_val_if_fail (rule < HUSTINGS_N_TASK_RULES, FALSE);
  g_return_val_if_fail (self->file != NULL, FALSE);

  if (self->pending[rule].asked)
    change = &self->pending[rule];
  else if (self->running != NULL && self->running->changes[rule].asked)
    change = &self->running->changes[rule];

  if (change == NULL)
    return hustings_task_rule_get (self->file, rule, out_enabled, out_days, error);

  if (out_enabled != NULL)
    *out_enabled = change->enabled;
  if (out_days != NULL)
    *out_days = change->days;
  return TRUE;
}

void
hustings_task_runner_set_rule (HustingsTaskRunner *self,
                               HustingsTaskRule    rule,
                               gboolean            enabled,
                               int                 days)
{
  gboolean was_busy;

  g_return_if_fail (HUSTINGS_IS_TASK_RUNNER (self));
  g_return_if_fail (rule < HUSTINGS_N_TASK_RULES);

  if (!can_run (self))
    return;

  was_busy = hustings_task_runner_get_busy (self);
  self->pending[rule].asked = TRUE;
  self->pending[rule].enabled = enabled;
  self->pending[rule].days = days;
  maybe_start (self);
  notify_busy (self, was_busy);
}

gboolean
hustings_task_runner_get_busy (HustingsTaskRunner *self)
{
  g_return_val_if_fail (HUSTINGS_IS_TASK_RUNNER (self), FALSE);

  return self->job != NULL || (can_run (self) && has_pending (self));
}
