/* hustings-mailer.c: email to a list of contacts through the committee's SMTP server, with
 * libcurl.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-mailer"

#include "config.h"

#include <string.h>

#include <curl/curl.h>
#include <glib/gi18n-lib.h>

#include "hustings-committee-file-private.h"
#include "hustings-contact-store.h"
#include "hustings-dates.h"
#include "hustings-error.h"
#include "hustings-interaction-store.h"
#include "hustings-mail-message.h"
#include "hustings-mailer-private.h"
#include "hustings-merge.h"
#include "hustings-validate.h"

#define MINUTE_USEC         (60 * G_USEC_PER_SEC)
#define CONNECT_TIMEOUT_S   20
/* Slower than a byte a second for a minute, or a minute without a reply: the server is gone. */
#define STALL_TIMEOUT_S     60
/* The most of a server's reply a message quotes, in characters. */
#define REPLY_MAX           120

typedef struct {
  HustingsMailResult  result;
  char               *subject;  /* as merged, for the log; NULL unless sent or failed */
} Result;

struct _HustingsMailer
{
  GObject             parent_instance;

  HustingsMailServer *server;
  char               *password;
  HustingsTemplate   *template;
  GArray             *contact_ids;
  HustingsMailClock   clock;

  GPtrArray          *results;     /* Result* */
  guint               n_unsent;
  gboolean            ran;

  /* Read from any thread. */
  int                 n_done;
  int                 n_sent;
  int                 n_failed;
};

G_DEFINE_FINAL_TYPE (HustingsMailer, hustings_mailer, G_TYPE_OBJECT)

/* ---- Sessions: one libcurl handle, so one connection, for many messages ---- */

typedef enum {
  SEND_OK,
  SEND_REFUSED,   /* this recipient or this message: the run goes on */
  SEND_FATAL,     /* the connection or the login: the run stops */
  SEND_CANCELLED,
} SendOutcome;

typedef struct {
  CURL               *curl;
  HustingsMailServer *server;       /* borrowed */
  GCancellable       *cancellable;  /* borrowed */
  char                errors[CURL_ERROR_SIZE];
  char                command[12];  /* the last SMTP command sent: "RCPT", "DATA"… */
  gboolean            quitting;     /* QUIT was sent: the dialogue is over */
  GString            *reply;        /* the server's last reply line */
  GBytes             *upload;       /* the message being sent */
  gsize               offset;
} Session;

static void
curl_init_once (void)
{
  static gsize initialized = 0;

  /* curl_global_init is not thread-safe: once, whichever thread gets here first. */
  if (g_once_init_enter (&initialized))
    {
      curl_global_init (CURL_GLOBAL_DEFAULT);
      g_once_init_leave (&initialized, 1);
    }
}

/* Whether the command line data (not NUL-terminated) is verb. */
static gboolean
is_verb (const char *data,
         size_t      size,
         const char *verb)
{
  size_t length = strlen (verb);

  return size >= length && g_ascii_strncasecmp (data, verb, length) == 0 &&
         (size == length || data[length] == ' ' || data[length] == '\r');
}

/* libcurl shows the SMTP dialogue here: keep the last command verb and the last reply line.
 * After a refusal libcurl quits the connection: the dialogue after QUIT is left out, so that
 * "221 Bye" does not hide the refusal (until a new connection greets). Only known verbs are
 * kept, so that the lines of an AUTH LOGIN (the user name and password) are never copied. */
static int
debug_cb (CURL          *curl,
          curl_infotype  type,
          char          *data,
          size_t         size,
          void          *user_data)
{
  static const char * const verbs[] = { "EHLO", "HELO", "STARTTLS", "AUTH", "MAIL", "RCPT",
                                        "DATA", "RSET", "NOOP" };
  Session *session = user_data;

  if (type == CURLINFO_HEADER_OUT)
    {
      if (is_verb (data, size, "QUIT"))
        session->quitting = TRUE;
      else if (is_verb (data, size, "EHLO") || is_verb (data, size, "HELO"))
        session->quitting = FALSE;
      if (session->quitting)
        return 0;
      for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
        if (is_verb (data, size, verbs[i]))
          {
            g_strlcpy (session->command, verbs[i], sizeof session->command);
            g_string_truncate (session->reply, 0);
            break;
          }
    }
  else if (type == CURLINFO_HEADER_IN && !session->quitting)
    {
      const char *start = data;
      const char *end = data + size;

      while (end > start && (end[-1] == '\r' || end[-1] == '\n'))
        end--;
      for (const char *p = start; p < end; p++)
        if (*p == '\n')
          start = p + 1;
      if (end > start)
        g_string_truncate (session->reply, 0);
      for (const char *p = start; p < end; p++)
        g_string_append_c (session->reply, g_ascii_isprint (*p) ? *p : ' ');
    }
  return 0;
}

