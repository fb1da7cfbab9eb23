/* hustings-volunteers-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-volunteers-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-column-view.h"
#include "hustings-event-dialog.h"
#include "hustings-event-page.h"
#include "hustings-volunteer-editor.h"
#include "hustings-window.h"

#include "hustings-volunteers-page.h"

struct _HustingsVolunteersPage
{
  AdwBin                 parent_instance;

  /* template widgets */
  AdwLeaflet            *leaflet;
  GtkStack              *lists_stack;
  GtkSearchEntry        *search_entry;
  GtkMenuButton         *skills_button;
  GtkBox                *skills_box;
  GtkDropDown           *weekday_dropdown;
  GtkEntry              *time_entry;
  GtkStack              *volunteers_stack;
  GtkColumnView         *volunteers_view;
  GtkColumnViewColumn   *name_column;
  GtkColumnViewColumn   *status_column;
  GtkColumnViewColumn   *skills_column;
  GtkColumnViewColumn   *availability_column;
  GtkColumnViewColumn   *hours_column;
  GtkColumnViewColumn   *shifts_column;
  GtkSwitch             *past_switch;
  GtkLabel              *events_summary;
  GtkStack              *events_stack;
  GtkColumnView         *events_view;
  GtkColumnViewColumn   *date_column;
  GtkColumnViewColumn   *event_column;
  GtkColumnViewColumn   *kind_column;
  GtkColumnViewColumn   *place_column;
  GtkColumnViewColumn   *rsvp_column;
  GtkColumnViewColumn   *open_column;
  GtkColumnViewColumn   *revenue_column;
  AdwStatusPage         *events_empty;
  HustingsEventPage     *event_page;

  /* owned */
  HustingsCommitteeFile *file;
  HustingsVolunteerList *volunteers;
  HustingsEventList     *events;
  GPtrArray             *skills;        /* char*: the skills the filter asks for */
};

G_DEFINE_FINAL_TYPE (HustingsVolunteersPage, hustings_volunteers_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Cells whose text is worked out from the item, not one of its properties. */
typedef char *(*CellTextFunc) (gpointer item);

static void
computed_setup_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item)
{
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), 1.0);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell),
                                 GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory),
                                                                     "nat-chars")));
  gtk_widget_add_css_class (cell, "numeric");
  gtk_list_item_set_child (list_item, cell);
}

static void
computed_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  CellTextFunc              func)
{
  g_autofree char *text = func (gtk_list_item_get_item (list_item));

  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (list_item)), text);
}

static void
set_computed_cells (GtkColumnViewColumn *column,
                    CellTextFunc         func,
                    int                  nat_chars)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_object_set_data (G_OBJECT (factory), "nat-chars", GINT_TO_POINTER (nat_chars));
  g_signal_connect (factory, "setup", G_CALLBACK (computed_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (computed_bind_cb), func);
  gtk_column_view_column_set_factory (column, factory);
}

static char *
shifts_text (gpointer item)
{
  return g_strdup_printf ("%u", hustings_volunteer_get_shifts (item));
}

static char *
rsvp_text (gpointer item)
{
  const HustingsEventSummary *summary = hustings_event_get_summary (item);
  guint capacity = hustings_event_get_capacity (item);

  if (capacity == 0)
    return g_strdup_printf ("%u", summary->yes);
  /* Translators: people coming of how many the event holds, "42 / 60" */
  return g_strdup_printf (_("%u / %u"), summary->yes, capacity);
}

static char *
open_text (gpointer item)
{
  const HustingsEventSummary *summary = hustings_event_get_summary (item);

  return summary->slots == 0 ? g_strdup ("—") : g_strdup_printf ("%u", summary->open_slots);
}

static char *
revenue_text (gpointer item)
{
  g_autofree char *revenue =
    hustings_money_format (hustings_event_get_summary (item)->revenue);
  g_autofree char *goal = NULL;

  if (hustings_event_get_goal (item) == 0)
    return g_steal_pointer (&revenue);
  goal = hustings_money_format (hustings_event_get_goal (item));
  /* Translators: raised of the goal, "$1,250.00 of $5,000.00" */
  return g_strdup_printf (_("%s of %s"), revenue, goal);
}

