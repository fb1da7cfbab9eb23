/* hustings-mail-server.c: the committee's outgoing mail server and its row in the file.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-mail-server"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hustings-committee-file-private.h"
#include "hustings-error.h"
#include "hustings-mail-server.h"
#include "hustings-validate.h"

struct _HustingsMailServer
{
  GObject              parent_instance;

  char                *host;
  guint                port;
  HustingsMailSecurity security;
  char                *username;
  char                *from_name;
  char                *from_address;
  guint                per_minute;
};

G_DEFINE_FINAL_TYPE (HustingsMailServer, hustings_mail_server, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_HOST,
  PROP_PORT,
  PROP_SECURITY,
  PROP_USERNAME,
  PROP_FROM_NAME,
  PROP_FROM_ADDRESS,
  PROP_PER_MINUTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  const char *id;
  const char *label;
  guint       port;
} securities[HUSTINGS_N_MAIL_SECURITIES] = {
  [HUSTINGS_MAIL_SECURITY_STARTTLS] = { "starttls", N_("STARTTLS"), 587 },
  [HUSTINGS_MAIL_SECURITY_TLS]      = { "tls",      N_("TLS"), 465 },
  [HUSTINGS_MAIL_SECURITY_NONE]     = { "none",     N_("None (this computer only)"), 25 },
};

/* Replaces *field with a copy of value (NULL: ""); TRUE when it changed. */
static gboolean
set_string (char       **field,
            const char  *value)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
hustings_mail_server_finalize (GObject *object)
{
  HustingsMailServer *self = (HustingsMailServer *) object;

  g_free (self->host);
  g_free (self->username);
  g_free (self->from_name);
  g_free (self->from_address);

  G_OBJECT_CLASS (hustings_mail_server_parent_class)->finalize (object);
}

