/* hustings-print-draw.c: the drawing primitives of the printed forms.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "hustings-error.h"
#include "hustings-print-private.h"

static const struct {
  const char *family;
  double      size;
  PangoWeight weight;
  double      spacing;  /* between baselines, times the line's height; 0: the font's own */
} fonts[HUSTINGS_N_FONTS] = {
  [HUSTINGS_FONT_LABEL]       = { "Liberation Sans, Helvetica, Arial, sans-serif", 7,
                                  PANGO_WEIGHT_NORMAL },
  [HUSTINGS_FONT_LABEL_BOLD]  = { "Liberation Sans, Helvetica, Arial, sans-serif", 7,
                                  PANGO_WEIGHT_BOLD },
  [HUSTINGS_FONT_TEXT]        = { "Liberation Sans, Helvetica, Arial, sans-serif", 8.5,
                                  PANGO_WEIGHT_NORMAL },
  [HUSTINGS_FONT_TEXT_BOLD]   = { "Liberation Sans, Helvetica, Arial, sans-serif", 8.5,
                                  PANGO_WEIGHT_BOLD },
  [HUSTINGS_FONT_HEADING]     = { "Liberation Sans, Helvetica, Arial, sans-serif", 11,
                                  PANGO_WEIGHT_BOLD },
  [HUSTINGS_FONT_TITLE]       = { "Liberation Sans, Helvetica, Arial, sans-serif", 15,
                                  PANGO_WEIGHT_BOLD },
  [HUSTINGS_FONT_VALUE]       = { "Liberation Mono, Courier New, monospace", 9,
                                  PANGO_WEIGHT_NORMAL },
  [HUSTINGS_FONT_VALUE_SMALL] = { "Liberation Mono, Courier New, monospace", 7.5,
                                  PANGO_WEIGHT_NORMAL },
  [HUSTINGS_FONT_LETTER]      = { "Liberation Serif, Times New Roman, serif", 11,
                                  PANGO_WEIGHT_NORMAL, 1.2 },
  [HUSTINGS_FONT_LETTERHEAD]  = { "Liberation Serif, Times New Roman, serif", 20,
                                  PANGO_WEIGHT_BOLD },
  [HUSTINGS_FONT_ADDRESS]     = { "Liberation Sans, Helvetica, Arial, sans-serif", 11,
                                  PANGO_WEIGHT_NORMAL },
  [HUSTINGS_FONT_ADDRESS_SMALL] = { "Liberation Sans, Helvetica, Arial, sans-serif", 9,
                                    PANGO_WEIGHT_NORMAL },
};

static void
set_font (HustingsPrintContext *ctx, HustingsPrintFont font, double scale)
{
  PangoFontDescription *desc = pango_font_description_from_string (fonts[font].family);

  pango_font_description_set_absolute_size (desc, fonts[font].size * scale * PANGO_SCALE);
  pango_font_description_set_weight (desc, fonts[font].weight);
  pango_layout_set_font_description (ctx->layout, desc);
  pango_layout_set_line_spacing (ctx->layout, fonts[font].spacing);
  pango_font_description_free (desc);
}

