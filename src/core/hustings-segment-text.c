/* hustings-segment-text.c: segments in words: the compact syntax a treasurer writes (parsed
 * and formatted back) and each rule described for the window.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-segment"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hustings-contact.h"
#include "hustings-dates.h"
#include "hustings-error.h"
#include "hustings-money.h"
#include "hustings-segment-private.h"

/* ---- Reading the compact syntax ---- */

G_GNUC_PRINTF (3, 4) static gboolean
refuse (GError     **error,
        const char  *rule,
        const char  *format,
        ...)
{
  g_autofree char *why = NULL;
  va_list args;

  va_start (args, format);
  why = g_strdup_vprintf (format, args);
  va_end (args);
  /* Translators: first %s is a rule as the user wrote it, second why it is not right */
  g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID, _("In “%s”: %s"), rule, why);
  return FALSE;
}

/* Splits text at each separator outside double quotes, trimming the pieces; with unquote, a
 * piece in quotes loses them and "" inside becomes ". NULL after an unclosed quote. */
static GPtrArray *
split_quoted (const char *text,
              char        separator,
              gboolean    unquote)
{
  g_autoptr(GPtrArray) pieces = g_ptr_array_new_with_free_func (g_free);
  gboolean quoted = FALSE;
  const char *start = text;

  for (const char *p = text;; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (*p == '\0' || (*p == separator && !quoted))
        {
          char *piece = g_strstrip (g_strndup (start, p - start));
          gsize n = strlen (piece);

          if (unquote && n >= 2 && piece[0] == '"' && piece[n - 1] == '"')
            {
              GString *plain = g_string_new (NULL);

              for (gsize i = 1; i + 1 < n; i++)
                {
                  g_string_append_c (plain, piece[i]);
                  if (piece[i] == '"')
                    i++;
                }
              g_free (piece);
              piece = g_string_free (plain, FALSE);
            }
          g_ptr_array_add (pieces, piece);
          if (*p == '\0')
            break;
          start = p + 1;
        }
    }
  return quoted ? NULL : g_steal_pointer (&pieces);
}

/* The list of values after "=" (hustings_segment_rule_set_values normalizes them for the
 * kind). */
static gboolean
parse_values (HustingsSegmentRule  *rule,
              const char           *piece,
              const char           *text,
              GError              **error)
{
  g_autoptr(GPtrArray) values = split_quoted (text, ',', TRUE);

  if (values == NULL)
    return refuse (error, piece, _("a quote is not closed"));
  for (guint i = 0; i < values->len; i++)
    {
      char *value = values->pdata[i];

      if (*value == '\0')
        return refuse (error, piece, _("a value is missing"));
    }
  g_ptr_array_add (values, NULL);
  hustings_segment_rule_set_values (rule, (const char * const *) values->pdata);
  return TRUE;
}

static gboolean
parse_amount (const char  *piece,
              const char  *text,
              gint64      *out,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!hustings_money_parse (text, out, &local_error))
    return refuse (error, piece, "%s", local_error->message);
  return TRUE;
}

static gboolean
parse_date (const char  *piece,
            const char  *text,
            int          shift,
            char       **out,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *date = hustings_date_normalize (text, &local_error);
  GDate day;

  if (date == NULL)
    return refuse (error, piece, "%s", local_error->message);
  if (shift != 0)
    {
      char buffer[16];

      g_date_clear (&day, 1);
      g_date_set_dmy (&day, atoi (date + 8), atoi (date + 5), atoi (date));
      if (shift > 0)
        g_date_add_days (&day, shift);
      else
        g_date_subtract_days (&day, -shift);
      g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", &day);
      g_free (date);
      date = g_strdup (buffer);
    }
  *out = g_steal_pointer (&date);
  return TRUE;
}

/* Splits "A..B" into A and B; FALSE when there is no "..". */
static gboolean
split_range (const char  *text,
             char       **out_low,
             char       **out_high)
{
  const char *dots = strstr (text, "..");

  if (dots == NULL)
    return FALSE;
  *out_low = g_strstrip (g_strndup (text, dots - text));
  *out_high = g_strstrip (g_strdup (dots + 2));
  return TRUE;
}

