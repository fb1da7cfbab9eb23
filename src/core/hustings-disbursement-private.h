/* hustings-disbursement-private.h: what the store sets on a disbursement it reads or saves.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-committee.h"
#include "hustings-disbursement.h"

G_BEGIN_DECLS

void hustings_disbursement_set_id         (HustingsDisbursement *self,
                                           gint64                id);
void hustings_disbursement_set_payee_name (HustingsDisbursement *self,
                                           const char           *name);
/* Checks what the disbursement says against the rules and the committee's form and elections
 * (all but whether its payee exists), and puts the form's default line on one without a line:
 * what saving it or importing it requires. HUSTINGS_ERROR_INVALID says what is wrong in words a
 * treasurer understands. */
gboolean hustings_disbursement_check      (HustingsDisbursement    *self,
                                           const HustingsCommittee *committee,
                                           GError                 **error);

G_END_DECLS
