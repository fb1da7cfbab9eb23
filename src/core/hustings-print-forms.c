/* hustings-print-forms.c: the pages of Form 3 and Form 3X themselves: the cover page, the
 * summary page and the detailed summary pages, drawn where the FEC's blank forms (revised
 * 05/2016) have them.
 *
 * Everything the blank form prints is data: captions, rules and, for the summary pages, one
 * row per line of the form ({where, its number, its wording, the summary line in its boxes}).
 * The code draws those tables, then fills in what the filing says: the cover record's fields
 * typed into the combs and boxes, the summary's figures in the amount boxes of columns A and
 * B. Positions are the forms' own, in points from the top left of a US Letter page, measured
 * on the FEC's PDFs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-print-forms"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hustings-print-private.h"

#define PAGE_WIDTH    612.0
#define PAGE_HEIGHT   792.0
#define LEFT          36.0    /* the forms' margins */
#define RIGHT         576.0

/* The summary pages: a line's number, letter and roman numeral, and its wording after them. */
#define NUM_X         36.0
#define SUB_X         54.0
#define ITEM_X        72.0
#define ITEM_TEXT_X   86.4
#define LEADER_END    218.0   /* the dot leaders end at the boxes' gutter */
#define WIDE_END      397.5   /* … or across column A (F3's cash summary) */
#define ARROW_X       210.5
#define COLUMN_A_X    235.1
#define COLUMN_B_X    415.1
#define BOX_WIDTH     160.9
#define BOX_HEIGHT    21.6
#define COLUMNS_GAP_X 407.5   /* the rule between the columns' captions */

/* Combs: the FEC id, states and dates in boxes of 14.4 pt cells; names and addresses typed
 * over open lines of 11.9 pt cells. */
#define CELL          14.4
#define COMB_HEIGHT   20.0
#define LINE_CELL     11.9
#define LINE_HEIGHT   13.0
#define CHECK_SIZE    12.0

/* Liberation Mono's advance is 0.6 em: characters of the 9 pt value font in a width. */
#define MONO_CHARS(width) ((guint) ((width) / (9 * 0.6)))

/* Text the blank form prints: Pango markup at (x, y), its top; centred on x or ending at x
 * when so aligned; scale enlarges the font (the titles). */
typedef struct {
  double             x, y;
  HustingsPrintFont  font;
  HustingsPrintAlign align;
  double             scale;
  const char        *text;
} Caption;

