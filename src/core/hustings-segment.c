/* hustings-segment.c: segments as plain data, their rules' validation and their GVariant form.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-segment"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hustings-contact.h"
#include "hustings-dates.h"
#include "hustings-error.h"
#include "hustings-money.h"
#include "hustings-segment-private.h"
#include "hustings-validate.h"

#define OP(op) (1u << HUSTINGS_SEGMENT_OP_##op)

const HustingsSegmentKindInfo hustings_segment_kinds[HUSTINGS_SEGMENT_N_KINDS] = {
  [HUSTINGS_SEGMENT_STATE]       = { "state",       OP (IS), HUSTINGS_SEGMENT_VALUES },
  [HUSTINGS_SEGMENT_ZIP]         = { "zip",         OP (IS), HUSTINGS_SEGMENT_VALUES },
  [HUSTINGS_SEGMENT_CITY]        = { "city",        OP (IS), HUSTINGS_SEGMENT_VALUES },
  [HUSTINGS_SEGMENT_DISTRICT]    = { "district",    OP (IS), HUSTINGS_SEGMENT_VALUES },
  [HUSTINGS_SEGMENT_TAG]         = { "tag",         OP (IS), HUSTINGS_SEGMENT_VALUES },
  [HUSTINGS_SEGMENT_ENTITY_TYPE] = { "type",        OP (IS), HUSTINGS_SEGMENT_VALUES },
  [HUSTINGS_SEGMENT_TOTAL]       = { "total", OP (AT_LEAST) | OP (AT_MOST) | OP (BETWEEN),
                                     HUSTINGS_SEGMENT_AMOUNTS },
  [HUSTINGS_SEGMENT_LAST_GIFT]   = { "last-gift",
                                     OP (BEFORE) | OP (AFTER) | OP (BETWEEN) | OP (NEVER),
                                     HUSTINGS_SEGMENT_DATES },
  [HUSTINGS_SEGMENT_GAVE]        = { "gave", OP (BEFORE) | OP (AFTER) | OP (BETWEEN),
                                     HUSTINGS_SEGMENT_DATES },
  [HUSTINGS_SEGMENT_VOLUNTEER]   = { "volunteer",   OP (IS), HUSTINGS_SEGMENT_SOME_VALUES },
  [HUSTINGS_SEGMENT_SKILL]       = { "skill",       OP (IS), HUSTINGS_SEGMENT_VALUES },
  [HUSTINGS_SEGMENT_ATTENDED]    = { "attended",    OP (IS), HUSTINGS_SEGMENT_SOME_EVENT },
  [HUSTINGS_SEGMENT_RSVP_YES]    = { "rsvp",        OP (IS), HUSTINGS_SEGMENT_EVENT },
  [HUSTINGS_SEGMENT_NO_EMPLOYER] = { "no-employer", OP (IS), HUSTINGS_SEGMENT_NOTHING },
  [HUSTINGS_SEGMENT_HAS_EMAIL]   = { "has-email",   OP (IS), HUSTINGS_SEGMENT_NOTHING },
  [HUSTINGS_SEGMENT_HAS_ADDRESS] = { "has-address", OP (IS), HUSTINGS_SEGMENT_NOTHING },
  [HUSTINGS_SEGMENT_EMAIL_OK]    = { "email-ok",    OP (IS), HUSTINGS_SEGMENT_NOTHING },
};

const char * const hustings_segment_ops[HUSTINGS_SEGMENT_N_OPS] = {
  [HUSTINGS_SEGMENT_OP_IS]       = "is",
  [HUSTINGS_SEGMENT_OP_AT_LEAST] = "at-least",
  [HUSTINGS_SEGMENT_OP_AT_MOST]  = "at-most",
  [HUSTINGS_SEGMENT_OP_BETWEEN]  = "between",
  [HUSTINGS_SEGMENT_OP_BEFORE]   = "before",
  [HUSTINGS_SEGMENT_OP_AFTER]    = "after",
  [HUSTINGS_SEGMENT_OP_NEVER]    = "never",
};

static const char * const volunteer_statuses[] = { "prospect", "active", "inactive", NULL };

#define SERIALIZED_TYPE "(sa(sa{sv}))"

/* ---- The segment and its rules ---- */

static void
rule_clear (gpointer data)
{
  HustingsSegmentRule *rule = data;

  g_clear_pointer (&rule->values, g_strfreev);
  g_clear_pointer (&rule->date, g_free);
  g_clear_pointer (&rule->date_to, g_free);
}

