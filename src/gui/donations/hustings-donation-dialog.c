/* hustings-donation-dialog.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-donation-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "widgets/hustings-date-entry.h"

#include "hustings-donation-dialog.h"

/* Completion suggestions shown under the donor field. */
#define MAX_SUGGESTIONS 8

struct _HustingsDonationDialog
{
  AdwWindow              parent_instance;

  /* template widgets */
  AdwWindowTitle        *window_title;
  GtkButton             *save_button;
  AdwPreferencesGroup   *error_group;
  GtkLabel              *error_label;
  AdwEntryRow           *donor_row;
  AdwActionRow          *election_total_row;
  GtkLabel              *election_total_label;
  AdwActionRow          *cycle_total_row;
  GtkLabel              *cycle_total_label;
  AdwActionRow          *year_total_row;
  GtkLabel              *year_total_label;
  HustingsDateEntry     *date_entry;
  AdwEntryRow           *amount_row;
  GtkLabel              *amount_error;
  AdwComboRow           *method_row;
  AdwComboRow           *election_row;
  AdwComboRow           *receipt_line_row;
  AdwComboRow           *event_row;
  AdwEntryRow           *check_row;
  AdwEntryRow           *memo_row;
  GtkPopover            *donor_popover;
  GtkListBox            *donor_list;

  /* owned */
  HustingsCommitteeFile *file;
  HustingsContact       *donor;        /* the chosen contact, NULL until one is */
  HustingsDonation      *donation;     /* the one edited, NULL for a new one */
  gint64                 refund_of;    /* for a new refund: the donation it returns */
  GPtrArray             *election_codes; /* char*, index + 1 in election_row */
  const HustingsReceiptLine *receipt_lines; /* index + 1 in receipt_line_row */
  GArray                *event_ids;      /* gint64, index + 1 in event_row */

  gboolean               setting_donor;
};

G_DEFINE_FINAL_TYPE (HustingsDonationDialog, hustings_donation_dialog, ADW_TYPE_WINDOW)

static void
show_error (HustingsDonationDialog *self,
            const char             *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_group), message != NULL);
}

/* The receipt line chosen: "" for a contribution. */
static const char *
chosen_receipt_line (HustingsDonationDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->receipt_line_row);

  return selected == 0 || selected == GTK_INVALID_LIST_POSITION
         ? "" : self->receipt_lines[selected - 1].line;
}

static void
select_receipt_line (HustingsDonationDialog *self,
                     const char             *line)
{
  for (guint i = 0; self->receipt_lines[i].line != NULL; i++)
    if (g_strcmp0 (self->receipt_lines[i].line, line) == 0)
      adw_combo_row_set_selected (self->receipt_line_row, i + 1);
}

/* The election chosen, or NULL for "presumed from the date". */
static const char *
chosen_election (HustingsDonationDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->election_row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION
      || selected > self->election_codes->len)
    return NULL;

  return g_ptr_array_index (self->election_codes, selected - 1);
}

static char *
dup_effective_date (HustingsDonationDialog *self)
{
  const char *date = hustings_date_entry_get_date (self->date_entry);

  return date ? g_strdup (date) : hustings_date_today ();
}

static void
set_total (HustingsDonationDialog *self,
           AdwActionRow           *row,
           GtkLabel               *label,
           HustingsTotalKind       kind,
           const char             *period,
           const char             *title)
{
  g_autofree char *amount = NULL;
  gint64 cents;

  if (self->donor == NULL || period == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (row), FALSE);
      return;
    }

  cents = hustings_contact_store_total (self->file, hustings_contact_get_id (self->donor),
                                        kind, period);
  amount = hustings_money_format (cents);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_label_set_text (label, amount);
  gtk_widget_set_visible (GTK_WIDGET (row), TRUE);
}

