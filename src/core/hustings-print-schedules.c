/* hustings-print-schedules.c: the Schedule A and Schedule B pages of a printed report, and its
 * TEXT memos.
 *
 * Each line of the schedules gets pages of its own, laid out as the FEC's blank forms are
 * (F3_SA, F3_SB, F3X_SA, F3X_SB): three itemizations a page — a memo row (a conduit's, a
 * redesignation's, a memo disbursement) is an itemization too, with its Memo Item box checked —
 * the page's subtotal and, on the line's last page, the line's total. Schedule A pages are
 * numbered "PAGE N OF M" across all of Schedule A, Schedule B's across Schedule B.
 *
 * Pagination is one cheap pass over the filing's records (a million of them are fine): it
 * counts itemizations, adds up each line's total, and keeps the TEXT records' indexes. The TEXT
 * records do not come in one run (a row's long memo follows the row in its line), so a TEXT
 * page's first and count index that list, not the records. They are few, so their pages are
 * laid out by the height each takes.
 *
 * A schedule's blank form (its rules, captions and empty boxes) is the same on each of its
 * pages: it is drawn once, into a recording surface, and laid under every page, which then only
 * fills it in. A PDF holds that form once for all the pages that use it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-print-schedules"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hustings-print-private.h"
#include "hustings-validate.h"

#define ITEMS_PER_PAGE 3

/* The page, in points from the top left, as the blank forms have it. */
#define LEFT          36.7   /* the forms' frame */
#define RIGHT         576.7
#define CAPTIONS      51.1   /* where the blocks' captions start */
#define COLUMN        396.9  /* the blocks' right-hand column (date, amount, memo) */
#define RULE_WIDTH    0.5
#define FRAME_WIDTH   1.0
#define HEAVY_WIDTH   1.5
#define HEADER_TOP    36.5
#define PAGE_BOX      486.9  /* the PAGE … OF … box's left */
#define NOTICE_RULE   84.0   /* above the "Any information copied…" notice */
#define NAME_RULE     108.0  /* above NAME OF COMMITTEE */
#define CELL          14.4   /* the combs' cells */
#define COMB_HEIGHT   19.0
#define AMOUNT_WIDTH  158.5  /* the amount boxes: eleven cells */
#define TOTALS_X      410.0  /* the subtotal's and total's amount boxes */
#define TOTALS_MIDDLE 28.8   /* the rule between them, from the box's top */
#define TOTALS_HEIGHT 54.4
#define BOX           11.6   /* check boxes */
#define MEMO_BOX      10.0

/* TEXT pages: the memos run from under the committee's name to above the form's caption. */
#define TEXT_TOP      156.0
#define TEXT_BOTTOM   740.0
#define TEXT_WIDTH    (RIGHT - CAPTIONS)
#define TEXT_CAPTION  12.0   /* what a memo refers to, above it */
#define TEXT_GAP      14.0   /* under a memo, with a rule in the middle */

/* The blocks' tops (A, B, C) and the subtotal's box below them. */
static const double receipt_tops[] = { 144.8, 324.3, 504.2, 684.4 };
static const double disbursement_tops[] = { 147.8, 325.8, 506.2, 686.4 };

/* A schedule's FOR LINE NUMBER boxes: the first row's, then the second's. */
typedef struct {
  const char *boxes[11];  /* NULL-terminated */
  guint       per_row;    /* in the first row */
  double      left;       /* the "Use separate schedule(s)" box */
  double      middle;     /* FOR LINE NUMBER */
  double      first_box;
  double      pitch;
} Header;

static const Header headers[2][2] = {  /* [Form 3X][Schedule B] */
  { { { "11a", "11b", "11c", "11d", "12", "13a", "13b", "14", "15" }, 4, 267.7, 389.4, 401.6,
      36.2 },
    { { "17", "18", "19a", "19b", "20a", "20b", "20c", "21" }, 4, 268.0, 382.5, 416.4, 43.3 } },
  { { { "11a", "11b", "11c", "12", "13", "14", "15", "16", "17" }, 4, 267.7, 389.4, 401.6,
      36.2 },
    { { "21b", "22", "23", "26", "27", "28a", "28b", "28c", "29", "30b" }, 5, 237.6, 348.8,
      364.6, 36.0 } },
};

/* Where a Schedule A block's parts are, from its top: the Form 3X's differs a little. */
typedef struct {
  double occupation;  /* the rule between employer and occupation */
  double amount;      /* the amount box's top */
  double memo;        /* the Memo Item box's top */
  int    memo_lines;  /* the memo text's, under the purpose */
} ReceiptLayout;

static const ReceiptLayout receipt_layouts[2] = {
  { 223.6, 97.8, 125.5, 2 },
  { 249.0, 77.6, 104.5, 4 },
};

/* Schedule A blocks' rules, from the top: under the name, the address, the city, the FEC id,
 * the employer. Schedule B's: under the name, the address, the city, the purpose, the candidate. */
static const double receipt_rules[] = { 23.4, 47.4, 71.4, 107.0, 131.4 };
static const double disbursement_rules[] = { 33.8, 57.8, 82.3, 106.3, 130.4 };

typedef struct {
  GArray          *totals;    /* gint64: each line's total of its itemizations (memo rows left
                               * out), by the line's order in the filing: a schedule page's sub */
  GArray          *texts;     /* guint: the TEXT records' indexes, in the filing's order */
  cairo_surface_t *forms[2];  /* Schedule A's and B's blank form, when there are such pages */
} Schedules;

static void
schedules_free (gpointer data)
{
  Schedules *self = data;

  g_array_unref (self->totals);
  g_array_unref (self->texts);
  for (guint i = 0; i < G_N_ELEMENTS (self->forms); i++)
    g_clear_pointer (&self->forms[i], cairo_surface_destroy);
  g_free (self);
}

/* 0 for a Schedule A record, 1 for Schedule B, -1 for any other. */
static int
schedule_of (const HustingsFecRecord *record)
{
  const char *type = record->type;

  if (type[0] == 'S' && (type[1] == 'A' || type[1] == 'B') && g_ascii_isdigit (type[2]))
    return type[1] == 'B';
  return -1;
}