#define CAPTION(x, y, font, text) \
  { x, y, HUSTINGS_FONT_##font, HUSTINGS_ALIGN_LEFT, 1.0, text }
#define CENTERED(x, y, font, scale, text) \
  { x, y, HUSTINGS_FONT_##font, HUSTINGS_ALIGN_CENTER, scale, text }

typedef struct {
  double x1, y1, x2, y2, width;
} Rule;

#define HRULE(x1, x2, y, width) { x1, y, x2, y, width }
#define VRULE(x, y1, y2, width) { x, y1, x, y2, width }

#define TABLE(t) t, G_N_ELEMENTS (t)
#define CAPTIONS(t) .captions = t, .n_captions = G_N_ELEMENTS (t)
#define RULES(t) .rules = t, .n_rules = G_N_ELEMENTS (t)
#define ROWS(t) .rows = t, .n_rows = G_N_ELEMENTS (t)
#define BOXES(t) .boxes = t, .n_boxes = G_N_ELEMENTS (t)

/* ---- The summary pages ---- */

typedef enum {
  ROW_ARROW = 1 << 0,  /* the form's ▶ points at the boxes */
  ROW_WIDE  = 1 << 1,  /* wording across column A, column A's figure in column B's place (F3
                        * cash summary, lines 23–27) */
  ROW_TIGHT = 1 << 2,  /* lines 9 points apart, not 12 */
  ROW_YEAR  = 1 << 3,  /* F3X 6(a): "January 1," and the year in a comb, no leader */
} RowFlags;

/* One block of a summary page's wording: a heading ("11. CONTRIBUTIONS … FROM:") or a line
 * of the form with its amount boxes. */
typedef struct {
  double      y;      /* top of its first line */
  double      box_y;  /* top of its amount boxes */
  const char *num;    /* "11." */
  const char *sub;    /* "(a)" */
  const char *item;   /* "(i)" */
  const char *text;   /* the form's wording, markup, "\n" where the form breaks it */
  const char *line;   /* the summary line in its boxes, NULL for a heading */
  guint       flags;  /* RowFlags */
} Row;

typedef struct {
  const char    *title;        /* "SUMMARY PAGE" */
  const char    *subtitle;
  double         name_y;       /* "Write or Type Committee Name"; 0: no committee block */
  double         name_rule_y;  /* the line the name is typed on */
  double         period_y;     /* "Report Covering the Period:" */
  const char    *section;      /* "I. RECEIPTS" above the lines, or NULL */
  double         section_y;
  double         section_rule_y;
  double         columns_y;    /* "COLUMN A" */
  const char    *column_a;     /* "This Period" */
  double         contact_y;    /* "For further information contact:"; 0: none */
  double         qualified_y;  /* F3X: the multicandidate committee box; 0: none */
  const Caption *captions;
  guint          n_captions;
  const Rule    *rules;
  guint          n_rules;
  const Row     *rows;
  guint          n_rows;
} PageDef;

/* ---- The cover ---- */

/* A type of report's check box. */
typedef struct {
  const char *code;
  double      x, y;
} ReportBox;

typedef struct {
  double           new_x, amended_x, new_y;  /* 3. IS THIS REPORT NEW (N) OR AMENDED (A) */
  gboolean         district;                 /* F3: the candidate's state and district */
  double           election_x, state_x;      /* a pre- / post-election report's election */
  double           election_y[2];
  const Caption   *captions;
  guint            n_captions;
  const Rule      *rules;
  guint            n_rules;
  const ReportBox *boxes;
  guint            n_boxes;
} CoverDef;

typedef struct {
  const char     *name;      /* "FEC <b>Form 3</b> (Revised 05/2016)" */
  const char     *column_b;  /* "Election Cycle-to-Date" */
  const CoverDef *cover;
  const PageDef  *pages;     /* the summary page, then the detailed summary pages */
  guint           n_pages;
} FormDef;

/* What both covers print, where both have it. */
static const Caption cover_captions[] = {
  CAPTION (460.9, 98.3, LABEL, N_("Office Use Only")),
  CAPTION (36, 117.4, TEXT, "1."),
  CAPTION (54, 117.4, TEXT, N_("NAME OF\nCOMMITTEE (in full)")),
  CAPTION (163.4, 117.6, TEXT, N_("<b>TYPE OR PRINT</b> ▼")),
  CAPTION (287.7, 117.4, TEXT, N_("Example: If typing, type\nover the lines.")),
  CAPTION (36, 212.4, TEXT, N_("ADDRESS <small>(number and street)</small>")),
  CAPTION (43, 225.5, TEXT, "▼"),
  CAPTION (72, 238.4, TEXT, N_("Check if different\nthan previously\nreported. (ACC)")),
  CAPTION (257.2, 274, TEXT, N_("CITY ▲")),
  CAPTION (398.3, 274, TEXT, N_("STATE ▲")),
  CAPTION (487.6, 274, TEXT, N_("ZIP CODE ▲")),
  CAPTION (514.6, 253, TEXT, "–"),
  CAPTION (36, 283.9, TEXT, "2."),
  CAPTION (54, 283.2, TEXT, N_("<b>FEC IDENTIFICATION NUMBER</b> ▼")),
  CAPTION (36, 590.9, TEXT, "5."),
  CAPTION (54, 590.9, TEXT, N_("Covering Period")),
  CAPTION (316.8, 590.9, TEXT, N_("through")),
  CAPTION (36, 643.3, TEXT, N_("Type or Print Name of Treasurer")),
  CAPTION (36, 679.3, TEXT, N_("Signature of Treasurer")),
  CAPTION (396, 679.3, TEXT, N_("Date")),
  CAPTION (36, 704.5, LABEL, N_("NOTE: Submission of false, erroneous, or incomplete information "
                                "may subject the person signing this Report to the penalties "
                                "of 52 U.S.C. § 30109.")),
  CENTERED (85.6, 721.7, TEXT, 1.0, N_("Office\nUse\nOnly")),
};

static const Rule cover_rules[] = {
  HRULE (LEFT, RIGHT, 107.0, 2.2),
  VRULE (396.0, 36.0, 107.0, 2.2),
  HRULE (LEFT, RIGHT, 618.2, 2.0),
  HRULE (172.8, RIGHT, 654.8, 0.6),  /* the treasurer's name */
  HRULE (144.0, 374.0, 690.8, 0.6),  /* the treasurer's signature */
  HRULE (LEFT, RIGHT, 717.8, 2.2),
  /* Office use only */
  HRULE (71.6, 453.2, 756.0, 1.1),
  VRULE (71.6, 717.8, 756.0, 1.1),
  VRULE (99.7, 717.8, 756.0, 1.1),
  VRULE (151.2, 717.8, 756.0, 1.1),
  VRULE (200.5, 717.8, 756.0, 1.1),
  VRULE (252.0, 717.8, 756.0, 1.1),
  VRULE (301.3, 717.8, 756.0, 1.1),
  VRULE (352.8, 717.8, 756.0, 1.1),
  VRULE (403.2, 717.8, 756.0, 1.1),
  VRULE (453.2, 717.8, 756.0, 1.1),
};

/* Form 3 ------------------------------------------------------------------------------------ */

static const Caption f3_cover_captions[] = {
  CENTERED (75.6, 61.0, TITLE, 1.2, N_("FEC\nFORM 3")),
  CENTERED (255.0, 48.5, TITLE, 1.25, N_("REPORT OF RECEIPTS\nAND DISBURSEMENTS")),
  CENTERED (255.0, 91.5, TEXT_BOLD, 1.1, N_("For An Authorized Committee")),
  CAPTION (237.6, 310.4, TEXT, N_("3.   IS THIS")),
  CAPTION (252.0, 320.9, TEXT, N_("REPORT")),
  CAPTION (334.8, 310.4, TEXT, N_("NEW\n(N)")),
  CAPTION (363.1, 318.5, TEXT_BOLD, N_("OR")),
  CAPTION (428.4, 310.4, TEXT, N_("AMENDED\n(A)")),
  CAPTION (497.5, 300.9, TEXT, N_("STATE ▼ DISTRICT")),
  CAPTION (36, 352.5, HEADING, "4."),
  CAPTION (54, 352.5, HEADING, N_("TYPE OF REPORT <span weight='normal' size='smaller'>"
                                  "(Choose One)</span>")),
  CAPTION (54, 373.9, TEXT, "(a)"),
  CAPTION (71.9, 373.9, TEXT, N_("Quarterly Reports:")),
  CAPTION (90, 398.9, TEXT, N_("April 15 Quarterly Report (Q1)")),
  CAPTION (90, 422.9, TEXT, N_("July 15 Quarterly Report (Q2)")),
  CAPTION (90, 446.9, TEXT, N_("October 15 Quarterly Report (Q3)")),
  CAPTION (90, 470.9, TEXT, N_("January 31 Year-End Report (YE)")),
  CAPTION (90, 518.9, TEXT, N_("Termination Report (TER)")),
  CAPTION (230.4, 362.9, TEXT, "(b)"),
  CAPTION (249, 363.2, TEXT, N_("12-Day <b>PRE</b>-Election Report for the:")),
  CAPTION (303, 387.4, TEXT, N_("Primary (12P)")),
  CAPTION (418.2, 387.4, TEXT, N_("General (12G)")),
  CAPTION (519, 387.4, TEXT, N_("Runoff (12R)")),
  CAPTION (303, 411.4, TEXT, N_("Convention (12C)")),
  CAPTION (418.2, 411.4, TEXT, N_("Special (12S)")),
  CAPTION (252, 449.4, TEXT, N_("Election on")),
  CAPTION (496.8, 438.9, TEXT, N_("in the\nState of")),
  CAPTION (230.7, 472.7, TEXT, "(c)"),
  CAPTION (249, 473.2, TEXT, N_("30-Day <b>POST</b>-Election Report for the:")),
  CAPTION (303, 495.4, TEXT, N_("General (30G)")),
  CAPTION (418.2, 495.4, TEXT, N_("Runoff (30R)")),
  CAPTION (519, 495.4, TEXT, N_("Special (30S)")),
  CAPTION (252, 532.4, TEXT, N_("Election on")),
  CAPTION (496.8, 521.9, TEXT, N_("in the\nState of")),
  CAPTION (36, 625.3, TEXT, N_("<i>I certify that I have examined this Report and to the best of "
                               "my knowledge and belief it is true, correct and complete.</i>")),
  CENTERED (507.6, 728.5, HEADING, 1.15, N_("FEC FORM 3")),
  CENTERED (507.6, 743.4, LABEL, 1.1, N_("(Revised 05/2016)")),
};

static const Rule f3_cover_rules[] = {
  VRULE (115.2, 36.0, 107.0, 2.2),
  HRULE (237.0, 475.2, 294.1, 0.6),
  HRULE (LEFT, 475.2, 342.4, 2.2),
  VRULE (475.2, 294.1, 353.0, 0.6),  /* the candidate's state and district */
  HRULE (475.2, RIGHT, 353.0, 2.2),
  VRULE (222.8, 354.0, 551.0, 0.5),
  HRULE (230.0, RIGHT, 471.0, 0.5),
  HRULE (LEFT, RIGHT, 564.1, 2.2),
};

static const ReportBox f3_boxes[] = {
  { "Q1", 62.3, 397.4 }, { "Q2", 62.3, 421.4 }, { "Q3", 62.3, 445.4 }, { "YE", 62.3, 469.4 },
  { "TER", 62.3, 517.4 },
  { "12P", 278.3, 385.9 }, { "12G", 393.5, 385.9 }, { "12R", 494.3, 385.9 },
  { "12C", 278.3, 409.9 }, { "12S", 393.5, 409.9 },
  { "30G", 278.3, 493.9 }, { "30R", 393.5, 493.9 }, { "30S", 494.3, 493.9 },
};

static const CoverDef f3_cover = {
  .new_x = 307.1, .amended_x = 400.7, .new_y = 312.0,
  .district = TRUE,
  .election_x = 314.3, .state_x = 544.7, .election_y = { 437.0, 520.0 },
  CAPTIONS (f3_cover_captions), RULES (f3_cover_rules), BOXES (f3_boxes),
};

static const Rule f3_summary_rules[] = {
  HRULE (LEFT, LEADER_END, 317.9, 1.0),
  HRULE (LEFT, LEADER_END, 452.2, 0.7),
  HRULE (LEFT, LEADER_END, 487.1, 0.5),
  HRULE (LEFT, LEADER_END, 536.0, 0.5),
  HRULE (LEFT, RIGHT, 159.8, 2.2),
  HRULE (LEFT, RIGHT, 596.9, 2.2),
  HRULE (LEFT, RIGHT, 711.0, 2.2),
};

static const Row f3_summary_rows[] = {
  { 192.8, 0, "6.", NULL, NULL, N_("Net Contributions (other than loans)"), NULL, 0 },
  { 216.8, 218.2, NULL, "(a)", NULL,
    N_("Total Contributions\n(other than loans) (from Line 11(e))"), "6a", 0 },
  { 252.8, 254.2, NULL, "(b)", NULL, N_("Total Contribution Refunds\n(from Line 20(d))"), "6b",
    0 },
  { 288.8, 290.2, NULL, "(c)", NULL,
    N_("Net Contributions (other than loans)\n(subtract Line 6(b) from Line 6(a))"), "6c", 0 },
  { 324.8, 0, "7.", NULL, NULL, N_("Net Operating Expenditures"), NULL, 0 },
  { 348.8, 350.3, NULL, "(a)", NULL, N_("Total Operating Expenditures\n(from Line 17)"), "7a",
    0 },
  { 384.8, 386.3, NULL, "(b)", NULL,
    N_("Total Offsets to Operating\nExpenditures (from Line 14)"), "7b", 0 },
  { 420.8, 422.3, NULL, "(c)", NULL,
    N_("Net Operating Expenditures\n(subtract Line 7(b) from Line 7(a))"), "7c", 0 },
  { 456.9, 457.9, "8.", NULL, NULL,
    N_("Cash on Hand at Close of\nReporting Period (from Line 27)"), "8", 0 },
  { 492.7, 506.2, "9.", NULL, NULL, N_("Debts and Obligations Owed <b>TO</b>\nthe Committee "
                                       "(Itemize all on\nSchedule C and/or Schedule D)"), "9",
    0 },
  { 540.7, 554.0, "10.", NULL, NULL, N_("Debts and Obligations Owed <b>BY</b>\nthe Committee "
                                        "(Itemize all on\nSchedule C and/or Schedule D)"),
    "10", 0 },
};

static const Rule f3_receipts_rules[] = {
  HRULE (LEFT, RIGHT, 159.8, 2.2),
  HRULE (LEFT, LEADER_END, 428.0, 0.5),
  HRULE (LEFT, LEADER_END, 465.1, 0.5),
  HRULE (LEFT, LEADER_END, 560.9, 0.7),
  HRULE (LEFT, LEADER_END, 609.1, 0.5),
  HRULE (LEFT, LEADER_END, 643.7, 0.5),
  HRULE (LEFT, RIGHT, 686.9, 2.2),
};

static const Row f3_receipts_rows[] = {
  { 208.4, 0, "11.", NULL, NULL, N_("CONTRIBUTIONS (other than loans) FROM:"), NULL, 0 },
  { 232.4, 0, NULL, "(a)", NULL, N_("Individuals/Persons Other Than\nPolitical Committees"),
    NULL, 0 },
  { 256.4, 247.0, NULL, NULL, "(i)", N_("Itemized (use Schedule A)"), "11ai", 0 },
  { 280.4, 271.1, NULL, NULL, "(ii)", N_("Unitemized"), "11aii", 0 },
  { 292.4, 295.2, NULL, NULL, "(iii)", N_("TOTAL of contributions\nfrom individuals"), "11aiii",
    ROW_ARROW },
  { 328.4, 319.0, NULL, "(b)", NULL, N_("Political Party Committees"), "11b", 0 },
  { 340.4, 343.1, NULL, "(c)", NULL, N_("Other Political Committees\n(such as PACs)"), "11c",
    0 },
  { 376.4, 367.2, NULL, "(d)", NULL, N_("The Candidate"), "11d", 0 },
  { 388.4, 404.3, NULL, "(e)", NULL, N_("TOTAL CONTRIBUTIONS\n(other than loans)\n"
                                        "(add Lines 11(a)(iii), (b), (c), and (d))"), "11e", 0 },
  { 436.4, 438.8, "12.", NULL, NULL, N_("TRANSFERS FROM OTHER\nAUTHORIZED COMMITTEES"), "12",
    0 },
  { 472.5, 0, "13.", NULL, NULL, N_("LOANS:"), NULL, 0 },
  { 484.5, 487.1, NULL, "(a)", NULL, N_("Made or Guaranteed by the\nCandidate"), "13a", 0 },
  { 520.5, 511.2, NULL, "(b)", NULL, N_("All Other Loans"), "13b", 0 },
  { 532.5, 535.3, NULL, "(c)", NULL, N_("TOTAL LOANS\n(add Lines 13(a) and (b))"), "13c", 0 },
  { 568.5, 582.8, "14.", NULL, NULL,
    N_("OFFSETS TO OPERATING\nEXPENDITURES\n(Refunds, Rebates, etc.)"), "14", 0 },
  { 616.5, 618.8, "15.", NULL, NULL, N_("OTHER RECEIPTS\n(Dividends, Interest, etc.)"), "15",
    0 },
  { 646.3, 655.2, "16.", NULL, NULL, N_("<b>TOTAL RECEIPTS</b> (add Lines\n11(e), 12, 13(c), "
                                        "14, and 15)\n(Carry Total to Line 24, page 4)"), "16",
    ROW_ARROW | ROW_TIGHT },
};

static const Caption f3_disbursements_captions[] = {
  CENTERED (216.0, 510.5, HEADING, 1.0, N_("III. CASH SUMMARY")),
};

static const Rule f3_disbursements_rules[] = {
  HRULE (LEFT, LEADER_END, 149.4, 0.7),
  HRULE (LEFT, LEADER_END, 185.4, 0.7),
  HRULE (LEFT, LEADER_END, 281.9, 0.7),
  HRULE (LEFT, LEADER_END, 423.4, 0.7),
  HRULE (LEFT, LEADER_END, 447.8, 0.7),
  HRULE (LEFT, RIGHT, 499.0, 2.2),
  HRULE (LEFT, 396.0, 528.8, 0.7),
  HRULE (LEFT, RIGHT, 711.0, 2.2),
};

static const Row f3_disbursements_rows[] = {
  { 131.9, 122.0, "17.", NULL, NULL, N_("OPERATING EXPENDITURES"), "17", 0 },
  { 155.9, 158.0, "18.", NULL, NULL, N_("TRANSFERS TO OTHER\nAUTHORIZED COMMITTEES"), "18", 0 },
  { 191.9, 0, "19.", NULL, NULL, N_("LOAN REPAYMENTS:"), NULL, 0 },
  { 203.9, 206.3, NULL, "(a)", NULL, N_("Of Loans Made or Guaranteed\nby the Candidate"), "19a",
    0 },
  { 239.9, 230.0, NULL, "(b)", NULL, N_("Of All Other Loans"), "19b", 0 },
  { 251.9, 254.2, NULL, "(c)", NULL, N_("TOTAL LOAN REPAYMENTS\n(add Lines 19(a) and (b))"),
    "19c", 0 },
  { 287.9, 0, "20.", NULL, NULL, N_("REFUNDS OF CONTRIBUTIONS TO:"), NULL, 0 },
  { 299.9, 302.0, NULL, "(a)", NULL, N_("Individuals/Persons Other\nThan Political Committees"),
    "20a", 0 },
  { 335.9, 326.2, NULL, "(b)", NULL, N_("Political Party Committees"), "20b", 0 },
  { 347.9, 350.3, NULL, "(c)", NULL, N_("Other Political Committees\n(such as PACs)"), "20c",
    0 },
  { 383.9, 386.3, NULL, "(d)", NULL,
    N_("TOTAL CONTRIBUTION REFUNDS\n(add Lines 20(a), (b), and (c))"), "20d", 0 },
  { 431.9, 422.3, "21.", NULL, NULL, N_("OTHER DISBURSEMENTS"), "21", 0 },
  { 455.8, 457.9, "22.", NULL, NULL,
    N_("<b>TOTAL DISBURSEMENTS</b>\n(add Lines 17, 18, 19(c), 20(d), and 21)"), "22",
    ROW_ARROW },
  { 541.9, 529.9, "23.", NULL, NULL, N_("CASH ON HAND AT BEGINNING OF REPORTING PERIOD"), "23",
    ROW_WIDE },
  { 577.9, 565.9, "24.", NULL, NULL, N_("TOTAL RECEIPTS THIS PERIOD (from Line 16, page 3)"),
    "24", ROW_WIDE },
  { 613.9, 601.9, "25.", NULL, NULL, N_("SUBTOTAL (add Line 23 and Line 24)"), "25", ROW_WIDE },
  { 649.9, 637.9, "26.", NULL, NULL, N_("TOTAL DISBURSEMENTS THIS PERIOD (from Line 22)"), "26",
    ROW_WIDE },
  { 673.9, 673.9, "27.", NULL, NULL, N_("CASH ON HAND AT CLOSE OF REPORTING PERIOD\n"
                                        "(subtract Line 26 from Line 25)"), "27", ROW_WIDE },
};

static const PageDef f3_pages[] = {
  { .title = N_("SUMMARY PAGE"), .subtitle = N_("of Receipts and Disbursements"),
    .name_y = 78.0, .name_rule_y = 105.1, .period_y = 131.7,
    .columns_y = 168.0, .column_a = N_("This Period"), .contact_y = 612.2,
    RULES (f3_summary_rules), ROWS (f3_summary_rows) },
  { .title = N_("DETAILED SUMMARY PAGE"), .subtitle = N_("of Receipts"),
    .name_y = 71.8, .name_rule_y = 104.8, .period_y = 132.5,
    .section = N_("I. RECEIPTS"), .section_y = 173.0, .section_rule_y = 195.1,
    .columns_y = 168.8, .column_a = N_("Total This Period"),
    RULES (f3_receipts_rules), ROWS (f3_receipts_rows) },
  { .title = N_("DETAILED SUMMARY PAGE"), .subtitle = N_("of Disbursements"),
    .section = N_("II. DISBURSEMENTS"), .section_y = 82.0, .section_rule_y = 104.4,
    .columns_y = 80.0, .column_a = N_("Total This Period"),
    CAPTIONS (f3_disbursements_captions), RULES (f3_disbursements_rules),
    ROWS (f3_disbursements_rows) },
};

static const FormDef f3_form = {
  .name = N_("FEC <b>Form 3</b> (Revised 05/2016)"), .column_b = N_("Election Cycle-to-Date"),
  .cover = &f3_cover, .pages = f3_pages, .n_pages = G_N_ELEMENTS (f3_pages),
};

/* Form 3X ----------------------------------------------------------------------------------- */

static const Caption f3x_cover_captions[] = {
  CENTERED (79.2, 60.0, TITLE, 1.12, N_("FEC\nFORM 3X")),
  CENTERED (259.5, 46.0, TITLE, 1.25, N_("REPORT OF RECEIPTS\nAND DISBURSEMENTS")),
  CENTERED (259.5, 86.0, TEXT_BOLD, 1.1, N_("For Other Than An Authorized Committee")),
  CAPTION (252.0, 305.0, TEXT, N_("3.   IS THIS")),
  CAPTION (266.4, 315.5, TEXT, N_("REPORT")),
  CAPTION (349.2, 305.0, TEXT, N_("NEW\n(N)")),
  CAPTION (378.7, 316.5, TEXT_BOLD, N_("OR")),
  CAPTION (442.8, 305.0, TEXT, N_("AMENDED\n(A)")),
  CAPTION (36, 345.0, HEADING, "4."),
  CAPTION (54, 345.0, HEADING, N_("TYPE OF REPORT")),
  CAPTION (54, 357.5, TEXT, N_("(Choose One)")),
  CAPTION (54, 380.0, TEXT, "(a)"),
  CAPTION (72, 380.0, TEXT, N_("Quarterly Reports:")),
  CAPTION (90, 404.0, TEXT, N_("April 15\nQuarterly Report (Q1)")),
  CAPTION (90, 428.0, TEXT, N_("July 15\nQuarterly Report (Q2)")),
  CAPTION (90, 452.0, TEXT, N_("October 15\nQuarterly Report (Q3)")),
  CAPTION (90, 476.0, TEXT, N_("January 31\nYear-End Report (YE)")),
  CAPTION (90, 500.0, TEXT, N_("July 31 Mid-Year\nReport (Non-election\nYear Only) (MY)")),
  CAPTION (90, 536.0, TEXT, N_("Termination Report\n(TER)")),
  CAPTION (175.7, 345.0, TEXT, "(b)"),
  CAPTION (190.1, 345.0, TEXT, N_("Monthly\nReport\nDue On:")),
  CAPTION (257.1, 347.0, TEXT, N_("Feb 20 (M2)")),
  CAPTION (257.1, 371.0, TEXT, N_("Mar 20 (M3)")),
  CAPTION (257.1, 395.0, TEXT, N_("Apr 20 (M4)")),
  CAPTION (350.6, 347.0, TEXT, N_("May 20 (M5)")),
  CAPTION (350.6, 371.0, TEXT, N_("Jun 20 (M6)")),
  CAPTION (350.6, 395.0, TEXT, N_("Jul 20 (M7)")),
  CAPTION (437.1, 347.0, TEXT, N_("Aug 20 (M8)")),
  CAPTION (437.1, 371.0, TEXT, N_("Sep 20 (M9)")),
  CAPTION (437.1, 395.0, TEXT, N_("Oct 20 (M10)")),
  CAPTION (523.5, 344.0, TEXT, N_("Nov 20 (M11)")),
  { 523.5, 354.0, HUSTINGS_FONT_LABEL, HUSTINGS_ALIGN_LEFT, 0.85,
    N_("(Non-Election\nYear Only)") },
  CAPTION (523.5, 368.5, TEXT, N_("Dec 20 (M12)")),
  { 523.5, 378.5, HUSTINGS_FONT_LABEL, HUSTINGS_ALIGN_LEFT, 0.85,
    N_("(Non-Election\nYear Only)") },
  CAPTION (523.5, 395.0, TEXT, N_("Jan 31 (YE)")),
  CAPTION (187.2, 418.0, TEXT, "(c)"),
  CAPTION (208.6, 419.5, TEXT, N_("12-Day")),
  CAPTION (208.6, 431.5, TEXT, N_("<b>PRE</b>-Election")),
  CAPTION (208.6, 443.5, TEXT, N_("Report for the:")),
  CAPTION (305.8, 419.5, TEXT, N_("Primary (12P)")),
  CAPTION (421.0, 419.5, TEXT, N_("General (12G)")),
  CAPTION (521.8, 419.5, TEXT, N_("Runoff (12R)")),
  CAPTION (305.8, 443.5, TEXT, N_("Convention (12C)")),
  CAPTION (421.0, 443.5, TEXT, N_("Special (12S)")),
  CAPTION (248.1, 482.0, TEXT, N_("Election on")),
  CAPTION (492.9, 471.5, TEXT, N_("in the\nState of")),
  CAPTION (187.2, 503.0, TEXT, "(d)"),
  CAPTION (208.6, 503.5, TEXT, N_("30-Day")),
  CAPTION (208.6, 515.5, TEXT, N_("<b>POST</b>-Election")),
  CAPTION (208.6, 527.5, TEXT, N_("Report for the:")),
  CAPTION (305.8, 515.5, TEXT, N_("General (30G)")),
  CAPTION (421.0, 515.5, TEXT, N_("Runoff (30R)")),
  CAPTION (521.8, 515.5, TEXT, N_("Special (30S)")),
  CAPTION (248.1, 554.0, TEXT, N_("Election on")),
  CAPTION (492.9, 543.5, TEXT, N_("in the\nState of")),
  CAPTION (36, 623.0, TEXT, N_("I certify that I have examined this Report and to the best of my "
                               "knowledge and belief it is true, correct and complete.")),
  CENTERED (507.6, 727.5, HEADING, 1.15, N_("FEC FORM 3X")),
  CENTERED (507.6, 742.0, LABEL, 1.1, N_("Rev. 05/2016")),
};

static const Rule f3x_cover_rules[] = {
  VRULE (122.4, 36.0, 107.0, 2.2),
  HRULE (237.0, RIGHT, 294.5, 0.6),
  HRULE (LEFT, RIGHT, 338.4, 2.2),
  VRULE (178.9, 368.0, 566.0, 0.5),
  HRULE (187.0, RIGHT, 413.6, 0.5),
  HRULE (209.0, RIGHT, 497.9, 0.5),
  HRULE (LEFT, RIGHT, 572.4, 1.5),
};

/* "YE" is the quarterly filers' year-end report, "MYE" the monthly filers'. */
static const ReportBox f3x_boxes[] = {
  { "Q1", 62.3, 407.3 }, { "Q2", 62.3, 431.0 }, { "Q3", 62.3, 455.2 }, { "YE", 62.3, 479.3 },
  { "MY", 62.3, 503.0 }, { "TER", 62.3, 539.0 },
  { "M2", 235.1, 347.2 }, { "M3", 235.1, 371.3 }, { "M4", 235.1, 395.0 },
  { "M5", 328.7, 347.2 }, { "M6", 328.7, 371.3 }, { "M7", 328.7, 395.0 },
  { "M8", 415.1, 347.2 }, { "M9", 415.1, 371.3 }, { "M10", 415.1, 395.0 },
  { "M11", 501.5, 347.2 }, { "M12", 501.5, 371.3 }, { "MYE", 501.5, 395.0 },
  { "12P", 278.6, 419.3 }, { "12G", 393.5, 419.3 }, { "12R", 494.3, 419.3 },
  { "12C", 278.6, 443.3 }, { "12S", 393.5, 443.3 },
  { "30G", 278.6, 515.3 }, { "30R", 393.5, 515.3 }, { "30S", 494.3, 515.3 },
};

static const CoverDef f3x_cover = {
  .new_x = 321.5, .amended_x = 415.1, .new_y = 308.5,
  .district = FALSE,
  .election_x = 310.3, .state_x = 540.7, .election_y = { 473.4, 545.4 },
  CAPTIONS (f3x_cover_captions), RULES (f3x_cover_rules), BOXES (f3x_boxes),
};

static const Caption f3x_summary_captions[] = {
  CAPTION (91.5, 214.8, TEXT, N_("January 1,")),
};

static const Rule f3x_summary_rules[] = {
  HRULE (LEFT, RIGHT, 161.6, 2.2),
  HRULE (LEFT, LEADER_END, 362.5, 0.5),
  HRULE (LEFT, LEADER_END, 392.4, 0.7),
  HRULE (LEFT, LEADER_END, 439.9, 0.7),
  HRULE (LEFT, LEADER_END, 488.5, 0.5),
  HRULE (LEFT, RIGHT, 545.4, 2.2),
  HRULE (LEFT, RIGHT, 592.6, 2.2),
  HRULE (LEFT, RIGHT, 704.5, 2.2),
};

static const Row f3x_summary_rows[] = {
  { 202.8, 208.8, "6.", "(a)", NULL, N_("Cash on Hand"), "6a", ROW_YEAR },
  { 238.8, 244.8, NULL, "(b)", NULL, N_("Cash on Hand at\nBeginning of Reporting Period"), "6b",
    0 },
  { 286.8, 280.8, NULL, "(c)", NULL, N_("Total Receipts (from Line 19)"), "6c", 0 },
  { 310.8, 328.7, NULL, "(d)", NULL, N_("Subtotal (add Lines 6(b) and\n6(c) for Column A and "
                                        "Lines\n6(a) and 6(c) for Column B)"), "6d", 0 },
  { 370.8, 364.7, "7.", NULL, NULL, N_("Total Disbursements (from Line 31)"), "7", 0 },
  { 394.8, 412.6, "8.", NULL, NULL,
    N_("Cash on Hand at Close of\nReporting Period\n(subtract Line 7 from Line 6(d))"), "8", 0 },
  { 442.8, 460.8, "9.", NULL, NULL, N_("Debts and Obligations Owed <b>TO</b>\nthe Committee "
                                       "(Itemize all on\nSchedule C and/or Schedule D)"), "9",
    0 },
  { 490.8, 508.7, "10.", NULL, NULL, N_("Debts and Obligations Owed <b>BY</b>\nthe Committee "
                                        "(Itemize all on\nSchedule C and/or Schedule D)"),
    "10", 0 },
};

static const Rule f3x_receipts_rules[] = {
  HRULE (LEFT, RIGHT, 140.8, 2.2),
};

static const Row f3x_receipts_rows[] = {
  { 169.6, 0, "11.", NULL, NULL, N_("Contributions (other than loans) From:"), NULL, 0 },
  { 181.6, 0, NULL, "(a)", NULL, N_("Individuals/Persons Other\nThan Political Committees"),
    NULL, 0 },
  { 205.6, 198.4, NULL, NULL, "(i)", N_("Itemized (use Schedule A)"), "11ai", 0 },
  { 229.6, 222.5, NULL, NULL, "(ii)", N_("Unitemized"), "11aii", 0 },
  { 241.6, 246.2, NULL, NULL, "(iii)", N_("TOTAL (add\nLines 11(a)(i) and (ii)"), "11aiii",
    ROW_ARROW },
  { 277.6, 270.4, NULL, "(b)", NULL, N_("Political Party Committees"), "11b", 0 },
  { 289.6, 294.5, NULL, "(c)", NULL, N_("Other Political Committees\n(such as PACs)"), "11c",
    0 },
  { 313.6, 330.5, NULL, "(d)", NULL, N_("Total Contributions (add Lines\n11(a)(iii), (b), and "
                                        "(c)) (Carry\nTotals to Line 33, page 5)"), "11d",
    ROW_ARROW },
  { 349.6, 356.4, "12.", NULL, NULL, N_("Transfers From Affiliated/Other\nParty Committees"),
    "12", 0 },
  { 385.6, 380.2, "13.", NULL, NULL, N_("All Loans Received"), "13", 0 },
  { 413.2, 408.2, "14.", NULL, NULL, N_("Loan Repayments Received"), "14", 0 },
  { 425.2, 444.2, "15.", NULL, NULL, N_("Offsets To Operating Expenditures\n(Refunds, Rebates, "
                                        "etc.)\n(Carry Totals to Line 37, page 5)"), "15", 0 },
  { 461.2, 480.2, "16.", NULL, NULL, N_("Refunds of Contributions Made\nto Federal Candidates "
                                        "and Other\nPolitical Committees"), "16", 0 },
  { 497.2, 505.4, "17.", NULL, NULL, N_("Other Federal Receipts\n(Dividends, Interest, etc.)"),
    "17", 0 },
  { 521.2, 0, "18.", NULL, NULL, N_("Transfers from Non-Federal and Levin Funds"), NULL, 0 },
  { 533.2, 540.0, NULL, "(a)", NULL, N_("Non-Federal Account\n(from Schedule H3)"), "18a", 0 },
  { 572.8, 566.6, NULL, "(b)", NULL, N_("Levin Funds (from Schedule H5)"), "18b", 0 },
  { 596.8, 593.3, NULL, "(c)", NULL, N_("Total Transfers (add 18(a) and 18(b))"), "18c", 0 },
  { 644.8, 653.0, "19.", NULL, NULL, N_("Total Receipts (add Lines 11(d),\n12, 13, 14, 15, 16, "
                                        "17, and 18(c))"), "19", ROW_ARROW },
  { 680.8, 689.0, "20.", NULL, NULL,
    N_("Total Federal Receipts\n(subtract Line 18(c) from Line 19)"), "20", ROW_ARROW },
};

static const Rule f3x_disbursements_rules[] = {
  HRULE (LEFT, RIGHT, 730.4, 1.8),
};

static const Row f3x_disbursements_rows[] = {
  { 91.7, 0, "21.", NULL, NULL, N_("Operating Expenditures:"), NULL, 0 },
  { 100.7, 0, NULL, "(a)", NULL, N_("Allocated Federal/Non-Federal\nActivity (from Schedule H4)"),
    NULL, ROW_TIGHT },
  { 120.7, 113.8, NULL, NULL, "(i)", N_("Federal Share"), "21ai", 0 },
  { 142.7, 137.5, NULL, NULL, "(ii)", N_("Non-Federal Share"), "21aii", 0 },
  { 154.7, 161.6, NULL, "(b)", NULL, N_("Other Federal Operating\nExpenditures"), "21b", 0 },
  { 178.7, 185.8, NULL, "(c)", NULL,
    N_("Total Operating Expenditures\n(add 21(a)(i), (a)(ii), and (b))"), "21c", ROW_ARROW },
  { 202.7, 209.2, "22.", NULL, NULL, N_("Transfers to Affiliated/Other Party\nCommittees"), "22",
    ROW_TIGHT },
  { 221.7, 232.9, "23.", NULL, NULL, N_("Contributions to\nFederal Candidates/Committees\n"
                                        "and Other Political Committees"), "23", ROW_TIGHT },
  { 249.7, 257.0, "24.", NULL, NULL, N_("Independent Expenditures\n(use Schedule E)"), "24",
    ROW_TIGHT },
  { 267.7, 281.2, "25.", NULL, NULL,
    N_("Coordinated Party Expenditures\n(52 U.S.C. § 30116(d))\n(use Schedule F)"), "25",
    ROW_TIGHT },
  { 307.7, 304.9, "26.", NULL, NULL, N_("Loan Repayments Made"), "26", 0 },
  { 331.7, 329.0, "27.", NULL, NULL, N_("Loans Made"), "27", 0 },
  { 341.7, 0, "28.", NULL, NULL, N_("Refunds of Contributions To:"), NULL, 0 },
  { 350.7, 353.2, NULL, "(a)", NULL, N_("Individuals/Persons Other\nThan Political Committees"),
    "28a", ROW_TIGHT },
  { 379.7, 377.3, NULL, "(b)", NULL, N_("Political Party Committees"), "28b", 0 },
  { 391.7, 401.0, NULL, "(c)", NULL, N_("Other Political Committees\n(such as PACs)"), "28c",
    0 },
  { 417.7, 428.0, NULL, "(d)", NULL,
    N_("Total Contribution Refunds\n(add Lines 28(a), (b), and (c))"), "28d", ROW_ARROW },
  { 453.7, 462.6, "29.", NULL, NULL,
    N_("Other Disbursements (Including\nNon-Federal Donations)"), "29", 0 },
  { 486.7, 0, "30.", NULL, NULL, N_("Federal Election Activity (52 U.S.C. § 30101(20))"), NULL,
    0 },
  { 498.7, 0, NULL, "(a)", NULL, N_("Allocated Federal Election Activity\n(from Schedule H6)"),
    NULL, 0 },
  { 522.7, 520.6, NULL, NULL, "(i)", N_("Federal Share"), "30ai", 0 },
  { 546.7, 544.7, NULL, NULL, "(ii)", N_("“Levin” Share"), "30aii", 0 },
  { 558.7, 568.8, NULL, "(b)", NULL,
    N_("Federal Election Activity Paid\nEntirely With Federal Funds"), "30b", 0 },
  { 582.7, 592.6, NULL, "(c)", NULL, N_("Total Federal Election Activity (add\nLines 30(a)(i), "
                                        "30(a)(ii) and 30(b))"), "30c", ROW_ARROW },
  { 621.7, 632.5, "31.", NULL, NULL, N_("Total Disbursements (add Lines 21(c), 22,\n23, 24, 25, "
                                        "26, 27, 28(d), 29 and 30(c))"), "31", 0 },
  { 655.7, 679.0, "32.", NULL, NULL, N_("Total Federal Disbursements\n(subtract Line 21(a)(ii) "
                                        "and Line 30(a)(ii)\nfrom Line 31)"), "32", ROW_ARROW },
};

static const Rule f3x_net_rules[] = {
  HRULE (LEFT, RIGHT, 267.5, 2.2),
};

static const Row f3x_net_rows[] = {
  { 103.3, 108.0, "33.", NULL, NULL,
    N_("Total Contributions (other than loans)\n(from Line 11(d), page 3)"), "33", 0 },
  { 127.3, 132.1, "34.", NULL, NULL, N_("Total Contribution Refunds\n(from Line 28(d))"), "34",
    0 },
  { 151.3, 155.9, "35.", NULL, NULL,
    N_("Net Contributions (other than loans)\n(subtract Line 34 from Line 33)"), "35", 0 },
  { 175.3, 180.0, "36.", NULL, NULL,
    N_("Total Federal Operating Expenditures\n(add Line 21(a)(i) and Line 21(b))"), "36",
    ROW_ARROW },
  { 199.3, 204.1, "37.", NULL, NULL,
    N_("Offsets to Operating Expenditures\n(from Line 15, page 3)"), "37", 0 },
  { 223.3, 228.2, "38.", NULL, NULL,
    N_("Net Operating Expenditures\n(subtract Line 37 from Line 36)"), "38", ROW_ARROW },
};

static const PageDef f3x_pages[] = {
  { .title = N_("SUMMARY PAGE"), .subtitle = N_("OF RECEIPTS AND DISBURSEMENTS"),
    .name_y = 73.0, .name_rule_y = 107.6, .period_y = 132.0,
    .columns_y = 167.6, .column_a = N_("This Period"), .contact_y = 599.0, .qualified_y = 561.0,
    CAPTIONS (f3x_summary_captions), RULES (f3x_summary_rules), ROWS (f3x_summary_rows) },
  { .title = N_("DETAILED SUMMARY PAGE"), .subtitle = N_("of Receipts"),
    .name_y = 74.0, .name_rule_y = 108.4, .period_y = 121.5,
    .section = N_("I. Receipts"), .section_y = 147.0, .section_rule_y = 169.2,
    .columns_y = 143.0, .column_a = N_("Total This Period"),
    RULES (f3x_receipts_rules), ROWS (f3x_receipts_rows) },
  { .title = N_("DETAILED SUMMARY PAGE"), .subtitle = N_("of Disbursements"),
    .section = N_("II. Disbursements"), .section_y = 75.0, .section_rule_y = 91.0,
    .columns_y = 73.5, .column_a = N_("Total This Period"),
    RULES (f3x_disbursements_rules), ROWS (f3x_disbursements_rows) },
  { .title = N_("DETAILED SUMMARY PAGE"), .subtitle = N_("of Disbursements"),
    .section = N_("III. Net Contributions/\nOperating Expenditures"), .section_y = 70.0,
    .section_rule_y = 97.9, .columns_y = 70.5, .column_a = N_("Total This Period"),
    RULES (f3x_net_rules), ROWS (f3x_net_rows) },
};

static const FormDef f3x_form = {
  .name = N_("FEC <b>Form 3X</b> (Rev. 05/2016)"), .column_b = N_("Calendar Year-to-Date"),
  .cover = &f3x_cover, .pages = f3x_pages, .n_pages = G_N_ELEMENTS (f3x_pages),
};

/* For the summary pages that have it: how to reach the FEC. */
static const Caption contact_captions[] = {
  CENTERED (306, 0, TEXT_BOLD, 1.15, N_("For further information contact:")),
  CENTERED (306, 24.3, TEXT, 1.15, N_("Federal Election Commission")),
  CENTERED (306, 36.3, TEXT, 1.15, N_("999 E Street, NW")),
  CENTERED (306, 48.3, TEXT, 1.15, N_("Washington, DC 20463")),
  CENTERED (306, 72.3, TEXT, 1.15, N_("Toll Free 800-424-9530")),
  CENTERED (306, 84.3, TEXT, 1.15, N_("Local 202-694-1100")),
};

/* ---- Drawing ---- */

static const FormDef *
form_of (HustingsPrintContext *ctx)
{
  return ctx->f3x ? &f3x_form : &f3_form;
}

static void
draw_captions (HustingsPrintContext *ctx, const Caption *captions, guint n, double dy)
{
  for (guint i = 0; i < n; i++)
    {
      const Caption *c = &captions[i];

      cairo_save (ctx->cr);
      cairo_translate (ctx->cr, c->x, c->y + dy);
      cairo_scale (ctx->cr, c->scale, c->scale);
      hustings_print_markup (ctx, 0, 0, 0, c->font, c->align, _(c->text));
      cairo_restore (ctx->cr);
    }
}

static void
draw_rules (HustingsPrintContext *ctx, const Rule *rules, guint n)
{
  for (guint i = 0; i < n; i++)
    hustings_print_rule (ctx, rules[i].x1, rules[i].y1, rules[i].x2, rules[i].y2,
                         rules[i].width);
}

/* A check box with an X typed in it when checked, as the filled-in form has it. */
static void
draw_check (HustingsPrintContext *ctx, double x, double y, gboolean checked)
{
  hustings_print_checkbox (ctx, x, y, CHECK_SIZE, FALSE);
  if (checked)
    hustings_print_text (ctx, x, y + (CHECK_SIZE - 10.5) / 2, CHECK_SIZE, HUSTINGS_FONT_VALUE,
                         HUSTINGS_ALIGN_CENTER, "X");
}

/* An open comb of n cells with value typed in its cells, or typed over the line (shrunk to
 * fit) when in_cells is FALSE. */
static void
draw_typed_line (HustingsPrintContext *ctx,
                 double                x,
                 double                y,
                 guint                 n,
                 const char           *value,
                 gboolean              in_cells)
{
  hustings_print_comb_line (ctx, x, y, n, LINE_CELL, LINE_HEIGHT, in_cells ? value : NULL);
  if (!in_cells)
    hustings_print_text (ctx, x + 2, y + (LINE_HEIGHT - 10.5) / 2, n * LINE_CELL - 4,
                         HUSTINGS_FONT_VALUE, HUSTINGS_ALIGN_LEFT, value);
}

static gboolean
fits (const char *value, guint n)
{
  return g_utf8_strlen (value, -1) <= (glong) n;
}

/* value's words on n_lines lines of at most width characters, the last one taking what is
 * left. Returns whether they all fit. */
static gboolean
wrap_words (const char *value, guint width, guint n_lines, GString **lines)
{
  g_auto(GStrv) words = g_strsplit (value, " ", -1);
  gboolean fit = TRUE;
  guint line = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      glong len = g_utf8_strlen (words[i], -1);

      if (len == 0)
        continue;
      if (lines[line]->len > 0 &&
          g_utf8_strlen (lines[line]->str, -1) + 1 + len > (glong) width && line + 1 < n_lines)
        line++;
      if (lines[line]->len > 0)
        g_string_append_c (lines[line], ' ');
      g_string_append (lines[line], words[i]);
    }
  for (guint i = 0; i < n_lines; i++)
    fit = fit && fits (lines[i]->str, width);
  return fit;
}

/* The committee's name on the cover's two lines: a character a cell when it fits there,
 * else typed across them. */
static void
draw_committee_name (HustingsPrintContext *ctx, const char *name)
{
  static const double line_y[] = { 156.0, 180.0 };
  const guint cells = 45;
  GString *lines[G_N_ELEMENTS (line_y)];
  gboolean in_cells;

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    lines[i] = g_string_new (NULL);
  in_cells = wrap_words (name, cells, G_N_ELEMENTS (lines), lines);
  if (!in_cells)
    {
      for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
        g_string_truncate (lines[i], 0);
      wrap_words (name, MONO_CHARS (cells * LINE_CELL - 4), G_N_ELEMENTS (lines), lines);
    }
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      draw_typed_line (ctx, LEFT, line_y[i], cells, lines[i]->str, in_cells);
      g_string_free (lines[i], TRUE);
    }
}

