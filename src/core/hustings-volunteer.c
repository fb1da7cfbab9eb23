/* hustings-volunteer.c: a volunteer as plain data; days of the week.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-volunteer"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hustings-dates.h"
#include "hustings-error.h"
#include "hustings-event.h"
#include "hustings-volunteer-private.h"

/* ---- Days of the week ---- */

static const char * const weekday_codes[] = {
  "mon", "tue", "wed", "thu", "fri", "sat", "sun",
};
static const char * const weekday_names[] = {
  N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"),
  N_("Sunday"),
};
static const char * const weekday_short_names[] = {
  NC_("weekday", "Mon"), NC_("weekday", "Tue"), NC_("weekday", "Wed"), NC_("weekday", "Thu"),
  NC_("weekday", "Fri"), NC_("weekday", "Sat"), NC_("weekday", "Sun"),
};

const char *
hustings_weekday_code (guint weekday)
{
  return weekday >= 1 && weekday <= 7 ? weekday_codes[weekday - 1] : NULL;
}

const char *
hustings_weekday_name (guint weekday)
{
  return weekday >= 1 && weekday <= 7 ? _(weekday_names[weekday - 1]) : "";
}

const char *
hustings_weekday_short_name (guint weekday)
{
  return weekday >= 1 && weekday <= 7
         ? g_dpgettext2 (GETTEXT_PACKAGE, "weekday", weekday_short_names[weekday - 1]) : "";
}

gboolean
hustings_weekday_parse (const char *text,
                        guint      *out_weekday)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  g_autofree char *folded = g_utf8_casefold (trimmed, -1);
  gsize length = strlen (folded);
  guint found = 0;

  if (length == 1 && folded[0] >= '1' && folded[0] <= '7')
    {
      *out_weekday = folded[0] - '0';
      return TRUE;
    }
  if (length < 2)
    return FALSE;

  /* A name, or enough of its beginning to tell the day ("tu", "thurs", "sat"). */
  for (guint day = 1; day <= 7; day++)
    {
      const char *names[] = {
        weekday_names[day - 1], hustings_weekday_name (day), hustings_weekday_short_name (day),
      };

      for (guint n = 0; n < G_N_ELEMENTS (names); n++)
        {
          g_autofree char *name = g_utf8_casefold (names[n], -1);

          if (g_str_has_prefix (name, folded) && found != day)
            {
              if (found != 0)
                return FALSE;
              found = day;
            }
        }
    }
  if (found == 0)
    return FALSE;
  *out_weekday = found;
  return TRUE;
}

/* ---- Statuses and skills ---- */

static const char * const status_names[] = { "prospect", "active", "inactive" };
G_STATIC_ASSERT (G_N_ELEMENTS (status_names) == HUSTINGS_N_VOLUNTEER_STATUSES);

const char *
hustings_volunteer_status_to_string (HustingsVolunteerStatus status)
{
  g_return_val_if_fail (status < HUSTINGS_N_VOLUNTEER_STATUSES, "active");
  return status_names[status];
}

gboolean
hustings_volunteer_status_from_string (const char              *text,
                                       HustingsVolunteerStatus *out_status)
{
  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (status_names); i++)
    if (strcmp (text, status_names[i]) == 0)
      {
        *out_status = (HustingsVolunteerStatus) i;
        return TRUE;
      }
  return FALSE;
}

const char *
hustings_volunteer_status_describe (HustingsVolunteerStatus status)
{
  switch (status)
    {
    /* Translators: a volunteer who said they might help */
    case HUSTINGS_VOLUNTEER_PROSPECT: return _("Prospect");
    case HUSTINGS_VOLUNTEER_ACTIVE:   return C_("volunteer", "Active");
    case HUSTINGS_VOLUNTEER_INACTIVE: return C_("volunteer", "Inactive");
    case HUSTINGS_N_VOLUNTEER_STATUSES:
    default:                          return "";
    }
}

static const char * const common_skills[] = {
  "canvassing", "phone banking", "text banking", "data entry", "driving", "event setup",
  "fundraising calls", "social media", "graphic design", "photography", "writing",
  "voter registration", "poll watching", "translation",
  "Spanish", "Vietnamese", "Chinese", "Korean", "Tagalog", "Arabic", "French",
  "American Sign Language",
  NULL
};

const char * const *
hustings_volunteer_common_skills (void)
{
  return common_skills;
}