static void
reset_layout (HustingsPrintContext *ctx)
{
  pango_layout_set_width (ctx->layout, -1);
  pango_layout_set_ellipsize (ctx->layout, PANGO_ELLIPSIZE_NONE);
  pango_layout_set_alignment (ctx->layout, PANGO_ALIGN_LEFT);
  pango_layout_set_wrap (ctx->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (ctx->layout, -1);
  /* Markup leaves its attributes on the layout: plain text after it must not inherit them. */
  pango_layout_set_attributes (ctx->layout, NULL);
}

double
hustings_print_text (HustingsPrintContext *ctx,
                     double                x,
                     double                y,
                     double                width,
                     HustingsPrintFont     font,
                     HustingsPrintAlign    align,
                     const char           *text)
{
  PangoRectangle ink, logical;
  double scale = 1.0, dx = 0;

  if (text == NULL || *text == '\0')
    return 0;
  reset_layout (ctx);
  set_font (ctx, font, 1.0);
  pango_layout_set_text (ctx->layout, text, -1);
  pango_layout_get_extents (ctx->layout, &ink, &logical);
  if (width > 0 && logical.width / (double) PANGO_SCALE > width)
    {
      scale = MAX (0.7, width / (logical.width / (double) PANGO_SCALE));
      set_font (ctx, font, scale);
      pango_layout_get_extents (ctx->layout, &ink, &logical);
      if (logical.width / (double) PANGO_SCALE > width)
        {
          pango_layout_set_width (ctx->layout, (int) (width * PANGO_SCALE));
          pango_layout_set_ellipsize (ctx->layout, PANGO_ELLIPSIZE_END);
          pango_layout_get_extents (ctx->layout, &ink, &logical);
        }
    }
  if (width > 0 && align != HUSTINGS_ALIGN_LEFT)
    {
      double slack = width - logical.width / (double) PANGO_SCALE;

      dx = align == HUSTINGS_ALIGN_RIGHT ? slack : slack / 2;
    }
  else if (width <= 0 && align != HUSTINGS_ALIGN_LEFT)
    dx = -(logical.width / (double) PANGO_SCALE) * (align == HUSTINGS_ALIGN_RIGHT ? 1 : 0.5);
  cairo_move_to (ctx->cr, x + dx, y);
  pango_cairo_show_layout (ctx->cr, ctx->layout);
  return logical.height / (double) PANGO_SCALE;
}

double
hustings_print_textf (HustingsPrintContext *ctx,
                      double                x,
                      double                y,
                      double                width,
                      HustingsPrintFont     font,
                      HustingsPrintAlign    align,
                      const char           *format,
                      ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  return hustings_print_text (ctx, x, y, width, font, align, text);
}

static void
set_paragraph (HustingsPrintContext *ctx,
               double                width,
               int                   max_lines,
               HustingsPrintFont     font,
               const char           *text)
{
  reset_layout (ctx);
  set_font (ctx, font, 1.0);
  pango_layout_set_width (ctx->layout, (int) (width * PANGO_SCALE));
  if (max_lines > 0)
    {
      pango_layout_set_height (ctx->layout, -max_lines);
      pango_layout_set_ellipsize (ctx->layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_set_text (ctx->layout, text ? text : "", -1);
}

double
hustings_print_paragraph (HustingsPrintContext *ctx,
                          double                x,
                          double                y,
                          double                width,
                          int                   max_lines,
                          HustingsPrintFont     font,
                          const char           *text)
{
  int height;

  if (text == NULL || *text == '\0')
    return 0;
  set_paragraph (ctx, width, max_lines, font, text);
  cairo_move_to (ctx->cr, x, y);
  pango_cairo_show_layout (ctx->cr, ctx->layout);
  pango_layout_get_size (ctx->layout, NULL, &height);
  return height / (double) PANGO_SCALE;
}

double
hustings_print_measure (HustingsPrintContext *ctx,
                        double                width,
                        HustingsPrintFont     font,
                        const char           *text)
{
  int height;

  if (text == NULL || *text == '\0')
    return 0;
  set_paragraph (ctx, width, 0, font, text);
  pango_layout_get_size (ctx->layout, NULL, &height);
  return height / (double) PANGO_SCALE;
}

double
hustings_print_text_width (HustingsPrintContext *ctx,
                           HustingsPrintFont     font,
                           const char           *text)
{
  PangoRectangle logical;

  if (text == NULL || *text == '\0')
    return 0;
  reset_layout (ctx);
  set_font (ctx, font, 1.0);
  pango_layout_set_text (ctx->layout, text, -1);
  pango_layout_get_extents (ctx->layout, NULL, &logical);
  return logical.width / (double) PANGO_SCALE;
}

double
hustings_print_line_tops (HustingsPrintContext *ctx,
                          double                width,
                          HustingsPrintFont     font,
                          const char           *text,
                          GArray               *tops)
{
  PangoLayoutIter *iter;
  int height;

  if (text == NULL || *text == '\0')
    return 0;
  set_paragraph (ctx, width, 0, font, text);
  iter = pango_layout_get_iter (ctx->layout);
  do
    {
      int y0, y1;
      double top;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      top = y0 / (double) PANGO_SCALE;
      g_array_append_val (tops, top);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  pango_layout_get_size (ctx->layout, NULL, &height);
  return height / (double) PANGO_SCALE;
}

void
hustings_print_rule (HustingsPrintContext *ctx,
                     double                x1,
                     double                y1,
                     double                x2,
                     double                y2,
                     double                line_width)
{
  cairo_save (ctx->cr);
  cairo_set_line_width (ctx->cr, line_width);
  cairo_move_to (ctx->cr, x1, y1);
  cairo_line_to (ctx->cr, x2, y2);
  cairo_stroke (ctx->cr);
  cairo_restore (ctx->cr);
}

void
hustings_print_box (HustingsPrintContext *ctx,
                    double                x,
                    double                y,
                    double                width,
                    double                height,
                    double                line_width,
                    double                grey)
{
  cairo_save (ctx->cr);
  cairo_rectangle (ctx->cr, x, y, width, height);
  if (grey > 0)
    {
      cairo_set_source_rgb (ctx->cr, 1 - grey, 1 - grey, 1 - grey);
      cairo_fill_preserve (ctx->cr);
      cairo_set_source_rgb (ctx->cr, 0, 0, 0);
    }
  cairo_set_line_width (ctx->cr, line_width);
  cairo_stroke (ctx->cr);
  cairo_restore (ctx->cr);
}

void
hustings_print_checkbox (HustingsPrintContext *ctx,
                         double                x,
                         double                y,
                         double                size,
                         gboolean              checked)
{
  hustings_print_box (ctx, x, y, size, size, 0.6, 0);
  if (!checked)
    return;
  cairo_save (ctx->cr);
  cairo_set_line_width (ctx->cr, 1.1);
  cairo_move_to (ctx->cr, x + size * 0.2, y + size * 0.2);
  cairo_line_to (ctx->cr, x + size * 0.8, y + size * 0.8);
  cairo_move_to (ctx->cr, x + size * 0.8, y + size * 0.2);
  cairo_line_to (ctx->cr, x + size * 0.2, y + size * 0.8);
  cairo_stroke (ctx->cr);
  cairo_restore (ctx->cr);
}

/* The comb's light grey box with a tick at the foot of each cell boundary. */
static void
comb_frame (HustingsPrintContext *ctx, double x, double y, guint n, double cell, double height)
{
  cairo_save (ctx->cr);
  cairo_set_source_rgb (ctx->cr, 0.45, 0.45, 0.45);
  cairo_set_line_width (ctx->cr, 0.5);
  cairo_rectangle (ctx->cr, x, y, n * cell, height);
  for (guint i = 1; i < n; i++)
    {
      cairo_move_to (ctx->cr, x + i * cell, y + height);
      cairo_line_to (ctx->cr, x + i * cell, y + height * 0.7);
    }
  cairo_stroke (ctx->cr);
  cairo_restore (ctx->cr);
}

static void
comb_chars (HustingsPrintContext *ctx,
            double                x,
            double                y,
            guint                 n,
            double                cell,
            double                height,
            HustingsPrintAlign    align,
            const char           *value)
{
  glong len = value ? g_utf8_strlen (value, -1) : 0;
  const char *p = value;
  guint start;

  if (len == 0)
    return;
  len = MIN (len, (glong) n);
  start = align == HUSTINGS_ALIGN_RIGHT ? n - len : 0;
  for (glong i = 0; i < len; i++, p = g_utf8_next_char (p))
    {
      char ch[8] = { 0 };

      memcpy (ch, p, g_utf8_next_char (p) - p);
      hustings_print_text (ctx, x + (start + i) * cell, y + (height - 10.5) / 2, cell,
                           HUSTINGS_FONT_VALUE, HUSTINGS_ALIGN_CENTER, ch);
    }
}

double
hustings_print_comb (HustingsPrintContext *ctx,
                     double                x,
                     double                y,
                     guint                 n,
                     double                cell,
                     double                height,
                     HustingsPrintAlign    align,
                     const char           *value)
{
  comb_frame (ctx, x, y, n, cell, height);
  comb_chars (ctx, x, y, n, cell, height, align, value);
  return n * cell;
}

double
hustings_print_date (HustingsPrintContext *ctx,
                     double                x,
                     double                y,
                     double                height,
                     const char           *date)
{
  const double cell = 9, gap = 8;
  char mm[3] = "", dd[3] = "", yyyy[5] = "";
  double at = x;

  if (date != NULL && strlen (date) == 10 && date[4] == '-')
    {
      memcpy (mm, date + 5, 2);
      memcpy (dd, date + 8, 2);
      memcpy (yyyy, date, 4);
    }
  else if (date != NULL && strlen (date) == 8)
    {
      memcpy (mm, date + 4, 2);
      memcpy (dd, date + 6, 2);
      memcpy (yyyy, date, 4);
    }
  at += hustings_print_comb (ctx, at, y, 2, cell, height, HUSTINGS_ALIGN_LEFT, mm);
  hustings_print_text (ctx, at, y + (height - 9) / 2, gap, HUSTINGS_FONT_LABEL,
                       HUSTINGS_ALIGN_CENTER, "/");
  at += gap;
  at += hustings_print_comb (ctx, at, y, 2, cell, height, HUSTINGS_ALIGN_LEFT, dd);
  hustings_print_text (ctx, at, y + (height - 9) / 2, gap, HUSTINGS_FONT_LABEL,
                       HUSTINGS_ALIGN_CENTER, "/");
  at += gap;
  at += hustings_print_comb (ctx, at, y, 4, cell, height, HUSTINGS_ALIGN_LEFT, yyyy);
  return at - x;
}

char *
hustings_print_format_cents (gint64 cents)
{
  GString *digits = g_string_new (NULL);
  guint64 magnitude = cents < 0 ? (guint64) -(cents + 1) + 1 : (guint64) cents;
  g_autofree char *whole = g_strdup_printf ("%" G_GUINT64_FORMAT, magnitude / 100);
  gsize len = strlen (whole);

  if (cents < 0)
    g_string_append_c (digits, '(');
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (digits, ',');
      g_string_append_c (digits, whole[i]);
    }
  g_string_append_printf (digits, ".%02u", (guint) (magnitude % 100));
  if (cents < 0)
    g_string_append_c (digits, ')');
  return g_string_free (digits, FALSE);
}

void
hustings_print_amount (HustingsPrintContext *ctx,
                       double                x,
                       double                y,
                       double                width,
                       double                height,
                       gint64                cents)
{
  g_autofree char *text = hustings_print_format_cents (cents);

  cairo_save (ctx->cr);
  cairo_set_source_rgb (ctx->cr, 0.45, 0.45, 0.45);
  cairo_set_line_width (ctx->cr, 0.5);
  cairo_rectangle (ctx->cr, x, y, width, height);
  cairo_stroke (ctx->cr);
  cairo_restore (ctx->cr);
  hustings_print_text (ctx, x + 2, y + (height - 10.5) / 2, width - 5, HUSTINGS_FONT_VALUE,
                       HUSTINGS_ALIGN_RIGHT, text);
}

void
hustings_print_corners (HustingsPrintContext *ctx, double width, double height)
{
  const double m = 24, len = 16, w = 2.2;

  cairo_save (ctx->cr);
  cairo_set_line_width (ctx->cr, w);
  cairo_set_line_cap (ctx->cr, CAIRO_LINE_CAP_SQUARE);
  /* ⌐ top left, ¬ top right, L bottom left, ⅃ bottom right */
  cairo_move_to (ctx->cr, m, m + len);
  cairo_line_to (ctx->cr, m, m);
  cairo_line_to (ctx->cr, m + len, m);
  cairo_move_to (ctx->cr, width - m - len, m);
  cairo_line_to (ctx->cr, width - m, m);
  cairo_line_to (ctx->cr, width - m, m + len);
  cairo_move_to (ctx->cr, m, height - m - len);
  cairo_line_to (ctx->cr, m, height - m);
  cairo_line_to (ctx->cr, m + len, height - m);
  cairo_move_to (ctx->cr, width - m - len, height - m);
  cairo_line_to (ctx->cr, width - m, height - m);
  cairo_line_to (ctx->cr, width - m, height - m - len);
  cairo_stroke (ctx->cr);
  cairo_restore (ctx->cr);
}

void
hustings_print_page_of (HustingsPrintContext    *ctx,
                        double                   x,
                        double                   y,
                        double                   width,
                        const HustingsPrintPage *page)
{
  /* Translators: the page numbers the FEC's forms carry at the top right */
  hustings_print_textf (ctx, x, y, width, HUSTINGS_FONT_TEXT, HUSTINGS_ALIGN_RIGHT,
                        _("PAGE %u OF %u"), page->number, page->of);
}

void
hustings_print_footer (HustingsPrintContext *ctx, double width, double height)
{
  g_autofree char *code = NULL, *coverage = NULL, *status = NULL, *title = NULL;
  const char *fec_id = hustings_report_get_fec_id (ctx->report);

  g_object_get (ctx->report, "code-text", &code, "coverage-text", &coverage,
                "status-text", &status, NULL);
  /* Translators: the printed report's footer: committee · report · coverage · status */
  title = g_strdup_printf (_("%s · %s · %s · %s"), ctx->committee->name, code, coverage, status);
  if (*fec_id != '\0')
    {
      char *with_id = g_strdup_printf ("%s · %s", title, fec_id);

      g_free (title);
      title = with_id;
    }
  cairo_save (ctx->cr);
  cairo_set_source_rgb (ctx->cr, 0.4, 0.4, 0.4);
  hustings_print_text (ctx, 40, height - 20, width - 80, HUSTINGS_FONT_LABEL,
                       HUSTINGS_ALIGN_CENTER, title);
  cairo_restore (ctx->cr);
}

const char *
hustings_print_field (const HustingsFecRecord *record, const char *name)
{
  const char *value = record ? hustings_fec_record_get_named (record, name) : NULL;

  return value ? value : "";
}

gint64
hustings_print_amount_field (const HustingsFecRecord *record, const char *name)
{
  gint64 cents = 0;
  int n = record ? hustings_fec_layout_find (record->type, name) : 0;

  if (n > 0)
    hustings_fec_record_get_amount (record, n, &cents);
  return cents;
}

char *
hustings_print_party_name (const HustingsFecRecord *record)
{
  const char *kind = g_str_has_prefix (record->type, "SB") ? "payee" : "contributor";
  g_autofree char *org_key = g_strdup_printf ("%s_organization_name", kind);
  g_autofree char *last_key = g_strdup_printf ("%s_last_name", kind);
  const char *org = hustings_print_field (record, org_key);
  const char *last = hustings_print_field (record, last_key);
  GString *name;
  const char *parts[] = { "first_name", "middle_name" };

  if (*last == '\0')
    return g_strdup (org);
  name = g_string_new (NULL);
  {
    g_autofree char *key = g_strdup_printf ("%s_prefix", kind);
    const char *prefix = hustings_print_field (record, key);

    g_string_append (name, last);
    g_string_append (name, ",");
    if (*prefix)
      g_string_append_printf (name, " %s", prefix);
  }
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *key = g_strdup_printf ("%s_%s", kind, parts[i]);
      const char *value = hustings_print_field (record, key);

      if (*value)
        g_string_append_printf (name, " %s", value);
    }
  {
    g_autofree char *key = g_strdup_printf ("%s_suffix", kind);
    const char *suffix = hustings_print_field (record, key);

    if (*suffix)
      g_string_append_printf (name, " %s", suffix);
  }
  return g_string_free (name, FALSE);
}

const char *
hustings_print_record_line (const HustingsFecRecord *record, char *buf)
{
  const char *type = record->type;

  buf[0] = '\0';
  if ((g_str_has_prefix (type, "SA") || g_str_has_prefix (type, "SB")) &&
      g_ascii_isdigit (type[2]) && strlen (type) < 8 + 2)
    {
      g_strlcpy (buf, type + 2, 8);
      for (char *p = buf; *p; p++)
        *p = g_ascii_tolower (*p);
    }
  return buf;
}

char *
hustings_print_line_number (const char *line)
{
  GString *number = g_string_new (NULL);
  const char *p = line;

  while (g_ascii_isdigit (*p))
    g_string_append_c (number, *p++);
  if (*p != '\0')
    {
      /* "ai": the letter, then the roman numeral */
      g_string_append_printf (number, "(%c)", *p++);
      if (*p != '\0')
        g_string_append_printf (number, "(%s)", p);
    }
  return g_string_free (number, FALSE);
}

double
hustings_print_markup (HustingsPrintContext *ctx,
                       double                x,
                       double                y,
                       double                width,
                       HustingsPrintFont     font,
                       HustingsPrintAlign    align,
                       const char           *markup)
{
  static const PangoAlignment alignments[] = {
    [HUSTINGS_ALIGN_LEFT] = PANGO_ALIGN_LEFT,
    [HUSTINGS_ALIGN_CENTER] = PANGO_ALIGN_CENTER,
    [HUSTINGS_ALIGN_RIGHT] = PANGO_ALIGN_RIGHT,
  };
  PangoRectangle logical;
  double text_width, dx = 0;

  if (markup == NULL || *markup == '\0')
    return 0;
  reset_layout (ctx);
  set_font (ctx, font, 1.0);
  if (width > 0)
    pango_layout_set_width (ctx->layout, (int) (width * PANGO_SCALE));
  pango_layout_set_alignment (ctx->layout, alignments[align]);
  pango_layout_set_markup (ctx->layout, markup, -1);
  pango_layout_get_extents (ctx->layout, NULL, &logical);
  text_width = logical.width / (double) PANGO_SCALE;
  if (width <= 0 && align != HUSTINGS_ALIGN_LEFT)
    dx = -text_width * (align == HUSTINGS_ALIGN_RIGHT ? 1 : 0.5);
  cairo_move_to (ctx->cr, x + dx, y);
  pango_cairo_show_layout (ctx->cr, ctx->layout);
  return text_width;
}

double
hustings_print_comb_line (HustingsPrintContext *ctx,
                          double                x,
                          double                y,
                          guint                 n,
                          double                cell,
                          double                height,
                          const char           *value)
{
  cairo_save (ctx->cr);
  cairo_set_source_rgb (ctx->cr, 0.45, 0.45, 0.45);
  cairo_set_line_width (ctx->cr, 0.6);
  cairo_move_to (ctx->cr, x, y + height * 0.2);
  cairo_line_to (ctx->cr, x, y + height);
  cairo_line_to (ctx->cr, x + n * cell, y + height);
  cairo_line_to (ctx->cr, x + n * cell, y + height * 0.2);
  for (guint i = 1; i < n; i++)
    {
      cairo_move_to (ctx->cr, x + i * cell, y + height);
      cairo_line_to (ctx->cr, x + i * cell, y + height * 0.6);
    }
  cairo_stroke (ctx->cr);
  cairo_restore (ctx->cr);
  comb_chars (ctx, x, y, n, cell, height, HUSTINGS_ALIGN_LEFT, value);
  return n * cell;
}

double
hustings_print_text_baseline (HustingsPrintContext *ctx,
                              double                x,
                              double                y,
                              double                width,
                              HustingsPrintFont     font,
                              HustingsPrintAlign    align,
                              const char           *text)
{
  PangoRectangle logical;
  double natural, baseline, dx = 0;

  if (text == NULL || *text == '\0')
    return 0;
  reset_layout (ctx);
  set_font (ctx, font, 1.0);
  pango_layout_set_text (ctx->layout, text, -1);
  pango_layout_get_extents (ctx->layout, NULL, &logical);
  natural = logical.width / (double) PANGO_SCALE;
  baseline = pango_layout_get_baseline (ctx->layout) / (double) PANGO_SCALE;
  if (width > 0 && natural > width)
    /* Shrunk as hustings_print_text shrinks it: the baseline moves with the size. */
    return hustings_print_text (ctx, x, y - baseline * MAX (0.7, width / natural), width, font,
                                align, text);
  /* It fits: drawn as measured, without shaping it twice (listings draw thousands). */
  if (align != HUSTINGS_ALIGN_LEFT)
    dx = (width > 0 ? width - natural : -natural) * (align == HUSTINGS_ALIGN_RIGHT ? 1 : 0.5);
  cairo_move_to (ctx->cr, x + dx, y - baseline);
  pango_cairo_show_layout (ctx->cr, ctx->layout);
  return logical.height / (double) PANGO_SCALE;
}

void
hustings_print_leader (HustingsPrintContext *ctx, double x1, double x2, double y)
{
  const double dots[] = { 0, 2.4 };

  if (x1 >= x2)
    return;
  cairo_save (ctx->cr);
  cairo_set_line_width (ctx->cr, 0.7);
  cairo_set_line_cap (ctx->cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_dash (ctx->cr, dots, G_N_ELEMENTS (dots), 0);
  cairo_move_to (ctx->cr, x1, y);
  cairo_line_to (ctx->cr, x2, y);
  cairo_stroke (ctx->cr);
  cairo_restore (ctx->cr);
}

PangoLayout *
hustings_print_create_layout (cairo_t *cr)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* The same metrics on paper, on screen and in the PDF: no hinting. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  pango_layout_context_changed (layout);
  cairo_font_options_destroy (options);
  return layout;
}

static gboolean
cairo_failed (cairo_status_t status, const char *path, GError **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return FALSE;
  g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED,
               /* Translators: %s is the file, then why it could not be written */
               _("Could not write “%s”: %s"), path, cairo_status_to_string (status));
  return TRUE;
}

gboolean
hustings_print_write_pdf (const char             *path,
                          guint                   n_pages,
                          double                  width,
                          double                  height,
                          const char             *title,
                          const char             *author,
                          HustingsPrintDrawFunc   draw,
                          gpointer                draw_data,
                          HustingsProgressFunc    progress,
                          gpointer                progress_data,
                          GCancellable           *cancellable,
                          GError                **error)
{
  g_autofree char *partial = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok = TRUE;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (draw != NULL, FALSE);

  /* Drawn beside the target and renamed over it at the end: never half a PDF. */
  partial = g_strdup_printf ("%s.partial", path);
  surface = cairo_pdf_surface_create (partial, width, height);
  if (cairo_failed (cairo_surface_status (surface), path, error))
    {
      cairo_surface_destroy (surface);
      return FALSE;
    }
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  "Hustings " PACKAGE_VERSION);

  cr = cairo_create (surface);
  for (guint i = 0; i < n_pages && ok; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        ok = FALSE;
      else
        {
          draw (cr, i, width, height, draw_data);
          cairo_show_page (cr);
          ok = !cairo_failed (cairo_status (cr), path, error);
          if (progress != NULL)
            progress ((i + 1.0) / n_pages, progress_data);
        }
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (ok)
    ok = !cairo_failed (cairo_surface_status (surface), path, error);
  cairo_surface_destroy (surface);

  if (ok && g_rename (partial, path) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not write “%s”: %s"), path, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (partial);
  return ok;
}
