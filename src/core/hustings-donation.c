/* hustings-donation.c: a receipt as plain data.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-donation"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hustings-dates.h"
#include "hustings-donation-private.h"
#include "hustings-money.h"
#include "hustings-validate.h"

struct _HustingsDonation
{
  GObject        parent_instance;

  gint64         id;
  gint64         contact_id;
  char          *contact_name;
  char          *date;
  gint64         amount;
  HustingsMethod method;
  char          *election;
  gboolean       election_presumed;
  int            cycle;
  char          *check_number;
  char          *source;
  char          *source_id;
  char          *memo;
  gint64         refund_of;
  gint64         event_id;
  char          *conduit;
  gint64         fee;
  gboolean       recurring;
  char          *receipt_line;
};

G_DEFINE_FINAL_TYPE (HustingsDonation, hustings_donation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CONTACT_ID,
  PROP_CONTACT_NAME,
  PROP_DATE,
  PROP_DATE_TEXT,
  PROP_AMOUNT,
  PROP_AMOUNT_TEXT,
  PROP_METHOD_TEXT,
  PROP_ELECTION,
  PROP_ELECTION_TEXT,
  PROP_SOURCE,
  PROP_MEMO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *method_names[HUSTINGS_N_METHODS] = {
  "check", "cash", "card", "in-kind", "processor"
};

static void
hustings_donation_finalize (GObject *object)
{
  HustingsDonation *self = (HustingsDonation *) object;

  g_free (self->contact_name);
  g_free (self->date);
  g_free (self->election);
  g_free (self->check_number);
  g_free (self->source);
  g_free (self->source_id);
  g_free (self->memo);
  g_free (self->conduit);
  g_free (self->receipt_line);

  G_OBJECT_CLASS (hustings_donation_parent_class)->finalize (object);
}

static void
hustings_donation_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HustingsDonation *self = HUSTINGS_DONATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_CONTACT_ID:
      g_value_set_int64 (value, self->contact_id);
      break;
    case PROP_CONTACT_NAME:
      g_value_set_string (value, self->contact_name);
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
    case PROP_METHOD_TEXT:
      g_value_set_string (value, hustings_method_describe (self->method));
      break;
    case PROP_ELECTION:
      g_value_set_string (value, self->election);
      break;
    case PROP_ELECTION_TEXT:
      g_value_take_string (value, self->election
                                  ? hustings_election_code_describe (self->election)
                                  : g_strdup (""));
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_MEMO:
      g_value_set_string (value, self->memo);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_donation_class_init (HustingsDonationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hustings_donation_finalize;
  object_class->get_property = hustings_donation_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CONTACT_ID] = g_param_spec_int64 ("contact-id", NULL, NULL,
                                                    0, G_MAXINT64, 0, flags);
  properties[PROP_CONTACT_NAME] = g_param_spec_string ("contact-name", NULL, NULL, NULL, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_DATE_TEXT] = g_param_spec_string ("date-text", NULL, NULL, NULL, flags);
  properties[PROP_AMOUNT] = g_param_spec_int64 ("amount", NULL, NULL,
                                                G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_AMOUNT_TEXT] = g_param_spec_string ("amount-text", NULL, NULL, NULL, flags);
  properties[PROP_METHOD_TEXT] = g_param_spec_string ("method-text", NULL, NULL, NULL, flags);
  properties[PROP_ELECTION] = g_param_spec_string ("election", NULL, NULL, NULL, flags);
  properties[PROP_ELECTION_TEXT] = g_param_spec_string ("election-text", NULL, NULL, NULL,
                                                        flags);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, flags);
  properties[PROP_MEMO] = g_param_spec_string ("memo", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hustings_donation_init (HustingsDonation *self)
{
  self->contact_name = g_strdup ("");
  self->date = hustings_date_today ();
  self->method = HUSTINGS_METHOD_CHECK;
  self->check_number = g_strdup ("");
  self->source = g_strdup ("");
  self->memo = g_strdup ("");
  self->conduit = g_strdup ("");
  self->receipt_line = g_strdup ("");
}

HustingsDonation *
hustings_donation_new (void)
{
  return g_object_new (HUSTINGS_TYPE_DONATION, NULL);
}

HustingsDonation *
hustings_donation_copy (HustingsDonation *self)
{
  HustingsDonation *copy = hustings_donation_new ();

  copy->id = self->id;
  copy->contact_id = self->contact_id;
  hustings_donation_set_contact_name (copy, self->contact_name);
  hustings_donation_set_date (copy, self->date);
  copy->amount = self->amount;
  copy->method = self->method;
  hustings_donation_set_presumed (copy, self->election, self->election_presumed);
  copy->cycle = self->cycle;
  hustings_donation_set_check_number (copy, self->check_number);
  hustings_donation_set_source (copy, self->source, self->source_id);
  hustings_donation_set_memo (copy, self->memo);
  copy->refund_of = self->refund_of;
  copy->event_id = self->event_id;
  hustings_donation_set_conduit (copy, self->conduit);
  copy->fee = self->fee;
  copy->recurring = self->recurring;
  hustings_donation_set_receipt_line (copy, self->receipt_line);
  return copy;
}

static void
replace (char **member, const char *value)
{
  g_free (*member);
  *member = g_strdup (value ? value : "");
}

gint64
hustings_donation_get_id (HustingsDonation *self)
{
  return self->id;
}

void
hustings_donation_set_id (HustingsDonation *self, gint64 id)
{
  self->id = id;
}

gint64
hustings_donation_get_contact_id (HustingsDonation *self)
{
  return self->contact_id;
}

const char *
hustings_donation_get_contact_name (HustingsDonation *self)
{
  return self->contact_name;
}

const char *
hustings_donation_get_date (HustingsDonation *self)
{
  return self->date;
}

gint64
hustings_donation_get_amount (HustingsDonation *self)
{
  return self->amount;
}

HustingsMethod
hustings_donation_get_method (HustingsDonation *self)
{
  return self->method;
}

const char *
hustings_donation_get_election (HustingsDonation *self)
{
  return self->election;
}

gboolean
hustings_donation_get_election_presumed (HustingsDonation *self)
{
  return self->election_presumed;
}

int
hustings_donation_get_cycle (HustingsDonation *self)
{
  return self->cycle;
}

void
hustings_donation_set_cycle (HustingsDonation *self, int cycle)
{
  self->cycle = cycle;
}

const char *
hustings_donation_get_check_number (HustingsDonation *self)
{
  return self->check_number;
}

const char *
hustings_donation_get_source (HustingsDonation *self)
{
  return self->source;
}

const char *
hustings_donation_get_source_id (HustingsDonation *self)
{
  return self->source_id;
}

const char *
hustings_donation_get_memo (HustingsDonation *self)
{
  return self->memo;
}

gint64
hustings_donation_get_refund_of (HustingsDonation *self)
{
  return self->refund_of;
}

void
hustings_donation_set_contact_id (HustingsDonation *self, gint64 contact_id)
{
  self->contact_id = contact_id;
}

void
hustings_donation_set_contact_name (HustingsDonation *self, const char *name)
{
  replace (&self->contact_name, name);
}

void
hustings_donation_set_date (HustingsDonation *self, const char *date)
{
  replace (&self->date, date);
}

void
hustings_donation_set_amount (HustingsDonation *self, gint64 cents)
{
  self->amount = cents;
}

void
hustings_donation_set_method (HustingsDonation *self, HustingsMethod method)
{
  g_return_if_fail (method < HUSTINGS_N_METHODS);
  self->method = method;
}

void
hustings_donation_set_election (HustingsDonation *self, const char *code)
{
  hustings_donation_set_presumed (self, code, FALSE);
}

void
hustings_donation_set_presumed (HustingsDonation *self, const char *code, gboolean presumed)
{
  g_free (self->election);
  self->election = code && *code ? g_strdup (code) : NULL;
  self->election_presumed = self->election != NULL && presumed;
}

void
hustings_donation_set_check_number (HustingsDonation *self, const char *number)
{
  replace (&self->check_number, number);
  g_strstrip (self->check_number);
}

void
hustings_donation_set_source (HustingsDonation *self, const char *source, const char *source_id)
{
  replace (&self->source, source);
  g_free (self->source_id);
  self->source_id = source_id && *source_id ? g_strdup (source_id) : NULL;
}

void
hustings_donation_set_memo (HustingsDonation *self, const char *memo)
{
  replace (&self->memo, memo);
}

void
hustings_donation_set_refund_of (HustingsDonation *self, gint64 donation_id)
{
  self->refund_of = donation_id;
}

gint64
hustings_donation_get_event_id (HustingsDonation *self)
{
  return self->event_id;
}

void
hustings_donation_set_event_id (HustingsDonation *self, gint64 event_id)
{
  self->event_id = event_id;
}

const char *
hustings_method_to_string (HustingsMethod method)
{
  g_return_val_if_fail (method < HUSTINGS_N_METHODS, "check");
  return method_names[method];
}

gboolean
hustings_method_from_string (const char     *text,
                             HustingsMethod *out_method)
{
  for (guint i = 0; i < HUSTINGS_N_METHODS; i++)
    if (g_strcmp0 (text, method_names[i]) == 0)
      {
        *out_method = (HustingsMethod) i;
        return TRUE;
      }
  return FALSE;
}

const char *
hustings_method_describe (HustingsMethod method)
{
  switch (method)
    {
    case HUSTINGS_METHOD_CHECK:     return _("Check");
    case HUSTINGS_METHOD_CASH:      return _("Cash");
    case HUSTINGS_METHOD_CARD:      return _("Card");
    case HUSTINGS_METHOD_IN_KIND:   return _("In-kind");
    case HUSTINGS_METHOD_PROCESSOR: return _("Processor");
    case HUSTINGS_N_METHODS:
    default:                        return "";
    }
}

const char *
hustings_donation_get_conduit (HustingsDonation *self)
{
  return self->conduit;
}

void
hustings_donation_set_conduit (HustingsDonation *self, const char *fec_id)
{
  replace (&self->conduit, fec_id);
}

gint64
hustings_donation_get_fee (HustingsDonation *self)
{
  return self->fee;
}

void
hustings_donation_set_fee (HustingsDonation *self, gint64 cents)
{
  self->fee = cents;
}

gboolean
hustings_donation_get_recurring (HustingsDonation *self)
{
  return self->recurring;
}

void
hustings_donation_set_recurring (HustingsDonation *self, gboolean recurring)
{
  self->recurring = !!recurring;
}

const char *
hustings_donation_get_receipt_line (HustingsDonation *self)
{
  return self->receipt_line;
}

void
hustings_donation_set_receipt_line (HustingsDonation *self, const char *line)
{
  replace (&self->receipt_line, line);
}

/* Schedule A lines other than contributions, by form (fec-format.md §6). */
static const HustingsReceiptLine f3_receipt_lines[] = {
  { "SA12",  N_("Transfer from another authorized committee (line 12)") },
  { "SA13A", N_("Loan made or guaranteed by the candidate (line 13a)") },
  { "SA13B", N_("Other loan (line 13b)") },
  { "SA14",  N_("Offset to operating expenditures (line 14)") },
  { "SA15",  N_("Other receipt: interest, dividends… (line 15)") },
  { NULL, NULL }
};

static const HustingsReceiptLine f3x_receipt_lines[] = {
  { "SA12", N_("Transfer from an affiliated or party committee (line 12)") },
  { "SA13", N_("Loan received (line 13)") },
  { "SA14", N_("Loan repayment received (line 14)") },
  { "SA15", N_("Offset to operating expenditures (line 15)") },
  { "SA16", N_("Refund of a contribution made to a federal candidate or committee (line 16)") },
  { "SA17", N_("Other federal receipt: interest, dividends… (line 17)") },
  { NULL, NULL }
};

const HustingsReceiptLine *
hustings_receipt_lines (const char *form)
{
  return g_strcmp0 (form, "F3X") == 0 ? f3x_receipt_lines : f3_receipt_lines;
}

const char *
hustings_receipt_line_describe (const char *form,
                                const char *line)
{
  if (line == NULL || *line == '\0')
    return _("Contribution");
  for (const HustingsReceiptLine *l = hustings_receipt_lines (form); l->line != NULL; l++)
    if (strcmp (l->line, line) == 0)
      return _(l->label);
  return NULL;
}
