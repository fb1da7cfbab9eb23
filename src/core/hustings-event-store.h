/* hustings-event-store.h: events, their shifts and signups, their guest lists and the
 * donations made at them, in a committee file (the data-access functions).
 *
 * Every change is one transaction and emits "events-changed" when it commits (linking a
 * donation emits "donations-changed" too). A change refused leaves the file as it was, with
 * HUSTINGS_ERROR_INVALID saying why in words a treasurer understands, HUSTINGS_ERROR_NOT_FOUND
 * for an event, shift, signup or guest the file does not have, or HUSTINGS_ERROR_READ_ONLY.
 *
 * Lists returned as GListModel are snapshots (GListStore) of what the file held when asked:
 * read them again on "events-changed" (and "contacts-changed", for names).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hustings-committee-file.h"
#include "hustings-event.h"

G_BEGIN_DECLS

/* ---- Events ---- */

/* Validates (a name of at most HUSTINGS_EVENT_NAME_MAX characters, a real date, times HH:MM
 * or none with the end after the start, a goal from $0 to $999,999,999.99) and inserts; sets
 * its id. */
gboolean       hustings_event_store_add              (HustingsCommitteeFile  *file,
                                                      HustingsEvent          *event,
                                                      GError                **error);
/* Validates and saves an edited event. Refused when its capacity is lower than the people
 * who already said yes (guests counted). */
gboolean       hustings_event_store_update           (HustingsCommitteeFile  *file,
                                                      HustingsEvent          *event,
                                                      GError                **error);
/* Deletes the event with its shifts, their signups (and the hours logged on them) and its
 * guest list; the donations made at it stay, no longer linked to it. */
gboolean       hustings_event_store_delete           (HustingsCommitteeFile  *file,
                                                      gint64                  event_id,
                                                      GError                **error);
/* The event with its summary; NULL with HUSTINGS_ERROR_NOT_FOUND when the file does not have
 * it. */
HustingsEvent *hustings_event_store_get              (HustingsCommitteeFile  *file,
                                                      gint64                  event_id,
                                                      GError                **error);
/* The ids of the events on or after today (YYYY-MM-DD; NULL: today's local date), soonest
 * first (by date, start time, id); with include_past, followed by the earlier ones, the most
 * recent first. */
GArray        *hustings_event_store_list_ids         (HustingsCommitteeFile  *file,
                                                      const char             *today,
                                                      gboolean                include_past);

/* ---- Shifts ---- */

/* Validates (a role, times HH:MM with the end after the start, at least one slot, an event
 * the file has) and inserts; sets its id. */
gboolean       hustings_event_store_add_shift        (HustingsCommitteeFile  *file,
                                                      HustingsShift          *shift,
                                                      GError                **error);
/* Validates and saves an edited shift. Refused when it would have fewer slots than people
 * signed up, or when its new times would overlap another shift of the event that one of them
 * signed up for. */
gboolean       hustings_event_store_update_shift     (HustingsCommitteeFile  *file,
                                                      HustingsShift          *shift,
                                                      GError                **error);
/* Deletes the shift with its signups and the hours logged on them. */
gboolean       hustings_event_store_delete_shift     (HustingsCommitteeFile  *file,
                                                      gint64                  shift_id,
                                                      GError                **error);
/* The shift with its counts; NULL with HUSTINGS_ERROR_NOT_FOUND. */
HustingsShift *hustings_event_store_get_shift        (HustingsCommitteeFile  *file,
                                                      gint64                  shift_id,
                                                      GError                **error);
/* HustingsShift items of an event, by start time, then role, then id. */
GListModel    *hustings_event_store_list_shifts      (HustingsCommitteeFile  *file,
                                                      gint64                  event_id);

/* ---- Signups ---- */

/* Signs a contact up for a shift. Refused when the shift is full, when they are already
 * signed up for it, or when they are signed up for another shift of the same event at an
 * overlapping time (one that ends as this one starts does not overlap). */
gboolean       hustings_event_store_sign_up          (HustingsCommitteeFile  *file,
                                                      gint64                  shift_id,
                                                      gint64                  contact_id,
                                                      GError                **error);
/* Takes them off the shift, which frees the slot. Refused once they checked in: undo the
 * check-in first, so that hours worked are not lost by mistake. */
gboolean       hustings_event_store_cancel_signup    (HustingsCommitteeFile  *file,
                                                      gint64                  shift_id,
                                                      gint64                  contact_id,
                                                      GError                **error);