/* total>=250, total<100, total=250..1000, each with an optional @CYCLE. */
static gboolean
parse_total (HustingsSegmentRule  *rule,
             const char           *piece,
             const char           *op,
             const char           *text,
             GError              **error)
{
  g_autofree char *amounts = g_strdup (text);
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  char *at = strrchr (amounts, '@');

  if (at != NULL)
    {
      guint64 cycle;

      *at = '\0';
      if (!g_ascii_string_to_unsigned (g_strstrip (at + 1), 10, 1000, 9999, &cycle, NULL))
        return refuse (error, piece, _("“%s” is not a cycle; write its year, such as @2026"),
                       at + 1);
      rule->cycle = (int) cycle;
    }
  g_strstrip (amounts);

  if (g_str_equal (op, "="))
    {
      rule->op = HUSTINGS_SEGMENT_OP_BETWEEN;
      if (!split_range (amounts, &low, &high))
        return parse_amount (piece, amounts, &rule->amount, error) &&
               parse_amount (piece, amounts, &rule->amount_to, error);
      return parse_amount (piece, low, &rule->amount, error) &&
             parse_amount (piece, high, &rule->amount_to, error);
    }
  if (!parse_amount (piece, amounts, &rule->amount, error))
    return FALSE;
  if (op[0] == '>')
    {
      rule->op = HUSTINGS_SEGMENT_OP_AT_LEAST;
      rule->amount += op[1] == '=' ? 0 : 1;
    }
  else
    {
      rule->op = HUSTINGS_SEGMENT_OP_AT_MOST;
      rule->amount -= op[1] == '=' ? 0 : 1;
    }
  return TRUE;
}

/* last-gift<D, gave>=D, gave=D1..D2, last-gift=never. */
static gboolean
parse_dates (HustingsSegmentRule  *rule,
             const char           *piece,
             const char           *op,
             const char           *text,
             GError              **error)
{
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;

  if (g_str_equal (op, "="))
    {
      if (rule->kind == HUSTINGS_SEGMENT_LAST_GIFT && g_ascii_strcasecmp (text, "never") == 0)
        {
          rule->op = HUSTINGS_SEGMENT_OP_NEVER;
          return TRUE;
        }
      rule->op = HUSTINGS_SEGMENT_OP_BETWEEN;
      if (!split_range (text, &low, &high))
        return parse_date (piece, text, 0, &rule->date, error) &&
               parse_date (piece, text, 0, &rule->date_to, error);
      return parse_date (piece, low, 0, &rule->date, error) &&
             parse_date (piece, high, 0, &rule->date_to, error);
    }
  /* On or before D is before the day after; on or after D, after the day before. */
  if (op[0] == '<')
    {
      rule->op = HUSTINGS_SEGMENT_OP_BEFORE;
      return parse_date (piece, text, op[1] == '=' ? 1 : 0, &rule->date, error);
    }
  rule->op = HUSTINGS_SEGMENT_OP_AFTER;
  return parse_date (piece, text, op[1] == '=' ? -1 : 0, &rule->date, error);
}

static gboolean
parse_event (HustingsSegmentRule  *rule,
             const char           *piece,
             const char           *text,
             GError              **error)
{
  if (!g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, &rule->event_id, NULL))
    return refuse (error, piece, _("“%s” is not an event number"), text);
  return TRUE;
}

/* What follows the operator, read into the fields of the rule's kind. */
static gboolean
parse_fields (HustingsSegmentRule  *rule,
              const char           *piece,
              const char           *op,
              const char           *value,
              GError              **error)
{
  switch (hustings_segment_kinds[rule->kind].fields)
    {
    case HUSTINGS_SEGMENT_VALUES:
    case HUSTINGS_SEGMENT_SOME_VALUES:
      return parse_values (rule, piece, value, error);
    case HUSTINGS_SEGMENT_AMOUNTS:
      return parse_total (rule, piece, op, value, error);
    case HUSTINGS_SEGMENT_DATES:
      return parse_dates (rule, piece, op, value, error);
    case HUSTINGS_SEGMENT_EVENT:
    case HUSTINGS_SEGMENT_SOME_EVENT:
      return parse_event (rule, piece, value, error);
    case HUSTINGS_SEGMENT_NOTHING:
    default:
      return TRUE;
    }
}

