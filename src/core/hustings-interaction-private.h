/* hustings-interaction-private.h: what the interaction store and the timeline share.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-interaction.h"

G_BEGIN_DECLS

/* SQL for the local day ("YYYY-MM-DD") and time of day ("HH:MM", '' for a day only) of a
 * column holding a UTC timestamp or a day, as HustingsInteraction shows them. */
#define HUSTINGS_SQL_LOCAL_DATE(column) \
  "(CASE WHEN length(" column ") = 10 THEN " column " ELSE date(" column ", 'localtime') END)"
#define HUSTINGS_SQL_LOCAL_TIME(column) \
  "(CASE WHEN length(" column ") = 10 THEN '' ELSE strftime('%H:%M', " column ", 'localtime')" \
  " END)"

/* "Mar 4, 2026, 6:30 PM" for a local day and time of day ("HH:MM"); "Mar 4, 2026" when time
 * is NULL or "". */
char *hustings_format_date_time            (const char          *date,
                                            const char          *time);
void hustings_interaction_set_id           (HustingsInteraction *self,
                                            gint64               id);
void hustings_interaction_set_contact_name (HustingsInteraction *self,
                                            const char          *name);

G_END_DECLS
