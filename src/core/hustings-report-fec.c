/* hustings-report-fec.c: a report as a .fec filing — the header, the cover with the summary,
 * Schedule A and B itemizations with their memo rows, TEXT records — validated as a whole and
 * written only when the FEC would take it.
 *
 * Transaction ids are stable across amendments: a row a .fec import brought keeps its own,
 * others are made from the row id — "A<id>" for a receipt (or a refund of one), "A<id>E" for
 * the conduit's memo row of an earmarked receipt, "B<id>" for a disbursement, "<id>T" for the
 * TEXT record of a row's long memo, and "T<n>" for a report memo (kept by report_text).
 * What the file says is for the FEC and stays in English.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-report-fec"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hustings-conduit.h"
#include "hustings-committee-file-private.h"
#include "hustings-dates.h"
#include "hustings-error.h"
#include "hustings-report-private.h"
#include "hustings-validate.h"

/* Field lengths of fec-format.md §4. */
#define LEN_ORG       200
#define LEN_LAST      30
#define LEN_FIRST     20
#define LEN_MIDDLE    20
#define LEN_PREFIX    10
#define LEN_STREET    34
#define LEN_CITY      30
#define LEN_ZIP       9
#define LEN_OTHER     20
#define LEN_PURPOSE   100
#define LEN_JOB       38
#define LEN_MEMO      100
#define LEN_TRAN_ID   20
#define LEN_TEXT      4000

/* Fields 6–17 of Schedule A and Schedule B: the contributor or payee, laid out alike. */
enum {
  F_FORM_TYPE = 1, F_FILER, F_TRAN_ID, F_BACK_ID, F_BACK_TYPE, F_ENTITY, F_ORG, F_LAST, F_FIRST,
  F_MIDDLE, F_PREFIX, F_SUFFIX, F_STREET1, F_STREET2, F_CITY, F_STATE, F_ZIP, F_ELECTION,
  F_ELECTION_OTHER, F_DATE, F_AMOUNT,
};

/* Where a record came from: what to open to fix a problem in it. */
typedef struct {
  HustingsReportRowKind kind;
  gint64                row_id;
  gint64                contact_id;
} Source;

typedef struct {
  HustingsFecRecord *record;
  Source             source;
} Built;

typedef struct {
  gint64  contact_id;
  char   *name;
  char   *street1;
  char   *street2;
  char   *city;
  char   *state;
  char   *zip;
  GHashTable *totals;  /* date → gint64* earmarked through it from the period's start */
} Conduit;

typedef struct {
  HustingsCommitteeFile   *file;
  HustingsReport          *report;
  const HustingsCommittee *committee;
  gboolean                 f3x;
  const char              *filer;
  HustingsReportScan       scan;
  HustingsReportSummary   *summary;
  GArray                  *buckets[N_SCHEDS];  /* Built, per schedule line */
  GHashTable              *conduits;           /* FEC id → Conduit* */
  GHashTable              *fields[2];          /* Schedule A, B: field name → number */
  HustingsProgressFunc     progress;
  gpointer                 progress_data;
  /* Out */
  GPtrArray               *records;
  GArray                  *sources;
} Builder;

/* A contributor or payee, as a row of the receipts or disbursements query gives it. */
typedef struct {
  gint64      id;
  const char *entity;
  const char *prefix;
  const char *first;
  const char *middle;
  const char *last;
  const char *suffix;
  const char *org;
  const char *street1;
  const char *street2;
  const char *city;
  const char *state;
  const char *zip;
  const char *employer;
  const char *occupation;
  const char *fec_id;
  const char *country;
  const char *name;
} Party;

#define PARTY_COLUMNS \
  "c.id, c.entity_type, c.prefix, c.first_name, c.middle_name, c.last_name, c.suffix," \
  " c.org_name, c.street1, c.street2, c.city, c.state, c.zip, c.employer, c.occupation," \
  " c.fec_id, c.country, c.display_name"

static void
party_from_row (Party *party, sqlite3_stmt *stmt, int first)
{
  party->id = sqlite3_column_int64 (stmt, first);
  party->entity = hustings_column_text (stmt, first + 1);
  party->prefix = hustings_column_text (stmt, first + 2);
  party->first = hustings_column_text (stmt, first + 3);
  party->middle = hustings_column_text (stmt, first + 4);
  party->last = hustings_column_text (stmt, first + 5);
  party->suffix = hustings_column_text (stmt, first + 6);
  party->org = hustings_column_text (stmt, first + 7);
  party->street1 = hustings_column_text (stmt, first + 8);
  party->street2 = hustings_column_text (stmt, first + 9);
  party->city = hustings_column_text (stmt, first + 10);
  party->state = hustings_column_text (stmt, first + 11);
  party->zip = hustings_column_text (stmt, first + 12);
  party->employer = hustings_column_text (stmt, first + 13);
  party->occupation = hustings_column_text (stmt, first + 14);
  party->fec_id = hustings_column_text (stmt, first + 15);
  party->country = hustings_column_text (stmt, first + 16);
  party->name = hustings_column_text (stmt, first + 17);
}

static gboolean
is_person (const char *entity)
{
  return strcmp (entity, "IND") == 0 || strcmp (entity, "CAN") == 0;
}

static gboolean
is_committee (const char *entity)
{
  return strcmp (entity, "PAC") == 0 || strcmp (entity, "PTY") == 0 ||
         strcmp (entity, "CCM") == 0 || strcmp (entity, "COM") == 0;
}

static gboolean
is_foreign (const char *country)
{
  return *country != '\0' && g_ascii_strcasecmp (country, "US") != 0 &&
         g_ascii_strcasecmp (country, "USA") != 0 &&
         g_ascii_strcasecmp (country, "United States") != 0;
}

/* ---- Fields ---- */

/* Already what the FEC takes: printable ASCII, no blanks at either end, not too long. */
static gboolean
is_plain (const char *value, gsize max)
{
  gsize len = 0;

  for (const guchar *p = (const guchar *) value; *p; p++, len++)
    if (*p < 32 || *p > 126)
      return FALSE;
  return len <= max && value[0] != ' ' && value[len - 1] != ' ';
}

/* Sets field n of a new record (whose fields are all empty) to value as printable ASCII of at
 * most max characters. */
