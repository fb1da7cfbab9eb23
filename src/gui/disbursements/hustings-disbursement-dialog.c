/* hustings-disbursement-dialog.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-disbursement-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "widgets/hustings-contact-row.h"
#include "widgets/hustings-date-entry.h"

#include "hustings-disbursement-dialog.h"

struct _HustingsDisbursementDialog
{
  AdwWindow              parent_instance;

  /* template widgets */
  AdwWindowTitle        *window_title;
  GtkButton             *save_button;
  AdwPreferencesGroup   *error_group;
  GtkLabel              *error_label;
  HustingsContactRow    *payee_row;
  HustingsDateEntry     *date_entry;
  AdwEntryRow           *amount_row;
  GtkLabel              *amount_error;
  AdwEntryRow           *purpose_row;
  AdwComboRow           *line_row;
  AdwComboRow           *category_row;
  AdwComboRow           *election_row;
  GtkSwitch             *memo_entry_switch;
  AdwEntryRow           *check_row;
  AdwEntryRow           *memo_row;

  /* owned */
  HustingsCommitteeFile *file;
  HustingsDisbursement  *disbursement;   /* the one edited, NULL for a new one */
  GPtrArray             *election_codes; /* char*, index + 1 in election_row */

  /* borrowed */
  const char * const    *lines;          /* the form's, in line_row's order */
};

G_DEFINE_FINAL_TYPE (HustingsDisbursementDialog, hustings_disbursement_dialog, ADW_TYPE_WINDOW)

static void
show_error (HustingsDisbursementDialog *self,
            const char                 *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_group), message != NULL);
}

static void
show_amount_error (HustingsDisbursementDialog *self,
                   const char                 *message)
{
  gtk_label_set_text (self->amount_error, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->amount_error), message != NULL);
  if (message == NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->amount_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->amount_row), "error");
}

static void
amount_changed_cb (HustingsDisbursementDialog *self)
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
payee_chosen_cb (HustingsDisbursementDialog *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->amount_row));
}

static const char *
chosen_line (HustingsDisbursementDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->line_row);

  if (self->lines == NULL || selected >= g_strv_length ((char **) self->lines))
    return "";
  return self->lines[selected];
}

/* Contribution refunds: those of donations in the file are made from the donation. */
static void
line_changed_cb (HustingsDisbursementDialog *self)
{
  const char *line = chosen_line (self);
  gboolean refund = g_str_has_prefix (line, "SB20") || g_str_has_prefix (line, "SB28");

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->line_row),
                               refund ? _("To refund a donation recorded here, use Refund… on "
                                          "the Donations page instead")
                                      : "");
}

static const char *
chosen_category (HustingsDisbursementDialog *self)
{
  const char * const *codes = hustings_disbursement_categories ();
  guint selected = adw_combo_row_get_selected (self->category_row);

  if (selected == 0 || selected > g_strv_length ((char **) codes))
    return "";
  return codes[selected - 1];
}

static const char *
chosen_election (HustingsDisbursementDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->election_row);

  if (selected == 0 || selected > self->election_codes->len)
    return NULL;
  return g_ptr_array_index (self->election_codes, selected - 1);
}

static char *
entry_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* The disbursement the form describes. NULL when it does not describe one: with error set, or
 * without when the problem is already shown beside its field. */
