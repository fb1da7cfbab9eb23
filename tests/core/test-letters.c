/* test-letters.c: letter and email templates (the store, the built-ins and replacing them,
 * validation), merge fields (every field, fallbacks, missing fields, unknown fields, the FEC
 * notice where it applies, non-ASCII names), and letters printed to PDF (read back with
 * pdftotext: one letter a page in the order given, names and amounts, a long letter going on
 * to a second page; envelopes and label sheets), logged as interactions, and cancelled.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "test-util.h"

#define TODAY "2026-11-23"

/* ---- A campaign of our own ---- */

/* A House campaign (Form 3) with an address, an email and a treasurer; or a PAC (Form 3X). */
static HustingsCommitteeFile *
new_campaign (gboolean pac)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  g_autoptr(HustingsCommittee) c = hustings_committee_file_dup_committee (file);
  g_autoptr(GError) error = NULL;

#define SET(member, value) G_STMT_START { g_free (c->member); c->member = g_strdup (value); } \
                           G_STMT_END
  SET (street1, "PO Box 1204");
  SET (city, "Austin");
  SET (state, "TX");
  SET (zip, "78701");
  SET (email, "treasurer@friendsoftest.org");
  SET (treasurer_first, "Pat");
  SET (treasurer_last, "Lee");
#undef SET
  if (pac)
    c->type = HUSTINGS_COMMITTEE_PAC;
  g_assert_true (hustings_committee_file_set_committee (file, c, &error));
  g_assert_no_error (error);
  return file;
}

typedef struct {
  HustingsEntityType  type;
  const char         *prefix;
  const char         *first;
  const char         *last;
  const char         *org;
  const char         *street1;
  const char         *street2;
  const char         *city;
  const char         *state;
  const char         *zip;
  const char         *email;
  const char         *employer;
  const char         *occupation;
} Person;

static gint64
add_contact (HustingsCommitteeFile *file, const Person *p)
{
  g_autoptr(HustingsContact) c = hustings_contact_new (p->type);
  g_autoptr(GError) error = NULL;
  const char *emails[] = { p->email, NULL };
  const struct { HustingsContactField field; const char *value; } fields[] = {
    { HUSTINGS_CONTACT_PREFIX, p->prefix }, { HUSTINGS_CONTACT_FIRST_NAME, p->first },
    { HUSTINGS_CONTACT_LAST_NAME, p->last }, { HUSTINGS_CONTACT_ORG_NAME, p->org },
    { HUSTINGS_CONTACT_STREET1, p->street1 }, { HUSTINGS_CONTACT_STREET2, p->street2 },
    { HUSTINGS_CONTACT_CITY, p->city }, { HUSTINGS_CONTACT_STATE, p->state },
    { HUSTINGS_CONTACT_ZIP, p->zip }, { HUSTINGS_CONTACT_EMPLOYER, p->employer },
    { HUSTINGS_CONTACT_OCCUPATION, p->occupation },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    hustings_contact_set_field (c, fields[i].field, fields[i].value);
  if (p->email != NULL)
    hustings_contact_set_emails (c, emails);
  g_assert_true (hustings_contact_store_add (file, c, &error));
  g_assert_no_error (error);
  return hustings_contact_get_id (c);
}

static HustingsDonation *
give (HustingsCommitteeFile *file,
      gint64                 contact,
      const char            *date,
      gint64                 cents,
      HustingsMethod         method,
      const char            *check_number,
      gint64                 refund_of)
{
  HustingsDonation *d = hustings_donation_new ();
  g_autoptr(GError) error = NULL;

  hustings_donation_set_contact_id (d, contact);
  hustings_donation_set_date (d, date);
  hustings_donation_set_amount (d, cents);
  hustings_donation_set_method (d, method);
  hustings_donation_set_check_number (d, check_number);
  hustings_donation_set_refund_of (d, refund_of);
  g_assert_true (hustings_donation_store_add (file, d, &error));
  g_assert_no_error (error);
  return d;
}

static const Person zoe = {
  HUSTINGS_ENTITY_IND, "Ms.", "Zoë", "Ångström", "", "12 Elm St", "Apt 4", "Austin", "TX",
  "78701", "zoe@example.org", "Dell", "Engineer"
};

/* Zoë, who gave $150 by check and $75 online, and was refunded $20 of the check. */
static gint64
add_zoe (HustingsCommitteeFile *file, HustingsDonation **out_check)
{
  gint64 id = add_contact (file, &zoe);
  g_autoptr(HustingsDonation) check = give (file, id, "2026-03-04", 15000,
                                            HUSTINGS_METHOD_CHECK, "1042", 0);
  g_autoptr(HustingsDonation) online = give (file, id, "2026-05-10", 7500,
                                             HUSTINGS_METHOD_PROCESSOR, "", 0);
  g_autoptr(HustingsDonation) refund = give (file, id, "2026-06-01", -2000,
                                             HUSTINGS_METHOD_CHECK, "",
                                             hustings_donation_get_id (check));

  if (out_check != NULL)
    *out_check = g_steal_pointer (&check);
  return id;
}

static HustingsContact *
get_contact (HustingsCommitteeFile *file, gint64 id)
{
  g_autoptr(GError) error = NULL;
  HustingsContact *contact = hustings_contact_store_get (file, id, &error);

  g_assert_no_error (error);
  return contact;
}

static HustingsMergeContext *
merge_context (HustingsCommitteeFile *file, HustingsTemplateKind kind)
{
  g_autoptr(GError) error = NULL;
  HustingsMergeContext *ctx = hustings_merge_context_new (file, kind, &error);

  g_assert_no_error (error);
  hustings_merge_context_set_today (ctx, TODAY);
  return ctx;
}

/* text merged for contact; missing fields joined with "," into *out_missing when asked. */
static char *
merge (HustingsMergeContext *ctx,
       HustingsContact      *contact,
       HustingsDonation     *gift,
       const char           *text,
       char                **out_missing)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  char *merged = hustings_merge_text (ctx, text, contact, gift, missing, &error);

  g_assert_no_error (error);
  g_assert_nonnull (merged);
  g_assert_null (strstr (merged, "{{"));
  if (out_missing != NULL)
    {
      g_ptr_array_add (missing, NULL);
      *out_missing = g_strjoinv (",", (GStrv) missing->pdata);
    }
  return merged;
}