static void
put (HustingsFecRecord *record, guint n, const char *value, gsize max)
{
  char *ascii;

  if (value == NULL || *value == '\0')
    return;
  if (is_plain (value, max))
    {
      hustings_fec_record_set (record, n, value);
      return;
    }
  ascii = hustings_fec_to_ascii (value, max);
  hustings_fec_record_set (record, n, ascii);
  g_free (ascii);
}

static void
put_named (HustingsFecRecord *record, const char *name, const char *value, gsize max)
{
  int n = hustings_fec_layout_find (record->type, name);

  g_return_if_fail (n > 0);
  put (record, n, value, max);
}

/* YYYY-MM-DD as YYYYMMDD. */
static void
put_date (HustingsFecRecord *record, guint n, const char *iso)
{
  char date[9];

  if (strlen (iso) != 10)
    return;
  memcpy (date, iso, 4);
  memcpy (date + 4, iso + 5, 2);
  memcpy (date + 6, iso + 8, 2);
  date[8] = '\0';
  hustings_fec_record_set (record, n, date);
}

/* Field n of from, when it has one, into the new record to. */
static void
copy_field (HustingsFecRecord *to, const HustingsFecRecord *from, guint n)
{
  const char *value = hustings_fec_record_get (from, n);

  if (*value != '\0')
    hustings_fec_record_set (to, n, value);
}

/* Upper-case letters or digits only: states, ZIP codes, codes. */
static char *
code_text (const char *value, gsize max, gboolean digits_only)
{
  g_autofree char *ascii = hustings_fec_to_ascii (value, 0);
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p && out->len < max; p++)
    if (g_ascii_isdigit (*p) || (!digits_only && g_ascii_isalpha (*p)))
      g_string_append_c (out, g_ascii_toupper (*p));
  return g_string_free (out, FALSE);
}

static void
put_code (HustingsFecRecord *record, guint n, const char *value, gsize max, gboolean digits)
{
  g_autofree char *code = NULL;
  gsize len = 0;

  /* Most are already right. */
  for (const char *p = value; *p && (g_ascii_isdigit (*p) || (!digits && g_ascii_isupper (*p)));
       p++)
    len++;
  if (value[len] == '\0' && len <= max)
    {
      if (len > 0)
        hustings_fec_record_set (record, n, value);
      return;
    }
  code = code_text (value, max, digits);
  hustings_fec_record_set (record, n, code);
}

/* An imported transaction id as filed (its punctuation too, which an amendment must repeat),
 * in printable ASCII and upper case as the FEC asks. */
static char *
filed_tran_id (const char *imported)
{
  g_autofree char *ascii = hustings_fec_to_ascii (imported, LEN_TRAN_ID);

  return g_ascii_strup (g_strstrip (ascii), -1);
}

/* A transaction id: the imported one, or prefix and the row id. */
static char *
tran_id (const char *imported, char prefix, gint64 id)
{
  char text[24];

  if (imported != NULL && *imported != '\0')
    return filed_tran_id (imported);
  g_snprintf (text, sizeof text, "%c%" G_GINT64_FORMAT, prefix, id);
  return g_strdup (text);
}

/* The id of a record that belongs to another ("A12" → "A12E"), within 20 characters. */
static char *
suffixed (const char *id, char suffix)
{
  return g_strdup_printf ("%.*s%c", LEN_TRAN_ID - 1, id, suffix);
}

/* Fields 6–17: entity, names or organization, address. A foreign address has the state
 * "ZZ", as the FEC asks. */
static void
put_party (HustingsFecRecord *record, const Party *party)
{
  hustings_fec_record_set (record, F_ENTITY, party->entity);
  if (is_person (party->entity))
    {
      put (record, F_LAST, party->last, LEN_LAST);
      put (record, F_FIRST, party->first, LEN_FIRST);
      put (record, F_MIDDLE, party->middle, LEN_MIDDLE);
      put (record, F_PREFIX, party->prefix, LEN_PREFIX);
      put (record, F_SUFFIX, party->suffix, LEN_PREFIX);
    }
  else
    put (record, F_ORG, party->org, LEN_ORG);
  put (record, F_STREET1, party->street1, LEN_STREET);
  put (record, F_STREET2, party->street2, LEN_STREET);
  put (record, F_CITY, party->city, LEN_CITY);
  if (is_foreign (party->country))
    {
      hustings_fec_record_set (record, F_STATE, "ZZ");
      put_code (record, F_ZIP, party->zip, LEN_ZIP, FALSE);
    }
  else
    {
      put_code (record, F_STATE, party->state, 2, FALSE);
      put_code (record, F_ZIP, party->zip, LEN_ZIP, TRUE);
    }
}

static void
put_election (HustingsFecRecord *record, const char *election)
{
  if (election == NULL || *election == '\0')
    return;
  hustings_fec_record_set (record, F_ELECTION, election);
  if (election[0] == 'O')
    {
      g_autofree char *described = hustings_election_code_describe (election);

      put (record, F_ELECTION_OTHER, described, LEN_OTHER);
    }
}

/* ---- Records ---- */

/* The number of the field called name in a Schedule A or B record, looked up once per filing
 * (names are string literals, cached by address). */
static guint
field_number (Builder *b, HustingsFecRecord *record, const char *name)
{
  GHashTable *fields = b->fields[g_ascii_toupper (record->type[1]) == 'B'];
  int n = GPOINTER_TO_INT (g_hash_table_lookup (fields, name));

  if (n == 0)
    {
      n = hustings_fec_layout_find (record->type, name);
      g_return_val_if_fail (n > 0, 0);
      g_hash_table_insert (fields, (gpointer) name, GINT_TO_POINTER (n));
    }
  return n;
}

/* Sets the field called name of a new Schedule A or B record, as put does. */
static void
put_field (Builder *b, HustingsFecRecord *record, const char *name, const char *value,
           gsize max)
{
  guint n = field_number (b, record, name);

  if (n > 0)
    put (record, n, value, max);
}

static void
put_amount (Builder *b, HustingsFecRecord *record, const char *name, gint64 cents)
{
  guint n = field_number (b, record, name);

  if (n > 0)
    hustings_fec_record_set_amount (record, n, cents);
}

