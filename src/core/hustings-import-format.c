/* hustings-import-format.c: import fields and the processors' export layouts.
 *
 * Headers are compared folded: lower case, letters and digits only ("Donor ZIP", "donor_zip"
 * and "DonorZip" are all "donorzip"). Each format lists, per field, the folded headers it reads
 * it from, best first. Layouts and their sources: ../shared/docs/fec-rules.md §1.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "hustings-conduit.h"
#include "hustings-import-format-private.h"

/* The kinds of import a field applies to. */
#define DON (1 << HUSTINGS_IMPORT_DONATIONS)
#define CON (1 << HUSTINGS_IMPORT_CONTACTS)
#define DIS (1 << HUSTINGS_IMPORT_DISBURSEMENTS)
#define ALL (DON | CON | DIS)

typedef struct {
  const char *name;
  const char *label;
  guint       kinds;
} FieldInfo;

static const FieldInfo fields[HUSTINGS_N_FIELDS] = {
  [HUSTINGS_FIELD_IGNORE]       = { "ignore",       N_("Don’t import"),        ALL },
  [HUSTINGS_FIELD_SOURCE_ID]    = { "id",           N_("Transaction ID"),      DON | DIS },
  [HUSTINGS_FIELD_DATE]         = { "date",         N_("Date"),                DON | DIS },
  [HUSTINGS_FIELD_AMOUNT]       = { "amount",       N_("Amount"),              DON | DIS },
  [HUSTINGS_FIELD_METHOD]       = { "method",       N_("Payment method"),      DON },
  [HUSTINGS_FIELD_ELECTION]     = { "election",     N_("Election"),            DON | DIS },
  [HUSTINGS_FIELD_CHECK_NUMBER] = { "check-number", N_("Check number"),        DON | DIS },
  [HUSTINGS_FIELD_SOURCE]       = { "source",       N_("Source"),              DON | DIS },
  [HUSTINGS_FIELD_MEMO]         = { "memo",         N_("Memo"),                DON | DIS },
  [HUSTINGS_FIELD_FEE]          = { "fee",          N_("Processing fee"),      DON },
  [HUSTINGS_FIELD_RECURRING]    = { "recurring",    N_("Recurring"),           DON },
  [HUSTINGS_FIELD_REFUND_ID]    = { "refund-id",    N_("Refund ID"),           DON },
  [HUSTINGS_FIELD_REFUND_DATE]  = { "refund-date",  N_("Refund date"),         DON },
  [HUSTINGS_FIELD_REFUND_OF]    = { "refund-of",    N_("Refund of (receipt ID)"), DON },
  [HUSTINGS_FIELD_CONDUIT]      = { "conduit",      N_("Conduit FEC ID"),      DON },
  [HUSTINGS_FIELD_RECIPIENT_ID] = { "recipient-id", N_("Recipient FEC ID"),    DON },
  [HUSTINGS_FIELD_STATUS]       = { "status",       N_("Payment status"),      DON },
  [HUSTINGS_FIELD_ROW_ID]       = { "row-id",       N_("Hustings ID"),         DON },
  [HUSTINGS_FIELD_PURPOSE]      = { "purpose",      N_("Purpose"),             DIS },
  [HUSTINGS_FIELD_CATEGORY]     = { "category",     N_("Category"),            DIS },
  [HUSTINGS_FIELD_LINE]         = { "line",         N_("Schedule B line"),     DIS },
  [HUSTINGS_FIELD_MEMO_ENTRY]   = { "memo-entry",   N_("Memo entry"),          DIS },
  [HUSTINGS_FIELD_ENTITY_TYPE]  = { "entity-type",  N_("Entity type"),         ALL },
  [HUSTINGS_FIELD_PREFIX]       = { "prefix",       N_("Prefix"),              ALL },
  [HUSTINGS_FIELD_FIRST_NAME]   = { "first-name",   N_("First name"),          ALL },
  [HUSTINGS_FIELD_MIDDLE_NAME]  = { "middle-name",  N_("Middle name"),         ALL },
  [HUSTINGS_FIELD_LAST_NAME]    = { "last-name",    N_("Last name"),           ALL },
  [HUSTINGS_FIELD_SUFFIX]       = { "suffix",       N_("Suffix"),              ALL },
  [HUSTINGS_FIELD_FULL_NAME]    = { "full-name",    N_("Full name"),           ALL },
  [HUSTINGS_FIELD_ORG_NAME]     = { "organization", N_("Organization"),        ALL },
  [HUSTINGS_FIELD_STREET1]      = { "street",       N_("Street"),              ALL },
  [HUSTINGS_FIELD_STREET2]      = { "street2",      N_("Street, line 2"),      ALL },
  [HUSTINGS_FIELD_CITY]         = { "city",         N_("City"),                ALL },
  [HUSTINGS_FIELD_STATE]        = { "state",        N_("State"),               ALL },
  [HUSTINGS_FIELD_ZIP]          = { "zip",          N_("ZIP code"),            ALL },
  [HUSTINGS_FIELD_EMPLOYER]     = { "employer",     N_("Employer"),            ALL },
  [HUSTINGS_FIELD_OCCUPATION]   = { "occupation",   N_("Occupation"),          ALL },
  [HUSTINGS_FIELD_EMAIL]        = { "email",        N_("Email"),               ALL },
  [HUSTINGS_FIELD_PHONE]        = { "phone",        N_("Phone"),               ALL },
  [HUSTINGS_FIELD_FEC_ID]       = { "fec-id",       N_("FEC ID"),              ALL },
  [HUSTINGS_FIELD_TAGS]         = { "tags",         N_("Tags"),                ALL },
  [HUSTINGS_FIELD_NOTES]        = { "notes",        N_("Notes"),               ALL },
};

