/* hustings-event-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-event-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-contact-picker.h"
#include "hustings-event-dialog.h"
#include "hustings-window.h"

#include "hustings-event-page.h"

struct _HustingsEventPage
{
  AdwBin                 parent_instance;

  /* template widgets */
  AdwWindowTitle        *title;
  AdwActionRow          *where_row;
  AdwActionRow          *raised_row;
  GtkLevelBar           *goal_bar;
  AdwPreferencesGroup   *shifts_group;
  AdwPreferencesGroup   *guests_group;

  /* owned */
  HustingsCommitteeFile *file;
  HustingsEvent         *event;
  GPtrArray             *rows;          /* GtkWidget*: the shift and guest rows added */
};

G_DEFINE_FINAL_TYPE (HustingsEventPage, hustings_event_page, ADW_TYPE_BIN)

/* What a contact is being picked for. */
typedef enum {
  PICK_SIGN_UP,
  PICK_INVITE,
  PICK_WALK_IN,
} PickKind;

typedef struct
{
  HustingsCommitteeFile *file;
  gint64                 event_id;
  gint64                 shift_id;
  PickKind               kind;
} Pick;

static void
pick_free (gpointer data)
{
  Pick *pick = data;

  g_object_unref (pick->file);
  g_free (pick);
}

static gboolean
pick_run (gpointer   data,
          gint64     contact_id,
          GError   **error)
{
  Pick *pick = data;

  switch (pick->kind)
    {
    case PICK_SIGN_UP:
      return hustings_event_store_sign_up (pick->file, pick->shift_id, contact_id, error);
    case PICK_INVITE:
      return hustings_event_store_invite (pick->file, pick->event_id, &contact_id, 1, NULL,
                                          error);
    case PICK_WALK_IN:
      return hustings_event_store_check_in_guest (pick->file, pick->event_id, contact_id, -1,
                                                  NULL, error);
    default:
      g_assert_not_reached ();
    }
}

static HustingsWindow *
window_of (HustingsEventPage *self)
{
  return HUSTINGS_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static gint64
event_id (HustingsEventPage *self)
{
  return self->event ? hustings_event_get_id (self->event) : 0;
}

/* Says why a change was refused; TRUE when it was not. */
static gboolean
report (HustingsEventPage *self,
        gboolean           done,
        GError            *error)
{
  if (!done && error != NULL)
    hustings_window_show_toast (window_of (self), error->message);
  return done;
}

static void
clear_rows (HustingsEventPage *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (g_object_get_data (G_OBJECT (row),
                                                                              "group")), row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

static void
add_row (HustingsEventPage   *self,
         AdwPreferencesGroup *group,
         GtkWidget           *row)
{
  g_object_set_data (G_OBJECT (row), "group", group);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, row);
}

static GtkWidget *
action_button (const char *label,
               const char *icon_name,
               const char *action,
               GVariant   *target)
{
  GtkWidget *button = icon_name ? gtk_button_new_from_icon_name (icon_name)
                                : gtk_button_new_with_mnemonic (label);

  if (icon_name != NULL)
    gtk_widget_set_tooltip_text (button, label);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  return button;
}

static GtkWidget *
suffix_label (const char *text,
              const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
minutes_changed_cb (GtkSpinButton     *spin,
                    HustingsEventPage *self)
{
  HustingsSignup *signup = g_object_get_data (G_OBJECT (spin), "signup");
  g_autoptr(GError) error = NULL;

  report (self, hustings_event_store_set_minutes (self->file,
                                                  hustings_signup_get_shift_id (signup),
                                                  hustings_signup_get_contact_id (signup),
                                                  gtk_spin_button_get_value_as_int (spin),
                                                  &error), error);
}

static GtkWidget *
signup_row (HustingsEventPage *self,
            HustingsSignup    *signup)
{
  GtkWidget *row = adw_action_row_new ();
  GVariant *target = g_variant_new ("(xx)", hustings_signup_get_shift_id (signup),
                                    hustings_signup_get_contact_id (signup));

  g_variant_ref_sink (target);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hustings_signup_get_name (signup));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), hustings_signup_get_phone (signup));
  if (hustings_signup_get_checked_in (signup))
    {
      GtkWidget *spin = gtk_spin_button_new_with_range (0, 1440, 15);

      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), hustings_signup_get_minutes (signup));
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (spin, _("Minutes Worked"));
      g_object_set_data_full (G_OBJECT (spin), "signup", g_object_ref (signup), g_object_unref);
      g_signal_connect_object (spin, "value-changed", G_CALLBACK (minutes_changed_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix_label (_("Checked in"), "success"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix_label (_("min"), "dim-label"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 action_button (_("Undo Check-In"), "edit-undo-symbolic",
                                                "event.undo-check-in", target));
    }
  else
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 action_button (_("Check _In"), NULL, "event.check-in", target));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 action_button (_("Take Off the Shift"), "list-remove-symbolic",
                                                "event.cancel-signup", target));
    }
  g_variant_unref (target);
  return row;
}

