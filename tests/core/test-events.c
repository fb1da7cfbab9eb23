/* test-events.c: events: the event and its rules, shifts and their slots, signups (full
 * shifts, overlapping shifts, cancelling), check-in and hours, invitations and RSVPs against
 * capacity, check-in at the door with walk-ins, deleting an event, the donations linked to it
 * and its revenue, and the list model.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "test-util.h"

static HustingsEvent *
make_event (const char *name,
            const char *date)
{
  HustingsEvent *event = hustings_event_new ();

  hustings_event_set_name (event, name);
  hustings_event_set_date (event, date);
  return event;
}

static gint64
add_event (HustingsCommitteeFile *file,
           const char            *name,
           const char            *date,
           guint                  capacity)
{
  g_autoptr(HustingsEvent) event = make_event (name, date);
  g_autoptr(GError) error = NULL;

  hustings_event_set_capacity (event, capacity);
  g_assert_true (hustings_event_store_add (file, event, &error));
  g_assert_no_error (error);
  return hustings_event_get_id (event);
}

static gint64
add_shift (HustingsCommitteeFile *file,
           gint64                 event,
           const char            *role,
           const char            *starts,
           const char            *ends,
           guint                  slots)
{
  g_autoptr(HustingsShift) shift = hustings_shift_new (event);
  g_autoptr(GError) error = NULL;

  hustings_shift_set_role (shift, role);
  hustings_shift_set_starts (shift, starts);
  hustings_shift_set_ends (shift, ends);
  hustings_shift_set_slots (shift, slots);
  g_assert_true (hustings_event_store_add_shift (file, shift, &error));
  g_assert_no_error (error);
  return hustings_shift_get_id (shift);
}

static void
sign_up (HustingsCommitteeFile *file,
         gint64                 shift,
         gint64                 contact)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hustings_event_store_sign_up (file, shift, contact, &error));
  g_assert_no_error (error);
}

/* error is set, of code, and says fragment; cleared for the next. */
static void
assert_error (GError    **error,
              int         code,
              const char *fragment)
{
  g_assert_error (*error, HUSTINGS_ERROR, code);
  if (strstr ((*error)->message, fragment) == NULL)
    g_error ("“%s” is not in “%s”", fragment, (*error)->message);
  g_clear_error (error);
}

static HustingsEventSummary
summary_of (HustingsCommitteeFile *file,
            gint64                 event_id)
{
  g_autoptr(HustingsEvent) event = hustings_event_store_get (file, event_id, NULL);

  g_assert_nonnull (event);
  return *hustings_event_get_summary (event);
}

static void
test_kinds (void)
{
  HustingsEventKind kind;
  HustingsRsvp rsvp;

  for (guint i = 0; i < HUSTINGS_N_EVENT_KINDS; i++)
    {
      g_assert_true (hustings_event_kind_from_string (hustings_event_kind_to_string (i), &kind));
      g_assert_cmpuint (kind, ==, i);
      g_assert_cmpstr (hustings_event_kind_describe (i), !=, "");
    }
  g_assert_cmpstr (hustings_event_kind_to_string (HUSTINGS_EVENT_TOWN_HALL), ==, "town-hall");
  g_assert_cmpstr (hustings_event_kind_describe (HUSTINGS_EVENT_PHONE_BANK), ==, "Phone bank");
  g_assert_false (hustings_event_kind_from_string ("party", &kind));
  g_assert_true (hustings_rsvp_from_string ("maybe", &rsvp));
  g_assert_cmpint (rsvp, ==, HUSTINGS_RSVP_MAYBE);
  g_assert_false (hustings_rsvp_from_string ("Yes", &rsvp));
  g_assert_cmpstr (hustings_rsvp_to_string (HUSTINGS_RSVP_INVITED), ==, "invited");
  g_assert_cmpstr (hustings_rsvp_describe (HUSTINGS_RSVP_NO), ==, "No");
}