static void
hustings_mail_server_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HustingsMailServer *self = HUSTINGS_MAIL_SERVER (object);

  switch (prop_id)
    {
    case PROP_HOST:
      g_value_set_string (value, self->host);
      break;
    case PROP_PORT:
      g_value_set_uint (value, self->port);
      break;
    case PROP_SECURITY:
      g_value_set_int (value, self->security);
      break;
    case PROP_USERNAME:
      g_value_set_string (value, self->username);
      break;
    case PROP_FROM_NAME:
      g_value_set_string (value, self->from_name);
      break;
    case PROP_FROM_ADDRESS:
      g_value_set_string (value, self->from_address);
      break;
    case PROP_PER_MINUTE:
      g_value_set_uint (value, self->per_minute);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_mail_server_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  HustingsMailServer *self = HUSTINGS_MAIL_SERVER (object);

  switch (prop_id)
    {
    case PROP_HOST:
      hustings_mail_server_set_host (self, g_value_get_string (value));
      break;
    case PROP_PORT:
      hustings_mail_server_set_port (self, g_value_get_uint (value));
      break;
    case PROP_SECURITY:
      hustings_mail_server_set_security (self, g_value_get_int (value));
      break;
    case PROP_USERNAME:
      hustings_mail_server_set_username (self, g_value_get_string (value));
      break;
    case PROP_FROM_NAME:
      hustings_mail_server_set_from_name (self, g_value_get_string (value));
      break;
    case PROP_FROM_ADDRESS:
      hustings_mail_server_set_from_address (self, g_value_get_string (value));
      break;
    case PROP_PER_MINUTE:
      hustings_mail_server_set_per_minute (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_mail_server_class_init (HustingsMailServerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  static const struct { guint prop; const char *name; } strings[] = {
    { PROP_HOST, "host" }, { PROP_USERNAME, "username" }, { PROP_FROM_NAME, "from-name" },
    { PROP_FROM_ADDRESS, "from-address" },
  };

  object_class->finalize = hustings_mail_server_finalize;
  object_class->get_property = hustings_mail_server_get_property;
  object_class->set_property = hustings_mail_server_set_property;

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    properties[strings[i].prop] = g_param_spec_string (strings[i].name, NULL, NULL, "",
                                                       flags);
  /* Ports and rates out of range are kept, so that validate can say what is wrong. */
  properties[PROP_PORT] = g_param_spec_uint ("port", NULL, NULL, 0, G_MAXUINT, 587, flags);
  properties[PROP_SECURITY] = g_param_spec_int ("security", NULL, NULL, 0,
                                                HUSTINGS_N_MAIL_SECURITIES - 1,
                                                HUSTINGS_MAIL_SECURITY_STARTTLS, flags);
  properties[PROP_PER_MINUTE] = g_param_spec_uint ("per-minute", NULL, NULL, 0, G_MAXUINT, 30,
                                                   flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hustings_mail_server_init (HustingsMailServer *self)
{
  self->host = g_strdup ("");
  self->port = 587;
  self->security = HUSTINGS_MAIL_SECURITY_STARTTLS;
  self->username = g_strdup ("");
  self->from_name = g_strdup ("");
  self->from_address = g_strdup ("");
  self->per_minute = 30;
}

HustingsMailServer *
hustings_mail_server_new (void)
{
  return g_object_new (HUSTINGS_TYPE_MAIL_SERVER, NULL);
}

HustingsMailServer *
hustings_mail_server_copy (HustingsMailServer *self)
{
  HustingsMailServer *copy;

  g_return_val_if_fail (HUSTINGS_IS_MAIL_SERVER (self), NULL);

  copy = hustings_mail_server_new ();
  hustings_mail_server_set_host (copy, self->host);
  copy->port = self->port;
  copy->security = self->security;
  hustings_mail_server_set_username (copy, self->username);
  hustings_mail_server_set_from_name (copy, self->from_name);
  hustings_mail_server_set_from_address (copy, self->from_address);
  copy->per_minute = self->per_minute;
  return copy;
}

const char *
hustings_mail_server_get_host (HustingsMailServer *self)
{
  g_return_val_if_fail (HUSTINGS_IS_MAIL_SERVER (self), NULL);
  return self->host;
}

void
hustings_mail_server_set_host (HustingsMailServer *self,
                               const char         *host)
{
  g_autofree char *stripped = g_strstrip (g_strdup (host != NULL ? host : ""));

  g_return_if_fail (HUSTINGS_IS_MAIL_SERVER (self));
  if (set_string (&self->host, stripped))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOST]);
}

guint
hustings_mail_server_get_port (HustingsMailServer *self)
{
  g_return_val_if_fail (HUSTINGS_IS_MAIL_SERVER (self), 0);
  return self->port;
}

void
hustings_mail_server_set_port (HustingsMailServer *self,
                               guint               port)
{
  g_return_if_fail (HUSTINGS_IS_MAIL_SERVER (self));
  if (self->port == port)
    return;
  self->port = port;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PORT]);
}

HustingsMailSecurity
hustings_mail_server_get_security (HustingsMailServer *self)
{
  g_return_val_if_fail (HUSTINGS_IS_MAIL_SERVER (self), HUSTINGS_MAIL_SECURITY_STARTTLS);
  return self->security;
}

void
hustings_mail_server_set_security (HustingsMailServer   *self,
                                   HustingsMailSecurity  security)
{
  g_return_if_fail (HUSTINGS_IS_MAIL_SERVER (self));
  g_return_if_fail (security < HUSTINGS_N_MAIL_SECURITIES);
  if (self->security == security)
    return;
  self->security = security;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECURITY]);
}

const char *
hustings_mail_server_get_username (HustingsMailServer *self)
{
  g_return_val_if_fail (HUSTINGS_IS_MAIL_SERVER (self), NULL);
  return self->username;
}

void
hustings_mail_server_set_username (HustingsMailServer *self,
                                   const char         *username)
{
  g_return_if_fail (HUSTINGS_IS_MAIL_SERVER (self));
  if (set_string (&self->username, username))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USERNAME]);
}

const char *
hustings_mail_server_get_from_name (HustingsMailServer *self)
{
  g_return_val_if_fail (HUSTINGS_IS_MAIL_SERVER (self), NULL);
  return self->from_name;
}

