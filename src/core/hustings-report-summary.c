/* hustings-report-summary.c: the summary and detailed summary pages of Form 3 and Form 3X, the
 * one pass over a period's rows behind them (aggregates and itemization), and the drill-down.
 *
 * The pass reads the period's receipts ordered by contributor and date and keeps, per
 * contributor, period (F3: the donation's cycle; F3X: its calendar year) and aggregation group
 * (contributions, or one group per other receipt line), the end-of-day running total the
 * Schedule A aggregate field shows, starting from what the contributor had given in the group
 * before the rows a .fec import brought (contact_opening). A contributor on an over-$200 line is itemized
 * when the aggregate at the end of the coverage is over $200.00: then all of that
 * contributor's receipts dated in the coverage are itemized, the ones before the crossing
 * included (what real filings do, e.g. a $25 gift showing the donor's $241.00 aggregate).
 * Disbursements likewise by payee.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-report-summary"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hustings-committee-file-private.h"
#include "hustings-dates.h"
#include "hustings-error.h"
#include "hustings-money.h"
#include "hustings-report-private.h"

/* Over $200.00 is itemized. */
#define ITEMIZE_OVER_CENTS 20000

/* ---- Schedule lines ---- */

static const char * const sched_names[N_SCHEDS] = {
  "SA11AI", "SA11B", "SA11C", "SA11D", "SA12", "SA13A", "SA13B", "SA13", "SA14", "SA15",
  "SA16", "SA17",
  "SB17", "SB18", "SB19A", "SB19B", "SB20A", "SB20B", "SB20C", "SB21", "SB21B", "SB22", "SB23",
  "SB26", "SB27", "SB28A", "SB28B", "SB28C", "SB29", "SB30B",
};

/* The summary's base lines: one per schedule line, and the unitemized individuals. */
#define BASE_UNITEMIZED N_SCHEDS
#define N_BASES         (N_SCHEDS + 1)

const char *
hustings_sched_name (HustingsSched sched)
{
  g_return_val_if_fail (sched < N_SCHEDS, "");
  return sched_names[sched];
}

static int
sched_from_name (const char *name)
{
  for (int i = 0; i < N_SCHEDS; i++)
    if (g_ascii_strcasecmp (sched_names[i], name) == 0)
      return i;
  return -1;
}

/* The summary line of each base: "11ai" for SA11AI, "20a" for SB20A, "11aii" for the
 * unitemized individuals. */
static const char * const base_lines[N_BASES] = {
  "11ai", "11b", "11c", "11d", "12", "13a", "13b", "13", "14", "15", "16", "17",
  "17", "18", "19a", "19b", "20a", "20b", "20c", "21", "21b", "22", "23", "26", "27", "28a",
  "28b", "28c", "29", "30b",
  "11aii",
};