static void
add (Builder *b, HustingsSched sched, HustingsFecRecord *record, HustingsReportRowKind kind,
     gint64 row_id, gint64 contact_id)
{
  Built built = { record, { kind, row_id, contact_id } };

  g_array_append_val (b->buckets[sched], built);
}

static HustingsFecRecord *
new_record (Builder *b, const char *type, const char *id)
{
  HustingsFecRecord *record = hustings_fec_record_new (type);

  hustings_fec_record_set (record, F_FILER, b->filer);
  hustings_fec_record_set (record, F_TRAN_ID, id);
  return record;
}

/* A row's memo: in its memo field when it fits, else there cut short and whole in a TEXT
 * record that follows it. */
static void
put_memo (Builder *b, HustingsSched sched, HustingsFecRecord *record, const char *memo,
          HustingsReportRowKind kind, gint64 row_id, gint64 contact_id)
{
  g_autofree char *ascii = hustings_fec_to_ascii (memo, LEN_TEXT);
  HustingsFecRecord *text;
  g_autofree char *id = NULL;

  if (*ascii == '\0')
    return;
  put_field (b, record, "memo_text_description", ascii, LEN_MEMO);
  if (strlen (ascii) <= LEN_MEMO)
    return;
  id = suffixed (hustings_fec_record_get (record, F_TRAN_ID), 'T');
  text = new_record (b, "TEXT", id);
  hustings_fec_record_set (text, 4, hustings_fec_record_get (record, F_TRAN_ID));
  hustings_fec_record_set (text, 5, record->type);
  hustings_fec_record_set (text, 6, ascii);
  add (b, sched, text, kind, row_id, contact_id);
}

/* The conduit an earmarked gift came through: its contact when the file has one with that
 * FEC id, else what Hustings knows of ActBlue and WinRed. */
static Conduit *
conduit_for (Builder *b, const char *fec_id)
{
  const HustingsConduit *known = hustings_conduit_find (fec_id);
  Conduit *conduit = g_hash_table_lookup (b->conduits, fec_id);
  sqlite3_stmt *stmt;

  if (conduit != NULL)
    return conduit;

  conduit = g_new0 (Conduit, 1);
  stmt = hustings_committee_file_prepare (b->file,
    "SELECT id, org_name, street1, street2, city, state, zip FROM contact"
    " WHERE fec_id = ?1 AND org_name <> '' ORDER BY id LIMIT 1", NULL);
  if (stmt != NULL)
    {
      hustings_bind_static (stmt, 1, fec_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          conduit->contact_id = sqlite3_column_int64 (stmt, 0);
          conduit->name = g_strdup (hustings_column_text (stmt, 1));
          conduit->street1 = g_strdup (hustings_column_text (stmt, 2));
          conduit->street2 = g_strdup (hustings_column_text (stmt, 3));
          conduit->city = g_strdup (hustings_column_text (stmt, 4));
          conduit->state = g_strdup (hustings_column_text (stmt, 5));
          conduit->zip = g_strdup (hustings_column_text (stmt, 6));
        }
      sqlite3_reset (stmt);
    }
  if (conduit->name == NULL && known != NULL)
    {
      conduit->name = g_strdup (known->name);
      conduit->street1 = g_strdup (known->street);
      conduit->street2 = g_strdup ("");
      conduit->city = g_strdup (known->city);
      conduit->state = g_strdup (known->state);
      conduit->zip = g_strdup (known->zip);
    }
  if (conduit->name == NULL)
    {
      conduit->name = g_strdup (fec_id);
      conduit->street1 = g_strdup ("");
      conduit->street2 = g_strdup ("");
      conduit->city = g_strdup ("");
      conduit->state = g_strdup ("");
      conduit->zip = g_strdup ("");
    }

  g_hash_table_insert (b->conduits, g_strdup (fec_id), conduit);
  return conduit;
}

static void
conduit_free (Conduit *conduit)
{
  g_free (conduit->name);
  g_free (conduit->street1);
  g_free (conduit->street2);
  g_free (conduit->city);
  g_free (conduit->state);
  g_free (conduit->zip);
  g_free (conduit);
}

/* The conduit's memo row that follows an earmarked receipt (fec-rules.md §2.9): the same
 * date, amount and election, the conduit's total, memo code X. */
static void
add_conduit_memo (Builder *b, HustingsSched sched, const HustingsFecRecord *receipt,
                  const char *conduit_id, const char *donor, const char *date, gint64 row_id)
{
  Conduit *conduit = conduit_for (b, conduit_id);
  g_autofree char *id = suffixed (hustings_fec_record_get (receipt, F_TRAN_ID), 'E');
  HustingsFecRecord *memo = new_record (b, receipt->type, id);
  g_autofree char *purpose = g_strdup_printf ("Earmarked contribution from %s", donor);
  Party party = {
    .entity = "PAC", .org = conduit->name, .street1 = conduit->street1,
    .street2 = conduit->street2, .city = conduit->city, .state = conduit->state,
    .zip = conduit->zip, .country = "",
  };

  hustings_fec_record_set (memo, F_BACK_ID, hustings_fec_record_get (receipt, F_TRAN_ID));
  hustings_fec_record_set (memo, F_BACK_TYPE, receipt->type);
  put_party (memo, &party);
  copy_field (memo, receipt, F_ELECTION);
  copy_field (memo, receipt, F_ELECTION_OTHER);
  copy_field (memo, receipt, F_DATE);
  copy_field (memo, receipt, F_AMOUNT);
  put_amount (b, memo, "contribution_aggregate",
              hustings_report_scan_earmarked (&b->scan, conduit_id, date));
  put_field (b, memo, "contribution_purpose_descrip", purpose, LEN_PURPOSE);
  put_field (b, memo, "donor_committee_fec_id", conduit_id, 9);
  put_field (b, memo, "donor_committee_name", conduit->name, LEN_ORG);
  put_field (b, memo, "memo_code", "X", 1);
  put_field (b, memo, "memo_text_description",
             "Total earmarked through this conduit is in the aggregate field", LEN_MEMO);
  add (b, sched, memo, HUSTINGS_REPORT_ROW_DONATION, row_id, conduit->contact_id);
}

