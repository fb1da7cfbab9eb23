/* hustings-page-preview.h: pages shown one at a time, each sheet on a grey desk, turned with
 * Page Up/Down, Ctrl+Home/End, the scroll wheel or the "preview" actions.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HUSTINGS_TYPE_PAGE_PREVIEW (hustings_page_preview_get_type ())
G_DECLARE_FINAL_TYPE (HustingsPagePreview, hustings_page_preview, HUSTINGS, PAGE_PREVIEW,
                      GtkDrawingArea)

/* Draws page (from 0) on cr, on a sheet of width × height points. */
typedef void (*HustingsPagePreviewDrawFunc) (cairo_t  *cr,
                                             guint     page,
                                             double    width,
                                             double    height,
                                             gpointer  data);

/* Properties: "n-pages", "page" (from 0, always less than "n-pages" when there are pages).
 * Actions, in the group hustings_page_preview_get_actions gives (prefix "preview"; a window
 * whose page buttons stand outside the preview inserts it too): previous-page, next-page,
 * first-page, last-page, each enabled when it would turn a page. */

GtkWidget    *hustings_page_preview_new            (void);
guint         hustings_page_preview_get_n_pages    (HustingsPagePreview         *self);
void          hustings_page_preview_set_n_pages    (HustingsPagePreview         *self,
                                                    guint                        n_pages);
guint         hustings_page_preview_get_page       (HustingsPagePreview         *self);
void          hustings_page_preview_set_page       (HustingsPagePreview         *self,
                                                    guint                        page);
void          hustings_page_preview_set_paper_size (HustingsPagePreview         *self,
                                                    double                       width,
                                                    double                       height);
void          hustings_page_preview_set_draw_func  (HustingsPagePreview         *self,
                                                    HustingsPagePreviewDrawFunc  draw,
                                                    gpointer                     data,
                                                    GDestroyNotify               destroy);
GActionGroup *hustings_page_preview_get_actions    (HustingsPagePreview         *self);

G_END_DECLS
