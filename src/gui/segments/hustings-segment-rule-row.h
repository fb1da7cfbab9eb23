/* hustings-segment-rule-row.h: one rule of a segment being built: its kind, how it compares
 * ("is", "is not", "at least"…) and the values its kind takes, each in its own widget.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_SEGMENT_RULE_ROW (hustings_segment_rule_row_get_type ())
G_DECLARE_FINAL_TYPE (HustingsSegmentRuleRow, hustings_segment_rule_row, HUSTINGS,
                      SEGMENT_RULE_ROW, GtkListBoxRow)

/* Signals: "changed" (void) when the user changes the rule; "remove" (void) when they ask
 * for it to go. */

/* A rule of kind with nothing filled in. The tags, skills and events offered are file's. */
GtkWidget  *hustings_segment_rule_row_new        (HustingsCommitteeFile     *file,
                                                  HustingsSegmentKind        kind);
/* Shows rule (of the row's kind). */
void        hustings_segment_rule_row_set_rule   (HustingsSegmentRuleRow    *self,
                                                  const HustingsSegmentRule *rule);
/* Appends the rule shown to segment. FALSE + error when a value cannot be read (an amount
 * that is not one). With commit, dates still being typed are read first and a date that
 * cannot be read is an error too. */
gboolean    hustings_segment_rule_row_add_to     (HustingsSegmentRuleRow    *self,
                                                  HustingsSegment           *segment,
                                                  gboolean                   commit,
                                                  GError                   **error);
/* A menu of the kinds of rule, in sections (where, who, giving, events, what is on file), each
 * item activating action with the kind's name (hustings_segment_kind_to_string) as target. */
GMenuModel *hustings_segment_rule_row_kinds_menu (const char                *action);

G_END_DECLS
