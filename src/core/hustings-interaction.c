/* hustings-interaction.c: one entry of a contact's interaction log, as plain data.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-interaction"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hustings-dates.h"
#include "hustings-error.h"
#include "hustings-event.h"
#include "hustings-interaction-private.h"

struct _HustingsInteraction
{
  GObject                  parent_instance;

  gint64                   id;
  gint64                   contact_id;
  char                    *contact_name;
  HustingsInteractionKind  kind;
  char                    *occurred_at;
  char                    *outcome;
  char                    *notes;
};

G_DEFINE_FINAL_TYPE (HustingsInteraction, hustings_interaction, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CONTACT_ID,
  PROP_CONTACT_NAME,
  PROP_KIND,
  PROP_KIND_TEXT,
  PROP_OCCURRED_AT,
  PROP_DATE,
  PROP_TIME,
  PROP_WHEN_TEXT,
  PROP_OUTCOME,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  const char *id;
  const char *label;
} kinds[HUSTINGS_N_INTERACTION_KINDS] = {
  [HUSTINGS_INTERACTION_CALL]    = { "call",    N_("Call") },
  [HUSTINGS_INTERACTION_EMAIL]   = { "email",   N_("Email") },
  [HUSTINGS_INTERACTION_MEETING] = { "meeting", N_("Meeting") },
  [HUSTINGS_INTERACTION_LETTER]  = { "letter",  N_("Letter") },
  [HUSTINGS_INTERACTION_TEXT]    = { "text",    N_("Text message") },
  [HUSTINGS_INTERACTION_DOOR]    = { "door",    N_("Door knock") },
  [HUSTINGS_INTERACTION_OTHER]   = { "other",   N_("Other") },
};

/* A day only: "YYYY-MM-DD". */
static gboolean
is_day (const char *when)
{
  return strlen (when) == 10;
}

/* The moment a UTC timestamp "YYYY-MM-DDTHH:MM:SSZ" names, in local time; NULL when when is
 * not one written exactly so. */
static GDateTime *
timestamp_to_local (const char *when)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *again = NULL;

  if (strlen (when) != 20 || when[10] != 'T' || when[19] != 'Z')
    return NULL;
  utc = g_date_time_new_from_iso8601 (when, NULL);
  if (utc == NULL)
    return NULL;
  again = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
  if (g_strcmp0 (again, when) != 0)
    return NULL;
  return g_date_time_to_local (utc);
}

static char *
format_when (HustingsInteraction *self)
{
  g_autofree char *date = hustings_interaction_dup_date (self);
  g_autofree char *time = hustings_interaction_dup_time (self);

  return hustings_format_date_time (date, time);
}

static void
hustings_interaction_finalize (GObject *object)
{
  HustingsInteraction *self = (HustingsInteraction *) object;

  g_free (self->contact_name);
  g_free (self->occurred_at);
  g_free (self->outcome);
  g_free (self->notes);

  G_OBJECT_CLASS (hustings_interaction_parent_class)->finalize (object);
}

