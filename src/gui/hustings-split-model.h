/* hustings-split-model.h: passes a list model through, telling each replacement of rows as a
 * removal followed by an insertion.
 *
 * GTK 4.8 answers a replacement that covers a row it tracks (the selected, focused or anchor
 * row) by reading every new row to look for it: with the lazy core lists, a new sort order on
 * a million contacts would read a million rows. Told as a removal and then an insertion, the
 * tracked row is simply gone and nothing is read beyond the rows on screen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define HUSTINGS_TYPE_SPLIT_MODEL (hustings_split_model_get_type ())
G_DECLARE_FINAL_TYPE (HustingsSplitModel, hustings_split_model, HUSTINGS, SPLIT_MODEL, GObject)

/* Takes ownership of model. */
HustingsSplitModel *hustings_split_model_new (GListModel *model);

G_END_DECLS