const char *
hustings_import_field_to_string (HustingsImportField field)
{
  g_return_val_if_fail (field < HUSTINGS_N_FIELDS, NULL);

  return fields[field].name;
}

gboolean
hustings_import_field_from_string (const char          *name,
                                   HustingsImportField *out_field)
{
  for (guint i = 0; i < HUSTINGS_N_FIELDS; i++)
    if (g_strcmp0 (name, fields[i].name) == 0)
      {
        *out_field = (HustingsImportField) i;
        return TRUE;
      }
  return FALSE;
}

const char *
hustings_import_field_describe (HustingsImportField field)
{
  g_return_val_if_fail (field < HUSTINGS_N_FIELDS, NULL);

  return _(fields[field].label);
}

gboolean
hustings_import_field_applies (HustingsImportField field,
                               HustingsImportKind  kind)
{
  g_return_val_if_fail (field < HUSTINGS_N_FIELDS, FALSE);

  return (fields[field].kinds & (1u << kind)) != 0;
}

/* ---- Layouts ---- */

typedef struct {
  HustingsImportField field;
  const char         *headers; /* folded, '|'-separated, best first */
} Column;

#define END { HUSTINGS_FIELD_IGNORE, NULL }

/* ActBlue's contributions and refunds exports (91- and 101-column layouts: mapped by name).
 * Lineitem ID is the per-payment key; a non-empty Recurring Total Months marks a recurring
 * series. */
static const Column actblue_columns[] = {
  { HUSTINGS_FIELD_SOURCE_ID,    "lineitemid" },
  { HUSTINGS_FIELD_DATE,         "date" },
  { HUSTINGS_FIELD_AMOUNT,       "amount" },
  { HUSTINGS_FIELD_FIRST_NAME,   "donorfirstname" },
  { HUSTINGS_FIELD_LAST_NAME,    "donorlastname" },
  { HUSTINGS_FIELD_STREET1,      "donoraddr1" },
  { HUSTINGS_FIELD_STREET2,      "donoraddr2" },
  { HUSTINGS_FIELD_CITY,         "donorcity" },
  { HUSTINGS_FIELD_STATE,        "donorstate" },
  { HUSTINGS_FIELD_ZIP,          "donorzip" },
  { HUSTINGS_FIELD_OCCUPATION,   "donoroccupation" },
  { HUSTINGS_FIELD_EMPLOYER,     "donoremployer" },
  { HUSTINGS_FIELD_EMAIL,        "donoremail" },
  { HUSTINGS_FIELD_PHONE,        "donorphone" },
  { HUSTINGS_FIELD_CHECK_NUMBER, "checknumber" },
  { HUSTINGS_FIELD_FEE,          "fee" },
  { HUSTINGS_FIELD_RECURRING,    "recurringtotalmonths" },
  { HUSTINGS_FIELD_REFUND_ID,    "refundid" },
  { HUSTINGS_FIELD_REFUND_DATE,  "refunddate" },
  { HUSTINGS_FIELD_RECIPIENT_ID, "recipientgovid" },
  END
};