/* A schedule line of the other form, moved to this form's nearest line. */
static HustingsSched
sched_for_form (HustingsSched sched, gboolean f3x)
{
  static const struct { HustingsSched from, f3, f3x; } map[] = {
    { SCHED_SA11D, SCHED_SA11D, SCHED_SA11AI },
    { SCHED_SA13A, SCHED_SA13A, SCHED_SA13 },
    { SCHED_SA13B, SCHED_SA13B, SCHED_SA13 },
    { SCHED_SA13, SCHED_SA13B, SCHED_SA13 },
    { SCHED_SA16, SCHED_SA15, SCHED_SA16 },
    { SCHED_SA17, SCHED_SA15, SCHED_SA17 },
    { SCHED_SB17, SCHED_SB17, SCHED_SB21B },
    { SCHED_SB18, SCHED_SB18, SCHED_SB22 },
    { SCHED_SB19A, SCHED_SB19A, SCHED_SB26 },
    { SCHED_SB19B, SCHED_SB19B, SCHED_SB26 },
    { SCHED_SB20A, SCHED_SB20A, SCHED_SB28A },
    { SCHED_SB20B, SCHED_SB20B, SCHED_SB28B },
    { SCHED_SB20C, SCHED_SB20C, SCHED_SB28C },
    { SCHED_SB21, SCHED_SB21, SCHED_SB29 },
    { SCHED_SB21B, SCHED_SB17, SCHED_SB21B },
    { SCHED_SB22, SCHED_SB18, SCHED_SB22 },
    { SCHED_SB23, SCHED_SB21, SCHED_SB23 },
    { SCHED_SB26, SCHED_SB19B, SCHED_SB26 },
    { SCHED_SB27, SCHED_SB21, SCHED_SB27 },
    { SCHED_SB28A, SCHED_SB20A, SCHED_SB28A },
    { SCHED_SB28B, SCHED_SB20B, SCHED_SB28B },
    { SCHED_SB28C, SCHED_SB20C, SCHED_SB28C },
    { SCHED_SB29, SCHED_SB21, SCHED_SB29 },
    { SCHED_SB30B, SCHED_SB21, SCHED_SB30B },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (map[i].from == sched)
      return f3x ? map[i].f3x : map[i].f3;
  return sched;
}

/* Receipts from committees, transfers and loans are itemized whatever their size. */
static gboolean
sched_always_itemized (HustingsSched sched, gboolean f3x)
{
  switch (sched)
    {
    case SCHED_SA11AI: case SCHED_SA11D: case SCHED_SA15: case SCHED_SA16: case SCHED_SA17:
    case SCHED_SB17: case SCHED_SB21: case SCHED_SB21B: case SCHED_SB29: case SCHED_SB30B:
      return FALSE;
    case SCHED_SA14:
      return f3x;  /* F3X loan repayments received; F3 offsets are over $200 */
    default:
      return TRUE;
    }
}

/* The entity types, as the contact table spells them. */
typedef enum { ENT_IND, ENT_ORG, ENT_PAC, ENT_PTY, ENT_CCM, ENT_CAN, ENT_COM } Entity;

static Entity
entity_from_text (const char *text)
{
  static const char * const names[] = { "IND", "ORG", "PAC", "PTY", "CCM", "CAN", "COM" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strcmp (names[i], text) == 0)
      return i;
  return ENT_IND;
}

/* The line of a receipt: the one it names, else the contributor's usual one. */
static HustingsSched
receipt_sched (const char *receipt_line, Entity entity, gboolean f3x)
{
  int named = *receipt_line ? sched_from_name (receipt_line) : -1;

  if (named >= 0 && named <= SCHED_SA17)
    return sched_for_form (named, f3x);
  switch (entity)
    {
    case ENT_PTY:
      return SCHED_SA11B;
    case ENT_PAC: case ENT_CCM: case ENT_COM:
      return SCHED_SA11C;
    case ENT_CAN:
      return f3x ? SCHED_SA11AI : SCHED_SA11D;
    case ENT_ORG:
      return f3x ? SCHED_SA17 : SCHED_SA15;
    case ENT_IND: default:
      return SCHED_SA11AI;
    }
}

/* A contribution refund goes to the line of who gets it back. */
static HustingsSched
refund_sched (Entity entity, gboolean f3x)
{
  switch (entity)
    {
    case ENT_PTY:
      return f3x ? SCHED_SB28B : SCHED_SB20B;
    case ENT_PAC: case ENT_CCM: case ENT_COM:
      return f3x ? SCHED_SB28C : SCHED_SB20C;
    default:
      return f3x ? SCHED_SB28A : SCHED_SB20A;
    }
}

/* ---- The summary lines of each form ---- */

typedef enum {
  LINE_A        = 1 << 0,
  LINE_B        = 1 << 1,
  LINE_AB       = LINE_A | LINE_B,
  LINE_NO_ROWS  = 1 << 2,  /* cash, debts, schedules Hustings does not keep (H3, H4, SE…) */
  LINE_BEGIN    = 1 << 3,  /* cash on hand at the beginning of the period */
  LINE_JAN1     = 1 << 4,  /* F3X: cash on hand on January 1 */
} LineFlags;

typedef struct {
  const char *line;
  const char *label;
  const char *sum;    /* NULL for a line of rows; "11ai+11aii" for one the form adds up */
  const char *sum_b;  /* column B's, when it differs */
  guint8      flags;
  guint8      page;
} LineDef;

static const LineDef f3_lines[] = {
  { "6a", N_("6(a) Total contributions (other than loans)"), "11e", NULL, LINE_AB, 1 },
  { "6b", N_("6(b) Total contribution refunds"), "20d", NULL, LINE_AB, 1 },
  { "6c", N_("6(c) Net contributions"), "6a-6b", NULL, LINE_AB, 1 },
  { "7a", N_("7(a) Total operating expenditures"), "17", NULL, LINE_AB, 1 },
  { "7b", N_("7(b) Total offsets to operating expenditures"), "14", NULL, LINE_AB, 1 },
  { "7c", N_("7(c) Net operating expenditures"), "7a-7b", NULL, LINE_AB, 1 },
  { "8", N_("8. Cash on hand at close of period"), "27", NULL, LINE_A | LINE_NO_ROWS, 1 },
  { "9", N_("9. Debts and obligations owed to the committee"), NULL, NULL,
    LINE_A | LINE_NO_ROWS, 1 },
  { "10", N_("10. Debts and obligations owed by the committee"), NULL, NULL,
    LINE_A | LINE_NO_ROWS, 1 },
  { "11ai", N_("11(a)(i) Individuals — itemized"), NULL, NULL, LINE_AB, 2 },
  { "11aii", N_("11(a)(ii) Individuals — unitemized"), NULL, NULL, LINE_AB, 2 },
  { "11aiii", N_("11(a)(iii) Individuals — total"), "11ai+11aii", NULL, LINE_AB, 2 },
  { "11b", N_("11(b) Political party committees"), NULL, NULL, LINE_AB, 2 },
  { "11c", N_("11(c) Other political committees (PACs)"), NULL, NULL, LINE_AB, 2 },
  { "11d", N_("11(d) The candidate"), NULL, NULL, LINE_AB, 2 },
  { "11e", N_("11(e) Total contributions"), "11aiii+11b+11c+11d", NULL, LINE_AB, 2 },
  { "12", N_("12. Transfers from other authorized committees"), NULL, NULL, LINE_AB, 2 },
  { "13a", N_("13(a) Loans made or guaranteed by the candidate"), NULL, NULL, LINE_AB, 2 },
  { "13b", N_("13(b) All other loans"), NULL, NULL, LINE_AB, 2 },
  { "13c", N_("13(c) Total loans"), "13a+13b", NULL, LINE_AB, 2 },
  { "14", N_("14. Offsets to operating expenditures"), NULL, NULL, LINE_AB, 2 },
  { "15", N_("15. Other receipts"), NULL, NULL, LINE_AB, 2 },
  { "16", N_("16. Total receipts"), "11e+12+13c+14+15", NULL, LINE_AB, 2 },
  { "17", N_("17. Operating expenditures"), NULL, NULL, LINE_AB, 2 },
  { "18", N_("18. Transfers to other authorized committees"), NULL, NULL, LINE_AB, 2 },
  { "19a", N_("19(a) Repayments of loans made or guaranteed by the candidate"), NULL, NULL,
    LINE_AB, 2 },
  { "19b", N_("19(b) Repayments of all other loans"), NULL, NULL, LINE_AB, 2 },
  { "19c", N_("19(c) Total loan repayments"), "19a+19b", NULL, LINE_AB, 2 },
  { "20a", N_("20(a) Refunds to individuals"), NULL, NULL, LINE_AB, 2 },
  { "20b", N_("20(b) Refunds to political party committees"), NULL, NULL, LINE_AB, 2 },
  { "20c", N_("20(c) Refunds to other political committees"), NULL, NULL, LINE_AB, 2 },
  { "20d", N_("20(d) Total contribution refunds"), "20a+20b+20c", NULL, LINE_AB, 2 },
  { "21", N_("21. Other disbursements"), NULL, NULL, LINE_AB, 2 },
  { "22", N_("22. Total disbursements"), "17+18+19c+20d+21", NULL, LINE_AB, 2 },
  { "23", N_("23. Cash on hand at beginning of period"), NULL, NULL,
    LINE_A | LINE_NO_ROWS | LINE_BEGIN, 2 },
  { "24", N_("24. Total receipts this period"), "16", NULL, LINE_A, 2 },
  { "25", N_("25. Subtotal"), "23+24", NULL, LINE_A | LINE_NO_ROWS, 2 },
  { "26", N_("26. Total disbursements this period"), "22", NULL, LINE_A, 2 },
  { "27", N_("27. Cash on hand at close of period"), "25-26", NULL, LINE_A | LINE_NO_ROWS, 2 },
};

static const LineDef f3x_lines[] = {
  { "6a", N_("6(a) Cash on hand January 1"), NULL, NULL, LINE_B | LINE_NO_ROWS | LINE_JAN1, 1 },
  { "6b", N_("6(b) Cash on hand at beginning of period"), NULL, NULL,
    LINE_A | LINE_NO_ROWS | LINE_BEGIN, 1 },
  { "6c", N_("6(c) Total receipts"), "19", NULL, LINE_AB, 1 },
  { "6d", N_("6(d) Subtotal"), "6b+6c", "6a+6c", LINE_AB | LINE_NO_ROWS, 1 },
  { "7", N_("7. Total disbursements"), "31", NULL, LINE_AB, 1 },
  { "8", N_("8. Cash on hand at close"), "6d-7", NULL, LINE_AB | LINE_NO_ROWS, 1 },
  { "9", N_("9. Debts and obligations owed to the committee"), NULL, NULL,
    LINE_A | LINE_NO_ROWS, 1 },
  { "10", N_("10. Debts and obligations owed by the committee"), NULL, NULL,
    LINE_A | LINE_NO_ROWS, 1 },
  { "11ai", N_("11(a)(i) Individuals — itemized"), NULL, NULL, LINE_AB, 2 },
  { "11aii", N_("11(a)(ii) Individuals — unitemized"), NULL, NULL, LINE_AB, 2 },
  { "11aiii", N_("11(a)(iii) Individuals — total"), "11ai+11aii", NULL, LINE_AB, 2 },
  { "11b", N_("11(b) Political party committees"), NULL, NULL, LINE_AB, 2 },
  { "11c", N_("11(c) Other political committees (PACs)"), NULL, NULL, LINE_AB, 2 },
  { "11d", N_("11(d) Total contributions"), "11aiii+11b+11c", NULL, LINE_AB, 2 },
  { "12", N_("12. Transfers from affiliated or other party committees"), NULL, NULL, LINE_AB,
    2 },
  { "13", N_("13. All loans received"), NULL, NULL, LINE_AB, 2 },
  { "14", N_("14. Loan repayments received"), NULL, NULL, LINE_AB, 2 },
  { "15", N_("15. Offsets to operating expenditures"), NULL, NULL, LINE_AB, 2 },
  { "16", N_("16. Refunds of contributions made to federal candidates and committees"), NULL,
    NULL, LINE_AB, 2 },
  { "17", N_("17. Other federal receipts (dividends, interest…)"), NULL, NULL, LINE_AB, 2 },
  { "18a", N_("18(a) Transfers from the non-federal account (H3)"), NULL, NULL,
    LINE_AB | LINE_NO_ROWS, 2 },
  { "18b", N_("18(b) Transfers from Levin funds (H5)"), NULL, NULL, LINE_AB | LINE_NO_ROWS, 2 },
  { "18c", N_("18(c) Total non-federal transfers"), "18a+18b", NULL, LINE_AB | LINE_NO_ROWS,
    2 },
  { "19", N_("19. Total receipts"), "11d+12+13+14+15+16+17+18c", NULL, LINE_AB, 2 },
  { "20", N_("20. Total federal receipts"), "19-18c", NULL, LINE_AB, 2 },
  { "21ai", N_("21(a)(i) Shared operating expenditures — federal share"), NULL, NULL,
    LINE_AB | LINE_NO_ROWS, 2 },
  { "21aii", N_("21(a)(ii) Shared operating expenditures — non-federal share"), NULL, NULL,
    LINE_AB | LINE_NO_ROWS, 2 },
  { "21b", N_("21(b) Other federal operating expenditures"), NULL, NULL, LINE_AB, 2 },
  { "21c", N_("21(c) Total operating expenditures"), "21ai+21aii+21b", NULL, LINE_AB, 2 },
  { "22", N_("22. Transfers to affiliated or other party committees"), NULL, NULL, LINE_AB, 2 },
  { "23", N_("23. Contributions to federal candidates and committees"), NULL, NULL, LINE_AB,
    2 },
  { "24", N_("24. Independent expenditures"), NULL, NULL, LINE_AB | LINE_NO_ROWS, 2 },
  { "25", N_("25. Coordinated party expenditures"), NULL, NULL, LINE_AB | LINE_NO_ROWS, 2 },
  { "26", N_("26. Loan repayments made"), NULL, NULL, LINE_AB, 2 },
  { "27", N_("27. Loans made"), NULL, NULL, LINE_AB, 2 },
  { "28a", N_("28(a) Refunds to individuals"), NULL, NULL, LINE_AB, 2 },
  { "28b", N_("28(b) Refunds to political party committees"), NULL, NULL, LINE_AB, 2 },
  { "28c", N_("28(c) Refunds to other political committees"), NULL, NULL, LINE_AB, 2 },
  { "28d", N_("28(d) Total contribution refunds"), "28a+28b+28c", NULL, LINE_AB, 2 },
  { "29", N_("29. Other disbursements"), NULL, NULL, LINE_AB, 2 },
  { "30ai", N_("30(a)(i) Shared federal election activity — federal share"), NULL, NULL,
    LINE_AB | LINE_NO_ROWS, 2 },
  { "30aii", N_("30(a)(ii) Shared federal election activity — non-federal share"), NULL, NULL,
    LINE_AB | LINE_NO_ROWS, 2 },
  { "30b", N_("30(b) Non-allocable federal election activity"), NULL, NULL, LINE_AB, 2 },
  { "30c", N_("30(c) Total federal election activity"), "30ai+30aii+30b", NULL, LINE_AB, 2 },
  { "31", N_("31. Total disbursements"), "21c+22+23+24+25+26+27+28d+29+30c", NULL, LINE_AB, 2 },
  { "32", N_("32. Total federal disbursements"), "31-21aii-30aii", NULL, LINE_AB, 2 },
  { "33", N_("33. Total contributions"), "11d", NULL, LINE_AB, 2 },
  { "34", N_("34. Total contribution refunds"), "28d", NULL, LINE_AB, 2 },
  { "35", N_("35. Net contributions"), "33-34", NULL, LINE_AB, 2 },
  { "36", N_("36. Total federal operating expenditures"), "21ai+21b", NULL, LINE_AB, 2 },
  { "37", N_("37. Offsets to operating expenditures"), "15", NULL, LINE_AB, 2 },
  { "38", N_("38. Net operating expenditures"), "36-37", NULL, LINE_AB, 2 },
};

static const LineDef *
form_lines (gboolean f3x, guint *out_n)
{
  *out_n = f3x ? G_N_ELEMENTS (f3x_lines) : G_N_ELEMENTS (f3_lines);
  return f3x ? f3x_lines : f3_lines;
}

static int
find_line (const LineDef *lines, guint n, const char *line)
{
  for (guint i = 0; i < n; i++)
    if (strcmp (lines[i].line, line) == 0)
      return i;
  return -1;
}

/* Calls func with each name in a sum ("11ai+11aii-6b") and its sign. */
static void
foreach_term (const char *sum,
              void      (*func) (const char *line, int sign, gpointer data),
              gpointer    data)
{
  int sign = 1;

  while (*sum)
    {
      char name[16];
      gsize len = 0;

      if (*sum == '+' || *sum == '-')
        {
          sign = *sum == '-' ? -1 : 1;
          sum++;
          continue;
        }
      while (sum[len] && sum[len] != '+' && sum[len] != '-' && len < sizeof name - 1)
        {
          name[len] = sum[len];
          len++;
        }
      name[len] = '\0';
      func (name, sign, data);
      sum += len;
    }
}

gboolean
hustings_report_cover_field_line (const char            *field_name,
                                  char                 **out_line,
                                  HustingsReportColumn  *out_column)
{
  const char *end;

  if (field_name == NULL || field_name[0] != 'L' || !g_ascii_isdigit (field_name[1]) ||
      strcmp (field_name, "L6a_year_for_above_ytd") == 0)
    return FALSE;
  end = strchr (field_name, '_');
  if (end == NULL)
    return FALSE;
  if (g_str_has_suffix (field_name, "_period"))
    *out_column = HUSTINGS_REPORT_COLUMN_A;
  else if (g_str_has_suffix (field_name, "_ytd"))
    *out_column = HUSTINGS_REPORT_COLUMN_B;
  else
    return FALSE;
  *out_line = g_strndup (field_name + 1, end - field_name - 1);
  return TRUE;
}

/* ---- HustingsReportLine ---- */

struct _HustingsReportLine
{
  GObject        parent_instance;

  const LineDef *def;
  gint64         amount[2];
};

G_DEFINE_FINAL_TYPE (HustingsReportLine, hustings_report_line, G_TYPE_OBJECT)

enum {
  LINE_PROP_0,
  LINE_PROP_LINE,
  LINE_PROP_LABEL,
  LINE_PROP_COLUMN_A,
  LINE_PROP_COLUMN_B,
  LINE_PROP_COLUMN_A_TEXT,
  LINE_PROP_COLUMN_B_TEXT,
  LINE_PROP_HAS_COLUMN_A,
  LINE_PROP_HAS_COLUMN_B,
  LINE_PROP_IS_TOTAL,
  LINE_PROP_HAS_ROWS,
  LINE_PROP_PAGE,
  N_LINE_PROPS
};

static GParamSpec *line_properties[N_LINE_PROPS];

static char *
amount_text (HustingsReportLine *self, HustingsReportColumn column)
{
  return hustings_report_line_has_column (self, column)
         ? hustings_money_format (self->amount[column]) : g_strdup ("");
}

static void
hustings_report_line_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HustingsReportLine *self = HUSTINGS_REPORT_LINE (object);

  switch (prop_id)
    {
    case LINE_PROP_LINE:
      g_value_set_string (value, self->def->line);
      break;
    case LINE_PROP_LABEL:
      g_value_set_string (value, hustings_report_line_get_label (self));
      break;
    case LINE_PROP_COLUMN_A:
      g_value_set_int64 (value, self->amount[HUSTINGS_REPORT_COLUMN_A]);
      break;
    case LINE_PROP_COLUMN_B:
      g_value_set_int64 (value, self->amount[HUSTINGS_REPORT_COLUMN_B]);
      break;
    case LINE_PROP_COLUMN_A_TEXT:
      g_value_take_string (value, amount_text (self, HUSTINGS_REPORT_COLUMN_A));
      break;
    case LINE_PROP_COLUMN_B_TEXT:
      g_value_take_string (value, amount_text (self, HUSTINGS_REPORT_COLUMN_B));
      break;
    case LINE_PROP_HAS_COLUMN_A:
      g_value_set_boolean (value, hustings_report_line_has_column (self,
                                                                   HUSTINGS_REPORT_COLUMN_A));
      break;
    case LINE_PROP_HAS_COLUMN_B:
      g_value_set_boolean (value, hustings_report_line_has_column (self,
                                                                   HUSTINGS_REPORT_COLUMN_B));
      break;
    case LINE_PROP_IS_TOTAL:
      g_value_set_boolean (value, hustings_report_line_is_total (self));
      break;
    case LINE_PROP_HAS_ROWS:
      g_value_set_boolean (value, hustings_report_line_has_rows (self));
      break;
    case LINE_PROP_PAGE:
      g_value_set_uint (value, self->def->page);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_report_line_class_init (HustingsReportLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = hustings_report_line_get_property;

  line_properties[LINE_PROP_LINE] = g_param_spec_string ("line", NULL, NULL, NULL, flags);
  line_properties[LINE_PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);
  line_properties[LINE_PROP_COLUMN_A] = g_param_spec_int64 ("column-a", NULL, NULL,
                                                            G_MININT64, G_MAXINT64, 0, flags);
  line_properties[LINE_PROP_COLUMN_B] = g_param_spec_int64 ("column-b", NULL, NULL,
                                                            G_MININT64, G_MAXINT64, 0, flags);
  line_properties[LINE_PROP_COLUMN_A_TEXT] = g_param_spec_string ("column-a-text", NULL, NULL,
                                                                  NULL, flags);
  line_properties[LINE_PROP_COLUMN_B_TEXT] = g_param_spec_string ("column-b-text", NULL, NULL,
                                                                  NULL, flags);
  line_properties[LINE_PROP_HAS_COLUMN_A] = g_param_spec_boolean ("has-column-a", NULL, NULL,
                                                                  FALSE, flags);
  line_properties[LINE_PROP_HAS_COLUMN_B] = g_param_spec_boolean ("has-column-b", NULL, NULL,
                                                                  FALSE, flags);
  line_properties[LINE_PROP_IS_TOTAL] = g_param_spec_boolean ("is-total", NULL, NULL, FALSE,
                                                              flags);
  line_properties[LINE_PROP_HAS_ROWS] = g_param_spec_boolean ("has-rows", NULL, NULL, FALSE,
                                                              flags);
  line_properties[LINE_PROP_PAGE] = g_param_spec_uint ("page", NULL, NULL, 1, 2, 1, flags);
  g_object_class_install_properties (object_class, N_LINE_PROPS, line_properties);
}

static void
hustings_report_line_init (HustingsReportLine *self)
{
}

const char *
hustings_report_line_get_line (HustingsReportLine *self)
{
  return self->def->line;
}

const char *
hustings_report_line_get_label (HustingsReportLine *self)
{
  return _(self->def->label);
}

gboolean
hustings_report_line_has_column (HustingsReportLine   *self,
                                 HustingsReportColumn  column)
{
  return (self->def->flags & (column == HUSTINGS_REPORT_COLUMN_A ? LINE_A : LINE_B)) != 0;
}

gint64
hustings_report_line_get_amount (HustingsReportLine   *self,
                                 HustingsReportColumn  column)
{
  return hustings_report_line_has_column (self, column) ? self->amount[column] : 0;
}

gboolean
hustings_report_line_is_total (HustingsReportLine *self)
{
  return self->def->sum != NULL;
}

gboolean
hustings_report_line_has_rows (HustingsReportLine *self)
{
  return (self->def->flags & LINE_NO_ROWS) == 0;
}

/* ---- HustingsReportSummary ---- */

struct _HustingsReportSummary
{
  GObject    parent_instance;

  GPtrArray *lines;  /* HustingsReportLine*, in the form's order */
};

static void summary_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HustingsReportSummary, hustings_report_summary, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, summary_list_model_init))