static const char *
amount_name (int schedule)
{
  return schedule == 1 ? "expenditure_amount" : "contribution_amount";
}

static gboolean
is_memo (const HustingsFecRecord *record)
{
  return g_ascii_strcasecmp (hustings_print_field (record, "memo_code"), "X") == 0;
}

/* Draws on target, outside of a page (to measure, or to record), with the metrics the pages
 * are drawn with; end_drawing puts ctx back. */
static void
begin_drawing (HustingsPrintContext *ctx, cairo_surface_t *target)
{
  ctx->cr = cairo_create (target);
  ctx->layout = hustings_print_create_layout (ctx->cr);
}

static void
end_drawing (HustingsPrintContext *ctx)
{
  g_clear_object (&ctx->layout);
  g_clear_pointer (&ctx->cr, cairo_destroy);
}

/* ---- Drawing: small parts ---- */

static void
caption (HustingsPrintContext *ctx, double x, double y, const char *text)
{
  hustings_print_text (ctx, x, y, 0, HUSTINGS_FONT_LABEL, HUSTINGS_ALIGN_LEFT, text);
}

static void
value (HustingsPrintContext *ctx, double x, double y, double width, const char *text)
{
  hustings_print_text (ctx, x, y, width, HUSTINGS_FONT_VALUE, HUSTINGS_ALIGN_LEFT, text);
}

static void
small_value (HustingsPrintContext *ctx, double x, double y, double width, const char *text)
{
  hustings_print_text (ctx, x, y, width, HUSTINGS_FONT_VALUE_SMALL, HUSTINGS_ALIGN_LEFT, text);
}

static void
hrule (HustingsPrintContext *ctx, double x1, double x2, double y, double width)
{
  hustings_print_rule (ctx, x1, y, x2, y, width);
}

static void
vrule (HustingsPrintContext *ctx, double x, double y1, double y2, double width)
{
  hustings_print_rule (ctx, x, y1, x, y2, width);
}

/* An amount box of the forms' grey, empty. */
static void
blank_amount (HustingsPrintContext *ctx, double x, double y)
{
  hustings_print_comb (ctx, x, y, 1, AMOUNT_WIDTH, COMB_HEIGHT, HUSTINGS_ALIGN_LEFT, NULL);
}

/* The record's amount field called name in its box, when it has one. */
static void
amount_field (HustingsPrintContext    *ctx,
              double                   x,
              double                   y,
              const HustingsFecRecord *record,
              const char              *name)
{
  if (*hustings_print_field (record, name) != '\0')
    hustings_print_amount (ctx, x, y, AMOUNT_WIDTH, COMB_HEIGHT,
                           hustings_print_amount_field (record, name));
}

/* An X in a check box of the blank form. */
static void
check (HustingsPrintContext *ctx, double x, double y, double size)
{
  hustings_print_checkbox (ctx, x, y, size, TRUE);
}

/* An FEC id comb: the committee's "C" printed in its first cell until it is filled in. */
static void
fec_id_comb (HustingsPrintContext *ctx, double x, double y, const char *id)
{
  hustings_print_comb (ctx, x, y, 9, CELL, COMB_HEIGHT, HUSTINGS_ALIGN_LEFT, id);
  if (*id == '\0')
    hustings_print_text (ctx, x, y + 2, CELL, HUSTINGS_FONT_HEADING, HUSTINGS_ALIGN_CENTER, "C");
}

/* SCHEDULE A (FEC Form 3) and what the schedule is, at the top left. */
static void
draw_title (HustingsPrintContext *ctx, const char *schedule, const char *subtitle)
{
  /* Translators: a schedule's title on the FEC's forms, e.g. "SCHEDULE A  (FEC Form 3X)" */
  hustings_print_textf (ctx, LEFT, 41.5, 230, HUSTINGS_FONT_HEADING, HUSTINGS_ALIGN_LEFT,
                        _("%s  (FEC Form %s)"), schedule, ctx->f3x ? "3X" : "3");
  hustings_print_text (ctx, LEFT, 59.5, 230, HUSTINGS_FONT_HEADING, HUSTINGS_ALIGN_LEFT,
                       subtitle);
}

/* The PAGE … OF … box at the top right, and its numbers. */
static void
draw_page_box (HustingsPrintContext *ctx)
{
  vrule (ctx, PAGE_BOX, HEADER_TOP, 48.2, RULE_WIDTH);
  hrule (ctx, PAGE_BOX, RIGHT, 48.2, RULE_WIDTH);
  /* Translators: the forms' page box: PAGE 3 OF 12 */
  caption (ctx, PAGE_BOX + 3.4, 38.6, _("PAGE"));
  caption (ctx, PAGE_BOX + 48.4, 38.6, _("OF"));
}

static void
draw_page_numbers (HustingsPrintContext *ctx, const HustingsPrintPage *page)
{
  char number[16];

  /* Each number at the start of its cell: it reads "PAGE 3 OF 12" as one phrase too. */
  g_snprintf (number, sizeof number, "%u", page->number);
  value (ctx, PAGE_BOX + 26.6, 37.6, 21.0, number);
  g_snprintf (number, sizeof number, "%u", page->of);
  value (ctx, PAGE_BOX + 60.6, 37.6, 28.0, number);
}

