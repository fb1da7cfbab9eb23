/* hustings-print-listing.c: the review listing: one row per itemization of the filing, on
 * landscape pages, grouped by line, each line's total checked against the summary page, and
 * the totals by line to tick off before filing. Not a form: a dense table to read.
 *
 * The listing is a flat run of entries, kept in ctx->listing: each line's heading, its rows
 * (the records' indexes), its total; then the totals by line and their legend. Every kind of
 * entry has a fixed height (a row with a memo text takes a second line), so pagination is one
 * pass adding heights, a page is a run of entries, and drawing a page reads only its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-print-listing"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hustings-disbursement.h"
#include "hustings-print-private.h"

/* The page: US Letter turned, in points. The framework's footer sits at the foot. */
#define PAGE_WIDTH   HUSTINGS_PRINT_LETTER_HEIGHT
#define MARGIN       30.0
#define RIGHT        (PAGE_WIDTH - MARGIN)
#define HEADER_RULE  57.0   /* under the committee and the report */
#define COLUMNS_TOP  61.0   /* the column headings */
#define COLUMNS_RULE 72.5
#define BODY_TOP     76.0   /* the first entry, under the column headings */
#define BARE_TOP     63.0   /* … on a page of the totals only, which has none */
#define BODY_BOTTOM  584.0  /* the footer's 28 points are below */

/* The entries' heights. */
#define ROW_HEIGHT      10.0  /* an itemization */
#define ROW_BASELINE    7.5   /* its text's baseline */
#define MEMO_HEIGHT     8.0   /* … and the second line of one with a memo text */
#define HEADING_HEIGHT  18.0  /* a line's heading */
#define TOTAL_HEIGHT    16.0  /* a line's total */
#define SECTION_HEIGHT  40.0  /* "Totals by line" and its column headings */
#define LINE_HEIGHT     14.0  /* one line of the totals */
#define LEGEND_HEIGHT   36.0
#define EMPTY_HEIGHT    30.0

#define STRIPE_GREY 0.065     /* zebra stripes: 1 - 0.065 */
#define MEMO_GREY   0.45      /* memo entries' text */

/* An entry: its kind in the top bits, a record or group index below. */
typedef enum {
  ENTRY_ROW,           /* record index: an itemization */
  ENTRY_ROW_ATTACHED,  /* record index: a memo entry about the itemization above it (an
                        * earmark's conduit), in its band */
  ENTRY_HEADING,       /* group index */
  ENTRY_TOTAL,         /* group index */
  ENTRY_SECTION,       /* the totals by line: title and column headings */
  ENTRY_SECTION_LINE,  /* group index */
  ENTRY_LEGEND,
  ENTRY_EMPTY,         /* a filing with no itemization */
} EntryKind;

#define ENTRY_SHIFT          29
#define ENTRY(kind, value)   (((guint) (kind) << ENTRY_SHIFT) | (guint) (value))
#define ENTRY_KIND(entry)    ((EntryKind) ((entry) >> ENTRY_SHIFT))
#define ENTRY_VALUE(entry)   ((entry) & ((1u << ENTRY_SHIFT) - 1))

/* A page's flag: the band of rows before its first entry is striped. */
#define PAGE_STRIPED (1 << 8)

/* One line's itemizations: a run of records of one type. ctx->part_data is a GArray of them,
 * in the filing's order. */
typedef struct {
  guint   first_entry;  /* its heading in ctx->listing */
  guint   record;       /* its first record */
  guint   n_items;      /* itemizations counted */
  guint   n_memos;      /* memo entries (memo code X), not counted */
  gint64  total;        /* of the itemizations counted */
  gint64  summary;      /* the summary's column A for the line */
  gboolean has_summary;
} Group;

/* The columns of the itemizations. */
typedef enum {
  COL_LINE, COL_DATE, COL_NAME, COL_ADDRESS, COL_DETAIL, COL_ELECTION, COL_AMOUNT,
  COL_AGGREGATE, COL_TRAN_ID, COL_MEMO, N_COLS
} ListingColumn;

typedef struct {
  double              x;
  double              width;
  HustingsPrintAlign  align;
  const char         *title;
} Column;

static const Column columns[N_COLS] = {
  [COL_LINE]      = { MARGIN, 34, HUSTINGS_ALIGN_LEFT, N_("Line") },
  [COL_DATE]      = { 66, 46, HUSTINGS_ALIGN_LEFT, N_("Date") },
  [COL_NAME]      = { 116, 122, HUSTINGS_ALIGN_LEFT, N_("Contributor or payee") },
  [COL_ADDRESS]   = { 242, 148, HUSTINGS_ALIGN_LEFT, N_("Address") },
  [COL_DETAIL]    = { 394, 128, HUSTINGS_ALIGN_LEFT, N_("Employer / occupation · Purpose") },
  [COL_ELECTION]  = { 526, 26, HUSTINGS_ALIGN_LEFT, N_("Election") },
  [COL_AMOUNT]    = { 554, 58, HUSTINGS_ALIGN_RIGHT, N_("Amount") },
  [COL_AGGREGATE] = { 616, 58, HUSTINGS_ALIGN_RIGHT, N_("Aggregate") },
  [COL_TRAN_ID]   = { 680, 58, HUSTINGS_ALIGN_LEFT, N_("Transaction ID") },
  [COL_MEMO]      = { 740, RIGHT - 740, HUSTINGS_ALIGN_CENTER, N_("Memo") },
};

