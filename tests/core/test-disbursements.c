/* test-disbursements.c: money paid out: the lines and categories, the store and its rules, the
 * list the Disbursements page shows, and what happens when a payee is deleted.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "test-util.h"

static gint64
test_add_org (HustingsCommitteeFile *file,
              const char            *name)
{
  g_autoptr(HustingsContact) c = hustings_contact_new (HUSTINGS_ENTITY_ORG);
  g_autoptr(GError) error = NULL;

  hustings_contact_set_field (c, HUSTINGS_CONTACT_ORG_NAME, name);
  g_assert_true (hustings_contact_store_add (file, c, &error));
  g_assert_no_error (error);
  return hustings_contact_get_id (c);
}

static HustingsDisbursement *
make (gint64      payee,
      const char *date,
      gint64      cents,
      const char *purpose)
{
  HustingsDisbursement *d = hustings_disbursement_new ();

  hustings_disbursement_set_contact_id (d, payee);
  hustings_disbursement_set_date (d, date);
  hustings_disbursement_set_amount (d, cents);
  hustings_disbursement_set_purpose (d, purpose);
  return d;
}

static gint64
pay (HustingsCommitteeFile *file,
     gint64                 payee,
     const char            *date,
     gint64                 cents,
     const char            *purpose,
     const char            *category)
{
  g_autoptr(HustingsDisbursement) d = make (payee, date, cents, purpose);
  g_autoptr(GError) error = NULL;

  hustings_disbursement_set_category (d, category);
  g_assert_true (hustings_disbursement_store_add (file, d, &error));
  g_assert_no_error (error);
  return hustings_disbursement_get_id (d);
}

/* A PAC's file: Form 3X. */
static HustingsCommitteeFile *
new_pac_file (void)
{
  g_autoptr(HustingsCommittee) c = test_committee ();
  g_autoptr(GError) error = NULL;
  char *dir = test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "pac.hustings", NULL);
  HustingsCommitteeFile *file;

  g_test_queue_destroy ((GDestroyNotify) test_rm_rf, dir);
  c->type = HUSTINGS_COMMITTEE_PAC;
  file = hustings_committee_file_create (path, c, &error);
  g_assert_no_error (error);
  g_test_queue_unref (file);
  return file;
}