/* "PRIMARY" for P2026… as the FEC's memo texts name elections. */
static const char *
election_word (const char *code)
{
  switch (code != NULL ? code[0] : '\0')
    {
    case 'P': return "PRIMARY";
    case 'G': return "GENERAL";
    case 'R': return "RUNOFF";
    case 'S': return "SPECIAL";
    case 'C': return "CONVENTION";
    case 'E': return "RECOUNT";
    case 'O': return "OTHER ELECTION";
    default:  return "ELECTION";
    }
}

/* The memo text of one row of a redesignation or reattribution pair ("REDESIGNATION TO
 * GENERAL", "REATTRIBUTION FROM JANE DOE"), and the original receipt's transaction id and
 * line when it is itemized in this filing (the back reference). */
static char *
adjustment_text (Builder *b, gint64 row_id, gint64 original, const char *adjustment,
                 gint64 amount, char **out_back_id, const char **out_back_type)
{
  gboolean redesignation = strcmp (adjustment, "redesignation") == 0;
  const char *verb = redesignation ? "REDESIGNATION" : "REATTRIBUTION";
  g_autofree char *other = NULL;
  const HustingsItem *item = hustings_report_scan_find (b->scan.receipts, original);
  sqlite3_stmt *stmt;

  *out_back_id = NULL;
  *out_back_type = NULL;

  /* The positive row says where the money came from (the original), the negative one where
   * it went (the positive row of the pair). */
  stmt = hustings_committee_file_prepare (b->file, amount > 0
    ? "SELECT d.election, c.display_name, d.tran_id FROM donation d"
      " JOIN contact c ON c.id = d.contact_id WHERE d.id = ?1"
    : "SELECT d.election, c.display_name, d.tran_id FROM donation d"
      " JOIN contact c ON c.id = d.contact_id"
      " WHERE d.adjusts = ?1 AND d.adjustment = ?2 AND d.amount_cents = ?3 AND d.id <> ?4"
      " ORDER BY abs(d.id - ?4) LIMIT 1", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, original);
      if (amount < 0)
        {
          hustings_bind_static (stmt, 2, adjustment);
          sqlite3_bind_int64 (stmt, 3, -amount);
          sqlite3_bind_int64 (stmt, 4, row_id);
        }
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          other = g_ascii_strup (redesignation
                                 ? election_word ((const char *) sqlite3_column_text (stmt, 0))
                                 : hustings_column_text (stmt, 1), -1);
          if (amount > 0 && item != NULL)
            *out_back_id = tran_id ((const char *) sqlite3_column_text (stmt, 2), 'A', original);
        }
      sqlite3_reset (stmt);
    }
  if (amount < 0 && item != NULL)
    {
      /* The negative row refers to the original too. */
      stmt = hustings_committee_file_prepare (b->file,
        "SELECT tran_id FROM donation WHERE id = ?1", NULL);
      if (stmt != NULL)
        {
          sqlite3_bind_int64 (stmt, 1, original);
          if (sqlite3_step (stmt) == SQLITE_ROW)
            *out_back_id = tran_id ((const char *) sqlite3_column_text (stmt, 0), 'A', original);
          sqlite3_reset (stmt);
        }
    }
  if (*out_back_id != NULL)
    *out_back_type = hustings_sched_name (item->sched);
  if (other == NULL)
    return g_strdup (verb);
  return g_strdup_printf ("%s %s %s", verb, amount > 0 ? "FROM" : "TO", other);
}

/* The purpose of a receipt that is not a plain contribution. */
static const char *
receipt_purpose (HustingsSched sched, gboolean f3x, const char *method)
{
  if (strcmp (method, "in-kind") == 0)
    return "In-kind contribution";
  switch (sched)
    {
    case SCHED_SA12: return "Transfer";
    case SCHED_SA13A: case SCHED_SA13B: case SCHED_SA13: return "Loan";
    case SCHED_SA14: return f3x ? "Loan repayment" : "Offset to operating expenditures";
    case SCHED_SA15: return f3x ? "Offset to operating expenditures" : "Other receipt";
    case SCHED_SA16: return "Refund of contribution";
    case SCHED_SA17: return "Other federal receipt";
    default: return "";
    }
}

enum {
  R_ID, R_DATE, R_AMOUNT, R_METHOD, R_ELECTION, R_MEMO, R_CONDUIT, R_TRAN_ID, R_ADJUSTS,
  R_ADJUSTMENT, R_PARTY,
};

