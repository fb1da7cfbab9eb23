/* hustings-fec-import.h: bringing a committee's own .fec filing (Form 3 or Form 3X) into its
 * committee file, so that a committee moving from other software keeps its contacts, receipts,
 * disbursements, aggregates and the report itself as a prior filing.
 *
 * An import reads the whole filing (any version the format module reads), then in ONE
 * transaction, as one import batch of kind "filing":
 * - fills the committee profile from the cover when the file has no FEC id yet (and refuses a
 *   filing of another committee when it has one), and adds the elections the filing names
 *   when their dates are known (the cover's election; general elections);
 * - makes or matches a contact for every contributor and payee (by FEC id for committees,
 *   else by name and ZIP code);
 * - adds Schedule A receipts as donations (earmarked ones with their conduit, redesignation
 *   and reattribution memo rows as adjustments), Schedule B contribution refunds as negative
 *   donations and the other Schedule B rows as disbursements, each with the filing's
 *   transaction id; a row already in the file (the same filing imported before) is skipped;
 * - adds the report as an imported (filed) report with the cover's summary lines as filed,
 *   what the filing gave only as totals (unitemized receipts, small disbursements…), and its
 *   TEXT memos;
 * - keeps, per contributor, what they had given before the filing (the filing's aggregate on
 *   their last day in it, less what the file holds for them up to that day), so that
 *   aggregates and limits carry on.
 * Records Hustings does not keep (loans and debts on Schedules C and D, H1–H6, Schedule E,
 * memo entries other than earmarks, redesignations and reattributions) are counted, listed
 * with their line and reason with the batch, and never silently dropped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hustings-types.h"
#include "hustings-committee-file.h"

G_BEGIN_DECLS

/* Records of one type that were not imported, and why. */
typedef struct {
  char    *record_type;  /* "SD10", "H4", "SA11AI" */
  char    *reason;       /* "Debts and obligations (Schedule D) are not kept in Hustings" */
  guint64  count;
  guint    first_line;   /* the first such record's line in the filing */
} HustingsFecImportSkip;

/* What an import did. */
typedef struct {
  gint64     batch_id;
  gint64     report_id;          /* the imported report (also when it was there already) */
  char      *committee_id;       /* the filer: "C00215905" */
  char      *committee_name;     /* as the cover gives it */
  char      *form_type;          /* "F3N", "F3XA"… */
  char      *report_code;        /* "12P", "Q1"… */
  char      *coverage_from;      /* YYYY-MM-DD */
  char      *coverage_to;
  char      *fec_id;             /* "FEC-1229017" when the file name gives it, else "" */
  int        amendment;          /* 0 for an original */
  char      *version;            /* the filing's format version, "8.2" */
  gboolean   committee_filled;   /* the committee profile was filled in from the cover */
  gboolean   report_existed;     /* the filing had been imported before: its report stays */
  guint64    records_read;       /* every record but the header and the cover */
  guint64    receipts_added;     /* donations (memo adjustments not counted) */
  guint64    earmarked;          /* of them, earmarked through a conduit */
  guint64    adjustments_added;  /* redesignation and reattribution memo rows */
  guint64    refunds_added;      /* contribution refunds (negative donations) */
  guint64    disbursements_added;
  guint64    texts_added;        /* TEXT memos of the report */
  guint64    duplicates_skipped; /* rows already in the committee file */
  guint64    contacts_created;
  guint64    contacts_matched;   /* rows whose contributor or payee was already a contact */
  guint64    contacts_updated;   /* matched contacts given the employer or occupation they lacked */
  guint64    openings_added;     /* contributors given what they had given before the filing */
  gint64     receipts_cents;     /* of the receipts added */
  gint64     refunds_cents;      /* of the refunds added, as a positive sum */
  gint64     disbursements_cents; /* of the disbursements added, memo entries left out */
  GPtrArray *skipped;            /* HustingsFecImportSkip*, in the filing's order */
  GStrv      unknown_elections;  /* election codes the rows name whose dates the filing does
                                  * not give: add them in the committee profile */
} HustingsFecImportSummary;

void hustings_fec_import_summary_free (HustingsFecImportSummary *summary);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HustingsFecImportSummary, hustings_fec_import_summary_free)

/* TRUE when the file at path is an FEC electronic filing, whatever its name: it starts with an
 * HDR record (or the header block of versions 1 and 2). Reads only the file's first bytes. */
gboolean hustings_fec_import_is_filing (const char *path);

/* Imports the filing at path into file (see above), in one transaction: a failure or a
 * cancellation (HUSTINGS_ERROR_CANCELLED) leaves the file as it was. Refuses
 * (HUSTINGS_ERROR_INVALID, with a message for a treasurer) a filing that is not a Form 3 or
 * Form 3X report, a filing of another committee, and a filing whose report is already in the
 * file in another version (the original or another amendment: undo that import first).
 * progress (may be NULL) is called from the calling thread. *out_summary (may be NULL) gets
 * what the import did. Meant to run in a worker thread with its own HustingsCommitteeFile. */
gboolean hustings_fec_import_run (HustingsCommitteeFile     *file,
                                  const char                *path,
                                  HustingsFecImportSummary **out_summary,
                                  HustingsProgressFunc       progress,
                                  gpointer                   progress_data,
                                  GCancellable              *cancellable,
                                  GError                   **error);

/* What undoing a filing import (hustings_import_undo) does before it removes the rest: removes the batch's report and its openings
 * (taking them out of the contributors' totals), in the caller's transaction; nothing for a
 * batch of another kind. The committee profile and elections it filled in stay: they are the
 * committee's own. */
gboolean hustings_fec_import_undo_filing_rows (HustingsCommitteeFile *file,
                                               gint64                 batch_id,
                                               GError               **error);

G_END_DECLS
