/* hustings-filing-calendar.c: the reports a committee owes in a year, from the FEC's rules.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-filing-calendar"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "hustings-committee.h"
#include "hustings-dates.h"
#include "hustings-filing-calendar.h"

/* Pre-election reports close 20 days before the election and are due 12 days before; post-
 * election reports close 20 days after and are due 30 days after (fec-rules.md §2.12). */
#define PRE_CLOSE_DAYS  (-20)
#define PRE_DUE_DAYS    (-12)
#define POST_CLOSE_DAYS 20
#define POST_DUE_DAYS   30

static const struct {
  const char *code;
  const char *name;
} code_names[] = {
  { "Q1", N_("April Quarterly") },
  { "Q2", N_("July Quarterly") },
  { "Q3", N_("October Quarterly") },
  { "YE", N_("Year-End") },
  { "MY", N_("Mid-Year") },
  { "12P", N_("12-day Pre-Primary") },
  { "12R", N_("12-day Pre-Runoff") },
  { "12C", N_("12-day Pre-Convention") },
  { "12S", N_("12-day Pre-Special") },
  { "12G", N_("12-day Pre-General") },
  { "30G", N_("30-day Post-General") },
  { "30R", N_("30-day Post-Runoff") },
  { "30S", N_("30-day Post-Special") },
  { "30P", N_("30-day Post-Primary") },
  { "M2", N_("February Monthly") },
  { "M3", N_("March Monthly") },
  { "M4", N_("April Monthly") },
  { "M5", N_("May Monthly") },
  { "M6", N_("June Monthly") },
  { "M7", N_("July Monthly") },
  { "M8", N_("August Monthly") },
  { "M9", N_("September Monthly") },
  { "M10", N_("October Monthly") },
  { "M11", N_("November Monthly") },
  { "M12", N_("December Monthly") },
  { "TER", N_("Termination") },
};

const char *
hustings_filing_code_describe (const char *code)
{
  for (guint i = 0; code && i < G_N_ELEMENTS (code_names); i++)
    if (g_str_equal (code, code_names[i].code))
      return _(code_names[i].name);
  return code ? code : "";
}

HustingsFilingReport *
hustings_filing_report_copy (const HustingsFilingReport *self)
{
  HustingsFilingReport *copy = g_new0 (HustingsFilingReport, 1);

  copy->code = g_strdup (self->code);
  copy->coverage_from = g_strdup (self->coverage_from);
  copy->coverage_to = g_strdup (self->coverage_to);
  copy->due = g_strdup (self->due);
  copy->election = g_strdup (self->election);
  copy->election_date = g_strdup (self->election_date);
  copy->election_state = g_strdup (self->election_state ? self->election_state : "");
  return copy;
}

void
hustings_filing_report_free (HustingsFilingReport *self)
{
  if (self == NULL)
    return;
  g_free (self->code);
  g_free (self->coverage_from);
  g_free (self->coverage_to);
  g_free (self->due);
  g_free (self->election);
  g_free (self->election_date);
  g_free (self->election_state);
  g_free (self);
}

