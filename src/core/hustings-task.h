/* hustings-task.h: a task or reminder, on a contact or not, with an optional due date, as
 * plain data. Tasks an automatic rule made (hustings-task-rules.h) name the rule.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "hustings-types.h"

G_BEGIN_DECLS

/* The longest title, in characters; notes have no limit. */
#define HUSTINGS_TASK_TITLE_MAX 200

#define HUSTINGS_TYPE_TASK (hustings_task_get_type ())
G_DECLARE_FINAL_TYPE (HustingsTask, hustings_task, HUSTINGS, TASK, GObject)

/* Properties (read-only), what list cells bind to: "id", "title", "notes", "due-date"
 * (YYYY-MM-DD or NULL), "due-text" ("Mar 4, 2026" or ""), "contact-id" (0: none),
 * "contact-name" ("" for none), "done" (gboolean), "done-at" (UTC timestamp or NULL),
 * "overdue" (gboolean: open and due before today's date when read), "rule" ("thank-donor"…
 * or NULL), "rule-text" ("Thank new donors"… or "": what made it), "created-at". */

HustingsTask *hustings_task_new              (void);
HustingsTask *hustings_task_copy             (HustingsTask *self);
gint64        hustings_task_get_id           (HustingsTask *self);
const char   *hustings_task_get_title        (HustingsTask *self);
void          hustings_task_set_title        (HustingsTask *self,
                                              const char   *title);
const char   *hustings_task_get_notes        (HustingsTask *self);
void          hustings_task_set_notes        (HustingsTask *self,
                                              const char   *notes);
/* YYYY-MM-DD, or NULL for a task without a due date (NULL or "" sets none). */
const char   *hustings_task_get_due_date     (HustingsTask *self);
void          hustings_task_set_due_date     (HustingsTask *self,
                                              const char   *date);
/* The contact it is about; 0 for none. */
gint64        hustings_task_get_contact_id   (HustingsTask *self);
void          hustings_task_set_contact_id   (HustingsTask *self,
                                              gint64        contact_id);
/* The contact's display name, filled in when read from a file or saved; "" for none. */
const char   *hustings_task_get_contact_name (HustingsTask *self);
/* When it was completed (UTC timestamp), or NULL while it is open. */
const char   *hustings_task_get_done_at      (HustingsTask *self);
gboolean      hustings_task_is_done          (HustingsTask *self);
/* Open and due before today (YYYY-MM-DD). */
gboolean      hustings_task_is_overdue       (HustingsTask *self,
                                              const char   *today);
/* The rule that made it ("thank-donor", "best-efforts", "shift-reminder") and what it is
 * about for that rule; NULL for a task the user made. */
const char   *hustings_task_get_rule         (HustingsTask *self);
const char   *hustings_task_get_rule_key     (HustingsTask *self);
/* When it was made (UTC timestamp). */
const char   *hustings_task_get_created_at   (HustingsTask *self);
/* Checks what a treasurer could get wrong (all but whether the contact exists): a title of
 * 1 to HUSTINGS_TASK_TITLE_MAX characters, a real due date or none. HUSTINGS_ERROR_INVALID
 * says why. */
gboolean      hustings_task_validate         (HustingsTask *self,
                                              GError      **error);

G_END_DECLS