static HustingsWindow *
window_of (HustingsVolunteersPage *self)
{
  return HUSTINGS_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static void
volunteers_changed_cb (HustingsVolunteersPage *self)
{
  guint n = self->volunteers ? g_list_model_get_n_items (G_LIST_MODEL (self->volunteers)) : 0;
  gboolean narrowed = *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0'
                      || self->skills->len > 0
                      || gtk_drop_down_get_selected (self->weekday_dropdown) > 0;

  gtk_stack_set_visible_child_name (self->volunteers_stack,
                                    n > 0 ? "list" : narrowed ? "no-results" : "empty");
}

static void
events_changed_cb (HustingsVolunteersPage *self)
{
  guint n = self->events ? g_list_model_get_n_items (G_LIST_MODEL (self->events)) : 0;
  gboolean past = gtk_switch_get_active (self->past_switch);
  g_autofree char *summary = NULL;

  gtk_stack_set_visible_child_name (self->events_stack, n > 0 ? "list" : "empty");
  adw_status_page_set_title (self->events_empty, past ? _("No Events Yet")
                                                      : _("No Upcoming Events"));
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", n), n);
  gtk_label_set_text (self->events_summary, n > 0 ? summary : "");
}

static void
search_changed_cb (HustingsVolunteersPage *self)
{
  if (self->volunteers == NULL)
    return;
  hustings_volunteer_list_set_search (self->volunteers,
                                      gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  volunteers_changed_cb (self);
}

static void
stop_search_cb (HustingsVolunteersPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
apply_skills (HustingsVolunteersPage *self)
{
  g_autofree char *label = NULL;

  if (self->volunteers != NULL)
    {
      g_ptr_array_add (self->skills, NULL);
      hustings_volunteer_list_set_skills (self->volunteers,
                                          (const char * const *) self->skills->pdata);
      g_ptr_array_set_size (self->skills, self->skills->len - 1);
    }
  /* Translators: the skills filter's button when some are chosen, "Skills (2)" */
  label = self->skills->len > 0 ? g_strdup_printf (_("_Skills (%u)"), self->skills->len)
                                : g_strdup (_("_Skills"));
  gtk_menu_button_set_label (self->skills_button, label);
  volunteers_changed_cb (self);
}

static gboolean
skill_index (HustingsVolunteersPage *self,
             const char             *skill,
             guint                  *out_index)
{
  for (guint i = 0; i < self->skills->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (self->skills, i), skill) == 0)
      {
        *out_index = i;
        return TRUE;
      }
  return FALSE;
}

static void
skill_toggled_cb (GtkCheckButton         *check,
                  HustingsVolunteersPage *self)
{
  const char *skill = gtk_check_button_get_label (check);
  guint index;

  if (gtk_check_button_get_active (check))
    {
      if (!skill_index (self, skill, &index))
        g_ptr_array_add (self->skills, g_strdup (skill));
    }
  else if (skill_index (self, skill, &index))
    g_ptr_array_remove_index (self->skills, index);
  apply_skills (self);
}

static int
compare_skills (gconstpointer a,
                gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

/* The filter offers the skills volunteers have and the common ones, each once. */
static void
fill_skills (HustingsVolunteersPage *self)
{
  g_auto(GStrv) in_use = self->file ? hustings_volunteer_store_list_skills (self->file) : NULL;
  const char * const *common = hustings_volunteer_common_skills ();
  g_autoptr(GPtrArray) offered = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->skills_box))) != NULL)
    gtk_box_remove (self->skills_box, child);

  for (guint pass = 0; pass < 2; pass++)
    {
      const char * const *skills = pass == 0 ? (const char * const *) in_use : common;

      for (guint i = 0; skills != NULL && skills[i] != NULL; i++)
        {
          char *key = g_utf8_casefold (skills[i], -1);

          if (g_hash_table_add (seen, key))
            g_ptr_array_add (offered, (gpointer) skills[i]);
        }
    }
  g_ptr_array_sort (offered, compare_skills);

  for (guint i = 0; i < offered->len; i++)
    {
      const char *skill = g_ptr_array_index (offered, i);
      GtkWidget *check = gtk_check_button_new_with_label (skill);
      guint index;

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), skill_index (self, skill, &index));
      g_signal_connect_object (check, "toggled", G_CALLBACK (skill_toggled_cb), self, 0);
      gtk_box_append (self->skills_box, check);
    }
}

static void
availability_changed_cb (HustingsVolunteersPage *self)
{
  guint weekday = gtk_drop_down_get_selected (self->weekday_dropdown);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->time_entry));
  g_autofree char *time = NULL;

  if (weekday == GTK_INVALID_LIST_POSITION)
    weekday = 0;
  gtk_widget_set_sensitive (GTK_WIDGET (self->time_entry), weekday > 0);
  if (weekday > 0 && *text != '\0')
    {
      g_autoptr(GError) error = NULL;

      time = hustings_time_normalize (text, &error);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->time_entry),
                                   time ? _("Free at This Time (“6pm”, “18:00”)")
                                        : error->message);
      if (time == NULL)
        {
          gtk_widget_add_css_class (GTK_WIDGET (self->time_entry), "error");
          return;
        }
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->time_entry), "error");
  if (self->volunteers == NULL)
    return;
  hustings_volunteer_list_set_available (self->volunteers, weekday, time, NULL);
  volunteers_changed_cb (self);
}

