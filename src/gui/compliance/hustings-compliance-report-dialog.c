/* hustings-compliance-report-dialog.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-compliance-report-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "widgets/hustings-date-entry.h"

#include "hustings-compliance-report-dialog.h"

struct _HustingsComplianceReportDialog
{
  AdwWindow              parent_instance;

  /* template widgets */
  AdwPreferencesGroup   *error_group;
  GtkLabel              *error_label;
  GtkLabel              *form_label;
  GtkSpinButton         *year_spin;
  AdwComboRow           *code_row;
  GtkSwitch             *termination_switch;
  HustingsDateEntry     *from_entry;
  HustingsDateEntry     *to_entry;
  AdwActionRow          *election_row;
  AdwActionRow          *due_row;
  GtkLabel              *due_label;

  /* owned */
  HustingsCommitteeFile *file;
  GPtrArray             *calendar;  /* HustingsFilingReport*, the choices of code_row */
};

G_DEFINE_FINAL_TYPE (HustingsComplianceReportDialog, hustings_compliance_report_dialog,
                     ADW_TYPE_WINDOW)

enum {
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (HustingsComplianceReportDialog *self,
            const char                     *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_group), message != NULL);
}

static const HustingsFilingReport *
chosen_report (HustingsComplianceReportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->code_row);

  if (gtk_switch_get_active (self->termination_switch) || selected >= self->calendar->len)
    return NULL;
  return g_ptr_array_index (self->calendar, selected);
}

/* "General 2026 · Nov 3, 2026 · CA" */
static char *
describe_election (const char *code,
                   const char *date,
                   const char *state)
{
  g_autofree char *name = hustings_election_code_describe (code);
  g_autofree char *day = hustings_date_format (date);

  if (state != NULL && *state != '\0')
    /* Translators: an election, its date and state */
    return g_strdup_printf (_("%s · %s · %s"), name, day, state);
  /* Translators: an election and its date */
  return g_strdup_printf (_("%s · %s"), name, day);
}

static void
report_changed_cb (HustingsComplianceReportDialog *self)
{
  const HustingsFilingReport *report = chosen_report (self);
  g_autofree char *due = NULL;
  g_autofree char *election = NULL;

  show_error (self, NULL);
  if (report == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->election_row), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->due_row), FALSE);
      return;
    }

  hustings_date_entry_set_date (self->from_entry, report->coverage_from);
  hustings_date_entry_set_date (self->to_entry, report->coverage_to);

  due = hustings_date_format (report->due);
  gtk_label_set_text (self->due_label, due);
  gtk_widget_set_visible (GTK_WIDGET (self->due_row), TRUE);

  if (report->election != NULL)
    election = describe_election (report->election, report->election_date,
                                  report->election_state);
  adw_action_row_set_subtitle (self->election_row, election ? election : "");
  gtk_widget_set_visible (GTK_WIDGET (self->election_row), election != NULL);
}

/* The reports of the year's calendar, without the previous year's year-end report it starts
 * with. */
static void
fill_calendar (HustingsComplianceReportDialog *self,
               int                             year)
{
  const HustingsCommittee *committee = hustings_committee_file_peek_committee (self->file);
  g_autoptr(GPtrArray) calendar = hustings_filing_calendar (committee, year);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->calendar, 0);
  for (guint i = 1; i < calendar->len; i++)
    {
      HustingsFilingReport *report = g_ptr_array_index (calendar, i);
      const char *name = hustings_filing_code_describe (report->code);
      g_autofree char *text = NULL;
      gboolean shared = FALSE;

      /* Reports of one code for several elections (two primaries) say which. */
      for (guint j = 1; j < calendar->len; j++)
        shared |= j != i && g_str_equal (report->code,
                                         ((HustingsFilingReport *) calendar->pdata[j])->code);
      if (shared && report->election != NULL)
        {
          g_autofree char *election = hustings_election_code_describe (report->election);

          /* Translators: a report, its code and its election, "12-day Pre-Primary (12P) ·
           * Primary 2026" */
          text = g_strdup_printf (_("%s (%s) · %s"), name, report->code, election);
        }
      else
        /* Translators: a report and its code, "April Quarterly (Q1)" */
        text = g_strdup_printf (_("%s (%s)"), name, report->code);
      gtk_string_list_append (names, text);
      g_ptr_array_add (self->calendar, hustings_filing_report_copy (report));
    }

  adw_combo_row_set_model (self->code_row, G_LIST_MODEL (names));
}

