/* hustings-cli-volunteers.c: `hustings-cli volunteers` and `hustings-cli events`, a committee
 * file's volunteers and events as tab-separated values.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "hustings-cli.h"

/* ---- volunteers ---- */

/* "mon 09:00-12:00, sat 10:00-14:00". */
static char *
availability_field (HustingsVolunteer *volunteer)
{
  const GArray *availability = hustings_volunteer_get_availability (volunteer);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < availability->len; i++)
    {
      const HustingsAvailability *a = &g_array_index (availability, HustingsAvailability, i);

      g_string_append_printf (text, "%s%s %s-%s", i > 0 ? ", " : "",
                              hustings_weekday_code (a->weekday), a->starts, a->ends);
    }
  return g_string_free (text, FALSE);
}

static void
put_volunteer (HustingsVolunteer *volunteer)
{
  g_autofree char *skills = g_strjoinv (", ", (char **) hustings_volunteer_get_skills (volunteer));
  g_autofree char *availability = availability_field (volunteer);
  g_autofree char *hours = hustings_hours_format (hustings_volunteer_get_minutes (volunteer));
  g_autofree char *shifts = g_strdup_printf ("%u", hustings_volunteer_get_shifts (volunteer));

  put_id (hustings_volunteer_get_contact_id (volunteer), FALSE);
  put_field (hustings_volunteer_get_name (volunteer), FALSE);
  put_field (hustings_volunteer_status_to_string (hustings_volunteer_get_status (volunteer)),
             FALSE);
  put_field (skills, FALSE);
  put_field (availability, FALSE);
  put_field (hours, FALSE);
  put_field (shifts, FALSE);
  put_field (hustings_volunteer_get_email (volunteer), FALSE);
  put_field (hustings_volunteer_get_phone (volunteer), TRUE);
}

/* Parses --available DAY[@HH:MM[-HH:MM]] into filter; a message on failure. */
static char *
parse_available (const char              *text,
                 HustingsVolunteerFilter *filter,
                 char                   **out_from,
                 char                   **out_to)
{
  g_auto(GStrv) parts = g_strsplit (text, "@", 2);
  g_auto(GStrv) times = NULL;
  g_autoptr(GError) error = NULL;

  if (!hustings_weekday_parse (parts[0], &filter->weekday))
    /* Translators: %s is what was given */
    return g_strdup_printf (_("--available wants a day such as mon or saturday, then "
                              "optionally @HH:MM or @HH:MM-HH:MM, not “%s”"), text);
  if (parts[1] == NULL)
    return NULL;

  times = g_strsplit (parts[1], "-", 2);
  *out_from = hustings_time_normalize (times[0], &error);
  if (*out_from == NULL)
    return g_strdup_printf ("--available: %s", error->message);
  if (times[1] != NULL)
    {
      *out_to = hustings_time_normalize (times[1], &error);
      if (*out_to == NULL)
        return g_strdup_printf ("--available: %s", error->message);
      if (strcmp (*out_to, *out_from) <= 0)
        return g_strdup (_("--available: the end time must be after the start time"));
    }
  filter->from = *out_from;
  filter->to = *out_to;
  return NULL;
}