static void
load_shifts (HustingsEventPage *self)
{
  gint64 event_id = hustings_event_get_id (self->event);
  g_autoptr(GListModel) shifts = hustings_event_store_list_shifts (self->file, event_id);
  guint n = g_list_model_get_n_items (shifts);

  adw_preferences_group_set_description (self->shifts_group,
                                         n == 0 ? _("No shifts yet: add the roles to fill, "
                                                    "with their times and how many people "
                                                    "each needs.") : NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HustingsShift) shift = g_list_model_get_item (shifts, i);
      g_autoptr(GListModel) signups = NULL;
      g_autofree char *times = hustings_time_range_format (hustings_shift_get_starts (shift),
                                                           hustings_shift_get_ends (shift));
      g_autofree char *subtitle = NULL;
      gint64 shift_id = hustings_shift_get_id (shift);
      guint open = hustings_shift_get_open (shift);
      GtkWidget *row = adw_expander_row_new ();
      GtkWidget *sign_up;

      /* Translators: a shift's time and how full it is, "5:00 PM – 7:00 PM · 3 of 5 filled" */
      subtitle = g_strdup_printf (_("%s · %u of %u filled"), times,
                                  hustings_shift_get_signups (shift),
                                  hustings_shift_get_slots (shift));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hustings_shift_get_role (shift));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      if (open > 0)
        {
          g_autofree char *gap = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open",
                                                               "%u open", open), open);
          GtkWidget *badge = suffix_label (gap, "warning");

          gtk_widget_add_css_class (badge, "caption-heading");
          gtk_widget_set_tooltip_text (badge, _("Slots still to fill"));
          adw_expander_row_add_action (ADW_EXPANDER_ROW (row), badge);
        }
      sign_up = action_button (_("_Sign Up…"), NULL, "event.sign-up",
                               g_variant_new_int64 (shift_id));
      gtk_widget_set_sensitive (sign_up, open > 0);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), sign_up);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                                   action_button (_("Delete Shift"), "user-trash-symbolic",
                                                  "event.delete-shift",
                                                  g_variant_new_int64 (shift_id)));

      signups = hustings_event_store_list_signups (self->file, shift_id);
      for (guint j = 0; j < g_list_model_get_n_items (signups); j++)
        {
          g_autoptr(HustingsSignup) signup = g_list_model_get_item (signups, j);

          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), signup_row (self, signup));
        }
      add_row (self, self->shifts_group, row);
    }
}

static void
rsvp_selected_cb (GtkDropDown       *dropdown,
                  GParamSpec        *pspec,
                  HustingsEventPage *self)
{
  HustingsGuest *guest = g_object_get_data (G_OBJECT (dropdown), "guest");
  GtkSpinButton *spin = g_object_get_data (G_OBJECT (dropdown), "spin");
  HustingsRsvp rsvp = gtk_drop_down_get_selected (dropdown);

  if (rsvp == hustings_guest_get_rsvp (guest)
      && (guint) gtk_spin_button_get_value_as_int (spin) == hustings_guest_get_guests (guest))
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "event.rsvp", "(xsu)",
                              hustings_guest_get_contact_id (guest),
                              hustings_rsvp_to_string (rsvp),
                              (guint) gtk_spin_button_get_value_as_int (spin));
}