static void
update_totals (HustingsDonationDialog *self)
{
  const HustingsCommittee *committee = hustings_committee_file_peek_committee (self->file);
  g_autofree char *date = dup_effective_date (self);
  const char *election = chosen_election (self);
  const HustingsElection *presumed = hustings_committee_presumed_election (committee, date);
  g_autofree char *presumed_text = presumed ? hustings_election_code_describe (presumed->code)
                                            : g_strdup (_("No election after this date"));
  g_autofree char *election_text = NULL;
  g_autofree char *election_title = NULL;
  g_autofree char *cycle = NULL;
  g_autofree char *cycle_title = NULL;
  g_autofree char *year = g_strndup (date, 4);
  g_autofree char *year_title = NULL;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->election_row),
                               election == NULL ? presumed_text : "");

  if (election == NULL && presumed != NULL)
    election = presumed->code;
  if (election != NULL)
    {
      election_text = hustings_election_code_describe (election);
      /* Translators: the donor's total toward an election, "This election (Primary 2026)" */
      election_title = g_strdup_printf (_("This election (%s)"), election_text);
    }
  set_total (self, self->election_total_row, self->election_total_label,
             HUSTINGS_TOTAL_ELECTION, election, election_title);

  cycle = g_strdup_printf ("%d", hustings_cycle_for_date (date));
  /* Translators: the donor's total in a two-year cycle, "This cycle (2026)" */
  cycle_title = g_strdup_printf (_("This cycle (%s)"), cycle);
  set_total (self, self->cycle_total_row, self->cycle_total_label,
             HUSTINGS_TOTAL_CYCLE, cycle, cycle_title);

  /* Translators: the donor's total in a calendar year, "This year (2026)" */
  year_title = g_strdup_printf (_("This year (%s)"), year);
  set_total (self, self->year_total_row, self->year_total_label,
             HUSTINGS_TOTAL_YEAR, year, year_title);
}

static void
set_donor (HustingsDonationDialog *self,
           HustingsContact        *donor)
{
  g_set_object (&self->donor, donor);

  if (donor != NULL)
    {
      self->setting_donor = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->donor_row),
                             hustings_contact_get_display_name (donor));
      gtk_editable_set_position (GTK_EDITABLE (self->donor_row), -1);
      self->setting_donor = FALSE;
    }

  gtk_popover_popdown (self->donor_popover);
  update_totals (self);
}

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
donor_changed_cb (HustingsDonationDialog *self)
{
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) matches = NULL;
  GtkWidget *child;

  if (self->setting_donor || self->file == NULL)
    return;

  /* Typing again un-chooses the donor. */
  if (self->donor != NULL)
    {
      g_clear_object (&self->donor);
      update_totals (self);
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->donor_list))) != NULL)
    gtk_list_box_remove (self->donor_list, child);
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->donor_row))));
  if (*text == '\0')
    {
      gtk_popover_popdown (self->donor_popover);
      return;
    }

  matches = hustings_contact_store_complete (self->file, text, MAX_SUGGESTIONS);
  for (guint i = 0; i < matches->len; i++)
    gtk_list_box_append (self->donor_list, suggestion_row_new (g_ptr_array_index (matches, i)));

  if (matches->len == 0)
    {
      gtk_popover_popdown (self->donor_popover);
      return;
    }

  gtk_list_box_select_row (self->donor_list, gtk_list_box_get_row_at_index (self->donor_list, 0));
  gtk_popover_popup (self->donor_popover);
}

static void
donor_row_activated_cb (HustingsDonationDialog *self,
                        GtkListBoxRow          *row)
{
  set_donor (self, g_object_get_data (G_OBJECT (row), "hustings-contact"));
  gtk_widget_grab_focus (GTK_WIDGET (self->amount_row));
}

