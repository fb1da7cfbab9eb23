/* test-segments.c: segments: each kind of rule matching and not, "all" and "any", the compact
 * syntax and the GVariant text (round trips and refusals), totals per cycle at the cent, saved
 * segments, and the list model.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "test-util.h"

#include "hustings-committee-file-private.h"

enum { ANN = 1, BOB, ACME, DANA, N_PEOPLE = 4 };

/* Four contacts that between them make every rule match someone and not someone else:
 *   Ann Adams  IND, Oakland CA 94612, district 13, employer and occupation, an email,
 *              tagged host committee and newsletter; $200.00 on 2026-03-01; checked in at
 *              event 1, where she said yes.
 *   Bob Brown  IND, Las Vegas NV 89101 with no street, district 01, no employer; $50.00 on
 *              2024-05-01 (the 2024 cycle) and $200.01 on 2025-01-15; opted out of email; a
 *              prospect volunteer who speaks Spanish, checked in for a shift of event 2; maybe
 *              to event 1.
 *   Acme PAC   PAC, Austin TX 78701, an email, tagged vendor; never gave.
 *   Dana Diaz  IND, Reno NV 89501, employer but no occupation, an email; $25.00 on 2026-06-10;
 *              an active volunteer for canvassing, signed up for the shift of event 2 but not
 *              checked in; yes to event 2. */
