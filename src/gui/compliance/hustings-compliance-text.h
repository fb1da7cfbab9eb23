/* hustings-compliance-text.h: words the Compliance view shows in several places.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "April Quarterly 2026": a report's name (its code described) and the year it closes in. */
char *hustings_compliance_report_title (const char *code,
                                        const char *coverage_to);

G_END_DECLS
