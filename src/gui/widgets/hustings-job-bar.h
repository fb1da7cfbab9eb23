/* hustings-job-bar.h: the bar that shows the work a window runs in a worker (what it does, how
 * far it got) with a Cancel button, and holds the job and its GCancellable.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hustings-file-job.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_JOB_BAR (hustings_job_bar_get_type ())
G_DECLARE_FINAL_TYPE (HustingsJobBar, hustings_job_bar, HUSTINGS, JOB_BAR, GtkWidget)

/* Property: "job" (read-only), the job shown; NULL when none runs. One job at a time: starting
 * one cancels the one shown. The job's cancellable is cancelled when the bar goes. */

/* Runs job (as hustings_file_job_run_async), shown with label. */
void             hustings_job_bar_run         (HustingsJobBar      *self,
                                               HustingsFileJob     *job,
                                               const char          *label,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
/* The same, shown as writing the file at path: "Writing letters.pdf…". */
void             hustings_job_bar_run_writing (HustingsJobBar      *self,
                                               HustingsFileJob     *job,
                                               const char          *path,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
/* Once job has finished: TRUE, and the bar hides, when job is still the one shown; FALSE when
 * it was stopped or replaced since, so what it did is of no use. */
gboolean         hustings_job_bar_finish      (HustingsJobBar      *self,
                                               HustingsFileJob     *job);
/* Cancels the job shown and forgets it at once. */
void             hustings_job_bar_stop        (HustingsJobBar      *self);
HustingsFileJob *hustings_job_bar_get_job     (HustingsJobBar      *self);

G_END_DECLS
