/* hustings-contact-list.c: a lazy GListModel of contacts.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-contact-list"

#include "config.h"

#include "hustings-contact-list.h"
#include "hustings-id-list-private.h"
#include "hustings-segment-store.h"

struct _HustingsContactList
{
  GObject                parent_instance;

  HustingsCommitteeFile *file;
  HustingsIdList         list;
  GArray                *sorted;   /* every id in the current order; NULL until needed */
  HustingsContactSort    sort;
  gboolean               descending;
  char                  *search;
  HustingsSegment       *segment;  /* NULL: every contact */
  GArray                *members;  /* the segment's ids; NULL until needed */
  GHashTable            *hidden;   /* gint64* ids */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HustingsContactList, hustings_contact_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GObject *
fetch (gpointer owner, gint64 id)
{
  HustingsContactList *self = owner;

  return (GObject *) hustings_contact_store_get_summary (self->file, id);
}

static char *
signature (GObject *item)
{
  HustingsContact *contact = HUSTINGS_CONTACT (item);

  return g_strdup_printf ("%s|%s|%s|%s|%s|%" G_GINT64_FORMAT "|%s",
                          hustings_contact_get_display_name (contact),
                          hustings_contact_get_field (contact, HUSTINGS_CONTACT_CITY),
                          hustings_contact_get_field (contact, HUSTINGS_CONTACT_STATE),
                          hustings_contact_get_field (contact, HUSTINGS_CONTACT_EMPLOYER),
                          hustings_contact_get_field (contact, HUSTINGS_CONTACT_OCCUPATION),
                          hustings_contact_get_cycle_total (contact),
                          hustings_contact_get_last_gift_date (contact));
}

/* A set of ids as a bitmap, for a walk in sorted order that stays linear whatever the sort. */
typedef struct {
  guint8 *bits;
  gint64  max_id;
} IdSet;

static void
id_set_init (IdSet *set, GArray *ids)
{
  set->max_id = 0;
  for (guint i = 0; i < ids->len; i++)
    set->max_id = MAX (set->max_id, g_array_index (ids, gint64, i));
  set->bits = g_malloc0 (set->max_id / 8 + 1);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);

      set->bits[id / 8] |= 1 << (id % 8);
    }
}

static gboolean
id_set_contains (const IdSet *set, gint64 id)
{
  return id <= set->max_id && (set->bits[id / 8] & (1 << (id % 8)));
}

/* The members of the segment shown; none when it cannot be evaluated (it validated when it was
 * set, so only a failing file gets here). */
