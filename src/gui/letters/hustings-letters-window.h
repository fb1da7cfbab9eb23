/* hustings-letters-window.h: thank-you letters and receipts for a segment: the template, a
 * preview of the pages (letters, #10 envelopes or address labels), what to check (missing
 * merge fields, contacts without a mailing address), and a PDF written in a worker, after
 * which each letter is logged in the contact's history.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_LETTERS_WINDOW (hustings_letters_window_get_type ())
G_DECLARE_FINAL_TYPE (HustingsLettersWindow, hustings_letters_window, HUSTINGS, LETTERS_WINDOW,
                      AdwWindow)

/* Actions: letters.style (s: "letters", "envelopes" or "labels", the pages shown),
 * letters.save-pdf (asks where), letters.print, letters.edit-templates, letters.open (s: a URI),
 * and the preview's: preview.previous-page, preview.next-page, preview.first-page,
 * preview.last-page.
 * Properties: "print-style" (string, as letters.style), "busy" (writing the letters or a PDF).
 * The pages are shown by the template child "preview" (a HustingsPagePreview: "n-pages", 0
 * until the letters are written, and "page"). */

/* Letters to the contacts of file: shown_ids (gint64, may be NULL) are the contacts the
 * Contacts page lists, offered first; segment (may be NULL) is chosen at first instead. */
HustingsLettersWindow *hustings_letters_window_new         (GtkWindow             *parent,
                                                            HustingsCommitteeFile *file,
                                                            GArray                *shown_ids,
                                                            const char            *segment);
/* Writes the pages shown to a PDF at file in a worker, as Save PDF does; letters are then
 * logged in the contacts' history. */
void                   hustings_letters_window_save_pdf_to (HustingsLettersWindow *self,
                                                            GFile                 *file);

G_END_DECLS