void
hustings_mail_server_set_from_name (HustingsMailServer *self,
                                    const char         *from_name)
{
  g_return_if_fail (HUSTINGS_IS_MAIL_SERVER (self));
  if (set_string (&self->from_name, from_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROM_NAME]);
}

const char *
hustings_mail_server_get_from_address (HustingsMailServer *self)
{
  g_return_val_if_fail (HUSTINGS_IS_MAIL_SERVER (self), NULL);
  return self->from_address;
}

void
hustings_mail_server_set_from_address (HustingsMailServer *self,
                                       const char         *from_address)
{
  g_autofree char *stripped = g_strstrip (g_strdup (from_address != NULL ? from_address : ""));

  g_return_if_fail (HUSTINGS_IS_MAIL_SERVER (self));
  if (set_string (&self->from_address, stripped))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROM_ADDRESS]);
}

guint
hustings_mail_server_get_per_minute (HustingsMailServer *self)
{
  g_return_val_if_fail (HUSTINGS_IS_MAIL_SERVER (self), 0);
  return self->per_minute;
}

void
hustings_mail_server_set_per_minute (HustingsMailServer *self,
                                     guint               per_minute)
{
  g_return_if_fail (HUSTINGS_IS_MAIL_SERVER (self));
  if (self->per_minute == per_minute)
    return;
  self->per_minute = per_minute;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PER_MINUTE]);
}

gboolean
hustings_mail_server_is_local (HustingsMailServer *self)
{
  static const char * const local[] = { "localhost", "127.0.0.1", "::1", "[::1]" };

  g_return_val_if_fail (HUSTINGS_IS_MAIL_SERVER (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (local); i++)
    if (g_ascii_strcasecmp (self->host, local[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID, message);
  return FALSE;
}

/* A host name or an IP address (an IPv6 one maybe in brackets): nothing a URL would misread. */
static gboolean
host_is_valid (const char *host)
{
  gsize length = strlen (host);

  if (host[0] == '[' && length > 2 && host[length - 1] == ']')
    {
      g_autofree char *inner = g_strndup (host + 1, length - 2);

      return g_hostname_is_ip_address (inner);
    }
  if (g_hostname_is_ip_address (host))
    return TRUE;
  for (const char *p = host; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '.' && *p != '-' && *p != '_')
      return FALSE;
  return TRUE;
}

gboolean
hustings_mail_server_validate (HustingsMailServer *self,
                               GError            **error)
{
  g_return_val_if_fail (HUSTINGS_IS_MAIL_SERVER (self), FALSE);

  if (self->host[0] == '\0')
    return invalid (error, _("Enter the mail server’s address, such as smtp.example.org"));
  if (!host_is_valid (self->host))
    return invalid (error, _("The mail server’s address is a name such as smtp.example.org, "
                             "without spaces or “smtp://”"));
  if (self->port < 1 || self->port > 65535)
    return invalid (error, _("The port is a number from 1 to 65535 (usually 587, or 465 for "
                             "TLS)"));
  if (self->from_address[0] == '\0')
    return invalid (error, _("Enter the address the email will come from"));
  if (!hustings_email_is_valid (self->from_address))
    return invalid (error, _("The address the email comes from is not an email address"));
  if (self->per_minute < 1)
    return invalid (error, _("Allow at least one message a minute"));
  if (self->per_minute > HUSTINGS_MAIL_PER_MINUTE_MAX)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("Allow at most %d messages a minute"), HUSTINGS_MAIL_PER_MINUTE_MAX);
      return FALSE;
    }
  if (self->security == HUSTINGS_MAIL_SECURITY_NONE && !hustings_mail_server_is_local (self))
    return invalid (error, _("Mail can only be sent unencrypted to a server on this computer: "
                             "choose STARTTLS or TLS, so that your password and messages are "
                             "never sent in the clear"));
  return TRUE;
}

const char *
hustings_mail_security_to_string (HustingsMailSecurity security)
{
  g_return_val_if_fail (security < HUSTINGS_N_MAIL_SECURITIES, NULL);
  return securities[security].id;
}

gboolean
hustings_mail_security_from_string (const char           *text,
                                    HustingsMailSecurity *out_security)
{
  for (guint i = 0; text != NULL && i < HUSTINGS_N_MAIL_SECURITIES; i++)
    if (g_str_equal (securities[i].id, text))
      {
        *out_security = i;
        return TRUE;
      }
  return FALSE;
}

const char *
hustings_mail_security_describe (HustingsMailSecurity security)
{
  g_return_val_if_fail (security < HUSTINGS_N_MAIL_SECURITIES, "");
  return _(securities[security].label);
}

guint
hustings_mail_security_default_port (HustingsMailSecurity security)
{
  g_return_val_if_fail (security < HUSTINGS_N_MAIL_SECURITIES, 0);
  return securities[security].port;
}

HustingsMailServer *
hustings_mail_server_load (HustingsCommitteeFile *file,
                           GError               **error)
{
  g_autoptr(HustingsMailServer) server = hustings_mail_server_new ();
  HustingsMailSecurity security = HUSTINGS_MAIL_SECURITY_STARTTLS;
  sqlite3_stmt *stmt;
  int rc;

  stmt = hustings_committee_file_prepare (file,
    "SELECT host, port, security, username, from_name, from_address, per_minute"
    " FROM mail_server WHERE id = 1", error);
  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      hustings_mail_server_set_host (server, hustings_column_text (stmt, 0));
      hustings_mail_server_set_port (server, (guint) CLAMP (sqlite3_column_int64 (stmt, 1),
                                                            0, G_MAXUINT));
      hustings_mail_security_from_string (hustings_column_text (stmt, 2), &security);
      hustings_mail_server_set_security (server, security);
      hustings_mail_server_set_username (server, hustings_column_text (stmt, 3));
      hustings_mail_server_set_from_name (server, hustings_column_text (stmt, 4));
      hustings_mail_server_set_from_address (server, hustings_column_text (stmt, 5));
      hustings_mail_server_set_per_minute (server,
                                           (guint) CLAMP (sqlite3_column_int64 (stmt, 6),
                                                          0, G_MAXUINT));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      hustings_committee_file_set_sql_error (file, error);
      return NULL;
    }
  return g_steal_pointer (&server);
}

