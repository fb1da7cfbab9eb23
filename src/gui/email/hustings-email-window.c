/* hustings-email-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-email-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "letters/hustings-template-editor.h"
#include "letters/hustings-template-row.h"
#include "segments/hustings-recipients-row.h"
#include "hustings-column-view.h"
#include "hustings-file-job.h"
#include "hustings-mail-password.h"
#include "hustings-mail-settings.h"

#include "hustings-email-window.h"

/* One recipient's result, for the results list --------------------------------------------- */

#define HUSTINGS_TYPE_EMAIL_RESULT (hustings_email_result_get_type ())
G_DECLARE_FINAL_TYPE (HustingsEmailResult, hustings_email_result, HUSTINGS, EMAIL_RESULT,
                      GObject)

struct _HustingsEmailResult
{
  GObject  parent_instance;

  char    *texts[4];   /* by property, less one */
};

G_DEFINE_FINAL_TYPE (HustingsEmailResult, hustings_email_result, G_TYPE_OBJECT)

enum {
  RESULT_PROP_0,
  RESULT_PROP_NAME,
  RESULT_PROP_ADDRESS,
  RESULT_PROP_STATUS,
  RESULT_PROP_REASON,
  N_RESULT_PROPS
};

static void
hustings_email_result_finalize (GObject *object)
{
  HustingsEmailResult *self = HUSTINGS_EMAIL_RESULT (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->texts); i++)
    g_free (self->texts[i]);
  G_OBJECT_CLASS (hustings_email_result_parent_class)->finalize (object);
}

static void
hustings_email_result_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HustingsEmailResult *self = HUSTINGS_EMAIL_RESULT (object);

  g_value_set_string (value, self->texts[prop_id - 1]);
}

static void
hustings_email_result_class_init (HustingsEmailResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char * const names[] = { "name", "address", "status", "reason" };

  object_class->finalize = hustings_email_result_finalize;
  object_class->get_property = hustings_email_result_get_property;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_object_class_install_property (object_class, i + 1,
                                     g_param_spec_string (names[i], NULL, NULL, NULL,
                                                          G_PARAM_READABLE |
                                                          G_PARAM_STATIC_STRINGS));
}

static void
hustings_email_result_init (HustingsEmailResult *self)
{
}

static HustingsEmailResult *
hustings_email_result_new (const HustingsMailResult *result)
{
  HustingsEmailResult *self = g_object_new (HUSTINGS_TYPE_EMAIL_RESULT, NULL);

  self->texts[0] = g_strdup (result->contact_name);
  self->texts[1] = g_strdup (result->address);
  self->texts[2] = g_strdup (hustings_mail_status_describe (result->status));
  self->texts[3] = g_strdup (result->message);
  return self;
}

/* The window ---------------------------------------------------------------------------------- */

/* What the password is wanted for, once the keyring or the user gives it. */
typedef enum {
  WANT_NOTHING,
  WANT_TEST,
  WANT_SEND,
} Want;

struct _HustingsEmailWindow
{
  AdwWindow              parent_instance;

  /* template widgets */
  AdwToastOverlay       *toast_overlay;
  AdwWindowTitle        *window_title;
  GtkButton             *send_button;
  GtkWidget             *options_box;
  HustingsRecipientsRow *recipients_row;
  HustingsTemplateRow   *template_row;
  AdwActionRow          *sender_row;
  GtkLabel              *counts_label;
  GtkStack              *stack;
  GtkLabel              *preview_note;
  GtkLabel              *from_label;
  GtkLabel              *to_label;
  GtkLabel              *subject_label;
  GtkTextView           *body_view;
  GtkLabel              *position_label;
  AdwStatusPage         *empty_status;
  AdwStatusPage         *failed_status;
  AdwStatusPage         *sending_status;
  GtkProgressBar        *send_progress;
  GtkLabel              *send_label;
  GtkLabel              *results_title;
  GtkLabel              *results_detail;
  GtkColumnView         *results_view;
  GtkColumnViewColumn   *name_column;
  GtkColumnViewColumn   *address_column;
  GtkColumnViewColumn   *status_column;
  GtkColumnViewColumn   *reason_column;

  /* owned */
  HustingsCommitteeFile *file;
  HustingsMailServer    *server;
  GArray                *ids;        /* the recipients, once found */
  HustingsMailCounts     counts;     /* of ids */
  guint                  position;
  HustingsFileJob       *job;        /* finding the recipients, sending or a test */
  GCancellable          *cancellable;
  HustingsMailer        *mailer;     /* the run being sent */
  AdwToast              *test_toast; /* while a test is sent */
  Want                   want;
  char                  *test_address;
};

