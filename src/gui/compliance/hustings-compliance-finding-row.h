/* hustings-compliance-finding-row.h: a row of the findings list: the heading of a kind of
 * finding, or one finding with its deadline and the actions that remedy it.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

/* The heading of a group of findings of one kind, as an item of the findings list. */
#define HUSTINGS_TYPE_COMPLIANCE_GROUP (hustings_compliance_group_get_type ())
G_DECLARE_FINAL_TYPE (HustingsComplianceGroup, hustings_compliance_group, HUSTINGS,
                      COMPLIANCE_GROUP, GObject)

HustingsComplianceGroup *hustings_compliance_group_new       (HustingsFindingKind      kind,
                                                              guint                    count);
HustingsFindingKind      hustings_compliance_group_get_kind  (HustingsComplianceGroup *self);
guint                    hustings_compliance_group_get_count (HustingsComplianceGroup *self);

#define HUSTINGS_TYPE_COMPLIANCE_FINDING_ROW (hustings_compliance_finding_row_get_type ())
G_DECLARE_FINAL_TYPE (HustingsComplianceFindingRow, hustings_compliance_finding_row, HUSTINGS,
                      COMPLIANCE_FINDING_ROW, AdwBin)

/* Its buttons activate, with index as target (u): findings.refund, findings.redesignate,
 * findings.reattribute (over the limit), findings.refund (prohibited, cash, anonymous),
 * findings.prepare-report (report due); a best-efforts heading, findings.export-follow-up. */

GtkWidget *hustings_compliance_finding_row_new         (void);
/* Shows finding, the index-th of the list the actions name. */
void       hustings_compliance_finding_row_set_finding (HustingsComplianceFindingRow *self,
                                                        HustingsFinding              *finding,
                                                        guint                         index);
void       hustings_compliance_finding_row_set_group   (HustingsComplianceFindingRow *self,
                                                        HustingsComplianceGroup      *group);

G_END_DECLS