/* WinRed publishes no header list; these are the names its exports and webhooks use. The
 * layout is never guessed (a generic file could look like it): the user chooses it. */
static const Column winred_columns[] = {
  { HUSTINGS_FIELD_SOURCE_ID,    "transactionid|donationid" },
  { HUSTINGS_FIELD_DATE,         "createdat|donationdate|date" },
  { HUSTINGS_FIELD_AMOUNT,       "amount|donationamount|gross" },
  { HUSTINGS_FIELD_FIRST_NAME,   "firstname|donorfirstname" },
  { HUSTINGS_FIELD_LAST_NAME,    "lastname|donorlastname" },
  { HUSTINGS_FIELD_STREET1,      "address1|addressline1|donoraddress1" },
  { HUSTINGS_FIELD_STREET2,      "address2|addressline2|donoraddress2" },
  { HUSTINGS_FIELD_CITY,         "city|donorcity" },
  { HUSTINGS_FIELD_STATE,        "state|donorstate" },
  { HUSTINGS_FIELD_ZIP,          "zipcode|zip|postalcode|donorzip" },
  { HUSTINGS_FIELD_OCCUPATION,   "occupation|donoroccupation" },
  { HUSTINGS_FIELD_EMPLOYER,     "employer|donoremployer" },
  { HUSTINGS_FIELD_EMAIL,        "email|donoremail" },
  { HUSTINGS_FIELD_PHONE,        "phone|phonenumber|donorphone" },
  { HUSTINGS_FIELD_FEE,          "fee|processingfee" },
  { HUSTINGS_FIELD_RECURRING,    "recurring|isrecurring" },
  { HUSTINGS_FIELD_REFUND_ID,    "refundid" },
  { HUSTINGS_FIELD_REFUND_DATE,  "refunddate|refundedat" },
  { HUSTINGS_FIELD_STATUS,       "status" },
  END
};

/* Anedot's transactions export, with the value names of its import template. */
static const Column anedot_columns[] = {
  { HUSTINGS_FIELD_SOURCE_ID,    "donationid|transactionid|id" },
  { HUSTINGS_FIELD_DATE,         "date|donationdate|createdat" },
  { HUSTINGS_FIELD_AMOUNT,       "amountindollars|amount|grossamount" },
  { HUSTINGS_FIELD_METHOD,       "source|paymentmethod" },
  { HUSTINGS_FIELD_ENTITY_TYPE,  "donortype" },
  { HUSTINGS_FIELD_ORG_NAME,     "organizationname|organization" },
  { HUSTINGS_FIELD_FIRST_NAME,   "firstname" },
  { HUSTINGS_FIELD_LAST_NAME,    "lastname" },
  { HUSTINGS_FIELD_STREET1,      "addressline1|address1|street" },
  { HUSTINGS_FIELD_STREET2,      "addressline2|address2" },
  { HUSTINGS_FIELD_CITY,         "city" },
  { HUSTINGS_FIELD_STATE,        "state" },
  { HUSTINGS_FIELD_ZIP,          "zipcode|zip|postalcode" },
  { HUSTINGS_FIELD_OCCUPATION,   "occupation" },
  { HUSTINGS_FIELD_EMPLOYER,     "employer" },
  { HUSTINGS_FIELD_EMAIL,        "email" },
  { HUSTINGS_FIELD_PHONE,        "phone" },
  { HUSTINGS_FIELD_CHECK_NUMBER, "checknumber" },
  { HUSTINGS_FIELD_FEE,          "processingfee|fees|fee" },
  { HUSTINGS_FIELD_MEMO,         "memo|comments" },
  { HUSTINGS_FIELD_STATUS,       "status" },
  END
};