/* "Prefix First Middle Last Suffix", as the treasurer's name is printed to be signed. */
static char *
treasurer_name (const HustingsFecRecord *cover)
{
  static const char * const parts[] = {
    "treasurer_prefix", "treasurer_first_name", "treasurer_middle_name", "treasurer_last_name",
    "treasurer_suffix",
  };
  GString *name = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      const char *value = hustings_print_field (cover, parts[i]);

      if (*value == '\0')
        continue;
      if (name->len > 0)
        g_string_append_c (name, ' ');
      g_string_append (name, value);
    }
  return g_string_free (name, FALSE);
}

static void
draw_cover (HustingsPrintContext *ctx, const FormDef *form)
{
  const CoverDef *def = form->cover;
  const HustingsFecRecord *cover = ctx->cover;
  const char *code = hustings_print_field (cover, "report_code");
  const char *fec_id = hustings_print_field (cover, "filer_committee_id_number");
  const char *street_1 = hustings_print_field (cover, "street_1");
  const char *street_2 = hustings_print_field (cover, "street_2");
  const char *city = hustings_print_field (cover, "city");
  const char *zip = hustings_print_field (cover, "zip");
  gboolean amended = hustings_report_get_amendment (ctx->report) > 0;
  int election = g_str_has_prefix (code, "12") ? 0 : g_str_has_prefix (code, "30") ? 1 : -1;
  g_autofree char *zip_5 = g_utf8_substring (zip, 0, 5);
  g_autofree char *treasurer = treasurer_name (cover);

  draw_rules (ctx, TABLE (cover_rules));
  draw_rules (ctx, def->rules, def->n_rules);
  draw_captions (ctx, TABLE (cover_captions), 0);
  draw_captions (ctx, def->captions, def->n_captions, 0);

  /* 1. The committee, its address */
  hustings_print_comb (ctx, 398.0, 113.0, 7, CELL, COMB_HEIGHT, HUSTINGS_ALIGN_LEFT, "12FE4M5");
  draw_committee_name (ctx, hustings_print_field (cover, "committee_name"));
  draw_typed_line (ctx, 167.0, 204.0, 34, street_1, fits (street_1, 34));
  draw_typed_line (ctx, 167.0, 228.0, 34, street_2, fits (street_2, 34));
  draw_typed_line (ctx, 167.0, 252.0, 18, city, fits (city, 18));
  hustings_print_comb_line (ctx, 404.3, 252.0, 2, 12.4, LINE_HEIGHT,
                            hustings_print_field (cover, "state"));
  hustings_print_comb_line (ctx, 452.5, 252.0, 5, LINE_CELL, LINE_HEIGHT, zip_5);
  hustings_print_comb_line (ctx, 523.8, 252.0, 4, LINE_CELL, LINE_HEIGHT,
                            g_utf8_offset_to_pointer (zip, MIN (5, g_utf8_strlen (zip, -1))));
  draw_check (ctx, 41.0, 239.0,
              g_strcmp0 (hustings_print_field (cover, "change_of_address"), "X") == 0);

  /* 2. Its FEC id (the form prints the C) */
  hustings_print_comb (ctx, 55.4, 306.0, 9, CELL, COMB_HEIGHT, HUSTINGS_ALIGN_LEFT, fec_id);
  if (*fec_id == '\0')
    hustings_print_text (ctx, 55.4, 309.0, CELL, HUSTINGS_FONT_HEADING, HUSTINGS_ALIGN_CENTER,
                         "C");

  /* 3. New or amended; F3: the candidate's state and district */
  draw_check (ctx, def->new_x, def->new_y, !amended);
  draw_check (ctx, def->amended_x, def->new_y, amended);
  if (def->district)
    {
      hustings_print_comb_line (ctx, 498.2, 322.0, 2, 12.4, LINE_HEIGHT,
                                hustings_print_field (cover, "election_state"));
      hustings_print_comb_line (ctx, 545.8, 322.0, 2, 12.4, LINE_HEIGHT,
                                hustings_print_field (cover, "election_district"));
    }

  /* 4. The type of report, and the election of a pre- or post-election report */
  for (guint i = 0; i < def->n_boxes; i++)
    draw_check (ctx, def->boxes[i].x, def->boxes[i].y,
                strcmp (def->boxes[i].code, code) == 0 ||
                (strcmp (def->boxes[i].code, "TER") == 0 &&
                 hustings_report_get_termination (ctx->report)));
  for (int i = 0; i < 2; i++)
    {
      hustings_print_date (ctx, def->election_x, def->election_y[i], COMB_HEIGHT,
                           i == election ? hustings_print_field (cover, "date_of_election")
                                         : NULL);
      hustings_print_comb (ctx, def->state_x, def->election_y[i], 2, CELL, COMB_HEIGHT,
                           HUSTINGS_ALIGN_LEFT,
                           i == election ? hustings_print_field (cover, "state_of_election")
                                         : NULL);
    }

  /* 5. The coverage */
  hustings_print_date (ctx, 142.0, 581.0, COMB_HEIGHT,
                       hustings_print_field (cover, "coverage_from_date"));
  hustings_print_date (ctx, 372.0, 581.0, COMB_HEIGHT,
                       hustings_print_field (cover, "coverage_through_date"));

  /* The treasurer: the name, the signature left to sign, the date */
  hustings_print_text (ctx, 176.0, 642.5, RIGHT - 176.0, HUSTINGS_FONT_VALUE,
                       HUSTINGS_ALIGN_LEFT, treasurer);
  hustings_print_date (ctx, 430.0, 666.0, COMB_HEIGHT,
                       hustings_print_field (cover, "date_signed"));
}

