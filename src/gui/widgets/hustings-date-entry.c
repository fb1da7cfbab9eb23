/* hustings-date-entry.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-date-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-core.h"

#include "hustings-date-entry.h"

struct _HustingsDateEntry
{
  GtkWidget    parent_instance;

  /* template widgets */
  GtkEntry    *entry;
  GtkPopover  *popover;
  GtkCalendar *calendar;

  /* owned */
  char        *date;

  gboolean     syncing_calendar;
};

G_DEFINE_FINAL_TYPE (HustingsDateEntry, hustings_date_entry, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATE,
  PROP_PLACEHOLDER_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_error (HustingsDateEntry *self,
           const char        *message)
{
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->entry), message);
}

static GDateTime *
date_time_from_iso (const char *date)
{
  int year, month, day;

  if (date == NULL || sscanf (date, "%d-%d-%d", &year, &month, &day) != 3)
    return g_date_time_new_now_local ();

  return g_date_time_new_local (year, month, day, 0, 0, 0);
}

static void
entry_activate_cb (HustingsDateEntry *self)
{
  hustings_date_entry_commit (self, NULL);
}

static void
focus_leave_cb (HustingsDateEntry *self)
{
  hustings_date_entry_commit (self, NULL);
}

static void
entry_icon_release_cb (HustingsDateEntry    *self,
                       GtkEntryIconPosition  position)
{
  g_autoptr(GDateTime) shown = NULL;
  GdkRectangle area;

  if (position != GTK_ENTRY_ICON_SECONDARY)
    return;

  hustings_date_entry_commit (self, NULL);
  shown = date_time_from_iso (self->date);
  self->syncing_calendar = TRUE;
  gtk_calendar_select_day (self->calendar, shown);
  self->syncing_calendar = FALSE;

  gtk_entry_get_icon_area (self->entry, GTK_ENTRY_ICON_SECONDARY, &area);
  gtk_popover_set_pointing_to (self->popover, &area);
  gtk_popover_popup (self->popover);
}

static void
calendar_day_selected_cb (HustingsDateEntry *self)
{
  g_autoptr(GDateTime) picked = NULL;
  g_autofree char *date = NULL;

  if (self->syncing_calendar)
    return;

  picked = gtk_calendar_get_date (self->calendar);
  date = g_date_time_format (picked, "%Y-%m-%d");
  hustings_date_entry_set_date (self, date);
  gtk_popover_popdown (self->popover);
}

static void
hustings_date_entry_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  HustingsDateEntry *self = HUSTINGS_DATE_ENTRY (widget);

  gtk_widget_measure (GTK_WIDGET (self->entry), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
hustings_date_entry_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  HustingsDateEntry *self = HUSTINGS_DATE_ENTRY (widget);

  gtk_widget_allocate (GTK_WIDGET (self->entry), width, height, baseline, NULL);
  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    gtk_popover_present (self->popover);
}

static gboolean
hustings_date_entry_grab_focus (GtkWidget *widget)
{
  HustingsDateEntry *self = HUSTINGS_DATE_ENTRY (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

static void
hustings_date_entry_dispose (GObject *object)
{
  HustingsDateEntry *self = HUSTINGS_DATE_ENTRY (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_DATE_ENTRY);

  G_OBJECT_CLASS (hustings_date_entry_parent_class)->dispose (object);
}

static void
hustings_date_entry_finalize (GObject *object)
{
  HustingsDateEntry *self = HUSTINGS_DATE_ENTRY (object);

  g_free (self->date);

  G_OBJECT_CLASS (hustings_date_entry_parent_class)->finalize (object);
}

static void
hustings_date_entry_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HustingsDateEntry *self = HUSTINGS_DATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_PLACEHOLDER_TEXT:
      g_value_set_string (value, gtk_entry_get_placeholder_text (self->entry));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_date_entry_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HustingsDateEntry *self = HUSTINGS_DATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      hustings_date_entry_set_date (self, g_value_get_string (value));
      break;

    case PROP_PLACEHOLDER_TEXT:
      gtk_entry_set_placeholder_text (self->entry, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_date_entry_class_init (HustingsDateEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_date_entry_dispose;
  object_class->finalize = hustings_date_entry_finalize;
  object_class->get_property = hustings_date_entry_get_property;
  object_class->set_property = hustings_date_entry_set_property;

  widget_class->measure = hustings_date_entry_measure;
  widget_class->size_allocate = hustings_date_entry_size_allocate;
  widget_class->grab_focus = hustings_date_entry_grab_focus;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLACEHOLDER_TEXT] =
    g_param_spec_string ("placeholder-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-date-entry.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsDateEntry, entry);
  gtk_widget_class_bind_template_child (widget_class, HustingsDateEntry, popover);
  gtk_widget_class_bind_template_child (widget_class, HustingsDateEntry, calendar);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_icon_release_cb);
  gtk_widget_class_bind_template_callback (widget_class, focus_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected_cb);
}

static void
hustings_date_entry_init (HustingsDateEntry *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hustings_date_entry_new (void)
{
  return g_object_new (HUSTINGS_TYPE_DATE_ENTRY, NULL);
}

const char *
hustings_date_entry_get_date (HustingsDateEntry *self)
{
  g_return_val_if_fail (HUSTINGS_IS_DATE_ENTRY (self), NULL);

  return self->date;
}

void
hustings_date_entry_set_date (HustingsDateEntry *self,
                              const char        *date)
{
  g_return_if_fail (HUSTINGS_IS_DATE_ENTRY (self));

  if (date != NULL && *date == '\0')
    date = NULL;

  set_error (self, NULL);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->entry)), date ? date : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->entry), date ? date : "");

  if (g_strcmp0 (self->date, date) != 0)
    {
      g_free (self->date);
      self->date = g_strdup (date);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
    }
}

gboolean
hustings_date_entry_commit (HustingsDateEntry *self,
                            GError           **error)
{
  g_autofree char *text = NULL;
  g_autofree char *date = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (HUSTINGS_IS_DATE_ENTRY (self), FALSE);

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
  if (*text == '\0')
    {
      hustings_date_entry_set_date (self, NULL);
      return TRUE;
    }

  date = hustings_date_normalize (text, &local_error);
  if (date == NULL)
    {
      set_error (self, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  hustings_date_entry_set_date (self, date);
  return TRUE;
}