/* The columns of the totals by line. */
typedef enum {
  SUM_LINE, SUM_SCHEDULE, SUM_LABEL, SUM_ITEMS, SUM_MEMOS, SUM_TOTAL, SUM_SUMMARY,
  SUM_DIFFERENCE, SUM_CHECKED, N_SUMS
} SectionColumn;

static const Column sums[N_SUMS] = {
  [SUM_LINE]       = { MARGIN, 40, HUSTINGS_ALIGN_LEFT, N_("Line") },
  [SUM_SCHEDULE]   = { 72, 44, HUSTINGS_ALIGN_LEFT, N_("Schedule") },
  [SUM_LABEL]      = { 118, 226, HUSTINGS_ALIGN_LEFT, N_("Description") },
  [SUM_ITEMS]      = { 348, 58, HUSTINGS_ALIGN_RIGHT, N_("Itemizations") },
  [SUM_MEMOS]      = { 410, 58, HUSTINGS_ALIGN_RIGHT, N_("Memo entries") },
  [SUM_TOTAL]      = { 472, 72, HUSTINGS_ALIGN_RIGHT, N_("Itemized total") },
  [SUM_SUMMARY]    = { 548, 72, HUSTINGS_ALIGN_RIGHT, N_("Summary, column A") },
  [SUM_DIFFERENCE] = { 624, 76, HUSTINGS_ALIGN_RIGHT, N_("Difference") },
  [SUM_CHECKED]    = { 712, RIGHT - 712, HUSTINGS_ALIGN_CENTER, N_("Checked") },
};

/* ---- The records ---- */

static gboolean
is_schedule_b (const HustingsFecRecord *record)
{
  return g_ascii_toupper (record->type[1]) == 'B';
}

static gboolean
is_memo (const HustingsFecRecord *record)
{
  return g_ascii_strcasecmp (hustings_print_field (record, "memo_code"), "X") == 0;
}

/* A memo entry about the itemization lead: one refers to the other (as an earmark's conduit
 * row does to the receipt, or an imported receipt to its memo row). */
static gboolean
is_attached (const HustingsFecRecord *lead, const HustingsFecRecord *record)
{
  const char *id = hustings_print_field (record, "transaction_id");
  const char *lead_id = hustings_print_field (lead, "transaction_id");

  return is_memo (record) && !is_memo (lead) &&
         ((*lead_id && strcmp (hustings_print_field (record, "back_reference_tran_id_number"),
                                lead_id) == 0) ||
          (*id && strcmp (hustings_print_field (lead, "back_reference_tran_id_number"),
                          id) == 0));
}

static gint64
record_amount (const HustingsFecRecord *record)
{
  return hustings_print_amount_field (record, is_schedule_b (record) ? "expenditure_amount"
                                                                     : "contribution_amount");
}

static gboolean
has_memo_text (const HustingsFecRecord *record)
{
  return *hustings_print_field (record, "memo_text_description") != '\0';
}

/* "11(a)(i)" for an SA11AI record. */
static char *
record_line_number (const HustingsFecRecord *record)
{
  char line[8];

  return hustings_print_line_number (hustings_print_record_line (record, line));
}

/* "20260701" → "07/01/2026", as the forms write dates. */
static char *
format_date (const char *date)
{
  if (strlen (date) != 8)
    return g_strdup (date);
  return g_strdup_printf ("%.2s/%.2s/%.4s", date + 4, date + 6, date);
}

/* "2084 Mill Way, Suite 360, Fresno, CA 93721-1234" */
static char *
format_address (const HustingsFecRecord *record)
{
  const char *kind = is_schedule_b (record) ? "payee" : "contributor";
  static const char * const parts[] = { "street_1", "street_2", "city" };
  g_autofree char *state_key = g_strdup_printf ("%s_state", kind);
  g_autofree char *zip_key = g_strdup_printf ("%s_zip", kind);
  const char *state = hustings_print_field (record, state_key);
  const char *zip = hustings_print_field (record, zip_key);
  GString *address = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *key = g_strdup_printf ("%s_%s", kind, parts[i]);
      const char *value = hustings_print_field (record, key);

      if (*value == '\0')
        continue;
      if (address->len > 0)
        g_string_append (address, ", ");
      g_string_append (address, value);
    }
  if (*state != '\0' || *zip != '\0')
    {
      if (address->len > 0)
        g_string_append (address, ", ");
      g_string_append (address, state);
      if (*state != '\0' && *zip != '\0')
        g_string_append_c (address, ' ');
      if (strlen (zip) == 9)
        g_string_append_printf (address, "%.5s-%s", zip, zip + 5);
      else
        g_string_append (address, zip);
    }
  return g_string_free (address, FALSE);
}