static char *
field_names (void)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < HUSTINGS_SEGMENT_N_KINDS; i++)
    g_string_append_printf (names, "%s%s", i ? ", " : "", hustings_segment_kinds[i].name);
  return g_string_free (names, FALSE);
}

/* One rule: [not |!]FIELD[OP VALUE]. */
static gboolean
parse_rule (HustingsSegment  *segment,
            const char       *piece,
            GError          **error)
{
  static const char * const ops[] = { "!=", ">=", "<=", "=", ">", "<" };
  const char *p = piece;
  const char *op = NULL;
  g_autofree char *key = NULL;
  g_autofree char *value = NULL;
  HustingsSegmentFields fields;
  HustingsSegmentKind kind;
  HustingsSegmentRule *rule;
  g_autoptr(GError) rule_error = NULL;
  gboolean negate = FALSE;
  gboolean comparison;
  const char *key_end;

  if (*p == '!')
    {
      negate = TRUE;
      p++;
    }
  else if (g_ascii_strncasecmp (p, "not", 3) == 0 && g_ascii_isspace (p[3]))
    {
      negate = TRUE;
      p += 4;
    }
  while (g_ascii_isspace (*p))
    p++;
  key_end = p;
  while (g_ascii_isalnum (*key_end) || *key_end == '-')
    key_end++;
  key = g_strndup (p, key_end - p);
  for (p = key_end; g_ascii_isspace (*p); p++)
    ;
  for (guint i = 0; i < G_N_ELEMENTS (ops) && *p; i++)
    if (g_str_has_prefix (p, ops[i]))
      {
        op = ops[i];
        p += strlen (op);
        break;
      }
  value = g_strstrip (g_strdup (p));

  if (!hustings_segment_kind_from_string (key, &kind))
    {
      g_autofree char *names = field_names ();

      if (*key == '\0')
        return refuse (error, piece, _("a rule starts with what it looks at: %s"), names);
      return refuse (error, piece, _("“%s” is not something a segment can look at; write one "
                                     "of %s"), key, names);
    }
  if (op == NULL && *value != '\0')
    return refuse (error, piece, _("“%s” is not a way to compare; write =, !=, >=, <=, > or <"),
                   value);
  if (op != NULL && *value == '\0')
    return refuse (error, piece, _("a value is missing after %s"), op);
  if (op != NULL && g_str_equal (op, "!="))
    {
      negate = !negate;
      op = "=";
    }

  fields = hustings_segment_kinds[kind].fields;
  comparison = fields == HUSTINGS_SEGMENT_AMOUNTS || fields == HUSTINGS_SEGMENT_DATES;
  if (op == NULL && fields == HUSTINGS_SEGMENT_AMOUNTS)
    return refuse (error, piece, _("say what to compare the total with, such as total>=250"));
  if (op == NULL && fields == HUSTINGS_SEGMENT_DATES)
    /* Translators: %s is last-gift or gave, twice */
    return refuse (error, piece, _("give a date, such as %s<2026-01-01 or "
                                   "%s=2025-01-01..2025-12-31"), key, key);
  if (op == NULL && (fields == HUSTINGS_SEGMENT_VALUES || fields == HUSTINGS_SEGMENT_EVENT))
    return refuse (error, piece, _("say what to look for, such as %s=…"), key);
  if (op != NULL && fields == HUSTINGS_SEGMENT_NOTHING)
    return refuse (error, piece, _("“%s” takes no value"), key);
  if (op != NULL && !comparison && !g_str_equal (op, "="))
    return refuse (error, piece, _("“%s” is compared with = or != only"), key);

  rule = hustings_segment_add_rule (segment, kind);
  rule->negate = negate;
  if (op != NULL && !parse_fields (rule, piece, op, value, error))
    return FALSE;
  if (!hustings_segment_rule_check (rule, &rule_error))
    return refuse (error, piece, "%s", rule_error->message);
  return TRUE;
}

