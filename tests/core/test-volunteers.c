/* test-volunteers.c: volunteers: times of day and weekdays, saving a volunteer with skills
 * and availability, the rules, stopping, the skill and availability filters, the list model,
 * and the hours a volunteer's history and the list show.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdlib.h>
#include <string.h>

#include "test-util.h"

static void
assert_time (const char *text,
             const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *time = hustings_time_normalize (text, &error);

  if (expected == NULL)
    {
      g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
      g_assert_null (time);
    }
  else
    {
      g_assert_no_error (error);
      g_assert_cmpstr (time, ==, expected);
    }
}

static void
assert_hours (gint64      minutes,
              const char *expected)
{
  g_autofree char *hours = hustings_hours_format (minutes);

  g_assert_cmpstr (hours, ==, expected);
}

static void
test_times (void)
{
  g_autofree char *evening = hustings_time_format ("18:30");
  g_autofree char *morning = hustings_time_format ("09:05");
  g_autofree char *range = hustings_time_range_format ("18:00", "20:00");
  g_autofree char *open = hustings_time_range_format ("18:00", "");
  g_autofree char *none = hustings_time_range_format ("", "");
  g_autoptr(GError) error = NULL;

  assert_time ("9", "09:00");
  assert_time (" 9:30 ", "09:30");
  assert_time ("09:30", "09:30");
  assert_time ("930", "09:30");
  assert_time ("1830", "18:30");
  assert_time ("0", "00:00");
  assert_time ("9am", "09:00");
  assert_time ("9:30 p.m.", "21:30");
  assert_time ("9:30 PM", "21:30");
  assert_time ("12 pm", "12:00");
  assert_time ("12am", "00:00");
  assert_time ("23:59", "23:59");
  assert_time ("13pm", NULL);
  assert_time ("0am", NULL);
  assert_time ("24:00", NULL);
  assert_time ("9:75", NULL);
  assert_time ("9:3", NULL);
  assert_time ("noon", NULL);
  assert_time ("12345", NULL);
  assert_time ("9 o'clock", NULL);
  g_assert_null (hustings_time_normalize ("", &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "No time was given");
  g_clear_error (&error);
  g_assert_null (hustings_time_normalize ("late", &error));
  g_assert_cmpstr (error->message, ==,
                   "“late” is not a time of day; write it as 18:30 or 6:30 PM");

  g_assert_true (hustings_time_is_valid ("00:00"));
  g_assert_true (hustings_time_is_valid ("23:59"));
  g_assert_false (hustings_time_is_valid ("24:00"));
  g_assert_false (hustings_time_is_valid ("9:00"));
  g_assert_false (hustings_time_is_valid (""));
  g_assert_false (hustings_time_is_valid (NULL));
  g_assert_cmpint (hustings_time_to_minutes ("18:30"), ==, 1110);
  g_assert_cmpint (hustings_time_to_minutes ("18:60"), ==, -1);

  /* The C locale has AM and PM. */
  g_assert_cmpstr (evening, ==, "6:30 PM");
  g_assert_cmpstr (morning, ==, "9:05 AM");
  g_assert_cmpstr (range, ==, "6:00 PM – 8:00 PM");
  g_assert_cmpstr (open, ==, "6:00 PM");
  g_assert_cmpstr (none, ==, "");

  assert_hours (0, "0");
  assert_hours (60, "1");
  assert_hours (90, "1.5");
  assert_hours (45, "0.75");
  assert_hours (20, "0.33");
  assert_hours (61, "1.02");
  assert_hours (750, "12.5");
}

