/* test-calendar.c: dates, cycles and the codes the FEC uses.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "hustings-core.h"

static void
test_dates (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *us = hustings_date_normalize ("3/4/2026", &error);
  g_autofree char *iso = hustings_date_normalize (" 2026-02-28 ", NULL);

  g_assert_no_error (error);
  g_assert_cmpstr (us, ==, "2026-03-04");
  g_assert_cmpstr (iso, ==, "2026-02-28");
  g_assert_true (hustings_date_is_valid ("2024-02-29"));
  g_assert_false (hustings_date_is_valid ("2026-02-29"));
  g_assert_false (hustings_date_is_valid ("2026-13-01"));
  g_assert_false (hustings_date_is_valid ("2026-1-01"));
  g_assert_false (hustings_date_is_valid ("20260101"));
  g_assert_false (hustings_date_is_valid (NULL));
  g_assert_null (hustings_date_normalize ("2/30/2026", &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (hustings_date_normalize ("", &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
}

static void
test_general_election_day (void)
{
  static const struct { int year; const char *day; } cases[] = {
    { 2020, "2020-11-03" }, { 2022, "2022-11-08" }, { 2024, "2024-11-05" },
    { 2026, "2026-11-03" }, { 2028, "2028-11-07" }, { 2030, "2030-11-05" },
    { 2032, "2032-11-02" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *day = hustings_general_election_day (cases[i].year);

      g_assert_cmpstr (day, ==, cases[i].day);
    }
}

static void
test_cycle (void)
{
  g_assert_cmpint (hustings_cycle_for_date ("2025-01-01"), ==, 2026);
  g_assert_cmpint (hustings_cycle_for_date ("2025-12-31"), ==, 2026);
  g_assert_cmpint (hustings_cycle_for_date ("2026-11-03"), ==, 2026);
  g_assert_cmpint (hustings_cycle_for_date ("2026-11-04"), ==, 2028);
  g_assert_cmpint (hustings_cycle_for_date ("2024-11-05"), ==, 2024);
  g_assert_cmpint (hustings_cycle_for_date ("2024-11-06"), ==, 2026);
  g_assert_cmpint (hustings_cycle_for_date ("nonsense"), ==, -1);
}

static void
test_codes (void)
{
  g_autofree char *primary = hustings_election_code_describe ("P2026");

  g_assert_true (hustings_fec_committee_id_is_valid ("C00123456"));
  g_assert_false (hustings_fec_committee_id_is_valid ("C0012345"));
  g_assert_false (hustings_fec_committee_id_is_valid ("C001234567"));
  g_assert_false (hustings_fec_committee_id_is_valid ("c00123456"));
  g_assert_false (hustings_fec_committee_id_is_valid ("H00123456"));
  g_assert_false (hustings_fec_committee_id_is_valid ("C0012345A"));
  g_assert_true (hustings_election_code_is_valid ("G2026"));
  g_assert_false (hustings_election_code_is_valid ("X2026"));
  g_assert_false (hustings_election_code_is_valid ("P26"));
  g_assert_true (hustings_state_is_valid ("DC"));
  g_assert_true (hustings_state_is_valid ("PR"));
  g_assert_false (hustings_state_is_valid ("XX"));
  g_assert_false (hustings_state_is_valid ("tx"));
  g_assert_true (hustings_zip_is_valid ("02906"));
  g_assert_true (hustings_zip_is_valid ("78701-1234"));
  g_assert_true (hustings_zip_is_valid ("787011234"));
  g_assert_false (hustings_zip_is_valid ("7870"));
  g_assert_false (hustings_zip_is_valid ("78701-12"));
  g_assert_true (hustings_email_is_valid ("jane.doe@example.org"));
  g_assert_false (hustings_email_is_valid ("jane@"));
  g_assert_false (hustings_email_is_valid ("jane doe@example.org"));
  g_assert_false (hustings_email_is_valid ("@example.org"));
  g_assert_cmpstr (primary, ==, "Primary 2026");
}

/* The ranges the pages' menus offer, around today. */
static void
test_named_ranges (void)
{
  g_autofree char *today = hustings_date_today ();
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  hustings_date_range_named ("all", &from, &to);
  g_assert_null (from);
  g_assert_null (to);

  hustings_date_range_named ("this-year", &from, &to);
  g_assert_cmpint (strncmp (from, today, 4), ==, 0);
  g_assert_cmpstr (from + 4, ==, "-01-01");
  g_assert_cmpint (strncmp (to, today, 4), ==, 0);
  g_assert_cmpstr (to + 4, ==, "-12-31");
  g_clear_pointer (&from, g_free);
  g_clear_pointer (&to, g_free);

  hustings_date_range_named ("last-30-days", &from, &to);
  g_assert_cmpstr (to, ==, today);
  g_assert_true (hustings_date_is_valid (from));
  g_assert_cmpstr (from, <, to);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/calendar/dates", test_dates);
  g_test_add_func ("/calendar/general-election-day", test_general_election_day);
  g_test_add_func ("/calendar/cycle", test_cycle);
  g_test_add_func ("/calendar/codes", test_codes);
  g_test_add_func ("/calendar/named-ranges", test_named_ranges);
  return g_test_run ();
}