static void
test_lines_and_categories (void)
{
  const char * const f3[] = {
    "SB17", "SB18", "SB19A", "SB19B", "SB20A", "SB20B", "SB20C", "SB21", NULL
  };
  const char * const f3x[] = {
    "SB21B", "SB22", "SB23", "SB26", "SB27", "SB28A", "SB28B", "SB28C", "SB29", "SB30B", NULL
  };
  const char * const *categories = hustings_disbursement_categories ();
  g_autofree char *seventeen = hustings_disbursement_line_describe ("SB17");
  g_autofree char *refunds = hustings_disbursement_line_describe ("SB20A");
  g_autofree char *unknown = hustings_disbursement_line_describe ("SB99");

  g_assert_true (g_strv_equal ((const char * const *) hustings_disbursement_lines ("F3"), f3));
  g_assert_true (g_strv_equal ((const char * const *) hustings_disbursement_lines ("F3X"), f3x));
  g_assert_null (hustings_disbursement_lines ("F99"));
  g_assert_cmpstr (hustings_disbursement_default_line ("F3"), ==, "SB17");
  g_assert_cmpstr (hustings_disbursement_default_line ("F3X"), ==, "SB21B");
  for (guint i = 0; f3[i]; i++)
    g_assert_cmpstr (hustings_disbursement_line_form (f3[i]), ==, "F3");
  for (guint i = 0; f3x[i]; i++)
    {
      g_autofree char *text = hustings_disbursement_line_describe (f3x[i]);

      g_assert_cmpstr (hustings_disbursement_line_form (f3x[i]), ==, "F3X");
      g_assert_cmpstr (text, !=, "");
    }
  g_assert_null (hustings_disbursement_line_form ("SB99"));
  g_assert_cmpstr (seventeen, ==, "17 Operating expenditures");
  g_assert_cmpstr (refunds, ==, "20(a) Contribution refunds to individuals");
  g_assert_cmpstr (unknown, ==, "");
  {
    g_autofree char *party = hustings_disbursement_line_describe ("SB28B");

    g_assert_cmpstr (party, ==, "28(b) Contribution refunds to political party committees");
  }

  /* The ways people write a line. */
  g_assert_cmpstr (hustings_disbursement_line_parse ("SB17", "F3"), ==, "SB17");
  g_assert_cmpstr (hustings_disbursement_line_parse ("sb20a", "F3"), ==, "SB20A");
  g_assert_cmpstr (hustings_disbursement_line_parse ("Line 20(a)", "F3"), ==, "SB20A");
  g_assert_cmpstr (hustings_disbursement_line_parse ("17", "F3"), ==, "SB17");
  g_assert_cmpstr (hustings_disbursement_line_parse ("21b", "F3X"), ==, "SB21B");
  g_assert_null (hustings_disbursement_line_parse ("21b", "F3"));
  g_assert_null (hustings_disbursement_line_parse ("17", "F3X"));
  g_assert_null (hustings_disbursement_line_parse ("", "F3"));
  g_assert_null (hustings_disbursement_line_parse ("SB", "F3"));

  g_assert_cmpuint (g_strv_length ((char **) categories), ==, 12);
  g_assert_cmpstr (categories[0], ==, "001");
  g_assert_cmpstr (categories[11], ==, "012");
  g_assert_cmpstr (hustings_disbursement_category_label ("004"), ==, "Advertising");
  g_assert_cmpstr (hustings_disbursement_category_label (""), ==, "");
  g_assert_null (hustings_disbursement_category_label ("013"));
  g_assert_null (hustings_disbursement_category_label ("4"));
  g_assert_cmpstr (hustings_disbursement_category_parse ("4"), ==, "004");
  g_assert_cmpstr (hustings_disbursement_category_parse ("004"), ==, "004");
  g_assert_cmpstr (hustings_disbursement_category_parse ("012"), ==, "012");
  g_assert_cmpstr (hustings_disbursement_category_parse ("004 Advertising"), ==, "004");
  g_assert_cmpstr (hustings_disbursement_category_parse ("advertising"), ==, "004");
  g_assert_cmpstr (hustings_disbursement_category_parse ("Campaign materials"), ==, "006");
  g_assert_cmpstr (hustings_disbursement_category_parse ("ADMINISTRATIVE"), ==, "001");
  g_assert_cmpstr (hustings_disbursement_category_parse ("Solicitation and Fund Raising "
                                                         "Expenses"), ==, "003");
  g_assert_cmpstr (hustings_disbursement_category_parse ("Refunds of contributions"), ==, "010");
  g_assert_null (hustings_disbursement_category_parse ("Adv"));
  g_assert_cmpstr (hustings_disbursement_category_parse (""), ==, "");
  g_assert_null (hustings_disbursement_category_parse ("13"));
  g_assert_null (hustings_disbursement_category_parse ("0"));
  g_assert_null (hustings_disbursement_category_parse ("1234"));
  g_assert_null (hustings_disbursement_category_parse ("Groceries"));
}