static void
hustings_interaction_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HustingsInteraction *self = HUSTINGS_INTERACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_CONTACT_ID:
      g_value_set_int64 (value, self->contact_id);
      break;
    case PROP_CONTACT_NAME:
      g_value_set_string (value, self->contact_name);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_KIND_TEXT:
      g_value_set_string (value, hustings_interaction_kind_describe (self->kind));
      break;
    case PROP_OCCURRED_AT:
      g_value_set_string (value, self->occurred_at);
      break;
    case PROP_DATE:
      g_value_take_string (value, hustings_interaction_dup_date (self));
      break;
    case PROP_TIME:
      g_value_take_string (value, hustings_interaction_dup_time (self));
      break;
    case PROP_WHEN_TEXT:
      g_value_take_string (value, format_when (self));
      break;
    case PROP_OUTCOME:
      g_value_set_string (value, self->outcome);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_interaction_class_init (HustingsInteractionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  static const struct { guint prop; const char *name; } strings[] = {
    { PROP_CONTACT_NAME, "contact-name" }, { PROP_KIND_TEXT, "kind-text" },
    { PROP_OCCURRED_AT, "occurred-at" }, { PROP_DATE, "date" }, { PROP_TIME, "time" },
    { PROP_WHEN_TEXT, "when-text" }, { PROP_OUTCOME, "outcome" }, { PROP_NOTES, "notes" },
  };

  object_class->finalize = hustings_interaction_finalize;
  object_class->get_property = hustings_interaction_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CONTACT_ID] = g_param_spec_int64 ("contact-id", NULL, NULL,
                                                    0, G_MAXINT64, 0, flags);
  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL, 0,
                                            HUSTINGS_N_INTERACTION_KINDS - 1, 0, flags);
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    properties[strings[i].prop] = g_param_spec_string (strings[i].name, NULL, NULL, NULL,
                                                       flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hustings_interaction_init (HustingsInteraction *self)
{
  self->contact_name = g_strdup ("");
  self->kind = HUSTINGS_INTERACTION_CALL;
  self->occurred_at = hustings_timestamp_now ();
  self->outcome = g_strdup ("");
  self->notes = g_strdup ("");
}

HustingsInteraction *
hustings_interaction_new (void)
{
  return g_object_new (HUSTINGS_TYPE_INTERACTION, NULL);
}

HustingsInteraction *
hustings_interaction_copy (HustingsInteraction *self)
{
  HustingsInteraction *copy = hustings_interaction_new ();

  copy->id = self->id;
  copy->contact_id = self->contact_id;
  hustings_interaction_set_contact_name (copy, self->contact_name);
  copy->kind = self->kind;
  hustings_interaction_set_occurred_at (copy, self->occurred_at);
  hustings_interaction_set_outcome (copy, self->outcome);
  hustings_interaction_set_notes (copy, self->notes);
  return copy;
}

static void
replace (char **member, const char *value)
{
  g_free (*member);
  *member = g_strdup (value ? value : "");
}

gint64
hustings_interaction_get_id (HustingsInteraction *self)
{
  return self->id;
}

void
hustings_interaction_set_id (HustingsInteraction *self,
                             gint64               id)
{
  self->id = id;
}

gint64
hustings_interaction_get_contact_id (HustingsInteraction *self)
{
  return self->contact_id;
}

void
hustings_interaction_set_contact_id (HustingsInteraction *self,
                                     gint64               contact_id)
{
  self->contact_id = contact_id;
}

const char *
hustings_interaction_get_contact_name (HustingsInteraction *self)
{
  return self->contact_name;
}

void
hustings_interaction_set_contact_name (HustingsInteraction *self,
                                       const char          *name)
{
  replace (&self->contact_name, name);
}

HustingsInteractionKind
hustings_interaction_get_kind (HustingsInteraction *self)
{
  return self->kind;
}

void
hustings_interaction_set_kind (HustingsInteraction     *self,
                               HustingsInteractionKind  kind)
{
  g_return_if_fail (kind < HUSTINGS_N_INTERACTION_KINDS);
  self->kind = kind;
}

const char *
hustings_interaction_get_occurred_at (HustingsInteraction *self)
{
  return self->occurred_at;
}

void
hustings_interaction_set_occurred_at (HustingsInteraction *self,
                                      const char          *when)
{
  replace (&self->occurred_at, when);
}

/* Parses a time of day: "18:30", "6:30 pm", "6 PM", "6:30p.m."; FALSE when it is none. */
static gboolean
parse_time_of_day (const char *text,
                   int        *out_hour,
                   int        *out_minute)
{
  g_autofree char *lower = g_ascii_strdown (text, -1);
  const char *p = g_strstrip (lower);
  int hour = 0, minute = 0, digits = 0;

  for (; g_ascii_isdigit (*p) && digits < 2; p++, digits++)
    hour = hour * 10 + (*p - '0');
  if (digits == 0)
    return FALSE;
  if (*p == ':')
    {
      p++;
      if (!g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]))
        return FALSE;
      minute = (p[0] - '0') * 10 + (p[1] - '0');
      p += 2;
    }
  while (*p == ' ')
    p++;
  if (*p == 'a' || *p == 'p')
    {
      gboolean pm = *p == 'p';

      p++;
      if (*p == '.')
        p++;
      if (*p != 'm')
        return FALSE;
      p++;
      if (*p == '.')
        p++;
      if (hour < 1 || hour > 12)
        return FALSE;
      hour = hour % 12 + (pm ? 12 : 0);
    }
  if (*p != '\0' || hour > 23 || minute > 59)
    return FALSE;
  *out_hour = hour;
  *out_minute = minute;
  return TRUE;
}

