/* hustings-committee-dialog.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-committee-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "widgets/hustings-date-entry.h"

#include "hustings-committee-dialog.h"

/* Rows of office_row, in order. */
static const char * const offices[] = { "", "H", "S", "P" };
/* Rows of frequency_row, in order. */
static const char * const frequencies[] = { "Q", "M" };

struct _HustingsCommitteeDialog
{
  AdwWindow              parent_instance;

  /* template widgets */
  AdwWindowTitle        *window_title;
  GtkButton             *save_button;
  AdwPreferencesPage    *page;
  AdwPreferencesGroup   *error_group;
  GtkLabel              *error_label;
  AdwEntryRow           *name_row;
  AdwEntryRow           *fec_id_row;
  GtkLabel              *fec_id_error;
  AdwComboRow           *type_row;
  AdwComboRow           *frequency_row;
  AdwEntryRow           *street1_row;
  AdwEntryRow           *street2_row;
  AdwEntryRow           *city_row;
  AdwEntryRow           *state_row;
  AdwEntryRow           *zip_row;
  AdwEntryRow           *email_row;
  AdwEntryRow           *treasurer_first_row;
  AdwEntryRow           *treasurer_last_row;
  AdwEntryRow           *candidate_first_row;
  AdwEntryRow           *candidate_last_row;
  AdwComboRow           *office_row;
  AdwEntryRow           *candidate_state_row;
  AdwEntryRow           *candidate_district_row;
  AdwPreferencesGroup   *elections_group;

  /* owned */
  HustingsCommitteeFile *file;      /* the file edited, or NULL when creating */
  char                  *path;      /* where to create the file */
  GPtrArray             *elections; /* ElectionRow* */
};

G_DEFINE_FINAL_TYPE (HustingsCommitteeDialog, hustings_committee_dialog, ADW_TYPE_WINDOW)

enum {
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The widgets of one election in elections_group. */
typedef struct
{
  AdwExpanderRow    *row;
  AdwEntryRow       *code;
  HustingsDateEntry *date;
  AdwEntryRow       *state;
} ElectionRow;

static void
show_error (HustingsCommitteeDialog *self,
            const char              *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_group), message != NULL);
  if (message != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->error_label));
}

static char *
dup_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
replace_string (char       **field,
                char        *value)
{
  g_free (*field);
  *field = value;
}

static guint
index_of (const char * const *values,
          guint               n_values,
          const char         *value)
{
  for (guint i = 0; i < n_values; i++)
    if (g_strcmp0 (values[i], value) == 0)
      return i;
  return 0;
}

static void
update_election_title (ElectionRow *election)
{
  g_autofree char *code = dup_text (election->code);
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  g_autofree char *state = dup_text (election->state);
  const char *iso = hustings_date_entry_get_date (election->date);

  if (hustings_election_code_is_valid (code))
    title = hustings_election_code_describe (code);
  else
    title = g_strdup (_("New Election"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (election->row), title);

  date = iso ? hustings_date_format (iso) : g_strdup ("");
  if (*date != '\0' && *state != '\0')
    {
      /* Translators: an election's date and state, "Jun 2, 2026 · CA" */
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), date, state);

      adw_expander_row_set_subtitle (election->row, subtitle);
    }
  else
    adw_expander_row_set_subtitle (election->row, *date != '\0' ? date : state);
}

static void
remove_election_cb (GtkButton               *button,
                    HustingsCommitteeDialog *self)
{
  ElectionRow *election = g_object_get_data (G_OBJECT (button), "hustings-election");

  adw_preferences_group_remove (self->elections_group, GTK_WIDGET (election->row));
  g_ptr_array_remove (self->elections, election);
}

