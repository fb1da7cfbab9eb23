/* hustings-money.h: parsing and formatting of amounts. Money is always gint64 cents.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The largest amount accepted anywhere: $999,999,999.99. */
#define HUSTINGS_MONEY_MAX_CENTS G_GINT64_CONSTANT (99999999999)

/* Accepts "1,234.56", "$1234.5", "-20", "(20.00)", "-$5", " 12 " (surrounding blanks).
 * Rejects "12.345", "1,2", "abc", "" and magnitudes over HUSTINGS_MONEY_MAX_CENTS,
 * with a HUSTINGS_ERROR_INVALID that says why in words a treasurer understands. */
gboolean hustings_money_parse  (const char  *text,
                                gint64      *out_cents,
                                GError     **error);
/* "$1,234.56", "-$20.00". */
char    *hustings_money_format (gint64       cents);
/* "1234.56", "-20.00": no symbol, no grouping (for CSV, .fec and editing). */
char    *hustings_money_format_plain (gint64 cents);

G_END_DECLS
