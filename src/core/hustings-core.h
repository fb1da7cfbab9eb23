/* hustings-core.h: everything the core library offers.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-types.h"
#include "hustings-error.h"
#include "hustings-money.h"
#include "hustings-dates.h"
#include "hustings-validate.h"
#include "hustings-committee.h"
#include "hustings-committee-file.h"
#include "hustings-contact.h"
#include "hustings-contact-store.h"
#include "hustings-donation.h"
#include "hustings-donation-store.h"
#include "hustings-contact-list.h"
#include "hustings-donation-list.h"
#include "hustings-demo.h"
#include "hustings-csv-reader.h"
#include "hustings-table-reader.h"
#include "hustings-import-format.h"
#include "hustings-import.h"
#include "hustings-export.h"