HustingsSegment *
hustings_segment_parse (const char  *name,
                        const char  *text,
                        GError     **error)
{
  g_autoptr(HustingsSegment) segment = hustings_segment_new (name, HUSTINGS_SEGMENT_MATCH_ALL);
  g_autoptr(GPtrArray) pieces = NULL;
  const char *p = text ? text : "";

  while (g_ascii_isspace (*p))
    p++;
  if (g_ascii_strncasecmp (p, "any:", 4) == 0 || g_ascii_strncasecmp (p, "all:", 4) == 0)
    {
      segment->match = g_ascii_tolower (p[1]) == 'n' ? HUSTINGS_SEGMENT_MATCH_ANY
                                                     : HUSTINGS_SEGMENT_MATCH_ALL;
      p += 4;
    }

  pieces = split_quoted (p, ';', FALSE);
  if (pieces == NULL)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("A quote is not closed in “%s”"), text);
      return NULL;
    }
  for (guint i = 0; i < pieces->len; i++)
    if (*(char *) pieces->pdata[i] != '\0' && !parse_rule (segment, pieces->pdata[i], error))
      return NULL;
  return g_steal_pointer (&segment);
}

/* ---- Writing it back ---- */

static void
append_value (GString    *out,
              const char *value)
{
  gsize n = strlen (value);

  if (n > 0 && strpbrk (value, ",;\"") == NULL && !g_ascii_isspace (value[0]) &&
      !g_ascii_isspace (value[n - 1]))
    {
      g_string_append (out, value);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_amount (GString *out,
               gint64   cents)
{
  g_autofree char *text = hustings_money_format_plain (cents);

  g_string_append (out, text);
}

static void
format_rule (GString                   *out,
             const HustingsSegmentRule *rule)
{
  const HustingsSegmentKindInfo *info = &hustings_segment_kinds[rule->kind];
  gboolean has_values = rule->values != NULL && rule->values[0] != NULL;
  /* "!=" turns around the rules written with "="; "not " the others. */
  gboolean with_equals = has_values || rule->op == HUSTINGS_SEGMENT_OP_BETWEEN ||
                         rule->op == HUSTINGS_SEGMENT_OP_NEVER ||
                         ((info->fields == HUSTINGS_SEGMENT_EVENT ||
                           info->fields == HUSTINGS_SEGMENT_SOME_EVENT) && rule->event_id != 0);

  if (rule->negate && !with_equals)
    g_string_append (out, "not ");
  g_string_append (out, info->name);
  if (with_equals)
    g_string_append (out, rule->negate ? "!=" : "=");

  switch (rule->op)
    {
    case HUSTINGS_SEGMENT_OP_AT_LEAST:
    case HUSTINGS_SEGMENT_OP_AT_MOST:
      g_string_append (out, rule->op == HUSTINGS_SEGMENT_OP_AT_LEAST ? ">=" : "<=");
      append_amount (out, rule->amount);
      break;
    case HUSTINGS_SEGMENT_OP_BETWEEN:
      if (info->fields == HUSTINGS_SEGMENT_AMOUNTS)
        {
          append_amount (out, rule->amount);
          g_string_append (out, "..");
          append_amount (out, rule->amount_to);
        }
      else
        g_string_append_printf (out, "%s..%s", rule->date, rule->date_to);
      break;
    case HUSTINGS_SEGMENT_OP_BEFORE:
    case HUSTINGS_SEGMENT_OP_AFTER:
      g_string_append_printf (out, "%c%s", rule->op == HUSTINGS_SEGMENT_OP_BEFORE ? '<' : '>',
                              rule->date);
      break;
    case HUSTINGS_SEGMENT_OP_NEVER:
      g_string_append (out, "never");
      break;
    case HUSTINGS_SEGMENT_OP_IS:
    case HUSTINGS_SEGMENT_N_OPS:
    default:
      for (guint i = 0; has_values && rule->values[i] != NULL; i++)
        {
          if (i > 0)
            g_string_append_c (out, ',');
          append_value (out, rule->values[i]);
        }
      if (with_equals && !has_values)
        g_string_append_printf (out, "%" G_GINT64_FORMAT, rule->event_id);
      break;
    }
  if (info->fields == HUSTINGS_SEGMENT_AMOUNTS && rule->cycle != 0)
    g_string_append_printf (out, "@%d", rule->cycle);
}

char *
hustings_segment_format (const HustingsSegment *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  if (self->match == HUSTINGS_SEGMENT_MATCH_ANY)
    g_string_append (out, self->rules->len > 0 ? "any: " : "any:");
  for (guint i = 0; i < self->rules->len; i++)
    {
      if (i > 0)
        g_string_append (out, "; ");
      format_rule (out, &g_array_index (self->rules, HustingsSegmentRule, i));
    }
  return g_string_free (out, FALSE);
}

/* ---- In words ---- */

static const char *
status_describe (const char *status)
{
  if (g_str_equal (status, "prospect"))
    return _("prospect");
  if (g_str_equal (status, "active"))
    return _("active");
  return _("inactive");
}

/* The values joined by " or ", each as the kind shows it. */
static char *
join_values (const HustingsSegmentRule *rule)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; rule->values != NULL && rule->values[i] != NULL; i++)
    {
      const char *value = rule->values[i];
      HustingsEntityType type;

      if (i > 0)
        /* Translators: between the values of a rule, "State is CA or NV" */
        g_string_append (out, _(" or "));
      if (rule->kind == HUSTINGS_SEGMENT_ENTITY_TYPE &&
          hustings_entity_type_from_code (value, &type))
        value = hustings_entity_type_describe (type);
      else if (rule->kind == HUSTINGS_SEGMENT_VOLUNTEER)
        value = status_describe (value);
      g_string_append (out, value);
    }
  return g_string_free (out, FALSE);
}

