/* hustings-id-list.c: the engine shared by the lazy list models.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-id-list"

#include "config.h"

#include "hustings-id-list-private.h"

/* One item handed out and still alive somewhere, watched through a weak reference. */
typedef struct {
  HustingsIdList *list;
  GObject        *item;
  gint64          id;
} LiveEntry;

static void
item_finalized_cb (gpointer data, GObject *where_the_object_was)
{
  LiveEntry *entry = data;
  HustingsIdList *self = entry->list;

  /* The table may already hold a newer item for this id. */
  if (g_hash_table_lookup (self->live, &entry->id) == entry)
    g_hash_table_remove (self->live, &entry->id);
  g_hash_table_remove (self->entries, entry);
  g_free (entry);
}

static void
remember (HustingsIdList *self, gint64 id, GObject *item)
{
  LiveEntry *entry = g_new (LiveEntry, 1);

  entry->list = self;
  entry->item = item;
  entry->id = id;
  g_object_weak_ref (item, item_finalized_cb, entry);
  g_hash_table_add (self->entries, entry);
  g_hash_table_replace (self->live, &entry->id, entry);
}

static GObject *
held_item (HustingsIdList *self, gint64 id)
{
  LiveEntry *entry = g_hash_table_lookup (self->live, &id);

  return entry ? entry->item : NULL;
}

void
hustings_id_list_init (HustingsIdList          *self,
                       GListModel              *model,
                       HustingsIdListFetch      fetch,
                       HustingsIdListSignature  signature)
{
  self->model = model;
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->live = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->entries = g_hash_table_new (NULL, NULL);
  self->fetch = fetch;
  self->signature = signature;
}

void
hustings_id_list_clear (HustingsIdList *self)
{
  GHashTableIter iter;
  gpointer data;

  g_clear_pointer (&self->ids, g_array_unref);
  if (self->entries == NULL)
    return;

  /* Items outlive the list when a view still holds them: stop watching them. */
  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, &data, NULL))
    {
      LiveEntry *entry = data;

      g_object_weak_unref (entry->item, item_finalized_cb, entry);
      g_free (entry);
    }
  g_clear_pointer (&self->live, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_hash_table_unref);
}

guint
hustings_id_list_get_n_items (HustingsIdList *self)
{
  return self->ids->len;
}

gpointer
hustings_id_list_get_item (HustingsIdList *self,
                           guint           position)
{
  GObject *item;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  item = held_item (self, id);
  if (item != NULL)
    return g_object_ref (item);

  item = self->fetch (self->model, id);
  if (item != NULL)
    remember (self, id, item);
  return item;
}

guint
hustings_id_list_find (HustingsIdList *self,
                       gint64          id)
{
  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;
  return G_MAXUINT;
}

void
hustings_id_list_replace (HustingsIdList *self,
                          GArray         *ids,
                          gboolean        refresh)
{
  g_autoptr(GArray) old = self->ids;
  guint head = 0, tail = 0;
  guint old_len = old->len, new_len = ids->len;
  g_autoptr(GArray) stale = g_array_new (FALSE, FALSE, sizeof (guint));

  self->ids = ids;

  while (head < old_len && head < new_len &&
         g_array_index (old, gint64, head) == g_array_index (ids, gint64, head))
    head++;
  while (tail < old_len - head && tail < new_len - head &&
         g_array_index (old, gint64, old_len - 1 - tail) ==
         g_array_index (ids, gint64, new_len - 1 - tail))
    tail++;

  /* Rows whose content changed: only the held ones can be on screen. Those kept in place are
   * replaced one by one; in the changed middle, which is replaced anyway, get_item must not hand
   * out the old item again. */
  if (refresh && g_hash_table_size (self->live) > 0)
    {
      for (guint i = 0; i < new_len; i++)
        {
          gboolean middle = i >= head && i < new_len - tail;
          gint64 id;
          GObject *held;
          g_autoptr(GObject) fresh = NULL;
          g_autofree char *was = NULL;
          g_autofree char *now = NULL;

          id = g_array_index (ids, gint64, i);
          held = held_item (self, id);
          if (held == NULL)
            continue;
          fresh = self->fetch (self->model, id);
          /* A row gone from the file leaves with the re-listing its deletion brings. */
          if (fresh == NULL)
            continue;
          was = self->signature (held);
          now = self->signature (fresh);
          if (g_strcmp0 (was, now) != 0)
            {
              g_hash_table_remove (self->live, &id);
              if (!middle)
                g_array_append_val (stale, i);
            }
        }
    }

  if (head < old_len || head < new_len)
    if (old_len - head - tail > 0 || new_len - head - tail > 0)
      g_list_model_items_changed (self->model, head, old_len - head - tail,
                                  new_len - head - tail);
  for (guint i = 0; i < stale->len; i++)
    g_list_model_items_changed (self->model, g_array_index (stale, guint, i), 1, 1);
}

void
hustings_id_list_refresh (HustingsIdList *self)
{
  GArray *same = g_array_sized_new (FALSE, FALSE, sizeof (gint64), self->ids->len);

  g_array_append_vals (same, self->ids->data, self->ids->len);
  hustings_id_list_replace (self, same, TRUE);
}
