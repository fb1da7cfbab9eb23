/* hustings-interaction-store.h: the interaction log in a committee file (the data-access
 * functions). Every change is one transaction and emits "outreach-changed".
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-committee-file.h"
#include "hustings-interaction.h"

G_BEGIN_DECLS

/* Validates (the contact is in the file, see also hustings_interaction_validate) and inserts;
 * sets its id and contact name. */
gboolean             hustings_interaction_store_add    (HustingsCommitteeFile *file,
                                                        HustingsInteraction   *interaction,
                                                        GError               **error);
/* Validates and saves an edited interaction (it may move to another contact). */
gboolean             hustings_interaction_store_update (HustingsCommitteeFile *file,
                                                        HustingsInteraction   *interaction,
                                                        GError               **error);
gboolean             hustings_interaction_store_delete (HustingsCommitteeFile *file,
                                                        gint64                 id,
                                                        GError               **error);
/* NULL with HUSTINGS_ERROR_NOT_FOUND when the file does not have it. */
HustingsInteraction *hustings_interaction_store_get    (HustingsCommitteeFile *file,
                                                        gint64                 id,
                                                        GError               **error);
/* A contact's interactions (HustingsInteraction*), newest first (a day's timed ones before
 * those with only the day, then the latest added first). Empty for a contact without any. */
GPtrArray           *hustings_interaction_store_list   (HustingsCommitteeFile *file,
                                                        gint64                 contact_id,
                                                        GError               **error);
/* Logs the same interaction (kind, when, outcome and notes of interaction; its contact is not
 * used) on each contact of contact_ids (gint64), in one transaction: what a letter or email run
 * records ("Letter sent", "Email sent"). Runs with a different outcome per contact (a failed
 * email) may instead add one by one between hustings_committee_file_begin and commit. All or
 * nothing: a contact no longer in the file fails it with HUSTINGS_ERROR_NOT_FOUND. */
gboolean             hustings_interaction_store_add_bulk (HustingsCommitteeFile *file,
                                                          HustingsInteraction   *interaction,
                                                          GArray                *contact_ids,
                                                          GError               **error);
/* How many interactions the file holds. */
gint64               hustings_interaction_store_count  (HustingsCommitteeFile *file);

G_END_DECLS
