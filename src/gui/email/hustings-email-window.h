/* hustings-email-window.h: an email to a segment: the template, a preview of the message each
 * recipient gets, a test send, then the run through the committee's mail server in a worker,
 * with progress, Cancel, and what happened to each recipient.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_EMAIL_WINDOW (hustings_email_window_get_type ())
G_DECLARE_FINAL_TYPE (HustingsEmailWindow, hustings_email_window, HUSTINGS, EMAIL_WINDOW,
                      AdwWindow)

/* Actions: email.previous, email.next (the recipient previewed), email.send (asks to confirm,
 * with how many are skipped, and for the password when the keyring has none), email.send-test
 * (asks for the address), email.cancel, email.done (back to the preview after a run),
 * email.edit-templates, email.settings (the Email Settings dialog).
 * Properties: "n-recipients" (guint: the contacts found, 0 until they are), "position" (guint:
 * the one previewed, from 0), "busy" (finding the recipients, sending). */

/* An email to the contacts of file: shown_ids (gint64, may be NULL) are the contacts the
 * Contacts page lists, offered first; segment (may be NULL) is chosen at first instead. */
HustingsEmailWindow *hustings_email_window_new (GtkWindow             *parent,
                                                HustingsCommitteeFile *file,
                                                GArray                *shown_ids,
                                                const char            *segment);

G_END_DECLS