static gboolean
donor_key_pressed_cb (HustingsDonationDialog *self,
                      guint                   keyval,
                      guint                   keycode,
                      GdkModifierType         state)
{
  GtkListBoxRow *selected;
  int index;

  if (!gtk_widget_get_visible (GTK_WIDGET (self->donor_popover)))
    return GDK_EVENT_PROPAGATE;

  selected = gtk_list_box_get_selected_row (self->donor_list);
  index = selected ? gtk_list_box_row_get_index (selected) : -1;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      {
        int step = (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up) ? -1 : 1;
        GtkListBoxRow *next = gtk_list_box_get_row_at_index (self->donor_list, index + step);

        if (next != NULL)
          gtk_list_box_select_row (self->donor_list, next);
        return GDK_EVENT_STOP;
      }

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      if (selected != NULL)
        donor_row_activated_cb (self, selected);
      return GDK_EVENT_STOP;

    case GDK_KEY_Escape:
      gtk_popover_popdown (self->donor_popover);
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static void
show_amount_error (HustingsDonationDialog *self,
                   const char             *message)
{
  gtk_label_set_text (self->amount_error, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->amount_error), message != NULL);
  if (message == NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->amount_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->amount_row), "error");
}

static void
amount_changed_cb (HustingsDonationDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->amount_row));
  g_autoptr(GError) error = NULL;
  gint64 cents;

  if (*text == '\0' || hustings_money_parse (text, &cents, &error))
    show_amount_error (self, NULL);
  else
    show_amount_error (self, error->message);
}

static void
method_changed_cb (HustingsDonationDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->check_row),
                            adw_combo_row_get_selected (self->method_row) == HUSTINGS_METHOD_CHECK);
}

static void
totals_inputs_changed_cb (HustingsDonationDialog *self)
{
  if (self->file != NULL)
    update_totals (self);
}

/* The donation the form describes. NULL when it does not describe one: with error set, or
 * without when the problem is already shown beside its field. */
static HustingsDonation *
donation_from_form (HustingsDonationDialog  *self,
                    GError                 **error)
{
  g_autoptr(HustingsDonation) donation = NULL;
  g_autofree char *check_number = NULL;
  g_autofree char *memo = NULL;
  g_autoptr(GError) amount_error = NULL;
  HustingsMethod method;
  gint64 cents;

  if (self->donor == NULL)
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("Choose the donor from the contacts suggested as you type their "
                             "name. Add a new donor on the Contacts page first."));
      return NULL;
    }

  if (!hustings_date_entry_commit (self->date_entry, error))
    return NULL;
  if (hustings_date_entry_get_date (self->date_entry) == NULL)
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("Enter the date the donation was received."));
      return NULL;
    }

  if (!hustings_money_parse (gtk_editable_get_text (GTK_EDITABLE (self->amount_row)),
                             &cents, &amount_error))
    {
      /* Said beside the amount, not at the top. */
      show_amount_error (self, amount_error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->amount_row));
      return NULL;
    }

  /* A refund is money going back: however it was typed, it is entered as negative. */
  if ((self->refund_of != 0 ||
       (self->donation != NULL && hustings_donation_get_refund_of (self->donation) != 0)) &&
      cents > 0)
    cents = -cents;

  method = adw_combo_row_get_selected (self->method_row);
  if (method >= HUSTINGS_N_METHODS)
    method = HUSTINGS_METHOD_CHECK;
  check_number = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->check_row))));
  memo = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->memo_row))));

  donation = self->donation ? hustings_donation_copy (self->donation) : hustings_donation_new ();
  hustings_donation_set_contact_id (donation, hustings_contact_get_id (self->donor));
  hustings_donation_set_date (donation, hustings_date_entry_get_date (self->date_entry));
  hustings_donation_set_amount (donation, cents);
  hustings_donation_set_method (donation, method);
  hustings_donation_set_election (donation, chosen_election (self));
  hustings_donation_set_receipt_line (donation, chosen_receipt_line (self));
  hustings_donation_set_check_number (donation,
                                      method == HUSTINGS_METHOD_CHECK ? check_number : "");
  hustings_donation_set_memo (donation, memo);
  if (self->refund_of != 0)
    hustings_donation_set_refund_of (donation, self->refund_of);

  return g_steal_pointer (&donation);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HustingsDonationDialog *self = HUSTINGS_DONATION_DIALOG (widget);
  g_autoptr(HustingsDonation) donation = NULL;
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (self->event_row);
  gboolean ok;

  donation = donation_from_form (self, &error);
  if (donation == NULL)
    {
      show_error (self, error ? error->message : NULL);
      return;
    }
  hustings_donation_set_event_id (donation, selected > 0 && selected <= self->event_ids->len
                                            ? g_array_index (self->event_ids, gint64, selected - 1)
                                            : 0);

  if (self->donation == NULL)
    ok = hustings_donation_store_add (self->file, donation, &error);
  else
    ok = hustings_donation_store_update (self->file, donation, &error);

  if (!ok)
    {
      show_error (self, error->message);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

/* The events a gift may have been given at, the coming ones first; the row shows only when
 * the committee has events. */
static void
setup_events (HustingsDonationDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GArray) ids = hustings_event_store_list_ids (self->file, NULL, TRUE);

  gtk_string_list_append (names, _("None"));
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(HustingsEvent) event = hustings_event_store_get (self->file, id, NULL);
      g_autofree char *date = NULL;
      g_autofree char *label = NULL;

      if (event == NULL)
        continue;
      date = hustings_date_format (hustings_event_get_date (event));
      /* Translators: an event in a list: its name and date */
      label = g_strdup_printf (_("%s — %s"), hustings_event_get_name (event), date);
      gtk_string_list_append (names, label);
      g_array_append_val (self->event_ids, id);
    }
  adw_combo_row_set_model (self->event_row, G_LIST_MODEL (names));
  gtk_widget_set_visible (GTK_WIDGET (self->event_row), self->event_ids->len > 0);
}

