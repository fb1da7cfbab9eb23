/* hustings-merge.c: merge fields, and templates merged for contacts.
 *
 * A text is scanned as it is merged (there is nothing worth caching in a parse: a letter is a
 * few hundred bytes). What a contact's fields need beyond the contact itself (the gift thanked
 * for, the year's total) is read from the file once per text, and only when a field asks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-merge"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hustings-committee.h"
#include "hustings-committee-file-private.h"
#include "hustings-contact-store.h"
#include "hustings-dates.h"
#include "hustings-error.h"
#include "hustings-merge-private.h"
#include "hustings-money.h"

/* The FEC's itemization threshold: best efforts are owed over $200. */
#define BEST_EFFORTS_CENTS 20000

typedef enum {
  FIELD_SALUTATION,
  FIELD_FIRST_NAME,
  FIELD_LAST_NAME,
  FIELD_FULL_NAME,
  FIELD_ORGANIZATION,
  FIELD_ADDRESS,
  FIELD_STREET,
  FIELD_CITY,
  FIELD_STATE,
  FIELD_ZIP,
  FIELD_EMAIL,
  FIELD_EMPLOYER,
  FIELD_OCCUPATION,
  FIELD_GIFT_AMOUNT,
  FIELD_GIFT_DATE,
  FIELD_GIFT_METHOD,
  FIELD_CYCLE_TOTAL,
  FIELD_YEAR_TOTAL,
  FIELD_CYCLE,
  FIELD_COMMITTEE_NAME,
  FIELD_COMMITTEE_ADDRESS,
  FIELD_TREASURER_NAME,
  FIELD_TODAY,
  FIELD_FEC_NOTICE,
  FIELD_UNSUBSCRIBE,
  N_FIELDS
} FieldId;

static const HustingsMergeField fields[N_FIELDS] = {
  [FIELD_SALUTATION] = { "salutation", N_("Salutation"),
    N_("How to greet them: “Ms. Núñez” with a title, else the first name; an organization’s "
       "name") },
  [FIELD_FIRST_NAME] = { "first_name", N_("First name"), N_("A person’s first name") },
  [FIELD_LAST_NAME] = { "last_name", N_("Last name"), N_("A person’s last name") },
  [FIELD_FULL_NAME] = { "full_name", N_("Full name"),
    N_("The whole name, with title and suffix, or the organization’s name") },
  [FIELD_ORGANIZATION] = { "organization", N_("Organization"),
    N_("The organization’s name (for a person, the one they are filed with, if any)") },
  [FIELD_ADDRESS] = { "address", N_("Mailing address"),
    N_("The whole mailing address, name included, on several lines") },
  [FIELD_STREET] = { "street", N_("Street"), N_("The street address, one line or two") },
  [FIELD_CITY] = { "city", N_("City"), N_("The city of the mailing address") },
  [FIELD_STATE] = { "state", N_("State"), N_("The state of the mailing address (“TX”)") },
  [FIELD_ZIP] = { "zip", N_("ZIP code"), N_("The ZIP code of the mailing address") },
  [FIELD_EMAIL] = { "email", N_("Email address"), N_("Their first email address") },
  [FIELD_EMPLOYER] = { "employer", N_("Employer"), N_("Their employer, as on file") },
  [FIELD_OCCUPATION] = { "occupation", N_("Occupation"), N_("Their occupation, as on file") },
  [FIELD_GIFT_AMOUNT] = { "gift_amount", N_("Gift amount"),
    N_("The amount of the gift thanked for (their latest): “$250.00”") },
  [FIELD_GIFT_DATE] = { "gift_date", N_("Gift date"),
    N_("The day the gift was received: “March 4, 2026”") },
  [FIELD_GIFT_METHOD] = { "gift_method", N_("Gift method"),
    N_("How it was given: “Check no. 1042”, “Online”, “Cash”…") },
  [FIELD_CYCLE_TOTAL] = { "cycle_total", N_("Cycle total"),
    N_("All they have given in the committee’s election cycle") },
  [FIELD_YEAR_TOTAL] = { "year_total", N_("Year total"),
    N_("All they have given this calendar year") },
  [FIELD_CYCLE] = { "cycle", N_("Election cycle"), N_("The committee’s election cycle: “2026”") },
  [FIELD_COMMITTEE_NAME] = { "committee_name", N_("Committee name"),
    N_("The committee’s name, as registered with the FEC") },
  [FIELD_COMMITTEE_ADDRESS] = { "committee_address", N_("Committee address"),
    N_("The committee’s mailing address, on one line") },
  [FIELD_TREASURER_NAME] = { "treasurer_name", N_("Treasurer’s name"),
    N_("The committee’s treasurer") },
  [FIELD_TODAY] = { "today", N_("Today’s date"), N_("The date it is sent: “November 23, 2026”") },
  [FIELD_FEC_NOTICE] = { "fec_notice", N_("FEC notice"),
    N_("Not tax deductible; and the best-efforts request for employer and occupation when the "
       "law asks for it") },
  [FIELD_UNSUBSCRIBE] = { "unsubscribe", N_("Unsubscribe"),
    N_("Email only: how to stop receiving these emails") },
};