char *
hustings_volunteer_skill_normalize (const char *skill)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (skill ? skill : ""));
  GString *out = g_string_new (NULL);

  /* One space between words. */
  for (const char *p = trimmed; *p; p++)
    {
      if (g_ascii_isspace (*p))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
          continue;
        }
      g_string_append_c (out, *p);
    }
  for (guint i = 0; common_skills[i] != NULL; i++)
    if (g_ascii_strcasecmp (out->str, common_skills[i]) == 0)
      g_string_assign (out, common_skills[i]);
  return g_string_free (out, FALSE);
}

static int
compare_skills (gconstpointer a,
                gconstpointer b)
{
  const char *x = *(const char * const *) a;
  const char *y = *(const char * const *) b;
  int order = g_ascii_strcasecmp (x, y);

  return order != 0 ? order : strcmp (x, y);
}

/* ---- Availability ---- */

gboolean
hustings_availability_covers (const char *starts,
                              const char *ends,
                              const char *from,
                              const char *to)
{
  if (from == NULL)
    return TRUE;
  if (strcmp (starts, from) > 0 || strcmp (ends, from) <= 0)
    return FALSE;
  return to == NULL || strcmp (ends, to) >= 0;
}

static int
compare_availability (gconstpointer a,
                      gconstpointer b)
{
  const HustingsAvailability *x = a, *y = b;

  if (x->weekday != y->weekday)
    return x->weekday < y->weekday ? -1 : 1;
  return strcmp (x->starts, y->starts);
}

/* ---- HustingsVolunteer ---- */

struct _HustingsVolunteer
{
  GObject                  parent_instance;

  gint64                   contact_id;
  char                    *name;
  char                    *email;
  char                    *phone;
  HustingsVolunteerStatus  status;
  char                    *since;
  char                    *emergency_name;
  char                    *emergency_phone;
  char                    *notes;
  char                   **skills;
  GArray                  *availability;  /* HustingsAvailability, sorted */
  gint64                   minutes;
  guint                    shifts;
};

G_DEFINE_FINAL_TYPE (HustingsVolunteer, hustings_volunteer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CONTACT_ID,
  PROP_NAME,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_STATUS,
  PROP_STATUS_TEXT,
  PROP_SINCE,
  PROP_SINCE_TEXT,
  PROP_EMERGENCY_NAME,
  PROP_EMERGENCY_PHONE,
  PROP_NOTES,
  PROP_SKILLS,
  PROP_SKILLS_TEXT,
  PROP_AVAILABILITY_TEXT,
  PROP_MINUTES,
  PROP_HOURS_TEXT,
  PROP_SHIFTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "Mon 9:00 AM – 12:00 PM, Sat 10:00 AM – 2:00 PM". */
static char *
describe_availability (HustingsVolunteer *self)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->availability->len; i++)
    {
      const HustingsAvailability *a = &g_array_index (self->availability,
                                                      HustingsAvailability, i);
      g_autofree char *range = hustings_time_range_format (a->starts, a->ends);

      if (i > 0)
        g_string_append (text, ", ");
      /* Translators: when a volunteer is free: a day, then a range of times: "Mon 9:00 AM –
       * 12:00 PM" */
      g_string_append_printf (text, _("%s %s"), hustings_weekday_short_name (a->weekday), range);
    }
  return g_string_free (text, FALSE);
}

static void
hustings_volunteer_finalize (GObject *object)
{
  HustingsVolunteer *self = (HustingsVolunteer *) object;

  g_free (self->name);
  g_free (self->email);
  g_free (self->phone);
  g_free (self->since);
  g_free (self->emergency_name);
  g_free (self->emergency_phone);
  g_free (self->notes);
  g_strfreev (self->skills);
  g_array_unref (self->availability);

  G_OBJECT_CLASS (hustings_volunteer_parent_class)->finalize (object);
}

