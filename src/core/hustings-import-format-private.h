/* hustings-import-format-private.h: what the importer reads of a format.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-import-format.h"
#include "hustings-donation.h"

G_BEGIN_DECLS

typedef enum {
  HUSTINGS_FORMAT_GENERIC          = 1 << 0, /* the user maps the columns */
  HUSTINGS_FORMAT_REFUNDS_ONLY     = 1 << 1, /* every row must be a refund */
  HUSTINGS_FORMAT_STRIP_APOSTROPHE = 1 << 2, /* every value may start with a ' for Excel */
  HUSTINGS_FORMAT_STATUS_IS_TIME   = 1 << 3, /* any value in the status column (failed_at…) */
} HustingsFormatFlags;

struct _HustingsImportFormat {
  const char         *id;
  const char         *name;
  HustingsImportKind  kind;
  const char         *source;   /* the donation's source; "" for generic (the file's) */
  const char         *conduit;  /* FEC ID of the conduit every gift came through, or "" */
  HustingsMethod      method;   /* when the file does not say */
  const char         *required; /* folded headers that identify the layout; NULL: never guessed */
  HustingsFormatFlags flags;
  const void         *columns;
};

/* "Donor ZIP" → "donorzip". */
char *hustings_import_fold_header (const char *header);

G_END_DECLS
