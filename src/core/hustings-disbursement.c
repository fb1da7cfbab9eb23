/* hustings-disbursement.c: money paid out as plain data; Schedule B lines and categories.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-disbursement"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hustings-dates.h"
#include "hustings-disbursement-private.h"
#include "hustings-error.h"
#include "hustings-money.h"
#include "hustings-validate.h"

struct _HustingsDisbursement
{
  GObject   parent_instance;

  gint64    id;
  gint64    contact_id;
  char     *payee_name;
  char     *date;
  gint64    amount;
  char     *purpose;
  char     *category;
  char     *line;
  char     *election;
  char     *check_number;
  char     *memo;
  gboolean  memo_entry;
  char     *source;
  char     *source_id;
  char     *tran_id;
};

G_DEFINE_FINAL_TYPE (HustingsDisbursement, hustings_disbursement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CONTACT_ID,
  PROP_PAYEE_NAME,
  PROP_DATE,
  PROP_DATE_TEXT,
  PROP_AMOUNT,
  PROP_AMOUNT_TEXT,
  PROP_PURPOSE,
  PROP_CATEGORY,
  PROP_CATEGORY_TEXT,
  PROP_LINE,
  PROP_LINE_TEXT,
  PROP_ELECTION,
  PROP_ELECTION_TEXT,
  PROP_CHECK_NUMBER,
  PROP_MEMO,
  PROP_MEMO_ENTRY,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The Schedule B lines, each form's in its order (fec-format.md §6). */
typedef struct {
  const char *code;
  const char *form;
  const char *number;
  const char *label;
} Line;

static const Line lines[] = {
  { "SB17",  "F3",  "17",    N_("Operating expenditures") },
  { "SB18",  "F3",  "18",    N_("Transfers to other authorized committees") },
  { "SB19A", "F3",  "19(a)", N_("Repayments of loans made or guaranteed by the candidate") },
  { "SB19B", "F3",  "19(b)", N_("Repayments of all other loans") },
  { "SB20A", "F3",  "20(a)", N_("Contribution refunds to individuals") },
  { "SB20B", "F3",  "20(b)", N_("Contribution refunds to political party committees") },
  { "SB20C", "F3",  "20(c)", N_("Contribution refunds to other political committees") },
  { "SB21",  "F3",  "21",    N_("Other disbursements") },
  { "SB21B", "F3X", "21(b)", N_("Other federal operating expenditures") },
  { "SB22",  "F3X", "22",    N_("Transfers to affiliated or other party committees") },
  { "SB23",  "F3X", "23",    N_("Contributions to federal candidates and committees") },
  { "SB26",  "F3X", "26",    N_("Loan repayments made") },
  { "SB27",  "F3X", "27",    N_("Loans made") },
  { "SB28A", "F3X", "28(a)", N_("Contribution refunds to individuals") },
  { "SB28B", "F3X", "28(b)", N_("Contribution refunds to political party committees") },
  { "SB28C", "F3X", "28(c)", N_("Contribution refunds to other political committees") },
  { "SB29",  "F3X", "29",    N_("Other disbursements") },
  { "SB30B", "F3X", "30(b)", N_("Federal election activity paid entirely with federal funds") },
};

static const char * const form3_lines[] = {
  "SB17", "SB18", "SB19A", "SB19B", "SB20A", "SB20B", "SB20C", "SB21", NULL
};
static const char * const form3x_lines[] = {
  "SB21B", "SB22", "SB23", "SB26", "SB27", "SB28A", "SB28B", "SB28C", "SB29", "SB30B", NULL
};

/* The FEC's category codes, 001 to 012 (fec-format.md §7). */
static const char * const category_codes[] = {
  "001", "002", "003", "004", "005", "006", "007", "008", "009", "010", "011", "012", NULL
};
/* The names the FEC gives them (its instructions for Schedule B), which files may use. */
static const char * const category_fec_names[] = {
  "Administrative/Salary/Overhead Expenses", "Travel Expenses",
  "Solicitation and Fund Raising Expenses", "Advertising Expenses", "Polling Expenses",
  "Campaign Materials", "Campaign Event Expenses", "Transfers", "Loan Repayments",
  "Refunds of Contributions",
  "Contributions to Federal Candidates/Committees and Other Political Committees", "Donations",
};
static const char * const category_labels[] = {
  N_("Administrative, salaries"), N_("Travel"), N_("Fundraising"),
  N_("Advertising"), N_("Polling"), N_("Campaign materials"), N_("Campaign events"),
  N_("Transfers"), N_("Loan repayments"), N_("Contribution refunds"),
  N_("Political contributions"), N_("Donations"),
};

