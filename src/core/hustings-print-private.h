/* hustings-print-private.h: what the parts of a printed report share: the pages, the context
 * they are drawn from, and the drawing primitives of the FEC's forms.
 *
 * Every page is laid out on US Letter in points (612 × 792 portrait, 792 × 612 for the
 * landscape listing), origin at the top left; hustings_report_print_draw_page scales it to the
 * paper. Each part (forms, schedules, listing) appends its pages at pagination time and draws
 * one page at a time from the filing's records.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "hustings-report-print.h"
#include "hustings-committee.h"

G_BEGIN_DECLS

typedef enum {
  HUSTINGS_PAGE_COVER,     /* Form 3 / 3X page 1 */
  HUSTINGS_PAGE_SUMMARY,   /* the summary page */
  HUSTINGS_PAGE_DETAILED,  /* a detailed summary page: sub is 0, 1, … */
  HUSTINGS_PAGE_SCHEDULE,  /* Schedule A or B: records first … first + count - 1, one line */
  HUSTINGS_PAGE_TEXT,      /* TEXT memos: first … first + count - 1 of the schedules part's
                            * own list of the filing's TEXT records */
  HUSTINGS_PAGE_LISTING,   /* review listing: rows first … first + count - 1 (indexes into
                            * HustingsPrintContext.listing), sub 1 on the first page */
} HustingsPageKind;

typedef struct {
  guint8  kind;          /* HustingsPageKind */
  guint8  sub;           /* detailed summary page number from 0; part-specific otherwise */
  guint16 flags;         /* part-specific (e.g. the last page of a schedule line) */
  guint   first;         /* first record (or listing row) on the page */
  guint   count;         /* records (or rows) on the page */
  guint   number;        /* "Page number of of": within its part, from 1 */
  guint   of;
} HustingsPrintPage;

#define HUSTINGS_PAGE_LAST_OF_LINE (1 << 0)  /* a schedule page that ends its line */

/* What every page is drawn from. The records are the filing, HDR first, then the cover record
 * (F3N, F3A, F3T, F3XN…), the Schedule A and B records grouped by line in the form's order
 * (each itemization followed by its memo records), then the TEXT records. */
typedef struct {
  HustingsReport          *report;
  HustingsCommittee       *committee;
  HustingsReportSummary   *summary;
  GPtrArray               *records;      /* HustingsFecRecord* */
  const HustingsFecRecord *cover;        /* records[1] */
  gboolean                 f3x;          /* Form 3X (else Form 3) */
  HustingsPrintStyle       style;
  GArray                  *listing;      /* guint record indexes: the listing's rows (the
                                          * listing part fills it when it paginates) */
  gpointer                 part_data;    /* the parts' own, made at pagination, freed with
                                          * part_free; read-only while pages are drawn (two
                                          * threads may draw pages at once) */
  GDestroyNotify           part_free;

  /* While a page is drawn (set on the drawing's own copy of the context) */
  cairo_t                 *cr;
  PangoLayout             *layout;
} HustingsPrintContext;

/* The record's type ("SA11AI", "TEXT", "F3N"). */
static inline const char *
hustings_print_record_type (const HustingsFecRecord *record)
{
  return record->type;
}

/* The parts ---------------------------------------------------------------------------------- */

/* Form 3 / 3X pages: cover, summary, detailed summary (hustings-print-forms.c). */
void hustings_print_forms_paginate     (HustingsPrintContext *ctx, GArray *pages);
void hustings_print_forms_draw         (HustingsPrintContext *ctx, const HustingsPrintPage *page);

/* Schedule A and B pages and the TEXT memos (hustings-print-schedules.c). */
void hustings_print_schedules_paginate (HustingsPrintContext *ctx, GArray *pages);
void hustings_print_schedules_draw     (HustingsPrintContext *ctx, const HustingsPrintPage *page);

/* The review listing (hustings-print-listing.c). */
void hustings_print_listing_paginate   (HustingsPrintContext *ctx, GArray *pages);
void hustings_print_listing_draw       (HustingsPrintContext *ctx, const HustingsPrintPage *page);

/* Drawing (hustings-print-draw.c) ------------------------------------------------------------
 *
 * Labels are set in a Helvetica-like sans (Liberation Sans), values filled in as a typewriter
 * would, in a monospace (Liberation Mono), as the FEC's own printouts do. Sizes in points.
 * The primitives below but hustings_print_footer use only the context's cr and layout: letters
 * (hustings-letters.c) draw with a context holding nothing else. */

