/* hustings-event.h: events (fundraisers, town halls, phone banks, canvasses…), their shifts,
 * who signed up for a shift and who is on the guest list, as plain data; and the times of day
 * they are held at.
 *
 * Events, shifts and the guest list are read and changed through hustings-event-store.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "hustings-types.h"

G_BEGIN_DECLS

/* ---- Times of day ----
 *
 * A time of day is local and written "HH:MM" on the 24-hour clock ("09:00", "18:30"). */

/* TRUE when text is a time of day written HH:MM, from "00:00" to "23:59". */
gboolean    hustings_time_is_valid      (const char  *text);
/* Parses a time as people type it ("9", "9:30", "09:30", "21:30", "9am", "9:30 p.m.", "12 PM")
 * into HH:MM; NULL with HUSTINGS_ERROR_INVALID saying why when it is none. */
char       *hustings_time_normalize     (const char  *text,
                                         GError     **error);
/* The minutes since midnight of a time HH:MM; -1 when it is not one. */
int         hustings_time_to_minutes    (const char  *time);
/* A time for display: "6:30 PM", or "18:30" where the locale has no AM and PM; "" for "". */
char       *hustings_time_format        (const char  *time);
/* A range for display: "6:00 PM – 8:00 PM"; the start alone without an end; "" without a
 * start. */
char       *hustings_time_range_format  (const char  *starts,
                                         const char  *ends);
/* Minutes as hours: "2.5", "12", "0.33" (at most two decimals, rounded; "0" for none). */
char       *hustings_hours_format       (gint64       minutes);

/* ---- Kinds of event ---- */

typedef enum {
  HUSTINGS_EVENT_FUNDRAISER,
  HUSTINGS_EVENT_TOWN_HALL,
  HUSTINGS_EVENT_PHONE_BANK,
  HUSTINGS_EVENT_CANVASS,
  HUSTINGS_EVENT_MEETING,
  HUSTINGS_EVENT_OTHER,
  HUSTINGS_N_EVENT_KINDS
} HustingsEventKind;

/* "fundraiser", "town-hall", "phone-bank", "canvass", "meeting", "other". */
const char *hustings_event_kind_to_string   (HustingsEventKind  kind);
gboolean    hustings_event_kind_from_string (const char        *text,
                                             HustingsEventKind *out_kind);
/* "Fundraiser", "Town hall"…, translated. */
const char *hustings_event_kind_describe    (HustingsEventKind  kind);

/* ---- Answers to an invitation ---- */

typedef enum {
  HUSTINGS_RSVP_INVITED,   /* on the guest list, no answer yet */
  HUSTINGS_RSVP_YES,
  HUSTINGS_RSVP_NO,
  HUSTINGS_RSVP_MAYBE,
  HUSTINGS_N_RSVPS
} HustingsRsvp;

/* "invited", "yes", "no", "maybe". */
const char *hustings_rsvp_to_string   (HustingsRsvp  rsvp);
gboolean    hustings_rsvp_from_string (const char   *text,
                                       HustingsRsvp *out_rsvp);
/* "Invited", "Yes", "No", "Maybe", translated. */
const char *hustings_rsvp_describe    (HustingsRsvp  rsvp);

/* ---- An event ---- */

#define HUSTINGS_TYPE_EVENT (hustings_event_get_type ())
G_DECLARE_FINAL_TYPE (HustingsEvent, hustings_event, HUSTINGS, EVENT, GObject)

/* The longest name an event may have, in characters. */
#define HUSTINGS_EVENT_NAME_MAX 200

/* What the store counts for an event when it reads it. A party is one guest-list entry: the
 * contact and the guests they bring. */
typedef struct {
  guint  invited;     /* parties on the guest list, whatever they answered */
  guint  yes;         /* people coming: the parties that said yes, with their guests */
  guint  maybe;       /* people who may come: the parties that said maybe, with their guests */
  guint  no;          /* parties that said no */
  guint  checked_in;  /* people checked in at the door, with their guests */
  guint  shifts;
  guint  slots;       /* of all its shifts */
  guint  signups;     /* of all its shifts */
  guint  open_slots;  /* the gaps to fill: each shift's slots less its signups, added up */
  gint64 minutes;     /* worked on its shifts, as logged at check-in */
  gint64 revenue;     /* cents: the donations linked to it, less their refunds */
  guint  donations;   /* donations linked to it */
} HustingsEventSummary;