static const Line *
find_line (const char *code)
{
  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (lines); i++)
    if (strcmp (lines[i].code, code) == 0)
      return &lines[i];
  return NULL;
}

static void
hustings_disbursement_finalize (GObject *object)
{
  HustingsDisbursement *self = (HustingsDisbursement *) object;

  g_free (self->payee_name);
  g_free (self->date);
  g_free (self->purpose);
  g_free (self->category);
  g_free (self->line);
  g_free (self->election);
  g_free (self->check_number);
  g_free (self->memo);
  g_free (self->source);
  g_free (self->source_id);
  g_free (self->tran_id);

  G_OBJECT_CLASS (hustings_disbursement_parent_class)->finalize (object);
}

static void
hustings_disbursement_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HustingsDisbursement *self = HUSTINGS_DISBURSEMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_CONTACT_ID:
      g_value_set_int64 (value, self->contact_id);
      break;
    case PROP_PAYEE_NAME:
      g_value_set_string (value, self->payee_name);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_DATE_TEXT:
      g_value_take_string (value, hustings_date_format (self->date));
      break;
    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;
    case PROP_AMOUNT_TEXT:
      g_value_take_string (value, hustings_money_format (self->amount));
      break;
    case PROP_PURPOSE:
      g_value_set_string (value, self->purpose);
      break;
    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;
    case PROP_CATEGORY_TEXT:
      g_value_set_string (value, hustings_disbursement_category_label (self->category));
      break;
    case PROP_LINE:
      g_value_set_string (value, self->line);
      break;
    case PROP_LINE_TEXT:
      g_value_take_string (value, hustings_disbursement_line_describe (self->line));
      break;
    case PROP_ELECTION:
      g_value_set_string (value, self->election);
      break;
    case PROP_ELECTION_TEXT:
      g_value_take_string (value, self->election
                                  ? hustings_election_code_describe (self->election)
                                  : g_strdup (""));
      break;
    case PROP_CHECK_NUMBER:
      g_value_set_string (value, self->check_number);
      break;
    case PROP_MEMO:
      g_value_set_string (value, self->memo);
      break;
    case PROP_MEMO_ENTRY:
      g_value_set_boolean (value, self->memo_entry);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_disbursement_class_init (HustingsDisbursementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  static const struct { guint prop; const char *name; } strings[] = {
    { PROP_PAYEE_NAME, "payee-name" }, { PROP_DATE, "date" }, { PROP_DATE_TEXT, "date-text" },
    { PROP_AMOUNT_TEXT, "amount-text" }, { PROP_PURPOSE, "purpose" },
    { PROP_CATEGORY, "category" }, { PROP_CATEGORY_TEXT, "category-text" },
    { PROP_LINE, "line" }, { PROP_LINE_TEXT, "line-text" }, { PROP_ELECTION, "election" },
    { PROP_ELECTION_TEXT, "election-text" }, { PROP_CHECK_NUMBER, "check-number" },
    { PROP_MEMO, "memo" }, { PROP_SOURCE, "source" },
  };

  object_class->finalize = hustings_disbursement_finalize;
  object_class->get_property = hustings_disbursement_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CONTACT_ID] = g_param_spec_int64 ("contact-id", NULL, NULL,
                                                    0, G_MAXINT64, 0, flags);
  properties[PROP_AMOUNT] = g_param_spec_int64 ("amount", NULL, NULL,
                                                G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_MEMO_ENTRY] = g_param_spec_boolean ("memo-entry", NULL, NULL, FALSE, flags);
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    properties[strings[i].prop] = g_param_spec_string (strings[i].name, NULL, NULL, NULL,
                                                       flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hustings_disbursement_init (HustingsDisbursement *self)
{
  self->payee_name = g_strdup ("");
  self->date = hustings_date_today ();
  self->purpose = g_strdup ("");
  self->category = g_strdup ("");
  self->line = g_strdup ("");
  self->check_number = g_strdup ("");
  self->memo = g_strdup ("");
  self->source = g_strdup ("");
}

HustingsDisbursement *
hustings_disbursement_new (void)
{
  return g_object_new (HUSTINGS_TYPE_DISBURSEMENT, NULL);
}

HustingsDisbursement *
hustings_disbursement_copy (HustingsDisbursement *self)
{
  HustingsDisbursement *copy = hustings_disbursement_new ();

  copy->id = self->id;
  copy->contact_id = self->contact_id;
  hustings_disbursement_set_payee_name (copy, self->payee_name);
  hustings_disbursement_set_date (copy, self->date);
  copy->amount = self->amount;
  hustings_disbursement_set_purpose (copy, self->purpose);
  hustings_disbursement_set_category (copy, self->category);
  hustings_disbursement_set_line (copy, self->line);
  hustings_disbursement_set_election (copy, self->election);
  hustings_disbursement_set_check_number (copy, self->check_number);
  hustings_disbursement_set_memo (copy, self->memo);
  copy->memo_entry = self->memo_entry;
  hustings_disbursement_set_source (copy, self->source, self->source_id);
  hustings_disbursement_set_tran_id (copy, self->tran_id);
  return copy;
}

static void
replace (char **member, const char *value)
{
  g_free (*member);
  *member = g_strdup (value ? value : "");
}

/* NULL for NULL or "": what the optional columns hold. */
static void
replace_optional (char **member, const char *value)
{
  g_free (*member);
  *member = value && *value ? g_strdup (value) : NULL;
}

gint64
hustings_disbursement_get_id (HustingsDisbursement *self)
{
  return self->id;
}

void
hustings_disbursement_set_id (HustingsDisbursement *self,
                              gint64                id)
{
  self->id = id;
}

gint64
hustings_disbursement_get_contact_id (HustingsDisbursement *self)
{
  return self->contact_id;
}

void
hustings_disbursement_set_contact_id (HustingsDisbursement *self,
                                      gint64                contact_id)
{
  self->contact_id = contact_id;
}

const char *
hustings_disbursement_get_payee_name (HustingsDisbursement *self)
{
  return self->payee_name;
}

void
hustings_disbursement_set_payee_name (HustingsDisbursement *self,
                                      const char           *name)
{
  replace (&self->payee_name, name);
}

const char *
hustings_disbursement_get_date (HustingsDisbursement *self)
{
  return self->date;
}

void
hustings_disbursement_set_date (HustingsDisbursement *self,
                                const char           *date)
{
  replace (&self->date, date);
}

gint64
hustings_disbursement_get_amount (HustingsDisbursement *self)
{
  return self->amount;
}

void
hustings_disbursement_set_amount (HustingsDisbursement *self,
                                  gint64                cents)
{
  self->amount = cents;
}

const char *
hustings_disbursement_get_purpose (HustingsDisbursement *self)
{
  return self->purpose;
}

void
hustings_disbursement_set_purpose (HustingsDisbursement *self,
                                   const char           *purpose)
{
  replace (&self->purpose, purpose);
  g_strstrip (self->purpose);
}

const char *
hustings_disbursement_get_category (HustingsDisbursement *self)
{
  return self->category;
}

void
hustings_disbursement_set_category (HustingsDisbursement *self,
                                    const char           *code)
{
  replace (&self->category, code);
}

const char *
hustings_disbursement_get_line (HustingsDisbursement *self)
{
  return self->line;
}

void
hustings_disbursement_set_line (HustingsDisbursement *self,
                                const char           *line)
{
  replace (&self->line, line);
}

const char *
hustings_disbursement_get_election (HustingsDisbursement *self)
{
  return self->election;
}

void
hustings_disbursement_set_election (HustingsDisbursement *self,
                                    const char           *code)
{
  replace_optional (&self->election, code);
}

const char *
hustings_disbursement_get_check_number (HustingsDisbursement *self)
{
  return self->check_number;
}

void
hustings_disbursement_set_check_number (HustingsDisbursement *self,
                                        const char           *number)
{
  replace (&self->check_number, number);
  g_strstrip (self->check_number);
}

const char *
hustings_disbursement_get_memo (HustingsDisbursement *self)
{
  return self->memo;
}

void
hustings_disbursement_set_memo (HustingsDisbursement *self,
                                const char           *memo)
{
  replace (&self->memo, memo);
}

gboolean
hustings_disbursement_get_memo_entry (HustingsDisbursement *self)
{
  return self->memo_entry;
}

void
hustings_disbursement_set_memo_entry (HustingsDisbursement *self,
                                      gboolean              memo_entry)
{
  self->memo_entry = !!memo_entry;
}

const char *
hustings_disbursement_get_source (HustingsDisbursement *self)
{
  return self->source;
}

const char *
hustings_disbursement_get_source_id (HustingsDisbursement *self)
{
  return self->source_id;
}

void
hustings_disbursement_set_source (HustingsDisbursement *self,
                                  const char           *source,
                                  const char           *source_id)
{
  replace (&self->source, source);
  replace_optional (&self->source_id, source_id);
}

const char *
hustings_disbursement_get_tran_id (HustingsDisbursement *self)
{
  return self->tran_id;
}

void
hustings_disbursement_set_tran_id (HustingsDisbursement *self,
                                   const char           *tran_id)
{
  replace_optional (&self->tran_id, tran_id);
}

/* ---- Rules ---- */

static gboolean
invalid (GError **error, const char *message)
{
  g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID, message);
  return FALSE;
}

