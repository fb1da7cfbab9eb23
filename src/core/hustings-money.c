/* hustings-money.c: the one place amounts are parsed and formatted.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-money"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hustings-error.h"
#include "hustings-money.h"

static gboolean
invalid (GError **error, const char *text, const char *why)
{
  g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
               /* Translators: first %s is what the user typed, second the reason */
               _("“%s” is not an amount: %s"), text, why);
  return FALSE;
}

gboolean
hustings_money_parse (const char  *text,
                      gint64      *out_cents,
                      GError     **error)
{
  const char *p;
  const char *end;
  gboolean negative = FALSE;
  gboolean parens = FALSE;
  gint64 dollars = 0;
  gint64 cents = 0;
  guint int_digits = 0;
  guint group_digits = 0;
  gboolean grouped = FALSE;

  g_return_val_if_fail (out_cents != NULL, FALSE);

  if (text == NULL)
    text = "";

  p = text;
  end = text + strlen (text);
  while (p < end && g_ascii_isspace (*p))
    p++;
  while (end > p && g_ascii_isspace (end[-1]))
    end--;

  if (p == end)
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("No amount was given"));
      return FALSE;
    }

  if (*p == '(' && end[-1] == ')')
    {
      parens = negative = TRUE;
      p++;
      end--;
    }
  if (p < end && *p == '-' && !parens)
    {
      negative = TRUE;
      p++;
    }
  if (p < end && *p == '$')
    p++;
  if (p < end && *p == '-' && !parens && !negative)
    {
      negative = TRUE;
      p++;
    }

  /* Whole dollars, optionally grouped by commas in threes. */
  for (; p < end && (g_ascii_isdigit (*p) || *p == ','); p++)
    {
      if (*p == ',')
        {
          if (int_digits == 0 || (grouped && group_digits != 3) || (!grouped && int_digits > 3))
            return invalid (error, text, _("commas must separate groups of three digits"));
          grouped = TRUE;
          group_digits = 0;
          continue;
        }
      if (dollars > HUSTINGS_MONEY_MAX_CENTS / 100)
        return invalid (error, text, _("it is larger than $999,999,999.99"));
      dollars = dollars * 10 + (*p - '0');
      int_digits++;
      group_digits++;
    }
  if (grouped && group_digits != 3)
    return invalid (error, text, _("commas must separate groups of three digits"));

  if (p < end && *p == '.')
    {
      guint frac_digits = 0;

      for (p++; p < end && g_ascii_isdigit (*p); p++)
        {
          if (++frac_digits > 2)
            return invalid (error, text, _("cents have at most two digits"));
          cents = cents * 10 + (*p - '0');
        }
      if (frac_digits == 1)
        cents *= 10;
      if (frac_digits == 0 && int_digits == 0)
        return invalid (error, text, _("it has no digits"));
    }
  else if (int_digits == 0)
    return invalid (error, text, _("it has no digits"));

  if (p != end)
    return invalid (error, text, _("it contains characters that are not part of an amount"));

  if (dollars > HUSTINGS_MONEY_MAX_CENTS / 100 ||
      dollars * 100 + cents > HUSTINGS_MONEY_MAX_CENTS)
    return invalid (error, text, _("it is larger than $999,999,999.99"));

  *out_cents = (dollars * 100 + cents) * (negative ? -1 : 1);
  return TRUE;
}

static char *
format (gint64 cents, gboolean symbol_and_grouping)
{
  GString *s = g_string_new (NULL);
  guint64 magnitude = cents < 0 ? (guint64) 0 - (guint64) cents : (guint64) cents;
  char digits[32];
  gsize len;

  if (cents < 0)
    g_string_append_c (s, '-');
  if (symbol_and_grouping)
    g_string_append_c (s, '$');

  len = (gsize) g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, magnitude / 100);
  for (gsize i = 0; i < len; i++)
    {
      if (symbol_and_grouping && i > 0 && (len - i) % 3 == 0)
        g_string_append_c (s, ',');
      g_string_append_c (s, digits[i]);
    }
  g_string_append_printf (s, ".%02u", (guint) (magnitude % 100));

  return g_string_free (s, FALSE);
}

char *
hustings_money_format (gint64 cents)
{
  return format (cents, TRUE);
}

char *
hustings_money_format_plain (gint64 cents)
{
  return format (cents, FALSE);
}
