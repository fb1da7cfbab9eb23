/* hustings-task-list.c: a lazy GListModel of tasks.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-task-list"

#include "config.h"

#include "hustings-id-list-private.h"
#include "hustings-task-list.h"

struct _HustingsTaskList
{
  GObject                parent_instance;

  HustingsCommitteeFile *file;
  HustingsIdList         list;
  HustingsTaskFilter     filter;
  gint64                 contact_id;
  GHashTable            *hidden;   /* gint64* ids */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HustingsTaskList, hustings_task_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GObject *
fetch (gpointer owner, gint64 id)
{
  HustingsTaskList *self = owner;

  return (GObject *) hustings_task_store_get (self->file, id, NULL);
}

static char *
signature (GObject *item)
{
  HustingsTask *task = HUSTINGS_TASK (item);

  return g_strdup_printf ("%s|%s|%s|%" G_GINT64_FORMAT "|%s|%s", hustings_task_get_title (task),
                          hustings_task_get_notes (task), hustings_task_get_due_date (task),
                          hustings_task_get_contact_id (task),
                          hustings_task_get_contact_name (task), hustings_task_get_done_at (task));
}

/* Re-reads the ids; with refresh, the tasks shown are re-read too. */
static void
update (HustingsTaskList *self,
        gboolean          refresh)
{
  GArray *ids = hustings_task_store_list_ids (self->file, self->filter, self->contact_id);

  if (g_hash_table_size (self->hidden) > 0)
    {
      guint kept = 0;

      for (guint i = 0; i < ids->len; i++)
        if (!g_hash_table_contains (self->hidden, &g_array_index (ids, gint64, i)))
          g_array_index (ids, gint64, kept++) = g_array_index (ids, gint64, i);
      g_array_set_size (ids, kept);
    }
  hustings_id_list_replace (&self->list, ids, refresh);
}

static void
changed_cb (HustingsTaskList *self)
{
  update (self, TRUE);
}

static GType
get_item_type (GListModel *model)
{
  return HUSTINGS_TYPE_TASK;
}

static guint
get_n_items (GListModel *model)
{
  return hustings_id_list_get_n_items (&HUSTINGS_TASK_LIST (model)->list);
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  return hustings_id_list_get_item (&HUSTINGS_TASK_LIST (model)->list, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
hustings_task_list_finalize (GObject *object)
{
  HustingsTaskList *self = (HustingsTaskList *) object;

  hustings_id_list_clear (&self->list);
  g_clear_pointer (&self->hidden, g_hash_table_unref);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (hustings_task_list_parent_class)->finalize (object);
}

static void
hustings_task_list_class_init (HustingsTaskListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hustings_task_list_finalize;
}

static void
hustings_task_list_init (HustingsTaskList *self)
{
  hustings_id_list_init (&self->list, G_LIST_MODEL (self), fetch, signature);
  self->hidden = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->filter = HUSTINGS_TASK_OPEN;
}

HustingsTaskList *
hustings_task_list_new (HustingsCommitteeFile *file)
{
  HustingsTaskList *self;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  self = g_object_new (HUSTINGS_TYPE_TASK_LIST, NULL);
  self->file = g_object_ref (file);
  g_signal_connect_object (file, "outreach-changed", G_CALLBACK (changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (file, "contacts-changed", G_CALLBACK (changed_cb), self,
                           G_CONNECT_SWAPPED);
  update (self, FALSE);
  return self;
}

void
hustings_task_list_set_filter (HustingsTaskList   *self,
                               HustingsTaskFilter  filter)
{
  g_return_if_fail (HUSTINGS_IS_TASK_LIST (self));
  g_return_if_fail (filter <= HUSTINGS_TASK_ALL);

  if (self->filter == filter)
    return;
  self->filter = filter;
  update (self, FALSE);
}

void
hustings_task_list_set_contact (HustingsTaskList *self,
                                gint64            contact_id)
{
  g_return_if_fail (HUSTINGS_IS_TASK_LIST (self));

  if (self->contact_id == contact_id)
    return;
  self->contact_id = contact_id;
  update (self, FALSE);
}

void
hustings_task_list_hide (HustingsTaskList *self,
                         gint64            id)
{
  g_return_if_fail (HUSTINGS_IS_TASK_LIST (self));

  if (g_hash_table_add (self->hidden, g_memdup2 (&id, sizeof id)))
    update (self, FALSE);
}

void
hustings_task_list_unhide (HustingsTaskList *self,
                           gint64            id)
{
  g_return_if_fail (HUSTINGS_IS_TASK_LIST (self));

  if (g_hash_table_remove (self->hidden, &id))
    update (self, FALSE);
}

gint64
hustings_task_list_get_id (HustingsTaskList *self,
                           guint             position)
{
  g_return_val_if_fail (HUSTINGS_IS_TASK_LIST (self), 0);
  g_return_val_if_fail (position < self->list.ids->len, 0);
  return g_array_index (self->list.ids, gint64, position);
}