/* "Form 3", "Form 3X". */
static const char *
form_name (const char *form)
{
  return strcmp (form, "F3") == 0 ? _("Form 3") : _("Form 3X");
}

gboolean
hustings_disbursement_check (HustingsDisbursement    *self,
                             const HustingsCommittee *committee,
                             GError                 **error)
{
  const char *form = hustings_committee_form (committee);
  const Line *line;

  if (!hustings_date_is_valid (self->date))
    return invalid (error, _("The date paid must be a real date"));
  if (self->amount == 0)
    return invalid (error, _("The amount cannot be zero"));
  if (self->amount > HUSTINGS_MONEY_MAX_CENTS || self->amount < -HUSTINGS_MONEY_MAX_CENTS)
    return invalid (error, _("The amount is larger than $999,999,999.99"));
  if (*self->purpose == '\0')
    return invalid (error, _("Say what the payment was for: the FEC requires a purpose, such as "
                             "“Printing of yard signs”"));
  if (g_utf8_strlen (self->purpose, -1) > HUSTINGS_DISBURSEMENT_TEXT_MAX)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("The purpose is %ld characters long; the FEC takes at most %d"),
                   g_utf8_strlen (self->purpose, -1), HUSTINGS_DISBURSEMENT_TEXT_MAX);
      return FALSE;
    }
  if (g_utf8_strlen (self->memo, -1) > HUSTINGS_DISBURSEMENT_TEXT_MAX)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("The memo is %ld characters long; the FEC takes at most %d"),
                   g_utf8_strlen (self->memo, -1), HUSTINGS_DISBURSEMENT_TEXT_MAX);
      return FALSE;
    }
  if (hustings_disbursement_category_label (self->category) == NULL)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("The category “%s” is not one of the FEC’s codes 001 to 012"),
                   self->category);
      return FALSE;
    }

  if (*self->line == '\0')
    hustings_disbursement_set_line (self, hustings_disbursement_default_line (form));
  line = find_line (self->line);
  if (line == NULL)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("“%s” is not a line of Schedule B"), self->line);
      return FALSE;
    }
  if (strcmp (line->form, form) != 0)
    {
      g_autofree char *usual = hustings_disbursement_line_describe (
                                 hustings_disbursement_default_line (form));

      /* Translators: "Line 21(b) is on Form 3X, but this committee files Form 3: choose one of
       * its lines, such as 17 Operating expenditures" */
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("Line %s is on %s, but this committee files %s: choose one of its lines, "
                     "such as %s"), line->number, form_name (line->form), form_name (form),
                   usual);
      return FALSE;
    }

  if (self->election != NULL)
    {
      gboolean known = FALSE;

      for (guint i = 0; i < committee->elections->len && !known; i++)
        known = strcmp (((HustingsElection *) g_ptr_array_index (committee->elections, i))->code,
                        self->election) == 0;
      if (!known)
        {
          g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                       _("Election %s is not one of the committee’s elections; add it in the "
                         "committee profile first"), self->election);
          return FALSE;
        }
    }
  return TRUE;
}