/* The notice, and NAME OF COMMITTEE (In Full) with the filer's name, down to y = bottom. */
static void
draw_committee (HustingsPrintContext *ctx, double bottom)
{
  const char *name = hustings_print_field (ctx->cover, "committee_name");

  hrule (ctx, LEFT, RIGHT, NOTICE_RULE, FRAME_WIDTH);
  hrule (ctx, LEFT, RIGHT, NAME_RULE, FRAME_WIDTH);
  hrule (ctx, LEFT, RIGHT, bottom, HEAVY_WIDTH);
  vrule (ctx, LEFT - 0.2, NOTICE_RULE - 0.5, bottom + 0.5, FRAME_WIDTH);
  vrule (ctx, RIGHT - 0.2, HEADER_TOP - 0.5, bottom, FRAME_WIDTH);
  hustings_print_text (ctx, 40.3, 87.3, RIGHT - 44, HUSTINGS_FONT_LABEL, HUSTINGS_ALIGN_LEFT,
                       _("Any information copied from such Reports and Statements may not be "
                         "sold or used by any person for the purpose of soliciting "
                         "contributions"));
  hustings_print_text (ctx, 40.3, 96.9, RIGHT - 44, HUSTINGS_FONT_LABEL, HUSTINGS_ALIGN_LEFT,
                       _("or for commercial purposes, other than using the name and address of "
                         "any political committee to solicit contributions from such "
                         "committee."));
  /* The arrow on the box's left edge */
  hustings_print_rule (ctx, LEFT, NAME_RULE, 47.5, (NAME_RULE + bottom) / 2, RULE_WIDTH);
  hustings_print_rule (ctx, 47.5, (NAME_RULE + bottom) / 2, LEFT, bottom, RULE_WIDTH);
  caption (ctx, CAPTIONS, 114.4, _("NAME OF COMMITTEE (In Full)"));
  value (ctx, 53.0, 127.5, RIGHT - 58, *name != '\0' ? name : ctx->committee->name);
}

/* FOR LINE NUMBER's box i: its top left. */
static void
line_box (const Header *header, guint i, double *x, double *y)
{
  guint row = i < header->per_row ? 0 : 1;

  *x = header->first_box + header->pitch * (row == 0 ? i : i - header->per_row);
  *y = 60.2 + row * 12.0;
}

/* The schedule's FOR LINE NUMBER boxes. */
static void
draw_line_boxes (HustingsPrintContext *ctx, const Header *header)
{
  caption (ctx, header->middle + 7.3, 39.5, _("FOR LINE NUMBER:"));
  caption (ctx, header->middle + 7.3, 49.1, _("(check only one)"));
  for (guint i = 0; header->boxes[i] != NULL; i++)
    {
      double x, y;

      line_box (header, i, &x, &y);
      hustings_print_checkbox (ctx, x, y, BOX, FALSE);
      caption (ctx, x + 14.1, y + 2.6, header->boxes[i]);
    }
}

/* Checks the box of line ("11ai" is on the form's 11a); a line the form has no box for is
 * written out beside the caption. */
static void
check_line (HustingsPrintContext *ctx, const Header *header, const char *line)
{
  g_autofree char *number = NULL;

  for (guint i = 0; header->boxes[i] != NULL; i++)
    {
      gsize len = strlen (header->boxes[i]);
      double x, y;

      if (strncmp (line, header->boxes[i], len) == 0 &&
          strspn (line + len, "iv") == strlen (line + len))
        {
          line_box (header, i, &x, &y);
          check (ctx, x, y, BOX);
          return;
        }
    }
  number = hustings_print_line_number (line);
  small_value (ctx, header->middle + 70, 49.5, PAGE_BOX - header->middle - 72, number);
}

/* ---- Drawing: the blocks ---- */

/* Which of Primary, General, Other an election code is, and for Other what to write. */
typedef enum { ELECTION_NONE, ELECTION_PRIMARY, ELECTION_GENERAL, ELECTION_OTHER } Election;

static Election
election_of (const HustingsFecRecord *record, char **out_other)
{
  const char *code = hustings_print_field (record, "election_code");
  const char *described = hustings_print_field (record, "election_other_description");

  *out_other = NULL;
  switch (code[0])
    {
    case '\0':
      return ELECTION_NONE;
    case 'P':
      return ELECTION_PRIMARY;
    case 'G':
      return ELECTION_GENERAL;
    default:
      *out_other = *described != '\0' ? g_strdup (described)
                                       : hustings_election_code_describe (code);
      return ELECTION_OTHER;
    }
}

/* The Primary, General and Other (specify) boxes with their captions, Primary's at (x, y),
 * General's at general_x. */
static void
draw_election_form (HustingsPrintContext *ctx, double x, double y, double general_x)
{
  hustings_print_checkbox (ctx, x, y, BOX, FALSE);
  hustings_print_checkbox (ctx, general_x, y, BOX, FALSE);
  hustings_print_checkbox (ctx, x, y + 12, BOX, FALSE);
  caption (ctx, x + 16.7, y + 0.7, _("Primary"));
  caption (ctx, general_x + 16.5, y + 0.7, _("General"));
  caption (ctx, x + 16.7, y + 12.7, _("Other (specify) ▼"));
}

/* The record's election in those boxes; its year (the FEC's printouts write it beside the
 * caption) at year_x, year_y; what Other is under its caption. */
static void
draw_election (HustingsPrintContext    *ctx,
               const HustingsFecRecord *record,
               double                   x,
               double                   y,
               double                   general_x,
               double                   other_width,
               double                   year_x,
               double                   year_y)
{
  const char *code = hustings_print_field (record, "election_code");
  g_autofree char *other = NULL;

  switch (election_of (record, &other))
    {
    case ELECTION_NONE:
      return;
    case ELECTION_PRIMARY:
      check (ctx, x, y, BOX);
      break;
    case ELECTION_GENERAL:
      check (ctx, general_x, y, BOX);
      break;
    case ELECTION_OTHER:
      check (ctx, x, y + 12, BOX);
      small_value (ctx, x + 17, y + 24.5, other_width, other);
      break;
    }
  small_value (ctx, year_x, year_y, 28, code + 1);
}

/* "12345-6789" for a nine-digit ZIP code. */
static void
format_zip (const char *zip, char *buf, gsize size)
{
  if (strlen (zip) == 9 && strspn (zip, "0123456789") == 9)
    g_snprintf (buf, size, "%.5s-%s", zip, zip + 5);
  else
    g_strlcpy (buf, zip, size);
}

/* A record's field called <party>_<name>: "contributor_city". */
static const char *
party_field (const HustingsFecRecord *record, const char *party, const char *name)
{
  char key[64];

  g_snprintf (key, sizeof key, "%s_%s", party, name);
  return hustings_print_field (record, key);
}