G_DEFINE_FINAL_TYPE (HustingsEmailWindow, hustings_email_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_N_RECIPIENTS,
  PROP_POSITION,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_message (HustingsEmailWindow *self,
              const char          *message,
              gboolean             stays)
{
  g_autofree char *markup = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (markup);

  if (stays)
    adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static guint
n_recipients (HustingsEmailWindow *self)
{
  return self->ids ? self->ids->len : 0;
}

static void
update_actions (HustingsEmailWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  HustingsTemplate *template = hustings_template_row_get_template (self->template_row);
  gboolean ready = self->job == NULL && self->mailer == NULL && self->ids != NULL
                   && template != NULL;
  g_autofree char *label = NULL;

  gtk_widget_action_set_enabled (widget, "email.previous",
                                 self->mailer == NULL && self->position > 0);
  gtk_widget_action_set_enabled (widget, "email.next",
                                 self->mailer == NULL
                                 && self->position + 1 < n_recipients (self));
  gtk_widget_action_set_enabled (widget, "email.send",
                                 ready && self->counts.to_send > 0
                                 && !hustings_committee_file_is_read_only (self->file));
  gtk_widget_action_set_enabled (widget, "email.send-test", ready && n_recipients (self) > 0);
  gtk_widget_action_set_enabled (widget, "email.cancel", self->job != NULL);
  gtk_widget_action_set_enabled (widget, "email.done", self->job == NULL && self->mailer != NULL);
  /* The choices stay as they were sent until the results are put away. */
  gtk_widget_set_sensitive (self->options_box, self->mailer == NULL);

  if (self->ids != NULL && self->counts.to_send > 0)
    /* Translators: the send button: "Send to 298 Recipients…" */
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Send to %'u Recipient…",
                                          "_Send to %'u Recipients…", self->counts.to_send),
                             self->counts.to_send);
  gtk_button_set_label (self->send_button, label ? label : _("_Send…"));
}

static void
notify_busy (HustingsEmailWindow *self)
{
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* Starts job, stopping any other. */
static void
set_job (HustingsEmailWindow *self,
         HustingsFileJob     *job)
{
  if (self->cancellable != NULL && job != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_set_object (&self->job, job);
  if (job != NULL)
    self->cancellable = g_cancellable_new ();
  notify_busy (self);
}

static void
cancel_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  HustingsEmailWindow *self = HUSTINGS_EMAIL_WINDOW (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

/* The sender and the preview ------------------------------------------------------------------ */

static char *
sender_text (HustingsEmailWindow *self)
{
  const char *name = hustings_mail_server_get_from_name (self->server);
  const char *address = hustings_mail_server_get_from_address (self->server);

  if (*address == '\0')
    return g_strdup (_("Not set up yet"));
  if (*name == '\0')
    return g_strdup (address);
  /* Translators: a sender: "Friends of Jane Doe <info@janedoe.org>" */
  return g_strdup_printf (_("%s <%s>"), name, address);
}

static void
load_server (HustingsEmailWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sender = NULL;
  g_autofree char *markup = NULL;

  g_clear_object (&self->server);
  if ((self->server = hustings_mail_server_load (self->file, &error)) == NULL)
    {
      show_message (self, error->message, FALSE);
      self->server = hustings_mail_server_new ();
    }
  sender = sender_text (self);
  markup = g_markup_escape_text (sender, -1);
  adw_action_row_set_subtitle (self->sender_row, markup);
  gtk_label_set_text (self->from_label, sender);
}

static void
show_empty (HustingsEmailWindow *self,
            const char          *description)
{
  adw_status_page_set_description (self->empty_status, description);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* The fields with no value, by their labels: "First name, Gift amount". */
static char *
missing_labels (const char * const *missing)
{
  g_autoptr(GString) labels = g_string_new (NULL);

  for (guint i = 0; missing[i] != NULL; i++)
    {
      const HustingsMergeField *field = hustings_merge_field_lookup (missing[i]);

      if (i > 0)
        g_string_append (labels, _(", "));
      g_string_append (labels, field ? field->label : missing[i]);
    }
  return g_string_free (g_steal_pointer (&labels), FALSE);
}

/* Shows the message the recipient at position gets. */
static void
show_preview (HustingsEmailWindow *self)
{
  HustingsTemplate *template = hustings_template_row_get_template (self->template_row);
  g_autoptr(HustingsMailPreview) preview = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) note = g_string_new (NULL);
  g_autofree char *position = NULL;

  if (self->ids == NULL || self->mailer != NULL)
    return;
  if (template == NULL)
    {
      show_empty (self, _("Choose the email’s template, or write one with Edit Templates."));
      return;
    }
  if (self->ids->len == 0)
    {
      show_empty (self, _("No contact is in the segment chosen."));
      return;
    }

  self->position = MIN (self->position, self->ids->len - 1);
  preview = hustings_mailer_preview (self->file, self->server, template,
                                     g_array_index (self->ids, gint64, self->position), &error);
  if (preview == NULL)
    {
      adw_status_page_set_description (self->failed_status, error->message);
      gtk_stack_set_visible_child_name (self->stack, "failed");
      return;
    }

  gtk_label_set_text (self->to_label, *preview->to != '\0' ? preview->to : "—");
  gtk_label_set_text (self->subject_label, preview->subject);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->body_view), preview->body, -1);
  if (preview->skip_reason != NULL)
    /* Translators: %s is why: "No email address", "Unsubscribed on Mar 4, 2026" */
    g_string_append_printf (note, _("Not sent to this contact: %s."), preview->skip_reason);
  if (preview->missing[0] != NULL)
    {
      g_autofree char *labels = missing_labels ((const char * const *) preview->missing);

      if (note->len > 0)
        g_string_append_c (note, ' ');
      /* Translators: %s lists merge fields: "First name, Gift amount" */
      g_string_append_printf (note, _("Left empty, with no value for this contact: %s."),
                              labels);
    }
  gtk_label_set_text (self->preview_note, note->str);
  gtk_widget_set_visible (GTK_WIDGET (self->preview_note), note->len > 0);

  /* Translators: below the preview: "Recipient 3 of 312" */
  position = g_strdup_printf (_("Recipient %'u of %'u"), self->position + 1, self->ids->len);
  gtk_label_set_text (self->position_label, position);
  gtk_stack_set_visible_child_name (self->stack, "preview");
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

static void
previous_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  HustingsEmailWindow *self = HUSTINGS_EMAIL_WINDOW (widget);

  if (self->position > 0)
    {
      self->position--;
      show_preview (self);
    }
}

static void
next_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  HustingsEmailWindow *self = HUSTINGS_EMAIL_WINDOW (widget);

  if (self->position + 1 < n_recipients (self))
    {
      self->position++;
      show_preview (self);
    }
}