static GArray *
evaluate_members (HustingsContactList *self)
{
  g_autoptr(GError) error = NULL;
  GArray *members = hustings_segment_store_members (self->file, self->segment, &error);

  if (members == NULL)
    {
      g_warning ("Segment “%s” could not be evaluated: %s", self->segment->name,
                 error->message);
      members = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
  return members;
}

/* The visible ids: the sorted ids in the segment that match the search and are not hidden. */
static GArray *
compute_visible (HustingsContactList *self)
{
  g_autoptr(GArray) matches = NULL;
  IdSet search = { NULL, 0 }, segment = { NULL, 0 };
  gboolean hidden = g_hash_table_size (self->hidden) > 0;
  GArray *visible;

  if (self->sorted == NULL)
    self->sorted = hustings_contact_store_list_ids (self->file, self->sort, self->descending);
  if (self->segment != NULL && self->members == NULL)
    self->members = evaluate_members (self);

  if (self->search != NULL)
    {
      matches = hustings_contact_store_search_ids (self->file, self->search);
      id_set_init (&search, matches);
    }
  if (self->segment != NULL)
    id_set_init (&segment, self->members);

  visible = g_array_sized_new (FALSE, FALSE, sizeof (gint64),
                               matches ? matches->len
                               : self->members ? self->members->len : self->sorted->len);
  for (guint i = 0; i < self->sorted->len; i++)
    {
      gint64 id = g_array_index (self->sorted, gint64, i);

      if (search.bits != NULL && !id_set_contains (&search, id))
        continue;
      if (segment.bits != NULL && !id_set_contains (&segment, id))
        continue;
      if (hidden && g_hash_table_contains (self->hidden, &id))
        continue;
      g_array_append_val (visible, id);
    }
  g_free (search.bits);
  g_free (segment.bits);
  return visible;
}

static void
update (HustingsContactList *self, gboolean refresh)
{
  hustings_id_list_replace (&self->list, compute_visible (self), refresh);
}

/* Contacts came, went or changed: their order may have too, and who the segment holds. */
static void
contacts_changed_cb (HustingsContactList *self)
{
  g_clear_pointer (&self->sorted, g_array_unref);
  g_clear_pointer (&self->members, g_array_unref);
  update (self, TRUE);
}

/* Gifts (or the elections, and with them the active cycle) changed: the totals shown did, but
 * the contacts and their order only when the list is sorted by giving or has a segment (whose
 * rules may be about giving). */
static void
giving_changed_cb (HustingsContactList *self)
{
  if (self->sort == HUSTINGS_CONTACT_SORT_CYCLE_TOTAL ||
      self->sort == HUSTINGS_CONTACT_SORT_LAST_GIFT)
    contacts_changed_cb (self);
  else if (self->segment != NULL)
    {
      g_clear_pointer (&self->members, g_array_unref);
      update (self, TRUE);
    }
  else
    hustings_id_list_refresh (&self->list);
}

/* Volunteers or events changed: nothing a row shows, but maybe who the segment holds. */
static void
members_changed_cb (HustingsContactList *self)
{
  if (self->segment == NULL)
    return;
  g_clear_pointer (&self->members, g_array_unref);
  update (self, FALSE);
}

static GType
get_item_type (GListModel *model)
{
  return HUSTINGS_TYPE_CONTACT;
}

static guint
get_n_items (GListModel *model)
{
  return hustings_id_list_get_n_items (&HUSTINGS_CONTACT_LIST (model)->list);
}

static gpointer
get_item (GListModel *model, guint position)
{
  return hustings_id_list_get_item (&HUSTINGS_CONTACT_LIST (model)->list, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
hustings_contact_list_finalize (GObject *object)
{
  HustingsContactList *self = (HustingsContactList *) object;

  hustings_id_list_clear (&self->list);
  g_clear_pointer (&self->sorted, g_array_unref);
  g_clear_pointer (&self->members, g_array_unref);
  g_clear_pointer (&self->segment, hustings_segment_free);
  g_clear_pointer (&self->hidden, g_hash_table_unref);
  g_clear_pointer (&self->search, g_free);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (hustings_contact_list_parent_class)->finalize (object);
}

static void
hustings_contact_list_class_init (HustingsContactListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hustings_contact_list_finalize;
}

static void
hustings_contact_list_init (HustingsContactList *self)
{
  hustings_id_list_init (&self->list, G_LIST_MODEL (self), fetch, signature);
  self->hidden = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

HustingsContactList *
hustings_contact_list_new (HustingsCommitteeFile *file)
{
  HustingsContactList *self;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  self = g_object_new (HUSTINGS_TYPE_CONTACT_LIST, NULL);
  self->file = g_object_ref (file);
  g_signal_connect_object (file, "contacts-changed", G_CALLBACK (contacts_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (file, "donations-changed", G_CALLBACK (giving_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (file, "changed", G_CALLBACK (giving_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (file, "volunteers-changed", G_CALLBACK (members_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (file, "events-changed", G_CALLBACK (members_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_array_unref (self->list.ids);
  self->list.ids = compute_visible (self);
  return self;
}

void
hustings_contact_list_set_search (HustingsContactList *self,
                                  const char          *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  g_return_if_fail (HUSTINGS_IS_CONTACT_LIST (self));

  if (g_strcmp0 (self->search ? self->search : "", trimmed) == 0)
    return;
  g_clear_pointer (&self->search, g_free);
  if (*trimmed != '\0')
    self->search = g_steal_pointer (&trimmed);
  update (self, FALSE);
}

const char *
hustings_contact_list_get_search (HustingsContactList *self)
{
  g_return_val_if_fail (HUSTINGS_IS_CONTACT_LIST (self), NULL);
  return self->search;
}

gboolean
hustings_contact_list_set_segment (HustingsContactList    *self,
                                   const HustingsSegment  *segment,
                                   GError                **error)
{
  GArray *members = NULL;

  g_return_val_if_fail (HUSTINGS_IS_CONTACT_LIST (self), FALSE);

  if (segment != NULL
      && (members = hustings_segment_store_members (self->file, segment, error)) == NULL)
    return FALSE;
  g_clear_pointer (&self->segment, hustings_segment_free);
  g_clear_pointer (&self->members, g_array_unref);
  self->segment = segment ? hustings_segment_copy (segment) : NULL;
  self->members = members;
  update (self, FALSE);
  return TRUE;
}

const HustingsSegment *
hustings_contact_list_get_segment (HustingsContactList *self)
{
  g_return_val_if_fail (HUSTINGS_IS_CONTACT_LIST (self), NULL);
  return self->segment;
}

void
hustings_contact_list_set_sort (HustingsContactList *self,
                                HustingsContactSort  sort,
                                gboolean             descending)
{
  g_return_if_fail (HUSTINGS_IS_CONTACT_LIST (self));

  if (self->sort == sort && self->descending == !!descending)
    return;
  self->sort = sort;
  self->descending = !!descending;
  g_clear_pointer (&self->sorted, g_array_unref);
  update (self, FALSE);
}

void
hustings_contact_list_hide (HustingsContactList *self,
                            gint64               contact_id)
{
  gint64 *key;

  g_return_if_fail (HUSTINGS_IS_CONTACT_LIST (self));

  key = g_new (gint64, 1);
  *key = contact_id;
  if (g_hash_table_add (self->hidden, key))
    update (self, FALSE);
}

void
hustings_contact_list_unhide (HustingsContactList *self,
                              gint64               contact_id)
{
  g_return_if_fail (HUSTINGS_IS_CONTACT_LIST (self));

  if (g_hash_table_remove (self->hidden, &contact_id))
    update (self, FALSE);
}

void
hustings_contact_list_reload (HustingsContactList *self)
{
  g_return_if_fail (HUSTINGS_IS_CONTACT_LIST (self));
  contacts_changed_cb (self);
}

guint
hustings_contact_list_find (HustingsContactList *self,
                            gint64               contact_id)
{
  g_return_val_if_fail (HUSTINGS_IS_CONTACT_LIST (self), G_MAXUINT);
  return hustings_id_list_find (&self->list, contact_id);
}

gint64
hustings_contact_list_get_id (HustingsContactList *self,
                              guint                position)
{
  g_return_val_if_fail (HUSTINGS_IS_CONTACT_LIST (self), 0);
  g_return_val_if_fail (position < self->list.ids->len, 0);
  return g_array_index (self->list.ids, gint64, position);
}