static char *
ymd (int year, int month, int day)
{
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/* date (YYYY-MM-DD) moved by days. */
static char *
add_days (const char *date, int days)
{
  g_autoptr(GDate) d = NULL;
  int year, month, day;

  if (sscanf (date, "%d-%d-%d", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    g_return_val_if_reached (g_strdup (date));
  d = g_date_new_dmy (day, month, year);
  if (days >= 0)
    g_date_add_days (d, days);
  else
    g_date_subtract_days (d, -days);
  return ymd (g_date_get_year (d), g_date_get_month (d), g_date_get_day (d));
}

/* A report closing on close, due on due (both taken), for election (may be NULL). */
static void
add_report (GPtrArray              *reports,
            const char             *code,
            char                   *close,
            char                   *due,
            const HustingsElection *election)
{
  HustingsFilingReport *report = g_new0 (HustingsFilingReport, 1);

  report->code = g_strdup (code);
  report->coverage_to = close;
  report->due = due;
  if (election != NULL)
    {
      report->election = g_strdup (election->code);
      report->election_date = g_strdup (election->date);
      report->election_state = g_strdup (election->state ? election->state : "");
    }
  else
    report->election_state = g_strdup ("");
  g_ptr_array_add (reports, report);
}

/* The 12-day pre-election report (and the 30-day post-election one after a general or a
 * special) of an election, whichever close in year. */
static void
add_election_reports (GPtrArray              *reports,
                      const HustingsElection *election,
                      gboolean                pre,
                      gboolean                post,
                      int                     year)
{
  char kind = election->code[0];
  char code[4] = { '1', '2', kind, '\0' };
  char *close;

  /* Recounts and "other" elections have no reports of their own. */
  if (kind != 'P' && kind != 'R' && kind != 'C' && kind != 'S' && kind != 'G')
    return;
  close = add_days (election->date, PRE_CLOSE_DAYS);
  if (pre && g_ascii_strtoll (close, NULL, 10) == year)
    add_report (reports, code, close, add_days (election->date, PRE_DUE_DAYS), election);
  else
    g_free (close);

  if (!post || (kind != 'G' && kind != 'S'))
    return;
  code[0] = '3';
  code[1] = '0';
  close = add_days (election->date, POST_CLOSE_DAYS);
  if (g_ascii_strtoll (close, NULL, 10) == year)
    add_report (reports, code, close, add_days (election->date, POST_DUE_DAYS), election);
  else
    g_free (close);
}

static int
compare_reports (gconstpointer a, gconstpointer b)
{
  const HustingsFilingReport *x = *(HustingsFilingReport * const *) a;
  const HustingsFilingReport *y = *(HustingsFilingReport * const *) b;
  int by_close = strcmp (x->coverage_to, y->coverage_to);

  return by_close != 0 ? by_close : strcmp (x->due, y->due);
}

/* The reports that close in year, with their coverage (from Jan 1 on). */
static GPtrArray *
reports_closing_in (const HustingsCommittee *committee, int year)
{
  GPtrArray *reports = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                       hustings_filing_report_free);
  gboolean form3 = g_str_equal (hustings_committee_form (committee), "F3");
  gboolean monthly = g_strcmp0 (committee->filing_frequency, "M") == 0;
  gboolean election_year = year % 2 == 0;
  g_autoptr(HustingsElection) federal_general = NULL;
  const HustingsElection *general = NULL;
  g_autofree char *from = NULL;

  for (guint i = 0; i < committee->elections->len; i++)
    {
      const HustingsElection *e = g_ptr_array_index (committee->elections, i);

      if (e->code[0] == 'G' && g_ascii_strtoll (e->date, NULL, 10) == year)
        general = e;
      else if (form3 && !monthly)
        add_election_reports (reports, e, TRUE, TRUE, year);
    }
  if (general == NULL && election_year)
    {
      g_autofree char *day = hustings_general_election_day (year);
      g_autofree char *code = g_strdup_printf ("G%04d", year);

      general = federal_general = hustings_election_new (code, day, "");
    }
  /* Quarterly PACs and parties file a pre-general report only when they were active in it. */
  if (general != NULL)
    add_election_reports (reports, general, form3 || monthly, TRUE, year);

  if (monthly)
    {
      /* Mn covers month n - 1; in an election year 12G and 30G replace M11 and M12. */
      for (int n = 2; n <= (election_year ? 10 : 12); n++)
        {
          g_autofree char *code = g_strdup_printf ("M%d", n);
          g_autofree char *first = ymd (year, n, 1);

          add_report (reports, code, add_days (first, -1), ymd (year, n, 20), NULL);
        }
    }
  else if (form3 || election_year)
    {
      add_report (reports, "Q1", ymd (year, 3, 31), ymd (year, 4, 15), NULL);
      add_report (reports, "Q2", ymd (year, 6, 30), ymd (year, 7, 15), NULL);
      add_report (reports, "Q3", ymd (year, 9, 30), ymd (year, 10, 15), NULL);
    }
  else
    add_report (reports, "MY", ymd (year, 6, 30), ymd (year, 7, 31), NULL);
  add_report (reports, "YE", ymd (year, 12, 31), ymd (year + 1, 1, 31), NULL);

  g_ptr_array_sort (reports, compare_reports);

  /* Each report starts the day after the one before closed; a report left with nothing to
   * cover (a pre-election report closing with the quarter) is not owed. */
  from = ymd (year, 1, 1);
  for (guint i = 0; i < reports->len;)
    {
      HustingsFilingReport *report = reports->pdata[i];

      if (strcmp (from, report->coverage_to) > 0)
        {
          g_ptr_array_remove_index (reports, i);
          continue;
        }
      report->coverage_from = g_strdup (from);
      g_free (from);
      from = add_days (report->coverage_to, 1);
      i++;
    }
  return reports;
}

GPtrArray *
hustings_filing_calendar (const HustingsCommittee *committee,
                          int                      year)
{
  g_autoptr(GPtrArray) before = NULL;
  GPtrArray *reports;

  g_return_val_if_fail (committee != NULL, NULL);
  g_return_val_if_fail (year >= 1900 && year <= 9998, NULL);

  reports = reports_closing_in (committee, year);
  before = reports_closing_in (committee, year - 1);
  /* The year-end report of the year before, which closes it. */
  g_ptr_array_insert (reports, 0, g_ptr_array_steal_index (before, before->len - 1));
  return reports;
}

HustingsFilingReport *
hustings_filing_calendar_find (const HustingsCommittee *committee,
                               const char              *code,
                               int                      year,
                               const char              *election)
{
  g_autoptr(GPtrArray) reports = NULL;

  g_return_val_if_fail (code != NULL, NULL);

  reports = hustings_filing_calendar (committee, year);
  /* Skip the year before's year-end report: "YE" of year is the one closing year. */
  for (guint i = 1; i < reports->len; i++)
    {
      HustingsFilingReport *report = reports->pdata[i];

      if (g_str_equal (report->code, code) &&
          (election == NULL || g_strcmp0 (report->election, election) == 0))
        return hustings_filing_report_copy (report);
    }
  return NULL;
}
