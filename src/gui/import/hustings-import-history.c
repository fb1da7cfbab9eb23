/* hustings-import-history.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-import-history"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-import-jobs.h"
#include "hustings-rejection-list.h"

#include "hustings-import-history.h"

struct _HustingsImportHistory
{
  AdwWindow              parent_instance;

  /* template widgets */
  AdwWindowTitle        *window_title;
  GtkWidget             *back_button;
  GtkStack              *stack;
  AdwStatusPage         *error_status;
  AdwPreferencesPage    *batches_page;
  AdwPreferencesGroup   *rejections_group;
  HustingsRejectionList *rejection_list;

  /* owned */
  HustingsCommitteeFile *file;
  GPtrArray             *batches;     /* HustingsImportBatch*, newest first */
  GPtrArray             *groups;      /* AdwPreferencesGroup*, one per batch, in batches_page */
  HustingsFileJob       *job;         /* an undo under way */
  GCancellable          *cancellable;
};

G_DEFINE_FINAL_TYPE (HustingsImportHistory, hustings_import_history, ADW_TYPE_WINDOW)

static const HustingsImportBatch *
find_batch (HustingsImportHistory *self,
            gint64                 batch_id)
{
  for (guint i = 0; i < self->batches->len; i++)
    {
      const HustingsImportBatch *batch = g_ptr_array_index (self->batches, i);

      if (batch->id == batch_id)
        return batch;
    }

  return NULL;
}

/* "Mar 4, 2026, 2:15 PM", in local time, from a UTC timestamp. */
static char *
format_timestamp (const char *timestamp)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (timestamp, utc);
  g_autoptr(GDateTime) local = when ? g_date_time_to_local (when) : NULL;

  if (local == NULL)
    return g_strdup (timestamp);
  /* Translators: when an import was made, in g_date_time_format()'s terms: "Mar 4, 2026,
   * 2:15 PM" */
  return g_date_time_format (local, _("%b %-d, %Y, %-I:%M %p"));
}

/* "1,204" */
static char *
count_text (guint64 n)
{
  return g_strdup_printf ("%'" G_GUINT64_FORMAT, n);
}

/* What undoing batch removes: "Its 1,204 gifts and the 312 contacts it created will be
 * removed." (or its disbursements) */
static char *
describe_undo (const HustingsImportBatch *batch)
{
  const HustingsImportSummary *summary = &batch->summary;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *created = count_text (summary->contacts_created);
  g_autofree char *contacts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s contact",
                                                            "%s contacts",
                                                            summary->contacts_created),
                                               created);
  g_autofree char *gifts = NULL;

  if (batch->kind == HUSTINGS_IMPORT_DONATIONS)
    {
      g_autofree char *added = count_text (summary->donations_added);
      g_autofree char *refunded = count_text (summary->refunds_added);
      g_autofree char *donations = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s gift",
                                                                 "%s gifts",
                                                                 summary->donations_added),
                                                    added);
      g_autofree char *refunds = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s refund",
                                                               "%s refunds",
                                                               summary->refunds_added),
                                                  refunded);

      if (summary->refunds_added == 0)
        gifts = g_steal_pointer (&donations);
      else if (summary->donations_added == 0)
        gifts = g_steal_pointer (&refunds);
      else
        /* Translators: "1,204 gifts and 3 refunds" */
        gifts = g_strdup_printf (_("%s and %s"), donations, refunds);
    }
  else if (batch->kind == HUSTINGS_IMPORT_DISBURSEMENTS)
    {
      g_autofree char *added = count_text (summary->disbursements_added);

      gifts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s disbursement",
                                            "%s disbursements", summary->disbursements_added),
                               added);
    }

  if (gifts != NULL && summary->contacts_created > 0)
    /* Translators: "Its 1,204 gifts and the 312 contacts it created will be removed." */
    g_string_append_printf (text, _("Its %s and the %s it created will be removed."),
                            gifts, contacts);
  else if (gifts != NULL)
    /* Translators: "Its 1,204 gifts will be removed." */
    g_string_append_printf (text, _("Its %s will be removed."), gifts);
  else
    /* Translators: "The 312 contacts it created will be removed." */
    g_string_append_printf (text, _("The %s it created will be removed."), contacts);

  if (summary->contacts_created > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("Contacts edited, given other gifts or paid since then stay."));
    }
  if (summary->contacts_updated > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("What it changed in existing contacts is put back, unless "
                               "someone has changed it since."));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A batch: its file, when and how it was read, what it did, the rows it left out, Undo. */