/* Schedule A: "Employer / Occupation"; Schedule B: "Purpose · 004 Advertising". */
static char *
format_detail (const HustingsFecRecord *record)
{
  const char *first, *second;
  g_autofree char *category = NULL;

  if (is_schedule_b (record))
    {
      const char *code = hustings_print_field (record, "category_code");
      const char *label = *code ? hustings_disbursement_category_label (code) : NULL;

      first = hustings_print_field (record, "expenditure_purpose_descrip");
      category = label != NULL ? g_strdup_printf ("%s %s", code, label) : g_strdup (code);
      second = category;
      /* Translators: a disbursement's purpose and its category in the review listing */
      return *first && *second ? g_strdup_printf (_("%s · %s"), first, second)
                               : g_strconcat (first, second, NULL);
    }
  first = hustings_print_field (record, "contributor_employer");
  second = hustings_print_field (record, "contributor_occupation");
  /* Translators: a contributor's employer and occupation in the review listing */
  return *first && *second ? g_strdup_printf (_("%s / %s"), first, second)
                           : g_strconcat (first, second, NULL);
}

/* An amount as the listing writes it: a memo entry's in brackets, as it counts in no total. */
static char *
format_amount (gint64 cents, gboolean memo)
{
  g_autofree char *text = hustings_print_format_cents (cents);

  return memo ? g_strdup_printf ("[%s]", text) : g_steal_pointer (&text);
}

/* ---- The groups ---- */

static Group *
group_at (HustingsPrintContext *ctx, guint index)
{
  return &g_array_index ((GArray *) ctx->part_data, Group, index);
}

/* The group entry index belongs to (the last that starts at or before it). */
static guint
group_of_entry (HustingsPrintContext *ctx, guint entry)
{
  GArray *groups = ctx->part_data;
  guint low = 0, high = groups->len;

  while (high - low > 1)
    {
      guint mid = (low + high) / 2;

      if (group_at (ctx, mid)->first_entry <= entry)
        low = mid;
      else
        high = mid;
    }
  return low;
}

/* A group's line in the summary, or NULL when the form has no such line. */
static HustingsReportLine *
group_summary_line (HustingsPrintContext *ctx, const Group *group)
{
  char line[8];

  return hustings_report_summary_lookup (ctx->summary,
                                         hustings_print_record_line (g_ptr_array_index (
                                           ctx->records, group->record), line));
}

/* The summary's label of a group's line without its number: "Individuals — itemized". */
static const char *
group_label (HustingsPrintContext *ctx, const Group *group, const char *number)
{
  HustingsReportLine *line = group_summary_line (ctx, group);
  const char *label = line ? hustings_report_line_get_label (line) : "";

  if (g_str_has_prefix (label, number))
    {
      label += strlen (number);
      while (*label == '.' || *label == ' ')
        label++;
    }
  return label;
}

/* "Schedule A — Line 11(a)(i): Individuals — itemized" */
static char *
group_heading (HustingsPrintContext *ctx, const Group *group)
{
  const HustingsFecRecord *record = g_ptr_array_index (ctx->records, group->record);
  const char *schedule = is_schedule_b (record) ? "B" : "A";
  g_autofree char *number = record_line_number (record);
  const char *label = group_label (ctx, group, number);

  if (*label == '\0')
    /* Translators: a line's heading in the review listing: the schedule (A or B), the line */
    return g_strdup_printf (_("Schedule %s — Line %s"), schedule, number);
  /* Translators: a line's heading in the review listing: the schedule (A or B), the line,
   * the summary page's description of it */
  return g_strdup_printf (_("Schedule %s — Line %s: %s"), schedule, number, label);
}

static char *
format_items (guint n)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u itemization", "%'u itemizations",
                                       n), n);
}

static char *
format_memos (guint n)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u memo entry not counted",
                                       "%'u memo entries not counted", n), n);
}

/* ---- Pagination ---- */

static double
entry_height (HustingsPrintContext *ctx, guint entry)
{
  switch (ENTRY_KIND (entry))
    {
    case ENTRY_ROW:
    case ENTRY_ROW_ATTACHED:
      return has_memo_text (g_ptr_array_index (ctx->records, ENTRY_VALUE (entry)))
             ? ROW_HEIGHT + MEMO_HEIGHT : ROW_HEIGHT;
    case ENTRY_HEADING:
      return HEADING_HEIGHT;
    case ENTRY_TOTAL:
      return TOTAL_HEIGHT;
    case ENTRY_SECTION:
      return SECTION_HEIGHT;
    case ENTRY_SECTION_LINE:
      return LINE_HEIGHT;
    case ENTRY_LEGEND:
      return LEGEND_HEIGHT;
    case ENTRY_EMPTY:
    default:
      return EMPTY_HEIGHT;
    }
}