static void
select_event (HustingsDonationDialog *self,
              gint64                  event_id)
{
  for (guint i = 0; i < self->event_ids->len; i++)
    if (g_array_index (self->event_ids, gint64, i) == event_id)
      adw_combo_row_set_selected (self->event_row, i + 1);
}

static void
setup (HustingsDonationDialog *self,
       HustingsCommitteeFile  *file)
{
  const HustingsCommittee *committee = hustings_committee_file_peek_committee (file);
  g_autoptr(GtkStringList) elections = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) receipt_lines = gtk_string_list_new (NULL);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *default_method = g_settings_get_string (settings, "default-method");
  g_autofree char *today = hustings_date_today ();
  HustingsMethod method = HUSTINGS_METHOD_CHECK;

  self->file = g_object_ref (file);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save",
                                 !hustings_committee_file_is_read_only (file));

  gtk_string_list_append (elections, _("Presumed from the date"));
  for (guint i = 0; i < committee->elections->len; i++)
    {
      const HustingsElection *election = g_ptr_array_index (committee->elections, i);
      g_autofree char *text = hustings_election_code_describe (election->code);

      gtk_string_list_append (elections, text);
      g_ptr_array_add (self->election_codes, g_strdup (election->code));
    }
  adw_combo_row_set_model (self->election_row, G_LIST_MODEL (elections));

  self->receipt_lines = hustings_receipt_lines (hustings_committee_form (committee));
  gtk_string_list_append (receipt_lines, hustings_receipt_line_describe (NULL, ""));
  for (guint i = 0; self->receipt_lines[i].line != NULL; i++)
    gtk_string_list_append (receipt_lines, _(self->receipt_lines[i].label));
  adw_combo_row_set_model (self->receipt_line_row, G_LIST_MODEL (receipt_lines));

  setup_events (self);

  hustings_method_from_string (default_method, &method);
  adw_combo_row_set_selected (self->method_row, method);
  method_changed_cb (self);

  hustings_date_entry_set_date (self->date_entry, today);
  update_totals (self);
}

