/* hustings-print-listing.c (being written)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "hustings-print-private.h"

void
hustings_print_listing_paginate (HustingsPrintContext *ctx, GArray *pages)
{
  HustingsPrintPage page = { .kind = HUSTINGS_PAGE_LISTING, .number = 1, .of = 1 };

  g_array_append_val (pages, page);
}

void
hustings_print_listing_draw (HustingsPrintContext *ctx, const HustingsPrintPage *page)
{
  hustings_print_corners (ctx, 612, 792);
  hustings_print_text (ctx, 60, 60, 300, HUSTINGS_FONT_TITLE, HUSTINGS_ALIGN_LEFT, "listing");
  hustings_print_date (ctx, 60, 100, 14, "2026-03-31");
  hustings_print_amount (ctx, 60, 130, 120, 14, 123456789);
  hustings_print_comb (ctx, 60, 160, 9, 10, 14, HUSTINGS_ALIGN_LEFT, "C00123456");
  hustings_print_checkbox (ctx, 60, 190, 9, TRUE);
  hustings_print_page_of (ctx, 400, 40, 150, page);
}
