/* hustings-task-runner.h: runs the automatic task rules of a window's committee file in a
 * worker thread (its own connection, as the file jobs do): when the file is set, when a rule is
 * switched or its days changed, and when the day changes while the file stays open (a timeout
 * at midnight). One run at a time; what is asked meanwhile waits for the next.
 *
 * After a run that made tasks, or one at the turn of the day (what is overdue changed), the
 * file is reloaded so that every view reads again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_TASK_RUNNER (hustings_task_runner_get_type ())
G_DECLARE_FINAL_TYPE (HustingsTaskRunner, hustings_task_runner, HUSTINGS, TASK_RUNNER, GObject)

/* Property "busy" (gboolean): a run is under way or waiting.
 * Signals "finished" (guint n_made) after a run; "failed" (const char *message) when a run
 * could not be done. */

HustingsTaskRunner *hustings_task_runner_new      (void);
/* Runs the rules on file (unless it is read-only: nothing can be made); NULL stops. */
void                hustings_task_runner_set_file (HustingsTaskRunner    *self,
                                                   HustingsCommitteeFile *file);
/* Whether the rule is on and its days, counting a change asked for and not yet saved. */
gboolean            hustings_task_runner_get_rule (HustingsTaskRunner    *self,
                                                   HustingsTaskRule       rule,
                                                   gboolean              *out_enabled,
                                                   int                   *out_days,
                                                   GError               **error);
/* Switches the rule and sets its days in the worker, which runs it when it is on. */
void                hustings_task_runner_set_rule (HustingsTaskRunner    *self,
                                                   HustingsTaskRule       rule,
                                                   gboolean               enabled,
                                                   int                    days);
gboolean            hustings_task_runner_get_busy (HustingsTaskRunner    *self);

G_END_DECLS
