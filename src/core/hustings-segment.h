/* hustings-segment.h: segments, the filter builder's named sets of contacts, as plain data.
 *
 * A segment is a name and rules, matched "all" (every rule holds) or "any" (at least one
 * does); a segment without rules holds every contact. A rule is a kind, an operator for the
 * kinds that compare, "negate" to turn it around ("is not", "has not", "did not give"), and
 * the fields its kind uses:
 *
 *   kind         op                         fields    a contact matches when…
 *   STATE        IS                         values    its state is one of values ("CA")
 *   ZIP          IS                         values    its ZIP starts with one of values (1–5
 *                                                     digits)
 *   CITY         IS                         values    its city is one of values (case ignored)
 *   DISTRICT     IS                         values    its congressional district is one of
 *                                                     values (two digits, "07")
 *   TAG          IS                         values    it has one of the tags in values
 *   ENTITY_TYPE  IS                         values    its entity type is one of values ("IND")
 *   TOTAL        AT_LEAST, AT_MOST, BETWEEN amount,   its total net of refunds in the two-year
 *                                           amount_to cycle (an even year; 0: the committee's
 *                                           cycle    active cycle when evaluated) is ≥ amount,
 *                                                     ≤ amount, or from amount to amount_to.
 *                                                     Who gave nothing has a total of 0.
 *   LAST_GIFT    BEFORE, AFTER, BETWEEN,    date,     its last gift was before date, after it,
 *                NEVER                      date_to   from date to date_to, or it never gave
 *   GAVE         BEFORE, AFTER, BETWEEN     date,     it gave at least once before date, after
 *                                           date_to   it, or from date to date_to
 *   VOLUNTEER    IS                         values    it is a volunteer (whose status is one of
 *                                                     values, when there are values: "prospect",
 *                                                     "active", "inactive")
 *   SKILL        IS                         values    it is a volunteer with one of the skills
 *   ATTENDED     IS                         event_id  it checked in at event event_id (0: any
 *                                                     event), as a guest or for a shift
 *   RSVP_YES     IS                         event_id  it answered yes to event event_id
 *   NO_EMPLOYER  IS                         —         it is a person (individual or candidate)
 *                                                     missing employer or occupation
 *   HAS_EMAIL    IS                         —         it has an email address
 *   HAS_ADDRESS  IS                         —         it has a mailing address: street and city,
 *                                                     and state and ZIP or a foreign country
 *   EMAIL_OK     IS                         —         it has not asked for no more email
 *
 * Dates are YYYY-MM-DD; BEFORE and AFTER leave the date itself out, BETWEEN takes both ends.
 * Amounts are cents. A gift is a positive receipt.
 *
 * Segments are stored in a committee file as GVariant text (see hustings_segment_serialize)
 * and written by hand in a compact syntax (see hustings_segment_parse).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  HUSTINGS_SEGMENT_MATCH_ALL,
  HUSTINGS_SEGMENT_MATCH_ANY,
} HustingsSegmentMatch;

typedef enum {
  HUSTINGS_SEGMENT_STATE,
  HUSTINGS_SEGMENT_ZIP,
  HUSTINGS_SEGMENT_CITY,
  HUSTINGS_SEGMENT_DISTRICT,
  HUSTINGS_SEGMENT_TAG,
  HUSTINGS_SEGMENT_ENTITY_TYPE,
  HUSTINGS_SEGMENT_TOTAL,
  HUSTINGS_SEGMENT_LAST_GIFT,
  HUSTINGS_SEGMENT_GAVE,
  HUSTINGS_SEGMENT_VOLUNTEER,
  HUSTINGS_SEGMENT_SKILL,
  HUSTINGS_SEGMENT_ATTENDED,
  HUSTINGS_SEGMENT_RSVP_YES,
  HUSTINGS_SEGMENT_NO_EMPLOYER,
  HUSTINGS_SEGMENT_HAS_EMAIL,
  HUSTINGS_SEGMENT_HAS_ADDRESS,
  HUSTINGS_SEGMENT_EMAIL_OK,
  HUSTINGS_SEGMENT_N_KINDS
} HustingsSegmentKind;

typedef enum {
  HUSTINGS_SEGMENT_OP_IS,
  HUSTINGS_SEGMENT_OP_AT_LEAST,
  HUSTINGS_SEGMENT_OP_AT_MOST,
  HUSTINGS_SEGMENT_OP_BETWEEN,
  HUSTINGS_SEGMENT_OP_BEFORE,
  HUSTINGS_SEGMENT_OP_AFTER,
  HUSTINGS_SEGMENT_OP_NEVER,
  HUSTINGS_SEGMENT_N_OPS
} HustingsSegmentOp;

typedef struct {
  HustingsSegmentKind  kind;
  HustingsSegmentOp    op;
  gboolean             negate;
  char               **values;    /* NULL-terminated, or NULL for none */
  gint64               amount;    /* cents */
  gint64               amount_to;
  int                  cycle;     /* an even year, or 0 for the active cycle */
  char                *date;      /* YYYY-MM-DD or NULL */
  char                *date_to;
  gint64               event_id;
} HustingsSegmentRule;

