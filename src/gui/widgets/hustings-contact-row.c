/* hustings-contact-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-contact-row"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-contact-row.h"

/* Suggestions shown under the row. */
#define MAX_SUGGESTIONS 8

struct _HustingsContactRow
{
  AdwEntryRow            parent_instance;

  /* children */
  GtkPopover            *popover;
  GtkListBox            *list;

  /* owned */
  HustingsCommitteeFile *file;
  HustingsContact       *contact;

  gboolean               setting_text;
};

G_DEFINE_FINAL_TYPE (HustingsContactRow, hustings_contact_row, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_CONTACT,
  N_PROPS
};

enum {
  CONTACT_CHOSEN,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GtkWidget *
suggestion_row_new (HustingsContact *contact)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (hustings_contact_get_display_name (contact));
  g_autofree char *place = NULL;
  GtkWidget *detail;

  g_object_get (contact, "city-state", &place, NULL);
  detail = gtk_label_new (place);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_set_visible (detail, place != NULL && *place != '\0');

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "hustings-contact", g_object_ref (contact),
                          g_object_unref);

  return row;
}

static void
clear_suggestions (HustingsContactRow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
}

static void
changed_cb (HustingsContactRow *self)
{
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) matches = NULL;

  if (self->setting_text || self->file == NULL)
    return;

  /* Typing again un-chooses the contact. */
  if (self->contact != NULL)
    {
      g_clear_object (&self->contact);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT]);
    }

  clear_suggestions (self);
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));
  if (*text == '\0')
    {
      gtk_popover_popdown (self->popover);
      return;
    }

  matches = hustings_contact_store_complete (self->file, text, MAX_SUGGESTIONS);
  for (guint i = 0; i < matches->len; i++)
    gtk_list_box_append (self->list, suggestion_row_new (g_ptr_array_index (matches, i)));
  if (matches->len == 0)
    {
      gtk_popover_popdown (self->popover);
      return;
    }

  gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, 0));
  gtk_popover_popup (self->popover);
}

static void
row_activated_cb (HustingsContactRow *self,
                  GtkListBoxRow      *row)
{
  hustings_contact_row_set_contact (self, g_object_get_data (G_OBJECT (row), "hustings-contact"));
  g_signal_emit (self, signals[CONTACT_CHOSEN], 0);
}

static gboolean
key_pressed_cb (HustingsContactRow *self,
                guint               keyval,
                guint               keycode,
                GdkModifierType     state)
{
  GtkListBoxRow *selected;
  int index;

  if (!gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    return GDK_EVENT_PROPAGATE;

  selected = gtk_list_box_get_selected_row (self->list);
  index = selected ? gtk_list_box_row_get_index (selected) : -1;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      {
        int step = (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up) ? -1 : 1;
        GtkListBoxRow *next = gtk_list_box_get_row_at_index (self->list, index + step);

        if (next != NULL)
          gtk_list_box_select_row (self->list, next);
        return GDK_EVENT_STOP;
      }

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      if (selected != NULL)
        row_activated_cb (self, selected);
      return GDK_EVENT_STOP;

    case GDK_KEY_Escape:
      gtk_popover_popdown (self->popover);
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static void
hustings_contact_row_dispose (GObject *object)
{
  HustingsContactRow *self = HUSTINGS_CONTACT_ROW (object);

  /* Without a file, late "changed" signals while the row goes away suggest nothing. */
  g_clear_object (&self->file);
  if (self->popover != NULL)
    gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->popover)));
  g_clear_object (&self->contact);

  G_OBJECT_CLASS (hustings_contact_row_parent_class)->dispose (object);
}

static void
hustings_contact_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HustingsContactRow *self = HUSTINGS_CONTACT_ROW (object);

  switch (prop_id)
    {
    case PROP_CONTACT:
      g_value_set_object (value, self->contact);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_contact_row_class_init (HustingsContactRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hustings_contact_row_dispose;
  object_class->get_property = hustings_contact_row_get_property;

  properties[PROP_CONTACT] =
    g_param_spec_object ("contact", NULL, NULL, HUSTINGS_TYPE_CONTACT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CONTACT_CHOSEN] = g_signal_new ("contact-chosen", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
}

static void
hustings_contact_row_init (HustingsContactRow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_BROWSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Matching contacts"), -1);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (row_activated_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_widget_set_size_request (scrolled, 300, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));

  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_autohide (self->popover, FALSE);
  gtk_popover_set_has_arrow (self->popover, FALSE);
  gtk_popover_set_position (self->popover, GTK_POS_BOTTOM);
  gtk_widget_set_halign (GTK_WIDGET (self->popover), GTK_ALIGN_START);
  gtk_popover_set_child (self->popover, scrolled);
  gtk_widget_set_parent (GTK_WIDGET (self->popover), GTK_WIDGET (self));

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect (self, "changed", G_CALLBACK (changed_cb), NULL);
}

void
hustings_contact_row_set_file (HustingsContactRow    *self,
                               HustingsCommitteeFile *file)
{
  g_return_if_fail (HUSTINGS_IS_CONTACT_ROW (self));
  g_return_if_fail (file == NULL || HUSTINGS_IS_COMMITTEE_FILE (file));

  g_set_object (&self->file, file);
}

HustingsContact *
hustings_contact_row_get_contact (HustingsContactRow *self)
{
  g_return_val_if_fail (HUSTINGS_IS_CONTACT_ROW (self), NULL);

  return self->contact;
}

void
hustings_contact_row_set_contact (HustingsContactRow *self,
                                  HustingsContact    *contact)
{
  g_return_if_fail (HUSTINGS_IS_CONTACT_ROW (self));
  g_return_if_fail (contact == NULL || HUSTINGS_IS_CONTACT (contact));

  if (g_set_object (&self->contact, contact))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT]);

  self->setting_text = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self),
                         contact ? hustings_contact_get_display_name (contact) : "");
  gtk_editable_set_position (GTK_EDITABLE (self), -1);
  self->setting_text = FALSE;
  if (self->popover != NULL)
    gtk_popover_popdown (self->popover);
}
