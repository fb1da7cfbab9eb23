/* test-mailer.c: mail server settings, message composition, and email to a segment through
 * an SMTP server the test starts on 127.0.0.1 (no network, no keyring).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "test-util.h"
#include "hustings-mailer-private.h"

/* ---- A local SMTP server ----
 *
 * EHLO/HELO, AUTH PLAIN and LOGIN (when a user is set, and then required), MAIL FROM, RCPT TO
 * (one address refused with 550), DATA with dot-unstuffing, RSET, NOOP, QUIT. It runs in its
 * own thread with its own main context, so that the test thread may block in a send; each
 * connection is served in a thread of the service's pool. */

typedef struct {
  char      *from;
  GPtrArray *recipients;  /* char* */
  char      *data;        /* as received, dot-unstuffed, CRLF line ends */
} Received;

typedef struct {
  GThread      *thread;
  GMainContext *context;
  GMainLoop    *loop;
  guint16       port;

  GMutex        mutex;
  GCond         cond;
  gboolean      ready;
  guint         active;        /* connections being served */
  guint         connections;   /* connections accepted in all */
  GPtrArray    *received;      /* Received* */
  GPtrArray    *auth_seen;     /* char*: the mechanism of each successful login */

  /* Set before the server starts. */
  const char   *refuse;        /* the address RCPT refuses */
  const char   *user;          /* NULL: no AUTH offered nor required */
  const char   *password;
  const char   *mechanism;     /* the AUTH mechanism offered: "PLAIN" or "LOGIN" */
} SmtpServer;

static void
received_free (gpointer data)
{
  Received *received = data;

  g_free (received->from);
  g_ptr_array_unref (received->recipients);
  g_free (received->data);
  g_free (received);
}

static gboolean
reply (GOutputStream *out,
       const char    *text)
{
  g_autofree char *line = g_strconcat (text, "\r\n", NULL);

  return g_output_stream_write_all (out, line, strlen (line), NULL, NULL, NULL);
}

static char *
read_line (GDataInputStream *in)
{
  gsize length;

  return g_data_input_stream_read_line (in, &length, NULL, NULL);
}

static char *
decode_base64_text (const char *text)
{
  gsize length;
  guchar *bytes = g_base64_decode (text, &length);
  char *decoded = g_malloc0 (length + 1);

  memcpy (decoded, bytes, length);
  g_free (bytes);
  return decoded;
}

/* Runs an AUTH exchange; TRUE when the user and password are right. */
static gboolean
authenticate (SmtpServer       *server,
              GDataInputStream *in,
              GOutputStream    *out,
              const char       *arguments)
{
  g_auto(GStrv) words = g_strsplit (arguments, " ", 2);
  g_autofree char *user = NULL;
  g_autofree char *password = NULL;

  if (g_ascii_strcasecmp (words[0], server->mechanism) != 0)
    return FALSE;
  if (g_ascii_strcasecmp (words[0], "PLAIN") == 0)
    {
      g_autofree char *response = words[1] != NULL ? g_strdup (words[1])
                                  : (reply (out, "334 "), read_line (in));
      gsize length;
      g_autofree guchar *bytes = g_base64_decode (response != NULL ? response : "", &length);
      const char *authzid = (const char *) bytes;
      const char *end = (const char *) bytes + length;
      const char *authcid = memchr (authzid, '\0', length);

      if (authcid == NULL || authcid + 1 >= end)
        return FALSE;
      authcid++;
      user = g_strndup (authcid, strnlen (authcid, end - authcid));
      if (authcid + strlen (user) + 1 > end)
        return FALSE;
      password = g_strndup (authcid + strlen (user) + 1, end - (authcid + strlen (user) + 1));
    }
  else
    {
      g_autofree char *user64 = words[1] != NULL ? g_strdup (words[1])
                                : (reply (out, "334 VXNlcm5hbWU6"), read_line (in));
      g_autofree char *password64 = NULL;

      reply (out, "334 UGFzc3dvcmQ6");
      password64 = read_line (in);
      user = decode_base64_text (user64 != NULL ? user64 : "");
      password = decode_base64_text (password64 != NULL ? password64 : "");
    }
  return g_str_equal (user, server->user) && g_str_equal (password, server->password);
}

/* The address in "MAIL FROM:<a@b.c> SIZE=12" */
static char *
angle_address (const char *arguments)
{
  const char *start = strchr (arguments, '<');
  const char *end = start != NULL ? strchr (start, '>') : NULL;

  return end != NULL ? g_strndup (start + 1, end - start - 1) : g_strdup (arguments);
}

static void
serve (SmtpServer       *server,
       GDataInputStream *in,
       GOutputStream    *out)
{
  g_autoptr(GPtrArray) recipients = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *from = NULL;
  gboolean logged_in = FALSE;
  char *line;

  reply (out, "220 127.0.0.1 ESMTP test server");
  while ((line = read_line (in)) != NULL)
    {
      g_autofree char *command = line;
      g_auto(GStrv) words = g_strsplit (command, " ", 2);
      const char *arguments = words[0] != NULL && words[1] != NULL ? words[1] : "";
      const char *verb = words[0] != NULL ? words[0] : "";

      if (g_ascii_strcasecmp (verb, "EHLO") == 0)
        {
          if (server->user != NULL)
            {
              g_autofree char *auth = g_strconcat ("250-AUTH ", server->mechanism, NULL);

              reply (out, "250-127.0.0.1");
              reply (out, auth);
              reply (out, "250 8BITMIME");
            }
          else
            reply (out, "250 127.0.0.1");
        }
      else if (g_ascii_strcasecmp (verb, "HELO") == 0 || g_ascii_strcasecmp (verb, "NOOP") == 0)
        reply (out, "250 OK");
      else if (g_ascii_strcasecmp (verb, "AUTH") == 0)
        {
          logged_in = server->user != NULL && authenticate (server, in, out, arguments);
          if (logged_in)
            {
              g_mutex_lock (&server->mutex);
              g_ptr_array_add (server->auth_seen, g_ascii_strup (arguments, strcspn (arguments,
                                                                                     " ")));
              g_mutex_unlock (&server->mutex);
              reply (out, "235 2.7.0 Authentication successful");
            }
          else
            reply (out, "535 5.7.8 Authentication credentials invalid");
        }
      else if (g_ascii_strncasecmp (command, "MAIL FROM:", 10) == 0)
        {
          if (server->user != NULL && !logged_in)
            reply (out, "530 5.7.0 Authentication required");
          else
            {
              g_free (from);
              from = angle_address (command + 10);
              g_ptr_array_set_size (recipients, 0);
              reply (out, "250 2.1.0 OK");
            }
        }
      else if (g_ascii_strncasecmp (command, "RCPT TO:", 8) == 0)
        {
          g_autofree char *address = angle_address (command + 8);

          if (from == NULL)
            reply (out, "503 5.5.1 MAIL first");
          else if (server->refuse != NULL && g_str_equal (address, server->refuse))
            {
              g_autofree char *text = g_strdup_printf ("550 5.1.1 <%s>: Recipient address "
                                                       "rejected", address);

              reply (out, text);
            }
          else
            {
              g_ptr_array_add (recipients, g_steal_pointer (&address));
              reply (out, "250 2.1.5 OK");
            }
        }
      else if (g_ascii_strcasecmp (verb, "DATA") == 0)
        {
          GString *data;
          char *body_line;
          gboolean complete = FALSE;

          if (recipients->len == 0)
            {
              reply (out, "503 5.5.1 RCPT first");
              continue;
            }
          reply (out, "354 End data with <CR><LF>.<CR><LF>");
          data = g_string_new (NULL);
          while ((body_line = read_line (in)) != NULL)
            {
              if (g_str_equal (body_line, "."))
                {
                  g_free (body_line);
                  complete = TRUE;
                  break;
                }
              /* Dot-unstuffing (RFC 5321 4.5.2). */
              g_string_append (data, body_line[0] == '.' ? body_line + 1 : body_line);
              g_string_append (data, "\r\n");
              g_free (body_line);
            }
          if (!complete)
            {
              g_string_free (data, TRUE);
              return;
            }
          {
            Received *received = g_new0 (Received, 1);

            received->from = g_steal_pointer (&from);
            received->recipients = g_ptr_array_ref (recipients);
            received->data = g_string_free (data, FALSE);
            g_mutex_lock (&server->mutex);
            g_ptr_array_add (server->received, received);
            g_mutex_unlock (&server->mutex);
          }
          g_ptr_array_unref (recipients);
          recipients = g_ptr_array_new_with_free_func (g_free);
          reply (out, "250 2.0.0 OK queued");
        }
      else if (g_ascii_strcasecmp (verb, "RSET") == 0)
        {
          g_clear_pointer (&from, g_free);
          g_ptr_array_set_size (recipients, 0);
          reply (out, "250 2.0.0 OK");
        }
      else if (g_ascii_strcasecmp (verb, "QUIT") == 0)
        {
          reply (out, "221 2.0.0 Bye");
          return;
        }
      else
        reply (out, "502 5.5.2 Command not recognized");
    }
}

