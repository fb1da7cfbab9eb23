/* hustings-compliance-remedy-dialog.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-compliance-remedy-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "widgets/hustings-contact-row.h"
#include "widgets/hustings-date-entry.h"

#include "hustings-compliance-remedy-dialog.h"

struct _HustingsComplianceRemedyDialog
{
  AdwWindow              parent_instance;

  /* template widgets */
  AdwWindowTitle        *window_title;
  GtkButton             *save_button;
  GtkLabel              *message_label;
  GtkLabel              *explanation_label;
  AdwPreferencesGroup   *error_group;
  GtkLabel              *error_label;
  AdwComboRow           *gift_row;
  AdwEntryRow           *amount_row;
  GtkLabel              *amount_error;
  AdwPreferencesGroup   *target_group;
  AdwComboRow           *election_row;
  HustingsContactRow    *contact_row;
  AdwActionRow          *date_row;
  HustingsDateEntry     *date_entry;
  AdwEntryRow           *check_row;
  AdwEntryRow           *memo_row;

  /* owned */
  HustingsCommitteeFile *file;
  HustingsRemedy         remedy;
  gint64                 at_stake;   /* the finding's amount */
  GPtrArray             *gifts;      /* HustingsDonation*, those with something left to move */
  GArray                *movable;    /* gint64, what is left of each */
  GPtrArray             *elections;  /* char*, the choices of election_row */
};

G_DEFINE_FINAL_TYPE (HustingsComplianceRemedyDialog, hustings_compliance_remedy_dialog,
                     ADW_TYPE_WINDOW)

static void
show_error (HustingsComplianceRemedyDialog *self,
            const char                     *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_group), message != NULL);
}

static void
show_amount_error (HustingsComplianceRemedyDialog *self,
                   const char                     *message)
{
  gtk_label_set_text (self->amount_error, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->amount_error), message != NULL);
  if (message == NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->amount_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->amount_row), "error");
}

static HustingsDonation *
chosen_gift (HustingsComplianceRemedyDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->gift_row);

  return selected < self->gifts->len ? g_ptr_array_index (self->gifts, selected) : NULL;
}

/* The committee's elections other than the gift's, the next one after it first. */
static void
fill_elections (HustingsComplianceRemedyDialog *self,
                HustingsDonation               *gift)
{
  const HustingsCommittee *committee = hustings_committee_file_peek_committee (self->file);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *own = hustings_donation_get_election (gift);
  const char *own_date = NULL;
  guint next = 0;

  g_ptr_array_set_size (self->elections, 0);
  for (guint i = 0; i < committee->elections->len; i++)
    {
      const HustingsElection *election = g_ptr_array_index (committee->elections, i);

      if (g_strcmp0 (election->code, own) == 0)
        own_date = election->date;
    }
  for (guint i = 0; i < committee->elections->len; i++)
    {
      const HustingsElection *election = g_ptr_array_index (committee->elections, i);
      g_autofree char *text = NULL;

      if (g_strcmp0 (election->code, own) == 0)
        continue;
      text = hustings_election_code_describe (election->code);
      gtk_string_list_append (names, text);
      g_ptr_array_add (self->elections, g_strdup (election->code));
      /* Elections are sorted by date: the first after the gift's is the one it usually
       * moves to (a primary's excess to the general). */
      if (next == 0 && own_date != NULL && g_strcmp0 (election->date, own_date) > 0)
        next = self->elections->len;
    }

  adw_combo_row_set_model (self->election_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->election_row, next > 0 ? next - 1 : 0);
}

static void
gift_changed_cb (HustingsComplianceRemedyDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->gift_row);
  HustingsDonation *gift = chosen_gift (self);
  g_autofree char *amount = NULL;

  if (gift == NULL)
    return;

  amount = hustings_money_format_plain (MIN (self->at_stake,
                                             g_array_index (self->movable, gint64, selected)));
  gtk_editable_set_text (GTK_EDITABLE (self->amount_row), amount);
  if (self->remedy == HUSTINGS_REMEDY_REDESIGNATE)
    fill_elections (self, gift);
}

static void
amount_changed_cb (HustingsComplianceRemedyDialog *self)
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
contact_chosen_cb (HustingsComplianceRemedyDialog *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->save_button));
}

/* Applying ------------------------------------------------------------------------------------- */

