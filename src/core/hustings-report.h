/* hustings-report.h: FEC reports (Form 3 and Form 3X): the report itself, its summary and
 * detailed summary pages, the rows behind each line, and the .fec filing.
 *
 * A report is a form (F3 for House and Senate committees, F3X for PACs and parties), a report
 * code (Q1, Q2, Q3, YE, 12P, 12G, 30G, TER, M2…M12, MY…), its coverage dates and, for a pre- or
 * post-election report, the election. Reports made here start as drafts; "mark filed" freezes
 * the summary as filed (and carries it forward into the next report's column B and cash on
 * hand). Reports a .fec import brought in are "imported" and count as filed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hustings-types.h"
#include "hustings-committee-file.h"
#include "hustings-fec.h"

G_BEGIN_DECLS

/* The report ------------------------------------------------------------------------------- */

#define HUSTINGS_TYPE_REPORT (hustings_report_get_type ())
G_DECLARE_FINAL_TYPE (HustingsReport, hustings_report, HUSTINGS, REPORT, GObject)

typedef enum {
  HUSTINGS_REPORT_ORIGIN_HUSTINGS,  /* made here */
  HUSTINGS_REPORT_ORIGIN_IMPORTED,  /* brought in by a .fec import: a prior filing */
} HustingsReportOrigin;

/* Properties (read-only), what list cells bind to: "id" (gint64), "form" ("F3"), "code" ("Q1"),
 * "code-text" ("April Quarterly", from hustings_filing_code_describe), "election" ("G2026" or
 * NULL), "election-date", "election-state", "coverage-from", "coverage-to" (YYYY-MM-DD),
 * "coverage-text" ("Jan 1 – Mar 31, 2026"), "amendment" (int, 0 for the original),
 * "original-fec-id" ("FEC-1234567" or ""), "fec-id" ("" until filed), "termination" (boolean),
 * "origin" (HustingsReportOrigin as int), "date-signed" (NULL: the day it is written),
 * "filed-at" (YYYY-MM-DD or NULL), "status-text" ("Draft", "Filed", "Amendment 2",
 * "Amendment 2, filed", "Imported"). */

HustingsReport      *hustings_report_new                 (void);
HustingsReport      *hustings_report_copy                (HustingsReport *self);
gint64               hustings_report_get_id              (HustingsReport *self);
const char          *hustings_report_get_form            (HustingsReport *self);
void                 hustings_report_set_form            (HustingsReport *self, const char *form);
const char          *hustings_report_get_code            (HustingsReport *self);
void                 hustings_report_set_code            (HustingsReport *self, const char *code);
/* The election of a pre-/post-election report (12x, 30x): code, date and state; NULL/"" for
 * others. */
const char          *hustings_report_get_election        (HustingsReport *self);
const char          *hustings_report_get_election_date   (HustingsReport *self);
const char          *hustings_report_get_election_state  (HustingsReport *self);
void                 hustings_report_set_election        (HustingsReport *self,
                                                          const char     *code,
                                                          const char     *date,
                                                          const char     *state);
const char          *hustings_report_get_coverage_from   (HustingsReport *self);
const char          *hustings_report_get_coverage_to     (HustingsReport *self);
void                 hustings_report_set_coverage        (HustingsReport *self,
                                                          const char     *from,
                                                          const char     *to);
/* Amendment number (0 = original) and the FEC id of the original filing ("FEC-1234567"). */
int                  hustings_report_get_amendment       (HustingsReport *self);
const char          *hustings_report_get_original_fec_id (HustingsReport *self);
void                 hustings_report_set_amendment       (HustingsReport *self,
                                                          int             amendment,
                                                          const char     *original_fec_id);
/* The id the FEC gave this filing, once filed ("FEC-1234567"; "" before). */
const char          *hustings_report_get_fec_id          (HustingsReport *self);
gboolean             hustings_report_get_termination     (HustingsReport *self);
void                 hustings_report_set_termination     (HustingsReport *self,
                                                          gboolean        termination);
