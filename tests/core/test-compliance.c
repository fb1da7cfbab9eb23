/* test-compliance.c: contribution limits, the findings of the compliance check, the remedies
 * for an excessive gift, and the filing calendar.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "test-util.h"

#include "hustings-committee-file-private.h"

/* Saves the committee with a new type and filing frequency. */
static void
set_committee_type (HustingsCommitteeFile *file,
                    HustingsCommitteeType  type,
                    const char            *frequency)
{
  g_autoptr(HustingsCommittee) c = hustings_committee_file_dup_committee (file);
  g_autoptr(GError) error = NULL;

  c->type = type;
  g_free (c->filing_frequency);
  c->filing_frequency = g_strdup (frequency);
  hustings_committee_file_set_committee (file, c, &error);
  g_assert_no_error (error);
}

static void
add_election (HustingsCommitteeFile *file, const char *code, const char *date)
{
  g_autoptr(HustingsCommittee) c = hustings_committee_file_dup_committee (file);
  g_autoptr(GError) error = NULL;

  hustings_committee_add_election (c, code, date, "TX");
  hustings_committee_file_set_committee (file, c, &error);
  g_assert_no_error (error);
}

/* A contact of another kind than a person, with an address. */
static gint64
add_org (HustingsCommitteeFile *file,
         HustingsEntityType     type,
         const char            *name,
         gboolean               multicandidate,
         const char            *country)
{
  g_autoptr(HustingsContact) c = hustings_contact_new (type);
  g_autoptr(GError) error = NULL;

  hustings_contact_set_field (c, HUSTINGS_CONTACT_ORG_NAME, name);
  hustings_contact_set_field (c, HUSTINGS_CONTACT_STREET1, "1 Main St");
  hustings_contact_set_field (c, HUSTINGS_CONTACT_CITY, "Austin");
  hustings_contact_set_multicandidate (c, multicandidate);
  hustings_contact_set_country (c, country);
  hustings_contact_store_add (file, c, &error);
  g_assert_no_error (error);
  return hustings_contact_get_id (c);
}

/* A person with an address, employer and occupation: the donor no rule but the limits
 * concern. */
static gint64
add_donor (HustingsCommitteeFile *file, const char *first, const char *last)
{
  g_autoptr(HustingsContact) c = test_person (first, last);
  g_autoptr(GError) error = NULL;

  hustings_contact_set_field (c, HUSTINGS_CONTACT_STREET1, "12 Elm St");
  hustings_contact_set_field (c, HUSTINGS_CONTACT_CITY, "Austin");
  hustings_contact_set_field (c, HUSTINGS_CONTACT_STATE, "TX");
  hustings_contact_set_field (c, HUSTINGS_CONTACT_ZIP, "78701");
  hustings_contact_set_field (c, HUSTINGS_CONTACT_EMPLOYER, "Acme");
  hustings_contact_set_field (c, HUSTINGS_CONTACT_OCCUPATION, "Engineer");
  hustings_contact_store_add (file, c, &error);
  g_assert_no_error (error);
  return hustings_contact_get_id (c);
}

static gint64
give_by (HustingsCommitteeFile *file, gint64 contact, const char *date, gint64 cents,
         HustingsMethod method)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsDonation) d = hustings_donation_new ();

  hustings_donation_set_contact_id (d, contact);
  hustings_donation_set_date (d, date);
  hustings_donation_set_amount (d, cents);
  hustings_donation_set_method (d, method);
  hustings_donation_store_add (file, d, &error);
  g_assert_no_error (error);
  return hustings_donation_get_id (d);
}

static gint64
refund (HustingsCommitteeFile *file, gint64 donation, const char *date, gint64 cents)
{
  g_autoptr(HustingsDonation) original = hustings_donation_store_get (file, donation, NULL);
  g_autoptr(HustingsDonation) d = hustings_donation_new ();
  g_autoptr(GError) error = NULL;

  hustings_donation_set_contact_id (d, hustings_donation_get_contact_id (original));
  hustings_donation_set_date (d, date);
  hustings_donation_set_amount (d, -cents);
  hustings_donation_set_refund_of (d, donation);
  hustings_donation_store_add (file, d, &error);
  g_assert_no_error (error);
  return hustings_donation_get_id (d);
}

static GPtrArray *
check (HustingsCommitteeFile *file, const char *today)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *findings = hustings_compliance_check (file, today, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (findings);
  return findings;
}

/* The findings of one kind (borrowed from findings). */
static GPtrArray *
of_kind (GPtrArray *findings, HustingsFindingKind kind)
{
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < findings->len; i++)
    if (hustings_finding_get_kind (findings->pdata[i]) == kind)
      g_ptr_array_add (found, findings->pdata[i]);
  return found;
}

/* The only finding of kind in today's check, or NULL when there is none. */
static HustingsFinding *
only (HustingsCommitteeFile *file, const char *today, HustingsFindingKind kind)
{
  g_autoptr(GPtrArray) findings = check (file, today);
  g_autoptr(GPtrArray) found = of_kind (findings, kind);

  g_assert_cmpuint (found->len, <=, 1);
  return found->len == 1 ? g_object_ref (found->pdata[0]) : NULL;
}

static guint
count_kind (HustingsCommitteeFile *file, const char *today, HustingsFindingKind kind)
{
  g_autoptr(GPtrArray) findings = check (file, today);
  g_autoptr(GPtrArray) found = of_kind (findings, kind);

  return found->len;
}

