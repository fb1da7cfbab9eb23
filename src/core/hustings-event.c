/* hustings-event.c: events, shifts, signups and guests as plain data; times of day.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-event"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hustings-dates.h"
#include "hustings-error.h"
#include "hustings-event-private.h"
#include "hustings-money.h"

/* ---- Times of day ---- */

gboolean
hustings_time_is_valid (const char *text)
{
  return hustings_time_to_minutes (text) >= 0;
}

int
hustings_time_to_minutes (const char *time)
{
  int hour, minute;

  if (time == NULL || strlen (time) != 5 || time[2] != ':' ||
      !g_ascii_isdigit (time[0]) || !g_ascii_isdigit (time[1]) ||
      !g_ascii_isdigit (time[3]) || !g_ascii_isdigit (time[4]))
    return -1;
  hour = (time[0] - '0') * 10 + (time[1] - '0');
  minute = (time[3] - '0') * 10 + (time[4] - '0');
  return hour < 24 && minute < 60 ? hour * 60 + minute : -1;
}

/* "am", "a.m.", "A", "pm", "p.m."…: TRUE with *pm set when suffix is one of them. */
static gboolean
parse_meridiem (const char *suffix,
                gboolean   *pm)
{
  g_autoptr(GString) letters = g_string_new (NULL);

  for (const char *p = suffix; *p; p++)
    if (*p != '.' && *p != ' ')
      g_string_append_c (letters, g_ascii_tolower (*p));
  if (strcmp (letters->str, "am") == 0 || strcmp (letters->str, "a") == 0)
    *pm = FALSE;
  else if (strcmp (letters->str, "pm") == 0 || strcmp (letters->str, "p") == 0)
    *pm = TRUE;
  else
    return FALSE;
  return TRUE;
}

char *
hustings_time_normalize (const char  *text,
                         GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  const char *p = trimmed;
  int number = 0, digits = 0, hour, minute = 0;
  gboolean pm = FALSE, meridiem = FALSE;

  if (*trimmed == '\0')
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("No time was given"));
      return NULL;
    }

  for (; g_ascii_isdigit (*p) && digits < 5; p++, digits++)
    number = number * 10 + (*p - '0');
  /* "9", "18": an hour; "930", "1830": hours and minutes run together. */
  if (digits >= 1 && digits <= 2)
    {
      hour = number;
      if (*p == ':' && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]))
        {
          minute = (p[1] - '0') * 10 + (p[2] - '0');
          p += 3;
        }
    }
  else if (digits >= 3 && digits <= 4)
    {
      hour = number / 100;
      minute = number % 100;
    }
  else
    goto invalid;

  while (*p == ' ')
    p++;
  if (*p != '\0')
    {
      if (!parse_meridiem (p, &pm))
        goto invalid;
      meridiem = TRUE;
    }

  if (minute > 59)
    goto invalid;
  if (meridiem)
    {
      if (hour < 1 || hour > 12)
        goto invalid;
      hour = hour % 12 + (pm ? 12 : 0);
    }
  else if (hour > 23)
    goto invalid;
  return g_strdup_printf ("%02d:%02d", hour, minute);

invalid:
  g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
               _("“%s” is not a time of day; write it as 18:30 or 6:30 PM"), trimmed);
  return NULL;
}

char *
hustings_time_format (const char *time)
{
  int minutes = hustings_time_to_minutes (time);
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *meridiem = NULL;

  if (minutes < 0)
    return g_strdup (time ? time : "");
  dt = g_date_time_new_utc (2000, 1, 1, minutes / 60, minutes % 60, 0);
  meridiem = g_date_time_format (dt, "%p");
  if (meridiem == NULL || *meridiem == '\0')
    return g_date_time_format (dt, "%H:%M");
  /* Translators: a time of day, in strftime format: "6:30 PM" (use "%H:%M" for 18:30) */
  return g_date_time_format (dt, _("%-l:%M %p"));
}

char *
hustings_time_range_format (const char *starts,
                            const char *ends)
{
  g_autofree char *from = hustings_time_format (starts);
  g_autofree char *to = hustings_time_format (ends);

  if (*from == '\0')
    return g_strdup ("");
  if (*to == '\0')
    return g_steal_pointer (&from);
  /* Translators: a range of times of day: "6:00 PM – 8:00 PM" */
  return g_strdup_printf (_("%s – %s"), from, to);
}

char *
hustings_hours_format (gint64 minutes)
{
  gint64 hundredths = (MAX (minutes, 0) * 100 + 30) / 60;
  gint64 whole = hundredths / 100, part = hundredths % 100;

  if (part == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, whole);
  if (part % 10 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT, whole, part / 10);
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02" G_GINT64_FORMAT, whole, part);
}

/* ---- Kinds and answers ---- */

static const char * const kind_names[] = {
  "fundraiser", "town-hall", "phone-bank", "canvass", "meeting", "other",
};
G_STATIC_ASSERT (G_N_ELEMENTS (kind_names) == HUSTINGS_N_EVENT_KINDS);

static const char * const rsvp_names[] = { "invited", "yes", "no", "maybe" };
G_STATIC_ASSERT (G_N_ELEMENTS (rsvp_names) == HUSTINGS_N_RSVPS);

