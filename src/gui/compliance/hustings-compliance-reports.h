/* hustings-compliance-reports.h: the committee's reports, by coverage, with their status.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_COMPLIANCE_REPORTS (hustings_compliance_reports_get_type ())
G_DECLARE_FINAL_TYPE (HustingsComplianceReports, hustings_compliance_reports, HUSTINGS,
                      COMPLIANCE_REPORTS, AdwBin)

/* Activating a report activates compliance.show-report (x: its id); the empty list offers
 * compliance.new-report. */

void hustings_compliance_reports_set_file (HustingsComplianceReports *self,
                                           HustingsCommitteeFile     *file);
/* Leaves a report out of the list, or shows it again: for a deletion that can be undone. */
void hustings_compliance_reports_hide     (HustingsComplianceReports *self,
                                           gint64                     report_id);
void hustings_compliance_reports_unhide   (HustingsComplianceReports *self,
                                           gint64                     report_id);

G_END_DECLS
