/* hustings-compliance.h: the FEC rules checked against a committee file (fec-rules.md §2),
 * and the remedies for an excessive gift.
 *
 * What counts: receipts that are contributions, i.e. on the contributor's usual Schedule A line
 * or an SA11 line (loans, offsets, interest and other receipts are not contributions), net of
 * their refunds, redesignations and reattributions (all of which are donation rows). The
 * "period" of a limit is the election for a Form 3 committee and the calendar year for a
 * Form 3X one.
 *
 * The findings (one HustingsFinding each):
 * - over-limit (error): a contributor's net gifts for one period exceed the limit of the
 *   contribution_limit table (hustings-limits.h). One finding per contact and period; amount
 *   is the excess; the gifts are all that contact's gifts for the period; deadline: 60 days
 *   after the receipt of the gift that took the total over the limit (the latest, if a refund
 *   brought it back under in between).
 * - prohibited (error): net gifts from an organization (ORG: a corporation or labor union) or
 *   from a foreign address (country other than the United States, or a state that is not a
 *   US state, territory or military post office code). One finding per contact; amount is
 *   the net total; deadline: 30 days after the first gift.
 * - cash (error): net cash from one source over $100 in one period; amount is the excess;
 *   deadline: 30 days after the gift that went over.
 * - anonymous (error): a gift over $50 from an anonymous contact: one named "Anonymous" or
 *   "Unknown" (any case), or with neither a street, city nor ZIP. One finding per gift (an
 *   anonymous gift stands alone); amount is the part over $50, which must be given up;
 *   deadline: 30 days after receipt.
 * - best-efforts (warning): an individual itemized in the current cycle (Form 3) or calendar
 *   year (Form 3X), i.e. giving over $200 net, with no employer or no occupation. Amount is
 *   the aggregate; deadline: 30 days after the gift that passed $200, for the follow-up request.
 * - 48-hour-notice (warning; Form 3 committees): each gift of $1,000 or more received after the
 *   20th day but more than 48 hours before an election of the committee in the current cycle
 *   (for a Nov 3 election: Oct 15 to Oct 31); deadline: 2 days after receipt. The file does
 *   not record 48-hour notices, so one already filed is still listed.
 * - report-due (error when overdue, warning when due within 7 days, info otherwise): a report
 *   of the filing calendar (hustings-filing-calendar.h) of this year or the last, not filed
 *   (no report of that code and close of books that is filed or was imported), due within 45
 *   days or overdue, and closing on or after the committee's first receipt, disbursement or
 *   report (with none of them, only those not yet due). contact_id 0.
 * Findings come sorted by severity, then deadline (none last), then contact name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hustings-types.h"
#include "hustings-export.h"
#include "hustings-filing-calendar.h"

G_BEGIN_DECLS

typedef enum {
  HUSTINGS_FINDING_OVER_LIMIT,
  HUSTINGS_FINDING_PROHIBITED,
  HUSTINGS_FINDING_CASH,
  HUSTINGS_FINDING_ANONYMOUS,
  HUSTINGS_FINDING_BEST_EFFORTS,
  HUSTINGS_FINDING_48_HOUR_NOTICE,
  HUSTINGS_FINDING_REPORT_DUE,
  HUSTINGS_N_FINDING_KINDS
} HustingsFindingKind;

typedef enum {
  HUSTINGS_SEVERITY_ERROR,   /* against the law until remedied */
  HUSTINGS_SEVERITY_WARNING, /* something to do */
  HUSTINGS_SEVERITY_INFO,    /* coming up */
} HustingsSeverity;

#define HUSTINGS_TYPE_FINDING (hustings_finding_get_type ())
G_DECLARE_FINAL_TYPE (HustingsFinding, hustings_finding, HUSTINGS, FINDING, GObject)

/* Properties (read-only), what list cells bind to: "kind" (int), "kind-text" ("Over the
 * limit"), "severity" (int), "severity-text" ("Error"), "contact-id" (gint64), "contact-name",
 * "election", "amount" (gint64 cents), "amount-text" ("$500.00"), "message", "remedy",
 * "deadline" (YYYY-MM-DD or NULL), "deadline-text" ("Mar 4, 2026" or ""). */

HustingsFindingKind  hustings_finding_get_kind         (HustingsFinding *self);
HustingsSeverity     hustings_finding_get_severity     (HustingsFinding *self);
/* The contributor; 0 and "" for a report due. */
gint64               hustings_finding_get_contact_id   (HustingsFinding *self);
const char          *hustings_finding_get_contact_name (HustingsFinding *self);
/* The period: an election ("G2026"), or a year ("2026": the calendar year of a Form 3X limit,
 * the cycle or year a best-efforts aggregate runs over); the gift's election for an anonymous
 * gift or a 48-hour notice, the report's for a report due; NULL for a prohibited source. */