HustingsSegment *
hustings_segment_new (const char           *name,
                      HustingsSegmentMatch  match)
{
  HustingsSegment *self = g_new0 (HustingsSegment, 1);

  self->name = g_strdup (name ? name : "");
  self->match = match;
  self->rules = g_array_new (FALSE, TRUE, sizeof (HustingsSegmentRule));
  g_array_set_clear_func (self->rules, rule_clear);
  return self;
}

HustingsSegment *
hustings_segment_copy (const HustingsSegment *self)
{
  HustingsSegment *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = hustings_segment_new (self->name, self->match);
  copy->id = self->id;
  for (guint i = 0; i < self->rules->len; i++)
    {
      const HustingsSegmentRule *rule = &g_array_index (self->rules, HustingsSegmentRule, i);
      HustingsSegmentRule *to = hustings_segment_add_rule (copy, rule->kind);

      *to = *rule;
      to->values = g_strdupv (rule->values);
      to->date = g_strdup (rule->date);
      to->date_to = g_strdup (rule->date_to);
    }
  return copy;
}

void
hustings_segment_free (HustingsSegment *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_array_unref (self->rules);
  g_free (self);
}

static HustingsSegmentOp
first_op (HustingsSegmentKind kind)
{
  for (HustingsSegmentOp op = 0; op < HUSTINGS_SEGMENT_N_OPS; op++)
    if (hustings_segment_kinds[kind].ops & (1u << op))
      return op;
  g_return_val_if_reached (HUSTINGS_SEGMENT_OP_IS);
}

HustingsSegmentRule *
hustings_segment_add_rule (HustingsSegment     *self,
                           HustingsSegmentKind  kind)
{
  HustingsSegmentRule rule = { 0 };

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (kind < HUSTINGS_SEGMENT_N_KINDS, NULL);

  rule.kind = kind;
  rule.op = first_op (kind);
  g_array_append_val (self->rules, rule);
  return &g_array_index (self->rules, HustingsSegmentRule, self->rules->len - 1);
}

HustingsSegmentRule *
hustings_segment_get_rule (const HustingsSegment *self,
                           guint                  index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->rules->len, NULL);

  return &g_array_index (self->rules, HustingsSegmentRule, index);
}

void
hustings_segment_rule_set_values (HustingsSegmentRule *rule,
                                  const char * const  *values)
{
  char **copy;

  g_return_if_fail (rule != NULL);

  copy = values != NULL && values[0] != NULL ? g_strdupv ((char **) values) : NULL;
  for (guint i = 0; copy != NULL && copy[i] != NULL; i++)
    {
      char *value = copy[i];

      switch (rule->kind)
        {
        case HUSTINGS_SEGMENT_STATE:
        case HUSTINGS_SEGMENT_ENTITY_TYPE:
          copy[i] = g_ascii_strup (value, -1);
          g_free (value);
          break;
        case HUSTINGS_SEGMENT_VOLUNTEER:
          copy[i] = g_ascii_strdown (value, -1);
          g_free (value);
          break;
        case HUSTINGS_SEGMENT_DISTRICT:
          if (strlen (value) == 1 && g_ascii_isdigit (value[0]))
            {
              copy[i] = g_strconcat ("0", value, NULL);
              g_free (value);
            }
          break;
        default:
          break;
        }
    }
  g_strfreev (rule->values);
  rule->values = copy;
}

void
hustings_segment_rule_set_dates (HustingsSegmentRule *rule,
                                 const char          *date,
                                 const char          *date_to)
{
  char *from_copy, *to_copy;

  g_return_if_fail (rule != NULL);

  from_copy = g_strdup (date);
  to_copy = g_strdup (date_to);
  g_free (rule->date);
  g_free (rule->date_to);
  rule->date = from_copy;
  rule->date_to = to_copy;
}

const char *
hustings_segment_kind_to_string (HustingsSegmentKind kind)
{
  g_return_val_if_fail (kind < HUSTINGS_SEGMENT_N_KINDS, NULL);
  return hustings_segment_kinds[kind].name;
}

gboolean
hustings_segment_kind_from_string (const char          *text,
                                   HustingsSegmentKind *out_kind)
{
  for (HustingsSegmentKind kind = 0; kind < HUSTINGS_SEGMENT_N_KINDS; kind++)
    if (text != NULL && g_ascii_strcasecmp (text, hustings_segment_kinds[kind].name) == 0)
      {
        *out_kind = kind;
        return TRUE;
      }
  return FALSE;
}

/* ---- Validation ---- */

G_GNUC_PRINTF (2, 3) static gboolean
invalid (GError     **error,
         const char  *format,
         ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID, format,
                                                args));
  va_end (args);
  return FALSE;
}

