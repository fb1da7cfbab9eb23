/* hustings-interaction.h: one entry of a contact's interaction log (a call, an email, a
 * meeting, a letter, a text, a door knock), as plain data.
 *
 * When it happened is either a moment, kept as a UTC timestamp "YYYY-MM-DDTHH:MM:SSZ" and
 * shown in local time, or only a day, "YYYY-MM-DD" (a letter mailed that day). Lists put a
 * day's timed entries before those that have only the day, newest first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "hustings-types.h"

G_BEGIN_DECLS

typedef enum {
  HUSTINGS_INTERACTION_CALL,
  HUSTINGS_INTERACTION_EMAIL,
  HUSTINGS_INTERACTION_MEETING,
  HUSTINGS_INTERACTION_LETTER,
  HUSTINGS_INTERACTION_TEXT,
  HUSTINGS_INTERACTION_DOOR,
  HUSTINGS_INTERACTION_OTHER,
  HUSTINGS_N_INTERACTION_KINDS
} HustingsInteractionKind;

/* The longest outcome, in characters ("Left a message", "Will host a house party"); notes
 * have no limit. */
#define HUSTINGS_INTERACTION_OUTCOME_MAX 200

#define HUSTINGS_TYPE_INTERACTION (hustings_interaction_get_type ())
G_DECLARE_FINAL_TYPE (HustingsInteraction, hustings_interaction, HUSTINGS, INTERACTION, GObject)

/* Properties (read-only), what list cells bind to: "id", "contact-id", "contact-name",
 * "kind" (int), "kind-text" ("Call"), "occurred-at" (as stored), "date" (local YYYY-MM-DD),
 * "time" (local "HH:MM", "" for a day only), "when-text" ("Mar 4, 2026, 6:30 PM" or
 * "Mar 4, 2026"), "outcome", "notes". */

/* A call, now. */
HustingsInteraction    *hustings_interaction_new              (void);
HustingsInteraction    *hustings_interaction_copy             (HustingsInteraction     *self);
gint64                  hustings_interaction_get_id           (HustingsInteraction     *self);
gint64                  hustings_interaction_get_contact_id   (HustingsInteraction     *self);
void                    hustings_interaction_set_contact_id   (HustingsInteraction     *self,
                                                               gint64                   contact_id);
/* The contact's display name, filled in when read from a file or saved. */
const char             *hustings_interaction_get_contact_name (HustingsInteraction     *self);
HustingsInteractionKind hustings_interaction_get_kind         (HustingsInteraction     *self);
void                    hustings_interaction_set_kind         (HustingsInteraction     *self,
                                                               HustingsInteractionKind  kind);
/* "YYYY-MM-DDTHH:MM:SSZ" (UTC) or "YYYY-MM-DD"; checked when saved. */
const char             *hustings_interaction_get_occurred_at  (HustingsInteraction     *self);
void                    hustings_interaction_set_occurred_at  (HustingsInteraction     *self,
                                                               const char              *when);
/* When as the user gives it: a local date (YYYY-MM-DD, or M/D/YYYY) and a local time of day
 * ("18:30", "6:30 pm", "6 PM"), or no time (NULL or "") for the day only. HUSTINGS_ERROR_INVALID
 * says what is wrong; nothing changes then. */
gboolean                hustings_interaction_set_when_local   (HustingsInteraction     *self,
                                                               const char              *date,
                                                               const char              *time,
                                                               GError                 **error);
/* The local day (YYYY-MM-DD) and time of day ("HH:MM", "" for the day only). */
char                   *hustings_interaction_dup_date         (HustingsInteraction     *self);
char                   *hustings_interaction_dup_time         (HustingsInteraction     *self);
const char             *hustings_interaction_get_outcome      (HustingsInteraction     *self);
void                    hustings_interaction_set_outcome      (HustingsInteraction     *self,
                                                               const char              *outcome);
const char             *hustings_interaction_get_notes        (HustingsInteraction     *self);
void                    hustings_interaction_set_notes        (HustingsInteraction     *self,
                                                               const char              *notes);
/* Checks what a treasurer could get wrong (all but whether the contact exists): a real
 * moment or day, an outcome of at most HUSTINGS_INTERACTION_OUTCOME_MAX characters.
 * HUSTINGS_ERROR_INVALID says why. */
gboolean                hustings_interaction_validate         (HustingsInteraction     *self,
                                                               GError                 **error);

/* Stable ids for files and the command line: "call", "email", "meeting", "letter", "text",
 * "door", "other" (the schema's). */
const char             *hustings_interaction_kind_to_string   (HustingsInteractionKind  kind);
gboolean                hustings_interaction_kind_from_string (const char              *text,
                                                               HustingsInteractionKind *out_kind);
/* "Call", "Email", "Meeting", "Letter", "Text message", "Door knock", "Other": translated. */
const char             *hustings_interaction_kind_describe    (HustingsInteractionKind  kind);

/* hustings_time_format (hustings-event.h), but "" for a text that is not a time HH:MM. */
char                   *hustings_time_of_day_format           (const char              *time);

G_END_DECLS
