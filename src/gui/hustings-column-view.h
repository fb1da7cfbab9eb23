/* hustings-column-view.h: helpers for GtkColumnViews over lists that sort themselves.
 *
 * The core list models sort in SQLite, so a column view here never sorts items: clicking a
 * header only tells the page which key and direction to pass to the model. GTK 4.8 has no
 * getter for the primary sort column; these helpers find it by probing the view's sorter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Makes column sortable; key is what hustings_column_view_get_sort reports for it. */
void     hustings_column_view_set_sort_key (GtkColumnViewColumn *column,
                                            int                  key);
/* The key of the primary sort column and its direction; FALSE when the view is unsorted. */
gboolean hustings_column_view_get_sort     (GtkColumnView       *view,
                                            int                 *out_key,
                                            gboolean            *out_descending);
/* Gives column text cells that show the string property of each row's item, ellipsized,
 * nat_chars wide; numeric cells are right-aligned with tabular figures. Plain C: no template to
 * parse and no expression to watch per cell, which matters when a search or a sort replaces
 * every row on screen at once. */
void     hustings_column_view_set_text_cells (GtkColumnViewColumn *column,
                                              const char          *property,
                                              int                  nat_chars,
                                              gboolean             numeric);
/* Scrolls the view so that the row at position is visible. */
void     hustings_column_view_scroll_to    (GtkColumnView       *view,
                                            guint                position);

G_END_DECLS
