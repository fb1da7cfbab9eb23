/* hustings-segment-list.c: a lazy GListModel of the contacts a segment holds.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-segment-list"

#include "config.h"

#include "hustings-contact-store.h"
#include "hustings-id-list-private.h"
#include "hustings-segment-list.h"
#include "hustings-segment-store.h"

struct _HustingsSegmentList
{
  GObject                parent_instance;

  HustingsCommitteeFile *file;
  HustingsIdList         list;
  HustingsSegment       *segment;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HustingsSegmentList, hustings_segment_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GObject *
fetch (gpointer owner, gint64 id)
{
  HustingsSegmentList *self = owner;

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

/* The members of segment (none for NULL); NULL with error set when it cannot be evaluated. */
static GArray *
evaluate (HustingsSegmentList    *self,
          const HustingsSegment  *segment,
          GError                **error)
{
  if (segment == NULL)
    return g_array_new (FALSE, FALSE, sizeof (gint64));
  return hustings_segment_store_members (self->file, segment, error);
}

/* What the segment holds may have changed with the file. */
static void
file_changed_cb (HustingsSegmentList *self)
{
  g_autoptr(GError) error = NULL;
  GArray *ids = evaluate (self, self->segment, &error);

  if (ids == NULL)
    {
      g_debug ("Segment “%s” could not be evaluated: %s", self->segment->name, error->message);
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
  hustings_id_list_replace (&self->list, ids, TRUE);
}

static GType
get_item_type (GListModel *model)
{
  return HUSTINGS_TYPE_CONTACT;
}

static guint
get_n_items (GListModel *model)
{
  return hustings_id_list_get_n_items (&HUSTINGS_SEGMENT_LIST (model)->list);
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  return hustings_id_list_get_item (&HUSTINGS_SEGMENT_LIST (model)->list, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
hustings_segment_list_finalize (GObject *object)
{
  HustingsSegmentList *self = (HustingsSegmentList *) object;

  hustings_id_list_clear (&self->list);
  g_clear_pointer (&self->segment, hustings_segment_free);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (hustings_segment_list_parent_class)->finalize (object);
}

static void
hustings_segment_list_class_init (HustingsSegmentListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hustings_segment_list_finalize;
}

static void
hustings_segment_list_init (HustingsSegmentList *self)
{
  hustings_id_list_init (&self->list, G_LIST_MODEL (self), fetch, signature);
}

HustingsSegmentList *
hustings_segment_list_new (HustingsCommitteeFile *file)
{
  static const char * const signals[] = {
    "changed", "contacts-changed", "donations-changed", "volunteers-changed", "events-changed",
  };
  HustingsSegmentList *self;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  self = g_object_new (HUSTINGS_TYPE_SEGMENT_LIST, NULL);
  self->file = g_object_ref (file);
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    g_signal_connect_object (file, signals[i], G_CALLBACK (file_changed_cb), self,
                             G_CONNECT_SWAPPED);
  return self;
}

gboolean
hustings_segment_list_set_segment (HustingsSegmentList    *self,
                                   const HustingsSegment  *segment,
                                   GError                **error)
{
  GArray *ids;

  g_return_val_if_fail (HUSTINGS_IS_SEGMENT_LIST (self), FALSE);

  ids = evaluate (self, segment, error);
  if (ids == NULL)
    return FALSE;
  g_clear_pointer (&self->segment, hustings_segment_free);
  self->segment = segment ? hustings_segment_copy (segment) : NULL;
  hustings_id_list_replace (&self->list, ids, FALSE);
  return TRUE;
}

const HustingsSegment *
hustings_segment_list_get_segment (HustingsSegmentList *self)
{
  g_return_val_if_fail (HUSTINGS_IS_SEGMENT_LIST (self), NULL);
  return self->segment;
}

gint64
hustings_segment_list_get_id (HustingsSegmentList *self,
                              guint                position)
{
  g_return_val_if_fail (HUSTINGS_IS_SEGMENT_LIST (self), 0);
  g_return_val_if_fail (position < self->list.ids->len, 0);
  return g_array_index (self->list.ids, gint64, position);
}
