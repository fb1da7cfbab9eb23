/* hustings-report-private.h: what the report files share.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-report.h"

G_BEGIN_DECLS

/* For the store, on a report it reads or saves. */
void hustings_report_set_id     (HustingsReport       *self,
                                 gint64                id);
void hustings_report_set_filed  (HustingsReport       *self,
                                 HustingsReportOrigin  origin,
                                 const char           *fec_id,
                                 const char           *filed_at);

/* The Schedule A and B lines a row can be itemized on (the record types), in the order the
 * filing lists them. */
typedef enum {
  SCHED_SA11AI, SCHED_SA11B, SCHED_SA11C, SCHED_SA11D, SCHED_SA12, SCHED_SA13A, SCHED_SA13B,
  SCHED_SA13, SCHED_SA14, SCHED_SA15, SCHED_SA16, SCHED_SA17,
  SCHED_SB17, SCHED_SB18, SCHED_SB19A, SCHED_SB19B, SCHED_SB20A, SCHED_SB20B, SCHED_SB20C,
  SCHED_SB21, SCHED_SB21B, SCHED_SB22, SCHED_SB23, SCHED_SB26, SCHED_SB27, SCHED_SB28A,
  SCHED_SB28B, SCHED_SB28C, SCHED_SB29, SCHED_SB30B,
  N_SCHEDS
} HustingsSched;

const char *hustings_sched_name (HustingsSched sched);  /* "SA11AI" */

/* What the scan found out about one itemized row. */
typedef enum {
  ITEM_MEMO    = 1 << 0,  /* a memo row: redesignation, reattribution, memo disbursement */
  ITEM_REFUND  = 1 << 1,  /* a refund of a contribution (a negative receipt), on Schedule B */
  ITEM_EARMARK = 1 << 2,  /* earmarked through a conduit: followed by the conduit's memo row */
} HustingsItemFlags;

typedef struct {
  gint64 id;         /* the donation's or disbursement's */
  gint64 aggregate;  /* Schedule A: the contributor's end-of-day running total */
  guint8 sched;      /* HustingsSched */
  guint8 flags;      /* HustingsItemFlags */
} HustingsItem;

/* What went through one conduit in the period: gint64 cents by day from the period's first
 * day, each the running total to that day. */
typedef struct {
  char   *conduit;   /* its FEC id */
  GArray *days;
} HustingsEarmarks;

/* One pass over the rows of a report's period: the summary's base lines, which rows are
 * itemized, and (when drill_lines is set) the rows behind some lines. */
typedef struct {
  /* In */
  HustingsReport *report;
  gboolean        f3x;
  char           *period_start;      /* first day of the cycle / year */
  int             start_day;         /* it and the coverage's first day, as day numbers */
  int             from_day;
  const char     *from;
  const char     *to;
  GHashTable     *drill_lines;       /* base line names ("11ai") to drill; NULL: none */
  gboolean        drill_column_b;
  /* Out */
  gint64         *col_a;             /* cents per base line: one per HustingsSched, then the */
  gint64         *col_b;             /* unitemized individuals */
  GArray         *receipts;          /* HustingsItem of the itemized donations, by id */
  GArray         *disbursements;     /* HustingsItem of the itemized disbursements, by id */
  GPtrArray      *earmarks;          /* HustingsEarmarks */
  GArray         *drill_rows;        /* HustingsReportRow */
} HustingsReportScan;

gboolean hustings_report_scan_run   (HustingsCommitteeFile *file,
                                     HustingsReportScan    *scan,
                                     HustingsReport        *report,
                                     GHashTable            *drill_lines,
                                     gboolean               drill_column_b,
                                     GCancellable          *cancellable,
                                     GError               **error);
void     hustings_report_scan_clear (HustingsReportScan    *scan);
/* The item of row id in receipts or disbursements, or NULL when it is not itemized. */
const HustingsItem *hustings_report_scan_find (GArray *items,
                                               gint64  id);
/* What went through conduit from the period's first day to date (YYYY-MM-DD) included. */
gint64   hustings_report_scan_earmarked (HustingsReportScan *scan,
                                         const char         *conduit,
                                         const char         *date);

/* The summary from a scan (the scan's base lines, the cash carried, the previous filed
 * report's column B). */
HustingsReportSummary *hustings_report_summary_from_scan (HustingsCommitteeFile *file,
                                                          HustingsReportScan    *scan,
                                                          GCancellable          *cancellable,
                                                          GError               **error);

/* The summary's line names as the cover record names its fields: for each field of the cover
 * layout "L11ai_individuals_itemized_period", the line "11ai" and its column. */
gboolean hustings_report_cover_field_line (const char            *field_name,
                                           char                 **out_line,
                                           HustingsReportColumn  *out_column);

/* hustings_report_build_filing, with the summary it computed on the way (*out_summary). */
GPtrArray *hustings_report_build_records (HustingsCommitteeFile  *file,
                                          HustingsReport         *report,
                                          HustingsReportSummary **out_summary,
                                          HustingsProgressFunc    progress,
                                          gpointer                progress_data,
                                          GCancellable           *cancellable,
                                          GError               **error);

G_END_DECLS