/* The index of text in names, or -1. */
static int
find_name (const char * const *names,
           guint               n,
           const char         *text)
{
  for (guint i = 0; text != NULL && i < n; i++)
    if (strcmp (names[i], text) == 0)
      return (int) i;
  return -1;
}

const char *
hustings_event_kind_to_string (HustingsEventKind kind)
{
  g_return_val_if_fail (kind < HUSTINGS_N_EVENT_KINDS, "other");
  return kind_names[kind];
}

gboolean
hustings_event_kind_from_string (const char        *text,
                                 HustingsEventKind *out_kind)
{
  int found = find_name (kind_names, G_N_ELEMENTS (kind_names), text);

  if (found < 0)
    return FALSE;
  *out_kind = (HustingsEventKind) found;
  return TRUE;
}

const char *
hustings_event_kind_describe (HustingsEventKind kind)
{
  switch (kind)
    {
    case HUSTINGS_EVENT_FUNDRAISER: return _("Fundraiser");
    case HUSTINGS_EVENT_TOWN_HALL:  return _("Town hall");
    case HUSTINGS_EVENT_PHONE_BANK: return _("Phone bank");
    case HUSTINGS_EVENT_CANVASS:    return _("Canvass");
    case HUSTINGS_EVENT_MEETING:    return _("Meeting");
    case HUSTINGS_EVENT_OTHER:      return _("Other");
    case HUSTINGS_N_EVENT_KINDS:
    default:                        return "";
    }
}

const char *
hustings_rsvp_to_string (HustingsRsvp rsvp)
{
  g_return_val_if_fail (rsvp < HUSTINGS_N_RSVPS, "invited");
  return rsvp_names[rsvp];
}

gboolean
hustings_rsvp_from_string (const char   *text,
                           HustingsRsvp *out_rsvp)
{
  int found = find_name (rsvp_names, G_N_ELEMENTS (rsvp_names), text);

  if (found < 0)
    return FALSE;
  *out_rsvp = (HustingsRsvp) found;
  return TRUE;
}

const char *
hustings_rsvp_describe (HustingsRsvp rsvp)
{
  switch (rsvp)
    {
    /* Translators: a guest who was invited and has not answered yet */
    case HUSTINGS_RSVP_INVITED: return C_("rsvp", "Invited");
    case HUSTINGS_RSVP_YES:     return C_("rsvp", "Yes");
    case HUSTINGS_RSVP_NO:      return C_("rsvp", "No");
    case HUSTINGS_RSVP_MAYBE:   return C_("rsvp", "Maybe");
    case HUSTINGS_N_RSVPS:
    default:                    return "";
    }
}

/* ---- Shared helpers ---- */

static void
replace (char **member, const char *value)
{
  g_free (*member);
  *member = g_strdup (value ? value : "");
}

static gboolean
invalid (GError **error, const char *message)
{
  g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID, message);
  return FALSE;
}

/* Installs a read-only string property for each name, at the indexes given. */
typedef struct { guint prop; const char *name; } StringProperty;

