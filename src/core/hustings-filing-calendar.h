/* hustings-filing-calendar.h: the reports a committee owes the FEC in a year.
 *
 * Computed from the rules (fec-rules.md §2.12), not from a table of dates:
 * - Quarterly (filing frequency "Q"). Form 3 committees file Q1 (Jan 1–Mar 31, due Apr 15),
 *   Q2 (…–Jun 30, due Jul 15), Q3 (…–Sep 30, due Oct 15) and YE (…–Dec 31, due Jan 31 of the
 *   next year) every year; in an election year also a 12-day pre-election report before each
 *   election of the committee's election table (12P primary, 12R runoff, 12C convention,
 *   12S special; books close 20 days before the election, due 12 days before) and, for the
 *   general (G in the table, or the federal general election day in an even year), 12G and
 *   the 30-day post-general 30G (closes 20 days after, due 30 days after; 30S likewise after
 *   a special). Form 3X quarterly PACs and parties file Q1, Q2, Q3, 30G and YE in an even
 *   year (their pre-election reports depend on activity and are not listed) and the
 *   semiannual MY (Jan 1–Jun 30, due Jul 31) and YE in an odd year.
 * - Monthly ("M"): M2…M12 (each covers the month before, due the 20th) and YE; in an even year
 *   12G and 30G replace M11 and M12.
 * Each report's coverage starts the day after the previous one closes, so a pre-primary
 * report shortens the quarter after it. Due dates are not moved for weekends or holidays.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-types.h"

G_BEGIN_DECLS

typedef struct _HustingsFilingReport HustingsFilingReport;

struct _HustingsFilingReport {
  char *code;           /* FEC report code: "Q1", "12P", "30G", "YE", "M2", "MY" */
  char *coverage_from;  /* YYYY-MM-DD */
  char *coverage_to;    /* YYYY-MM-DD, the close of books */
  char *due;            /* YYYY-MM-DD, the filing deadline */
  char *election;       /* pre- and post-election reports: "P2026", "G2026"; NULL otherwise */
  char *election_date;  /* YYYY-MM-DD or NULL */
  char *election_state; /* the election's state or "" */
};

/* The reports the committee owes that close in year, preceded by the year-end report of the
 * year before (due Jan 31 of year), sorted by close of books (HustingsFilingReport*). year:
 * 1900–9998. */
GPtrArray            *hustings_filing_calendar           (const HustingsCommittee    *committee,
                                                          int                         year);
/* The report of that code in year's calendar (for a year-end report, the one covering year;
 * for a pre- or post-election report with election NULL, the first of that code): what a
 * report dialog proposes as coverage, election and due date. NULL when the committee owes no
 * such report that year (e.g. "M5" for a quarterly filer); codes such as "TER" have none. */
HustingsFilingReport *hustings_filing_calendar_find      (const HustingsCommittee    *committee,
                                                          const char                 *code,
                                                          int                         year,
                                                          const char                 *election);
/* "April Quarterly", "12-day Pre-Primary", "Year-End", "February Monthly", "Termination"…
 * translated; the code itself for one not known. */
const char           *hustings_filing_code_describe      (const char                 *code);

HustingsFilingReport *hustings_filing_report_copy        (const HustingsFilingReport *self);
void                  hustings_filing_report_free        (HustingsFilingReport       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HustingsFilingReport, hustings_filing_report_free)

G_END_DECLS
