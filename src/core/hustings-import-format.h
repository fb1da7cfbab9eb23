/* hustings-import-format.h: the fields an import fills, and the processors' export layouts.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  HUSTINGS_IMPORT_DONATIONS,
  HUSTINGS_IMPORT_CONTACTS,
  HUSTINGS_IMPORT_DISBURSEMENTS,
} HustingsImportKind;

/* What a column of an imported file holds. */
typedef enum {
  HUSTINGS_FIELD_IGNORE,
  /* The receipt or payment (donation and disbursement imports; see
   * hustings_import_field_applies). */
  HUSTINGS_FIELD_SOURCE_ID,    /* the processor's own id of the row: never imported twice */
  HUSTINGS_FIELD_DATE,
  HUSTINGS_FIELD_AMOUNT,
  HUSTINGS_FIELD_METHOD,       /* check, cash, credit card, in-kind… */
  HUSTINGS_FIELD_ELECTION,     /* P2026, "Primary", "general 2026"… */
  HUSTINGS_FIELD_CHECK_NUMBER,
  HUSTINGS_FIELD_SOURCE,       /* who took the gift ("ActBlue"); the format's name otherwise */
  HUSTINGS_FIELD_MEMO,
  HUSTINGS_FIELD_FEE,
  HUSTINGS_FIELD_RECURRING,    /* any non-empty, non-false value marks an installment */
  HUSTINGS_FIELD_REFUND_ID,    /* set when the gift was refunded */
  HUSTINGS_FIELD_REFUND_DATE,
  HUSTINGS_FIELD_REFUND_OF,    /* a refund row: the id of the gift it returns */
  HUSTINGS_FIELD_CONDUIT,      /* FEC ID of the conduit that forwarded an earmarked gift */
  HUSTINGS_FIELD_RECIPIENT_ID, /* FEC ID of the committee the gift was for */
  HUSTINGS_FIELD_STATUS,       /* failed, declined, cancelled or voided rows are skipped */
  HUSTINGS_FIELD_ROW_ID,       /* the "ID" column of Hustings' own export */
  HUSTINGS_FIELD_PURPOSE,      /* what a disbursement paid for */
  HUSTINGS_FIELD_CATEGORY,     /* the FEC's category code ("004") or its name ("Advertising") */
  HUSTINGS_FIELD_LINE,         /* the Schedule B line: "SB17", "17", "Line 20(a)" */
  HUSTINGS_FIELD_MEMO_ENTRY,   /* any non-empty, non-false value ("X") marks a memo entry */
  /* The person or organization. */
  HUSTINGS_FIELD_ENTITY_TYPE,  /* IND, ORG… or "Individual", "Organization" */
  HUSTINGS_FIELD_PREFIX,
  HUSTINGS_FIELD_FIRST_NAME,
  HUSTINGS_FIELD_MIDDLE_NAME,
  HUSTINGS_FIELD_LAST_NAME,
  HUSTINGS_FIELD_SUFFIX,
  HUSTINGS_FIELD_FULL_NAME,    /* "Jane Q. Doe" or "Doe, Jane Q.", split on import */
  HUSTINGS_FIELD_ORG_NAME,
  HUSTINGS_FIELD_STREET1,
  HUSTINGS_FIELD_STREET2,
  HUSTINGS_FIELD_CITY,
  HUSTINGS_FIELD_STATE,
  HUSTINGS_FIELD_ZIP,
  HUSTINGS_FIELD_EMPLOYER,
  HUSTINGS_FIELD_OCCUPATION,
  HUSTINGS_FIELD_EMAIL,        /* several may be separated by ';' or ',' */
  HUSTINGS_FIELD_PHONE,        /* several may be separated by ';' */
  HUSTINGS_FIELD_FEC_ID,
  HUSTINGS_FIELD_TAGS,         /* separated by ';' or ',' */
  HUSTINGS_FIELD_NOTES,
  HUSTINGS_N_FIELDS
} HustingsImportField;

/* "amount", "first-name"…: the names `hustings-cli import --map FIELD=COLUMN` takes. */
const char *hustings_import_field_to_string   (HustingsImportField  field);
gboolean    hustings_import_field_from_string (const char          *name,
                                               HustingsImportField *out_field);
/* "Amount", "First name": for the column mapping's drop-downs. */
const char *hustings_import_field_describe    (HustingsImportField  field);
/* Whether a column may hold field in an import of kind: the person's fields in any; date,
 * amount, source id, election, check number, source and memo in donations and disbursements;
 * method, fee, refunds, conduit, status… in donations only; purpose, category, line and memo
 * entry in disbursements only. */
gboolean    hustings_import_field_applies     (HustingsImportField  field,
                                               HustingsImportKind   kind);

/* A known file layout (a processor's export), or the generic one where the user maps columns.
 * Formats are static: never freed. */
typedef struct _HustingsImportFormat HustingsImportFormat;

/* Every format, NULL-terminated, in the order a chooser lists them; the generic donations,
 * disbursements and contacts formats come last. */
const HustingsImportFormat * const *hustings_import_formats (void);
/* "actblue", "actblue-refunds", "winred", "anedot", "ngpvan", "nationbuilder", "generic"
 * (donations), "disbursements" (generic disbursements) and "contacts" (generic contacts); NULL
 * when unknown. */
const HustingsImportFormat *hustings_import_format_find      (const char *id);
/* The format whose export has this header, or the generic donations format when none fits (the
 * generic disbursements one when the header also speaks of a payee, vendor or purpose, and the
 * generic contacts one when it has names but nothing about money). */
const HustingsImportFormat *hustings_import_format_detect    (const char * const *header,
                                                              guint               n_columns);
const char                 *hustings_import_format_get_id    (const HustingsImportFormat *format);
/* "ActBlue contributions". */
const char                 *hustings_import_format_get_name  (const HustingsImportFormat *format);
HustingsImportKind          hustings_import_format_get_kind  (const HustingsImportFormat *format);
/* Whether the user picks the columns (the generic formats) rather than the layout fixing them. */
gboolean                    hustings_import_format_is_generic (const HustingsImportFormat *format);
/* The field the format reads from a column headed header (FIELD_IGNORE for none). Generic
 * formats recognise common header names ("First Name", "first_name", "Zip Code", "Payee
 * Name", and the headers of Hustings' own exports), which the user may then change. */
HustingsImportField         hustings_import_format_guess     (const HustingsImportFormat *format,
                                                              const char                 *header);

G_END_DECLS