static ElectionRow *
append_election (HustingsCommitteeDialog *self,
                 const HustingsElection  *source)
{
  ElectionRow *election = g_new0 (ElectionRow, 1);
  GtkWidget *date_row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  election->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  election->code = ADW_ENTRY_ROW (adw_entry_row_new ());
  election->date = HUSTINGS_DATE_ENTRY (hustings_date_entry_new ());
  election->state = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (election->code),
                                 _("Code, such as P2026 or G2026"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (date_row), _("Date"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (election->state),
                                 _("State, for a primary"));
  gtk_widget_set_valign (GTK_WIDGET (election->date), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (date_row), GTK_WIDGET (election->date));

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove Election"));
  gtk_widget_add_css_class (remove, "flat");
  g_object_set_data (G_OBJECT (remove), "hustings-election", election);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_election_cb), self, 0);
  adw_expander_row_add_action (election->row, remove);

  adw_expander_row_add_row (election->row, GTK_WIDGET (election->code));
  adw_expander_row_add_row (election->row, date_row);
  adw_expander_row_add_row (election->row, GTK_WIDGET (election->state));

  if (source != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (election->code), source->code);
      hustings_date_entry_set_date (election->date, source->date);
      gtk_editable_set_text (GTK_EDITABLE (election->state), source->state);
    }

  g_signal_connect_swapped (election->code, "changed", G_CALLBACK (update_election_title),
                            election);
  g_signal_connect_swapped (election->state, "changed", G_CALLBACK (update_election_title),
                            election);
  g_signal_connect_swapped (election->date, "notify::date", G_CALLBACK (update_election_title),
                            election);
  update_election_title (election);

  adw_preferences_group_add (self->elections_group, GTK_WIDGET (election->row));
  g_ptr_array_add (self->elections, election);
  return election;
}

static void
fec_id_changed_cb (HustingsCommitteeDialog *self)
{
  g_autofree char *id = dup_text (self->fec_id_row);
  gboolean ok = *id == '\0' || hustings_fec_committee_id_is_valid (id);

  gtk_widget_set_visible (GTK_WIDGET (self->fec_id_error), !ok);
  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->fec_id_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->fec_id_row), "error");
}

static void
type_changed_cb (HustingsCommitteeDialog *self)
{
  HustingsCommittee probe = { 0 };
  g_autofree char *subtitle = NULL;

  probe.type = adw_combo_row_get_selected (self->type_row);
  /* Translators: the FEC report form a committee files, "Files FEC Form 3X";
   * hustings_committee_form() says "F3X". */
  subtitle = g_strdup_printf (_("Files FEC Form %s"), hustings_committee_form (&probe) + 1);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->type_row), subtitle);
}

static void
office_changed_cb (HustingsCommitteeDialog *self)
{
  const char *office = offices[MIN (adw_combo_row_get_selected (self->office_row),
                                    G_N_ELEMENTS (offices) - 1)];

  gtk_widget_set_visible (GTK_WIDGET (self->candidate_state_row),
                          g_str_equal (office, "H") || g_str_equal (office, "S"));
  gtk_widget_set_visible (GTK_WIDGET (self->candidate_district_row), g_str_equal (office, "H"));
}

static void
load_committee (HustingsCommitteeDialog *self,
                const HustingsCommittee *committee)
{
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), committee->name);
  gtk_editable_set_text (GTK_EDITABLE (self->fec_id_row), committee->fec_id);
  adw_combo_row_set_selected (self->type_row, committee->type);
  adw_combo_row_set_selected (self->frequency_row,
                              index_of (frequencies, G_N_ELEMENTS (frequencies),
                                        committee->filing_frequency));
  gtk_editable_set_text (GTK_EDITABLE (self->street1_row), committee->street1);
  gtk_editable_set_text (GTK_EDITABLE (self->street2_row), committee->street2);
  gtk_editable_set_text (GTK_EDITABLE (self->city_row), committee->city);
  gtk_editable_set_text (GTK_EDITABLE (self->state_row), committee->state);
  gtk_editable_set_text (GTK_EDITABLE (self->zip_row), committee->zip);
  gtk_editable_set_text (GTK_EDITABLE (self->email_row), committee->email);
  gtk_editable_set_text (GTK_EDITABLE (self->treasurer_first_row), committee->treasurer_first);
  gtk_editable_set_text (GTK_EDITABLE (self->treasurer_last_row), committee->treasurer_last);
  gtk_editable_set_text (GTK_EDITABLE (self->candidate_first_row), committee->candidate_first);
  gtk_editable_set_text (GTK_EDITABLE (self->candidate_last_row), committee->candidate_last);
  adw_combo_row_set_selected (self->office_row,
                              index_of (offices, G_N_ELEMENTS (offices),
                                        committee->candidate_office));
  gtk_editable_set_text (GTK_EDITABLE (self->candidate_state_row), committee->candidate_state);
  gtk_editable_set_text (GTK_EDITABLE (self->candidate_district_row),
                         committee->candidate_district);

  for (guint i = 0; i < committee->elections->len; i++)
    append_election (self, g_ptr_array_index (committee->elections, i));

  type_changed_cb (self);
  office_changed_cb (self);
}

