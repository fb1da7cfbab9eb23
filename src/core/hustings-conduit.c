/* hustings-conduit.c: the conduits that forward earmarked gifts.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "hustings-conduit.h"

#include <string.h>

static const HustingsConduit conduits[] = {
  { HUSTINGS_ACTBLUE_FEC_ID, "ActBlue", "PO Box 441146", "Somerville", "MA", "02144" },
  { HUSTINGS_WINRED_FEC_ID, "WinRed", "PO Box 9891", "Arlington", "VA", "22219" },
};

const HustingsConduit *
hustings_conduit_find (const char *fec_id)
{
  for (guint i = 0; fec_id != NULL && i < G_N_ELEMENTS (conduits); i++)
    if (strcmp (conduits[i].fec_id, fec_id) == 0)
      return &conduits[i];
  return NULL;
}

const HustingsConduit *
hustings_conduit_find_by_name (const char *folded_name)
{
  for (guint i = 0; folded_name != NULL && i < G_N_ELEMENTS (conduits); i++)
    {
      g_autofree char *name = g_ascii_strdown (conduits[i].name, -1);

      if (g_str_has_prefix (folded_name, name))
        return &conduits[i];
    }
  return NULL;
}