static HustingsDisbursement *
disbursement_from_form (HustingsDisbursementDialog  *self,
                        GError                     **error)
{
  HustingsContact *payee = hustings_contact_row_get_contact (self->payee_row);
  g_autoptr(HustingsDisbursement) disbursement = NULL;
  g_autoptr(GError) amount_error = NULL;
  g_autofree char *purpose = entry_text (self->purpose_row);
  g_autofree char *check_number = entry_text (self->check_row);
  g_autofree char *memo = entry_text (self->memo_row);
  gint64 cents;

  if (payee == NULL)
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("Choose the payee from the contacts suggested as you type their "
                             "name. Add a new payee on the Contacts page first."));
      return NULL;
    }
  if (!hustings_date_entry_commit (self->date_entry, error))
    return NULL;
  if (hustings_date_entry_get_date (self->date_entry) == NULL)
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("Enter the date the payment was made."));
      return NULL;
    }
  if (!hustings_money_parse (gtk_editable_get_text (GTK_EDITABLE (self->amount_row)), &cents,
                             &amount_error))
    {
      /* Said beside the amount, not at the top. */
      show_amount_error (self, amount_error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->amount_row));
      return NULL;
    }

  disbursement = self->disbursement ? hustings_disbursement_copy (self->disbursement)
                                    : hustings_disbursement_new ();
  hustings_disbursement_set_contact_id (disbursement, hustings_contact_get_id (payee));
  hustings_disbursement_set_date (disbursement, hustings_date_entry_get_date (self->date_entry));
  hustings_disbursement_set_amount (disbursement, cents);
  hustings_disbursement_set_purpose (disbursement, purpose);
  hustings_disbursement_set_line (disbursement, chosen_line (self));
  hustings_disbursement_set_category (disbursement, chosen_category (self));
  hustings_disbursement_set_election (disbursement, chosen_election (self));
  hustings_disbursement_set_memo_entry (disbursement,
                                        gtk_switch_get_active (self->memo_entry_switch));
  hustings_disbursement_set_check_number (disbursement, check_number);
  hustings_disbursement_set_memo (disbursement, memo);
  return g_steal_pointer (&disbursement);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HustingsDisbursementDialog *self = HUSTINGS_DISBURSEMENT_DIALOG (widget);
  g_autoptr(HustingsDisbursement) disbursement = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  disbursement = disbursement_from_form (self, &error);
  if (disbursement == NULL)
    {
      show_error (self, error ? error->message : NULL);
      return;
    }

  if (self->disbursement == NULL)
    ok = hustings_disbursement_store_add (self->file, disbursement, &error);
  else
    ok = hustings_disbursement_store_update (self->file, disbursement, &error);
  if (!ok)
    {
      show_error (self, error->message);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

/* Fills the choices from the file: the lines of the committee's form, its elections. */
static void
setup (HustingsDisbursementDialog *self,
       HustingsCommitteeFile      *file)
{
  const HustingsCommittee *committee = hustings_committee_file_peek_committee (file);
  g_autoptr(GtkStringList) lines = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) elections = gtk_string_list_new (NULL);
  g_autofree char *today = hustings_date_today ();

  self->file = g_object_ref (file);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save",
                                 !hustings_committee_file_is_read_only (file));
  hustings_contact_row_set_file (self->payee_row, file);

  self->lines = hustings_disbursement_lines (hustings_committee_form (committee));
  for (guint i = 0; self->lines != NULL && self->lines[i] != NULL; i++)
    {
      g_autofree char *text = hustings_disbursement_line_describe (self->lines[i]);

      gtk_string_list_append (lines, text);
    }
  adw_combo_row_set_model (self->line_row, G_LIST_MODEL (lines));
  line_changed_cb (self);

  gtk_string_list_append (elections, _("None"));
  for (guint i = 0; i < committee->elections->len; i++)
    {
      const HustingsElection *election = g_ptr_array_index (committee->elections, i);
      g_autofree char *text = hustings_election_code_describe (election->code);

      gtk_string_list_append (elections, text);
      g_ptr_array_add (self->election_codes, g_strdup (election->code));
    }
  adw_combo_row_set_model (self->election_row, G_LIST_MODEL (elections));

  hustings_date_entry_set_date (self->date_entry, today);
}

static void
hustings_disbursement_dialog_dispose (GObject *object)
{
  HustingsDisbursementDialog *self = HUSTINGS_DISBURSEMENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_DISBURSEMENT_DIALOG);
  g_clear_object (&self->file);
  g_clear_object (&self->disbursement);

  G_OBJECT_CLASS (hustings_disbursement_dialog_parent_class)->dispose (object);
}

static void
hustings_disbursement_dialog_finalize (GObject *object)
{
  HustingsDisbursementDialog *self = HUSTINGS_DISBURSEMENT_DIALOG (object);

  g_ptr_array_unref (self->election_codes);

  G_OBJECT_CLASS (hustings_disbursement_dialog_parent_class)->finalize (object);
}

static void
hustings_disbursement_dialog_class_init (HustingsDisbursementDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_disbursement_dialog_dispose;
  object_class->finalize = hustings_disbursement_dialog_finalize;

  g_type_ensure (HUSTINGS_TYPE_CONTACT_ROW);
  g_type_ensure (HUSTINGS_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-disbursement-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementDialog, error_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementDialog, payee_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementDialog, amount_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementDialog, amount_error);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementDialog, purpose_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementDialog, line_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementDialog, election_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementDialog,
                                        memo_entry_switch);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementDialog, check_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsDisbursementDialog, memo_row);
  gtk_widget_class_bind_template_callback (widget_class, amount_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, payee_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, line_changed_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
}

