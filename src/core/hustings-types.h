/* hustings-types.h: forward declarations shared by the core headers.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _HustingsCommitteeFile HustingsCommitteeFile;
typedef struct _HustingsContact       HustingsContact;
typedef struct _HustingsDonation      HustingsDonation;
typedef struct _HustingsContactList   HustingsContactList;
typedef struct _HustingsDonationList  HustingsDonationList;
typedef struct _HustingsCommittee     HustingsCommittee;
typedef struct _HustingsElection      HustingsElection;
typedef struct _HustingsTotal         HustingsTotal;

/* Reports how far long work has got, from 0.0 to 1.0. Called from the thread doing the work
 * (not necessarily the main thread), at most a few hundred times in all. */
typedef void (*HustingsProgressFunc) (double   fraction,
                                      gpointer user_data);

G_END_DECLS