static void
test_weekdays (void)
{
  static const struct { const char *text; guint day; } good[] = {
    { "mon", 1 }, { "Monday", 1 }, { "TUE", 2 }, { "tu", 2 }, { "wednesday", 3 },
    { "thurs", 4 }, { "th", 4 }, { "fri", 5 }, { "sa", 6 }, { " Sun ", 7 }, { "7", 7 },
    { "1", 1 },
  };
  static const char * const bad[] = { "t", "s", "x", "8", "0", "", "mondays", "weekend" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      guint day = 0;

      g_assert_true (hustings_weekday_parse (good[i].text, &day));
      g_assert_cmpuint (day, ==, good[i].day);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      guint day = 99;

      g_assert_false (hustings_weekday_parse (bad[i], &day));
      g_assert_cmpuint (day, ==, 99);
    }
  g_assert_cmpstr (hustings_weekday_code (1), ==, "mon");
  g_assert_cmpstr (hustings_weekday_code (7), ==, "sun");
  g_assert_null (hustings_weekday_code (0));
  g_assert_cmpstr (hustings_weekday_name (3), ==, "Wednesday");
  g_assert_cmpstr (hustings_weekday_short_name (6), ==, "Sat");
  g_assert_cmpstr (hustings_weekday_name (8), ==, "");
}

/* A volunteer record for contact, with skills and availability "D HH:MM HH:MM" items. */
static HustingsVolunteer *
make_volunteer (gint64               contact,
                HustingsVolunteerStatus status,
                const char * const  *skills,
                const char * const  *availability)
{
  HustingsVolunteer *v = hustings_volunteer_new (contact);

  hustings_volunteer_set_status (v, status);
  hustings_volunteer_set_skills (v, skills);
  for (guint i = 0; availability != NULL && availability[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (availability[i], " ", 3);

      hustings_volunteer_add_availability (v, atoi (parts[0]), parts[1], parts[2]);
    }
  return v;
}

static void
save (HustingsCommitteeFile *file,
      HustingsVolunteer     *volunteer)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hustings_volunteer_store_save (file, volunteer, &error));
  g_assert_no_error (error);
}

static void
test_skills (void)
{
  const char * const skills[] = {
    " Spanish ", "spanish", "phone  banking", "CANVASSING", "Ham radio", "", NULL
  };
  const char * const expected[] = {
    "canvassing", "Ham radio", "phone banking", "Spanish", NULL
  };
  const char * const *common = hustings_volunteer_common_skills ();
  g_autoptr(HustingsVolunteer) v = hustings_volunteer_new (1);
  g_autoptr(HustingsVolunteer) copy = NULL;
  g_autofree char *text = NULL;

  g_assert_true (g_strv_contains (common, "canvassing"));
  g_assert_true (g_strv_contains (common, "phone banking"));
  g_assert_true (g_strv_contains (common, "data entry"));
  g_assert_true (g_strv_contains (common, "driving"));
  g_assert_true (g_strv_contains (common, "Spanish"));
  g_assert_true (g_strv_contains (common, "Vietnamese"));
  g_assert_true (g_strv_contains (common, "Chinese"));

  hustings_volunteer_set_skills (v, skills);
  g_assert_true (g_strv_equal (hustings_volunteer_get_skills (v), expected));
  g_assert_true (hustings_volunteer_has_skill (v, "SPANISH"));
  g_assert_true (hustings_volunteer_has_skill (v, "ham   radio"));
  g_assert_false (hustings_volunteer_has_skill (v, "driving"));
  g_assert_false (hustings_volunteer_add_skill (v, "Canvassing"));
  g_assert_false (hustings_volunteer_add_skill (v, "  "));
  g_assert_true (hustings_volunteer_add_skill (v, "DRIVING"));
  g_assert_true (hustings_volunteer_remove_skill (v, "ham radio"));
  g_assert_false (hustings_volunteer_remove_skill (v, "ham radio"));
  g_object_get (v, "skills-text", &text, NULL);
  g_assert_cmpstr (text, ==, "canvassing, driving, phone banking, Spanish");

  copy = hustings_volunteer_copy (v);
  hustings_volunteer_set_skills (v, NULL);
  g_assert_cmpuint (g_strv_length ((char **) hustings_volunteer_get_skills (v)), ==, 0);
  g_assert_cmpuint (g_strv_length ((char **) hustings_volunteer_get_skills (copy)), ==, 4);
}

