/* hustings-dates.c: ISO dates and the FEC's calendar.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-dates"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "hustings-dates.h"
#include "hustings-error.h"

static gboolean
parse_iso (const char *text, int *y, int *m, int *d)
{
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  *y = atoi (text);
  *m = atoi (text + 5);
  *d = atoi (text + 8);
  return *y >= 1 && *m >= 1 && *m <= 12 && *d >= 1 && g_date_valid_dmy (*d, *m, *y);
}

gboolean
hustings_date_is_valid (const char *text)
{
  int y, m, d;

  return parse_iso (text, &y, &m, &d);
}

char *
hustings_date_normalize (const char  *text,
                         GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  int y, m, d;
  char tail;

  if (parse_iso (trimmed, &y, &m, &d))
    return g_steal_pointer (&trimmed);

  if (sscanf (trimmed, "%d/%d/%d%c", &m, &d, &y, &tail) == 3 && y >= 1000 && y <= 9999 &&
      m >= 1 && m <= 12 && d >= 1 && g_date_valid_dmy (d, m, y))
    return g_strdup_printf ("%04d-%02d-%02d", y, m, d);

  if (*trimmed == '\0')
    g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID, _("No date was given"));
  else
    g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                 _("“%s” is not a date; write it as YYYY-MM-DD or MM/DD/YYYY"), trimmed);
  return NULL;
}

char *
hustings_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

void
hustings_date_range_named (const char  *name,
                           char       **out_from,
                           char       **out_to)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  *out_from = *out_to = NULL;
  if (g_strcmp0 (name, "this-year") == 0)
    {
      *out_from = g_date_time_format (now, "%Y-01-01");
      *out_to = g_date_time_format (now, "%Y-12-31");
    }
  else if (g_strcmp0 (name, "last-30-days") == 0)
    {
      g_autoptr(GDateTime) start = g_date_time_add_days (now, -29);

      *out_from = g_date_time_format (start, "%Y-%m-%d");
      *out_to = g_date_time_format (now, "%Y-%m-%d");
    }
}

char *
hustings_timestamp_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

char *
hustings_general_election_day (int year)
{
  GDate date;
  int first_monday;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_NOVEMBER, year);
  first_monday = 1 + (G_DATE_MONDAY - g_date_get_weekday (&date) + 7) % 7;

  return g_strdup_printf ("%04d-11-%02d", year, first_monday + 1);
}

int
hustings_cycle_for_date (const char *date)
{
  int y, m, d;
  g_autofree char *general = NULL;

  if (!parse_iso (date, &y, &m, &d))
    return -1;
  if (y % 2 != 0)
    return y + 1;

  general = hustings_general_election_day (y);
  return strcmp (date, general) <= 0 ? y : y + 2;
}

char *
hustings_date_format (const char *date)
{
  int y, m, d;
  g_autoptr(GDateTime) dt = NULL;

  if (!parse_iso (date, &y, &m, &d))
    return g_strdup (date ? date : "");

  dt = g_date_time_new_utc (y, m, d, 0, 0, 0);
  /* Translators: a date as lists show it, in strftime format: "Mar 4, 2026" */
  return g_date_time_format (dt, _("%b %-d, %Y"));
}
