/* hustings-task-rules.h: the automatic task rules. Each is off until the user switches it on;
 * a rule that is on makes its tasks whenever the rules run (when a committee file is opened,
 * and when the rule is switched on or its days changed).
 *
 * - thank-donor (days N, 7 at first): a task to thank the donor of each gift (a donation of
 *   more than zero that is a contribution: not a refund, a redesignation or reattribution,
 *   nor a loan or other receipt; of a recurring series, only the donor's first installment)
 *   received in the N days up to today; due N days after the gift was received.
 *   "Thank Jane Doe for $250.00 (May 3)".
 * - best-efforts (days N, 30 at first, at most 30): a task for each best-efforts finding of
 *   the compliance check (an individual itemized this cycle or year with no employer or no
 *   occupation on file, hustings-compliance.h): the follow-up request the law wants within 30
 *   days of the gift that passed $200. Due N days after that gift (the finding's deadline
 *   less 30 - N days); today if the finding has no deadline. One task per donor and period.
 *   "Ask Jane Doe for their employer and occupation".
 * - shift-reminder (days N, 1 at first): a task to remind each person signed up for a shift
 *   whose event is in the next N days (today included) and who has not checked in; due N days
 *   before the event, or today when that has passed.
 *   "Remind Sam Lee of Phone bank, 6:00 PM, Oct 3".
 *
 * A rule makes a task once: for the same gift, finding or signup, never again, even after the
 * task was completed (it stays done) or deleted (it stays gone). Tasks stay as made when what
 * they are about changes (a gift refunded, a signup cancelled): the user completes or deletes
 * them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-committee-file.h"

G_BEGIN_DECLS

typedef enum {
  HUSTINGS_TASK_RULE_THANK_DONOR,
  HUSTINGS_TASK_RULE_BEST_EFFORTS,
  HUSTINGS_TASK_RULE_SHIFT_REMINDER,
  HUSTINGS_N_TASK_RULES
} HustingsTaskRule;

/* The most days a rule takes; best-efforts takes at most 30, the law's deadline. */
#define HUSTINGS_TASK_RULE_DAYS_MAX 365

/* "thank-donor", "best-efforts", "shift-reminder": the schema's names. */
const char *hustings_task_rule_to_string   (HustingsTaskRule  rule);
gboolean    hustings_task_rule_from_string (const char       *text,
                                            HustingsTaskRule *out_rule);
/* A title for a switch: "Thank new donors", "Best-efforts follow-up", "Shift reminders";
 * translated. */
const char *hustings_task_rule_describe    (HustingsTaskRule  rule);
/* What the rule does with days, for the switch's subtitle: "A task to thank each donor, due 7
 * days after the gift"; translated. */
char       *hustings_task_rule_explain     (HustingsTaskRule  rule,
                                            int               days);

/* Whether the rule is on, and its days. Either out pointer may be NULL. */
gboolean    hustings_task_rule_get         (HustingsCommitteeFile *file,
                                            HustingsTaskRule       rule,
                                            gboolean              *out_enabled,
                                            int                   *out_days,
                                            GError               **error);
/* Switches the rule on or off and sets its days (0 to HUSTINGS_TASK_RULE_DAYS_MAX; 0 to 30
 * for best-efforts: HUSTINGS_ERROR_INVALID otherwise); a rule left on runs at once, as of today
 * (YYYY-MM-DD; NULL: today's date), in the same transaction. *out_n_made (may be NULL) is
 * the number of tasks it made. */
gboolean    hustings_task_rule_set         (HustingsCommitteeFile *file,
                                            HustingsTaskRule       rule,
                                            gboolean               enabled,
                                            int                    days,
                                            const char            *today,
                                            guint                 *out_n_made,
                                            GError               **error);
/* Makes the tasks the rules that are on call for as of today (YYYY-MM-DD; NULL: today's
 * date), in one transaction; *out_n_made (may be NULL) is how many. Nothing to do, or a file
 * opened read-only (nothing can be saved; the rules run when it is next opened to write),
 * makes none and succeeds. With best-efforts on it runs the compliance check over the file
 * (hustings_compliance_check: about a second for a million donations). */
gboolean    hustings_task_rules_run        (HustingsCommitteeFile *file,
                                            const char            *today,
                                            guint                 *out_n_made,
                                            GError               **error);

G_END_DECLS