static void
template_changed_cb (HustingsEmailWindow *self)
{
  HustingsTemplate *template = hustings_template_row_get_template (self->template_row);

  adw_window_title_set_subtitle (self->window_title,
                                 template ? hustings_template_get_name (template) : "");
  show_preview (self);
  update_actions (self);
}

/* The recipients --------------------------------------------------------------------------- */

/* Who a run would skip, and why, a line each. */
static void
append_skipped (GString                  *text,
                const HustingsMailCounts *counts)
{
  if (counts->unsubscribed > 0)
    /* Translators: "Skipped, having asked for no more email: 12" */
    g_string_append_printf (text, "\n%s %'u", _("Skipped, having asked for no more email:"),
                            counts->unsubscribed);
  if (counts->no_email > 0)
    /* Translators: "Skipped, with no email address: 4" */
    g_string_append_printf (text, "\n%s %'u", _("Skipped, with no email address:"),
                            counts->no_email);
  if (counts->duplicates > 0)
    /* Translators: contacts sharing an address already written to */
    g_string_append_printf (text, "\n%s %'u", _("Skipped, sharing an address with another:"),
                            counts->duplicates);
}

static void
update_counts (HustingsEmailWindow *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (self->ids == NULL)
    {
      gtk_label_set_text (self->counts_label, "—");
      return;
    }
  /* Translators: how many contacts an email goes to: "298 will get it." */
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%'u will get it.",
                                             "%'u will get it.", self->counts.to_send),
                          self->counts.to_send);
  append_skipped (text, &self->counts);
  gtk_label_set_text (self->counts_label, text->str);
}

typedef struct {
  HustingsRecipients *recipients;
  GArray             *ids;      /* out */
  HustingsMailCounts  counts;   /* out */
} FindData;

static void
find_data_free (gpointer data)
{
  FindData *find = data;

  hustings_recipients_free (find->recipients);
  g_clear_pointer (&find->ids, g_array_unref);
  g_free (find);
}

/* Worker thread. */
static gboolean
find_func (HustingsCommitteeFile  *file,
           gpointer                data,
           GCancellable           *cancellable,
           HustingsProgressFunc    progress,
           gpointer                progress_data,
           GError                **error)
{
  FindData *find = data;

  return (find->ids = hustings_recipients_resolve (find->recipients, file, error)) != NULL
         && hustings_mailer_count (file, find->ids, &find->counts, error);
}

