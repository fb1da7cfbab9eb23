/* hustings-volunteer-list.h: a lazy GListModel of a committee file's volunteers, by name,
 * narrowed by a search, skills, statuses and a time they are free.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hustings-committee-file.h"
#include "hustings-volunteer-store.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_VOLUNTEER_LIST (hustings_volunteer_list_get_type ())
G_DECLARE_FINAL_TYPE (HustingsVolunteerList, hustings_volunteer_list, HUSTINGS, VOLUNTEER_LIST,
                      GObject)

/* Items are HustingsVolunteer, whole (skills, availability, and the "minutes", "hours-text"
 * and "shifts" they worked). Follows the file's "volunteers-changed", "events-changed" (hours
 * worked) and "contacts-changed" (names, emails, phones) by itself. Shows everyone until
 * narrowed. */
HustingsVolunteerList *hustings_volunteer_list_new           (HustingsCommitteeFile *file);
/* As HustingsVolunteerFilter's search; NULL or "" shows all. */
void                   hustings_volunteer_list_set_search    (HustingsVolunteerList *self,
                                                              const char            *search);
/* Only those with every one of skills (NULL-terminated; NULL or empty: any). */
void                   hustings_volunteer_list_set_skills    (HustingsVolunteerList *self,
                                                              const char * const    *skills);
/* Only those of these statuses: bits 1 << HustingsVolunteerStatus; 0: any. */
void                   hustings_volunteer_list_set_statuses  (HustingsVolunteerList *self,
                                                              guint                  statuses);
/* Only those free on weekday (1 … 7; 0: any day) at from (HH:MM; NULL: any time that day)
 * until to (NULL: at the moment from). */
void                   hustings_volunteer_list_set_available (HustingsVolunteerList *self,
                                                              guint                  weekday,
                                                              const char            *from,
                                                              const char            *to);
/* The contact id of the volunteer at position. */
gint64                 hustings_volunteer_list_get_id        (HustingsVolunteerList *self,
                                                              guint                  position);
/* The position of a volunteer, or G_MAXUINT when the list does not show them. */
guint                  hustings_volunteer_list_find          (HustingsVolunteerList *self,
                                                              gint64                 contact_id);

G_END_DECLS
