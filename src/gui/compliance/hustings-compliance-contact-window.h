/* hustings-compliance-contact-window.h: one contact, in a window of its own, opened from the
 * Compliance view: every field, Save and Revert, the contact's donations and totals.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_COMPLIANCE_CONTACT_WINDOW (hustings_compliance_contact_window_get_type ())
G_DECLARE_FINAL_TYPE (HustingsComplianceContactWindow, hustings_compliance_contact_window,
                      HUSTINGS, COMPLIANCE_CONTACT_WINDOW, AdwWindow)

/* A window showing the contact with this id; NULL (with error) if the file no longer has it.
 * Changes not saved yet are saved when the window closes; when they cannot be, it stays open,
 * its form saying why. */
HustingsComplianceContactWindow *
hustings_compliance_contact_window_new (GtkWindow              *parent,
                                        HustingsCommitteeFile  *file,
                                        gint64                  contact_id,
                                        GError                **error);

G_END_DECLS
