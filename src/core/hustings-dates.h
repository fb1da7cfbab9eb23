/* hustings-dates.h: ISO dates and the FEC's calendar.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when text is a real calendar date written YYYY-MM-DD. */
gboolean  hustings_date_is_valid       (const char *text);
/* Parses YYYY-MM-DD, and also M/D/YYYY as US users type it, into YYYY-MM-DD. */
char     *hustings_date_normalize      (const char  *text,
                                        GError     **error);
/* Today's local date as YYYY-MM-DD. */
char     *hustings_date_today          (void);
/* The dates of a named range as the pages' range menus offer it: "this-year" (January 1 to
 * December 31 of today's year), "last-30-days" (today and the 29 days before); NULL for both
 * ("all", or a name not known). */
void      hustings_date_range_named    (const char  *name,
                                        char       **out_from,
                                        char       **out_to);
/* Current time as a UTC timestamp YYYY-MM-DDTHH:MM:SSZ. */
char     *hustings_timestamp_now       (void);
/* The federal general election day of a year: the Tuesday after the first Monday in November. */
char     *hustings_general_election_day (int year);
/* The two-year cycle a date falls in: the even year whose general election ends it.
 * 2025-03-01 -> 2026; 2026-11-03 -> 2026; 2026-11-04 -> 2028. -1 if the date is invalid. */
int       hustings_cycle_for_date      (const char *date);
/* A date for display: "Mar 4, 2026" (locale-aware month name). */
char     *hustings_date_format         (const char *date);

G_END_DECLS
