/* hustings-event-page.h: one event: its details, its shifts and who signed up for them, its
 * guest list with answers and check-in at the door, and what it raised against its goal.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_EVENT_PAGE (hustings_event_page_get_type ())
G_DECLARE_FINAL_TYPE (HustingsEventPage, hustings_event_page, HUSTINGS, EVENT_PAGE, AdwBin)

/* Actions: event.edit, event.delete (asks), event.add-shift (asks), event.delete-shift (x),
 * event.sign-up (x: a shift; asks for the contact), event.check-in, event.undo-check-in and
 * event.cancel-signup ((xx): shift, contact), event.invite and event.walk-in (ask for the
 * contact), event.rsvp ((xsu): contact, "yes"/"no"/"maybe"/"invited", guests),
 * event.check-in-guest, event.undo-guest-check-in and event.remove-guest (x: contact).
 * A change refused shows why in a toast. */

void     hustings_event_page_set_file   (HustingsEventPage      *self,
                                         HustingsCommitteeFile  *file);
/* Shows the event; FALSE + error when the file does not have it. */
gboolean hustings_event_page_show_event (HustingsEventPage      *self,
                                         gint64                  event_id,
                                         GError                **error);
gint64   hustings_event_page_get_event_id (HustingsEventPage    *self);

G_END_DECLS