static void
hustings_volunteer_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HustingsVolunteer *self = HUSTINGS_VOLUNTEER (object);

  switch (prop_id)
    {
    case PROP_CONTACT_ID:
      g_value_set_int64 (value, self->contact_id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;
    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;
    case PROP_STATUS:
      g_value_set_uint (value, self->status);
      break;
    case PROP_STATUS_TEXT:
      g_value_set_string (value, hustings_volunteer_status_describe (self->status));
      break;
    case PROP_SINCE:
      g_value_set_string (value, self->since);
      break;
    case PROP_SINCE_TEXT:
      g_value_take_string (value, hustings_date_format (self->since));
      break;
    case PROP_EMERGENCY_NAME:
      g_value_set_string (value, self->emergency_name);
      break;
    case PROP_EMERGENCY_PHONE:
      g_value_set_string (value, self->emergency_phone);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_SKILLS:
      g_value_set_boxed (value, self->skills);
      break;
    case PROP_SKILLS_TEXT:
      g_value_take_string (value, g_strjoinv (", ", self->skills));
      break;
    case PROP_AVAILABILITY_TEXT:
      g_value_take_string (value, describe_availability (self));
      break;
    case PROP_MINUTES:
      g_value_set_int64 (value, self->minutes);
      break;
    case PROP_HOURS_TEXT:
      g_value_take_string (value, hustings_hours_format (self->minutes));
      break;
    case PROP_SHIFTS:
      g_value_set_uint (value, self->shifts);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_volunteer_class_init (HustingsVolunteerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  static const struct { guint prop; const char *name; } strings[] = {
    { PROP_NAME, "name" }, { PROP_EMAIL, "email" }, { PROP_PHONE, "phone" },
    { PROP_STATUS_TEXT, "status-text" }, { PROP_SINCE, "since" },
    { PROP_SINCE_TEXT, "since-text" }, { PROP_EMERGENCY_NAME, "emergency-name" },
    { PROP_EMERGENCY_PHONE, "emergency-phone" }, { PROP_NOTES, "notes" },
    { PROP_SKILLS_TEXT, "skills-text" }, { PROP_AVAILABILITY_TEXT, "availability-text" },
    { PROP_HOURS_TEXT, "hours-text" },
  };

  object_class->finalize = hustings_volunteer_finalize;
  object_class->get_property = hustings_volunteer_get_property;

  properties[PROP_CONTACT_ID] = g_param_spec_int64 ("contact-id", NULL, NULL,
                                                    0, G_MAXINT64, 0, flags);
  properties[PROP_STATUS] = g_param_spec_uint ("status", NULL, NULL, 0,
                                               HUSTINGS_N_VOLUNTEER_STATUSES - 1,
                                               HUSTINGS_VOLUNTEER_ACTIVE, flags);
  properties[PROP_SKILLS] = g_param_spec_boxed ("skills", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_MINUTES] = g_param_spec_int64 ("minutes", NULL, NULL,
                                                 0, G_MAXINT64, 0, flags);
  properties[PROP_SHIFTS] = g_param_spec_uint ("shifts", NULL, NULL, 0, G_MAXUINT, 0, flags);
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    properties[strings[i].prop] = g_param_spec_string (strings[i].name, NULL, NULL, NULL,
                                                       flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hustings_volunteer_init (HustingsVolunteer *self)
{
  self->name = g_strdup ("");
  self->email = g_strdup ("");
  self->phone = g_strdup ("");
  self->status = HUSTINGS_VOLUNTEER_ACTIVE;
  self->since = hustings_date_today ();
  self->emergency_name = g_strdup ("");
  self->emergency_phone = g_strdup ("");
  self->notes = g_strdup ("");
  self->skills = g_new0 (char *, 1);
  self->availability = g_array_new (FALSE, FALSE, sizeof (HustingsAvailability));
}

HustingsVolunteer *
hustings_volunteer_new (gint64 contact_id)
{
  HustingsVolunteer *self = g_object_new (HUSTINGS_TYPE_VOLUNTEER, NULL);

  self->contact_id = contact_id;
  return self;
}

static void
replace (char **member, const char *value)
{
  g_free (*member);
  *member = g_strdup (value ? value : "");
}

HustingsVolunteer *
hustings_volunteer_copy (HustingsVolunteer *self)
{
  HustingsVolunteer *copy;

  g_return_val_if_fail (HUSTINGS_IS_VOLUNTEER (self), NULL);

  copy = hustings_volunteer_new (self->contact_id);
  hustings_volunteer_set_contact (copy, self->name, self->email, self->phone);
  copy->status = self->status;
  replace (&copy->since, self->since);
  replace (&copy->emergency_name, self->emergency_name);
  replace (&copy->emergency_phone, self->emergency_phone);
  replace (&copy->notes, self->notes);
  g_strfreev (copy->skills);
  copy->skills = g_strdupv (self->skills);
  g_array_append_vals (copy->availability, self->availability->data, self->availability->len);
  copy->minutes = self->minutes;
  copy->shifts = self->shifts;
  return copy;
}

gint64
hustings_volunteer_get_contact_id (HustingsVolunteer *self)
{
  return self->contact_id;
}

const char *
hustings_volunteer_get_name (HustingsVolunteer *self)
{
  return self->name;
}

const char *
hustings_volunteer_get_email (HustingsVolunteer *self)
{
  return self->email;
}

const char *
hustings_volunteer_get_phone (HustingsVolunteer *self)
{
  return self->phone;
}

void
hustings_volunteer_set_contact (HustingsVolunteer *self,
                                const char        *name,
                                const char        *email,
                                const char        *phone)
{
  replace (&self->name, name);
  replace (&self->email, email);
  replace (&self->phone, phone);
}

HustingsVolunteerStatus
hustings_volunteer_get_status (HustingsVolunteer *self)
{
  return self->status;
}

void
hustings_volunteer_set_status (HustingsVolunteer       *self,
                               HustingsVolunteerStatus  status)
{
  g_return_if_fail (status < HUSTINGS_N_VOLUNTEER_STATUSES);
  self->status = status;
}

const char *
hustings_volunteer_get_since (HustingsVolunteer *self)
{
  return self->since;
}

void
hustings_volunteer_set_since (HustingsVolunteer *self,
                              const char        *date)
{
  replace (&self->since, date);
}

const char *
hustings_volunteer_get_emergency_name (HustingsVolunteer *self)
{
  return self->emergency_name;
}

void
hustings_volunteer_set_emergency_name (HustingsVolunteer *self,
                                       const char        *name)
{
  replace (&self->emergency_name, name);
  g_strstrip (self->emergency_name);
}

const char *
hustings_volunteer_get_emergency_phone (HustingsVolunteer *self)
{
  return self->emergency_phone;
}

void
hustings_volunteer_set_emergency_phone (HustingsVolunteer *self,
                                        const char        *phone)
{
  replace (&self->emergency_phone, phone);
  g_strstrip (self->emergency_phone);
}

const char *
hustings_volunteer_get_notes (HustingsVolunteer *self)
{
  return self->notes;
}

void
hustings_volunteer_set_notes (HustingsVolunteer *self,
                              const char        *notes)
{
  replace (&self->notes, notes);
}

const char * const *
hustings_volunteer_get_skills (HustingsVolunteer *self)
{
  return (const char * const *) self->skills;
}

void
hustings_volunteer_set_skills (HustingsVolunteer  *self,
                               const char * const *skills)
{
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; skills != NULL && skills[i] != NULL; i++)
    {
      char *skill = hustings_volunteer_skill_normalize (skills[i]);
      gboolean seen = *skill == '\0';

      for (guint j = 0; j < kept->len && !seen; j++)
        seen = g_ascii_strcasecmp (g_ptr_array_index (kept, j), skill) == 0;
      if (seen)
        g_free (skill);
      else
        g_ptr_array_add (kept, skill);
    }
  g_ptr_array_sort (kept, compare_skills);
  g_ptr_array_add (kept, NULL);
  g_strfreev (self->skills);
  self->skills = (char **) g_ptr_array_steal (kept, NULL);
}

gboolean
hustings_volunteer_has_skill (HustingsVolunteer *self,
                              const char        *skill)
{
  g_autofree char *wanted = hustings_volunteer_skill_normalize (skill);

  for (guint i = 0; self->skills[i] != NULL; i++)
    if (g_ascii_strcasecmp (self->skills[i], wanted) == 0)
      return TRUE;
  return FALSE;
}

gboolean
hustings_volunteer_add_skill (HustingsVolunteer *self,
                              const char        *skill)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) skills = NULL;
  g_autofree char *normalized = hustings_volunteer_skill_normalize (skill);

  if (*normalized == '\0' || hustings_volunteer_has_skill (self, normalized))
    return FALSE;
  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **) self->skills);
  g_strv_builder_add (builder, normalized);
  skills = g_strv_builder_end (builder);
  hustings_volunteer_set_skills (self, (const char * const *) skills);
  return TRUE;
}

