/* hustings-compliance-page.h: the Compliance page: the problems the FEC's rules find in the
 * committee's records, and its reports, each report's summary leading down to the rows of
 * each line.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_COMPLIANCE_PAGE (hustings_compliance_page_get_type ())
G_DECLARE_FINAL_TYPE (HustingsCompliancePage, hustings_compliance_page, HUSTINGS,
                      COMPLIANCE_PAGE, AdwBin)

/* Properties: "file"; read-only "n-errors" (the findings of severity error) and
 * "needs-attention" (some), for the page's badge.
 * Actions: compliance.new-report, compliance.show-report (x: a report id),
 * compliance.delete-report (x: a draft's id; can be undone), compliance.back (from a report to
 * the list, from a line's rows or a filing's problems to the report). */

void hustings_compliance_page_set_file (HustingsCompliancePage *self,
                                        HustingsCommitteeFile  *file);

G_END_DECLS
