/* hustings-import-assistant.h: brings a spreadsheet into the committee file, step by step.
 *
 * File and format (with the first rows) → what each column holds (generic files only) → a
 * check of what the import would do, rows that cannot be imported → donors that may be
 * existing contacts → the import → what it did, with Undo. Nothing is written until Import.
 * The check, the import and the undo run in worker threads on their own connections; the
 * window's file is reloaded after a change so that its lists follow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_IMPORT_ASSISTANT (hustings_import_assistant_get_type ())
G_DECLARE_FINAL_TYPE (HustingsImportAssistant, hustings_import_assistant, HUSTINGS,
                      IMPORT_ASSISTANT, AdwWindow)

/* Actions: assistant.next, assistant.back, assistant.stop (stops the check or the import
 * under way), assistant.undo, assistant.save-mapping (asks a name), assistant.load-mapping
 * (s: the name of a saved mapping). */

/* An assistant importing path into file (the parent window's committee file, writable). */
HustingsImportAssistant *hustings_import_assistant_new (GtkWindow             *parent,
                                                        HustingsCommitteeFile *file,
                                                        const char            *path);

G_END_DECLS