static void
add_receipt (Builder *b, sqlite3_stmt *stmt, const HustingsItem *item)
{
  gint64 row_id = sqlite3_column_int64 (stmt, R_ID);
  gint64 amount = sqlite3_column_int64 (stmt, R_AMOUNT);
  const char *date = hustings_column_text (stmt, R_DATE);
  const char *conduit_id = hustings_column_text (stmt, R_CONDUIT);
  const char *memo = hustings_column_text (stmt, R_MEMO);
  g_autofree char *id = tran_id ((const char *) sqlite3_column_text (stmt, R_TRAN_ID), 'A',
                                 row_id);
  g_autofree char *memo_text = NULL;
  HustingsFecRecord *record = new_record (b, hustings_sched_name (item->sched), id);
  Party party;

  party_from_row (&party, stmt, R_PARTY);
  put_party (record, &party);
  put_election (record, (const char *) sqlite3_column_text (stmt, R_ELECTION));
  put_date (record, F_DATE, date);

  if (item->flags & ITEM_REFUND)
    {
      /* A refund of a contribution: a Schedule B record of the amount paid back. */
      hustings_fec_record_set_amount (record, F_AMOUNT, -amount);
      put_field (b, record, "expenditure_purpose_descrip", "Contribution refund", LEN_PURPOSE);
      put_field (b, record, "category_code", "010", 3);
      if (is_committee (party.entity))
        {
          put_field (b, record, "beneficiary_committee_fec_id", party.fec_id, 9);
          put_field (b, record, "beneficiary_committee_name", party.org, LEN_ORG);
        }
      add (b, item->sched, record, HUSTINGS_REPORT_ROW_DONATION, row_id, party.id);
      put_memo (b, item->sched, record, memo, HUSTINGS_REPORT_ROW_DONATION, row_id, party.id);
      return;
    }

  hustings_fec_record_set_amount (record, F_AMOUNT, amount);
  put_amount (b, record, "contribution_aggregate", item->aggregate);
  if (*conduit_id != '\0')
    {
      /* The conduit itself is on the memo row that follows. */
      g_autofree char *purpose = g_strdup_printf ("Earmarked through %s",
                                                  conduit_for (b, conduit_id)->name);

      put_field (b, record, "contribution_purpose_descrip", purpose, LEN_PURPOSE);
    }
  else
    put_field (b, record, "contribution_purpose_descrip",
               receipt_purpose (item->sched, b->f3x, hustings_column_text (stmt, R_METHOD)),
               LEN_PURPOSE);
  if (is_person (party.entity))
    {
      put_field (b, record, "contributor_employer", party.employer, LEN_JOB);
      put_field (b, record, "contributor_occupation", party.occupation, LEN_JOB);
    }
  if (is_committee (party.entity))
    {
      put_field (b, record, "donor_committee_fec_id", party.fec_id, 9);
      put_field (b, record, "donor_committee_name", party.org, LEN_ORG);
    }
  else if (strcmp (party.entity, "CAN") == 0 && strchr ("HSP", party.fec_id[0]) != NULL)
    {
      put_field (b, record, "donor_candidate_fec_id", party.fec_id, 9);
      put_field (b, record, "donor_candidate_last_name", party.last, LEN_LAST);
      put_field (b, record, "donor_candidate_first_name", party.first, LEN_FIRST);
    }

  if (item->flags & ITEM_MEMO)
    {
      g_autofree char *back_id = NULL;
      const char *back_type = NULL;
      g_autofree char *text = adjustment_text (b, row_id,
                                               sqlite3_column_int64 (stmt, R_ADJUSTS),
                                               hustings_column_text (stmt, R_ADJUSTMENT),
                                               amount, &back_id, &back_type);

      put_field (b, record, "memo_code", "X", 1);
      if (back_id != NULL)
        {
          hustings_fec_record_set (record, F_BACK_ID, back_id);
          hustings_fec_record_set (record, F_BACK_TYPE, back_type);
        }
      /* A note of the user's follows the FEC's wording, unless it only says the same. */
      memo_text = *memo && g_ascii_strncasecmp (memo, hustings_column_text (stmt, R_ADJUSTMENT),
                                                strlen (hustings_column_text (stmt,
                                                                              R_ADJUSTMENT))) != 0
                  ? g_strdup_printf ("%s; %s", text, memo) : g_steal_pointer (&text);
    }
  add (b, item->sched, record, HUSTINGS_REPORT_ROW_DONATION, row_id, party.id);
  put_memo (b, item->sched, record, memo_text ? memo_text : memo, HUSTINGS_REPORT_ROW_DONATION,
            row_id, party.id);
  if (*conduit_id != '\0' && !(item->flags & ITEM_MEMO))
    add_conduit_memo (b, item->sched, record, conduit_id, party.name, date, row_id);
}