struct _HustingsMergeContext {
  HustingsCommitteeFile *file;            /* borrowed */
  HustingsTemplateKind   kind;
  gboolean               form3;           /* a candidate's committee: aggregates per cycle */
  int                    cycle;
  int                    year;            /* today's */
  char                  *today;           /* YYYY-MM-DD */
  char                  *today_text;      /* "November 23, 2026" */
  char                  *committee_name;
  GStrv                  committee_lines; /* street lines, "City, ST ZIP" */
  char                  *committee_address;
  char                  *committee_email;
  char                  *treasurer_name;
  char                  *from_address;
};

/* What a contact's fields need from the file, read once per text when a field asks. */
typedef struct {
  gboolean       gift_read;
  gboolean       has_gift;
  gint64         gift_cents;
  char          *gift_date;
  HustingsMethod gift_method;
  char          *check_number;
  gboolean       year_read;
  gint64         year_total;
} Lookup;

static void
lookup_clear (Lookup *lookup)
{
  g_free (lookup->gift_date);
  g_free (lookup->check_number);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Lookup, lookup_clear)

const HustingsMergeField *
hustings_merge_fields (guint *n_fields)
{
  static HustingsMergeField translated[N_FIELDS];
  static gsize done;

  if (g_once_init_enter (&done))
    {
      for (guint i = 0; i < N_FIELDS; i++)
        translated[i] = (HustingsMergeField) {
          fields[i].name, _(fields[i].label), _(fields[i].description)
        };
      g_once_init_leave (&done, 1);
    }
  if (n_fields != NULL)
    *n_fields = N_FIELDS;
  return translated;
}

/* The field called name (the length given), or -1. */
static int
find_field (const char *name,
            gsize       length)
{
  for (guint i = 0; i < N_FIELDS; i++)
    if (strlen (fields[i].name) == length && strncmp (fields[i].name, name, length) == 0)
      return i;
  return -1;
}

const HustingsMergeField *
hustings_merge_field_lookup (const char *name)
{
  int id;

  g_return_val_if_fail (name != NULL, NULL);

  id = find_field (name, strlen (name));
  return id < 0 ? NULL : &hustings_merge_fields (NULL)[id];
}

/* ---- Scanning ---- */

/* One {{…}} of a text. */
typedef struct {
  const char *start;          /* the opening braces */
  const char *end;            /* just after the closing braces */
  const char *name;           /* the name, blanks trimmed */
  gsize       name_length;
  const char *fallback;       /* after the bar, as written; NULL without one */
  gsize       fallback_length;
} Placeholder;

/* The next placeholder from p; FALSE when there is none. An opening without its closing is
 * returned with end NULL. */
static gboolean
next_placeholder (const char  *p,
                  Placeholder *out)
{
  const char *open = strstr (p, "{{");
  const char *close, *bar, *name, *name_end;

  if (open == NULL)
    return FALSE;
  *out = (Placeholder) { open, NULL, NULL, 0, NULL, 0 };
  close = strstr (open + 2, "}}");
  if (close == NULL)
    return TRUE;
  out->end = close + 2;
  bar = memchr (open + 2, '|', close - (open + 2));
  name = open + 2;
  name_end = bar ? bar : close;
  while (name < name_end && g_ascii_isspace (*name))
    name++;
  while (name_end > name && g_ascii_isspace (name_end[-1]))
    name_end--;
  out->name = name;
  out->name_length = name_end - name;
  if (bar != NULL)
    {
      out->fallback = bar + 1;
      out->fallback_length = close - (bar + 1);
    }
  return TRUE;
}