static GType
summary_get_item_type (GListModel *model)
{
  return HUSTINGS_TYPE_REPORT_LINE;
}

static guint
summary_get_n_items (GListModel *model)
{
  return HUSTINGS_REPORT_SUMMARY (model)->lines->len;
}

static gpointer
summary_get_item (GListModel *model, guint position)
{
  HustingsReportSummary *self = HUSTINGS_REPORT_SUMMARY (model);

  return position < self->lines->len ? g_object_ref (g_ptr_array_index (self->lines, position))
                                     : NULL;
}

static void
summary_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = summary_get_item_type;
  iface->get_n_items = summary_get_n_items;
  iface->get_item = summary_get_item;
}

static void
hustings_report_summary_finalize (GObject *object)
{
  g_ptr_array_unref (HUSTINGS_REPORT_SUMMARY (object)->lines);

  G_OBJECT_CLASS (hustings_report_summary_parent_class)->finalize (object);
}

static void
hustings_report_summary_class_init (HustingsReportSummaryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hustings_report_summary_finalize;
}

static void
hustings_report_summary_init (HustingsReportSummary *self)
{
  self->lines = g_ptr_array_new_with_free_func (g_object_unref);
}

HustingsReportLine *
hustings_report_summary_lookup (HustingsReportSummary *self,
                                const char            *line)
{
  for (guint i = 0; i < self->lines->len; i++)
    {
      HustingsReportLine *l = g_ptr_array_index (self->lines, i);

      if (strcmp (l->def->line, line) == 0)
        return l;
    }
  return NULL;
}

