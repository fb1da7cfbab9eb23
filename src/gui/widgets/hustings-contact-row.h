/* hustings-contact-row.h: an entry row where a contact is chosen by typing their name and
 * picking them from the contacts suggested.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_CONTACT_ROW (hustings_contact_row_get_type ())
G_DECLARE_FINAL_TYPE (HustingsContactRow, hustings_contact_row, HUSTINGS, CONTACT_ROW,
                      AdwEntryRow)

/* Property "contact" (HustingsContact, NULL until one is chosen; typing again un-chooses it).
 * Signal "contact-chosen" (void) when the user picks one from the suggestions (by click or
 * Enter), for the form to move on. Up and Down move through the suggestions, Escape closes
 * them. */

/* The file whose contacts are suggested; NULL suggests none. */
void             hustings_contact_row_set_file    (HustingsContactRow    *self,
                                                   HustingsCommitteeFile *file);
HustingsContact *hustings_contact_row_get_contact (HustingsContactRow    *self);
/* Chooses contact (may be NULL) and shows their name. */
void             hustings_contact_row_set_contact (HustingsContactRow    *self,
                                                   HustingsContact       *contact);

G_END_DECLS