static void
guests_changed_cb (GtkSpinButton     *spin,
                   HustingsEventPage *self)
{
  rsvp_selected_cb (g_object_get_data (G_OBJECT (spin), "dropdown"), NULL, self);
}

static GtkWidget *
guest_row (HustingsEventPage *self,
           HustingsGuest     *guest,
           GtkStringList     *answers)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *dropdown = gtk_drop_down_new (g_object_ref (G_LIST_MODEL (answers)), NULL);
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 99, 1);
  GVariant *target = g_variant_new_int64 (hustings_guest_get_contact_id (guest));

  g_variant_ref_sink (target);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hustings_guest_get_name (guest));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), hustings_guest_get_email (guest));

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), hustings_guest_get_rsvp (guest));
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (dropdown, _("Their Answer"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), hustings_guest_get_guests (guest));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (spin, _("Guests They Bring"));
  g_object_set_data_full (G_OBJECT (dropdown), "guest", g_object_ref (guest), g_object_unref);
  g_object_set_data (G_OBJECT (dropdown), "spin", spin);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (rsvp_selected_cb), self, 0);
  g_object_set_data (G_OBJECT (spin), "dropdown", dropdown);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (guests_changed_cb), self, 0);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix_label (_("+"), "dim-label"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  if (hustings_guest_get_checked_in (guest))
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix_label (_("Checked in"), "success"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 action_button (_("Undo Check-In"), "edit-undo-symbolic",
                                                "event.undo-guest-check-in", target));
    }
  else
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               action_button (_("Check _In"), NULL, "event.check-in-guest",
                                              target));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             action_button (_("Take Off the Guest List"), "list-remove-symbolic",
                                            "event.remove-guest", target));
  g_variant_unref (target);
  return row;
}

static void
load_guests (HustingsEventPage *self)
{
  const HustingsEventSummary *summary = hustings_event_get_summary (self->event);
  guint capacity = hustings_event_get_capacity (self->event);
  g_autoptr(GListModel) guests = hustings_event_store_list_guests (self->file,
                                                                   event_id (self));
  g_autoptr(GtkStringList) answers = gtk_string_list_new (NULL);
  g_autofree char *counts = NULL;
  g_autofree char *held = NULL;

  for (guint i = 0; i < HUSTINGS_N_RSVPS; i++)
    gtk_string_list_append (answers, hustings_rsvp_describe (i));

  /* Translators: the guest list's counts, "12 coming · 3 maybe · 2 no · 5 checked in" */
  counts = g_strdup_printf (_("%u coming · %u maybe · %u no · %u checked in"),
                            summary->yes, summary->maybe, summary->no, summary->checked_in);
  if (capacity > 0)
    /* Translators: the counts, then the capacity, "12 coming … · room for 60" */
    held = g_strdup_printf (_("%s · room for %u"), counts, capacity);
  adw_preferences_group_set_description (self->guests_group, held ? held : counts);

  for (guint i = 0; i < g_list_model_get_n_items (guests); i++)
    {
      g_autoptr(HustingsGuest) guest = g_list_model_get_item (guests, i);

      add_row (self, self->guests_group, guest_row (self, guest, answers));
    }
}

