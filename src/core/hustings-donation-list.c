/* hustings-donation-list.c: a lazy GListModel of donations in a date range.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-donation-list"

#include "config.h"

#include "hustings-donation-list.h"
#include "hustings-id-list-private.h"

struct _HustingsDonationList
{
  GObject                parent_instance;

  HustingsCommitteeFile *file;
  HustingsIdList         list;
  char                  *from;
  char                  *to;
  HustingsDonationSort   sort;
  gboolean               descending;
  GHashTable            *hidden;   /* gint64* donation id -> HustingsDonation* */
  gint64                 total;
  gint64                 count;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HustingsDonationList, hustings_donation_list, G_TYPE_OBJECT,
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
  HustingsDonationList *self = owner;

  return (GObject *) hustings_donation_store_get (self->file, id, NULL);
}

static char *
signature (GObject *item)
{
  HustingsDonation *d = HUSTINGS_DONATION (item);

  return g_strdup_printf ("%s|%" G_GINT64_FORMAT "|%s|%d|%s|%s|%s|%s",
                          hustings_donation_get_date (d), hustings_donation_get_amount (d),
                          hustings_donation_get_contact_name (d),
                          hustings_donation_get_method (d),
                          hustings_donation_get_election (d),
                          hustings_donation_get_source (d),
                          hustings_donation_get_check_number (d),
                          hustings_donation_get_memo (d));
}

/* Re-reads the ids in the current order and, with sums, the range's total and count: a new
 * order leaves the sums as they are. */