/* The itemizations' part of the listing: under the itemizations' column headings. */
static gboolean
entry_is_item (guint entry)
{
  EntryKind kind = ENTRY_KIND (entry);

  return kind == ENTRY_ROW || kind == ENTRY_ROW_ATTACHED || kind == ENTRY_HEADING ||
         kind == ENTRY_TOTAL;
}

/* Whether the band of rows entry is in is striped, from the band before: every other
 * itemization with the memo entries attached to it, from each line's first unstriped. */
static gboolean
next_stripe (guint entry, gboolean striped)
{
  switch (ENTRY_KIND (entry))
    {
    case ENTRY_HEADING:
      return TRUE;
    case ENTRY_ROW:
      return !striped;
    default:
      return striped;
    }
}

/* Where a page that starts with entry starts, after what it repeats from the page before:
 * a line's heading before its rows, the totals' title before their lines. */
static double
page_top (guint entry)
{
  switch (ENTRY_KIND (entry))
    {
    case ENTRY_ROW:
    case ENTRY_ROW_ATTACHED:
    case ENTRY_TOTAL:
      return BODY_TOP + HEADING_HEIGHT;
    case ENTRY_HEADING:
      return BODY_TOP;
    case ENTRY_SECTION_LINE:
    case ENTRY_LEGEND:
      return BARE_TOP + SECTION_HEIGHT;
    case ENTRY_SECTION:
    case ENTRY_EMPTY:
    default:
      return BARE_TOP;
    }
}

/* What stays on the page of the entry before it: a heading's first row, the memo entries
 * attached to an itemization, a line's total; the totals by line all together. */
static gboolean
keeps_with_next (guint entry, guint next)
{
  EntryKind kind = ENTRY_KIND (entry), next_kind = ENTRY_KIND (next);

  switch (kind)
    {
    case ENTRY_HEADING:
    case ENTRY_SECTION:
    case ENTRY_SECTION_LINE:
      return TRUE;
    case ENTRY_ROW:
    case ENTRY_ROW_ATTACHED:
      return next_kind == ENTRY_ROW_ATTACHED || next_kind == ENTRY_TOTAL;
    case ENTRY_TOTAL:
    case ENTRY_LEGEND:
    case ENTRY_EMPTY:
    default:
      return FALSE;
    }
}

/* The height of entry i and of what stays on its page with it; when that is more than a
 * page, of entry i and, for a heading, the entry after it. */
static double
entry_needs (HustingsPrintContext *ctx, guint i)
{
  GArray *entries = ctx->listing;
  guint entry = g_array_index (entries, guint, i);
  double height = 0;

  for (guint j = i; height <= BODY_BOTTOM - BODY_TOP; j++)
    {
      height += entry_height (ctx, g_array_index (entries, guint, j));
      if (j + 1 >= entries->len ||
          !keeps_with_next (g_array_index (entries, guint, j),
                            g_array_index (entries, guint, j + 1)))
        return height;
    }
  height = entry_height (ctx, entry);
  if (ENTRY_KIND (entry) == ENTRY_HEADING || ENTRY_KIND (entry) == ENTRY_SECTION)
    height += entry_height (ctx, g_array_index (entries, guint, i + 1));
  return height;
}

static void
append_entry (GArray *entries, EntryKind kind, guint value)
{
  guint entry = ENTRY (kind, value);

  g_array_append_val (entries, entry);
}

