/* hustings-validate.h: checks of identifiers and codes.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "C" followed by eight digits. */
gboolean hustings_fec_committee_id_is_valid (const char *id);
/* P/G/R/S/C/E/O followed by a four-digit year: "P2026", "G2026". */
gboolean hustings_election_code_is_valid    (const char *code);
/* A two-letter USPS state, territory or military code ("DC", "PR", "AE"...). */
gboolean hustings_state_is_valid            (const char *state);
/* 5 or 9 digits, "12345" or "12345-6789". */
gboolean hustings_zip_is_valid              (const char *zip);
/* Something@something.tld, no spaces. */
gboolean hustings_email_is_valid            (const char *email);
/* "Primary 2026" for "P2026", translated. */
char    *hustings_election_code_describe    (const char *code);

G_END_DECLS