static void
hustings_donation_dialog_dispose (GObject *object)
{
  HustingsDonationDialog *self = HUSTINGS_DONATION_DIALOG (object);

  /* Without a file, late signals from the form while it goes away change nothing. */
  g_clear_object (&self->file);
  if (self->donor_popover != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->donor_popover));
  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_DONATION_DIALOG);
  g_clear_object (&self->donor);
  g_clear_object (&self->donation);

  G_OBJECT_CLASS (hustings_donation_dialog_parent_class)->dispose (object);
}

static void
hustings_donation_dialog_finalize (GObject *object)
{
  HustingsDonationDialog *self = HUSTINGS_DONATION_DIALOG (object);

  g_ptr_array_unref (self->election_codes);
  g_array_unref (self->event_ids);

  G_OBJECT_CLASS (hustings_donation_dialog_parent_class)->finalize (object);
}

static void
hustings_donation_dialog_class_init (HustingsDonationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_donation_dialog_dispose;
  object_class->finalize = hustings_donation_dialog_finalize;

  g_type_ensure (HUSTINGS_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-donation-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationDialog, error_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationDialog, donor_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationDialog, election_total_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationDialog,
                                        election_total_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationDialog, cycle_total_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationDialog, cycle_total_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationDialog, year_total_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationDialog, year_total_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationDialog, amount_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationDialog, amount_error);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationDialog, method_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationDialog, election_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationDialog, event_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationDialog, receipt_line_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationDialog, check_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationDialog, memo_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationDialog, donor_popover);
  gtk_widget_class_bind_template_child (widget_class, HustingsDonationDialog, donor_list);
  gtk_widget_class_bind_template_callback (widget_class, donor_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, donor_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, donor_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, amount_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, method_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, totals_inputs_changed_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
}

static void
hustings_donation_dialog_init (HustingsDonationDialog *self)
{
  g_autoptr(GtkStringList) methods = gtk_string_list_new (NULL);

  self->election_codes = g_ptr_array_new_with_free_func (g_free);
  self->event_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_parent (GTK_WIDGET (self->donor_popover), GTK_WIDGET (self->donor_row));

  for (HustingsMethod method = 0; method < HUSTINGS_N_METHODS; method++)
    gtk_string_list_append (methods, hustings_method_describe (method));
  adw_combo_row_set_model (self->method_row, G_LIST_MODEL (methods));
}

/* A refund's donor and election are those of the donation it returns. */
static void
lock_to_original (HustingsDonationDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->donor_row), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->election_row), FALSE);
  /* A refund is reported as the return of a contribution, never on another line, and goes
   * with the event of the gift it returns. */
  gtk_widget_set_visible (GTK_WIDGET (self->receipt_line_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->event_row), FALSE);
}

HustingsDonationDialog *
hustings_donation_dialog_new (GtkWindow             *parent,
                              HustingsCommitteeFile *file,
                              HustingsContact       *donor)
{
  HustingsDonationDialog *self;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  self = g_object_new (HUSTINGS_TYPE_DONATION_DIALOG,
                       "transient-for", parent,
                       NULL);
  setup (self, file);
  if (donor != NULL)
    set_donor (self, donor);
  gtk_widget_grab_focus (GTK_WIDGET (donor != NULL ? self->amount_row : self->donor_row));

  return self;
}