/* A block's letter, its heavy rule, Full Name, Mailing Address and City / State / Zip Code;
 * rules are the block's (from its top). */
static void
draw_party_form (HustingsPrintContext *ctx,
                 guint                 slot,
                 double                top,
                 const char           *name_caption,
                 const double         *rules,
                 double                state_x,
                 double                zip_x)
{
  char letter[3] = { 'A' + slot, '.', '\0' };

  hrule (ctx, LEFT, RIGHT, top, HEAVY_WIDTH);
  hustings_print_text (ctx, LEFT, top + 15, 0, HUSTINGS_FONT_HEADING, HUSTINGS_ALIGN_LEFT,
                       letter);
  caption (ctx, CAPTIONS, top + 1, name_caption);
  for (guint i = 0; i < 3; i++)
    hrule (ctx, CAPTIONS, COLUMN - 0.2, top + rules[i], RULE_WIDTH);
  caption (ctx, CAPTIONS, top + rules[0] + 1.4, _("Mailing Address"));
  caption (ctx, CAPTIONS, top + rules[1] + 1.0, _("City"));
  caption (ctx, state_x + 3.3, top + rules[1] + 1.0, _("State"));
  caption (ctx, zip_x + 3.4, top + rules[1] + 1.0, _("Zip Code"));
  vrule (ctx, state_x, top + rules[1], top + rules[2], RULE_WIDTH);
  vrule (ctx, zip_x, top + rules[1], top + rules[2], RULE_WIDTH);
}

/* The name, the address, the city, state and ZIP code of the record's party ("contributor",
 * "payee"). */
static void
draw_party (HustingsPrintContext    *ctx,
            const HustingsFecRecord *record,
            const char              *party,
            double                   top,
            const double            *rules,
            double                   state_x,
            double                   zip_x)
{
  g_autofree char *name = hustings_print_party_name (record);
  char zip[16];

  value (ctx, 53.0, top + rules[0] - 11.8, COLUMN - 57, name);
  value (ctx, 112.0, top + rules[0] + 1.8, COLUMN - 116,
         party_field (record, party, "street_1"));
  value (ctx, 112.0, top + rules[0] + 12.4, COLUMN - 116,
         party_field (record, party, "street_2"));
  value (ctx, 53.0, top + rules[2] - 11.8, state_x - 55, party_field (record, party, "city"));
  value (ctx, state_x + 3, top + rules[2] - 11.8, zip_x - state_x - 5,
         party_field (record, party, "state"));
  format_zip (party_field (record, party, "zip"), zip, sizeof zip);
  value (ctx, zip_x + 3, top + rules[2] - 11.8, COLUMN - zip_x - 7, zip);
}

/* "Transaction ID: A123" */
static void
draw_transaction_id (HustingsPrintContext    *ctx,
                     const HustingsFecRecord *record,
                     double                   x,
                     double                   y,
                     double                   width)
{
  /* Translators: printed in an itemization's block, to find it by */
  hustings_print_textf (ctx, x, y, width, HUSTINGS_FONT_VALUE_SMALL, HUSTINGS_ALIGN_LEFT,
                        _("Transaction ID: %s"), hustings_print_field (record, "transaction_id"));
}

/* "Memo: …" on up to lines lines. */
static void
draw_memo_text (HustingsPrintContext    *ctx,
                const HustingsFecRecord *record,
                double                   x,
                double                   y,
                double                   width,
                int                      lines)
{
  const char *memo = hustings_print_field (record, "memo_text_description");
  g_autofree char *text = NULL;

  if (*memo == '\0')
    return;
  /* Translators: an itemization's memo text, printed in its block */
  text = g_strdup_printf (_("Memo: %s"), memo);
  hustings_print_paragraph (ctx, x, y, width, lines, HUSTINGS_FONT_VALUE_SMALL, text);
}

/* The Memo Item box and its caption. */
static void
draw_memo_item_form (HustingsPrintContext *ctx, double x, double y)
{
  hustings_print_checkbox (ctx, x, y, MEMO_BOX, FALSE);
  caption (ctx, x + 16.4, y + 1.0, _("Memo Item"));
}

/* One of Schedule A's blocks, blank, slot 0 to 2 from its top. */
static void
draw_receipt_form (HustingsPrintContext *ctx, guint slot, double top)
{
  const ReceiptLayout *at = &receipt_layouts[ctx->f3x];
  const double *rules = receipt_rules;

  draw_party_form (ctx, slot, top,
                   ctx->f3x ? _("Full Name of Individual (Last, First, Middle Initial) or "
                                "Full Organization Name")
                            : _("Full Name (Last, First, Middle Initial)"),
                   rules, 229.6, 280.9);
  caption (ctx, CAPTIONS, top + rules[2] + 6.7, _("FEC ID number of contributing"));
  caption (ctx, CAPTIONS, top + rules[2] + 16.7, _("federal political committee."));

  hrule (ctx, CAPTIONS, COLUMN + 0.5, top + rules[3], RULE_WIDTH);
  caption (ctx, CAPTIONS, top + rules[3] + 0.8,
           ctx->f3x ? _("Name of Employer (for Individual)") : _("Name of Employer"));
  caption (ctx, at->occupation + 3.9, top + rules[3] + 0.8,
           ctx->f3x ? _("Occupation (for Individual)") : _("Occupation"));
  vrule (ctx, at->occupation, top + rules[3], top + rules[4], RULE_WIDTH);

  hrule (ctx, CAPTIONS, COLUMN - 0.2, top + rules[4], RULE_WIDTH);
  caption (ctx, CAPTIONS, top + rules[4] + 0.7, _("Receipt For:"));
  draw_election_form (ctx, 56.1, top + rules[4] + 12.0, 121.1);
  vrule (ctx, 216.4, top + rules[4], receipt_tops[slot + 1], RULE_WIDTH);
  caption (ctx, 228.7, top + rules[4] + 2.2,
           ctx->f3x ? _("Aggregate Year-to-Date ▼") : _("Election Cycle-to-Date ▼"));
  blank_amount (ctx, 229.9, top + rules[4] + 18.1);

  /* The right-hand column */
  caption (ctx, 408.9, top + 16.6, _("Date of Receipt"));
  hrule (ctx, COLUMN - 0.2, RIGHT, top + 62.4, RULE_WIDTH);
  caption (ctx, 408.5, top + at->amount - (ctx->f3x ? 13.0 : 16.6),
           _("Amount of Each Receipt this Period"));
  blank_amount (ctx, 410.5, top + at->amount);
  draw_memo_item_form (ctx, 410.6, top + at->memo);
}