static gboolean
refund (HustingsComplianceRemedyDialog  *self,
        HustingsDonation                *gift,
        gint64                           cents,
        GError                         **error)
{
  g_autoptr(HustingsDonation) refund = hustings_donation_new ();
  g_autofree char *check_number = NULL;
  g_autofree char *memo = NULL;

  if (!hustings_date_entry_commit (self->date_entry, error))
    return FALSE;
  if (hustings_date_entry_get_date (self->date_entry) == NULL)
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("Enter the date the refund was sent."));
      return FALSE;
    }

  check_number = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->check_row))));
  memo = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->memo_row))));
  hustings_donation_set_contact_id (refund, hustings_donation_get_contact_id (gift));
  hustings_donation_set_date (refund, hustings_date_entry_get_date (self->date_entry));
  hustings_donation_set_amount (refund, -cents);
  hustings_donation_set_method (refund, hustings_donation_get_method (gift));
  hustings_donation_set_election (refund, hustings_donation_get_election (gift));
  hustings_donation_set_check_number (refund, check_number);
  hustings_donation_set_memo (refund, memo);
  hustings_donation_set_refund_of (refund, hustings_donation_get_id (gift));

  return hustings_donation_store_add (self->file, refund, error);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HustingsComplianceRemedyDialog *self = HUSTINGS_COMPLIANCE_REMEDY_DIALOG (widget);
  HustingsDonation *gift = chosen_gift (self);
  g_autoptr(GError) amount_error = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok = FALSE;
  gint64 cents;

  if (gift == NULL)
    return;

  if (!hustings_money_parse (gtk_editable_get_text (GTK_EDITABLE (self->amount_row)),
                             &cents, &amount_error))
    {
      /* Said beside the amount, not at the top. */
      show_amount_error (self, amount_error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->amount_row));
      return;
    }
  /* However it was typed, it is an amount to move. */
  cents = ABS (cents);

  switch (self->remedy)
    {
    case HUSTINGS_REMEDY_REFUND:
      ok = refund (self, gift, cents, &error);
      break;

    case HUSTINGS_REMEDY_REDESIGNATE:
      {
        guint selected = adw_combo_row_get_selected (self->election_row);

        if (selected >= self->elections->len)
          g_set_error_literal (&error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                               _("The committee has no other election to move the gift to. "
                                 "Add one in the committee profile first."));
        else
          ok = hustings_compliance_redesignate (self->file, hustings_donation_get_id (gift),
                                                g_ptr_array_index (self->elections, selected),
                                                cents, NULL, &error);
        break;
      }

    case HUSTINGS_REMEDY_REATTRIBUTE:
      {
        HustingsContact *to = hustings_contact_row_get_contact (self->contact_row);

        if (to == NULL)
          g_set_error_literal (&error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                               _("Choose the contributor from the contacts suggested as you "
                                 "type their name. Add them on the Contacts page first if they "
                                 "are not there."));
        else
          ok = hustings_compliance_reattribute (self->file, hustings_donation_get_id (gift),
                                                hustings_contact_get_id (to), cents, NULL,
                                                &error);
        break;
      }

    default:
      g_assert_not_reached ();
    }

  if (!ok)
    {
      show_error (self, error->message);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
hustings_compliance_remedy_dialog_dispose (GObject *object)
{
  HustingsComplianceRemedyDialog *self = HUSTINGS_COMPLIANCE_REMEDY_DIALOG (object);

  /* Without a file, late signals from the form while it goes away change nothing. */
  g_clear_object (&self->file);
  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_COMPLIANCE_REMEDY_DIALOG);

  G_OBJECT_CLASS (hustings_compliance_remedy_dialog_parent_class)->dispose (object);
}

static void
hustings_compliance_remedy_dialog_finalize (GObject *object)
{
  HustingsComplianceRemedyDialog *self = HUSTINGS_COMPLIANCE_REMEDY_DIALOG (object);

  g_ptr_array_unref (self->gifts);
  g_array_unref (self->movable);
  g_ptr_array_unref (self->elections);

  G_OBJECT_CLASS (hustings_compliance_remedy_dialog_parent_class)->finalize (object);
}

static void
hustings_compliance_remedy_dialog_class_init (HustingsComplianceRemedyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_compliance_remedy_dialog_dispose;
  object_class->finalize = hustings_compliance_remedy_dialog_finalize;

  g_type_ensure (HUSTINGS_TYPE_CONTACT_ROW);
  g_type_ensure (HUSTINGS_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE
                                               "/hustings-compliance-remedy-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceRemedyDialog,
                                        window_title);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceRemedyDialog,
                                        save_button);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceRemedyDialog,
                                        message_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceRemedyDialog,
                                        explanation_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceRemedyDialog,
                                        error_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceRemedyDialog,
                                        error_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceRemedyDialog, gift_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceRemedyDialog,
                                        amount_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceRemedyDialog,
                                        amount_error);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceRemedyDialog,
                                        target_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceRemedyDialog,
                                        election_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceRemedyDialog,
                                        contact_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceRemedyDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceRemedyDialog,
                                        date_entry);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceRemedyDialog, check_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceRemedyDialog, memo_row);
  gtk_widget_class_bind_template_callback (widget_class, gift_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, amount_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, contact_chosen_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
}