gint64
hustings_report_summary_get (HustingsReportSummary *self,
                             const char            *line,
                             HustingsReportColumn   column)
{
  HustingsReportLine *l = hustings_report_summary_lookup (self, line);

  return l != NULL ? hustings_report_line_get_amount (l, column) : 0;
}

/* ---- The pass over the rows ---- */

/* Days since 1970-01-01 of a YYYY-MM-DD date (H. Hinnant's days_from_civil): dates compare
 * and count as numbers. */
static int
day_number (const char *iso)
{
  int y = (int) g_ascii_strtoll (iso, NULL, 10);
  int m = (iso[5] - '0') * 10 + (iso[6] - '0');
  int d = (iso[8] - '0') * 10 + (iso[9] - '0');
  int era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

typedef enum {
  ROW_MEMO    = ITEM_MEMO,
  ROW_REFUND  = ITEM_REFUND,
  ROW_EARMARK = ITEM_EARMARK,
  ROW_FORCED  = 1 << 3,  /* a row a .fec import brought: itemized as the filing had it */
} RowFlags;

typedef struct {
  gint64 id;
  gint64 contact_id;
  gint64 amount;
  gint64 aggregate;
  int    day;       /* the date as a day number */
  guint8 sched;     /* HustingsSched: the line of a positive receipt, or the disbursement's */
  guint8 entity;    /* Entity */
  guint8 flags;
  int    period;    /* cycle or calendar year */
} ScanRow;

/* By contributor, then date, then id: the order the running totals are kept in. */
static int
compare_rows (gconstpointer a, gconstpointer b)
{
  const ScanRow *ra = a, *rb = b;

  if (ra->contact_id != rb->contact_id)
    return ra->contact_id < rb->contact_id ? -1 : 1;
  if (ra->day != rb->day)
    return ra->day < rb->day ? -1 : 1;
  return ra->id < rb->id ? -1 : ra->id > rb->id;
}

typedef void (*FinishFunc) (HustingsReportScan *scan,
                            gpointer            data,
                            gint64              contact_id,
                            ScanRow            *rows,
                            guint               n);

/* Sorts the rows by contributor, date and id. A counting sort by contributor (ids are dense:
 * a few passes over the rows, where a comparison sort of a million would take a good part of
 * a second), then each contributor's few rows by date; a comparison sort when ids are sparse.
 * Returns a new array of rows->len rows. */
static ScanRow *
sort_rows (GArray *rows)
{
  ScanRow *all = (ScanRow *) rows->data;
  ScanRow *sorted = g_new (ScanRow, MAX (rows->len, 1));
  g_autofree guint *next = NULL;
  gint64 max = 0;

  for (guint i = 0; i < rows->len; i++)
    max = MAX (max, all[i].contact_id);
  if (max > 4 * (gint64) rows->len + 65536)
    {
      memcpy (sorted, all, rows->len * sizeof (ScanRow));
      qsort (sorted, rows->len, sizeof (ScanRow), compare_rows);
      return sorted;
    }

  /* next[c]: where contributor c's next row goes. */
  next = g_new0 (guint, max + 2);
  for (guint i = 0; i < rows->len; i++)
    next[all[i].contact_id + 1]++;
  for (gint64 c = 1; c <= max + 1; c++)
    next[c] += next[c - 1];
  for (guint i = 0; i < rows->len; i++)
    sorted[next[all[i].contact_id]++] = all[i];

  /* Each contributor's rows by date (insertion sort: they are few and nearly in order). */
  for (guint i = 1; i < rows->len; i++)
    {
      ScanRow row = sorted[i];
      guint j = i;

      while (j > 0 && sorted[j - 1].contact_id == row.contact_id &&
             compare_rows (&sorted[j - 1], &row) > 0)
        {
          sorted[j] = sorted[j - 1];
          j--;
        }
      sorted[j] = row;
    }
  return sorted;
}

/* Sorts the rows and hands each contributor's to func. */
static void
finish_each_contact (HustingsReportScan *scan,
                     GArray             *rows,
                     FinishFunc          func,
                     gpointer            data)
{
  g_autofree ScanRow *all = sort_rows (rows);
  guint first = 0;

  for (guint i = 1; i <= rows->len; i++)
    if (i == rows->len || all[i].contact_id != all[first].contact_id)
      {
        func (scan, data, all[first].contact_id, all + first, i - first);
        first = i;
      }
}

/* The aggregation group of a receipt line: 0 for contributions (lines 11(a)–(d)), otherwise
 * the line itself. */
static inline guint
aggregation_group (HustingsSched sched)
{
  return sched <= SCHED_SA11D ? 0 : sched;
}

/* Openings are keyed by contact, period and aggregation group (below 32). */
static inline gint64
opening_key (gint64 contact_id, int period, guint group)
{
  G_STATIC_ASSERT (SCHED_SA17 < 32);

  return (contact_id << 19) | ((gint64) group << 14) | (period & 0x3fff);
}

static gboolean
load_openings (HustingsCommitteeFile *file,
               gboolean               f3x,
               GHashTable            *openings,
               GError               **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = hustings_committee_file_prepare (file,
    "SELECT contact_id, substr(period, 3), line, amount_cents FROM contact_opening"
    " WHERE substr(period, 1, 2) = ?1", error);
  if (stmt == NULL)
    return FALSE;
  hustings_bind_static (stmt, 1, f3x ? "Y:" : "C:");
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* line is '' for contributions, which an individual's usual line stands for. */
      HustingsSched sched = receipt_sched (hustings_column_text (stmt, 2), ENT_IND, f3x);
      gint64 key = opening_key (sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 1),
                                aggregation_group (sched));

      g_hash_table_insert (openings, g_memdup2 (&key, sizeof key),
                           g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 3) },
                                      sizeof (gint64)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return hustings_committee_file_set_sql_error (file, error);
  return TRUE;
}