static size_t
read_cb (char   *buffer,
         size_t  size,
         size_t  n_items,
         void   *user_data)
{
  Session *session = user_data;
  gsize length;
  const char *bytes = g_bytes_get_data (session->upload, &length);
  size_t n = MIN (size * n_items, length - session->offset);

  memcpy (buffer, bytes + session->offset, n);
  session->offset += n;
  return n;
}

static int
xferinfo_cb (void       *user_data,
             curl_off_t  download_total,
             curl_off_t  downloaded,
             curl_off_t  upload_total,
             curl_off_t  uploaded)
{
  Session *session = user_data;

  return g_cancellable_is_cancelled (session->cancellable) ? 1 : 0;
}

static void
session_free (Session *session)
{
  if (session->curl != NULL)
    curl_easy_cleanup (session->curl);
  g_string_free (session->reply, TRUE);
  g_free (session);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Session, session_free)

/* "smtps://smtp.example.org:465", an IPv6 address in brackets. */
static char *
server_url (HustingsMailServer *server)
{
  const char *host = hustings_mail_server_get_host (server);
  gboolean bracket = strchr (host, ':') != NULL && host[0] != '[';

  return g_strdup_printf ("%s://%s%s%s:%u",
                          hustings_mail_server_get_security (server) ==
                          HUSTINGS_MAIL_SECURITY_TLS ? "smtps" : "smtp",
                          bracket ? "[" : "", host, bracket ? "]" : "",
                          hustings_mail_server_get_port (server));
}