gboolean
hustings_interaction_set_when_local (HustingsInteraction  *self,
                                     const char           *date,
                                     const char           *time,
                                     GError              **error)
{
  g_autofree char *day = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) utc = NULL;
  int hour, minute;

  g_return_val_if_fail (HUSTINGS_IS_INTERACTION (self), FALSE);

  day = hustings_date_normalize (date, error);
  if (day == NULL)
    return FALSE;
  if (time == NULL || *time == '\0')
    {
      replace (&self->occurred_at, day);
      return TRUE;
    }
  if (!parse_time_of_day (time, &hour, &minute))
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("“%s” is not a time of day: write it like 18:30 or 6:30 PM"), time);
      return FALSE;
    }
  local = g_date_time_new_local ((int) g_ascii_strtoll (day, NULL, 10),
                                 (int) g_ascii_strtoll (day + 5, NULL, 10),
                                 (int) g_ascii_strtoll (day + 8, NULL, 10), hour, minute, 0);
  if (local == NULL)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("%s at %s is not a moment that can be recorded"), day, time);
      return FALSE;
    }
  utc = g_date_time_to_utc (local);
  g_free (self->occurred_at);
  self->occurred_at = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
  return TRUE;
}

char *
hustings_interaction_dup_date (HustingsInteraction *self)
{
  g_autoptr(GDateTime) local = NULL;

  if (is_day (self->occurred_at))
    return g_strdup (self->occurred_at);
  local = timestamp_to_local (self->occurred_at);
  return local ? g_date_time_format (local, "%Y-%m-%d") : g_strdup ("");
}

char *
hustings_interaction_dup_time (HustingsInteraction *self)
{
  g_autoptr(GDateTime) local = NULL;

  if (is_day (self->occurred_at))
    return g_strdup ("");
  local = timestamp_to_local (self->occurred_at);
  return local ? g_date_time_format (local, "%H:%M") : g_strdup ("");
}

const char *
hustings_interaction_get_outcome (HustingsInteraction *self)
{
  return self->outcome;
}

void
hustings_interaction_set_outcome (HustingsInteraction *self,
                                  const char          *outcome)
{
  replace (&self->outcome, outcome);
}

const char *
hustings_interaction_get_notes (HustingsInteraction *self)
{
  return self->notes;
}

void
hustings_interaction_set_notes (HustingsInteraction *self,
                                const char          *notes)
{
  replace (&self->notes, notes);
}

gboolean
hustings_interaction_validate (HustingsInteraction  *self,
                               GError              **error)
{
  g_autoptr(GDateTime) moment = NULL;

  g_return_val_if_fail (HUSTINGS_IS_INTERACTION (self), FALSE);

  if (is_day (self->occurred_at) ? !hustings_date_is_valid (self->occurred_at)
                                 : (moment = timestamp_to_local (self->occurred_at)) == NULL)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("“%s” is not a date or a time: say when it happened"), self->occurred_at);
      return FALSE;
    }
  if (!g_utf8_validate (self->outcome, -1, NULL) || !g_utf8_validate (self->notes, -1, NULL))
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("The outcome or the notes are not readable text"));
      return FALSE;
    }
  if (g_utf8_strlen (self->outcome, -1) > HUSTINGS_INTERACTION_OUTCOME_MAX)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("The outcome is longer than %d characters: keep it short and put the "
                     "rest in the notes"), HUSTINGS_INTERACTION_OUTCOME_MAX);
      return FALSE;
    }
  return TRUE;
}

const char *
hustings_interaction_kind_to_string (HustingsInteractionKind kind)
{
  g_return_val_if_fail (kind < HUSTINGS_N_INTERACTION_KINDS, NULL);
  return kinds[kind].id;
}

gboolean
hustings_interaction_kind_from_string (const char              *text,
                                       HustingsInteractionKind *out_kind)
{
  for (guint i = 0; text != NULL && i < HUSTINGS_N_INTERACTION_KINDS; i++)
    if (strcmp (kinds[i].id, text) == 0)
      {
        *out_kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
hustings_interaction_kind_describe (HustingsInteractionKind kind)
{
  g_return_val_if_fail (kind < HUSTINGS_N_INTERACTION_KINDS, "");
  return _(kinds[kind].label);
}

char *
hustings_format_date_time (const char *date,
                           const char *time)
{
  g_autofree char *date_text = hustings_date_format (date);
  g_autofree char *time_text = NULL;

  if (time == NULL || *time == '\0')
    return g_steal_pointer (&date_text);
  time_text = hustings_time_of_day_format (time);
  /* Translators: a date and a time of day: "Mar 4, 2026, 6:30 PM". */
  return g_strdup_printf (_("%s, %s"), date_text, time_text);
}

char *
hustings_time_of_day_format (const char *time)
{
  return hustings_time_is_valid (time) ? hustings_time_format (time) : g_strdup ("");
}
