/* hustings-volunteer-private.h: what the volunteer store sets on a volunteer it reads, and the
 * rules it shares with it.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-volunteer.h"

G_BEGIN_DECLS

void     hustings_volunteer_set_contact   (HustingsVolunteer *self,
                                           const char        *name,
                                           const char        *email,
                                           const char        *phone);
void     hustings_volunteer_set_worked    (HustingsVolunteer *self,
                                           gint64             minutes,
                                           guint              shifts);
/* Checks what the volunteer says (a status, a real date since, skills without commas and of
 * at most HUSTINGS_VOLUNTEER_SKILL_MAX characters, ranges of availability that are real and
 * do not overlap): what saving requires besides the contact existing. */
gboolean hustings_volunteer_check         (HustingsVolunteer *self,
                                           GError           **error);
/* A skill as stored: trimmed, single spaces, the common list's spelling; "" for none. */
char    *hustings_volunteer_skill_normalize (const char      *skill);
/* TRUE when the range starts to ends covers from to to (see
 * hustings_volunteer_is_available). */
gboolean hustings_availability_covers     (const char        *starts,
                                           const char        *ends,
                                           const char        *from,
                                           const char        *to);

G_END_DECLS