HustingsReportOrigin hustings_report_get_origin          (HustingsReport *self);
/* The date the treasurer signs; NULL: the day the .fec file is written. */
const char          *hustings_report_get_date_signed     (HustingsReport *self);
void                 hustings_report_set_date_signed     (HustingsReport *self, const char *date);
/* YYYY-MM-DD when it was marked filed; NULL for a draft. */
const char          *hustings_report_get_filed_at        (HustingsReport *self);
/* Filed, or imported: its figures are frozen and carried forward. */
gboolean             hustings_report_is_filed            (HustingsReport *self);
/* The cover record's form type: "F3N", "F3A", "F3T", "F3XN", "F3XA", "F3XT". */
const char          *hustings_report_get_form_type       (HustingsReport *self);
/* The aggregation period the report's column B and Schedule A aggregates cover: for F3 the
 * two-year election cycle of coverage-to (2026), for F3X its calendar year; and the first day
 * of that period. */
int                  hustings_report_get_period_year     (HustingsReport *self);
char                *hustings_report_dup_period_start    (HustingsReport *self);

/* TRUE for the codes of Form 3 / Form 3X (fec-format.md §7). */
gboolean             hustings_report_code_is_valid       (const char     *form,
                                                          const char     *code);
/* Pre-election (12x) or post-election (30x) report: needs an election code, date and state. */
gboolean             hustings_report_code_needs_election (const char     *code);

/* The store ---------------------------------------------------------------------------------- */

/* Validates (form F3/F3X, a known code, real coverage dates in order, election given for 12x/30x
 * reports and known to the committee, an amendment has the original's FEC id) and inserts a
 * draft. Sets the report's id. Emits "reports-changed". */
gboolean        hustings_report_store_add        (HustingsCommitteeFile *file,
                                                  HustingsReport        *report,
                                                  GError               **error);
/* Saves an edited draft (a filed or imported report is frozen: HUSTINGS_ERROR_INVALID). */
gboolean        hustings_report_store_update     (HustingsCommitteeFile *file,
                                                  HustingsReport        *report,
                                                  GError               **error);
/* Deletes a report with its lines and memos. */
gboolean        hustings_report_store_delete     (HustingsCommitteeFile *file,
                                                  gint64                 report_id,
                                                  GError               **error);
HustingsReport *hustings_report_store_get        (HustingsCommitteeFile *file,
                                                  gint64                 report_id,
                                                  GError               **error);
/* Every report (HustingsReport*), by coverage-to then id. */
GPtrArray      *hustings_report_store_list       (HustingsCommitteeFile *file,
                                                  GError               **error);
/* The latest (highest amendment) report of that form, code and coverage, or NULL (error unset
 * when there is none). */
HustingsReport *hustings_report_store_find       (HustingsCommitteeFile *file,
                                                  const char            *form,
                                                  const char            *code,
                                                  const char            *from,
                                                  const char            *to,
                                                  GError               **error);
/* Makes a draft amendment of a filed or imported report: the same form, code, coverage,
 * election and memos, amendment = the highest amendment of that filing + 1, original-fec-id =
 * the original's FEC id. Returns the new report. Emits "reports-changed". */
HustingsReport *hustings_report_store_amend      (HustingsCommitteeFile *file,
                                                  gint64                 report_id,
                                                  GError               **error);
/* Marks a draft filed with the id the FEC gave it ("FEC-1234567", or the bare number): computes
 * its summary and keeps it in report_line as filed; stamps filed-at today. */
gboolean        hustings_report_store_mark_filed (HustingsCommitteeFile *file,
                                                  gint64                 report_id,
                                                  const char            *fec_id,
                                                  GError               **error);

/* Report-level memos (TEXT records about the report as a whole). */
typedef struct {
  gint64  id;
  char   *text;
} HustingsReportMemo;
void            hustings_report_memo_free        (HustingsReportMemo *memo);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HustingsReportMemo, hustings_report_memo_free)
/* The report's memos (HustingsReportMemo*), in the order they were added. */
GPtrArray      *hustings_report_store_list_memos (HustingsCommitteeFile *file,
                                                  gint64                 report_id,
                                                  GError               **error);