static void
find_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(HustingsEmailWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  HustingsFileJob *job = HUSTINGS_FILE_JOB (source);
  FindData *find = g_object_get_data (G_OBJECT (job), "find");
  gboolean ok = hustings_file_job_run_finish (job, result, &error);

  if (job != self->job)
    return;
  set_job (self, NULL);
  if (ok)
    {
      self->ids = g_array_ref (find->ids);
      self->counts = find->counts;
      self->position = 0;
      show_preview (self);
    }
  else if (!hustings_file_job_is_cancelled (error))
    {
      adw_status_page_set_description (self->failed_status, error->message);
      gtk_stack_set_visible_child_name (self->stack, "failed");
    }
  update_counts (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RECIPIENTS]);
}

static void
recipients_changed_cb (HustingsEmailWindow *self)
{
  g_autoptr(HustingsFileJob) job = NULL;
  HustingsRecipients *recipients;
  FindData *find;

  if (self->file == NULL || self->mailer != NULL)
    return;
  g_clear_pointer (&self->ids, g_array_unref);
  update_counts (self);
  recipients = hustings_recipients_row_dup_recipients (self->recipients_row);
  if (recipients == NULL)
    {
      set_job (self, NULL);
      show_empty (self, _("Choose who the email goes to."));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RECIPIENTS]);
      return;
    }
  find = g_new0 (FindData, 1);
  find->recipients = recipients;
  job = hustings_file_job_new (hustings_committee_file_get_path (self->file), find_func, find,
                               find_data_free);
  g_object_set_data (G_OBJECT (job), "find", find);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  set_job (self, job);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RECIPIENTS]);
  hustings_file_job_run_async (job, self->cancellable, find_done_cb, g_object_ref (self));
}

/* The mail server's settings may have changed (or other outreach, which changes nothing). */
static void
outreach_changed_cb (HustingsEmailWindow *self)
{
  load_server (self);
  show_preview (self);
}

/* The password ----------------------------------------------------------------------------- */

static void start_test (HustingsEmailWindow *self, const char *password);
static void start_send (HustingsEmailWindow *self, const char *password);

static void
got_password (HustingsEmailWindow *self,
              const char          *password)
{
  Want want = self->want;

  self->want = WANT_NOTHING;
  if (want == WANT_TEST)
    start_test (self, password);
  else if (want == WANT_SEND)
    start_send (self, password);
}

static void
password_response_cb (AdwMessageDialog    *dialog,
                      const char          *response,
                      HustingsEmailWindow *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");

  if (g_strcmp0 (response, "continue") == 0)
    got_password (self, gtk_editable_get_text (entry));
  else
    self->want = WANT_NOTHING;
}

/* Presents dialog asking for what entry takes (its accessible name: label), with Cancel and the
 * suggested response id labelled action; callback gets the response. */
static void
present_entry_question (HustingsEmailWindow *self,
                        GtkWidget           *dialog,
                        GtkWidget           *entry,
                        const char          *label,
                        const char          *id,
                        const char          *action,
                        GCallback            callback)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    id, action,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), id,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), id);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect_object (dialog, "response", callback, self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Asks for the password the keyring does not have (why: what the keyring said, or NULL). */
static void
ask_password (HustingsEmailWindow *self,
              const char          *why)
{
  const char *username = hustings_mail_server_get_username (self->server);
  const char *host = hustings_mail_server_get_host (self->server);
  g_autofree char *body = NULL;
  GtkWidget *dialog, *entry;

  if (why != NULL)
    {
      g_debug ("No keyring: %s", why);
      /* Translators: the user name, then the server */
      body = g_strdup_printf (_("The password of %s on %s. This computer has no keyring to keep "
                                "it in, so Hustings asks for it each time it sends."),
                              username, host);
    }
  else
    body = g_strdup_printf (_("The password of %s on %s. Save it in Email Settings not to be "
                              "asked again."), username, host);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Mail Server Password"), body);
  entry = gtk_password_entry_new ();
  gtk_password_entry_set_show_peek_icon (GTK_PASSWORD_ENTRY (entry), TRUE);
  g_object_set (entry, "activates-default", TRUE, NULL);
  present_entry_question (self, dialog, entry, _("Password"), "continue", _("C_ontinue"),
                          G_CALLBACK (password_response_cb));
}

static void
lookup_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HustingsEmailWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *password = hustings_mail_password_lookup_finish (result, &error);

  if (password != NULL)
    got_password (self, password);
  else if (error == NULL || hustings_mail_password_is_unavailable (error))
    ask_password (self, error ? error->message : NULL);
  else
    self->want = WANT_NOTHING;
}

