/* hustings-template-store.h: the letter and email templates of a committee file (the
 * data-access functions), with the built-in templates (see hustings-template.h). Every change
 * is one transaction and emits "outreach-changed".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-committee-file.h"
#include "hustings-template.h"

G_BEGIN_DECLS

/* Validates (hustings_template_validate; a name no other saved template has, whatever the
 * case) and inserts; sets its id and timestamps. A name a built-in has is allowed: the saved
 * template replaces that built-in for this file. */
gboolean          hustings_template_store_add    (HustingsCommitteeFile *file,
                                                  HustingsTemplate      *template,
                                                  GError               **error);
/* Validates and saves an edited template (it may be renamed, to a name no other saved
 * template has). HUSTINGS_ERROR_NOT_FOUND when it is not in the file (a built-in: add it). */
gboolean          hustings_template_store_update (HustingsCommitteeFile *file,
                                                  HustingsTemplate      *template,
                                                  GError               **error);
/* Deletes a saved template; a built-in it replaced is available again. */
gboolean          hustings_template_store_delete (HustingsCommitteeFile *file,
                                                  gint64                 id,
                                                  GError               **error);
/* The saved template of that name (whatever the case), else the built-in of that name; NULL
 * with HUSTINGS_ERROR_NOT_FOUND ("There is no template named “…”.") when neither is. */
HustingsTemplate *hustings_template_store_get    (HustingsCommitteeFile *file,
                                                  const char            *name,
                                                  GError               **error);
/* The templates of kind, or of every kind when all_kinds (kind is then ignored): the saved
 * ones and the built-ins no saved one replaces, sorted by kind (letters first) and then by
 * name whatever the case. NULL only on a read error. */
GPtrArray        *hustings_template_store_list   (HustingsCommitteeFile *file,
                                                  gboolean               all_kinds,
                                                  HustingsTemplateKind   kind,
                                                  GError               **error);

G_END_DECLS
