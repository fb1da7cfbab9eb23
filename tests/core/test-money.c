/* test-money.c: amounts are parsed and written in exactly one way.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "hustings-core.h"

static void
test_parse_accepts (void)
{
  static const struct { const char *text; gint64 cents; } cases[] = {
    { "1,234.56", 123456 }, { "$1234.5", 123450 }, { "-20", -2000 }, { "(20.00)", -2000 },
    { "0.01", 1 }, { ".5", 50 }, { "12.", 1200 }, { "  7  ", 700 }, { "-$5", -500 },
    { "$-5.25", -525 }, { "1,000,000", 100000000 }, { "999,999,999.99", 99999999999 },
    { "-999999999.99", -99999999999 }, { "0", 0 }, { "3500", 350000 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 cents = -1;

      g_assert_true (hustings_money_parse (cases[i].text, &cents, &error));
      g_assert_no_error (error);
      g_assert_cmpint (cents, ==, cases[i].cents);
    }
}

static void
test_parse_rejects (void)
{
  static const char *cases[] = {
    "12.345", "1,2", "abc", "", "   ", "1,0000", "12,34.00", ",123", "1000000000",
    "999,999,999.991", "1,000,000,000.00", "$", "-", "()", "(20", "20)", "1.2.3", "1e5",
    "--5", "$$5", "5 5", "12.3a", "99999999999999999999999",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 cents = 42;

      g_assert_false (hustings_money_parse (cases[i], &cents, &error));
      g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
      g_assert_cmpint (cents, ==, 42);
      g_assert_cmpstr (error->message, !=, "");
    }
  {
    g_autoptr(GError) error = NULL;
    gint64 cents;

    g_assert_false (hustings_money_parse ("1000000000", &cents, &error));
    g_assert_nonnull (strstr (error->message, "999,999,999.99"));
  }
}

static void
test_format (void)
{
  static const struct { gint64 cents; const char *text; const char *plain; } cases[] = {
    { 0, "$0.00", "0.00" }, { 1, "$0.01", "0.01" }, { 123456, "$1,234.56", "1234.56" },
    { -2000, "-$20.00", "-20.00" }, { 100000000, "$1,000,000.00", "1000000.00" },
    { 99999999999, "$999,999,999.99", "999999999.99" }, { 99900, "$999.00", "999.00" },
    { G_MININT64, "-$92,233,720,368,547,758.08", "-92233720368547758.08" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = hustings_money_format (cases[i].cents);
      g_autofree char *plain = hustings_money_format_plain (cases[i].cents);

      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_cmpstr (plain, ==, cases[i].plain);
    }
}

static void
test_round_trip (void)
{
  for (gint64 cents = -100000; cents <= 100000; cents += 37)
    {
      g_autofree char *text = hustings_money_format (cents);
      g_autofree char *plain = hustings_money_format_plain (cents);
      gint64 back = 0;

      g_assert_true (hustings_money_parse (text, &back, NULL));
      g_assert_cmpint (back, ==, cents);
      g_assert_true (hustings_money_parse (plain, &back, NULL));
      g_assert_cmpint (back, ==, cents);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/money/parse-accepts", test_parse_accepts);
  g_test_add_func ("/money/parse-rejects", test_parse_rejects);
  g_test_add_func ("/money/format", test_format);
  g_test_add_func ("/money/round-trip", test_round_trip);
  return g_test_run ();
}