/* The title, the committee and the coverage at the top of a summary page; the columns'
 * captions. */
static void
draw_page_head (HustingsPrintContext *ctx, const FormDef *form, const PageDef *def)
{
  const double column_a = COLUMN_A_X + BOX_WIDTH / 2, column_b = COLUMN_B_X + BOX_WIDTH / 2;
  const double rule_y = def->columns_y + 24.5;
  const Caption head[] = {
    CENTERED (PAGE_WIDTH / 2, 38.5, HEADING, 1.2, def->title),
    CENTERED (PAGE_WIDTH / 2, 53.0, TEXT, 1.1, def->subtitle),
    CAPTION (72.0, 58.0, TEXT, form->name),
    CENTERED (column_a, def->columns_y, TEXT_BOLD, 1.0, N_("COLUMN A")),
    CENTERED (column_a, def->columns_y + 10.8, TEXT_BOLD, 1.0, def->column_a),
    CENTERED (column_b, def->columns_y, TEXT_BOLD, 1.0, N_("COLUMN B")),
    CENTERED (column_b, def->columns_y + 10.8, TEXT_BOLD, 1.0, form->column_b),
  };
  const Caption names[] = {
    CAPTION (43.2, def->name_y, TEXT, N_("Write or Type Committee Name")),
    CAPTION (43.2, def->period_y, TEXT, N_("Report Covering the Period:")),
    CAPTION (172.8, def->period_y, TEXT, N_("From:")),
    CAPTION (399.6, def->period_y, TEXT, N_("To:")),
  };

  draw_captions (ctx, TABLE (head), 0);
  hustings_print_rule (ctx, LEFT, 70.0, RIGHT, 70.0, 1.8);
  hustings_print_rule (ctx, COLUMN_A_X, rule_y, RIGHT, rule_y, 0.6);
  hustings_print_rule (ctx, COLUMNS_GAP_X, def->columns_y - 1, COLUMNS_GAP_X, rule_y - 2, 0.6);
  if (def->section != NULL)
    {
      const Caption section[] = { CENTERED (127.0, def->section_y, HEADING, 1.0,
                                            def->section) };

      draw_captions (ctx, TABLE (section), 0);
      hustings_print_rule (ctx, LEFT, def->section_rule_y, 222.0, def->section_rule_y, 0.6);
    }
  if (def->name_y > 0)
    {
      draw_captions (ctx, TABLE (names), 0);
      hustings_print_text (ctx, 50.0, def->name_rule_y - 13, RIGHT - 54.0, HUSTINGS_FONT_VALUE,
                           HUSTINGS_ALIGN_LEFT,
                           hustings_print_field (ctx->cover, "committee_name"));
      hustings_print_rule (ctx, 43.2, def->name_rule_y, RIGHT, def->name_rule_y, 0.5);
      hustings_print_date (ctx, 214.0, def->period_y - 8, COMB_HEIGHT,
                           hustings_print_field (ctx->cover, "coverage_from_date"));
      hustings_print_date (ctx, 430.0, def->period_y - 8, COMB_HEIGHT,
                           hustings_print_field (ctx->cover, "coverage_through_date"));
    }
}

