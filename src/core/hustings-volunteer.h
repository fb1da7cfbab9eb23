/* hustings-volunteer.h: a contact who volunteers (status, skills, when they are free,
 * emergency contact, notes), as plain data; and the days of the week.
 *
 * A volunteer is read and saved through hustings-volunteer-store.h, listed by
 * hustings-volunteer-list.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "hustings-types.h"

G_BEGIN_DECLS

/* ---- Days of the week: ISO numbers, 1 Monday … 7 Sunday ---- */

/* "mon" … "sun": for files and the command line, never translated; NULL out of range. */
const char *hustings_weekday_code       (guint        weekday);
/* "Monday", translated; "" out of range. */
const char *hustings_weekday_name       (guint        weekday);
/* "Mon", translated; "" out of range. */
const char *hustings_weekday_short_name (guint        weekday);
/* A day written as its code, its English or translated name, short or long, in any case, or
 * its number 1 to 7 ("mon", "Monday", "tue", "7"); FALSE when it is none. */
gboolean    hustings_weekday_parse      (const char  *text,
                                         guint       *out_weekday);

/* ---- A volunteer ---- */

#define HUSTINGS_TYPE_VOLUNTEER (hustings_volunteer_get_type ())
G_DECLARE_FINAL_TYPE (HustingsVolunteer, hustings_volunteer, HUSTINGS, VOLUNTEER, GObject)

typedef enum {
  HUSTINGS_VOLUNTEER_PROSPECT,  /* said they might help; not yet active */
  HUSTINGS_VOLUNTEER_ACTIVE,
  HUSTINGS_VOLUNTEER_INACTIVE,  /* has helped, not at the moment */
  HUSTINGS_N_VOLUNTEER_STATUSES
} HustingsVolunteerStatus;

/* "prospect", "active", "inactive". */
const char *hustings_volunteer_status_to_string   (HustingsVolunteerStatus  status);
gboolean    hustings_volunteer_status_from_string (const char              *text,
                                                   HustingsVolunteerStatus *out_status);
/* "Prospect", "Active", "Inactive", translated. */
const char *hustings_volunteer_status_describe    (HustingsVolunteerStatus  status);

/* The longest skill, in characters. */
#define HUSTINGS_VOLUNTEER_SKILL_MAX 50

/* Skills campaigns ask for, to offer when choosing one: "canvassing", "phone banking",
 * "data entry", "driving"…, then languages ("Spanish"…). NULL-terminated, not translated:
 * they are stored as words, and a translated list would split one skill in two. */
const char * const *hustings_volunteer_common_skills (void);

/* When a volunteer is free: a day and a range of local times HH:MM (ends after starts). */
typedef struct {
  guint weekday;    /* 1 Monday … 7 Sunday */
  char  starts[6];  /* "09:00" */
  char  ends[6];    /* "12:30" */
} HustingsAvailability;

/* Properties (read-only), what list cells bind to: "contact-id", "name" (the contact's
 * display name), "email", "phone" (their first, or ""), "status" (a HustingsVolunteerStatus,
 * guint), "status-text" ("Active"), "since" (YYYY-MM-DD), "since-text" ("Mar 4, 2026"),
 * "emergency-name", "emergency-phone", "notes", "skills" (GStrv), "skills-text"
 * ("canvassing, Spanish"), "availability-text" ("Mon 9:00 AM – 12:00 PM, Sat 10:00 AM –
 * 2:00 PM"), "minutes" (gint64, worked on shifts), "hours-text" ("12.5"), "shifts" (guint,
 * shifts worked: checked in). */

/* A new volunteer record for a contact: active, since today, nothing else. */
HustingsVolunteer      *hustings_volunteer_new                 (gint64             contact_id);
HustingsVolunteer      *hustings_volunteer_copy                (HustingsVolunteer *self);
gint64                  hustings_volunteer_get_contact_id      (HustingsVolunteer *self);
/* The contact's display name, first email and first phone ("" when none), filled in when
 * read from a file. */
const char             *hustings_volunteer_get_name            (HustingsVolunteer *self);
const char             *hustings_volunteer_get_email           (HustingsVolunteer *self);
const char             *hustings_volunteer_get_phone           (HustingsVolunteer *self);
HustingsVolunteerStatus hustings_volunteer_get_status          (HustingsVolunteer *self);
void                    hustings_volunteer_set_status          (HustingsVolunteer *self,
                                                                HustingsVolunteerStatus status);
/* Since when they volunteer, YYYY-MM-DD. */
const char             *hustings_volunteer_get_since           (HustingsVolunteer *self);
void                    hustings_volunteer_set_since           (HustingsVolunteer *self,
                                                                const char        *date);
/* Whom to call in an emergency. */
const char             *hustings_volunteer_get_emergency_name  (HustingsVolunteer *self);
void                    hustings_volunteer_set_emergency_name  (HustingsVolunteer *self,
                                                                const char        *name);
const char             *hustings_volunteer_get_emergency_phone (HustingsVolunteer *self);
void                    hustings_volunteer_set_emergency_phone (HustingsVolunteer *self,
                                                                const char        *phone);
const char             *hustings_volunteer_get_notes           (HustingsVolunteer *self);
void                    hustings_volunteer_set_notes           (HustingsVolunteer *self,
                                                                const char        *notes);

/* Skills, sorted without regard to case, each once whatever its case. A skill is trimmed, its
 * inner blanks made single spaces, and written as the common list writes it when it is one
 * ("spanish" becomes "Spanish"). */
const char * const     *hustings_volunteer_get_skills          (HustingsVolunteer *self);
/* Replaces the skills (NULL: none); empty ones are left out. */
void                    hustings_volunteer_set_skills          (HustingsVolunteer *self,
                                                                const char * const *skills);
/* FALSE when the volunteer already has it (or it is empty). */
gboolean                hustings_volunteer_add_skill           (HustingsVolunteer *self,
                                                                const char        *skill);
/* FALSE when the volunteer does not have it. */
gboolean                hustings_volunteer_remove_skill        (HustingsVolunteer *self,
                                                                const char        *skill);
gboolean                hustings_volunteer_has_skill           (HustingsVolunteer *self,
                                                                const char        *skill);

/* When they are free: HustingsAvailability items by day, then start. Do not change it. */
const GArray           *hustings_volunteer_get_availability    (HustingsVolunteer *self);
/* Adds a range (checked when saved: a day 1 to 7, times HH:MM, the end after the start, no
 * overlap with another range of that day). */
void                    hustings_volunteer_add_availability    (HustingsVolunteer *self,
                                                                guint              weekday,
                                                                const char        *starts,
                                                                const char        *ends);
void                    hustings_volunteer_clear_availability  (HustingsVolunteer *self);
/* TRUE when a range of weekday covers from to to (HH:MM; to NULL: the moment from; both
 * NULL: any time that day). */
gboolean                hustings_volunteer_is_available        (HustingsVolunteer *self,
                                                                guint              weekday,
                                                                const char        *from,
                                                                const char        *to);

/* What they worked, read with them from a file: minutes on shifts they checked in for, and
 * how many such shifts. */
gint64                  hustings_volunteer_get_minutes         (HustingsVolunteer *self);
guint                   hustings_volunteer_get_shifts          (HustingsVolunteer *self);

G_END_DECLS
