/* hustings-tasks-pane.h: the window's side pane of tasks, on every view: open tasks by due date
 * (or those done, or all), each with a check button to complete it and its contact as a link;
 * "New Task…"; "Automatic Tasks…". It runs the automatic task rules of the file (see
 * hustings-task-runner.h) and says in a toast how many tasks they made.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"
#include "hustings-task-runner.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_TASKS_PANE (hustings_tasks_pane_get_type ())
G_DECLARE_FINAL_TYPE (HustingsTasksPane, hustings_tasks_pane, HUSTINGS, TASKS_PANE, AdwBin)

/* Property "filter": "open", "done" or "all". Actions: tasks.new, tasks.rules (the automatic
 * rules dialog), tasks.filter (s: as the property). Activating a task edits it. */

void                hustings_tasks_pane_set_file   (HustingsTasksPane     *self,
                                                    HustingsCommitteeFile *file);
/* The tasks listed (HustingsTask). */
GListModel         *hustings_tasks_pane_get_model  (HustingsTasksPane     *self);
HustingsTaskRunner *hustings_tasks_pane_get_runner (HustingsTasksPane     *self);

G_END_DECLS