static void
add_item (GArray *items, const ScanRow *row)
{
  HustingsItem item;

  item.id = row->id;
  item.aggregate = row->aggregate;
  item.sched = row->sched;
  item.flags = row->flags & (ITEM_MEMO | ITEM_REFUND | ITEM_EARMARK);
  g_array_append_val (items, item);
}

static int
compare_items (gconstpointer a, gconstpointer b)
{
  const HustingsItem *ia = a, *ib = b;

  return ia->id < ib->id ? -1 : ia->id > ib->id;
}

const HustingsItem *
hustings_report_scan_find (GArray *items,
                           gint64  id)
{
  HustingsItem key = { .id = id };

  return bsearch (&key, items->data, items->len, sizeof (HustingsItem), compare_items);
}

/* A row behind a line, with its date to sort by. */
typedef struct {
  int               day;
  HustingsReportRow row;
} DatedRow;

static void
add_drill (HustingsReportScan    *scan,
           HustingsReportRowKind  kind,
           const ScanRow         *row,
           guint                  base,
           gboolean               in_a)
{
  DatedRow dated;

  if (scan->drill_lines == NULL || (!in_a && !scan->drill_column_b) ||
      !g_hash_table_contains (scan->drill_lines, base_lines[base]))
    return;
  dated.day = row->day;
  dated.row.kind = kind;
  dated.row.id = row->id;
  g_array_append_val (scan->drill_rows, dated);
}

static void
add_amount (HustingsReportScan *scan, guint base, gint64 cents, gboolean in_a)
{
  scan->col_b[base] += cents;
  if (in_a)
    scan->col_a[base] += cents;
}

/* Rows aggregate together when they share the period and the group: contributions (lines
 * 11(a)–(d)), or one other receipt line. */
static gboolean
same_group (const ScanRow *a, const ScanRow *b)
{
  return a->period == b->period && aggregation_group (a->sched) == aggregation_group (b->sched);
}

/* One group of rows sharing a contributor and a period: their running totals and what the
 * summary and the schedules make of them. rows are by date. */
static void
finish_receipts (HustingsReportScan *scan,
                 gpointer            openings,
                 gint64              contact_id,
                 ScanRow            *rows,
                 guint               n)
{
  for (guint first = 0; first < n; first++)
    {
      const ScanRow *lead = &rows[first];
      const gint64 *opening;
      gint64 key, running, final;
      gboolean seen = FALSE;

      /* Each group once: its first row leads. */
      for (guint j = 0; j < first && !seen; j++)
        seen = same_group (lead, &rows[j]);
      if (seen)
        continue;

      key = opening_key (contact_id, lead->period, aggregation_group (lead->sched));
      opening = g_hash_table_lookup (openings, &key);
      running = opening ? *opening : 0;
      for (guint i = first; i < n; )
        {
          guint end = i;
          gint64 day = 0;

          /* The day's rows of this group, then their end-of-day total. */
          for (guint j = i; j < n && rows[j].day == rows[i].day; j++, end = j)
            if (same_group (lead, &rows[j]))
              day += rows[j].amount;
          running += day;
          for (guint j = i; j < end; j++)
            if (same_group (lead, &rows[j]))
              rows[j].aggregate = running;
          i = end;
        }
      final = running;

      for (guint i = first; i < n; i++)
        {
          ScanRow *row = &rows[i];
          gboolean in_a = row->day >= scan->from_day;
          gboolean itemized;
          guint base;

          if (!same_group (lead, row))
            continue;

          if (row->flags & ROW_MEMO)
            {
              if (in_a)
                add_item (scan->receipts, row);
              continue;
            }
          if (row->flags & ROW_REFUND)
            {
              HustingsSched sb = refund_sched (row->entity, scan->f3x);

              add_amount (scan, sb, -row->amount, in_a);
              add_drill (scan, HUSTINGS_REPORT_ROW_DONATION, row, sb, in_a);
              if (in_a)
                {
                  ScanRow refund = *row;

                  refund.sched = sb;
                  add_item (scan->receipts, &refund);
                }
              continue;
            }

          itemized = (row->flags & ROW_FORCED) || sched_always_itemized (row->sched, scan->f3x) ||
                     final > ITEMIZE_OVER_CENTS || final < 0;
          base = row->sched == SCHED_SA11AI && !itemized ? BASE_UNITEMIZED : row->sched;
          add_amount (scan, base, row->amount, in_a);
          add_drill (scan, HUSTINGS_REPORT_ROW_DONATION, row, base, in_a);
          if (itemized && in_a)
            add_item (scan->receipts, row);
        }
    }
}

/* What each conduit forwarded each day: the conduit memo rows' aggregates. */
static void
add_earmark (HustingsReportScan *scan,
             const char         *conduit,
             int                 day,
             gint64              cents)
{
  HustingsEarmarks *earmarks = NULL;
  guint offset = day - scan->start_day;

  for (guint i = 0; i < scan->earmarks->len && earmarks == NULL; i++)
    if (strcmp (((HustingsEarmarks *) scan->earmarks->pdata[i])->conduit, conduit) == 0)
      earmarks = scan->earmarks->pdata[i];
  if (earmarks == NULL)
    {
      earmarks = g_new (HustingsEarmarks, 1);
      earmarks->conduit = g_strdup (conduit);
      earmarks->days = g_array_new (FALSE, TRUE, sizeof (gint64));
      g_ptr_array_add (scan->earmarks, earmarks);
    }
  if (offset >= earmarks->days->len)
    g_array_set_size (earmarks->days, offset + 1);
  g_array_index (earmarks->days, gint64, offset) += cents;
}