HustingsDonationDialog *
hustings_donation_dialog_new_edit (GtkWindow              *parent,
                                   HustingsCommitteeFile  *file,
                                   gint64                  donation_id,
                                   GError                **error)
{
  g_autoptr(HustingsDonation) donation = NULL;
  g_autoptr(HustingsContact) donor = NULL;
  g_autofree char *amount = NULL;
  HustingsDonationDialog *self;
  const char *election;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  donation = hustings_donation_store_get (file, donation_id, error);
  if (donation == NULL)
    return NULL;
  donor = hustings_contact_store_get (file, hustings_donation_get_contact_id (donation), error);
  if (donor == NULL)
    return NULL;

  self = g_object_new (HUSTINGS_TYPE_DONATION_DIALOG,
                       "transient-for", parent,
                       "title", _("Edit Donation"),
                       NULL);
  setup (self, file);
  self->donation = g_steal_pointer (&donation);

  adw_window_title_set_title (self->window_title, _("Edit Donation"));
  gtk_button_set_label (self->save_button, _("_Save"));

  set_donor (self, donor);
  hustings_date_entry_set_date (self->date_entry, hustings_donation_get_date (self->donation));
  amount = hustings_money_format_plain (hustings_donation_get_amount (self->donation));
  gtk_editable_set_text (GTK_EDITABLE (self->amount_row), amount);
  adw_combo_row_set_selected (self->method_row, hustings_donation_get_method (self->donation));
  election = hustings_donation_get_election (self->donation);
  if (election != NULL && !hustings_donation_get_election_presumed (self->donation))
    for (guint i = 0; i < self->election_codes->len; i++)
      if (g_strcmp0 (g_ptr_array_index (self->election_codes, i), election) == 0)
        adw_combo_row_set_selected (self->election_row, i + 1);
  select_receipt_line (self, hustings_donation_get_receipt_line (self->donation));
  select_event (self, hustings_donation_get_event_id (self->donation));
  gtk_editable_set_text (GTK_EDITABLE (self->check_row),
                         hustings_donation_get_check_number (self->donation));
  gtk_editable_set_text (GTK_EDITABLE (self->memo_row),
                         hustings_donation_get_memo (self->donation));
  /* A refund stays with the donor and election of the gift it returns. */
  if (hustings_donation_get_refund_of (self->donation) != 0)
    lock_to_original (self);
  update_totals (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->amount_row));

  return self;
}

HustingsDonationDialog *
hustings_donation_dialog_new_refund (GtkWindow              *parent,
                                     HustingsCommitteeFile  *file,
                                     gint64                  donation_id,
                                     GError                **error)
{
  g_autoptr(HustingsDonation) original = NULL;
  g_autoptr(HustingsContact) donor = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *given = NULL;
  g_autofree char *memo = NULL;
  HustingsDonationDialog *self;
  gint64 left;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  original = hustings_donation_store_get (file, donation_id, error);
  if (original == NULL)
    return NULL;
  if (hustings_donation_get_amount (original) < 0)
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("This is a refund already; choose the donation it returned"));
      return NULL;
    }
  left = hustings_donation_store_refundable (file, donation_id);
  if (left <= 0)
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("This donation has been refunded in full already"));
      return NULL;
    }
  donor = hustings_contact_store_get (file, hustings_donation_get_contact_id (original), error);
  if (donor == NULL)
    return NULL;

  self = g_object_new (HUSTINGS_TYPE_DONATION_DIALOG,
                       "transient-for", parent,
                       "title", _("Refund Donation"),
                       NULL);
  setup (self, file);
  self->refund_of = donation_id;

  adw_window_title_set_title (self->window_title, _("Refund Donation"));
  gtk_button_set_label (self->save_button, _("_Refund"));

  set_donor (self, donor);
  lock_to_original (self);
  /* What is left of the gift, as the money going back. */
  amount = hustings_money_format_plain (-left);
  gtk_editable_set_text (GTK_EDITABLE (self->amount_row), amount);
  adw_combo_row_set_selected (self->method_row, hustings_donation_get_method (original));
  for (guint i = 0; i < self->election_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->election_codes, i),
                   hustings_donation_get_election (original)) == 0)
      adw_combo_row_set_selected (self->election_row, i + 1);
  given = hustings_date_format (hustings_donation_get_date (original));
  /* Translators: a refund's memo; %s is the date of the donation refunded */
  memo = g_strdup_printf (_("Refund of the donation of %s"), given);
  gtk_editable_set_text (GTK_EDITABLE (self->memo_row), memo);
  update_totals (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->amount_row));

  return self;
}