/* Calls func for each itemized row of a query of the coverage's rows, by date. */
static gboolean
add_rows (Builder      *b,
          sqlite3_stmt *stmt,
          GArray       *items,
          void        (*func) (Builder *, sqlite3_stmt *, const HustingsItem *),
          double        from,
          double        to,
          GCancellable *cancellable,
          GError      **error)
{
  guint done = 0, total = items->len;
  int rc;

  hustings_bind_static (stmt, 1, hustings_report_get_coverage_from (b->report));
  hustings_bind_static (stmt, 2, hustings_report_get_coverage_to (b->report));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const HustingsItem *item = hustings_report_scan_find (items, id);

      if (item == NULL)
        continue;
      func (b, stmt, item);
      if (++done % 4096 == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            {
              sqlite3_reset (stmt);
              return FALSE;
            }
          if (b->progress)
            b->progress (from + (to - from) * done / total, b->progress_data);
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return hustings_committee_file_set_sql_error (b->file, error);
  if (b->progress)
    b->progress (to, b->progress_data);
  return TRUE;
}

enum {
  D_ID, D_DATE, D_AMOUNT, D_PURPOSE, D_CATEGORY, D_ELECTION, D_MEMO, D_TRAN_ID, D_PARTY,
};

static void
add_disbursement (Builder *b, sqlite3_stmt *stmt, const HustingsItem *item)
{
  gint64 row_id = sqlite3_column_int64 (stmt, D_ID);
  g_autofree char *id = tran_id ((const char *) sqlite3_column_text (stmt, D_TRAN_ID), 'B',
                                 row_id);
  HustingsFecRecord *record = new_record (b, hustings_sched_name (item->sched), id);
  Party party;

  party_from_row (&party, stmt, D_PARTY);
  put_party (record, &party);
  put_election (record, (const char *) sqlite3_column_text (stmt, D_ELECTION));
  put_date (record, F_DATE, hustings_column_text (stmt, D_DATE));
  hustings_fec_record_set_amount (record, F_AMOUNT, sqlite3_column_int64 (stmt, D_AMOUNT));
  put_field (b, record, "expenditure_purpose_descrip", hustings_column_text (stmt, D_PURPOSE),
             LEN_PURPOSE);
  put_field (b, record, "category_code", hustings_column_text (stmt, D_CATEGORY), 3);
  if (is_committee (party.entity))
    {
      put_field (b, record, "beneficiary_committee_fec_id", party.fec_id, 9);
      put_field (b, record, "beneficiary_committee_name", party.org, LEN_ORG);
    }
  if (item->flags & ITEM_MEMO)
    put_field (b, record, "memo_code", "X", 1);
  add (b, item->sched, record, HUSTINGS_REPORT_ROW_DISBURSEMENT, row_id, party.id);
  put_memo (b, item->sched, record, hustings_column_text (stmt, D_MEMO),
            HUSTINGS_REPORT_ROW_DISBURSEMENT, row_id, party.id);
}

static void
append (Builder *b, HustingsFecRecord *record, HustingsReportRowKind kind, gint64 row_id,
        gint64 contact_id)
{
  Source source = { kind, row_id, contact_id };

  g_ptr_array_add (b->records, record);
  g_array_append_val (b->sources, source);
}

static HustingsFecRecord *
build_header (Builder *b)
{
  HustingsFecRecord *hdr = hustings_fec_record_new ("HDR");
  int amendment = hustings_report_get_amendment (b->report);

  hustings_fec_record_set_named (hdr, "ef_type", "FEC");
  hustings_fec_record_set_named (hdr, "fec_version", HUSTINGS_FEC_VERSION);
  hustings_fec_record_set_named (hdr, "soft_name", "Hustings");
  put_named (hdr, "soft_ver", PACKAGE_VERSION, 16);
  if (amendment > 0)
    {
      g_autofree char *number = g_strdup_printf ("%d", amendment);

      hustings_fec_record_set_named (hdr, "rpt_id",
                                     hustings_report_get_original_fec_id (b->report));
      hustings_fec_record_set_named (hdr, "rpt_number", number);
    }
  return hdr;
}

static HustingsFecRecord *
build_cover (Builder *b)
{
  const HustingsCommittee *c = b->committee;
  HustingsReport *r = b->report;
  HustingsFecRecord *cover = hustings_fec_record_new (hustings_report_get_form_type (r));
  const char *signed_on = hustings_report_get_date_signed (r);
  g_autofree char *today = hustings_date_today ();
  guint count = hustings_fec_layout_count (cover->type);

  hustings_fec_record_set_named (cover, "filer_committee_id_number", b->filer);
  put_named (cover, "committee_name", c->name, LEN_ORG);
  put_named (cover, "street_1", c->street1, LEN_STREET);
  put_named (cover, "street_2", c->street2, LEN_STREET);
  put_named (cover, "city", c->city, LEN_CITY);
  put_code (cover, hustings_fec_layout_find (cover->type, "state"), c->state, 2, FALSE);
  put_code (cover, hustings_fec_layout_find (cover->type, "zip"), c->zip, LEN_ZIP, TRUE);
  if (!b->f3x)
    {
      put_code (cover, hustings_fec_layout_find (cover->type, "election_state"),
                c->candidate_state, 2, FALSE);
      if (g_strcmp0 (c->candidate_office, "H") == 0 && *c->candidate_district != '\0')
        {
          g_autofree char *district = g_strdup_printf ("%02d",
            (int) g_ascii_strtoll (c->candidate_district, NULL, 10));

          hustings_fec_record_set_named (cover, "election_district", district);
        }
    }
  hustings_fec_record_set_named (cover, "report_code", hustings_report_get_code (r));
  if (hustings_report_get_election (r) != NULL)
    {
      g_autofree char *date = hustings_fec_format_date (hustings_report_get_election_date (r));

      hustings_fec_record_set_named (cover, "election_code", hustings_report_get_election (r));
      hustings_fec_record_set_named (cover, "date_of_election", date);
      put_code (cover, hustings_fec_layout_find (cover->type, "state_of_election"),
                hustings_report_get_election_state (r), 2, FALSE);
    }
  put_date (cover, hustings_fec_layout_find (cover->type, "coverage_from_date"),
            hustings_report_get_coverage_from (r));
  put_date (cover, hustings_fec_layout_find (cover->type, "coverage_through_date"),
            hustings_report_get_coverage_to (r));
  put_named (cover, "treasurer_last_name", c->treasurer_last, LEN_LAST);
  put_named (cover, "treasurer_first_name", c->treasurer_first, LEN_FIRST);
  put_date (cover, hustings_fec_layout_find (cover->type, "date_signed"),
            signed_on ? signed_on : today);

  /* The summary amounts, each field named by its line and column. */
  for (guint n = 1; n <= count; n++)
    {
      g_autofree char *line = NULL;
      HustingsReportColumn column;

      if (hustings_report_cover_field_line (hustings_fec_layout_name (cover->type, n), &line,
                                            &column) &&
          hustings_report_summary_lookup (b->summary, line) != NULL)
        hustings_fec_record_set_amount (cover, n,
                                        hustings_report_summary_get (b->summary, line, column));
    }
  if (b->f3x)
    {
      g_autofree char *year = g_strdup_printf ("%04d", hustings_report_get_period_year (r));

      hustings_fec_record_set_named (cover, "L6a_year_for_above_ytd", year);
    }
  return cover;
}

/* The report's memos: about the report as a whole, or (from an import) about one of its
 * transactions. One whose transaction is not itemized here becomes a memo of the report. */
static gboolean
add_report_texts (Builder *b, GError **error)
{
  g_autoptr(GHashTable) types = g_hash_table_new (g_str_hash, g_str_equal);
  const char *cover_type = hustings_report_get_form_type (b->report);
  sqlite3_stmt *stmt;
  int rc;

  for (guint i = 2; i < b->records->len; i++)
    {
      HustingsFecRecord *record = g_ptr_array_index (b->records, i);

      g_hash_table_insert (types, (gpointer) hustings_fec_record_get (record, F_TRAN_ID),
                           record->type);
    }

  stmt = hustings_committee_file_prepare (b->file,
    "SELECT id, tran_id, back_ref_tran_id, text FROM report_text WHERE report_id = ?1"
    " ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, hustings_report_get_id (b->report));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *id = tran_id (hustings_column_text (stmt, 1), 'T',
                                     sqlite3_column_int64 (stmt, 0));
      g_autofree char *back = filed_tran_id (hustings_column_text (stmt, 2));
      const char *back_type = g_hash_table_lookup (types, back);
      HustingsFecRecord *text = new_record (b, "TEXT", id);

      if (back_type != NULL)
        {
          hustings_fec_record_set (text, 4, back);
          hustings_fec_record_set (text, 5, back_type);
        }
      else
        hustings_fec_record_set (text, 5, cover_type);
      put (text, 6, hustings_column_text (stmt, 3), LEN_TEXT);
      append (b, text, HUSTINGS_REPORT_ROW_REPORT, hustings_report_get_id (b->report), 0);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return hustings_committee_file_set_sql_error (b->file, error);
  return TRUE;
}

static void
builder_clear (Builder *b)
{
  for (guint i = 0; i < N_SCHEDS; i++)
    if (b->buckets[i] != NULL)
      {
        for (guint j = 0; j < b->buckets[i]->len; j++)
          hustings_fec_record_free (g_array_index (b->buckets[i], Built, j).record);
        g_array_unref (b->buckets[i]);
      }
  hustings_report_scan_clear (&b->scan);
  g_clear_object (&b->summary);
  g_clear_pointer (&b->conduits, g_hash_table_unref);
  g_clear_pointer (&b->fields[0], g_hash_table_unref);
  g_clear_pointer (&b->fields[1], g_hash_table_unref);
  g_clear_pointer (&b->records, g_ptr_array_unref);
  g_clear_pointer (&b->sources, g_array_unref);
}

/* Builds the filing into b->records, with what each record came from in b->sources. */
static gboolean
build (Builder                *b,
       HustingsCommitteeFile  *file,
       HustingsReport         *report,
       HustingsProgressFunc    progress,
       gpointer                progress_data,
       GCancellable           *cancellable,
       GError                **error)
{
  sqlite3_stmt *stmt;

  memset (b, 0, sizeof *b);
  b->file = file;
  b->report = report;
  b->committee = hustings_committee_file_peek_committee (file);
  b->f3x = g_strcmp0 (hustings_report_get_form (report), "F3X") == 0;
  b->filer = b->committee->fec_id;
  b->progress = progress;
  b->progress_data = progress_data;
  b->conduits = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) conduit_free);
  b->records = g_ptr_array_new_with_free_func ((GDestroyNotify) hustings_fec_record_free);
  b->sources = g_array_new (FALSE, FALSE, sizeof (Source));
  b->fields[0] = g_hash_table_new (g_direct_hash, g_direct_equal);
  b->fields[1] = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; i < N_SCHEDS; i++)
    b->buckets[i] = g_array_new (FALSE, FALSE, sizeof (Built));

  if (!hustings_report_scan_run (file, &b->scan, report, NULL, FALSE, cancellable, error))
    return FALSE;
  if (progress)
    progress (0.3, progress_data);
  b->summary = hustings_report_summary_from_scan (file, &b->scan, cancellable, error);
  if (b->summary == NULL)
    return FALSE;

  stmt = hustings_committee_file_prepare (file,
    "SELECT d.id, d.date_received, d.amount_cents, d.method, d.election, d.memo, d.conduit,"
    " d.tran_id, coalesce(d.adjusts, 0), d.adjustment, " PARTY_COLUMNS
    " FROM donation d JOIN contact c ON c.id = d.contact_id"
    " WHERE d.date_received BETWEEN ?1 AND ?2 ORDER BY d.date_received, d.id", error);
  if (stmt == NULL ||
      !add_rows (b, stmt, b->scan.receipts, add_receipt, 0.35, 0.65, cancellable, error))
    return FALSE;
  stmt = hustings_committee_file_prepare (file,
    "SELECT b.id, b.date_paid, b.amount_cents, b.purpose, b.category, b.election, b.memo,"
    " b.tran_id, " PARTY_COLUMNS
    " FROM disbursement b JOIN contact c ON c.id = b.contact_id"
    " WHERE b.date_paid BETWEEN ?1 AND ?2 ORDER BY b.date_paid, b.id", error);
  if (stmt == NULL ||
      !add_rows (b, stmt, b->scan.disbursements, add_disbursement, 0.65, 0.7, cancellable,
                 error))
    return FALSE;

  append (b, build_header (b), HUSTINGS_REPORT_ROW_REPORT, hustings_report_get_id (report), 0);
  append (b, build_cover (b), HUSTINGS_REPORT_ROW_COMMITTEE, 0, 0);
  for (guint i = 0; i < N_SCHEDS; i++)
    {
      for (guint j = 0; j < b->buckets[i]->len; j++)
        {
          Built *built = &g_array_index (b->buckets[i], Built, j);

          g_ptr_array_add (b->records, built->record);
          g_array_append_val (b->sources, built->source);
        }
      g_array_set_size (b->buckets[i], 0);
    }
  return add_report_texts (b, error);
}

