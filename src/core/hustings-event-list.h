/* hustings-event-list.h: a lazy GListModel of a committee file's events, upcoming first.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hustings-committee-file.h"
#include "hustings-event-store.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_EVENT_LIST (hustings_event_list_get_type ())
G_DECLARE_FINAL_TYPE (HustingsEventList, hustings_event_list, HUSTINGS, EVENT_LIST, GObject)

/* Items are HustingsEvent with their summary (RSVPs, attendance, open slots, revenue). Shows
 * the events from today on, soonest first (see hustings_event_store_list_ids). Follows the
 * file's "events-changed", "donations-changed" (revenue) and "contacts-changed" (a contact
 * deleted leaves guest lists and shifts) by itself. */
HustingsEventList *hustings_event_list_new              (HustingsCommitteeFile *file);
/* With include_past, the earlier events follow, the most recent first. FALSE at first. */
void               hustings_event_list_set_include_past (HustingsEventList     *self,
                                                         gboolean               include_past);
gboolean           hustings_event_list_get_include_past (HustingsEventList     *self);
/* Hides an event without touching the file (for a delete that can still be undone), and
 * shows it again. */
void               hustings_event_list_hide             (HustingsEventList     *self,
                                                         gint64                 event_id);
void               hustings_event_list_unhide           (HustingsEventList     *self,
                                                         gint64                 event_id);
/* The id of the event at position. */
gint64             hustings_event_list_get_id           (HustingsEventList     *self,
                                                         guint                  position);
/* The position of an event, or G_MAXUINT when the list does not show it. */
guint              hustings_event_list_find             (HustingsEventList     *self,
                                                         gint64                 event_id);

G_END_DECLS