static GtkWidget *
batch_group_new (HustingsImportHistory     *self,
                 const HustingsImportBatch *batch)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *summary_row = adw_action_row_new ();
  g_autofree char *title = g_markup_escape_text (batch->file_name, -1);
  g_autofree char *when = format_timestamp (batch->imported_at);
  /* Translators: under an import's file name: "Mar 4, 2026, 2:15 PM · ActBlue contributions" */
  g_autofree char *read_as = g_strdup_printf (_("%s · %s"), when, batch->format_name);
  g_autofree char *description = g_markup_escape_text (read_as, -1);
  g_autofree char *described = hustings_import_describe_summary (batch->kind, &batch->summary,
                                                                 TRUE);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);

  if (batch->undone_at != NULL)
    {
      GtkWidget *badge = gtk_label_new (_("Undone"));
      g_autofree char *undone = format_timestamp (batch->undone_at);
      /* Translators: a tooltip: "Undone on Mar 5, 2026, 9:00 AM" */
      g_autofree char *tooltip = g_strdup_printf (_("Undone on %s"), undone);

      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (badge, tooltip);
      gtk_widget_add_css_class (badge, "import-badge");
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), badge);
    }
  else if (!hustings_committee_file_is_read_only (self->file))
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Undo Import…"));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "history.undo");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", batch->id);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (summary_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (summary_row), described);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), summary_row);

  if (batch->summary.rows_rejected > 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Rows Left Out"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Which rows, and why"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "history.show-rejections");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", batch->id);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  return group;
}

static void
refresh (HustingsImportHistory *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) batches = hustings_import_list_batches (self->file, &error);

  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (self->batches_page, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
  g_ptr_array_set_size (self->batches, 0);

  if (batches == NULL)
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_status_page_set_description (self->error_status, markup);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  g_ptr_array_extend_and_steal (self->batches, g_steal_pointer (&batches));
  for (guint i = 0; i < self->batches->len; i++)
    {
      GtkWidget *group = batch_group_new (self, g_ptr_array_index (self->batches, i));

      adw_preferences_page_add (self->batches_page, ADW_PREFERENCES_GROUP (group));
      g_ptr_array_add (self->groups, group);
    }

  /* The rows of a batch stay on screen while they are being read. */
  if (!g_str_equal (gtk_stack_get_visible_child_name (self->stack), "rejections"))
    gtk_stack_set_visible_child_name (self->stack, self->batches->len > 0 ? "list" : "empty");
}

static void
show_error_dialog (HustingsImportHistory *self,
                   const char            *heading,
                   const char            *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
undo_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(HustingsImportHistory) self = user_data;
  g_autoptr(GError) error = NULL;

  gboolean disposed = self->batches == NULL;

  if ((GObject *) self->job == source)
    g_clear_object (&self->job);

  if (hustings_file_job_run_finish (HUSTINGS_FILE_JOB (source), result, &error))
    /* The window's lists follow, and this one with them. */
    hustings_committee_file_reload (self->file);
  else if (!disposed && !hustings_file_job_is_cancelled (error))
    show_error_dialog (self, _("Could Not Undo the Import"), error->message);

  if (!disposed)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.undo", TRUE);
}