static gboolean
is_digits (const char *text, gsize min, gsize max)
{
  gsize n = strlen (text);

  if (n < min || n > max)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

/* Is value acceptable for a rule of kind? Otherwise says why. */
static gboolean
check_value (HustingsSegmentKind   kind,
             const char           *value,
             GError              **error)
{
  HustingsEntityType type;

  switch (kind)
    {
    case HUSTINGS_SEGMENT_STATE:
      if (!hustings_state_is_valid (value))
        return invalid (error, _("“%s” is not a state; write its two-letter code, "
                                 "such as CA"), value);
      return TRUE;
    case HUSTINGS_SEGMENT_ZIP:
      if (!is_digits (value, 1, 5))
        return invalid (error, _("“%s” is not the start of a ZIP code; write 1 to 5 "
                                 "digits, such as 787"), value);
      return TRUE;
    case HUSTINGS_SEGMENT_DISTRICT:
      if (!is_digits (value, 2, 2))
        return invalid (error, _("“%s” is not a congressional district; write its number "
                                 "in two digits, such as 07"), value);
      return TRUE;
    case HUSTINGS_SEGMENT_ENTITY_TYPE:
      if (!hustings_entity_type_from_code (value, &type))
        return invalid (error, _("“%s” is not an entity type; write IND, ORG, PAC, PTY, "
                                 "CCM, CAN or COM"), value);
      return TRUE;
    case HUSTINGS_SEGMENT_VOLUNTEER:
      if (!g_strv_contains (volunteer_statuses, value))
        return invalid (error, _("“%s” is not a volunteer status; write prospect, "
                                 "active or inactive"), value);
      return TRUE;
    default: /* city, tag, skill: any words */
      if (is_blank (value))
        return invalid (error, _("a value is empty"));
      return TRUE;
    }
}

static gboolean
check_amount (gint64 cents, GError **error)
{
  g_autofree char *max = NULL;

  if (cents >= 0 && cents <= HUSTINGS_MONEY_MAX_CENTS)
    return TRUE;
  max = hustings_money_format (HUSTINGS_MONEY_MAX_CENTS);
  return invalid (error, _("an amount must be from $0.00 to %s"), max);
}

static gboolean
check_date (const char *date, GError **error)
{
  if (date == NULL)
    return invalid (error, _("a date is missing"));
  if (!hustings_date_is_valid (date))
    return invalid (error, _("“%s” is not a date; write it as YYYY-MM-DD"), date);
  return TRUE;
}

gboolean
hustings_segment_rule_check (const HustingsSegmentRule  *rule,
                             GError                    **error)
{
  const HustingsSegmentKindInfo *info;
  gboolean between = rule->op == HUSTINGS_SEGMENT_OP_BETWEEN;

  if (rule->kind >= HUSTINGS_SEGMENT_N_KINDS)
    return invalid (error, _("this kind of rule is not known"));
  info = &hustings_segment_kinds[rule->kind];
  if (rule->op >= HUSTINGS_SEGMENT_N_OPS || !(info->ops & (1u << rule->op)))
    return invalid (error, _("a “%s” rule cannot compare that way"), info->name);

  switch (info->fields)
    {
    case HUSTINGS_SEGMENT_VALUES:
    case HUSTINGS_SEGMENT_SOME_VALUES:
      if (info->fields == HUSTINGS_SEGMENT_VALUES && (rule->values == NULL || !rule->values[0]))
        return invalid (error, _("a “%s” rule needs at least one value"), info->name);
      for (guint i = 0; rule->values != NULL && rule->values[i] != NULL; i++)
        if (!check_value (rule->kind, rule->values[i], error))
          return FALSE;
      return TRUE;
    case HUSTINGS_SEGMENT_AMOUNTS:
      if (!check_amount (rule->amount, error) ||
          (between && !check_amount (rule->amount_to, error)))
        return FALSE;
      if (between && rule->amount_to < rule->amount)
        return invalid (error, _("the second amount is less than the first"));
      if (rule->cycle != 0 && (rule->cycle % 2 != 0 || rule->cycle < 1976 || rule->cycle > 9998))
        return invalid (error, _("%d is not a cycle; a cycle is the even year of its "
                                 "general election, such as 2026"), rule->cycle);
      return TRUE;
    case HUSTINGS_SEGMENT_DATES:
      if (rule->op == HUSTINGS_SEGMENT_OP_NEVER)
        return TRUE;
      if (!check_date (rule->date, error) ||
          (between && !check_date (rule->date_to, error)))
        return FALSE;
      if (between && strcmp (rule->date_to, rule->date) < 0)
        return invalid (error, _("the second date is before the first"));
      return TRUE;
    case HUSTINGS_SEGMENT_EVENT:
    case HUSTINGS_SEGMENT_SOME_EVENT:
      if (rule->event_id < 0 || (info->fields == HUSTINGS_SEGMENT_EVENT && rule->event_id == 0))
        return invalid (error, _("a “%s” rule needs an event number"), info->name);
      return TRUE;
    case HUSTINGS_SEGMENT_NOTHING:
    default:
      return TRUE;
    }
}

gboolean
hustings_segment_validate (const HustingsSegment  *self,
                           GError                **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->match != HUSTINGS_SEGMENT_MATCH_ALL && self->match != HUSTINGS_SEGMENT_MATCH_ANY)
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("A segment matches all of its rules or any of them"));
      return FALSE;
    }
  for (guint i = 0; i < self->rules->len; i++)
    if (!hustings_segment_rule_check (&g_array_index (self->rules, HustingsSegmentRule, i),
                                      error))
      {
        /* Translators: %u is the rule's number in the segment, then why it is not right */
        g_prefix_error (error, _("Rule %u: "), i + 1);
        return FALSE;
      }
  return TRUE;
}