static Session *
session_new (HustingsMailServer *server,
             const char         *password,
             GCancellable       *cancellable,
             GError            **error)
{
  g_autoptr(Session) session = g_new0 (Session, 1);
  g_autofree char *url = server_url (server);
  const char *username = hustings_mail_server_get_username (server);
  CURL *curl;

  curl_init_once ();
  session->server = server;
  session->cancellable = cancellable;
  session->reply = g_string_new (NULL);
  session->curl = curl = curl_easy_init ();
  if (curl == NULL)
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED,
                           _("Could not start sending email"));
      return NULL;
    }

  curl_easy_setopt (curl, CURLOPT_URL, url);
  curl_easy_setopt (curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
  /* STARTTLS is required, never optional; TLS is in the smtps URL. Certificates are
   * verified (libcurl's default, never turned off). */
  if (hustings_mail_server_get_security (server) == HUSTINGS_MAIL_SECURITY_STARTTLS)
    curl_easy_setopt (curl, CURLOPT_USE_SSL, (long) CURLUSESSL_ALL);
  if (username[0] != '\0')
    {
      curl_easy_setopt (curl, CURLOPT_USERNAME, username);
      curl_easy_setopt (curl, CURLOPT_PASSWORD, password != NULL ? password : "");
    }
  curl_easy_setopt (curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt (curl, CURLOPT_CONNECTTIMEOUT, (long) CONNECT_TIMEOUT_S);
  curl_easy_setopt (curl, CURLOPT_SERVER_RESPONSE_TIMEOUT, (long) STALL_TIMEOUT_S);
  curl_easy_setopt (curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
  curl_easy_setopt (curl, CURLOPT_LOW_SPEED_TIME, (long) STALL_TIMEOUT_S);
  curl_easy_setopt (curl, CURLOPT_ERRORBUFFER, session->errors);
  curl_easy_setopt (curl, CURLOPT_VERBOSE, 1L);
  curl_easy_setopt (curl, CURLOPT_DEBUGFUNCTION, debug_cb);
  curl_easy_setopt (curl, CURLOPT_DEBUGDATA, session);
  curl_easy_setopt (curl, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt (curl, CURLOPT_XFERINFOFUNCTION, xferinfo_cb);
  curl_easy_setopt (curl, CURLOPT_XFERINFODATA, session);
  /* The message is uploaded as it is: libcurl dot-stuffs it and adds the final ".". */
  curl_easy_setopt (curl, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt (curl, CURLOPT_READFUNCTION, read_cb);
  curl_easy_setopt (curl, CURLOPT_READDATA, session);
  return g_steal_pointer (&session);
}

/* Whether the server's last reply refused something (4xx or 5xx). */
static gboolean
reply_is_error (Session *session)
{
  const char *reply = session->reply->str;

  return (reply[0] == '4' || reply[0] == '5') && g_ascii_isdigit (reply[1]) &&
         g_ascii_isdigit (reply[2]);
}

/* The same, but for 421: the server closing the connection, whatever the command was. */
static gboolean
reply_is_refusal (Session *session)
{
  return reply_is_error (session) && !g_str_has_prefix (session->reply->str, "421");
}

/* What went wrong, quoted in a message: the server's refusal ("550 5.1.1 No such user"), else
 * what libcurl says; at most REPLY_MAX characters. */
static char *
session_detail (Session  *session,
                CURLcode  code)
{
  const char *text = reply_is_error (session) ? session->reply->str
                     : session->errors[0] != '\0' ? session->errors
                     : curl_easy_strerror (code);
  g_autofree char *start = NULL;

  if (g_utf8_strlen (text, -1) <= REPLY_MAX)
    return g_strdup (text);
  start = g_utf8_substring (text, 0, REPLY_MAX - 1);
  return g_strconcat (start, "…", NULL);
}

/* What a failed perform means, and why in a treasurer's words. */
static SendOutcome
session_explain (Session  *session,
                 CURLcode  code,
                 char    **out_message)
{
  const char *host = hustings_mail_server_get_host (session->server);
  g_autofree char *detail = session_detail (session, code);

  if (code == CURLE_ABORTED_BY_CALLBACK && g_cancellable_is_cancelled (session->cancellable))
    return SEND_CANCELLED;

  if (reply_is_refusal (session))
    {
      if (g_str_equal (session->command, "RCPT"))
        {
          *out_message = g_strdup_printf (_("The server refused this address (%s)"), detail);
          return SEND_REFUSED;
        }
      if (g_str_equal (session->command, "DATA"))
        {
          *out_message = g_strdup_printf (_("The server refused this message (%s)"), detail);
          return SEND_REFUSED;
        }
      if (g_str_equal (session->command, "MAIL"))
        {
          *out_message = g_strdup_printf (_("The server refused to send mail from %s (%s)"),
                                          hustings_mail_server_get_from_address (session->server),
                                          detail);
          return SEND_FATAL;
        }
    }

  if (code == CURLE_LOGIN_DENIED ||
      (g_str_equal (session->command, "AUTH") && reply_is_refusal (session)))
    {
      *out_message = g_strdup_printf (_("The server did not accept the user name or password "
                                        "(%s)"), detail);
      return SEND_FATAL;
    }

  switch (code)
    {
    case CURLE_COULDNT_RESOLVE_HOST:
      *out_message = g_strdup_printf (_("Could not find the mail server %s: check its address "
                                        "and that this computer is online"), host);
      break;
    case CURLE_USE_SSL_FAILED:
      *out_message = g_strdup_printf (_("%s does not offer encryption with STARTTLS: choose "
                                        "TLS, or ask your email provider which to use"), host);
      break;
    case CURLE_PEER_FAILED_VERIFICATION:
      *out_message = g_strdup_printf (_("Could not make sure the server is really %s: its "
                                        "certificate is not valid (%s)"), host, detail);
      break;
    case CURLE_SSL_CONNECT_ERROR:
      *out_message = g_strdup_printf (_("Could not make a secure connection to %s (%s): check "
                                        "that the port and security are those your email "
                                        "provider gives"), host, detail);
      break;
    case CURLE_COULDNT_CONNECT:
      *out_message = g_strdup_printf (_("Could not connect to %s: nothing answers on port %u. "
                                        "Check the server’s address and port, and that this "
                                        "computer is online"), host,
                                      hustings_mail_server_get_port (session->server));
      break;
    case CURLE_OPERATION_TIMEDOUT:
      *out_message = g_strdup_printf (_("%s did not answer in time: check its address and "
                                        "port"), host);
      break;
    default:
      if (reply_is_error (session))
        /* Translators: %s is the server's reply, "421 4.7.0 Try again later" */
        *out_message = g_strdup_printf (_("%s closed the connection (%s)"), host, detail);
      else
        *out_message = g_strdup_printf (_("Could not connect to %s: %s"), host, detail);
      break;
    }
  return SEND_FATAL;
}

/* Sends message to to_address; on failure, *out_message says why. */
static SendOutcome
session_send (Session    *session,
              const char *to_address,
              GBytes     *message,
              char      **out_message)
{
  g_autofree char *from = g_strdup_printf ("<%s>",
    hustings_mail_server_get_from_address (session->server));
  g_autofree char *to = g_strdup_printf ("<%s>", to_address);
  struct curl_slist *recipients = curl_slist_append (NULL, to);
  CURLcode code;

  session->upload = message;
  session->offset = 0;
  session->errors[0] = '\0';
  session->command[0] = '\0';
  session->quitting = FALSE;
  g_string_truncate (session->reply, 0);

  curl_easy_setopt (session->curl, CURLOPT_MAIL_FROM, from);
  curl_easy_setopt (session->curl, CURLOPT_MAIL_RCPT, recipients);
  curl_easy_setopt (session->curl, CURLOPT_INFILESIZE_LARGE,
                    (curl_off_t) g_bytes_get_size (message));
  code = curl_easy_perform (session->curl);
  curl_easy_setopt (session->curl, CURLOPT_MAIL_RCPT, NULL);
  curl_slist_free_all (recipients);
  session->upload = NULL;

  if (code == CURLE_OK)
    return SEND_OK;
  return session_explain (session, code, out_message);
}

/* ---- Recipients and messages ---- */

/* What an address may be for the envelope: well formed, printable ASCII (no SMTPUTF8). */
static gboolean
address_is_sendable (const char *address)
{
  for (const char *p = address; *p != '\0'; p++)
    if ((guchar) *p <= 0x20 || (guchar) *p >= 0x7f)
      return FALSE;
  return hustings_email_is_valid (address);
}

static char *
describe_opt_out (const char *timestamp)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (timestamp, NULL);
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;
  g_autofree char *date = local != NULL ? g_date_time_format (local, "%Y-%m-%d") : NULL;
  g_autofree char *text = date != NULL ? hustings_date_format (date) : NULL;

  if (text == NULL)
    return g_strdup (_("Unsubscribed"));
  /* Translators: %s is a date, "Mar 4, 2026" */
  return g_strdup_printf (_("Unsubscribed on %s"), text);
}

/* Whether a run sends to contact (SENT) or why not; *out_address is its first address (NULL
 * when none) and *out_reason (unless out_reason is NULL) why it is skipped. sent_to holds the
 * addresses already sent to (lower case). */
static HustingsMailStatus
recipient_status (HustingsContact  *contact,
                  GHashTable       *sent_to,
                  const char      **out_address,
                  char            **out_reason)
{
  const char * const *emails = hustings_contact_get_emails (contact);
  const char *opt_out = hustings_contact_get_email_opt_out_at (contact);
  g_autofree char *key = NULL;
  HustingsMailStatus status = HUSTINGS_MAIL_SENT;

  if (emails[0] == NULL || emails[0][0] == '\0')
    status = HUSTINGS_MAIL_SKIPPED_NO_EMAIL;
  else if (opt_out != NULL && opt_out[0] != '\0')
    status = HUSTINGS_MAIL_SKIPPED_UNSUBSCRIBED;
  else if (sent_to != NULL &&
           g_hash_table_contains (sent_to, (key = g_ascii_strdown (emails[0], -1))))
    status = HUSTINGS_MAIL_SKIPPED_DUPLICATE;

  *out_address = emails[0];
  if (out_reason == NULL)
    return status;
  if (status == HUSTINGS_MAIL_SKIPPED_NO_EMAIL)
    *out_reason = g_strdup (_("No email address"));
  else if (status == HUSTINGS_MAIL_SKIPPED_UNSUBSCRIBED)
    *out_reason = describe_opt_out (opt_out);
  else if (status == HUSTINGS_MAIL_SKIPPED_DUPLICATE)
    *out_reason = g_strdup (_("Already sent to this address in this run"));
  else
    *out_reason = NULL;
  return status;
}

static gboolean
check_template (HustingsTemplate *template,
                GError          **error)
{
  if (hustings_template_get_kind (template) != HUSTINGS_TEMPLATE_EMAIL)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("“%s” is a letter template: choose an email template"),
                   hustings_template_get_name (template));
      return FALSE;
    }
  return hustings_template_validate (template, error);
}

static HustingsMergeContext *
merge_context_new (HustingsCommitteeFile *file,
                   HustingsMailServer    *server,
                   GError               **error)
{
  HustingsMergeContext *merge = hustings_merge_context_new (file, HUSTINGS_TEMPLATE_EMAIL,
                                                            error);

  if (merge != NULL)
    hustings_merge_context_set_from_address (merge,
                                             hustings_mail_server_get_from_address (server));
  return merge;
}

static GBytes *
render_message (HustingsMailServer *server,
                const char         *to_name,
                const char         *to_address,
                HustingsMerged     *merged)
{
  HustingsMailMessage message = {
    .from_name = hustings_mail_server_get_from_name (server),
    .from_address = hustings_mail_server_get_from_address (server),
    .to_name = to_name,
    .to_address = to_address,
    .subject = merged->subject,
    .body = merged->body,
    .unsubscribe_address = hustings_mail_server_get_from_address (server),
  };

  return hustings_mail_message_render (&message);
}

const char *
hustings_mail_status_describe (HustingsMailStatus status)
{
  static const char * const labels[HUSTINGS_N_MAIL_STATUSES] = {
    [HUSTINGS_MAIL_SENT]                 = N_("Sent"),
    [HUSTINGS_MAIL_FAILED]               = N_("Failed"),
    [HUSTINGS_MAIL_SKIPPED_NO_EMAIL]     = N_("No email address"),
    [HUSTINGS_MAIL_SKIPPED_UNSUBSCRIBED] = N_("Unsubscribed"),
    [HUSTINGS_MAIL_SKIPPED_DUPLICATE]    = N_("Duplicate address"),
  };

  g_return_val_if_fail (status < HUSTINGS_N_MAIL_STATUSES, "");
  return _(labels[status]);
}

/* ---- Counts, preview, test send ---- */

typedef struct {
  HustingsMailCounts *counts;
  GHashTable         *addresses;  /* to be sent to, lower case */
} Count;

static gboolean
count_cb (HustingsContact *contact,
          gpointer         user_data)
{
  Count *count = user_data;
  const char *address;

  switch (recipient_status (contact, count->addresses, &address, NULL))
    {
    case HUSTINGS_MAIL_SKIPPED_NO_EMAIL:
      count->counts->no_email++;
      break;
    case HUSTINGS_MAIL_SKIPPED_UNSUBSCRIBED:
      count->counts->unsubscribed++;
      break;
    case HUSTINGS_MAIL_SKIPPED_DUPLICATE:
      count->counts->duplicates++;
      break;
    case HUSTINGS_MAIL_SENT:
    case HUSTINGS_MAIL_FAILED:
    case HUSTINGS_N_MAIL_STATUSES:
    default:
      count->counts->to_send++;
      g_hash_table_add (count->addresses, g_ascii_strdown (address, -1));
      break;
    }
  return TRUE;
}

gboolean
hustings_mailer_count (HustingsCommitteeFile *file,
                       GArray                *contact_ids,
                       HustingsMailCounts    *out_counts,
                       GError               **error)
{
  g_autoptr(GHashTable) addresses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                           NULL);
  Count count = { out_counts, addresses };

  g_return_val_if_fail (contact_ids != NULL && out_counts != NULL, FALSE);

  memset (out_counts, 0, sizeof *out_counts);
  return hustings_contact_store_foreach_ids (file, contact_ids, count_cb, &count, error);
}