/* At most 40 characters of text for a message, cut at a character boundary. */
static char *
excerpt (const char *text,
         gsize       length)
{
  const char *end = text;

  for (guint n = 0; n < 40 && end < text + length && *end != '\0'; n++)
    end = g_utf8_next_char (end);
  if (end < text + length && *end != '\0')
    return g_strdup_printf ("%.*s…", (int) (end - text), text);
  return g_strndup (text, end - text);
}

gboolean
hustings_merge_check (const char  *text,
                      const char  *what,
                      GError     **error)
{
  Placeholder ph;

  g_return_val_if_fail (text != NULL, FALSE);

  for (const char *p = text; next_placeholder (p, &ph); p = ph.end)
    {
      g_autofree char *shown = NULL;

      if (ph.end == NULL)
        {
          shown = excerpt (ph.start, strlen (ph.start));
          if (what != NULL)
            /* Translators: the first %s is "The text" or "The subject", the second what was
             * written ("{{first_name") */
            g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                         _("%s has a merge field that is not closed with }}: “%s”"), what,
                         shown);
          else
            g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                         _("A merge field is not closed with }}: “%s”"), shown);
          return FALSE;
        }
      if (find_field (ph.name, ph.name_length) < 0)
        {
          shown = excerpt (ph.name, ph.name_length);
          if (ph.name_length == 0)
            g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                         _("%s has a merge field with no name: “{{}}”"),
                         what ? what : _("The text"));
          else if (what != NULL)
            /* Translators: the first %s is "The text" or "The subject", the second a name */
            g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                         _("%s uses {{%s}}, which is not a merge field"), what, shown);
          else
            g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                         _("{{%s}} is not a merge field"), shown);
          return FALSE;
        }
    }
  return TRUE;
}

/* ---- Addresses ---- */

/* "Austin, TX 78701" (US) or "Lyon 69002" (abroad); "" when there is neither city, state nor
 * ZIP. */
static char *
city_line (const char *city,
           const char *state,
           const char *zip,
           gboolean    us)
{
  GString *line = g_string_new (city);

  if (us && *city != '\0' && (*state != '\0' || *zip != '\0'))
    g_string_append_c (line, ',');
  if (*state != '\0')
    g_string_append_printf (line, "%s%s", line->len ? " " : "", state);
  if (*zip != '\0')
    g_string_append_printf (line, "%s%s", line->len ? " " : "", zip);
  return g_string_free (line, FALSE);
}

GStrv
hustings_merge_address_lines (HustingsContact *contact)
{
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();
  const char *street1, *street2, *city, *state, *zip, *org, *country;
  gboolean us;
  g_autofree char *last = NULL;

  g_return_val_if_fail (HUSTINGS_IS_CONTACT (contact), NULL);

  street1 = hustings_contact_get_field (contact, HUSTINGS_CONTACT_STREET1);
  street2 = hustings_contact_get_field (contact, HUSTINGS_CONTACT_STREET2);
  city = hustings_contact_get_field (contact, HUSTINGS_CONTACT_CITY);
  state = hustings_contact_get_field (contact, HUSTINGS_CONTACT_STATE);
  zip = hustings_contact_get_field (contact, HUSTINGS_CONTACT_ZIP);
  country = hustings_contact_get_country (contact);
  us = hustings_country_is_us (country);
  if ((*street1 == '\0' && *street2 == '\0') || *city == '\0' ||
      (us && (*state == '\0' || *zip == '\0')))
    return NULL;

  g_strv_builder_add (lines, hustings_contact_get_display_name (contact));
  org = hustings_contact_get_field (contact, HUSTINGS_CONTACT_ORG_NAME);
  if (*org != '\0' && strcmp (org, hustings_contact_get_display_name (contact)) != 0)
    g_strv_builder_add (lines, org);
  if (*street1 != '\0')
    g_strv_builder_add (lines, street1);
  if (*street2 != '\0')
    g_strv_builder_add (lines, street2);
  last = city_line (city, state, zip, us);
  g_strv_builder_add (lines, last);
  if (!us)
    {
      g_autofree char *upper = g_utf8_strup (country, -1);

      g_strv_builder_add (lines, upper);
    }
  return g_strv_builder_end (lines);
}

/* ---- The context ---- */