/* Shows self->event, read again. */
static void
refresh (HustingsEventPage *self)
{
  g_autoptr(HustingsEvent) event = NULL;
  g_autofree char *date = NULL;
  g_autofree char *times = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *where = NULL;
  g_autofree char *raised = NULL;
  g_autofree char *goal = NULL;
  g_autofree char *raised_text = NULL;

  clear_rows (self);
  if (self->event == NULL)
    return;
  event = hustings_event_store_get (self->file, hustings_event_get_id (self->event), NULL);
  if (event == NULL)
    {
      /* Deleted: back to the list. */
      g_clear_object (&self->event);
      gtk_widget_activate_action (GTK_WIDGET (self), "volunteers.back", NULL);
      return;
    }
  g_set_object (&self->event, event);

  date = hustings_date_format (hustings_event_get_date (event));
  times = hustings_time_range_format (hustings_event_get_starts (event),
                                      hustings_event_get_ends (event));
  subtitle = *times != '\0'
             ? g_strjoin (" · ", hustings_event_kind_describe (hustings_event_get_kind (event)),
                          date, times, NULL)
             : g_strjoin (" · ", hustings_event_kind_describe (hustings_event_get_kind (event)),
                          date, NULL);
  adw_window_title_set_title (self->title, hustings_event_get_name (event));
  adw_window_title_set_subtitle (self->title, subtitle);
  where = g_strjoin ("\n", hustings_event_get_place (event), hustings_event_get_address (event),
                     NULL);
  adw_action_row_set_subtitle (self->where_row, g_strstrip (where));
  gtk_widget_set_visible (GTK_WIDGET (self->where_row), *where != '\0');

  raised = hustings_money_format (hustings_event_get_summary (event)->revenue);
  if (hustings_event_get_goal (event) > 0)
    {
      goal = hustings_money_format (hustings_event_get_goal (event));
      /* Translators: "$1,250.00 of a $5,000.00 goal" */
      raised_text = g_strdup_printf (_("%s of a %s goal"), raised, goal);
    }
  adw_action_row_set_subtitle (self->raised_row, raised_text ? raised_text : raised);
  gtk_level_bar_set_value (self->goal_bar, hustings_event_get_progress (event));
  gtk_widget_set_visible (GTK_WIDGET (self->goal_bar), goal != NULL);

  load_shifts (self);
  load_guests (self);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HustingsEventPage *self = HUSTINGS_EVENT_PAGE (widget);
  g_autoptr(GError) error = NULL;
  HustingsEventDialog *dialog;

  dialog = hustings_event_dialog_new_edit (GTK_WINDOW (window_of (self)), self->file,
                                           event_id (self), &error);
  if (report (self, dialog != NULL, error))
    gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_response_cb (AdwMessageDialog  *dialog,
                    const char        *response,
                    HustingsEventPage *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") == 0)
    report (self, hustings_event_store_delete (self->file, event_id (self), &error), error);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HustingsEventPage *self = HUSTINGS_EVENT_PAGE (widget);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (self->event == NULL)
    return;
  heading = g_strdup_printf (_("Delete “%s”?"), hustings_event_get_name (self->event));
  dialog = adw_message_dialog_new (GTK_WINDOW (window_of (self)), heading,
                                   _("Its shifts, who signed up, the hours logged on them and "
                                     "its guest list are deleted. Donations made at it stay, no "
                                     "longer linked to it."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete Event"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_shift_response_cb (AdwMessageDialog  *dialog,
                       const char        *response,
                       HustingsEventPage *self)
{
  g_autoptr(HustingsShift) shift = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *starts = NULL;
  g_autofree char *ends = NULL;
  GtkEditable *role = g_object_get_data (G_OBJECT (dialog), "role");
  GtkEditable *from = g_object_get_data (G_OBJECT (dialog), "starts");
  GtkEditable *to = g_object_get_data (G_OBJECT (dialog), "ends");
  GtkSpinButton *slots = g_object_get_data (G_OBJECT (dialog), "slots");

  if (g_strcmp0 (response, "add") != 0)
    return;
  if ((starts = hustings_time_normalize (gtk_editable_get_text (from), &error)) == NULL
      || (ends = hustings_time_normalize (gtk_editable_get_text (to), &error)) == NULL)
    {
      report (self, FALSE, error);
      return;
    }
  shift = hustings_shift_new (event_id (self));
  hustings_shift_set_role (shift, gtk_editable_get_text (role));
  hustings_shift_set_starts (shift, starts);
  hustings_shift_set_ends (shift, ends);
  hustings_shift_set_slots (shift, gtk_spin_button_get_value_as_int (slots));
  report (self, hustings_event_store_add_shift (self->file, shift, &error), error);
}

static GtkWidget *
entry_row (GtkWidget  *list,
           const char *title,
           const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static void
add_shift_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HustingsEventPage *self = HUSTINGS_EVENT_PAGE (widget);
  GtkWidget *dialog;
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *slots_row = adw_action_row_new ();
  GtkWidget *slots = gtk_spin_button_new_with_range (1, 999, 1);

  if (self->event == NULL)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (window_of (self)), _("Add a Shift"),
                                   _("A role to fill, when, and how many people it needs."));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  g_object_set_data (G_OBJECT (dialog), "role", entry_row (list, _("Role"), ""));
  g_object_set_data (G_OBJECT (dialog), "starts",
                     entry_row (list, _("Starts (“5pm”)"),
                                hustings_event_get_starts (self->event)));
  g_object_set_data (G_OBJECT (dialog), "ends",
                     entry_row (list, _("Ends"), hustings_event_get_ends (self->event)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (slots_row), _("People Needed"));
  gtk_widget_set_valign (slots, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (slots_row), slots);
  gtk_list_box_append (GTK_LIST_BOX (list), slots_row);
  g_object_set_data (G_OBJECT (dialog), "slots", slots);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add Shift"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (add_shift_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
pick (HustingsEventPage *self,
      PickKind           kind,
      gint64             shift_id,
      const char        *title,
      const char        *action_label)
{
  Pick *data = g_new0 (Pick, 1);

  data->file = g_object_ref (self->file);
  data->event_id = event_id (self);
  data->shift_id = shift_id;
  data->kind = kind;
  gtk_window_present (GTK_WINDOW (hustings_contact_picker_new (GTK_WINDOW (window_of (self)),
                                                               self->file, title, action_label,
                                                               pick_run, data, pick_free)));
}

static void
sign_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  pick (HUSTINGS_EVENT_PAGE (widget), PICK_SIGN_UP, g_variant_get_int64 (parameter),
        _("Sign Up for the Shift"), _("_Sign Up"));
}

static void
invite_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  pick (HUSTINGS_EVENT_PAGE (widget), PICK_INVITE, 0, _("Invite"), _("_Invite"));
}

static void
walk_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  pick (HUSTINGS_EVENT_PAGE (widget), PICK_WALK_IN, 0, _("Check In at the Door"),
        _("_Check In"));
}

/* The actions on one signup: parameter (shift id, contact id). */
static void
signup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HustingsEventPage *self = HUSTINGS_EVENT_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 shift_id, contact_id;
  gboolean done;

  g_variant_get (parameter, "(xx)", &shift_id, &contact_id);
  if (g_str_equal (action_name, "event.check-in"))
    done = hustings_event_store_check_in (self->file, shift_id, contact_id, -1, &error);
  else if (g_str_equal (action_name, "event.undo-check-in"))
    done = hustings_event_store_undo_check_in (self->file, shift_id, contact_id, &error);
  else
    done = hustings_event_store_cancel_signup (self->file, shift_id, contact_id, &error);
  report (self, done, error);
}

