/* test-donations.c: receipts, refunds, and the per-contact totals that follow them.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "test-util.h"

static gint64
total (HustingsCommitteeFile *file, gint64 contact, HustingsTotalKind kind, const char *period)
{
  return hustings_contact_store_total (file, contact, kind, period);
}

static void
test_add_and_totals (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 ann = test_add_person (file, "Ann", "Lee");
  gint64 bo = test_add_person (file, "Bo", "Diaz");
  g_autoptr(GPtrArray) elections = NULL;
  g_autoptr(GPtrArray) years = NULL;
  g_autoptr(HustingsDonation) d = NULL;
  guint changed = 0;

  g_signal_connect (file, "donations-changed", G_CALLBACK (test_count_cb), &changed);
  test_give (file, ann, "2025-03-01", 100000, NULL);      /* presumed P2026 */
  test_give (file, ann, "2026-06-02", 50000, NULL);       /* primary day: still P2026 */
  test_give (file, ann, "2026-06-03", 25000, NULL);       /* presumed G2026 */
  test_give (file, ann, "2026-01-15", 35000, "G2026");    /* designated in advance */
  test_give (file, bo, "2026-12-01", 10000, NULL);        /* after the general: 2028 cycle */
  g_assert_cmpuint (changed, ==, 5);

  g_assert_cmpint (total (file, ann, HUSTINGS_TOTAL_ELECTION, "P2026"), ==, 150000);
  g_assert_cmpint (total (file, ann, HUSTINGS_TOTAL_ELECTION, "G2026"), ==, 60000);
  g_assert_cmpint (total (file, ann, HUSTINGS_TOTAL_CYCLE, "2026"), ==, 210000);
  g_assert_cmpint (total (file, ann, HUSTINGS_TOTAL_YEAR, "2025"), ==, 100000);
  g_assert_cmpint (total (file, ann, HUSTINGS_TOTAL_YEAR, "2026"), ==, 110000);
  g_assert_cmpint (total (file, bo, HUSTINGS_TOTAL_CYCLE, "2028"), ==, 10000);
  g_assert_cmpint (total (file, bo, HUSTINGS_TOTAL_CYCLE, "2026"), ==, 0);
  g_assert_cmpint (total (file, bo, HUSTINGS_TOTAL_ELECTION, "G2026"), ==, 0); /* none later */

  elections = hustings_contact_store_totals (file, ann, HUSTINGS_TOTAL_ELECTION);
  g_assert_cmpuint (elections->len, ==, 2);
  g_assert_cmpstr (((HustingsTotal *) elections->pdata[0])->period, ==, "G2026");
  g_assert_cmpint (((HustingsTotal *) elections->pdata[0])->gift_count, ==, 2);
  years = hustings_contact_store_totals (file, ann, HUSTINGS_TOTAL_YEAR);
  g_assert_cmpuint (years->len, ==, 2);

  /* The presumed designation is recorded as presumed. */
  {
    g_autoptr(GPtrArray) gifts = hustings_donation_store_for_contact (file, ann);

    g_assert_cmpuint (gifts->len, ==, 4);
    d = g_object_ref (gifts->pdata[0]); /* newest first: 2026-06-03 */
    g_assert_cmpstr (hustings_donation_get_date (d), ==, "2026-06-03");
    g_assert_cmpstr (hustings_donation_get_election (d), ==, "G2026");
    g_assert_true (hustings_donation_get_election_presumed (d));
    g_assert_cmpint (hustings_donation_get_cycle (d), ==, 2026);
    g_assert_cmpstr (hustings_donation_get_contact_name (d), ==, "Ann Lee");
  }
}