/* One pass over the filing: the groups and the entries. */
static void
build_entries (HustingsPrintContext *ctx)
{
  GArray *groups = g_array_new (FALSE, FALSE, sizeof (Group));
  GArray *entries = ctx->listing;
  Group *group = NULL;
  const char *type = NULL;               /* the group's record type */
  const HustingsFecRecord *lead = NULL;  /* the group's last itemization */

  g_assert (ctx->records->len < (1u << ENTRY_SHIFT));

  ctx->part_data = groups;
  ctx->part_free = (GDestroyNotify) g_array_unref;
  g_array_set_size (entries, 0);
  for (guint i = 2; i < ctx->records->len; i++)
    {
      const HustingsFecRecord *record = g_ptr_array_index (ctx->records, i);
      char line[8];

      if (*hustings_print_record_line (record, line) == '\0')
        continue;  /* TEXT */
      if (g_strcmp0 (record->type, type) != 0)
        {
          Group next = { .first_entry = entries->len, .record = i };
          HustingsReportLine *summary_line = hustings_report_summary_lookup (ctx->summary, line);

          if (group != NULL)
            append_entry (entries, ENTRY_TOTAL, groups->len - 1);
          next.has_summary = summary_line != NULL &&
                             hustings_report_line_has_column (summary_line,
                                                              HUSTINGS_REPORT_COLUMN_A);
          if (next.has_summary)
            next.summary = hustings_report_line_get_amount (summary_line,
                                                            HUSTINGS_REPORT_COLUMN_A);
          g_array_append_val (groups, next);
          group = &g_array_index (groups, Group, groups->len - 1);
          type = record->type;
          lead = NULL;
          append_entry (entries, ENTRY_HEADING, groups->len - 1);
        }
      if (is_memo (record))
        group->n_memos++;
      else
        {
          group->n_items++;
          group->total += record_amount (record);
        }
      if (lead != NULL && is_attached (lead, record))
        append_entry (entries, ENTRY_ROW_ATTACHED, i);
      else
        {
          append_entry (entries, ENTRY_ROW, i);
          lead = record;
        }
    }

  if (groups->len == 0)
    {
      append_entry (entries, ENTRY_EMPTY, 0);
      return;
    }
  append_entry (entries, ENTRY_TOTAL, groups->len - 1);
  append_entry (entries, ENTRY_SECTION, 0);
  for (guint g = 0; g < groups->len; g++)
    append_entry (entries, ENTRY_SECTION_LINE, g);
  append_entry (entries, ENTRY_LEGEND, 0);
}

static void
close_page (GArray *pages, guint first, guint end, gboolean striped)
{
  HustingsPrintPage page = {
    .kind = HUSTINGS_PAGE_LISTING, .sub = first == 0 ? 1 : 0, .flags = striped ? PAGE_STRIPED : 0,
    .first = first, .count = end - first,
  };

  g_array_append_val (pages, page);
}

void
hustings_print_listing_paginate (HustingsPrintContext *ctx, GArray *pages)
{
  GArray *entries = ctx->listing;
  guint start = pages->len, first = 0;
  gboolean striped = FALSE, page_striped = FALSE;
  double y;

  build_entries (ctx);
  y = page_top (g_array_index (entries, guint, 0));
  for (guint i = 0; i < entries->len; i++)
    {
      guint entry = g_array_index (entries, guint, i);

      if (i > first && y + entry_needs (ctx, i) > BODY_BOTTOM)
        {
          close_page (pages, first, i, page_striped);
          first = i;
          page_striped = striped;
          y = page_top (entry);
        }
      y += entry_height (ctx, entry);
      striped = next_stripe (entry, striped);
    }
  close_page (pages, first, entries->len, page_striped);

  for (guint p = start; p < pages->len; p++)
    {
      HustingsPrintPage *page = &g_array_index (pages, HustingsPrintPage, p);

      page->number = p - start + 1;
      page->of = pages->len - start;
    }
}

/* ---- Drawing ---- */

static void
set_grey (HustingsPrintContext *ctx, double grey)
{
  cairo_set_source_rgb (ctx->cr, grey, grey, grey);
}

static void
fill_band (HustingsPrintContext *ctx, double y, double height, double grey)
{
  cairo_save (ctx->cr);
  set_grey (ctx, 1 - grey);
  cairo_rectangle (ctx->cr, MARGIN, y, RIGHT - MARGIN, height);
  cairo_fill (ctx->cr);
  cairo_restore (ctx->cr);
}

/* Text in a column, its baseline at y. */
static void
cell (HustingsPrintContext *ctx,
      const Column         *column,
      double                y,
      double                indent,
      HustingsPrintFont     font,
      const char           *text)
{
  hustings_print_text_baseline (ctx, column->x + indent, y, column->width - indent, font,
                                column->align, text);
}

static void
draw_column_titles (HustingsPrintContext *ctx, const Column *table, guint n, double y)
{
  for (guint i = 0; i < n; i++)
    cell (ctx, &table[i], y, 0, HUSTINGS_FONT_LABEL_BOLD, _(table[i].title));
}

