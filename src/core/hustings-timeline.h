/* hustings-timeline.h: a contact's history as the contact page shows it: the interaction log,
 * donations and refunds, the shifts signed up for or worked, and the events invited to,
 * answered or attended, newest first.
 *
 * Order: by local day, newest first; within a day, by local time of day (latest first), the
 * entries without a time after the timed ones; then interactions, donations, shifts, events;
 * then the latest row first. A donation has only its day; a shift has its event's day and its
 * start time; an event its day and start time (if it has one).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hustings-committee-file.h"

G_BEGIN_DECLS

typedef enum {
  HUSTINGS_TIMELINE_INTERACTION, /* id: the interaction (hustings_interaction_store_get) */
  HUSTINGS_TIMELINE_DONATION,    /* id: the donation; also a redesignation, reattribution or
                                  * a receipt other than a contribution (a loan…) */
  HUSTINGS_TIMELINE_REFUND,      /* id: the refund (a negative donation row) */
  HUSTINGS_TIMELINE_SHIFT,       /* id: the shift; event-id: its event */
  HUSTINGS_TIMELINE_EVENT,       /* id and event-id: the event invited to */
} HustingsTimelineKind;

#define HUSTINGS_TYPE_TIMELINE_ITEM (hustings_timeline_item_get_type ())
G_DECLARE_FINAL_TYPE (HustingsTimelineItem, hustings_timeline_item, HUSTINGS, TIMELINE_ITEM,
                      GObject)

/* Properties (read-only): "kind" (int), "id", "event-id" (0 when none), "date" (local
 * YYYY-MM-DD), "time" (local "HH:MM" or ""), "when-text" ("Oct 3, 2026, 6:00 PM"), "title"
 * ("Call: left a message", "Donation", "Refund", "Shift at Phone bank", the event's name),
 * "detail" ("Check 1042 · Spring Gala", "Caller, 6:00 PM – 8:00 PM · worked 2 h",
 * "RSVP yes, 2 guests · attended", an interaction's notes), "amount" (gint64 cents, signed; 0
 * when none), "has-amount" (gboolean: a donation or refund), "amount-text" ("$250.00", "-$50.00"
 * or ""). */

HustingsTimelineKind hustings_timeline_item_get_kind     (HustingsTimelineItem *self);
gint64               hustings_timeline_item_get_id       (HustingsTimelineItem *self);
gint64               hustings_timeline_item_get_event_id (HustingsTimelineItem *self);
const char          *hustings_timeline_item_get_date     (HustingsTimelineItem *self);
const char          *hustings_timeline_item_get_time     (HustingsTimelineItem *self);
const char          *hustings_timeline_item_get_title    (HustingsTimelineItem *self);
const char          *hustings_timeline_item_get_detail   (HustingsTimelineItem *self);
gboolean             hustings_timeline_item_has_amount   (HustingsTimelineItem *self);
gint64               hustings_timeline_item_get_amount   (HustingsTimelineItem *self);

#define HUSTINGS_TYPE_TIMELINE (hustings_timeline_get_type ())
G_DECLARE_FINAL_TYPE (HustingsTimeline, hustings_timeline, HUSTINGS, TIMELINE, GObject)

/* A GListModel of HustingsTimelineItem for contact_id (0: empty), read in one query. Follows
 * the file's "contacts-changed", "donations-changed", "events-changed" and "outreach-changed";
 * emits items-changed only when what it shows changed. Items are made when asked for, so a
 * contact with thousands of gifts costs one query and a few rows' objects. */
HustingsTimeline    *hustings_timeline_new               (HustingsCommitteeFile *file,
                                                          gint64                 contact_id);
gint64               hustings_timeline_get_contact_id    (HustingsTimeline      *self);
void                 hustings_timeline_set_contact_id    (HustingsTimeline      *self,
                                                          gint64                 contact_id);

G_END_DECLS