void
hustings_mail_preview_free (HustingsMailPreview *preview)
{
  if (preview == NULL)
    return;
  g_free (preview->to);
  g_free (preview->skip_reason);
  g_free (preview->subject);
  g_free (preview->body);
  g_strfreev (preview->missing);
  g_free (preview);
}

HustingsMailPreview *
hustings_mailer_preview (HustingsCommitteeFile *file,
                         HustingsMailServer    *server,
                         HustingsTemplate      *template,
                         gint64                 contact_id,
                         GError               **error)
{
  g_autoptr(HustingsContact) contact = NULL;
  g_autoptr(HustingsMergeContext) merge = NULL;
  g_autoptr(HustingsMerged) merged = NULL;
  HustingsMailPreview *preview;
  const char *address;
  char *reason;

  g_return_val_if_fail (HUSTINGS_IS_MAIL_SERVER (server), NULL);
  g_return_val_if_fail (HUSTINGS_IS_TEMPLATE (template), NULL);

  if (!check_template (template, error) ||
      (contact = hustings_contact_store_get (file, contact_id, error)) == NULL ||
      (merge = merge_context_new (file, server, error)) == NULL ||
      (merged = hustings_merge_template (merge, template, contact, NULL, error)) == NULL)
    return NULL;

  preview = g_new0 (HustingsMailPreview, 1);
  if (recipient_status (contact, NULL, &address, &reason) == HUSTINGS_MAIL_SENT)
    preview->to = g_strdup_printf ("%s <%s>", hustings_contact_get_display_name (contact),
                                   address);
  else
    preview->to = g_strdup (address != NULL && address[0] != '\0' ? address : "");
  preview->skip_reason = reason;
  preview->subject = g_steal_pointer (&merged->subject);
  preview->body = g_steal_pointer (&merged->body);
  preview->missing = g_strdupv (merged->missing);
  return preview;
}

