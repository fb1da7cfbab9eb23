/* hustings-conduit.h: the conduits that forward earmarked gifts, as Hustings knows them.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HUSTINGS_ACTBLUE_FEC_ID "C00401224"
#define HUSTINGS_WINRED_FEC_ID  "C00694323"

typedef struct {
  const char *fec_id;
  const char *name;   /* "ActBlue" */
  const char *street;
  const char *city;
  const char *state;
  const char *zip;
} HustingsConduit;

/* The conduit with that FEC id, or NULL. */
const HustingsConduit *hustings_conduit_find         (const char *fec_id);
/* The conduit whose name starts a folded (lower-case) name such as "actblue technical
 * services", or NULL. */
const HustingsConduit *hustings_conduit_find_by_name (const char *folded_name);

G_END_DECLS
