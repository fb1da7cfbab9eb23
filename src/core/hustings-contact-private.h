/* hustings-contact-private.h: what the store sets on a contact it reads or saves.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-contact.h"

G_BEGIN_DECLS

void hustings_contact_set_id         (HustingsContact *self,
                                      gint64           id);
void hustings_contact_set_timestamps (HustingsContact *self,
                                      const char      *created_at,
                                      const char      *updated_at);
void hustings_contact_set_giving     (HustingsContact *self,
                                      gint64           cycle_total,
                                      const char      *last_gift_date);
/* Takes ownership of a NULL-terminated array. */
void hustings_contact_take_emails    (HustingsContact *self,
                                      GStrv            emails);
void hustings_contact_take_phones    (HustingsContact *self,
                                      GStrv            phones);
void hustings_contact_take_tags      (HustingsContact *self,
                                      GStrv            tags);
/* Folds text for sorting and matching: lower case, accents removed. */
char *hustings_fold_text             (const char      *text);

G_END_DECLS