static void
install_strings (GParamSpec           **properties,
                 const StringProperty  *strings,
                 guint                  n)
{
  for (guint i = 0; i < n; i++)
    properties[strings[i].prop] = g_param_spec_string (strings[i].name, NULL, NULL, NULL,
                                                       G_PARAM_READABLE |
                                                       G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
uint_property (const char *name)
{
  return g_param_spec_uint (name, NULL, NULL, 0, G_MAXUINT, 0,
                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
int64_property (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, G_MININT64, G_MAXINT64, 0,
                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
boolean_property (const char *name)
{
  return g_param_spec_boolean (name, NULL, NULL, FALSE,
                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

/* ---- HustingsEvent ---- */

struct _HustingsEvent
{
  GObject               parent_instance;

  gint64                id;
  char                 *name;
  HustingsEventKind     kind;
  char                 *date;
  char                 *starts;
  char                 *ends;
  char                 *place;
  char                 *address;
  guint                 capacity;
  gint64                goal;
  char                 *notes;
  HustingsEventSummary  summary;
};

G_DEFINE_FINAL_TYPE (HustingsEvent, hustings_event, G_TYPE_OBJECT)

enum {
  EVENT_PROP_0,
  EVENT_PROP_ID,
  EVENT_PROP_NAME,
  EVENT_PROP_KIND,
  EVENT_PROP_KIND_TEXT,
  EVENT_PROP_DATE,
  EVENT_PROP_DATE_TEXT,
  EVENT_PROP_STARTS,
  EVENT_PROP_ENDS,
  EVENT_PROP_TIME_TEXT,
  EVENT_PROP_PLACE,
  EVENT_PROP_ADDRESS,
  EVENT_PROP_CAPACITY,
  EVENT_PROP_GOAL,
  EVENT_PROP_GOAL_TEXT,
  EVENT_PROP_NOTES,
  EVENT_PROP_INVITED,
  EVENT_PROP_YES,
  EVENT_PROP_MAYBE,
  EVENT_PROP_CHECKED_IN,
  EVENT_PROP_SHIFTS,
  EVENT_PROP_OPEN_SLOTS,
  EVENT_PROP_REVENUE,
  EVENT_PROP_REVENUE_TEXT,
  EVENT_PROP_PROGRESS,
  EVENT_N_PROPS
};

static GParamSpec *event_properties[EVENT_N_PROPS];

static void
hustings_event_finalize (GObject *object)
{
  HustingsEvent *self = (HustingsEvent *) object;

  g_free (self->name);
  g_free (self->date);
  g_free (self->starts);
  g_free (self->ends);
  g_free (self->place);
  g_free (self->address);
  g_free (self->notes);

  G_OBJECT_CLASS (hustings_event_parent_class)->finalize (object);
}

static void
hustings_event_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HustingsEvent *self = HUSTINGS_EVENT (object);

  switch (prop_id)
    {
    case EVENT_PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case EVENT_PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case EVENT_PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;
    case EVENT_PROP_KIND_TEXT:
      g_value_set_string (value, hustings_event_kind_describe (self->kind));
      break;
    case EVENT_PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case EVENT_PROP_DATE_TEXT:
      g_value_take_string (value, hustings_date_format (self->date));
      break;
    case EVENT_PROP_STARTS:
      g_value_set_string (value, self->starts);
      break;
    case EVENT_PROP_ENDS:
      g_value_set_string (value, self->ends);
      break;
    case EVENT_PROP_TIME_TEXT:
      g_value_take_string (value, hustings_time_range_format (self->starts, self->ends));
      break;
    case EVENT_PROP_PLACE:
      g_value_set_string (value, self->place);
      break;
    case EVENT_PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;
    case EVENT_PROP_CAPACITY:
      g_value_set_uint (value, self->capacity);
      break;
    case EVENT_PROP_GOAL:
      g_value_set_int64 (value, self->goal);
      break;
    case EVENT_PROP_GOAL_TEXT:
      g_value_take_string (value, self->goal > 0 ? hustings_money_format (self->goal)
                                                 : g_strdup (""));
      break;
    case EVENT_PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case EVENT_PROP_INVITED:
      g_value_set_uint (value, self->summary.invited);
      break;
    case EVENT_PROP_YES:
      g_value_set_uint (value, self->summary.yes);
      break;
    case EVENT_PROP_MAYBE:
      g_value_set_uint (value, self->summary.maybe);
      break;
    case EVENT_PROP_CHECKED_IN:
      g_value_set_uint (value, self->summary.checked_in);
      break;
    case EVENT_PROP_SHIFTS:
      g_value_set_uint (value, self->summary.shifts);
      break;
    case EVENT_PROP_OPEN_SLOTS:
      g_value_set_uint (value, self->summary.open_slots);
      break;
    case EVENT_PROP_REVENUE:
      g_value_set_int64 (value, self->summary.revenue);
      break;
    case EVENT_PROP_REVENUE_TEXT:
      g_value_take_string (value, hustings_money_format (self->summary.revenue));
      break;
    case EVENT_PROP_PROGRESS:
      g_value_set_double (value, hustings_event_get_progress (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_event_class_init (HustingsEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const StringProperty strings[] = {
    { EVENT_PROP_NAME, "name" }, { EVENT_PROP_KIND_TEXT, "kind-text" },
    { EVENT_PROP_DATE, "date" }, { EVENT_PROP_DATE_TEXT, "date-text" },
    { EVENT_PROP_STARTS, "starts" }, { EVENT_PROP_ENDS, "ends" },
    { EVENT_PROP_TIME_TEXT, "time-text" }, { EVENT_PROP_PLACE, "place" },
    { EVENT_PROP_ADDRESS, "address" }, { EVENT_PROP_GOAL_TEXT, "goal-text" },
    { EVENT_PROP_NOTES, "notes" }, { EVENT_PROP_REVENUE_TEXT, "revenue-text" },
  };

  object_class->finalize = hustings_event_finalize;
  object_class->get_property = hustings_event_get_property;

  event_properties[EVENT_PROP_ID] = int64_property ("id");
  event_properties[EVENT_PROP_KIND] = uint_property ("kind");
  event_properties[EVENT_PROP_CAPACITY] = uint_property ("capacity");
  event_properties[EVENT_PROP_GOAL] = int64_property ("goal");
  event_properties[EVENT_PROP_INVITED] = uint_property ("invited");
  event_properties[EVENT_PROP_YES] = uint_property ("yes");
  event_properties[EVENT_PROP_MAYBE] = uint_property ("maybe");
  event_properties[EVENT_PROP_CHECKED_IN] = uint_property ("checked-in");
  event_properties[EVENT_PROP_SHIFTS] = uint_property ("shifts");
  event_properties[EVENT_PROP_OPEN_SLOTS] = uint_property ("open-slots");
  event_properties[EVENT_PROP_REVENUE] = int64_property ("revenue");
  event_properties[EVENT_PROP_PROGRESS] = g_param_spec_double ("progress", NULL, NULL,
                                                               0.0, 1.0, 0.0,
                                                               G_PARAM_READABLE |
                                                               G_PARAM_STATIC_STRINGS);
  install_strings (event_properties, strings, G_N_ELEMENTS (strings));
  g_object_class_install_properties (object_class, EVENT_N_PROPS, event_properties);
}

static void
hustings_event_init (HustingsEvent *self)
{
  self->name = g_strdup ("");
  self->kind = HUSTINGS_EVENT_OTHER;
  self->date = hustings_date_today ();
  self->starts = g_strdup ("");
  self->ends = g_strdup ("");
  self->place = g_strdup ("");
  self->address = g_strdup ("");
  self->notes = g_strdup ("");
}

HustingsEvent *
hustings_event_new (void)
{
  return g_object_new (HUSTINGS_TYPE_EVENT, NULL);
}

HustingsEvent *
hustings_event_copy (HustingsEvent *self)
{
  HustingsEvent *copy = hustings_event_new ();

  g_return_val_if_fail (HUSTINGS_IS_EVENT (self), copy);

  copy->id = self->id;
  hustings_event_set_name (copy, self->name);
  copy->kind = self->kind;
  hustings_event_set_date (copy, self->date);
  hustings_event_set_starts (copy, self->starts);
  hustings_event_set_ends (copy, self->ends);
  hustings_event_set_place (copy, self->place);
  hustings_event_set_address (copy, self->address);
  copy->capacity = self->capacity;
  copy->goal = self->goal;
  hustings_event_set_notes (copy, self->notes);
  copy->summary = self->summary;
  return copy;
}

gint64
hustings_event_get_id (HustingsEvent *self)
{
  return self->id;
}

void
hustings_event_set_id (HustingsEvent *self,
                       gint64         id)
{
  self->id = id;
}

const char *
hustings_event_get_name (HustingsEvent *self)
{
  return self->name;
}

void
hustings_event_set_name (HustingsEvent *self,
                         const char    *name)
{
  replace (&self->name, name);
}

HustingsEventKind
hustings_event_get_kind (HustingsEvent *self)
{
  return self->kind;
}

void
hustings_event_set_kind (HustingsEvent     *self,
                         HustingsEventKind  kind)
{
  g_return_if_fail (kind < HUSTINGS_N_EVENT_KINDS);
  self->kind = kind;
}

const char *
hustings_event_get_date (HustingsEvent *self)
{
  return self->date;
}

void
hustings_event_set_date (HustingsEvent *self,
                         const char    *date)
{
  replace (&self->date, date);
}

const char *
hustings_event_get_starts (HustingsEvent *self)
{
  return self->starts;
}

void
hustings_event_set_starts (HustingsEvent *self,
                           const char    *time)
{
  replace (&self->starts, time);
}

const char *
hustings_event_get_ends (HustingsEvent *self)
{
  return self->ends;
}

void
hustings_event_set_ends (HustingsEvent *self,
                         const char    *time)
{
  replace (&self->ends, time);
}

const char *
hustings_event_get_place (HustingsEvent *self)
{
  return self->place;
}

void
hustings_event_set_place (HustingsEvent *self,
                          const char    *place)
{
  replace (&self->place, place);
}

const char *
hustings_event_get_address (HustingsEvent *self)
{
  return self->address;
}

void
hustings_event_set_address (HustingsEvent *self,
                            const char    *address)
{
  replace (&self->address, address);
}

guint
hustings_event_get_capacity (HustingsEvent *self)
{
  return self->capacity;
}

void
hustings_event_set_capacity (HustingsEvent *self,
                             guint          capacity)
{
  self->capacity = capacity;
}

gint64
hustings_event_get_goal (HustingsEvent *self)
{
  return self->goal;
}

void
hustings_event_set_goal (HustingsEvent *self,
                         gint64         cents)
{
  self->goal = cents;
}

const char *
hustings_event_get_notes (HustingsEvent *self)
{
  return self->notes;
}

void
hustings_event_set_notes (HustingsEvent *self,
                          const char    *notes)
{
  replace (&self->notes, notes);
}

const HustingsEventSummary *
hustings_event_get_summary (HustingsEvent *self)
{
  return &self->summary;
}

void
hustings_event_set_summary (HustingsEvent              *self,
                            const HustingsEventSummary *summary)
{
  self->summary = *summary;
}

double
hustings_event_get_progress (HustingsEvent *self)
{
  if (self->goal <= 0 || self->summary.revenue <= 0)
    return 0.0;
  if (self->summary.revenue >= self->goal)
    return 1.0;
  return (double) self->summary.revenue / (double) self->goal;
}

/* Checks that starts and ends are times (ends may be "" when allowed), ends after starts. */
static gboolean
check_times (const char  *starts,
             const char  *ends,
             gboolean     optional,
             GError     **error)
{
  if (*starts == '\0' && optional)
    {
      if (*ends != '\0')
        return invalid (error, _("Say when it starts: an end time needs a start time"));
      return TRUE;
    }
  if (!hustings_time_is_valid (starts))
    return invalid (error, *starts == '\0' ? _("Say when it starts")
                                           : _("The start time must be written HH:MM, "
                                               "such as 18:30"));
  if (*ends == '\0' && optional)
    return TRUE;
  if (!hustings_time_is_valid (ends))
    return invalid (error, *ends == '\0' ? _("Say when it ends")
                                         : _("The end time must be written HH:MM, "
                                             "such as 20:00"));
  if (strcmp (ends, starts) <= 0)
    return invalid (error, _("It must end after it starts, on the same day"));
  return TRUE;
}

gboolean
hustings_event_check (HustingsEvent  *self,
                      GError        **error)
{
  g_strstrip (self->name);
  if (*self->name == '\0')
    return invalid (error, _("Give the event a name, such as “Spring fundraiser”"));
  if (g_utf8_strlen (self->name, -1) > HUSTINGS_EVENT_NAME_MAX)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("The name is %ld characters long; an event’s name has at most %d"),
                   g_utf8_strlen (self->name, -1), HUSTINGS_EVENT_NAME_MAX);
      return FALSE;
    }
  if (!hustings_date_is_valid (self->date))
    return invalid (error, _("The event’s date must be a real date"));
  if (!check_times (self->starts, self->ends, TRUE, error))
    return FALSE;
  if (self->goal < 0 || self->goal > HUSTINGS_MONEY_MAX_CENTS)
    return invalid (error, _("The goal must be between $0 and $999,999,999.99"));
  return TRUE;
}

/* ---- HustingsShift ---- */

struct _HustingsShift
{
  GObject  parent_instance;

  gint64   id;
  gint64   event_id;
  char    *role;
  char    *starts;
  char    *ends;
  guint    slots;
  guint    signups;
  guint    checked_in;
};

G_DEFINE_FINAL_TYPE (HustingsShift, hustings_shift, G_TYPE_OBJECT)

enum {
  SHIFT_PROP_0,
  SHIFT_PROP_ID,
  SHIFT_PROP_EVENT_ID,
  SHIFT_PROP_ROLE,
  SHIFT_PROP_STARTS,
  SHIFT_PROP_ENDS,
  SHIFT_PROP_TIME_TEXT,
  SHIFT_PROP_LENGTH,
  SHIFT_PROP_SLOTS,
  SHIFT_PROP_SIGNUPS,
  SHIFT_PROP_OPEN,
  SHIFT_PROP_CHECKED_IN,
  SHIFT_N_PROPS
};

static GParamSpec *shift_properties[SHIFT_N_PROPS];

static void
hustings_shift_finalize (GObject *object)
{
  HustingsShift *self = (HustingsShift *) object;

  g_free (self->role);
  g_free (self->starts);
  g_free (self->ends);

  G_OBJECT_CLASS (hustings_shift_parent_class)->finalize (object);
}

static void
hustings_shift_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HustingsShift *self = HUSTINGS_SHIFT (object);

  switch (prop_id)
    {
    case SHIFT_PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case SHIFT_PROP_EVENT_ID:
      g_value_set_int64 (value, self->event_id);
      break;
    case SHIFT_PROP_ROLE:
      g_value_set_string (value, self->role);
      break;
    case SHIFT_PROP_STARTS:
      g_value_set_string (value, self->starts);
      break;
    case SHIFT_PROP_ENDS:
      g_value_set_string (value, self->ends);
      break;
    case SHIFT_PROP_TIME_TEXT:
      g_value_take_string (value, hustings_time_range_format (self->starts, self->ends));
      break;
    case SHIFT_PROP_LENGTH:
      g_value_set_uint (value, hustings_shift_get_length (self));
      break;
    case SHIFT_PROP_SLOTS:
      g_value_set_uint (value, self->slots);
      break;
    case SHIFT_PROP_SIGNUPS:
      g_value_set_uint (value, self->signups);
      break;
    case SHIFT_PROP_OPEN:
      g_value_set_uint (value, hustings_shift_get_open (self));
      break;
    case SHIFT_PROP_CHECKED_IN:
      g_value_set_uint (value, self->checked_in);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_shift_class_init (HustingsShiftClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const StringProperty strings[] = {
    { SHIFT_PROP_ROLE, "role" }, { SHIFT_PROP_STARTS, "starts" }, { SHIFT_PROP_ENDS, "ends" },
    { SHIFT_PROP_TIME_TEXT, "time-text" },
  };

  object_class->finalize = hustings_shift_finalize;
  object_class->get_property = hustings_shift_get_property;

  shift_properties[SHIFT_PROP_ID] = int64_property ("id");
  shift_properties[SHIFT_PROP_EVENT_ID] = int64_property ("event-id");
  shift_properties[SHIFT_PROP_LENGTH] = uint_property ("length");
  shift_properties[SHIFT_PROP_SLOTS] = uint_property ("slots");
  shift_properties[SHIFT_PROP_SIGNUPS] = uint_property ("signups");
  shift_properties[SHIFT_PROP_OPEN] = uint_property ("open");
  shift_properties[SHIFT_PROP_CHECKED_IN] = uint_property ("checked-in");
  install_strings (shift_properties, strings, G_N_ELEMENTS (strings));
  g_object_class_install_properties (object_class, SHIFT_N_PROPS, shift_properties);
}

static void
hustings_shift_init (HustingsShift *self)
{
  self->role = g_strdup ("");
  self->starts = g_strdup ("");
  self->ends = g_strdup ("");
  self->slots = 1;
}

HustingsShift *
hustings_shift_new (gint64 event_id)
{
  HustingsShift *self = g_object_new (HUSTINGS_TYPE_SHIFT, NULL);

  self->event_id = event_id;
  return self;
}

HustingsShift *
hustings_shift_copy (HustingsShift *self)
{
  HustingsShift *copy;

  g_return_val_if_fail (HUSTINGS_IS_SHIFT (self), NULL);

  copy = hustings_shift_new (self->event_id);
  copy->id = self->id;
  hustings_shift_set_role (copy, self->role);
  hustings_shift_set_starts (copy, self->starts);
  hustings_shift_set_ends (copy, self->ends);
  copy->slots = self->slots;
  copy->signups = self->signups;
  copy->checked_in = self->checked_in;
  return copy;
}

gint64
hustings_shift_get_id (HustingsShift *self)
{
  return self->id;
}

void
hustings_shift_set_id (HustingsShift *self,
                       gint64         id)
{
  self->id = id;
}

gint64
hustings_shift_get_event_id (HustingsShift *self)
{
  return self->event_id;
}

const char *
hustings_shift_get_role (HustingsShift *self)
{
  return self->role;
}

void
hustings_shift_set_role (HustingsShift *self,
                         const char    *role)
{
  replace (&self->role, role);
}

const char *
hustings_shift_get_starts (HustingsShift *self)
{
  return self->starts;
}

void
hustings_shift_set_starts (HustingsShift *self,
                           const char    *time)
{
  replace (&self->starts, time);
}

const char *
hustings_shift_get_ends (HustingsShift *self)
{
  return self->ends;
}

void
hustings_shift_set_ends (HustingsShift *self,
                         const char    *time)
{
  replace (&self->ends, time);
}

guint
hustings_shift_get_slots (HustingsShift *self)
{
  return self->slots;
}

void
hustings_shift_set_slots (HustingsShift *self,
                          guint          slots)
{
  self->slots = slots;
}

guint
hustings_shift_get_length (HustingsShift *self)
{
  int from = hustings_time_to_minutes (self->starts);
  int to = hustings_time_to_minutes (self->ends);

  return from >= 0 && to > from ? (guint) (to - from) : 0;
}

guint
hustings_shift_get_signups (HustingsShift *self)
{
  return self->signups;
}

guint
hustings_shift_get_checked_in (HustingsShift *self)
{
  return self->checked_in;
}

guint
hustings_shift_get_open (HustingsShift *self)
{
  return self->slots > self->signups ? self->slots - self->signups : 0;
}

void
hustings_shift_set_counts (HustingsShift *self,
                           guint          signups,
                           guint          checked_in)
{
  self->signups = signups;
  self->checked_in = checked_in;
}

gboolean
hustings_shift_check (HustingsShift  *self,
                      GError        **error)
{
  g_strstrip (self->role);
  if (*self->role == '\0')
    return invalid (error, _("Say what the shift is for, such as “Phone bank” or “Setup”"));
  if (!check_times (self->starts, self->ends, FALSE, error))
    return FALSE;
  if (self->slots < 1)
    return invalid (error, _("A shift needs at least one person"));
  return TRUE;
}

/* ---- HustingsSignup ---- */

G_DEFINE_FINAL_TYPE (HustingsSignup, hustings_signup, G_TYPE_OBJECT)

enum {
  SIGNUP_PROP_0,
  SIGNUP_PROP_SHIFT_ID,
  SIGNUP_PROP_CONTACT_ID,
  SIGNUP_PROP_NAME,
  SIGNUP_PROP_EMAIL,
  SIGNUP_PROP_PHONE,
  SIGNUP_PROP_EVENT_ID,
  SIGNUP_PROP_EVENT_NAME,
  SIGNUP_PROP_DATE,
  SIGNUP_PROP_DATE_TEXT,
  SIGNUP_PROP_ROLE,
  SIGNUP_PROP_STARTS,
  SIGNUP_PROP_ENDS,
  SIGNUP_PROP_TIME_TEXT,
  SIGNUP_PROP_SIGNED_UP_AT,
  SIGNUP_PROP_CHECKED_IN,
  SIGNUP_PROP_CHECKED_IN_AT,
  SIGNUP_PROP_MINUTES,
  SIGNUP_PROP_HOURS_TEXT,
  SIGNUP_N_PROPS
};

static GParamSpec *signup_properties[SIGNUP_N_PROPS];

static void
hustings_signup_finalize (GObject *object)
{
  HustingsSignup *self = (HustingsSignup *) object;

  g_free (self->name);
  g_free (self->email);
  g_free (self->phone);
  g_free (self->event_name);
  g_free (self->date);
  g_free (self->role);
  g_free (self->starts);
  g_free (self->ends);
  g_free (self->signed_up_at);
  g_free (self->checked_in_at);

  G_OBJECT_CLASS (hustings_signup_parent_class)->finalize (object);
}

static void
hustings_signup_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HustingsSignup *self = HUSTINGS_SIGNUP (object);

  switch (prop_id)
    {
    case SIGNUP_PROP_SHIFT_ID:
      g_value_set_int64 (value, self->shift_id);
      break;
    case SIGNUP_PROP_CONTACT_ID:
      g_value_set_int64 (value, self->contact_id);
      break;
    case SIGNUP_PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case SIGNUP_PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;
    case SIGNUP_PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;
    case SIGNUP_PROP_EVENT_ID:
      g_value_set_int64 (value, self->event_id);
      break;
    case SIGNUP_PROP_EVENT_NAME:
      g_value_set_string (value, self->event_name);
      break;
    case SIGNUP_PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case SIGNUP_PROP_DATE_TEXT:
      g_value_take_string (value, hustings_date_format (self->date));
      break;
    case SIGNUP_PROP_ROLE:
      g_value_set_string (value, self->role);
      break;
    case SIGNUP_PROP_STARTS:
      g_value_set_string (value, self->starts);
      break;
    case SIGNUP_PROP_ENDS:
      g_value_set_string (value, self->ends);
      break;
    case SIGNUP_PROP_TIME_TEXT:
      g_value_take_string (value, hustings_time_range_format (self->starts, self->ends));
      break;
    case SIGNUP_PROP_SIGNED_UP_AT:
      g_value_set_string (value, self->signed_up_at);
      break;
    case SIGNUP_PROP_CHECKED_IN:
      g_value_set_boolean (value, self->checked_in_at != NULL);
      break;
    case SIGNUP_PROP_CHECKED_IN_AT:
      g_value_set_string (value, self->checked_in_at);
      break;
    case SIGNUP_PROP_MINUTES:
      g_value_set_int64 (value, self->minutes);
      break;
    case SIGNUP_PROP_HOURS_TEXT:
      g_value_take_string (value, self->checked_in_at ? hustings_hours_format (self->minutes)
                                                      : g_strdup (""));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_signup_class_init (HustingsSignupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const StringProperty strings[] = {
    { SIGNUP_PROP_NAME, "name" }, { SIGNUP_PROP_EMAIL, "email" },
    { SIGNUP_PROP_PHONE, "phone" }, { SIGNUP_PROP_EVENT_NAME, "event-name" },
    { SIGNUP_PROP_DATE, "date" }, { SIGNUP_PROP_DATE_TEXT, "date-text" },
    { SIGNUP_PROP_ROLE, "role" }, { SIGNUP_PROP_STARTS, "starts" },
    { SIGNUP_PROP_ENDS, "ends" }, { SIGNUP_PROP_TIME_TEXT, "time-text" },
    { SIGNUP_PROP_SIGNED_UP_AT, "signed-up-at" },
    { SIGNUP_PROP_CHECKED_IN_AT, "checked-in-at" }, { SIGNUP_PROP_HOURS_TEXT, "hours-text" },
  };

  object_class->finalize = hustings_signup_finalize;
  object_class->get_property = hustings_signup_get_property;

  signup_properties[SIGNUP_PROP_SHIFT_ID] = int64_property ("shift-id");
  signup_properties[SIGNUP_PROP_CONTACT_ID] = int64_property ("contact-id");
  signup_properties[SIGNUP_PROP_EVENT_ID] = int64_property ("event-id");
  signup_properties[SIGNUP_PROP_CHECKED_IN] = boolean_property ("checked-in");
  signup_properties[SIGNUP_PROP_MINUTES] = int64_property ("minutes");
  install_strings (signup_properties, strings, G_N_ELEMENTS (strings));
  g_object_class_install_properties (object_class, SIGNUP_N_PROPS, signup_properties);
}

static void
hustings_signup_init (HustingsSignup *self)
{
}

HustingsSignup *
hustings_signup_new (void)
{
  return g_object_new (HUSTINGS_TYPE_SIGNUP, NULL);
}

gint64
hustings_signup_get_shift_id (HustingsSignup *self)
{
  return self->shift_id;
}

gint64
hustings_signup_get_contact_id (HustingsSignup *self)
{
  return self->contact_id;
}

const char *
hustings_signup_get_name (HustingsSignup *self)
{
  return self->name;
}

const char *
hustings_signup_get_email (HustingsSignup *self)
{
  return self->email;
}

const char *
hustings_signup_get_phone (HustingsSignup *self)
{
  return self->phone;
}

gint64
hustings_signup_get_event_id (HustingsSignup *self)
{
  return self->event_id;
}

const char *
hustings_signup_get_event_name (HustingsSignup *self)
{
  return self->event_name;
}

const char *
hustings_signup_get_date (HustingsSignup *self)
{
  return self->date;
}

const char *
hustings_signup_get_role (HustingsSignup *self)
{
  return self->role;
}

const char *
hustings_signup_get_starts (HustingsSignup *self)
{
  return self->starts;
}

const char *
hustings_signup_get_ends (HustingsSignup *self)
{
  return self->ends;
}

const char *
hustings_signup_get_signed_up_at (HustingsSignup *self)
{
  return self->signed_up_at;
}

gboolean
hustings_signup_get_checked_in (HustingsSignup *self)
{
  return self->checked_in_at != NULL;
}

const char *
hustings_signup_get_checked_in_at (HustingsSignup *self)
{
  return self->checked_in_at;
}

gint64
hustings_signup_get_minutes (HustingsSignup *self)
{
  return self->minutes;
}

/* ---- HustingsGuest ---- */

G_DEFINE_FINAL_TYPE (HustingsGuest, hustings_guest, G_TYPE_OBJECT)

enum {
  GUEST_PROP_0,
  GUEST_PROP_EVENT_ID,
  GUEST_PROP_CONTACT_ID,
  GUEST_PROP_NAME,
  GUEST_PROP_EMAIL,
  GUEST_PROP_PHONE,
  GUEST_PROP_RSVP,
  GUEST_PROP_RSVP_TEXT,
  GUEST_PROP_GUESTS,
  GUEST_PROP_PARTY,
  GUEST_PROP_CHECKED_IN,
  GUEST_PROP_CHECKED_IN_AT,
  GUEST_PROP_UPDATED_AT,
  GUEST_N_PROPS
};

static GParamSpec *guest_properties[GUEST_N_PROPS];

static void
hustings_guest_finalize (GObject *object)
{
  HustingsGuest *self = (HustingsGuest *) object;

  g_free (self->name);
  g_free (self->email);
  g_free (self->phone);
  g_free (self->checked_in_at);
  g_free (self->updated_at);

  G_OBJECT_CLASS (hustings_guest_parent_class)->finalize (object);
}

static void
hustings_guest_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HustingsGuest *self = HUSTINGS_GUEST (object);

  switch (prop_id)
    {
    case GUEST_PROP_EVENT_ID:
      g_value_set_int64 (value, self->event_id);
      break;
    case GUEST_PROP_CONTACT_ID:
      g_value_set_int64 (value, self->contact_id);
      break;
    case GUEST_PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case GUEST_PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;
    case GUEST_PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;
    case GUEST_PROP_RSVP:
      g_value_set_uint (value, self->rsvp);
      break;
    case GUEST_PROP_RSVP_TEXT:
      g_value_set_string (value, hustings_rsvp_describe (self->rsvp));
      break;
    case GUEST_PROP_GUESTS:
      g_value_set_uint (value, self->guests);
      break;
    case GUEST_PROP_PARTY:
      g_value_set_uint (value, self->guests + 1);
      break;
    case GUEST_PROP_CHECKED_IN:
      g_value_set_boolean (value, self->checked_in_at != NULL);
      break;
    case GUEST_PROP_CHECKED_IN_AT:
      g_value_set_string (value, self->checked_in_at);
      break;
    case GUEST_PROP_UPDATED_AT:
      g_value_set_string (value, self->updated_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_guest_class_init (HustingsGuestClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const StringProperty strings[] = {
    { GUEST_PROP_NAME, "name" }, { GUEST_PROP_EMAIL, "email" }, { GUEST_PROP_PHONE, "phone" },
    { GUEST_PROP_RSVP_TEXT, "rsvp-text" }, { GUEST_PROP_CHECKED_IN_AT, "checked-in-at" },
    { GUEST_PROP_UPDATED_AT, "updated-at" },
  };

  object_class->finalize = hustings_guest_finalize;
  object_class->get_property = hustings_guest_get_property;

  guest_properties[GUEST_PROP_EVENT_ID] = int64_property ("event-id");
  guest_properties[GUEST_PROP_CONTACT_ID] = int64_property ("contact-id");
  guest_properties[GUEST_PROP_RSVP] = uint_property ("rsvp");
  guest_properties[GUEST_PROP_GUESTS] = uint_property ("guests");
  guest_properties[GUEST_PROP_PARTY] = uint_property ("party");
  guest_properties[GUEST_PROP_CHECKED_IN] = boolean_property ("checked-in");
  install_strings (guest_properties, strings, G_N_ELEMENTS (strings));
  g_object_class_install_properties (object_class, GUEST_N_PROPS, guest_properties);
}

static void
hustings_guest_init (HustingsGuest *self)
{
}

HustingsGuest *
hustings_guest_new (void)
{
  return g_object_new (HUSTINGS_TYPE_GUEST, NULL);
}

gint64
hustings_guest_get_event_id (HustingsGuest *self)
{
  return self->event_id;
}

gint64
hustings_guest_get_contact_id (HustingsGuest *self)
{
  return self->contact_id;
}

const char *
hustings_guest_get_name (HustingsGuest *self)
{
  return self->name;
}

const char *
hustings_guest_get_email (HustingsGuest *self)
{
  return self->email;
}

const char *
hustings_guest_get_phone (HustingsGuest *self)
{
  return self->phone;
}

HustingsRsvp
hustings_guest_get_rsvp (HustingsGuest *self)
{
  return self->rsvp;
}

guint
hustings_guest_get_guests (HustingsGuest *self)
{
  return self->guests;
}

gboolean
hustings_guest_get_checked_in (HustingsGuest *self)
{
  return self->checked_in_at != NULL;
}

const char *
hustings_guest_get_checked_in_at (HustingsGuest *self)
{
  return self->checked_in_at;
}

const char *
hustings_guest_get_updated_at (HustingsGuest *self)
{
  return self->updated_at;
}