/* Checks a signed-up person in and logs the minutes they worked: minutes, or the shift's
 * length when minutes is -1. Refused when they are already checked in. */
gboolean       hustings_event_store_check_in         (HustingsCommitteeFile  *file,
                                                      gint64                  shift_id,
                                                      gint64                  contact_id,
                                                      int                     minutes,
                                                      GError                **error);
/* Corrects the minutes logged for someone checked in (0 to 1440). */
gboolean       hustings_event_store_set_minutes      (HustingsCommitteeFile  *file,
                                                      gint64                  shift_id,
                                                      gint64                  contact_id,
                                                      int                     minutes,
                                                      GError                **error);
/* Undoes a check-in: they are signed up again, with no minutes logged. */
gboolean       hustings_event_store_undo_check_in    (HustingsCommitteeFile  *file,
                                                      gint64                  shift_id,
                                                      gint64                  contact_id,
                                                      GError                **error);
/* HustingsSignup items of a shift, by name. */
GListModel    *hustings_event_store_list_signups     (HustingsCommitteeFile  *file,
                                                      gint64                  shift_id);

/* ---- Guests ---- */

/* Puts contacts on the guest list (answer "invited"), n of them (a segment's members, say);
 * those already on it stay as they are. out_added (may be NULL) gets how many were added.
 * Refused, with nobody added, when one of them is not a contact of the file. */
gboolean       hustings_event_store_invite           (HustingsCommitteeFile  *file,
                                                      gint64                  event_id,
                                                      const gint64           *contact_ids,
                                                      gsize                   n,
                                                      guint                  *out_added,
                                                      GError                **error);
/* Records an answer and the number of guests the contact brings (0 for a "no"); puts them on
 * the list if they were not. A "yes" is refused when the event has a capacity and the people
 * who said yes, with this party, would be more than it holds. */
gboolean       hustings_event_store_rsvp             (HustingsCommitteeFile  *file,
                                                      gint64                  event_id,
                                                      gint64                  contact_id,
                                                      HustingsRsvp            rsvp,
                                                      guint                   guests,
                                                      GError                **error);
/* Takes a contact off the guest list. */
gboolean       hustings_event_store_remove_guest     (HustingsCommitteeFile  *file,
                                                      gint64                  event_id,
                                                      gint64                  contact_id,
                                                      GError                **error);
/* Checks a contact in at the door with the guests who came with them (guests -1: as many as
 * they said they would bring). Someone not on the list is a walk-in: added as a "yes" and
 * checked in (out_walk_in, which may be NULL, says so). Anyone who came counts as a "yes".
 * Never refused for capacity: they are at the door. Refused when already checked in. */
gboolean       hustings_event_store_check_in_guest   (HustingsCommitteeFile  *file,
                                                      gint64                  event_id,
                                                      gint64                  contact_id,
                                                      int                     guests,
                                                      gboolean               *out_walk_in,
                                                      GError                **error);
/* Undoes a check-in at the door; the answer stays. */
gboolean       hustings_event_store_undo_guest_check_in (HustingsCommitteeFile *file,
                                                         gint64                 event_id,
                                                         gint64                 contact_id,
                                                         GError               **error);
/* One entry of the guest list; NULL with HUSTINGS_ERROR_NOT_FOUND when they are not on it. */
HustingsGuest *hustings_event_store_get_guest        (HustingsCommitteeFile  *file,
                                                      gint64                  event_id,
                                                      gint64                  contact_id,
                                                      GError                **error);
/* HustingsGuest items of an event, by name. */
GListModel    *hustings_event_store_list_guests      (HustingsCommitteeFile  *file,
                                                      gint64                  event_id);

/* ---- Donations made at an event (ticket revenue) ---- */

/* Links a donation to the event it was given at (event_id 0: to none). Its refunds follow
 * it. Emits "events-changed" and "donations-changed". */
gboolean       hustings_event_store_link_donation    (HustingsCommitteeFile  *file,
                                                      gint64                  donation_id,
                                                      gint64                  event_id,
                                                      GError                **error);
/* The event a donation is linked to; 0 for none (or no such donation). */
gint64         hustings_event_store_donation_event   (HustingsCommitteeFile  *file,
                                                      gint64                  donation_id);
/* The ids of the donations linked to an event and of their refunds, by date then id (see
 * hustings_donation_store_get): the event's revenue is their sum. */
GArray        *hustings_event_store_list_donation_ids (HustingsCommitteeFile *file,
                                                       gint64                 event_id);

G_END_DECLS