const char          *hustings_finding_get_election     (HustingsFinding *self);
/* The amount at stake in cents, as described above. */
gint64               hustings_finding_get_amount       (HustingsFinding *self);
/* The donation ids concerned (gint64), by date received then id; empty for a report due. */
GArray              *hustings_finding_get_donations    (HustingsFinding *self);
/* What is wrong and what to do about it, in words a treasurer understands; translated. */
const char          *hustings_finding_get_message      (HustingsFinding *self);
const char          *hustings_finding_get_remedy       (HustingsFinding *self);
/* YYYY-MM-DD by which to act, or NULL. */
const char          *hustings_finding_get_deadline     (HustingsFinding *self);
/* For a report due: the report; NULL otherwise. */
const HustingsFilingReport *hustings_finding_get_report (HustingsFinding *self);

/* Stable ids for machines (--json, CSV): "over-limit", "prohibited", "cash", "anonymous",
 * "best-efforts", "48-hour-notice", "report-due"; and "error", "warning", "info". */
const char          *hustings_finding_kind_to_string   (HustingsFindingKind kind);
gboolean             hustings_finding_kind_from_string (const char          *text,
                                                        HustingsFindingKind *out_kind);
const char          *hustings_severity_to_string       (HustingsSeverity    severity);
/* "Over the limit", "Best efforts"… and "Error", "Warning", "Note": translated. */
const char          *hustings_finding_kind_describe    (HustingsFindingKind kind);
const char          *hustings_severity_describe        (HustingsSeverity    severity);

/* Checks the whole file as of today (YYYY-MM-DD; NULL: today's date) and returns the findings
 * (HustingsFinding*, a new reference each). Reads in one read transaction unless one is open.
 * Fails with HUSTINGS_ERROR_CANCELLED when cancelled, HUSTINGS_ERROR_INVALID for a bad today.
 * About a second for a million donations; run it in a worker (a HustingsCommitteeFile of its
 * own) for big files. */
GPtrArray           *hustings_compliance_check         (HustingsCommitteeFile *file,
                                                        const char            *today,
                                                        GCancellable          *cancellable,
                                                        GError               **error);

/* The best-efforts follow-up list: the ids (gint64, by name) of the individuals the
 * best-efforts findings name, and the same contacts written to a CSV or XLSX file with their
 * addresses, emails and phones (hustings_export_contacts' columns), for a mailing. */
GArray              *hustings_compliance_best_efforts_ids (HustingsCommitteeFile *file,
                                                           const char            *today,
                                                           GError               **error);
gboolean             hustings_compliance_export_best_efforts (HustingsCommitteeFile *file,
                                                              const char            *today,
                                                              const char            *path,
                                                              HustingsExportFormat   format,
                                                              GCancellable          *cancellable,
                                                              GError               **error);

/* Remedies for an excessive gift (refunds are hustings_donation_store_add of a donation with
 * refund_of set). Each is one transaction and emits "donations-changed".
 *
 * What is left of a gift to refund, redesignate or reattribute: its amount less its refunds
 * and the parts already moved away; 0 for a refund, a negative row or an unknown id. */
gint64               hustings_compliance_movable       (HustingsCommitteeFile *file,
                                                        gint64                 donation_id);
/* Moves amount_cents (> 0, at most what is movable) of a gift to another of the committee's
 * elections: a memo pair with adjustment 'redesignation' and adjusts = the gift, the same
 * donor, date, method and cycle: -amount on the gift's election and +amount on election.
 * HUSTINGS_ERROR_INVALID when the election is the gift's own or not the committee's, or the
 * amount is out of range; NOT_FOUND for an unknown gift. Sets *out_id (may be NULL) to the id
 * of the positive row. */
gboolean             hustings_compliance_redesignate   (HustingsCommitteeFile *file,
                                                        gint64                 donation_id,
                                                        const char            *election,
                                                        gint64                 amount_cents,
                                                        gint64                *out_id,
                                                        GError               **error);
/* Moves amount_cents of a gift to another contact (a spouse who signed the check): the pair
 * with adjustment 'reattribution', -amount on the donor, +amount on contact_id, same election,
 * date, method and cycle. INVALID when contact_id is the donor or not in the file. */
gboolean             hustings_compliance_reattribute   (HustingsCommitteeFile *file,
                                                        gint64                 donation_id,
                                                        gint64                 contact_id,
                                                        gint64                 amount_cents,
                                                        gint64                *out_id,
                                                        GError               **error);

/* The findings as a JSON array of objects with "kind", "severity", "contact" (name, or null),
 * "contact_id", "election" (or null), "amount_cents", "message", "remedy", "deadline" (or
 * null), "donations" (array of ids) and, for a report due, "report" ({"code", "from", "to",
 * "due", "election"}); pretty-printed, one object a line group, ending with a newline. */
char                *hustings_findings_to_json         (GPtrArray             *findings);

G_END_DECLS