static HustingsCommittee *
committee_from_form (HustingsCommitteeDialog  *self,
                     GError                  **error)
{
  g_autoptr(HustingsCommittee) committee = hustings_committee_new ();
  guint frequency = adw_combo_row_get_selected (self->frequency_row);
  guint office = adw_combo_row_get_selected (self->office_row);

  replace_string (&committee->name, dup_text (self->name_row));
  replace_string (&committee->fec_id, dup_text (self->fec_id_row));
  committee->type = adw_combo_row_get_selected (self->type_row);
  replace_string (&committee->filing_frequency,
                  g_strdup (frequencies[MIN (frequency, G_N_ELEMENTS (frequencies) - 1)]));
  replace_string (&committee->street1, dup_text (self->street1_row));
  replace_string (&committee->street2, dup_text (self->street2_row));
  replace_string (&committee->city, dup_text (self->city_row));
  replace_string (&committee->state, dup_text (self->state_row));
  replace_string (&committee->zip, dup_text (self->zip_row));
  replace_string (&committee->email, dup_text (self->email_row));
  replace_string (&committee->treasurer_first, dup_text (self->treasurer_first_row));
  replace_string (&committee->treasurer_last, dup_text (self->treasurer_last_row));
  replace_string (&committee->candidate_first, dup_text (self->candidate_first_row));
  replace_string (&committee->candidate_last, dup_text (self->candidate_last_row));
  replace_string (&committee->candidate_office,
                  g_strdup (offices[MIN (office, G_N_ELEMENTS (offices) - 1)]));
  replace_string (&committee->candidate_state,
                  gtk_widget_get_visible (GTK_WIDGET (self->candidate_state_row))
                  ? dup_text (self->candidate_state_row) : g_strdup (""));
  replace_string (&committee->candidate_district,
                  gtk_widget_get_visible (GTK_WIDGET (self->candidate_district_row))
                  ? dup_text (self->candidate_district_row) : g_strdup (""));

  for (guint i = 0; i < self->elections->len; i++)
    {
      ElectionRow *election = g_ptr_array_index (self->elections, i);
      g_autofree char *code = dup_text (election->code);
      g_autofree char *state = dup_text (election->state);

      if (!hustings_date_entry_commit (election->date, error))
        return NULL;
      hustings_committee_add_election (committee, code,
                                       hustings_date_entry_get_date (election->date)
                                       ? hustings_date_entry_get_date (election->date) : "",
                                       state);
    }

  if (!hustings_committee_validate (committee, error))
    return NULL;

  return g_steal_pointer (&committee);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HustingsCommitteeDialog *self = HUSTINGS_COMMITTEE_DIALOG (widget);
  g_autoptr(HustingsCommittee) committee = NULL;
  g_autoptr(GError) error = NULL;

  committee = committee_from_form (self, &error);
  if (committee == NULL)
    {
      show_error (self, error->message);
      return;
    }

  if (self->file != NULL)
    {
      if (!hustings_committee_file_set_committee (self->file, committee, &error))
        {
          show_error (self, error->message);
          return;
        }
    }
  else
    {
      g_autoptr(HustingsCommitteeFile) file = NULL;

      file = hustings_committee_file_create (self->path, committee, &error);
      if (file == NULL)
        {
          show_error (self, error->message);
          return;
        }
      g_signal_emit (self, signals[CREATED], 0, file);
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
add_election_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HustingsCommitteeDialog *self = HUSTINGS_COMMITTEE_DIALOG (widget);
  ElectionRow *election = append_election (self, NULL);

  adw_expander_row_set_expanded (election->row, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (election->code));
}

static void
hustings_committee_dialog_dispose (GObject *object)
{
  HustingsCommitteeDialog *self = HUSTINGS_COMMITTEE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_COMMITTEE_DIALOG);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (hustings_committee_dialog_parent_class)->dispose (object);
}