/* Gets the password (from the keyring, or from the user) for want, and goes on with it. */
static void
want_password (HustingsEmailWindow *self,
               Want                 want)
{
  const char *username = hustings_mail_server_get_username (self->server);
  g_autoptr(GError) error = NULL;

  if (!hustings_mail_server_validate (self->server, &error))
    {
      HustingsMailSettings *settings = hustings_mail_settings_new (GTK_WINDOW (self), self->file);

      show_message (self, error->message, FALSE);
      gtk_window_present (GTK_WINDOW (settings));
      return;
    }
  self->want = want;
  if (*username == '\0')
    got_password (self, NULL);
  else
    hustings_mail_password_lookup_async (hustings_mail_server_get_host (self->server), username,
                                         self->cancellable, lookup_done_cb, g_object_ref (self));
}

/* A test ---------------------------------------------------------------------------------- */

typedef struct {
  HustingsMailServer *server;
  char               *password;
  HustingsTemplate   *template;
  gint64              contact_id;
  char               *address;
} TestData;

static void
test_data_free (gpointer data)
{
  TestData *test = data;

  g_object_unref (test->server);
  if (test->password != NULL)
    memset (test->password, 0, strlen (test->password));
  g_free (test->password);
  g_object_unref (test->template);
  g_free (test->address);
  g_free (test);
}

/* Worker thread. */
static gboolean
test_func (HustingsCommitteeFile  *file,
           gpointer                data,
           GCancellable           *cancellable,
           HustingsProgressFunc    progress,
           gpointer                progress_data,
           GError                **error)
{
  TestData *test = data;

  return hustings_mailer_send_test (file, test->server, test->password, test->template,
                                    test->contact_id, test->address, cancellable, error);
}

static void
test_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(HustingsEmailWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  HustingsFileJob *job = HUSTINGS_FILE_JOB (source);
  TestData *test = g_object_get_data (G_OBJECT (job), "test");
  gboolean ok = hustings_file_job_run_finish (job, result, &error);
  g_autofree char *message = NULL;

  if (self->test_toast != NULL)
    adw_toast_dismiss (self->test_toast);
  g_clear_object (&self->test_toast);
  if (job != self->job)
    return;
  set_job (self, NULL);
  if (ok)
    {
      /* Translators: %s is an email address */
      message = g_strdup_printf (_("Test sent to %s"), test->address);
      show_message (self, message, FALSE);
    }
  else if (hustings_file_job_is_cancelled (error))
    show_message (self, _("Test cancelled"), FALSE);
  else
    {
      /* Translators: %s says why */
      message = g_strdup_printf (_("The test was not sent: %s"), error->message);
      show_message (self, message, TRUE);
    }
}

static void
start_test (HustingsEmailWindow *self,
            const char          *password)
{
  g_autoptr(HustingsFileJob) job = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *text = NULL;
  TestData *test;

  if (self->ids == NULL || self->ids->len == 0 || self->job != NULL)
    return;
  test = g_new0 (TestData, 1);
  test->server = hustings_mail_server_copy (self->server);
  test->password = g_strdup (password);
  test->template = g_object_ref (hustings_template_row_get_template (self->template_row));
  test->contact_id = g_array_index (self->ids, gint64, self->position);
  test->address = g_strdup (self->test_address);
  job = hustings_file_job_new (hustings_committee_file_get_path (self->file), test_func, test,
                               test_data_free);
  g_object_set_data (G_OBJECT (job), "test", test);
  set_job (self, job);

  /* Translators: %s is an email address */
  text = g_strdup_printf (_("Sending a test to %s…"), test->address);
  markup = g_markup_escape_text (text, -1);
  self->test_toast = adw_toast_new (markup);
  adw_toast_set_timeout (self->test_toast, 0);
  adw_toast_set_button_label (self->test_toast, _("_Cancel"));
  adw_toast_set_action_name (self->test_toast, "email.cancel");
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->test_toast));
  hustings_file_job_run_async (job, self->cancellable, test_done_cb, g_object_ref (self));
}

static void
test_response_cb (AdwMessageDialog    *dialog,
                  const char          *response,
                  HustingsEmailWindow *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");

  if (g_strcmp0 (response, "send") != 0)
    return;
  g_free (self->test_address);
  self->test_address = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  want_password (self, WANT_TEST);
}