/* What one of Schedule A's blocks says of record (the combs are drawn empty for none). */
static void
draw_receipt (HustingsPrintContext *ctx, const HustingsFecRecord *record, double top)
{
  const ReceiptLayout *at = &receipt_layouts[ctx->f3x];
  const double *rules = receipt_rules;

  hustings_print_date (ctx, 413.4, top + 32.8, 14.0,
                       hustings_print_field (record, "contribution_date"));
  fec_id_comb (ctx, 230.1, top + rules[2] + 6.4,
               hustings_print_field (record, "donor_committee_fec_id"));
  if (record == NULL)
    return;

  draw_party (ctx, record, "contributor", top, rules, 229.6, 280.9);
  value (ctx, 53.0, top + rules[3] + 12.2, at->occupation - 56,
         hustings_print_field (record, "contributor_employer"));
  value (ctx, at->occupation + 4, top + rules[3] + 12.2, COLUMN - at->occupation - 8,
         hustings_print_field (record, "contributor_occupation"));
  draw_election (ctx, record, 56.1, top + rules[4] + 12.0, 121.1, 140, 99.0,
                 top + rules[4] + 0.6);
  amount_field (ctx, 229.9, top + rules[4] + 18.1, record, "contribution_aggregate");

  draw_transaction_id (ctx, record, 401.0, top + 51.5, RIGHT - 403);
  amount_field (ctx, 410.5, top + at->amount, record, "contribution_amount");
  if (is_memo (record))
    check (ctx, 410.6, top + at->memo, MEMO_BOX);
  hustings_print_paragraph (ctx, 403.0, top + at->memo + 15.5, RIGHT - 404, 2,
                            HUSTINGS_FONT_VALUE_SMALL,
                            hustings_print_field (record, "contribution_purpose_descrip"));
  draw_memo_text (ctx, record, 403.0, top + at->memo + 33.5, RIGHT - 404, at->memo_lines);
}

/* The candidate a disbursement is for ("Last, First Middle"), else the committee. */
static char *
beneficiary_name (const HustingsFecRecord *record)
{
  const char *last = hustings_print_field (record, "beneficiary_candidate_last_name");
  const char *first = hustings_print_field (record, "beneficiary_candidate_first_name");
  const char *middle = hustings_print_field (record, "beneficiary_candidate_middle_name");

  if (*last == '\0')
    return g_strdup (hustings_print_field (record, "beneficiary_committee_name"));
  return g_strdup_printf ("%s%s%s%s%s", last, *first ? ", " : "", first, *middle ? " " : "",
                          middle);
}

/* One of Schedule B's blocks, blank, slot 0 to 2 from its top. */
static void
draw_disbursement_form (HustingsPrintContext *ctx, guint slot, double top)
{
  const char *offices[] = { _("House"), _("Senate"), _("President") };
  const double *rules = disbursement_rules;

  draw_party_form (ctx, slot, top, _("Full Name (Last, First, Middle Initial)"), rules, 231.4,
                   282.6);
  hrule (ctx, COLUMN - 0.2, RIGHT, top + rules[1], RULE_WIDTH);

  caption (ctx, CAPTIONS, top + rules[2] + 0.7, _("Purpose of Disbursement"));
  hrule (ctx, CAPTIONS, 337.6, top + rules[3], RULE_WIDTH);
  vrule (ctx, 337.1, top + rules[2], top + rules[4], RULE_WIDTH);
  hustings_print_text (ctx, 345.1, top + 110.6, 43.5, HUSTINGS_FONT_LABEL,
                       HUSTINGS_ALIGN_CENTER, _("Category/"));
  hustings_print_text (ctx, 345.1, top + 119.6, 43.5, HUSTINGS_FONT_LABEL,
                       HUSTINGS_ALIGN_CENTER, _("Type"));
  caption (ctx, CAPTIONS, top + rules[3] + 0.7, _("Candidate Name"));

  hrule (ctx, CAPTIONS, COLUMN, top + rules[4], RULE_WIDTH);
  caption (ctx, CAPTIONS, top + rules[4] + 1.2, _("Office Sought:"));
  for (guint i = 0; i < G_N_ELEMENTS (offices); i++)
    {
      hustings_print_checkbox (ctx, 120.8, top + rules[4] + 12.0 * i, BOX, FALSE);
      caption (ctx, 137.5, top + rules[4] + 1.2 + 12.0 * i, offices[i]);
    }
  caption (ctx, CAPTIONS, top + rules[4] + 37.2, _("State:"));
  caption (ctx, 119.5, top + rules[4] + 37.2, _("District:"));
  vrule (ctx, 194.9, top + rules[4], disbursement_tops[slot + 1], RULE_WIDTH);
  caption (ctx, 202.3, top + rules[4] + 0.7, _("Disbursement For:"));
  draw_election_form (ctx, 221.7, top + rules[4] + 12.0, 286.8);

  /* The right-hand column */
  caption (ctx, 408.9, top + 12.0, _("Date of Disbursement"));
  caption (ctx, 410.4, top + rules[1] + 7.2, _("FEC Identification Number"));
  caption (ctx, 410.4, top + 112.0, _("Amount of Each Disbursement this Period"));
  blank_amount (ctx, 409.5, top + 125.4);
  draw_memo_item_form (ctx, 409.5, top + 159.0);
}