static void
hustings_disbursement_dialog_init (HustingsDisbursementDialog *self)
{
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  AdwEntryRow *limited[2];

  self->election_codes = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (categories, _("None"));
  for (const char * const *code = hustings_disbursement_categories (); *code; code++)
    {
      /* Translators: a category and its FEC code: "Advertising (004)" */
      g_autofree char *text = g_strdup_printf (_("%s (%s)"),
                                               hustings_disbursement_category_label (*code),
                                               *code);

      gtk_string_list_append (categories, text);
    }
  adw_combo_row_set_model (self->category_row, G_LIST_MODEL (categories));

  /* The FEC takes so many characters, and no more. */
  limited[0] = self->purpose_row;
  limited[1] = self->memo_row;
  for (guint i = 0; i < G_N_ELEMENTS (limited); i++)
    gtk_text_set_max_length (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (limited[i]))),
                             HUSTINGS_DISBURSEMENT_TEXT_MAX);
}

HustingsDisbursementDialog *
hustings_disbursement_dialog_new (GtkWindow             *parent,
                                  HustingsCommitteeFile *file,
                                  HustingsContact       *payee)
{
  HustingsDisbursementDialog *self;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  self = g_object_new (HUSTINGS_TYPE_DISBURSEMENT_DIALOG,
                       "transient-for", parent,
                       NULL);
  setup (self, file);
  hustings_contact_row_set_contact (self->payee_row, payee);
  gtk_widget_grab_focus (payee != NULL ? GTK_WIDGET (self->amount_row)
                                       : GTK_WIDGET (self->payee_row));

  return self;
}

static guint
position_of (const char * const *list,
             const char         *item)
{
  for (guint i = 0; list != NULL && list[i] != NULL; i++)
    if (g_strcmp0 (list[i], item) == 0)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

HustingsDisbursementDialog *
hustings_disbursement_dialog_new_edit (GtkWindow              *parent,
                                       HustingsCommitteeFile  *file,
                                       gint64                  id,
                                       GError                **error)
{
  g_autoptr(HustingsDisbursement) disbursement = NULL;
  g_autoptr(HustingsContact) payee = NULL;
  g_autofree char *amount = NULL;
  HustingsDisbursementDialog *self;
  const char *election;
  guint position;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  disbursement = hustings_disbursement_store_get (file, id, error);
  if (disbursement == NULL)
    return NULL;
  payee = hustings_contact_store_get (file, hustings_disbursement_get_contact_id (disbursement),
                                      error);
  if (payee == NULL)
    return NULL;

  self = g_object_new (HUSTINGS_TYPE_DISBURSEMENT_DIALOG,
                       "transient-for", parent,
                       "title", _("Edit Disbursement"),
                       NULL);
  setup (self, file);
  self->disbursement = g_steal_pointer (&disbursement);

  adw_window_title_set_title (self->window_title, _("Edit Disbursement"));
  gtk_button_set_label (self->save_button, _("_Save"));

  hustings_contact_row_set_contact (self->payee_row, payee);
  hustings_date_entry_set_date (self->date_entry,
                                hustings_disbursement_get_date (self->disbursement));
  amount = hustings_money_format_plain (hustings_disbursement_get_amount (self->disbursement));
  gtk_editable_set_text (GTK_EDITABLE (self->amount_row), amount);
  gtk_editable_set_text (GTK_EDITABLE (self->purpose_row),
                         hustings_disbursement_get_purpose (self->disbursement));
  position = position_of (self->lines, hustings_disbursement_get_line (self->disbursement));
  if (position != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (self->line_row, position);
  position = position_of (hustings_disbursement_categories (),
                          hustings_disbursement_get_category (self->disbursement));
  adw_combo_row_set_selected (self->category_row,
                              position != GTK_INVALID_LIST_POSITION ? position + 1 : 0);
  election = hustings_disbursement_get_election (self->disbursement);
  for (guint i = 0; election != NULL && i < self->election_codes->len; i++)
    if (g_str_equal (g_ptr_array_index (self->election_codes, i), election))
      adw_combo_row_set_selected (self->election_row, i + 1);
  gtk_switch_set_active (self->memo_entry_switch,
                         hustings_disbursement_get_memo_entry (self->disbursement));
  gtk_editable_set_text (GTK_EDITABLE (self->check_row),
                         hustings_disbursement_get_check_number (self->disbursement));
  gtk_editable_set_text (GTK_EDITABLE (self->memo_row),
                         hustings_disbursement_get_memo (self->disbursement));
  gtk_widget_grab_focus (GTK_WIDGET (self->amount_row));

  return self;
}