/* "November 23, 2026" for YYYY-MM-DD; "" for anything else. */
static char *
long_date (const char *date)
{
  g_autoptr(GDateTime) dt = NULL;

  if (date == NULL || !hustings_date_is_valid (date))
    return g_strdup ("");
  dt = g_date_time_new_utc ((int) g_ascii_strtoll (date, NULL, 10),
                            (int) g_ascii_strtoll (date + 5, NULL, 10),
                            (int) g_ascii_strtoll (date + 8, NULL, 10), 12, 0, 0);
  /* Translators: a date written out in a letter, a strftime format: "November 23, 2026" */
  return g_date_time_format (dt, _("%B %-d, %Y"));
}

HustingsMergeContext *
hustings_merge_context_new (HustingsCommitteeFile  *file,
                            HustingsTemplateKind    kind,
                            GError                **error)
{
  const HustingsCommittee *committee;
  HustingsMergeContext *ctx;
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();
  g_autofree char *last = NULL;
  g_autofree char *today = hustings_date_today ();

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);
  g_return_val_if_fail (kind < HUSTINGS_N_TEMPLATE_KINDS, NULL);

  committee = hustings_committee_file_peek_committee (file);
  if (committee == NULL)
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CORRUPT,
                           _("The committee file has no committee"));
      return NULL;
    }
  ctx = g_new0 (HustingsMergeContext, 1);
  ctx->file = file;
  ctx->kind = kind;
  ctx->form3 = g_strcmp0 (hustings_committee_form (committee), "F3") == 0;
  ctx->cycle = hustings_committee_active_cycle (committee);
  ctx->committee_name = g_strdup (committee->name ? committee->name : "");
  if (committee->street1 && *committee->street1)
    g_strv_builder_add (lines, committee->street1);
  if (committee->street2 && *committee->street2)
    g_strv_builder_add (lines, committee->street2);
  last = city_line (committee->city ? committee->city : "", committee->state ? committee->state
                    : "", committee->zip ? committee->zip : "", TRUE);
  if (*last != '\0')
    g_strv_builder_add (lines, last);
  ctx->committee_lines = g_strv_builder_end (lines);
  ctx->committee_address = g_strjoinv (", ", ctx->committee_lines);
  ctx->committee_email = g_strdup (committee->email ? committee->email : "");
  ctx->treasurer_name = g_strstrip (g_strdup_printf ("%s %s",
                                                     committee->treasurer_first
                                                     ? committee->treasurer_first : "",
                                                     committee->treasurer_last
                                                     ? committee->treasurer_last : ""));
  hustings_merge_context_set_today (ctx, today);
  return ctx;
}

void
hustings_merge_context_free (HustingsMergeContext *ctx)
{
  if (ctx == NULL)
    return;
  g_free (ctx->today);
  g_free (ctx->today_text);
  g_free (ctx->committee_name);
  g_strfreev (ctx->committee_lines);
  g_free (ctx->committee_address);
  g_free (ctx->committee_email);
  g_free (ctx->treasurer_name);
  g_free (ctx->from_address);
  g_free (ctx);
}

void
hustings_merge_context_set_today (HustingsMergeContext *ctx,
                                  const char           *date)
{
  g_return_if_fail (ctx != NULL);
  g_return_if_fail (hustings_date_is_valid (date));

  g_free (ctx->today);
  ctx->today = g_strdup (date);
  ctx->year = (int) g_ascii_strtoll (date, NULL, 10);
  g_free (ctx->today_text);
  ctx->today_text = long_date (date);
}

void
hustings_merge_context_set_from_address (HustingsMergeContext *ctx,
                                         const char           *address)
{
  g_return_if_fail (ctx != NULL);

  g_free (ctx->from_address);
  ctx->from_address = g_strdup (address && *address ? address : NULL);
}

const char *
hustings_merge_context_get_committee_name (HustingsMergeContext *ctx)
{
  return ctx->committee_name;
}

const char * const *
hustings_merge_context_get_committee_lines (HustingsMergeContext *ctx)
{
  return (const char * const *) ctx->committee_lines;
}

const char *
hustings_merge_context_get_treasurer_name (HustingsMergeContext *ctx)
{
  return ctx->treasurer_name;
}

const char *
hustings_merge_context_get_today (HustingsMergeContext *ctx)
{
  return ctx->today;
}

const char *
hustings_merge_context_get_today_text (HustingsMergeContext *ctx)
{
  return ctx->today_text;
}