/* Fails with the error for a send that did not go. */
static gboolean
send_failed (SendOutcome  outcome,
             const char  *message,
             GError     **error)
{
  if (outcome == SEND_CANCELLED)
    g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CANCELLED,
                         _("Sending was cancelled"));
  else
    g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED, message);
  return FALSE;
}

gboolean
hustings_mailer_send_test (HustingsCommitteeFile *file,
                           HustingsMailServer    *server,
                           const char            *password,
                           HustingsTemplate      *template,
                           gint64                 contact_id,
                           const char            *to_address,
                           GCancellable          *cancellable,
                           GError               **error)
{
  g_autoptr(HustingsContact) contact = NULL;
  g_autoptr(HustingsMergeContext) merge = NULL;
  g_autoptr(HustingsMerged) merged = NULL;
  g_autoptr(GBytes) message = NULL;
  g_autoptr(Session) session = NULL;
  g_autofree char *address = g_strstrip (g_strdup (to_address != NULL ? to_address : ""));
  g_autofree char *failure = NULL;
  SendOutcome outcome;

  g_return_val_if_fail (HUSTINGS_IS_MAIL_SERVER (server), FALSE);
  g_return_val_if_fail (HUSTINGS_IS_TEMPLATE (template), FALSE);

  if (!hustings_mail_server_validate (server, error) || !check_template (template, error))
    return FALSE;
  if (!address_is_sendable (address))
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("“%s” is not an email address"), address);
      return FALSE;
    }
  if ((contact = hustings_contact_store_get (file, contact_id, error)) == NULL ||
      (merge = merge_context_new (file, server, error)) == NULL ||
      (merged = hustings_merge_template (merge, template, contact, NULL, error)) == NULL ||
      (session = session_new (server, password, cancellable, error)) == NULL)
    return FALSE;

  message = render_message (server, "", address, merged);
  outcome = session_send (session, address, message, &failure);
  if (outcome != SEND_OK)
    return send_failed (outcome, failure, error);
  return TRUE;
}

