/* hustings-mail-server.h: the committee's outgoing mail server (SMTP), as plain data, and its
 * one row in the committee file.
 *
 * The password is never kept here nor in the committee file: the GUI keeps it in the desktop
 * keyring, and every function that sends mail takes it as a parameter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "hustings-types.h"

G_BEGIN_DECLS

/* How the connection is protected. */
typedef enum {
  HUSTINGS_MAIL_SECURITY_STARTTLS, /* plain connection upgraded with STARTTLS; required */
  HUSTINGS_MAIL_SECURITY_TLS,      /* TLS from the start ("SMTPS", usually port 465) */
  HUSTINGS_MAIL_SECURITY_NONE,     /* no encryption: only for a server on this computer */
  HUSTINGS_N_MAIL_SECURITIES
} HustingsMailSecurity;

/* The most messages a minute a server may be asked to take. */
#define HUSTINGS_MAIL_PER_MINUTE_MAX 10000

#define HUSTINGS_TYPE_MAIL_SERVER (hustings_mail_server_get_type ())
G_DECLARE_FINAL_TYPE (HustingsMailServer, hustings_mail_server, HUSTINGS, MAIL_SERVER, GObject)

/* Properties (read-write, for binding to a settings dialog): "host", "port" (uint),
 * "security" (int, a HustingsMailSecurity), "username", "from-name", "from-address",
 * "per-minute" (uint). Strings are never NULL ("" when empty). */

/* No host, port 587, STARTTLS, no user, no sender, 30 messages a minute (the schema's
 * defaults). */
HustingsMailServer  *hustings_mail_server_new              (void);
HustingsMailServer  *hustings_mail_server_copy             (HustingsMailServer   *self);
/* "smtp.example.org" */
const char          *hustings_mail_server_get_host         (HustingsMailServer   *self);
void                 hustings_mail_server_set_host         (HustingsMailServer   *self,
                                                            const char           *host);
guint                hustings_mail_server_get_port         (HustingsMailServer   *self);
void                 hustings_mail_server_set_port         (HustingsMailServer   *self,
                                                            guint                 port);
HustingsMailSecurity hustings_mail_server_get_security     (HustingsMailServer   *self);
void                 hustings_mail_server_set_security     (HustingsMailServer   *self,
                                                            HustingsMailSecurity  security);
/* The login name; "" for a server that asks for none (then no password is sent). */
const char          *hustings_mail_server_get_username     (HustingsMailServer   *self);
void                 hustings_mail_server_set_username     (HustingsMailServer   *self,
                                                            const char           *username);
/* Who the messages are from: "Friends of Jane Doe" <info@janedoe.org>. The from address is
 * also where unsubscribe requests go (List-Unsubscribe). */
const char          *hustings_mail_server_get_from_name    (HustingsMailServer   *self);
void                 hustings_mail_server_set_from_name    (HustingsMailServer   *self,
                                                            const char           *from_name);
const char          *hustings_mail_server_get_from_address (HustingsMailServer   *self);
void                 hustings_mail_server_set_from_address (HustingsMailServer   *self,
                                                            const char           *from_address);
/* At most this many messages in any minute (1 to HUSTINGS_MAIL_PER_MINUTE_MAX). */
guint                hustings_mail_server_get_per_minute   (HustingsMailServer   *self);
void                 hustings_mail_server_set_per_minute   (HustingsMailServer   *self,
                                                            guint                 per_minute);
/* Whether host names this computer ("localhost", "127.0.0.1", "::1", any case, brackets
 * allowed): the only server mail may be sent to unencrypted. */
gboolean             hustings_mail_server_is_local         (HustingsMailServer   *self);
/* Checks the settings can send mail: a host, a port from 1 to 65535, a valid from address, a
 * rate of at least one message a minute, and encryption unless the server is this computer
 * (a password is never sent in the clear). HUSTINGS_ERROR_INVALID says what to fix in a
 * treasurer's words. */
gboolean             hustings_mail_server_validate         (HustingsMailServer   *self,
                                                            GError              **error);

/* Stable ids, the schema's: "starttls", "tls", "none". */
const char          *hustings_mail_security_to_string      (HustingsMailSecurity  security);
gboolean             hustings_mail_security_from_string    (const char           *text,
                                                            HustingsMailSecurity *out_security);
/* "STARTTLS", "TLS", "None (this computer only)": translated, for a dropdown. */
const char          *hustings_mail_security_describe       (HustingsMailSecurity  security);
/* The usual port: 587 for STARTTLS, 465 for TLS, 25 for none. */
guint                hustings_mail_security_default_port   (HustingsMailSecurity  security);

/* The settings the file holds (the defaults above until saved once). */
HustingsMailServer  *hustings_mail_server_load             (HustingsCommitteeFile *file,
                                                            GError               **error);
/* Validates (hustings_mail_server_validate) and saves them; emits "outreach-changed". */
gboolean             hustings_mail_server_save             (HustingsCommitteeFile *file,
                                                            HustingsMailServer    *server,
                                                            GError               **error);

G_END_DECLS
