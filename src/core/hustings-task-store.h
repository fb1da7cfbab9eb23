/* hustings-task-store.h: tasks in a committee file (the data-access functions). Every change
 * is one transaction and emits "outreach-changed".
 *
 * Deleting a task a rule made keeps a trace of it (a row without a title that no list shows),
 * so that the rule does not make it again; deleting a task the user made removes it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-committee-file.h"
#include "hustings-task.h"

G_BEGIN_DECLS

typedef enum {
  HUSTINGS_TASK_OPEN, /* not done: by due date (so the overdue come first), undated last */
  HUSTINGS_TASK_DONE, /* done: the latest completed first */
  HUSTINGS_TASK_ALL,  /* the open ones as above, then the done ones */
} HustingsTaskFilter;

/* Validates (see hustings_task_validate; a contact, when given, is in the file) and inserts an
 * open task; sets its id, contact name and creation time. */
gboolean      hustings_task_store_add      (HustingsCommitteeFile *file,
                                            HustingsTask          *task,
                                            GError               **error);
/* Validates and saves the title, notes, due date and contact of an edited task (whether it is
 * done changes only through set_done). */
gboolean      hustings_task_store_update   (HustingsCommitteeFile *file,
                                            HustingsTask          *task,
                                            GError               **error);
/* Completes (done TRUE: stamps done_at now, unless it is done already) or reopens a task. */
gboolean      hustings_task_store_set_done (HustingsCommitteeFile *file,
                                            gint64                 id,
                                            gboolean               done,
                                            GError               **error);
gboolean      hustings_task_store_delete   (HustingsCommitteeFile *file,
                                            gint64                 id,
                                            GError               **error);
/* NULL with HUSTINGS_ERROR_NOT_FOUND when the file does not have it (or it was deleted). */
HustingsTask *hustings_task_store_get      (HustingsCommitteeFile *file,
                                            gint64                 id,
                                            GError               **error);
/* The ids (gint64) of the tasks filter selects, in its order, ties by id; contact_id 0: all
 * tasks, otherwise that contact's. */
GArray       *hustings_task_store_list_ids (HustingsCommitteeFile *file,
                                            HustingsTaskFilter     filter,
                                            gint64                 contact_id);
/* For a badge: how many open tasks are overdue (due before today, YYYY-MM-DD) and how many
 * are due today. Either out pointer may be NULL. */
void          hustings_task_store_count_due (HustingsCommitteeFile *file,
                                             const char            *today,
                                             guint                 *out_overdue,
                                             guint                 *out_due_today);

G_END_DECLS