static void
test_edit_redate_delete (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 ann = test_add_person (file, "Ann", "Lee");
  gint64 bo = test_add_person (file, "Bo", "Diaz");
  gint64 id = test_give (file, ann, "2025-12-31", 20000, NULL);
  g_autoptr(HustingsDonation) d = hustings_donation_store_get (file, id, NULL);
  g_autoptr(HustingsContact) contact = NULL;
  g_autoptr(GError) error = NULL;

  test_give (file, ann, "2025-06-01", 5000, NULL);

  /* Re-date into the next year and past the primary: year and election move, cycle stays. */
  hustings_donation_set_date (d, "2026-07-01");
  hustings_donation_set_election (d, NULL);
  g_assert_true (hustings_donation_store_update (file, d, &error));
  g_assert_no_error (error);
  g_assert_cmpint (total (file, ann, HUSTINGS_TOTAL_YEAR, "2025"), ==, 5000);
  g_assert_cmpint (total (file, ann, HUSTINGS_TOTAL_YEAR, "2026"), ==, 20000);
  g_assert_cmpint (total (file, ann, HUSTINGS_TOTAL_ELECTION, "P2026"), ==, 5000);
  g_assert_cmpint (total (file, ann, HUSTINGS_TOTAL_ELECTION, "G2026"), ==, 20000);
  g_assert_cmpint (total (file, ann, HUSTINGS_TOTAL_CYCLE, "2026"), ==, 25000);
  contact = hustings_contact_store_get (file, ann, NULL);
  g_assert_cmpstr (hustings_contact_get_last_gift_date (contact), ==, "2026-07-01");
  g_assert_cmpint (hustings_contact_get_cycle_total (contact), ==, 25000);
  g_clear_object (&contact);

  /* Change amount and donor at once: both donors' totals are right. */
  hustings_donation_set_amount (d, 30000);
  hustings_donation_set_contact_id (d, bo);
  g_assert_true (hustings_donation_store_update (file, d, &error));
  g_assert_cmpint (total (file, ann, HUSTINGS_TOTAL_CYCLE, "2026"), ==, 5000);
  g_assert_cmpint (total (file, bo, HUSTINGS_TOTAL_CYCLE, "2026"), ==, 30000);
  g_assert_cmpint (total (file, bo, HUSTINGS_TOTAL_ELECTION, "G2026"), ==, 30000);
  contact = hustings_contact_store_get (file, ann, NULL);
  g_assert_cmpstr (hustings_contact_get_last_gift_date (contact), ==, "2025-06-01");
  g_clear_object (&contact);

  g_assert_true (hustings_donation_store_delete (file, id, &error));
  g_assert_cmpint (total (file, bo, HUSTINGS_TOTAL_CYCLE, "2026"), ==, 0);
  {
    g_autoptr(GPtrArray) none = hustings_contact_store_totals (file, bo, HUSTINGS_TOTAL_CYCLE);

    g_assert_cmpuint (none->len, ==, 0);
  }
  contact = hustings_contact_store_get (file, bo, NULL);
  g_assert_null (hustings_contact_get_last_gift_date (contact));

  /* Deleting a contact deletes its gifts. */
  g_assert_true (hustings_contact_store_delete (file, ann, &error));
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, 0);
}

static void
test_validation (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 ann = test_add_person (file, "Ann", "Lee");
  static const struct { gint64 contact; const char *date; gint64 cents; const char *election;
                        const char *says; } bad[] = {
    { 0, "2026-01-01", 100, NULL, "donor" },
    { 999, "2026-01-01", 100, NULL, "donor" },
    { 1, "2026-02-30", 100, NULL, "date" },
    { 1, "2026-01-01", 0, NULL, "zero" },
    { 1, "2026-01-01", -500, NULL, "refund" },
    { 1, "2026-01-01", 100000000000, NULL, "999,999,999.99" },
    { 1, "2026-01-01", 100, "G2030", "committee profile" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(HustingsDonation) d = hustings_donation_new ();
      g_autoptr(GError) error = NULL;

      hustings_donation_set_contact_id (d, bad[i].contact ? ann * bad[i].contact : 0);
      hustings_donation_set_date (d, bad[i].date);
      hustings_donation_set_amount (d, bad[i].cents);
      hustings_donation_set_election (d, bad[i].election);
      g_assert_false (hustings_donation_store_add (file, d, &error));
      g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, bad[i].says));
      g_assert_cmpint (hustings_donation_get_id (d), ==, 0);
    }
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, 0);
}

/* A receipt that is not a contribution keeps its Schedule A line; the form decides which
 * lines there are. */