static char *
describe_total (const HustingsSegmentRule *rule)
{
  g_autofree char *amount = hustings_money_format (rule->amount);
  g_autofree char *amount_to = hustings_money_format (rule->amount_to);
  g_autofree char *cycle = rule->cycle != 0
                           /* Translators: %d is a year: "in the 2026 cycle" */
                           ? g_strdup_printf (_("the %d cycle"), rule->cycle)
                           : g_strdup (_("this cycle"));
  gboolean n = rule->negate;

  switch (rule->op)
    {
    case HUSTINGS_SEGMENT_OP_AT_LEAST:
      /* Translators: an amount, then "this cycle" or "the 2026 cycle" */
      return g_strdup_printf (n ? _("Gave less than %s in %s") : _("Gave at least %s in %s"),
                              amount, cycle);
    case HUSTINGS_SEGMENT_OP_AT_MOST:
      return g_strdup_printf (n ? _("Gave more than %s in %s") : _("Gave at most %s in %s"),
                              amount, cycle);
    default:
      return g_strdup_printf (n ? _("Did not give between %s and %s in %s")
                                : _("Gave between %s and %s in %s"), amount, amount_to, cycle);
    }
}

static char *
describe_dates (const HustingsSegmentRule *rule)
{
  g_autofree char *date = hustings_date_format (rule->date);
  g_autofree char *date_to = hustings_date_format (rule->date_to);
  gboolean last = rule->kind == HUSTINGS_SEGMENT_LAST_GIFT;
  gboolean n = rule->negate;

  switch (rule->op)
    {
    case HUSTINGS_SEGMENT_OP_NEVER:
      return g_strdup (n ? _("Has given") : _("Never gave"));
    case HUSTINGS_SEGMENT_OP_BEFORE:
      if (last)
        return g_strdup_printf (n ? _("Last gift on or after %s, or never gave")
                                  : _("Last gift before %s"), date);
      return g_strdup_printf (n ? _("Did not give before %s") : _("Gave before %s"), date);
    case HUSTINGS_SEGMENT_OP_AFTER:
      if (last)
        return g_strdup_printf (n ? _("Last gift on or before %s, or never gave")
                                  : _("Last gift after %s"), date);
      return g_strdup_printf (n ? _("Did not give after %s") : _("Gave after %s"), date);
    default:
      if (last)
        return g_strdup_printf (n ? _("Last gift not between %s and %s, or never gave")
                                  : _("Last gift between %s and %s"), date, date_to);
      return g_strdup_printf (n ? _("Did not give between %s and %s")
                                : _("Gave between %s and %s"), date, date_to);
    }
}