static void
test_events (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  g_autoptr(HustingsEvent) event = make_event ("  Spring gala ", "2026-04-18");
  g_autoptr(HustingsEvent) bad = make_event ("Town hall", "2026-04-31");
  g_autoptr(HustingsEvent) read = NULL;
  g_autoptr(HustingsEvent) copy = NULL;
  g_autoptr(GArray) upcoming = NULL;
  g_autoptr(GArray) all = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *time_text = NULL;
  g_autofree char *goal_text = NULL;
  g_autofree char *kind_text = NULL;
  g_autofree char *long_name = g_strnfill (HUSTINGS_EVENT_NAME_MAX + 1, 'x');
  guint changed = 0;
  gint64 past, later, same_day;

  g_signal_connect (file, "events-changed", G_CALLBACK (test_count_cb), &changed);

  /* The rules, each refused with nothing written. */
  g_assert_false (hustings_event_store_add (file, bad, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID, "real date");
  hustings_event_set_date (bad, "2026-04-30");
  hustings_event_set_name (bad, " ");
  g_assert_false (hustings_event_store_add (file, bad, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID, "Give the event a name");
  hustings_event_set_name (bad, long_name);
  g_assert_false (hustings_event_store_add (file, bad, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID, "at most 200");
  hustings_event_set_name (bad, "Town hall");
  hustings_event_set_ends (bad, "20:00");
  g_assert_false (hustings_event_store_add (file, bad, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID, "an end time needs a start time");
  hustings_event_set_starts (bad, "20:00");
  g_assert_false (hustings_event_store_add (file, bad, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID, "end after it starts");
  hustings_event_set_starts (bad, "7pm");
  g_assert_false (hustings_event_store_add (file, bad, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID, "HH:MM");
  hustings_event_set_starts (bad, "19:00");
  hustings_event_set_goal (bad, -100);
  g_assert_false (hustings_event_store_add (file, bad, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID, "goal");
  hustings_event_set_goal (bad, 0);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_cmpint (hustings_event_get_id (bad), ==, 0);

  hustings_event_set_kind (event, HUSTINGS_EVENT_FUNDRAISER);
  hustings_event_set_starts (event, "18:00");
  hustings_event_set_ends (event, "21:30");
  hustings_event_set_place (event, "Fulton Union Hall");
  hustings_event_set_address (event, "1 Main St, Fresno, CA 93721");
  hustings_event_set_capacity (event, 120);
  hustings_event_set_goal (event, 2500000);
  hustings_event_set_notes (event, "Black tie optional");
  g_assert_true (hustings_event_store_add (file, event, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hustings_event_get_id (event), >, 0);
  g_assert_cmpuint (changed, ==, 1);

  read = hustings_event_store_get (file, hustings_event_get_id (event), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hustings_event_get_name (read), ==, "Spring gala");
  g_assert_cmpint (hustings_event_get_kind (read), ==, HUSTINGS_EVENT_FUNDRAISER);
  g_assert_cmpstr (hustings_event_get_date (read), ==, "2026-04-18");
  g_assert_cmpstr (hustings_event_get_starts (read), ==, "18:00");
  g_assert_cmpstr (hustings_event_get_ends (read), ==, "21:30");
  g_assert_cmpstr (hustings_event_get_place (read), ==, "Fulton Union Hall");
  g_assert_cmpstr (hustings_event_get_address (read), ==, "1 Main St, Fresno, CA 93721");
  g_assert_cmpuint (hustings_event_get_capacity (read), ==, 120);
  g_assert_cmpint (hustings_event_get_goal (read), ==, 2500000);
  g_assert_cmpstr (hustings_event_get_notes (read), ==, "Black tie optional");
  g_assert_cmpuint (hustings_event_get_summary (read)->shifts, ==, 0);
  g_assert_cmpfloat (hustings_event_get_progress (read), ==, 0.0);
  g_object_get (read, "time-text", &time_text, "goal-text", &goal_text, "kind-text", &kind_text,
                NULL);
  g_assert_cmpstr (time_text, ==, "6:00 PM – 9:30 PM");
  g_assert_cmpstr (goal_text, ==, "$25,000.00");
  g_assert_cmpstr (kind_text, ==, "Fundraiser");

  /* Edited through a copy, as a dialog does. */
  copy = hustings_event_copy (read);
  hustings_event_set_place (copy, "Tower Theatre");
  hustings_event_set_capacity (copy, 0);
  g_assert_true (hustings_event_store_update (file, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 2);
  g_clear_object (&read);
  read = hustings_event_store_get (file, hustings_event_get_id (event), NULL);
  g_assert_cmpstr (hustings_event_get_place (read), ==, "Tower Theatre");
  g_assert_cmpuint (hustings_event_get_capacity (read), ==, 0);

  /* Upcoming first, soonest first; then the past, the most recent first. */
  past = add_event (file, "Kickoff", "2026-01-10", 0);
  later = add_event (file, "Town hall", "2026-05-02", 0);
  same_day = add_event (file, "Early setup", "2026-04-18", 0);
  {
    g_autoptr(HustingsEvent) e = hustings_event_store_get (file, same_day, NULL);

    hustings_event_set_starts (e, "09:00");
    g_assert_true (hustings_event_store_update (file, e, &error));
  }
  upcoming = hustings_event_store_list_ids (file, "2026-04-18", FALSE);
  g_assert_cmpuint (upcoming->len, ==, 3);
  g_assert_cmpint (g_array_index (upcoming, gint64, 0), ==, same_day);
  g_assert_cmpint (g_array_index (upcoming, gint64, 1), ==, hustings_event_get_id (event));
  g_assert_cmpint (g_array_index (upcoming, gint64, 2), ==, later);
  all = hustings_event_store_list_ids (file, "2026-04-18", TRUE);
  g_assert_cmpuint (all->len, ==, 4);
  g_assert_cmpint (g_array_index (all, gint64, 3), ==, past);

  g_assert_true (hustings_event_store_delete (file, past, &error));
  g_assert_null (hustings_event_store_get (file, past, &error));
  assert_error (&error, HUSTINGS_ERROR_NOT_FOUND, "is not in this committee file");
  g_assert_false (hustings_event_store_delete (file, past, &error));
  assert_error (&error, HUSTINGS_ERROR_NOT_FOUND, "is not in this committee file");
  g_assert_false (hustings_event_store_update (file, bad, &error));
  assert_error (&error, HUSTINGS_ERROR_NOT_FOUND, "is not in this committee file");
}

static void
test_shifts (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 gala = add_event (file, "Spring gala", "2026-04-18", 0);
  gint64 ann = test_add_person (file, "Ann", "Lee");
  gint64 bo = test_add_person (file, "Bo", "Diaz");
  g_autoptr(HustingsShift) shift = hustings_shift_new (gala);
  g_autoptr(HustingsShift) orphan = hustings_shift_new (999);
  g_autoptr(HustingsShift) read = NULL;
  g_autoptr(GListModel) shifts = NULL;
  g_autoptr(HustingsShift) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *time_text = NULL;
  gint64 setup, cleanup;
  guint changed = 0;

  g_signal_connect (file, "events-changed", G_CALLBACK (test_count_cb), &changed);

  g_assert_false (hustings_event_store_add_shift (file, shift, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID, "Say what the shift is for");
  hustings_shift_set_role (shift, "Greeter");
  g_assert_false (hustings_event_store_add_shift (file, shift, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID, "Say when it starts");
  hustings_shift_set_starts (shift, "18:00");
  g_assert_false (hustings_event_store_add_shift (file, shift, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID, "Say when it ends");
  hustings_shift_set_ends (shift, "17:00");
  g_assert_false (hustings_event_store_add_shift (file, shift, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID, "end after it starts");
  hustings_shift_set_ends (shift, "20:00");
  hustings_shift_set_slots (shift, 0);
  g_assert_false (hustings_event_store_add_shift (file, shift, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID, "at least one person");
  hustings_shift_set_role (orphan, "Greeter");
  hustings_shift_set_starts (orphan, "18:00");
  hustings_shift_set_ends (orphan, "20:00");
  g_assert_false (hustings_event_store_add_shift (file, orphan, &error));
  assert_error (&error, HUSTINGS_ERROR_NOT_FOUND, "Event 999");
  g_assert_cmpuint (changed, ==, 0);

  hustings_shift_set_slots (shift, 3);
  g_assert_true (hustings_event_store_add_shift (file, shift, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  setup = add_shift (file, gala, "Setup", "16:00", "18:00", 2);
  cleanup = add_shift (file, gala, "Cleanup", "20:00", "21:00", 1);

  shifts = hustings_event_store_list_shifts (file, gala);
  g_assert_cmpuint (g_list_model_get_n_items (shifts), ==, 3);
  first = g_list_model_get_item (shifts, 0);
  g_assert_cmpint (hustings_shift_get_id (first), ==, setup);
  g_assert_cmpuint (hustings_shift_get_length (first), ==, 120);
  g_object_get (first, "time-text", &time_text, NULL);
  g_assert_cmpstr (time_text, ==, "4:00 PM – 6:00 PM");

  /* Fewer slots than people signed up is refused; as many is fine. */
  sign_up (file, hustings_shift_get_id (shift), ann);
  sign_up (file, hustings_shift_get_id (shift), bo);
  read = hustings_event_store_get_shift (file, hustings_shift_get_id (shift), &error);
  g_assert_cmpuint (hustings_shift_get_signups (read), ==, 2);
  g_assert_cmpuint (hustings_shift_get_open (read), ==, 1);
  hustings_shift_set_slots (read, 1);
  g_assert_false (hustings_event_store_update_shift (file, read, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID, "2 people are signed up for this shift");
  hustings_shift_set_slots (read, 2);
  hustings_shift_set_role (read, "Greeters");
  g_assert_true (hustings_event_store_update_shift (file, read, &error));
  g_assert_no_error (error);
  g_clear_object (&read);
  read = hustings_event_store_get_shift (file, hustings_shift_get_id (shift), &error);
  g_assert_cmpstr (hustings_shift_get_role (read), ==, "Greeters");
  g_assert_cmpuint (hustings_shift_get_open (read), ==, 0);

  /* New times that would overlap another shift one of them signed up for are refused. */
  sign_up (file, cleanup, ann);
  hustings_shift_set_ends (read, "20:30");
  g_assert_false (hustings_event_store_update_shift (file, read, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID,
                "Ann Lee is also signed up for Cleanup (8:00 PM – 9:00 PM), which the new "
                "times would overlap");

  /* Deleting a shift takes its signups with it. */
  g_assert_true (hustings_event_store_delete_shift (file, cleanup, &error));
  g_assert_no_error (error);
  g_assert_null (hustings_event_store_get_shift (file, cleanup, &error));
  assert_error (&error, HUSTINGS_ERROR_NOT_FOUND, "Shift");
  {
    g_autoptr(GListModel) history = hustings_volunteer_store_history (file, ann);

    g_assert_cmpuint (g_list_model_get_n_items (history), ==, 1);
  }
  g_assert_false (hustings_event_store_delete_shift (file, cleanup, &error));
  assert_error (&error, HUSTINGS_ERROR_NOT_FOUND, "Shift");
}

static void
test_signups (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 gala = add_event (file, "Spring gala", "2026-04-18", 0);
  gint64 other = add_event (file, "Phone bank", "2026-04-18", 0);
  gint64 ann = test_add_person (file, "Ann", "Lee");
  gint64 bo = test_add_person (file, "Bo", "Diaz");
  gint64 cy = test_add_person (file, "Cy", "Cole");
  gint64 door = add_shift (file, gala, "Door", "18:00", "20:00", 2);
  gint64 bar = add_shift (file, gala, "Bar", "19:00", "21:00", 3);
  gint64 cleanup = add_shift (file, gala, "Cleanup", "20:00", "21:00", 3);
  gint64 calls = add_shift (file, other, "Calls", "18:00", "20:00", 10);
  g_autoptr(GListModel) signups = NULL;
  g_autoptr(HustingsSignup) first = NULL;
  g_autoptr(GError) error = NULL;
  HustingsEventSummary summary;
  guint changed = 0;

  g_signal_connect (file, "events-changed", G_CALLBACK (test_count_cb), &changed);

  sign_up (file, door, ann);
  sign_up (file, door, bo);
  g_assert_cmpuint (changed, ==, 2);

  /* A full shift, a second signup, an overlapping shift of the same event: refused. */
  g_assert_false (hustings_event_store_sign_up (file, door, cy, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID,
                "The Door shift (6:00 PM – 8:00 PM) is full: its 2 slots are taken");
  g_assert_false (hustings_event_store_sign_up (file, door, ann, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID, "Ann Lee is already signed up for this shift");
  g_assert_false (hustings_event_store_sign_up (file, bar, ann, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID,
                "Ann Lee is already signed up for Door (6:00 PM – 8:00 PM) at this event, "
                "which overlaps this shift");
  g_assert_false (hustings_event_store_sign_up (file, door, 999, &error));
  assert_error (&error, HUSTINGS_ERROR_NOT_FOUND, "Contact 999");
  g_assert_false (hustings_event_store_sign_up (file, 999, ann, &error));
  assert_error (&error, HUSTINGS_ERROR_NOT_FOUND, "Shift 999");
  g_assert_cmpuint (changed, ==, 2);

  /* One that starts as the other ends does not overlap; another event's shift is no matter. */
  sign_up (file, cleanup, ann);
  sign_up (file, calls, ann);

  summary = summary_of (file, gala);
  g_assert_cmpuint (summary.shifts, ==, 3);
  g_assert_cmpuint (summary.slots, ==, 8);
  g_assert_cmpuint (summary.signups, ==, 3);
  g_assert_cmpuint (summary.open_slots, ==, 5);

  signups = hustings_event_store_list_signups (file, door);
  g_assert_cmpuint (g_list_model_get_n_items (signups), ==, 2);
  first = g_list_model_get_item (signups, 0);
  g_assert_cmpstr (hustings_signup_get_name (first), ==, "Bo Diaz");
  g_assert_cmpint (hustings_signup_get_event_id (first), ==, gala);
  g_assert_cmpstr (hustings_signup_get_event_name (first), ==, "Spring gala");
  g_assert_nonnull (hustings_signup_get_signed_up_at (first));
  g_assert_false (hustings_signup_get_checked_in (first));

  /* Cancelling frees the slot. */
  g_assert_true (hustings_event_store_cancel_signup (file, door, bo, &error));
  g_assert_no_error (error);
  sign_up (file, door, cy);
  g_assert_false (hustings_event_store_cancel_signup (file, door, bo, &error));
  assert_error (&error, HUSTINGS_ERROR_NOT_FOUND, "not signed up for this shift");

  /* Once checked in, a signup is not cancelled by mistake. */
  g_assert_true (hustings_event_store_check_in (file, door, cy, -1, &error));
  g_assert_false (hustings_event_store_cancel_signup (file, door, cy, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID, "Cy Cole has checked in for this shift");
}

static void
test_check_in (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 canvass = add_event (file, "Canvass", "2026-04-11", 0);
  gint64 ann = test_add_person (file, "Ann", "Lee");
  gint64 bo = test_add_person (file, "Bo", "Diaz");
  gint64 morning = add_shift (file, canvass, "Doors", "09:00", "12:30", 4);
  g_autoptr(GListModel) signups = NULL;
  g_autoptr(HustingsSignup) signup = NULL;
  g_autoptr(HustingsShift) shift = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *hours = NULL;

  sign_up (file, morning, ann);
  sign_up (file, morning, bo);

  g_assert_false (hustings_event_store_set_minutes (file, morning, ann, 60, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID, "Check Ann Lee in for this shift before");
  g_assert_false (hustings_event_store_undo_check_in (file, morning, ann, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID, "Ann Lee has not checked in");

  /* The shift's length, or the minutes given. */
  g_assert_true (hustings_event_store_check_in (file, morning, ann, -1, &error));
  g_assert_no_error (error);
  g_assert_true (hustings_event_store_check_in (file, morning, bo, 90, &error));
  g_assert_false (hustings_event_store_check_in (file, morning, ann, -1, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID, "Ann Lee is already checked in");
  g_assert_false (hustings_event_store_check_in (file, morning, 999, -1, &error));
  assert_error (&error, HUSTINGS_ERROR_NOT_FOUND, "not signed up");
  g_assert_cmpint (summary_of (file, canvass).minutes, ==, 210 + 90);

  signups = hustings_event_store_list_signups (file, morning);
  signup = g_list_model_get_item (signups, 1);
  g_assert_cmpstr (hustings_signup_get_name (signup), ==, "Ann Lee");
  g_assert_true (hustings_signup_get_checked_in (signup));
  g_assert_cmpint (hustings_signup_get_minutes (signup), ==, 210);
  g_object_get (signup, "hours-text", &hours, NULL);
  g_assert_cmpstr (hours, ==, "3.5");
  shift = hustings_event_store_get_shift (file, morning, NULL);
  g_assert_cmpuint (hustings_shift_get_checked_in (shift), ==, 2);

  /* Minutes edited, within a day. */
  g_assert_false (hustings_event_store_set_minutes (file, morning, ann, 1441, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID, "between 0 and 1440");
  g_assert_false (hustings_event_store_check_in (file, morning, 999, -5, &error));
  g_clear_error (&error);
  g_assert_true (hustings_event_store_set_minutes (file, morning, ann, 240, &error));
  g_assert_cmpint (summary_of (file, canvass).minutes, ==, 240 + 90);

  /* Undone: signed up again, nothing logged. */
  g_assert_true (hustings_event_store_undo_check_in (file, morning, bo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (summary_of (file, canvass).minutes, ==, 240);
  g_assert_true (hustings_event_store_check_in (file, morning, bo, -1, &error));
  g_assert_cmpint (summary_of (file, canvass).minutes, ==, 240 + 210);
}

static void
answer (HustingsCommitteeFile *file,
        gint64                 event,
        gint64                 contact,
        HustingsRsvp           rsvp,
        guint                  guests)
{
  g_autoptr(GError) error = NULL;

  hustings_event_store_rsvp (file, event, contact, rsvp, guests, &error);
  g_assert_no_error (error);
}

static void
test_rsvp (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 gala = add_event (file, "Spring gala", "2026-04-18", 10);
  gint64 ann = test_add_person (file, "Ann", "Lee");
  gint64 bo = test_add_person (file, "Bo", "Diaz");
  gint64 cy = test_add_person (file, "Cy", "Cole");
  gint64 di = test_add_person (file, "Di", "Dunn");
  gint64 eve = test_add_person (file, "Eve", "Bell");
  gint64 first[] = { ann, bo, cy };
  gint64 second[] = { cy, di };
  gint64 wrong[] = { eve, 999 };
  g_autoptr(HustingsEvent) event = NULL;
  g_autoptr(HustingsGuest) guest = NULL;
  g_autoptr(GListModel) guests = NULL;
  g_autoptr(GError) error = NULL;
  HustingsEventSummary summary;
  guint added = 99, changed = 0;

  g_signal_connect (file, "events-changed", G_CALLBACK (test_count_cb), &changed);

  /* Invitations, many at once; those already invited stay as they are. */
  g_assert_true (hustings_event_store_invite (file, gala, first, G_N_ELEMENTS (first), &added,
                                              &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 3);
  answer (file, gala, cy, HUSTINGS_RSVP_MAYBE, 2);
  g_assert_true (hustings_event_store_invite (file, gala, second, G_N_ELEMENTS (second), &added,
                                              &error));
  g_assert_cmpuint (added, ==, 1);
  guest = hustings_event_store_get_guest (file, gala, cy, &error);
  g_assert_cmpint (hustings_guest_get_rsvp (guest), ==, HUSTINGS_RSVP_MAYBE);
  g_assert_cmpuint (changed, ==, 3);
  g_assert_true (hustings_event_store_invite (file, gala, second, G_N_ELEMENTS (second), &added,
                                              &error));
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (changed, ==, 3);
  g_assert_false (hustings_event_store_invite (file, gala, wrong, G_N_ELEMENTS (wrong), &added,
                                               &error));
  assert_error (&error, HUSTINGS_ERROR_NOT_FOUND, "Contact 999");
  g_assert_cmpuint (added, ==, 0);
  g_assert_null (hustings_event_store_get_guest (file, gala, eve, &error));
  assert_error (&error, HUSTINGS_ERROR_NOT_FOUND, "not on the event’s guest list");
  g_assert_false (hustings_event_store_invite (file, 999, first, 1, NULL, &error));
  assert_error (&error, HUSTINGS_ERROR_NOT_FOUND, "Event 999");

  /* Yes with guests, up to the capacity of 10 and no further. */
  answer (file, gala, ann, HUSTINGS_RSVP_YES, 4);
  answer (file, gala, bo, HUSTINGS_RSVP_YES, 3);
  g_assert_false (hustings_event_store_rsvp (file, gala, di, HUSTINGS_RSVP_YES, 2, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID,
                "Spring gala holds 10 people and 9 others have said yes, guests counted: "
                "Di Dunn’s party of 3 would be too many");
  answer (file, gala, di, HUSTINGS_RSVP_YES, 0);
  /* Ann's own party is not counted twice when she changes her answer. */
  answer (file, gala, ann, HUSTINGS_RSVP_YES, 4);
  g_assert_false (hustings_event_store_rsvp (file, gala, ann, HUSTINGS_RSVP_YES, 5, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID, "Ann Lee’s party of 6");
  /* Someone not invited may answer too; a "no" brings nobody. */
  g_assert_false (hustings_event_store_rsvp (file, gala, eve, HUSTINGS_RSVP_YES, 0, &error));
  g_clear_error (&error);
  answer (file, gala, eve, HUSTINGS_RSVP_NO, 3);
  g_clear_object (&guest);
  guest = hustings_event_store_get_guest (file, gala, eve, &error);
  g_assert_cmpint (hustings_guest_get_rsvp (guest), ==, HUSTINGS_RSVP_NO);
  g_assert_cmpuint (hustings_guest_get_guests (guest), ==, 0);

  summary = summary_of (file, gala);
  g_assert_cmpuint (summary.invited, ==, 5);
  g_assert_cmpuint (summary.yes, ==, 10);
  g_assert_cmpuint (summary.maybe, ==, 3);
  g_assert_cmpuint (summary.no, ==, 1);
  g_assert_cmpuint (summary.checked_in, ==, 0);

  /* The capacity cannot go below who said yes; 0 is no limit. */
  event = hustings_event_store_get (file, gala, NULL);
  hustings_event_set_capacity (event, 9);
  g_assert_false (hustings_event_store_update (file, event, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID,
                "10 people have already said yes, guests counted, so the capacity cannot be 9");
  hustings_event_set_capacity (event, 0);
  g_assert_true (hustings_event_store_update (file, event, &error));
  answer (file, gala, cy, HUSTINGS_RSVP_YES, 40);
  g_assert_cmpuint (summary_of (file, gala).yes, ==, 51);

  /* The list, by name. */
  guests = hustings_event_store_list_guests (file, gala);
  g_assert_cmpuint (g_list_model_get_n_items (guests), ==, 5);
  g_clear_object (&guest);
  guest = g_list_model_get_item (guests, 0);
  g_assert_cmpstr (hustings_guest_get_name (guest), ==, "Eve Bell");

  g_assert_true (hustings_event_store_remove_guest (file, gala, eve, &error));
  g_assert_false (hustings_event_store_remove_guest (file, gala, eve, &error));
  assert_error (&error, HUSTINGS_ERROR_NOT_FOUND, "not on the event’s guest list");
  g_assert_cmpuint (summary_of (file, gala).invited, ==, 4);
}

static void
test_door (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 hall = add_event (file, "Town hall", "2026-05-02", 3);
  gint64 ann = test_add_person (file, "Ann", "Lee");
  gint64 bo = test_add_person (file, "Bo", "Diaz");
  gint64 cy = test_add_person (file, "Cy", "Cole");
  g_autoptr(HustingsGuest) guest = NULL;
  g_autoptr(GError) error = NULL;
  gboolean walk_in = TRUE;
  HustingsEventSummary summary;
  guint party;

  answer (file, hall, ann, HUSTINGS_RSVP_YES, 2);
  answer (file, hall, bo, HUSTINGS_RSVP_MAYBE, 0);

  /* As they said: Ann and her two guests. */
  g_assert_true (hustings_event_store_check_in_guest (file, hall, ann, -1, &walk_in, &error));
  g_assert_no_error (error);
  g_assert_false (walk_in);
  guest = hustings_event_store_get_guest (file, hall, ann, NULL);
  g_assert_true (hustings_guest_get_checked_in (guest));
  g_assert_nonnull (hustings_guest_get_checked_in_at (guest));
  g_object_get (guest, "party", &party, NULL);
  g_assert_cmpuint (party, ==, 3);
  g_assert_false (hustings_event_store_check_in_guest (file, hall, ann, -1, NULL, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID, "Ann Lee is already checked in");

  /* Bo came after a maybe: a yes now, with the one guest he brought, capacity or not. */
  g_assert_true (hustings_event_store_check_in_guest (file, hall, bo, 1, &walk_in, &error));
  g_assert_false (walk_in);
  g_clear_object (&guest);
  guest = hustings_event_store_get_guest (file, hall, bo, NULL);
  g_assert_cmpint (hustings_guest_get_rsvp (guest), ==, HUSTINGS_RSVP_YES);
  g_assert_cmpuint (hustings_guest_get_guests (guest), ==, 1);

  /* Cy was not invited: a walk-in, added and checked in. */
  g_assert_true (hustings_event_store_check_in_guest (file, hall, cy, -1, &walk_in, &error));
  g_assert_no_error (error);
  g_assert_true (walk_in);
  g_clear_object (&guest);
  guest = hustings_event_store_get_guest (file, hall, cy, NULL);
  g_assert_cmpint (hustings_guest_get_rsvp (guest), ==, HUSTINGS_RSVP_YES);
  g_assert_true (hustings_guest_get_checked_in (guest));
  g_assert_false (hustings_event_store_check_in_guest (file, hall, 999, -1, NULL, &error));
  assert_error (&error, HUSTINGS_ERROR_NOT_FOUND, "Contact 999");

  summary = summary_of (file, hall);
  g_assert_cmpuint (summary.invited, ==, 3);
  g_assert_cmpuint (summary.yes, ==, 6);
  g_assert_cmpuint (summary.checked_in, ==, 6);

  /* Undone: the answer stays. */
  g_assert_true (hustings_event_store_undo_guest_check_in (file, hall, bo, &error));
  g_assert_no_error (error);
  g_assert_false (hustings_event_store_undo_guest_check_in (file, hall, bo, &error));
  assert_error (&error, HUSTINGS_ERROR_INVALID, "Bo Diaz has not been checked in");
  g_clear_object (&guest);
  guest = hustings_event_store_get_guest (file, hall, bo, NULL);
  g_assert_false (hustings_guest_get_checked_in (guest));
  g_assert_cmpint (hustings_guest_get_rsvp (guest), ==, HUSTINGS_RSVP_YES);
  g_assert_cmpuint (summary_of (file, hall).checked_in, ==, 4);
}

static gint64
refund (HustingsCommitteeFile *file,
        gint64                 donation,
        gint64                 contact,
        gint64                 cents)
{
  g_autoptr(HustingsDonation) d = hustings_donation_new ();
  g_autoptr(GError) error = NULL;

  hustings_donation_set_contact_id (d, contact);
  hustings_donation_set_date (d, "2026-04-30");
  hustings_donation_set_amount (d, -cents);
  hustings_donation_set_refund_of (d, donation);
  g_assert_true (hustings_donation_store_add (file, d, &error));
  g_assert_no_error (error);
  return hustings_donation_get_id (d);
}

static void
link_to (HustingsCommitteeFile *file,
         gint64                 donation,
         gint64                 event)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hustings_event_store_link_donation (file, donation, event, &error));
  g_assert_no_error (error);
}

static void
test_donations (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 gala = add_event (file, "Spring gala", "2026-04-18", 0);
  gint64 ann = test_add_person (file, "Ann", "Lee");
  gint64 bo = test_add_person (file, "Bo", "Diaz");
  gint64 ticket = test_give (file, ann, "2026-04-01", 25000, "P2026");
  gint64 door = test_give (file, bo, "2026-04-18", 10000, "P2026");
  gint64 elsewhere = test_give (file, bo, "2026-04-20", 5000, "P2026");
  g_autoptr(HustingsEvent) event = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *revenue_text = NULL;
  guint events = 0, donations = 0;
  double progress;

  event = hustings_event_store_get (file, gala, NULL);
  hustings_event_set_goal (event, 100000);
  g_assert_true (hustings_event_store_update (file, event, &error));
  g_signal_connect (file, "events-changed", G_CALLBACK (test_count_cb), &events);
  g_signal_connect (file, "donations-changed", G_CALLBACK (test_count_cb), &donations);

  link_to (file, ticket, gala);
  link_to (file, door, gala);
  g_assert_cmpuint (events, ==, 2);
  g_assert_cmpuint (donations, ==, 2);
  g_assert_cmpint (hustings_event_store_donation_event (file, ticket), ==, gala);
  g_assert_cmpint (hustings_event_store_donation_event (file, elsewhere), ==, 0);
  g_assert_cmpint (summary_of (file, gala).revenue, ==, 35000);
  g_assert_cmpuint (summary_of (file, gala).donations, ==, 2);

  g_clear_object (&event);
  event = hustings_event_store_get (file, gala, NULL);
  g_object_get (event, "revenue-text", &revenue_text, "progress", &progress, NULL);
  g_assert_cmpstr (revenue_text, ==, "$350.00");
  g_assert_cmpfloat_with_epsilon (progress, 0.35, 1e-9);

  /* A refund of a ticket comes off the revenue. */
  refund (file, ticket, ann, 5000);
  g_assert_cmpint (summary_of (file, gala).revenue, ==, 30000);
  ids = hustings_event_store_list_donation_ids (file, gala);
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, ticket);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, door);

  /* Unlinked: off the event. Wrong ids are refused. */
  link_to (file, door, 0);
  g_assert_cmpint (summary_of (file, gala).revenue, ==, 20000);
  g_assert_false (hustings_event_store_link_donation (file, elsewhere, 999, &error));
  assert_error (&error, HUSTINGS_ERROR_NOT_FOUND, "Event 999");
  g_assert_false (hustings_event_store_link_donation (file, 999, gala, &error));
  assert_error (&error, HUSTINGS_ERROR_NOT_FOUND, "Donation 999");

  /* Progress stops at the goal. */
  g_clear_object (&event);
  event = hustings_event_store_get (file, gala, NULL);
  hustings_event_set_goal (event, 10000);
  g_assert_true (hustings_event_store_update (file, event, &error));
  g_clear_object (&event);
  event = hustings_event_store_get (file, gala, NULL);
  g_assert_cmpfloat (hustings_event_get_progress (event), ==, 1.0);
}

static void
test_delete_cascades (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 gala = add_event (file, "Spring gala", "2026-04-18", 0);
  gint64 kept = add_event (file, "Town hall", "2026-05-02", 0);
  gint64 ann = test_add_person (file, "Ann", "Lee");
  gint64 setup = add_shift (file, gala, "Setup", "16:00", "18:00", 2);
  gint64 other = add_shift (file, kept, "Door", "18:00", "19:00", 2);
  gint64 gift = test_give (file, ann, "2026-04-18", 25000, "P2026");
  g_autoptr(GListModel) guests = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsDonation) donation = NULL;
  gint64 minutes;
  guint signups, events = 0, donations = 0;

  sign_up (file, setup, ann);
  g_assert_true (hustings_event_store_check_in (file, setup, ann, -1, &error));
  sign_up (file, other, ann);
  answer (file, gala, ann, HUSTINGS_RSVP_YES, 1);
  link_to (file, gift, gala);
  g_signal_connect (file, "events-changed", G_CALLBACK (test_count_cb), &events);
  g_signal_connect (file, "donations-changed", G_CALLBACK (test_count_cb), &donations);

  g_assert_true (hustings_event_store_delete (file, gala, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (events, ==, 1);
  g_assert_cmpuint (donations, ==, 1);

  g_assert_null (hustings_event_store_get_shift (file, setup, &error));
  assert_error (&error, HUSTINGS_ERROR_NOT_FOUND, "Shift");
  guests = hustings_event_store_list_guests (file, gala);
  g_assert_cmpuint (g_list_model_get_n_items (guests), ==, 0);
  hustings_volunteer_store_totals (file, ann, &minutes, NULL, &signups);
  g_assert_cmpint (minutes, ==, 0);
  g_assert_cmpuint (signups, ==, 1);

  /* The donation stays, with no event. */
  donation = hustings_donation_store_get (file, gift, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hustings_donation_get_amount (donation), ==, 25000);
  g_assert_cmpint (hustings_event_store_donation_event (file, gift), ==, 0);

  /* The other event is untouched; deleting it without donations leaves them be. */
  g_assert_cmpuint (summary_of (file, kept).signups, ==, 1);
  g_assert_true (hustings_event_store_delete (file, kept, &error));
  g_assert_cmpuint (donations, ==, 1);
}

static void
test_read_only (void)
{
  g_autofree char *path = NULL;
  HustingsCommitteeFile *file = test_new_file (&path);
  gint64 gala = add_event (file, "Spring gala", "2026-04-18", 0);
  gint64 ann = test_add_person (file, "Ann", "Lee");
  g_autoptr(HustingsCommitteeFile) reader = NULL;
  g_autoptr(HustingsEvent) event = make_event ("Another", "2026-06-01");
  g_autoptr(HustingsEvent) read = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  reader = hustings_committee_file_open (path, &error);
  g_assert_no_error (error);
  if (!hustings_committee_file_is_read_only (reader))
    {
      g_test_skip ("The file can be written anyway (running as root)");
      return;
    }
  g_assert_false (hustings_event_store_add (reader, event, &error));
  assert_error (&error, HUSTINGS_ERROR_READ_ONLY, "read-only");
  g_assert_false (hustings_event_store_rsvp (reader, gala, ann, HUSTINGS_RSVP_YES, 0, &error));
  assert_error (&error, HUSTINGS_ERROR_READ_ONLY, "read-only");
  read = hustings_event_store_get (reader, gala, &error);
  g_assert_no_error (error);
  g_assert_nonnull (read);
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
  gint64 far = add_event (file, "Victory party", "2999-11-05", 0);
  gint64 near = add_event (file, "Kickoff", "2999-01-10", 0);
  gint64 past = add_event (file, "Old rally", "2001-03-01", 0);
  gint64 ann = test_add_person (file, "Ann", "Lee");
  gint64 gift = test_give (file, ann, "2026-04-18", 25000, "P2026");
  g_autoptr(HustingsEventList) list = hustings_event_list_new (file);
  g_autoptr(HustingsEvent) item = NULL;
  g_autoptr(HustingsDonation) donation = NULL;
  g_autoptr(GError) error = NULL;
  Changes changes = { 0 };
  gboolean include_past;

  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), &changes);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == HUSTINGS_TYPE_EVENT);
  g_assert_cmpint (hustings_event_list_get_id (list, 0), ==, near);
  g_assert_cmpint (hustings_event_list_get_id (list, 1), ==, far);

  g_object_set (list, "include-past", TRUE, NULL);
  g_object_get (list, "include-past", &include_past, NULL);
  g_assert_true (include_past);
  g_assert_true (hustings_event_list_get_include_past (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  g_assert_cmpuint (hustings_event_list_find (list, past), ==, 2);

  /* Hidden for an undoable delete, and back. */
  hustings_event_list_hide (list, near);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_cmpuint (hustings_event_list_find (list, near), ==, G_MAXUINT);
  hustings_event_list_unhide (list, near);
  g_assert_cmpuint (hustings_event_list_find (list, near), ==, 0);

  /* A donation linked, then edited: the row shows the new revenue. */
  item = g_list_model_get_item (G_LIST_MODEL (list), 0);
  link_to (file, gift, near);
  g_clear_object (&item);
  item = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpint (hustings_event_get_summary (item)->revenue, ==, 25000);
  changes.calls = 0;
  donation = hustings_donation_store_get (file, gift, NULL);
  hustings_donation_set_amount (donation, 30000);
  g_assert_true (hustings_donation_store_update (file, donation, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (changes.position, ==, 0);
  g_clear_object (&item);
  item = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpint (hustings_event_get_summary (item)->revenue, ==, 30000);

  /* A new event takes its place by date. */
  add_event (file, "Summer picnic", "2999-07-04", 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);
  g_clear_object (&item);
  item = g_list_model_get_item (G_LIST_MODEL (list), 1);
  g_assert_cmpstr (hustings_event_get_name (item), ==, "Summer picnic");
}

/* A donation saved with its event is that event's revenue; saved without, it is not. */
static void
test_donation_saved_with_event (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 gala = add_event (file, "Gala", "2026-05-01", 100);
  gint64 donor = test_add_person (file, "Ann", "Lee");
  g_autoptr(HustingsDonation) gift = hustings_donation_new ();
  g_autoptr(HustingsDonation) back = NULL;
  g_autoptr(GArray) linked = NULL;
  g_autoptr(GError) error = NULL;

  hustings_donation_set_contact_id (gift, donor);
  hustings_donation_set_date (gift, "2026-05-01");
  hustings_donation_set_amount (gift, 25000);
  hustings_donation_set_event_id (gift, gala);
  g_assert_true (hustings_donation_store_add (file, gift, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hustings_event_store_donation_event (file, hustings_donation_get_id (gift)),
                   ==, gala);
  back = hustings_donation_store_get (file, hustings_donation_get_id (gift), NULL);
  g_assert_cmpint (hustings_donation_get_event_id (back), ==, gala);
  linked = hustings_event_store_list_donation_ids (file, gala);
  g_assert_cmpuint (linked->len, ==, 1);
  g_clear_pointer (&linked, g_array_unref);

  hustings_donation_set_event_id (back, 0);
  g_assert_true (hustings_donation_store_update (file, back, &error));
  g_assert_no_error (error);
  linked = hustings_event_store_list_donation_ids (file, gala);
  g_assert_cmpuint (linked->len, ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/events/kinds", test_kinds);
  g_test_add_func ("/events/events", test_events);
  g_test_add_func ("/events/shifts", test_shifts);
  g_test_add_func ("/events/signups", test_signups);
  g_test_add_func ("/events/check-in", test_check_in);
  g_test_add_func ("/events/rsvp", test_rsvp);
  g_test_add_func ("/events/door", test_door);
  g_test_add_func ("/events/donations", test_donations);
  g_test_add_func ("/events/delete-cascades", test_delete_cascades);
  g_test_add_func ("/events/read-only", test_read_only);
  g_test_add_func ("/events/list", test_list);
  g_test_add_func ("/events/donation-saved-with-event", test_donation_saved_with_event);

  return g_test_run ();
}