static void
draw_header (HustingsPrintContext *ctx, const HustingsPrintPage *page, gboolean with_columns)
{
  g_autofree char *code = NULL, *coverage = NULL, *status = NULL, *report = NULL;
  const char *fec_id = ctx->committee->fec_id;
  const char *form = ctx->f3x ? _("Form 3X") : _("Form 3");

  g_object_get (ctx->report, "code-text", &code, "coverage-text", &coverage,
                "status-text", &status, NULL);
  /* Translators: the report in the review listing's header: "October Quarterly 2026 (Jul 1,
   * 2026 – Sep 30, 2026)", its year that of the last day it covers */
  report = g_strdup_printf (_("%s %.4s (%s)"), code,
                            hustings_report_get_coverage_to (ctx->report), coverage);

  hustings_print_text_baseline (ctx, MARGIN, 38, 470, HUSTINGS_FONT_HEADING,
                                HUSTINGS_ALIGN_LEFT, ctx->committee->name);
  if (fec_id != NULL && *fec_id != '\0')
    /* Translators: the review listing's header: the committee's FEC id, the report, the
     * form, its status */
    hustings_print_textf (ctx, MARGIN, 43, 520, HUSTINGS_FONT_TEXT, HUSTINGS_ALIGN_LEFT,
                          _("%s · %s · %s · %s"), fec_id, report, form, status);
  else
    hustings_print_textf (ctx, MARGIN, 43, 520, HUSTINGS_FONT_TEXT, HUSTINGS_ALIGN_LEFT,
                          _("%s · %s · %s"), report, form, status);
  hustings_print_text_baseline (ctx, RIGHT - 200, 38, 200, HUSTINGS_FONT_TEXT_BOLD,
                                HUSTINGS_ALIGN_RIGHT, _("Review listing — not a filing"));
  /* Translators: the review listing's page numbers */
  hustings_print_textf (ctx, RIGHT - 200, 43, 200, HUSTINGS_FONT_TEXT, HUSTINGS_ALIGN_RIGHT,
                        _("Page %u of %u"), page->number, page->of);
  hustings_print_rule (ctx, MARGIN, HEADER_RULE, RIGHT, HEADER_RULE, 1.0);

  if (!with_columns)
    return;
  draw_column_titles (ctx, columns, N_COLS, COLUMNS_TOP + 7);
  hustings_print_rule (ctx, MARGIN, COLUMNS_RULE, RIGHT, COLUMNS_RULE, 0.5);
}

static void
draw_heading (HustingsPrintContext *ctx, const Group *group, double y, gboolean continued)
{
  g_autofree char *heading = group_heading (ctx, group);
  g_autofree char *count = format_items (group->n_items);

  if (continued)
    {
      /* Translators: a line's heading repeated at the top of a page of the review listing */
      char *text = g_strdup_printf (_("%s (continued)"), heading);

      g_free (heading);
      heading = text;
    }
  hustings_print_text_baseline (ctx, MARGIN, y + 13, 560, HUSTINGS_FONT_TEXT_BOLD,
                                HUSTINGS_ALIGN_LEFT, heading);
  hustings_print_text_baseline (ctx, RIGHT - 150, y + 13, 150, HUSTINGS_FONT_LABEL,
                                HUSTINGS_ALIGN_RIGHT, count);
  hustings_print_rule (ctx, MARGIN, y + HEADING_HEIGHT - 1, RIGHT, y + HEADING_HEIGHT - 1, 0.4);
}

static void
draw_row (HustingsPrintContext *ctx, const HustingsFecRecord *record, double y, gboolean stripe)
{
  const Column *name_column = &columns[COL_NAME];
  gboolean memo = is_memo (record);
  double indent = memo ? 8 : 0, height = has_memo_text (record) ? ROW_HEIGHT + MEMO_HEIGHT
                                                                  : ROW_HEIGHT;
  const char *date = hustings_print_field (record, is_schedule_b (record) ? "expenditure_date"
                                                                          : "contribution_date");
  const char *aggregate = hustings_print_field (record, "contribution_aggregate");
  double baseline = y + ROW_BASELINE;
  g_autofree char *number = record_line_number (record);
  g_autofree char *when = format_date (date);
  g_autofree char *name = hustings_print_party_name (record);
  g_autofree char *address = format_address (record);
  g_autofree char *detail = format_detail (record);
  g_autofree char *amount = format_amount (record_amount (record), memo);

  if (stripe)
    fill_band (ctx, y, height, STRIPE_GREY);
  cairo_save (ctx->cr);
  set_grey (ctx, memo ? MEMO_GREY : 0);
  cell (ctx, &columns[COL_LINE], baseline, 0, HUSTINGS_FONT_LABEL, number);
  cell (ctx, &columns[COL_DATE], baseline, 0, HUSTINGS_FONT_VALUE_SMALL, when);
  cell (ctx, name_column, baseline, indent, HUSTINGS_FONT_LABEL, name);
  cell (ctx, &columns[COL_ADDRESS], baseline, 0, HUSTINGS_FONT_LABEL, address);
  cell (ctx, &columns[COL_DETAIL], baseline, 0, HUSTINGS_FONT_LABEL, detail);
  cell (ctx, &columns[COL_ELECTION], baseline, 0, HUSTINGS_FONT_VALUE_SMALL,
        hustings_print_field (record, "election_code"));
  cell (ctx, &columns[COL_AMOUNT], baseline, 0, HUSTINGS_FONT_VALUE_SMALL, amount);
  if (!is_schedule_b (record) && *aggregate != '\0')
    {
      g_autofree char *text = format_amount (hustings_print_amount_field (
                                               record, "contribution_aggregate"), FALSE);

      cell (ctx, &columns[COL_AGGREGATE], baseline, 0, HUSTINGS_FONT_VALUE_SMALL, text);
    }
  cell (ctx, &columns[COL_TRAN_ID], baseline, 0, HUSTINGS_FONT_VALUE_SMALL,
        hustings_print_field (record, "transaction_id"));
  if (memo)
    cell (ctx, &columns[COL_MEMO], baseline, 0, HUSTINGS_FONT_LABEL_BOLD, "X");
  if (height > ROW_HEIGHT)
    {
      g_autofree char *text = NULL;
      double x = name_column->x + indent + 8;

      /* Translators: a memo text under its itemization in the review listing */
      text = g_strdup_printf (_("Memo: %s"),
                              hustings_print_field (record, "memo_text_description"));
      set_grey (ctx, MEMO_GREY);
      hustings_print_text_baseline (ctx, x, baseline + MEMO_HEIGHT,
                                    columns[COL_AGGREGATE].x + columns[COL_AGGREGATE].width - x,
                                    HUSTINGS_FONT_LABEL, HUSTINGS_ALIGN_LEFT, text);
    }
  cairo_restore (ctx->cr);
}