static void
earmarks_free (HustingsEarmarks *earmarks)
{
  g_free (earmarks->conduit);
  g_array_unref (earmarks->days);
  g_free (earmarks);
}

gint64
hustings_report_scan_earmarked (HustingsReportScan *scan,
                                const char         *conduit,
                                const char         *date)
{
  int last = day_number (date) - scan->start_day;

  for (guint i = 0; i < scan->earmarks->len; i++)
    {
      HustingsEarmarks *earmarks = scan->earmarks->pdata[i];

      if (strcmp (earmarks->conduit, conduit) == 0 && last >= 0 && earmarks->days->len > 0)
        return g_array_index (earmarks->days, gint64, MIN ((guint) last,
                                                           earmarks->days->len - 1));
    }
  return 0;
}

/* The entity types of the contacts that are not individuals. */
static gboolean
load_entities (HustingsCommitteeFile *file,
               GHashTable            *entities,
               GError               **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = hustings_committee_file_prepare (file,
    "SELECT id, entity_type FROM contact WHERE entity_type <> 'IND'", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (entities, GSIZE_TO_POINTER (sqlite3_column_int64 (stmt, 0)),
                         GINT_TO_POINTER (entity_from_text (hustings_column_text (stmt, 1))));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return hustings_committee_file_set_sql_error (file, error);
  return TRUE;
}

/* The period's receipts in one read of the table (in the order they are stored, which is
 * quicker than any index for most of a file), then sorted by contributor. */
static gboolean
scan_receipts (HustingsCommitteeFile *file,
               HustingsReportScan    *scan,
               GCancellable          *cancellable,
               GError               **error)
{
  g_autoptr(GHashTable) openings = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                          g_free, g_free);
  /* Keyed by the id itself (ids are positive and fit a pointer). */
  g_autoptr(GHashTable) entities = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (ScanRow));
  sqlite3_stmt *stmt;
  guint count = 0;
  int rc;

  if (!load_openings (file, scan->f3x, openings, error) ||
      !load_entities (file, entities, error))
    return FALSE;

  stmt = hustings_committee_file_prepare (file,
    "SELECT id, contact_id, date_received, amount_cents, cycle, receipt_line,"
    " adjustment <> '', conduit, tran_id IS NOT NULL"
    " FROM donation WHERE +date_received BETWEEN ?1 AND ?2", error);
  if (stmt == NULL)
    return FALSE;
  hustings_bind_static (stmt, 1, scan->period_start);
  hustings_bind_static (stmt, 2, scan->to);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *date = hustings_column_text (stmt, 2);
      ScanRow *row;

      if (++count % 65536 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          sqlite3_reset (stmt);
          return FALSE;
        }
      g_array_set_size (rows, rows->len + 1);
      row = &g_array_index (rows, ScanRow, rows->len - 1);
      memset (row, 0, sizeof *row);
      row->id = sqlite3_column_int64 (stmt, 0);
      row->contact_id = sqlite3_column_int64 (stmt, 1);
      row->day = day_number (date);
      row->amount = sqlite3_column_int64 (stmt, 3);
      row->period = scan->f3x ? (int) g_ascii_strtoll (date, NULL, 10)
                              : sqlite3_column_int (stmt, 4);
      row->entity = GPOINTER_TO_INT (g_hash_table_lookup (entities,
                                                          GSIZE_TO_POINTER (row->contact_id)));
      row->sched = receipt_sched (hustings_column_text (stmt, 5), row->entity, scan->f3x);
      if (sqlite3_column_int (stmt, 6))
        row->flags |= ROW_MEMO;
      else if (row->amount < 0)
        row->flags |= ROW_REFUND;
      if (sqlite3_column_bytes (stmt, 7) > 0)
        {
          row->flags |= ROW_EARMARK;
          add_earmark (scan, hustings_column_text (stmt, 7), row->day, row->amount);
        }
      if (sqlite3_column_int (stmt, 8))
        row->flags |= ROW_FORCED;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return hustings_committee_file_set_sql_error (file, error);
  finish_each_contact (scan, rows, finish_receipts, openings);
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

/* A payee's disbursements of one period: over $200 in the period to the coverage's end, or on
 * a line that is always itemized, and memo entries, are itemized. */
static void
finish_disbursements (HustingsReportScan *scan,
                      gpointer            data,
                      gint64              contact_id,
                      ScanRow            *rows,
                      guint               n)
{
  for (guint first = 0; first < n; first++)
    {
      gint64 total = 0;
      gboolean seen = FALSE;

      for (guint j = 0; j < first && !seen; j++)
        seen = rows[j].period == rows[first].period;
      if (seen)
        continue;
      for (guint i = first; i < n; i++)
        if (rows[i].period == rows[first].period && !(rows[i].flags & ROW_MEMO))
          total += rows[i].amount;

      for (guint i = first; i < n; i++)
        {
          ScanRow *row = &rows[i];
          gboolean in_a = row->day >= scan->from_day;

          if (row->period != rows[first].period)
            continue;
          if (!(row->flags & ROW_MEMO))
            {
              add_amount (scan, row->sched, row->amount, in_a);
              add_drill (scan, HUSTINGS_REPORT_ROW_DISBURSEMENT, row, row->sched, in_a);
            }
          if (in_a && ((row->flags & (ROW_MEMO | ROW_FORCED)) ||
                       sched_always_itemized (row->sched, scan->f3x) ||
                       total > ITEMIZE_OVER_CENTS || total < 0))
            add_item (scan->disbursements, row);
        }
    }
}

static gboolean
scan_disbursements (HustingsCommitteeFile *file,
                    HustingsReportScan    *scan,
                    GCancellable          *cancellable,
                    GError               **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (ScanRow));
  sqlite3_stmt *stmt;
  int rc;

  stmt = hustings_committee_file_prepare (file,
    "SELECT id, contact_id, date_paid, amount_cents, line, memo_entry, tran_id IS NOT NULL"
    " FROM disbursement WHERE date_paid BETWEEN ?1 AND ?2", error);
  if (stmt == NULL)
    return FALSE;
  hustings_bind_static (stmt, 1, scan->period_start);
  hustings_bind_static (stmt, 2, scan->to);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *date = hustings_column_text (stmt, 2);
      int sched = sched_from_name (hustings_column_text (stmt, 4));
      ScanRow row = { 0 };

      row.id = sqlite3_column_int64 (stmt, 0);
      row.contact_id = sqlite3_column_int64 (stmt, 1);
      row.day = day_number (date);
      row.amount = sqlite3_column_int64 (stmt, 3);
      row.period = scan->f3x ? (int) g_ascii_strtoll (date, NULL, 10)
                             : hustings_cycle_for_date (date);
      row.sched = sched_for_form (sched >= SCHED_SB17 ? sched
                                  : scan->f3x ? SCHED_SB29 : SCHED_SB21, scan->f3x);
      if (sqlite3_column_int (stmt, 5))
        row.flags |= ROW_MEMO;
      if (sqlite3_column_int (stmt, 6))
        row.flags |= ROW_FORCED;
      g_array_append_val (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return hustings_committee_file_set_sql_error (file, error);
  finish_each_contact (scan, rows, finish_disbursements, NULL);
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

gboolean
hustings_report_scan_run (HustingsCommitteeFile *file,
                          HustingsReportScan    *scan,
                          HustingsReport        *report,
                          GHashTable            *drill_lines,
                          gboolean               drill_column_b,
                          GCancellable          *cancellable,
                          GError               **error)
{
  memset (scan, 0, sizeof *scan);
  scan->report = g_object_ref (report);
  scan->f3x = g_strcmp0 (hustings_report_get_form (report), "F3X") == 0;
  scan->period_start = hustings_report_dup_period_start (report);
  scan->from = hustings_report_get_coverage_from (report);
  scan->to = hustings_report_get_coverage_to (report);
  scan->drill_lines = drill_lines ? g_hash_table_ref (drill_lines) : NULL;
  scan->drill_column_b = drill_column_b;
  scan->col_a = g_new0 (gint64, N_BASES);
  scan->col_b = g_new0 (gint64, N_BASES);
  scan->receipts = g_array_new (FALSE, FALSE, sizeof (HustingsItem));
  scan->disbursements = g_array_new (FALSE, FALSE, sizeof (HustingsItem));
  scan->earmarks = g_ptr_array_new_with_free_func ((GDestroyNotify) earmarks_free);
  scan->drill_rows = g_array_new (FALSE, FALSE, sizeof (DatedRow));

  if (scan->period_start == NULL)
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("The report’s coverage dates are not real dates"));
      return FALSE;
    }
  scan->start_day = day_number (scan->period_start);
  scan->from_day = day_number (scan->from);
  if (!scan_receipts (file, scan, cancellable, error) ||
      !scan_disbursements (file, scan, cancellable, error))
    return FALSE;
  g_array_sort (scan->receipts, compare_items);
  g_array_sort (scan->disbursements, compare_items);
  /* Each day's earmarks become the running total to that day. */
  for (guint i = 0; i < scan->earmarks->len; i++)
    {
      GArray *days = ((HustingsEarmarks *) scan->earmarks->pdata[i])->days;

      for (guint day = 1; day < days->len; day++)
        g_array_index (days, gint64, day) += g_array_index (days, gint64, day - 1);
    }
  return TRUE;
}

