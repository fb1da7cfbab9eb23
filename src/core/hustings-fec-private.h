/* hustings-fec-private.h: the record layouts and version maps shared by hustings-fec.c (reading,
 * writing, validation) and hustings-fec-layout.c (the tables).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-fec.h"

G_BEGIN_DECLS

/* What a field holds, as the FEC's record layout types it. */
typedef enum {
  FEC_KIND_TEXT,    /* A/N-n: printable ASCII, at most n characters */
  FEC_KIND_STATE,   /* A-2 state code: two capital letters (the only A-n fields but check-boxes) */
  FEC_KIND_DIGITS,  /* NUM-n / N-n: digits; NUM-2 (districts) and NUM-4 (a year) exactly so many */
  FEC_KIND_AMOUNT,  /* AMT-12: decimal amount, at most 12 characters */
  FEC_KIND_DATE,    /* NUM-8 date: YYYYMMDD */
  FEC_KIND_CHECK,   /* check-box: "X" or empty */
} FecKind;

/* The "required" column of the FEC's sheet; conditional requirements are rules in code. */
typedef enum {
  FEC_OPTIONAL,
  FEC_REQUIRED,     /* missing: error */
  FEC_RECOMMENDED,  /* missing: warning */
} FecNeed;

typedef struct {
  const char *name;   /* fecfile-validate name */
  const char *label;  /* for people, untranslated (N_) */
  guint8      kind;   /* FecKind */
  guint8      need;   /* FecNeed */
  guint16     max;    /* characters */
} FecField;

/* The record types that have a layout of their own. */
typedef enum {
  FEC_FAMILY_NONE,
  FEC_FAMILY_HDR,
  FEC_FAMILY_F3,     /* F3N, F3A, F3T */
  FEC_FAMILY_F3X,    /* F3XN, F3XA, F3XT */
  FEC_FAMILY_SA,     /* SA<line> */
  FEC_FAMILY_SB,     /* SB<line> */
  FEC_FAMILY_TEXT,
} FecFamily;

typedef struct {
  guint           count;
  const FecField *fields;   /* fields[n - 1] is field n */
} FecLayout;

FecFamily        fec_family        (const char *type);
/* NULL for FEC_FAMILY_NONE. */
const FecLayout *fec_layout        (FecFamily family);
/* The layout's field n, or NULL. */
const FecField  *fec_layout_field  (const char *type, guint n);

/* The formats of the older versions, from the oldest this reads. */
typedef enum {
  FEC_ERA_2,    /* 2.x: a key = value header block, then comma-separated records as 3.x */
  FEC_ERA_3,    /* 3.x and 5.0: comma-separated, names "Last^First^Prefix^Suffix" */
  FEC_ERA_5_1,  /* 5.1-5.3: as 3.x, plus separate name fields at the end of SA/SB */
  FEC_ERA_6_1,  /* 6.1: FS-separated */
  FEC_ERA_6_2,  /* 6.2-6.3 */
  FEC_ERA_6_4,  /* 6.4, 7.0 */
  FEC_ERA_8,    /* 8.0-8.5: the layouts above */
} FecEra;

/* Field dst of the 8.5 layout is source field src, for n fields in a row. */
typedef struct {
  guint8 dst;
  guint8 src;
  guint8 n;
} FecRun;

/* A source field holding a whole name ("Last^First^Prefix^Suffix", or "First Last" without the
 * delimiter) to spread over the 8.5 fields person (last, first, middle, prefix, suffix); to the
 * organization-name field org instead when the entity type (8.5 field entity) is not IND/CAN.
 * Only fills fields still empty after the runs. */
typedef struct {
  guint8 src;
  guint8 person;
  guint8 org;      /* 0: always a person */
  guint8 entity;   /* 0: no entity type */
} FecNameSplit;

typedef struct {
  const FecRun       *runs;
  guint               n_runs;
  const FecNameSplit *splits;
  guint               n_splits;
} FecMap;

/* How records of family in a file of era map to the 8.5 layout; NULL when they are the same. */
const FecMap *fec_legacy_map (FecFamily family, FecEra era);

/* A summary-page rule: field target = sum of sign * field over terms (zero-terminated). */
typedef struct {
  guint8 target;
  gint16 terms[11];   /* +n adds field n, -n subtracts it */
} FecSumRule;

/* The summary-page rules of a cover family (F3 or F3X), both columns; NULL-terminated by a rule
 * with target 0. */
const FecSumRule *fec_sum_rules (FecFamily family);

/* The column A field of the summary line that records of this schedule type feed
 * (SA11AI → 11(a)(i)), 0 when the type is not a line of that form. */
guint fec_line_field (FecFamily cover, const char *type);

G_END_DECLS
