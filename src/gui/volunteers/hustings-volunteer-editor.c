/* hustings-volunteer-editor.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-volunteer-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "widgets/hustings-contact-row.h"
#include "widgets/hustings-date-entry.h"
#include "widgets/hustings-entry-list.h"

#include "hustings-volunteer-editor.h"

#define N_DAYS 7

struct _HustingsVolunteerEditor
{
  AdwWindow              parent_instance;

  /* template widgets */
  AdwWindowTitle        *window_title;
  GtkButton             *save_button;
  GtkButton             *revert_button;
  AdwPreferencesGroup   *error_group;
  GtkLabel              *error_label;
  HustingsContactRow    *contact_row;
  AdwComboRow           *status_row;
  HustingsDateEntry     *since_entry;
  HustingsEntryList     *skills_list;
  AdwEntryRow           *day_rows[N_DAYS];
  AdwEntryRow           *emergency_name_row;
  AdwEntryRow           *emergency_phone_row;
  AdwEntryRow           *notes_row;
  AdwPreferencesGroup   *history_group;
  AdwPreferencesGroup   *stop_group;
  GMenu                 *skills_section;

  /* owned */
  HustingsCommitteeFile *file;
  HustingsVolunteer     *volunteer;     /* the one edited, NULL for a new one */
  GPtrArray             *history_rows;  /* GtkWidget*, in history_group */
};

G_DEFINE_FINAL_TYPE (HustingsVolunteerEditor, hustings_volunteer_editor, ADW_TYPE_WINDOW)

static void
show_error (HustingsVolunteerEditor *self,
            const char              *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_group), message != NULL);
}

/* "9:00 AM – 12:00 PM, 6:00 PM – 9:00 PM" for a day's ranges. */
static char *
format_day (const GArray *availability,
            guint         weekday)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < availability->len; i++)
    {
      const HustingsAvailability *range = &g_array_index (availability, HustingsAvailability, i);
      g_autofree char *formatted = NULL;

      if (range->weekday != weekday)
        continue;
      formatted = hustings_time_range_format (range->starts, range->ends);
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, formatted);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "noon" as a time the core reads. */
static const char *
noon (const char *text)
{
  return g_ascii_strcasecmp (text, "noon") == 0 || g_strcmp0 (text, _("noon")) == 0 ? "12:00"
                                                                                   : text;
}

/* Reads one day's text into volunteer; FALSE + error saying which part does not read. */
static gboolean
parse_day (HustingsVolunteer  *volunteer,
           guint               weekday,
           const char         *text,
           GError            **error)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *part = g_strstrip (g_strdup (parts[i]));
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;
      g_autofree char *starts = NULL;
      g_autofree char *ends = NULL;
      const char *dash;
      gsize dash_len = 3;

      if (*part == '\0')
        continue;
      /* "9am–noon", "9am - 12pm", "9:00 AM to 12:00 PM" */
      if ((dash = strstr (part, "–")) == NULL && (dash = strstr (part, " to ")) == NULL)
        {
          dash = strchr (part, '-');
          dash_len = 1;
        }
      else if (g_str_has_prefix (dash, " to "))
        dash_len = 4;
      if (dash == NULL)
        {
          g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                       _("%s: “%s” needs a start and an end, as in “9am–noon”."),
                       hustings_weekday_name (weekday), part);
          return FALSE;
        }
      from = g_strstrip (g_strndup (part, dash - part));
      to = g_strstrip (g_strdup (dash + dash_len));
      if ((starts = hustings_time_normalize (noon (from), error)) == NULL
          || (ends = hustings_time_normalize (noon (to), error)) == NULL)
        {
          g_prefix_error (error, "%s: ", hustings_weekday_name (weekday));
          return FALSE;
        }
      hustings_volunteer_add_availability (volunteer, weekday, starts, ends);
    }
  return TRUE;
}

static void
day_changed_cb (HustingsVolunteerEditor *self)
{
  for (guint i = 0; i < N_DAYS; i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->day_rows[i]), "error");
}

static void
clear_history (HustingsVolunteerEditor *self)
{
  for (guint i = 0; i < self->history_rows->len; i++)
    adw_preferences_group_remove (self->history_group, g_ptr_array_index (self->history_rows, i));
  g_ptr_array_set_size (self->history_rows, 0);
}