static gboolean
run_cb (GThreadedSocketService *service,
        GSocketConnection      *connection,
        GObject                *source_object,
        gpointer                user_data)
{
  SmtpServer *server = user_data;
  g_autoptr(GDataInputStream) in = g_data_input_stream_new (
    g_io_stream_get_input_stream (G_IO_STREAM (connection)));

  g_mutex_lock (&server->mutex);
  server->active++;
  server->connections++;
  g_mutex_unlock (&server->mutex);

  g_data_input_stream_set_newline_type (in, G_DATA_STREAM_NEWLINE_TYPE_CR_LF);
  serve (server, in, g_io_stream_get_output_stream (G_IO_STREAM (connection)));
  g_io_stream_close (G_IO_STREAM (connection), NULL, NULL);

  g_mutex_lock (&server->mutex);
  server->active--;
  g_cond_broadcast (&server->cond);
  g_mutex_unlock (&server->mutex);
  return TRUE;
}

static gboolean
server_ready_cb (gpointer data)
{
  SmtpServer *server = data;

  g_mutex_lock (&server->mutex);
  server->ready = TRUE;
  g_cond_broadcast (&server->cond);
  g_mutex_unlock (&server->mutex);
  return G_SOURCE_REMOVE;
}

static gpointer
server_thread (gpointer data)
{
  SmtpServer *server = data;
  g_autoptr(GSocketService) service = NULL;
  g_autoptr(GSocketAddress) address = NULL;
  g_autoptr(GSocketAddress) effective = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSource) ready = NULL;
  g_autoptr(GError) error = NULL;

  g_main_context_push_thread_default (server->context);
  service = g_threaded_socket_service_new (4);
  address = g_inet_socket_address_new (loopback, 0);
  g_socket_listener_add_address (G_SOCKET_LISTENER (service), address, G_SOCKET_TYPE_STREAM,
                                 G_SOCKET_PROTOCOL_TCP, NULL, &effective, &error);
  g_assert_no_error (error);
  g_signal_connect (service, "run", G_CALLBACK (run_cb), server);
  g_socket_service_start (service);

  server->port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (effective));
  /* Ready once the loop runs: a quit before it would be lost. */
  ready = g_idle_source_new ();
  g_source_set_callback (ready, server_ready_cb, server, NULL);
  g_source_attach (ready, server->context);
  g_main_loop_run (server->loop);

  g_socket_service_stop (service);
  g_socket_listener_close (G_SOCKET_LISTENER (service));
  g_main_context_pop_thread_default (server->context);
  return NULL;
}

static void
smtp_server_free (SmtpServer *server)
{
  g_main_loop_quit (server->loop);
  g_thread_join (server->thread);
  /* The client has gone: wait for the connections it left to be closed. */
  g_mutex_lock (&server->mutex);
  while (server->active > 0)
    g_cond_wait (&server->cond, &server->mutex);
  g_mutex_unlock (&server->mutex);

  g_main_loop_unref (server->loop);
  g_main_context_unref (server->context);
  g_ptr_array_unref (server->received);
  g_ptr_array_unref (server->auth_seen);
  g_mutex_clear (&server->mutex);
  g_cond_clear (&server->cond);
  g_free (server);
}

/* A server refusing refuse (NULL: none), asking for user and password with mechanism when
 * user is not NULL; stopped when the test ends. */
static SmtpServer *
smtp_server_start (const char *refuse,
                   const char *user,
                   const char *password,
                   const char *mechanism)
{
  SmtpServer *server = g_new0 (SmtpServer, 1);

  server->refuse = refuse;
  server->user = user;
  server->password = password;
  server->mechanism = mechanism;
  server->received = g_ptr_array_new_with_free_func (received_free);
  server->auth_seen = g_ptr_array_new_with_free_func (g_free);
  server->context = g_main_context_new ();
  server->loop = g_main_loop_new (server->context, FALSE);
  g_mutex_init (&server->mutex);
  g_cond_init (&server->cond);
  server->thread = g_thread_new ("smtp-server", server_thread, server);

  g_mutex_lock (&server->mutex);
  while (!server->ready)
    g_cond_wait (&server->cond, &server->mutex);
  g_mutex_unlock (&server->mutex);
  g_test_queue_destroy ((GDestroyNotify) smtp_server_free, server);
  return server;
}

static guint
smtp_server_n_received (SmtpServer *server)
{
  guint n;

  g_mutex_lock (&server->mutex);
  n = server->received->len;
  g_mutex_unlock (&server->mutex);
  return n;
}

static guint
smtp_server_n_connections (SmtpServer *server)
{
  guint n;

  g_mutex_lock (&server->mutex);
  n = server->connections;
  g_mutex_unlock (&server->mutex);
  return n;
}

/* The message received for address (exactly one), or NULL. */
static Received *
smtp_server_find (SmtpServer *server,
                  const char *address)
{
  Received *found = NULL;

  g_mutex_lock (&server->mutex);
  for (guint i = 0; i < server->received->len; i++)
    {
      Received *received = g_ptr_array_index (server->received, i);

      if (received->recipients->len == 1 &&
          g_str_equal (g_ptr_array_index (received->recipients, 0), address))
        {
          g_assert_null (found);
          found = received;
        }
    }
  g_mutex_unlock (&server->mutex);
  return found;
}