char *
hustings_segment_rule_describe (const HustingsSegmentRule *rule)
{
  g_autofree char *values = NULL;
  gboolean n;

  g_return_val_if_fail (rule != NULL && rule->kind < HUSTINGS_SEGMENT_N_KINDS, NULL);

  values = join_values (rule);
  n = rule->negate;
  switch (rule->kind)
    {
    case HUSTINGS_SEGMENT_STATE:
      return g_strdup_printf (n ? _("State is not %s") : _("State is %s"), values);
    case HUSTINGS_SEGMENT_ZIP:
      return g_strdup_printf (n ? _("ZIP does not start with %s") : _("ZIP starts with %s"),
                              values);
    case HUSTINGS_SEGMENT_CITY:
      return g_strdup_printf (n ? _("City is not %s") : _("City is %s"), values);
    case HUSTINGS_SEGMENT_DISTRICT:
      return g_strdup_printf (n ? _("District is not %s") : _("District is %s"), values);
    case HUSTINGS_SEGMENT_TAG:
      return g_strdup_printf (n ? _("Not tagged %s") : _("Tagged %s"), values);
    case HUSTINGS_SEGMENT_ENTITY_TYPE:
      return g_strdup_printf (n ? _("Type is not %s") : _("Type is %s"), values);
    case HUSTINGS_SEGMENT_TOTAL:
      return describe_total (rule);
    case HUSTINGS_SEGMENT_LAST_GIFT:
    case HUSTINGS_SEGMENT_GAVE:
      return describe_dates (rule);
    case HUSTINGS_SEGMENT_VOLUNTEER:
      if (*values == '\0')
        return g_strdup (n ? _("Is not a volunteer") : _("Is a volunteer"));
      /* Translators: %s is volunteer statuses, "active or prospect" */
      return g_strdup_printf (n ? _("Is not a volunteer (%s)") : _("Is a volunteer (%s)"),
                              values);
    case HUSTINGS_SEGMENT_SKILL:
      return g_strdup_printf (n ? _("Does not have the skill %s") : _("Has the skill %s"),
                              values);
    case HUSTINGS_SEGMENT_ATTENDED:
      if (rule->event_id == 0)
        return g_strdup (n ? _("Never attended an event") : _("Attended an event"));
      return g_strdup_printf (n ? _("Did not attend event %" G_GINT64_FORMAT)
                                : _("Attended event %" G_GINT64_FORMAT), rule->event_id);
    case HUSTINGS_SEGMENT_RSVP_YES:
      return g_strdup_printf (n ? _("Did not answer yes to event %" G_GINT64_FORMAT)
                                : _("Answered yes to event %" G_GINT64_FORMAT), rule->event_id);
    case HUSTINGS_SEGMENT_NO_EMPLOYER:
      return g_strdup (n ? _("Not missing employer or occupation")
                         : _("No employer or occupation on file"));
    case HUSTINGS_SEGMENT_HAS_EMAIL:
      return g_strdup (n ? _("Has no email address") : _("Has an email address"));
    case HUSTINGS_SEGMENT_HAS_ADDRESS:
      return g_strdup (n ? _("Has no mailing address") : _("Has a mailing address"));
    case HUSTINGS_SEGMENT_EMAIL_OK:
    case HUSTINGS_SEGMENT_N_KINDS:
    default:
      return g_strdup (n ? _("Has opted out of email") : _("Has not opted out of email"));
    }
}
