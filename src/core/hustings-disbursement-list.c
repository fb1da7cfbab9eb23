/* hustings-disbursement-list.c: a lazy GListModel of disbursements in a date range.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-disbursement-list"

#include "config.h"

#include "hustings-disbursement-list.h"
#include "hustings-id-list-private.h"

struct _HustingsDisbursementList
{
  GObject                   parent_instance;

  HustingsCommitteeFile    *file;
  HustingsIdList            list;
  char                     *from;
  char                     *to;
  char                     *search;
  HustingsDisbursementSort  sort;
  gboolean                  descending;
  GHashTable               *hidden;   /* gint64* id -> HustingsDisbursement* */
  gint64                    total;
  gint64                    count;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HustingsDisbursementList, hustings_disbursement_list,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_TOTAL,
  PROP_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GObject *
fetch (gpointer owner, gint64 id)
{
  HustingsDisbursementList *self = owner;

  return (GObject *) hustings_disbursement_store_get (self->file, id, NULL);
}

static char *
signature (GObject *item)
{
  HustingsDisbursement *d = HUSTINGS_DISBURSEMENT (item);

  return g_strdup_printf ("%s|%" G_GINT64_FORMAT "|%s|%s|%s|%s|%s|%s|%s|%d",
                          hustings_disbursement_get_date (d), hustings_disbursement_get_amount (d),
                          hustings_disbursement_get_payee_name (d),
                          hustings_disbursement_get_purpose (d),
                          hustings_disbursement_get_category (d),
                          hustings_disbursement_get_line (d),
                          hustings_disbursement_get_election (d),
                          hustings_disbursement_get_check_number (d),
                          hustings_disbursement_get_memo (d),
                          hustings_disbursement_get_memo_entry (d));
}

/* Re-reads the ids in the current order and, with sums, the total and count: a new order
 * leaves the sums as they are. */
static void
update (HustingsDisbursementList *self,
        gboolean                  refresh,
        gboolean                  sums)
{
  GArray *ids = hustings_disbursement_store_list_ids (self->file, self->from, self->to,
                                                      self->search, self->sort,
                                                      self->descending);
  gint64 total = self->total, count = self->count;

  if (sums)
    hustings_disbursement_store_sum (self->file, self->from, self->to, self->search, &total,
                                     &count);

  /* Hidden disbursements leave the list and come off the sums. */
  if (g_hash_table_size (self->hidden) > 0)
    {
      guint kept = 0;

      for (guint i = 0; i < ids->len; i++)
        {
          HustingsDisbursement *d = g_hash_table_lookup (self->hidden,
                                                         &g_array_index (ids, gint64, i));

          if (d == NULL)
            g_array_index (ids, gint64, kept++) = g_array_index (ids, gint64, i);
          else if (sums)
            {
              if (!hustings_disbursement_get_memo_entry (d))
                total -= hustings_disbursement_get_amount (d);
              count--;
            }
        }
      g_array_set_size (ids, kept);
    }

  hustings_id_list_replace (&self->list, ids, refresh);

  if (total != self->total)
    {
      self->total = total;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
    }
  if (count != self->count)
    {
      self->count = count;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
    }
}

static void
disbursements_changed_cb (HustingsDisbursementList *self)
{
  update (self, TRUE, TRUE);
}

/* A payee's name changed: the rows show it, and it may change the order or what a search
 * finds. (Deleting a payee deletes their disbursements, which says so itself.) */
static void
contacts_changed_cb (HustingsDisbursementList *self)
{
  if (self->sort == HUSTINGS_DISBURSEMENT_SORT_PAYEE || self->search != NULL)
    update (self, TRUE, self->search != NULL);
  else
    hustings_id_list_refresh (&self->list);
}

static GType
get_item_type (GListModel *model)
{
  return HUSTINGS_TYPE_DISBURSEMENT;
}