/* Properties (read-only), what list cells bind to: "id", "name", "kind" (a HustingsEventKind,
 * guint), "kind-text" ("Town hall"), "date" (YYYY-MM-DD), "date-text" ("Mar 4, 2026"),
 * "starts", "ends" (HH:MM or ""), "time-text" ("6:00 PM – 8:00 PM"), "place", "address",
 * "capacity" (guint, 0: no limit), "goal" (gint64 cents, 0: none), "goal-text" ("$5,000.00",
 * "" without a goal), "notes"; and from the summary: "invited", "yes", "maybe", "checked-in",
 * "shifts", "open-slots" (guint), "revenue" (gint64 cents), "revenue-text" ("$1,250.00"),
 * "progress" (double, revenue over goal from 0.0 to 1.0; 0.0 without a goal). */

HustingsEvent     *hustings_event_new           (void);
HustingsEvent     *hustings_event_copy          (HustingsEvent     *self);
/* 0 until saved. */
gint64             hustings_event_get_id        (HustingsEvent     *self);
const char        *hustings_event_get_name      (HustingsEvent     *self);
void               hustings_event_set_name      (HustingsEvent     *self,
                                                 const char        *name);
HustingsEventKind  hustings_event_get_kind      (HustingsEvent     *self);
void               hustings_event_set_kind      (HustingsEvent     *self,
                                                 HustingsEventKind  kind);
/* YYYY-MM-DD; today for a new event. */
const char        *hustings_event_get_date      (HustingsEvent     *self);
void               hustings_event_set_date      (HustingsEvent     *self,
                                                 const char        *date);
/* HH:MM, or "" when not set. An event with an end has a start, and ends after it. */
const char        *hustings_event_get_starts    (HustingsEvent     *self);
void               hustings_event_set_starts    (HustingsEvent     *self,
                                                 const char        *time);
const char        *hustings_event_get_ends      (HustingsEvent     *self);
void               hustings_event_set_ends      (HustingsEvent     *self,
                                                 const char        *time);
/* Where: a name ("Fulton Union Hall") and an address, free text. */
const char        *hustings_event_get_place     (HustingsEvent     *self);
void               hustings_event_set_place     (HustingsEvent     *self,
                                                 const char        *place);
const char        *hustings_event_get_address   (HustingsEvent     *self);
void               hustings_event_set_address   (HustingsEvent     *self,
                                                 const char        *address);
/* How many people it holds, guests counted; 0 for no limit. */
guint              hustings_event_get_capacity  (HustingsEvent     *self);
void               hustings_event_set_capacity  (HustingsEvent     *self,
                                                 guint              capacity);
/* What it should raise, in cents; 0 for no goal. */
gint64             hustings_event_get_goal      (HustingsEvent     *self);
void               hustings_event_set_goal      (HustingsEvent     *self,
                                                 gint64             cents);
const char        *hustings_event_get_notes     (HustingsEvent     *self);
void               hustings_event_set_notes     (HustingsEvent     *self,
                                                 const char        *notes);
/* The counts read with the event (all zero for one not read from a file). */
const HustingsEventSummary *hustings_event_get_summary (HustingsEvent *self);
/* The revenue over the goal, from 0.0 to 1.0; 0.0 without a goal. */
double             hustings_event_get_progress  (HustingsEvent     *self);

/* ---- A shift: a role to fill at an event, for a time, by a number of people ---- */

#define HUSTINGS_TYPE_SHIFT (hustings_shift_get_type ())
G_DECLARE_FINAL_TYPE (HustingsShift, hustings_shift, HUSTINGS, SHIFT, GObject)

/* Properties (read-only): "id", "event-id", "role", "starts", "ends" (HH:MM), "time-text"
 * ("5:00 PM – 7:00 PM"), "length" (guint minutes), "slots", "signups", "open" (slots not
 * taken: the gap to fill), "checked-in" (guint: signups checked in). */

HustingsShift *hustings_shift_new            (gint64         event_id);
HustingsShift *hustings_shift_copy           (HustingsShift *self);
/* 0 until saved. */
gint64         hustings_shift_get_id         (HustingsShift *self);
gint64         hustings_shift_get_event_id   (HustingsShift *self);
/* What the people do: "Phone bank", "Setup", "Greeter". */
const char    *hustings_shift_get_role       (HustingsShift *self);
void           hustings_shift_set_role       (HustingsShift *self,
                                              const char    *role);
