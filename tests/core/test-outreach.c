/* test-outreach.c: the interaction log, a contact's timeline, tasks and the automatic task
 * rules. Runs in America/Chicago time so that local days and UTC days differ in the evening.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <time.h>

#include "test-util.h"
#include "hustings-committee-file-private.h"

/* ---- Helpers ---- */

static void
exec_sql (HustingsCommitteeFile *file,
          const char            *sql)
{
  char *message = NULL;

  if (sqlite3_exec (hustings_committee_file_get_db (file), sql, NULL, NULL, &message) !=
      SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static gint64
add_event (HustingsCommitteeFile *file,
           const char            *name,
           const char            *date,
           const char            *starts,
           const char            *place)
{
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO event (name, date, starts, place, created_at, updated_at)"
    " VALUES ('%s', '%s', '%s', '%s', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
    name, date, starts, place);

  exec_sql (file, sql);
  return sqlite3_last_insert_rowid (hustings_committee_file_get_db (file));
}

static gint64
add_shift (HustingsCommitteeFile *file,
           gint64                 event,
           const char            *role,
           const char            *starts,
           const char            *ends)
{
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO shift (event_id, role, starts, ends) VALUES (%" G_GINT64_FORMAT
    ", '%s', '%s', '%s')", event, role, starts, ends);

  exec_sql (file, sql);
  return sqlite3_last_insert_rowid (hustings_committee_file_get_db (file));
}

/* Signs contact up for shift; minutes < 0: not checked in. */
static void
sign_up (HustingsCommitteeFile *file,
         gint64                 shift,
         gint64                 contact,
         int                    minutes)
{
  g_autofree char *sql = minutes < 0
    ? g_strdup_printf ("INSERT INTO shift_signup (shift_id, contact_id, signed_up_at)"
                       " VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT
                       ", '2026-04-01T12:00:00Z')", shift, contact)
    : g_strdup_printf ("INSERT INTO shift_signup (shift_id, contact_id, signed_up_at,"
                       " checked_in_at, minutes) VALUES (%" G_GINT64_FORMAT ", %"
                       G_GINT64_FORMAT ", '2026-04-01T12:00:00Z', '2026-05-02T23:00:00Z', %d)",
                       shift, contact, minutes);

  exec_sql (file, sql);
}

static gint64
add_contact (HustingsCommitteeFile *file,
             const char            *first,
             const char            *last,
             const char            *employer,
             const char            *occupation,
             const char            *phone)
{
  g_autoptr(HustingsContact) c = test_person (first, last);
  g_autoptr(GError) error = NULL;
  const char *phones[] = { phone, NULL };

  hustings_contact_set_field (c, HUSTINGS_CONTACT_EMPLOYER, employer);
  hustings_contact_set_field (c, HUSTINGS_CONTACT_OCCUPATION, occupation);
  if (phone != NULL)
    hustings_contact_set_phones (c, phones);
  g_assert_true (hustings_contact_store_add (file, c, &error));
  g_assert_no_error (error);
  return hustings_contact_get_id (c);
}

static gint64
give (HustingsCommitteeFile *file,
      gint64                 contact,
      const char            *date,
      gint64                 cents,
      const char            *check_number,
      gboolean               recurring)
{
  g_autoptr(HustingsDonation) d = hustings_donation_new ();
  g_autoptr(GError) error = NULL;

  hustings_donation_set_contact_id (d, contact);
  hustings_donation_set_date (d, date);
  hustings_donation_set_amount (d, cents);
  hustings_donation_set_check_number (d, check_number);
  hustings_donation_set_recurring (d, recurring);
  g_assert_true (hustings_donation_store_add (file, d, &error));
  g_assert_no_error (error);
  return hustings_donation_get_id (d);
}

static gint64
refund (HustingsCommitteeFile *file,
        gint64                 contact,
        gint64                 original,
        const char            *date,
        gint64                 cents)
{
  g_autoptr(HustingsDonation) d = hustings_donation_new ();
  g_autoptr(GError) error = NULL;

  hustings_donation_set_contact_id (d, contact);
  hustings_donation_set_date (d, date);
  hustings_donation_set_amount (d, -cents);
  hustings_donation_set_refund_of (d, original);
  g_assert_true (hustings_donation_store_add (file, d, &error));
  g_assert_no_error (error);
  return hustings_donation_get_id (d);
}

static gint64
log_interaction (HustingsCommitteeFile   *file,
                 gint64                   contact,
                 HustingsInteractionKind  kind,
                 const char              *date,
                 const char              *time,
                 const char              *outcome,
                 const char              *notes)
{
  g_autoptr(HustingsInteraction) i = hustings_interaction_new ();
  g_autoptr(GError) error = NULL;

  hustings_interaction_set_contact_id (i, contact);
  hustings_interaction_set_kind (i, kind);
  g_assert_true (hustings_interaction_set_when_local (i, date, time, &error));
  hustings_interaction_set_outcome (i, outcome);
  hustings_interaction_set_notes (i, notes);
  g_assert_true (hustings_interaction_store_add (file, i, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hustings_interaction_get_id (i), >, 0);
  return hustings_interaction_get_id (i);
}

static gint64
add_task (HustingsCommitteeFile *file,
          const char            *title,
          const char            *due,
          gint64                 contact)
{
  g_autoptr(HustingsTask) task = hustings_task_new ();
  g_autoptr(GError) error = NULL;

  hustings_task_set_title (task, title);
  hustings_task_set_due_date (task, due);
  hustings_task_set_contact_id (task, contact);
  g_assert_true (hustings_task_store_add (file, task, &error));
  g_assert_no_error (error);
  return hustings_task_get_id (task);
}

/* The titles of the tasks filter lists, joined with "|". */
static char *
task_titles (HustingsCommitteeFile *file,
             HustingsTaskFilter     filter,
             gint64                 contact)
{
  g_autoptr(GArray) ids = hustings_task_store_list_ids (file, filter, contact);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(HustingsTask) task = hustings_task_store_get (file,
                                                              g_array_index (ids, gint64, i),
                                                              NULL);

      g_assert_nonnull (task);
      if (i > 0)
        g_string_append_c (out, '|');
      g_string_append (out, hustings_task_get_title (task));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The one open task a rule made with this key. */
static HustingsTask *
rule_task (HustingsCommitteeFile *file,
           const char            *rule,
           const char            *key)
{
  g_autoptr(GArray) ids = hustings_task_store_list_ids (file, HUSTINGS_TASK_ALL, 0);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(HustingsTask) task = hustings_task_store_get (file,
                                                              g_array_index (ids, gint64, i),
                                                              NULL);

      if (g_strcmp0 (hustings_task_get_rule (task), rule) == 0 &&
          g_strcmp0 (hustings_task_get_rule_key (task), key) == 0)
        return g_steal_pointer (&task);
    }
  return NULL;
}

static guint
run_rules (HustingsCommitteeFile *file,
           const char            *today)
{
  g_autoptr(GError) error = NULL;
  guint n = G_MAXUINT;

  g_assert_true (hustings_task_rules_run (file, today, &n, &error));
  g_assert_no_error (error);
  return n;
}

static guint
switch_rule (HustingsCommitteeFile *file,
             HustingsTaskRule       rule,
             gboolean               enabled,
             int                    days,
             const char            *today)
{
  g_autoptr(GError) error = NULL;
  guint n = G_MAXUINT;

  g_assert_true (hustings_task_rule_set (file, rule, enabled, days, today, &n, &error));
  g_assert_no_error (error);
  return n;
}

/* ---- Interactions ---- */

static void
test_interaction_kinds (void)
{
  HustingsInteractionKind kind;

  for (guint i = 0; i < HUSTINGS_N_INTERACTION_KINDS; i++)
    {
      g_assert_true (hustings_interaction_kind_from_string (
                       hustings_interaction_kind_to_string (i), &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_cmpstr (hustings_interaction_kind_describe (i), !=, "");
    }
  g_assert_cmpstr (hustings_interaction_kind_to_string (HUSTINGS_INTERACTION_DOOR), ==, "door");
  g_assert_cmpstr (hustings_interaction_kind_describe (HUSTINGS_INTERACTION_DOOR), ==,
                   "Door knock");
  g_assert_false (hustings_interaction_kind_from_string ("fax", &kind));
  g_assert_false (hustings_interaction_kind_from_string (NULL, &kind));

  {
    g_autofree char *evening = hustings_time_of_day_format ("18:30");
    g_autofree char *morning = hustings_time_of_day_format ("09:05");
    g_autofree char *midnight = hustings_time_of_day_format ("00:00");
    g_autofree char *bad = hustings_time_of_day_format ("25:00");
    g_autofree char *empty = hustings_time_of_day_format ("");

    g_assert_cmpstr (evening, ==, "6:30 PM");
    g_assert_cmpstr (morning, ==, "9:05 AM");
    g_assert_cmpstr (midnight, ==, "12:00 AM");
    g_assert_cmpstr (bad, ==, "");
    g_assert_cmpstr (empty, ==, "");
  }
}

static void
test_interaction_when (void)
{
  g_autoptr(HustingsInteraction) i = hustings_interaction_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  g_autofree char *when = NULL;
  static const struct { const char *typed; const char *utc; } times[] = {
    { "18:30", "2026-05-03T23:30:00Z" },
    { "6:30 pm", "2026-05-03T23:30:00Z" },
    { "6:30PM", "2026-05-03T23:30:00Z" },
    { "8 p.m.", "2026-05-04T01:00:00Z" },
    { "12 am", "2026-05-03T05:00:00Z" },
    { "12:15 PM", "2026-05-03T17:15:00Z" },
    { " 07:45 ", "2026-05-03T12:45:00Z" },
  };

  /* A new interaction is a call, now. */
  g_assert_cmpint (hustings_interaction_get_kind (i), ==, HUSTINGS_INTERACTION_CALL);
  g_assert_cmpuint (strlen (hustings_interaction_get_occurred_at (i)), ==, 20);
  g_assert_true (hustings_interaction_validate (i, NULL));

  /* Local evening in Chicago (CDT, UTC-5) is the next UTC day; it reads back local. */
  for (guint n = 0; n < G_N_ELEMENTS (times); n++)
    {
      g_assert_true (hustings_interaction_set_when_local (i, "2026-05-03", times[n].typed,
                                                          &error));
      g_assert_no_error (error);
      g_assert_cmpstr (hustings_interaction_get_occurred_at (i), ==, times[n].utc);
    }
  date = hustings_interaction_dup_date (i);
  time = hustings_interaction_dup_time (i);
  g_assert_cmpstr (date, ==, "2026-05-03");
  g_assert_cmpstr (time, ==, "07:45");
  g_object_get (i, "when-text", &when, NULL);
  g_assert_cmpstr (when, ==, "May 3, 2026, 7:45 AM");
  g_clear_pointer (&when, g_free);

  /* A day only, typed the US way. */
  g_assert_true (hustings_interaction_set_when_local (i, "5/6/2026", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hustings_interaction_get_occurred_at (i), ==, "2026-05-06");
  g_clear_pointer (&time, g_free);
  time = hustings_interaction_dup_time (i);
  g_assert_cmpstr (time, ==, "");
  g_object_get (i, "when-text", &when, NULL);
  g_assert_cmpstr (when, ==, "May 6, 2026");

  /* Refused, and nothing changes. */
  g_assert_false (hustings_interaction_set_when_local (i, "2026-05-03", "25:00", &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hustings_interaction_set_when_local (i, "2026-05-03", "13 pm", &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hustings_interaction_set_when_local (i, "2026-02-30", "10:00", &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (hustings_interaction_get_occurred_at (i), ==, "2026-05-06");

  /* What validate refuses. */
  hustings_interaction_set_occurred_at (i, "2026-05-03T25:00:00Z");
  g_assert_false (hustings_interaction_validate (i, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  hustings_interaction_set_occurred_at (i, "yesterday");
  g_assert_false (hustings_interaction_validate (i, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  hustings_interaction_set_occurred_at (i, "2026-05-03T10:00:00Z");
  g_assert_true (hustings_interaction_validate (i, NULL));
}

static void
test_interaction_store (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 jane = add_contact (file, "Jane", "Doe", "", "", NULL);
  gint64 bob = add_contact (file, "Bob", "Roe", "", "", NULL);
  g_autoptr(HustingsInteraction) got = NULL;
  g_autoptr(HustingsInteraction) bad = hustings_interaction_new ();
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *long_outcome = g_strnfill (HUSTINGS_INTERACTION_OUTCOME_MAX + 1, 'x');
  guint changed = 0;
  gint64 call, letter, door;

  g_signal_connect (file, "outreach-changed", G_CALLBACK (test_count_cb), &changed);

  call = log_interaction (file, jane, HUSTINGS_INTERACTION_CALL, "2026-05-03", "20:00",
                          "Left a message", "Call back Tuesday");
  letter = log_interaction (file, jane, HUSTINGS_INTERACTION_LETTER, "2026-05-03", NULL,
                            "Thank-you letter sent", "");
  door = log_interaction (file, jane, HUSTINGS_INTERACTION_DOOR, "2026-05-03", "10:00",
                          "Not home", "");
  log_interaction (file, bob, HUSTINGS_INTERACTION_EMAIL, "2026-05-04", NULL, "Email sent", "");
  g_assert_cmpuint (changed, ==, 4);
  g_assert_cmpint (hustings_interaction_store_count (file), ==, 4);

  got = hustings_interaction_store_get (file, call, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hustings_interaction_get_contact_id (got), ==, jane);
  g_assert_cmpstr (hustings_interaction_get_contact_name (got), ==, "Jane Doe");
  g_assert_cmpint (hustings_interaction_get_kind (got), ==, HUSTINGS_INTERACTION_CALL);
  g_assert_cmpstr (hustings_interaction_get_occurred_at (got), ==, "2026-05-04T01:00:00Z");
  g_assert_cmpstr (hustings_interaction_get_outcome (got), ==, "Left a message");
  g_assert_cmpstr (hustings_interaction_get_notes (got), ==, "Call back Tuesday");

  /* Newest first by local day (the 8 PM call is May 3 here though May 4 in UTC), timed
   * entries before the day-only letter. */
  list = hustings_interaction_store_list (file, jane, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 3);
  g_assert_cmpint (hustings_interaction_get_id (list->pdata[0]), ==, call);
  g_assert_cmpint (hustings_interaction_get_id (list->pdata[1]), ==, door);
  g_assert_cmpint (hustings_interaction_get_id (list->pdata[2]), ==, letter);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Edit: another kind, day and contact. */
  hustings_interaction_set_kind (got, HUSTINGS_INTERACTION_MEETING);
  g_assert_true (hustings_interaction_set_when_local (got, "2026-05-05", NULL, NULL));
  hustings_interaction_set_outcome (got, "Agreed to host");
  hustings_interaction_set_contact_id (got, bob);
  g_assert_true (hustings_interaction_store_update (file, got, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hustings_interaction_get_contact_name (got), ==, "Bob Roe");
  g_assert_cmpuint (changed, ==, 5);
  g_clear_object (&got);
  got = hustings_interaction_store_get (file, call, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hustings_interaction_get_kind (got), ==, HUSTINGS_INTERACTION_MEETING);
  g_assert_cmpstr (hustings_interaction_get_occurred_at (got), ==, "2026-05-05");
  g_assert_cmpstr (hustings_interaction_get_outcome (got), ==, "Agreed to host");
  g_assert_cmpint (hustings_interaction_get_contact_id (got), ==, bob);
  list = hustings_interaction_store_list (file, jane, NULL);
  g_assert_cmpuint (list->len, ==, 2);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Refusals change nothing and emit nothing. */
  hustings_interaction_set_contact_id (bad, 0);
  g_assert_false (hustings_interaction_store_add (file, bad, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  hustings_interaction_set_contact_id (bad, jane);
  hustings_interaction_set_outcome (bad, long_outcome);
  g_assert_false (hustings_interaction_store_add (file, bad, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  hustings_interaction_set_outcome (bad, "");
  hustings_interaction_set_occurred_at (bad, "2026-13-01");
  g_assert_false (hustings_interaction_store_add (file, bad, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (changed, ==, 5);
  g_assert_cmpint (hustings_interaction_get_id (bad), ==, 0);

  /* Delete. */
  g_assert_true (hustings_interaction_store_delete (file, door, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 6);
  g_assert_false (hustings_interaction_store_delete (file, door, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (hustings_interaction_store_get (file, door, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (hustings_interaction_store_count (file), ==, 3);

  /* Deleting the contact deletes their log. */
  g_assert_true (hustings_contact_store_delete (file, bob, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hustings_interaction_store_count (file), ==, 1);
}

static void
test_interaction_bulk (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(HustingsInteraction) letter = hustings_interaction_new ();
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 gone = 0;
  guint changed = 0;

  for (int i = 0; i < 50; i++)
    {
      g_autofree char *first = g_strdup_printf ("Donor%d", i);
      gint64 id = add_contact (file, first, "Smith", "", "", NULL);

      g_array_append_val (ids, id);
    }
  g_signal_connect (file, "outreach-changed", G_CALLBACK (test_count_cb), &changed);

  hustings_interaction_set_kind (letter, HUSTINGS_INTERACTION_LETTER);
  hustings_interaction_set_occurred_at (letter, "2026-05-07");
  hustings_interaction_set_outcome (letter, "Letter sent");
  hustings_interaction_set_notes (letter, "Spring thank-you");
  g_assert_true (hustings_interaction_store_add_bulk (file, letter, ids, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpint (hustings_interaction_store_count (file), ==, 50);
  list = hustings_interaction_store_list (file, g_array_index (ids, gint64, 49), NULL);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (hustings_interaction_get_kind (list->pdata[0]), ==,
                   HUSTINGS_INTERACTION_LETTER);
  g_assert_cmpstr (hustings_interaction_get_occurred_at (list->pdata[0]), ==, "2026-05-07");
  g_assert_cmpstr (hustings_interaction_get_outcome (list->pdata[0]), ==, "Letter sent");
  g_assert_cmpstr (hustings_interaction_get_notes (list->pdata[0]), ==, "Spring thank-you");

  /* All or nothing: one contact deleted meanwhile fails the whole run. */
  gone = g_array_index (ids, gint64, 20);
  g_assert_true (hustings_contact_store_delete (file, gone, NULL));
  g_assert_cmpint (hustings_interaction_store_count (file), ==, 49);
  changed = 0;
  g_assert_false (hustings_interaction_store_add_bulk (file, letter, ids, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_cmpint (hustings_interaction_store_count (file), ==, 49);

  /* An invalid interaction is refused before anything is written; no contacts: nothing. */
  hustings_interaction_set_occurred_at (letter, "someday");
  g_array_remove_index (ids, 20);
  g_assert_false (hustings_interaction_store_add_bulk (file, letter, ids, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  hustings_interaction_set_occurred_at (letter, "2026-05-08");
  g_array_set_size (ids, 0);
  g_assert_true (hustings_interaction_store_add_bulk (file, letter, ids, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_cmpint (hustings_interaction_store_count (file), ==, 49);
}

/* ---- The timeline ---- */

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

static void
check_item (HustingsTimeline     *timeline,
            guint                 position,
            HustingsTimelineKind  kind,
            gint64                id,
            const char           *when,
            const char           *title,
            const char           *detail,
            const char           *amount)
{
  g_autoptr(HustingsTimelineItem) item = g_list_model_get_item (G_LIST_MODEL (timeline),
                                                                position);
  g_autofree char *when_text = NULL;
  g_autofree char *amount_text = NULL;

  g_assert_nonnull (item);
  g_object_get (item, "when-text", &when_text, "amount-text", &amount_text, NULL);
  g_assert_cmpint (hustings_timeline_item_get_kind (item), ==, kind);
  g_assert_cmpint (hustings_timeline_item_get_id (item), ==, id);
  g_assert_cmpstr (when_text, ==, when);
  g_assert_cmpstr (hustings_timeline_item_get_title (item), ==, title);
  g_assert_cmpstr (hustings_timeline_item_get_detail (item), ==, detail);
  g_assert_cmpstr (amount_text, ==, amount);
  g_assert_true (hustings_timeline_item_has_amount (item) == (*amount != '\0'));
}

static void
test_timeline (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 jane = add_contact (file, "Jane", "Doe", "", "", NULL);
  gint64 bob = add_contact (file, "Bob", "Roe", "", "", NULL);
  gint64 first, refunded, second, call, letter, phone_bank, shift, gala;
  g_autoptr(HustingsTimeline) timeline = NULL;
  g_autoptr(HustingsTimeline) empty = NULL;
  g_autofree char *sql = NULL;
  guint changes = 0;

  first = give (file, jane, "2026-04-01", 10000, "1042", FALSE);
  refunded = refund (file, jane, first, "2026-04-20", 10000);
  second = give (file, jane, "2026-05-03", 25000, "", FALSE);
  give (file, bob, "2026-05-03", 5000, "", FALSE);
  call = log_interaction (file, jane, HUSTINGS_INTERACTION_CALL, "2026-05-03", "20:00",
                          "Left a message", "Call back Tuesday");
  letter = log_interaction (file, jane, HUSTINGS_INTERACTION_LETTER, "2026-05-06", NULL, "",
                            "");
  log_interaction (file, bob, HUSTINGS_INTERACTION_CALL, "2026-05-06", "09:00", "", "");
  phone_bank = add_event (file, "Phone bank", "2026-05-02", "17:30", "HQ");
  shift = add_shift (file, phone_bank, "Caller", "18:00", "20:00");
  sign_up (file, shift, jane, 120);
  gala = add_event (file, "Spring Gala", "2026-05-06", "19:00", "Town Hall");
  sql = g_strdup_printf ("INSERT INTO event_guest (event_id, contact_id, rsvp, guests,"
                         " checked_in_at, updated_at) VALUES (%" G_GINT64_FORMAT ", %"
                         G_GINT64_FORMAT ", 'yes', 2, '2026-05-07T00:10:00Z',"
                         " '2026-05-01T00:00:00Z')", gala, jane);
  exec_sql (file, sql);

  timeline = hustings_timeline_new (file, jane);
  g_assert_cmpint (hustings_timeline_get_contact_id (timeline), ==, jane);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (timeline)) ==
                 HUSTINGS_TYPE_TIMELINE_ITEM);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (timeline)), ==, 7);
  check_item (timeline, 0, HUSTINGS_TIMELINE_EVENT, gala, "May 6, 2026, 7:00 PM",
              "Spring Gala", "RSVP yes, 2 guests · attended · Town Hall", "");
  check_item (timeline, 1, HUSTINGS_TIMELINE_INTERACTION, letter, "May 6, 2026", "Letter", "",
              "");
  check_item (timeline, 2, HUSTINGS_TIMELINE_INTERACTION, call, "May 3, 2026, 8:00 PM",
              "Call: Left a message", "Call back Tuesday", "");
  check_item (timeline, 3, HUSTINGS_TIMELINE_DONATION, second, "May 3, 2026", "Donation",
              "Check", "$250.00");
  check_item (timeline, 4, HUSTINGS_TIMELINE_SHIFT, shift, "May 2, 2026, 6:00 PM",
              "Shift at Phone bank", "Caller, 6:00 PM – 8:00 PM · worked 2 h · HQ", "");
  check_item (timeline, 5, HUSTINGS_TIMELINE_REFUND, refunded, "Apr 20, 2026", "Refund",
              "For the gift of Apr 1, 2026 · Check", "-$100.00");
  check_item (timeline, 6, HUSTINGS_TIMELINE_DONATION, first, "Apr 1, 2026", "Donation",
              "Check 1042", "$100.00");
  {
    /* The model keeps no items: it builds them when asked. */
    HustingsTimelineItem *item = g_list_model_get_item (G_LIST_MODEL (timeline), 4);

    g_object_add_weak_pointer (G_OBJECT (item), (gpointer *) &item);
    g_object_unref (item);
    g_assert_null (item);
  }
  {
    g_autoptr(HustingsTimelineItem) item = g_list_model_get_item (G_LIST_MODEL (timeline), 4);

    g_assert_cmpint (hustings_timeline_item_get_event_id (item), ==, phone_bank);
    g_assert_cmpstr (hustings_timeline_item_get_date (item), ==, "2026-05-02");
    g_assert_cmpstr (hustings_timeline_item_get_time (item), ==, "18:00");
    g_assert_cmpint (hustings_timeline_item_get_amount (item), ==, 0);
  }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (timeline), 7));

  /* It follows the file, and only when what it shows changed. */
  g_signal_connect (timeline, "items-changed", G_CALLBACK (items_changed_cb), &changes);
  log_interaction (file, jane, HUSTINGS_INTERACTION_TEXT, "2026-05-10", "12:00", "", "");
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (timeline)), ==, 8);
  log_interaction (file, bob, HUSTINGS_INTERACTION_TEXT, "2026-05-10", "12:00", "", "");
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (hustings_interaction_store_delete (file, letter, NULL));
  g_assert_cmpuint (changes, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (timeline)), ==, 7);

  /* Another contact, and none. */
  hustings_timeline_set_contact_id (timeline, bob);
  g_assert_cmpuint (changes, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (timeline)), ==, 3);
  empty = hustings_timeline_new (file, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (empty)), ==, 0);
}

/* A contact with thousands of gifts: one query, items made only when asked. */
static void
test_timeline_many (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 jane = add_contact (file, "Jane", "Doe", "", "", NULL);
  g_autoptr(HustingsTimeline) timeline = NULL;
  g_autoptr(HustingsTimelineItem) newest = NULL;
  g_autoptr(HustingsTimelineItem) oldest = NULL;
  g_autofree char *sql = NULL;

  sql = g_strdup_printf (
    "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 4999)"
    " INSERT INTO donation (contact_id, date_received, amount_cents, cycle, created_at,"
    " updated_at) SELECT %" G_GINT64_FORMAT ", date('2020-01-01', '+' || (i / 3) || ' days'),"
    " 500 + i, 2020, '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z' FROM n", jane);
  exec_sql (file, sql);

  timeline = hustings_timeline_new (file, jane);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (timeline)), ==, 5000);
  newest = g_list_model_get_item (G_LIST_MODEL (timeline), 0);
  oldest = g_list_model_get_item (G_LIST_MODEL (timeline), 4999);
  g_assert_cmpint (hustings_timeline_item_get_amount (newest), ==, 500 + 4999);
  g_assert_cmpstr (hustings_timeline_item_get_date (newest), ==, "2024-07-24");
  g_assert_cmpint (hustings_timeline_item_get_amount (oldest), ==, 500);
  g_assert_cmpstr (hustings_timeline_item_get_date (oldest), ==, "2020-01-01");
}

/* ---- Tasks ---- */

static void
test_tasks (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 jane = add_contact (file, "Jane", "Doe", "", "", NULL);
  g_autoptr(HustingsTask) task = hustings_task_new ();
  g_autoptr(HustingsTask) got = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *titles = NULL;
  g_autofree char *long_title = g_strnfill (HUSTINGS_TASK_TITLE_MAX + 1, 'x');
  guint changed = 0, overdue = 99, due_today = 99;
  gint64 call, yard, order, plan, gone;
  gboolean done;

  g_signal_connect (file, "outreach-changed", G_CALLBACK (test_count_cb), &changed);

  /* Refusals. */
  g_assert_false (hustings_task_store_add (file, task, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  hustings_task_set_title (task, "   ");
  g_assert_false (hustings_task_store_add (file, task, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  hustings_task_set_title (task, long_title);
  g_assert_false (hustings_task_store_add (file, task, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  hustings_task_set_title (task, "Order signs");
  hustings_task_set_due_date (task, "2026-02-30");
  g_assert_false (hustings_task_store_add (file, task, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  hustings_task_set_due_date (task, "2026-05-20");
  hustings_task_set_contact_id (task, jane + 100);
  g_assert_false (hustings_task_store_add (file, task, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (changed, ==, 0);

  /* Adds. */
  hustings_task_set_contact_id (task, 0);
  g_assert_true (hustings_task_store_add (file, task, &error));
  g_assert_no_error (error);
  order = hustings_task_get_id (task);
  g_assert_cmpint (order, >, 0);
  g_assert_cmpstr (hustings_task_get_contact_name (task), ==, "");
  g_assert_cmpuint (strlen (hustings_task_get_created_at (task)), ==, 20);
  call = add_task (file, "Call Jane about hosting", "2026-05-01", jane);
  yard = add_task (file, "Pick up yard signs", "2026-05-10", 0);
  plan = add_task (file, "Plan the fall mailing", NULL, 0);
  gone = add_task (file, "Book the hall", "2026-04-01", 0);
  g_assert_cmpuint (changed, ==, 5);

  got = hustings_task_store_get (file, call, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hustings_task_get_title (got), ==, "Call Jane about hosting");
  g_assert_cmpstr (hustings_task_get_due_date (got), ==, "2026-05-01");
  g_assert_cmpint (hustings_task_get_contact_id (got), ==, jane);
  g_assert_cmpstr (hustings_task_get_contact_name (got), ==, "Jane Doe");
  g_assert_false (hustings_task_is_done (got));
  g_assert_null (hustings_task_get_rule (got));
  g_assert_true (hustings_task_is_overdue (got, "2026-05-10"));
  g_assert_false (hustings_task_is_overdue (got, "2026-05-01"));
  g_object_get (got, "done", &done, NULL);
  g_assert_false (done);
  g_clear_object (&got);

  /* Open: by due date (so the overdue first), undated last. */
  titles = task_titles (file, HUSTINGS_TASK_OPEN, 0);
  g_assert_cmpstr (titles, ==, "Book the hall|Call Jane about hosting|Pick up yard signs|"
                               "Order signs|Plan the fall mailing");
  g_clear_pointer (&titles, g_free);
  titles = task_titles (file, HUSTINGS_TASK_OPEN, jane);
  g_assert_cmpstr (titles, ==, "Call Jane about hosting");
  g_clear_pointer (&titles, g_free);
  hustings_task_store_count_due (file, "2026-05-10", &overdue, &due_today);
  g_assert_cmpuint (overdue, ==, 2);
  g_assert_cmpuint (due_today, ==, 1);

  /* Edit. */
  got = hustings_task_store_get (file, plan, NULL);
  hustings_task_set_title (got, "Plan the fall mailing with Jane");
  hustings_task_set_due_date (got, "2026-05-10");
  hustings_task_set_contact_id (got, jane);
  hustings_task_set_notes (got, "Ask about her list");
  g_assert_true (hustings_task_store_update (file, got, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hustings_task_get_contact_name (got), ==, "Jane Doe");
  g_clear_object (&got);
  got = hustings_task_store_get (file, plan, NULL);
  g_assert_cmpstr (hustings_task_get_notes (got), ==, "Ask about her list");
  g_assert_cmpstr (hustings_task_get_due_date (got), ==, "2026-05-10");
  hustings_task_set_title (got, "");
  g_assert_false (hustings_task_store_update (file, got, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_object (&got);
  hustings_task_store_count_due (file, "2026-05-10", &overdue, &due_today);
  g_assert_cmpuint (overdue, ==, 2);
  g_assert_cmpuint (due_today, ==, 2);

  /* Complete, reopen. */
  changed = 0;
  g_assert_true (hustings_task_store_set_done (file, call, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (hustings_task_store_set_done (file, yard, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 2);
  got = hustings_task_store_get (file, call, NULL);
  g_assert_true (hustings_task_is_done (got));
  g_assert_false (hustings_task_is_overdue (got, "2026-05-10"));
  g_clear_object (&got);
  titles = task_titles (file, HUSTINGS_TASK_OPEN, 0);
  g_assert_cmpstr (titles, ==, "Book the hall|Plan the fall mailing with Jane|Order signs");
  g_clear_pointer (&titles, g_free);
  /* Done: the latest completed first. */
  exec_sql (file, "UPDATE task SET done_at = '2026-05-09T10:00:00Z' WHERE title LIKE 'Call%'");
  exec_sql (file, "UPDATE task SET done_at = '2026-05-08T10:00:00Z' WHERE title LIKE 'Pick%'");
  titles = task_titles (file, HUSTINGS_TASK_DONE, 0);
  g_assert_cmpstr (titles, ==, "Call Jane about hosting|Pick up yard signs");
  g_clear_pointer (&titles, g_free);
  titles = task_titles (file, HUSTINGS_TASK_ALL, 0);
  g_assert_cmpstr (titles, ==, "Book the hall|Plan the fall mailing with Jane|Order signs|"
                               "Call Jane about hosting|Pick up yard signs");
  g_clear_pointer (&titles, g_free);
  titles = task_titles (file, HUSTINGS_TASK_ALL, jane);
  g_assert_cmpstr (titles, ==, "Plan the fall mailing with Jane|Call Jane about hosting");
  g_clear_pointer (&titles, g_free);
  hustings_task_store_count_due (file, "2026-05-10", &overdue, &due_today);
  g_assert_cmpuint (overdue, ==, 1);
  g_assert_cmpuint (due_today, ==, 1);

  /* Completing again keeps the first time; reopening clears it. */
  g_assert_true (hustings_task_store_set_done (file, call, TRUE, NULL));
  got = hustings_task_store_get (file, call, NULL);
  g_assert_cmpstr (hustings_task_get_done_at (got), ==, "2026-05-09T10:00:00Z");
  g_clear_object (&got);
  g_assert_true (hustings_task_store_set_done (file, call, FALSE, &error));
  g_assert_no_error (error);
  got = hustings_task_store_get (file, call, NULL);
  g_assert_null (hustings_task_get_done_at (got));
  g_clear_object (&got);

  /* Delete. */
  g_assert_true (hustings_task_store_delete (file, gone, &error));
  g_assert_no_error (error);
  g_assert_false (hustings_task_store_delete (file, gone, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (hustings_task_store_get (file, gone, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (hustings_task_store_set_done (file, gone, TRUE, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Deleting the contact deletes their tasks. */
  g_assert_true (hustings_contact_store_delete (file, jane, NULL));
  titles = task_titles (file, HUSTINGS_TASK_ALL, 0);
  g_assert_cmpstr (titles, ==, "Order signs|Pick up yard signs");
}

static void
test_task_list (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 jane = add_contact (file, "Jane", "Doe", "", "", NULL);
  g_autoptr(HustingsTaskList) list = hustings_task_list_new (file);
  GListModel *model = G_LIST_MODEL (list);
  g_autoptr(HustingsTask) held = NULL;
  g_autoptr(HustingsContact) contact = NULL;
  gint64 a, b;

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  a = add_task (file, "Call Jane", "2026-05-01", jane);
  b = add_task (file, "Order signs", NULL, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_cmpint (hustings_task_list_get_id (list, 0), ==, a);
  g_assert_cmpint (hustings_task_list_get_id (list, 1), ==, b);

  /* A held item is re-read when its contact is renamed. */
  held = g_list_model_get_item (model, 0);
  g_assert_cmpstr (hustings_task_get_contact_name (held), ==, "Jane Doe");
  contact = hustings_contact_store_get (file, jane, NULL);
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_LAST_NAME, "Smith");
  g_assert_true (hustings_contact_store_update (file, contact, NULL));
  g_clear_object (&held);
  held = g_list_model_get_item (model, 0);
  g_assert_cmpstr (hustings_task_get_contact_name (held), ==, "Jane Smith");
  g_clear_object (&held);

  g_assert_true (hustings_task_store_set_done (file, a, TRUE, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  hustings_task_list_set_filter (list, HUSTINGS_TASK_DONE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpint (hustings_task_list_get_id (list, 0), ==, a);
  hustings_task_list_set_filter (list, HUSTINGS_TASK_ALL);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  hustings_task_list_set_contact (list, jane);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  hustings_task_list_set_contact (list, 0);

  hustings_task_list_hide (list, b);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpint (hustings_task_list_get_id (list, 0), ==, a);
  hustings_task_list_unhide (list, b);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
}

/* ---- The rules ---- */

static void
test_rule_settings (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  g_autoptr(GError) error = NULL;
  static const int defaults[] = { 7, 30, 1 };
  HustingsTaskRule rule;
  gboolean enabled;
  int days;
  guint n = 99, changed = 0;

  for (guint i = 0; i < HUSTINGS_N_TASK_RULES; i++)
    {
      g_autofree char *explained = hustings_task_rule_explain (i, 3);

      g_assert_true (hustings_task_rule_from_string (hustings_task_rule_to_string (i), &rule));
      g_assert_cmpint (rule, ==, i);
      g_assert_true (hustings_task_rule_get (file, i, &enabled, &days, &error));
      g_assert_no_error (error);
      g_assert_false (enabled);
      g_assert_cmpint (days, ==, defaults[i]);
      g_assert_cmpstr (hustings_task_rule_describe (i), !=, "");
      g_assert_nonnull (strstr (explained, "3 days"));
    }
  g_assert_cmpstr (hustings_task_rule_to_string (HUSTINGS_TASK_RULE_SHIFT_REMINDER), ==,
                   "shift-reminder");
  g_assert_false (hustings_task_rule_from_string ("birthday", &rule));

  /* Nothing is on: running makes nothing and changes nothing. */
  g_signal_connect (file, "outreach-changed", G_CALLBACK (test_count_cb), &changed);
  g_assert_cmpuint (run_rules (file, "2026-05-10"), ==, 0);
  g_assert_cmpuint (changed, ==, 0);

  /* Refusals. */
  g_assert_false (hustings_task_rule_set (file, HUSTINGS_TASK_RULE_THANK_DONOR, TRUE, -1,
                                          "2026-05-10", &n, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (n, ==, 0);
  g_assert_false (hustings_task_rule_set (file, HUSTINGS_TASK_RULE_THANK_DONOR, TRUE,
                                          HUSTINGS_TASK_RULE_DAYS_MAX + 1, "2026-05-10", NULL,
                                          &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hustings_task_rule_set (file, HUSTINGS_TASK_RULE_BEST_EFFORTS, TRUE, 31,
                                          "2026-05-10", NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hustings_task_rule_set (file, HUSTINGS_TASK_RULE_THANK_DONOR, TRUE, 7,
                                          "May 10", NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hustings_task_rules_run (file, "2026-05-32", NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (changed, ==, 0);

  /* Settings are kept. */
  g_assert_cmpuint (switch_rule (file, HUSTINGS_TASK_RULE_SHIFT_REMINDER, TRUE, 2, "2026-05-10"),
                    ==, 0);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (hustings_task_rule_get (file, HUSTINGS_TASK_RULE_SHIFT_REMINDER, &enabled,
                                         &days, NULL));
  g_assert_true (enabled);
  g_assert_cmpint (days, ==, 2);
  g_assert_cmpuint (switch_rule (file, HUSTINGS_TASK_RULE_BEST_EFFORTS, FALSE, 0, NULL), ==, 0);
  g_assert_true (hustings_task_rule_get (file, HUSTINGS_TASK_RULE_BEST_EFFORTS, &enabled, &days,
                                         NULL));
  g_assert_false (enabled);
  g_assert_cmpint (days, ==, 0);
}

static void
test_rule_thank_donor (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 jane = add_contact (file, "Jane", "Doe", "", "", NULL);
  gint64 sam = add_contact (file, "Sam", "Lee", "", "", NULL);
  g_autoptr(HustingsTask) task = NULL;
  g_autofree char *key = NULL;
  g_autofree char *titles = NULL;
  gint64 old, recent, monthly, later;

  old = give (file, jane, "2026-04-01", 10000, "", FALSE);
  refund (file, jane, old, "2026-05-05", 2500);
  recent = give (file, jane, "2026-05-03", 25000, "", FALSE);
  give (file, sam, "2026-05-12", 5000, "", FALSE); /* after today */
  monthly = give (file, sam, "2026-04-08", 1000, "", TRUE);
  give (file, sam, "2026-05-08", 1000, "", TRUE); /* the second installment */

  /* Off: nothing. */
  g_assert_cmpuint (run_rules (file, "2026-05-10"), ==, 0);

  /* Switching on makes the tasks for the gifts of the last 7 days at once: Jane's $250 only
   * (not the older gift, the refund, a later gift, a second installment). */
  g_assert_cmpuint (switch_rule (file, HUSTINGS_TASK_RULE_THANK_DONOR, TRUE, 7, "2026-05-10"),
                    ==, 1);
  key = g_strdup_printf ("%" G_GINT64_FORMAT, recent);
  task = rule_task (file, "thank-donor", key);
  g_assert_nonnull (task);
  g_assert_cmpstr (hustings_task_get_title (task), ==, "Thank Jane Doe for $250.00 (May 3)");
  g_assert_cmpstr (hustings_task_get_due_date (task), ==, "2026-05-10");
  g_assert_cmpint (hustings_task_get_contact_id (task), ==, jane);
  {
    g_autofree char *rule_text = NULL;

    g_object_get (task, "rule-text", &rule_text, NULL);
    g_assert_cmpstr (rule_text, ==, "Thank new donors");
  }

  /* Idempotent. */
  g_assert_cmpuint (run_rules (file, "2026-05-10"), ==, 0);
  g_assert_cmpuint (run_rules (file, "2026-05-11"), ==, 0);

  /* More days reach further back: the first installment of Sam's monthly gift. */
  g_assert_cmpuint (switch_rule (file, HUSTINGS_TASK_RULE_THANK_DONOR, TRUE, 40, "2026-05-10"),
                    ==, 2);
  g_clear_pointer (&key, g_free);
  key = g_strdup_printf ("%" G_GINT64_FORMAT, monthly);
  g_clear_object (&task);
  task = rule_task (file, "thank-donor", key);
  g_assert_cmpstr (hustings_task_get_title (task), ==, "Thank Sam Lee for $10.00 (Apr 8)");
  g_assert_cmpstr (hustings_task_get_due_date (task), ==, "2026-05-18");
  g_clear_pointer (&key, g_free);
  key = g_strdup_printf ("%" G_GINT64_FORMAT, old);
  g_clear_object (&task);
  task = rule_task (file, "thank-donor", key);
  g_assert_nonnull (task);

  /* Done stays done; deleted stays gone. */
  g_assert_true (hustings_task_store_set_done (file, hustings_task_get_id (task), TRUE, NULL));
  g_clear_pointer (&key, g_free);
  key = g_strdup_printf ("%" G_GINT64_FORMAT, recent);
  g_clear_object (&task);
  task = rule_task (file, "thank-donor", key);
  g_assert_true (hustings_task_store_delete (file, hustings_task_get_id (task), NULL));
  g_assert_null (hustings_task_store_get (file, hustings_task_get_id (task), NULL));
  g_assert_cmpuint (run_rules (file, "2026-05-10"), ==, 0);
  titles = task_titles (file, HUSTINGS_TASK_ALL, 0);
  g_assert_cmpstr (titles, ==, "Thank Sam Lee for $10.00 (Apr 8)|"
                               "Thank Jane Doe for $100.00 (Apr 1)");
  g_clear_pointer (&titles, g_free);
  g_assert_false (hustings_task_store_set_done (file, hustings_task_get_id (task), FALSE, NULL));
  g_assert_cmpuint (run_rules (file, "2026-05-10"), ==, 0);

  /* A new gift while the rule is on, then one while it is off. */
  later = give (file, sam, "2026-05-12", 7500, "", FALSE);
  g_assert_cmpuint (run_rules (file, "2026-05-12"), ==, 2);
  g_clear_pointer (&key, g_free);
  key = g_strdup_printf ("%" G_GINT64_FORMAT, later);
  g_clear_object (&task);
  task = rule_task (file, "thank-donor", key);
  g_assert_cmpstr (hustings_task_get_title (task), ==, "Thank Sam Lee for $75.00 (May 12)");
  g_assert_cmpstr (hustings_task_get_due_date (task), ==, "2026-06-21");
  g_assert_cmpuint (switch_rule (file, HUSTINGS_TASK_RULE_THANK_DONOR, FALSE, 40, "2026-05-12"),
                    ==, 0);
  give (file, jane, "2026-05-13", 5000, "", FALSE);
  g_assert_cmpuint (run_rules (file, "2026-05-13"), ==, 0);
}

static void
test_rule_shift_reminder (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 sam = add_contact (file, "Sam", "Lee", "", "", "555-0100");
  gint64 ann = add_contact (file, "Ann", "Ray", "", "", NULL);
  gint64 bank, canvass, caller, walker, past_event, past;
  g_autoptr(HustingsTask) task = NULL;
  g_autofree char *key = NULL;

  bank = add_event (file, "Phone bank", "2026-10-03", "17:30", "HQ, 12 Main St");
  caller = add_shift (file, bank, "Caller", "18:00", "20:00");
  canvass = add_event (file, "Canvass", "2026-10-06", "09:00", "");
  walker = add_shift (file, canvass, "Walker", "09:00", "12:00");
  past_event = add_event (file, "Old canvass", "2026-09-01", "09:00", "");
  past = add_shift (file, past_event, "Walker", "09:00", "12:00");
  sign_up (file, caller, sam, -1);
  sign_up (file, caller, ann, 120); /* already checked in */
  sign_up (file, walker, sam, -1);
  sign_up (file, past, sam, -1);

  /* A day before: Sam's phone bank shift only. */
  g_assert_cmpuint (switch_rule (file, HUSTINGS_TASK_RULE_SHIFT_REMINDER, TRUE, 1,
                                 "2026-10-02"), ==, 1);
  key = g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, caller, sam);
  task = rule_task (file, "shift-reminder", key);
  g_assert_nonnull (task);
  g_assert_cmpstr (hustings_task_get_title (task), ==,
                   "Remind Sam Lee of Phone bank, 6:00 PM, Oct 3");
  g_assert_cmpstr (hustings_task_get_notes (task), ==,
                   "Caller, 6:00 PM – 8:00 PM\nHQ, 12 Main St\nPhone: 555-0100");
  g_assert_cmpstr (hustings_task_get_due_date (task), ==, "2026-10-02");
  g_assert_cmpint (hustings_task_get_contact_id (task), ==, sam);
  g_assert_cmpuint (run_rules (file, "2026-10-02"), ==, 0);
  g_assert_cmpuint (run_rules (file, "2026-10-03"), ==, 0);

  /* The canvass comes in reach on the 5th. */
  g_assert_cmpuint (run_rules (file, "2026-10-04"), ==, 0);
  g_assert_cmpuint (run_rules (file, "2026-10-05"), ==, 1);

  /* Three days ahead: a reminder first seen late is due today, not in the past. */
  exec_sql (file, "DELETE FROM task");
  g_assert_cmpuint (switch_rule (file, HUSTINGS_TASK_RULE_SHIFT_REMINDER, TRUE, 3,
                                 "2026-10-02"), ==, 1);
  g_clear_object (&task);
  task = rule_task (file, "shift-reminder", key);
  g_assert_cmpstr (hustings_task_get_due_date (task), ==, "2026-10-02");
  g_assert_cmpuint (run_rules (file, "2026-10-03"), ==, 1);
  g_clear_pointer (&key, g_free);
  key = g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, walker, sam);
  g_clear_object (&task);
  task = rule_task (file, "shift-reminder", key);
  g_assert_cmpstr (hustings_task_get_title (task), ==,
                   "Remind Sam Lee of Canvass, 9:00 AM, Oct 6");
  g_assert_cmpstr (hustings_task_get_notes (task), ==,
                   "Walker, 9:00 AM – 12:00 PM\nPhone: 555-0100");
  g_assert_cmpstr (hustings_task_get_due_date (task), ==, "2026-10-03");

  /* Completed, it stays done. */
  g_assert_true (hustings_task_store_set_done (file, hustings_task_get_id (task), TRUE, NULL));
  g_assert_cmpuint (run_rules (file, "2026-10-04"), ==, 0);
  g_clear_object (&task);
  task = rule_task (file, "shift-reminder", key);
  g_assert_true (hustings_task_is_done (task));
}

static void
test_rule_best_efforts (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 jane = add_contact (file, "Jane", "Doe", "", "Teacher", NULL);
  gint64 bob = add_contact (file, "Bob", "Roe", "", "", NULL);
  gint64 kim = add_contact (file, "Kim", "Poe", "Acme", "Engineer", NULL);
  gint64 lou = add_contact (file, "Lou", "Cho", "", "", NULL);
  g_autoptr(HustingsTask) task = NULL;
  g_autofree char *key = NULL;
  g_autoptr(GError) error = NULL;

  give (file, jane, "2026-03-01", 15000, "", FALSE);
  give (file, jane, "2026-04-10", 10000, "", FALSE); /* passes $200 */
  give (file, bob, "2026-05-02", 30000, "", FALSE);
  give (file, kim, "2026-05-02", 30000, "", FALSE);  /* employer and occupation on file */
  give (file, lou, "2026-05-02", 20000, "", FALSE);  /* not over $200 */

  g_assert_cmpuint (switch_rule (file, HUSTINGS_TASK_RULE_BEST_EFFORTS, TRUE, 30, "2026-05-10"),
                    ==, 2);
  key = g_strdup_printf ("%" G_GINT64_FORMAT ":2026", jane);
  task = rule_task (file, "best-efforts", key);
  g_assert_nonnull (task);
  g_assert_cmpstr (hustings_task_get_title (task), ==, "Ask Jane Doe for their employer");
  g_assert_cmpstr (hustings_task_get_due_date (task), ==, "2026-05-10");
  g_assert_cmpint (hustings_task_get_contact_id (task), ==, jane);
  g_assert_nonnull (strstr (hustings_task_get_notes (task), "missing: employer"));
  g_assert_nonnull (strstr (hustings_task_get_notes (task), "Information Requested"));
  g_clear_pointer (&key, g_free);
  key = g_strdup_printf ("%" G_GINT64_FORMAT ":2026", bob);
  g_clear_object (&task);
  task = rule_task (file, "best-efforts", key);
  g_assert_cmpstr (hustings_task_get_title (task), ==,
                   "Ask Bob Roe for their employer and occupation");
  g_assert_cmpstr (hustings_task_get_due_date (task), ==, "2026-06-01");
  g_assert_cmpuint (run_rules (file, "2026-05-10"), ==, 0);

  /* Fewer days: due earlier, for tasks made from now on. Deleted, not made again. */
  g_assert_true (hustings_task_store_delete (file, hustings_task_get_id (task), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (switch_rule (file, HUSTINGS_TASK_RULE_BEST_EFFORTS, TRUE, 10, "2026-05-10"),
                    ==, 0);
  give (file, lou, "2026-05-09", 100, "", FALSE);
  g_assert_cmpuint (run_rules (file, "2026-05-10"), ==, 1);
  g_clear_pointer (&key, g_free);
  key = g_strdup_printf ("%" G_GINT64_FORMAT ":2026", lou);
  g_clear_object (&task);
  task = rule_task (file, "best-efforts", key);
  g_assert_cmpstr (hustings_task_get_title (task), ==,
                   "Ask Lou Cho for their employer and occupation");
  g_assert_cmpstr (hustings_task_get_due_date (task), ==, "2026-05-19");
}

/* A file opened read-only: the rules make nothing and say nothing is wrong; switching one is
 * refused. */
static void
test_rule_read_only (void)
{
  g_autoptr(HustingsCommittee) committee = test_committee ();
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(GError) error = NULL;
  char *dir = test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "closed.hustings", NULL);
  guint n = 99;

  g_test_queue_destroy ((GDestroyNotify) test_rm_rf, dir);
  file = hustings_committee_file_create (path, committee, &error);
  g_assert_no_error (error);
  give (file, add_contact (file, "Jane", "Doe", "", "", NULL), "2026-05-03", 25000, "", FALSE);
  /* Switched on as of a day when the gift was not yet in reach. */
  g_assert_cmpuint (switch_rule (file, HUSTINGS_TASK_RULE_THANK_DONOR, TRUE, 7, "2026-04-01"),
                    ==, 0);
  g_clear_object (&file);

  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  file = hustings_committee_file_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (hustings_committee_file_is_read_only (file));
  g_assert_true (hustings_task_rules_run (file, "2026-05-10", &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 0);
  g_assert_false (hustings_task_rule_set (file, HUSTINGS_TASK_RULE_THANK_DONOR, TRUE, 7,
                                          "2026-05-10", &n, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_clear_object (&file);

  /* Writable again, the rules catch up. */
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  file = hustings_committee_file_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (run_rules (file, "2026-05-10"), ==, 1);
}

int
main (int argc, char **argv)
{
  /* Before anything reads the time zone (GLib, and SQLite's 'localtime'). */
  g_setenv ("TZ", "America/Chicago", TRUE);
  tzset ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/outreach/interaction/kinds", test_interaction_kinds);
  g_test_add_func ("/outreach/interaction/when", test_interaction_when);
  g_test_add_func ("/outreach/interaction/store", test_interaction_store);
  g_test_add_func ("/outreach/interaction/bulk", test_interaction_bulk);
  g_test_add_func ("/outreach/timeline/contents", test_timeline);
  g_test_add_func ("/outreach/timeline/many", test_timeline_many);
  g_test_add_func ("/outreach/tasks/store", test_tasks);
  g_test_add_func ("/outreach/tasks/list", test_task_list);
  g_test_add_func ("/outreach/rules/settings", test_rule_settings);
  g_test_add_func ("/outreach/rules/thank-donor", test_rule_thank_donor);
  g_test_add_func ("/outreach/rules/shift-reminder", test_rule_shift_reminder);
  g_test_add_func ("/outreach/rules/best-efforts", test_rule_best_efforts);
  g_test_add_func ("/outreach/rules/read-only", test_rule_read_only);

  return g_test_run ();
}
