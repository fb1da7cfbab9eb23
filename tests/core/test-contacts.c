/* test-contacts.c: contacts, their search, and the lazy contact list.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "test-util.h"

static void
test_crud (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsContact) c = test_person ("José", "Álvarez");
  g_autoptr(HustingsContact) back = NULL;
  g_autoptr(HustingsContact) gone = NULL;
  const char *emails[] = { "jose@example.org", " jalvarez@work.example.com ", "", NULL };
  const char *phones[] = { "512-555-0100", NULL };
  const char *tags[] = { "volunteer", "host committee", NULL };
  gint64 id;

  hustings_contact_set_field (c, HUSTINGS_CONTACT_MIDDLE_NAME, "M.");
  hustings_contact_set_field (c, HUSTINGS_CONTACT_STREET1, " 12 Congress Ave ");
  hustings_contact_set_field (c, HUSTINGS_CONTACT_CITY, "Austin");
  hustings_contact_set_field (c, HUSTINGS_CONTACT_STATE, "TX");
  hustings_contact_set_field (c, HUSTINGS_CONTACT_ZIP, "78701");
  hustings_contact_set_field (c, HUSTINGS_CONTACT_EMPLOYER, "Dell");
  hustings_contact_set_field (c, HUSTINGS_CONTACT_OCCUPATION, "Engineer");
  hustings_contact_set_field (c, HUSTINGS_CONTACT_NOTES, "Met at the\ntown hall.");
  hustings_contact_set_emails (c, emails);
  hustings_contact_set_phones (c, phones);
  hustings_contact_set_tags (c, tags);

  g_assert_true (hustings_contact_store_add (file, c, &error));
  g_assert_no_error (error);
  id = hustings_contact_get_id (c);
  g_assert_cmpint (id, >, 0);
  g_assert_nonnull (hustings_contact_get_created_at (c));

  back = hustings_contact_store_get (file, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hustings_contact_get_display_name (back), ==, "José M. Álvarez");
  g_assert_cmpstr (hustings_contact_get_field (back, HUSTINGS_CONTACT_STREET1), ==,
                   "12 Congress Ave");
  g_assert_cmpstr (hustings_contact_get_field (back, HUSTINGS_CONTACT_NOTES), ==,
                   "Met at the\ntown hall.");
  g_assert_cmpuint (g_strv_length ((GStrv) hustings_contact_get_emails (back)), ==, 2);
  g_assert_cmpstr (hustings_contact_get_emails (back)[1], ==, "jalvarez@work.example.com");
  g_assert_cmpstr (hustings_contact_get_phones (back)[0], ==, "512-555-0100");
  g_assert_cmpstr (hustings_contact_get_tags (back)[0], ==, "host committee");
  {
    g_autofree char *sort = hustings_contact_dup_sort_name (back);
    g_autofree char *place = NULL;

    g_assert_cmpstr (sort, ==, "alvarez, jose m.");
    g_object_get (back, "city-state", &place, NULL);
    g_assert_cmpstr (place, ==, "Austin, TX");
  }

  /* Edit: fields, lists and type all change together. */
  hustings_contact_set_entity_type (back, HUSTINGS_ENTITY_ORG);
  hustings_contact_set_field (back, HUSTINGS_CONTACT_ORG_NAME, "Álvarez Consulting LLC");
  hustings_contact_set_emails (back, (const char *[]) { "office@alvarez.example", NULL });
  hustings_contact_set_tags (back, (const char *[]) { "vendor", NULL });
  g_assert_true (hustings_contact_store_update (file, back, &error));
  g_assert_no_error (error);
  g_clear_object (&back);
  back = hustings_contact_store_get (file, id, &error);
  g_assert_cmpint (hustings_contact_get_entity_type (back), ==, HUSTINGS_ENTITY_ORG);
  g_assert_cmpstr (hustings_contact_get_display_name (back), ==, "Álvarez Consulting LLC");
  g_assert_cmpuint (g_strv_length ((GStrv) hustings_contact_get_emails (back)), ==, 1);
  g_assert_cmpstr (hustings_contact_get_tags (back)[0], ==, "vendor");
  {
    g_auto(GStrv) all_tags = hustings_contact_store_list_tags (file);

    g_assert_true (g_strv_contains ((const char * const *) all_tags, "vendor"));
    g_assert_true (g_strv_contains ((const char * const *) all_tags, "volunteer"));
  }

  g_assert_true (hustings_contact_store_delete (file, id, &error));
  g_assert_no_error (error);
  gone = hustings_contact_store_get (file, id, &error);
  g_assert_null (gone);
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (hustings_contact_store_delete (file, id, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
}

static void
test_validation (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  static const struct { HustingsContactField field; const char *value; const char *says; } bad[] = {
    { HUSTINGS_CONTACT_STATE, "Texas", "State" },
    { HUSTINGS_CONTACT_ZIP, "787", "ZIP" },
    { HUSTINGS_CONTACT_FEC_ID, "X123", "FEC ID" },
  };
  g_autoptr(HustingsContact) nameless = hustings_contact_new (HUSTINGS_ENTITY_IND);
  g_autoptr(HustingsContact) org = hustings_contact_new (HUSTINGS_ENTITY_PAC);
  g_autoptr(HustingsContact) bad_email = test_person ("Ann", "Lee");
  g_autoptr(GError) error = NULL;

  g_assert_false (hustings_contact_store_add (file, nameless, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);
  hustings_contact_set_field (org, HUSTINGS_CONTACT_FIRST_NAME, "Someone");
  g_assert_false (hustings_contact_store_add (file, org, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "organization name"));
  g_clear_error (&error);
  hustings_contact_set_emails (bad_email, (const char *[]) { "ann at example", NULL });
  g_assert_false (hustings_contact_store_add (file, bad_email, &error));
  g_assert_nonnull (strstr (error->message, "Email"));
  g_clear_error (&error);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(HustingsContact) c = test_person ("Ann", "Lee");

      hustings_contact_set_field (c, bad[i].field, bad[i].value);
      g_assert_false (hustings_contact_store_add (file, c, &error));
      g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, bad[i].says));
      g_clear_error (&error);
    }
  g_assert_cmpint (hustings_committee_file_count_contacts (file), ==, 0);
}