static void
hustings_compliance_remedy_dialog_init (HustingsComplianceRemedyDialog *self)
{
  self->gifts = g_ptr_array_new_with_free_func (g_object_unref);
  self->movable = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->elections = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/* "Mar 4, 2026 · $500.00 · Primary 2026" */
static char *
describe_gift (HustingsDonation *gift)
{
  g_autofree char *date = hustings_date_format (hustings_donation_get_date (gift));
  g_autofree char *amount = hustings_money_format (hustings_donation_get_amount (gift));
  const char *election = hustings_donation_get_election (gift);
  g_autofree char *election_text = election ? hustings_election_code_describe (election) : NULL;

  if (election_text == NULL)
    /* Translators: a gift, its date and amount */
    return g_strdup_printf (_("%s · %s"), date, amount);
  /* Translators: a gift, its date, amount and election */
  return g_strdup_printf (_("%s · %s · %s"), date, amount, election_text);
}

HustingsComplianceRemedyDialog *
hustings_compliance_remedy_dialog_new (GtkWindow              *parent,
                                       HustingsCommitteeFile  *file,
                                       HustingsFinding        *finding,
                                       HustingsRemedy          remedy,
                                       GError                **error)
{
  static const struct {
    const char *title;
    const char *button;
    const char *description;
  } remedies[] = {
    [HUSTINGS_REMEDY_REFUND] = {
      N_("Refund"), N_("_Refund"),
      N_("Records the money sent back to the donor, as a refund of the gift it returns.") },
    [HUSTINGS_REMEDY_REDESIGNATE] = {
      N_("Redesignate"), N_("Re_designate"),
      N_("Moves part of the gift to another election of the committee, as the donor agreed "
         "in writing. Keep the donor’s signed consent with the committee’s records.") },
    [HUSTINGS_REMEDY_REATTRIBUTE] = {
      N_("Reattribute"), N_("Reat_tribute"),
      N_("Moves part of the gift to another person who signed the check, such as a spouse, "
         "as both agreed in writing. Keep their signed consent with the committee’s "
         "records.") },
  };
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  HustingsComplianceRemedyDialog *self;
  g_autofree char *today = NULL;
  GArray *ids;
  guint latest;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);
  g_return_val_if_fail (HUSTINGS_IS_FINDING (finding), NULL);
  g_return_val_if_fail (remedy <= HUSTINGS_REMEDY_REATTRIBUTE, NULL);

  self = g_object_new (HUSTINGS_TYPE_COMPLIANCE_REMEDY_DIALOG,
                       "transient-for", parent,
                       "title", _(remedies[remedy].title),
                       NULL);
  self->file = g_object_ref (file);
  self->remedy = remedy;
  hustings_contact_row_set_file (self->contact_row, file);
  self->at_stake = hustings_finding_get_amount (finding);

  /* The gifts with something left to move, by date as the finding names them. */
  ids = hustings_finding_get_donations (finding);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      gint64 left = hustings_compliance_movable (file, id);
      HustingsDonation *gift;
      g_autofree char *text = NULL;

      if (left <= 0 || (gift = hustings_donation_store_get (file, id, NULL)) == NULL)
        continue;
      text = describe_gift (gift);
      gtk_string_list_append (names, text);
      g_ptr_array_add (self->gifts, gift);
      g_array_append_val (self->movable, left);
    }
  if (self->gifts->len == 0)
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("Nothing is left of these gifts to refund or move: they were "
                             "refunded or moved already."));
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  adw_window_title_set_title (self->window_title, _(remedies[remedy].title));
  adw_window_title_set_subtitle (self->window_title, hustings_finding_get_contact_name (finding));
  gtk_button_set_label (self->save_button, _(remedies[remedy].button));
  gtk_label_set_text (self->message_label, hustings_finding_get_message (finding));
  gtk_label_set_text (self->explanation_label, _(remedies[remedy].description));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save",
                                 !hustings_committee_file_is_read_only (file));

  gtk_widget_set_visible (GTK_WIDGET (self->election_row), remedy == HUSTINGS_REMEDY_REDESIGNATE);
  gtk_widget_set_visible (GTK_WIDGET (self->contact_row), remedy == HUSTINGS_REMEDY_REATTRIBUTE);
  gtk_widget_set_visible (GTK_WIDGET (self->date_row), remedy == HUSTINGS_REMEDY_REFUND);
  gtk_widget_set_visible (GTK_WIDGET (self->check_row), remedy == HUSTINGS_REMEDY_REFUND);
  gtk_widget_set_visible (GTK_WIDGET (self->memo_row), remedy == HUSTINGS_REMEDY_REFUND);
  adw_preferences_group_set_title (self->target_group,
                                   remedy == HUSTINGS_REMEDY_REFUND ? _("Refund") : _("Move To"));

  today = hustings_date_today ();
  hustings_date_entry_set_date (self->date_entry, today);
  gtk_editable_set_text (GTK_EDITABLE (self->memo_row),
                         hustings_finding_get_kind (finding) == HUSTINGS_FINDING_OVER_LIMIT
                         ? _("Refund of the part over the limit") : "");

  /* The latest gift is usually the one that went over. */
  latest = self->gifts->len - 1;
  adw_combo_row_set_model (self->gift_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->gift_row, latest);
  gift_changed_cb (self);

  if (remedy == HUSTINGS_REMEDY_REATTRIBUTE)
    gtk_widget_grab_focus (GTK_WIDGET (self->contact_row));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->amount_row));
  return self;
}
