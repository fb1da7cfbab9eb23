/* hustings-compliance-findings.h: the findings of the compliance check, grouped by kind, each
 * with what to do and by when, and the actions that remedy it. The check runs in a worker
 * thread when the file is set and again whenever its contacts, donations, disbursements,
 * reports or committee profile change.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_COMPLIANCE_FINDINGS (hustings_compliance_findings_get_type ())
G_DECLARE_FINAL_TYPE (HustingsComplianceFindings, hustings_compliance_findings, HUSTINGS,
                      COMPLIANCE_FINDINGS, AdwBin)

/* Properties: "file"; read-only "checking" (a check is running), "n-errors" (the findings of
 * severity error of the last check), "needs-attention" (n-errors > 0), "summary" ("2 errors ·
 * 1 note", NULL before the first check).
 * Actions: findings.refund, findings.redesignate, findings.reattribute, findings.prepare-report
 * (u: the index of a finding, as the rows give it), findings.export-follow-up (asks where).
 * Activating a finding opens its contact, its gift, or its report. */

void       hustings_compliance_findings_set_file     (HustingsComplianceFindings *self,
                                                      HustingsCommitteeFile      *file);
/* The findings of the last check (HustingsFinding*), in the order shown, or NULL before the
 * first check ends. */
GPtrArray *hustings_compliance_findings_get_findings (HustingsComplianceFindings *self);

G_END_DECLS