void
hustings_report_scan_clear (HustingsReportScan *scan)
{
  g_clear_object (&scan->report);
  g_clear_pointer (&scan->period_start, g_free);
  g_clear_pointer (&scan->drill_lines, g_hash_table_unref);
  g_clear_pointer (&scan->col_a, g_free);
  g_clear_pointer (&scan->col_b, g_free);
  g_clear_pointer (&scan->receipts, g_array_unref);
  g_clear_pointer (&scan->disbursements, g_array_unref);
  g_clear_pointer (&scan->earmarks, g_ptr_array_unref);
  g_clear_pointer (&scan->drill_rows, g_array_unref);
}

/* ---- The summary ---- */

/* The filed figures of a report, "11ai" → amount, for one column. */
static GHashTable *
load_lines (HustingsCommitteeFile *file,
            gint64                 report_id,
            const char            *kind,
            const char            *col,
            GError               **error)
{
  g_autoptr(GHashTable) lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = hustings_committee_file_prepare (file,
    "SELECT line, amount_cents FROM report_line WHERE report_id = ?1 AND kind = ?2 AND col = ?3",
    error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, report_id);
  hustings_bind_static (stmt, 2, kind);
  hustings_bind_static (stmt, 3, col);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (lines, g_strdup (hustings_column_text (stmt, 0)),
                         g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 1) },
                                    sizeof (gint64)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hustings_committee_file_set_sql_error (file, error);
      return NULL;
    }
  return g_steal_pointer (&lines);
}

/* The report before this one: the latest of the form whose coverage ended before this one's
 * began, not before after (NULL: any); with filed_only, only a filed or imported one. Among
 * the versions of a filing, the filed ones and then the latest amendment. 0 when none. */
static gint64
previous_report (HustingsCommitteeFile *file,
                 HustingsReport        *report,
                 const char            *before,
                 const char            *after,
                 gboolean               filed_only,
                 GError               **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  stmt = hustings_committee_file_prepare (file,
    "SELECT id FROM report WHERE form = ?1 AND coverage_to < ?2 AND coverage_to >= ?3"
    " AND (?4 = 0 OR filed_at IS NOT NULL OR origin = 'imported')"
    " ORDER BY coverage_to DESC, (filed_at IS NOT NULL OR origin = 'imported') DESC,"
    " amendment DESC, id DESC LIMIT 1", error);
  if (stmt == NULL)
    return -1;
  hustings_bind_static (stmt, 1, hustings_report_get_form (report));
  hustings_bind_static (stmt, 2, before);
  hustings_bind_static (stmt, 3, after ? after : "");
  sqlite3_bind_int (stmt, 4, filed_only);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    {
      hustings_committee_file_set_sql_error (file, error);
      id = -1;
    }
  sqlite3_reset (stmt);
  return id;
}

/* The cash on hand at the close of report report_id: as filed when it is filed or imported,
 * else computed. */
static gboolean
closing_cash (HustingsCommitteeFile *file,
              gint64                 report_id,
              GCancellable          *cancellable,
              gint64                *out_cents,
              GError               **error)
{
  g_autoptr(HustingsReport) report = hustings_report_store_get (file, report_id, error);
  g_autoptr(HustingsReportSummary) summary = NULL;
  const char *line;

  if (report == NULL)
    return FALSE;
  line = g_strcmp0 (hustings_report_get_form (report), "F3X") == 0 ? "8" : "27";
  if (hustings_report_is_filed (report))
    {
      g_autoptr(GHashTable) filed = load_lines (file, report_id, "filed", "A", error);
      const gint64 *cents;

      if (filed == NULL)
        return FALSE;
      cents = g_hash_table_lookup (filed, line);
      if (cents != NULL)
        {
          *out_cents = *cents;
          return TRUE;
        }
    }
  summary = hustings_report_compute (file, report, cancellable, error);
  if (summary == NULL)
    return FALSE;
  *out_cents = hustings_report_summary_get (summary, line, HUSTINGS_REPORT_COLUMN_A);
  return TRUE;
}

typedef struct {
  const LineDef *lines;
  guint          n;
  gint64        *values[2];
  gboolean      *done[2];
  GHashTable    *filed[2];  /* an imported report's own filed columns, else NULL */
  HustingsReportColumn column;
} Evaluation;

static gint64 evaluate (Evaluation *ev, int index);

static void
add_term (const char *line, int sign, gpointer data)
{
  Evaluation *ev = data;
  int index = find_line (ev->lines, ev->n, line);

  g_return_if_fail (index >= 0);
  ev->values[ev->column][ev->n] += sign * evaluate (ev, index);
}

/* A line's value in the current column: its rows', or its sum's; in column B of an imported
 * report, for a line its filing gives there (whether the filing gives the lines it adds or
 * not), what came before the period as filed (column B less column A) plus column A, which
 * is evaluated first. Slot n collects a sum. */
static gint64
evaluate (Evaluation *ev, int index)
{
  const LineDef *def = &ev->lines[index];
  const char *sum = ev->column == HUSTINGS_REPORT_COLUMN_B && def->sum_b ? def->sum_b : def->sum;
  const gint64 *filed_b = NULL;
  gint64 saved;

  if (ev->done[ev->column][index])
    return ev->values[ev->column][index];
  if (ev->column == HUSTINGS_REPORT_COLUMN_B && ev->filed[HUSTINGS_REPORT_COLUMN_B] != NULL)
    filed_b = g_hash_table_lookup (ev->filed[HUSTINGS_REPORT_COLUMN_B], def->line);
  if (filed_b != NULL)
    {
      const gint64 *filed_a = g_hash_table_lookup (ev->filed[HUSTINGS_REPORT_COLUMN_A],
                                                   def->line);

      ev->values[HUSTINGS_REPORT_COLUMN_B][index] =
        *filed_b - (filed_a ? *filed_a : 0) + ev->values[HUSTINGS_REPORT_COLUMN_A][index];
      ev->done[HUSTINGS_REPORT_COLUMN_B][index] = TRUE;
      return ev->values[HUSTINGS_REPORT_COLUMN_B][index];
    }
  if (sum == NULL)
    return ev->values[ev->column][index];

  saved = ev->values[ev->column][ev->n];
  ev->values[ev->column][ev->n] = 0;
  foreach_term (sum, add_term, ev);
  ev->values[ev->column][index] = ev->values[ev->column][ev->n];
  ev->values[ev->column][ev->n] = saved;
  ev->done[ev->column][index] = TRUE;
  return ev->values[ev->column][index];
}

