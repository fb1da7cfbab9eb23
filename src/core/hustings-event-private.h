/* hustings-event-private.h: what the event store sets on the events, shifts, signups and
 * guests it reads or saves.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-committee-file.h"
#include "hustings-event.h"

G_BEGIN_DECLS

/* The first email and phone of the contact whose id is the SQL expression id, or "". */
#define HUSTINGS_FIRST_EMAIL_SQL(id) \
  "coalesce((SELECT email FROM contact_email WHERE contact_id = " id \
  " ORDER BY position, id LIMIT 1), '')"
#define HUSTINGS_FIRST_PHONE_SQL(id) \
  "coalesce((SELECT phone FROM contact_phone WHERE contact_id = " id \
  " ORDER BY position, id LIMIT 1), '')"

/* Signups and guests are filled in field by field by the store that reads them. Strings are
 * owned; none is NULL but checked_in_at. */
struct _HustingsSignup
{
  GObject  parent_instance;

  gint64   shift_id;
  gint64   contact_id;
  char    *name;
  char    *email;
  char    *phone;
  gint64   event_id;
  char    *event_name;
  char    *date;
  char    *role;
  char    *starts;
  char    *ends;
  char    *signed_up_at;
  char    *checked_in_at;
  gint64   minutes;
};

struct _HustingsGuest
{
  GObject       parent_instance;

  gint64        event_id;
  gint64        contact_id;
  char         *name;
  char         *email;
  char         *phone;
  HustingsRsvp  rsvp;
  guint         guests;
  char         *checked_in_at;
  char         *updated_at;
};

HustingsSignup *hustings_signup_new        (void);
HustingsGuest  *hustings_guest_new         (void);

/* HustingsSignup items: those of a shift by name (shift_id > 0), or those of a contact, the
 * latest event first (contact_id > 0): for hustings_event_store_list_signups and
 * hustings_volunteer_store_history. */
GListModel     *hustings_event_store_read_signups (HustingsCommitteeFile *file,
                                                   gint64                 shift_id,
                                                   gint64                 contact_id);

void            hustings_event_set_id      (HustingsEvent              *self,
                                            gint64                      id);
void            hustings_event_set_summary (HustingsEvent              *self,
                                            const HustingsEventSummary *summary);
/* Checks what the event says against the rules that need no file (a name, a real date, times
 * HH:MM with the end after the start, a goal in range), and trims its name. */
gboolean        hustings_event_check       (HustingsEvent              *self,
                                            GError                    **error);

void            hustings_shift_set_id      (HustingsShift              *self,
                                            gint64                      id);
void            hustings_shift_set_counts  (HustingsShift              *self,
                                            guint                       signups,
                                            guint                       checked_in);
/* Checks a role, times HH:MM with the end after the start, and at least one slot. */
gboolean        hustings_shift_check       (HustingsShift              *self,
                                            GError                    **error);

G_END_DECLS
