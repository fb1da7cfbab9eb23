/* hustings-task-row.h: one task as the tasks pane and the contact editor list it: a check
 * button that completes it (with Undo) or reopens it, its title, when it is due (overdue in
 * red, "Today") and, in the pane, the contact's name as a link that shows the contact.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_TASK_ROW (hustings_task_row_get_type ())
G_DECLARE_FINAL_TYPE (HustingsTaskRow, hustings_task_row, HUSTINGS, TASK_ROW, GtkWidget)

/* Properties: "task" (HustingsTask), "show-contact" (the contact link), "read-only" (the
 * check button is insensitive). The link activates win.show-contact (x: the contact id). */

/* A row for the tasks of file. */
GtkWidget    *hustings_task_row_new      (HustingsCommitteeFile *file,
                                          gboolean               show_contact);
HustingsTask *hustings_task_row_get_task (HustingsTaskRow       *self);
void          hustings_task_row_set_task (HustingsTaskRow       *self,
                                          HustingsTask          *task);

G_END_DECLS