int
run_volunteers (const Command  *command,
                int             argc,
                char          **argv)
{
  static const char * const columns[] = {
    "id", "name", "status", "skills", "availability", "hours", "shifts", "email", "phone", NULL
  };
  g_auto(GStrv) skills = NULL;
  g_auto(GStrv) statuses = NULL;
  g_autofree char *available = NULL;
  g_autofree char *search = NULL;
  const GOptionEntry entries[] = {
    { "skill", 0, 0, G_OPTION_ARG_STRING_ARRAY, &skills,
      N_("Only volunteers with SKILL (repeat for several: all of them)"), N_("SKILL") },
    { "available", 0, 0, G_OPTION_ARG_STRING, &available,
      N_("Only volunteers free on DAY, at a time or for a range (mon, sat@10:00, "
         "tue@18:00-20:00)"), N_("DAY[@HH:MM[-HH:MM]]") },
    { "search", 0, 0, G_OPTION_ARG_STRING, &search,
      N_("Only volunteers whose name, email, city, ZIP or employer matches TEXT"), N_("TEXT") },
    { "status", 0, 0, G_OPTION_ARG_STRING_ARRAY, &statuses,
      N_("Only volunteers with STATUS: prospect, active or inactive (repeat for several)"),
      N_("STATUS") },
    { NULL }
  };
  HustingsVolunteerFilter filter = { 0 };
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  const char *path;

  path = parse_command (command, entries, argc, argv);
  if (path == NULL)
    return EXIT_USAGE;
  if (available != NULL)
    {
      g_autofree char *message = parse_available (available, &filter, &from, &to);

      if (message != NULL)
        return usage_error (command, message);
    }
  for (guint i = 0; statuses != NULL && statuses[i] != NULL; i++)
    {
      HustingsVolunteerStatus status;

      if (!hustings_volunteer_status_from_string (statuses[i], &status))
        {
          g_autofree char *message = g_strdup_printf (
            _("--status is prospect, active or inactive, not “%s”"), statuses[i]);

          return usage_error (command, message);
        }
      filter.statuses |= 1u << status;
    }
  filter.search = search;
  filter.skills = (const char * const *) skills;

  file = open_file (path);
  if (file == NULL)
    return EXIT_FAILURE;

  put_header (columns);
  ids = hustings_volunteer_store_list_ids (file, &filter);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HustingsVolunteer) volunteer =
        hustings_volunteer_store_get (file, g_array_index (ids, gint64, i), &error);

      if (volunteer == NULL)
        {
          fflush (stdout);
          return fail (error->message);
        }
      put_volunteer (volunteer);
    }
  return finish_output ();
}

/* ---- events ---- */

static const char * const event_columns[] = {
  "id", "date", "name", "kind", "place", "capacity", "yes", "maybe", "checked_in", "shifts",
  "open_slots", "revenue", "goal", NULL
};

static void
put_count (guint    count,
           gboolean last)
{
  g_autofree char *text = g_strdup_printf ("%u", count);

  put_field (text, last);
}

static void
put_event (HustingsEvent *event)
{
  const HustingsEventSummary *summary = hustings_event_get_summary (event);

  put_id (hustings_event_get_id (event), FALSE);
  put_field (hustings_event_get_date (event), FALSE);
  put_field (hustings_event_get_name (event), FALSE);
  put_field (hustings_event_kind_to_string (hustings_event_get_kind (event)), FALSE);
  put_field (hustings_event_get_place (event), FALSE);
  put_count (hustings_event_get_capacity (event), FALSE);
  put_count (summary->yes, FALSE);
  put_count (summary->maybe, FALSE);
  put_count (summary->checked_in, FALSE);
  put_count (summary->shifts, FALSE);
  put_count (summary->open_slots, FALSE);
  put_amount (summary->revenue, FALSE);
  put_amount (hustings_event_get_goal (event), TRUE);
}