static guint
get_n_items (GListModel *model)
{
  return hustings_id_list_get_n_items (&HUSTINGS_DISBURSEMENT_LIST (model)->list);
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  return hustings_id_list_get_item (&HUSTINGS_DISBURSEMENT_LIST (model)->list, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
hustings_disbursement_list_finalize (GObject *object)
{
  HustingsDisbursementList *self = (HustingsDisbursementList *) object;

  hustings_id_list_clear (&self->list);
  g_clear_pointer (&self->hidden, g_hash_table_unref);
  g_clear_pointer (&self->from, g_free);
  g_clear_pointer (&self->to, g_free);
  g_clear_pointer (&self->search, g_free);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (hustings_disbursement_list_parent_class)->finalize (object);
}

static void
hustings_disbursement_list_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  HustingsDisbursementList *self = HUSTINGS_DISBURSEMENT_LIST (object);

  switch (prop_id)
    {
    case PROP_TOTAL:
      g_value_set_int64 (value, self->total);
      break;
    case PROP_COUNT:
      g_value_set_int64 (value, self->count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_disbursement_list_class_init (HustingsDisbursementListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hustings_disbursement_list_finalize;
  object_class->get_property = hustings_disbursement_list_get_property;

  properties[PROP_TOTAL] = g_param_spec_int64 ("total", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNT] = g_param_spec_int64 ("count", NULL, NULL, 0, G_MAXINT64, 0,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hustings_disbursement_list_init (HustingsDisbursementList *self)
{
  hustings_id_list_init (&self->list, G_LIST_MODEL (self), fetch, signature);
  self->hidden = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->descending = TRUE;
}

HustingsDisbursementList *
hustings_disbursement_list_new (HustingsCommitteeFile *file)
{
  HustingsDisbursementList *self;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  self = g_object_new (HUSTINGS_TYPE_DISBURSEMENT_LIST, NULL);
  self->file = g_object_ref (file);
  g_signal_connect_object (file, "disbursements-changed", G_CALLBACK (disbursements_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (file, "contacts-changed", G_CALLBACK (contacts_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update (self, FALSE, TRUE);
  return self;
}

/* NULL for NULL or "". */
static char *
dup_optional (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

void
hustings_disbursement_list_set_range (HustingsDisbursementList *self,
                                      const char               *from,
                                      const char               *to)
{
  g_autofree char *new_from = dup_optional (from);
  g_autofree char *new_to = dup_optional (to);

  g_return_if_fail (HUSTINGS_IS_DISBURSEMENT_LIST (self));

  if (g_strcmp0 (self->from, new_from) == 0 && g_strcmp0 (self->to, new_to) == 0)
    return;
  g_free (self->from);
  g_free (self->to);
  self->from = g_steal_pointer (&new_from);
  self->to = g_steal_pointer (&new_to);
  update (self, FALSE, TRUE);
}

void
hustings_disbursement_list_set_search (HustingsDisbursementList *self,
                                       const char               *search)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (search ? search : ""));

  g_return_if_fail (HUSTINGS_IS_DISBURSEMENT_LIST (self));

  if (g_strcmp0 (self->search ? self->search : "", trimmed) == 0)
    return;
  g_clear_pointer (&self->search, g_free);
  self->search = dup_optional (trimmed);
  update (self, FALSE, TRUE);
}

void
hustings_disbursement_list_set_sort (HustingsDisbursementList *self,
                                     HustingsDisbursementSort  sort,
                                     gboolean                  descending)
{
  g_return_if_fail (HUSTINGS_IS_DISBURSEMENT_LIST (self));

  if (self->sort == sort && self->descending == !!descending)
    return;
  self->sort = sort;
  self->descending = !!descending;
  update (self, FALSE, FALSE);
}

void
hustings_disbursement_list_hide (HustingsDisbursementList *self,
                                 gint64                    id)
{
  HustingsDisbursement *d;

  g_return_if_fail (HUSTINGS_IS_DISBURSEMENT_LIST (self));

  if (g_hash_table_contains (self->hidden, &id))
    return;
  d = hustings_disbursement_store_get (self->file, id, NULL);
  if (d == NULL)
    return;
  g_hash_table_insert (self->hidden, g_memdup2 (&id, sizeof id), d);
  update (self, FALSE, TRUE);
}

void
hustings_disbursement_list_unhide (HustingsDisbursementList *self,
                                   gint64                    id)
{
  g_return_if_fail (HUSTINGS_IS_DISBURSEMENT_LIST (self));

  if (g_hash_table_remove (self->hidden, &id))
    update (self, FALSE, TRUE);
}

gint64
hustings_disbursement_list_get_total (HustingsDisbursementList *self)
{
  g_return_val_if_fail (HUSTINGS_IS_DISBURSEMENT_LIST (self), 0);
  return self->total;
}

gint64
hustings_disbursement_list_get_count (HustingsDisbursementList *self)
{
  g_return_val_if_fail (HUSTINGS_IS_DISBURSEMENT_LIST (self), 0);
  return self->count;
}

gint64
hustings_disbursement_list_get_id (HustingsDisbursementList *self,
                                   guint                     position)
{
  g_return_val_if_fail (HUSTINGS_IS_DISBURSEMENT_LIST (self), 0);
  g_return_val_if_fail (position < self->list.ids->len, 0);
  return g_array_index (self->list.ids, gint64, position);
}