static void
hustings_committee_dialog_finalize (GObject *object)
{
  HustingsCommitteeDialog *self = HUSTINGS_COMMITTEE_DIALOG (object);

  g_ptr_array_unref (self->elections);
  g_free (self->path);

  G_OBJECT_CLASS (hustings_committee_dialog_parent_class)->finalize (object);
}

static void
hustings_committee_dialog_class_init (HustingsCommitteeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_committee_dialog_dispose;
  object_class->finalize = hustings_committee_dialog_finalize;

  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                   HUSTINGS_TYPE_COMMITTEE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-committee-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsCommitteeDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, HustingsCommitteeDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, HustingsCommitteeDialog, page);
  gtk_widget_class_bind_template_child (widget_class, HustingsCommitteeDialog, error_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsCommitteeDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsCommitteeDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsCommitteeDialog, fec_id_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsCommitteeDialog, fec_id_error);
  gtk_widget_class_bind_template_child (widget_class, HustingsCommitteeDialog, type_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsCommitteeDialog, frequency_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsCommitteeDialog, street1_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsCommitteeDialog, street2_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsCommitteeDialog, city_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsCommitteeDialog, state_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsCommitteeDialog, zip_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsCommitteeDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsCommitteeDialog,
                                        treasurer_first_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsCommitteeDialog,
                                        treasurer_last_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsCommitteeDialog,
                                        candidate_first_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsCommitteeDialog,
                                        candidate_last_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsCommitteeDialog, office_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsCommitteeDialog,
                                        candidate_state_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsCommitteeDialog,
                                        candidate_district_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsCommitteeDialog, elections_group);
  gtk_widget_class_bind_template_callback (widget_class, fec_id_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, type_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, office_changed_cb);

  gtk_widget_class_install_action (widget_class, "committee.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "committee.add-election", NULL,
                                   add_election_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "committee.save", NULL);
}

static void
hustings_committee_dialog_init (HustingsCommitteeDialog *self)
{
  self->elections = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}

HustingsCommitteeDialog *
hustings_committee_dialog_new_create (GtkWindow  *parent,
                                      const char *path)
{
  HustingsCommitteeDialog *self;
  g_autoptr(HustingsCommittee) committee = hustings_committee_new ();

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (HUSTINGS_TYPE_COMMITTEE_DIALOG,
                       "transient-for", parent,
                       "title", _("New Committee"),
                       NULL);
  self->path = g_strdup (path);
  adw_window_title_set_title (self->window_title, _("New Committee"));
  adw_window_title_set_subtitle (self->window_title, path);
  gtk_button_set_label (self->save_button, _("C_reate"));
  load_committee (self, committee);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));

  return self;
}

HustingsCommitteeDialog *
hustings_committee_dialog_new_edit (GtkWindow             *parent,
                                    HustingsCommitteeFile *file)
{
  HustingsCommitteeDialog *self;
  gboolean read_only;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  read_only = hustings_committee_file_is_read_only (file);
  self = g_object_new (HUSTINGS_TYPE_COMMITTEE_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->file = g_object_ref (file);
  load_committee (self, hustings_committee_file_peek_committee (file));
  if (read_only)
    {
      adw_window_title_set_subtitle (self->window_title, _("Read-only"));
      gtk_widget_set_sensitive (GTK_WIDGET (self->page), FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "committee.save", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "committee.add-election", FALSE);
    }

  return self;
}
