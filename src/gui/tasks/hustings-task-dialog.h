/* hustings-task-dialog.h: a dialog for a new task, or to edit or delete one: its title, when it
 * is due, the contact it is about (optional) and notes.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_TASK_DIALOG (hustings_task_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HustingsTaskDialog, hustings_task_dialog, HUSTINGS, TASK_DIALOG,
                      AdwWindow)

/* Actions: dialog.save adds or saves, then closes; dialog.delete (editing only) asks, then
 * deletes. */

/* A new task, on the contact with contact_id (0: none, to choose in the dialog). */
HustingsTaskDialog *hustings_task_dialog_new      (GtkWindow              *parent,
                                                   HustingsCommitteeFile  *file,
                                                   gint64                  contact_id);
/* NULL + error when the file does not have the task. */
HustingsTaskDialog *hustings_task_dialog_new_edit (GtkWindow              *parent,
                                                   HustingsCommitteeFile  *file,
                                                   gint64                  task_id,
                                                   GError                **error);
/* Opens the task over widget's window to be edited; says why in a toast when it cannot (it is
 * gone). */
void                hustings_task_dialog_edit     (GtkWidget              *widget,
                                                   HustingsCommitteeFile  *file,
                                                   gint64                  task_id);

G_END_DECLS
