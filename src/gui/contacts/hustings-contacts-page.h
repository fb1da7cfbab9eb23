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
 * win.delete-contact, which the window forwards to the functions below. */

void             hustings_contacts_page_set_file             (HustingsContactsPage  *self,
                                                              HustingsCommitteeFile *file);
void             hustings_contacts_page_new_contact          (HustingsContactsPage  *self);
/* Hides the selected contact and offers to undo; the file forgets it when the offer ends. */
void             hustings_contacts_page_delete_selected      (HustingsContactsPage  *self);
void             hustings_contacts_page_focus_search         (HustingsContactsPage  *self);
/* Saves changes in the contact being edited, if any. When they cannot be saved, shows the form
 * with the reason and returns FALSE. */
gboolean         hustings_contacts_page_save_edits           (HustingsContactsPage  *self);
/* The selected contact (a list summary), or NULL. */
HustingsContact *hustings_contacts_page_get_selected_contact (HustingsContactsPage  *self);
/* The ids of the contacts listed (gint64), in the order shown: what the search found. */
GArray          *hustings_contacts_page_dup_ids              (HustingsContactsPage  *self);

G_END_DECLS