/* The actions on one guest: parameter the contact id. */
static void
guest_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HustingsEventPage *self = HUSTINGS_EVENT_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 contact_id = g_variant_get_int64 (parameter);
  gboolean done;

  if (g_str_equal (action_name, "event.check-in-guest"))
    done = hustings_event_store_check_in_guest (self->file, event_id (self), contact_id, -1,
                                                NULL, &error);
  else if (g_str_equal (action_name, "event.undo-guest-check-in"))
    done = hustings_event_store_undo_guest_check_in (self->file, event_id (self), contact_id,
                                                     &error);
  else
    done = hustings_event_store_remove_guest (self->file, event_id (self), contact_id, &error);
  report (self, done, error);
}

static void
delete_shift_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HustingsEventPage *self = HUSTINGS_EVENT_PAGE (widget);
  g_autoptr(GError) error = NULL;

  report (self, hustings_event_store_delete_shift (self->file, g_variant_get_int64 (parameter),
                                                   &error), error);
}

static void
rsvp_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HustingsEventPage *self = HUSTINGS_EVENT_PAGE (widget);
  g_autoptr(GError) error = NULL;
  const char *answer;
  gint64 contact_id;
  HustingsRsvp rsvp;
  guint guests;

  g_variant_get (parameter, "(x&su)", &contact_id, &answer, &guests);
  if (!hustings_rsvp_from_string (answer, &rsvp))
    return;
  if (!report (self, hustings_event_store_rsvp (self->file, event_id (self), contact_id, rsvp,
                                                rsvp == HUSTINGS_RSVP_NO ? 0 : guests, &error),
               error))
    refresh (self);  /* the row shows the answer the file holds */
}