static HustingsCommitteeFile *
new_campaign (char **out_path)
{
  HustingsCommitteeFile *file = test_new_file (out_path);
  static const struct {
    HustingsEntityType type;
    const char *name, *street, *city, *state, *zip, *employer, *occupation, *email, *tags[3];
  } people[N_PEOPLE] = {
    { HUSTINGS_ENTITY_IND, "Ann Adams", "1 Main St", "Oakland", "CA", "94612", "Acme Corp",
      "Engineer", "ann@example.com", { "host committee", "newsletter", NULL } },
    { HUSTINGS_ENTITY_IND, "Bob Brown", "", "Las Vegas", "NV", "89101", "", "", NULL, { NULL } },
    { HUSTINGS_ENTITY_PAC, "Acme PAC", "5 Congress Ave", "Austin", "TX", "78701", "", "",
      "pac@example.com", { "vendor", NULL } },
    { HUSTINGS_ENTITY_IND, "Dana Diaz", "9 Elm St", "Reno", "NV", "89501", "Self", "",
      "dana@example.com", { NULL } },
  };
  char *message = NULL;

  for (guint i = 0; i < N_PEOPLE; i++)
    {
      g_autoptr(HustingsContact) c = hustings_contact_new (people[i].type);
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) name = g_strsplit (people[i].name, " ", 2);
      const char *emails[] = { people[i].email, NULL };

      if (people[i].type == HUSTINGS_ENTITY_IND)
        {
          hustings_contact_set_field (c, HUSTINGS_CONTACT_FIRST_NAME, name[0]);
          hustings_contact_set_field (c, HUSTINGS_CONTACT_LAST_NAME, name[1]);
        }
      else
        hustings_contact_set_field (c, HUSTINGS_CONTACT_ORG_NAME, people[i].name);
      hustings_contact_set_field (c, HUSTINGS_CONTACT_STREET1, people[i].street);
      hustings_contact_set_field (c, HUSTINGS_CONTACT_CITY, people[i].city);
      hustings_contact_set_field (c, HUSTINGS_CONTACT_STATE, people[i].state);
      hustings_contact_set_field (c, HUSTINGS_CONTACT_ZIP, people[i].zip);
      hustings_contact_set_field (c, HUSTINGS_CONTACT_EMPLOYER, people[i].employer);
      hustings_contact_set_field (c, HUSTINGS_CONTACT_OCCUPATION, people[i].occupation);
      hustings_contact_set_emails (c, emails);
      hustings_contact_set_tags (c, people[i].tags);
      g_assert_true (hustings_contact_store_add (file, c, &error));
      g_assert_no_error (error);
      g_assert_cmpint (hustings_contact_get_id (c), ==, i + 1);
    }
  test_give (file, ANN, "2026-03-01", 20000, "P2026");
  test_give (file, BOB, "2024-05-01", 5000, NULL);
  test_give (file, BOB, "2025-01-15", 20001, "P2026");
  test_give (file, DANA, "2026-06-10", 2500, "P2026");

  /* What the volunteer and event stores would have written. */
  if (sqlite3_exec (hustings_committee_file_get_db (file),
        "UPDATE contact SET district = '13' WHERE id = 1;"
        "UPDATE contact SET district = '01', email_opt_out_at = '2026-02-01T10:00:00Z'"
        " WHERE id = 2;"
        "INSERT INTO volunteer (contact_id, status, since, updated_at) VALUES"
        " (2, 'prospect', '2026-01-05', '2026-01-05T00:00:00Z'),"
        " (4, 'active', '2026-01-05', '2026-01-05T00:00:00Z');"
        "INSERT INTO volunteer_skill VALUES (2, 'Spanish'), (4, 'canvassing');"
        "INSERT INTO event (id, name, kind, date, created_at, updated_at) VALUES"
        " (1, 'Kickoff', 'fundraiser', '2026-02-01', '2026-01-01T00:00:00Z',"
        "  '2026-01-01T00:00:00Z'),"
        " (2, 'Phone bank', 'phone-bank', '2026-02-08', '2026-01-01T00:00:00Z',"
        "  '2026-01-01T00:00:00Z');"
        "INSERT INTO event_guest (event_id, contact_id, rsvp, checked_in_at, updated_at) VALUES"
        " (1, 1, 'yes', '2026-02-01T23:00:00Z', '2026-02-01T23:00:00Z'),"
        " (1, 2, 'maybe', NULL, '2026-01-20T00:00:00Z'),"
        " (2, 4, 'yes', NULL, '2026-01-20T00:00:00Z');"
        "INSERT INTO shift (id, event_id, role, starts, ends, slots) VALUES"
        " (1, 2, 'Caller', '18:00', '20:00', 4);"
        "INSERT INTO shift_signup (shift_id, contact_id, signed_up_at, checked_in_at, minutes)"
        " VALUES (1, 2, '2026-01-20T00:00:00Z', '2026-02-09T02:00:00Z', 120),"
        " (1, 4, '2026-01-20T00:00:00Z', NULL, NULL);",
        NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s", message);
  return file;
}

static HustingsSegment *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  HustingsSegment *segment = hustings_segment_parse ("Test", text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (segment);
  return segment;
}

/* Bit i - 1 for contact i: the members, whatever their order. */
static guint
members_of (HustingsCommitteeFile *file, const HustingsSegment *segment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = hustings_segment_store_members (file, segment, &error);
  gint64 count = -1;
  guint bits = 0;

  g_assert_no_error (error);
  g_assert_true (hustings_segment_store_count (file, segment, &count, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count, ==, ids->len);
  for (guint i = 0; i < ids->len; i++)
    bits |= 1u << (g_array_index (ids, gint64, i) - 1);
  return bits;
}

#define SET(...) set_of ((const int[]) { __VA_ARGS__, 0 })

static guint
set_of (const int *ids)
{
  guint bits = 0;

  for (guint i = 0; ids[i] != 0; i++)
    bits |= 1u << (ids[i] - 1);
  return bits;
}

#define NONE 0u
#define EVERYONE ((1u << N_PEOPLE) - 1)

/* The rule in text holds for exactly expected, and turned around for everyone else. */
static void
check_rule (HustingsCommitteeFile *file,
            const char            *text,
            guint                  expected)
{
  g_autoptr(HustingsSegment) segment = parse (text);
  g_autofree char *negated = g_strconcat ("not ", text, NULL);
  g_autoptr(HustingsSegment) opposite = parse (negated);
  guint found = members_of (file, segment);
  guint others = members_of (file, opposite);

  if (found != expected)
    g_error ("“%s” holds contacts %#x, not %#x", text, found, expected);
  if (others != (EVERYONE & ~expected))
    g_error ("“%s” holds contacts %#x, not %#x", negated, others, EVERYONE & ~expected);
}

static void
test_place_rules (void)
{
  HustingsCommitteeFile *file = new_campaign (NULL);

  check_rule (file, "state=CA", SET (ANN));
  check_rule (file, "state=nv,TX", SET (BOB, ACME, DANA));
  check_rule (file, "state=WY", NONE);
  check_rule (file, "zip=946", SET (ANN));
  check_rule (file, "zip=89", SET (BOB, DANA));
  check_rule (file, "zip=895,787", SET (ACME, DANA));
  check_rule (file, "zip=94612", SET (ANN));
  check_rule (file, "city=oakland", SET (ANN));
  check_rule (file, "city=\"Las Vegas\",Reno", SET (BOB, DANA));
  check_rule (file, "city=Las", NONE);
  check_rule (file, "district=13", SET (ANN));
  check_rule (file, "district=1", SET (BOB));
  check_rule (file, "has-address", SET (ANN, ACME, DANA));
  /* "!=" is "not". */
  check_rule (file, "state!=CA", SET (BOB, ACME, DANA));
}

static void
test_contact_rules (void)
{
  HustingsCommitteeFile *file = new_campaign (NULL);

  check_rule (file, "tag=Host Committee", SET (ANN));
  check_rule (file, "tag=vendor,newsletter", SET (ANN, ACME));
  check_rule (file, "tag=yard sign", NONE);
  check_rule (file, "type=PAC", SET (ACME));
  check_rule (file, "type=ind,org", SET (ANN, BOB, DANA));
  /* A PAC has no employer to miss. */
  check_rule (file, "no-employer", SET (BOB, DANA));
  check_rule (file, "has-email", SET (ANN, ACME, DANA));
  check_rule (file, "email-ok", SET (ANN, ACME, DANA));
}

static void
test_giving_rules (void)
{
  HustingsCommitteeFile *file = new_campaign (NULL);

  /* This cycle (2026, the committee's): Ann 200.00, Bob 200.01, Dana 25.00, Acme nothing. */
  check_rule (file, "total>=250", NONE);
  check_rule (file, "total=25..200", SET (ANN, DANA));
  check_rule (file, "total>=0.01", SET (ANN, BOB, DANA));
  /* 2024: only Bob's $50. */
  check_rule (file, "total>=1@2024", SET (BOB));
  check_rule (file, "total<=49.99@2024", SET (ANN, ACME, DANA));
  check_rule (file, "total>=1@2022", NONE);

  check_rule (file, "last-gift<2026-01-01", SET (BOB));
  check_rule (file, "last-gift<2025-01-15", NONE);
  check_rule (file, "last-gift<=2025-01-15", SET (BOB));
  check_rule (file, "last-gift>2026-03-01", SET (DANA));
  check_rule (file, "last-gift>=2026-03-01", SET (ANN, DANA));
  check_rule (file, "last-gift=2026-01-01..2026-03-01", SET (ANN));
  check_rule (file, "last-gift=3/1/2026", SET (ANN));
  check_rule (file, "last-gift=never", SET (ACME));

  /* Bob's last gift is in 2025, but he gave in 2024 too. */
  check_rule (file, "gave=2024-01-01..2024-12-31", SET (BOB));
  check_rule (file, "gave<2025-01-01", SET (BOB));
  check_rule (file, "gave>2026-05-01", SET (DANA));
  check_rule (file, "gave=2026-01-01..2026-12-31", SET (ANN, DANA));
  check_rule (file, "gave=2023-01-01..2023-12-31", NONE);
}

static void
test_volunteer_rules (void)
{
  HustingsCommitteeFile *file = new_campaign (NULL);

  check_rule (file, "volunteer", SET (BOB, DANA));
  check_rule (file, "volunteer=active", SET (DANA));
  check_rule (file, "volunteer=Prospect,inactive", SET (BOB));
  check_rule (file, "skill=Canvassing", SET (DANA));
  check_rule (file, "skill=spanish,driving", SET (BOB));
  check_rule (file, "skill=driving", NONE);
  /* Checked in as a guest (Ann at 1) or for a shift (Bob at 2); Dana only signed up. */
  check_rule (file, "attended", SET (ANN, BOB));
  check_rule (file, "attended=1", SET (ANN));
  check_rule (file, "attended=2", SET (BOB));
  check_rule (file, "attended=3", NONE);
  /* Bob said maybe to 1. */
  check_rule (file, "rsvp=1", SET (ANN));
  check_rule (file, "rsvp=2", SET (DANA));
}

/* Totals per cycle at the cent: Ann gave $200.00, Bob $200.01. */
static void
test_total_boundary (void)
{
  HustingsCommitteeFile *file = new_campaign (NULL);
  g_autoptr(HustingsSegment) typed = NULL;
  g_autoptr(HustingsDonation) refund = NULL;
  g_autoptr(GError) error = NULL;
  gint64 bobs_gift = 3;

  check_rule (file, "total>=200", SET (ANN, BOB));
  check_rule (file, "total>=200.01", SET (BOB));
  check_rule (file, "total>200", SET (BOB));
  check_rule (file, "total<=200", SET (ANN, ACME, DANA));
  check_rule (file, "total<200.01", SET (ANN, ACME, DANA));
  check_rule (file, "total<200", SET (ACME, DANA));
  check_rule (file, "total=200", SET (ANN));
  check_rule (file, "total=$200.01..$1,000", SET (BOB));
  check_rule (file, "total>=200@2026", SET (ANN, BOB));

  /* As the window would build it, in cents. */
  typed = hustings_segment_new ("Typed", HUSTINGS_SEGMENT_MATCH_ALL);
  hustings_segment_add_rule (typed, HUSTINGS_SEGMENT_TOTAL)->amount = 20001;
  g_assert_cmpuint (members_of (file, typed), ==, SET (BOB));
  hustings_segment_get_rule (typed, 0)->amount = 20000;
  g_assert_cmpuint (members_of (file, typed), ==, SET (ANN, BOB));

  /* A refund of a cent brings Bob down to $200.00. */
  refund = hustings_donation_new ();
  hustings_donation_set_contact_id (refund, BOB);
  hustings_donation_set_date (refund, "2025-02-01");
  hustings_donation_set_amount (refund, -1);
  hustings_donation_set_refund_of (refund, bobs_gift);
  g_assert_true (hustings_donation_store_add (file, refund, &error));
  g_assert_no_error (error);
  check_rule (file, "total>=200.01", NONE);
  check_rule (file, "total=200", SET (ANN, BOB));
  /* Getting money back is not giving. */
  check_rule (file, "gave=2025-02-01..2025-02-28", NONE);
  check_rule (file, "gave=2025-01-01..2025-02-28", SET (BOB));
  check_rule (file, "last-gift=2025-01-15", SET (BOB));
}

static void
test_match (void)
{
  HustingsCommitteeFile *file = new_campaign (NULL);
  g_autoptr(HustingsSegment) all = parse ("state=NV; volunteer=active");
  g_autoptr(HustingsSegment) any = parse ("any: state=TX; skill=spanish; last-gift>2026-06-01");
  g_autoptr(HustingsSegment) none = parse ("all: state=TX; skill=spanish");
  g_autoptr(HustingsSegment) empty = parse ("");
  g_autoptr(HustingsSegment) empty_any = parse ("any:");
  g_autoptr(HustingsSegment) mixed = parse ("all: not has-email; not tag=vendor; zip=8");
  g_autoptr(GArray) ordered = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (all->match, ==, HUSTINGS_SEGMENT_MATCH_ALL);
  g_assert_cmpuint (members_of (file, all), ==, SET (DANA));
  all->match = HUSTINGS_SEGMENT_MATCH_ANY;
  g_assert_cmpuint (members_of (file, all), ==, SET (BOB, DANA));
  g_assert_cmpint (any->match, ==, HUSTINGS_SEGMENT_MATCH_ANY);
  g_assert_cmpuint (members_of (file, any), ==, SET (BOB, ACME, DANA));
  g_assert_cmpuint (members_of (file, none), ==, NONE);
  g_assert_cmpuint (members_of (file, mixed), ==, SET (BOB));
  /* No rules: everyone, whatever the match. */
  g_assert_cmpuint (empty->rules->len, ==, 0);
  g_assert_cmpuint (members_of (file, empty), ==, EVERYONE);
  g_assert_cmpuint (members_of (file, empty_any), ==, EVERYONE);

  /* Members come by sort name: acme pac, adams, brown, diaz. */
  ordered = hustings_segment_store_members (file, empty, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ordered->len, ==, 4);
  g_assert_cmpint (g_array_index (ordered, gint64, 0), ==, ACME);
  g_assert_cmpint (g_array_index (ordered, gint64, 1), ==, ANN);
  g_assert_cmpint (g_array_index (ordered, gint64, 2), ==, BOB);
  g_assert_cmpint (g_array_index (ordered, gint64, 3), ==, DANA);
}

/* Every kind and operator, through both texts and back. */
static const char *every_rule =
  "any: state=CA,NV; zip=787,94; city=San José,\"Winston, Salem\"; district=07; "
  "tag=host committee; tag!=\"say \"\"no\"\"\"; type=IND,PAC; total>=250.00; "
  "total<=100.00@2024; total!=10.00..20.00; last-gift<2025-01-01; last-gift>2026-01-31; "
  "last-gift=2025-01-01..2025-06-30; last-gift=never; last-gift!=never; "
  "gave=2024-01-01..2024-12-31; not gave<2020-01-01; gave>2026-01-01; volunteer; "
  "volunteer=active,prospect; skill=canvassing,Spanish; attended; attended=12; rsvp!=7; "
  "no-employer; has-email; not has-address; email-ok";

static void
test_round_trip (void)
{
  g_autoptr(HustingsSegment) segment = parse (every_rule);
  g_autoptr(HustingsSegment) back = NULL;
  g_autoptr(HustingsSegment) reparsed = NULL;
  g_autoptr(HustingsSegment) copy = hustings_segment_copy (segment);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = hustings_segment_serialize (segment);
  g_autofree char *again = NULL;
  g_autofree char *formatted = hustings_segment_format (segment);
  g_autofree char *formatted_again = NULL;
  const HustingsSegmentRule *rule;

  g_assert_cmpuint (segment->rules->len, ==, 28);
  /* The syntax is written back as it was read. */
  g_assert_cmpstr (formatted, ==, every_rule);

  back = hustings_segment_deserialize ("Back", text, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back->name, ==, "Back");
  again = hustings_segment_serialize (back);
  g_assert_cmpstr (again, ==, text);
  formatted_again = hustings_segment_format (back);
  g_assert_cmpstr (formatted_again, ==, every_rule);
  reparsed = parse (formatted_again);
  g_clear_pointer (&again, g_free);
  again = hustings_segment_serialize (reparsed);
  g_assert_cmpstr (again, ==, text);
  g_clear_pointer (&again, g_free);
  again = hustings_segment_serialize (copy);
  g_assert_cmpstr (again, ==, text);

  /* What the fields hold. */
  g_assert_cmpint (back->match, ==, HUSTINGS_SEGMENT_MATCH_ANY);
  rule = hustings_segment_get_rule (back, 2);
  g_assert_cmpint (rule->kind, ==, HUSTINGS_SEGMENT_CITY);
  g_assert_cmpstr (rule->values[1], ==, "Winston, Salem");
  rule = hustings_segment_get_rule (back, 5);
  g_assert_true (rule->negate);
  g_assert_cmpstr (rule->values[0], ==, "say \"no\"");
  rule = hustings_segment_get_rule (back, 8);
  g_assert_cmpint (rule->kind, ==, HUSTINGS_SEGMENT_TOTAL);
  g_assert_cmpint (rule->op, ==, HUSTINGS_SEGMENT_OP_AT_MOST);
  g_assert_cmpint (rule->amount, ==, 10000);
  g_assert_cmpint (rule->cycle, ==, 2024);
  rule = hustings_segment_get_rule (back, 9);
  g_assert_cmpint (rule->op, ==, HUSTINGS_SEGMENT_OP_BETWEEN);
  g_assert_true (rule->negate);
  g_assert_cmpint (rule->amount, ==, 1000);
  g_assert_cmpint (rule->amount_to, ==, 2000);
  rule = hustings_segment_get_rule (back, 12);
  g_assert_cmpstr (rule->date, ==, "2025-01-01");
  g_assert_cmpstr (rule->date_to, ==, "2025-06-30");
  rule = hustings_segment_get_rule (back, 22);
  g_assert_cmpint (rule->kind, ==, HUSTINGS_SEGMENT_ATTENDED);
  g_assert_cmpint (rule->event_id, ==, 12);
  rule = hustings_segment_get_rule (back, 23);
  g_assert_cmpint (rule->kind, ==, HUSTINGS_SEGMENT_RSVP_YES);
  g_assert_true (rule->negate);
  g_assert_cmpint (rule->event_id, ==, 7);

  /* Shorthands are written the one way. */
  {
    g_autoptr(HustingsSegment) shorthand = parse ("  State = ca ;total>200@2024;"
                                                  "last-gift>=2026-03-01; gave<=12/31/2025;"
                                                  "district=7; !volunteer;; ");
    g_autofree char *canonical = hustings_segment_format (shorthand);

    g_assert_cmpstr (canonical, ==, "state=CA; total>=200.01@2024; last-gift>2026-02-28; "
                                    "gave<2026-01-01; district=07; not volunteer");
  }
}

static void
test_describe (void)
{
  g_autoptr(HustingsSegment) segment = parse ("state=CA,NV; total>=250; total<100@2024; "
                                              "last-gift=never; not tag=do not mail; "
                                              "type=PAC; volunteer=active; rsvp=3");
  static const char * const expected[] = {
    "State is CA or NV", "Gave at least $250.00 in this cycle",
    "Gave at most $99.99 in the 2024 cycle", "Never gave", "Not tagged do not mail",
    "Type is Political action committee", "Is a volunteer (active)",
    "Answered yes to event 3",
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *words = hustings_segment_rule_describe (hustings_segment_get_rule (segment,
                                                                                          i));

      g_assert_cmpstr (words, ==, expected[i]);
    }
}

static void
assert_refused (const char *text, const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsSegment) segment = hustings_segment_parse ("Bad", text, &error);

  g_assert_null (segment);
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” is not in the refusal of “%s”: %s", fragment, text, error->message);
}

static void
assert_not_loaded (const char *text, const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsSegment) segment = hustings_segment_deserialize ("Saved", text, &error);

  g_assert_null (segment);
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” is not in the refusal of %s: %s", fragment, text, error->message);
}