static void
send_test_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  HustingsEmailWindow *self = HUSTINGS_EMAIL_WINDOW (widget);
  GtkWidget *dialog, *entry;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Send a Test"),
                                   _("The message previewed goes to the address you type, "
                                     "so you see it as recipients will. It is not logged."));
  entry = gtk_entry_new ();
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_EMAIL);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Email address"));
  gtk_editable_set_text (GTK_EDITABLE (entry),
                         self->test_address ? self->test_address
                                            : hustings_mail_server_get_from_address (self->server));
  present_entry_question (self, dialog, entry, _("Email address"), "send", _("_Send Test"),
                          G_CALLBACK (test_response_cb));
}

/* Sending ---------------------------------------------------------------------------------- */

static void
update_send_progress (HustingsEmailWindow *self)
{
  g_autofree char *text = NULL;
  guint done, sent, failed;

  if (self->mailer == NULL)
    return;
  hustings_mailer_get_progress (self->mailer, &done, &sent, &failed);
  gtk_progress_bar_set_fraction (self->send_progress,
                                 n_recipients (self) > 0 ? (double) done / n_recipients (self)
                                                         : 0.0);
  /* Translators: "41 of 300 sent · 2 failed" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u of %'u sent · %'u failed",
                                       "%'u of %'u sent · %'u failed", failed),
                          sent, self->counts.to_send, failed);
  gtk_label_set_text (self->send_label, text);
}

/* How long sending to n recipients takes at the server's rate, in words. */
static char *
describe_rate (HustingsEmailWindow *self,
               guint                n)
{
  guint per_minute = MAX (hustings_mail_server_get_per_minute (self->server), 1);
  guint minutes = (n + per_minute - 1) / per_minute;

  /* Translators: "At most 30 messages a minute, as Email Settings ask: about 10 minutes." */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "At most %'u messages a minute, as Email Settings ask: "
                                       "about %'u minute.",
                                       "At most %'u messages a minute, as Email Settings ask: "
                                       "about %'u minutes.", minutes),
                          per_minute, minutes);
}

/* Worker thread. */
static gboolean
send_func (HustingsCommitteeFile  *file,
           gpointer                data,
           GCancellable           *cancellable,
           HustingsProgressFunc    progress,
           gpointer                progress_data,
           GError                **error)
{
  return hustings_mailer_run (HUSTINGS_MAILER (data), file, cancellable, progress,
                              progress_data, error);
}

static void
show_results (HustingsEmailWindow *self,
              const GError        *error)
{
  g_autoptr(GListStore) store = g_list_store_new (HUSTINGS_TYPE_EMAIL_RESULT);
  guint counts[HUSTINGS_N_MAIL_STATUSES] = { 0 };
  guint n = hustings_mailer_get_n_results (self->mailer);
  guint unsent = hustings_mailer_get_n_unsent (self->mailer);
  guint skipped;
  g_autofree char *title = NULL;
  g_autoptr(GString) detail = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      const HustingsMailResult *result = hustings_mailer_get_result (self->mailer, i);
      g_autoptr(HustingsEmailResult) item = hustings_email_result_new (result);

      counts[result->status]++;
      g_list_store_append (store, item);
    }
  gtk_column_view_set_model (self->results_view,
                             GTK_SELECTION_MODEL (gtk_no_selection_new (
                               G_LIST_MODEL (g_steal_pointer (&store)))));

  /* Translators: after a run: "298 sent" */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u Sent", "%'u Sent",
                                        counts[HUSTINGS_MAIL_SENT]),
                           counts[HUSTINGS_MAIL_SENT]);
  gtk_label_set_text (self->results_title, title);

  if (error != NULL && hustings_file_job_is_cancelled (error))
    /* Translators: "Cancelled: 120 recipients were not reached." */
    g_string_append_printf (detail, g_dngettext (GETTEXT_PACKAGE,
                                                 "Cancelled: %'u recipient was not reached.",
                                                 "Cancelled: %'u recipients were not reached.",
                                                 unsent), unsent);
  else if (error != NULL)
    g_string_append (detail, error->message);
  if (counts[HUSTINGS_MAIL_FAILED] > 0)
    {
      if (detail->len > 0)
        g_string_append_c (detail, ' ');
      /* Translators: "2 failed: the reasons are listed below." */
      g_string_append_printf (detail, g_dngettext (GETTEXT_PACKAGE,
                                                   "%'u failed: the reason is listed below.",
                                                   "%'u failed: the reasons are listed below.",
                                                   counts[HUSTINGS_MAIL_FAILED]),
                              counts[HUSTINGS_MAIL_FAILED]);
    }
  skipped = n - counts[HUSTINGS_MAIL_SENT] - counts[HUSTINGS_MAIL_FAILED];
  if (skipped > 0)
    {
      if (detail->len > 0)
        g_string_append_c (detail, ' ');
      /* Translators: "16 skipped (no email address, unsubscribed or a shared address)." */
      g_string_append_printf (detail, g_dngettext (GETTEXT_PACKAGE,
                                                   "%'u skipped (no email address, "
                                                   "unsubscribed or a shared address).",
                                                   "%'u skipped (no email address, "
                                                   "unsubscribed or a shared address).",
                                                   skipped), skipped);
    }
  if (detail->len > 0)
    g_string_append_c (detail, ' ');
  g_string_append (detail, _("Each message sent or failed is in the contact’s history."));
  gtk_label_set_text (self->results_detail, detail->str);
  gtk_stack_set_visible_child_name (self->stack, "results");
}

