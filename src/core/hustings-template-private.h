/* hustings-template-private.h: what the template store sets on a template.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-template.h"

G_BEGIN_DECLS

void hustings_template_set_id         (HustingsTemplate *self,
                                       gint64            id);
void hustings_template_set_timestamps (HustingsTemplate *self,
                                       const char       *created_at,
                                       const char       *updated_at);

G_END_DECLS