/* NGP VAN / EveryAction contributions. */
static const Column ngpvan_columns[] = {
  { HUSTINGS_FIELD_SOURCE_ID,    "contributionid|transactionid|onlinereferencenumber" },
  { HUSTINGS_FIELD_DATE,         "datereceived" },
  { HUSTINGS_FIELD_AMOUNT,       "amount" },
  { HUSTINGS_FIELD_METHOD,       "paymentmethod" },
  { HUSTINGS_FIELD_CHECK_NUMBER, "checknumber" },
  { HUSTINGS_FIELD_PREFIX,       "prefix" },
  { HUSTINGS_FIELD_FIRST_NAME,   "firstname" },
  { HUSTINGS_FIELD_MIDDLE_NAME,  "middlename" },
  { HUSTINGS_FIELD_LAST_NAME,    "lastname" },
  { HUSTINGS_FIELD_SUFFIX,       "suffix" },
  { HUSTINGS_FIELD_ORG_NAME,     "organizationname|employername" },
  { HUSTINGS_FIELD_STREET1,      "addressline1|address|streetaddress" },
  { HUSTINGS_FIELD_STREET2,      "addressline2" },
  { HUSTINGS_FIELD_CITY,         "city" },
  { HUSTINGS_FIELD_STATE,        "state|stateorprovince" },
  { HUSTINGS_FIELD_ZIP,          "zip5|zip|zipcode|ziporpostal" },
  { HUSTINGS_FIELD_OCCUPATION,   "occupation" },
  { HUSTINGS_FIELD_EMPLOYER,     "employer" },
  { HUSTINGS_FIELD_EMAIL,        "email|emailaddress|preferredemail" },
  { HUSTINGS_FIELD_PHONE,        "phone|preferredphone|homephone|cellphone" },
  { HUSTINGS_FIELD_MEMO,         "internalnote|notes" },
  END
};

/* NationBuilder's financial transactions export. */
static const Column nationbuilder_columns[] = {
  { HUSTINGS_FIELD_SOURCE_ID,    "nationbuilderid" },
  { HUSTINGS_FIELD_DATE,         "succeededat|postingdate|createdat" },
  { HUSTINGS_FIELD_AMOUNT,       "amount" },
  { HUSTINGS_FIELD_METHOD,       "paymenttypename" },
  { HUSTINGS_FIELD_CHECK_NUMBER, "checknumber" },
  { HUSTINGS_FIELD_ELECTION,     "electionperiodname" },
  { HUSTINGS_FIELD_PREFIX,       "signupprefix" },
  { HUSTINGS_FIELD_FIRST_NAME,   "signupfirstname" },
  { HUSTINGS_FIELD_MIDDLE_NAME,  "signupmiddlename" },
  { HUSTINGS_FIELD_LAST_NAME,    "signuplastname" },
  { HUSTINGS_FIELD_SUFFIX,       "signupsuffix" },
  { HUSTINGS_FIELD_FULL_NAME,    "signupfullname" },
  { HUSTINGS_FIELD_STREET1,      "billingaddress1|signupprimaryaddress1|signupbillingaddress1" },
  { HUSTINGS_FIELD_STREET2,      "billingaddress2|signupprimaryaddress2" },
  { HUSTINGS_FIELD_CITY,         "billingcity|signupprimarycity" },
  { HUSTINGS_FIELD_STATE,        "billingstate|signupprimarystate" },
  { HUSTINGS_FIELD_ZIP,          "billingzip|signupprimaryzip" },
  { HUSTINGS_FIELD_OCCUPATION,   "signupoccupation" },
  { HUSTINGS_FIELD_EMPLOYER,     "signupemployer" },
  { HUSTINGS_FIELD_EMAIL,        "signupemail|email" },
  { HUSTINGS_FIELD_PHONE,        "signupphonenumber|signupmobilenumber" },
  { HUSTINGS_FIELD_MEMO,         "note" },
  { HUSTINGS_FIELD_STATUS,       "failedat|canceledat" },
  END
};

/* What generic files tend to call things, and the headers of Hustings' own exports. A header
 * may also carry a "donor", "contributor" or "signup" prefix. */
