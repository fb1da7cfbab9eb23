/* hustings-demo-job.h: makes the demo committee file in a worker thread.
 *
 * The file is written under a temporary name and renamed into place when complete, so a
 * cancelled or failed run never leaves a half-made demo behind. The job is a HustingsFileJob
 * (see there for its progress and how to run it).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-file-job.h"

G_BEGIN_DECLS

HustingsFileJob *hustings_demo_job_new (const char *path,
                                        guint       n_contacts,
                                        guint       n_donations);

G_END_DECLS