static void
load_history (HustingsVolunteerEditor *self)
{
  gint64 contact_id = hustings_volunteer_get_contact_id (self->volunteer);
  g_autoptr(GListModel) history = hustings_volunteer_store_history (self->file, contact_id);
  guint n = g_list_model_get_n_items (history);
  g_autofree char *hours = NULL;
  g_autofree char *description = NULL;
  gint64 minutes = 0;
  guint worked = 0, signups = 0;

  clear_history (self);
  hustings_volunteer_store_totals (self->file, contact_id, &minutes, &worked, &signups);
  hours = hustings_hours_format (minutes);
  /* Translators: "12.5 hours on 4 shifts worked, of 5 signed up for" */
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%s hours on %u shift worked, of %u signed up for",
                                              "%s hours on %u shifts worked, of %u signed up for",
                                              worked),
                                 hours, worked, signups);
  adw_preferences_group_set_description (self->history_group,
                                         n > 0 ? description : _("No shifts signed up for yet."));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HustingsSignup) signup = g_list_model_get_item (history, i);
      g_autofree char *date = hustings_date_format (hustings_signup_get_date (signup));
      g_autofree char *times = hustings_time_range_format (hustings_signup_get_starts (signup),
                                                           hustings_signup_get_ends (signup));
      g_autofree char *subtitle = g_strdup_printf ("%s · %s · %s", date, times,
                                                   hustings_signup_get_role (signup));
      g_autofree char *worked_text = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *label;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     hustings_signup_get_event_name (signup));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (hustings_signup_get_checked_in (signup))
        {
          g_autofree char *shift_hours =
            hustings_hours_format (hustings_signup_get_minutes (signup));

          /* Translators: hours worked on one shift, "2.5 h" */
          worked_text = g_strdup_printf (_("%s h"), shift_hours);
        }
      label = gtk_label_new (worked_text ? worked_text : _("Signed up"));
      gtk_widget_add_css_class (label, worked_text ? "numeric" : "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      adw_preferences_group_add (self->history_group, row);
      g_ptr_array_add (self->history_rows, row);
    }
}

