/* hustings-file-job.h: work in a worker thread, with progress: on a committee file, or any
 * other (making the demo campaign).
 *
 * A HustingsCommitteeFile must stay in the thread that opened it, so the worker opens its own
 * on the same path and hands it to func, which does the work (an import, an export, an undo)
 * and reports progress through the HustingsProgressFunc it is given. "fraction" (0..1) follows
 * those reports on the thread that made the job, coalesced: a worker reporting often never
 * floods the main loop. A worker never touches GTK.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_FILE_JOB (hustings_file_job_get_type ())
G_DECLARE_FINAL_TYPE (HustingsFileJob, hustings_file_job, HUSTINGS, FILE_JOB, GObject)

/* Runs in the worker thread; data is what the job was made with. FALSE with error on failure
 * or cancellation. */
typedef gboolean (*HustingsFileJobFunc) (HustingsCommitteeFile  *file,
                                         gpointer                data,
                                         GCancellable           *cancellable,
                                         HustingsProgressFunc    progress,
                                         gpointer                progress_data,
                                         GError                **error);

/* The same, for work that opens no committee file. */
typedef gboolean (*HustingsJobFunc)     (gpointer                data,
                                         GCancellable           *cancellable,
                                         HustingsProgressFunc    progress,
                                         gpointer                progress_data,
                                         GError                **error);

/* data belongs to the job from now on (destroy frees it when the job goes); the caller must
 * not touch it, nor anything it points to, until the job has finished. */
HustingsFileJob *hustings_file_job_new          (const char           *committee_path,
                                                 HustingsFileJobFunc   func,
                                                 gpointer              data,
                                                 GDestroyNotify        destroy);
HustingsFileJob *hustings_file_job_new_for_work (HustingsJobFunc     func,
                                                 gpointer             data,
                                                 GDestroyNotify       destroy);
double           hustings_file_job_get_fraction (HustingsFileJob      *self);
/* Runs once. */
void             hustings_file_job_run_async    (HustingsFileJob      *self,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
gboolean         hustings_file_job_run_finish   (HustingsFileJob      *self,
                                                 GAsyncResult         *result,
                                                 GError              **error);
/* Whether error says the work was cancelled (GIO's or the core's way). */
gboolean         hustings_file_job_is_cancelled (const GError         *error);

G_END_DECLS
