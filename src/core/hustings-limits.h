/* hustings-limits.h: contribution limits, from the contribution_limit table (a new cycle is a
 * row, not code).
 *
 * A Form 3 committee (House, Senate) is a 'candidate' recipient: the limit is per election,
 * and the row is the one in force on the election's date (the date in the committee's
 * election table, or Nov 1 of the code's year for an election it does not list). A Form 3X
 * committee (PAC, party) is a 'pac' recipient: the limit is per calendar year, the row in
 * force on the year's last day. The contributor is the contact's entity type, 'MCPAC' for a
 * PAC contact marked multicandidate. No row for organizations (ORG): they may not give.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-types.h"
#include "hustings-contact.h"

G_BEGIN_DECLS

/* The limit for a gift from such a contributor toward period: an election code ("G2026") for
 * a Form 3 committee, a year ("2026") for a Form 3X one. TRUE with *out_limit_cents set, -1
 * for no limit (the candidate's own funds); FALSE without error when no limit row applies to
 * the contributor (an organization, or a period before the table's first row); FALSE with
 * error on a database failure. */
gboolean hustings_limits_lookup (HustingsCommitteeFile *file,
                                 HustingsEntityType     entity_type,
                                 gboolean               multicandidate,
                                 const char            *period,
                                 gint64                *out_limit_cents,
                                 GError               **error);

/* A contributor whose total for a period (contact_total: every receipt, net) is over the limit
 * that applies: the candidates for an over-limit finding, which compliance then checks
 * against the contribution rows alone. */
typedef struct {
  gint64 contact_id;
  char   period[8];    /* "G2026" (Form 3) or "2026" (Form 3X) */
  gint64 total_cents;
  gint64 limit_cents;
} HustingsLimitExcess;

/* Every such contributor and period in the file (HustingsLimitExcess), by contact and period,
 * in one set-wise query over contact_total; NULL with error on a database failure. */
GArray  *hustings_limits_list_excesses (HustingsCommitteeFile *file,
                                        GError               **error);

G_END_DECLS
