/* hustings-split-model.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-split-model"

#include "hustings-split-model.h"

struct _HustingsSplitModel
{
  GObject     parent_instance;

  GListModel *model;

  /* Between the removal and the insertion, the rows the model already added are hidden. */
  gboolean    splitting;
  guint       split_position;
  guint       split_added;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HustingsSplitModel, hustings_split_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *list)
{
  HustingsSplitModel *self = HUSTINGS_SPLIT_MODEL (list);

  return g_list_model_get_item_type (self->model);
}

static guint
get_n_items (GListModel *list)
{
  HustingsSplitModel *self = HUSTINGS_SPLIT_MODEL (list);
  guint n = g_list_model_get_n_items (self->model);

  return self->splitting ? n - self->split_added : n;
}

static gpointer
get_item (GListModel *list,
          guint       position)
{
  HustingsSplitModel *self = HUSTINGS_SPLIT_MODEL (list);

  if (self->splitting && position >= self->split_position)
    position += self->split_added;

  return g_list_model_get_item (self->model, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
items_changed_cb (HustingsSplitModel *self,
                  guint               position,
                  guint               removed,
                  guint               added)
{
  if (removed == 0 || added == 0)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
      return;
    }

  self->splitting = TRUE;
  self->split_position = position;
  self->split_added = added;
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, 0);
  self->splitting = FALSE;

  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, added);
}

static void
hustings_split_model_dispose (GObject *object)
{
  HustingsSplitModel *self = HUSTINGS_SPLIT_MODEL (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (hustings_split_model_parent_class)->dispose (object);
}

static void
hustings_split_model_class_init (HustingsSplitModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hustings_split_model_dispose;
}

static void
hustings_split_model_init (HustingsSplitModel *self)
{
}

HustingsSplitModel *
hustings_split_model_new (GListModel *model)
{
  HustingsSplitModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (HUSTINGS_TYPE_SPLIT_MODEL, NULL);
  self->model = model;
  g_signal_connect_object (model, "items-changed", G_CALLBACK (items_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return self;
}
