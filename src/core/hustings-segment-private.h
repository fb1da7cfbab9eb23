/* hustings-segment-private.h: what the segment files share: each kind's name, operators and
 * fields.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-segment.h"

G_BEGIN_DECLS

/* The fields a kind of rule uses. */
typedef enum {
  HUSTINGS_SEGMENT_NOTHING,
  HUSTINGS_SEGMENT_VALUES,      /* at least one value */
  HUSTINGS_SEGMENT_SOME_VALUES, /* values, or none */
  HUSTINGS_SEGMENT_AMOUNTS,     /* amount, amount_to for BETWEEN, cycle */
  HUSTINGS_SEGMENT_DATES,       /* date, date_to for BETWEEN */
  HUSTINGS_SEGMENT_EVENT,       /* an event_id */
  HUSTINGS_SEGMENT_SOME_EVENT,  /* an event_id, or 0 for any */
} HustingsSegmentFields;

typedef struct {
  const char            *name;   /* in the GVariant text and the compact syntax */
  guint                  ops;    /* 1 << each HustingsSegmentOp it takes */
  HustingsSegmentFields  fields;
} HustingsSegmentKindInfo;

extern const HustingsSegmentKindInfo hustings_segment_kinds[HUSTINGS_SEGMENT_N_KINDS];
/* The operators' names in the GVariant text: "is", "at-least"… */
extern const char * const hustings_segment_ops[HUSTINGS_SEGMENT_N_OPS];

/* hustings_segment_validate for one rule: the message says why, not which rule. */
gboolean hustings_segment_rule_check (const HustingsSegmentRule  *rule,
                                      GError                    **error);

G_END_DECLS
