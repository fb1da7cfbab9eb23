/* hustings-compliance-remedy-dialog.h: the remedies of a finding about gifts: refund part of
 * a gift, redesignate it to another election, or reattribute it to another contributor.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

typedef enum {
  HUSTINGS_REMEDY_REFUND,
  HUSTINGS_REMEDY_REDESIGNATE,
  HUSTINGS_REMEDY_REATTRIBUTE,
} HustingsRemedy;

#define HUSTINGS_TYPE_COMPLIANCE_REMEDY_DIALOG (hustings_compliance_remedy_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HustingsComplianceRemedyDialog, hustings_compliance_remedy_dialog,
                      HUSTINGS, COMPLIANCE_REMEDY_DIALOG, AdwWindow)

/* A dialog applying remedy to one of the finding's gifts: the latest of them with something
 * left to move, for the amount at stake (the excess) or what is left of it if less. NULL (with
 * error) when no gift of the finding has anything left. Action dialog.save applies it and
 * closes. */
HustingsComplianceRemedyDialog *
hustings_compliance_remedy_dialog_new (GtkWindow              *parent,
                                       HustingsCommitteeFile  *file,
                                       HustingsFinding        *finding,
                                       HustingsRemedy          remedy,
                                       GError                **error);

G_END_DECLS
