/* hustings-volunteer-list.c: a lazy GListModel of volunteers.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-volunteer-list"

#include "config.h"

#include "hustings-id-list-private.h"
#include "hustings-volunteer-list.h"

struct _HustingsVolunteerList
{
  GObject                parent_instance;

  HustingsCommitteeFile *file;
  HustingsIdList         list;
  char                  *search;
  char                 **skills;
  guint                  statuses;
  guint                  weekday;
  char                  *from;
  char                  *to;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HustingsVolunteerList, hustings_volunteer_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GObject *
fetch (gpointer owner, gint64 id)
{
  HustingsVolunteerList *self = owner;

  return (GObject *) hustings_volunteer_store_get (self->file, id, NULL);
}

static char *
signature (GObject *item)
{
  HustingsVolunteer *v = HUSTINGS_VOLUNTEER (item);
  const GArray *availability = hustings_volunteer_get_availability (v);
  g_autofree char *skills = g_strjoinv (",", (char **) hustings_volunteer_get_skills (v));
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%s|%s|%s|%u|%s|%s|%s|%s|%s|%" G_GINT64_FORMAT "|%u|",
                          hustings_volunteer_get_name (v), hustings_volunteer_get_email (v),
                          hustings_volunteer_get_phone (v), hustings_volunteer_get_status (v),
                          hustings_volunteer_get_since (v),
                          hustings_volunteer_get_emergency_name (v),
                          hustings_volunteer_get_emergency_phone (v),
                          hustings_volunteer_get_notes (v), skills,
                          hustings_volunteer_get_minutes (v), hustings_volunteer_get_shifts (v));
  for (guint i = 0; i < availability->len; i++)
    {
      const HustingsAvailability *a = &g_array_index (availability, HustingsAvailability, i);

      g_string_append_printf (text, "%u %s-%s,", a->weekday, a->starts, a->ends);
    }
  return g_string_free (text, FALSE);
}

static void
update (HustingsVolunteerList *self,
        gboolean               refresh)
{
  HustingsVolunteerFilter filter = {
    .search = self->search,
    .skills = (const char * const *) self->skills,
    .statuses = self->statuses,
    .weekday = self->weekday,
    .from = self->from,
    .to = self->to,
  };

  hustings_id_list_replace (&self->list, hustings_volunteer_store_list_ids (self->file, &filter),
                            refresh);
}

/* Volunteers came, went or changed; a contact's name (the order), email or phone changed. */
static void
volunteers_changed_cb (HustingsVolunteerList *self)
{
  update (self, TRUE);
}

/* Hours worked changed: the same volunteers, re-read. */
static void
events_changed_cb (HustingsVolunteerList *self)
{
  hustings_id_list_refresh (&self->list);
}

static GType
get_item_type (GListModel *model)
{
  return HUSTINGS_TYPE_VOLUNTEER;
}

static guint
get_n_items (GListModel *model)
{
  return hustings_id_list_get_n_items (&HUSTINGS_VOLUNTEER_LIST (model)->list);
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  return hustings_id_list_get_item (&HUSTINGS_VOLUNTEER_LIST (model)->list, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
hustings_volunteer_list_finalize (GObject *object)
{
  HustingsVolunteerList *self = (HustingsVolunteerList *) object;

  hustings_id_list_clear (&self->list);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->skills, g_strfreev);
  g_clear_pointer (&self->from, g_free);
  g_clear_pointer (&self->to, g_free);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (hustings_volunteer_list_parent_class)->finalize (object);
}

static void
hustings_volunteer_list_class_init (HustingsVolunteerListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hustings_volunteer_list_finalize;
}

static void
hustings_volunteer_list_init (HustingsVolunteerList *self)
{
  hustings_id_list_init (&self->list, G_LIST_MODEL (self), fetch, signature);
}

HustingsVolunteerList *
hustings_volunteer_list_new (HustingsCommitteeFile *file)
{
  HustingsVolunteerList *self;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  self = g_object_new (HUSTINGS_TYPE_VOLUNTEER_LIST, NULL);
  self->file = g_object_ref (file);
  g_signal_connect_object (file, "volunteers-changed", G_CALLBACK (volunteers_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (file, "contacts-changed", G_CALLBACK (volunteers_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (file, "events-changed", G_CALLBACK (events_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update (self, FALSE);
  return self;
}

/* NULL for NULL or "" (after trimming). */
static char *
dup_optional (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  return *trimmed != '\0' ? g_steal_pointer (&trimmed) : NULL;
}

void
hustings_volunteer_list_set_search (HustingsVolunteerList *self,
                                    const char            *search)
{
  g_autofree char *text = dup_optional (search);

  g_return_if_fail (HUSTINGS_IS_VOLUNTEER_LIST (self));

  if (g_strcmp0 (self->search, text) == 0)
    return;
  g_free (self->search);
  self->search = g_steal_pointer (&text);
  update (self, FALSE);
}

void
hustings_volunteer_list_set_skills (HustingsVolunteerList *self,
                                    const char * const    *skills)
{
  gboolean none = skills == NULL || skills[0] == NULL;

  g_return_if_fail (HUSTINGS_IS_VOLUNTEER_LIST (self));

  if (self->skills == NULL ? none
                           : !none && g_strv_equal ((const char * const *) self->skills, skills))
    return;
  g_strfreev (self->skills);
  self->skills = none ? NULL : g_strdupv ((char **) skills);
  update (self, FALSE);
}

void
hustings_volunteer_list_set_statuses (HustingsVolunteerList *self,
                                      guint                  statuses)
{
  g_return_if_fail (HUSTINGS_IS_VOLUNTEER_LIST (self));

  if (self->statuses == statuses)
    return;
  self->statuses = statuses;
  update (self, FALSE);
}

void
hustings_volunteer_list_set_available (HustingsVolunteerList *self,
                                       guint                  weekday,
                                       const char            *from,
                                       const char            *to)
{
  g_autofree char *new_from = dup_optional (from);
  g_autofree char *new_to = dup_optional (to);

  g_return_if_fail (HUSTINGS_IS_VOLUNTEER_LIST (self));
  g_return_if_fail (weekday <= 7);

  if (self->weekday == weekday && g_strcmp0 (self->from, new_from) == 0 &&
      g_strcmp0 (self->to, new_to) == 0)
    return;
  self->weekday = weekday;
  g_free (self->from);
  g_free (self->to);
  self->from = g_steal_pointer (&new_from);
  self->to = g_steal_pointer (&new_to);
  update (self, FALSE);
}

gint64
hustings_volunteer_list_get_id (HustingsVolunteerList *self,
                                guint                  position)
{
  g_return_val_if_fail (HUSTINGS_IS_VOLUNTEER_LIST (self), 0);
  g_return_val_if_fail (position < self->list.ids->len, 0);
  return g_array_index (self->list.ids, gint64, position);
}

guint
hustings_volunteer_list_find (HustingsVolunteerList *self,
                              gint64                 contact_id)
{
  g_return_val_if_fail (HUSTINGS_IS_VOLUNTEER_LIST (self), G_MAXUINT);
  return hustings_id_list_find (&self->list, contact_id);
}