/* What one of Schedule B's blocks says of record (the combs are drawn empty for none). */
static void
draw_disbursement (HustingsPrintContext *ctx, const HustingsFecRecord *record, double top)
{
  static const char offices[] = "HSP";
  const double *rules = disbursement_rules;
  const char *bene_id = hustings_print_field (record, "beneficiary_committee_fec_id");
  const char *office = hustings_print_field (record, "beneficiary_candidate_office");
  const char *found = *office != '\0' ? strchr (offices, office[0]) : NULL;
  g_autofree char *candidate = NULL;

  hustings_print_date (ctx, 412.0, top + 29.0, 16.0,
                       hustings_print_field (record, "expenditure_date"));
  fec_id_comb (ctx, 409.5, top + rules[1] + 22.4,
               *bene_id != '\0' ? bene_id
                                : hustings_print_field (record, "beneficiary_candidate_fec_id"));
  hustings_print_comb (ctx, 345.1, top + 88.5, 3, 14.5, COMB_HEIGHT, HUSTINGS_ALIGN_LEFT,
                       hustings_print_field (record, "category_code"));
  if (record == NULL)
    return;

  draw_party (ctx, record, "payee", top, rules, 231.4, 282.6);
  value (ctx, 53.0, top + rules[3] - 12.0, 337.1 - 57,
         hustings_print_field (record, "expenditure_purpose_descrip"));
  candidate = beneficiary_name (record);
  value (ctx, 53.0, top + rules[4] - 12.0, 337.1 - 57, candidate);
  if (found != NULL)
    check (ctx, 120.8, top + rules[4] + 12.0 * (found - offices), BOX);
  value (ctx, 76.0, top + rules[4] + 36.0, 40,
         hustings_print_field (record, "beneficiary_candidate_state"));
  value (ctx, 150.0, top + rules[4] + 36.0, 42,
         hustings_print_field (record, "beneficiary_candidate_district"));
  draw_election (ctx, record, 221.7, top + rules[4] + 12.0, 286.8, 155, 272.3,
                 top + rules[4] + 0.6);

  draw_transaction_id (ctx, record, 410.3, top + 101.0, RIGHT - 412);
  amount_field (ctx, 409.5, top + 125.4, record, "expenditure_amount");
  if (is_memo (record))
    check (ctx, 409.5, top + 159.0, MEMO_BOX);
  draw_memo_text (ctx, record, 470.0, top + 148.5, RIGHT - 471, 3);
}

/* The middle of the SUBTOTAL (row 0) or TOTAL row (1) of the box under the blocks. */
static double
totals_row (const double *tops, guint row)
{
  return tops[ITEMS_PER_PAGE] + (row == 0 ? TOTALS_MIDDLE / 2
                                          : (TOTALS_MIDDLE + TOTALS_HEIGHT) / 2);
}

/* The SUBTOTAL and TOTAL box under the blocks (tops[ITEMS_PER_PAGE]), blank. */
static void
draw_totals_form (HustingsPrintContext *ctx, int schedule, const double *tops)
{
  const double top = tops[ITEMS_PER_PAGE];
  const struct { const char *bold, *rest; } rows[] = {
    { _("SUBTOTAL"), schedule == 1 ? _("of Disbursements This Page (optional)")
                                   : _("of Receipts This Page (optional)") },
    { _("TOTAL"), _("This Period (last page this line number only)") },
  };

  hrule (ctx, LEFT, RIGHT, top, HEAVY_WIDTH);
  hrule (ctx, LEFT, RIGHT, top + TOTALS_HEIGHT, HEAVY_WIDTH);
  vrule (ctx, LEFT + 0.7, top, top + TOTALS_HEIGHT, HEAVY_WIDTH);
  vrule (ctx, COLUMN, tops[0], top, RULE_WIDTH);
  hrule (ctx, LEFT, 389.5, top + TOTALS_MIDDLE, RULE_WIDTH);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *bold = g_markup_printf_escaped ("<b>%s</b>", rows[i].bold);
      g_autofree char *rest = g_markup_escape_text (rows[i].rest, -1);
      double x = 43.9, y = totals_row (tops, i) - 4.2;

      /* The caption's two parts each set the layout's attributes afresh: the bold ends with
       * the first. */
      x += hustings_print_markup (ctx, x, y, 0, HUSTINGS_FONT_LABEL, HUSTINGS_ALIGN_LEFT, bold);
      x += hustings_print_markup (ctx, x + 2.5, y, 0, HUSTINGS_FONT_LABEL, HUSTINGS_ALIGN_LEFT,
                                  rest) + 4.5;
      hustings_print_leader (ctx, x, 376.0, y + 6.3);
      caption (ctx, 381.0, y, "►");
      blank_amount (ctx, TOTALS_X, totals_row (tops, i) - COMB_HEIGHT / 2);
    }
}

/* A schedule's blank form: what is the same on each of its pages. */
static void
draw_schedule_form (HustingsPrintContext *ctx, int schedule)
{
  const Header *header = &headers[ctx->f3x][schedule];
  const double *tops = schedule == 1 ? disbursement_tops : receipt_tops;

  if (schedule == 1)
    /* Translators: the title of the FEC's Schedule B */
    draw_title (ctx, _("SCHEDULE B"), _("ITEMIZED DISBURSEMENTS"));
  else
    /* Translators: the title of the FEC's Schedule A */
    draw_title (ctx, _("SCHEDULE A"), _("ITEMIZED RECEIPTS"));
  hrule (ctx, header->left - 0.3, RIGHT, HEADER_TOP, FRAME_WIDTH);
  vrule (ctx, header->left, HEADER_TOP - 0.5, NOTICE_RULE, FRAME_WIDTH);
  vrule (ctx, header->middle, HEADER_TOP - 0.5, NOTICE_RULE, FRAME_WIDTH);
  caption (ctx, header->left + 11.4, 49.0, _("Use separate schedule(s)"));
  caption (ctx, header->left + 11.4, 58.6, _("for each category of the"));
  caption (ctx, header->left + 11.4, 68.2, _("Detailed Summary Page"));
  draw_line_boxes (ctx, header);
  draw_page_box (ctx);
  draw_committee (ctx, tops[0]);
  for (guint slot = 0; slot < ITEMS_PER_PAGE; slot++)
    {
      if (schedule == 1)
        draw_disbursement_form (ctx, slot, tops[slot]);
      else
        draw_receipt_form (ctx, slot, tops[slot]);
    }
  draw_totals_form (ctx, schedule, tops);
  /* Translators: the form's name at the foot of a schedule page */
  hustings_print_textf (ctx, 300, 747.0, RIGHT - 300, HUSTINGS_FONT_LABEL, HUSTINGS_ALIGN_RIGHT,
                        _("FEC Schedule %c (Form %s)"), schedule == 1 ? 'B' : 'A',
                        ctx->f3x ? "3X" : "3");
}