/* ---- The mailer ---- */

static void
result_free (gpointer data)
{
  Result *result = data;

  g_free (result->result.contact_name);
  g_free (result->result.address);
  g_free (result->result.message);
  g_free (result->result.at);
  g_free (result->subject);
  g_free (result);
}

static gint64
real_now (gpointer data)
{
  return g_get_monotonic_time ();
}

static gboolean
real_sleep (gint64        usec,
            GCancellable *cancellable,
            gpointer      data)
{
  GPollFD poll_fd;

  if (g_cancellable_make_pollfd (cancellable, &poll_fd))
    {
      g_poll (&poll_fd, 1, (int) MIN ((usec + 999) / 1000, G_MAXINT));
      g_cancellable_release_fd (cancellable);
    }
  else
    g_usleep (usec);
  return !g_cancellable_is_cancelled (cancellable);
}

gint64
hustings_mail_rate_wait (const gint64 *sent,
                         guint         n_sent,
                         guint         per_minute,
                         gint64        now)
{
  gint64 free_at;

  if (per_minute == 0 || n_sent < per_minute)
    return 0;
  /* The per_minute-th last message must be a minute old before another goes. */
  free_at = sent[n_sent - per_minute] + MINUTE_USEC;
  return MAX (free_at - now, 0);
}

static void
hustings_mailer_finalize (GObject *object)
{
  HustingsMailer *self = (HustingsMailer *) object;

  g_object_unref (self->server);
  if (self->password != NULL)
    explicit_bzero (self->password, strlen (self->password));
  g_free (self->password);
  g_object_unref (self->template);
  g_array_unref (self->contact_ids);
  g_ptr_array_unref (self->results);

  G_OBJECT_CLASS (hustings_mailer_parent_class)->finalize (object);
}

static void
hustings_mailer_class_init (HustingsMailerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hustings_mailer_finalize;
}

static void
hustings_mailer_init (HustingsMailer *self)
{
  self->results = g_ptr_array_new_with_free_func (result_free);
  self->clock.now = real_now;
  self->clock.sleep = real_sleep;
}

HustingsMailer *
hustings_mailer_new (HustingsMailServer *server,
                     const char         *password,
                     HustingsTemplate   *template,
                     GArray             *contact_ids)
{
  HustingsMailer *self;

  g_return_val_if_fail (HUSTINGS_IS_MAIL_SERVER (server), NULL);
  g_return_val_if_fail (HUSTINGS_IS_TEMPLATE (template), NULL);
  g_return_val_if_fail (contact_ids != NULL, NULL);

  self = g_object_new (HUSTINGS_TYPE_MAILER, NULL);
  self->server = hustings_mail_server_copy (server);
  self->password = g_strdup (password != NULL ? password : "");
  self->template = g_object_ref (template);
  self->contact_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), contact_ids->len);
  g_array_append_vals (self->contact_ids, contact_ids->data, contact_ids->len);
  return self;
}

void
hustings_mailer_set_clock (HustingsMailer          *self,
                           const HustingsMailClock *clock)
{
  g_return_if_fail (HUSTINGS_IS_MAILER (self));
  self->clock = *clock;
}

guint
hustings_mailer_get_n_recipients (HustingsMailer *self)
{
  g_return_val_if_fail (HUSTINGS_IS_MAILER (self), 0);
  return self->contact_ids->len;
}

void
hustings_mailer_get_progress (HustingsMailer *self,
                              guint          *out_done,
                              guint          *out_sent,
                              guint          *out_failed)
{
  g_return_if_fail (HUSTINGS_IS_MAILER (self));

  if (out_done != NULL)
    *out_done = (guint) g_atomic_int_get (&self->n_done);
  if (out_sent != NULL)
    *out_sent = (guint) g_atomic_int_get (&self->n_sent);
  if (out_failed != NULL)
    *out_failed = (guint) g_atomic_int_get (&self->n_failed);
}

guint
hustings_mailer_get_n_results (HustingsMailer *self)
{
  g_return_val_if_fail (HUSTINGS_IS_MAILER (self), 0);
  return self->results->len;
}

const HustingsMailResult *
hustings_mailer_get_result (HustingsMailer *self,
                            guint           index)
{
  g_return_val_if_fail (HUSTINGS_IS_MAILER (self), NULL);
  g_return_val_if_fail (index < self->results->len, NULL);
  return &((Result *) g_ptr_array_index (self->results, index))->result;
}

guint
hustings_mailer_get_n_unsent (HustingsMailer *self)
{
  g_return_val_if_fail (HUSTINGS_IS_MAILER (self), 0);
  return self->n_unsent;
}