/* ---- Schedule B lines ---- */

const char * const *
hustings_disbursement_lines (const char *form)
{
  if (g_strcmp0 (form, "F3") == 0)
    return form3_lines;
  if (g_strcmp0 (form, "F3X") == 0)
    return form3x_lines;
  return NULL;
}

const char *
hustings_disbursement_default_line (const char *form)
{
  const char * const *list = hustings_disbursement_lines (form);

  return list ? list[0] : NULL;
}

const char *
hustings_disbursement_line_form (const char *line)
{
  const Line *found = find_line (line);

  return found ? found->form : NULL;
}

char *
hustings_disbursement_line_describe (const char *line)
{
  const Line *found = find_line (line);

  /* Translators: a Schedule B line, its number then what it holds: "17 Operating
   * expenditures" */
  return found ? g_strdup_printf (_("%s %s"), found->number, _(found->label)) : g_strdup ("");
}

/* Lower case letters and digits only: "Line 20(a)" → "line20a". */
static char *
fold (const char *text)
{
  GString *folded = g_string_new (NULL);

  for (const char *p = text ? text : ""; *p; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (folded, g_ascii_tolower (*p));
  return g_string_free (folded, FALSE);
}

const char *
hustings_disbursement_line_parse (const char *text,
                                  const char *form)
{
  const char * const *list = hustings_disbursement_lines (form);
  g_autofree char *folded = fold (text);
  const char *bare = folded;

  if (list == NULL)
    return NULL;
  if (g_str_has_prefix (bare, "line"))
    bare += strlen ("line");
  else if (g_str_has_prefix (bare, "sb"))
    bare += strlen ("sb");
  for (guint i = 0; list[i] != NULL; i++)
    {
      g_autofree char *code = fold (list[i] + strlen ("SB"));

      if (*bare != '\0' && strcmp (bare, code) == 0)
        return list[i];
    }
  return NULL;
}

/* ---- Category codes ---- */

const char * const *
hustings_disbursement_categories (void)
{
  return category_codes;
}

const char *
hustings_disbursement_category_label (const char *code)
{
  if (code == NULL || *code == '\0')
    return "";
  for (guint i = 0; category_codes[i] != NULL; i++)
    if (strcmp (category_codes[i], code) == 0)
      return _(category_labels[i]);
  return NULL;
}

const char *
hustings_disbursement_category_parse (const char *text)
{
  g_autofree char *folded = fold (text);
  gsize digits = strspn (folded, "0123456789");

  if (*folded == '\0')
    return "";
  /* "4", "004", "004 Advertising": the number says it. */
  if (digits > 0 && digits <= 3)
    {
      int n = atoi (folded);

      return n >= 1 && n <= (int) G_N_ELEMENTS (category_labels) ? category_codes[n - 1] : NULL;
    }
  if (digits > 0)
    return NULL;
  /* A name, or enough of its beginning to tell it ("Advertising", "administrative"). */
  for (guint i = 0; category_codes[i] != NULL; i++)
    {
      char *names[] = {
        fold (category_labels[i]), fold (_(category_labels[i])), fold (category_fec_names[i]),
      };
      gboolean found = FALSE;

      for (guint n = 0; n < G_N_ELEMENTS (names); n++)
        found |= strcmp (folded, names[n]) == 0 ||
                 (strlen (folded) >= 5 && g_str_has_prefix (names[n], folded));
      for (guint n = 0; n < G_N_ELEMENTS (names); n++)
        g_free (names[n]);
      if (found)
        return category_codes[i];
    }
  return NULL;
}