static cairo_surface_t *
record_schedule_form (HustingsPrintContext *ctx, int schedule)
{
  cairo_rectangle_t extents = { 0, 0, HUSTINGS_PRINT_LETTER_WIDTH,
                                HUSTINGS_PRINT_LETTER_HEIGHT };
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                                             &extents);

  begin_drawing (ctx, surface);
  draw_schedule_form (ctx, schedule);
  end_drawing (ctx);
  return surface;
}

static void
draw_schedule_page (HustingsPrintContext *ctx, const HustingsPrintPage *page)
{
  const Schedules *self = ctx->part_data;
  const HustingsFecRecord *first = g_ptr_array_index (ctx->records, page->first);
  int schedule = schedule_of (first);
  const double *tops = schedule == 1 ? disbursement_tops : receipt_tops;
  char line[8];
  gint64 subtotal = 0;
  guint slot = 0;

  cairo_save (ctx->cr);
  cairo_set_source_surface (ctx->cr, self->forms[schedule], 0, 0);
  cairo_paint (ctx->cr);
  cairo_restore (ctx->cr);

  check_line (ctx, &headers[ctx->f3x][schedule], hustings_print_record_line (first, line));
  draw_page_numbers (ctx, page);
  for (guint i = page->first; i < page->first + page->count; i++)
    {
      const HustingsFecRecord *record = g_ptr_array_index (ctx->records, i);

      if (schedule_of (record) < 0)
        continue;
      if (schedule == 1)
        draw_disbursement (ctx, record, tops[slot]);
      else
        draw_receipt (ctx, record, tops[slot]);
      if (!is_memo (record))
        subtotal += hustings_print_amount_field (record, amount_name (schedule));
      slot++;
    }
  /* The last page's blocks left over stay blank, as on the form. */
  for (; slot < ITEMS_PER_PAGE; slot++)
    {
      if (schedule == 1)
        draw_disbursement (ctx, NULL, tops[slot]);
      else
        draw_receipt (ctx, NULL, tops[slot]);
    }
  hustings_print_amount (ctx, TOTALS_X, totals_row (tops, 0) - COMB_HEIGHT / 2, AMOUNT_WIDTH,
                         COMB_HEIGHT, subtotal);
  if (page->flags & HUSTINGS_PAGE_LAST_OF_LINE)
    hustings_print_amount (ctx, TOTALS_X, totals_row (tops, 1) - COMB_HEIGHT / 2, AMOUNT_WIDTH,
                           COMB_HEIGHT, g_array_index (self->totals, gint64, page->sub));
}

/* ---- Drawing: TEXT ---- */

/* What a TEXT record refers to: "Refers to Schedule A, line 11(a)(i), transaction A123". */
static char *
text_reference (const HustingsFecRecord *record)
{
  const char *form = hustings_print_field (record, "back_reference_sched_form_name");
  const char *id = hustings_print_field (record, "back_reference_tran_id_number");
  HustingsFecRecord referred = { .type = (char *) form };
  char line[8];
  g_autofree char *number = NULL;

  if (schedule_of (&referred) >= 0)
    {
      number = hustings_print_line_number (hustings_print_record_line (&referred, line));
      if (*id == '\0')
        return g_strdup_printf (form[1] == 'B' ? _("Refers to Schedule B, line %s")
                                               : _("Refers to Schedule A, line %s"), number);
      return g_strdup_printf (form[1] == 'B' ? _("Refers to Schedule B, line %s, transaction %s")
                                             : _("Refers to Schedule A, line %s, transaction %s"),
                              number, id);
    }
  if (g_str_has_prefix (form, "F3") || *form == '\0')
    return g_strdup (_("Refers to the report"));
  if (*id == '\0')
    /* Translators: %s is a record type of the filing, "SC/10" */
    return g_strdup_printf (_("Refers to %s"), form);
  /* Translators: a record type of the filing ("SC/10") and a transaction id */
  return g_strdup_printf (_("Refers to %s, transaction %s"), form, id);
}

/* What one memo takes on a TEXT page, drawn at y when draw is set, else only measured. */
static double
text_entry (HustingsPrintContext    *ctx,
            const HustingsFecRecord *record,
            double                   y,
            gboolean                 draw)
{
  const char *text = hustings_print_field (record, "text4000");
  g_autofree char *reference = NULL;
  double height;

  if (!draw)
    return TEXT_CAPTION + hustings_print_measure (ctx, TEXT_WIDTH, HUSTINGS_FONT_VALUE, text) +
           TEXT_GAP;

  reference = text_reference (record);
  hustings_print_text (ctx, CAPTIONS, y, TEXT_WIDTH - 130, HUSTINGS_FONT_LABEL_BOLD,
                       HUSTINGS_ALIGN_LEFT, reference);
  hustings_print_textf (ctx, RIGHT - 130, y, 130, HUSTINGS_FONT_LABEL, HUSTINGS_ALIGN_RIGHT,
                        _("Transaction ID: %s"),
                        hustings_print_field (record, "transaction_id_number"));
  /* A memo longer than a page (only an imported one could be) stops at its foot. */
  height = hustings_print_paragraph (ctx, CAPTIONS, y + TEXT_CAPTION, TEXT_WIDTH,
                                     MAX (1, (int) ((TEXT_BOTTOM - y - TEXT_CAPTION) / 10.5)),
                                     HUSTINGS_FONT_VALUE, text);
  hrule (ctx, LEFT, RIGHT, y + TEXT_CAPTION + height + TEXT_GAP / 2, RULE_WIDTH);
  return TEXT_CAPTION + height + TEXT_GAP;
}