gboolean
hustings_volunteer_remove_skill (HustingsVolunteer *self,
                                 const char        *skill)
{
  g_autofree char *wanted = hustings_volunteer_skill_normalize (skill);
  guint n = g_strv_length (self->skills);

  for (guint i = 0; i < n; i++)
    if (g_ascii_strcasecmp (self->skills[i], wanted) == 0)
      {
        g_free (self->skills[i]);
        memmove (&self->skills[i], &self->skills[i + 1], (n - i) * sizeof (char *));
        return TRUE;
      }
  return FALSE;
}

const GArray *
hustings_volunteer_get_availability (HustingsVolunteer *self)
{
  return self->availability;
}

void
hustings_volunteer_add_availability (HustingsVolunteer *self,
                                     guint              weekday,
                                     const char        *starts,
                                     const char        *ends)
{
  HustingsAvailability range = { .weekday = weekday };

  g_strlcpy (range.starts, starts ? starts : "", sizeof range.starts);
  g_strlcpy (range.ends, ends ? ends : "", sizeof range.ends);
  g_array_append_val (self->availability, range);
  g_array_sort (self->availability, compare_availability);
}

void
hustings_volunteer_clear_availability (HustingsVolunteer *self)
{
  g_array_set_size (self->availability, 0);
}

gboolean
hustings_volunteer_is_available (HustingsVolunteer *self,
                                 guint              weekday,
                                 const char        *from,
                                 const char        *to)
{
  for (guint i = 0; i < self->availability->len; i++)
    {
      const HustingsAvailability *a = &g_array_index (self->availability,
                                                      HustingsAvailability, i);

      if (a->weekday == weekday && hustings_availability_covers (a->starts, a->ends, from, to))
        return TRUE;
    }
  return FALSE;
}

