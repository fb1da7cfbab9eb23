/* hustings-error.h: the error domain of the core library.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HUSTINGS_ERROR (hustings_error_quark ())

typedef enum {
  HUSTINGS_ERROR_FAILED,        /* anything else; the message says what */
  HUSTINGS_ERROR_NOT_COMMITTEE, /* not a SQLite file, or a SQLite file that is not Hustings' */
  HUSTINGS_ERROR_CORRUPT,       /* a committee file that is damaged */
  HUSTINGS_ERROR_TOO_NEW,       /* made by a newer Hustings */
  HUSTINGS_ERROR_READ_ONLY,     /* a change was asked of a file opened read-only */
  HUSTINGS_ERROR_EXISTS,        /* creating a file that is already there */
  HUSTINGS_ERROR_INVALID,       /* a value the user gave is not acceptable; message says why */
  HUSTINGS_ERROR_NOT_FOUND,     /* the row asked for is not in the file */
  HUSTINGS_ERROR_CANCELLED,
} HustingsError;

GQuark hustings_error_quark (void);

G_END_DECLS