typedef enum {
  HUSTINGS_FONT_LABEL,        /* 7 pt sans: the form's small print and field captions */
  HUSTINGS_FONT_LABEL_BOLD,   /* 7 pt sans bold */
  HUSTINGS_FONT_TEXT,         /* 8.5 pt sans: line descriptions */
  HUSTINGS_FONT_TEXT_BOLD,    /* 8.5 pt sans bold */
  HUSTINGS_FONT_HEADING,      /* 11 pt sans bold: "SCHEDULE A", "SUMMARY PAGE" */
  HUSTINGS_FONT_TITLE,        /* 15 pt sans bold: "FEC FORM 3", "REPORT OF RECEIPTS…" */
  HUSTINGS_FONT_VALUE,        /* 9 pt mono: what is filled in */
  HUSTINGS_FONT_VALUE_SMALL,  /* 7.5 pt mono: filled in where room is short (the listing) */
  HUSTINGS_FONT_LETTER,       /* 11 pt serif (Liberation Serif), lines 1.2 apart: a letter */
  HUSTINGS_FONT_LETTERHEAD,   /* 20 pt serif bold: the committee's name atop a letter */
  HUSTINGS_FONT_ADDRESS,      /* 11 pt sans: an envelope's recipient */
  HUSTINGS_FONT_ADDRESS_SMALL, /* 9 pt sans: labels, return addresses, a letterhead's address */
  HUSTINGS_N_FONTS
} HustingsPrintFont;

typedef enum {
  HUSTINGS_ALIGN_LEFT,
  HUSTINGS_ALIGN_CENTER,
  HUSTINGS_ALIGN_RIGHT,
} HustingsPrintAlign;

/* Text in width points from (x, y) (y the top of the text), on one line: shrunk down to 70 %
 * to fit, then cut with an ellipsis. width <= 0: no limit. Returns the height drawn. */
double hustings_print_text       (HustingsPrintContext *ctx,
                                  double                x,
                                  double                y,
                                  double                width,
                                  HustingsPrintFont     font,
                                  HustingsPrintAlign    align,
                                  const char           *text);
/* Text wrapped to width (words, then characters); at most max_lines lines (0: all). Returns
 * the height drawn. */
double hustings_print_paragraph  (HustingsPrintContext *ctx,
                                  double                x,
                                  double                y,
                                  double                width,
                                  int                   max_lines,
                                  HustingsPrintFont     font,
                                  const char           *text);
/* The height hustings_print_paragraph would draw. */
double hustings_print_measure    (HustingsPrintContext *ctx,
                                  double                width,
                                  HustingsPrintFont     font,
                                  const char           *text);
/* The width of text set on one line, unshrunk. */
double hustings_print_text_width (HustingsPrintContext *ctx,
                                  HustingsPrintFont     font,
                                  const char           *text);
/* The top of each line of what hustings_print_paragraph would draw (from its top) appended to
 * tops (double): where a long text may be split between pages. Returns its height. */
double hustings_print_line_tops  (HustingsPrintContext *ctx,
                                  double                width,
                                  HustingsPrintFont     font,
                                  const char           *text,
                                  GArray               *tops);
/* printf into hustings_print_text. */
double hustings_print_textf      (HustingsPrintContext *ctx,
                                  double                x,
                                  double                y,
                                  double                width,
                                  HustingsPrintFont     font,
                                  HustingsPrintAlign    align,
                                  const char           *format,
                                  ...) G_GNUC_PRINTF (7, 8);
/* A straight rule of line_width points. */
void   hustings_print_rule       (HustingsPrintContext *ctx,
                                  double                x1,
                                  double                y1,
                                  double                x2,
                                  double                y2,
                                  double                line_width);
/* A rectangle outline (line_width points); filled with grey (0 = none, 1 = black) first. */
void   hustings_print_box        (HustingsPrintContext *ctx,
                                  double                x,
                                  double                y,
                                  double                width,
                                  double                height,
                                  double                line_width,
                                  double                grey);
/* A check box of size points, with an X when checked. */
void   hustings_print_checkbox   (HustingsPrintContext *ctx,
                                  double                x,
                                  double                y,
                                  double                size,
                                  gboolean              checked);
/* The forms' comb: a box of n character cells (height points high, cell points wide) with
 * ticks between cells, and value's characters one a cell (left-aligned; right-aligned when
 * align is RIGHT). Returns the comb's width. */
double hustings_print_comb       (HustingsPrintContext *ctx,
                                  double                x,
                                  double                y,
                                  guint                 n,
                                  double                cell,
                                  double                height,
                                  HustingsPrintAlign    align,
                                  const char           *value);
/* A date comb "M M / D D / Y Y Y Y" with the date (YYYY-MM-DD or YYYYMMDD; NULL or "" leaves it
 * blank), as the forms have it. Returns its width. */
double hustings_print_date       (HustingsPrintContext *ctx,
                                  double                x,
                                  double                y,
                                  double                height,
                                  const char           *date);
/* An amount box width points wide, and cents as
 * "1,234,567.89" right-aligned in it; negative amounts in parentheses. */