#define assert_has(text, part) \
  G_STMT_START { \
    if (strstr ((text), (part)) == NULL) \
      g_error ("“%s” is not in:\n%s", (part), (text)); \
  } G_STMT_END

#define assert_lacks(text, part) \
  G_STMT_START { \
    if (strstr ((text), (part)) != NULL) \
      g_error ("“%s” should not be in:\n%s", (part), (text)); \
  } G_STMT_END

/* ---- Templates ---- */

static void
test_builtins (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  g_autoptr(GPtrArray) all = NULL, emails = NULL;
  g_autoptr(HustingsTemplate) receipt = NULL;
  g_autoptr(GError) error = NULL;
  const char *names[] = { "Donation receipt", "Thank-you letter", "Thank-you email" };

  all = hustings_template_store_list (file, TRUE, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 3);
  for (guint i = 0; i < all->len; i++)
    {
      HustingsTemplate *t = g_ptr_array_index (all, i);

      g_assert_cmpstr (hustings_template_get_name (t), ==, names[i]);
      g_assert_true (hustings_template_is_builtin (t));
      g_assert_cmpint (hustings_template_get_id (t), ==, 0);
      g_assert_true (hustings_template_validate (t, &error));
      g_assert_no_error (error);
      assert_has (hustings_template_get_body (t), "{{fec_notice}}");
    }
  assert_has (hustings_template_get_body (g_ptr_array_index (all, 2)), "{{unsubscribe}}");
  g_assert_cmpstr (hustings_template_get_subject (g_ptr_array_index (all, 0)), ==, "");

  emails = hustings_template_store_list (file, FALSE, HUSTINGS_TEMPLATE_EMAIL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (emails->len, ==, 1);
  g_assert_cmpint (hustings_template_get_kind (g_ptr_array_index (emails, 0)), ==,
                   HUSTINGS_TEMPLATE_EMAIL);

  /* The receipt lists the gift, its date and method, and the cycle's total. */
  receipt = hustings_template_store_get (file, "donation RECEIPT", &error);
  g_assert_no_error (error);
  g_assert_true (hustings_template_is_builtin (receipt));
  for (guint i = 0; i < 4; i++)
    assert_has (hustings_template_get_body (receipt),
                ((const char *[]) { "{{gift_amount}}", "{{gift_date}}", "{{gift_method}}",
                                    "{{cycle_total}}" })[i]);
  g_assert_null (hustings_template_store_get (file, "Fundraising appeal", &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  assert_has (error->message, "Fundraising appeal");
}

static void
test_store (void)
{
  HustingsCommitteeFile *file = test_new_file (NULL);
  g_autoptr(HustingsTemplate) builtin = NULL, mine = NULL, got = NULL, clash = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  guint changes = 0;

  g_signal_connect (file, "outreach-changed", G_CALLBACK (test_count_cb), &changes);

  /* A built-in edited: its copy is no longer built-in, and saved it replaces it. */
  builtin = hustings_template_store_get (file, "Thank-you letter", &error);
  g_assert_no_error (error);
  mine = hustings_template_copy (builtin);
  g_assert_false (hustings_template_is_builtin (mine));
  hustings_template_set_name (mine, "  thank-you LETTER ");
  hustings_template_set_body (mine, "Dear {{first_name|Friend}}, thank you!");
  g_assert_true (hustings_template_store_add (file, mine, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hustings_template_get_id (mine), >, 0);
  g_assert_cmpstr (hustings_template_get_name (mine), ==, "thank-you LETTER");
  g_assert_nonnull (hustings_template_get_created_at (mine));
  g_assert_cmpuint (changes, ==, 1);

  got = hustings_template_store_get (file, "Thank-You Letter", &error);
  g_assert_no_error (error);
  g_assert_false (hustings_template_is_builtin (got));
  g_assert_cmpstr (hustings_template_get_body (got), ==, "Dear {{first_name|Friend}}, thank you!");
  list = hustings_template_store_list (file, FALSE, HUSTINGS_TEMPLATE_LETTER, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (hustings_template_get_name (g_ptr_array_index (list, 0)), ==,
                   "Donation receipt");
  g_assert_true (hustings_template_is_builtin (g_ptr_array_index (list, 0)));
  g_assert_cmpstr (hustings_template_get_name (g_ptr_array_index (list, 1)), ==,
                   "thank-you LETTER");
  g_assert_false (hustings_template_is_builtin (g_ptr_array_index (list, 1)));
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Names are unique whatever the case. */
  clash = hustings_template_new (HUSTINGS_TEMPLATE_EMAIL);
  hustings_template_set_name (clash, "THANK-YOU letter");
  hustings_template_set_subject (clash, "Thanks");
  hustings_template_set_body (clash, "Thanks!");
  g_assert_false (hustings_template_store_add (file, clash, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  assert_has (error->message, "already a template named");
  g_clear_error (&error);
  hustings_template_set_name (clash, "Welcome");
  g_assert_true (hustings_template_store_add (file, clash, &error));
  g_assert_no_error (error);
  hustings_template_set_name (clash, "Thank-you letter");
  g_assert_false (hustings_template_store_update (file, clash, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_clear_error (&error);

  /* Renamed and changed. */
  hustings_template_set_name (clash, "Welcome aboard");
  hustings_template_set_subject (clash, "Welcome, {{first_name|friend}}");
  g_assert_true (hustings_template_store_update (file, clash, &error));
  g_assert_no_error (error);
  g_clear_object (&got);
  got = hustings_template_store_get (file, "welcome aboard", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hustings_template_get_subject (got), ==, "Welcome, {{first_name|friend}}");
  g_assert_cmpint (hustings_template_get_kind (got), ==, HUSTINGS_TEMPLATE_EMAIL);

  list = hustings_template_store_list (file, TRUE, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 4);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Deleted, the built-in is back. */
  g_assert_true (hustings_template_store_delete (file, hustings_template_get_id (mine), &error));
  g_assert_no_error (error);
  g_clear_object (&got);
  got = hustings_template_store_get (file, "thank-you letter", &error);
  g_assert_no_error (error);
  g_assert_true (hustings_template_is_builtin (got));
  g_assert_false (hustings_template_store_delete (file, hustings_template_get_id (mine),
                                                  &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A built-in is not in the file: it cannot be updated. */
  g_assert_false (hustings_template_store_update (file, builtin, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND);
  g_assert_cmpuint (changes, ==, 4);
}

static void
assert_invalid (HustingsTemplate *t, const char *part)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (hustings_template_validate (t, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  assert_has (error->message, part);
}

static void
test_validate (void)
{
  g_autoptr(HustingsTemplate) t = hustings_template_new (HUSTINGS_TEMPLATE_LETTER);
  g_autofree char *long_name = g_strnfill (HUSTINGS_TEMPLATE_NAME_MAX + 1, 'x');
  g_autoptr(GError) error = NULL;

  hustings_template_set_body (t, "Dear {{first_name}},");
  assert_invalid (t, "name");
  hustings_template_set_name (t, long_name);
  assert_invalid (t, "at most");
  hustings_template_set_name (t, "Thanks");
  g_assert_true (hustings_template_validate (t, &error));
  g_assert_no_error (error);

  hustings_template_set_body (t, "  \n ");
  assert_invalid (t, "no text");
  hustings_template_set_body (t, "Dear {{frist_name|Friend}},");
  assert_invalid (t, "{{frist_name}}");
  hustings_template_set_body (t, "Dear {{first_name, thank you");
  assert_invalid (t, "not closed");
  hustings_template_set_body (t, "Dear {{ }},");
  assert_invalid (t, "no name");

  hustings_template_set_kind (t, HUSTINGS_TEMPLATE_EMAIL);
  hustings_template_set_body (t, "Dear {{ first_name | Friend }},");
  assert_invalid (t, "subject");
  hustings_template_set_subject (t, "Thanks\nagain");
  assert_invalid (t, "one line");
  hustings_template_set_subject (t, "Thanks, {{frist_name}}");
  assert_invalid (t, "The subject uses {{frist_name}}");
  hustings_template_set_subject (t, "Thanks, {{first_name|friend}}");
  g_assert_true (hustings_template_validate (t, &error));
  g_assert_no_error (error);
}

/* ---- Merging ---- */

static void
test_merge_fields (void)
{
  HustingsCommitteeFile *file = new_campaign (FALSE);
  g_autoptr(HustingsDonation) check = NULL;
  gint64 id = add_zoe (file, &check);
  g_autoptr(HustingsContact) contact = get_contact (file, id);
  g_autoptr(HustingsMergeContext) ctx = merge_context (file, HUSTINGS_TEMPLATE_LETTER);
  g_autoptr(HustingsMergeContext) email = merge_context (file, HUSTINGS_TEMPLATE_EMAIL);
  static const struct { const char *field; const char *value; } expected[] = {
    { "salutation", "Ms. Ångström" },
    { "first_name", "Zoë" },
    { "last_name", "Ångström" },
    { "full_name", "Ms. Zoë Ångström" },
    { "organization", "" },
    { "address", "Ms. Zoë Ångström\n12 Elm St\nApt 4\nAustin, TX 78701" },
    { "street", "12 Elm St\nApt 4" },
    { "city", "Austin" },
    { "state", "TX" },
    { "zip", "78701" },
    { "email", "zoe@example.org" },
    { "employer", "Dell" },
    { "occupation", "Engineer" },
    { "gift_amount", "$75.00" },         /* the latest gift, not the later refund */
    { "gift_date", "May 10, 2026" },
    { "gift_method", "Online" },
    { "cycle_total", "$205.00" },         /* net of the refund */
    { "year_total", "$205.00" },
    { "cycle", "2026" },
    { "committee_name", "Friends of Test" },
    { "committee_address", "PO Box 1204, Austin, TX 78701" },
    { "treasurer_name", "Pat Lee" },
    { "today", "November 23, 2026" },
    { "fec_notice", "Contributions to Friends of Test are not deductible for federal income "
                    "tax purposes." },
    { "unsubscribe", "" },                /* a letter has none */
  };
  const HustingsMergeField *fields;
  guint n_fields;

  /* Every field of the menu, labelled and described, and what it gives. */
  fields = hustings_merge_fields (&n_fields);
  g_assert_cmpuint (n_fields, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *text = g_strdup_printf ("{{%s}}", fields[i].name);
      g_autofree char *merged = NULL, *missing = NULL;

      g_assert_cmpstr (fields[i].name, ==, expected[i].field);
      g_assert_cmpstr (fields[i].label, !=, "");
      g_assert_cmpstr (fields[i].description, !=, "");
      g_assert_true (hustings_merge_field_lookup (fields[i].name) == &fields[i]);
      merged = merge (ctx, contact, NULL, text, &missing);
      g_assert_cmpstr (merged, ==, expected[i].value);
      g_assert_cmpstr (missing, ==, *expected[i].value ? "" : expected[i].field);
    }
  g_assert_null (hustings_merge_field_lookup ("First_Name"));

  /* The gift the caller names. */
  {
    g_autofree char *merged = merge (ctx, contact, check,
                                     "{{gift_amount}} on {{gift_date}} by {{gift_method}}",
                                     NULL);

    g_assert_cmpstr (merged, ==, "$150.00 on March 4, 2026 by Check no. 1042");
  }

  /* An email says how to stop them, to the mail server's address. */
  {
    g_autofree char *merged = NULL, *missing = NULL;

    merged = merge (email, contact, NULL, "{{unsubscribe}}", &missing);
    g_assert_cmpstr (merged, ==, "");
    g_assert_cmpstr (missing, ==, "unsubscribe");
    g_clear_pointer (&merged, g_free);
    hustings_merge_context_set_from_address (email, "news@friendsoftest.org");
    merged = merge (email, contact, NULL, "{{unsubscribe}}", NULL);
    assert_has (merged, "unsubscribe");
    assert_has (merged, "news@friendsoftest.org");
  }
}

static void
test_merge_fallbacks (void)
{
  HustingsCommitteeFile *file = new_campaign (FALSE);
  static const Person nameless = {
    HUSTINGS_ENTITY_IND, "", "", "Okafor", "", "", "", "", "", "", NULL, "", ""
  };
  static const Person union_local = {
    HUSTINGS_ENTITY_ORG, "", "", "", "Carpenters Local 1", "5 Union Sq", "", "Dallas", "TX",
    "75201", NULL, "", ""
  };
  g_autoptr(HustingsContact) okafor = get_contact (file, add_contact (file, &nameless));
  g_autoptr(HustingsContact) local = get_contact (file, add_contact (file, &union_local));
  g_autoptr(HustingsMergeContext) ctx = merge_context (file, HUSTINGS_TEMPLATE_LETTER);
  g_autoptr(HustingsTemplate) t = hustings_template_new (HUSTINGS_TEMPLATE_EMAIL);
  g_autoptr(HustingsMerged) merged = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL, *missing = NULL;

  /* No first name, no title: the fallback; no gift, no address: empty and reported once. */
  text = merge (ctx, okafor, NULL,
                "Dear {{salutation|Friend}}, {{ first_name | dear friend }}! Your gift of "
                "{{gift_amount}} ({{gift_amount}}) to {{address}}. Total: {{cycle_total}}.",
                &missing);
  g_assert_cmpstr (text, ==, "Dear Friend,  dear friend ! Your gift of  () to . Total: $0.00.");
  g_assert_cmpstr (missing, ==, "gift_amount,address");
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&missing, g_free);

  /* An organization is greeted by its name; it has no first name. */
  text = merge (ctx, local, NULL, "Dear {{salutation}}, {{first_name|friends}} at "
                "{{organization}} ({{full_name}})", &missing);
  g_assert_cmpstr (text, ==, "Dear Carpenters Local 1, friends at Carpenters Local 1 "
                   "(Carpenters Local 1)");
  g_assert_cmpstr (missing, ==, "");

  /* A template: subject and body, the missing fields in the order first used, each once. */
  hustings_template_set_name (t, "Hello");
  hustings_template_set_subject (t, "Hello {{first_name}}");
  hustings_template_set_body (t, "{{email}} {{first_name}} {{employer|(none)}} {{email}}");
  merged = hustings_merge_template (ctx, t, okafor, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (merged->subject, ==, "Hello ");
  g_assert_cmpstr (merged->body, ==, "  (none) ");
  g_assert_cmpuint (g_strv_length (merged->missing), ==, 2);
  g_assert_cmpstr (merged->missing[0], ==, "first_name");
  g_assert_cmpstr (merged->missing[1], ==, "email");
}

static void
test_merge_unknown (void)
{
  HustingsCommitteeFile *file = new_campaign (FALSE);
  g_autoptr(HustingsContact) contact = get_contact (file, add_contact (file, &zoe));
  g_autoptr(HustingsMergeContext) ctx = merge_context (file, HUSTINGS_TEMPLATE_LETTER);
  g_autoptr(GError) error = NULL;
  char *text;

  g_assert_true (hustings_merge_check ("No fields at all, { not one }.", NULL, &error));
  g_assert_no_error (error);
  g_assert_false (hustings_merge_check ("Dear {{firstname}},", NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "{{firstname}} is not a merge field");
  g_clear_error (&error);

  /* Merging refuses it too, rather than print it. */
  text = hustings_merge_text (ctx, "Dear {{salutation}}, {{amount}}", contact, NULL, NULL,
                              &error);
  g_assert_null (text);
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  assert_has (error->message, "{{amount}}");
}

static char *
notice_for (HustingsCommitteeFile *file, const Person *p, gint64 cents, const char *date)
{
  gint64 id = add_contact (file, p);
  g_autoptr(HustingsDonation) gift = give (file, id, date, cents, HUSTINGS_METHOD_CHECK, "", 0);
  g_autoptr(HustingsContact) contact = get_contact (file, id);
  g_autoptr(HustingsMergeContext) ctx = merge_context (file, HUSTINGS_TEMPLATE_LETTER);

  return merge (ctx, contact, NULL, "{{fec_notice}}", NULL);
}

static void
test_fec_notice (void)
{
  HustingsCommitteeFile *file = new_campaign (FALSE);
  Person p = zoe;
  g_autofree char *under = NULL, *complete = NULL, *no_employer = NULL, *neither = NULL;
  g_autofree char *org = NULL, *earlier = NULL;

  /* Over $200 in the cycle and without an employer: the best-efforts request. */
  p.employer = "";
  no_employer = notice_for (file, &p, 25000, "2026-02-01");
  assert_has (no_employer, "are not deductible for federal income tax purposes.");
  assert_has (no_employer, "Federal law requires us to use our best efforts to collect and "
                           "report the name, mailing address, occupation and name of employer "
                           "of individuals whose contributions exceed $200 in an election "
                           "cycle.");
  assert_has (no_employer, "We do not have your employer on file yet: please send it to us at "
                           "treasurer@friendsoftest.org.");
  p.occupation = "";
  neither = notice_for (file, &p, 20001, "2026-02-01");
  assert_has (neither, "your employer and occupation on file");

  /* Not over $200 (exactly $200 is not), a complete record, or an organization: not asked. */
  under = notice_for (file, &p, 20000, "2026-02-01");
  complete = notice_for (file, &zoe, 100000, "2026-02-01");
  p.type = HUSTINGS_ENTITY_ORG;
  p.org = "Acme PAC";
  org = notice_for (file, &p, 100000, "2026-02-01");
  /* Given in the last cycle: this cycle's aggregate is nothing. */
  p = zoe;
  p.employer = "";
  earlier = notice_for (file, &p, 100000, "2024-05-01");
  for (guint i = 0; i < 4; i++)
    {
      const char *notice = ((const char *[]) { under, complete, org, earlier })[i];

      g_assert_cmpstr (notice, ==, "Contributions to Friends of Test are not deductible for "
                                   "federal income tax purposes.");
    }
}

static void
test_fec_notice_pac (void)
{
  HustingsCommitteeFile *file = new_campaign (TRUE);
  Person p = zoe;
  g_autofree char *this_year = NULL, *last_year = NULL;

  /* A PAC aggregates by calendar year (today's). */
  p.occupation = "";
  this_year = notice_for (file, &p, 30000, "2026-02-01");
  assert_has (this_year, "exceed $200 in a calendar year.");
  assert_has (this_year, "We do not have your occupation on file yet");
  last_year = notice_for (file, &p, 30000, "2025-12-31");
  assert_lacks (last_year, "best efforts");
}

static void
test_merge_non_ascii (void)
{
  HustingsCommitteeFile *file = new_campaign (FALSE);
  static const Person people[] = {
    { HUSTINGS_ENTITY_IND, "Sr.", "José", "Núñez", "", "Calle Ñandú 5", "", "San José", "CA",
      "95112", NULL, "", "" },
    { HUSTINGS_ENTITY_IND, "", "Antonín", "Dvořák", "", "1 Nové Město", "", "Spillville", "IA",
      "52168", NULL, "", "" },
    { HUSTINGS_ENTITY_IND, "", "Nguyễn", "Văn An", "", "88 Phở St", "", "Houston", "TX",
      "77072", NULL, "", "" },
  };
  static const char *expected[] = {
    "Dear Sr. Núñez | José | Sr. José Núñez\nSr. José Núñez\nCalle Ñandú 5\nSan José, CA 95112",
    "Dear Antonín | Antonín | Antonín Dvořák\nAntonín Dvořák\n1 Nové Město\nSpillville, IA 52168",
    "Dear Nguyễn | Nguyễn | Nguyễn Văn An\nNguyễn Văn An\n88 Phở St\nHouston, TX 77072",
  };
  g_autoptr(HustingsMergeContext) ctx = merge_context (file, HUSTINGS_TEMPLATE_LETTER);

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(HustingsContact) contact = get_contact (file, add_contact (file, &people[i]));
      g_autofree char *text = merge (ctx, contact, NULL,
                                     "Dear {{salutation}} | {{first_name}} | {{full_name}}\n"
                                     "{{address}}", NULL);

      g_assert_true (g_utf8_validate (text, -1, NULL));
      g_assert_cmpstr (text, ==, expected[i]);
    }
}

/* ---- Letters ---- */

static const Person letter_people[] = {
  { HUSTINGS_ENTITY_IND, "", "José", "Núñez", "", "Calle Ñandú 5", "", "San José", "CA",
    "95112", NULL, "Acme", "Teacher" },
  { HUSTINGS_ENTITY_IND, "Ms.", "Zoë", "Ångström", "", "12 Elm St", "Apt 4", "Austin", "TX",
    "78701", NULL, "Dell", "Engineer" },
  { HUSTINGS_ENTITY_IND, "", "Antonín", "Dvořák", "", "", "", "", "", "", NULL, "", "" },
  { HUSTINGS_ENTITY_IND, "", "Nguyễn", "Văn An", "", "88 Phở St", "", "Houston", "TX", "77072",
    NULL, "", "" },
};

/* The letter people, each with a gift (José $250, Zoë $100, Antonín $50, Nguyễn $300), in
 * the order given by order. */
static GArray *
add_letter_people (HustingsCommitteeFile *file, const guint *order)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  static const gint64 cents[] = { 25000, 10000, 5000, 30000 };
  gint64 added[G_N_ELEMENTS (letter_people)];

  for (guint i = 0; i < G_N_ELEMENTS (letter_people); i++)
    {
      g_autoptr(HustingsDonation) gift = NULL;

      added[i] = add_contact (file, &letter_people[i]);
      gift = give (file, added[i], "2026-04-15", cents[i], HUSTINGS_METHOD_CHECK, "", 0);
    }
  for (guint i = 0; i < G_N_ELEMENTS (letter_people); i++)
    g_array_append_val (ids, added[order[i]]);
  return ids;
}

static HustingsLetters *
make_letters (HustingsCommitteeFile *file, const char *template_name, GArray *ids)
{
  g_autoptr(HustingsTemplate) t = NULL;
  g_autoptr(GError) error = NULL;
  HustingsLetters *letters;

  t = hustings_template_store_get (file, template_name, &error);
  g_assert_no_error (error);
  letters = hustings_letters_new (file, t, ids, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (letters);
  return letters;
}

/* The pages of style written to a PDF and read back by pdftotext, a string a page; NULL
 * when pdftotext is not there (the test is then skipped). */
static GStrv
pdf_pages (HustingsLetters *letters, HustingsLettersStyle style)
{
  g_autofree char *dir = test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "letters.pdf", NULL);
  g_autofree char *partial = g_strconcat (path, ".partial", NULL);
  g_autoptr(GError) error = NULL;
  GStrv pages;

  g_assert_true (hustings_letters_write_pdf (letters, style, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
  pages = test_pdf_pages (path, hustings_letters_get_n_pages (letters, style));
  test_rm_rf (g_steal_pointer (&dir));
  return pages;
}

static void
test_letters_pdf (void)
{
  HustingsCommitteeFile *file = new_campaign (FALSE);
  static const guint order[] = { 3, 0, 2, 1 };
  g_autoptr(GArray) ids = add_letter_people (file, order);
  g_autoptr(HustingsLetters) letters = make_letters (file, "Donation receipt", ids);
  g_auto(GStrv) pages = NULL;
  g_autofree char *title = NULL, *problems = NULL;
  GPtrArray *missing;
  /* In the order given: Nguyễn, José, Antonín, Zoë. */
  static const char *names[] = { "Nguyễn Văn An", "José Núñez", "Antonín Dvořák",
                                 "Ms. Zoë Ångström" };
  static const char *greetings[] = { "Dear Nguyễn,", "Dear José,", "Dear Antonín,",
                                     "Dear Ms. Ångström," };
  static const char *amounts[] = { "Amount: $300.00", "Amount: $250.00", "Amount: $50.00",
                                   "Amount: $100.00" };

  g_assert_cmpuint (hustings_letters_get_n_letters (letters), ==, 4);
  g_assert_cmpuint (hustings_letters_get_n_addressed (letters), ==, 3);
  g_assert_cmpuint (hustings_letters_get_n_pages (letters, HUSTINGS_LETTERS_LETTERS), ==, 4);
  title = hustings_letters_dup_title (letters);
  g_assert_cmpstr (title, ==, "Donation receipt — 4 letters");

  pages = pdf_pages (letters, HUSTINGS_LETTERS_LETTERS);
  if (pages == NULL)
    return;
  for (guint i = 0; i < 4; i++)
    {
      assert_has (pages[i], "Friends of Test");
      assert_has (pages[i], "PO Box 1204");
      assert_has (pages[i], names[i]);
      assert_has (pages[i], greetings[i]);
      assert_has (pages[i], amounts[i]);
      assert_has (pages[i], "Date received: April 15, 2026");
      assert_has (pages[i], "Pat Lee");
      assert_has (pages[i], "Treasurer, Friends of Test");
      assert_has (pages[i], "Paid for by Friends of Test");
      assert_has (pages[i], "not deductible");
      /* One letter a page. */
      for (guint j = 0; j < 4; j++)
        if (j != i)
          assert_lacks (pages[i], greetings[j]);
    }
  /* Nguyễn gave $300 with no employer: asked for it; José, complete, is not. */
  assert_has (pages[0], "best efforts");
  assert_lacks (pages[1], "best efforts");
  assert_has (pages[1], "Calle Ñandú 5");
  assert_has (pages[1], "San José, CA 95112");

  /* Antonín has no address: a letter, but no envelope or label, and it is said. */
  missing = hustings_letters_get_missing (letters);
  g_assert_cmpuint (missing->len, ==, 0);
  g_assert_cmpstr (hustings_letters_get_unaddressed_names (letters)[0], ==, "Antonín Dvořák");
  g_assert_null (hustings_letters_get_unaddressed_names (letters)[1]);
  problems = hustings_letters_dup_problems (letters);
  g_assert_cmpstr (problems, ==, "1 contact has no mailing address, so no envelope or label: "
                                 "Antonín Dvořák\n");
}

static void
test_letters_missing (void)
{
  HustingsCommitteeFile *file = new_campaign (FALSE);
  g_autoptr(HustingsTemplate) t = hustings_template_new (HUSTINGS_TEMPLATE_LETTER);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(HustingsLetters) letters = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problems = NULL;
  HustingsLettersMissing *first, *second;
  GPtrArray *missing;

  for (guint i = 0; i < 8; i++)
    {
      Person p = { HUSTINGS_ENTITY_IND, "", i < 7 ? "" : "Ana", "", "", "1 Main St", "",
                   "Austin", "TX", "78701", NULL, i < 2 ? "" : "Acme", "" };
      g_autofree char *last = g_strdup_printf ("Person%u", i);
      gint64 id;

      p.last = last;
      id = add_contact (file, &p);
      g_array_append_val (ids, id);
    }
  hustings_template_set_name (t, "Note");
  hustings_template_set_body (t, "Dear {{first_name}},\n\nYou work at {{employer}}.");
  letters = hustings_letters_new (file, t, ids, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  /* The field missing from the most letters first, with the first few names. */
  missing = hustings_letters_get_missing (letters);
  g_assert_cmpuint (missing->len, ==, 2);
  first = g_ptr_array_index (missing, 0);
  second = g_ptr_array_index (missing, 1);
  g_assert_cmpstr (first->field, ==, "first_name");
  g_assert_cmpstr (first->label, ==, "First name");
  g_assert_cmpuint (first->count, ==, 7);
  g_assert_cmpuint (g_strv_length (first->names), ==, HUSTINGS_LETTERS_NAMES_MAX);
  g_assert_cmpstr (first->names[0], ==, "Person0");
  g_assert_cmpstr (second->field, ==, "employer");
  g_assert_cmpuint (second->count, ==, 2);
  problems = hustings_letters_dup_problems (letters);
  g_assert_cmpstr (problems, ==,
                   "First name ({{first_name}}) is empty in 7 letters: Person0, Person1, "
                   "Person2, Person3, Person4 and 2 more\n"
                   "Employer ({{employer}}) is empty in 2 letters: Person0, Person1\n");
}

static void
test_letters_long (void)
{
  HustingsCommitteeFile *file = new_campaign (FALSE);
  static const guint order[] = { 0, 1, 2, 3 };
  g_autoptr(GArray) ids = add_letter_people (file, order);
  g_autoptr(HustingsTemplate) t = hustings_template_new (HUSTINGS_TEMPLATE_LETTER);
  g_autoptr(HustingsLetters) letters = NULL;
  g_autoptr(GString) body = g_string_new ("Dear {{salutation|Friend}},");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) pages = NULL;

  for (guint i = 1; i <= 16; i++)
    g_string_append_printf (body, "\n\nParagraph %u. Every contribution goes straight to work: "
                            "yard signs, phone banks and the volunteers knocking on doors in "
                            "every neighborhood of the district, from the river to the hills.",
                            i);
  g_string_append (body, "\n\nThe end, {{first_name|friend}}.");
  hustings_template_set_name (t, "Long letter");
  hustings_template_set_body (t, body->str);
  g_array_set_size (ids, 2);
  letters = hustings_letters_new (file, t, ids, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  /* Each letter runs over to a second page of its own. */
  g_assert_cmpuint (hustings_letters_get_n_letters (letters), ==, 2);
  g_assert_cmpuint (hustings_letters_get_n_pages (letters, HUSTINGS_LETTERS_LETTERS), ==, 4);
  pages = pdf_pages (letters, HUSTINGS_LETTERS_LETTERS);
  if (pages == NULL)
    return;
  assert_has (pages[0], "Dear José,");
  assert_has (pages[0], "Paragraph 1.");
  assert_lacks (pages[0], "The end");
  assert_lacks (pages[0], "With gratitude,");
  assert_has (pages[1], "José Núñez");
  assert_has (pages[1], "page 2");
  assert_has (pages[1], "Paragraph 16.");
  assert_has (pages[1], "The end, José.");
  assert_has (pages[1], "With gratitude,");
  assert_has (pages[2], "Dear Ms. Ångström,");
  assert_has (pages[3], "The end, Zoë.");
  /* No line is lost or printed twice at the break. */
  for (guint i = 1; i <= 16; i++)
    {
      g_autofree char *marker = g_strdup_printf ("Paragraph %u.", i);

      g_assert_true ((strstr (pages[0], marker) != NULL) != (strstr (pages[1], marker) != NULL));
    }
}

static void
test_envelopes_labels (void)
{
  HustingsCommitteeFile *file = new_campaign (FALSE);
  static const guint order[] = { 0, 1, 2, 3 };
  g_autoptr(GArray) ids = add_letter_people (file, order);
  g_autoptr(HustingsLetters) letters = NULL, more = NULL;
  g_auto(GStrv) envelopes = NULL, labels = NULL;
  double width, height;

  hustings_letters_page_size (HUSTINGS_LETTERS_ENVELOPES, &width, &height);
  g_assert_cmpfloat (width, ==, 9.5 * 72);
  g_assert_cmpfloat (height, ==, 4.125 * 72);
  hustings_letters_page_size (HUSTINGS_LETTERS_LABELS, &width, &height);
  g_assert_cmpfloat (width, ==, 8.5 * 72);
  g_assert_cmpfloat (height, ==, 11 * 72);

  letters = make_letters (file, "Thank-you letter", ids);
  g_assert_cmpuint (hustings_letters_get_n_pages (letters, HUSTINGS_LETTERS_ENVELOPES), ==, 3);
  g_assert_cmpuint (hustings_letters_get_n_pages (letters, HUSTINGS_LETTERS_LABELS), ==, 1);
  envelopes = pdf_pages (letters, HUSTINGS_LETTERS_ENVELOPES);
  if (envelopes == NULL)
    return;
  assert_has (envelopes[0], "Friends of Test");
  assert_has (envelopes[0], "José Núñez");
  assert_has (envelopes[0], "San José, CA 95112");
  assert_has (envelopes[1], "Ms. Zoë Ångström");
  assert_has (envelopes[2], "Nguyễn Văn An");
  labels = pdf_pages (letters, HUSTINGS_LETTERS_LABELS);
  assert_has (labels[0], "Nguyễn Văn An");
  assert_lacks (labels[0], "Dvořák");

  /* 31 addressed contacts: two sheets, the second with one label. */
  for (guint i = 0; i < 28; i++)
    {
      Person p = letter_people[1];
      g_autofree char *last = g_strdup_printf ("Label%02u", i);
      gint64 id;

      p.last = last;
      id = add_contact (file, &p);
      g_array_append_val (ids, id);
    }
  more = make_letters (file, "Thank-you letter", ids);
  g_assert_cmpuint (hustings_letters_get_n_addressed (more), ==, 31);
  g_assert_cmpuint (hustings_letters_get_n_pages (more, HUSTINGS_LETTERS_LABELS), ==, 2);
  g_clear_pointer (&labels, g_strfreev);
  labels = pdf_pages (more, HUSTINGS_LETTERS_LABELS);
  assert_has (labels[0], "Label26");
  assert_lacks (labels[0], "Label27");
  assert_has (labels[1], "Label27");
}

static void
test_log (void)
{
  HustingsCommitteeFile *file = new_campaign (FALSE);
  static const guint order[] = { 0, 1, 2, 3 };
  g_autoptr(GArray) ids = add_letter_people (file, order);
  g_autoptr(HustingsLetters) letters = make_letters (file, "Thank-you letter", ids);
  g_autoptr(GPtrArray) logged = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = hustings_date_today ();
  HustingsInteraction *interaction;
  guint changes = 0;

  g_assert_cmpint (hustings_interaction_store_count (file), ==, 0);
  g_signal_connect (file, "outreach-changed", G_CALLBACK (test_count_cb), &changes);
  g_assert_true (hustings_letters_log_interactions (letters, file, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hustings_interaction_store_count (file), ==, 4);
  g_assert_cmpuint (changes, ==, 1);

  logged = hustings_interaction_store_list (file, g_array_index (ids, gint64, 2), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (logged->len, ==, 1);
  interaction = g_ptr_array_index (logged, 0);
  g_assert_cmpint (hustings_interaction_get_kind (interaction), ==, HUSTINGS_INTERACTION_LETTER);
  g_assert_cmpstr (hustings_interaction_get_outcome (interaction), ==, "Thank-you letter");
  g_assert_cmpstr (hustings_interaction_get_occurred_at (interaction), ==, today);
}

static void
count_progress_cb (double fraction, gpointer user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, *last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  *last = fraction;
}

static void
cancel_progress_cb (double fraction, gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

static void
test_cancel (void)
{
  HustingsCommitteeFile *file = new_campaign (FALSE);
  static const guint order[] = { 0, 1, 2, 3 };
  g_autoptr(GArray) ids = add_letter_people (file, order);
  g_autoptr(HustingsTemplate) t = NULL, email = NULL;
  g_autoptr(HustingsLetters) letters = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "letters.pdf", NULL);
  g_autofree char *partial = g_strconcat (path, ".partial", NULL);
  double last = 0;

  g_test_queue_destroy ((GDestroyNotify) test_rm_rf, g_strdup (dir));
  t = hustings_template_store_get (file, "Thank-you letter", &error);
  g_assert_no_error (error);

  /* Cancelled while merging: no letters. */
  g_cancellable_cancel (cancellable);
  g_assert_null (hustings_letters_new (file, t, ids, NULL, NULL, cancellable, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CANCELLED);
  g_clear_error (&error);
  g_cancellable_reset (cancellable);

  letters = hustings_letters_new (file, t, ids, count_progress_cb, &last, cancellable, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (last, ==, 1.0);

  /* Cancelled while writing: no PDF, not even in part; and so nothing to log. */
  g_assert_false (hustings_letters_write_pdf (letters, HUSTINGS_LETTERS_LETTERS, path,
                                              cancel_progress_cb, cancellable, cancellable,
                                              &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
  g_assert_cmpint (hustings_interaction_store_count (file), ==, 0);

  /* An email template is not for letters. */
  email = hustings_template_store_get (file, "Thank-you email", &error);
  g_assert_no_error (error);
  g_assert_null (hustings_letters_new (file, email, ids, NULL, NULL, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  assert_has (error->message, "email template");
}

static void
test_no_contacts (void)
{
  HustingsCommitteeFile *file = new_campaign (FALSE);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(HustingsLetters) letters = NULL;
  g_autoptr(GError) error = NULL;
  gint64 gone = 4242;

  /* Ids not in the file are skipped. */
  g_array_append_val (ids, gone);
  letters = make_letters (file, "Thank-you letter", ids);
  g_assert_cmpuint (hustings_letters_get_n_letters (letters), ==, 0);
  g_assert_cmpuint (hustings_letters_get_n_pages (letters, HUSTINGS_LETTERS_LETTERS), ==, 0);
  g_assert_false (hustings_letters_write_pdf (letters, HUSTINGS_LETTERS_LETTERS, "unused.pdf",
                                              NULL, NULL, NULL, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID);
  g_assert_false (g_file_test ("unused.pdf", G_FILE_TEST_EXISTS));
  g_assert_true (hustings_letters_log_interactions (letters, file, NULL));
}

static void
test_draw (void)
{
  HustingsCommitteeFile *file = new_campaign (FALSE);
  static const guint order[] = { 0, 1, 2, 3 };
  g_autoptr(GArray) ids = add_letter_people (file, order);
  g_autoptr(HustingsLetters) letters = make_letters (file, "Thank-you letter", ids);

  /* A preview, half size: something is drawn on every kind of page. */
  for (HustingsLettersStyle style = HUSTINGS_LETTERS_LETTERS; style <= HUSTINGS_LETTERS_LABELS;
       style++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 306, 396);
      cairo_t *cr = cairo_create (surface);
      guint32 *pixels;
      gboolean inked = FALSE;

      hustings_letters_draw_page (letters, style, cr, 0, 306, 396);
      cairo_surface_flush (surface);
      pixels = (guint32 *) cairo_image_surface_get_data (surface);
      for (guint i = 0; i < 306 * 396 && !inked; i++)
        inked = pixels[i] != 0;
      g_assert_true (inked);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/letters/template/builtins", test_builtins);
  g_test_add_func ("/letters/template/store", test_store);
  g_test_add_func ("/letters/template/validate", test_validate);
  g_test_add_func ("/letters/merge/fields", test_merge_fields);
  g_test_add_func ("/letters/merge/fallbacks", test_merge_fallbacks);
  g_test_add_func ("/letters/merge/unknown", test_merge_unknown);
  g_test_add_func ("/letters/merge/fec-notice", test_fec_notice);
  g_test_add_func ("/letters/merge/fec-notice-pac", test_fec_notice_pac);
  g_test_add_func ("/letters/merge/non-ascii", test_merge_non_ascii);
  g_test_add_func ("/letters/pdf/letters", test_letters_pdf);
  g_test_add_func ("/letters/pdf/missing", test_letters_missing);
  g_test_add_func ("/letters/pdf/long", test_letters_long);
  g_test_add_func ("/letters/pdf/envelopes-labels", test_envelopes_labels);
  g_test_add_func ("/letters/pdf/draw", test_draw);
  g_test_add_func ("/letters/log", test_log);
  g_test_add_func ("/letters/cancel", test_cancel);
  g_test_add_func ("/letters/no-contacts", test_no_contacts);

  return g_test_run ();
}