static void
update (HustingsDonationList *self, gboolean refresh, gboolean sums)
{
  GArray *ids = hustings_donation_store_list_ids (self->file, self->from, self->to, self->sort,
                                                  self->descending);
  gint64 total = 0, count = 0;

  if (sums)
    hustings_donation_store_sum (self->file, self->from, self->to, &total, &count);

  /* Hidden donations leave the list and come off the sums. */
  if (g_hash_table_size (self->hidden) > 0)
    {
      guint kept = 0;

      for (guint i = 0; i < ids->len; i++)
        {
          HustingsDonation *d = g_hash_table_lookup (self->hidden,
                                                     &g_array_index (ids, gint64, i));

          if (d == NULL)
            g_array_index (ids, gint64, kept++) = g_array_index (ids, gint64, i);
          else
            {
              total -= hustings_donation_get_amount (d);
              count -= hustings_donation_get_amount (d) > 0;
            }
        }
      g_array_set_size (ids, kept);
    }

  hustings_id_list_replace (&self->list, ids, refresh);

  if (!sums)
    return;
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
donations_changed_cb (HustingsDonationList *self)
{
  update (self, TRUE, TRUE);
}

/* A donor's name changed: the rows show it, and the order follows it when sorted by donor.
 * (Deleting a contact deletes donations, which says so itself.) */
static void
contacts_changed_cb (HustingsDonationList *self)
{
  if (self->sort == HUSTINGS_DONATION_SORT_DONOR)
    update (self, TRUE, FALSE);
  else
    hustings_id_list_refresh (&self->list);
}

static GType
get_item_type (GListModel *model)
{
  return HUSTINGS_TYPE_DONATION;
}

static guint
get_n_items (GListModel *model)
{
  return hustings_id_list_get_n_items (&HUSTINGS_DONATION_LIST (model)->list);
}

static gpointer
get_item (GListModel *model, guint position)
{
  return hustings_id_list_get_item (&HUSTINGS_DONATION_LIST (model)->list, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
hustings_donation_list_finalize (GObject *object)
{
  HustingsDonationList *self = (HustingsDonationList *) object;

  hustings_id_list_clear (&self->list);
  g_clear_pointer (&self->hidden, g_hash_table_unref);
  g_clear_pointer (&self->from, g_free);
  g_clear_pointer (&self->to, g_free);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (hustings_donation_list_parent_class)->finalize (object);
}

static void
hustings_donation_list_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  HustingsDonationList *self = HUSTINGS_DONATION_LIST (object);

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
hustings_donation_list_class_init (HustingsDonationListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hustings_donation_list_finalize;
  object_class->get_property = hustings_donation_list_get_property;

  properties[PROP_TOTAL] = g_param_spec_int64 ("total", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNT] = g_param_spec_int64 ("count", NULL, NULL, 0, G_MAXINT64, 0,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hustings_donation_list_init (HustingsDonationList *self)
{
  hustings_id_list_init (&self->list, G_LIST_MODEL (self), fetch, signature);
  self->hidden = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->descending = TRUE;
}

HustingsDonationList *
hustings_donation_list_new (HustingsCommitteeFile *file)
{
  HustingsDonationList *self;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  self = g_object_new (HUSTINGS_TYPE_DONATION_LIST, NULL);
  self->file = g_object_ref (file);
  g_signal_connect_object (file, "donations-changed", G_CALLBACK (donations_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (file, "contacts-changed", G_CALLBACK (contacts_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update (self, FALSE, TRUE);
  return self;
}

void
hustings_donation_list_set_range (HustingsDonationList *self,
                                  const char           *from,
                                  const char           *to)
{
  g_return_if_fail (HUSTINGS_IS_DONATION_LIST (self));

  if (from && !*from)
    from = NULL;
  if (to && !*to)
    to = NULL;
  if (g_strcmp0 (self->from, from) == 0 && g_strcmp0 (self->to, to) == 0)
    return;
  g_free (self->from);
  g_free (self->to);
  self->from = g_strdup (from);
  self->to = g_strdup (to);
  update (self, FALSE, TRUE);
}

void
hustings_donation_list_set_sort (HustingsDonationList *self,
                                 HustingsDonationSort  sort,
                                 gboolean              descending)
{
  g_return_if_fail (HUSTINGS_IS_DONATION_LIST (self));

  if (self->sort == sort && self->descending == !!descending)
    return;
  self->sort = sort;
  self->descending = !!descending;
  update (self, FALSE, FALSE);
}

void
hustings_donation_list_hide (HustingsDonationList *self,
                             gint64                donation_id)
{
  HustingsDonation *d;

  g_return_if_fail (HUSTINGS_IS_DONATION_LIST (self));

  if (g_hash_table_contains (self->hidden, &donation_id))
    return;
  d = hustings_donation_store_get (self->file, donation_id, NULL);
  if (d == NULL)
    return;
  g_hash_table_insert (self->hidden, g_memdup2 (&donation_id, sizeof donation_id), d);
  update (self, FALSE, TRUE);
}

void
hustings_donation_list_unhide (HustingsDonationList *self,
                               gint64                donation_id)
{
  g_return_if_fail (HUSTINGS_IS_DONATION_LIST (self));

  if (g_hash_table_remove (self->hidden, &donation_id))
    update (self, FALSE, TRUE);
}

gint64
hustings_donation_list_get_total (HustingsDonationList *self)
{
  g_return_val_if_fail (HUSTINGS_IS_DONATION_LIST (self), 0);
  return self->total;
}

gint64
hustings_donation_list_get_count (HustingsDonationList *self)
{
  g_return_val_if_fail (HUSTINGS_IS_DONATION_LIST (self), 0);
  return self->count;
}

void
hustings_donation_list_reload (HustingsDonationList *self)
{
  g_return_if_fail (HUSTINGS_IS_DONATION_LIST (self));
  update (self, TRUE, TRUE);
}

gint64
hustings_donation_list_get_id (HustingsDonationList *self,
                               guint                 position)
{
  g_return_val_if_fail (HUSTINGS_IS_DONATION_LIST (self), 0);
  g_return_val_if_fail (position < self->list.ids->len, 0);
  return g_array_index (self->list.ids, gint64, position);
}