static void
past_changed_cb (HustingsVolunteersPage *self)
{
  if (self->events == NULL)
    return;
  hustings_event_list_set_include_past (self->events, gtk_switch_get_active (self->past_switch));
  events_changed_cb (self);
}

static void
volunteer_activate_cb (HustingsVolunteersPage *self,
                       guint                   position)
{
  g_autoptr(GError) error = NULL;
  HustingsVolunteerEditor *editor;

  if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->volunteers)))
    return;
  editor = hustings_volunteer_editor_new_edit (GTK_WINDOW (window_of (self)), self->file,
                                               hustings_volunteer_list_get_id (self->volunteers,
                                                                               position),
                                               &error);
  if (editor == NULL)
    {
      hustings_window_show_toast (window_of (self), error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (editor));
}

static void
show_event (HustingsVolunteersPage *self,
            gint64                  event_id)
{
  g_autoptr(GError) error = NULL;

  if (!hustings_event_page_show_event (self->event_page, event_id, &error))
    {
      hustings_window_show_toast (window_of (self), error->message);
      return;
    }
  adw_leaflet_set_visible_child_name (self->leaflet, "event");
}

static void
event_activate_cb (HustingsVolunteersPage *self,
                   guint                   position)
{
  if (position < g_list_model_get_n_items (G_LIST_MODEL (self->events)))
    show_event (self, hustings_event_list_get_id (self->events, position));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HustingsVolunteersPage *self = HUSTINGS_VOLUNTEERS_PAGE (widget);

  if (self->file != NULL)
    gtk_window_present (GTK_WINDOW (hustings_volunteer_editor_new (GTK_WINDOW (window_of (self)),
                                                                   self->file)));
}

static void
event_added_cb (HustingsVolunteersPage *self,
                gint64                  event_id)
{
  gtk_stack_set_visible_child_name (self->lists_stack, "events");
  show_event (self, event_id);
}