void   hustings_print_amount     (HustingsPrintContext *ctx,
                                  double                x,
                                  double                y,
                                  double                width,
                                  double                height,
                                  gint64                cents);
/* "1,234.56" (no currency sign; "(1,234.56)" when negative). Free with g_free. */
char  *hustings_print_format_cents (gint64 cents);
/* The forms' corner marks (the ⌐ ¬ brackets the scanners align on), on a page of width ×
 * height points. */
void   hustings_print_corners    (HustingsPrintContext *ctx,
                                  double                width,
                                  double                height);
/* "Page N of M" at (x, y), right-aligned to x + width, in the forms' style ("PAGE 3 OF 12"). */
void   hustings_print_page_of    (HustingsPrintContext *ctx,
                                  double                x,
                                  double                y,
                                  double                width,
                                  const HustingsPrintPage *page);
/* The footer every page carries below the form: the committee, the report and the date it
 * was printed, small and grey, at the bottom of a page of width × height points. */
void   hustings_print_footer     (HustingsPrintContext *ctx,
                                  double                width,
                                  double                height);

/* A record's field by name, "" when the record or layout has no such field. */
const char *hustings_print_field (const HustingsFecRecord *record,
                                  const char              *name);
/* A Schedule A/B record's contributor or payee as the forms print it: "Last, First Middle" for
 * a person (with prefix and suffix), the organisation's name otherwise. Free with g_free. */
char       *hustings_print_party_name (const HustingsFecRecord *record);
/* A record's amount field by name, 0 when empty. */
gint64      hustings_print_amount_field (const HustingsFecRecord *record,
                                         const char              *name);

/* The summary line a Schedule A or B record is itemized on, lower case: "11ai" for SA11AI,
 * "21b" for SB21B, "" for other records. Returns buf (at least 8 bytes). */
const char *hustings_print_record_line (const HustingsFecRecord *record,
                                        char                    *buf);
/* A line as the forms write it: "11(a)(i)" for "11ai", "21(b)" for "21b", "17" for "17".
 * Free with g_free. */
char       *hustings_print_line_number (const char              *line);

/* Pango markup ("Owed <b>TO</b>", "<i>I certify…</i>") from (x, y), its lines as "\n" breaks
 * them; wrapped and aligned in width points when width > 0, else aligned on x (the left, centre
 * or right end). Returns the width of its widest line, e.g. where a leader starts. */
double      hustings_print_markup     (HustingsPrintContext    *ctx,
                                       double                   x,
                                       double                   y,
                                       double                   width,
                                       HustingsPrintFont        font,
                                       HustingsPrintAlign       align,
                                       const char              *markup);
/* The forms' open comb that names and addresses are typed over: a base line with a tick at
 * each cell boundary, value's characters one a cell. Returns its width. */
double      hustings_print_comb_line  (HustingsPrintContext    *ctx,
                                       double                   x,
                                       double                   y,
                                       guint                    n,
                                       double                   cell,
                                       double                   height,
                                       const char              *value);
/* hustings_print_text with the text's baseline at y (not its top), wherever it shrinks to fit:
 * for cells of different sizes along one line. Returns the height drawn. */
double      hustings_print_text_baseline (HustingsPrintContext *ctx,
                                          double                x,
                                          double                y,
                                          double                width,
                                          HustingsPrintFont     font,
                                          HustingsPrintAlign    align,
                                          const char           *text);

/* The forms' dotted leader from x1 to x2 along y (where a caption's baseline sits), leading the
 * eye from a caption to its amount. */
void        hustings_print_leader        (HustingsPrintContext *ctx,
                                          double                x1,
                                          double                x2,
                                          double                y);

/* A Pango layout for cr that draws the same on paper, on screen and in a PDF (no hinting). */
PangoLayout *hustings_print_create_layout (cairo_t *cr);

/* Draws page (from 0) of a document on cr, on paper width × height points. */
typedef void (*HustingsPrintDrawFunc) (cairo_t  *cr,
                                       guint     page,
                                       double    width,
                                       double    height,
                                       gpointer  data);

/* Writes n_pages pages of width × height points, each drawn by draw, to a PDF at path, with its
 * title and author. Drawn beside the target (path.partial) and renamed over it at the end, so
 * there is never half a PDF; progress after each page; stops between pages once cancellable
 * is cancelled, leaving nothing written. */
gboolean     hustings_print_write_pdf     (const char            *path,
                                           guint                  n_pages,
                                           double                 width,
                                           double                 height,
                                           const char            *title,
                                           const char            *author,
                                           HustingsPrintDrawFunc  draw,
                                           gpointer               draw_data,
                                           HustingsProgressFunc   progress,
                                           gpointer               progress_data,
                                           GCancellable          *cancellable,
                                           GError               **error);

G_END_DECLS