/* The form's ▶ pointing at a total's boxes. */
static void
draw_arrow (HustingsPrintContext *ctx, double x, double y)
{
  cairo_move_to (ctx->cr, x, y);
  cairo_line_to (ctx->cr, x + 8, y + 4.5);
  cairo_line_to (ctx->cr, x, y + 9);
  cairo_close_path (ctx->cr);
  cairo_fill (ctx->cr);
}

static void
draw_boxes (HustingsPrintContext *ctx, const Row *row)
{
  HustingsReportLine *line = hustings_report_summary_lookup (ctx->summary, row->line);

  g_return_if_fail (line != NULL);

  if (row->flags & ROW_WIDE)
    {
      hustings_print_amount (ctx, COLUMN_B_X, row->box_y, BOX_WIDTH, BOX_HEIGHT,
                             hustings_report_line_get_amount (line, HUSTINGS_REPORT_COLUMN_A));
      return;
    }
  for (HustingsReportColumn column = HUSTINGS_REPORT_COLUMN_A;
       column <= HUSTINGS_REPORT_COLUMN_B; column++)
    if (hustings_report_line_has_column (line, column))
      hustings_print_amount (ctx, column == HUSTINGS_REPORT_COLUMN_A ? COLUMN_A_X : COLUMN_B_X,
                             row->box_y, BOX_WIDTH, BOX_HEIGHT,
                             hustings_report_line_get_amount (line, column));
}