static void
send_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(HustingsEmailWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  HustingsFileJob *job = HUSTINGS_FILE_JOB (source);
  gboolean ok = hustings_file_job_run_finish (job, result, &error);

  if (job != self->job)
    return;
  /* The worker's connection logged what went: the window's views read it again. */
  hustings_committee_file_reload (self->file);
  update_send_progress (self);
  set_job (self, NULL);
  show_results (self, ok ? NULL : error);
}

static void
start_send (HustingsEmailWindow *self,
            const char          *password)
{
  g_autoptr(HustingsFileJob) job = NULL;
  g_autofree char *rate = NULL;

  if (self->ids == NULL || self->job != NULL)
    return;
  g_clear_object (&self->mailer);
  self->mailer = hustings_mailer_new (self->server, password,
                                      hustings_template_row_get_template (self->template_row),
                                      self->ids);
  job = hustings_file_job_new (hustings_committee_file_get_path (self->file), send_func,
                               g_object_ref (self->mailer), g_object_unref);
  g_signal_connect_object (job, "notify::fraction", G_CALLBACK (update_send_progress), self,
                           G_CONNECT_SWAPPED);
  set_job (self, job);
  update_send_progress (self);
  rate = describe_rate (self, self->counts.to_send);
  adw_status_page_set_description (self->sending_status, rate);
  gtk_stack_set_visible_child_name (self->stack, "sending");
  hustings_file_job_run_async (job, self->cancellable, send_done_cb, g_object_ref (self));
}

static void
confirm_response_cb (AdwMessageDialog    *dialog,
                     const char          *response,
                     HustingsEmailWindow *self)
{
  if (g_strcmp0 (response, "send") == 0)
    want_password (self, WANT_SEND);
}

static void
send_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  HustingsEmailWindow *self = HUSTINGS_EMAIL_WINDOW (widget);
  HustingsTemplate *template = hustings_template_row_get_template (self->template_row);
  guint skipped = self->counts.no_email + self->counts.unsubscribed + self->counts.duplicates;
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *rate = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog;

  if (template == NULL || self->ids == NULL)
    return;
  if (!hustings_mail_server_validate (self->server, &error))
    {
      HustingsMailSettings *settings = hustings_mail_settings_new (GTK_WINDOW (self), self->file);

      show_message (self, error->message, FALSE);
      gtk_window_present (GTK_WINDOW (settings));
      return;
    }

  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Send to %'u Recipient?",
                                          "Send to %'u Recipients?", self->counts.to_send),
                             self->counts.to_send);
  rate = describe_rate (self, self->counts.to_send);
  /* Translators: "“Spring appeal” goes out through smtp.example.org." then the rate */
  g_string_append_printf (body, _("“%s” goes out through %s."),
                          hustings_template_get_name (template),
                          hustings_mail_server_get_host (self->server));
  g_string_append_printf (body, " %s\n", rate);
  append_skipped (body, &self->counts);
  if (skipped == 0)
    g_string_append_printf (body, "\n%s", _("No one is skipped."));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "send", _("_Send"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "send",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
done_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  HustingsEmailWindow *self = HUSTINGS_EMAIL_WINDOW (widget);

  g_clear_object (&self->mailer);
  update_actions (self);
  /* Who is subscribed, and so who gets the next email, may have changed. */
  recipients_changed_cb (self);
}

static void
edit_templates_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  HustingsEmailWindow *self = HUSTINGS_EMAIL_WINDOW (widget);
  HustingsTemplate *template = hustings_template_row_get_template (self->template_row);
  HustingsTemplateEditor *editor;

  editor = hustings_template_editor_new (GTK_WINDOW (self), self->file, HUSTINGS_TEMPLATE_EMAIL,
                                         template ? hustings_template_get_name (template) : NULL);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