/* A run in progress. */
typedef struct {
  HustingsMailer        *self;
  HustingsMergeContext  *merge;
  Session               *session;
  GHashTable            *sent_to;      /* addresses sent to, lower case */
  GArray                *sent_times;   /* gint64: when the last messages went */
  GCancellable          *cancellable;
  HustingsProgressFunc   progress;
  gpointer               progress_data;
  GError                *error;        /* what stopped the run */
} Run;

static Result *
add_result (Run                *run,
            HustingsContact    *contact,
            const char         *address,
            HustingsMailStatus  status,
            char               *message,
            gboolean            attempted)
{
  Result *result = g_new0 (Result, 1);

  result->result.contact_id = hustings_contact_get_id (contact);
  result->result.contact_name = g_strdup (hustings_contact_get_display_name (contact));
  result->result.address = g_strdup (address != NULL ? address : "");
  result->result.status = status;
  result->result.message = message != NULL ? message : g_strdup ("");
  result->result.at = attempted ? hustings_timestamp_now () : g_strdup ("");
  g_ptr_array_add (run->self->results, result);
  return result;
}

static gboolean
run_cancelled (Run *run)
{
  g_set_error_literal (&run->error, HUSTINGS_ERROR, HUSTINGS_ERROR_CANCELLED,
                       _("Sending was cancelled"));
  return FALSE;
}

/* Waits for the rate limit, then notes the time the next message goes. */
static gboolean
wait_for_rate (Run *run)
{
  HustingsMailer *self = run->self;
  guint per_minute = hustings_mail_server_get_per_minute (self->server);
  gint64 now = self->clock.now (self->clock.data);
  gint64 wait = hustings_mail_rate_wait ((const gint64 *) run->sent_times->data,
                                         run->sent_times->len, per_minute, now);

  if (wait > 0)
    {
      if (!self->clock.sleep (wait, run->cancellable, self->clock.data))
        return FALSE;
      now = self->clock.now (self->clock.data);
    }
  g_array_append_val (run->sent_times, now);
  if (run->sent_times->len > per_minute)
    g_array_remove_range (run->sent_times, 0, run->sent_times->len - per_minute);
  return TRUE;
}

/* Sends to one contact; FALSE stops the run (run->error says why). */
static gboolean
send_one (Run             *run,
          HustingsContact *contact,
          const char      *address)
{
  HustingsMailer *self = run->self;
  g_autoptr(HustingsMerged) merged = NULL;
  char *failure = NULL;
  SendOutcome outcome;
  Result *result;

  merged = hustings_merge_template (run->merge, self->template, contact, NULL, &run->error);
  if (merged == NULL)
    return FALSE;

  if (!address_is_sendable (address))
    {
      outcome = SEND_REFUSED;
      failure = g_strdup_printf (_("“%s” is not an email address that can be written to"),
                                 address);
    }
  else
    {
      g_autoptr(GBytes) message = NULL;

      if (!wait_for_rate (run))
        return run_cancelled (run);
      message = render_message (self->server, hustings_contact_get_display_name (contact),
                                address, merged);
      outcome = session_send (run->session, address, message, &failure);
    }

  switch (outcome)
    {
    case SEND_OK:
      g_hash_table_add (run->sent_to, g_ascii_strdown (address, -1));
      g_atomic_int_inc (&self->n_sent);
      break;
    case SEND_REFUSED:
      g_atomic_int_inc (&self->n_failed);
      break;
    case SEND_CANCELLED:
      return run_cancelled (run);
    case SEND_FATAL:
    default:
      g_set_error_literal (&run->error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED, failure);
      g_free (failure);
      return FALSE;
    }
  result = add_result (run, contact, address,
                       outcome == SEND_OK ? HUSTINGS_MAIL_SENT : HUSTINGS_MAIL_FAILED, failure,
                       TRUE);
  result->subject = g_steal_pointer (&merged->subject);
  return TRUE;
}

static gboolean
run_contact_cb (HustingsContact *contact,
                gpointer         user_data)
{
  Run *run = user_data;
  HustingsMailer *self = run->self;
  HustingsMailStatus status;
  const char *address;
  char *reason;
  guint done;

  if (g_cancellable_is_cancelled (run->cancellable))
    return run_cancelled (run);

  status = recipient_status (contact, run->sent_to, &address, &reason);
  if (status != HUSTINGS_MAIL_SENT)
    add_result (run, contact, address, status, reason, FALSE);
  else if (!send_one (run, contact, address))
    return FALSE;

  done = (guint) g_atomic_int_add (&self->n_done, 1) + 1;
  if (run->progress != NULL)
    run->progress ((double) done / self->contact_ids->len, run->progress_data);
  return TRUE;
}

/* outcome ("Sent: Thank you, José"), cut to the longest an interaction takes. */
static char *
fit_outcome (char *outcome)
{
  g_autofree char *start = NULL;

  if (g_utf8_strlen (outcome, -1) <= HUSTINGS_INTERACTION_OUTCOME_MAX)
    return outcome;
  start = g_utf8_substring (outcome, 0, HUSTINGS_INTERACTION_OUTCOME_MAX - 1);
  g_free (outcome);
  return g_strconcat (start, "…", NULL);
}

