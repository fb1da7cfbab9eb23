/* hustings-window.h: a main window, holding one committee file (or the welcome page).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_WINDOW (hustings_window_get_type ())
G_DECLARE_FINAL_TYPE (HustingsWindow, hustings_window, HUSTINGS, WINDOW, AdwApplicationWindow)

/* Undoes, or makes final, a change offered for undo; FALSE + error on failure. */
typedef gboolean (*HustingsUndoFunc) (gpointer   data,
                                      GError   **error);

/* Window actions: win.open-file (s: a path), win.committee-profile, win.show-page (s:
 * "contacts", "donations", "disbursements", "compliance" or "volunteers"), win.find,
 * win.new-contact, win.delete-contact,
 * win.new-donation, win.delete-donation, win.new-disbursement, win.delete-disbursement,
 * win.undo, win.cancel-demo, win.import (Ctrl+I: asks for a spreadsheet), win.import-history,
 * win.export-contacts, win.export-donations and win.export-disbursements (ask where),
 * win.cancel-export, win.open-export (s: the URI of a file exported), win.letters and
 * win.email (for the contacts listed), win.email-settings, win.show-contact (x: shows that
 * contact in the Contacts view), win.show-tasks (F9: the tasks pane).
 * A file dropped on the window is opened when it is a committee file, imported otherwise. */

HustingsWindow        *hustings_window_new                (AdwApplication   *application);
HustingsCommitteeFile *hustings_window_get_committee_file (HustingsWindow   *self);
/* Opens a committee file in this window; says why in a dialog when it cannot. */
void                   hustings_window_open_file          (HustingsWindow   *self,
                                                           GFile            *file);
/* Asks for a file to open. */
void                   hustings_window_choose_file        (HustingsWindow   *self);
/* Asks where to create a new committee file, then for its profile. */
void                   hustings_window_new_committee      (HustingsWindow   *self);
/* Opens the demo campaign, creating it first (with progress) if it does not exist. */
void                   hustings_window_open_demo          (HustingsWindow   *self);
/* Shows title with an Undo button. undo runs if the user asks; commit (may be NULL) runs
 * when the offer ends otherwise: the toast goes away, another change is offered, another file
 * is opened or the window closes. destroy frees data afterwards. */
void                   hustings_window_push_undo          (HustingsWindow   *self,
                                                           const char       *title,
                                                           HustingsUndoFunc  undo,
                                                           HustingsUndoFunc  commit,
                                                           gpointer          data,
                                                           GDestroyNotify    destroy);
/* Opens the import assistant on a spreadsheet, when the file open can take an import. */
void                   hustings_window_import_file        (HustingsWindow   *self,
                                                           GFile            *file);
/* Writes what the Contacts page (what: HUSTINGS_IMPORT_CONTACTS), the Donations page
 * (HUSTINGS_IMPORT_DONATIONS) or the Disbursements page (HUSTINGS_IMPORT_DISBURSEMENTS) lists,
 * in its order, to file: XLSX or CSV by its name, CSV with ".csv" added when the name says
 * neither. Runs in the background with a progress toast, then offers to open the file. */
void                   hustings_window_export_to          (HustingsWindow     *self,
                                                           HustingsImportKind  what,
                                                           GFile              *file);
/* A short message in a toast (plain text). */
void                   hustings_window_show_toast         (HustingsWindow   *self,
                                                           const char       *message);

G_END_DECLS