static void
new_event_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HustingsVolunteersPage *self = HUSTINGS_VOLUNTEERS_PAGE (widget);
  HustingsEventDialog *dialog;

  if (self->file == NULL)
    return;
  dialog = hustings_event_dialog_new (GTK_WINDOW (window_of (self)), self->file);
  g_signal_connect_object (dialog, "added", G_CALLBACK (event_added_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_event_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  show_event (HUSTINGS_VOLUNTEERS_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HustingsVolunteersPage *self = HUSTINGS_VOLUNTEERS_PAGE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "main");
}

static void
hustings_volunteers_page_dispose (GObject *object)
{
  HustingsVolunteersPage *self = HUSTINGS_VOLUNTEERS_PAGE (object);

  hustings_volunteers_page_set_file (self, NULL);
  /* The template's root is the bin's child: the bin lets go of it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_VOLUNTEERS_PAGE);
  g_clear_pointer (&self->skills, g_ptr_array_unref);

  G_OBJECT_CLASS (hustings_volunteers_page_parent_class)->dispose (object);
}

static void
hustings_volunteers_page_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  HustingsVolunteersPage *self = HUSTINGS_VOLUNTEERS_PAGE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_volunteers_page_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  HustingsVolunteersPage *self = HUSTINGS_VOLUNTEERS_PAGE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      hustings_volunteers_page_set_file (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define BIND(name) \
  gtk_widget_class_bind_template_child (widget_class, HustingsVolunteersPage, name)

static void
hustings_volunteers_page_class_init (HustingsVolunteersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_volunteers_page_dispose;
  object_class->get_property = hustings_volunteers_page_get_property;
  object_class->set_property = hustings_volunteers_page_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, HUSTINGS_TYPE_COMMITTEE_FILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HUSTINGS_TYPE_EVENT_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-volunteers-page.ui");
  BIND (leaflet);
  BIND (lists_stack);
  BIND (search_entry);
  BIND (skills_button);
  BIND (skills_box);
  BIND (weekday_dropdown);
  BIND (time_entry);
  BIND (volunteers_stack);
  BIND (volunteers_view);
  BIND (name_column);
  BIND (status_column);
  BIND (skills_column);
  BIND (availability_column);
  BIND (hours_column);
  BIND (shifts_column);
  BIND (past_switch);
  BIND (events_summary);
  BIND (events_stack);
  BIND (events_view);
  BIND (date_column);
  BIND (event_column);
  BIND (kind_column);
  BIND (place_column);
  BIND (rsvp_column);
  BIND (open_column);
  BIND (revenue_column);
  BIND (events_empty);
  BIND (event_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, availability_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, past_changed_cb);

  gtk_widget_class_install_action (widget_class, "volunteers.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "volunteers.new-event", NULL, new_event_action);
  gtk_widget_class_install_action (widget_class, "volunteers.open-event", "x",
                                   open_event_action);
  gtk_widget_class_install_action (widget_class, "volunteers.back", NULL, back_action);
}

#undef BIND

static void
hustings_volunteers_page_init (HustingsVolunteersPage *self)
{
  g_autoptr(GtkStringList) days = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->skills = g_ptr_array_new_with_free_func (g_free);

  gtk_string_list_append (days, _("Any Day"));
  for (guint day = 1; day <= 7; day++)
    gtk_string_list_append (days, hustings_weekday_name (day));
  gtk_drop_down_set_model (self->weekday_dropdown, G_LIST_MODEL (days));

  hustings_column_view_set_text_cells (self->name_column, "name", 22, FALSE);
  hustings_column_view_set_text_cells (self->status_column, "status-text", 9, FALSE);
  hustings_column_view_set_text_cells (self->skills_column, "skills-text", 24, FALSE);
  hustings_column_view_set_text_cells (self->availability_column, "availability-text", 28,
                                       FALSE);
  hustings_column_view_set_text_cells (self->hours_column, "hours-text", 6, TRUE);
  set_computed_cells (self->shifts_column, shifts_text, 6);
  hustings_column_view_set_text_cells (self->date_column, "date-text", 12, FALSE);
  hustings_column_view_set_text_cells (self->event_column, "name", 24, FALSE);
  hustings_column_view_set_text_cells (self->kind_column, "kind-text", 11, FALSE);
  hustings_column_view_set_text_cells (self->place_column, "place", 20, FALSE);
  set_computed_cells (self->rsvp_column, rsvp_text, 9);
  set_computed_cells (self->open_column, open_text, 6);
  set_computed_cells (self->revenue_column, revenue_text, 26);

  g_signal_connect_object (self->volunteers_view, "activate",
                           G_CALLBACK (volunteer_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->events_view, "activate", G_CALLBACK (event_activate_cb), self,
                           G_CONNECT_SWAPPED);
  volunteers_changed_cb (self);
  events_changed_cb (self);
}

void
hustings_volunteers_page_set_file (HustingsVolunteersPage *self,
                                   HustingsCommitteeFile  *file)
{
  g_return_if_fail (HUSTINGS_IS_VOLUNTEERS_PAGE (self));
  g_return_if_fail (file == NULL || HUSTINGS_IS_COMMITTEE_FILE (file));

  if (self->file == file)
    return;

  if (self->file != NULL)
    g_signal_handlers_disconnect_by_data (self->file, self);
  if (self->volunteers != NULL)
    g_signal_handlers_disconnect_by_data (self->volunteers, self);
  if (self->events != NULL)
    g_signal_handlers_disconnect_by_data (self->events, self);
  gtk_column_view_set_model (self->volunteers_view, NULL);
  gtk_column_view_set_model (self->events_view, NULL);
  g_clear_object (&self->volunteers);
  g_clear_object (&self->events);
  g_set_object (&self->file, file);
  hustings_event_page_set_file (self->event_page, file);
  adw_leaflet_set_visible_child_name (self->leaflet, "main");

  /* Another file: its own search and filters. */
  g_ptr_array_set_size (self->skills, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->time_entry), "");
  gtk_drop_down_set_selected (self->weekday_dropdown, 0);
  gtk_switch_set_active (self->past_switch, FALSE);

  if (file != NULL)
    {
      g_autoptr(GtkNoSelection) volunteers = NULL;
      g_autoptr(GtkNoSelection) events = NULL;

      self->volunteers = hustings_volunteer_list_new (file);
      self->events = hustings_event_list_new (file);
      g_signal_connect_object (self->volunteers, "items-changed",
                               G_CALLBACK (volunteers_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->events, "items-changed", G_CALLBACK (events_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (file, "volunteers-changed", G_CALLBACK (fill_skills), self,
                               G_CONNECT_SWAPPED);
      volunteers = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->volunteers)));
      events = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->events)));
      gtk_column_view_set_model (self->volunteers_view, GTK_SELECTION_MODEL (volunteers));
      gtk_column_view_set_model (self->events_view, GTK_SELECTION_MODEL (events));
    }

  /* A read-only file can be looked through, not changed. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "volunteers.add",
                                 file != NULL && !hustings_committee_file_is_read_only (file));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "volunteers.new-event",
                                 file != NULL && !hustings_committee_file_is_read_only (file));
  fill_skills (self);
  apply_skills (self);
  events_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

void
hustings_volunteers_page_focus_search (HustingsVolunteersPage *self)
{
  g_return_if_fail (HUSTINGS_IS_VOLUNTEERS_PAGE (self));

  adw_leaflet_set_visible_child_name (self->leaflet, "main");
  gtk_stack_set_visible_child_name (self->lists_stack, "volunteers");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