/* Logs the messages sent and failed as interactions, in one transaction. A contact deleted
 * since it was sent to is left out. */
static gboolean
log_results (HustingsMailer        *self,
             HustingsCommitteeFile *file,
             GError               **error)
{
  gboolean any = FALSE;

  for (guint i = 0; i < self->results->len && !any; i++)
    any = ((Result *) g_ptr_array_index (self->results, i))->subject != NULL;
  if (!any)
    return TRUE;

  if (!hustings_committee_file_begin (file, error))
    return FALSE;
  for (guint i = 0; i < self->results->len; i++)
    {
      Result *result = g_ptr_array_index (self->results, i);
      g_autoptr(HustingsInteraction) interaction = NULL;
      g_autofree char *outcome = NULL;
      g_autofree char *notes = NULL;
      g_autoptr(GError) local_error = NULL;

      if (result->subject == NULL)
        continue;
      if (result->result.status == HUSTINGS_MAIL_SENT)
        /* Translators: an interaction's outcome; %s is the email's subject */
        outcome = fit_outcome (g_strdup_printf (_("Sent: %s"), result->subject));
      else
        /* Translators: an interaction's outcome; %s is why, "The server refused…" */
        outcome = fit_outcome (g_strdup_printf (_("Not sent: %s"), result->result.message));
      /* Translators: %s is an email address */
      notes = g_strdup_printf (_("To %s"), result->result.address);

      interaction = hustings_interaction_new ();
      hustings_interaction_set_contact_id (interaction, result->result.contact_id);
      hustings_interaction_set_kind (interaction, HUSTINGS_INTERACTION_EMAIL);
      hustings_interaction_set_occurred_at (interaction, result->result.at);
      hustings_interaction_set_outcome (interaction, outcome);
      hustings_interaction_set_notes (interaction, notes);
      if (!hustings_interaction_store_add (file, interaction, &local_error) &&
          !g_error_matches (local_error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID))
        {
          hustings_committee_file_rollback (file);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  return hustings_committee_file_commit (file, error);
}

gboolean
hustings_mailer_run (HustingsMailer        *self,
                     HustingsCommitteeFile *file,
                     GCancellable          *cancellable,
                     HustingsProgressFunc   progress,
                     gpointer               progress_data,
                     GError               **error)
{
  g_autoptr(HustingsMergeContext) merge = NULL;
  g_autoptr(Session) session = NULL;
  g_autoptr(GHashTable) sent_to = NULL;
  g_autoptr(GArray) sent_times = NULL;
  g_autoptr(GError) read_error = NULL;
  g_autoptr(GError) log_error = NULL;
  Run run = { 0 };

  g_return_val_if_fail (HUSTINGS_IS_MAILER (self), FALSE);
  g_return_val_if_fail (!self->ran, FALSE);

  self->ran = TRUE;
  self->n_unsent = self->contact_ids->len;
  if (!hustings_mail_server_validate (self->server, error) ||
      !check_template (self->template, error) ||
      !hustings_committee_file_check_writable (file, error) ||
      (merge = merge_context_new (file, self->server, error)) == NULL ||
      (session = session_new (self->server, self->password, cancellable, error)) == NULL)
    return FALSE;

  sent_to = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sent_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  run = (Run) {
    .self = self, .merge = merge, .session = session, .sent_to = sent_to,
    .sent_times = sent_times, .cancellable = cancellable, .progress = progress,
    .progress_data = progress_data,
  };
  if (!hustings_contact_store_foreach_ids (file, self->contact_ids, run_contact_cb, &run,
                                           &read_error))
    {
      g_clear_error (&run.error);
      run.error = g_steal_pointer (&read_error);
    }
  self->n_unsent = run.error == NULL ? 0 : self->contact_ids->len - self->results->len;

  if (!log_results (self, file, &log_error))
    g_prefix_error (&log_error, _("What was sent could not be recorded in the committee "
                                  "file: "));

  if (run.error != NULL && run.error->code == HUSTINGS_ERROR_FAILED && self->n_unsent > 0)
    {
      g_autofree char *message = run.error->message;

      run.error->message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "%s%s Nothing was sent to the "
                                                         "remaining %u contact.",
                                                         "%s%s Nothing was sent to the "
                                                         "remaining %u contacts.",
                                                         self->n_unsent),
                                            message, g_str_has_suffix (message, ".") ? "" : ".",
                                            self->n_unsent);
    }
  if (log_error != NULL)
    {
      if (run.error != NULL)
        g_prefix_error (&log_error, "%s. ", run.error->message);
      g_clear_error (&run.error);
      g_propagate_error (error, g_steal_pointer (&log_error));
      return FALSE;
    }
  if (run.error != NULL)
    {
      g_propagate_error (error, run.error);
      return FALSE;
    }
  if (progress != NULL)
    progress (1.0, progress_data);
  return TRUE;
}
