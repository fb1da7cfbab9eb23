/* hustings-import-history.h: the imports made into a committee file, newest first, each with
 * what it added, the rows it left out, and Undo.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_IMPORT_HISTORY (hustings_import_history_get_type ())
G_DECLARE_FINAL_TYPE (HustingsImportHistory, hustings_import_history, HUSTINGS, IMPORT_HISTORY,
                      AdwWindow)

/* Actions: history.undo (x: a batch id; asks first), history.show-rejections (x: a batch id),
 * history.back (from the rejections to the list). The list follows the file's changes. */

HustingsImportHistory *hustings_import_history_new (GtkWindow             *parent,
                                                    HustingsCommitteeFile *file);

G_END_DECLS