static void
test_receipt_line (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 bank = test_add_person (file, "First", "Bank");
  g_autoptr(HustingsDonation) d = hustings_donation_new ();
  g_autoptr(HustingsDonation) read = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (hustings_receipt_line_describe ("F3", ""), ==, "Contribution");
  g_assert_nonnull (hustings_receipt_line_describe ("F3", "SA13A"));
  g_assert_null (hustings_receipt_line_describe ("F3", "SA16"));
  g_assert_nonnull (hustings_receipt_line_describe ("F3X", "SA16"));

  hustings_donation_set_contact_id (d, bank);
  hustings_donation_set_date (d, "2026-02-01");
  hustings_donation_set_amount (d, 1234);
  hustings_donation_set_receipt_line (d, "SA16");
  g_assert_false (hustings_donation_store_add (file, d, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);

  hustings_donation_set_receipt_line (d, "SA15");
  g_assert_true (hustings_donation_store_add (file, d, &error));
  g_assert_no_error (error);
  read = hustings_donation_store_get (file, hustings_donation_get_id (d), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hustings_donation_get_receipt_line (read), ==, "SA15");

  hustings_donation_set_receipt_line (read, "");
  g_assert_true (hustings_donation_store_update (file, read, &error));
  g_assert_no_error (error);
  g_clear_object (&read);
  read = hustings_donation_store_get (file, hustings_donation_get_id (d), &error);
  g_assert_cmpstr (hustings_donation_get_receipt_line (read), ==, "");
}

/* A gift with part of it redesignated or reattributed: a refund may return only what is left;
 * re-dating or moving the gift moves the rows that take money from it; deleting one row of a
 * pair deletes the other. */
static void
test_adjustment_pairs (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 ann = test_add_person (file, "Ann", "Lee");
  gint64 bo = test_add_person (file, "Bo", "Lee");
  gint64 gift = test_give (file, ann, "2026-03-01", 500000, "P2026");
  g_autoptr(HustingsDonation) d = NULL;
  g_autoptr(GError) error = NULL;
  gint64 to_general = 0, to_bo = 0;

  g_assert_true (hustings_compliance_redesignate (file, gift, "G2026", 150000, &to_general,
                                                  &error));
  g_assert_no_error (error);
  g_assert_true (hustings_compliance_reattribute (file, gift, bo, 100000, &to_bo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hustings_donation_store_refundable (file, gift), ==, 250000);
  g_assert_cmpint (total (file, ann, HUSTINGS_TOTAL_ELECTION, "P2026"), ==, 250000);

  /* Re-dated into 2025: every row of both pairs follows, and the donor's side of each. */
  d = hustings_donation_store_get (file, gift, &error);
  hustings_donation_set_date (d, "2025-12-30");
  g_assert_true (hustings_donation_store_update (file, d, &error));
  g_assert_no_error (error);
  g_assert_cmpint (total (file, ann, HUSTINGS_TOTAL_YEAR, "2025"), ==, 500000 - 100000);
  g_assert_cmpint (total (file, bo, HUSTINGS_TOTAL_YEAR, "2025"), ==, 100000);
  g_assert_cmpint (total (file, ann, HUSTINGS_TOTAL_YEAR, "2026"), ==, 0);

  /* Deleting the reattributed side takes the donor's side with it. */
  g_assert_true (hustings_donation_store_delete (file, to_bo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (total (file, bo, HUSTINGS_TOTAL_CYCLE, "2026"), ==, 0);
  g_assert_cmpint (total (file, ann, HUSTINGS_TOTAL_ELECTION, "P2026"), ==, 350000);
  g_assert_cmpint (hustings_donation_store_refundable (file, gift), ==, 350000);

  /* Deleting the gift takes the redesignation with it. */
  g_assert_true (hustings_donation_store_delete (file, gift, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, 0);
}

static void
test_source_ids_are_unique (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 ann = test_add_person (file, "Ann", "Lee");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(HustingsDonation) d = hustings_donation_new ();

      hustings_donation_set_contact_id (d, ann);
      hustings_donation_set_date (d, "2026-01-02");
      hustings_donation_set_amount (d, 2500);
      hustings_donation_set_method (d, HUSTINGS_METHOD_PROCESSOR);
      hustings_donation_set_source (d, "ActBlue", "AB123");
      if (i == 0)
        g_assert_true (hustings_donation_store_add (file, d, &error));
      else
        {
          g_assert_false (hustings_donation_store_add (file, d, &error));
          g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
          g_assert_nonnull (strstr (error->message, "already recorded"));
        }
    }
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, 1);
  g_assert_cmpint (total (file, ann, HUSTINGS_TOTAL_CYCLE, "2026"), ==, 2500);
}

static gboolean
refund (HustingsCommitteeFile *file, gint64 contact, gint64 original, const char *date,
        gint64 cents, GError **error)
{
  g_autoptr(HustingsDonation) r = hustings_donation_new ();

  hustings_donation_set_contact_id (r, contact);
  hustings_donation_set_date (r, date);
  hustings_donation_set_amount (r, cents);
  hustings_donation_set_refund_of (r, original);
  return hustings_donation_store_add (file, r, error);
}

static void
test_refunds (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 ann = test_add_person (file, "Ann", "Lee");
  gint64 bo = test_add_person (file, "Bo", "Diaz");
  gint64 gift = test_give (file, ann, "2026-05-01", 400000, "P2026"); /* $500 over the limit */
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsDonation) d = NULL;

  g_assert_cmpint (hustings_donation_store_refundable (file, gift), ==, 400000);
  g_assert_true (refund (file, ann, gift, "2026-05-20", -50000, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hustings_donation_store_refundable (file, gift), ==, 350000);
  g_assert_cmpint (total (file, ann, HUSTINGS_TOTAL_ELECTION, "P2026"), ==, 350000);
  g_assert_cmpint (total (file, ann, HUSTINGS_TOTAL_CYCLE, "2026"), ==, 350000);

  g_assert_false (refund (file, ann, gift, "2026-05-21", -360000, &error)); /* more than left */
  g_assert_nonnull (strstr (error->message, "$3,500.00"));
  g_clear_error (&error);
  g_assert_false (refund (file, ann, gift, "2026-04-01", -100, &error));   /* before the gift */
  g_clear_error (&error);
  g_assert_false (refund (file, bo, gift, "2026-05-21", -100, &error));    /* someone else */
  g_clear_error (&error);
  g_assert_false (refund (file, ann, gift, "2026-05-21", 100, &error));    /* positive */
  g_clear_error (&error);

  /* The gift cannot shrink below what was refunded of it. */
  d = hustings_donation_store_get (file, gift, NULL);
  hustings_donation_set_amount (d, 40000);
  g_assert_false (hustings_donation_store_update (file, d, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);

  /* Deleting the gift takes its refund with it; totals return to nothing. */
  g_assert_true (hustings_donation_store_delete (file, gift, &error));
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, 0);
  g_assert_cmpint (total (file, ann, HUSTINGS_TOTAL_ELECTION, "P2026"), ==, 0);
}

static void
test_list_range_and_sums (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 ann = test_add_person (file, "Ann", "Lee");
  gint64 bo = test_add_person (file, "Bo", "Diaz");
  g_autoptr(HustingsDonationList) list = NULL;
  g_autoptr(HustingsDonation) first = NULL;
  gint64 big;

  test_give (file, ann, "2026-01-05", 2500, NULL);
  big = test_give (file, bo, "2026-02-10", 100000, NULL);
  test_give (file, ann, "2026-03-15", 5000, NULL);
  list = hustings_donation_list_new (file);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  g_assert_cmpint (hustings_donation_list_get_total (list), ==, 107500);
  g_assert_cmpint (hustings_donation_list_get_count (list), ==, 3);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0); /* newest first */
  g_assert_cmpstr (hustings_donation_get_date (first), ==, "2026-03-15");
  g_clear_object (&first);

  hustings_donation_list_set_range (list, "2026-02-01", "2026-03-15");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_cmpint (hustings_donation_list_get_total (list), ==, 105000);
  hustings_donation_list_set_range (list, NULL, "2026-01-31");
  g_assert_cmpint (hustings_donation_list_get_total (list), ==, 2500);
  hustings_donation_list_set_range (list, NULL, NULL);

  hustings_donation_list_set_sort (list, HUSTINGS_DONATION_SORT_AMOUNT, TRUE);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpint (hustings_donation_get_id (first), ==, big);
  g_clear_object (&first);
  hustings_donation_list_set_sort (list, HUSTINGS_DONATION_SORT_DONOR, FALSE); /* Diaz first */
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (hustings_donation_get_contact_name (first), ==, "Bo Diaz");
  g_clear_object (&first);

  /* Hiding (a delete that can be undone) takes a row out of the list and the sums. */
  hustings_donation_list_set_sort (list, HUSTINGS_DONATION_SORT_DATE, TRUE);
  hustings_donation_list_hide (list, big);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_cmpint (hustings_donation_list_get_total (list), ==, 7500);
  g_assert_cmpint (hustings_donation_list_get_count (list), ==, 2);
  hustings_donation_list_unhide (list, big);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  g_assert_cmpint (hustings_donation_list_get_total (list), ==, 107500);

  /* A donor renamed: the rows shown say so, in place. */
  {
    g_autoptr(HustingsDonation) shown = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_autoptr(HustingsDonation) now = NULL;
    g_autoptr(HustingsContact) donor = NULL;

    donor = hustings_contact_store_get (file, hustings_donation_get_contact_id (shown), NULL);

    hustings_contact_set_field (donor, HUSTINGS_CONTACT_LAST_NAME, "Renamed");
    g_assert_true (hustings_contact_store_update (file, donor, NULL));
    now = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_assert_cmpint (hustings_donation_get_id (now), ==, hustings_donation_get_id (shown));
    g_assert_nonnull (strstr (hustings_donation_get_contact_name (now), "Renamed"));
  }

  /* The list and its sums follow the file. */
  refund (file, bo, big, "2026-04-01", -100000, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);
  g_assert_cmpint (hustings_donation_list_get_total (list), ==, 7500);
  g_assert_cmpint (hustings_donation_list_get_count (list), ==, 3);
  g_assert_true (hustings_contact_store_delete (file, ann, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_cmpint (hustings_donation_list_get_total (list), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/donations/add-and-totals", test_add_and_totals);
  g_test_add_func ("/donations/edit-redate-delete", test_edit_redate_delete);
  g_test_add_func ("/donations/validation", test_validation);
  g_test_add_func ("/donations/receipt-line", test_receipt_line);
  g_test_add_func ("/donations/adjustment-pairs", test_adjustment_pairs);
  g_test_add_func ("/donations/source-ids-are-unique", test_source_ids_are_unique);
  g_test_add_func ("/donations/refunds", test_refunds);
  g_test_add_func ("/donations/list-range-and-sums", test_list_range_and_sums);
  return g_test_run ();
}