static gint64
add_full (HustingsCommitteeFile *file, const char *first, const char *last, const char *city,
          const char *state, const char *zip, const char *employer, const char *email)
{
  g_autoptr(HustingsContact) c = test_person (first, last);
  g_autoptr(GError) error = NULL;

  hustings_contact_set_field (c, HUSTINGS_CONTACT_CITY, city);
  hustings_contact_set_field (c, HUSTINGS_CONTACT_STATE, state);
  hustings_contact_set_field (c, HUSTINGS_CONTACT_ZIP, zip);
  hustings_contact_set_field (c, HUSTINGS_CONTACT_EMPLOYER, employer);
  if (email)
    hustings_contact_set_emails (c, (const char *[]) { email, NULL });
  hustings_contact_store_add (file, c, &error);
  g_assert_no_error (error);
  return hustings_contact_get_id (c);
}

static guint
n_matches (HustingsCommitteeFile *file, const char *text)
{
  g_autoptr(GArray) ids = hustings_contact_store_search_ids (file, text);

  return ids->len;
}

static void
test_search (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 maria = add_full (file, "María", "Peña", "San Antonio", "TX", "78205", "H-E-B",
                           "maria.pena@example.org");
  gint64 mark = add_full (file, "Mark", "Peterson", "Boston", "MA", "02108", "Acme Widgets",
                          NULL);
  gint64 sam = add_full (file, "Sam", "O'Neil", "Austin", "TX", "78701", "Dell",
                         "sam@oneil.example");

  g_assert_cmpuint (n_matches (file, "mar"), ==, 2);
  g_assert_cmpuint (n_matches (file, "maria"), ==, 1);     /* accents ignored */
  g_assert_cmpuint (n_matches (file, "PEÑA"), ==, 1);
  g_assert_cmpuint (n_matches (file, "pe"), ==, 2);
  g_assert_cmpuint (n_matches (file, "mar pe"), ==, 2);     /* every word, any field */
  g_assert_cmpuint (n_matches (file, "mark boston"), ==, 1);
  g_assert_cmpuint (n_matches (file, "mark austin"), ==, 0);
  g_assert_cmpuint (n_matches (file, "787"), ==, 1);        /* ZIP */
  g_assert_cmpuint (n_matches (file, "acme"), ==, 1);       /* employer */
  g_assert_cmpuint (n_matches (file, "oneil.example"), ==, 1); /* email */
  g_assert_cmpuint (n_matches (file, "o'neil"), ==, 1);
  g_assert_cmpuint (n_matches (file, "\"*)("), ==, 0);       /* no syntax errors */
  g_assert_cmpuint (n_matches (file, ""), ==, 0);
  g_assert_cmpuint (n_matches (file, "zzz"), ==, 0);

  /* The index follows edits and deletes. */
  {
    g_autoptr(HustingsContact) c = hustings_contact_store_get (file, mark, NULL);
    g_autoptr(GError) error = NULL;

    hustings_contact_set_field (c, HUSTINGS_CONTACT_CITY, "Worcester");
    hustings_contact_set_emails (c, (const char *[]) { "mark@widgets.example", NULL });
    g_assert_true (hustings_contact_store_update (file, c, &error));
    g_assert_cmpuint (n_matches (file, "boston"), ==, 0);
    g_assert_cmpuint (n_matches (file, "worcester"), ==, 1);
    g_assert_cmpuint (n_matches (file, "widgets.example"), ==, 1);
    g_assert_true (hustings_contact_store_delete (file, sam, &error));
    g_assert_cmpuint (n_matches (file, "dell"), ==, 0);
  }

  /* Completion: best first, with the fields a picker shows. */
  {
    g_autoptr(GPtrArray) found = hustings_contact_store_complete (file, "ma", 10);

    g_assert_cmpuint (found->len, ==, 2);
    g_assert_cmpint (hustings_contact_get_id (found->pdata[0]), ==, maria);
    g_assert_cmpstr (hustings_contact_get_field (found->pdata[0], HUSTINGS_CONTACT_CITY), ==,
                     "San Antonio");
  }
}

