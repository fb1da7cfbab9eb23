/* hustings-compliance-row-list.h: the rows behind a summary line (donations and
 * disbursements) as a list model that reads each row only when a view asks for it.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hustings-core.h"

G_BEGIN_DECLS

/* One row. Properties (read-only), what cells bind to: "date-text", "name" (the donor or
 * payee), "amount-text", "itemized-text" ("Itemized", or "" when not, or not known), "memo"
 * (a donation's memo; a disbursement's purpose, and its memo). */
#define HUSTINGS_TYPE_COMPLIANCE_ROW (hustings_compliance_row_get_type ())
G_DECLARE_FINAL_TYPE (HustingsComplianceRow, hustings_compliance_row, HUSTINGS, COMPLIANCE_ROW,
                      GObject)

HustingsReportRowKind hustings_compliance_row_get_kind (HustingsComplianceRow *self);
gint64                hustings_compliance_row_get_id   (HustingsComplianceRow *self);

#define HUSTINGS_TYPE_COMPLIANCE_ROW_LIST (hustings_compliance_row_list_get_type ())
G_DECLARE_FINAL_TYPE (HustingsComplianceRowList, hustings_compliance_row_list, HUSTINGS,
                      COMPLIANCE_ROW_LIST, GObject)

/* A model of HustingsComplianceRow over rows (HustingsReportRow), read from file. Takes a
 * reference to rows. */
HustingsComplianceRowList *hustings_compliance_row_list_new (HustingsCommitteeFile      *file,
                                                             GArray                     *rows);
/* Which rows the filing itemizes: the keys hustings_compliance_row_key gives of those rows
 * (NULL: not known, the rows say nothing). Takes a reference; every row changes. */
void        hustings_compliance_row_list_set_itemized (HustingsComplianceRowList *self,
                                                       GHashTable                *itemized);
/* A key for a row in a set of rows: a gint64* to free with g_free, for g_int64_hash. */
gint64     *hustings_compliance_row_key               (HustingsReportRowKind      kind,
                                                       gint64                     id);

G_END_DECLS
