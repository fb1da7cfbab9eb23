/* hustings-demo.h: a deterministic, realistic synthetic campaign.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hustings-committee-file.h"

G_BEGIN_DECLS

/* Called now and then from the thread that runs the generation; fraction is 0..1. */
typedef void (*HustingsDemoProgress) (double fraction, gpointer user_data);

/* The profile of the demo committee: a House campaign with P2026 and G2026. */
HustingsCommittee *hustings_demo_committee (void);

/* Adds n_contacts contacts and n_donations donations to file in one transaction, and what the
 * campaign spent (rent, staff, ads, mailers, fees, polls, events, a card bill in memo entries,
 * two contribution refunds; a few hundred disbursements, fewer for a small campaign, never
 * more than it raised). The same seed on an empty file gives the same data. Names, real
 * ZIP/city/state triples, employers and occupations; many small gifts and few large ones,
 * repeat donors, primary and general designations, within the limits. Stops with
 * HUSTINGS_ERROR_CANCELLED, changing nothing. */
gboolean hustings_demo_populate (HustingsCommitteeFile *file,
                                 guint                  n_contacts,
                                 guint                  n_donations,
                                 guint32                seed,
                                 HustingsDemoProgress   progress,
                                 gpointer               progress_data,
                                 GCancellable          *cancellable,
                                 GError               **error);

/* Creates a demo committee file at path and populates it (for the CLI and the welcome page). */
gboolean hustings_demo_create   (const char            *path,
                                 guint                  n_contacts,
                                 guint                  n_donations,
                                 guint32                seed,
                                 HustingsDemoProgress   progress,
                                 gpointer               progress_data,
                                 GCancellable          *cancellable,
                                 GError               **error);

G_END_DECLS