static void
undo_response_cb (AdwMessageDialog      *dialog,
                  const char            *response,
                  HustingsImportHistory *self)
{
  gint64 batch_id = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "batch-id");
  g_autoptr(HustingsFileJob) job = NULL;

  if (!g_str_equal (response, "undo") || self->job != NULL)
    return;

  job = hustings_import_job_undo (hustings_committee_file_get_path (self->file), batch_id);
  self->job = g_object_ref (job);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.undo", FALSE);
  hustings_file_job_run_async (job, self->cancellable, undo_done_cb, g_object_ref (self));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HustingsImportHistory *self = HUSTINGS_IMPORT_HISTORY (widget);
  gint64 batch_id = g_variant_get_int64 (parameter);
  const HustingsImportBatch *batch = find_batch (self, batch_id);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (batch == NULL)
    return;

  /* Translators: a dialog heading, a file name in quotes */
  heading = g_strdup_printf (_("Undo the Import of “%s”?"), batch->file_name);
  body = describe_undo (batch);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "undo", _("_Undo Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "undo",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "batch-id",
                          g_memdup2 (&batch_id, sizeof batch_id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (undo_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_rejections_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  HustingsImportHistory *self = HUSTINGS_IMPORT_HISTORY (widget);
  gint64 batch_id = g_variant_get_int64 (parameter);
  const HustingsImportBatch *batch = find_batch (self, batch_id);
  g_autoptr(GPtrArray) rejections = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *markup = NULL;

  if (batch == NULL)
    return;

  rejections = hustings_import_list_rejections (self->file, batch_id, &error);
  if (rejections == NULL)
    {
      show_error_dialog (self, _("Could Not Read the Rows Left Out"), error->message);
      return;
    }

  hustings_rejection_list_set_rejections (self->rejection_list, rejections);
  /* Translators: a heading, "Rows Left Out of contributions.csv" */
  title = g_strdup_printf (_("Rows Left Out of %s"), batch->file_name);
  markup = g_markup_escape_text (title, -1);
  adw_preferences_group_set_title (self->rejections_group, markup);
  adw_window_title_set_subtitle (self->window_title, batch->file_name);
  gtk_widget_set_visible (self->back_button, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "rejections");
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HustingsImportHistory *self = HUSTINGS_IMPORT_HISTORY (widget);

  adw_window_title_set_subtitle (self->window_title, NULL);
  gtk_widget_set_visible (self->back_button, FALSE);
  gtk_stack_set_visible_child_name (self->stack, self->batches->len > 0 ? "list" : "empty");
}

static void
hustings_import_history_dispose (GObject *object)
{
  HustingsImportHistory *self = HUSTINGS_IMPORT_HISTORY (object);

  g_cancellable_cancel (self->cancellable);
  if (self->file != NULL)
    g_signal_handlers_disconnect_by_data (self->file, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_IMPORT_HISTORY);

  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->batches, g_ptr_array_unref);
  g_clear_object (&self->job);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (hustings_import_history_parent_class)->dispose (object);
}

static void
hustings_import_history_finalize (GObject *object)
{
  HustingsImportHistory *self = HUSTINGS_IMPORT_HISTORY (object);

  /* Kept until now: an undo that ends after the window went still reloads the file. */
  g_clear_object (&self->file);

  G_OBJECT_CLASS (hustings_import_history_parent_class)->finalize (object);
}

static void
hustings_import_history_class_init (HustingsImportHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hustings_import_history_dispose;
  object_class->finalize = hustings_import_history_finalize;

  g_type_ensure (HUSTINGS_TYPE_REJECTION_LIST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-import-history.ui");
  gtk_widget_class_bind_template_child (widget_class, HustingsImportHistory, window_title);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportHistory, back_button);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportHistory, stack);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportHistory, error_status);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportHistory, batches_page);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportHistory, rejections_group);
  gtk_widget_class_bind_template_child (widget_class, HustingsImportHistory, rejection_list);

  gtk_widget_class_install_action (widget_class, "history.undo", "x", undo_action);
  gtk_widget_class_install_action (widget_class, "history.show-rejections", "x",
                                   show_rejections_action);
  gtk_widget_class_install_action (widget_class, "history.back", NULL, back_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hustings_import_history_init (HustingsImportHistory *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->batches = g_ptr_array_new_with_free_func ((GDestroyNotify) hustings_import_batch_free);
  self->groups = g_ptr_array_new ();
  self->cancellable = g_cancellable_new ();
}

HustingsImportHistory *
hustings_import_history_new (GtkWindow             *parent,
                             HustingsCommitteeFile *file)
{
  HustingsImportHistory *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  self = g_object_new (HUSTINGS_TYPE_IMPORT_HISTORY,
                       "transient-for", parent,
                       NULL);
  self->file = g_object_ref (file);
  g_signal_connect_object (file, "contacts-changed", G_CALLBACK (refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (file, "donations-changed", G_CALLBACK (refresh), self,
                           G_CONNECT_SWAPPED);
  refresh (self);

  return self;
}