/* ---- GVariant text ---- */

char *
hustings_segment_serialize (const HustingsSegment *self)
{
  g_autoptr(GVariant) variant = NULL;
  GVariantBuilder rules;

  g_return_val_if_fail (self != NULL, NULL);

  g_variant_builder_init (&rules, G_VARIANT_TYPE ("a(sa{sv})"));
  for (guint i = 0; i < self->rules->len; i++)
    {
      const HustingsSegmentRule *rule = &g_array_index (self->rules, HustingsSegmentRule, i);
      HustingsSegmentFields fields = hustings_segment_kinds[rule->kind].fields;
      gboolean between = rule->op == HUSTINGS_SEGMENT_OP_BETWEEN;
      GVariantBuilder dict;

      g_variant_builder_init (&dict, G_VARIANT_TYPE ("a{sv}"));
      if (rule->op != HUSTINGS_SEGMENT_OP_IS)
        g_variant_builder_add (&dict, "{sv}", "op",
                               g_variant_new_string (hustings_segment_ops[rule->op]));
      if (rule->negate)
        g_variant_builder_add (&dict, "{sv}", "not", g_variant_new_boolean (TRUE));
      if (rule->values != NULL && rule->values[0] != NULL &&
          (fields == HUSTINGS_SEGMENT_VALUES || fields == HUSTINGS_SEGMENT_SOME_VALUES))
        g_variant_builder_add (&dict, "{sv}", "values",
                               g_variant_new_strv ((const char * const *) rule->values, -1));
      if (fields == HUSTINGS_SEGMENT_AMOUNTS)
        {
          g_variant_builder_add (&dict, "{sv}", "amount", g_variant_new_int64 (rule->amount));
          if (between)
            g_variant_builder_add (&dict, "{sv}", "amount-to",
                                   g_variant_new_int64 (rule->amount_to));
          if (rule->cycle != 0)
            g_variant_builder_add (&dict, "{sv}", "cycle", g_variant_new_int32 (rule->cycle));
        }
      if (fields == HUSTINGS_SEGMENT_DATES && rule->op != HUSTINGS_SEGMENT_OP_NEVER)
        {
          g_variant_builder_add (&dict, "{sv}", "date", g_variant_new_string (rule->date));
          if (between)
            g_variant_builder_add (&dict, "{sv}", "date-to",
                                   g_variant_new_string (rule->date_to));
        }
      if ((fields == HUSTINGS_SEGMENT_EVENT || fields == HUSTINGS_SEGMENT_SOME_EVENT) &&
          rule->event_id != 0)
        g_variant_builder_add (&dict, "{sv}", "event", g_variant_new_int64 (rule->event_id));
      g_variant_builder_add (&rules, "(s@a{sv})", hustings_segment_kinds[rule->kind].name,
                             g_variant_builder_end (&dict));
    }
  variant = g_variant_ref_sink (g_variant_new ("(sa(sa{sv}))",
                                               self->match == HUSTINGS_SEGMENT_MATCH_ANY
                                               ? "any" : "all", &rules));
  return g_variant_print (variant, FALSE);
}

/* Reads one field of a rule's dictionary into rule; FALSE (error set) for a field it does not
 * know or one of the wrong type. */
