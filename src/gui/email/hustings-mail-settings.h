/* hustings-mail-settings.h: the Email Settings dialog: the outgoing mail server, the login
 * (the password kept in the desktop keyring, never in the committee file), the sender and the
 * rate.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_MAIL_SETTINGS (hustings_mail_settings_get_type ())
G_DECLARE_FINAL_TYPE (HustingsMailSettings, hustings_mail_settings, HUSTINGS, MAIL_SETTINGS,
                      AdwWindow)

/* Action settings.save: saves the settings in the file (a refusal is shown in the dialog, in
 * the core's words) and the password in the keyring, then closes. */

HustingsMailSettings *hustings_mail_settings_new (GtkWindow             *parent,
                                                  HustingsCommitteeFile *file);

G_END_DECLS
