/* hustings-id-list-private.h: the engine shared by the lazy list models.
 *
 * A list of row ids that builds an item object only when get_item() asks, remembers the items
 * it handed out while something holds them, and turns a new list of ids into the smallest
 * items-changed it can: the common head and tail stay, and a held item whose row changed in
 * the file is replaced so its row redraws.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Reads row id; NULL if it is gone. */
typedef GObject *(*HustingsIdListFetch)     (gpointer owner, gint64 id);
/* A string that changes whenever what a row shows changes. */
typedef char    *(*HustingsIdListSignature) (GObject *item);

typedef struct {
  GListModel              *model;   /* borrowed: the owner, which emits items-changed */
  GArray                  *ids;     /* gint64, in list order */
  GHashTable              *live;    /* id -> the entry of the item handed out last */
  GHashTable              *entries; /* every entry whose item is still alive */
  HustingsIdListFetch      fetch;
  HustingsIdListSignature  signature;
} HustingsIdList;

void     hustings_id_list_init      (HustingsIdList          *self,
                                     GListModel              *model,
                                     HustingsIdListFetch      fetch,
                                     HustingsIdListSignature  signature);
void     hustings_id_list_clear     (HustingsIdList          *self);
guint    hustings_id_list_get_n_items (HustingsIdList        *self);
gpointer hustings_id_list_get_item  (HustingsIdList          *self,
                                     guint                    position);
/* Takes ownership of ids; emits what changed. With refresh, held items whose rows changed
 * in the file are re-read too. */
void     hustings_id_list_replace   (HustingsIdList          *self,
                                     GArray                  *ids,
                                     gboolean                 refresh);
/* Re-reads the held items whose rows changed in the file; the order stays. */
void     hustings_id_list_refresh   (HustingsIdList          *self);
guint    hustings_id_list_find      (HustingsIdList          *self,
                                     gint64                   id);

G_END_DECLS