static const Column generic_columns[] = {
  { HUSTINGS_FIELD_ROW_ID,       "id" },
  { HUSTINGS_FIELD_SOURCE_ID,    "sourceid|receiptid|transactionid|donationid|contributionid"
                                 "|referencenumber|reference|lineitemid" },
  { HUSTINGS_FIELD_DATE,         "date|datereceived|receiptdate|donationdate|contributiondate"
                                 "|giftdate|receivedon|createdat" },
  { HUSTINGS_FIELD_AMOUNT,       "amount|donationamount|contributionamount|giftamount|total"
                                 "|receiptamount" },
  { HUSTINGS_FIELD_METHOD,       "method|paymentmethod|paymenttype|type" },
  { HUSTINGS_FIELD_ELECTION,     "election|electioncode|electionperiod" },
  { HUSTINGS_FIELD_CHECK_NUMBER, "checknumber|checkno|check" },
  { HUSTINGS_FIELD_SOURCE,       "source|processor" },
  { HUSTINGS_FIELD_MEMO,         "memo|memotext|description" },
  { HUSTINGS_FIELD_FEE,          "fee|fees|processingfee" },
  { HUSTINGS_FIELD_RECURRING,    "recurring|isrecurring" },
  { HUSTINGS_FIELD_REFUND_ID,    "refundid" },
  { HUSTINGS_FIELD_REFUND_DATE,  "refunddate" },
  { HUSTINGS_FIELD_REFUND_OF,    "refundof" },
  { HUSTINGS_FIELD_CONDUIT,      "conduit|conduitid|conduitfecid" },
  { HUSTINGS_FIELD_STATUS,       "status" },
  { HUSTINGS_FIELD_ENTITY_TYPE,  "entitytype|entity" },
  { HUSTINGS_FIELD_PREFIX,       "prefix|title|salutation" },
  { HUSTINGS_FIELD_FIRST_NAME,   "firstname|first|givenname|fname" },
  { HUSTINGS_FIELD_MIDDLE_NAME,  "middlename|middle|middleinitial" },
  { HUSTINGS_FIELD_LAST_NAME,    "lastname|last|surname|familyname|lname" },
  { HUSTINGS_FIELD_SUFFIX,       "suffix" },
  { HUSTINGS_FIELD_FULL_NAME,    "name|fullname|contributorname|donorname" },
  { HUSTINGS_FIELD_ORG_NAME,     "organization|organizationname|company|companyname|orgname" },
  { HUSTINGS_FIELD_STREET1,      "street|street1|address|address1|addressline1|streetaddress"
                                 "|addr1" },
  { HUSTINGS_FIELD_STREET2,      "street2|address2|addressline2|addr2" },
  { HUSTINGS_FIELD_CITY,         "city|town" },
  { HUSTINGS_FIELD_STATE,        "state|st" },
  { HUSTINGS_FIELD_ZIP,          "zip|zipcode|postalcode|postcode|zip5" },
  { HUSTINGS_FIELD_EMPLOYER,     "employer" },
  { HUSTINGS_FIELD_OCCUPATION,   "occupation|jobtitle" },
  { HUSTINGS_FIELD_EMAIL,        "email|emails|emailaddress" },
  { HUSTINGS_FIELD_PHONE,        "phone|phones|phonenumber|mobile|cellphone|homephone" },
  { HUSTINGS_FIELD_FEC_ID,       "fecid|committeeid" },
  { HUSTINGS_FIELD_TAGS,         "tags|tag|groups" },
  { HUSTINGS_FIELD_NOTES,        "notes|note|comments" },
  END
};

/* What disbursement spreadsheets (a bank or card statement, an accounting ledger, another
 * program's expenditure report) tend to call things, and the headers of Hustings' own export.
 * A payee given by one name is taken for an organization, unless a contact of that name is a
 * person (see hustings-import.c). A header may also carry a "payee" or "vendor" prefix. */