static void
hustings_event_page_dispose (GObject *object)
{
  HustingsEventPage *self = HUSTINGS_EVENT_PAGE (object);

  hustings_event_page_set_file (self, NULL);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_EVENT_PAGE);

  G_OBJECT_CLASS (hustings_event_page_parent_class)->dispose (object);
}

static void
hustings_event_page_class_init (HustingsEventPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_event_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-event-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsEventPage, title);
  gtk_widget_class_bind_template_child (widget_class, HustingsEventPage, where_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsEventPage, raised_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsEventPage, goal_bar);
  gtk_widget_class_bind_template_child (widget_class, HustingsEventPage, shifts_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsEventPage, guests_group);

  gtk_widget_class_install_action (widget_class, "event.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "event.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "event.add-shift", NULL, add_shift_action);
  gtk_widget_class_install_action (widget_class, "event.delete-shift", "x",
                                   delete_shift_action);
  gtk_widget_class_install_action (widget_class, "event.sign-up", "x", sign_up_action);
  gtk_widget_class_install_action (widget_class, "event.check-in", "(xx)", signup_action);
  gtk_widget_class_install_action (widget_class, "event.undo-check-in", "(xx)", signup_action);
  gtk_widget_class_install_action (widget_class, "event.cancel-signup", "(xx)", signup_action);
  gtk_widget_class_install_action (widget_class, "event.invite", NULL, invite_action);
  gtk_widget_class_install_action (widget_class, "event.walk-in", NULL, walk_in_action);
  gtk_widget_class_install_action (widget_class, "event.rsvp", "(xsu)", rsvp_action);
  gtk_widget_class_install_action (widget_class, "event.check-in-guest", "x", guest_action);
  gtk_widget_class_install_action (widget_class, "event.undo-guest-check-in", "x",
                                   guest_action);
  gtk_widget_class_install_action (widget_class, "event.remove-guest", "x", guest_action);
}

static void
hustings_event_page_init (HustingsEventPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

/* Everything that changes the event, its shifts or its guests; a read-only file shows them. */
static void
set_writable (HustingsEventPage *self,
              gboolean           writable)
{
  static const char * const editing[] = {
    "event.edit", "event.delete", "event.add-shift", "event.delete-shift", "event.sign-up",
    "event.check-in", "event.undo-check-in", "event.cancel-signup", "event.invite",
    "event.walk-in", "event.rsvp", "event.check-in-guest", "event.undo-guest-check-in",
    "event.remove-guest",
  };

  for (guint i = 0; i < G_N_ELEMENTS (editing); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), editing[i], writable);
}

void
hustings_event_page_set_file (HustingsEventPage     *self,
                              HustingsCommitteeFile *file)
{
  g_return_if_fail (HUSTINGS_IS_EVENT_PAGE (self));
  g_return_if_fail (file == NULL || HUSTINGS_IS_COMMITTEE_FILE (file));

  if (self->file == file)
    return;
  if (self->file != NULL)
    g_signal_handlers_disconnect_by_data (self->file, self);
  clear_rows (self);
  g_clear_object (&self->event);
  g_set_object (&self->file, file);
  set_writable (self, file != NULL && !hustings_committee_file_is_read_only (file));
  if (file != NULL)
    {
      g_signal_connect_object (file, "events-changed", G_CALLBACK (refresh), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (file, "contacts-changed", G_CALLBACK (refresh), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (file, "donations-changed", G_CALLBACK (refresh), self,
                               G_CONNECT_SWAPPED);
    }
}

gboolean
hustings_event_page_show_event (HustingsEventPage  *self,
                                gint64              id,
                                GError            **error)
{
  HustingsEvent *event;

  g_return_val_if_fail (HUSTINGS_IS_EVENT_PAGE (self), FALSE);
  g_return_val_if_fail (self->file != NULL, FALSE);

  if ((event = hustings_event_store_get (self->file, id, error)) == NULL)
    return FALSE;
  g_clear_object (&self->event);
  self->event = event;
  refresh (self);
  return TRUE;
}

gint64
hustings_event_page_get_event_id (HustingsEventPage *self)
{
  g_return_val_if_fail (HUSTINGS_IS_EVENT_PAGE (self), 0);

  return event_id (self);
}
