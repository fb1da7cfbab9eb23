/* hustings-tasks-button.h: the header bar's toggle for the tasks pane (win.show-tasks), with a
 * badge counting the open tasks overdue or due today, red when any are overdue.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_TASKS_BUTTON (hustings_tasks_button_get_type ())
G_DECLARE_FINAL_TYPE (HustingsTasksButton, hustings_tasks_button, HUSTINGS, TASKS_BUTTON,
                      AdwBin)

/* Counts the tasks of file, again whenever they change; NULL counts none. */
void hustings_tasks_button_set_file  (HustingsTasksButton   *self,
                                      HustingsCommitteeFile *file);
/* What the badge counts: open tasks overdue, and due today. */
void hustings_tasks_button_get_count (HustingsTasksButton   *self,
                                      guint                 *out_overdue,
                                      guint                 *out_due_today);

G_END_DECLS
