/* hustings-demo-job.h: creates the demo committee file in a worker thread.
 *
 * The file is written under a temporary name and renamed into place when complete, so a
 * cancelled or failed run never leaves a half-made demo behind. "fraction" (0..1) is updated on
 * the thread that started the job, coalesced, while the worker runs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define HUSTINGS_TYPE_DEMO_JOB (hustings_demo_job_get_type ())
G_DECLARE_FINAL_TYPE (HustingsDemoJob, hustings_demo_job, HUSTINGS, DEMO_JOB, GObject)

HustingsDemoJob *hustings_demo_job_new          (const char           *path,
                                                 guint                 n_contacts,
                                                 guint                 n_donations);
const char      *hustings_demo_job_get_path     (HustingsDemoJob      *self);
double           hustings_demo_job_get_fraction (HustingsDemoJob      *self);
void             hustings_demo_job_run_async    (HustingsDemoJob      *self,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
gboolean         hustings_demo_job_run_finish   (HustingsDemoJob      *self,
                                                 GAsyncResult         *result,
                                                 GError              **error);

G_END_DECLS