static void
test_save_and_get (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  g_autoptr(HustingsContact) contact = test_person ("Ann", "Lee");
  g_autoptr(HustingsVolunteer) v = NULL;
  g_autoptr(HustingsVolunteer) read = NULL;
  g_autoptr(HustingsVolunteer) again = NULL;
  g_autoptr(GError) error = NULL;
  const char * const emails[] = { "ann@example.org", NULL };
  const char * const phones[] = { "559-555-0100", NULL };
  const char * const skills[] = { "spanish", "canvassing", NULL };
  const char * const availability[] = { "6 10:00 14:00", "1 13:00 17:00", "1 09:00 12:00",
                                        NULL };
  const GArray *ranges;
  g_autofree char *text = NULL;
  guint changed = 0;
  gint64 id;

  hustings_contact_set_emails (contact, emails);
  hustings_contact_set_phones (contact, phones);
  g_assert_true (hustings_contact_store_add (file, contact, &error));
  id = hustings_contact_get_id (contact);
  g_signal_connect (file, "volunteers-changed", G_CALLBACK (test_count_cb), &changed);

  g_assert_false (hustings_volunteer_store_is_volunteer (file, id));
  g_assert_null (hustings_volunteer_store_get (file, id, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  g_clear_error (&error);

  v = make_volunteer (id, HUSTINGS_VOLUNTEER_PROSPECT, skills, availability);
  hustings_volunteer_set_since (v, "2026-01-15");
  hustings_volunteer_set_emergency_name (v, " Bo Lee ");
  hustings_volunteer_set_emergency_phone (v, "559-555-0199");
  hustings_volunteer_set_notes (v, "Weekends mostly");
  save (file, v);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstr (hustings_volunteer_get_name (v), ==, "Ann Lee");
  g_assert_true (hustings_volunteer_store_is_volunteer (file, id));

  read = hustings_volunteer_store_get (file, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hustings_volunteer_get_contact_id (read), ==, id);
  g_assert_cmpstr (hustings_volunteer_get_name (read), ==, "Ann Lee");
  g_assert_cmpstr (hustings_volunteer_get_email (read), ==, "ann@example.org");
  g_assert_cmpstr (hustings_volunteer_get_phone (read), ==, "559-555-0100");
  g_assert_cmpint (hustings_volunteer_get_status (read), ==, HUSTINGS_VOLUNTEER_PROSPECT);
  g_assert_cmpstr (hustings_volunteer_get_since (read), ==, "2026-01-15");
  g_assert_cmpstr (hustings_volunteer_get_emergency_name (read), ==, "Bo Lee");
  g_assert_cmpstr (hustings_volunteer_get_emergency_phone (read), ==, "559-555-0199");
  g_assert_cmpstr (hustings_volunteer_get_notes (read), ==, "Weekends mostly");
  g_assert_cmpstr (hustings_volunteer_get_skills (read)[0], ==, "canvassing");
  g_assert_cmpstr (hustings_volunteer_get_skills (read)[1], ==, "Spanish");
  g_assert_null (hustings_volunteer_get_skills (read)[2]);
  ranges = hustings_volunteer_get_availability (read);
  g_assert_cmpuint (ranges->len, ==, 3);
  g_assert_cmpuint (g_array_index (ranges, HustingsAvailability, 0).weekday, ==, 1);
  g_assert_cmpstr (g_array_index (ranges, HustingsAvailability, 0).starts, ==, "09:00");
  g_assert_cmpstr (g_array_index (ranges, HustingsAvailability, 1).starts, ==, "13:00");
  g_assert_cmpstr (g_array_index (ranges, HustingsAvailability, 2).ends, ==, "14:00");
  g_object_get (read, "availability-text", &text, NULL);
  g_assert_cmpstr (text, ==, "Mon 9:00 AM – 12:00 PM, Mon 1:00 PM – 5:00 PM, "
                             "Sat 10:00 AM – 2:00 PM");
  g_assert_true (hustings_volunteer_is_available (read, 6, "13:00", "14:00"));
  g_assert_false (hustings_volunteer_is_available (read, 6, "13:00", "14:30"));
  g_assert_false (hustings_volunteer_is_available (read, 1, "12:00", NULL));
  g_assert_true (hustings_volunteer_is_available (read, 1, NULL, NULL));
  g_assert_false (hustings_volunteer_is_available (read, 2, NULL, NULL));
  g_assert_cmpint (hustings_volunteer_get_minutes (read), ==, 0);

  /* Edited: every part is replaced in the one save. */
  hustings_volunteer_set_status (read, HUSTINGS_VOLUNTEER_ACTIVE);
  hustings_volunteer_remove_skill (read, "canvassing");
  hustings_volunteer_add_skill (read, "driving");
  hustings_volunteer_clear_availability (read);
  hustings_volunteer_add_availability (read, 3, "18:00", "21:00");
  save (file, read);
  g_assert_cmpuint (changed, ==, 2);
  again = hustings_volunteer_store_get (file, id, &error);
  g_assert_cmpint (hustings_volunteer_get_status (again), ==, HUSTINGS_VOLUNTEER_ACTIVE);
  g_assert_cmpstr (hustings_volunteer_get_skills (again)[0], ==, "driving");
  g_assert_cmpstr (hustings_volunteer_get_skills (again)[1], ==, "Spanish");
  g_assert_null (hustings_volunteer_get_skills (again)[2]);
  g_assert_cmpuint (hustings_volunteer_get_availability (again)->len, ==, 1);
  g_assert_true (hustings_volunteer_is_available (again, 3, "18:00", "21:00"));
}

static void
assert_refused (HustingsCommitteeFile *file,
                HustingsVolunteer     *v,
                const char            *fragment)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (hustings_volunteer_store_save (file, v, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” is not in “%s”", fragment, error->message);
}

static void
test_rules (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 ann = test_add_person (file, "Ann", "Lee");
  g_autoptr(HustingsVolunteer) nobody = hustings_volunteer_new (999);
  g_autoptr(HustingsVolunteer) v = hustings_volunteer_new (ann);
  g_autofree char *long_skill = g_strnfill (HUSTINGS_VOLUNTEER_SKILL_MAX + 1, 'x');
  guint changed = 0;

  g_signal_connect (file, "volunteers-changed", G_CALLBACK (test_count_cb), &changed);

  assert_refused (file, nobody, "every volunteer is a contact");

  hustings_volunteer_set_since (v, "2026-02-30");
  assert_refused (file, v, "real date");
  hustings_volunteer_set_since (v, "2026-02-28");

  hustings_volunteer_add_skill (v, "cooking, cleaning");
  assert_refused (file, v, "“cooking, cleaning” has a comma in it");
  hustings_volunteer_set_skills (v, NULL);
  hustings_volunteer_add_skill (v, long_skill);
  assert_refused (file, v, "longer than 50 characters");
  hustings_volunteer_set_skills (v, NULL);

  hustings_volunteer_add_availability (v, 8, "09:00", "10:00");
  assert_refused (file, v, "Monday to Sunday");
  hustings_volunteer_clear_availability (v);
  hustings_volunteer_add_availability (v, 2, "9:00", "10:00");
  assert_refused (file, v, "The times they are free on Tuesday must be written HH:MM");
  hustings_volunteer_clear_availability (v);
  hustings_volunteer_add_availability (v, 2, "17:00", "09:00");
  assert_refused (file, v, "On Tuesday, 5:00 PM is not before 9:00 AM");
  hustings_volunteer_clear_availability (v);
  hustings_volunteer_add_availability (v, 2, "09:00", "12:00");
  hustings_volunteer_add_availability (v, 2, "11:00", "14:00");
  assert_refused (file, v, "On Tuesday, 9:00 AM – 12:00 PM overlaps 11:00 AM – 2:00 PM");

  /* Nothing was written, and nobody was told of a change. */
  g_assert_false (hustings_volunteer_store_is_volunteer (file, ann));
  g_assert_cmpuint (changed, ==, 0);

  /* Ranges that touch are two ranges, not an overlap. */
  hustings_volunteer_clear_availability (v);
  hustings_volunteer_add_availability (v, 2, "09:00", "12:00");
  hustings_volunteer_add_availability (v, 2, "12:00", "14:00");
  save (file, v);
  g_assert_cmpuint (changed, ==, 1);
}

/* An event on date with one shift; returns the shift's id. */
static gint64
add_event_with_shift (HustingsCommitteeFile *file,
                      const char            *name,
                      const char            *date,
                      const char            *starts,
                      const char            *ends)
{
  g_autoptr(HustingsEvent) event = hustings_event_new ();
  g_autoptr(HustingsShift) shift = NULL;
  g_autoptr(GError) error = NULL;

  hustings_event_set_name (event, name);
  hustings_event_set_date (event, date);
  g_assert_true (hustings_event_store_add (file, event, &error));
  shift = hustings_shift_new (hustings_event_get_id (event));
  hustings_shift_set_role (shift, "Phone bank");
  hustings_shift_set_starts (shift, starts);
  hustings_shift_set_ends (shift, ends);
  hustings_shift_set_slots (shift, 5);
  g_assert_true (hustings_event_store_add_shift (file, shift, &error));
  g_assert_no_error (error);
  return hustings_shift_get_id (shift);
}

static void
work (HustingsCommitteeFile *file,
      gint64                 shift,
      gint64                 contact,
      int                    minutes)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hustings_event_store_sign_up (file, shift, contact, &error));
  g_assert_no_error (error);
  if (minutes == -2)
    return;
  g_assert_true (hustings_event_store_check_in (file, shift, contact, minutes, &error));
  g_assert_no_error (error);
}

static void
test_hours (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 ann = test_add_person (file, "Ann", "Lee");
  g_autoptr(HustingsVolunteer) v = hustings_volunteer_new (ann);
  g_autoptr(HustingsVolunteerList) list = NULL;
  g_autoptr(HustingsVolunteer) item = NULL;
  g_autoptr(HustingsVolunteer) read = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(HustingsSignup) latest = NULL;
  g_autoptr(HustingsSignup) earliest = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *hours = NULL;
  gint64 minutes;
  guint worked, signups;
  gint64 march, april, may;

  save (file, v);
  march = add_event_with_shift (file, "March phone bank", "2026-03-10", "18:00", "20:00");
  april = add_event_with_shift (file, "April canvass", "2026-04-11", "09:00", "12:30");
  may = add_event_with_shift (file, "May rally", "2026-05-02", "10:00", "11:00");

  list = hustings_volunteer_list_new (file);
  item = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpint (hustings_volunteer_get_minutes (item), ==, 0);

  /* Check-in logs the shift's length, or the minutes given; a signup alone logs nothing. */
  work (file, march, ann, -1);
  work (file, april, ann, 180);
  work (file, may, ann, -2);
  hustings_volunteer_store_totals (file, ann, &minutes, &worked, &signups);
  g_assert_cmpint (minutes, ==, 300);
  g_assert_cmpuint (worked, ==, 2);
  g_assert_cmpuint (signups, ==, 3);

  /* The list re-reads its volunteers when hours change. */
  g_clear_object (&item);
  item = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpint (hustings_volunteer_get_minutes (item), ==, 300);
  g_assert_cmpuint (hustings_volunteer_get_shifts (item), ==, 2);
  g_object_get (item, "hours-text", &hours, NULL);
  g_assert_cmpstr (hours, ==, "5");

  /* Edited minutes count. */
  g_assert_true (hustings_event_store_set_minutes (file, april, ann, 210, &error));
  g_assert_no_error (error);
  read = hustings_volunteer_store_get (file, ann, &error);
  g_assert_cmpint (hustings_volunteer_get_minutes (read), ==, 330);
  g_clear_pointer (&hours, g_free);
  g_object_get (read, "hours-text", &hours, NULL);
  g_assert_cmpstr (hours, ==, "5.5");

  /* The history: the latest event first, with what was worked. */
  history = hustings_volunteer_store_history (file, ann);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 3);
  latest = g_list_model_get_item (history, 0);
  earliest = g_list_model_get_item (history, 2);
  g_assert_cmpstr (hustings_signup_get_event_name (latest), ==, "May rally");
  g_assert_false (hustings_signup_get_checked_in (latest));
  g_assert_cmpint (hustings_signup_get_minutes (latest), ==, 0);
  g_assert_cmpstr (hustings_signup_get_event_name (earliest), ==, "March phone bank");
  g_assert_cmpstr (hustings_signup_get_date (earliest), ==, "2026-03-10");
  g_assert_cmpstr (hustings_signup_get_role (earliest), ==, "Phone bank");
  g_assert_cmpstr (hustings_signup_get_starts (earliest), ==, "18:00");
  g_assert_cmpstr (hustings_signup_get_ends (earliest), ==, "20:00");
  g_assert_true (hustings_signup_get_checked_in (earliest));
  g_assert_nonnull (hustings_signup_get_checked_in_at (earliest));
  g_assert_cmpint (hustings_signup_get_minutes (earliest), ==, 120);

  /* Undoing a check-in takes its hours back off. */
  g_assert_true (hustings_event_store_undo_check_in (file, march, ann, &error));
  g_clear_object (&item);
  item = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpint (hustings_volunteer_get_minutes (item), ==, 210);
  g_assert_cmpuint (hustings_volunteer_get_shifts (item), ==, 1);
}

