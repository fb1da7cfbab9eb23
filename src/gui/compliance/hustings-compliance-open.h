/* hustings-compliance-open.h: opening, from the Compliance view, the row a finding, a summary
 * line or a filing problem points at: a donation or a disbursement in its dialog, a contact
 * in a contact window, the committee profile, or a report in the view.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

/* Opens the row over widget's window; says why in a toast when it cannot (the row is gone).
 * A report opens through the "compliance.show-report" action (x: its id) of widget's
 * ancestors; the committee profile through "win.committee-profile". */
void hustings_compliance_open_row (GtkWidget             *widget,
                                   HustingsCommitteeFile *file,
                                   HustingsReportRowKind  kind,
                                   gint64                 id);

G_END_DECLS