/* One line per signup of each shift, or one for a shift nobody signed up for. */
static void
put_shifts (HustingsCommitteeFile *file,
            gint64                 event_id)
{
  static const char * const columns[] = {
    "shift_id", "role", "starts", "ends", "slots", "open", "contact_id", "name", "checked_in",
    "minutes", NULL
  };
  g_autoptr(GListModel) shifts = hustings_event_store_list_shifts (file, event_id);

  put_header (columns);
  for (guint i = 0; i < g_list_model_get_n_items (shifts); i++)
    {
      g_autoptr(HustingsShift) shift = g_list_model_get_item (shifts, i);
      g_autoptr(GListModel) signups = hustings_event_store_list_signups (
                                        file, hustings_shift_get_id (shift));
      guint n = g_list_model_get_n_items (signups);

      for (guint j = 0; j < MAX (n, 1); j++)
        {
          g_autoptr(HustingsSignup) signup = g_list_model_get_item (signups, j);
          g_autofree char *minutes = NULL;

          put_id (hustings_shift_get_id (shift), FALSE);
          put_field (hustings_shift_get_role (shift), FALSE);
          put_field (hustings_shift_get_starts (shift), FALSE);
          put_field (hustings_shift_get_ends (shift), FALSE);
          put_count (hustings_shift_get_slots (shift), FALSE);
          put_count (hustings_shift_get_open (shift), FALSE);
          if (signup != NULL && hustings_signup_get_checked_in (signup))
            minutes = g_strdup_printf ("%" G_GINT64_FORMAT,
                                       hustings_signup_get_minutes (signup));
          put_id (signup ? hustings_signup_get_contact_id (signup) : 0, FALSE);
          put_field (signup ? hustings_signup_get_name (signup) : "", FALSE);
          put_field (minutes != NULL ? "yes" : "", FALSE);
          put_field (minutes, TRUE);
        }
    }
}

static void
put_guests (HustingsCommitteeFile *file,
            gint64                 event_id)
{
  static const char * const columns[] = {
    "contact_id", "name", "rsvp", "guests", "checked_in", NULL
  };
  g_autoptr(GListModel) guests = hustings_event_store_list_guests (file, event_id);

  put_header (columns);
  for (guint i = 0; i < g_list_model_get_n_items (guests); i++)
    {
      g_autoptr(HustingsGuest) guest = g_list_model_get_item (guests, i);

      put_id (hustings_guest_get_contact_id (guest), FALSE);
      put_field (hustings_guest_get_name (guest), FALSE);
      put_field (hustings_rsvp_to_string (hustings_guest_get_rsvp (guest)), FALSE);
      put_count (hustings_guest_get_guests (guest), FALSE);
      put_field (hustings_guest_get_checked_in (guest) ? "yes" : "", TRUE);
    }
}

int
run_events (const Command  *command,
            int             argc,
            char          **argv)
{
  gboolean all = FALSE;
  g_autofree char *event_text = NULL;
  const GOptionEntry entries[] = {
    { "all", 0, 0, G_OPTION_ARG_NONE, &all,
      N_("Past events too, after the upcoming ones (the most recent first)"), NULL },
    { "event", 0, 0, G_OPTION_ARG_STRING, &event_text,
      N_("One event: its line, then its shifts and who signed up, then its guests"),
      N_("ID") },
    { NULL }
  };
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(GError) error = NULL;
  guint64 event_id = 0;
  const char *path;

  path = parse_command (command, entries, argc, argv);
  if (path == NULL)
    return EXIT_USAGE;
  if (event_text != NULL)
    {
      g_autofree char *message = NULL;

      if (all)
        return usage_error (command, _("--all and --event cannot be used together"));
      if (!parse_count ("--event", event_text, G_MAXINT64, &event_id, &message))
        return usage_error (command, message);
    }
  file = open_file (path);
  if (file == NULL)
    return EXIT_FAILURE;

  if (event_text != NULL)
    {
      g_autoptr(HustingsEvent) event = hustings_event_store_get (file, event_id, &error);

      if (event == NULL)
        return fail (error->message);
      put_header (event_columns);
      put_event (event);
      putchar ('\n');
      put_shifts (file, event_id);
      putchar ('\n');
      put_guests (file, event_id);
    }
  else
    {
      g_autoptr(GArray) ids = hustings_event_store_list_ids (file, NULL, all);

      put_header (event_columns);
      for (guint i = 0; i < ids->len; i++)
        {
          g_autoptr(HustingsEvent) event =
            hustings_event_store_get (file, g_array_index (ids, gint64, i), &error);

          if (event == NULL)
            {
              fflush (stdout);
              return fail (error->message);
            }
          put_event (event);
        }
    }
  return finish_output ();
}