static const Column disbursement_columns[] = {
  { HUSTINGS_FIELD_SOURCE_ID,    "sourceid|transactionid|expenditureid|disbursementid|paymentid"
                                 "|referencenumber|reference" },
  { HUSTINGS_FIELD_DATE,         "date|datepaid|paymentdate|expendituredate|disbursementdate"
                                 "|transactiondate|paidon" },
  { HUSTINGS_FIELD_AMOUNT,       "amount|expenditureamount|disbursementamount|paymentamount"
                                 "|total" },
  { HUSTINGS_FIELD_PURPOSE,      "purpose|expenditurepurpose|purposeofdisbursement"
                                 "|purposedescription|description" },
  { HUSTINGS_FIELD_CATEGORY,     "category|categorycode|expenditurecategory" },
  { HUSTINGS_FIELD_LINE,         "line|scheduleline|schedulebline|fecline|reportline" },
  { HUSTINGS_FIELD_ELECTION,     "election|electioncode" },
  { HUSTINGS_FIELD_CHECK_NUMBER, "checknumber|checkno|check" },
  { HUSTINGS_FIELD_SOURCE,       "source" },
  { HUSTINGS_FIELD_MEMO,         "memo|memotext|note" },
  { HUSTINGS_FIELD_MEMO_ENTRY,   "memoentry|memocode|memoitem" },
  { HUSTINGS_FIELD_ENTITY_TYPE,  "entitytype|entity|payeetype" },
  { HUSTINGS_FIELD_PREFIX,       "prefix" },
  { HUSTINGS_FIELD_FIRST_NAME,   "firstname|first" },
  { HUSTINGS_FIELD_MIDDLE_NAME,  "middlename|middle" },
  { HUSTINGS_FIELD_LAST_NAME,    "lastname|last|surname" },
  { HUSTINGS_FIELD_SUFFIX,       "suffix" },
  { HUSTINGS_FIELD_ORG_NAME,     "organization|organizationname|payee|payeename|vendor"
                                 "|vendorname|company|companyname|business|name" },
  { HUSTINGS_FIELD_STREET1,      "street|street1|address|address1|addressline1|streetaddress" },
  { HUSTINGS_FIELD_STREET2,      "street2|address2|addressline2" },
  { HUSTINGS_FIELD_CITY,         "city|town" },
  { HUSTINGS_FIELD_STATE,        "state|st" },
  { HUSTINGS_FIELD_ZIP,          "zip|zipcode|postalcode|zip5" },
  { HUSTINGS_FIELD_EMAIL,        "email|emailaddress" },
  { HUSTINGS_FIELD_PHONE,        "phone|phonenumber" },
  { HUSTINGS_FIELD_FEC_ID,       "fecid|committeeid" },
  END
};

static const HustingsImportFormat formats[] = {
  { "actblue", N_("ActBlue contributions"), HUSTINGS_IMPORT_DONATIONS, "ActBlue", HUSTINGS_ACTBLUE_FEC_ID,
    HUSTINGS_METHOD_PROCESSOR, "lineitemid|receiptid|donorfirstname|donorlastname|amount", 0,
    actblue_columns },
  { "actblue-refunds", N_("ActBlue refunds"), HUSTINGS_IMPORT_DONATIONS, "ActBlue", HUSTINGS_ACTBLUE_FEC_ID,
    HUSTINGS_METHOD_PROCESSOR, NULL, HUSTINGS_FORMAT_REFUNDS_ONLY, actblue_columns },
  { "winred", N_("WinRed transactions"), HUSTINGS_IMPORT_DONATIONS, "WinRed", HUSTINGS_WINRED_FEC_ID,
    HUSTINGS_METHOD_PROCESSOR, NULL, 0,
    winred_columns },
  { "anedot", N_("Anedot donations"), HUSTINGS_IMPORT_DONATIONS, "Anedot", "",
    HUSTINGS_METHOD_PROCESSOR, "donortype|amountindollars", 0, anedot_columns },
  { "ngpvan", N_("NGP VAN / EveryAction contributions"), HUSTINGS_IMPORT_DONATIONS, "NGP VAN",
    "", HUSTINGS_METHOD_CHECK, "vanid|datereceived|amount", 0, ngpvan_columns },
  { "nationbuilder", N_("NationBuilder financial transactions"), HUSTINGS_IMPORT_DONATIONS,
    "NationBuilder", "", HUSTINGS_METHOD_CARD, "nationbuilderid|signupnationbuilderid|amount",
    HUSTINGS_FORMAT_STRIP_APOSTROPHE | HUSTINGS_FORMAT_STATUS_IS_TIME, nationbuilder_columns },
  { "generic", N_("Donations spreadsheet"), HUSTINGS_IMPORT_DONATIONS, "", "",
    HUSTINGS_METHOD_CHECK, NULL, HUSTINGS_FORMAT_GENERIC, generic_columns },
  { "disbursements", N_("Disbursements spreadsheet"), HUSTINGS_IMPORT_DISBURSEMENTS, "", "",
    HUSTINGS_METHOD_CHECK, NULL, HUSTINGS_FORMAT_GENERIC, disbursement_columns },
  { "contacts", N_("Contacts spreadsheet"), HUSTINGS_IMPORT_CONTACTS, "", "",
    HUSTINGS_METHOD_CHECK, NULL, HUSTINGS_FORMAT_GENERIC, generic_columns },
};