static void
draw_row (HustingsPrintContext *ctx, const Row *row)
{
  const HustingsPrintFont font = HUSTINGS_FONT_TEXT;
  const double pitch = row->flags & ROW_TIGHT ? 9.0 : 12.0;
  const double x = row->item ? ITEM_TEXT_X : row->sub ? ITEM_X : SUB_X;
  g_auto(GStrv) lines = g_strsplit (_(row->text), "\n", -1);
  double end = x, last_y = row->y;

  if (row->num)
    hustings_print_text (ctx, NUM_X, row->y, 0, font, HUSTINGS_ALIGN_LEFT, row->num);
  if (row->sub)
    hustings_print_text (ctx, SUB_X, row->y, 0, font, HUSTINGS_ALIGN_LEFT, row->sub);
  if (row->item)
    hustings_print_text (ctx, ITEM_X, row->y, 0, font, HUSTINGS_ALIGN_LEFT, row->item);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      last_y = row->y + i * pitch;
      end = x + hustings_print_markup (ctx, x, last_y, 0, font, HUSTINGS_ALIGN_LEFT, lines[i]);
    }
  if (row->line == NULL)
    return;

  if (row->flags & ROW_YEAR)
    hustings_print_comb (ctx, 158.4, row->box_y, 4, CELL, COMB_HEIGHT, HUSTINGS_ALIGN_LEFT,
                         hustings_print_field (ctx->cover, "L6a_year_for_above_ytd"));
  else if (row->flags & ROW_ARROW)
    {
      hustings_print_leader (ctx, end + 2, ARROW_X - 3, last_y + 7.6);
      draw_arrow (ctx, ARROW_X, last_y + 0.5);
    }
  else
    hustings_print_leader (ctx, end + 2, row->flags & ROW_WIDE ? WIDE_END : LEADER_END,
                           last_y + 7.6);
  draw_boxes (ctx, row);
}

