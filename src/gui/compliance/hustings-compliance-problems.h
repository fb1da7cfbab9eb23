/* hustings-compliance-problems.h: what validating a report's filing found, by record and
 * field, each leading to the row to fix.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_COMPLIANCE_PROBLEMS (hustings_compliance_problems_get_type ())
G_DECLARE_FINAL_TYPE (HustingsComplianceProblems, hustings_compliance_problems, HUSTINGS,
                      COMPLIANCE_PROBLEMS, AdwBin)

/* Its back button activates compliance.back. Activating a problem opens its row. */

void  hustings_compliance_problems_set_file     (HustingsComplianceProblems *self,
                                                 HustingsCommitteeFile      *file);
/* Shows problems (HustingsReportProblem*; takes a reference) found in the filing of the
 * report named title; written: whether the file was written all the same (warnings only). */
void  hustings_compliance_problems_set_problems (HustingsComplianceProblems *self,
                                                 const char                 *title,
                                                 GPtrArray                  *problems,
                                                 gboolean                    written);
guint hustings_compliance_problems_get_n_items  (HustingsComplianceProblems *self);

G_END_DECLS
