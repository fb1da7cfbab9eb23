/* hustings-error.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "hustings-error.h"

G_DEFINE_QUARK (hustings-error-quark, hustings_error)
