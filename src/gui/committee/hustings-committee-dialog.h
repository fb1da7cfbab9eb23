/* hustings-committee-dialog.h: the Committee Profile dialog, for a new committee file or the
 * open one.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_COMMITTEE_DIALOG (hustings_committee_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HustingsCommitteeDialog, hustings_committee_dialog, HUSTINGS,
                      COMMITTEE_DIALOG, AdwWindow)

/* Actions: committee.save, committee.add-election.
 * Signal "created" (HustingsCommitteeFile *file) when a new file was created at path. */

/* Fills in the profile of a new committee file to be created at path. */
HustingsCommitteeDialog *hustings_committee_dialog_new_create (GtkWindow             *parent,
                                                               const char            *path);
/* Edits the profile of file (read-only files are shown but cannot be saved). */
HustingsCommitteeDialog *hustings_committee_dialog_new_edit   (GtkWindow             *parent,
                                                               HustingsCommitteeFile *file);

G_END_DECLS