HustingsReportSummary *
hustings_report_summary_from_scan (HustingsCommitteeFile *file,
                                   HustingsReportScan    *scan,
                                   GCancellable          *cancellable,
                                   GError               **error)
{
  HustingsReport *report = scan->report;
  g_autoptr(HustingsReportSummary) summary = NULL;
  g_autoptr(GHashTable) unitemized = NULL;
  g_autoptr(GHashTable) previous_b = NULL;
  g_autoptr(GHashTable) own_a = NULL;
  g_autoptr(GHashTable) own_b = NULL;
  g_autofree gint64 *values_a = NULL;
  g_autofree gint64 *values_b = NULL;
  g_autofree gboolean *done_a = NULL;
  g_autofree gboolean *done_b = NULL;
  g_autofree char *period_start = hustings_report_dup_period_start (report);
  const char *from = hustings_report_get_coverage_from (report);
  gint64 begin = 0, jan1 = 0;
  gint64 previous, filed_previous;
  Evaluation ev;
  guint n;
  const LineDef *lines = form_lines (scan->f3x, &n);

  /* Cash on hand at the beginning: the previous report's closing figure. */
  previous = previous_report (file, report, from, NULL, FALSE, error);
  if (previous < 0 ||
      (previous > 0 && !closing_cash (file, previous, cancellable, &begin, error)))
    return NULL;

  /* Column B: the previous filed report of the period, plus this period. */
  filed_previous = previous_report (file, report, from, period_start, TRUE, error);
  if (filed_previous < 0)
    return NULL;
  if (filed_previous > 0)
    {
      previous_b = load_lines (file, filed_previous, "filed", "B", error);
      if (previous_b == NULL)
        return NULL;
      if (g_hash_table_size (previous_b) == 0)
        g_clear_pointer (&previous_b, g_hash_table_unref);
    }

  /* F3X 6(a): cash on hand on January 1, as the year's filed reports carry it, else the
   * closing figure of the last report of the year before. */
  if (scan->f3x)
    {
      const gint64 *filed = previous_b ? g_hash_table_lookup (previous_b, "6a") : NULL;

      if (filed != NULL)
        jan1 = *filed;
      else
        {
          gint64 last = previous_report (file, report, period_start, NULL, FALSE, error);

          if (last < 0 || (last > 0 && !closing_cash (file, last, cancellable, &jan1, error)))
            return NULL;
        }
    }

  /* An imported report: what came before its period is known only from its filing. Its
   * beginning cash is the filed one, and its column B the filed column B less the filed
   * column A, plus this column A. */
  if (hustings_report_get_origin (report) == HUSTINGS_REPORT_ORIGIN_IMPORTED)
    {
      gint64 id = hustings_report_get_id (report);
      const gint64 *filed;

      unitemized = load_lines (file, id, "unitemized", "A", error);
      if (unitemized == NULL ||
          (own_a = load_lines (file, id, "filed", "A", error)) == NULL ||
          (own_b = load_lines (file, id, "filed", "B", error)) == NULL)
        return NULL;
      if ((filed = g_hash_table_lookup (own_a, scan->f3x ? "6b" : "23")) != NULL)
        begin = *filed;
    }

  values_a = g_new0 (gint64, n + 1);
  values_b = g_new0 (gint64, n + 1);
  done_a = g_new0 (gboolean, n);
  done_b = g_new0 (gboolean, n);
  for (guint base = 0; base < N_BASES; base++)
    {
      int index = find_line (lines, n, base_lines[base]);

      if (index >= 0 && lines[index].sum == NULL)
        {
          values_a[index] += scan->col_a[base];
          values_b[index] += scan->col_b[base];
        }
    }
  for (guint i = 0; i < n; i++)
    {
      const gint64 *extra = unitemized ? g_hash_table_lookup (unitemized, lines[i].line) : NULL;
      const gint64 *before = previous_b ? g_hash_table_lookup (previous_b, lines[i].line) : NULL;

      if (lines[i].sum != NULL)
        continue;
      if (extra != NULL)
        {
          values_a[i] += *extra;
          values_b[i] += *extra;
        }
      if (previous_b != NULL)
        values_b[i] = (before ? *before : 0) + values_a[i];
      if (lines[i].flags & LINE_BEGIN)
        values_a[i] = begin;
      if (lines[i].flags & LINE_JAN1)
        values_b[i] = jan1;
    }

  ev.lines = lines;
  ev.n = n;
  ev.values[0] = values_a;
  ev.values[1] = values_b;
  ev.done[0] = done_a;
  ev.done[1] = done_b;
  ev.filed[0] = own_a;
  ev.filed[1] = own_b;
  summary = g_object_new (HUSTINGS_TYPE_REPORT_SUMMARY, NULL);
  for (guint i = 0; i < n; i++)
    {
      HustingsReportLine *line = g_object_new (HUSTINGS_TYPE_REPORT_LINE, NULL);

      line->def = &lines[i];
      g_ptr_array_add (summary->lines, line);
    }
  /* Column A first: column B of an imported report starts from it. */
  for (ev.column = HUSTINGS_REPORT_COLUMN_A; ev.column <= HUSTINGS_REPORT_COLUMN_B; ev.column++)
    for (guint i = 0; i < n; i++)
      {
        HustingsReportLine *line = g_ptr_array_index (summary->lines, i);

        if (hustings_report_line_has_column (line, ev.column))
          line->amount[ev.column] = evaluate (&ev, i);
      }
  return g_steal_pointer (&summary);
}

HustingsReportSummary *
hustings_report_compute (HustingsCommitteeFile *file,
                         HustingsReport        *report,
                         GCancellable          *cancellable,
                         GError               **error)
{
  HustingsReportScan scan;
  HustingsReportSummary *summary = NULL;

  g_return_val_if_fail (HUSTINGS_IS_REPORT (report), NULL);

  if (hustings_report_scan_run (file, &scan, report, NULL, FALSE, cancellable, error))
    summary = hustings_report_summary_from_scan (file, &scan, cancellable, error);
  hustings_report_scan_clear (&scan);
  return summary;
}

/* ---- Drill-down ---- */

typedef struct {
  const LineDef *lines;
  guint          n;
  GHashTable    *bases;
} Expansion;

static void
expand_line (const char *line, int sign, gpointer data)
{
  Expansion *ex = data;
  int index = find_line (ex->lines, ex->n, line);

  if (index < 0 || (ex->lines[index].flags & LINE_NO_ROWS))
    return;
  if (ex->lines[index].sum == NULL)
    {
      g_hash_table_add (ex->bases, (gpointer) ex->lines[index].line);
      return;
    }
  foreach_term (ex->lines[index].sum, expand_line, ex);
}

static int
compare_dated (gconstpointer a, gconstpointer b)
{
  const DatedRow *da = a, *db = b;

  if (da->day != db->day)
    return da->day < db->day ? -1 : 1;
  if (da->row.kind != db->row.kind)
    return da->row.kind < db->row.kind ? -1 : 1;
  return da->row.id < db->row.id ? -1 : da->row.id > db->row.id;
}

GArray *
hustings_report_rows (HustingsCommitteeFile *file,
                      HustingsReport        *report,
                      const char            *line,
                      HustingsReportColumn   column,
                      GError               **error)
{
  g_autoptr(GHashTable) bases = g_hash_table_new (g_str_hash, g_str_equal);
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (HustingsReportRow));
  HustingsReportScan scan;
  Expansion ex;

  g_return_val_if_fail (HUSTINGS_IS_REPORT (report), NULL);

  ex.lines = form_lines (g_strcmp0 (hustings_report_get_form (report), "F3X") == 0, &ex.n);
  ex.bases = bases;
  expand_line (line, 1, &ex);
  if (g_hash_table_size (bases) == 0)
    return rows;

  if (!hustings_report_scan_run (file, &scan, report, bases, column == HUSTINGS_REPORT_COLUMN_B,
                                 NULL, error))
    {
      hustings_report_scan_clear (&scan);
      g_array_unref (rows);
      return NULL;
    }
  g_array_sort (scan.drill_rows, compare_dated);
  for (guint i = 0; i < scan.drill_rows->len; i++)
    g_array_append_val (rows, g_array_index (scan.drill_rows, DatedRow, i).row);
  hustings_report_scan_clear (&scan);
  return rows;
}