typedef struct {
  gint64                id;       /* 0 until saved */
  char                 *name;
  HustingsSegmentMatch  match;
  GArray               *rules;    /* HustingsSegmentRule; removing one clears it */
} HustingsSegment;

HustingsSegment     *hustings_segment_new            (const char              *name,
                                                      HustingsSegmentMatch     match);
HustingsSegment     *hustings_segment_copy           (const HustingsSegment   *self);
void                 hustings_segment_free           (HustingsSegment         *self);
/* Appends a rule of kind with nothing filled in and the kind's first operator (IS, AT_LEAST
 * or BEFORE), and returns it to fill in; it is valid until the next rule is added. */
HustingsSegmentRule *hustings_segment_add_rule       (HustingsSegment         *self,
                                                      HustingsSegmentKind      kind);
HustingsSegmentRule *hustings_segment_get_rule       (const HustingsSegment   *self,
                                                      guint                    index);
/* Replace a rule's values and dates with copies (NULL for none). Values are normalized for
 * the rule's kind: state codes and entity types in capitals, volunteer statuses in lower case,
 * a district of one digit in two ("7" → "07"). */
void                 hustings_segment_rule_set_values (HustingsSegmentRule    *rule,
                                                       const char * const     *values);
void                 hustings_segment_rule_set_dates (HustingsSegmentRule     *rule,
                                                      const char              *date,
                                                      const char              *date_to);
/* Checks every rule: an operator its kind takes, the values it needs and well-formed ones.
 * HUSTINGS_ERROR_INVALID names the rule ("Rule 2: …"). The name is the store's business. */
gboolean             hustings_segment_validate       (const HustingsSegment   *self,
                                                      GError                 **error);

/* The match and rules as GVariant text of type (sa(sa{sv})): the match ("all" or "any"), then
 * each rule as its kind's name and a dictionary of what it uses: "op" (s, left out for IS),
 * "not" (b), "values" (as), "amount", "amount-to", "event" (x), "cycle" (i), "date",
 * "date-to" (s). What segment.rules holds. */
char                *hustings_segment_serialize      (const HustingsSegment   *self);
/* A segment of that name from serialize's text; refuses text that does not parse, a kind or
 * field it does not know, and rules that do not validate, with a HUSTINGS_ERROR_INVALID that
 * says which. */
HustingsSegment     *hustings_segment_deserialize    (const char              *name,
                                                      const char              *text,
                                                      GError                 **error);

/* The compact syntax a treasurer writes, as `hustings-cli segment --define` takes it:
 *
 *   [all: | any:] RULE; RULE; …
 *
 * RULE is a field, then for most an operator and values separated by commas (in double quotes
 * when they hold a comma or a semicolon; "" for a quote). "not " or "!" before a rule turns it
 * around, and so does != for =.
 *
 *   state=CA,NV          zip=787,733          city=Austin,San Antonio     district=7
 *   tag=host committee   tag!=do not mail      type=IND,PAC               skill=canvassing
 *   total>=250  total>250  total<=100  total<100  total=250..1000   (this cycle; @2024 after
 *                                                                   the amount for a cycle)
 *   last-gift<2025-01-01  last-gift>=2026-01-01  last-gift=2025-01-01..2025-06-30
 *   last-gift=never       gave=2024-01-01..2024-12-31   gave!=2026-01-01..2026-12-31
 *   volunteer    volunteer=active,prospect    attended    attended=12    rsvp=12
 *   no-employer  has-email  has-address  email-ok
 *
 * Field names and state codes may be in any case; dates may be M/D/YYYY; amounts "$1,000".
 * total>X and total<X are X plus or minus a cent; last-gift>=D is after the day before D.
 * Empty text (or "all:") makes a segment without rules. HUSTINGS_ERROR_INVALID says what is
 * wrong and where. */
HustingsSegment     *hustings_segment_parse          (const char              *name,
                                                      const char              *text,
                                                      GError                 **error);
/* The match and rules in the compact syntax, which parse reads back to the same segment. */
char                *hustings_segment_format         (const HustingsSegment   *self);
/* A rule in words for the window: "State is CA or NV", "Gave at least $250.00 in the 2026
 * cycle", "Not tagged do not mail". Translated. */
char                *hustings_segment_rule_describe  (const HustingsSegmentRule *rule);

/* The kinds' names, as serialize and the compact syntax write them ("state", "last-gift"). */
const char          *hustings_segment_kind_to_string (HustingsSegmentKind      kind);
gboolean             hustings_segment_kind_from_string (const char            *text,
                                                        HustingsSegmentKind   *out_kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HustingsSegment, hustings_segment_free)

G_END_DECLS
