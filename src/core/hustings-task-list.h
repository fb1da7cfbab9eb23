/* hustings-task-list.h: a lazy GListModel of tasks: the open ones, the done ones, or all; of
 * every contact or of one.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hustings-committee-file.h"
#include "hustings-task-store.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_TASK_LIST (hustings_task_list_get_type ())
G_DECLARE_FINAL_TYPE (HustingsTaskList, hustings_task_list, HUSTINGS, TASK_LIST, GObject)

/* Items are HustingsTask, in the order of hustings_task_store_list_ids. Follows the file's
 * "outreach-changed" and "contacts-changed". Shows the open tasks of every contact at first. */
HustingsTaskList *hustings_task_list_new         (HustingsCommitteeFile *file);
void              hustings_task_list_set_filter  (HustingsTaskList      *self,
                                                  HustingsTaskFilter     filter);
/* 0: every task; otherwise those on that contact. */
void              hustings_task_list_set_contact (HustingsTaskList      *self,
                                                  gint64                 contact_id);
/* Hides a task without touching the file (for a delete that can still be undone), and shows
 * it again. */
void              hustings_task_list_hide        (HustingsTaskList      *self,
                                                  gint64                 id);
void              hustings_task_list_unhide      (HustingsTaskList      *self,
                                                  gint64                 id);
/* The id of the task at position, as the list shows it. */
gint64            hustings_task_list_get_id      (HustingsTaskList      *self,
                                                  guint                  position);

G_END_DECLS
