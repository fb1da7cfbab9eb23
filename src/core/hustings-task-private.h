/* hustings-task-private.h: what the task store sets on a task it reads or saves.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-task.h"

G_BEGIN_DECLS

void hustings_task_set_id           (HustingsTask *self,
                                     gint64        id);
void hustings_task_set_contact_name (HustingsTask *self,
                                     const char   *name);
void hustings_task_set_done_at      (HustingsTask *self,
                                     const char   *done_at);
void hustings_task_set_rule         (HustingsTask *self,
                                     const char   *rule,
                                     const char   *rule_key);
void hustings_task_set_created_at   (HustingsTask *self,
                                     const char   *created_at);

G_END_DECLS
