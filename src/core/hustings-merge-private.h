/* hustings-merge-private.h: what the letters take from a merge context besides merged text.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-merge.h"

G_BEGIN_DECLS

/* The committee's name, "" when it has none. */
const char *hustings_merge_context_get_committee_name (HustingsMergeContext *ctx);
/* The committee's mailing address as lines (street lines, "City, ST 12345"), without its
 * name; empty when it has none. Borrowed. */
const char * const *hustings_merge_context_get_committee_lines (HustingsMergeContext *ctx);
/* "Pat Lee", "" when the committee names no treasurer. */
const char *hustings_merge_context_get_treasurer_name (HustingsMergeContext *ctx);
/* Today (YYYY-MM-DD), and written long: "November 23, 2026". */
const char *hustings_merge_context_get_today          (HustingsMergeContext *ctx);
const char *hustings_merge_context_get_today_text     (HustingsMergeContext *ctx);

G_END_DECLS