settings_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  HustingsEmailWindow *self = HUSTINGS_EMAIL_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (hustings_mail_settings_new (GTK_WINDOW (self), self->file)));
}

/* The object ---------------------------------------------------------------------------------- */

static void
hustings_email_window_dispose (GObject *object)
{
  HustingsEmailWindow *self = HUSTINGS_EMAIL_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), HUSTINGS_TYPE_EMAIL_WINDOW);
  G_OBJECT_CLASS (hustings_email_window_parent_class)->dispose (object);
}

static void
hustings_email_window_finalize (GObject *object)
{
  HustingsEmailWindow *self = HUSTINGS_EMAIL_WINDOW (object);

  g_clear_object (&self->file);
  g_clear_object (&self->server);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_object (&self->job);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->mailer);
  g_clear_object (&self->test_toast);
  g_free (self->test_address);
  G_OBJECT_CLASS (hustings_email_window_parent_class)->finalize (object);
}

static void
hustings_email_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HustingsEmailWindow *self = HUSTINGS_EMAIL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_N_RECIPIENTS:
      g_value_set_uint (value, n_recipients (self));
      break;
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->job != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define BIND(name) \
  gtk_widget_class_bind_template_child (widget_class, HustingsEmailWindow, name)

static void
hustings_email_window_class_init (HustingsEmailWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = hustings_email_window_dispose;
  object_class->finalize = hustings_email_window_finalize;
  object_class->get_property = hustings_email_window_get_property;

  properties[PROP_N_RECIPIENTS] = g_param_spec_uint ("n-recipients", NULL, NULL, 0, G_MAXUINT,
                                                     0, flags);
  properties[PROP_POSITION] = g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HUSTINGS_TYPE_RECIPIENTS_ROW);
  g_type_ensure (HUSTINGS_TYPE_TEMPLATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hustings-email-window.ui");
  BIND (toast_overlay);
  BIND (window_title);
  BIND (send_button);
  BIND (options_box);
  BIND (recipients_row);
  BIND (template_row);
  BIND (sender_row);
  BIND (counts_label);
  BIND (stack);
  BIND (preview_note);
  BIND (from_label);
  BIND (to_label);
  BIND (subject_label);
  BIND (body_view);
  BIND (position_label);
  BIND (empty_status);
  BIND (failed_status);
  BIND (sending_status);
  BIND (send_progress);
  BIND (send_label);
  BIND (results_title);
  BIND (results_detail);
  BIND (results_view);
  BIND (name_column);
  BIND (address_column);
  BIND (status_column);
  BIND (reason_column);
  gtk_widget_class_bind_template_callback (widget_class, recipients_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, template_changed_cb);

  gtk_widget_class_install_action (widget_class, "email.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "email.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "email.send", NULL, send_action);
  gtk_widget_class_install_action (widget_class, "email.send-test", NULL, send_test_action);
  gtk_widget_class_install_action (widget_class, "email.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "email.done", NULL, done_action);
  gtk_widget_class_install_action (widget_class, "email.edit-templates", NULL,
                                   edit_templates_action);
  gtk_widget_class_install_action (widget_class, "email.settings", NULL, settings_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "email.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "email.previous",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

#undef BIND

static void
hustings_email_window_init (HustingsEmailWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hustings_column_view_set_text_cells (self->name_column, "name", 20, FALSE);
  hustings_column_view_set_text_cells (self->address_column, "address", 24, FALSE);
  hustings_column_view_set_text_cells (self->status_column, "status", 16, FALSE);
  hustings_column_view_set_text_cells (self->reason_column, "reason", 30, FALSE);
  update_counts (self);
}

HustingsEmailWindow *
hustings_email_window_new (GtkWindow             *parent,
                           HustingsCommitteeFile *file,
                           GArray                *shown_ids,
                           const char            *segment)
{
  HustingsEmailWindow *self;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);

  self = g_object_new (HUSTINGS_TYPE_EMAIL_WINDOW, "transient-for", parent, NULL);
  self->file = g_object_ref (file);
  load_server (self);
  g_signal_connect_object (file, "outreach-changed", G_CALLBACK (outreach_changed_cb), self,
                           G_CONNECT_SWAPPED);
  /* Each row says it changed once it lists its choices: the recipients are found then. */
  hustings_template_row_set_file (self->template_row, file, HUSTINGS_TEMPLATE_EMAIL);
  hustings_recipients_row_set_file (self->recipients_row, file, shown_ids, segment);
  return self;
}