/* ---- Field values ---- */

/* Reads the contact's latest contribution (not a refund, a redesignation or another kind of
 * receipt) unless the caller named the gift. */
static gboolean
read_gift (HustingsMergeContext  *ctx,
           HustingsContact       *contact,
           HustingsDonation      *gift,
           Lookup                *lookup,
           GError               **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (lookup->gift_read)
    return TRUE;
  lookup->gift_read = TRUE;
  if (gift != NULL)
    {
      lookup->has_gift = TRUE;
      lookup->gift_cents = hustings_donation_get_amount (gift);
      lookup->gift_date = g_strdup (hustings_donation_get_date (gift));
      lookup->gift_method = hustings_donation_get_method (gift);
      lookup->check_number = g_strdup (hustings_donation_get_check_number (gift));
      return TRUE;
    }
  stmt = hustings_committee_file_prepare (ctx->file,
    "SELECT amount_cents, date_received, method, check_number FROM donation"
    " WHERE contact_id = ?1 AND amount_cents > 0 AND adjusts IS NULL AND receipt_line = ''"
    " ORDER BY date_received DESC, id DESC LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, hustings_contact_get_id (contact));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      lookup->has_gift = TRUE;
      lookup->gift_cents = sqlite3_column_int64 (stmt, 0);
      lookup->gift_date = g_strdup (hustings_column_text (stmt, 1));
      hustings_method_from_string (hustings_column_text (stmt, 2), &lookup->gift_method);
      lookup->check_number = g_strdup (hustings_column_text (stmt, 3));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return hustings_committee_file_set_sql_error (ctx->file, error);
  return TRUE;
}

static gint64
year_total (HustingsMergeContext *ctx,
            HustingsContact      *contact,
            Lookup               *lookup)
{
  if (!lookup->year_read)
    {
      g_autofree char *year = g_strdup_printf ("%d", ctx->year);

      lookup->year_total = hustings_contact_store_total (ctx->file,
                                                         hustings_contact_get_id (contact),
                                                         HUSTINGS_TOTAL_YEAR, year);
      lookup->year_read = TRUE;
    }
  return lookup->year_total;
}

/* The method as a donor would say it. */
static char *
describe_method (HustingsMethod  method,
                 const char     *check_number)
{
  switch (method)
    {
    case HUSTINGS_METHOD_CHECK:
      return check_number && *check_number
             /* Translators: how a gift was given, %s a check number */
             ? g_strdup_printf (_("Check no. %s"), check_number) : g_strdup (_("Check"));
    case HUSTINGS_METHOD_CASH:
      return g_strdup (_("Cash"));
    case HUSTINGS_METHOD_CARD:
      return g_strdup (_("Credit card"));
    case HUSTINGS_METHOD_IN_KIND:
      return g_strdup (_("In-kind contribution"));
    case HUSTINGS_METHOD_PROCESSOR:
      return g_strdup (_("Online"));
    case HUSTINGS_N_METHODS:
    default:
      return g_strdup ("");
    }
}

/* The FEC wording that applies to contact: never empty. The aggregate is the cycle's for a
 * candidate's committee, today's calendar year's otherwise (as the compliance check has it). */
static char *
fec_notice (HustingsMergeContext *ctx,
            HustingsContact      *contact,
            Lookup               *lookup)
{
  GString *notice = g_string_new (NULL);
  gboolean no_employer, no_occupation;
  gint64 aggregate;

  g_string_append_printf (notice,
                          /* Translators: %s is the committee's name */
                          _("Contributions to %s are not deductible for federal income tax "
                            "purposes."), ctx->committee_name);
  if (hustings_contact_get_entity_type (contact) != HUSTINGS_ENTITY_IND)
    return g_string_free (notice, FALSE);
  no_employer = *hustings_contact_get_field (contact, HUSTINGS_CONTACT_EMPLOYER) == '\0';
  no_occupation = *hustings_contact_get_field (contact, HUSTINGS_CONTACT_OCCUPATION) == '\0';
  if (!no_employer && !no_occupation)
    return g_string_free (notice, FALSE);
  aggregate = ctx->form3 ? hustings_contact_get_cycle_total (contact)
                         : year_total (ctx, contact, lookup);
  if (aggregate <= BEST_EFFORTS_CENTS)
    return g_string_free (notice, FALSE);

  g_string_append_c (notice, ' ');
  g_string_append (notice, ctx->form3
                   ? _("Federal law requires us to use our best efforts to collect and report "
                       "the name, mailing address, occupation and name of employer of "
                       "individuals whose contributions exceed $200 in an election cycle.")
                   : _("Federal law requires us to use our best efforts to collect and report "
                       "the name, mailing address, occupation and name of employer of "
                       "individuals whose contributions exceed $200 in a calendar year."));
  g_string_append_c (notice, ' ');
  {
    const char *missing = no_employer && no_occupation ? _("employer and occupation")
                          : no_employer ? _("employer") : _("occupation");
    const char *reach = *ctx->committee_email ? ctx->committee_email : ctx->committee_address;

    if (*reach != '\0')
      /* Translators: the first %s is "employer and occupation", "employer" or "occupation",
       * the second an email or mailing address */
      g_string_append_printf (notice, _("We do not have your %s on file yet: please send it to "
                                        "us at %s."), missing, reach);
    else
      g_string_append_printf (notice, _("We do not have your %s on file yet: please send it to "
                                        "us."), missing);
  }
  return g_string_free (notice, FALSE);
}

static char *
unsubscribe (HustingsMergeContext *ctx)
{
  if (ctx->kind != HUSTINGS_TEMPLATE_EMAIL || ctx->from_address == NULL)
    return g_strdup ("");
  /* Translators: the end of an email; %s is the address to write to */
  return g_strdup_printf (_("To stop receiving these emails, reply with “unsubscribe” in the "
                            "subject, or write to %s."), ctx->from_address);
}

/* The value of field for contact, "" when it has none; NULL on a read error. */
static char *
field_value (HustingsMergeContext  *ctx,
             FieldId                field,
             HustingsContact       *contact,
             HustingsDonation      *gift,
             Lookup                *lookup,
             GError               **error)
{
  gboolean person = hustings_entity_type_is_person (hustings_contact_get_entity_type (contact));
#define F(which) hustings_contact_get_field (contact, HUSTINGS_CONTACT_##which)

  switch (field)
    {
    case FIELD_SALUTATION:
      if (!person)
        return g_strdup (F (ORG_NAME));
      if (*F (PREFIX) != '\0' && *F (LAST_NAME) != '\0')
        return g_strdup_printf ("%s %s", F (PREFIX), F (LAST_NAME));
      return g_strdup (F (FIRST_NAME));
    case FIELD_FIRST_NAME:
      return g_strdup (person ? F (FIRST_NAME) : "");
    case FIELD_LAST_NAME:
      return g_strdup (person ? F (LAST_NAME) : "");
    case FIELD_FULL_NAME:
      return g_strdup (hustings_contact_get_display_name (contact));
    case FIELD_ORGANIZATION:
      return g_strdup (F (ORG_NAME));
    case FIELD_ADDRESS:
      {
        g_auto(GStrv) lines = hustings_merge_address_lines (contact);

        return lines ? g_strjoinv ("\n", lines) : g_strdup ("");
      }
    case FIELD_STREET:
      if (*F (STREET1) != '\0' && *F (STREET2) != '\0')
        return g_strdup_printf ("%s\n%s", F (STREET1), F (STREET2));
      return g_strdup (*F (STREET1) != '\0' ? F (STREET1) : F (STREET2));
    case FIELD_CITY:
      return g_strdup (F (CITY));
    case FIELD_STATE:
      return g_strdup (F (STATE));
    case FIELD_ZIP:
      return g_strdup (F (ZIP));
    case FIELD_EMAIL:
      {
        const char *email = hustings_contact_get_emails (contact)[0];

        return g_strdup (email ? email : "");
      }
    case FIELD_EMPLOYER:
      return g_strdup (F (EMPLOYER));
    case FIELD_OCCUPATION:
      return g_strdup (F (OCCUPATION));
    case FIELD_GIFT_AMOUNT:
    case FIELD_GIFT_DATE:
    case FIELD_GIFT_METHOD:
      if (!read_gift (ctx, contact, gift, lookup, error))
        return NULL;
      if (!lookup->has_gift)
        return g_strdup ("");
      if (field == FIELD_GIFT_AMOUNT)
        return hustings_money_format (lookup->gift_cents);
      if (field == FIELD_GIFT_DATE)
        return long_date (lookup->gift_date);
      return describe_method (lookup->gift_method, lookup->check_number);
    case FIELD_CYCLE_TOTAL:
      return hustings_money_format (hustings_contact_get_cycle_total (contact));
    case FIELD_YEAR_TOTAL:
      return hustings_money_format (year_total (ctx, contact, lookup));
    case FIELD_CYCLE:
      return g_strdup_printf ("%d", ctx->cycle);
    case FIELD_COMMITTEE_NAME:
      return g_strdup (ctx->committee_name);
    case FIELD_COMMITTEE_ADDRESS:
      return g_strdup (ctx->committee_address);
    case FIELD_TREASURER_NAME:
      return g_strdup (ctx->treasurer_name);
    case FIELD_TODAY:
      return g_strdup (ctx->today_text);
    case FIELD_FEC_NOTICE:
      return fec_notice (ctx, contact, lookup);
    case FIELD_UNSUBSCRIBE:
      return unsubscribe (ctx);
    case N_FIELDS:
    default:
      g_assert_not_reached ();
    }
#undef F
}

static void
add_missing (GPtrArray  *missing,
             const char *name)
{
  if (missing == NULL)
    return;
  for (guint i = 0; i < missing->len; i++)
    if (strcmp (g_ptr_array_index (missing, i), name) == 0)
      return;
  g_ptr_array_add (missing, g_strdup (name));
}

/* text merged, with the lookups shared by the texts of one template. */
static char *
merge (HustingsMergeContext  *ctx,
       const char            *text,
       HustingsContact       *contact,
       HustingsDonation      *gift,
       Lookup                *lookup,
       GPtrArray             *missing,
       GError               **error)
{
  g_autoptr(GString) out = g_string_sized_new (strlen (text) + 256);
  const char *p = text;
  Placeholder ph;

  if (!hustings_merge_check (text, NULL, error))
    return NULL;
  for (; next_placeholder (p, &ph); p = ph.end)
    {
      FieldId field = find_field (ph.name, ph.name_length);
      g_autofree char *value = NULL;

      g_string_append_len (out, p, ph.start - p);
      value = field_value (ctx, field, contact, gift, lookup, error);
      if (value == NULL)
        return NULL;
      if (*value != '\0')
        g_string_append (out, value);
      else if (ph.fallback != NULL)
        g_string_append_len (out, ph.fallback, ph.fallback_length);
      else
        add_missing (missing, fields[field].name);
    }
  g_string_append (out, p);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
hustings_merge_text (HustingsMergeContext  *ctx,
                     const char            *text,
                     HustingsContact       *contact,
                     HustingsDonation      *gift,
                     GPtrArray             *missing,
                     GError               **error)
{
  g_auto(Lookup) lookup = { 0 };

  g_return_val_if_fail (ctx != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (HUSTINGS_IS_CONTACT (contact), NULL);

  return merge (ctx, text, contact, gift, &lookup, missing, error);
}

HustingsMerged *
hustings_merge_template (HustingsMergeContext  *ctx,
                         HustingsTemplate      *template,
                         HustingsContact       *contact,
                         HustingsDonation      *gift,
                         GError               **error)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_free);
  g_auto(Lookup) lookup = { 0 };
  g_autofree char *subject = NULL;
  g_autofree char *body = NULL;
  HustingsMerged *merged;

  g_return_val_if_fail (ctx != NULL, NULL);
  g_return_val_if_fail (HUSTINGS_IS_TEMPLATE (template), NULL);
  g_return_val_if_fail (HUSTINGS_IS_CONTACT (contact), NULL);

  subject = merge (ctx, hustings_template_get_subject (template), contact, gift, &lookup,
                   missing, error);
  if (subject == NULL)
    return NULL;
  body = merge (ctx, hustings_template_get_body (template), contact, gift, &lookup, missing,
                error);
  if (body == NULL)
    return NULL;

  g_ptr_array_add (missing, NULL);
  merged = g_new0 (HustingsMerged, 1);
  merged->subject = g_steal_pointer (&subject);
  merged->body = g_steal_pointer (&body);
  merged->missing = (GStrv) g_ptr_array_free (g_steal_pointer (&missing), FALSE);
  return merged;
}

void
hustings_merged_free (HustingsMerged *merged)
{
  if (merged == NULL)
    return;
  g_free (merged->subject);
  g_free (merged->body);
  g_strfreev (merged->missing);
  g_free (merged);
}