/* Adds a memo (1–4000 characters; written as printable ASCII). Returns its id, 0 on error. */
gint64          hustings_report_store_add_memo   (HustingsCommitteeFile *file,
                                                  gint64                 report_id,
                                                  const char            *text,
                                                  GError               **error);
gboolean        hustings_report_store_delete_memo (HustingsCommitteeFile *file,
                                                   gint64                 memo_id,
                                                   GError               **error);

/* The reports as a GListModel of HustingsReport, by coverage, following "reports-changed". */
#define HUSTINGS_TYPE_REPORT_LIST (hustings_report_list_get_type ())
G_DECLARE_FINAL_TYPE (HustingsReportList, hustings_report_list, HUSTINGS, REPORT_LIST, GObject)
HustingsReportList *hustings_report_list_new     (HustingsCommitteeFile *file);

/* The summary --------------------------------------------------------------------------------- */

typedef enum {
  HUSTINGS_REPORT_COLUMN_A,  /* this period */
  HUSTINGS_REPORT_COLUMN_B,  /* F3: election cycle to date; F3X: calendar year to date */
} HustingsReportColumn;

/* One line of the summary or detailed summary page. Properties (read-only): "line" ("11ai",
 * the FEC's name), "label" ("11(a)(i) Individuals — itemized"), "column-a", "column-b" (gint64
 * cents),
 * "column-a-text", "column-b-text" ("$1,234.56"; "" where the form has no such column),
 * "has-column-a", "has-column-b", "is-total" (a line the form computes from others),
 * "page" (1 summary page, 2 detailed summary). */
#define HUSTINGS_TYPE_REPORT_LINE (hustings_report_line_get_type ())
G_DECLARE_FINAL_TYPE (HustingsReportLine, hustings_report_line, HUSTINGS, REPORT_LINE, GObject)
const char *hustings_report_line_get_line     (HustingsReportLine  *self);
const char *hustings_report_line_get_label    (HustingsReportLine  *self);
gboolean    hustings_report_line_has_column   (HustingsReportLine  *self,
                                               HustingsReportColumn column);
gint64      hustings_report_line_get_amount   (HustingsReportLine  *self,
                                               HustingsReportColumn column);
gboolean    hustings_report_line_is_total     (HustingsReportLine  *self);
/* Lines made of donations or disbursements can be drilled down into (not the cash lines). */
gboolean    hustings_report_line_has_rows     (HustingsReportLine  *self);

/* A computed summary: a GListModel of HustingsReportLine in the form's order (F3: 6a … 27;
 * F3X: 6a … 38). */
#define HUSTINGS_TYPE_REPORT_SUMMARY (hustings_report_summary_get_type ())
G_DECLARE_FINAL_TYPE (HustingsReportSummary, hustings_report_summary, HUSTINGS, REPORT_SUMMARY,
                      GObject)
/* The line named line ("11ai"), or NULL. */
HustingsReportLine *hustings_report_summary_lookup  (HustingsReportSummary *self,
                                                     const char            *line);
/* Its amount, 0 when the form has no such line or column. */
gint64              hustings_report_summary_get     (HustingsReportSummary *self,
                                                     const char            *line,
                                                     HustingsReportColumn   column);

/* Computes every line of the report's summary pages (fec-format.md §4, §6):
 * - column A from the rows dated in the coverage (memo rows never count), plus, for an imported
 *   report, what its filing gave only as totals (report_line kind 'unitemized');
 * - column B: the filed column B of the latest earlier filed or imported report of the same
 *   cycle (F3) or year (F3X) plus this column A; with none, every row from the period's start
 *   to the coverage's end; for an imported report (what came before it is known only from its
 *   filing), its filed column B less its filed column A plus this column A;
 * - cash on hand at the beginning: the previous report's closing figure (as filed when it is
 *   filed or imported, else computed), 0 with no previous report; F3X 6(a) is the cash on hand
 *   on January 1 (the closing figure of the last report of the previous year); for an imported
 *   report, the figures its filing gave.
 * Receipts go to the line of donation.receipt_line or, by the contact's entity, IND 11(a),
 * PTY 11(b), PAC/CCM/COM 11(c), CAN 11(d) (F3X: CAN 11(a)), ORG 15 (F3; F3X 17); individuals
 * split into itemized / unitemized by the Schedule A rule. Refunds of contributions are 20(a)–(c)
 * (F3X 28(a)–(c)) by the contact's entity. Disbursements by their line. Debts (9, 10) are 0. */