/* HH:MM; the shift ends after it starts, on the event's date. */
const char    *hustings_shift_get_starts     (HustingsShift *self);
void           hustings_shift_set_starts     (HustingsShift *self,
                                              const char    *time);
const char    *hustings_shift_get_ends       (HustingsShift *self);
void           hustings_shift_set_ends       (HustingsShift *self,
                                              const char    *time);
/* How many people it needs, at least 1. */
guint          hustings_shift_get_slots      (HustingsShift *self);
void           hustings_shift_set_slots      (HustingsShift *self,
                                              guint          slots);
/* Its length in minutes (0 while its times are not valid). */
guint          hustings_shift_get_length     (HustingsShift *self);
/* Counted when read from a file. */
guint          hustings_shift_get_signups    (HustingsShift *self);
guint          hustings_shift_get_checked_in (HustingsShift *self);
/* The slots not taken: the gap to fill (0 when full). */
guint          hustings_shift_get_open       (HustingsShift *self);

/* ---- A signup: one person on one shift (read-only, as the store reads it) ---- */

#define HUSTINGS_TYPE_SIGNUP (hustings_signup_get_type ())
G_DECLARE_FINAL_TYPE (HustingsSignup, hustings_signup, HUSTINGS, SIGNUP, GObject)

/* Properties (read-only): "shift-id", "contact-id", "name" (the person's display name),
 * "email", "phone" (their first, or ""), "event-id", "event-name", "date", "date-text",
 * "role", "starts", "ends", "time-text", "signed-up-at" (UTC timestamp), "checked-in"
 * (gboolean), "checked-in-at" (UTC timestamp or NULL), "minutes" (gint64, worked: 0 until
 * checked in), "hours-text" ("2.5"; "" until checked in). */

gint64      hustings_signup_get_shift_id      (HustingsSignup *self);
gint64      hustings_signup_get_contact_id    (HustingsSignup *self);
const char *hustings_signup_get_name          (HustingsSignup *self);
const char *hustings_signup_get_email         (HustingsSignup *self);
const char *hustings_signup_get_phone         (HustingsSignup *self);
gint64      hustings_signup_get_event_id      (HustingsSignup *self);
const char *hustings_signup_get_event_name    (HustingsSignup *self);
const char *hustings_signup_get_date          (HustingsSignup *self);
const char *hustings_signup_get_role          (HustingsSignup *self);
const char *hustings_signup_get_starts        (HustingsSignup *self);
const char *hustings_signup_get_ends          (HustingsSignup *self);
const char *hustings_signup_get_signed_up_at  (HustingsSignup *self);
gboolean    hustings_signup_get_checked_in    (HustingsSignup *self);
const char *hustings_signup_get_checked_in_at (HustingsSignup *self);
gint64      hustings_signup_get_minutes       (HustingsSignup *self);

/* ---- A guest: one party on an event's guest list (read-only, as the store reads it) ---- */

#define HUSTINGS_TYPE_GUEST (hustings_guest_get_type ())
G_DECLARE_FINAL_TYPE (HustingsGuest, hustings_guest, HUSTINGS, GUEST, GObject)

/* Properties (read-only): "event-id", "contact-id", "name", "email", "phone", "rsvp" (a
 * HustingsRsvp, guint), "rsvp-text" ("Maybe"), "guests" (guint: the people they bring),
 * "party" (guint: themselves and their guests), "checked-in" (gboolean), "checked-in-at"
 * (UTC timestamp or NULL), "updated-at". */

gint64        hustings_guest_get_event_id      (HustingsGuest *self);
gint64        hustings_guest_get_contact_id    (HustingsGuest *self);
const char   *hustings_guest_get_name          (HustingsGuest *self);
const char   *hustings_guest_get_email         (HustingsGuest *self);
const char   *hustings_guest_get_phone         (HustingsGuest *self);
HustingsRsvp  hustings_guest_get_rsvp          (HustingsGuest *self);
guint         hustings_guest_get_guests        (HustingsGuest *self);
gboolean      hustings_guest_get_checked_in    (HustingsGuest *self);
const char   *hustings_guest_get_checked_in_at (HustingsGuest *self);
const char   *hustings_guest_get_updated_at    (HustingsGuest *self);

G_END_DECLS