static void
assert_donations (HustingsFinding *finding, guint n, ...)
{
  GArray *ids = hustings_finding_get_donations (finding);
  va_list args;

  g_assert_cmpuint (ids->len, ==, n);
  va_start (args, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (g_array_index (ids, gint64, i), ==, va_arg (args, gint64));
  va_end (args);
}

#define TODAY "2026-05-01"

/* ---- Limits ---- */

static void
test_limit_lookup (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 limit = 0;
  g_autoptr(GError) error = NULL;

  add_election (file, "G2024", "2024-11-05");
  g_assert_true (hustings_limits_lookup (file, HUSTINGS_ENTITY_IND, FALSE, "G2026", &limit,
                                         &error));
  g_assert_cmpint (limit, ==, 350000);
  g_assert_true (hustings_limits_lookup (file, HUSTINGS_ENTITY_IND, FALSE, "G2024", &limit,
                                         NULL));
  g_assert_cmpint (limit, ==, 330000);
  /* An election the committee does not list: Nov 1 of its year chooses the row. */
  g_assert_true (hustings_limits_lookup (file, HUSTINGS_ENTITY_IND, FALSE, "P2024", &limit,
                                         NULL));
  g_assert_cmpint (limit, ==, 330000);
  g_assert_true (hustings_limits_lookup (file, HUSTINGS_ENTITY_PAC, TRUE, "P2026", &limit,
                                         NULL));
  g_assert_cmpint (limit, ==, 500000);
  g_assert_true (hustings_limits_lookup (file, HUSTINGS_ENTITY_PAC, FALSE, "P2026", &limit,
                                         NULL));
  g_assert_cmpint (limit, ==, 350000);
  g_assert_true (hustings_limits_lookup (file, HUSTINGS_ENTITY_CCM, FALSE, "P2026", &limit,
                                         NULL));
  g_assert_cmpint (limit, ==, 200000);
  g_assert_true (hustings_limits_lookup (file, HUSTINGS_ENTITY_CAN, FALSE, "P2026", &limit,
                                         NULL));
  g_assert_cmpint (limit, ==, -1);
  g_assert_false (hustings_limits_lookup (file, HUSTINGS_ENTITY_ORG, FALSE, "P2026", &limit,
                                          &error));
  g_assert_no_error (error);
  /* Before the table's first row. */
  g_assert_false (hustings_limits_lookup (file, HUSTINGS_ENTITY_IND, FALSE, "G2020", &limit,
                                          NULL));

  /* A new cycle is a row. */
  g_assert_cmpint (sqlite3_exec (hustings_committee_file_get_db (file),
                                 "INSERT INTO contribution_limit VALUES"
                                 " ('candidate', 'IND', '2026-11-04', 370000)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  add_election (file, "G2028", "2028-11-07");
  g_assert_true (hustings_limits_lookup (file, HUSTINGS_ENTITY_IND, FALSE, "G2028", &limit,
                                         NULL));
  g_assert_cmpint (limit, ==, 370000);

  /* A PAC's limit is per calendar year. */
  set_committee_type (file, HUSTINGS_COMMITTEE_PAC, "Q");
  g_assert_true (hustings_limits_lookup (file, HUSTINGS_ENTITY_IND, FALSE, "2026", &limit,
                                         NULL));
  g_assert_cmpint (limit, ==, 500000);
}

static void
test_limit_boundaries (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 ann = add_donor (file, "Ann", "Lee");
  gint64 bo = add_donor (file, "Bo", "Diaz");
  g_autoptr(HustingsFinding) finding = NULL;
  gint64 first, second, third;

  first = test_give (file, ann, "2026-01-10", 300000, "P2026");
  second = test_give (file, ann, "2026-02-10", 50000, "P2026");
  /* Exactly the limit: nothing to find. */
  g_assert_null (only (file, TODAY, HUSTINGS_FINDING_OVER_LIMIT));

  third = test_give (file, ann, "2026-03-10", 1, "P2026");
  finding = only (file, TODAY, HUSTINGS_FINDING_OVER_LIMIT);
  g_assert_nonnull (finding);
  g_assert_cmpint (hustings_finding_get_amount (finding), ==, 1);
  g_assert_cmpint (hustings_finding_get_severity (finding), ==, HUSTINGS_SEVERITY_ERROR);
  g_assert_cmpint (hustings_finding_get_contact_id (finding), ==, ann);
  g_assert_cmpstr (hustings_finding_get_contact_name (finding), ==, "Ann Lee");
  g_assert_cmpstr (hustings_finding_get_election (finding), ==, "P2026");
  /* 60 days from the receipt of the gift that went over. */
  g_assert_cmpstr (hustings_finding_get_deadline (finding), ==, "2026-05-09");
  assert_donations (finding, 3, first, second, third);
  g_assert_nonnull (strstr (hustings_finding_get_message (finding), "$0.01"));
  g_assert_nonnull (strstr (hustings_finding_get_message (finding), "$3,500.00"));
  g_assert_nonnull (strstr (hustings_finding_get_remedy (finding), "$0.01"));

  /* Each election has its own limit: the full amount again for the general. */
  g_clear_object (&finding);
  test_give (file, bo, "2026-01-10", 350000, "P2026");
  test_give (file, bo, "2026-01-10", 350000, "G2026");
  finding = only (file, TODAY, HUSTINGS_FINDING_OVER_LIMIT);
  g_assert_cmpint (hustings_finding_get_contact_id (finding), ==, ann);

  /* One finding per contact and election, however many gifts. */
  g_clear_object (&finding);
  test_give (file, bo, "2026-02-10", 100, "G2026");
  test_give (file, bo, "2026-02-11", 200, "G2026");
  g_assert_cmpuint (count_kind (file, TODAY, HUSTINGS_FINDING_OVER_LIMIT), ==, 2);
  {
    g_autoptr(GPtrArray) findings = check (file, TODAY);
    g_autoptr(GPtrArray) over = of_kind (findings, HUSTINGS_FINDING_OVER_LIMIT);

    for (guint i = 0; i < over->len; i++)
      if (hustings_finding_get_contact_id (over->pdata[i]) == bo)
        {
          g_assert_cmpstr (hustings_finding_get_election (over->pdata[i]), ==, "G2026");
          g_assert_cmpint (hustings_finding_get_amount (over->pdata[i]), ==, 300);
          g_assert_cmpuint (hustings_finding_get_donations (over->pdata[i])->len, ==, 3);
        }
  }
}

static void
test_limit_cycle_change (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 ann = add_donor (file, "Ann", "Lee");
  g_autoptr(HustingsFinding) finding = NULL;

  add_election (file, "G2024", "2024-11-05");
  /* $3,400 for the 2024 general: over that cycle's $3,300, under 2026's $3,500. */
  test_give (file, ann, "2024-09-01", 340000, "G2024");
  finding = only (file, TODAY, HUSTINGS_FINDING_OVER_LIMIT);
  g_assert_nonnull (finding);
  g_assert_cmpstr (hustings_finding_get_election (finding), ==, "G2024");
  g_assert_cmpint (hustings_finding_get_amount (finding), ==, 10000);

  g_clear_object (&finding);
  test_give (file, ann, "2025-09-01", 340000, "G2026");
  finding = only (file, TODAY, HUSTINGS_FINDING_OVER_LIMIT);
  g_assert_cmpstr (hustings_finding_get_election (finding), ==, "G2024");
}

static void
test_limit_contributors (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 multi = add_org (file, HUSTINGS_ENTITY_PAC, "Builders PAC", TRUE, "");
  gint64 plain = add_org (file, HUSTINGS_ENTITY_PAC, "Small PAC", FALSE, "");
  gint64 party = add_org (file, HUSTINGS_ENTITY_PTY, "County Party", FALSE, "");
  gint64 other = add_org (file, HUSTINGS_ENTITY_CCM, "Friends of Someone", FALSE, "");
  g_autoptr(HustingsContact) candidate = test_person ("Casey", "Candidate");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) over = NULL;
  g_autoptr(GError) error = NULL;

  hustings_contact_set_entity_type (candidate, HUSTINGS_ENTITY_CAN);
  hustings_contact_set_field (candidate, HUSTINGS_CONTACT_CITY, "Austin");
  hustings_contact_store_add (file, candidate, &error);
  g_assert_no_error (error);

  test_give (file, multi, "2026-01-10", 500000, "P2026");     /* the multicandidate limit */
  test_give (file, plain, "2026-01-10", 500000, "P2026");     /* $1,500 over */
  test_give (file, party, "2026-01-10", 500000, "P2026");
  test_give (file, other, "2026-01-10", 200001, "P2026");     /* a cent over $2,000 */
  test_give (file, hustings_contact_get_id (candidate), "2026-01-10", 5000000, "P2026");

  findings = check (file, TODAY);
  over = of_kind (findings, HUSTINGS_FINDING_OVER_LIMIT);
  g_assert_cmpuint (over->len, ==, 2);
  for (guint i = 0; i < over->len; i++)
    {
      HustingsFinding *f = over->pdata[i];

      if (hustings_finding_get_contact_id (f) == plain)
        g_assert_cmpint (hustings_finding_get_amount (f), ==, 150000);
      else
        {
          g_assert_cmpint (hustings_finding_get_contact_id (f), ==, other);
          g_assert_cmpint (hustings_finding_get_amount (f), ==, 1);
        }
    }
}

static void
test_limit_pac_recipient (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 ann = add_donor (file, "Ann", "Lee");
  g_autoptr(HustingsFinding) finding = NULL;

  set_committee_type (file, HUSTINGS_COMMITTEE_PAC, "Q");
  /* Per calendar year, whatever the election. */
  test_give (file, ann, "2025-06-01", 300000, NULL);
  test_give (file, ann, "2026-02-01", 300000, NULL);
  g_assert_null (only (file, TODAY, HUSTINGS_FINDING_OVER_LIMIT));
  test_give (file, ann, "2026-03-01", 300000, NULL);
  finding = only (file, TODAY, HUSTINGS_FINDING_OVER_LIMIT);
  g_assert_nonnull (finding);
  g_assert_cmpstr (hustings_finding_get_election (finding), ==, "2026");
  g_assert_cmpint (hustings_finding_get_amount (finding), ==, 100000);
  g_assert_cmpuint (hustings_finding_get_donations (finding)->len, ==, 2);
  g_assert_cmpstr (hustings_finding_get_deadline (finding), ==, "2026-04-30");
}

static void
test_presumed_election (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 ann = add_donor (file, "Ann", "Lee");
  g_autoptr(HustingsFinding) finding = NULL;

  /* No designation: the next election after the date, the primary up to primary day. */
  test_give (file, ann, "2026-06-02", 200000, NULL);
  test_give (file, ann, "2026-01-05", 160000, "P2026");
  finding = only (file, TODAY, HUSTINGS_FINDING_OVER_LIMIT);
  g_assert_nonnull (finding);
  g_assert_cmpstr (hustings_finding_get_election (finding), ==, "P2026");
  g_assert_cmpint (hustings_finding_get_amount (finding), ==, 10000);

  /* The day after the primary counts toward the general. */
  g_clear_object (&finding);
  test_give (file, ann, "2026-06-03", 350000, NULL);
  finding = only (file, TODAY, HUSTINGS_FINDING_OVER_LIMIT);
  g_assert_cmpstr (hustings_finding_get_election (finding), ==, "P2026");
}

static void
test_aggregates_follow_edits (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 ann = add_donor (file, "Ann", "Lee");
  gint64 bo = add_donor (file, "Bo", "Diaz");
  gint64 id = test_give (file, ann, "2026-02-01", 200000, NULL);
  g_autoptr(HustingsDonation) d = hustings_donation_store_get (file, id, NULL);
  g_autoptr(HustingsFinding) finding = NULL;
  g_autoptr(GError) error = NULL;

  test_give (file, ann, "2026-03-01", 200000, NULL);
  finding = only (file, TODAY, HUSTINGS_FINDING_OVER_LIMIT);
  g_assert_cmpint (hustings_finding_get_amount (finding), ==, 50000);
  g_clear_object (&finding);

  /* Re-dated after the primary: it counts toward the general now. */
  hustings_donation_set_date (d, "2026-07-01");
  hustings_donation_set_election (d, NULL);
  g_assert_true (hustings_donation_store_update (file, d, &error));
  g_assert_no_error (error);
  g_assert_null (only (file, TODAY, HUSTINGS_FINDING_OVER_LIMIT));

  /* Raised over the limit of the general. */
  hustings_donation_set_amount (d, 400000);
  g_assert_true (hustings_donation_store_update (file, d, &error));
  finding = only (file, TODAY, HUSTINGS_FINDING_OVER_LIMIT);
  g_assert_cmpstr (hustings_finding_get_election (finding), ==, "G2026");
  g_assert_cmpint (hustings_finding_get_amount (finding), ==, 50000);
  g_clear_object (&finding);

  /* Given to another donor: Bo is over, Ann is not. */
  hustings_donation_set_contact_id (d, bo);
  g_assert_true (hustings_donation_store_update (file, d, &error));
  finding = only (file, TODAY, HUSTINGS_FINDING_OVER_LIMIT);
  g_assert_cmpint (hustings_finding_get_contact_id (finding), ==, bo);
  g_clear_object (&finding);

  g_assert_true (hustings_donation_store_delete (file, id, &error));
  g_assert_null (only (file, TODAY, HUSTINGS_FINDING_OVER_LIMIT));
}

/* ---- Remedies ---- */

static void
test_refund_clears (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 ann = add_donor (file, "Ann", "Lee");
  gint64 id = test_give (file, ann, "2026-02-01", 360000, "P2026");
  g_autoptr(HustingsFinding) finding = only (file, TODAY, HUSTINGS_FINDING_OVER_LIMIT);

  g_assert_cmpint (hustings_finding_get_amount (finding), ==, 10000);
  refund (file, id, "2026-03-01", 5000);
  g_clear_object (&finding);
  finding = only (file, TODAY, HUSTINGS_FINDING_OVER_LIMIT);
  g_assert_cmpint (hustings_finding_get_amount (finding), ==, 5000);
  assert_donations (finding, 2, id, id + 1);
  refund (file, id, "2026-03-02", 5000);
  g_assert_null (only (file, TODAY, HUSTINGS_FINDING_OVER_LIMIT));
  g_assert_cmpint (hustings_compliance_movable (file, id), ==, 350000);
}

static void
test_redesignate (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 ann = add_donor (file, "Ann", "Lee");
  gint64 id = test_give (file, ann, "2026-02-01", 400000, "P2026");
  gint64 refund_id = refund (file, id, "2026-02-10", 10000);
  g_autoptr(HustingsFinding) finding = only (file, TODAY, HUSTINGS_FINDING_OVER_LIMIT);
  g_autoptr(HustingsDonation) moved = NULL;
  g_autoptr(GError) error = NULL;
  guint changed = 0;
  gint64 new_id = 0;

  g_assert_cmpint (hustings_finding_get_amount (finding), ==, 40000);
  g_assert_cmpint (hustings_compliance_movable (file, id), ==, 390000);
  g_assert_cmpint (hustings_compliance_movable (file, refund_id), ==, 0);

  /* Refused: more than is left, the same election, an unknown one, a refund, no gift. */
  g_assert_false (hustings_compliance_redesignate (file, id, "G2026", 390001, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hustings_compliance_redesignate (file, id, "G2026", 0, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hustings_compliance_redesignate (file, id, "P2026", 100, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hustings_compliance_redesignate (file, id, "R2026", 100, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hustings_compliance_redesignate (file, refund_id, "G2026", 100, NULL,
                                                   &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hustings_compliance_redesignate (file, 999, "G2026", 100, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_signal_connect (file, "donations-changed", G_CALLBACK (test_count_cb), &changed);
  g_assert_true (hustings_compliance_redesignate (file, id, "G2026", 40000, &new_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_null (only (file, TODAY, HUSTINGS_FINDING_OVER_LIMIT));

  /* The pair: the election totals move, the cycle and year totals do not. */
  g_assert_cmpint (hustings_contact_store_total (file, ann, HUSTINGS_TOTAL_ELECTION, "P2026"),
                   ==, 350000);
  g_assert_cmpint (hustings_contact_store_total (file, ann, HUSTINGS_TOTAL_ELECTION, "G2026"),
                   ==, 40000);
  g_assert_cmpint (hustings_contact_store_total (file, ann, HUSTINGS_TOTAL_CYCLE, "2026"),
                   ==, 390000);
  moved = hustings_donation_store_get (file, new_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hustings_donation_get_amount (moved), ==, 40000);
  g_assert_cmpstr (hustings_donation_get_election (moved), ==, "G2026");
  g_assert_cmpstr (hustings_donation_get_date (moved), ==, "2026-02-01");
  g_assert_cmpstr (hustings_donation_get_memo (moved), ==, "Redesignation from P2026");
  g_assert_cmpint (hustings_compliance_movable (file, id), ==, 350000);
  g_assert_cmpint (hustings_compliance_movable (file, new_id), ==, 40000);

  {
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (hustings_committee_file_get_db (file),
                                         "SELECT amount_cents, election, adjustment, memo"
                                         " FROM donation WHERE adjusts = ?1 ORDER BY id",
                                         -1, &stmt, NULL), ==, SQLITE_OK);
    sqlite3_bind_int64 (stmt, 1, id);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, -40000);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "P2026");
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==, "redesignation");
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 3), ==, "Redesignation to G2026");
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, 40000);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "G2026");
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
    sqlite3_finalize (stmt);
  }

  /* Deleting the gift takes its memo rows with it. */
  g_assert_true (hustings_donation_store_delete (file, id, &error));
  g_assert_cmpint (hustings_contact_store_total (file, ann, HUSTINGS_TOTAL_ELECTION, "G2026"),
                   ==, 0);
}

static void
test_reattribute (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 ann = add_donor (file, "Ann", "Lee");
  gint64 bo = add_donor (file, "Bo", "Lee");
  gint64 id = test_give (file, ann, "2026-02-01", 400000, NULL);
  g_autoptr(HustingsFinding) finding = only (file, TODAY, HUSTINGS_FINDING_OVER_LIMIT);
  g_autoptr(HustingsDonation) moved = NULL;
  g_autoptr(GError) error = NULL;
  gint64 new_id = 0;

  g_assert_nonnull (finding);
  g_assert_false (hustings_compliance_reattribute (file, id, ann, 50000, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hustings_compliance_reattribute (file, id, 999, 50000, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hustings_compliance_reattribute (file, id, bo, 400001, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (hustings_compliance_reattribute (file, id, bo, 50000, &new_id, &error));
  g_assert_no_error (error);
  g_assert_null (only (file, TODAY, HUSTINGS_FINDING_OVER_LIMIT));
  g_assert_cmpint (hustings_contact_store_total (file, ann, HUSTINGS_TOTAL_ELECTION, "P2026"),
                   ==, 350000);
  g_assert_cmpint (hustings_contact_store_total (file, bo, HUSTINGS_TOTAL_ELECTION, "P2026"),
                   ==, 50000);
  moved = hustings_donation_store_get (file, new_id, NULL);
  g_assert_cmpint (hustings_donation_get_contact_id (moved), ==, bo);
  g_assert_cmpstr (hustings_donation_get_election (moved), ==, "P2026");
  g_assert_true (hustings_donation_get_election_presumed (moved));
  g_assert_cmpstr (hustings_donation_get_memo (moved), ==, "Reattribution from Ann Lee");

  /* What was moved cannot be moved again. */
  g_assert_false (hustings_compliance_reattribute (file, id, bo, 350001, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
}

/* ---- The other findings ---- */

static void
test_prohibited (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 corp = add_org (file, HUSTINGS_ENTITY_ORG, "Acme Corp", FALSE, "");
  gint64 abroad = add_org (file, HUSTINGS_ENTITY_PAC, "Maple PAC", FALSE, "Canada");
  gint64 usa = add_org (file, HUSTINGS_ENTITY_PAC, "Eagle PAC", FALSE, "USA");
  g_autoptr(HustingsContact) foreign = test_person ("Jean", "Tremblay");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  gint64 gift;

  /* A foreign address keeps its own province and postal code. */
  hustings_contact_set_field (foreign, HUSTINGS_CONTACT_STATE, "QC");
  hustings_contact_set_field (foreign, HUSTINGS_CONTACT_ZIP, "H2X 1Y4");
  hustings_contact_set_field (foreign, HUSTINGS_CONTACT_CITY, "Montréal");
  g_assert_false (hustings_contact_store_add (file, foreign, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  hustings_contact_set_country (foreign, " Canada ");
  g_assert_true (hustings_contact_store_add (file, foreign, &error));
  g_assert_no_error (error);

  gift = test_give (file, corp, "2026-02-01", 25000, NULL);
  test_give (file, abroad, "2026-02-01", 10000, NULL);
  test_give (file, usa, "2026-02-01", 10000, NULL);
  test_give (file, hustings_contact_get_id (foreign), "2026-03-01", 5000, NULL);

  findings = check (file, TODAY);
  found = of_kind (findings, HUSTINGS_FINDING_PROHIBITED);
  g_assert_cmpuint (found->len, ==, 3);
  for (guint i = 0; i < found->len; i++)
    {
      HustingsFinding *f = found->pdata[i];

      g_assert_cmpint (hustings_finding_get_severity (f), ==, HUSTINGS_SEVERITY_ERROR);
      g_assert_null (hustings_finding_get_election (f));
      if (hustings_finding_get_contact_id (f) == corp)
        {
          g_assert_cmpint (hustings_finding_get_amount (f), ==, 25000);
          g_assert_cmpstr (hustings_finding_get_deadline (f), ==, "2026-03-03");
          assert_donations (f, 1, gift);
          g_assert_nonnull (strstr (hustings_finding_get_message (f), "organization"));
        }
      else if (hustings_finding_get_contact_id (f) == hustings_contact_get_id (foreign))
        g_assert_nonnull (strstr (hustings_finding_get_message (f), "Montréal, QC, Canada"));
      else
        g_assert_cmpint (hustings_finding_get_contact_id (f), ==, abroad);
    }

  /* Refunded in full: nothing left to find. */
  refund (file, gift, "2026-02-15", 25000);
  g_assert_cmpuint (count_kind (file, TODAY, HUSTINGS_FINDING_PROHIBITED), ==, 2);

  /* Interest from a bank (an organization) is not a contribution. */
  g_assert_cmpint (sqlite3_exec (hustings_committee_file_get_db (file),
                                 "UPDATE donation SET receipt_line = 'SA15'"
                                 " WHERE contact_id IN (SELECT id FROM contact"
                                 "   WHERE org_name = 'Maple PAC')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpuint (count_kind (file, TODAY, HUSTINGS_FINDING_PROHIBITED), ==, 1);
}

static void
test_cash (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 ann = add_donor (file, "Ann", "Lee");
  gint64 first, second;
  g_autoptr(HustingsFinding) finding = NULL;

  first = give_by (file, ann, "2026-01-10", 6000, HUSTINGS_METHOD_CASH);
  give_by (file, ann, "2026-01-11", 90000, HUSTINGS_METHOD_CHECK);
  second = give_by (file, ann, "2026-01-12", 4000, HUSTINGS_METHOD_CASH);
  /* $100.00 in cash exactly is allowed. */
  g_assert_null (only (file, TODAY, HUSTINGS_FINDING_CASH));

  give_by (file, ann, "2026-07-01", 10001, HUSTINGS_METHOD_CASH);   /* the general's own */
  g_assert_cmpuint (count_kind (file, TODAY, HUSTINGS_FINDING_CASH), ==, 1);
  g_clear_object (&finding);
  finding = only (file, TODAY, HUSTINGS_FINDING_CASH);
  g_assert_cmpstr (hustings_finding_get_election (finding), ==, "G2026");
  g_assert_cmpint (hustings_finding_get_amount (finding), ==, 1);

  /* A cash refund brings the primary's cash back down. */
  g_clear_object (&finding);
  give_by (file, ann, "2026-01-20", 500, HUSTINGS_METHOD_CASH);
  g_assert_cmpuint (count_kind (file, TODAY, HUSTINGS_FINDING_CASH), ==, 2);
  refund (file, second, "2026-01-25", 500);
  g_assert_cmpuint (count_kind (file, TODAY, HUSTINGS_FINDING_CASH), ==, 1);
  g_assert_cmpint (first, >, 0);
}

static void
test_anonymous (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 anonymous = add_donor (file, "anonymous", "");   /* named so, in any case */
  gint64 nowhere = test_add_person (file, "Pat", "Nowhere");   /* no address at all */
  gint64 ann = add_donor (file, "Ann", "Lee");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) found = NULL;
  gint64 big;

  test_give (file, anonymous, "2026-01-10", 5000, NULL);    /* $50.00: allowed */
  big = test_give (file, anonymous, "2026-01-11", 7500, NULL);
  test_give (file, nowhere, "2026-01-12", 6000, NULL);
  test_give (file, ann, "2026-01-12", 6000, NULL);

  findings = check (file, TODAY);
  found = of_kind (findings, HUSTINGS_FINDING_ANONYMOUS);
  g_assert_cmpuint (found->len, ==, 2);
  g_assert_cmpint (hustings_finding_get_amount (found->pdata[0]), ==, 2500);
  assert_donations (found->pdata[0], 1, big);
  g_assert_cmpstr (hustings_finding_get_deadline (found->pdata[0]), ==, "2026-02-10");
  g_assert_cmpstr (hustings_finding_get_election (found->pdata[0]), ==, "P2026");
  g_assert_nonnull (strstr (hustings_finding_get_message (found->pdata[0]), "anonymous"));
  g_assert_cmpint (hustings_finding_get_contact_id (found->pdata[1]), ==, nowhere);
  g_assert_cmpint (hustings_finding_get_amount (found->pdata[1]), ==, 1000);
  g_assert_nonnull (strstr (hustings_finding_get_message (found->pdata[1]), "No address"));

  /* Giving up the excess, recorded as a refund, settles it. */
  refund (file, big, "2026-01-20", 2500);
  g_assert_cmpuint (count_kind (file, TODAY, HUSTINGS_FINDING_ANONYMOUS), ==, 1);
}

static void
test_best_efforts (void)
{
  char *path = NULL;
  HustingsCommitteeFile *file = test_new_file (&path);
  gint64 ann = add_donor (file, "Ann", "Lee");
  gint64 zed = test_add_person (file, "Zed", "Zimmer");
  gint64 amy = test_add_person (file, "Amy", "Adams");
  g_autoptr(HustingsContact) c = hustings_contact_store_get (file, amy, NULL);
  g_autoptr(HustingsFinding) finding = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv_path = g_strconcat (path, "-follow-up.csv", NULL);
  g_autofree char *csv = NULL;

  g_free (path);
  hustings_contact_set_field (c, HUSTINGS_CONTACT_STREET1, "1 Oak St");
  hustings_contact_set_field (c, HUSTINGS_CONTACT_EMPLOYER, "Self-employed");
  g_assert_true (hustings_contact_store_update (file, c, &error));

  test_give (file, ann, "2026-01-10", 50000, NULL);   /* itemized, and complete */
  test_give (file, zed, "2026-01-10", 20000, NULL);   /* $200.00: not itemized */
  g_assert_null (only (file, TODAY, HUSTINGS_FINDING_BEST_EFFORTS));

  test_give (file, zed, "2026-02-10", 1, NULL);       /* $200.01 */
  finding = only (file, TODAY, HUSTINGS_FINDING_BEST_EFFORTS);
  g_assert_nonnull (finding);
  g_assert_cmpint (hustings_finding_get_severity (finding), ==, HUSTINGS_SEVERITY_WARNING);
  g_assert_cmpint (hustings_finding_get_amount (finding), ==, 20001);
  g_assert_cmpstr (hustings_finding_get_election (finding), ==, "2026");
  /* The follow-up is due 30 days after the gift that passed $200. */
  g_assert_cmpstr (hustings_finding_get_deadline (finding), ==, "2026-03-12");
  g_assert_nonnull (strstr (hustings_finding_get_message (finding),
                            "employer and occupation"));

  test_give (file, amy, "2025-03-01", 30000, NULL);
  g_assert_cmpuint (count_kind (file, TODAY, HUSTINGS_FINDING_BEST_EFFORTS), ==, 2);
  /* After the general the cycle's last reports are still to file: its donors still count. */
  g_assert_cmpuint (count_kind (file, "2026-11-23", HUSTINGS_FINDING_BEST_EFFORTS), ==, 2);
  /* Another cycle is another aggregate. */
  g_assert_cmpuint (count_kind (file, "2027-02-01", HUSTINGS_FINDING_BEST_EFFORTS), ==, 0);

  /* The follow-up list, by name, and its export. */
  ids = hustings_compliance_best_efforts_ids (file, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, amy);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, zed);
  g_assert_true (hustings_compliance_export_best_efforts (file, TODAY, csv_path,
                                                          HUSTINGS_EXPORT_CSV, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_unlink (csv_path);
  g_assert_true (g_str_has_prefix (csv, "ID,Entity Type,"));
  g_assert_nonnull (strstr (csv, "Adams"));
  g_assert_nonnull (strstr (csv, "Zimmer"));
  g_assert_null (strstr (csv, "Lee"));
  g_assert_true (strstr (csv, "Adams") < strstr (csv, "Zimmer"));

  /* Form 3X: the calendar year. */
  set_committee_type (file, HUSTINGS_COMMITTEE_PAC, "Q");
  g_assert_cmpuint (count_kind (file, TODAY, HUSTINGS_FINDING_BEST_EFFORTS), ==, 1);
  g_assert_cmpuint (count_kind (file, "2025-12-01", HUSTINGS_FINDING_BEST_EFFORTS), ==, 1);
}

static void
test_notice_window (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 ann = add_donor (file, "Ann", "Lee");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) notices = NULL;
  gint64 day19, day3;

  /* The general is Nov 3, 2026: the window is Oct 15 to Oct 31. */
  test_give (file, ann, "2026-10-14", 100000, "G2026");     /* day 20: before the window */
  day19 = test_give (file, ann, "2026-10-15", 100000, "G2026");
  test_give (file, ann, "2026-10-20", 99999, "G2026");      /* under $1,000 */
  day3 = test_give (file, ann, "2026-10-31", 100000, "G2026");
  test_give (file, ann, "2026-11-01", 100000, "G2026");     /* 48 hours: too late to notice */
  /* The primary is Jun 2: May 14 to May 30. */
  test_give (file, ann, "2026-05-14", 100000, "P2026");
  test_give (file, ann, "2026-05-31", 100000, NULL);

  findings = check (file, "2026-10-16");
  notices = of_kind (findings, HUSTINGS_FINDING_48_HOUR_NOTICE);
  g_assert_cmpuint (notices->len, ==, 3);
  /* By deadline. */
  g_assert_cmpstr (hustings_finding_get_election (notices->pdata[0]), ==, "P2026");
  g_assert_cmpstr (hustings_finding_get_deadline (notices->pdata[0]), ==, "2026-05-16");
  assert_donations (notices->pdata[1], 1, day19);
  g_assert_cmpstr (hustings_finding_get_deadline (notices->pdata[1]), ==, "2026-10-17");
  g_assert_cmpstr (hustings_finding_get_election (notices->pdata[1]), ==, "G2026");
  g_assert_cmpint (hustings_finding_get_amount (notices->pdata[1]), ==, 100000);
  g_assert_nonnull (strstr (hustings_finding_get_message (notices->pdata[1]), "19 days"));
  assert_donations (notices->pdata[2], 1, day3);
  g_assert_cmpint (hustings_finding_get_severity (notices->pdata[2]), ==,
                   HUSTINGS_SEVERITY_WARNING);

  /* PACs file no 48-hour notices. */
  set_committee_type (file, HUSTINGS_COMMITTEE_PAC, "Q");
  g_assert_cmpuint (count_kind (file, "2026-10-16", HUSTINGS_FINDING_48_HOUR_NOTICE), ==, 0);
}

static void
test_reports_due (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 ann = add_donor (file, "Ann", "Lee");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) due = NULL;
  const HustingsFilingReport *report;

  /* Nothing yet in the file: only what is coming. */
  findings = check (file, "2026-04-01");
  due = of_kind (findings, HUSTINGS_FINDING_REPORT_DUE);
  g_assert_cmpuint (due->len, ==, 1);
  report = hustings_finding_get_report (due->pdata[0]);
  g_assert_cmpstr (report->code, ==, "Q1");
  g_assert_cmpstr (hustings_finding_get_deadline (due->pdata[0]), ==, "2026-04-15");
  g_assert_cmpint (hustings_finding_get_severity (due->pdata[0]), ==, HUSTINGS_SEVERITY_INFO);
  g_assert_cmpint (hustings_finding_get_contact_id (due->pdata[0]), ==, 0);
  g_clear_pointer (&due, g_ptr_array_unref);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Active since 2025: the 2025 year-end report is overdue; Q1 due within a week. */
  test_give (file, ann, "2025-11-01", 10000, NULL);
  findings = check (file, "2026-04-10");
  due = of_kind (findings, HUSTINGS_FINDING_REPORT_DUE);
  g_assert_cmpuint (due->len, ==, 3);
  g_assert_cmpstr (hustings_finding_get_report (due->pdata[0])->code, ==, "YE");
  g_assert_cmpstr (hustings_finding_get_report (due->pdata[0])->coverage_from, ==,
                   "2025-10-01");
  g_assert_cmpint (hustings_finding_get_severity (due->pdata[0]), ==, HUSTINGS_SEVERITY_ERROR);
  g_assert_cmpstr (hustings_finding_get_report (due->pdata[1])->code, ==, "Q1");
  g_assert_cmpint (hustings_finding_get_severity (due->pdata[1]), ==,
                   HUSTINGS_SEVERITY_WARNING);
  g_assert_cmpstr (hustings_finding_get_report (due->pdata[2])->code, ==, "12P");
  g_assert_cmpint (hustings_finding_get_severity (due->pdata[2]), ==, HUSTINGS_SEVERITY_INFO);
  /* Errors come first. */
  g_assert_cmpint (hustings_finding_get_severity (findings->pdata[0]), ==,
                   HUSTINGS_SEVERITY_ERROR);
  g_clear_pointer (&due, g_ptr_array_unref);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Filed (or brought in from a filing): not due any more; a draft does not count. */
  g_assert_cmpint (sqlite3_exec (hustings_committee_file_get_db (file),
                                 "INSERT INTO report (form, code, coverage_from, coverage_to,"
                                 "  filed_at, created_at, updated_at) VALUES"
                                 " ('F3', 'YE', '2025-10-01', '2025-12-31', '2026-01-20', '', ''),"
                                 " ('F3', 'Q1', '2026-01-01', '2026-03-31', NULL, '', '')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  findings = check (file, "2026-04-10");
  due = of_kind (findings, HUSTINGS_FINDING_REPORT_DUE);
  g_assert_cmpuint (due->len, ==, 2);
  g_assert_cmpstr (hustings_finding_get_report (due->pdata[0])->code, ==, "Q1");
  g_clear_pointer (&due, g_ptr_array_unref);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* The pre-primary report comes into view 45 days ahead; a late report is an error. */
  findings = check (file, "2026-04-01");
  due = of_kind (findings, HUSTINGS_FINDING_REPORT_DUE);
  g_assert_cmpuint (due->len, ==, 1);
  g_clear_pointer (&due, g_ptr_array_unref);
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = check (file, "2026-04-20");
  due = of_kind (findings, HUSTINGS_FINDING_REPORT_DUE);
  g_assert_cmpuint (due->len, ==, 2);
  g_assert_cmpstr (hustings_finding_get_report (due->pdata[0])->code, ==, "Q1");
  g_assert_cmpint (hustings_finding_get_severity (due->pdata[0]), ==, HUSTINGS_SEVERITY_ERROR);
  g_assert_cmpstr (hustings_finding_get_report (due->pdata[1])->code, ==, "12P");
  g_assert_cmpstr (hustings_finding_get_election (due->pdata[1]), ==, "P2026");
}

static void
test_sorted_and_cancelled (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 ann = add_donor (file, "Ann", "Lee");
  gint64 zed = test_add_person (file, "Zed", "Zimmer");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;

  test_give (file, ann, "2026-01-10", 360000, NULL);
  test_give (file, zed, "2026-01-10", 30000, NULL);
  /* By severity, then deadline: Zed (no address) is anonymous from Feb 9, Ann over the limit
   * from Mar 11, and Zed's best-efforts follow-up is a warning. */
  findings = check (file, "2026-01-20");
  g_assert_cmpuint (findings->len, ==, 3);
  g_assert_cmpint (hustings_finding_get_kind (findings->pdata[0]), ==,
                   HUSTINGS_FINDING_ANONYMOUS);
  g_assert_cmpint (hustings_finding_get_kind (findings->pdata[1]), ==,
                   HUSTINGS_FINDING_OVER_LIMIT);
  g_assert_cmpint (hustings_finding_get_kind (findings->pdata[2]), ==,
                   HUSTINGS_FINDING_BEST_EFFORTS);

  g_cancellable_cancel (cancellable);
  g_assert_null (hustings_compliance_check (file, NULL, cancellable, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_null (hustings_compliance_check (file, "2026-02-30", NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
}

static void
test_json (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 jane = add_donor (file, "Jane \"JJ\"", "Doe\\Smith");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) empty = g_ptr_array_new ();
  g_autofree char *json = NULL;
  g_autofree char *none = hustings_findings_to_json (empty);
  gint64 id = test_give (file, jane, "2026-02-01", 360000, "G2026");
  g_autofree char *ids = g_strdup_printf ("\"donations\": [%" G_GINT64_FORMAT "]", id);

  g_assert_cmpstr (none, ==, "[]\n");
  findings = check (file, "2026-04-10");
  json = hustings_findings_to_json (findings);
  g_assert_true (g_str_has_prefix (json,
                                  "[\n  {\"kind\": \"over-limit\", \"severity\": \"error\""));
  g_assert_true (g_str_has_suffix (json, "}\n]\n"));
  g_assert_nonnull (strstr (json, "\"contact\": \"Jane \\\"JJ\\\" Doe\\\\Smith\""));
  g_assert_nonnull (strstr (json, "\"election\": \"G2026\", \"amount_cents\": 10000"));
  g_assert_nonnull (strstr (json, ids));
  g_assert_nonnull (strstr (json, "\"deadline\": \"2026-04-02\""));
  /* A report due has no contact, and says which report. */
  g_assert_nonnull (strstr (json, "\"contact\": null, \"contact_id\": 0"));
  g_assert_nonnull (strstr (json, "\"report\": {\"code\": \"Q1\", \"from\": \"2026-01-01\","
                                  " \"to\": \"2026-03-31\", \"due\": \"2026-04-15\","
                                  " \"election\": null}"));
}

/* ---- Contacts ---- */

static void
test_contact_fields (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 pac = add_org (file, HUSTINGS_ENTITY_PAC, "Builders PAC", TRUE, "");
  g_autoptr(HustingsContact) c = hustings_contact_store_get (file, pac, NULL);
  g_autoptr(HustingsContact) copy = NULL;
  g_autoptr(HustingsContact) again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (hustings_contact_get_multicandidate (c));
  g_assert_cmpstr (hustings_contact_get_country (c), ==, "");
  hustings_contact_set_country (c, "Mexico");
  copy = hustings_contact_copy (c);
  g_assert_true (hustings_contact_get_multicandidate (copy));
  g_assert_cmpstr (hustings_contact_get_country (copy), ==, "Mexico");
  g_assert_true (hustings_contact_store_update (file, c, &error));
  g_assert_no_error (error);
  again = hustings_contact_store_get (file, pac, NULL);
  g_assert_cmpstr (hustings_contact_get_country (again), ==, "Mexico");

  /* Only a PAC is a multicandidate committee. */
  hustings_contact_set_entity_type (c, HUSTINGS_ENTITY_COM);
  g_assert_false (hustings_contact_get_multicandidate (c));
  g_assert_true (hustings_contact_store_update (file, c, &error));
  g_clear_object (&again);
  again = hustings_contact_store_get (file, pac, NULL);
  hustings_contact_set_entity_type (again, HUSTINGS_ENTITY_PAC);
  g_assert_false (hustings_contact_get_multicandidate (again));

  g_assert_true (hustings_country_is_us (""));
  g_assert_true (hustings_country_is_us (" united states "));
  g_assert_true (hustings_country_is_us ("U.S.A."));
  g_assert_false (hustings_country_is_us ("Canada"));
}

/* ---- The filing calendar ---- */

static void
assert_report (GPtrArray  *reports,
               guint       i,
               const char *code,
               const char *from,
               const char *to,
               const char *due,
               const char *election)
{
  const HustingsFilingReport *r;

  g_assert_cmpuint (i, <, reports->len);
  r = reports->pdata[i];
  g_assert_cmpstr (r->code, ==, code);
  g_assert_cmpstr (r->coverage_from, ==, from);
  g_assert_cmpstr (r->coverage_to, ==, to);
  g_assert_cmpstr (r->due, ==, due);
  g_assert_cmpstr (r->election, ==, election);
}

static void
test_calendar_quarterly (void)
{
  g_autoptr(HustingsCommittee) c = test_committee ();   /* P2026 Jun 2, G2026 Nov 3 */
  g_autoptr(GPtrArray) y2026 = hustings_filing_calendar (c, 2026);
  g_autoptr(GPtrArray) y2027 = NULL;
  g_autoptr(HustingsFilingReport) ye = NULL;
  g_autoptr(HustingsFilingReport) pre = NULL;

  /* fec-rules.md §2.12. */
  g_assert_cmpuint (y2026->len, ==, 8);
  assert_report (y2026, 0, "YE", "2025-10-01", "2025-12-31", "2026-01-31", NULL);
  assert_report (y2026, 1, "Q1", "2026-01-01", "2026-03-31", "2026-04-15", NULL);
  assert_report (y2026, 2, "12P", "2026-04-01", "2026-05-13", "2026-05-21", "P2026");
  assert_report (y2026, 3, "Q2", "2026-05-14", "2026-06-30", "2026-07-15", NULL);
  assert_report (y2026, 4, "Q3", "2026-07-01", "2026-09-30", "2026-10-15", NULL);
  assert_report (y2026, 5, "12G", "2026-10-01", "2026-10-14", "2026-10-22", "G2026");
  assert_report (y2026, 6, "30G", "2026-10-15", "2026-11-23", "2026-12-03", "G2026");
  assert_report (y2026, 7, "YE", "2026-11-24", "2026-12-31", "2027-01-31", NULL);
  g_assert_cmpstr (((HustingsFilingReport *) y2026->pdata[2])->election_date, ==,
                   "2026-06-02");

  y2027 = hustings_filing_calendar (c, 2027);
  g_assert_cmpuint (y2027->len, ==, 5);
  assert_report (y2027, 0, "YE", "2026-11-24", "2026-12-31", "2027-01-31", NULL);
  assert_report (y2027, 4, "YE", "2027-10-01", "2027-12-31", "2028-01-31", NULL);

  ye = hustings_filing_calendar_find (c, "YE", 2026, NULL);
  g_assert_cmpstr (ye->coverage_from, ==, "2026-11-24");
  pre = hustings_filing_calendar_find (c, "12P", 2026, "P2026");
  g_assert_cmpstr (pre->due, ==, "2026-05-21");
  g_assert_null (hustings_filing_calendar_find (c, "12P", 2026, "P2024"));
  g_assert_null (hustings_filing_calendar_find (c, "M5", 2026, NULL));
  g_assert_null (hustings_filing_calendar_find (c, "TER", 2026, NULL));

  g_assert_cmpstr (hustings_filing_code_describe ("Q1"), ==, "April Quarterly");
  g_assert_cmpstr (hustings_filing_code_describe ("12G"), ==, "12-day Pre-General");
  g_assert_cmpstr (hustings_filing_code_describe ("XYZ"), ==, "XYZ");
}

static void
test_calendar_elections (void)
{
  g_autoptr(HustingsCommittee) c = hustings_committee_new ();
  g_autoptr(GPtrArray) reports = NULL;

  /* A March primary and a runoff; no general listed: the federal one. */
  hustings_committee_add_election (c, "P2026", "2026-03-03", "TX");
  hustings_committee_add_election (c, "R2026", "2026-05-26", "TX");
  reports = hustings_filing_calendar (c, 2026);
  g_assert_cmpuint (reports->len, ==, 9);
  assert_report (reports, 1, "12P", "2026-01-01", "2026-02-11", "2026-02-19", "P2026");
  assert_report (reports, 2, "Q1", "2026-02-12", "2026-03-31", "2026-04-15", NULL);
  assert_report (reports, 3, "12R", "2026-04-01", "2026-05-06", "2026-05-14", "R2026");
  assert_report (reports, 6, "12G", "2026-10-01", "2026-10-14", "2026-10-22", "G2026");
}

static void
test_calendar_pac (void)
{
  g_autoptr(HustingsCommittee) c = test_committee ();
  g_autoptr(GPtrArray) quarterly = NULL;
  g_autoptr(GPtrArray) odd = NULL;
  g_autoptr(GPtrArray) monthly = NULL;

  c->type = HUSTINGS_COMMITTEE_PAC;
  quarterly = hustings_filing_calendar (c, 2026);
  g_assert_cmpuint (quarterly->len, ==, 6);
  assert_report (quarterly, 0, "YE", "2025-07-01", "2025-12-31", "2026-01-31", NULL);
  assert_report (quarterly, 3, "Q3", "2026-07-01", "2026-09-30", "2026-10-15", NULL);
  assert_report (quarterly, 4, "30G", "2026-10-01", "2026-11-23", "2026-12-03", "G2026");
  assert_report (quarterly, 5, "YE", "2026-11-24", "2026-12-31", "2027-01-31", NULL);

  odd = hustings_filing_calendar (c, 2027);
  g_assert_cmpuint (odd->len, ==, 3);
  assert_report (odd, 1, "MY", "2027-01-01", "2027-06-30", "2027-07-31", NULL);
  assert_report (odd, 2, "YE", "2027-07-01", "2027-12-31", "2028-01-31", NULL);

  g_free (c->filing_frequency);
  c->filing_frequency = g_strdup ("M");
  monthly = hustings_filing_calendar (c, 2026);
  /* YE 2025, M2…M10, 12G, 30G, YE. */
  g_assert_cmpuint (monthly->len, ==, 13);
  assert_report (monthly, 0, "YE", "2025-12-01", "2025-12-31", "2026-01-31", NULL);
  assert_report (monthly, 1, "M2", "2026-01-01", "2026-01-31", "2026-02-20", NULL);
  assert_report (monthly, 2, "M3", "2026-02-01", "2026-02-28", "2026-03-20", NULL);
  assert_report (monthly, 9, "M10", "2026-09-01", "2026-09-30", "2026-10-20", NULL);
  assert_report (monthly, 10, "12G", "2026-10-01", "2026-10-14", "2026-10-22", "G2026");
  assert_report (monthly, 11, "30G", "2026-10-15", "2026-11-23", "2026-12-03", "G2026");
  assert_report (monthly, 12, "YE", "2026-11-24", "2026-12-31", "2027-01-31", NULL);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/compliance/limits/lookup", test_limit_lookup);
  g_test_add_func ("/compliance/limits/boundaries", test_limit_boundaries);
  g_test_add_func ("/compliance/limits/cycle-change", test_limit_cycle_change);
  g_test_add_func ("/compliance/limits/contributors", test_limit_contributors);
  g_test_add_func ("/compliance/limits/pac-recipient", test_limit_pac_recipient);
  g_test_add_func ("/compliance/limits/presumed-election", test_presumed_election);
  g_test_add_func ("/compliance/limits/edits", test_aggregates_follow_edits);
  g_test_add_func ("/compliance/remedies/refund", test_refund_clears);
  g_test_add_func ("/compliance/remedies/redesignate", test_redesignate);
  g_test_add_func ("/compliance/remedies/reattribute", test_reattribute);
  g_test_add_func ("/compliance/findings/prohibited", test_prohibited);
  g_test_add_func ("/compliance/findings/cash", test_cash);
  g_test_add_func ("/compliance/findings/anonymous", test_anonymous);
  g_test_add_func ("/compliance/findings/best-efforts", test_best_efforts);
  g_test_add_func ("/compliance/findings/48-hour-notice", test_notice_window);
  g_test_add_func ("/compliance/findings/reports-due", test_reports_due);
  g_test_add_func ("/compliance/findings/sorted-and-cancelled", test_sorted_and_cancelled);
  g_test_add_func ("/compliance/findings/json", test_json);
  g_test_add_func ("/compliance/contacts/fields", test_contact_fields);
  g_test_add_func ("/compliance/calendar/quarterly", test_calendar_quarterly);
  g_test_add_func ("/compliance/calendar/elections", test_calendar_elections);
  g_test_add_func ("/compliance/calendar/pac", test_calendar_pac);

  return g_test_run ();
}