/* The check of a total against the summary, its baseline at y: "= agrees", or a marked "≠"
 * with the difference. */
static void
draw_check (HustingsPrintContext *ctx, const Column *column, double y, const Group *group)
{
  g_autofree char *difference = NULL, *text = NULL;

  if (!group->has_summary)
    {
      cell (ctx, column, y, 0, HUSTINGS_FONT_LABEL, "—");
      return;
    }
  if (group->total == group->summary)
    {
      cell (ctx, column, y, 0, HUSTINGS_FONT_LABEL, _("= agrees"));
      return;
    }
  difference = hustings_print_format_cents (group->total - group->summary);
  /* Translators: the mark of a line's itemized total that is not the summary page's figure,
   * with the difference */
  text = g_strdup_printf (_("≠ %s"), difference);
  hustings_print_box (ctx, column->x, y - 8, column->width, 10.5, 0.8, 0.15);
  hustings_print_text_baseline (ctx, column->x + 2, y, column->width - 4,
                                HUSTINGS_FONT_LABEL_BOLD, column->align, text);
}

static void
draw_total (HustingsPrintContext *ctx, const Group *group, double y)
{
  const HustingsFecRecord *record = g_ptr_array_index (ctx->records, group->record);
  const Column *amount = &columns[COL_AMOUNT];
  const Column check = {
    columns[COL_AGGREGATE].x, RIGHT - columns[COL_AGGREGATE].x, HUSTINGS_ALIGN_RIGHT, NULL
  };
  double baseline = y + 11;
  g_autofree char *number = record_line_number (record);
  g_autofree char *items = format_items (group->n_items);
  g_autofree char *total = hustings_print_format_cents (group->total);
  g_autofree char *text = NULL;
  GString *line = g_string_new (NULL);

  /* Translators: a line's total in the review listing: the line and its count */
  g_string_printf (line, _("Total of line %s: %s"), number, items);
  if (group->n_memos > 0)
    {
      g_autofree char *memos = format_memos (group->n_memos);

      g_string_append_printf (line, " (%s)", memos);
    }
  if (group->has_summary)
    {
      g_autofree char *summary = hustings_print_format_cents (group->summary);

      /* Translators: after a line's total in the review listing: the summary page's figure */
      g_string_append_printf (line, _(" · summary page, column A: %s"), summary);
    }
  text = g_string_free (line, FALSE);

  hustings_print_rule (ctx, amount->x + 4, y + 1.5, amount->x + amount->width, y + 1.5, 0.6);
  hustings_print_text_baseline (ctx, columns[COL_NAME].x, baseline,
                                amount->x - columns[COL_NAME].x - 8, HUSTINGS_FONT_LABEL_BOLD,
                                HUSTINGS_ALIGN_LEFT, text);
  cell (ctx, amount, baseline, 0, HUSTINGS_FONT_VALUE_SMALL, total);
  draw_check (ctx, &check, baseline, group);
}

static void
draw_section (HustingsPrintContext *ctx, double y, gboolean continued)
{
  hustings_print_text_baseline (ctx, MARGIN, y + 21, 400, HUSTINGS_FONT_HEADING,
                                HUSTINGS_ALIGN_LEFT, continued ? _("Totals by line (continued)")
                                                               : _("Totals by line"));
  draw_column_titles (ctx, sums, N_SUMS, y + 35);
  hustings_print_rule (ctx, MARGIN, y + SECTION_HEIGHT - 1.5, RIGHT, y + SECTION_HEIGHT - 1.5,
                       0.5);
}