static void
test_invalid (void)
{
  g_autoptr(HustingsSegment) built = hustings_segment_new ("Built", HUSTINGS_SEGMENT_MATCH_ALL);
  g_autoptr(GError) error = NULL;
  HustingsSegmentRule *rule;
  gint64 count;

  /* The compact syntax: each mistake named where it is. */
  assert_refused ("state=CA; totl>=250", "In “totl>=250”: “totl” is not something");
  assert_refused ("state=XX", "“XX” is not a state");
  assert_refused ("state", "say what to look for, such as state=");
  assert_refused ("state>CA", "compared with = or != only");
  assert_refused ("zip=9a", "not the start of a ZIP code");
  assert_refused ("zip=123456", "not the start of a ZIP code");
  assert_refused ("district=123", "not a congressional district");
  assert_refused ("type=LLC", "not an entity type");
  assert_refused ("tag=a,,b", "a value is missing");
  assert_refused ("tag=\"open", "A quote is not closed");
  assert_refused ("total", "such as total>=250");
  assert_refused ("total>=lots", "In “total>=lots”:");
  assert_refused ("total=500..100", "the second amount is less than the first");
  assert_refused ("total>=250@2025", "2025 is not a cycle");
  assert_refused ("total>=250@soon", "“soon” is not a cycle");
  assert_refused ("last-gift<2025-02-30", "In “last-gift<2025-02-30”:");
  assert_refused ("last-gift=2026-01-01..2025-01-01", "the second date is before the first");
  assert_refused ("gave=never", "“never” is not a date");
  assert_refused ("gave", "give a date");
  assert_refused ("volunteer=busy", "not a volunteer status");
  assert_refused ("rsvp", "such as rsvp=");
  assert_refused ("attended=first", "“first” is not an event number");
  assert_refused ("has-email=yes", "“has-email” takes no value");
  assert_refused ("volunteer active", "“active” is not a way to compare");
  assert_refused ("state=", "a value is missing after =");
  assert_refused ("=CA", "a rule starts with what it looks at");

  /* The stored text: what this Hustings does not know is refused, not guessed at. */
  assert_not_loaded ("('all', [('state', {'values': <['CA']>}), ('horoscope', {})])",
                     "kind of rule this Hustings does not know (“horoscope”)");
  assert_not_loaded ("('all', [('state', {'values': <['CA']>, 'near': <true>})])",
                     "rule 1: “near” is not something a rule has");
  assert_not_loaded ("('all', [('state', {'values': <'CA'>})])", "“values” is not of the right");
  assert_not_loaded ("('all', [('total', {'op': <'about'>, 'amount': <int64 5>})])",
                     "“about” is not a way to compare");
  assert_not_loaded ("('all', [('state', {'op': <'before'>, 'values': <['CA']>})])",
                     "cannot compare that way");
  assert_not_loaded ("('some', [])", "matches “some”");
  assert_not_loaded ("{'state': 'CA'}", "cannot be read");
  assert_not_loaded ("('all', [('gave', {'op': <'between'>, 'date': <'2026-01-01'>})])",
                     "Rule 1: a date is missing");
  assert_not_loaded ("('all', [('zip', {}), ('state', {'values': <['ZZ']>})])",
                     "Rule 1: a “zip” rule needs at least one value");

  /* Built by hand, and evaluated: refused before any SQL. */
  rule = hustings_segment_add_rule (built, HUSTINGS_SEGMENT_TOTAL);
  rule->amount = -5;
  g_assert_false (hustings_segment_validate (built, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Rule 1: an amount must be from $0.00"));
  g_clear_error (&error);
  rule->amount = 100;
  rule->cycle = 2025;
  g_assert_false (hustings_segment_store_count (test_new_file (NULL), built, &count, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  rule = hustings_segment_add_rule (built, HUSTINGS_SEGMENT_RSVP_YES);
  g_assert_cmpint (rule->op, ==, HUSTINGS_SEGMENT_OP_IS);
  hustings_segment_get_rule (built, 0)->cycle = 0;
  g_assert_false (hustings_segment_validate (built, &error));
  g_assert_nonnull (strstr (error->message, "Rule 2: a “rsvp” rule needs an event number"));
}

static void
test_store (void)
{
  HustingsCommitteeFile *file = new_campaign (NULL);
  g_autoptr(HustingsSegment) donors = parse ("total>=100");
  g_autoptr(HustingsSegment) twin = parse ("state=CA");
  g_autoptr(HustingsSegment) got = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = NULL;
  guint changed = 0, other = 0;
  gint64 id;

  g_signal_connect (file, "outreach-changed", G_CALLBACK (test_count_cb), &changed);
  g_signal_connect (file, "contacts-changed", G_CALLBACK (test_count_cb), &other);

  g_free (donors->name);
  donors->name = g_strdup ("  Big donors ");
  g_assert_true (hustings_segment_store_add (file, donors, &error));
  g_assert_no_error (error);
  g_assert_cmpint (donors->id, >, 0);
  g_assert_cmpstr (donors->name, ==, "Big donors");
  g_assert_cmpuint (changed, ==, 1);

  /* Names are unique whatever their case. */
  g_free (twin->name);
  twin->name = g_strdup ("BIG DONORS");
  g_assert_false (hustings_segment_store_add (file, twin, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "There is already a segment named “BIG DONORS”");
  g_clear_error (&error);
  g_assert_cmpint (twin->id, ==, 0);
  g_free (twin->name);
  twin->name = g_strdup (" ");
  g_assert_false (hustings_segment_store_add (file, twin, &error));
  g_assert_cmpstr (error->message, ==, "Give the segment a name");
  g_clear_error (&error);
  g_free (twin->name);
  twin->name = g_strnfill (HUSTINGS_SEGMENT_NAME_MAX + 1, 'x');
  g_assert_false (hustings_segment_store_add (file, twin, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_free (twin->name);
  twin->name = g_strdup ("California");
  g_assert_true (hustings_segment_store_add (file, twin, &error));
  g_assert_cmpuint (changed, ==, 2);

  /* Got by name whatever the case, with its rules. */
  got = hustings_segment_store_get (file, "big DONORS", &error);
  g_assert_no_error (error);
  g_assert_cmpint (got->id, ==, donors->id);
  g_assert_cmpstr (got->name, ==, "Big donors");
  g_assert_cmpuint (members_of (file, got), ==, SET (ANN, BOB));
  g_clear_pointer (&got, hustings_segment_free);
  g_assert_null (hustings_segment_store_get (file, "Small donors", &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "There is no segment named “Small donors”");
  g_clear_error (&error);

  names = hustings_segment_store_list (file);
  g_assert_cmpuint (g_strv_length (names), ==, 2);
  g_assert_cmpstr (names[0], ==, "Big donors");
  g_assert_cmpstr (names[1], ==, "California");
  g_clear_pointer (&names, g_strfreev);

  /* New rules, and a new name, for the same segment. */
  id = donors->id;
  hustings_segment_free (donors);
  donors = parse ("any: total>=200.01; volunteer");
  donors->id = id;
  g_free (donors->name);
  donors->name = g_strdup ("Donors and volunteers");
  g_assert_true (hustings_segment_store_update (file, donors, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 3);
  got = hustings_segment_store_get (file, "donors and volunteers", &error);
  g_assert_no_error (error);
  g_assert_cmpint (got->match, ==, HUSTINGS_SEGMENT_MATCH_ANY);
  g_assert_cmpuint (members_of (file, got), ==, SET (BOB, DANA));
  g_clear_pointer (&got, hustings_segment_free);
  g_free (donors->name);
  donors->name = g_strdup ("california");
  g_assert_false (hustings_segment_store_update (file, donors, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  donors->id = 999;
  g_free (donors->name);
  donors->name = g_strdup ("Gone");
  g_assert_false (hustings_segment_store_update (file, donors, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (changed, ==, 3);

  /* Renamed by name. */
  g_assert_true (hustings_segment_store_rename (file, "CALIFORNIA", "Golden State", &error));
  g_assert_no_error (error);
  g_assert_false (hustings_segment_store_rename (file, "Golden State", "Donors and Volunteers",
                                                 &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hustings_segment_store_rename (file, "California", "Bear Flag", &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (changed, ==, 4);
  names = hustings_segment_store_list (file);
  g_assert_cmpstr (names[0], ==, "Donors and volunteers");
  g_assert_cmpstr (names[1], ==, "Golden State");
  g_clear_pointer (&names, g_strfreev);

  /* A segment this Hustings cannot read is refused, still listed, and can go. */
  g_assert_cmpint (sqlite3_exec (hustings_committee_file_get_db (file),
                                 "INSERT INTO segment (name, rules, created_at, updated_at)"
                                 " VALUES ('From the future', '(''all'', [(''aura'', {})])',"
                                 " 'x', 'x')", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_null (hustings_segment_store_get (file, "from the future", &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“aura”"));
  g_clear_error (&error);
  names = hustings_segment_store_list (file);
  g_assert_cmpuint (g_strv_length (names), ==, 3);
  g_clear_pointer (&names, g_strfreev);
  g_assert_true (hustings_segment_store_delete (file, "From the Future", &error));
  g_assert_true (hustings_segment_store_delete (file, "golden state", &error));
  g_assert_no_error (error);
  g_assert_false (hustings_segment_store_delete (file, "Golden State", &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (changed, ==, 6);
  names = hustings_segment_store_list (file);
  g_assert_cmpuint (g_strv_length (names), ==, 1);
  g_assert_cmpuint (other, ==, 0);
}

static void
test_read_only (void)
{
  g_autofree char *path = NULL;
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(HustingsSegment) segment = parse ("state=CA");
  g_autoptr(GError) error = NULL;
  gint64 count = 0;

  new_campaign (&path);
  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  file = hustings_committee_file_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (hustings_committee_file_is_read_only (file));
  g_assert_false (hustings_segment_store_add (file, segment, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_READ_ONLY);
  g_clear_error (&error);
  /* Evaluating writes nothing. */
  g_assert_true (hustings_segment_store_count (file, segment, &count, &error));
  g_assert_cmpint (count, ==, 1);
}

typedef struct {
  HustingsSegmentList *list;
  guint                changes;
} Watch;

static void
items_changed_cb (GListModel *model, guint position, guint removed, guint added, Watch *watch)
{
  watch->changes++;
}

static void
test_list (void)
{
  HustingsCommitteeFile *file = new_campaign (NULL);
  g_autoptr(HustingsSegmentList) list = hustings_segment_list_new (file);
  g_autoptr(HustingsSegment) nevada = parse ("state=NV");
  g_autoptr(HustingsSegment) bad = parse ("state=NV");
  g_autoptr(HustingsContact) first = NULL;
  g_autoptr(GError) error = NULL;
  Watch watch = { list, 0 };
  gint64 eve;

  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), &watch);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == HUSTINGS_TYPE_CONTACT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_null (hustings_segment_list_get_segment (list));

  g_assert_true (hustings_segment_list_set_segment (list, nevada, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (watch.changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_cmpint (hustings_segment_list_get_id (list, 0), ==, BOB);
  g_assert_cmpint (hustings_segment_list_get_id (list, 1), ==, DANA);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (hustings_contact_get_display_name (first), ==, "Bob Brown");
  g_assert_cmpint (hustings_contact_get_cycle_total (first), ==, 20001);
  g_assert_cmpstr (hustings_segment_list_get_segment (list)->name, ==, "Test");

  /* A new contact in Nevada joins by itself. */
  eve = test_add_person (file, "Eve", "Evans");
  {
    g_autoptr(HustingsContact) c = hustings_contact_store_get (file, eve, &error);

    hustings_contact_set_field (c, HUSTINGS_CONTACT_STATE, "NV");
    g_assert_true (hustings_contact_store_update (file, c, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  g_assert_cmpint (hustings_segment_list_get_id (list, 2), ==, eve);

  /* An invalid segment leaves the list as it was. */
  hustings_segment_rule_set_values (hustings_segment_get_rule (bad, 0),
                                    (const char *[]) { "Nevada", NULL });
  watch.changes = 0;
  g_assert_false (hustings_segment_list_set_segment (list, bad, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (watch.changes, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);

  g_assert_true (hustings_segment_list_set_segment (list, NULL, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
}

static gboolean
collect_cb (HustingsContact *contact, gpointer user_data)
{
  g_ptr_array_add (user_data, g_strdup (hustings_contact_get_emails (contact)[0]));
  return ((GPtrArray *) user_data)->len < 2;
}

static void
test_foreach (void)
{
  HustingsCommitteeFile *file = new_campaign (NULL);
  g_autoptr(HustingsSegment) emailable = parse ("has-email; email-ok");
  g_autoptr(GPtrArray) emails = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  /* Whole contacts, in name order; stops when asked. */
  g_assert_true (hustings_segment_store_foreach_member (file, emailable, collect_cb, emails,
                                                        &error));
  g_assert_no_error (error);
  g_assert_cmpuint (emails->len, ==, 2);
  g_assert_cmpstr (emails->pdata[0], ==, "pac@example.com");
  g_assert_cmpstr (emails->pdata[1], ==, "ann@example.com");
}

/* Values are normalized however they arrive: typed in the builder or the compact syntax. */
static void
test_normalized_values (void)
{
  g_autoptr(HustingsSegment) segment = hustings_segment_new ("Mixed", HUSTINGS_SEGMENT_MATCH_ALL);
  HustingsSegmentRule *state, *district, *status, *tag;

  /* Adding a rule may move the others: take them once all are there. */
  hustings_segment_add_rule (segment, HUSTINGS_SEGMENT_STATE);
  hustings_segment_add_rule (segment, HUSTINGS_SEGMENT_DISTRICT);
  hustings_segment_add_rule (segment, HUSTINGS_SEGMENT_VOLUNTEER);
  hustings_segment_add_rule (segment, HUSTINGS_SEGMENT_TAG);
  state = hustings_segment_get_rule (segment, 0);
  district = hustings_segment_get_rule (segment, 1);
  status = hustings_segment_get_rule (segment, 2);
  tag = hustings_segment_get_rule (segment, 3);

  hustings_segment_rule_set_values (state, (const char *[]) { "ca", "Nv", NULL });
  hustings_segment_rule_set_values (district, (const char *[]) { "7", "21", NULL });
  hustings_segment_rule_set_values (status, (const char *[]) { "Active", NULL });
  hustings_segment_rule_set_values (tag, (const char *[]) { "Host Committee", NULL });
  g_assert_cmpstr (state->values[0], ==, "CA");
  g_assert_cmpstr (state->values[1], ==, "NV");
  g_assert_cmpstr (district->values[0], ==, "07");
  g_assert_cmpstr (district->values[1], ==, "21");
  g_assert_cmpstr (status->values[0], ==, "active");
  g_assert_cmpstr (tag->values[0], ==, "Host Committee");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/segments/rules/place", test_place_rules);
  g_test_add_func ("/segments/rules/contact", test_contact_rules);
  g_test_add_func ("/segments/rules/giving", test_giving_rules);
  g_test_add_func ("/segments/rules/volunteers-and-events", test_volunteer_rules);
  g_test_add_func ("/segments/total-boundary", test_total_boundary);
  g_test_add_func ("/segments/match", test_match);
  g_test_add_func ("/segments/round-trip", test_round_trip);
  g_test_add_func ("/segments/describe", test_describe);
  g_test_add_func ("/segments/invalid", test_invalid);
  g_test_add_func ("/segments/store", test_store);
  g_test_add_func ("/segments/read-only", test_read_only);
  g_test_add_func ("/segments/list", test_list);
  g_test_add_func ("/segments/foreach", test_foreach);
  g_test_add_func ("/segments/normalized-values", test_normalized_values);

  return g_test_run ();
}