HustingsReportSummary *hustings_report_compute  (HustingsCommitteeFile *file,
                                                 HustingsReport        *report,
                                                 GCancellable          *cancellable,
                                                 GError               **error);

/* Drill-down: the rows behind one line and column. */
typedef enum {
  HUSTINGS_REPORT_ROW_NONE,
  HUSTINGS_REPORT_ROW_DONATION,
  HUSTINGS_REPORT_ROW_DISBURSEMENT,
  HUSTINGS_REPORT_ROW_CONTACT,
  HUSTINGS_REPORT_ROW_COMMITTEE,   /* the committee profile (cover record fields) */
  HUSTINGS_REPORT_ROW_REPORT,      /* the report itself (codes, dates, memos) */
} HustingsReportRowKind;

typedef struct {
  HustingsReportRowKind kind;  /* DONATION or DISBURSEMENT */
  gint64                id;
} HustingsReportRow;

/* The donations and disbursements (HustingsReportRow, by date then id) that make up line in
 * column: for a total line, those of the lines it adds. Column B gives the rows of the whole
 * cycle/year to the coverage's end. Empty for cash and debt lines. */
GArray *hustings_report_rows (HustingsCommitteeFile *file,
                              HustingsReport        *report,
                              const char            *line,
                              HustingsReportColumn   column,
                              GError               **error);

/* The filing ---------------------------------------------------------------------------------- */

/* A problem found when validating the filing, with the row to open to fix it. */
typedef struct {
  HustingsFecProblem    *problem;     /* record, tran id, field and message */
  HustingsReportRowKind  kind;        /* what to open: the contact for a field of the
                                       * contributor or payee (name, address, employer…) */
  gint64                 row_id;      /* the donation / disbursement / contact / report id */
  gint64                 contact_id;  /* the contact named by the record, 0 if none */
} HustingsReportProblem;
void hustings_report_problem_free (HustingsReportProblem *problem);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HustingsReportProblem, hustings_report_problem_free)

/* The row behind a transaction id of this report's filing: Hustings' own ids ("A12", "A12E",
 * "B7", "T3") or an imported row's tran_id as the filing writes it (as filed, in capitals:
 * "SA11A1.7430"). FALSE when no row has it. */
gboolean hustings_report_lookup_tran_id (HustingsCommitteeFile *file,
                                         const char            *tran_id,
                                         HustingsReportRowKind *out_kind,
                                         gint64                *out_row_id,
                                         gint64                *out_contact_id);

/* Builds the whole filing (HDR, cover, Schedule A and B itemizations with their memo rows and
 * TEXT records), validates every record and the filing as a whole, and writes it atomically to
 * path (CR LF, ASCII 28). If any problem is an error nothing is written: FALSE with
 * HUSTINGS_ERROR_INVALID and *out_problems holding every problem (HustingsReportProblem*, errors
 * and warnings). On success *out_problems holds the warnings. progress (may be NULL) is called
 * from the calling thread; meant to run in a worker thread with its own HustingsCommitteeFile. */
gboolean hustings_report_write_fec (HustingsCommitteeFile *file,
                                    HustingsReport        *report,
                                    const char            *path,
                                    GPtrArray            **out_problems,
                                    HustingsProgressFunc   progress,
                                    gpointer               progress_data,
                                    GCancellable          *cancellable,
                                    GError               **error);

/* The filing as records (HustingsFecRecord*), HDR first, for tests and previews. */
GPtrArray *hustings_report_build_filing (HustingsCommitteeFile *file,
                                         HustingsReport        *report,
                                         HustingsProgressFunc   progress,
                                         gpointer               progress_data,
                                         GCancellable          *cancellable,
                                         GError               **error);

G_END_DECLS
