/* hustings-disbursement-dialog.h: the New Disbursement dialog, also used to edit one.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_DISBURSEMENT_DIALOG (hustings_disbursement_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HustingsDisbursementDialog, hustings_disbursement_dialog, HUSTINGS,
                      DISBURSEMENT_DIALOG, AdwWindow)

/* A dialog for a new disbursement, to payee when given; the line is the usual one of the
 * committee's form. Action dialog.save (Ctrl+Return) adds it and closes. */
HustingsDisbursementDialog *hustings_disbursement_dialog_new      (GtkWindow              *parent,
                                                                   HustingsCommitteeFile  *file,
                                                                   HustingsContact        *payee);
/* A dialog that edits the disbursement with this id; NULL if the file no longer has it. */
HustingsDisbursementDialog *hustings_disbursement_dialog_new_edit (GtkWindow              *parent,
                                                                   HustingsCommitteeFile  *file,
                                                                   gint64                  id,
                                                                   GError                **error);

G_END_DECLS
