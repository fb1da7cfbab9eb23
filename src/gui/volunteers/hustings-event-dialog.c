/* hustings-event-dialog.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-event-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "widgets/hustings-date-entry.h"

#include "hustings-event-dialog.h"

struct _HustingsEventDialog
{
  AdwWindow              parent_instance;

  /* template widgets */
  AdwWindowTitle        *window_title;
  GtkButton             *save_button;
  AdwPreferencesGroup   *error_group;
  GtkLabel              *error_label;
  AdwEntryRow           *name_row;
  AdwComboRow           *kind_row;
  HustingsDateEntry     *date_entry;
  AdwEntryRow           *starts_row;
  AdwEntryRow           *ends_row;
  AdwEntryRow           *place_row;
  AdwEntryRow           *address_row;
  GtkSpinButton         *capacity_spin;
  AdwEntryRow           *goal_row;
  AdwEntryRow           *notes_row;

  /* owned */
  HustingsCommitteeFile *file;
  HustingsEvent         *event;  /* the one edited, NULL for a new one */
};

G_DEFINE_FINAL_TYPE (HustingsEventDialog, hustings_event_dialog, ADW_TYPE_WINDOW)

enum {
  ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (HustingsEventDialog *self,
            const char          *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_group), message != NULL);
}

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* A time typed in row as HH:MM ("" when empty); NULL + error naming what when it does not
 * read. */
static char *
read_time (AdwEntryRow  *row,
           const char   *what,
           GError      **error)
{
  g_autofree char *text = g_strstrip (g_strdup (text_of (row)));
  char *time;

  if (*text == '\0')
    return g_strdup ("");
  if ((time = hustings_time_normalize (text, error)) == NULL)
    g_prefix_error (error, "%s: ", what);
  return time;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HustingsEventDialog *self = HUSTINGS_EVENT_DIALOG (widget);
  g_autoptr(HustingsEvent) event = self->event ? hustings_event_copy (self->event)
                                               : hustings_event_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *starts = NULL;
  g_autofree char *ends = NULL;
  gint64 goal = 0;

  if (!hustings_date_entry_commit (self->date_entry, &error)
      || (starts = read_time (self->starts_row, _("Start"), &error)) == NULL
      || (ends = read_time (self->ends_row, _("End"), &error)) == NULL
      || (*text_of (self->goal_row) != '\0'
          && !hustings_money_parse (text_of (self->goal_row), &goal, &error)))
    {
      show_error (self, error->message);
      return;
    }

  hustings_event_set_name (event, text_of (self->name_row));
  hustings_event_set_kind (event, adw_combo_row_get_selected (self->kind_row));
  hustings_event_set_date (event, hustings_date_entry_get_date (self->date_entry));
  hustings_event_set_starts (event, starts);
  hustings_event_set_ends (event, ends);
  hustings_event_set_place (event, text_of (self->place_row));
  hustings_event_set_address (event, text_of (self->address_row));
  hustings_event_set_capacity (event, gtk_spin_button_get_value_as_int (self->capacity_spin));
  hustings_event_set_goal (event, goal);
  hustings_event_set_notes (event, text_of (self->notes_row));

  if (self->event != NULL ? !hustings_event_store_update (self->file, event, &error)
                          : !hustings_event_store_add (self->file, event, &error))
    {
      show_error (self, error->message);
      return;
    }
  if (self->event == NULL)
    g_signal_emit (self, signals[ADDED], 0, hustings_event_get_id (event));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
hustings_event_dialog_dispose (GObject *object)
{
  HustingsEventDialog *self = HUSTINGS_EVENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_EVENT_DIALOG);
  g_clear_object (&self->file);
  g_clear_object (&self->event);

  G_OBJECT_CLASS (hustings_event_dialog_parent_class)->dispose (object);
}

#define BIND(name) \
  gtk_widget_class_bind_template_child (widget_class, HustingsEventDialog, name)

static void
hustings_event_dialog_class_init (HustingsEventDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_event_dialog_dispose;

  signals[ADDED] = g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (HUSTINGS_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-event-dialog.ui");
  BIND (window_title);
  BIND (save_button);
  BIND (error_group);
  BIND (error_label);
  BIND (name_row);
  BIND (kind_row);
  BIND (date_entry);
  BIND (starts_row);
  BIND (ends_row);
  BIND (place_row);
  BIND (address_row);
  BIND (capacity_spin);
  BIND (goal_row);
  BIND (notes_row);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

#undef BIND

static void
hustings_event_dialog_init (HustingsEventDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < HUSTINGS_N_EVENT_KINDS; i++)
    gtk_string_list_append (kinds, hustings_event_kind_describe (i));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
}

static HustingsEventDialog *
dialog_new (GtkWindow             *parent,
            HustingsCommitteeFile *file,
            HustingsEvent         *event)
{
  HustingsEventDialog *self = g_object_new (HUSTINGS_TYPE_EVENT_DIALOG,
                                            "transient-for", parent,
                                            NULL);
  HustingsEvent *shown = event;
  g_autoptr(HustingsEvent) blank = NULL;
  g_autofree char *goal = NULL;

  self->file = g_object_ref (file);
  self->event = event;
  if (shown == NULL)
    shown = blank = hustings_event_new ();

  set_text (self->name_row, hustings_event_get_name (shown));
  adw_combo_row_set_selected (self->kind_row, hustings_event_get_kind (shown));
  hustings_date_entry_set_date (self->date_entry, hustings_event_get_date (shown));
  set_text (self->starts_row, hustings_event_get_starts (shown));
  set_text (self->ends_row, hustings_event_get_ends (shown));
  set_text (self->place_row, hustings_event_get_place (shown));
  set_text (self->address_row, hustings_event_get_address (shown));
  gtk_spin_button_set_value (self->capacity_spin, hustings_event_get_capacity (shown));
  goal = hustings_event_get_goal (shown) != 0
         ? hustings_money_format_plain (hustings_event_get_goal (shown)) : g_strdup ("");
  set_text (self->goal_row, goal);
  set_text (self->notes_row, hustings_event_get_notes (shown));

  if (event != NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Event"));
      adw_window_title_set_title (self->window_title, _("Edit Event"));
      gtk_button_set_label (self->save_button, _("_Save"));
    }
  return self;
}

HustingsEventDialog *
hustings_event_dialog_new (GtkWindow             *parent,
                           HustingsCommitteeFile *file)
{
  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  return dialog_new (parent, file, NULL);
}

HustingsEventDialog *
hustings_event_dialog_new_edit (GtkWindow              *parent,
                                HustingsCommitteeFile  *file,
                                gint64                  event_id,
                                GError                **error)
{
  HustingsEvent *event;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  if ((event = hustings_event_store_get (file, event_id, error)) == NULL)
    return NULL;
  return dialog_new (parent, file, event);
}
