/* hustings-volunteers-page.h: the Volunteers page: the volunteers (search, skill and
 * availability filters) and the events, each event opening on its own page.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_VOLUNTEERS_PAGE (hustings_volunteers_page_get_type ())
G_DECLARE_FINAL_TYPE (HustingsVolunteersPage, hustings_volunteers_page, HUSTINGS,
                      VOLUNTEERS_PAGE, AdwBin)

/* Property "file". Actions: volunteers.add (asks for the contact who volunteers),
 * volunteers.new-event, volunteers.open-event (x: an event id), volunteers.back (to the
 * lists). Activating a volunteer edits them; activating an event opens it. */

void hustings_volunteers_page_set_file     (HustingsVolunteersPage *self,
                                            HustingsCommitteeFile  *file);
void hustings_volunteers_page_focus_search (HustingsVolunteersPage *self);

G_END_DECLS