static void
test_stop (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 ann = test_add_person (file, "Ann", "Lee");
  const char * const skills[] = { "driving", NULL };
  const char * const availability[] = { "5 17:00 20:00", NULL };
  g_autoptr(HustingsVolunteer) v = make_volunteer (ann, HUSTINGS_VOLUNTEER_ACTIVE, skills,
                                                   availability);
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) known = NULL;
  gint64 shift, minutes;
  guint changed = 0;

  save (file, v);
  shift = add_event_with_shift (file, "Phone bank", "2026-03-10", "18:00", "20:00");
  work (file, shift, ann, -1);
  g_signal_connect (file, "volunteers-changed", G_CALLBACK (test_count_cb), &changed);

  g_assert_true (hustings_volunteer_store_stop (file, ann, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_false (hustings_volunteer_store_is_volunteer (file, ann));
  g_assert_null (hustings_volunteer_store_get (file, ann, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  known = hustings_volunteer_store_list_skills (file);
  g_assert_cmpuint (g_strv_length (known), ==, 0);

  /* Their history stays. */
  history = hustings_volunteer_store_history (file, ann);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 1);
  hustings_volunteer_store_totals (file, ann, &minutes, NULL, NULL);
  g_assert_cmpint (minutes, ==, 120);

  g_assert_false (hustings_volunteer_store_stop (file, ann, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  g_assert_cmpuint (changed, ==, 1);

  /* Volunteering again brings back a record, not the old skills. */
  g_clear_object (&v);
  v = hustings_volunteer_new (ann);
  save (file, v);
  g_clear_object (&v);
  v = hustings_volunteer_store_get (file, ann, NULL);
  g_assert_null (hustings_volunteer_get_skills (v)[0]);
  g_assert_cmpint (hustings_volunteer_get_minutes (v), ==, 120);
}

/* The names of the volunteers filter lets through, joined with commas. */
static char *
names (HustingsCommitteeFile         *file,
       const HustingsVolunteerFilter *filter)
{
  g_autoptr(GArray) ids = hustings_volunteer_store_list_ids (file, filter);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(HustingsVolunteer) v = hustings_volunteer_store_get (
                                         file, g_array_index (ids, gint64, i), NULL);

      g_string_append_printf (text, "%s%s", i > 0 ? "," : "",
                              hustings_volunteer_get_name (v));
    }
  return g_string_free (text, FALSE);
}

static void
assert_names (HustingsCommitteeFile         *file,
              const HustingsVolunteerFilter *filter,
              const char                    *expected)
{
  g_autofree char *found = names (file, filter);

  g_assert_cmpstr (found, ==, expected);
}

/* Four volunteers, listed by last name: Ann Adams, Bo Baker, Cy Cole, Di Dunn. */
static void
add_four (HustingsCommitteeFile *file)
{
  static const struct {
    const char *first, *last;
    HustingsVolunteerStatus status;
    const char *skills[3];
    const char *availability[3];
  } people[] = {
    { "Cy", "Cole", HUSTINGS_VOLUNTEER_INACTIVE, { "phone banking", "Spanish" },
      { "2 18:00 21:00" } },
    { "Ann", "Adams", HUSTINGS_VOLUNTEER_ACTIVE, { "Spanish", "canvassing" },
      { "1 09:00 12:00", "6 10:00 14:00" } },
    { "Di", "Dunn", HUSTINGS_VOLUNTEER_ACTIVE, { NULL }, { NULL } },
    { "Bo", "Baker", HUSTINGS_VOLUNTEER_PROSPECT, { "canvassing" }, { "6 09:00 17:00" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      gint64 id = test_add_person (file, people[i].first, people[i].last);
      g_autoptr(HustingsVolunteer) v = make_volunteer (id, people[i].status, people[i].skills,
                                                       people[i].availability);

      save (file, v);
    }
  /* Not a volunteer: never listed. */
  test_add_person (file, "Al", "Aaron");
}

static void
test_filters (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  const char * const spanish[] = { "SPANISH", NULL };
  const char * const both[] = { "Spanish", "canvassing", NULL };
  const char * const unknown[] = { "juggling", NULL };
  HustingsVolunteerFilter filter = { 0 };
  g_auto(GStrv) skills = NULL;

  add_four (file);
  assert_names (file, NULL, "Ann Adams,Bo Baker,Cy Cole,Di Dunn");
  assert_names (file, &filter, "Ann Adams,Bo Baker,Cy Cole,Di Dunn");

  /* Skills: every one asked for, in any case. */
  filter.skills = spanish;
  assert_names (file, &filter, "Ann Adams,Cy Cole");
  filter.skills = both;
  assert_names (file, &filter, "Ann Adams");
  filter.skills = unknown;
  assert_names (file, &filter, "");
  filter.skills = NULL;

  /* Availability: a day, a moment of it, a range of it; a range's end is not in it. */
  filter.weekday = 6;
  assert_names (file, &filter, "Ann Adams,Bo Baker");
  filter.from = "09:30";
  assert_names (file, &filter, "Bo Baker");
  filter.from = "10:00";
  filter.to = "14:00";
  assert_names (file, &filter, "Ann Adams,Bo Baker");
  filter.from = "13:00";
  filter.to = "15:00";
  assert_names (file, &filter, "Bo Baker");
  filter.weekday = 1;
  filter.from = "12:00";
  filter.to = NULL;
  assert_names (file, &filter, "");
  filter.from = "11:59";
  assert_names (file, &filter, "Ann Adams");
  filter.weekday = 7;
  filter.from = NULL;
  assert_names (file, &filter, "");
  filter.weekday = 0;

  /* Statuses, the search, and all of them together. */
  filter.statuses = 1u << HUSTINGS_VOLUNTEER_ACTIVE | 1u << HUSTINGS_VOLUNTEER_PROSPECT;
  assert_names (file, &filter, "Ann Adams,Bo Baker,Di Dunn");
  filter.statuses = 1u << HUSTINGS_VOLUNTEER_INACTIVE;
  assert_names (file, &filter, "Cy Cole");
  filter.statuses = 0;
  filter.search = "dun";
  assert_names (file, &filter, "Di Dunn");
  filter.search = "aaron";
  assert_names (file, &filter, "");
  filter.search = "a";
  filter.skills = spanish;
  filter.weekday = 6;
  assert_names (file, &filter, "Ann Adams");

  skills = hustings_volunteer_store_list_skills (file);
  g_assert_cmpuint (g_strv_length (skills), ==, 3);
  g_assert_cmpstr (skills[0], ==, "canvassing");
  g_assert_cmpstr (skills[1], ==, "phone banking");
  g_assert_cmpstr (skills[2], ==, "Spanish");
}

typedef struct {
  guint position, removed, added, calls;
} Changes;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changes    *changes)
{
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
  changes->calls++;
}

static void
test_list (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  g_autoptr(HustingsVolunteerList) list = NULL;
  g_autoptr(HustingsVolunteer) first = NULL;
  g_autoptr(HustingsVolunteer) edited = NULL;
  g_autoptr(HustingsContact) cole = NULL;
  const char * const canvassing[] = { "canvassing", NULL };
  g_autoptr(GError) error = NULL;
  Changes changes = { 0 };
  gint64 eve;

  add_four (file);
  list = hustings_volunteer_list_new (file);
  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), &changes);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == HUSTINGS_TYPE_VOLUNTEER);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (hustings_volunteer_get_name (first), ==, "Ann Adams");
  g_assert_cmpint (hustings_volunteer_list_get_id (list, 0), ==,
                   hustings_volunteer_get_contact_id (first));
  g_assert_cmpuint (hustings_volunteer_list_find (list, hustings_volunteer_get_contact_id (first)),
                    ==, 0);

  hustings_volunteer_list_set_skills (list, canvassing);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  hustings_volunteer_list_set_available (list, 6, "16:00", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_cmpuint (hustings_volunteer_list_find (list, hustings_volunteer_get_contact_id (first)),
                    ==, G_MAXUINT);
  hustings_volunteer_list_set_available (list, 0, NULL, NULL);
  hustings_volunteer_list_set_skills (list, NULL);
  hustings_volunteer_list_set_statuses (list, 1u << HUSTINGS_VOLUNTEER_ACTIVE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  hustings_volunteer_list_set_statuses (list, 0);
  hustings_volunteer_list_set_search (list, "baker");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  hustings_volunteer_list_set_search (list, "  ");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);

  /* A new volunteer appears in place; an edit redraws the row. */
  eve = test_add_person (file, "Eve", "Bell");
  changes.calls = 0;
  {
    g_autoptr(HustingsVolunteer) v = hustings_volunteer_new (eve);

    save (file, v);
  }
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (changes.position, ==, 2);
  g_assert_cmpuint (changes.removed, ==, 0);
  g_assert_cmpuint (changes.added, ==, 1);

  /* Edited through a copy, as a dialog does: the list's own item is what it compares with. */
  changes.calls = 0;
  edited = hustings_volunteer_copy (first);
  hustings_volunteer_set_notes (edited, "Has a van");
  save (file, edited);
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 1);

  /* A contact renamed moves; a contact deleted leaves. */
  cole = hustings_contact_store_get (file, hustings_volunteer_list_get_id (list, 3), &error);
  g_assert_no_error (error);
  hustings_contact_set_field (cole, HUSTINGS_CONTACT_LAST_NAME, "Able");
  g_assert_true (hustings_contact_store_update (file, cole, &error));
  g_assert_cmpint (hustings_volunteer_list_get_id (list, 0), ==, hustings_contact_get_id (cole));
  g_assert_true (hustings_contact_store_delete (file, eve, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);
  g_assert_cmpuint (hustings_volunteer_list_find (list, eve), ==, G_MAXUINT);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/volunteers/times", test_times);
  g_test_add_func ("/volunteers/weekdays", test_weekdays);
  g_test_add_func ("/volunteers/skills", test_skills);
  g_test_add_func ("/volunteers/save-and-get", test_save_and_get);
  g_test_add_func ("/volunteers/rules", test_rules);
  g_test_add_func ("/volunteers/hours", test_hours);
  g_test_add_func ("/volunteers/stop", test_stop);
  g_test_add_func ("/volunteers/filters", test_filters);
  g_test_add_func ("/volunteers/list", test_list);

  return g_test_run ();
}