static GArray *
list_ids (GListModel *model)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HustingsContact) c = g_list_model_get_item (model, i);
      gint64 id = hustings_contact_get_id (c);

      g_array_append_val (ids, id);
    }
  return ids;
}

typedef struct {
  guint position, removed, added, calls;
} Changes;

static void
items_changed_cb (GListModel *model, guint position, guint removed, guint added, Changes *c)
{
  c->position = position;
  c->removed = removed;
  c->added = added;
  c->calls++;
}

static gboolean
collect_cb (HustingsContact *contact, gpointer user_data)
{
  g_ptr_array_add (user_data, g_object_ref (contact));
  return TRUE;
}

static void
test_foreach (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 ann = add_full (file, "Ann", "Lee", "Austin", "TX", "78701", "Dell", "ann@lee.example");
  gint64 bo = add_full (file, "Bo", "Diaz", "Boise", "ID", "83702", "", NULL);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(HustingsContact) c = hustings_contact_store_get (file, ann, NULL);

    hustings_contact_set_emails (c, (const char *[]) { "ann@lee.example", "a@work.example", NULL });
    hustings_contact_set_phones (c, (const char *[]) { "512-555-0101", NULL });
    hustings_contact_set_tags (c, (const char *[]) { "volunteer", "donor", NULL });
    g_assert_true (hustings_contact_store_update (file, c, NULL));
  }
  test_give (file, ann, "2026-02-01", 12345, NULL);

  g_assert_true (hustings_contact_store_foreach (file, NULL, collect_cb, all, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 2);
  g_assert_cmpint (hustings_contact_get_id (all->pdata[0]), ==, ann);
  g_assert_cmpstr (hustings_contact_get_emails (all->pdata[0])[1], ==, "a@work.example");
  g_assert_cmpstr (hustings_contact_get_phones (all->pdata[0])[0], ==, "512-555-0101");
  g_assert_cmpstr (hustings_contact_get_tags (all->pdata[0])[0], ==, "donor");
  g_assert_cmpint (hustings_contact_get_cycle_total (all->pdata[0]), ==, 12345);
  g_assert_null (hustings_contact_get_emails (all->pdata[1])[0]);

  g_assert_true (hustings_contact_store_foreach (file, "boise", collect_cb, found, &error));
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (hustings_contact_get_id (found->pdata[0]), ==, bo);
}