gboolean
hustings_mail_server_save (HustingsCommitteeFile *file,
                           HustingsMailServer    *server,
                           GError               **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HUSTINGS_IS_MAIL_SERVER (server), FALSE);

  if (!hustings_mail_server_validate (server, error) ||
      !hustings_committee_file_check_writable (file, error) ||
      !hustings_committee_file_begin (file, error))
    return FALSE;
  stmt = hustings_committee_file_prepare (file,
    "INSERT INTO mail_server (id, host, port, security, username, from_name, from_address,"
    " per_minute) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)"
    " ON CONFLICT (id) DO UPDATE SET host = excluded.host, port = excluded.port,"
    " security = excluded.security, username = excluded.username,"
    " from_name = excluded.from_name, from_address = excluded.from_address,"
    " per_minute = excluded.per_minute", error);
  if (stmt == NULL)
    {
      hustings_committee_file_end_unchanged (file);
      return FALSE;
    }
  hustings_bind_text (stmt, 1, server->host);
  sqlite3_bind_int (stmt, 2, (int) server->port);
  hustings_bind_static (stmt, 3, securities[server->security].id);
  hustings_bind_text (stmt, 4, server->username);
  hustings_bind_text (stmt, 5, server->from_name);
  hustings_bind_text (stmt, 6, server->from_address);
  sqlite3_bind_int (stmt, 7, (int) server->per_minute);
  if (!hustings_committee_file_run (file, stmt, error))
    {
      hustings_committee_file_rollback (file);
      return FALSE;
    }
  hustings_committee_file_changed (file, HUSTINGS_CHANGED_OUTREACH);
  return hustings_committee_file_commit (file, error);
}