static void
test_add_edit_delete (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 printer = test_add_org (file, "Foothill Printing Co.");
  gint64 ann = test_add_person (file, "Ann", "Lee");
  g_autoptr(HustingsDisbursement) d = make (printer, "2026-03-04", 125000, "  Yard signs  ");
  g_autoptr(HustingsDisbursement) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line_text = NULL;
  g_autofree char *amount_text = NULL;
  g_autofree char *category_text = NULL;
  gboolean memo_entry = TRUE;
  guint changed = 0, donations_changed = 0;

  g_signal_connect (file, "disbursements-changed", G_CALLBACK (test_count_cb), &changed);
  g_signal_connect (file, "donations-changed", G_CALLBACK (test_count_cb), &donations_changed);

  hustings_disbursement_set_category (d, "006");
  hustings_disbursement_set_election (d, "P2026");
  hustings_disbursement_set_check_number (d, " 1042 ");
  hustings_disbursement_set_memo (d, "Invoice 88");
  hustings_disbursement_set_source (d, "Ledger", "L-7");
  g_assert_cmpstr (hustings_disbursement_get_line (d), ==, "");
  g_assert_true (hustings_disbursement_store_add (file, d, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hustings_disbursement_get_id (d), >, 0);
  g_assert_cmpstr (hustings_disbursement_get_line (d), ==, "SB17"); /* Form 3's usual line */
  g_assert_cmpstr (hustings_disbursement_get_payee_name (d), ==, "Foothill Printing Co.");
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (donations_changed, ==, 0);
  g_assert_cmpint (hustings_disbursement_store_count (file), ==, 1);

  read = hustings_disbursement_store_get (file, hustings_disbursement_get_id (d), &error);
  g_assert_no_error (error);
  g_assert_cmpint (hustings_disbursement_get_contact_id (read), ==, printer);
  g_assert_cmpstr (hustings_disbursement_get_payee_name (read), ==, "Foothill Printing Co.");
  g_assert_cmpstr (hustings_disbursement_get_date (read), ==, "2026-03-04");
  g_assert_cmpint (hustings_disbursement_get_amount (read), ==, 125000);
  g_assert_cmpstr (hustings_disbursement_get_purpose (read), ==, "Yard signs");
  g_assert_cmpstr (hustings_disbursement_get_category (read), ==, "006");
  g_assert_cmpstr (hustings_disbursement_get_election (read), ==, "P2026");
  g_assert_cmpstr (hustings_disbursement_get_check_number (read), ==, "1042");
  g_assert_cmpstr (hustings_disbursement_get_memo (read), ==, "Invoice 88");
  g_assert_cmpstr (hustings_disbursement_get_source (read), ==, "Ledger");
  g_assert_cmpstr (hustings_disbursement_get_source_id (read), ==, "L-7");
  g_assert_null (hustings_disbursement_get_tran_id (read));
  g_assert_false (hustings_disbursement_get_memo_entry (read));

  /* What list cells bind to. */
  g_object_get (read, "line-text", &line_text, "amount-text", &amount_text,
                "category-text", &category_text, "memo-entry", &memo_entry, NULL);
  g_assert_cmpstr (line_text, ==, "17 Operating expenditures");
  g_assert_cmpstr (amount_text, ==, "$1,250.00");
  g_assert_cmpstr (category_text, ==, "Campaign materials");
  g_assert_false (memo_entry);

  /* Edited: another payee, line and amount; a memo entry; an id from a .fec. */
  hustings_disbursement_set_contact_id (read, ann);
  hustings_disbursement_set_line (read, "SB21");
  hustings_disbursement_set_amount (read, -5000);
  hustings_disbursement_set_memo_entry (read, TRUE);
  hustings_disbursement_set_election (read, "");
  hustings_disbursement_set_tran_id (read, "B123");
  g_assert_true (hustings_disbursement_store_update (file, read, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 2);
  g_clear_object (&d);
  d = hustings_disbursement_store_get (file, hustings_disbursement_get_id (read), NULL);
  g_assert_cmpstr (hustings_disbursement_get_payee_name (d), ==, "Ann Lee");
  g_assert_cmpstr (hustings_disbursement_get_line (d), ==, "SB21");
  g_assert_cmpint (hustings_disbursement_get_amount (d), ==, -5000);
  g_assert_true (hustings_disbursement_get_memo_entry (d));
  g_assert_null (hustings_disbursement_get_election (d));
  g_assert_cmpstr (hustings_disbursement_get_tran_id (d), ==, "B123");

  g_assert_true (hustings_disbursement_store_delete (file, hustings_disbursement_get_id (d),
                                                     &error));
  g_assert_cmpuint (changed, ==, 3);
  g_assert_null (hustings_disbursement_store_get (file, hustings_disbursement_get_id (d),
                                                  &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (hustings_disbursement_store_delete (file, hustings_disbursement_get_id (d),
                                                      &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (hustings_disbursement_store_update (file, d, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  g_assert_cmpuint (changed, ==, 3);
  g_assert_cmpint (hustings_disbursement_store_count (file), ==, 0);
}

static void
test_validation (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  HustingsCommitteeFile *pac = NULL;
  gint64 vendor = test_add_org (file, "Blue Sky Marketing");
  g_autofree char *hundred = g_strnfill (100, 'x');
  g_autofree char *too_long = g_strnfill (101, 'x');
  g_autofree char *accented = g_strnfill (99, 'x');
  g_autofree char *accented_ok = g_strconcat (accented, "é", NULL);
  static const struct {
    gboolean    no_payee;
    const char *date;
    gint64      cents;
    const char *purpose;
    const char *category;
    const char *line;
    const char *election;
    const char *memo;
    const char *says;
  } bad[] = {
    { TRUE, "2026-03-01", 100, "Rent", "", "", NULL, "", "Choose the payee" },
    { FALSE, "2026-02-30", 100, "Rent", "", "", NULL, "", "real date" },
    { FALSE, "", 100, "Rent", "", "", NULL, "", "real date" },
    { FALSE, "2026-03-01", 0, "Rent", "", "", NULL, "", "cannot be zero" },
    { FALSE, "2026-03-01", G_GINT64_CONSTANT (100000000000), "Rent", "", "", NULL, "",
      "$999,999,999.99" },
    { FALSE, "2026-03-01", 100, "   ", "", "", NULL, "", "requires a purpose" },
    { FALSE, "2026-03-01", 100, "Rent", "013", "", NULL, "", "001 to 012" },
    { FALSE, "2026-03-01", 100, "Rent", "4", "", NULL, "", "001 to 012" },
    { FALSE, "2026-03-01", 100, "Rent", "", "SB99", NULL, "", "not a line of Schedule B" },
    { FALSE, "2026-03-01", 100, "Rent", "", "SB21B", NULL, "",
      "Line 21(b) is on Form 3X, but this committee files Form 3" },
    { FALSE, "2026-03-01", 100, "Rent", "", "", "R2026", "", "not one of the committee" },
  };
  g_autoptr(HustingsDisbursement) ok = NULL;
  g_autoptr(GError) error = NULL;
  guint changed = 0;

  g_signal_connect (file, "disbursements-changed", G_CALLBACK (test_count_cb), &changed);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(HustingsDisbursement) d = make (bad[i].no_payee ? 0 : vendor, bad[i].date,
                                                bad[i].cents, bad[i].purpose);

      hustings_disbursement_set_category (d, bad[i].category);
      hustings_disbursement_set_line (d, bad[i].line);
      hustings_disbursement_set_election (d, bad[i].election);
      hustings_disbursement_set_memo (d, bad[i].memo);
      g_assert_false (hustings_disbursement_store_add (file, d, &error));
      g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
      if (strstr (error->message, bad[i].says) == NULL)
        g_error ("case %u: “%s” does not say “%s”", i, error->message, bad[i].says);
      g_assert_cmpint (hustings_disbursement_get_id (d), ==, 0);
      g_clear_error (&error);
    }

  /* The FEC's 100 characters: at most, not more; characters, not bytes. */
  ok = make (vendor, "2026-03-01", 100, too_long);
  g_assert_false (hustings_disbursement_store_add (file, ok, &error));
  g_assert_nonnull (strstr (error->message, "The purpose is 101 characters long"));
  g_clear_error (&error);
  hustings_disbursement_set_purpose (ok, hundred);
  hustings_disbursement_set_memo (ok, too_long);
  g_assert_false (hustings_disbursement_store_add (file, ok, &error));
  g_assert_nonnull (strstr (error->message, "The memo is 101 characters long"));
  g_clear_error (&error);
  g_assert_cmpuint (changed, ==, 0);
  hustings_disbursement_set_memo (ok, accented_ok);
  g_assert_true (hustings_disbursement_store_add (file, ok, &error));
  g_assert_no_error (error);
  g_clear_object (&ok);

  /* A negative amount (a voided check) is a disbursement too; so is any line of Form 3. */
  for (const char * const *line = hustings_disbursement_lines ("F3"); *line; line++)
    {
      ok = make (vendor, "2026-03-01", -2500, "Void of check 1041");
      hustings_disbursement_set_line (ok, *line);
      g_assert_true (hustings_disbursement_store_add (file, ok, &error));
      g_assert_no_error (error);
      g_clear_object (&ok);
    }

  /* Form 3X: its own lines and its own default. */
  pac = new_pac_file ();
  vendor = test_add_org (pac, "Blue Sky Marketing");
  ok = make (vendor, "2026-03-01", 100, "Rent");
  hustings_disbursement_set_line (ok, "SB17");
  g_assert_false (hustings_disbursement_store_add (pac, ok, &error));
  g_assert_nonnull (strstr (error->message,
                            "Line 17 is on Form 3, but this committee files Form 3X: choose one "
                            "of its lines, such as 21(b) Other federal operating expenditures"));
  g_clear_error (&error);
  hustings_disbursement_set_line (ok, "");
  g_assert_true (hustings_disbursement_store_add (pac, ok, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hustings_disbursement_get_line (ok), ==, "SB21B");

  /* A source's id is never recorded twice. */
  g_clear_object (&ok);
  ok = make (vendor, "2026-03-02", 100, "Rent");
  hustings_disbursement_set_source (ok, "Ledger", "7");
  g_assert_true (hustings_disbursement_store_add (pac, ok, &error));
  g_clear_object (&ok);
  ok = make (vendor, "2026-03-03", 200, "Rent");
  hustings_disbursement_set_source (ok, "Ledger", "7");
  g_assert_false (hustings_disbursement_store_add (pac, ok, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "already recorded: Ledger payment 7"));
}

static guint
n_items (HustingsDisbursementList *list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

static gint64
id_at (HustingsDisbursementList *list,
       guint                     position)
{
  g_autoptr(HustingsDisbursement) d = g_list_model_get_item (G_LIST_MODEL (list), position);

  g_assert_cmpint (hustings_disbursement_list_get_id (list, position), ==,
                   hustings_disbursement_get_id (d));
  return hustings_disbursement_get_id (d);
}

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_list_search_and_sums (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 landlord = test_add_org (file, "Fulton Street Properties");
  gint64 printer = test_add_org (file, "Imprenta Peña");
  gint64 ann = test_add_person (file, "Ann", "Lee");
  g_autoptr(HustingsDisbursementList) list = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 rent, signs, salary, card_item;
  gint64 total = 0, count = 0;
  guint notified = 0;

  rent = pay (file, landlord, "2026-01-01", 150000, "Office rent, January", "001");
  signs = pay (file, printer, "2026-02-10", 80000, "Yard signs", "006");
  salary = pay (file, ann, "2026-03-15", 250000, "Salary", "001");
  {
    g_autoptr(HustingsDisbursement) item = make (printer, "2026-02-11", 3000, "Stamps");

    hustings_disbursement_set_memo_entry (item, TRUE);
    hustings_disbursement_set_check_number (item, "7781");
    g_assert_true (hustings_disbursement_store_add (file, item, NULL));
    card_item = hustings_disbursement_get_id (item);
  }

  list = hustings_disbursement_list_new (file);
  g_signal_connect (list, "notify::total", G_CALLBACK (notify_count_cb), &notified);
  g_assert_cmpuint (n_items (list), ==, 4);
  /* Memo entries are listed and counted, not added: the payment they detail is. */
  g_assert_cmpint (hustings_disbursement_list_get_total (list), ==, 480000);
  g_assert_cmpint (hustings_disbursement_list_get_count (list), ==, 4);
  g_assert_cmpint (id_at (list, 0), ==, salary); /* newest first */
  g_assert_cmpint (id_at (list, 3), ==, rent);

  hustings_disbursement_list_set_range (list, "2026-02-01", "2026-02-28");
  g_assert_cmpuint (n_items (list), ==, 2);
  g_assert_cmpint (hustings_disbursement_list_get_total (list), ==, 80000);
  g_assert_cmpuint (notified, ==, 1);
  hustings_disbursement_list_set_range (list, "", NULL);
  g_assert_cmpuint (n_items (list), ==, 4);

  /* Search: payee, purpose, category, check number; every word; accents and case ignored. */
  hustings_disbursement_list_set_search (list, "pena");
  g_assert_cmpuint (n_items (list), ==, 2);
  hustings_disbursement_list_set_search (list, "PEÑA yard");
  g_assert_cmpuint (n_items (list), ==, 1);
  g_assert_cmpint (id_at (list, 0), ==, signs);
  g_assert_cmpint (hustings_disbursement_list_get_total (list), ==, 80000);
  hustings_disbursement_list_set_search (list, "salaries");
  g_assert_cmpuint (n_items (list), ==, 2);
  hustings_disbursement_list_set_search (list, "7781");
  g_assert_cmpuint (n_items (list), ==, 1);
  g_assert_cmpint (id_at (list, 0), ==, card_item);
  g_assert_cmpint (hustings_disbursement_list_get_total (list), ==, 0);
  g_assert_cmpint (hustings_disbursement_list_get_count (list), ==, 1);
  hustings_disbursement_list_set_search (list, "rent jan");
  g_assert_cmpuint (n_items (list), ==, 1);
  hustings_disbursement_list_set_search (list, "nothing like it");
  g_assert_cmpuint (n_items (list), ==, 0);
  g_assert_cmpint (hustings_disbursement_list_get_total (list), ==, 0);
  hustings_disbursement_store_sum (file, NULL, NULL, "  ", &total, &count);
  g_assert_cmpint (total, ==, 480000);
  g_assert_cmpint (count, ==, 4);
  hustings_disbursement_list_set_search (list, " ");
  g_assert_cmpuint (n_items (list), ==, 4);

  /* Sorting. */
  hustings_disbursement_list_set_sort (list, HUSTINGS_DISBURSEMENT_SORT_AMOUNT, TRUE);
  g_assert_cmpint (id_at (list, 0), ==, salary);
  g_assert_cmpint (id_at (list, 3), ==, card_item);
  hustings_disbursement_list_set_sort (list, HUSTINGS_DISBURSEMENT_SORT_PAYEE, FALSE);
  g_assert_cmpint (id_at (list, 0), ==, rent);                         /* Fulton… */
  g_assert_cmpint (id_at (list, 1), ==, signs);                        /* Imprenta, by date */
  g_assert_cmpint (id_at (list, 2), ==, card_item);
  g_assert_cmpint (id_at (list, 3), ==, salary);                       /* Lee, Ann */
  ids = hustings_disbursement_store_list_ids (file, NULL, "2026-02-28", NULL,
                                              HUSTINGS_DISBURSEMENT_SORT_DATE, FALSE);
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, rent);
  g_assert_cmpint (g_array_index (ids, gint64, 2), ==, card_item);

  /* Hidden (a delete that can be undone): out of the list and the sums, then back. */
  hustings_disbursement_list_set_sort (list, HUSTINGS_DISBURSEMENT_SORT_DATE, TRUE);
  hustings_disbursement_list_hide (list, salary);
  hustings_disbursement_list_hide (list, card_item);
  g_assert_cmpuint (n_items (list), ==, 2);
  g_assert_cmpint (hustings_disbursement_list_get_total (list), ==, 230000);
  g_assert_cmpint (hustings_disbursement_list_get_count (list), ==, 2);
  hustings_disbursement_list_unhide (list, salary);
  hustings_disbursement_list_unhide (list, card_item);
  g_assert_cmpuint (n_items (list), ==, 4);
  g_assert_cmpint (hustings_disbursement_list_get_total (list), ==, 480000);

  /* A payee renamed: the rows say so in place, and a search finds the new name. */
  {
    g_autoptr(HustingsContact) payee = hustings_contact_store_get (file, landlord, NULL);
    g_autoptr(HustingsDisbursement) shown = g_list_model_get_item (G_LIST_MODEL (list), 3);
    g_autoptr(HustingsDisbursement) now = NULL;

    g_assert_cmpstr (hustings_disbursement_get_payee_name (shown), ==,
                     "Fulton Street Properties");
    hustings_disbursement_list_set_search (list, "landmark");
    g_assert_cmpuint (n_items (list), ==, 0);
    hustings_contact_set_field (payee, HUSTINGS_CONTACT_ORG_NAME, "Landmark Realty");
    g_assert_true (hustings_contact_store_update (file, payee, NULL));
    g_assert_cmpuint (n_items (list), ==, 1);
    hustings_disbursement_list_set_search (list, NULL);
    now = g_list_model_get_item (G_LIST_MODEL (list), 3);
    g_assert_cmpint (hustings_disbursement_get_id (now), ==, rent);
    g_assert_cmpstr (hustings_disbursement_get_payee_name (now), ==, "Landmark Realty");
  }

  /* Edits in the file show. */
  {
    g_autoptr(HustingsDisbursement) d = hustings_disbursement_store_get (file, rent, NULL);

    hustings_disbursement_set_amount (d, 160000);
    g_assert_true (hustings_disbursement_store_update (file, d, NULL));
    g_assert_cmpint (hustings_disbursement_list_get_total (list), ==, 490000);
  }
}

static void
test_delete_payee (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 printer = test_add_org (file, "Foothill Printing Co.");
  gint64 ann = test_add_person (file, "Ann", "Lee");
  g_autoptr(HustingsDisbursementList) list = NULL;
  g_autoptr(GError) error = NULL;
  guint changed = 0, donations_changed = 0;

  pay (file, printer, "2026-01-10", 40000, "Flyers", "006");
  pay (file, printer, "2026-02-10", 60000, "Yard signs", "006");
  pay (file, ann, "2026-02-15", 9900, "Mileage reimbursement", "002");
  test_give (file, ann, "2026-01-05", 2500, NULL);
  list = hustings_disbursement_list_new (file);
  g_assert_cmpuint (n_items (list), ==, 3);

  g_signal_connect (file, "disbursements-changed", G_CALLBACK (test_count_cb), &changed);
  g_signal_connect (file, "donations-changed", G_CALLBACK (test_count_cb), &donations_changed);

  /* The payee goes, and their disbursements with them; the list says so. */
  g_assert_true (hustings_contact_store_delete (file, printer, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (donations_changed, ==, 0);
  g_assert_cmpint (hustings_disbursement_store_count (file), ==, 1);
  g_assert_cmpuint (n_items (list), ==, 1);
  g_assert_cmpint (hustings_disbursement_list_get_total (list), ==, 9900);

  /* A payee who also gave: both go, both lists hear of it. */
  g_assert_true (hustings_contact_store_delete (file, ann, &error));
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpuint (donations_changed, ==, 1);
  g_assert_cmpuint (n_items (list), ==, 0);
  g_assert_cmpint (hustings_disbursement_list_get_total (list), ==, 0);
  g_assert_cmpint (hustings_disbursement_list_get_count (list), ==, 0);
}

static gboolean
collect_cb (HustingsDisbursement *d,
            gpointer              user_data)
{
  g_ptr_array_add (user_data, g_object_ref (d));
  return ((GPtrArray *) user_data)->len < 3;
}

static void
test_foreach (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 vendor = test_add_org (file, "Riverbend Office Supply");
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 later = pay (file, vendor, "2026-05-01", 100, "Paper", "001");
  gint64 earlier = pay (file, vendor, "2026-04-01", 200, "Toner", "001");

  pay (file, vendor, "2026-06-01", 300, "Pens", "001");
  pay (file, vendor, "2026-07-01", 400, "Folders", "001");
  pay (file, vendor, "2026-08-01", 500, "Labels", "001");

  /* By date, in the range, and stopping when asked. */
  g_assert_true (hustings_disbursement_store_foreach (file, "2026-04-01", "2026-05-31",
                                                      collect_cb, seen, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen->len, ==, 2);
  g_assert_cmpint (hustings_disbursement_get_id (seen->pdata[0]), ==, earlier);
  g_assert_cmpint (hustings_disbursement_get_id (seen->pdata[1]), ==, later);
  g_assert_cmpstr (hustings_disbursement_get_payee_name (seen->pdata[1]), ==,
                   "Riverbend Office Supply");
  g_ptr_array_set_size (seen, 0);
  g_assert_true (hustings_disbursement_store_foreach (file, NULL, NULL, collect_cb, seen,
                                                      &error));
  g_assert_cmpuint (seen->len, ==, 3);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/disbursements/lines-and-categories", test_lines_and_categories);
  g_test_add_func ("/disbursements/add-edit-delete", test_add_edit_delete);
  g_test_add_func ("/disbursements/validation", test_validation);
  g_test_add_func ("/disbursements/list-search-and-sums", test_list_search_and_sums);
  g_test_add_func ("/disbursements/delete-payee", test_delete_payee);
  g_test_add_func ("/disbursements/foreach", test_foreach);
  return g_test_run ();
}