static gboolean
read_field (HustingsSegmentRule  *rule,
            const char           *key,
            GVariant             *value,
            GError              **error)
{
  static const struct {
    const char *key;
    const char *type;
  } fields[] = {
    { "op", "s" }, { "not", "b" }, { "values", "as" }, { "amount", "x" }, { "amount-to", "x" },
    { "cycle", "i" }, { "date", "s" }, { "date-to", "s" }, { "event", "x" },
  };
  guint f;

  for (f = 0; f < G_N_ELEMENTS (fields); f++)
    if (g_str_equal (key, fields[f].key))
      break;
  if (f == G_N_ELEMENTS (fields))
    return invalid (error, _("“%s” is not something a rule has; was the segment saved by "
                             "a newer Hustings?"), key);
  if (!g_variant_is_of_type (value, G_VARIANT_TYPE (fields[f].type)))
    return invalid (error, _("its “%s” is not of the right type"), key);

  if (g_str_equal (key, "op"))
    {
      const char *name = g_variant_get_string (value, NULL);
      HustingsSegmentOp op;

      for (op = 0; op < HUSTINGS_SEGMENT_N_OPS; op++)
        if (g_str_equal (name, hustings_segment_ops[op]))
          break;
      if (op == HUSTINGS_SEGMENT_N_OPS)
        return invalid (error, _("“%s” is not a way to compare"), name);
      rule->op = op;
    }
  else if (g_str_equal (key, "not"))
    rule->negate = g_variant_get_boolean (value);
  else if (g_str_equal (key, "values"))
    {
      g_autofree const char **values = g_variant_get_strv (value, NULL);

      hustings_segment_rule_set_values (rule, values);
    }
  else if (g_str_equal (key, "amount"))
    rule->amount = g_variant_get_int64 (value);
  else if (g_str_equal (key, "amount-to"))
    rule->amount_to = g_variant_get_int64 (value);
  else if (g_str_equal (key, "cycle"))
    rule->cycle = g_variant_get_int32 (value);
  else if (g_str_equal (key, "date"))
    hustings_segment_rule_set_dates (rule, g_variant_get_string (value, NULL), rule->date_to);
  else if (g_str_equal (key, "date-to"))
    hustings_segment_rule_set_dates (rule, rule->date, g_variant_get_string (value, NULL));
  else
    rule->event_id = g_variant_get_int64 (value);
  return TRUE;
}

HustingsSegment *
hustings_segment_deserialize (const char  *name,
                              const char  *text,
                              GError     **error)
{
  g_autoptr(HustingsSegment) segment = NULL;
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(GVariantIter) rules = NULL;
  g_autoptr(GError) parse_error = NULL;
  const char *match;
  const char *kind_name;
  GVariantIter *fields;
  guint index = 0;

  variant = g_variant_parse (G_VARIANT_TYPE (SERIALIZED_TYPE), text ? text : "", NULL, NULL,
                             &parse_error);
  if (variant == NULL)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("The rules of segment “%s” cannot be read: %s"), name, parse_error->message);
      return NULL;
    }
  g_variant_get (variant, "(&sa(sa{sv}))", &match, &rules);
  if (!g_str_equal (match, "all") && !g_str_equal (match, "any"))
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("Segment “%s” matches “%s”, not all or any of its rules"), name, match);
      return NULL;
    }
  segment = hustings_segment_new (name, g_str_equal (match, "any") ? HUSTINGS_SEGMENT_MATCH_ANY
                                                                   : HUSTINGS_SEGMENT_MATCH_ALL);

  while (g_variant_iter_next (rules, "(&sa{sv})", &kind_name, &fields))
    {
      g_autoptr(GVariantIter) owned = fields;
      HustingsSegmentKind kind;
      HustingsSegmentRule *rule;
      const char *key;
      GVariant *value;

      if (!hustings_segment_kind_from_string (kind_name, &kind) ||
          !g_str_equal (kind_name, hustings_segment_kinds[kind].name))
        {
          g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                       _("Segment “%s” has a kind of rule this Hustings does not know (“%s”); "
                         "was it saved by a newer Hustings?"), name, kind_name);
          return NULL;
        }
      rule = hustings_segment_add_rule (segment, kind);
      while (g_variant_iter_next (owned, "{&sv}", &key, &value))
        {
          g_autoptr(GVariant) owned_value = value;

          if (!read_field (rule, key, value, error))
            {
              g_prefix_error (error, _("Segment “%s”, rule %u: "), name, index + 1);
              return NULL;
            }
        }
      index++;
    }

  if (!hustings_segment_validate (segment, error))
    {
      g_prefix_error (error, _("Segment “%s”: "), name);
      return NULL;
    }
  return g_steal_pointer (&segment);
}
