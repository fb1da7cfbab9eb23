/* hustings-compliance-line-rows.h: the donations and disbursements behind one line of a
 * report's summary, this period or to date, each opening in its dialog.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_COMPLIANCE_LINE_ROWS (hustings_compliance_line_rows_get_type ())
G_DECLARE_FINAL_TYPE (HustingsComplianceLineRows, hustings_compliance_line_rows, HUSTINGS,
                      COMPLIANCE_LINE_ROWS, AdwBin)

/* Properties (read-only): "loading" (the rows are being read), "itemizing" (which of this
 * period's rows the filing itemizes is being found out: the Itemized column shows once it is
 * known). Its back button activates compliance.back. */

void hustings_compliance_line_rows_set_file  (HustingsComplianceLineRows *self,
                                              HustingsCommitteeFile      *file);
/* Reads, in worker threads, the rows of line of report in column and, for this period, which
 * of them the filing itemizes. */
void hustings_compliance_line_rows_show_line (HustingsComplianceLineRows *self,
                                              HustingsReport             *report,
                                              HustingsReportLine         *line,
                                              HustingsReportColumn        column);

/* Stops reading rows, for when they are no longer shown. */
void hustings_compliance_line_rows_stop      (HustingsComplianceLineRows *self);

G_END_DECLS
