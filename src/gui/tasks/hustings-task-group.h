/* hustings-task-group.h: a contact's open tasks in the contact editor, each with a check button
 * to complete it; "Add Task…"; a task opens to be edited.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_TASK_GROUP (hustings_task_group_get_type ())
G_DECLARE_FINAL_TYPE (HustingsTaskGroup, hustings_task_group, HUSTINGS, TASK_GROUP, AdwBin)

/* Property "read-only": nothing can be added, completed or edited. Action task-group.add (a
 * new task on the contact). */

void        hustings_task_group_set_file    (HustingsTaskGroup     *self,
                                             HustingsCommitteeFile *file);
/* 0 shows nothing. */
void        hustings_task_group_set_contact (HustingsTaskGroup     *self,
                                             gint64                 contact_id);
/* The tasks listed (HustingsTask). */
GListModel *hustings_task_group_get_model   (HustingsTaskGroup     *self);

G_END_DECLS