static void
draw_summary_page (HustingsPrintContext *ctx, const FormDef *form, const PageDef *def)
{
  draw_page_head (ctx, form, def);
  draw_rules (ctx, def->rules, def->n_rules);
  draw_captions (ctx, def->captions, def->n_captions, 0);
  for (guint i = 0; i < def->n_rows; i++)
    draw_row (ctx, &def->rows[i]);
  if (def->contact_y > 0)
    draw_captions (ctx, TABLE (contact_captions), def->contact_y);
  if (def->qualified_y > 0)
    {
      const Caption qualified[] = {
        CAPTION (69.9, def->qualified_y + 1.5, TEXT, N_("This committee has qualified as a "
                                                        "multicandidate committee. "
                                                        "(see FEC FORM 1M)")),
      };

      draw_check (ctx, 43.0, def->qualified_y, g_strcmp0 (hustings_print_field (
                    ctx->cover, "qualified_committee"), "X") == 0);
      draw_captions (ctx, TABLE (qualified), 0);
    }
}

void
hustings_print_forms_paginate (HustingsPrintContext *ctx, GArray *pages)
{
  const FormDef *form = form_of (ctx);
  HustingsPrintPage page = { .kind = HUSTINGS_PAGE_COVER, .number = 1, .of = 1 + form->n_pages };

  g_array_append_val (pages, page);
  for (guint i = 0; i < form->n_pages; i++)
    {
      page.kind = i == 0 ? HUSTINGS_PAGE_SUMMARY : HUSTINGS_PAGE_DETAILED;
      page.sub = i == 0 ? 0 : i - 1;
      page.number = i + 2;
      g_array_append_val (pages, page);
    }
}

void
hustings_print_forms_draw (HustingsPrintContext *ctx, const HustingsPrintPage *page)
{
  const FormDef *form = form_of (ctx);

  hustings_print_corners (ctx, PAGE_WIDTH, PAGE_HEIGHT);
  switch ((HustingsPageKind) page->kind)
    {
    case HUSTINGS_PAGE_COVER:
      draw_cover (ctx, form);
      hustings_print_page_of (ctx, 400.0, 24.0, 166.0, page);
      return;
    case HUSTINGS_PAGE_SUMMARY:
      draw_summary_page (ctx, form, &form->pages[0]);
      break;
    case HUSTINGS_PAGE_DETAILED:
      g_return_if_fail (page->sub + 1u < form->n_pages);
      draw_summary_page (ctx, form, &form->pages[page->sub + 1]);
      break;
    case HUSTINGS_PAGE_SCHEDULE:
    case HUSTINGS_PAGE_TEXT:
    case HUSTINGS_PAGE_LISTING:
    default:
      g_return_if_reached ();
    }
  hustings_print_page_of (ctx, 400.0, 57.0, 141.0, page);
}
