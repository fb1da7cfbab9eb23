/* hustings-compliance-report-dialog.h: the New Report dialog: the report's code from the
 * committee's filing calendar, its coverage and election filled in from it, or a termination
 * report.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_COMPLIANCE_REPORT_DIALOG (hustings_compliance_report_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HustingsComplianceReportDialog, hustings_compliance_report_dialog,
                      HUSTINGS, COMPLIANCE_REPORT_DIALOG, AdwWindow)

/* Action dialog.save adds the draft report and closes; signal "created" (gint64 report_id)
 * tells which. */

/* A dialog for a new report of the file's committee: preset (may be NULL) when given, else the
 * next report of this year's calendar not yet made. */
HustingsComplianceReportDialog *
hustings_compliance_report_dialog_new (GtkWindow                  *parent,
                                       HustingsCommitteeFile      *file,
                                       const HustingsFilingReport *preset);

G_END_DECLS
