/* hustings-contacts-page.h: the Contacts page: search, the list and the contact editor.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_CONTACTS_PAGE (hustings_contacts_page_get_type ())
G_DECLARE_FINAL_TYPE (HustingsContactsPage, hustings_contacts_page, HUSTINGS, CONTACTS_PAGE,
                      AdwBin)

/* Property "file". Its "+" buttons and Delete key activate win.new-contact and
 * win.delete-contact, which the window forwards to the functions below.
 * Property "segment" (string): the name of the saved segment whose members are listed, ""
 * for every contact; the search and the sort apply within it. Actions: contacts.segment (s:
 * a segment's name, "" for all), contacts.new-segment, contacts.edit-segment and
 * contacts.delete-segment (asks), for the segment shown. */

void             hustings_contacts_page_set_file             (HustingsContactsPage  *self,
                                                              HustingsCommitteeFile *file);
void             hustings_contacts_page_new_contact          (HustingsContactsPage  *self);
/* Hides the selected contact and offers to undo; the file forgets it when the offer ends. */
void             hustings_contacts_page_delete_selected      (HustingsContactsPage  *self);
void             hustings_contacts_page_focus_search         (HustingsContactsPage  *self);
/* Saves changes in the contact being edited, if any. When they cannot be saved, shows the form
 * with the reason and returns FALSE. */
gboolean         hustings_contacts_page_save_edits           (HustingsContactsPage  *self);
/* Selects the contact and shows it in the editor, after saving the one edited; shows every
 * contact first when it is not among those listed. FALSE when it is not in the file or the
 * edits could not be saved (the form says why). */
gboolean         hustings_contacts_page_show_contact         (HustingsContactsPage  *self,
                                                              gint64                 contact_id);
/* The selected contact (a list summary), or NULL. */
HustingsContact *hustings_contacts_page_get_selected_contact (HustingsContactsPage  *self);
/* The name of the segment listed, or NULL for every contact. */
const char      *hustings_contacts_page_get_segment          (HustingsContactsPage  *self);
/* The segment whose members are all listed (no search narrows it), or NULL: what letters and
 * email are for at first. */
const char      *hustings_contacts_page_get_whole_segment    (HustingsContactsPage  *self);
/* The ids of the contacts listed (gint64), in the order shown: the segment's members that the
 * search found. */
GArray          *hustings_contacts_page_dup_ids              (HustingsContactsPage  *self);

G_END_DECLS
