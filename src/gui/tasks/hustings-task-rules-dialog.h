/* hustings-task-rules-dialog.h: the automatic task rules of a committee file, each with a
 * switch and its days; changes are saved, and the rule run, by the window's task runner.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"
#include "hustings-task-runner.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_TASK_RULES_DIALOG (hustings_task_rules_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HustingsTaskRulesDialog, hustings_task_rules_dialog, HUSTINGS,
                      TASK_RULES_DIALOG, AdwPreferencesWindow)

/* One expander row per rule (its title hustings_task_rule_describe): its enable switch turns
 * the rule on, its row of days sets N. Read-only files show them insensitive. */
HustingsTaskRulesDialog *hustings_task_rules_dialog_new (GtkWindow             *parent,
                                                         HustingsCommitteeFile *file,
                                                         HustingsTaskRunner    *runner);

G_END_DECLS
