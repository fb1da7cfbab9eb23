/* hustings-donation-private.h: what the store sets on a donation it reads or saves.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-donation.h"

G_BEGIN_DECLS

void hustings_donation_set_id         (HustingsDonation *self,
                                       gint64            id);
void hustings_donation_set_contact_name (HustingsDonation *self,
                                         const char       *name);
void hustings_donation_set_presumed   (HustingsDonation *self,
                                       const char       *code,
                                       gboolean          presumed);
void hustings_donation_set_cycle      (HustingsDonation *self,
                                       int               cycle);

G_END_DECLS