gint64
hustings_volunteer_get_minutes (HustingsVolunteer *self)
{
  return self->minutes;
}

guint
hustings_volunteer_get_shifts (HustingsVolunteer *self)
{
  return self->shifts;
}

void
hustings_volunteer_set_worked (HustingsVolunteer *self,
                               gint64             minutes,
                               guint              shifts)
{
  self->minutes = minutes;
  self->shifts = shifts;
}

/* ---- Rules ---- */

static gboolean
invalid (GError **error, const char *message)
{
  g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID, message);
  return FALSE;
}

gboolean
hustings_volunteer_check (HustingsVolunteer  *self,
                          GError            **error)
{
  if (self->status >= HUSTINGS_N_VOLUNTEER_STATUSES)
    return invalid (error, _("A volunteer is a prospect, active or inactive"));
  if (!hustings_date_is_valid (self->since))
    return invalid (error, _("The date they started volunteering must be a real date"));

  for (guint i = 0; self->skills[i] != NULL; i++)
    {
      if (strchr (self->skills[i], ',') != NULL)
        {
          g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                       _("The skill “%s” has a comma in it; add each skill on its own"),
                       self->skills[i]);
          return FALSE;
        }
      if (g_utf8_strlen (self->skills[i], -1) > HUSTINGS_VOLUNTEER_SKILL_MAX)
        {
          g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                       _("The skill “%s” is longer than %d characters; name it in a word or "
                         "two"), self->skills[i], HUSTINGS_VOLUNTEER_SKILL_MAX);
          return FALSE;
        }
    }

  for (guint i = 0; i < self->availability->len; i++)
    {
      const HustingsAvailability *a = &g_array_index (self->availability,
                                                      HustingsAvailability, i);
      const HustingsAvailability *before = i > 0 ? a - 1 : NULL;

      if (a->weekday < 1 || a->weekday > 7)
        return invalid (error, _("A day of availability must be Monday to Sunday"));
      if (!hustings_time_is_valid (a->starts) || !hustings_time_is_valid (a->ends))
        {
          g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                       _("The times they are free on %s must be written HH:MM, such as 09:00"),
                       hustings_weekday_name (a->weekday));
          return FALSE;
        }
      if (strcmp (a->ends, a->starts) <= 0)
        {
          g_autofree char *from = hustings_time_format (a->starts);
          g_autofree char *to = hustings_time_format (a->ends);

          /* Translators: "On Monday, 5:00 PM is not before 9:00 AM: …" */
          g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                       _("On %s, %s is not before %s: a time they are free ends after it "
                         "starts"), hustings_weekday_name (a->weekday), from, to);
          return FALSE;
        }
      if (before != NULL && before->weekday == a->weekday &&
          strcmp (before->ends, a->starts) > 0)
        {
          g_autofree char *first = hustings_time_range_format (before->starts, before->ends);
          g_autofree char *second = hustings_time_range_format (a->starts, a->ends);

          g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                       _("On %s, %s overlaps %s: make them one range"),
                       hustings_weekday_name (a->weekday), first, second);
          return FALSE;
        }
    }
  return TRUE;
}