/* Shows volunteer (NULL: a new one) in the form. */
static void
load (HustingsVolunteerEditor *self)
{
  HustingsVolunteer *volunteer = self->volunteer;
  g_autoptr(HustingsVolunteer) blank = NULL;
  const GArray *availability;

  if (volunteer == NULL)
    volunteer = blank = hustings_volunteer_new (0);

  show_error (self, NULL);
  adw_combo_row_set_selected (self->status_row, hustings_volunteer_get_status (volunteer));
  hustings_date_entry_set_date (self->since_entry, hustings_volunteer_get_since (volunteer));
  hustings_entry_list_set_values (self->skills_list, hustings_volunteer_get_skills (volunteer));
  availability = hustings_volunteer_get_availability (volunteer);
  for (guint i = 0; i < N_DAYS; i++)
    {
      g_autofree char *text = format_day (availability, i + 1);

      gtk_editable_set_text (GTK_EDITABLE (self->day_rows[i]), text);
    }
  day_changed_cb (self);
  gtk_editable_set_text (GTK_EDITABLE (self->emergency_name_row),
                         hustings_volunteer_get_emergency_name (volunteer));
  gtk_editable_set_text (GTK_EDITABLE (self->emergency_phone_row),
                         hustings_volunteer_get_emergency_phone (volunteer));
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), hustings_volunteer_get_notes (volunteer));

  gtk_widget_set_visible (GTK_WIDGET (self->contact_row), self->volunteer == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->revert_button), self->volunteer != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->history_group), self->volunteer != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->stop_group), self->volunteer != NULL);
  if (self->volunteer != NULL)
    {
      adw_window_title_set_title (self->window_title, hustings_volunteer_get_name (volunteer));
      adw_window_title_set_subtitle (self->window_title, _("Volunteer"));
      gtk_button_set_label (self->save_button, _("_Save"));
      gtk_window_set_title (GTK_WINDOW (self), hustings_volunteer_get_name (volunteer));
      load_history (self);
    }
}

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HustingsVolunteerEditor *self = HUSTINGS_VOLUNTEER_EDITOR (widget);
  g_autoptr(HustingsVolunteer) volunteer = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) skills = NULL;

  if (self->volunteer != NULL)
    volunteer = hustings_volunteer_copy (self->volunteer);
  else
    {
      HustingsContact *contact = hustings_contact_row_get_contact (self->contact_row);

      if (contact == NULL)
        {
          show_error (self, _("Choose the contact who volunteers: type their name and pick them "
                              "from the list."));
          gtk_widget_grab_focus (GTK_WIDGET (self->contact_row));
          return;
        }
      if (hustings_volunteer_store_is_volunteer (self->file, hustings_contact_get_id (contact)))
        {
          show_error (self, _("This contact already volunteers: open them from the list of "
                              "volunteers to change what they do."));
          return;
        }
      volunteer = hustings_volunteer_new (hustings_contact_get_id (contact));
    }

  if (!hustings_date_entry_commit (self->since_entry, &error))
    {
      show_error (self, error->message);
      return;
    }
  hustings_volunteer_set_status (volunteer, adw_combo_row_get_selected (self->status_row));
  hustings_volunteer_set_since (volunteer, hustings_date_entry_get_date (self->since_entry));
  skills = hustings_entry_list_dup_values (self->skills_list);
  hustings_volunteer_set_skills (volunteer, (const char * const *) skills);
  hustings_volunteer_clear_availability (volunteer);
  for (guint i = 0; i < N_DAYS; i++)
    if (!parse_day (volunteer, i + 1, text_of (self->day_rows[i]), &error))
      {
        gtk_widget_add_css_class (GTK_WIDGET (self->day_rows[i]), "error");
        show_error (self, error->message);
        return;
      }
  hustings_volunteer_set_emergency_name (volunteer, text_of (self->emergency_name_row));
  hustings_volunteer_set_emergency_phone (volunteer, text_of (self->emergency_phone_row));
  hustings_volunteer_set_notes (volunteer, text_of (self->notes_row));

  if (!hustings_volunteer_store_save (self->file, volunteer, &error))
    {
      show_error (self, error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
revert_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HustingsVolunteerEditor *self = HUSTINGS_VOLUNTEER_EDITOR (widget);
  g_autoptr(HustingsVolunteer) volunteer = NULL;
  g_autoptr(GError) error = NULL;

  if (self->volunteer == NULL)
    return;
  volunteer = hustings_volunteer_store_get (self->file,
                                            hustings_volunteer_get_contact_id (self->volunteer),
                                            &error);
  if (volunteer == NULL)
    {
      show_error (self, error->message);
      return;
    }
  g_set_object (&self->volunteer, volunteer);
  load (self);
}

static void
stop_response_cb (AdwMessageDialog        *dialog,
                  const char              *response,
                  HustingsVolunteerEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "stop") != 0)
    return;
  if (!hustings_volunteer_store_stop (self->file,
                                      hustings_volunteer_get_contact_id (self->volunteer),
                                      &error))
    {
      show_error (self, error->message);
      return;
    }
  /* The question closes after this; it must not outlive the window it was asked over. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HustingsVolunteerEditor *self = HUSTINGS_VOLUNTEER_EDITOR (widget);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (self->volunteer == NULL)
    return;
  heading = g_strdup_printf (_("Stop Volunteering for %s?"),
                             hustings_volunteer_get_name (self->volunteer));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("Their skills, availability and notes are removed. The "
                                     "shifts they signed up for and the hours they worked stay "
                                     "on the events, as history."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "stop", _("_Stop Volunteering"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "stop",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (stop_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_skill_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HustingsVolunteerEditor *self = HUSTINGS_VOLUNTEER_EDITOR (widget);
  g_auto(GStrv) skills = hustings_entry_list_dup_values (self->skills_list);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) added = NULL;
  const char *skill = g_variant_get_string (parameter, NULL);

  for (guint i = 0; skills[i] != NULL; i++)
    {
      if (g_ascii_strcasecmp (skills[i], skill) == 0)
        return;
      g_strv_builder_add (builder, skills[i]);
    }
  g_strv_builder_add (builder, skill);
  added = g_strv_builder_end (builder);
  hustings_entry_list_set_values (self->skills_list, (const char * const *) added);
}

static void
hustings_volunteer_editor_dispose (GObject *object)
{
  HustingsVolunteerEditor *self = HUSTINGS_VOLUNTEER_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_VOLUNTEER_EDITOR);
  g_clear_object (&self->file);
  g_clear_object (&self->volunteer);
  g_clear_pointer (&self->history_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (hustings_volunteer_editor_parent_class)->dispose (object);
}

static void
bind_day (GtkWidgetClass *widget_class,
          const char     *name,
          guint           index)
{
  gtk_widget_class_bind_template_child_full (widget_class, name, FALSE,
                                             G_STRUCT_OFFSET (HustingsVolunteerEditor, day_rows)
                                             + index * sizeof (AdwEntryRow *));
}

static void
hustings_volunteer_editor_class_init (HustingsVolunteerEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_volunteer_editor_dispose;

  g_type_ensure (HUSTINGS_TYPE_CONTACT_ROW);
  g_type_ensure (HUSTINGS_TYPE_DATE_ENTRY);
  g_type_ensure (HUSTINGS_TYPE_ENTRY_LIST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-volunteer-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsVolunteerEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, HustingsVolunteerEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, HustingsVolunteerEditor, revert_button);
  gtk_widget_class_bind_template_child (widget_class, HustingsVolunteerEditor, error_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsVolunteerEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsVolunteerEditor, contact_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsVolunteerEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsVolunteerEditor, since_entry);
  gtk_widget_class_bind_template_child (widget_class, HustingsVolunteerEditor, skills_list);
  bind_day (widget_class, "day1_row", 0);
  bind_day (widget_class, "day2_row", 1);
  bind_day (widget_class, "day3_row", 2);
  bind_day (widget_class, "day4_row", 3);
  bind_day (widget_class, "day5_row", 4);
  bind_day (widget_class, "day6_row", 5);
  bind_day (widget_class, "day7_row", 6);
  gtk_widget_class_bind_template_child (widget_class, HustingsVolunteerEditor,
                                        emergency_name_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsVolunteerEditor,
                                        emergency_phone_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsVolunteerEditor, notes_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsVolunteerEditor, history_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsVolunteerEditor, stop_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsVolunteerEditor, skills_section);
  gtk_widget_class_bind_template_callback (widget_class, day_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.revert", NULL, revert_action);
  gtk_widget_class_install_action (widget_class, "editor.stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "editor.add-skill", "s", add_skill_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hustings_volunteer_editor_init (HustingsVolunteerEditor *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  const char * const *common = hustings_volunteer_common_skills ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->history_rows = g_ptr_array_new ();

  for (guint i = 0; i < HUSTINGS_N_VOLUNTEER_STATUSES; i++)
    gtk_string_list_append (statuses, hustings_volunteer_status_describe (i));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  for (guint i = 0; common[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (common[i], NULL);

      g_menu_item_set_action_and_target (item, "editor.add-skill", "s", common[i]);
      g_menu_append_item (self->skills_section, item);
    }
}

static HustingsVolunteerEditor *
editor_new (GtkWindow             *parent,
            HustingsCommitteeFile *file,
            HustingsVolunteer     *volunteer)
{
  HustingsVolunteerEditor *self = g_object_new (HUSTINGS_TYPE_VOLUNTEER_EDITOR,
                                                "transient-for", parent,
                                                NULL);

  self->file = g_object_ref (file);
  self->volunteer = volunteer;
  hustings_contact_row_set_file (self->contact_row, file);
  load (self);
  if (hustings_committee_file_is_read_only (file))
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.stop", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-skill", FALSE);
    }
  return self;
}

HustingsVolunteerEditor *
hustings_volunteer_editor_new (GtkWindow             *parent,
                               HustingsCommitteeFile *file)
{
  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  return editor_new (parent, file, NULL);
}

HustingsVolunteerEditor *
hustings_volunteer_editor_new_edit (GtkWindow              *parent,
                                    HustingsCommitteeFile  *file,
                                    gint64                  contact_id,
                                    GError                **error)
{
  HustingsVolunteer *volunteer;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  volunteer = hustings_volunteer_store_get (file, contact_id, error);
  if (volunteer == NULL)
    return NULL;
  return editor_new (parent, file, volunteer);
}