const HustingsImportFormat * const *
hustings_import_formats (void)
{
  static const HustingsImportFormat *list[G_N_ELEMENTS (formats) + 1];

  if (list[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
      list[i] = &formats[i];
  return list;
}

const HustingsImportFormat *
hustings_import_format_find (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_strcmp0 (formats[i].id, id) == 0)
      return &formats[i];
  return NULL;
}

char *
hustings_import_fold_header (const char *header)
{
  GString *folded = g_string_sized_new (32);

  for (const char *p = header; *p; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (folded, g_ascii_tolower (*p));
  return g_string_free (folded, FALSE);
}

/* Whether the '|'-separated list holds word. */
static gboolean
list_has (const char *list, const char *word)
{
  gsize len = strlen (word);

  for (const char *p = list; p && *p; )
    {
      const char *end = strchr (p, '|');
      gsize n = end ? (gsize) (end - p) : strlen (p);

      if (n == len && memcmp (p, word, len) == 0)
        return TRUE;
      p = end ? end + 1 : NULL;
    }
  return FALSE;
}

const HustingsImportFormat *
hustings_import_format_detect (const char * const *header,
                               guint               n_columns)
{
  g_autoptr(GPtrArray) folded = g_ptr_array_new_with_free_func (g_free);
  const HustingsImportFormat *generic = hustings_import_format_find ("generic");
  const HustingsImportFormat *best = NULL;
  guint best_score = 0;
  gboolean money = FALSE, names = FALSE, spending = FALSE;

  for (guint i = 0; i < n_columns; i++)
    g_ptr_array_add (folded, hustings_import_fold_header (header[i]));

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      const char *required = formats[f].required;
      guint score = 0, wanted = 1;

      if (required == NULL)
        continue;
      for (const char *p = required; *p; p++)
        wanted += *p == '|';
      for (guint i = 0; i < folded->len; i++)
        score += list_has (required, g_ptr_array_index (folded, i));
      if (score == wanted && score > best_score)
        {
          best = &formats[f];
          best_score = score;
        }
    }
  if (best != NULL)
    return best;

  for (guint i = 0; i < n_columns; i++)
    {
      HustingsImportField field = hustings_import_format_guess (generic, header[i]);
      const char *name = g_ptr_array_index (folded, i);

      money |= field == HUSTINGS_FIELD_AMOUNT;
      names |= field == HUSTINGS_FIELD_LAST_NAME || field == HUSTINGS_FIELD_FULL_NAME ||
               field == HUSTINGS_FIELD_ORG_NAME || field == HUSTINGS_FIELD_EMAIL;
      /* Money paid out: to a payee or vendor, for a purpose. */
      spending |= g_str_has_prefix (name, "payee") || g_str_has_prefix (name, "vendor") ||
                  g_str_has_prefix (name, "expenditure") || strstr (name, "purpose") != NULL;
    }
  if (spending)
    return hustings_import_format_find ("disbursements");
  return names && !money ? hustings_import_format_find ("contacts") : generic;
}

const char *
hustings_import_format_get_id (const HustingsImportFormat *format)
{
  return format->id;
}

const char *
hustings_import_format_get_name (const HustingsImportFormat *format)
{
  return _(format->name);
}

HustingsImportKind
hustings_import_format_get_kind (const HustingsImportFormat *format)
{
  return format->kind;
}

gboolean
hustings_import_format_is_generic (const HustingsImportFormat *format)
{
  return (format->flags & HUSTINGS_FORMAT_GENERIC) != 0;
}

static HustingsImportField
find_column (const HustingsImportFormat *format,
             const char                 *folded)
{
  for (const Column *c = format->columns; c->headers; c++)
    if (hustings_import_field_applies (c->field, format->kind) && list_has (c->headers, folded))
      return c->field;
  return HUSTINGS_FIELD_IGNORE;
}

HustingsImportField
hustings_import_format_guess (const HustingsImportFormat *format,
                              const char                 *header)
{
  static const char * const prefixes[] = {
    "donor", "contributor", "signup", "contact", "payee", "vendor"
  };
  g_autofree char *folded = hustings_import_fold_header (header);
  HustingsImportField field = find_column (format, folded);

  if (field != HUSTINGS_FIELD_IGNORE || !hustings_import_format_is_generic (format))
    return field;
  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (folded, prefixes[i]) && folded[strlen (prefixes[i])] != '\0')
      {
        field = find_column (format, folded + strlen (prefixes[i]));
        if (field != HUSTINGS_FIELD_IGNORE)
          return field;
      }
  return HUSTINGS_FIELD_IGNORE;
}
