/* hustings-fec-import-dialog.h: brings the committee's own .fec filing (Form 3 or 3X) into the
 * committee file.
 *
 * The import starts as soon as the window shows, in a worker thread on its own connection,
 * with its progress and a Cancel that leaves the file as it was; then the window says what was
 * added and what was not (with the reason), and offers Undo. The window's file is reloaded
 * after a change so that its lists follow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_FEC_IMPORT_DIALOG (hustings_fec_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HustingsFecImportDialog, hustings_fec_import_dialog, HUSTINGS,
                      FEC_IMPORT_DIALOG, AdwWindow)

/* Actions: fec-import.stop (cancels the import or undo under way), fec-import.undo. */

/* A dialog importing the filing at path into file (the parent window's committee file,
 * writable). The import starts at once. */
HustingsFecImportDialog *hustings_fec_import_dialog_new (GtkWindow             *parent,
                                                         HustingsCommitteeFile *file,
                                                         const char            *path);

G_END_DECLS
