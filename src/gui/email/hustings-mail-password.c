/* hustings-mail-password.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-mail-password"

#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>

#include "hustings-mail-password.h"

static const SecretSchema *
smtp_schema (void)
{
  static const SecretSchema schema = {
    APP_ID ".Smtp", SECRET_SCHEMA_NONE,
    {
      { "host", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "username", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
    0, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  };

  return &schema;
}

static void
lookup_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  char *password = secret_password_lookup_finish (result, &error);

  /* The keyring's copy is in memory of its own, wiped when freed; the caller gets a plain one. */
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_strdup (password), g_free);
  if (password != NULL)
    secret_password_free (password);
}

void
hustings_mail_password_lookup_async (const char          *host,
                                     const char          *username,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, hustings_mail_password_lookup_async);
  secret_password_lookup (smtp_schema (), cancellable, lookup_cb, task,
                          "host", host, "username", username, NULL);
}

char *
hustings_mail_password_lookup_finish (GAsyncResult  *result,
                                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
store_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!secret_password_store_finish (result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
hustings_mail_password_store_async (const char          *host,
                                    const char          *username,
                                    const char          *password,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  /* Translators: how the password shows in the keyring: "Hustings: mail to smtp.example.org" */
  g_autofree char *label = g_strdup_printf (_("Hustings: mail to %s"), host);

  g_task_set_source_tag (task, hustings_mail_password_store_async);
  secret_password_store (smtp_schema (), SECRET_COLLECTION_DEFAULT, label, password, cancellable,
                         store_cb, task, "host", host, "username", username, NULL);
}

gboolean
hustings_mail_password_store_finish (GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
hustings_mail_password_is_unavailable (const GError *error)
{
  /* No session bus, no Secret Service on it, a locked keyring or a prompt dismissed: however it
   * failed, the password cannot be kept, and is asked for when mail is sent. */
  return error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}