GPtrArray *
hustings_report_build_records (HustingsCommitteeFile  *file,
                               HustingsReport         *report,
                               HustingsReportSummary **out_summary,
                               HustingsProgressFunc    progress,
                               gpointer                progress_data,
                               GCancellable           *cancellable,
                               GError                **error)
{
  Builder b;
  GPtrArray *records = NULL;

  g_return_val_if_fail (HUSTINGS_IS_REPORT (report), NULL);

  if (build (&b, file, report, progress, progress_data, cancellable, error))
    {
      records = g_steal_pointer (&b.records);
      if (out_summary != NULL)
        *out_summary = g_steal_pointer (&b.summary);
    }
  builder_clear (&b);
  return records;
}

GPtrArray *
hustings_report_build_filing (HustingsCommitteeFile *file,
                              HustingsReport        *report,
                              HustingsProgressFunc   progress,
                              gpointer               progress_data,
                              GCancellable          *cancellable,
                              GError               **error)
{
  return hustings_report_build_records (file, report, NULL, progress, progress_data, cancellable,
                                        error);
}

/* ---- Problems ---- */

void
hustings_report_problem_free (HustingsReportProblem *problem)
{
  if (problem == NULL)
    return;
  hustings_fec_problem_free (problem->problem);
  g_free (problem);
}

/* The cover's fields that come from the committee profile rather than from the report. */
static gboolean
is_committee_field (const char *name)
{
  static const char * const fields[] = {
    "filer_committee_id_number", "committee_name", "street_1", "street_2", "city", "state",
    "zip", "election_state", "election_district", "treasurer_last_name",
    "treasurer_first_name", "treasurer_middle_name", "treasurer_prefix", "treasurer_suffix",
    NULL
  };

  return name != NULL && g_strv_contains (fields, name);
}

static HustingsReportProblem *
map_problem (Builder *b, HustingsFecProblem *fec)
{
  HustingsReportProblem *problem = g_new0 (HustingsReportProblem, 1);

  problem->problem = fec;
  if (fec->record < b->sources->len)
    {
      const Source *source = &g_array_index (b->sources, Source, fec->record);

      problem->kind = source->kind;
      problem->row_id = source->row_id;
      problem->contact_id = source->contact_id;
    }
  if (problem->kind == HUSTINGS_REPORT_ROW_COMMITTEE && !is_committee_field (fec->field_name))
    {
      problem->kind = HUSTINGS_REPORT_ROW_REPORT;
      problem->row_id = hustings_report_get_id (b->report);
    }
  /* A field of the contributor or payee (a name, an address, an employer) is fixed in the
   * contact, not in the gift or payment. */
  else if (problem->contact_id > 0 && fec->field_name != NULL &&
           (g_str_has_prefix (fec->field_name, "contributor_") ||
            g_str_has_prefix (fec->field_name, "payee_")))
    {
      problem->kind = HUSTINGS_REPORT_ROW_CONTACT;
      problem->row_id = problem->contact_id;
    }
  return problem;
}

