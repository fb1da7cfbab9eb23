/* hustings-mail-password.h: the mail server's password in the desktop keyring (libsecret),
 * never in the committee file. Kept under the schema "io.github.hustings.Hustings.Smtp",
 * keyed by the server's host and the user name. Asynchronous: a window never waits on the
 * keyring.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Looks the password up. finish: the password (g_free it; NULL with no error when the keyring
 * has none), or NULL + error when there is no keyring to ask (see
 * hustings_mail_password_is_unavailable). */
void      hustings_mail_password_lookup_async  (const char           *host,
                                                const char           *username,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
char     *hustings_mail_password_lookup_finish (GAsyncResult         *result,
                                                GError              **error);
/* Keeps the password (replacing the one kept for that host and user). */
void      hustings_mail_password_store_async   (const char           *host,
                                                const char           *username,
                                                const char           *password,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean  hustings_mail_password_store_finish  (GAsyncResult         *result,
                                                GError              **error);
/* Whether error says the keyring cannot be used (there is none, it is locked, its prompt was
 * dismissed), rather than that the work was cancelled. */
gboolean  hustings_mail_password_is_unavailable (const GError        *error);

G_END_DECLS