/* The first report of the calendar that is not made yet and not yet past due; the first not
 * made yet when all are past; the first otherwise. */
static guint
next_report (HustingsComplianceReportDialog *self)
{
  const char *form = hustings_committee_form (hustings_committee_file_peek_committee (self->file));
  g_autofree char *today = hustings_date_today ();
  guint not_made = G_MAXUINT;

  for (guint i = 0; i < self->calendar->len; i++)
    {
      HustingsFilingReport *report = g_ptr_array_index (self->calendar, i);
      g_autoptr(HustingsReport) made = hustings_report_store_find (self->file, form, report->code,
                                                                   report->coverage_from,
                                                                   report->coverage_to, NULL);

      if (made != NULL)
        continue;
      if (strcmp (report->due, today) >= 0)
        return i;
      not_made = MIN (not_made, i);
    }

  return not_made != G_MAXUINT ? not_made : 0;
}

static void
year_changed_cb (HustingsComplianceReportDialog *self)
{
  fill_calendar (self, gtk_spin_button_get_value_as_int (self->year_spin));
  adw_combo_row_set_selected (self->code_row, next_report (self));
  report_changed_cb (self);
}

/* A termination report covers what no report covered yet, to today. */
static void
termination_changed_cb (HustingsComplianceReportDialog *self)
{
  gboolean termination = gtk_switch_get_active (self->termination_switch);
  g_autoptr(GPtrArray) reports = NULL;
  g_autofree char *from = NULL;
  g_autofree char *today = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->code_row), !termination);
  if (!termination)
    {
      report_changed_cb (self);
      return;
    }

  reports = hustings_report_store_list (self->file, NULL);
  today = hustings_date_today ();
  if (reports != NULL && reports->len > 0)
    {
      HustingsReport *last = g_ptr_array_index (reports, reports->len - 1);
      g_autoptr(GDate) day = g_date_new ();

      g_date_set_parse (day, hustings_report_get_coverage_to (last));
      if (g_date_valid (day))
        {
          char text[16];

          g_date_add_days (day, 1);
          g_date_strftime (text, sizeof text, "%Y-%m-%d", day);
          from = g_strdup (text);
        }
    }
  if (from == NULL)
    from = g_strdup_printf ("%.4s-01-01", today);

  hustings_date_entry_set_date (self->from_entry, from);
  hustings_date_entry_set_date (self->to_entry, today);
  report_changed_cb (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HustingsComplianceReportDialog *self = HUSTINGS_COMPLIANCE_REPORT_DIALOG (widget);
  const HustingsCommittee *committee = hustings_committee_file_peek_committee (self->file);
  const HustingsFilingReport *chosen = chosen_report (self);
  gboolean termination = gtk_switch_get_active (self->termination_switch);
  g_autoptr(HustingsReport) report = NULL;
  g_autoptr(GError) error = NULL;

  if (!termination && chosen == NULL)
    {
      show_error (self, _("Choose the report to make."));
      return;
    }
  if (!hustings_date_entry_commit (self->from_entry, &error) ||
      !hustings_date_entry_commit (self->to_entry, &error))
    {
      show_error (self, error->message);
      return;
    }
  if (hustings_date_entry_get_date (self->from_entry) == NULL ||
      hustings_date_entry_get_date (self->to_entry) == NULL)
    {
      show_error (self, _("Enter the first and the last day the report covers."));
      return;
    }

  report = hustings_report_new ();
  hustings_report_set_form (report, hustings_committee_form (committee));
  hustings_report_set_code (report, termination ? "TER" : chosen->code);
  hustings_report_set_termination (report, termination);
  hustings_report_set_coverage (report, hustings_date_entry_get_date (self->from_entry),
                                hustings_date_entry_get_date (self->to_entry));
  if (!termination && chosen->election != NULL)
    hustings_report_set_election (report, chosen->election, chosen->election_date,
                                  chosen->election_state);

  if (!hustings_report_store_add (self->file, report, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[CREATED], 0, hustings_report_get_id (report));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
hustings_compliance_report_dialog_dispose (GObject *object)
{
  HustingsComplianceReportDialog *self = HUSTINGS_COMPLIANCE_REPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_COMPLIANCE_REPORT_DIALOG);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (hustings_compliance_report_dialog_parent_class)->dispose (object);
}

static void
hustings_compliance_report_dialog_finalize (GObject *object)
{
  HustingsComplianceReportDialog *self = HUSTINGS_COMPLIANCE_REPORT_DIALOG (object);

  g_ptr_array_unref (self->calendar);

  G_OBJECT_CLASS (hustings_compliance_report_dialog_parent_class)->finalize (object);
}

static void
hustings_compliance_report_dialog_class_init (HustingsComplianceReportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_compliance_report_dialog_dispose;
  object_class->finalize = hustings_compliance_report_dialog_finalize;

  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (HUSTINGS_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE
                                               "/hustings-compliance-report-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReportDialog,
                                        error_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReportDialog,
                                        error_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReportDialog,
                                        form_label);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReportDialog, year_spin);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReportDialog, code_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReportDialog,
                                        termination_switch);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReportDialog,
                                        from_entry);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReportDialog, to_entry);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReportDialog,
                                        election_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReportDialog, due_row);
  gtk_widget_class_bind_template_child (widget_class, HustingsComplianceReportDialog, due_label);
  gtk_widget_class_bind_template_callback (widget_class, report_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, year_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, termination_changed_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
}