/* A port nothing listens on. */
static guint16
closed_port (void)
{
  g_autoptr(GSocketListener) listener = g_socket_listener_new ();
  g_autoptr(GError) error = NULL;
  guint16 port = g_socket_listener_add_any_inet_port (listener, NULL, &error);

  g_assert_no_error (error);
  g_socket_listener_close (listener);
  return port;
}

/* ---- Reading messages back ---- */

/* The header block (unfolded) and the body of a message. */
static void
split_message (const char  *data,
               char       **out_headers,
               char       **out_body)
{
  const char *blank = strstr (data, "\r\n\r\n");
  g_autofree char *headers = NULL;
  g_autoptr(GRegex) fold = g_regex_new ("\r\n[ \t]", 0, 0, NULL);

  g_assert_nonnull (blank);
  headers = g_strndup (data, blank - data + 2);
  *out_headers = g_regex_replace_literal (fold, headers, -1, 0, " ", 0, NULL);
  *out_body = g_strdup (blank + 4);
}

/* The value of header name ("Subject") in unfolded headers, encoded words decoded. */
static char *
header_value (const char *headers,
              const char *name)
{
  g_autofree char *pattern = g_strdup_printf ("(?m)^%s: (.*)\r$", name);
  g_autoptr(GRegex) regex = g_regex_new (pattern, 0, 0, NULL);
  g_autoptr(GRegex) word = g_regex_new ("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?=", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GMatchInfo) words = NULL;
  g_autofree char *value = NULL;
  GString *decoded = g_string_new (NULL);
  gint last_end = 0;

  if (!g_regex_match (regex, headers, 0, &match))
    return NULL;
  value = g_match_info_fetch (match, 1);
  g_regex_match (word, value, 0, &words);
  while (g_match_info_matches (words))
    {
      g_autofree char *base64 = g_match_info_fetch (words, 1);
      g_autofree char *text = decode_base64_text (base64);
      gint start, end;

      g_match_info_fetch_pos (words, 0, &start, &end);
      /* White space between two encoded words is not part of the text (RFC 2047 6.2). */
      if (last_end == 0 || strspn (value + last_end, " ") != (gsize) (start - last_end))
        g_string_append_len (decoded, value + last_end, start - last_end);
      g_string_append (decoded, text);
      last_end = end;
      g_match_info_next (words, NULL);
    }
  g_string_append (decoded, value + last_end);
  return g_string_free (decoded, FALSE);
}

static char *
decode_quoted_printable (const char *text)
{
  GString *decoded = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (p[0] == '=' && p[1] == '\r' && p[2] == '\n')
        p += 2;
      else if (p[0] == '=' && g_ascii_isxdigit (p[1]) && g_ascii_isxdigit (p[2]))
        {
          g_string_append_c (decoded, g_ascii_xdigit_value (p[1]) * 16 +
                                      g_ascii_xdigit_value (p[2]));
          p += 2;
        }
      else
        {
          g_assert_true (*p != '=');
          g_string_append_c (decoded, *p);
        }
    }
  return g_string_free (decoded, FALSE);
}

/* Every line of data, CRLF ended, at most max characters. */
static void
assert_lines_within (const char *data,
                     gsize       max)
{
  g_auto(GStrv) lines = g_strsplit (data, "\r\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_null (strchr (lines[i], '\n'));
      g_assert_null (strchr (lines[i], '\r'));
      if (strlen (lines[i]) > max)
        g_error ("line longer than %" G_GSIZE_FORMAT ": %s", max, lines[i]);
    }
}

/* ---- Fixtures ---- */

static HustingsMailServer *
local_server (guint16 port)
{
  HustingsMailServer *server = hustings_mail_server_new ();

  hustings_mail_server_set_host (server, "127.0.0.1");
  hustings_mail_server_set_port (server, port);
  hustings_mail_server_set_security (server, HUSTINGS_MAIL_SECURITY_NONE);
  hustings_mail_server_set_from_name (server, "Friends of Zoë Test");
  hustings_mail_server_set_from_address (server, "info@friendsoftest.org");
  hustings_mail_server_set_per_minute (server, 1000);
  return server;
}

static HustingsTemplate *
appeal_template (void)
{
  HustingsTemplate *template = hustings_template_new (HUSTINGS_TEMPLATE_EMAIL);

  hustings_template_set_name (template, "Spring appeal");
  hustings_template_set_subject (template, "Thank you, {{first_name|Friend}} — ¡gracias!");
  hustings_template_set_body (template,
                              "Dear {{first_name|Friend}},\n"
                              "\n"
                              "Thank you for your gift of {{gift_amount|your support}}.\n"
                              ".A line that starts with a dot\n"
                              ".\n"
                              "From here on, trailing space \n"
                              "\n"
                              "{{unsubscribe}}\n");
  return template;
}

static gint64
add_person (HustingsCommitteeFile *file,
            const char            *first,
            const char            *last,
            const char            *email)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsContact) contact = test_person (first, last);
  const char *emails[] = { email, NULL };

  if (email != NULL)
    hustings_contact_set_emails (contact, emails);
  hustings_contact_store_add (file, contact, &error);
  g_assert_no_error (error);
  return hustings_contact_get_id (contact);
}

/* The segment of the issue: José (a gift), Zoë (unsubscribed), Pat (no email), Dana (refused
 * by the server), Ann. */
typedef struct {
  HustingsCommitteeFile *file;
  GArray                *ids;
  gint64                 jose, zoe, pat, dana, ann;
} Segment;

static void
segment_free (Segment *segment)
{
  g_array_unref (segment->ids);
  g_free (segment);
}

static Segment *
five_contacts (void)
{
  g_autoptr(GError) error = NULL;
  Segment *segment = g_new0 (Segment, 1);

  segment->file = test_new_file (NULL);
  segment->jose = add_person (segment->file, "José", "Núñez", "jose@example.org");
  segment->zoe = add_person (segment->file, "Zoë", "Ångström", "zoe@example.org");
  segment->pat = add_person (segment->file, "Pat", "Lee", NULL);
  segment->dana = add_person (segment->file, "Dana", "Refused", "dana@example.org");
  segment->ann = add_person (segment->file, "Ann", "Smith", "ann@example.org");
  test_give (segment->file, segment->jose, "2026-03-04", 25000, "P2026");
  hustings_contact_store_set_email_opt_out (segment->file, segment->zoe, TRUE, &error);
  g_assert_no_error (error);

  segment->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (segment->ids, segment->jose);
  g_array_append_val (segment->ids, segment->zoe);
  g_array_append_val (segment->ids, segment->pat);
  g_array_append_val (segment->ids, segment->dana);
  g_array_append_val (segment->ids, segment->ann);
  g_test_queue_destroy ((GDestroyNotify) segment_free, segment);
  return segment;
}

/* The interactions of contact, as "kind|outcome|notes" lines. */
static char *
interactions_of (HustingsCommitteeFile *file,
                 gint64                 contact)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = hustings_interaction_store_list (file, contact, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < list->len; i++)
    {
      HustingsInteraction *interaction = g_ptr_array_index (list, i);

      g_string_append_printf (text, "%s%s|%s|%s", i > 0 ? "\n" : "",
        hustings_interaction_kind_to_string (hustings_interaction_get_kind (interaction)),
        hustings_interaction_get_outcome (interaction),
        hustings_interaction_get_notes (interaction));
    }
  return g_string_free (text, FALSE);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  GArray *fractions = user_data;

  g_array_append_val (fractions, fraction);
}