static void
draw_section_line (HustingsPrintContext *ctx, const Group *group, double y, gboolean stripe)
{
  const HustingsFecRecord *record = g_ptr_array_index (ctx->records, group->record);
  double baseline = y + 10;
  g_autofree char *number = record_line_number (record);
  g_autofree char *items = g_strdup_printf ("%'u", group->n_items);
  g_autofree char *memos = g_strdup_printf ("%'u", group->n_memos);
  g_autofree char *total = hustings_print_format_cents (group->total);
  g_autofree char *summary = group->has_summary ? hustings_print_format_cents (group->summary)
                                                : g_strdup ("—");

  if (stripe)
    fill_band (ctx, y, LINE_HEIGHT, STRIPE_GREY);
  cell (ctx, &sums[SUM_LINE], baseline, 0, HUSTINGS_FONT_LABEL_BOLD, number);
  cell (ctx, &sums[SUM_SCHEDULE], baseline, 0, HUSTINGS_FONT_LABEL,
        is_schedule_b (record) ? "B" : "A");
  cell (ctx, &sums[SUM_LABEL], baseline, 0, HUSTINGS_FONT_LABEL,
        group_label (ctx, group, number));
  cell (ctx, &sums[SUM_ITEMS], baseline, 0, HUSTINGS_FONT_VALUE_SMALL, items);
  cell (ctx, &sums[SUM_MEMOS], baseline, 0, HUSTINGS_FONT_VALUE_SMALL, memos);
  cell (ctx, &sums[SUM_TOTAL], baseline, 0, HUSTINGS_FONT_VALUE_SMALL, total);
  cell (ctx, &sums[SUM_SUMMARY], baseline, 0, HUSTINGS_FONT_VALUE_SMALL, summary);
  draw_check (ctx, &sums[SUM_DIFFERENCE], baseline, group);
  hustings_print_checkbox (ctx, sums[SUM_CHECKED].x + (sums[SUM_CHECKED].width - 8) / 2,
                           y + 3, 8, FALSE);
}

static void
draw_legend (HustingsPrintContext *ctx, double y)
{
  cairo_save (ctx->cr);
  set_grey (ctx, 0.3);
  hustings_print_rule (ctx, MARGIN, y + 2, RIGHT, y + 2, 0.5);
  hustings_print_paragraph (ctx, MARGIN, y + 7, RIGHT - MARGIN, 3, HUSTINGS_FONT_LABEL,
    _("Memo entries (memo code X, in grey, their amounts in brackets) are listed to be checked "
      "and count in no total. “≠” marks a line whose itemized total is not column A of the "
      "summary page: on a line that also counts entries too small to be itemized (such as "
      "operating expenditures of $200 or less a payee), the difference is their sum; on "
      "11(a)(i) and the lines where every entry is itemized, it is an error to correct before "
      "filing."));
  cairo_restore (ctx->cr);
}

void
hustings_print_listing_draw (HustingsPrintContext *ctx, const HustingsPrintPage *page)
{
  GArray *entries = ctx->listing;
  guint first = g_array_index (entries, guint, page->first);
  gboolean striped = (page->flags & PAGE_STRIPED) != 0;
  double y = entry_is_item (first) ? BODY_TOP : BARE_TOP;

  draw_header (ctx, page, entry_is_item (first));
  switch (ENTRY_KIND (first))
    {
    case ENTRY_ROW:
    case ENTRY_ROW_ATTACHED:
    case ENTRY_TOTAL:
      draw_heading (ctx, group_at (ctx, group_of_entry (ctx, page->first)), y, TRUE);
      y += HEADING_HEIGHT;
      break;
    case ENTRY_SECTION_LINE:
    case ENTRY_LEGEND:
      draw_section (ctx, y, TRUE);
      y += SECTION_HEIGHT;
      break;
    case ENTRY_HEADING:
    case ENTRY_SECTION:
    case ENTRY_EMPTY:
    default:
      break;
    }

  for (guint i = page->first; i < page->first + page->count; i++)
    {
      guint entry = g_array_index (entries, guint, i);
      guint value = ENTRY_VALUE (entry);

      striped = next_stripe (entry, striped);
      switch (ENTRY_KIND (entry))
        {
        case ENTRY_ROW:
        case ENTRY_ROW_ATTACHED:
          draw_row (ctx, g_ptr_array_index (ctx->records, value), y, striped);
          break;
        case ENTRY_HEADING:
          draw_heading (ctx, group_at (ctx, value), y, FALSE);
          break;
        case ENTRY_TOTAL:
          draw_total (ctx, group_at (ctx, value), y);
          break;
        case ENTRY_SECTION:
          draw_section (ctx, y, FALSE);
          break;
        case ENTRY_SECTION_LINE:
          draw_section_line (ctx, group_at (ctx, value), y, value % 2 == 1);
          break;
        case ENTRY_LEGEND:
          draw_legend (ctx, y);
          break;
        case ENTRY_EMPTY:
        default:
          hustings_print_text (ctx, MARGIN, y + 10, RIGHT - MARGIN, HUSTINGS_FONT_TEXT,
                               HUSTINGS_ALIGN_LEFT,
                               _("This report itemizes no receipt and no disbursement."));
          break;
        }
      y += entry_height (ctx, entry);
    }
}