static void
draw_text_page (HustingsPrintContext *ctx, const HustingsPrintPage *page)
{
  const Schedules *self = ctx->part_data;
  double y = TEXT_TOP;

  /* Translators: the title of the pages of a filing's TEXT records */
  draw_title (ctx, _("MEMO TEXT"), _("TEXT RECORDS OF THE REPORT"));
  hrule (ctx, PAGE_BOX, RIGHT, HEADER_TOP, FRAME_WIDTH);
  draw_page_box (ctx);
  draw_page_numbers (ctx, page);
  draw_committee (ctx, receipt_tops[0]);
  for (guint i = page->first; i < page->first + page->count; i++)
    y += text_entry (ctx, g_ptr_array_index (ctx->records, g_array_index (self->texts, guint, i)),
                     y, TRUE);
}

/* ---- Pagination ---- */

typedef struct {
  GArray            *pages;
  Schedules         *self;
  HustingsPrintPage  page;        /* the page being filled */
  guint              items;       /* itemizations on it */
  guint              counts[2];   /* Schedule A and B pages so far */
  const char        *line;        /* the line's record type */
  guint              amount;      /* its amount and memo code fields */
  guint              memo_code;
  gint64             total;
} Paginator;

static void
end_page (Paginator *p, gboolean end_of_line)
{
  if (p->items == 0)
    return;
  if (end_of_line)
    {
      p->page.flags |= HUSTINGS_PAGE_LAST_OF_LINE;
      g_array_append_val (p->self->totals, p->total);
    }
  g_array_append_val (p->pages, p->page);
  p->items = 0;
}

static void
add_itemization (Paginator *p, const HustingsFecRecord *record, guint index, int schedule)
{
  gint64 cents;

  if (p->line == NULL || strcmp (record->type, p->line) != 0)
    {
      end_page (p, TRUE);
      p->line = record->type;
      p->amount = hustings_fec_layout_find (record->type, amount_name (schedule));
      p->memo_code = hustings_fec_layout_find (record->type, "memo_code");
      p->total = 0;
    }
  else if (p->items == ITEMS_PER_PAGE)
    end_page (p, FALSE);

  if (p->items == 0)
    {
      p->page = (HustingsPrintPage) {
        .kind = HUSTINGS_PAGE_SCHEDULE,
        .sub = p->self->totals->len,  /* a filing has at most 30 lines (HustingsSched) */
        .first = index,
        .number = ++p->counts[schedule],
      };
    }
  p->page.count = index - p->page.first + 1;
  p->items++;
  if (g_ascii_strcasecmp (hustings_fec_record_get (record, p->memo_code), "X") != 0 &&
      hustings_fec_record_get_amount (record, p->amount, &cents))
    p->total += cents;
}

/* The TEXT pages, laid out by the memos' heights, measured as they will be drawn. */
static void
paginate_texts (HustingsPrintContext *ctx, Schedules *self, GArray *pages)
{
  cairo_surface_t *surface;
  HustingsPrintPage page = { .kind = HUSTINGS_PAGE_TEXT };
  guint start = pages->len;
  double y = TEXT_TOP;

  if (self->texts->len == 0)
    return;

  surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  begin_drawing (ctx, surface);
  for (guint i = 0; i < self->texts->len; i++)
    {
      const HustingsFecRecord *record =
        g_ptr_array_index (ctx->records, g_array_index (self->texts, guint, i));
      double height = text_entry (ctx, record, 0, FALSE);

      if (page.count > 0 && y + height > TEXT_BOTTOM)
        {
          g_array_append_val (pages, page);
          page.first = i;
          page.count = 0;
          y = TEXT_TOP;
        }
      page.count++;
      y += height;
    }
  end_drawing (ctx);
  cairo_surface_destroy (surface);

  g_array_append_val (pages, page);
  for (guint i = start; i < pages->len; i++)
    {
      g_array_index (pages, HustingsPrintPage, i).number = i - start + 1;
      g_array_index (pages, HustingsPrintPage, i).of = pages->len - start;
    }
}

void
hustings_print_schedules_paginate (HustingsPrintContext *ctx, GArray *pages)
{
  Schedules *self;
  Paginator p = { .pages = pages };
  guint start = pages->len;

  g_return_if_fail (ctx->part_data == NULL);

  p.self = self = g_new0 (Schedules, 1);
  self->totals = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->texts = g_array_new (FALSE, FALSE, sizeof (guint));
  ctx->part_data = self;
  ctx->part_free = schedules_free;

  for (guint i = 2; i < ctx->records->len; i++)
    {
      const HustingsFecRecord *record = g_ptr_array_index (ctx->records, i);
      int schedule = schedule_of (record);

      if (schedule >= 0)
        add_itemization (&p, record, i, schedule);
      else if (strcmp (record->type, "TEXT") == 0)
        g_array_append_val (self->texts, i);
    }
  end_page (&p, TRUE);

  for (guint i = start; i < pages->len; i++)
    {
      HustingsPrintPage *page = &g_array_index (pages, HustingsPrintPage, i);

      page->of = p.counts[schedule_of (g_ptr_array_index (ctx->records, page->first))];
    }
  for (int schedule = 0; schedule < 2; schedule++)
    if (p.counts[schedule] > 0)
      self->forms[schedule] = record_schedule_form (ctx, schedule);
  paginate_texts (ctx, self, pages);
}

void
hustings_print_schedules_draw (HustingsPrintContext *ctx, const HustingsPrintPage *page)
{
  g_return_if_fail (ctx->part_data != NULL);

  if (page->kind == HUSTINGS_PAGE_TEXT)
    draw_text_page (ctx, page);
  else
    draw_schedule_page (ctx, page);
}