static void
hustings_compliance_report_dialog_init (HustingsComplianceReportDialog *self)
{
  self->calendar = g_ptr_array_new_with_free_func ((GDestroyNotify) hustings_filing_report_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}

HustingsComplianceReportDialog *
hustings_compliance_report_dialog_new (GtkWindow                  *parent,
                                       HustingsCommitteeFile      *file,
                                       const HustingsFilingReport *preset)
{
  const HustingsCommittee *committee;
  HustingsComplianceReportDialog *self;
  g_autofree char *today = hustings_date_today ();
  const char *year_of = preset ? preset->coverage_to : today;
  int year = (int) g_ascii_strtoll (year_of, NULL, 10);

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  self = g_object_new (HUSTINGS_TYPE_COMPLIANCE_REPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->file = g_object_ref (file);
  committee = hustings_committee_file_peek_committee (file);
  gtk_label_set_text (self->form_label,
                      g_str_equal (hustings_committee_form (committee), "F3")
                      ? _("Form 3") : _("Form 3X"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save",
                                 !hustings_committee_file_is_read_only (file));

  /* Setting the year fills the calendar and picks the next report to make. */
  if (gtk_spin_button_get_value_as_int (self->year_spin) == year)
    year_changed_cb (self);
  else
    gtk_spin_button_set_value (self->year_spin, year);

  if (preset != NULL)
    for (guint i = 0; i < self->calendar->len; i++)
      {
        HustingsFilingReport *report = g_ptr_array_index (self->calendar, i);

        if (g_str_equal (report->code, preset->code) &&
            g_str_equal (report->coverage_to, preset->coverage_to))
          {
            adw_combo_row_set_selected (self->code_row, i);
            report_changed_cb (self);
          }
      }

  return self;
}
