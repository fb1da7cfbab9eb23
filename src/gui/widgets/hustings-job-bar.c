/* hustings-job-bar.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-job-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-job-bar.h"

struct _HustingsJobBar
{
  GtkWidget        parent_instance;

  /* template widgets */
  GtkRevealer     *revealer;
  GtkLabel        *label;
  GtkProgressBar  *progress_bar;

  /* owned */
  HustingsFileJob *job;
  GCancellable    *cancellable;
  GBinding        *fraction;
};

G_DEFINE_FINAL_TYPE (HustingsJobBar, hustings_job_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_JOB,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_job (HustingsJobBar  *self,
         HustingsFileJob *job)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->fraction != NULL)
    g_binding_unbind (self->fraction);
  self->fraction = NULL;
  g_set_object (&self->job, job);
  if (job != NULL)
    {
      self->cancellable = g_cancellable_new ();
      self->fraction = g_object_bind_property (job, "fraction", self->progress_bar, "fraction",
                                               G_BINDING_SYNC_CREATE);
    }
  gtk_revealer_set_reveal_child (self->revealer, job != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "job-bar.cancel", job != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB]);
}

static void
cancel_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  HustingsJobBar *self = HUSTINGS_JOB_BAR (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
hustings_job_bar_dispose (GObject *object)
{
  HustingsJobBar *self = HUSTINGS_JOB_BAR (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_JOB_BAR);
  G_OBJECT_CLASS (hustings_job_bar_parent_class)->dispose (object);
}

static void
hustings_job_bar_finalize (GObject *object)
{
  HustingsJobBar *self = HUSTINGS_JOB_BAR (object);

  g_clear_object (&self->job);
  g_clear_object (&self->cancellable);
  G_OBJECT_CLASS (hustings_job_bar_parent_class)->finalize (object);
}

static void
hustings_job_bar_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HustingsJobBar *self = HUSTINGS_JOB_BAR (object);

  switch (prop_id)
    {
    case PROP_JOB:
      g_value_set_object (value, self->job);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_job_bar_class_init (HustingsJobBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_job_bar_dispose;
  object_class->finalize = hustings_job_bar_finalize;
  object_class->get_property = hustings_job_bar_get_property;

  properties[PROP_JOB] =
    g_param_spec_object ("job", NULL, NULL, HUSTINGS_TYPE_FILE_JOB,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/hustings-job-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsJobBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, HustingsJobBar, label);
  gtk_widget_class_bind_template_child (widget_class, HustingsJobBar, progress_bar);
  gtk_widget_class_install_action (widget_class, "job-bar.cancel", NULL, cancel_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hustings_job_bar_init (HustingsJobBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "job-bar.cancel", FALSE);
}

void
hustings_job_bar_run (HustingsJobBar      *self,
                      HustingsFileJob     *job,
                      const char          *label,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_return_if_fail (HUSTINGS_IS_JOB_BAR (self));
  g_return_if_fail (HUSTINGS_IS_FILE_JOB (job));

  gtk_label_set_text (self->label, label);
  set_job (self, job);
  hustings_file_job_run_async (job, self->cancellable, callback, user_data);
}

void
hustings_job_bar_run_writing (HustingsJobBar      *self,
                              HustingsFileJob     *job,
                              const char          *path,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_filename_display_name (base);
  /* Translators: %s is a file name */
  g_autofree char *label = g_strdup_printf (_("Writing %s…"), name);

  hustings_job_bar_run (self, job, label, callback, user_data);
}

gboolean
hustings_job_bar_finish (HustingsJobBar  *self,
                         HustingsFileJob *job)
{
  g_return_val_if_fail (HUSTINGS_IS_JOB_BAR (self), FALSE);

  if (job == NULL || job != self->job)
    return FALSE;
  set_job (self, NULL);
  return TRUE;
}

void
hustings_job_bar_stop (HustingsJobBar *self)
{
  g_return_if_fail (HUSTINGS_IS_JOB_BAR (self));

  if (self->job != NULL)
    set_job (self, NULL);
}

HustingsFileJob *
hustings_job_bar_get_job (HustingsJobBar *self)
{
  g_return_val_if_fail (HUSTINGS_IS_JOB_BAR (self), NULL);

  return self->job;
}