static void
test_foreach_ids (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) got = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 missing = 999999;

  /* More than one batch, asked for in an order of their own, with an id not in the file. */
  for (guint i = 0; i < 1200; i++)
    {
      g_autofree char *first = g_strdup_printf ("P%04u", i);
      gint64 id = add_full (file, first, "Voter", "Austin", "TX", "78701", "", "v@x.example");

      g_array_prepend_val (ids, id);
    }
  g_array_insert_val (ids, 600, missing);
  g_assert_true (hustings_contact_store_foreach_ids (file, ids, collect_cb, got, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (got->len, ==, 1200);
  g_assert_cmpstr (hustings_contact_get_field (got->pdata[0], HUSTINGS_CONTACT_FIRST_NAME), ==,
                   "P1199");
  g_assert_cmpstr (hustings_contact_get_field (got->pdata[1199], HUSTINGS_CONTACT_FIRST_NAME),
                   ==, "P0000");
  g_assert_cmpstr (hustings_contact_get_emails (got->pdata[700])[0], ==, "v@x.example");
}

/* A list narrowed to a segment: search and sort still apply, and it follows the file. */
static void
test_list_segment (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  g_autoptr(HustingsContactList) list = hustings_contact_list_new (file);
  GListModel *model = G_LIST_MODEL (list);
  g_autoptr(HustingsSegment) texans = hustings_segment_parse ("Texans", "state=tx", NULL);
  g_autoptr(HustingsSegment) broken = hustings_segment_parse ("Broken", "", NULL);
  g_autoptr(GError) error = NULL;
  gint64 amy;

  add_full (file, "Zed", "Adams", "Reno", "NV", "89501", "Casino", NULL);
  amy = add_full (file, "Amy", "Young", "Austin", "TX", "78701", "", NULL);
  add_full (file, "Bob", "Miller", "Dallas", "TX", "75201", "", NULL);

  g_assert_true (hustings_contact_list_set_segment (list, texans, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hustings_contact_list_get_segment (list)->name, ==, "Texans");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  hustings_contact_list_set_search (list, "austin");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpint (hustings_contact_list_get_id (list, 0), ==, amy);
  hustings_contact_list_set_search (list, NULL);

  /* A new Texan joins the list; a rule that cannot be evaluated leaves it as it was. */
  add_full (file, "Cy", "Moss", "Waco", "TX", "76701", "", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  hustings_segment_add_rule (broken, HUSTINGS_SEGMENT_STATE);
  g_assert_false (hustings_contact_list_set_segment (list, broken, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);

  g_assert_true (hustings_contact_list_set_segment (list, NULL, NULL));
  g_assert_null (hustings_contact_list_get_segment (list));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
}

static void
test_district_and_opt_out (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 id = add_full (file, "Zoë", "Ångström", "Austin", "TX", "78701", "", "z@a.example");
  g_autoptr(HustingsContact) c = hustings_contact_store_get (file, id, NULL);
  g_autoptr(HustingsContact) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first_stamp = NULL;

  g_assert_cmpstr (hustings_contact_get_district (c), ==, "");
  g_assert_null (hustings_contact_get_email_opt_out_at (c));
  hustings_contact_set_district (c, " TX-21 ");
  g_assert_true (hustings_contact_store_update (file, c, &error));
  g_assert_no_error (error);

  g_assert_true (hustings_contact_store_set_email_opt_out (file, id, TRUE, &error));
  g_assert_no_error (error);
  back = hustings_contact_store_get (file, id, NULL);
  g_assert_cmpstr (hustings_contact_get_district (back), ==, "TX-21");
  g_assert_nonnull (hustings_contact_get_email_opt_out_at (back));
  first_stamp = g_strdup (hustings_contact_get_email_opt_out_at (back));

  /* Asking again keeps the first date; saving the whole contact keeps it too. */
  g_assert_true (hustings_contact_store_set_email_opt_out (file, id, TRUE, &error));
  g_assert_true (hustings_contact_store_update (file, back, &error));
  g_clear_object (&back);
  back = hustings_contact_store_get (file, id, NULL);
  g_assert_cmpstr (hustings_contact_get_email_opt_out_at (back), ==, first_stamp);

  g_assert_true (hustings_contact_store_set_email_opt_out (file, id, FALSE, &error));
  g_clear_object (&back);
  back = hustings_contact_store_get (file, id, NULL);
  g_assert_null (hustings_contact_get_email_opt_out_at (back));

  g_assert_false (hustings_contact_store_set_email_opt_out (file, 424242, TRUE, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  g_clear_error (&error);

  hustings_contact_set_district (back, "A district name far longer than forty characters");
  g_assert_false (hustings_contact_store_update (file, back, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
}

static void
test_list_model (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  gint64 zed = add_full (file, "Zed", "Adams", "Reno", "NV", "89501", "Casino", NULL);
  gint64 amy = add_full (file, "Amy", "Young", "Austin", "TX", "78701", "", NULL);
  gint64 bob = add_full (file, "Bob", "Miller", "Boise", "ID", "83702", "Boise Cascade", NULL);
  g_autoptr(HustingsContactList) list = hustings_contact_list_new (file);
  GListModel *model = G_LIST_MODEL (list);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(HustingsContact) held = NULL;
  Changes changes = { 0 };

  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), &changes);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_true (g_list_model_get_item_type (model) == HUSTINGS_TYPE_CONTACT);

  /* By name: Adams, Miller, Young. */
  ids = list_ids (model);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, zed);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, bob);
  g_assert_cmpint (g_array_index (ids, gint64, 2), ==, amy);
  g_clear_pointer (&ids, g_array_unref);

  hustings_contact_list_set_sort (list, HUSTINGS_CONTACT_SORT_PLACE, FALSE); /* ID, NV, TX */
  ids = list_ids (model);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, bob);
  g_assert_cmpint (g_array_index (ids, gint64, 2), ==, amy);
  g_clear_pointer (&ids, g_array_unref);

  hustings_contact_list_set_sort (list, HUSTINGS_CONTACT_SORT_NAME, TRUE);
  g_assert_cmpint (hustings_contact_list_get_id (list, 0), ==, amy);

  /* Search narrows, keeping the order. */
  hustings_contact_list_set_search (list, "bo");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpint (hustings_contact_list_get_id (list, 0), ==, bob);
  hustings_contact_list_set_search (list, "a");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2); /* Adams, Amy/Austin */
  g_assert_cmpint (hustings_contact_list_get_id (list, 0), ==, amy);
  hustings_contact_list_set_search (list, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);

  /* Hide and unhide report exactly the row. */
  changes.calls = 0;
  hustings_contact_list_hide (list, bob);
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (changes.position, ==, 1);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 0);
  g_assert_cmpuint (hustings_contact_list_find (list, bob), ==, G_MAXUINT);
  hustings_contact_list_unhide (list, bob);
  g_assert_cmpuint (changes.position, ==, 1);
  g_assert_cmpuint (changes.added, ==, 1);
  g_assert_cmpuint (hustings_contact_list_find (list, bob), ==, 1);

  /* A new contact appears by itself, in its place. */
  changes.calls = 0;
  add_full (file, "Cat", "Nguyen", "Houston", "TX", "77002", "", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (changes.added, ==, 1);
  g_assert_cmpuint (changes.removed, ==, 0);

  /* An edit that keeps the row in place still redraws the row on screen. */
  held = g_list_model_get_item (model, hustings_contact_list_find (list, amy));
  changes.calls = 0;
  {
    g_autoptr(HustingsContact) c = hustings_contact_store_get (file, amy, NULL);

    hustings_contact_set_field (c, HUSTINGS_CONTACT_EMPLOYER, "City of Austin");
    g_assert_true (hustings_contact_store_update (file, c, NULL));
  }
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (changes.position, ==, hustings_contact_list_find (list, amy));
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 1);
  {
    g_autoptr(HustingsContact) fresh = g_list_model_get_item (model, changes.position);
    g_autofree char *employer = NULL;

    g_assert_true (fresh != held);
    g_object_get (fresh, "employer", &employer, NULL);
    g_assert_cmpstr (employer, ==, "City of Austin");
  }

  /* Sorted by name, a gift redraws its donor's row in place. */
  {
    guint at = hustings_contact_list_find (list, bob);
    g_autoptr(HustingsContact) before = g_list_model_get_item (model, at);

    changes.calls = 0;
    test_give (file, bob, "2026-01-15", 1000, NULL);
    g_assert_cmpuint (changes.calls, ==, 1);
    g_assert_cmpuint (changes.position, ==, at);
    g_assert_cmpuint (changes.removed, ==, 1);
    g_assert_cmpuint (changes.added, ==, 1);
  }

  /* A gift moves the totals shown, and the order when sorted by them. */
  hustings_contact_list_set_sort (list, HUSTINGS_CONTACT_SORT_CYCLE_TOTAL, TRUE);
  test_give (file, zed, "2026-02-01", 25000, NULL);
  test_give (file, bob, "2026-02-01", 4000, NULL);
  g_assert_cmpint (hustings_contact_list_get_id (list, 0), ==, zed);
  g_assert_cmpint (hustings_contact_list_get_id (list, 1), ==, bob);
  {
    g_autoptr(HustingsContact) top = g_list_model_get_item (model, 0);
    g_autofree char *total = NULL;
    g_autofree char *last = NULL;

    g_object_get (top, "cycle-total-text", &total, "last-gift-date", &last, NULL);
    g_assert_cmpstr (total, ==, "$250.00");
    g_assert_cmpstr (last, ==, "2026-02-01");
  }
  hustings_contact_list_set_sort (list, HUSTINGS_CONTACT_SORT_LAST_GIFT, FALSE);
  g_assert_cmpint (hustings_contact_list_get_id (list, 3), ==, bob);
  hustings_contact_list_set_sort (list, HUSTINGS_CONTACT_SORT_EMPLOYER, FALSE);
  g_assert_cmpint (hustings_contact_list_get_id (list, 1), ==, bob);
  g_assert_cmpint (hustings_contact_list_get_id (list, 3), ==, amy);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/contacts/crud", test_crud);
  g_test_add_func ("/contacts/validation", test_validation);
  g_test_add_func ("/contacts/search", test_search);
  g_test_add_func ("/contacts/foreach", test_foreach);
  g_test_add_func ("/contacts/list-model", test_list_model);
  g_test_add_func ("/contacts/foreach-ids", test_foreach_ids);
  g_test_add_func ("/contacts/district-and-opt-out", test_district_and_opt_out);
  g_test_add_func ("/contacts/list-segment", test_list_segment);
  return g_test_run ();
}
