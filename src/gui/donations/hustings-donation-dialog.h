/* hustings-donation-dialog.h: the New Donation dialog, also used to edit a donation.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_DONATION_DIALOG (hustings_donation_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HustingsDonationDialog, hustings_donation_dialog, HUSTINGS, DONATION_DIALOG,
                      AdwWindow)

/* A dialog for a new donation, from donor when given. Action dialog.save adds it and closes. */
HustingsDonationDialog *hustings_donation_dialog_new      (GtkWindow              *parent,
                                                           HustingsCommitteeFile  *file,
                                                           HustingsContact        *donor);
/* A dialog that edits the donation with this id; NULL if the file no longer has it. */
HustingsDonationDialog *hustings_donation_dialog_new_edit (GtkWindow              *parent,
                                                           HustingsCommitteeFile  *file,
                                                           gint64                  donation_id,
                                                           GError                **error);

/* A dialog for a refund of the donation with this id: its donor and election, what is left of
 * it to refund; NULL (with error) if it is a refund itself or was refunded in full. */
HustingsDonationDialog *hustings_donation_dialog_new_refund (GtkWindow              *parent,
                                                             HustingsCommitteeFile  *file,
                                                             gint64                  donation_id,
                                                             GError                **error);

G_END_DECLS
