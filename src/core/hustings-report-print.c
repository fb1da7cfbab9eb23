/* hustings-report-print.c: a report's printed pages: built once, drawn one page at a time.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hustings-print-private.h"
#include "hustings-report-private.h"
#include "hustings-error.h"

struct _HustingsReportPrint {
  GObject              parent_instance;
  HustingsPrintContext ctx;
  GArray              *pages;  /* HustingsPrintPage */
};

G_DEFINE_FINAL_TYPE (HustingsReportPrint, hustings_report_print, G_TYPE_OBJECT)

static void
hustings_report_print_finalize (GObject *object)
{
  HustingsReportPrint *self = HUSTINGS_REPORT_PRINT (object);
  HustingsPrintContext *ctx = &self->ctx;

  if (ctx->part_free != NULL && ctx->part_data != NULL)
    ctx->part_free (ctx->part_data);
  g_clear_object (&ctx->report);
  g_clear_pointer (&ctx->committee, hustings_committee_free);
  g_clear_object (&ctx->summary);
  g_clear_pointer (&ctx->records, g_ptr_array_unref);
  g_clear_pointer (&ctx->listing, g_array_unref);
  g_clear_pointer (&self->pages, g_array_unref);
  G_OBJECT_CLASS (hustings_report_print_parent_class)->finalize (object);
}

static void
hustings_report_print_class_init (HustingsReportPrintClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hustings_report_print_finalize;
}

static void
hustings_report_print_init (HustingsReportPrint *self)
{
  self->pages = g_array_new (FALSE, TRUE, sizeof (HustingsPrintPage));
  self->ctx.listing = g_array_new (FALSE, FALSE, sizeof (guint));
}

HustingsReportPrint *
hustings_report_print_new (HustingsCommitteeFile *file,
                           HustingsReport        *report,
                           HustingsPrintStyle     style,
                           HustingsProgressFunc   progress,
                           gpointer               progress_data,
                           GCancellable          *cancellable,
                           GError               **error)
{
  g_autoptr(HustingsReportPrint) self = NULL;
  HustingsPrintContext *ctx;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);
  g_return_val_if_fail (HUSTINGS_IS_REPORT (report), NULL);

  self = g_object_new (HUSTINGS_TYPE_REPORT_PRINT, NULL);
  ctx = &self->ctx;
  ctx->style = style;
  ctx->report = g_object_ref (report);
  ctx->committee = hustings_committee_copy (hustings_committee_file_peek_committee (file));
  ctx->f3x = g_strcmp0 (hustings_report_get_form (report), "F3X") == 0;
  ctx->records = hustings_report_build_records (file, report, &ctx->summary, progress,
                                                progress_data, cancellable, error);
  if (ctx->records == NULL)
    return NULL;
  g_assert (ctx->records->len >= 2);
  ctx->cover = g_ptr_array_index (ctx->records, 1);

  if (style == HUSTINGS_PRINT_LISTING)
    hustings_print_listing_paginate (ctx, self->pages);
  else
    {
      hustings_print_forms_paginate (ctx, self->pages);
      hustings_print_schedules_paginate (ctx, self->pages);
    }
  if (progress)
    progress (1.0, progress_data);
  return g_steal_pointer (&self);
}

HustingsPrintStyle
hustings_report_print_get_style (HustingsReportPrint *self)
{
  g_return_val_if_fail (HUSTINGS_IS_REPORT_PRINT (self), HUSTINGS_PRINT_FORMS);

  return self->ctx.style;
}

guint
hustings_report_print_get_n_pages (HustingsReportPrint *self)
{
  g_return_val_if_fail (HUSTINGS_IS_REPORT_PRINT (self), 0);

  return self->pages->len;
}

gboolean
hustings_report_print_get_landscape (HustingsReportPrint *self)
{
  g_return_val_if_fail (HUSTINGS_IS_REPORT_PRINT (self), FALSE);

  return self->ctx.style == HUSTINGS_PRINT_LISTING;
}

char *
hustings_report_print_dup_title (HustingsReportPrint *self)
{
  g_autofree char *code = NULL, *coverage = NULL;

  g_return_val_if_fail (HUSTINGS_IS_REPORT_PRINT (self), NULL);

  g_object_get (self->ctx.report, "code-text", &code, "coverage-text", &coverage, NULL);
  /* Translators: a printed report's title: committee — report (coverage) */
  return g_strdup_printf (_("%s — %s (%s)"), self->ctx.committee->name, code, coverage);
}

void
hustings_report_print_draw_page (HustingsReportPrint *self,
                                 cairo_t             *cr,
                                 guint                page,
                                 double               width,
                                 double               height)
{
  /* A copy of the context for this drawing: pages may be drawn on two threads at once (the
   * preview on screen while a worker writes the PDF); the parts only read the rest. */
  HustingsPrintContext ctx;
  const HustingsPrintPage *p;
  double page_width, page_height, scale;

  g_return_if_fail (HUSTINGS_IS_REPORT_PRINT (self));
  g_return_if_fail (page < self->pages->len);

  ctx = self->ctx;
  p = &g_array_index (self->pages, HustingsPrintPage, page);
  page_width = ctx.style == HUSTINGS_PRINT_LISTING ? HUSTINGS_PRINT_LETTER_HEIGHT
                                                   : HUSTINGS_PRINT_LETTER_WIDTH;
  page_height = ctx.style == HUSTINGS_PRINT_LISTING ? HUSTINGS_PRINT_LETTER_WIDTH
                                                    : HUSTINGS_PRINT_LETTER_HEIGHT;
  scale = MIN (width / page_width, height / page_height);

  cairo_save (cr);
  cairo_translate (cr, (width - page_width * scale) / 2, (height - page_height * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);

  ctx.cr = cr;
  ctx.layout = hustings_print_create_layout (cr);

  switch ((HustingsPageKind) p->kind)
    {
    case HUSTINGS_PAGE_COVER:
    case HUSTINGS_PAGE_SUMMARY:
    case HUSTINGS_PAGE_DETAILED:
      hustings_print_forms_draw (&ctx, p);
      break;
    case HUSTINGS_PAGE_SCHEDULE:
    case HUSTINGS_PAGE_TEXT:
      hustings_print_schedules_draw (&ctx, p);
      break;
    case HUSTINGS_PAGE_LISTING:
      hustings_print_listing_draw (&ctx, p);
      break;
    }
  hustings_print_footer (&ctx, page_width, page_height);

  g_object_unref (ctx.layout);
  cairo_restore (cr);
}

static void
draw_pdf_page (cairo_t *cr, guint page, double width, double height, gpointer data)
{
  hustings_report_print_draw_page (data, cr, page, width, height);
}

gboolean
hustings_report_print_write_pdf (HustingsReportPrint  *self,
                                 const char           *path,
                                 double                width,
                                 double                height,
                                 HustingsProgressFunc  progress,
                                 gpointer              progress_data,
                                 GCancellable         *cancellable,
                                 GError              **error)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (HUSTINGS_IS_REPORT_PRINT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (hustings_report_print_get_landscape (self) && width < height)
    {
      double swap = width;

      width = height;
      height = swap;
    }
  title = hustings_report_print_dup_title (self);
  return hustings_print_write_pdf (path, self->pages->len, width, height, title,
                                   self->ctx.committee->name, draw_pdf_page, self, progress,
                                   progress_data, cancellable, error);
}