/* Runs mailer, which must succeed. */
static void
run_ok (HustingsMailer        *mailer,
        HustingsCommitteeFile *file,
        HustingsProgressFunc   progress,
        gpointer               progress_data)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = hustings_mailer_run (mailer, file, NULL, progress, progress_data, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

/* ---- Settings ---- */

static void
assert_invalid (HustingsMailServer *server,
                const char         *expected)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (hustings_mail_server_validate (server, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not say “%s”", error->message, expected);
}

static void
test_settings_validate (void)
{
  g_autoptr(HustingsMailServer) server = hustings_mail_server_new ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (hustings_mail_server_get_port (server), ==, 587);
  g_assert_cmpint (hustings_mail_server_get_security (server), ==,
                   HUSTINGS_MAIL_SECURITY_STARTTLS);
  g_assert_cmpuint (hustings_mail_server_get_per_minute (server), ==, 30);
  assert_invalid (server, "mail server’s address");

  hustings_mail_server_set_host (server, "smtp://smtp.example.org");
  assert_invalid (server, "without spaces or “smtp://”");
  hustings_mail_server_set_host (server, "  smtp.example.org ");
  g_assert_cmpstr (hustings_mail_server_get_host (server), ==, "smtp.example.org");
  assert_invalid (server, "address the email will come from");
  hustings_mail_server_set_from_address (server, "info at example.org");
  assert_invalid (server, "not an email address");
  hustings_mail_server_set_from_address (server, "info@example.org");
  g_assert_true (hustings_mail_server_validate (server, &error));
  g_assert_no_error (error);

  hustings_mail_server_set_port (server, 0);
  assert_invalid (server, "from 1 to 65535");
  hustings_mail_server_set_port (server, 65536);
  assert_invalid (server, "from 1 to 65535");
  hustings_mail_server_set_port (server, 465);
  hustings_mail_server_set_per_minute (server, 0);
  assert_invalid (server, "at least one message a minute");
  hustings_mail_server_set_per_minute (server, 60);

  /* Never a password in the clear, but to this computer. */
  hustings_mail_server_set_security (server, HUSTINGS_MAIL_SECURITY_NONE);
  assert_invalid (server, "never sent in the clear");
  g_assert_false (hustings_mail_server_is_local (server));
  for (guint i = 0; i < 4; i++)
    {
      const char *local[] = { "localhost", "127.0.0.1", "::1", "LocalHost" };

      hustings_mail_server_set_host (server, local[i]);
      g_assert_true (hustings_mail_server_is_local (server));
      g_assert_true (hustings_mail_server_validate (server, &error));
      g_assert_no_error (error);
    }
  hustings_mail_server_set_host (server, "127.0.0.2");
  assert_invalid (server, "never sent in the clear");
  hustings_mail_server_set_security (server, HUSTINGS_MAIL_SECURITY_TLS);
  g_assert_true (hustings_mail_server_validate (server, &error));

  g_assert_cmpuint (hustings_mail_security_default_port (HUSTINGS_MAIL_SECURITY_TLS), ==, 465);
  for (guint i = 0; i < HUSTINGS_N_MAIL_SECURITIES; i++)
    {
      HustingsMailSecurity security;

      g_assert_true (hustings_mail_security_from_string (hustings_mail_security_to_string (i),
                                                         &security));
      g_assert_cmpint (security, ==, i);
      g_assert_cmpstr (hustings_mail_security_describe (i), !=, "");
    }
  g_assert_false (hustings_mail_security_from_string ("ssl", &(HustingsMailSecurity) { 0 }));
}

static void
test_settings_store (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  g_autoptr(HustingsMailServer) server = NULL;
  g_autoptr(HustingsMailServer) again = NULL;
  g_autoptr(GError) error = NULL;
  guint changed = 0;

  /* The schema's defaults until saved. */
  server = hustings_mail_server_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hustings_mail_server_get_host (server), ==, "");
  g_assert_cmpuint (hustings_mail_server_get_port (server), ==, 587);
  g_assert_cmpuint (hustings_mail_server_get_per_minute (server), ==, 30);

  g_signal_connect (file, "outreach-changed", G_CALLBACK (test_count_cb), &changed);
  g_assert_false (hustings_mail_server_save (file, server, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (changed, ==, 0);

  g_object_set (server, "host", "smtp.example.org", "port", 465u,
                "security", HUSTINGS_MAIL_SECURITY_TLS, "username", "treasurer",
                "from-name", "Friends of Núñez", "from-address", "info@example.org",
                "per-minute", 12u, NULL);
  g_assert_true (hustings_mail_server_save (file, server, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);

  again = hustings_mail_server_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hustings_mail_server_get_host (again), ==, "smtp.example.org");
  g_assert_cmpuint (hustings_mail_server_get_port (again), ==, 465);
  g_assert_cmpint (hustings_mail_server_get_security (again), ==, HUSTINGS_MAIL_SECURITY_TLS);
  g_assert_cmpstr (hustings_mail_server_get_username (again), ==, "treasurer");
  g_assert_cmpstr (hustings_mail_server_get_from_name (again), ==, "Friends of Núñez");
  g_assert_cmpstr (hustings_mail_server_get_from_address (again), ==, "info@example.org");
  g_assert_cmpuint (hustings_mail_server_get_per_minute (again), ==, 12);
}

/* ---- Messages ---- */

static void
test_message_encoding (void)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 11, 23, 14, 5, 9);
  HustingsMailMessage message = {
    .from_name = "Friends of Doe, Jane",
    .from_address = "info@janedoe.org",
    .to_name = "José Núñez",
    .to_address = "jose@example.org",
    .subject = "A very long subject about the campaign’s plans for the general election, "
               "with a Zoë Ångström and a Dvořák and a Nguyễn to make it long enough\r\nBcc: x",
    .body = "Hello José,\n.\n..two\nFrom the desk of the treasurer\n"
            "A line that is much longer than seventy-six characters, so that quoted-printable "
            "must break it with soft line breaks somewhere\r\nend ",
    .unsubscribe_address = "info@janedoe.org",
    .date = date,
  };
  g_autoptr(GBytes) bytes = hustings_mail_message_render (&message);
  g_autofree char *data = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autofree char *headers = NULL;
  g_autofree char *body = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *to = NULL;
  g_autofree char *from = NULL;
  g_autofree char *decoded = NULL;
  g_autofree char *ascii = NULL;
  g_autofree char *folded = NULL;

  assert_lines_within (data, 78);
  split_message (data, &headers, &body);
  g_assert_true (g_str_has_prefix (data, "Date: Mon, 23 Nov 2026 14:05:09 +0000\r\n"));
  from = header_value (headers, "From");
  g_assert_cmpstr (from, ==, "\"Friends of Doe, Jane\" <info@janedoe.org>");
  to = header_value (headers, "To");
  g_assert_cmpstr (to, ==, "José Núñez <jose@example.org>");
  g_assert_nonnull (strstr (headers, "To: =?UTF-8?B?"));
  /* The line break in the subject cannot add a header. */
  subject = header_value (headers, "Subject");
  g_assert_cmpstr (subject, ==, "A very long subject about the campaign’s plans for the general "
                   "election, with a Zoë Ångström and a Dvořák and a Nguyễn to make it long "
                   "enough Bcc: x");
  g_assert_null (strstr (headers, "\r\nBcc:"));
  g_assert_true (g_regex_match_simple ("(?m)^Message-ID: <[0-9a-f-]{36}@janedoe\\.org>\r$",
                                       headers, 0, 0));
  g_assert_nonnull (strstr (headers, "MIME-Version: 1.0\r\n"));
  g_assert_nonnull (strstr (headers, "Content-Type: text/plain; charset=UTF-8\r\n"));
  g_assert_nonnull (strstr (headers, "Content-Transfer-Encoding: quoted-printable\r\n"));
  g_assert_nonnull (strstr (headers,
                            "List-Unsubscribe: <mailto:info@janedoe.org?subject=unsubscribe>\r\n"));

  assert_lines_within (body, 76);
  g_assert_true (g_str_has_prefix (body, "Hello Jos=C3=A9,\r\n.\r\n..two\r\n=46rom the desk"));
  decoded = decode_quoted_printable (body);
  g_assert_cmpstr (decoded, ==,
                   "Hello José,\r\n.\r\n..two\r\nFrom the desk of the treasurer\r\n"
                   "A line that is much longer than seventy-six characters, so that "
                   "quoted-printable must break it with soft line breaks somewhere\r\nend \r\n");
  g_assert_true (g_str_has_suffix (body, "end=20\r\n"));

  /* Plain ASCII stays as it is, folded at spaces; "=?" is encoded. */
  ascii = hustings_mail_encode_header_text ("Thank you", 9);
  g_assert_cmpstr (ascii, ==, "Thank you");
  folded = hustings_mail_encode_header_text ("word word word word word word word word word word "
                                             "word word word word word word", 9);
  g_assert_cmpstr (folded, ==, "word word word word word word word word word word word word "
                   "word word\r\n word word");
  g_free (ascii);
  ascii = hustings_mail_encode_header_text ("1 =?x", 9);
  g_assert_true (g_str_has_prefix (ascii, "=?UTF-8?B?"));
  g_assert_cmpstr (hustings_mail_address_domain ("a@b.example.org"), ==, "b.example.org");
  g_assert_cmpstr (hustings_mail_address_domain ("nobody"), ==, "localhost");
}

/* ---- Sending ---- */

static void
test_send_segment (void)
{
  Segment *segment = five_contacts ();
  SmtpServer *smtp = smtp_server_start ("dana@example.org", NULL, NULL, NULL);
  g_autoptr(HustingsMailServer) server = local_server (smtp->port);
  g_autoptr(HustingsTemplate) template = appeal_template ();
  g_autoptr(HustingsMailer) mailer = hustings_mailer_new (server, NULL, template, segment->ids);
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  const HustingsMailResult *result;
  Received *received;
  g_autofree char *headers = NULL;
  g_autofree char *body = NULL;
  g_autofree char *text = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *to = NULL;
  g_autofree char *log = NULL;
  HustingsMailCounts counts;
  guint done, sent, failed;

  g_assert_true (hustings_mailer_count (segment->file, segment->ids, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.to_send, ==, 3);
  g_assert_cmpuint (counts.no_email, ==, 1);
  g_assert_cmpuint (counts.unsubscribed, ==, 1);
  g_assert_cmpuint (counts.duplicates, ==, 0);

  g_assert_cmpuint (hustings_mailer_get_n_recipients (mailer), ==, 5);
  run_ok (mailer, segment->file, progress_cb, fractions);

  /* Progress after each contact, then done. */
  g_assert_cmpuint (fractions->len, ==, 6);
  g_assert_cmpfloat (g_array_index (fractions, double, 0), ==, 0.2);
  g_assert_cmpfloat (g_array_index (fractions, double, 4), ==, 1.0);
  hustings_mailer_get_progress (mailer, &done, &sent, &failed);
  g_assert_cmpuint (done, ==, 5);
  g_assert_cmpuint (sent, ==, 2);
  g_assert_cmpuint (failed, ==, 1);
  g_assert_cmpuint (hustings_mailer_get_n_unsent (mailer), ==, 0);

  /* The results, in the segment's order. */
  g_assert_cmpuint (hustings_mailer_get_n_results (mailer), ==, 5);
  result = hustings_mailer_get_result (mailer, 0);
  g_assert_cmpint (result->contact_id, ==, segment->jose);
  g_assert_cmpstr (result->contact_name, ==, "José Núñez");
  g_assert_cmpstr (result->address, ==, "jose@example.org");
  g_assert_cmpint (result->status, ==, HUSTINGS_MAIL_SENT);
  g_assert_cmpstr (result->message, ==, "");
  g_assert_cmpuint (strlen (result->at), ==, 20);
  result = hustings_mailer_get_result (mailer, 1);
  g_assert_cmpint (result->status, ==, HUSTINGS_MAIL_SKIPPED_UNSUBSCRIBED);
  g_assert_true (g_str_has_prefix (result->message, "Unsubscribed on "));
  g_assert_cmpstr (result->at, ==, "");
  result = hustings_mailer_get_result (mailer, 2);
  g_assert_cmpint (result->status, ==, HUSTINGS_MAIL_SKIPPED_NO_EMAIL);
  g_assert_cmpstr (result->message, ==, "No email address");
  g_assert_cmpstr (result->address, ==, "");
  result = hustings_mailer_get_result (mailer, 3);
  g_assert_cmpint (result->status, ==, HUSTINGS_MAIL_FAILED);
  g_assert_cmpstr (result->message, ==, "The server refused this address (550 5.1.1 "
                   "<dana@example.org>: Recipient address rejected)");
  result = hustings_mailer_get_result (mailer, 4);
  g_assert_cmpint (result->status, ==, HUSTINGS_MAIL_SENT);
  g_assert_cmpstr (hustings_mail_status_describe (HUSTINGS_MAIL_SKIPPED_DUPLICATE), ==,
                   "Duplicate address");

  /* Two messages went. */
  g_assert_cmpuint (smtp_server_n_received (smtp), ==, 2);
  g_assert_nonnull (smtp_server_find (smtp, "ann@example.org"));
  received = smtp_server_find (smtp, "jose@example.org");
  g_assert_nonnull (received);
  g_assert_cmpstr (received->from, ==, "info@friendsoftest.org");
  assert_lines_within (received->data, 78);
  split_message (received->data, &headers, &body);
  to = header_value (headers, "To");
  g_assert_cmpstr (to, ==, "José Núñez <jose@example.org>");
  g_assert_nonnull (strstr (headers, "To: =?UTF-8?B?"));
  g_assert_nonnull (strstr (headers, "From: =?UTF-8?B?"));
  g_free (to);
  to = header_value (headers, "From");
  g_assert_cmpstr (to, ==, "Friends of Zoë Test <info@friendsoftest.org>");
  subject = header_value (headers, "Subject");
  g_assert_cmpstr (subject, ==, "Thank you, José — ¡gracias!");
  g_assert_true (g_regex_match_simple ("(?m)^Message-ID: <.*@friendsoftest\\.org>\r$", headers,
                                       0, 0));
  g_assert_true (g_regex_match_simple ("(?m)^Date: [A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2} "
                                       "\\d{4} \\d\\d:\\d\\d:\\d\\d \\+0000\r$", headers, 0, 0));
  g_assert_nonnull (strstr (headers, "Content-Transfer-Encoding: quoted-printable\r\n"));
  g_assert_nonnull (strstr (headers, "List-Unsubscribe: <mailto:info@friendsoftest.org"
                                     "?subject=unsubscribe>\r\n"));
  assert_lines_within (body, 76);
  text = decode_quoted_printable (body);
  g_assert_true (g_str_has_prefix (text, "Dear José,\r\n\r\nThank you for your gift of "
                                         "$250.00.\r\n.A line that starts with a dot\r\n.\r\n"
                                         "From here on, trailing space \r\n"));
  g_assert_nonnull (strstr (text, "info@friendsoftest.org"));
  g_assert_null (strstr (text, "{{"));

  /* Logged: sent and failed, not the skipped. */
  log = interactions_of (segment->file, segment->jose);
  g_assert_cmpstr (log, ==, "email|Sent: Thank you, José — ¡gracias!|To jose@example.org");
  g_free (log);
  log = interactions_of (segment->file, segment->dana);
  g_assert_cmpstr (log, ==, "email|Not sent: The server refused this address (550 5.1.1 "
                   "<dana@example.org>: Recipient address rejected)|To dana@example.org");
  g_free (log);
  log = interactions_of (segment->file, segment->zoe);
  g_assert_cmpstr (log, ==, "");
  g_free (log);
  log = interactions_of (segment->file, segment->pat);
  g_assert_cmpstr (log, ==, "");
  g_assert_cmpint (hustings_interaction_store_count (segment->file), ==, 3);
}

static void
test_send_duplicates (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  SmtpServer *smtp = smtp_server_start (NULL, NULL, NULL, NULL);
  g_autoptr(HustingsMailServer) server = local_server (smtp->port);
  g_autoptr(HustingsTemplate) template = appeal_template ();
  g_autoptr(HustingsMailer) mailer = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  gint64 a = add_person (file, "Ann", "Smith", "family@example.org");
  gint64 b = add_person (file, "Bob", "Smith", "Family@Example.org");
  HustingsMailCounts counts;

  g_array_append_val (ids, a);
  g_array_append_val (ids, b);
  g_assert_true (hustings_mailer_count (file, ids, &counts, &error));
  g_assert_cmpuint (counts.to_send, ==, 1);
  g_assert_cmpuint (counts.duplicates, ==, 1);

  mailer = hustings_mailer_new (server, NULL, template, ids);
  run_ok (mailer, file, NULL, NULL);
  g_assert_cmpuint (smtp_server_n_received (smtp), ==, 1);
  g_assert_cmpint (hustings_mailer_get_result (mailer, 1)->status, ==,
                   HUSTINGS_MAIL_SKIPPED_DUPLICATE);
  g_assert_cmpint (hustings_interaction_store_count (file), ==, 1);
}

static void
test_send_login (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  g_autoptr(HustingsTemplate) template = appeal_template ();
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 ann = add_person (file, "Ann", "Smith", "ann@example.org");
  const char *mechanisms[] = { "PLAIN", "LOGIN" };

  g_array_append_val (ids, ann);
  for (guint i = 0; i < G_N_ELEMENTS (mechanisms); i++)
    {
      SmtpServer *smtp = smtp_server_start (NULL, "treasurer", "s3cret pass", mechanisms[i]);
      g_autoptr(HustingsMailServer) server = local_server (smtp->port);
      g_autoptr(HustingsMailer) mailer = NULL;
      g_autoptr(HustingsMailer) refused = NULL;
      g_autoptr(GError) error = NULL;

      hustings_mail_server_set_username (server, "treasurer");
      mailer = hustings_mailer_new (server, "s3cret pass", template, ids);
      run_ok (mailer, file, NULL, NULL);
      g_assert_cmpuint (smtp_server_n_received (smtp), ==, 1);
      g_assert_cmpuint (smtp->auth_seen->len, ==, 1);
      g_assert_cmpstr (g_ptr_array_index (smtp->auth_seen, 0), ==, mechanisms[i]);

      /* A wrong password stops the run before anything is sent, and says so. */
      refused = hustings_mailer_new (server, "wrong", template, ids);
      g_assert_false (hustings_mailer_run (refused, file, NULL, NULL, NULL, &error));
      g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED);
      g_assert_cmpstr (error->message, ==, "The server did not accept the user name or "
                       "password (535 5.7.8 Authentication credentials invalid). Nothing was "
                       "sent to the remaining 1 contact.");
      g_assert_cmpuint (hustings_mailer_get_n_results (refused), ==, 0);
      g_assert_cmpuint (hustings_mailer_get_n_unsent (refused), ==, 1);
      g_assert_cmpuint (smtp_server_n_received (smtp), ==, 1);
    }
  g_assert_cmpint (hustings_interaction_store_count (file), ==, 2);
}

static void
test_send_server_down (void)
{
  Segment *segment = five_contacts ();
  g_autoptr(HustingsMailServer) server = local_server (closed_port ());
  g_autoptr(HustingsTemplate) template = appeal_template ();
  g_autoptr(HustingsMailer) mailer = hustings_mailer_new (server, NULL, template, segment->ids);
  g_autoptr(GError) error = NULL;

  g_assert_false (hustings_mailer_run (mailer, segment->file, NULL, NULL, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "Could not connect to 127.0.0.1: "));
  g_assert_true (g_str_has_suffix (error->message, ". Nothing was sent to the remaining 5 "
                                                   "contacts."));
  /* José was the first: nothing was done. */
  g_assert_cmpuint (hustings_mailer_get_n_results (mailer), ==, 0);
  g_assert_cmpuint (hustings_mailer_get_n_unsent (mailer), ==, 5);
  g_assert_cmpint (hustings_interaction_store_count (segment->file), ==, 0);

  g_clear_error (&error);
  g_assert_false (hustings_mailer_send_test (segment->file, server, NULL, template,
                                             segment->jose, "me@example.net", NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED);
  g_assert_true (g_str_has_prefix (error->message, "Could not connect to 127.0.0.1: "));
}

/* Encryption is required as asked: a server without it is refused before any password or
 * message goes. */
static void
test_send_encryption_required (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  SmtpServer *smtp = smtp_server_start (NULL, "treasurer", "s3cret", "PLAIN");
  g_autoptr(HustingsMailServer) server = local_server (smtp->port);
  g_autoptr(HustingsTemplate) template = appeal_template ();
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 ann = add_person (file, "Ann", "Smith", "ann@example.org");

  g_array_append_val (ids, ann);
  hustings_mail_server_set_username (server, "treasurer");
  for (HustingsMailSecurity security = HUSTINGS_MAIL_SECURITY_STARTTLS;
       security <= HUSTINGS_MAIL_SECURITY_TLS; security++)
    {
      g_autoptr(HustingsMailer) mailer = NULL;
      g_autoptr(GError) error = NULL;
      const char *expected = security == HUSTINGS_MAIL_SECURITY_STARTTLS
        ? "127.0.0.1 does not offer encryption with STARTTLS: choose TLS, or ask your email "
          "provider which to use. Nothing was sent to the remaining 1 contact."
        : "Could not make a secure connection to 127.0.0.1 (";

      hustings_mail_server_set_security (server, security);
      mailer = hustings_mailer_new (server, "s3cret", template, ids);
      g_assert_false (hustings_mailer_run (mailer, file, NULL, NULL, NULL, &error));
      g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED);
      g_test_message ("%s", error->message);
      if (!g_str_has_prefix (error->message, expected))
        g_error ("“%s” does not start with “%s”", error->message, expected);
    }
  g_assert_cmpuint (smtp_server_n_received (smtp), ==, 0);
  g_assert_cmpuint (smtp->auth_seen->len, ==, 0);
  g_assert_cmpint (hustings_interaction_store_count (file), ==, 0);
}

typedef struct {
  GCancellable *cancellable;
  double        at;          /* cancel when progress reaches it */
  GThread      *thread;      /* or a little later, from another thread */
} Canceller;

static gpointer
cancel_later (gpointer data)
{
  Canceller *canceller = data;

  g_usleep (50 * 1000);
  g_cancellable_cancel (canceller->cancellable);
  return NULL;
}

static void
cancel_cb (double   fraction,
           gpointer user_data)
{
  Canceller *canceller = user_data;

  if (fraction < canceller->at || canceller->thread != NULL ||
      g_cancellable_is_cancelled (canceller->cancellable))
    return;
  if (canceller->at > 0.5)
    g_cancellable_cancel (canceller->cancellable);
  else
    canceller->thread = g_thread_new ("cancel", cancel_later, canceller);
}

static void
test_send_cancel (void)
{
  Segment *segment = five_contacts ();
  SmtpServer *smtp = smtp_server_start ("dana@example.org", NULL, NULL, NULL);
  g_autoptr(HustingsMailServer) server = local_server (smtp->port);
  g_autoptr(HustingsTemplate) template = appeal_template ();
  g_autoptr(HustingsMailer) mailer = hustings_mailer_new (server, NULL, template, segment->ids);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *log = NULL;
  /* After Dana (the 4th): Ann is not sent. */
  Canceller canceller = { cancellable, 0.8, NULL };

  g_assert_false (hustings_mailer_run (mailer, segment->file, cancellable, cancel_cb, &canceller,
                                       &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CANCELLED);
  g_assert_cmpuint (hustings_mailer_get_n_results (mailer), ==, 4);
  g_assert_cmpuint (hustings_mailer_get_n_unsent (mailer), ==, 1);
  g_assert_cmpuint (smtp_server_n_received (smtp), ==, 1);
  g_assert_null (smtp_server_find (smtp, "ann@example.org"));
  /* What went is logged: José sent, Dana refused; not Ann. */
  g_assert_cmpint (hustings_interaction_store_count (segment->file), ==, 2);
  log = interactions_of (segment->file, segment->ann);
  g_assert_cmpstr (log, ==, "");
}

/* A cancel stops a rate-limit wait at once: with one message a minute, the second waits a
 * minute, longer than the test's timeout, unless the cancel ends the wait. */
static void
test_send_cancel_wait (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  SmtpServer *smtp = smtp_server_start (NULL, NULL, NULL, NULL);
  g_autoptr(HustingsMailServer) server = local_server (smtp->port);
  g_autoptr(HustingsTemplate) template = appeal_template ();
  g_autoptr(HustingsMailer) mailer = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  gint64 ann = add_person (file, "Ann", "Smith", "ann@example.org");
  gint64 bob = add_person (file, "Bob", "Jones", "bob@example.org");
  Canceller canceller = { cancellable, 0.5, NULL };

  g_array_append_val (ids, ann);
  g_array_append_val (ids, bob);
  hustings_mail_server_set_per_minute (server, 1);
  mailer = hustings_mailer_new (server, NULL, template, ids);
  g_assert_false (hustings_mailer_run (mailer, file, cancellable, cancel_cb, &canceller,
                                       &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CANCELLED);
  g_thread_join (canceller.thread);
  g_assert_cmpuint (smtp_server_n_received (smtp), ==, 1);
  g_assert_cmpuint (hustings_mailer_get_n_results (mailer), ==, 1);
  g_assert_cmpint (hustings_interaction_store_count (file), ==, 1);
}

/* A clock that only moves when the mailer sleeps. */
typedef struct {
  gint64  now;
  GArray *sleeps;   /* gint64 */
  GArray *sends;    /* gint64: the time at each progress report */
} FakeClock;

static gint64
fake_now (gpointer data)
{
  return ((FakeClock *) data)->now;
}

static gboolean
fake_sleep (gint64        usec,
            GCancellable *cancellable,
            gpointer      data)
{
  FakeClock *clock = data;

  g_array_append_val (clock->sleeps, usec);
  clock->now += usec;
  return TRUE;
}

static void
fake_progress_cb (double   fraction,
                  gpointer user_data)
{
  FakeClock *clock = user_data;

  g_array_append_val (clock->sends, clock->now);
}

static void
test_rate_limit (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  SmtpServer *smtp = smtp_server_start (NULL, NULL, NULL, NULL);
  g_autoptr(HustingsMailServer) server = local_server (smtp->port);
  g_autoptr(HustingsTemplate) template = appeal_template ();
  g_autoptr(HustingsMailer) mailer = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  const gint64 minute = 60 * G_USEC_PER_SEC;
  FakeClock clock = { 1000, g_array_new (FALSE, FALSE, sizeof (gint64)),
                      g_array_new (FALSE, FALSE, sizeof (gint64)) };
  HustingsMailClock hooks = { fake_now, fake_sleep, &clock };
  const gint64 sent[] = { 0, 10, 20 };

  /* The rule alone. */
  g_assert_cmpint (hustings_mail_rate_wait (sent, 0, 1, 0), ==, 0);
  g_assert_cmpint (hustings_mail_rate_wait (sent, 2, 3, 30), ==, 0);
  g_assert_cmpint (hustings_mail_rate_wait (sent, 3, 3, 30), ==, minute - 30);
  g_assert_cmpint (hustings_mail_rate_wait (sent, 3, 2, 30), ==, minute + 10 - 30);
  g_assert_cmpint (hustings_mail_rate_wait (sent, 3, 1, 30), ==, minute + 20 - 30);
  g_assert_cmpint (hustings_mail_rate_wait (sent, 3, 3, minute + 5), ==, 0);

  /* A run of 5 at 2 a minute: 2 go, a minute's wait, 2 more, a minute's wait, the last. */
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *email = g_strdup_printf ("voter%u@example.org", i);
      gint64 id = add_person (file, "Voter", "Smith", email);

      g_array_append_val (ids, id);
    }
  hustings_mail_server_set_per_minute (server, 2);
  mailer = hustings_mailer_new (server, NULL, template, ids);
  hustings_mailer_set_clock (mailer, &hooks);
  run_ok (mailer, file, fake_progress_cb, &clock);
  g_assert_cmpuint (smtp_server_n_received (smtp), ==, 5);
  /* One connection for the lot. */
  g_assert_cmpuint (smtp_server_n_connections (smtp), ==, 1);
  g_assert_cmpuint (clock.sleeps->len, ==, 2);
  g_assert_cmpint (g_array_index (clock.sleeps, gint64, 0), ==, minute);
  g_assert_cmpint (g_array_index (clock.sleeps, gint64, 1), ==, minute);
  g_assert_cmpint (g_array_index (clock.sends, gint64, 0), ==, 1000);
  g_assert_cmpint (g_array_index (clock.sends, gint64, 1), ==, 1000);
  g_assert_cmpint (g_array_index (clock.sends, gint64, 2), ==, 1000 + minute);
  g_assert_cmpint (g_array_index (clock.sends, gint64, 3), ==, 1000 + minute);
  g_assert_cmpint (g_array_index (clock.sends, gint64, 4), ==, 1000 + 2 * minute);
  g_array_unref (clock.sleeps);
  g_array_unref (clock.sends);
}

static void
test_preview (void)
{
  Segment *segment = five_contacts ();
  g_autoptr(HustingsMailServer) server = local_server (25);
  g_autoptr(HustingsTemplate) template = appeal_template ();
  g_autoptr(HustingsTemplate) letter = hustings_template_new (HUSTINGS_TEMPLATE_LETTER);
  g_autoptr(HustingsMailPreview) jose = NULL;
  g_autoptr(HustingsMailPreview) zoe = NULL;
  g_autoptr(HustingsMailPreview) pat = NULL;
  g_autoptr(GError) error = NULL;

  jose = hustings_mailer_preview (segment->file, server, template, segment->jose, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (jose->to, ==, "José Núñez <jose@example.org>");
  g_assert_null (jose->skip_reason);
  g_assert_cmpstr (jose->subject, ==, "Thank you, José — ¡gracias!");
  g_assert_true (g_str_has_prefix (jose->body, "Dear José,\n\nThank you for your gift of "
                                               "$250.00.\n"));
  g_assert_nonnull (strstr (jose->body, "info@friendsoftest.org"));
  g_assert_cmpuint (g_strv_length (jose->missing), ==, 0);

  zoe = hustings_mailer_preview (segment->file, server, template, segment->zoe, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zoe->to, ==, "zoe@example.org");
  g_assert_true (g_str_has_prefix (zoe->skip_reason, "Unsubscribed on "));
  g_assert_true (g_str_has_prefix (zoe->body, "Dear Zoë,\n\nThank you for your gift of your "
                                              "support.\n"));

  pat = hustings_mailer_preview (segment->file, server, template, segment->pat, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pat->to, ==, "");
  g_assert_cmpstr (pat->skip_reason, ==, "No email address");

  g_assert_null (hustings_mailer_preview (segment->file, server, template, 9999, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  hustings_template_set_name (letter, "A letter");
  hustings_template_set_body (letter, "Dear {{first_name}},");
  g_assert_null (hustings_mailer_preview (segment->file, server, letter, segment->jose, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
}

static void
test_send_test (void)
{
  Segment *segment = five_contacts ();
  SmtpServer *smtp = smtp_server_start (NULL, NULL, NULL, NULL);
  g_autoptr(HustingsMailServer) server = local_server (smtp->port);
  g_autoptr(HustingsTemplate) template = appeal_template ();
  g_autoptr(GError) error = NULL;
  g_autofree char *headers = NULL;
  g_autofree char *body = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *to = NULL;
  Received *received;

  /* The unsubscribed sample is merged all the same; the message goes to the address typed. */
  g_assert_true (hustings_mailer_send_test (segment->file, server, NULL, template,
                                            segment->zoe, " me@example.net ", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (smtp_server_n_received (smtp), ==, 1);
  received = smtp_server_find (smtp, "me@example.net");
  g_assert_nonnull (received);
  split_message (received->data, &headers, &body);
  subject = header_value (headers, "Subject");
  g_assert_cmpstr (subject, ==, "Thank you, Zoë — ¡gracias!");
  to = header_value (headers, "To");
  g_assert_cmpstr (to, ==, "me@example.net");
  g_assert_cmpint (hustings_interaction_store_count (segment->file), ==, 0);

  g_assert_false (hustings_mailer_send_test (segment->file, server, NULL, template,
                                             segment->zoe, "me at example.net", NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hustings_mailer_send_test (segment->file, server, NULL, template,
                                             segment->zoe, "me@example.net\r\nRCPT TO:<x@y.z>",
                                             NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  hustings_mail_server_set_host (server, "smtp.example.org");
  g_assert_false (hustings_mailer_send_test (segment->file, server, NULL, template,
                                             segment->zoe, "me@example.net", NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_cmpuint (smtp_server_n_received (smtp), ==, 1);
}

/* A file that cannot record what is sent: nothing is sent. */
static void
test_read_only (void)
{
  g_autofree char *path = NULL;
  HustingsCommitteeFile *file = test_new_file (&path);
  SmtpServer *smtp = smtp_server_start (NULL, NULL, NULL, NULL);
  g_autoptr(HustingsCommitteeFile) reader = NULL;
  g_autoptr(HustingsMailServer) server = local_server (smtp->port);
  g_autoptr(HustingsTemplate) template = appeal_template ();
  g_autoptr(HustingsMailer) mailer = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  gint64 ann = add_person (file, "Ann", "Smith", "ann@example.org");

  g_array_append_val (ids, ann);
  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  reader = hustings_committee_file_open (path, &error);
  g_assert_no_error (error);
  if (!hustings_committee_file_is_read_only (reader))
    {
      g_test_skip ("The file can be written anyway (running as root)");
      return;
    }
  mailer = hustings_mailer_new (server, NULL, template, ids);
  g_assert_false (hustings_mailer_run (mailer, reader, NULL, NULL, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_READ_ONLY);
  g_assert_cmpuint (smtp_server_n_received (smtp), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mailer/settings/validate", test_settings_validate);
  g_test_add_func ("/mailer/settings/store", test_settings_store);
  g_test_add_func ("/mailer/message/encoding", test_message_encoding);
  g_test_add_func ("/mailer/send/segment", test_send_segment);
  g_test_add_func ("/mailer/send/duplicates", test_send_duplicates);
  g_test_add_func ("/mailer/send/login", test_send_login);
  g_test_add_func ("/mailer/send/server-down", test_send_server_down);
  g_test_add_func ("/mailer/send/encryption-required", test_send_encryption_required);
  g_test_add_func ("/mailer/send/cancel", test_send_cancel);
  g_test_add_func ("/mailer/send/cancel-wait", test_send_cancel_wait);
  g_test_add_func ("/mailer/send/rate-limit", test_rate_limit);
  g_test_add_func ("/mailer/preview", test_preview);
  g_test_add_func ("/mailer/send-test", test_send_test);
  g_test_add_func ("/mailer/read-only", test_read_only);
  return g_test_run ();
}
