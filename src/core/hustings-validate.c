/* hustings-validate.c: checks of identifiers and codes.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-validate"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hustings-validate.h"

static gboolean
all_digits (const char *s, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

gboolean
hustings_fec_committee_id_is_valid (const char *id)
{
  return id != NULL && strlen (id) == 9 && id[0] == 'C' && all_digits (id + 1, 8);
}

gboolean
hustings_election_code_is_valid (const char *code)
{
  return code != NULL && strlen (code) == 5 && strchr ("PGRSCEO", code[0]) != NULL &&
         all_digits (code + 1, 4);
}

gboolean
hustings_state_is_valid (const char *state)
{
  static const char states[] =
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI UM FM MH PW "
    "AA AE AP ZZ";

  if (state == NULL || strlen (state) != 2 ||
      !g_ascii_isupper (state[0]) || !g_ascii_isupper (state[1]))
    return FALSE;

  for (const char *p = states; *p; p += 3)
    if (p[0] == state[0] && p[1] == state[1])
      return TRUE;
  return FALSE;
}

gboolean
hustings_zip_is_valid (const char *zip)
{
  gsize len;

  if (zip == NULL)
    return FALSE;
  len = strlen (zip);
  if (len == 5 || len == 9)
    return all_digits (zip, len);
  return len == 10 && all_digits (zip, 5) && zip[5] == '-' && all_digits (zip + 6, 4);
}

gboolean
hustings_email_is_valid (const char *email)
{
  const char *at;
  const char *dot;

  if (email == NULL || *email == '\0' || strpbrk (email, " \t\r\n,;<>\"") != NULL)
    return FALSE;
  at = strchr (email, '@');
  if (at == NULL || at == email || strchr (at + 1, '@') != NULL)
    return FALSE;
  dot = strrchr (at, '.');
  return dot != NULL && dot > at + 1 && dot[1] != '\0';
}

char *
hustings_election_code_describe (const char *code)
{
  const char *year;

  if (!hustings_election_code_is_valid (code))
    return g_strdup (code ? code : "");

  year = code + 1;
  switch (code[0])
    {
    /* Translators: %s is a year */
    case 'P': return g_strdup_printf (_("Primary %s"), year);
    case 'G': return g_strdup_printf (_("General %s"), year);
    case 'R': return g_strdup_printf (_("Runoff %s"), year);
    case 'S': return g_strdup_printf (_("Special %s"), year);
    case 'C': return g_strdup_printf (_("Convention %s"), year);
    case 'E': return g_strdup_printf (_("Recount %s"), year);
    default:  return g_strdup_printf (_("Other election %s"), year);
    }
}
