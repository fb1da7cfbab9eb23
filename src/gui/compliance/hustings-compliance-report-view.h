/* hustings-compliance-report-view.h: one report: its summary and detailed summary pages in
 * columns A and B, each line leading to its rows; Export .fec (validated first: nothing is
 * written while the filing has errors), Mark as Filed, Amend and Delete.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_COMPLIANCE_REPORT_VIEW (hustings_compliance_report_view_get_type ())
G_DECLARE_FINAL_TYPE (HustingsComplianceReportView, hustings_compliance_report_view, HUSTINGS,
                      COMPLIANCE_REPORT_VIEW, AdwBin)

/* Properties (read-only): "computing" (the summary is being computed), "exporting".
 * Signals: "line-activated" (HustingsReportLine *line, HustingsReportColumn column): a line
 * was chosen to see its rows; "problems" (GPtrArray *problems, gboolean written): the problems
 * of the last export (HustingsReportProblem*) are to be shown.
 * Actions: report.export (asks where), report.cancel-export, report.show-problems,
 * report.mark-filed (asks the FEC id), report.amend (then shows the amendment), report.delete
 * (activates compliance.delete-report, x: the id). Its back button activates
 * compliance.back. The summary follows the file's changes. */

void hustings_compliance_report_view_set_file    (HustingsComplianceReportView *self,
                                                  HustingsCommitteeFile        *file);
/* Shows the report with this id, and computes its summary in a worker thread. */
void hustings_compliance_report_view_show_report (HustingsComplianceReportView *self,
                                                  gint64                        report_id);
/* Writes the report's filing to file in a worker thread, with progress and Cancel; on errors
 * writes nothing and emits "problems". */
void hustings_compliance_report_view_export_to   (HustingsComplianceReportView *self,
                                                  GFile                        *file);
HustingsReport *hustings_compliance_report_view_get_report (HustingsComplianceReportView *self);
/* The summary last computed, or NULL while there is none. */
HustingsReportSummary *
hustings_compliance_report_view_get_summary (HustingsComplianceReportView *self);

G_END_DECLS