gboolean
hustings_report_lookup_tran_id (HustingsCommitteeFile *file,
                                const char            *tran_id,
                                HustingsReportRowKind *out_kind,
                                gint64                *out_row_id,
                                gint64                *out_contact_id)
{
  static const struct { const char *sql; HustingsReportRowKind kind; } imported[] = {
    { "SELECT id, contact_id FROM donation WHERE upper(tran_id) = ?1 AND tran_id IS NOT NULL",
      HUSTINGS_REPORT_ROW_DONATION },
    { "SELECT id, contact_id FROM disbursement"
      " WHERE upper(tran_id) = ?1 AND tran_id IS NOT NULL",
      HUSTINGS_REPORT_ROW_DISBURSEMENT },
    { "SELECT report_id, 0 FROM report_text WHERE upper(tran_id) = ?1",
      HUSTINGS_REPORT_ROW_REPORT },
  };
  g_autofree char *id = g_strdup (tran_id ? tran_id : "");
  gsize len = strlen (id);

  g_return_val_if_fail (out_kind != NULL && out_row_id != NULL && out_contact_id != NULL, FALSE);

  /* The id itself, then without the suffix of a conduit memo or a long memo's TEXT. */
  for (int pass = 0; pass < 2 && len > 0; pass++)
    {
      char *end = NULL;
      gint64 number;

      for (guint i = 0; i < G_N_ELEMENTS (imported); i++)
        {
          sqlite3_stmt *stmt = hustings_committee_file_prepare (file, imported[i].sql, NULL);
          gboolean found = FALSE;

          if (stmt == NULL)
            return FALSE;
          hustings_bind_static (stmt, 1, id);
          if (sqlite3_step (stmt) == SQLITE_ROW)
            {
              *out_kind = imported[i].kind;
              *out_row_id = sqlite3_column_int64 (stmt, 0);
              *out_contact_id = sqlite3_column_int64 (stmt, 1);
              found = TRUE;
            }
          sqlite3_reset (stmt);
          if (found)
            return TRUE;
        }

      number = g_ascii_strtoll (id + 1, &end, 10);
      if ((id[0] == 'A' || id[0] == 'B') && end != id + 1 && *end == '\0')
        {
          sqlite3_stmt *stmt = hustings_committee_file_prepare (file, id[0] == 'A'
            ? "SELECT id, contact_id FROM donation WHERE id = ?1"
            : "SELECT id, contact_id FROM disbursement WHERE id = ?1", NULL);
          gboolean found = FALSE;

          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, number);
          if (sqlite3_step (stmt) == SQLITE_ROW)
            {
              *out_kind = id[0] == 'A' ? HUSTINGS_REPORT_ROW_DONATION
                                       : HUSTINGS_REPORT_ROW_DISBURSEMENT;
              *out_row_id = sqlite3_column_int64 (stmt, 0);
              *out_contact_id = sqlite3_column_int64 (stmt, 1);
              found = TRUE;
            }
          sqlite3_reset (stmt);
          if (found)
            return TRUE;
        }
      if (id[len - 1] != 'E' && id[len - 1] != 'T')
        break;
      id[--len] = '\0';
    }
  *out_kind = HUSTINGS_REPORT_ROW_NONE;
  *out_row_id = 0;
  *out_contact_id = 0;
  return FALSE;
}

/* ---- Writing ---- */

gboolean
hustings_report_write_fec (HustingsCommitteeFile *file,
                           HustingsReport        *report,
                           const char            *path,
                           GPtrArray            **out_problems,
                           HustingsProgressFunc   progress,
                           gpointer               progress_data,
                           GCancellable          *cancellable,
                           GError               **error)
{
  g_autoptr(GPtrArray) fec_problems = g_ptr_array_new ();
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (
    (GDestroyNotify) hustings_report_problem_free);
  g_autoptr(GOutputStream) memory = NULL;
  g_autoptr(GFile) target = NULL;
  gboolean ok = FALSE;
  gsize size = 0;
  guint errors;
  Builder b;

  g_return_val_if_fail (HUSTINGS_IS_REPORT (report), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (out_problems != NULL)
    *out_problems = NULL;
  if (!build (&b, file, report, progress, progress_data, cancellable, error))
    goto out;

  hustings_fec_validate_filing (b.records, fec_problems);
  for (guint i = 0; i < fec_problems->len; i++)
    g_ptr_array_add (problems, map_problem (&b, g_ptr_array_index (fec_problems, i)));
  errors = hustings_fec_count_errors (fec_problems);
  if (progress)
    progress (0.8, progress_data);
  if (errors > 0)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The report has %u error to fix before it can be filed",
                                "The report has %u errors to fix before it can be filed", errors),
                   errors);
      goto out;
    }

  /* The whole file in memory first: a failure leaves nothing behind, and the file replaces
   * any older one in one step. Its size is known: fields, separators and CR LF. */
  for (guint i = 0; i < b.records->len; i++)
    {
      HustingsFecRecord *record = g_ptr_array_index (b.records, i);

      size += record->n_fields + 1;
      for (guint f = 0; f < record->n_fields; f++)
        size += strlen (record->fields[f]);
    }
  memory = g_memory_output_stream_new (g_malloc (size), size, NULL, g_free);
  for (guint i = 0; i < b.records->len; i++)
    {
      if (!hustings_fec_write_record (memory, g_ptr_array_index (b.records, i), cancellable,
                                      error))
        goto out;
      if (progress && i % 8192 == 0)
        progress (0.8 + 0.15 * i / b.records->len, progress_data);
    }
  if (!g_output_stream_close (memory, cancellable, error))
    goto out;
  target = g_file_new_for_path (path);
  ok = g_file_replace_contents (target,
                                g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (memory)),
                                g_memory_output_stream_get_data_size (
                                  G_MEMORY_OUTPUT_STREAM (memory)),
                                NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                cancellable, error);
  if (ok && progress)
    progress (1.0, progress_data);

out:
  if (out_problems != NULL)
    *out_problems = g_steal_pointer (&problems);
  builder_clear (&b);
  return ok;
}
