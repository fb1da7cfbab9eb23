/* hustings-volunteer-store.h: volunteers in a committee file (the data-access functions).
 *
 * Every change is one transaction and emits "volunteers-changed" when it commits. A change
 * refused leaves the file as it was, with HUSTINGS_ERROR_INVALID saying why in words a
 * treasurer understands, HUSTINGS_ERROR_NOT_FOUND, or HUSTINGS_ERROR_READ_ONLY.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hustings-committee-file.h"
#include "hustings-volunteer.h"

G_BEGIN_DECLS

/* Which volunteers a list shows; all zero shows everyone. */
typedef struct {
  /* As the contacts search finds them (name, email, city, ZIP, employer; word prefixes,
   * accents ignored); NULL or "": everyone. */
  const char         *search;
  /* Only those with every one of these skills (case ignored); NULL-terminated, NULL: any. */
  const char * const *skills;
  /* Only those of these statuses: bits 1 << HustingsVolunteerStatus; 0: any status. */
  guint               statuses;
  /* Only those free on this day (1 Monday … 7 Sunday); 0: any day, and from and to are not
   * looked at. */
  guint               weekday;
  /* Free at this time that day (HH:MM); NULL: at any time that day. */
  const char         *from;
  /* And until this time (HH:MM, after from); NULL: at the moment from. */
  const char         *to;
} HustingsVolunteerFilter;

/* Makes a contact a volunteer, or saves a volunteer's changes: the record, their skills and
 * their availability, in one transaction. Validates (a contact of the file, a status, a real
 * date since, skills of at most HUSTINGS_VOLUNTEER_SKILL_MAX characters without commas, ranges
 * of availability that are real and do not overlap) and fills in their name, email and
 * phone. */
gboolean           hustings_volunteer_store_save         (HustingsCommitteeFile  *file,
                                                          HustingsVolunteer      *volunteer,
                                                          GError                **error);
/* The contact stops volunteering: their volunteer record, skills and availability go; the
 * shifts they signed up for and worked stay, as history. */
gboolean           hustings_volunteer_store_stop         (HustingsCommitteeFile  *file,
                                                          gint64                  contact_id,
                                                          GError                **error);
/* The volunteer with skills, availability and what they worked; NULL with
 * HUSTINGS_ERROR_NOT_FOUND when the contact is not a volunteer. */
HustingsVolunteer *hustings_volunteer_store_get          (HustingsCommitteeFile  *file,
                                                          gint64                  contact_id,
                                                          GError                **error);
gboolean           hustings_volunteer_store_is_volunteer (HustingsCommitteeFile  *file,
                                                          gint64                  contact_id);
/* The contact ids of the volunteers filter lets through (NULL: all), by name. */
GArray            *hustings_volunteer_store_list_ids     (HustingsCommitteeFile  *file,
                                                          const HustingsVolunteerFilter *filter);
/* Every skill some volunteer has, sorted, each once whatever its case: for a skill filter
 * (with hustings_volunteer_common_skills). */
GStrv              hustings_volunteer_store_list_skills  (HustingsCommitteeFile  *file);
/* A contact's history (a volunteer's, or anyone's who signed up for a shift): HustingsSignup
 * items, the latest event first. A snapshot: read it again on "events-changed". */
GListModel        *hustings_volunteer_store_history      (HustingsCommitteeFile  *file,
                                                          gint64                  contact_id);
/* A contact's totals: the minutes worked on shifts they checked in for, how many such shifts,
 * and how many shifts they signed up for in all (each may be NULL). */
void               hustings_volunteer_store_totals       (HustingsCommitteeFile  *file,
                                                          gint64                  contact_id,
                                                          gint64                 *out_minutes,
                                                          guint                  *out_worked,
                                                          guint                  *out_signups);

G_END_DECLS
