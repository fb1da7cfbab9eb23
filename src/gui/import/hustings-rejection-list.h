/* hustings-rejection-list.h: the rows an import cannot take, by line, with the reason.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hustings-core.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_REJECTION_LIST (hustings_rejection_list_get_type ())
G_DECLARE_FINAL_TYPE (HustingsRejectionList, hustings_rejection_list, HUSTINGS, REJECTION_LIST,
                      AdwBin)

/* Shows rejections (HustingsImportRejection*, copied: the array stays the caller's), in
 * order; NULL shows none. */
void  hustings_rejection_list_set_rejections (HustingsRejectionList *self,
                                              GPtrArray             *rejections);
guint hustings_rejection_list_get_n_rows     (HustingsRejectionList *self);

G_END_DECLS
