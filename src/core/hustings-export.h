/* hustings-export.h: contacts, donations and disbursements out to CSV and XLSX.
 *
 * CSV: RFC 4180, UTF-8 without a byte-order mark, CRLF line ends, fields quoted only when they
 * hold a comma, quote or line break or begin or end with a blank; every text cell goes through
 * hustings_export_neutralize_cell. Amounts are written "1234.50" and "-25.00" (no $, no
 * grouping), dates YYYY-MM-DD, empty values empty.
 * XLSX: one sheet, "Contacts", "Donations" or "Disbursements", with a bold header row frozen
 * above the rows, an autofilter over the table and columns sized to their header and first
 * 1,000 values (at most 50 characters). Text is always a string cell, never a formula; amounts
 * are numbers in a currency format; dates are date cells shown yyyy-mm-dd; an empty value is no
 * cell.
 * Headers and sheet names are English whatever the locale: the importer reads them back.
 *
 * Each runs in the calling thread (a worker, with a HustingsCommitteeFile of its own) and read
 * in one read transaction unless one is already open. They fail with HUSTINGS_ERROR_CANCELLED
 * when cancellable is cancelled (it is checked every 1,000 rows), HUSTINGS_ERROR_FAILED when
 * the file cannot be written ("Could not write “x.csv”: Permission denied") and
 * HUSTINGS_ERROR_INVALID when the rows do not fit a sheet (more than 1,048,575 rows, a value
 * over 32,767 characters): export to CSV instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hustings-types.h"

G_BEGIN_DECLS

typedef enum {
  HUSTINGS_EXPORT_CSV,
  HUSTINGS_EXPORT_XLSX,
} HustingsExportFormat;

/* From the file name's extension (.csv or .xlsx, any case); FALSE for anything else. */
gboolean hustings_export_format_from_path (const char            *path,
                                           HustingsExportFormat  *out_format);

/* Writes the contacts whose ids are in ids (gint64, in that order; ids no longer in the file are
 * passed over), or every contact by name when ids is NULL, to path. The file appears whole or
 * not at all: it is written beside path, synced, and renamed over it at the end; on failure or
 * cancellation nothing is left behind and a file already at path is untouched. progress (may
 * be NULL) is called from the calling thread at most ~200 times, with growing fractions, the
 * last 1.0. Columns, in this order:
 * ID, Entity Type (IND, ORG…), Prefix, First Name, Middle Name, Last Name, Suffix,
 * Organization, Street, Street 2, City, State, ZIP, Emails, Phones (several joined by "; "),
 * Employer, Occupation, FEC ID, Tags ("; "), Notes, Cycle Total (net, in the committee's
 * active cycle), Last Gift (date), Created (the stored UTC timestamp). */
gboolean hustings_export_contacts         (HustingsCommitteeFile *file,
                                           GArray                *ids,
                                           const char            *path,
                                           HustingsExportFormat   format,
                                           GCancellable          *cancellable,
                                           HustingsProgressFunc   progress,
                                           gpointer               progress_data,
                                           GError               **error);
/* The same for donations (every donation by date then id when ids is NULL). Columns:
 * ID, Date, Amount, Method (check, cash…), Election (P2026 or empty), Check Number, Source,
 * Source ID, Refund Of (the refunded gift's Source ID when it has one, else its ID), Conduit
 * (FEC ID), Fee, Recurring ("yes" or empty), Memo, then the donor's: Donor Entity Type,
 * Donor Prefix, Donor First Name, Donor Middle Name, Donor Last Name, Donor Suffix,
 * Donor Organization, Donor Street, Donor Street 2, Donor City, Donor State, Donor ZIP,
 * Donor Employer, Donor Occupation, Donor Email (the first), Donor Phone (the first). */
gboolean hustings_export_donations        (HustingsCommitteeFile *file,
                                           GArray                *ids,
                                           const char            *path,
                                           HustingsExportFormat   format,
                                           GCancellable          *cancellable,
                                           HustingsProgressFunc   progress,
                                           gpointer               progress_data,
                                           GError               **error);
/* The same for disbursements (every disbursement by date then id when ids is NULL). Columns:
 * ID, Date, Amount, Purpose, Category (the FEC's code, "004"), Line ("SB17"), Election (G2026
 * or empty), Check Number, Memo Entry ("yes" or empty), Memo, Source, Source ID, then the
 * payee's: Payee Entity Type, Payee Prefix, Payee First Name, Payee Middle Name, Payee Last
 * Name, Payee Suffix, Payee Organization, Payee Street, Payee Street 2, Payee City, Payee State,
 * Payee ZIP, Payee FEC ID, Payee Email (the first), Payee Phone (the first). The importer's
 * "disbursements" format reads the file back. */
gboolean hustings_export_disbursements    (HustingsCommitteeFile *file,
                                           GArray                *ids,
                                           const char            *path,
                                           HustingsExportFormat   format,
                                           GCancellable          *cancellable,
                                           HustingsProgressFunc   progress,
                                           gpointer               progress_data,
                                           GError               **error);

/* What a CSV cell must hold so that a spreadsheet shows text and never runs it: a value
 * starting with '=', '+', '-', '@', tab or carriage return gets a leading apostrophe ("'=1+1"),
 * except a plain number such as "-25.00" or "+15" (a sign, digits, an optional decimal part).
 * Returns NULL when text needs no change. An importer undoes it by dropping an apostrophe
 * followed by one of those characters. */
char    *hustings_export_neutralize_cell  (const char            *text);

G_END_DECLS
