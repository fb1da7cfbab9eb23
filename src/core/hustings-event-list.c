/* hustings-event-list.c: a lazy GListModel of events, upcoming first.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-event-list"

#include "config.h"

#include "hustings-event-list.h"
#include "hustings-id-list-private.h"

struct _HustingsEventList
{
  GObject                parent_instance;

  HustingsCommitteeFile *file;
  HustingsIdList         list;
  gboolean               include_past;
  GHashTable            *hidden;  /* gint64* id, a set */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HustingsEventList, hustings_event_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_INCLUDE_PAST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GObject *
fetch (gpointer owner, gint64 id)
{
  HustingsEventList *self = owner;

  return (GObject *) hustings_event_store_get (self->file, id, NULL);
}

static char *
signature (GObject *item)
{
  HustingsEvent *e = HUSTINGS_EVENT (item);
  const HustingsEventSummary *s = hustings_event_get_summary (e);

  return g_strdup_printf ("%s|%u|%s|%s|%s|%s|%s|%u|%" G_GINT64_FORMAT "|%s|"
                          "%u|%u|%u|%u|%u|%u|%u|%u|%u|%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT
                          "|%u",
                          hustings_event_get_name (e), hustings_event_get_kind (e),
                          hustings_event_get_date (e), hustings_event_get_starts (e),
                          hustings_event_get_ends (e), hustings_event_get_place (e),
                          hustings_event_get_address (e), hustings_event_get_capacity (e),
                          hustings_event_get_goal (e), hustings_event_get_notes (e),
                          s->invited, s->yes, s->maybe, s->no, s->checked_in, s->shifts,
                          s->slots, s->signups, s->open_slots, s->minutes, s->revenue,
                          s->donations);
}

static void
update (HustingsEventList *self,
        gboolean           refresh)
{
  GArray *ids = hustings_event_store_list_ids (self->file, NULL, self->include_past);

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
changed_cb (HustingsEventList *self)
{
  update (self, TRUE);
}

static GType
get_item_type (GListModel *model)
{
  return HUSTINGS_TYPE_EVENT;
}

static guint
get_n_items (GListModel *model)
{
  return hustings_id_list_get_n_items (&HUSTINGS_EVENT_LIST (model)->list);
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  return hustings_id_list_get_item (&HUSTINGS_EVENT_LIST (model)->list, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
hustings_event_list_finalize (GObject *object)
{
  HustingsEventList *self = (HustingsEventList *) object;

  hustings_id_list_clear (&self->list);
  g_clear_pointer (&self->hidden, g_hash_table_unref);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (hustings_event_list_parent_class)->finalize (object);
}

static void
hustings_event_list_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HustingsEventList *self = HUSTINGS_EVENT_LIST (object);

  switch (prop_id)
    {
    case PROP_INCLUDE_PAST:
      g_value_set_boolean (value, self->include_past);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_event_list_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HustingsEventList *self = HUSTINGS_EVENT_LIST (object);

  switch (prop_id)
    {
    case PROP_INCLUDE_PAST:
      hustings_event_list_set_include_past (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_event_list_class_init (HustingsEventListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hustings_event_list_finalize;
  object_class->get_property = hustings_event_list_get_property;
  object_class->set_property = hustings_event_list_set_property;

  /* What a "Past events" switch binds to. */
  properties[PROP_INCLUDE_PAST] = g_param_spec_boolean ("include-past", NULL, NULL, FALSE,
                                                        G_PARAM_READWRITE |
                                                        G_PARAM_EXPLICIT_NOTIFY |
                                                        G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hustings_event_list_init (HustingsEventList *self)
{
  hustings_id_list_init (&self->list, G_LIST_MODEL (self), fetch, signature);
  self->hidden = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

HustingsEventList *
hustings_event_list_new (HustingsCommitteeFile *file)
{
  HustingsEventList *self;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  self = g_object_new (HUSTINGS_TYPE_EVENT_LIST, NULL);
  self->file = g_object_ref (file);
  g_signal_connect_object (file, "events-changed", G_CALLBACK (changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (file, "donations-changed", G_CALLBACK (changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (file, "contacts-changed", G_CALLBACK (changed_cb), self,
                           G_CONNECT_SWAPPED);
  update (self, FALSE);
  return self;
}

void
hustings_event_list_set_include_past (HustingsEventList *self,
                                      gboolean           include_past)
{
  g_return_if_fail (HUSTINGS_IS_EVENT_LIST (self));

  if (self->include_past == !!include_past)
    return;
  self->include_past = !!include_past;
  update (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCLUDE_PAST]);
}

gboolean
hustings_event_list_get_include_past (HustingsEventList *self)
{
  g_return_val_if_fail (HUSTINGS_IS_EVENT_LIST (self), FALSE);
  return self->include_past;
}

void
hustings_event_list_hide (HustingsEventList *self,
                          gint64             event_id)
{
  g_return_if_fail (HUSTINGS_IS_EVENT_LIST (self));

  if (g_hash_table_contains (self->hidden, &event_id))
    return;
  g_hash_table_add (self->hidden, g_memdup2 (&event_id, sizeof event_id));
  update (self, FALSE);
}

void
hustings_event_list_unhide (HustingsEventList *self,
                            gint64             event_id)
{
  g_return_if_fail (HUSTINGS_IS_EVENT_LIST (self));

  if (g_hash_table_remove (self->hidden, &event_id))
    update (self, FALSE);
}

gint64
hustings_event_list_get_id (HustingsEventList *self,
                            guint              position)
{
  g_return_val_if_fail (HUSTINGS_IS_EVENT_LIST (self), 0);
  g_return_val_if_fail (position < self->list.ids->len, 0);
  return g_array_index (self->list.ids, gint64, position);
}

guint
hustings_event_list_find (HustingsEventList *self,
                          gint64             event_id)
{
  g_return_val_if_fail (HUSTINGS_IS_EVENT_LIST (self), G_MAXUINT);
  return hustings_id_list_find (&self->list, event_id);
}
