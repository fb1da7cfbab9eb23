/* hustings-fec-import.c: a committee's .fec filing (Form 3 or 3X) into its committee file.
 *
 * The filing is read whole (back references run both ways), each record is given its role
 * (a receipt, the conduit's memo row of an earmarked receipt, a redesignation or reattribution
 * memo row, a contribution refund, a disbursement, a TEXT memo, or a record Hustings does not
 * keep, with the reason), then written in one transaction: the receipts first, so that the
 * rows that refer to them find them, then the others in the filing's order, the openings of
 * the contributors' aggregates, the report with its filed and unitemized lines and its memos,
 * and last the committee profile and elections.
 *
 * Rows are keyed by source "FEC filing" and a source id made of the filing's identity (filer,
 * form type, report code, coverage, amendment number) and the row's transaction id, so that
 * importing the same filing again, under any file name, adds nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-fec-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hustings-conduit.h"
#include "hustings-committee-file-private.h"
#include "hustings-contact.h"
#include "hustings-dates.h"
#include "hustings-disbursement.h"
#include "hustings-error.h"
#include "hustings-fec.h"
#include "hustings-fec-import.h"
#include "hustings-import.h"
#include "hustings-report-private.h"
#include "hustings-validate.h"

#define SOURCE "FEC filing"

/* Shares of the progress bar: reading the file, writing its rows, then the report. */
#define READ_SHARE 0.3
#define ROWS_SHARE 0.6

typedef enum {
  ROLE_SKIP,          /* not imported; reason says why */
  ROLE_COVER,         /* the header and the cover */
  ROLE_RECEIPT,       /* a Schedule A receipt: a donation */
  ROLE_ADJUSTMENT,    /* a redesignation or reattribution memo row: a memo donation */
  ROLE_CONDUIT,       /* the conduit's memo row of an earmarked receipt */
  ROLE_REFUND,        /* a contribution refund (Schedule B): a negative donation */
  ROLE_DISBURSEMENT,
  ROLE_TEXT,
} Role;

typedef struct {
  HustingsFecRecord *record;
  Role               role;
  const char        *reason;      /* ROLE_SKIP: why, translated */
  char              *date;        /* YYYY-MM-DD */
  gint64             amount;
  gboolean           memo;
  int                link;        /* ROLE_CONDUIT: the receipt it belongs to; else -1 */
  gint64             row_id;      /* the donation or disbursement it added; 0 for none */
  gint64             contact_id;
  HustingsEntityType entity;
} Item;

/* A contact the import may give rows to. */
typedef struct {
  gint64   id;
  gboolean created;        /* by this import */
  gboolean counted;        /* in contacts_created or contacts_matched already */
  gboolean updated;        /* in contacts_updated already */
  gboolean has_employer;
  gboolean has_occupation;
} Known;

typedef struct {
  HustingsCommitteeFile    *file;
  HustingsFecImportSummary *summary;
  GCancellable             *cancellable;
  HustingsProgressFunc      progress;
  gpointer                  progress_data;

  GPtrArray                *records;     /* HustingsFecRecord*, owned */
  HustingsFecRecord        *header;
  HustingsFecRecord        *cover;
  Item                     *items;       /* one per record */
  guint                     n_items;
  gboolean                  f3x;
  HustingsCommittee        *committee;   /* the profile as it will be, elections added */
  gboolean                  committee_changed;
  char                     *now;
  char                     *filing_key;
  char                     *original_fec_id;
  gboolean                  termination;
  GHashTable               *tran_ids;    /* transaction id → item index + 1 */
  GHashTable               *contacts;    /* matching key → Known* */
  GPtrArray                *known;       /* Known*, owned */
} Pass;

static void
skip_free (HustingsFecImportSkip *skip)
{
  g_free (skip->record_type);
  g_free (skip->reason);
  g_free (skip);
}

void
hustings_fec_import_summary_free (HustingsFecImportSummary *summary)
{
  if (summary == NULL)
    return;
  g_free (summary->committee_id);
  g_free (summary->committee_name);
  g_free (summary->form_type);
  g_free (summary->report_code);
  g_free (summary->coverage_from);
  g_free (summary->coverage_to);
  g_free (summary->fec_id);
  g_free (summary->version);
  g_ptr_array_unref (summary->skipped);
  g_strfreev (summary->unknown_elections);
  g_free (summary);
}

/* ---- Sniffing ---- */

gboolean
hustings_fec_import_is_filing (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) in = g_file_read (file, NULL, NULL);
  char head[64] = { 0 };
  gsize n = 0;
  const char *p = head;

  if (in == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (in), head, sizeof head - 1, &n, NULL, NULL))
    return FALSE;
  head[n] = '\0';
  if (g_str_has_prefix (p, "\xef\xbb\xbf"))
    p += 3;
  if (g_str_has_prefix (p, "/* Header"))
    return TRUE;
  if (*p == '"')
    p++;
  return g_ascii_strncasecmp (p, "HDR", 3) == 0 &&
         (p[3] == HUSTINGS_FEC_SEPARATOR || p[3] == ',' || p[3] == '"');
}

/* ---- Small helpers ---- */

static gboolean
cancelled (Pass *pass, GError **error)
{
  if (!g_cancellable_is_cancelled (pass->cancellable))
    return FALSE;
  g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CANCELLED,
                       _("The import was cancelled"));
  return TRUE;
}

static void
report_progress (Pass *pass, double fraction)
{
  if (pass->progress != NULL)
    pass->progress (CLAMP (fraction, 0.0, 1.0), pass->progress_data);
}

static gboolean
invalid (GError **error, const char *message)
{
  g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID, message);
  return FALSE;
}

/* A field of a record, named as in the 8.5 layout, with surrounding blanks removed. */
static char *
field (const HustingsFecRecord *record, const char *name)
{
  return g_strstrip (g_strdup (hustings_fec_record_get_named (record, name)));
}

/* The same with a prefix: field_with (r, "contributor_", "city"). */
static char *
field_with (const HustingsFecRecord *record, const char *prefix, const char *name)
{
  g_autofree char *full = g_strconcat (prefix, name, NULL);

  return field (record, full);
}

static gboolean
is_checked (const HustingsFecRecord *record, const char *name)
{
  g_autofree char *value = field (record, name);

  return g_ascii_strcasecmp (value, "X") == 0;
}

static gboolean
amount_of (const HustingsFecRecord *record, const char *name, gint64 *out_cents)
{
  g_autofree char *value = field (record, name);

  *out_cents = 0;
  return *value != '\0' && hustings_fec_parse_amount (value, out_cents);
}

static char *
date_of (const HustingsFecRecord *record, const char *name)
{
  g_autofree char *value = field (record, name);

  return hustings_fec_parse_date (value);
}

/* An election code as the rows write it ("P2018", "g2018 "), or NULL when it is none. */
static char *
election_of (const HustingsFecRecord *record, const char *name)
{
  g_autofree char *value = field (record, name);
  char *code = g_ascii_strup (value, -1);

  if (hustings_election_code_is_valid (code))
    return code;
  g_free (code);
  return NULL;
}

/* Lower case, accents and punctuation dropped: "O'Brien-Smith, Jr." → "obriensmithjr". */
static char *
fold (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));
  return g_string_free (out, FALSE);
}

static char *
first_word (const char *text)
{
  const char *end = text + strcspn (text, " ");

  return g_strndup (text, end - text);
}

/* "974593059" for "97459-3059 ", the digits and letters of a postal code. */
static char *
clean_zip (const char *zip)
{
  GString *out = g_string_new (NULL);

  for (const char *p = zip; *p; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_toupper (*p));
  return g_string_free (out, FALSE);
}

static gboolean
text_mentions (const char *text, const char *word)
{
  g_autofree char *upper = g_ascii_strup (text, -1);

  return strstr (upper, word) != NULL;
}

static gboolean
is_committee_entity (HustingsEntityType entity)
{
  return entity == HUSTINGS_ENTITY_PAC || entity == HUSTINGS_ENTITY_PTY ||
         entity == HUSTINGS_ENTITY_CCM || entity == HUSTINGS_ENTITY_COM;
}

static HustingsEntityType
entity_of (const HustingsFecRecord *record, gboolean person_named)
{
  g_autofree char *value = field (record, "entity_type");
  g_autofree char *code = g_ascii_strup (value, -1);
  HustingsEntityType entity;

  if (hustings_entity_type_from_code (code, &entity))
    return entity;
  return person_named ? HUSTINGS_ENTITY_IND : HUSTINGS_ENTITY_ORG;
}

/* The Schedule A line a contributor's receipts go on unless a row says otherwise (what the
 * reports expect when donation.receipt_line is empty). */
static const char *
usual_receipt_line (HustingsEntityType entity, gboolean f3x)
{
  switch (entity)
    {
    case HUSTINGS_ENTITY_PTY:
      return "SA11B";
    case HUSTINGS_ENTITY_PAC: case HUSTINGS_ENTITY_CCM: case HUSTINGS_ENTITY_COM:
      return "SA11C";
    case HUSTINGS_ENTITY_CAN:
      return f3x ? "SA11AI" : "SA11D";
    case HUSTINGS_ENTITY_ORG:
      return f3x ? "SA17" : "SA15";
    case HUSTINGS_ENTITY_IND: default:
      return "SA11AI";
    }
}

/* Whether a receipt on line (or the contributor's usual line when line is "") counts toward
 * the contributor's aggregate of contributions (lines 11(a)–(d)), which openings continue. */
static gboolean
is_contribution_line (const char *line, HustingsEntityType entity, gboolean f3x)
{
  static const char * const lines[] = { "SA11AI", "SA11B", "SA11C", "SA11D", NULL };

  return g_strv_contains (lines, *line ? line : usual_receipt_line (entity, f3x));
}

/* The Schedule A aggregation group of a receipt on line (or on the contributor's usual line
 * when line is ""), as the reports keep aggregates: "" for contributions, otherwise the other
 * receipt line itself ("SA15"). */
static const char *
aggregation_group (const char *line, HustingsEntityType entity, gboolean f3x)
{
  if (is_contribution_line (line, entity, f3x))
    return "";
  return *line ? line : usual_receipt_line (entity, f3x);
}

/* The Schedule A lines of Form 3 and Form 3X. */
static gboolean
is_receipt_line (const char *type)
{
  static const char * const lines[] = {
    "SA11AI", "SA11B", "SA11C", "SA11D", "SA12", "SA13", "SA13A", "SA13B", "SA14", "SA15",
    "SA16", "SA17", NULL
  };

  return g_strv_contains (lines, type);
}

static gboolean
is_refund_line (const char *type)
{
  static const char * const lines[] = {
    "SB20A", "SB20B", "SB20C", "SB28A", "SB28B", "SB28C", NULL
  };

  return g_strv_contains (lines, type);
}

/* Why records of a schedule Hustings does not keep are left out. */
static const char *
unkept_reason (const char *type)
{
  static const struct { const char *prefix; const char *reason; } reasons[] = {
    { "SC", N_("Loans (Schedule C) are not kept in Hustings") },
    { "SD", N_("Debts and obligations (Schedule D) are not kept in Hustings") },
    { "SE", N_("Independent expenditures (Schedule E) are not kept in Hustings") },
    { "SF", N_("Coordinated party expenditures (Schedule F) are not kept in Hustings") },
    { "SI", N_("Bank account statements (Schedule I) are not kept in Hustings") },
    { "SL", N_("Levin fund accounts (Schedule L) are not kept in Hustings") },
    { "H", N_("Allocations of shared federal and non-federal activity (Schedules H1–H6) are "
              "not kept in Hustings") },
    { "F3Z", N_("The consolidation pages of an authorized committee (Form 3Z) are not kept in "
                "Hustings") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    if (g_str_has_prefix (type, reasons[i].prefix))
      return _(reasons[i].reason);
  return _("This kind of record is not part of a Form 3 or Form 3X report");
}

static void
skip (Item *item, const char *reason)
{
  item->role = ROLE_SKIP;
  item->reason = reason;
}

/* ---- Reading and the filing's identity ---- */

static gboolean
read_filing (Pass *pass, const char *path, GError **error)
{
  g_autoptr(HustingsFecReader) reader = hustings_fec_reader_new_for_path (path, error);
  HustingsFecRecord *record;
  GError *local = NULL;

  if (reader == NULL)
    return FALSE;
  pass->summary->version = g_strdup (hustings_fec_reader_get_version (reader));
  while ((record = hustings_fec_reader_next (reader, &local)) != NULL)
    {
      g_ptr_array_add (pass->records, record);
      if (pass->records->len % 1024 == 0)
        {
          if (cancelled (pass, error))
            return FALSE;
          report_progress (pass, READ_SHARE * hustings_fec_reader_get_fraction (reader));
        }
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  report_progress (pass, READ_SHARE);
  return !cancelled (pass, error);
}

/* "FEC-1229017" for a file named 1229017.fec (the FEC's filing number), else "". */
static char *
fec_id_from_path (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  gsize digits = strspn (base, "0123456789");

  if (digits > 0 && g_ascii_strcasecmp (base + digits, ".fec") == 0)
    return g_strdup_printf ("FEC-%.*s", (int) digits, base);
  return g_strdup ("");
}

/* "FEC-467627" for "FEC-467627", "467627" or " fec-467627". */
static char *
normalize_fec_id (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  const char *digits = trimmed;

  if (g_ascii_strncasecmp (digits, "FEC-", 4) == 0)
    digits += 4;
  if (*digits == '\0' || strspn (digits, "0123456789") != strlen (digits))
    return g_strdup (trimmed);
  return g_strdup_printf ("FEC-%s", digits);
}

static gboolean
read_cover (Pass *pass, const char *path, GError **error)
{
  HustingsFecImportSummary *s = pass->summary;
  const char *type;
  g_autofree char *number = NULL;

  if (pass->records->len < 2)
    return invalid (error, _("The filing has no report in it: after its header there is no "
                             "Form 3 or Form 3X cover record"));
  pass->header = g_ptr_array_index (pass->records, 0);
  pass->cover = g_ptr_array_index (pass->records, 1);
  type = pass->cover->type;
  if (strcmp (type, "F3N") != 0 && strcmp (type, "F3A") != 0 && strcmp (type, "F3T") != 0 &&
      strcmp (type, "F3XN") != 0 && strcmp (type, "F3XA") != 0 && strcmp (type, "F3XT") != 0)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("This filing holds form %s, not a Form 3 or Form 3X report: Hustings "
                     "imports the reports of receipts and disbursements of campaigns, PACs "
                     "and parties"), type);
      return FALSE;
    }
  pass->f3x = g_str_has_prefix (type, "F3X");

  s->form_type = g_strdup (type);
  s->committee_id = g_ascii_strup (hustings_fec_record_get_named (pass->cover,
                                                                  "filer_committee_id_number"),
                                   -1);
  g_strstrip (s->committee_id);
  s->committee_name = field (pass->cover, "committee_name");
  s->report_code = g_ascii_strup (hustings_fec_record_get_named (pass->cover, "report_code"), -1);
  g_strstrip (s->report_code);
  s->coverage_from = date_of (pass->cover, "coverage_from_date");
  s->coverage_to = date_of (pass->cover, "coverage_through_date");
  s->fec_id = fec_id_from_path (path);

  if (!hustings_fec_committee_id_is_valid (s->committee_id))
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("The filing’s committee ID “%s” is not an FEC committee ID (C and eight "
                     "digits)"), s->committee_id);
      return FALSE;
    }
  if (*s->report_code == '\0')
    return invalid (error, _("The filing does not say which report it is: its report code is "
                             "missing"));
  if (s->coverage_from == NULL || s->coverage_to == NULL ||
      strcmp (s->coverage_from, s->coverage_to) > 0)
    return invalid (error, _("The filing’s coverage dates are missing or not real dates"));

  if (type[strlen (type) - 1] == 'A')
    {
      number = field (pass->header, "rpt_number");
      s->amendment = MAX (1, (int) g_ascii_strtoll (number, NULL, 10));
      pass->original_fec_id = normalize_fec_id (hustings_fec_record_get_named (pass->header,
                                                                               "rpt_id"));
    }
  else
    pass->original_fec_id = g_strdup ("");
  pass->termination = type[strlen (type) - 1] == 'T' || strcmp (s->report_code, "TER") == 0;
  pass->filing_key = g_strdup_printf ("%s %s %s %s %s A%d", s->committee_id, type,
                                      s->report_code, s->coverage_from, s->coverage_to,
                                      s->amendment);
  return TRUE;
}

/* ---- The committee ---- */

/* The cover's profile for a committee file that has no FEC id yet. */
static void
fill_profile (Pass *pass)
{
  static const struct { const char *name; gsize offset; } texts[] = {
    { "street_1", G_STRUCT_OFFSET (HustingsCommittee, street1) },
    { "street_2", G_STRUCT_OFFSET (HustingsCommittee, street2) },
    { "city", G_STRUCT_OFFSET (HustingsCommittee, city) },
    { "treasurer_first_name", G_STRUCT_OFFSET (HustingsCommittee, treasurer_first) },
    { "treasurer_last_name", G_STRUCT_OFFSET (HustingsCommittee, treasurer_last) },
  };
  HustingsFecImportSummary *s = pass->summary;
  HustingsCommittee *c = pass->committee;
  g_autofree char *state_text = field (pass->cover, "state");
  g_autofree char *state = g_ascii_strup (state_text, -1);
  g_autofree char *zip = clean_zip (hustings_fec_record_get_named (pass->cover, "zip"));

  g_free (c->fec_id);
  c->fec_id = g_strdup (s->committee_id);
  if (*s->committee_name)
    {
      g_free (c->name);
      c->name = g_strdup (s->committee_name);
    }
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      char **slot = G_STRUCT_MEMBER_P (c, texts[i].offset);

      g_free (*slot);
      *slot = field (pass->cover, texts[i].name);
    }
  g_free (c->state);
  c->state = g_strdup (hustings_state_is_valid (state) ? state : "");
  g_free (c->zip);
  c->zip = g_strdup (hustings_zip_is_valid (zip) ? zip : "");

  if (!pass->f3x)
    {
      /* A House campaign names its district; a Senate one does not. */
      g_autofree char *office_text = field (pass->cover, "election_state");
      g_autofree char *office_state = g_ascii_strup (office_text, -1);
      g_autofree char *district = field (pass->cover, "election_district");
      gboolean house = *district != '\0';

      c->type = house ? HUSTINGS_COMMITTEE_HOUSE : HUSTINGS_COMMITTEE_SENATE;
      g_free (c->candidate_office);
      c->candidate_office = g_strdup (house ? "H" : "S");
      if (hustings_state_is_valid (office_state))
        {
          g_free (c->candidate_state);
          c->candidate_state = g_strdup (office_state);
        }
      if (house && strlen (district) <= 2 && strspn (district, "0123456789") == strlen (district))
        {
          g_free (c->candidate_district);
          c->candidate_district = g_strdup (district);
        }
    }
  else if (c->type != HUSTINGS_COMMITTEE_PAC && c->type != HUSTINGS_COMMITTEE_PARTY)
    c->type = HUSTINGS_COMMITTEE_PAC;
  if (s->report_code[0] == 'M' && g_ascii_isdigit (s->report_code[1]))
    {
      g_free (c->filing_frequency);
      c->filing_frequency = g_strdup ("M");
    }
  s->committee_filled = TRUE;
  pass->committee_changed = TRUE;
}

/* The committee this file belongs to must be the filer; a file with no FEC id yet takes the
 * cover's profile. Nothing is written here: pass->committee is what the profile will be. */
static gboolean
plan_committee (Pass *pass, GError **error)
{
  HustingsFecImportSummary *s = pass->summary;

  pass->committee = hustings_committee_file_dup_committee (pass->file);
  if (*pass->committee->fec_id == '\0')
    fill_profile (pass);
  else if (strcmp (pass->committee->fec_id, s->committee_id) != 0)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("This filing is for committee %s (%s), not for this committee"),
                   s->committee_id, *s->committee_name ? s->committee_name : _("no name given"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
committee_has_election (const HustingsCommittee *c, const char *code)
{
  for (guint i = 0; i < c->elections->len; i++)
    if (strcmp (((HustingsElection *) g_ptr_array_index (c->elections, i))->code, code) == 0)
      return TRUE;
  return FALSE;
}

/* Adds the elections the filing names: the cover's with its date, general elections on their
 * day; the others are listed for the treasurer to date. */
static void
plan_elections (Pass *pass)
{
  HustingsCommittee *c = pass->committee;
  g_autoptr(GPtrArray) unknown = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *cover_code = election_of (pass->cover, "election_code");
  g_autofree char *cover_date = date_of (pass->cover, "date_of_election");
  g_autofree char *cover_state = g_ascii_strup (
    hustings_fec_record_get_named (pass->cover, "state_of_election"), -1);

  g_strstrip (cover_state);
  if (!hustings_state_is_valid (cover_state))
    {
      g_free (cover_state);
      cover_state = g_strdup (c->candidate_state && hustings_state_is_valid (c->candidate_state)
                              ? c->candidate_state : "");
    }
  if (cover_code != NULL && cover_date != NULL && strncmp (cover_code + 1, cover_date, 4) == 0 &&
      !committee_has_election (c, cover_code))
    {
      hustings_committee_add_election (c, cover_code, cover_date, cover_state);
      pass->committee_changed = TRUE;
    }

  for (guint i = 0; i < pass->n_items; i++)
    {
      Item *item = &pass->items[i];
      g_autofree char *code = NULL;

      if (item->role != ROLE_RECEIPT && item->role != ROLE_ADJUSTMENT &&
          item->role != ROLE_REFUND && item->role != ROLE_DISBURSEMENT)
        continue;
      code = election_of (item->record, "election_code");
      if (code == NULL || committee_has_election (c, code))
        continue;
      if (code[0] == 'G')
        {
          g_autofree char *day = hustings_general_election_day (atoi (code + 1));

          hustings_committee_add_election (c, code, day, cover_state);
          pass->committee_changed = TRUE;
        }
      else if (!g_ptr_array_find_with_equal_func (unknown, code, g_str_equal, NULL))
        g_ptr_array_add (unknown, g_steal_pointer (&code));
    }
  g_ptr_array_sort (unknown, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (unknown, NULL);
  pass->summary->unknown_elections = (GStrv) g_ptr_array_free (g_steal_pointer (&unknown), FALSE);
}

/* ---- The report already in the file ---- */

/* The report of this filing when it was imported before (sets report_id and report_existed);
 * refuses when another version of it was. */
static gboolean
find_report (Pass *pass, GError **error)
{
  HustingsFecImportSummary *s = pass->summary;
  sqlite3_stmt *stmt;
  int rc;

  stmt = hustings_committee_file_prepare (pass->file,
    "SELECT id, amendment, fec_id FROM report"
    " WHERE origin = 'imported' AND form = ?1 AND code = ?2 AND coverage_from = ?3"
    " AND coverage_to = ?4 ORDER BY amendment", error);
  if (stmt == NULL)
    return FALSE;
  hustings_bind_static (stmt, 1, pass->f3x ? "F3X" : "F3");
  hustings_bind_static (stmt, 2, s->report_code);
  hustings_bind_static (stmt, 3, s->coverage_from);
  hustings_bind_static (stmt, 4, s->coverage_to);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int amendment = sqlite3_column_int (stmt, 1);
      const char *fec_id = hustings_column_text (stmt, 2);
      g_autofree char *version = NULL;
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;

      if (amendment == s->amendment && (*fec_id == '\0' || *s->fec_id == '\0' ||
                                        strcmp (fec_id, s->fec_id) == 0))
        {
          s->report_id = sqlite3_column_int64 (stmt, 0);
          s->report_existed = TRUE;
          continue;
        }
      version = amendment == 0 ? g_strdup (_("the original"))
                               : g_strdup_printf (_("amendment %d"), amendment);
      from = hustings_date_format (s->coverage_from);
      to = hustings_date_format (s->coverage_to);
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("Report %s (%s to %s) is already in this committee file from another "
                     "version of this filing (%s). Undo that import first to bring in this "
                     "one."), s->report_code, from, to, version);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return hustings_committee_file_set_sql_error (pass->file, error);
  return TRUE;
}

/* ---- Roles ---- */

static int
item_by_tran_id (Pass *pass, const char *tran_id)
{
  g_autofree char *key = g_ascii_strup (tran_id, -1);

  g_strstrip (key);
  return *key ? GPOINTER_TO_INT (g_hash_table_lookup (pass->tran_ids, key)) - 1 : -1;
}

static int
back_reference (Pass *pass, const Item *item)
{
  return item_by_tran_id (pass, hustings_fec_record_get_named (item->record,
                                                               "back_reference_tran_id_number"));
}

static gboolean
is_person_named (const HustingsFecRecord *record, const char *prefix)
{
  g_autofree char *last = field_with (record, prefix, "last_name");
  g_autofree char *first = field_with (record, prefix, "first_name");

  return *last != '\0' || *first != '\0';
}

/* Date and amount of a row that becomes one; FALSE (skipped) when either is unusable. */
static gboolean
read_row_values (Item *item, const char *date_name, const char *amount_name)
{
  item->date = date_of (item->record, date_name);
  if (item->date == NULL)
    {
      skip (item, _("The date is missing or not a date"));
      return FALSE;
    }
  if (!amount_of (item->record, amount_name, &item->amount) || item->amount == 0)
    {
      skip (item, _("The amount is missing or zero"));
      return FALSE;
    }
  return TRUE;
}

static void
classify_receipt (Item *item)
{
  g_autofree char *memo_text = field (item->record, "memo_text_description");
  g_autofree char *purpose = field (item->record, "contribution_purpose_descrip");

  item->entity = entity_of (item->record, is_person_named (item->record, "contributor_"));
  item->memo = is_checked (item->record, "memo_code");
  if (!is_receipt_line (item->record->type))
    {
      skip (item, _("Hustings does not keep receipts on this line"));
      return;
    }
  if (!item->memo)
    item->role = ROLE_RECEIPT;
  else if (text_mentions (memo_text, "REDESIGNAT") || text_mentions (memo_text, "REATTRIBUT") ||
           text_mentions (purpose, "REDESIGNAT") || text_mentions (purpose, "REATTRIBUT"))
    item->role = ROLE_ADJUSTMENT;
  else
    {
      /* A conduit row, if a receipt turns out to be linked to it; else a memo entry Hustings
       * has no way to keep. */
      skip (item, _("A memo entry that is not an earmark, a redesignation or a reattribution is "
                    "not kept in Hustings"));
      return;
    }
  read_row_values (item, "contribution_date", "contribution_amount");
}

static void
classify_payment (Item *item)
{
  const char *type = item->record->type;

  item->entity = entity_of (item->record, is_person_named (item->record, "payee_"));
  item->memo = is_checked (item->record, "memo_code");
  if (is_refund_line (type))
    {
      if (item->memo)
        {
          skip (item, _("A memo entry of a contribution refund is not kept in Hustings"));
          return;
        }
      item->role = ROLE_REFUND;
    }
  else if (hustings_disbursement_line_form (type) != NULL)
    item->role = ROLE_DISBURSEMENT;
  else
    {
      skip (item, _("Hustings does not keep disbursements on this line"));
      return;
    }
  if (read_row_values (item, "expenditure_date", "expenditure_amount") &&
      item->role == ROLE_REFUND && item->amount < 0)
    skip (item, _("A negative contribution refund (a voided refund) is not kept in Hustings"));
}

/* A memo row from a committee or organization linked to a receipt, either way round: the
 * receipt was earmarked through it. */
static void
find_conduits (Pass *pass)
{
  for (guint i = 0; i < pass->n_items; i++)
    {
      Item *item = &pass->items[i];
      int other = back_reference (pass, item);
      Item *memo = NULL;
      int receipt = -1;

      if (other < 0 || !g_str_has_prefix (item->record->type, "SA"))
        continue;
      if (item->role == ROLE_RECEIPT && pass->items[other].role == ROLE_SKIP)
        {
          memo = &pass->items[other];
          receipt = (int) i;
        }
      else if (item->role == ROLE_SKIP && pass->items[other].role == ROLE_RECEIPT)
        {
          memo = item;
          receipt = other;
        }
      if (memo == NULL || !memo->memo || !g_str_has_prefix (memo->record->type, "SA") ||
          hustings_entity_type_is_person (memo->entity))
        continue;
      memo->role = ROLE_CONDUIT;
      memo->reason = NULL;
      memo->link = receipt;
    }
}

static void
classify (Pass *pass)
{
  for (guint i = 0; i < pass->n_items; i++)
    {
      Item *item = &pass->items[i];
      const char *type = item->record->type;
      const char *tran_id = NULL;

      item->link = -1;
      if (i < 2)
        item->role = ROLE_COVER;
      else if (g_str_has_prefix (type, "SA"))
        {
          classify_receipt (item);
          tran_id = hustings_fec_record_get_named (item->record, "transaction_id");
        }
      else if (g_str_has_prefix (type, "SB"))
        {
          classify_payment (item);
          tran_id = hustings_fec_record_get_named (item->record, "transaction_id");
        }
      else if (strcmp (type, "TEXT") == 0)
        item->role = ROLE_TEXT;
      else
        skip (item, unkept_reason (type));

      if (tran_id != NULL && *tran_id != '\0')
        {
          char *key = g_ascii_strup (tran_id, -1);

          g_strstrip (key);
          g_hash_table_insert (pass->tran_ids, key, GINT_TO_POINTER (i + 1));
        }
    }
  find_conduits (pass);
}

/* ---- Contacts ---- */

static void
index_contact (Pass *pass, const char *key, Known *known)
{
  if (*key != '\0' && !g_hash_table_contains (pass->contacts, key))
    g_hash_table_insert (pass->contacts, g_strdup (key), known);
}

/* The keys a contact is matched by: its FEC id (committees), and its name and ZIP code. */
static void
contact_keys (gboolean    person,
              const char *first,
              const char *last,
              const char *org,
              const char *zip,
              const char *fec_id,
              char      **out_id_key,
              char      **out_name_key)
{
  g_autofree char *zip5 = g_strndup (zip, 5);

  *out_id_key = *fec_id ? g_strdup_printf ("id:%s", fec_id) : g_strdup ("");
  if (person)
    {
      g_autofree char *word = first_word (first);
      g_autofree char *folded_first = fold (word);
      g_autofree char *folded_last = fold (last);

      *out_name_key = *folded_last || *folded_first
                      ? g_strdup_printf ("p:%s|%s|%s", folded_last, folded_first, zip5)
                      : g_strdup ("");
    }
  else
    {
      g_autofree char *folded = fold (org);

      *out_name_key = *folded ? g_strdup_printf ("o:%s|%s", folded, zip5) : g_strdup ("");
    }
}

static gboolean
load_contacts (Pass *pass, GError **error)
{
  sqlite3_stmt *stmt = hustings_committee_file_prepare (pass->file,
    "SELECT id, entity_type, first_name, last_name, org_name, zip, fec_id, employer <> '',"
    " occupation <> '' FROM contact ORDER BY id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Known *known = g_new0 (Known, 1);
      HustingsEntityType entity = HUSTINGS_ENTITY_IND;
      g_autofree char *zip = clean_zip (hustings_column_text (stmt, 5));
      g_autofree char *id_key = NULL;
      g_autofree char *name_key = NULL;

      known->id = sqlite3_column_int64 (stmt, 0);
      known->has_employer = sqlite3_column_int (stmt, 7);
      known->has_occupation = sqlite3_column_int (stmt, 8);
      g_ptr_array_add (pass->known, known);
      hustings_entity_type_from_code (hustings_column_text (stmt, 1), &entity);
      contact_keys (hustings_entity_type_is_person (entity), hustings_column_text (stmt, 2),
                    hustings_column_text (stmt, 3), hustings_column_text (stmt, 4), zip,
                    hustings_column_text (stmt, 6), &id_key, &name_key);
      index_contact (pass, id_key, known);
      index_contact (pass, name_key, known);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return hustings_committee_file_set_sql_error (pass->file, error);
  return TRUE;
}

/* The FEC id of a row's contributor or payee: the donor committee's (or candidate's) on
 * Schedule A; on Schedule B the beneficiary's, when the beneficiary is the payee itself. Never
 * the filer's own, which some software writes there. "" when none. */
static char *
counterparty_fec_id (Pass *pass, const Item *item, const char *org_name)
{
  const HustingsFecRecord *r = item->record;
  gboolean receipt = g_str_has_prefix (r->type, "SA");
  gboolean candidate = item->entity == HUSTINGS_ENTITY_CAN;
  g_autofree char *id_text = field_with (r, receipt ? "donor_" : "beneficiary_",
                                         candidate ? "candidate_fec_id" : "committee_fec_id");
  g_autofree char *id = g_ascii_strup (id_text, -1);

  if ((!is_committee_entity (item->entity) && !candidate) || strlen (id) != 9 ||
      strchr ("CHSP", id[0]) == NULL || strcmp (id, pass->summary->committee_id) == 0)
    return g_strdup ("");
  if (!receipt && !candidate)
    {
      g_autofree char *name = field (r, "beneficiary_committee_name");
      g_autofree char *beneficiary = fold (name);
      g_autofree char *payee = fold (org_name);

      if (strcmp (beneficiary, payee) != 0)
        return g_strdup ("");
    }
  return g_steal_pointer (&id);
}

/* The contributor or payee of a row, as a contact. */
static HustingsContact *
contact_of (Pass *pass, Item *item)
{
  static const struct { const char *name; HustingsContactField field; } names[] = {
    { "prefix", HUSTINGS_CONTACT_PREFIX }, { "first_name", HUSTINGS_CONTACT_FIRST_NAME },
    { "middle_name", HUSTINGS_CONTACT_MIDDLE_NAME }, { "last_name", HUSTINGS_CONTACT_LAST_NAME },
    { "suffix", HUSTINGS_CONTACT_SUFFIX }, { "organization_name", HUSTINGS_CONTACT_ORG_NAME },
    { "street_1", HUSTINGS_CONTACT_STREET1 }, { "street_2", HUSTINGS_CONTACT_STREET2 },
    { "city", HUSTINGS_CONTACT_CITY },
  };
  const HustingsFecRecord *r = item->record;
  gboolean receipt = g_str_has_prefix (r->type, "SA");
  const char *prefix = receipt ? "contributor_" : "payee_";
  HustingsContact *c = hustings_contact_new (item->entity);
  g_autofree char *state_text = field_with (r, prefix, "state");
  g_autofree char *state = g_ascii_strup (state_text, -1);
  g_autofree char *zip_text = field_with (r, prefix, "zip");
  g_autofree char *zip = clean_zip (zip_text);
  g_autofree char *fec_id = NULL;
  gboolean person = hustings_entity_type_is_person (item->entity);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *value = field_with (r, prefix, names[i].name);

      hustings_contact_set_field (c, names[i].field, value);
    }
  hustings_contact_set_field (c, HUSTINGS_CONTACT_STATE, state);
  hustings_contact_set_field (c, HUSTINGS_CONTACT_ZIP, zip);
  /* A foreign address: the FEC's state ZZ, or no US state. The filing does not name the
   * country: ZZ, the "unknown region" of ISO 3166 and CLDR. */
  if (strcmp (state, "ZZ") == 0 || (*state != '\0' && !hustings_state_is_valid (state)))
    hustings_contact_set_country (c, "ZZ");
  if (receipt)
    {
      g_autofree char *employer = field (r, "contributor_employer");
      g_autofree char *occupation = field (r, "contributor_occupation");

      hustings_contact_set_field (c, HUSTINGS_CONTACT_EMPLOYER, employer);
      hustings_contact_set_field (c, HUSTINGS_CONTACT_OCCUPATION, occupation);
    }

  fec_id = counterparty_fec_id (pass, item, hustings_contact_get_field (c,
                                                                     HUSTINGS_CONTACT_ORG_NAME));
  hustings_contact_set_field (c, HUSTINGS_CONTACT_FEC_ID, fec_id);

  /* Names where the entity type wants them. */
  if (person && !*hustings_contact_get_field (c, HUSTINGS_CONTACT_FIRST_NAME) &&
      !*hustings_contact_get_field (c, HUSTINGS_CONTACT_LAST_NAME))
    hustings_contact_set_field (c, HUSTINGS_CONTACT_LAST_NAME,
                                hustings_contact_get_field (c, HUSTINGS_CONTACT_ORG_NAME));
  if (!person && !*hustings_contact_get_field (c, HUSTINGS_CONTACT_ORG_NAME))
    {
      const char *first = hustings_contact_get_field (c, HUSTINGS_CONTACT_FIRST_NAME);
      const char *last = hustings_contact_get_field (c, HUSTINGS_CONTACT_LAST_NAME);
      g_autofree char *name = g_strjoin (" ", first, last, NULL);

      hustings_contact_set_field (c, HUSTINGS_CONTACT_ORG_NAME, g_strstrip (name));
    }
  if (person)
    hustings_contact_set_field (c, HUSTINGS_CONTACT_ORG_NAME, "");
  return c;
}

static gboolean
insert_contact (Pass *pass, HustingsContact *c, gint64 *out_id, GError **error)
{
  g_autofree char *sort_name = hustings_contact_dup_sort_name (c);
  sqlite3_stmt *stmt = hustings_committee_file_prepare (pass->file,
    "INSERT INTO contact (entity_type, prefix, first_name, middle_name, last_name, suffix,"
    " org_name, street1, street2, city, state, zip, employer, occupation, fec_id, notes,"
    " display_name, sort_name, created_at, updated_at, batch_id, country)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,"
    " ?19, ?19, ?20, ?21)", error);

  if (stmt == NULL)
    return FALSE;
  hustings_bind_static (stmt, 1,
                        hustings_entity_type_to_code (hustings_contact_get_entity_type (c)));
  for (guint f = 0; f < HUSTINGS_CONTACT_N_FIELDS; f++)
    hustings_bind_static (stmt, 2 + f, hustings_contact_get_field (c, f));
  hustings_bind_static (stmt, 17, hustings_contact_get_display_name (c));
  hustings_bind_static (stmt, 18, sort_name);
  hustings_bind_static (stmt, 19, pass->now);
  sqlite3_bind_int64 (stmt, 20, pass->summary->batch_id);
  hustings_bind_static (stmt, 21, hustings_contact_get_country (c));
  if (!hustings_committee_file_run (pass->file, stmt, error))
    return FALSE;
  *out_id = sqlite3_last_insert_rowid (hustings_committee_file_get_db (pass->file));
  return TRUE;
}

/* Fills in the employer or occupation a matched contact lacks, recording the change so that
 * undoing the import puts it back. */
static gboolean
fill_contact_field (Pass       *pass,
                    Known      *known,
                    const char *column,
                    const char *value,
                    GError    **error)
{
  sqlite3_stmt *stmt;

  stmt = strcmp (column, "employer") == 0
    ? hustings_committee_file_prepare (pass->file,
        "UPDATE contact SET employer = ?2, updated_at = ?3 WHERE id = ?1", error)
    : hustings_committee_file_prepare (pass->file,
        "UPDATE contact SET occupation = ?2, updated_at = ?3 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, known->id);
  hustings_bind_static (stmt, 2, value);
  hustings_bind_static (stmt, 3, pass->now);
  if (!hustings_committee_file_run (pass->file, stmt, error))
    return FALSE;

  stmt = hustings_committee_file_prepare (pass->file,
    "INSERT INTO import_change (batch_id, contact_id, field, old_value, new_value)"
    " VALUES (?1, ?2, ?3, '', ?4)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pass->summary->batch_id);
  sqlite3_bind_int64 (stmt, 2, known->id);
  hustings_bind_static (stmt, 3, column);
  hustings_bind_static (stmt, 4, value);
  if (!hustings_committee_file_run (pass->file, stmt, error))
    return FALSE;
  if (!known->updated)
    {
      known->updated = TRUE;
      pass->summary->contacts_updated++;
    }
  return TRUE;
}

static gboolean
update_known (Pass *pass, Known *known, HustingsContact *c, GError **error)
{
  const char *employer = hustings_contact_get_field (c, HUSTINGS_CONTACT_EMPLOYER);
  const char *occupation = hustings_contact_get_field (c, HUSTINGS_CONTACT_OCCUPATION);

  if (!known->has_employer && *employer)
    {
      known->has_employer = TRUE;
      if (!known->created && !fill_contact_field (pass, known, "employer", employer, error))
        return FALSE;
    }
  if (!known->has_occupation && *occupation)
    {
      known->has_occupation = TRUE;
      if (!known->created && !fill_contact_field (pass, known, "occupation", occupation, error))
        return FALSE;
    }
  return TRUE;
}

/* The contact of a row (c: the row's contributor or payee): matched by FEC id (committees),
 * else by name and ZIP code, else made. */
static gboolean
resolve_contact (Pass *pass, Item *item, HustingsContact *c, GError **error)
{
  g_autofree char *id_key = NULL;
  g_autofree char *name_key = NULL;
  gboolean person = hustings_entity_type_is_person (hustings_contact_get_entity_type (c));
  Known *known = NULL;

  contact_keys (person, hustings_contact_get_field (c, HUSTINGS_CONTACT_FIRST_NAME),
                hustings_contact_get_field (c, HUSTINGS_CONTACT_LAST_NAME),
                hustings_contact_get_field (c, HUSTINGS_CONTACT_ORG_NAME),
                hustings_contact_get_field (c, HUSTINGS_CONTACT_ZIP),
                hustings_contact_get_field (c, HUSTINGS_CONTACT_FEC_ID), &id_key, &name_key);
  if (*id_key)
    known = g_hash_table_lookup (pass->contacts, id_key);
  if (known == NULL && *name_key)
    known = g_hash_table_lookup (pass->contacts, name_key);

  if (known == NULL)
    {
      if (*name_key == '\0' && *id_key == '\0')
        {
          skip (item, _("The contributor or payee has no name"));
          return TRUE;
        }
      known = g_new0 (Known, 1);
      known->created = TRUE;
      known->has_employer = *hustings_contact_get_field (c, HUSTINGS_CONTACT_EMPLOYER) != '\0';
      known->has_occupation = *hustings_contact_get_field (c, HUSTINGS_CONTACT_OCCUPATION) != '\0';
      g_ptr_array_add (pass->known, known);
      if (!insert_contact (pass, c, &known->id, error))
        return FALSE;
      index_contact (pass, id_key, known);
      index_contact (pass, name_key, known);
    }
  else if (!update_known (pass, known, c, error))
    return FALSE;

  if (!known->counted)
    {
      known->counted = TRUE;
      if (known->created)
        pass->summary->contacts_created++;
      else
        pass->summary->contacts_matched++;
    }
  item->contact_id = known->id;
  return TRUE;
}

/* ---- Rows ---- */

static char *
source_id (Pass *pass, const Item *item)
{
  g_autofree char *tran_id = field (item->record, "transaction_id");

  if (*tran_id == '\0')
    return g_strdup_printf ("%s/line %u", pass->filing_key, item->record->line);
  return g_strdup_printf ("%s/%s", pass->filing_key, tran_id);
}

/* Whether a row with this source id is in the file already (the filing was imported). */
static gboolean
find_existing (Pass *pass, Item *item, const char *sid, gboolean *out_found, GError **error)
{
  sqlite3_stmt *stmt = item->role == ROLE_DISBURSEMENT
    ? hustings_committee_file_prepare (pass->file,
        "SELECT id FROM disbursement WHERE source = '" SOURCE "' AND source_id = ?1", error)
    : hustings_committee_file_prepare (pass->file,
        "SELECT id FROM donation WHERE source = '" SOURCE "' AND source_id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  hustings_bind_static (stmt, 1, sid);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return hustings_committee_file_set_sql_error (pass->file, error);
  *out_found = rc == SQLITE_ROW;
  return TRUE;
}

/* The election a receipt counts toward: the one it names, else the one presumed from its
 * date (the next of the committee's elections). */
static void
receipt_election (Pass *pass, Item *item, char **out_code, gboolean *out_presumed)
{
  const HustingsElection *presumed;

  *out_code = election_of (item->record, "election_code");
  *out_presumed = FALSE;
  if (*out_code != NULL)
    return;
  presumed = hustings_committee_presumed_election (pass->committee, item->date);
  if (presumed != NULL)
    {
      *out_code = g_strdup (presumed->code);
      *out_presumed = TRUE;
    }
}

/* What a donation's memo says: the row's memo text; for a receipt that is no contribution
 * (interest, an offset, a loan…) its purpose when it has no memo text, the donation having no
 * purpose of its own. */
static char *
donation_memo (Pass *pass, const Item *item, const char *receipt_line)
{
  g_autofree char *memo = field (item->record, "memo_text_description");

  if (*memo != '\0' || item->role == ROLE_REFUND ||
      is_contribution_line (receipt_line, item->entity, pass->f3x))
    return g_steal_pointer (&memo);
  return field (item->record, "contribution_purpose_descrip");
}

typedef struct {
  char     *election;
  gboolean  presumed;
  int       cycle;
  char     *memo;
  const char *receipt_line;
  gint64    refund_of;
  gint64    adjusts;
  const char *adjustment;
} DonationValues;

static gboolean
insert_donation (Pass *pass, Item *item, const char *sid, const DonationValues *v,
                 GError **error)
{
  g_autofree char *tran_id = field (item->record, "transaction_id");
  sqlite3_stmt *stmt = hustings_committee_file_prepare (pass->file,
    "INSERT INTO donation (contact_id, date_received, amount_cents, election, election_presumed,"
    " cycle, source, source_id, memo, refund_of, receipt_line, tran_id, adjusts, adjustment,"
    " batch_id, created_at, updated_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, '" SOURCE "', ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
    " ?15)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, item->contact_id);
  hustings_bind_static (stmt, 2, item->date);
  sqlite3_bind_int64 (stmt, 3, item->role == ROLE_REFUND ? -item->amount : item->amount);
  if (v->election != NULL)
    hustings_bind_static (stmt, 4, v->election);
  sqlite3_bind_int (stmt, 5, v->presumed);
  sqlite3_bind_int (stmt, 6, v->cycle);
  hustings_bind_static (stmt, 7, sid);
  hustings_bind_static (stmt, 8, v->memo);
  if (v->refund_of > 0)
    sqlite3_bind_int64 (stmt, 9, v->refund_of);
  hustings_bind_static (stmt, 10, v->receipt_line);
  if (*tran_id)
    hustings_bind_static (stmt, 11, tran_id);
  if (v->adjusts > 0)
    sqlite3_bind_int64 (stmt, 12, v->adjusts);
  hustings_bind_static (stmt, 13, v->adjustment);
  sqlite3_bind_int64 (stmt, 14, pass->summary->batch_id);
  hustings_bind_static (stmt, 15, pass->now);
  if (!hustings_committee_file_run (pass->file, stmt, error))
    return FALSE;
  item->row_id = sqlite3_last_insert_rowid (hustings_committee_file_get_db (pass->file));
  return TRUE;
}

/* The receipt an adjustment or refund is about: the row it refers to, else (refunds) the
 * contributor's latest receipt in the filing of the same amount, dated on or before it. */
static const Item *
original_of (Pass *pass, Item *item)
{
  int other = back_reference (pass, item);

  if (other >= 0 && pass->items[other].role == ROLE_RECEIPT && pass->items[other].row_id > 0)
    return &pass->items[other];
  if (item->role == ROLE_REFUND)
    {
      const Item *best = NULL;

      for (guint i = 0; i < pass->n_items; i++)
        {
          const Item *r = &pass->items[i];

          if (r->role == ROLE_RECEIPT && r->row_id > 0 && r->contact_id == item->contact_id &&
              r->amount == item->amount && strcmp (r->date, item->date) <= 0 &&
              (best == NULL || strcmp (r->date, best->date) >= 0))
            best = r;
        }
      return best;
    }
  return NULL;
}

/* The election and cycle of a donation that goes with another: a refund comes off the gift's. */
static gboolean
original_values (Pass *pass, gint64 donation_id, DonationValues *v, GError **error)
{
  sqlite3_stmt *stmt = hustings_committee_file_prepare (pass->file,
    "SELECT election, election_presumed, cycle FROM donation WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, donation_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_free (v->election);
      v->election = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      v->presumed = sqlite3_column_int (stmt, 1);
      v->cycle = sqlite3_column_int (stmt, 2);
    }
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
import_donation (Pass *pass, Item *item, const char *sid, GError **error)
{
  const char *type = item->record->type;
  DonationValues v = { 0 };
  const Item *original = NULL;
  g_autofree char *named = election_of (item->record, "election_code");
  gboolean ok;

  receipt_election (pass, item, &v.election, &v.presumed);
  v.cycle = hustings_cycle_for_date (item->date);
  v.adjustment = "";
  v.receipt_line = "";
  if (item->role == ROLE_REFUND)
    {
      v.memo = donation_memo (pass, item, "");
      original = original_of (pass, item);
      if (original != NULL)
        {
          v.refund_of = original->row_id;
          if (named == NULL &&
              !original_values (pass, original->row_id, &v, error))
            {
              g_free (v.election);
              g_free (v.memo);
              return FALSE;
            }
        }
    }
  else
    {
      HustingsEntityType entity = item->entity;

      if (strcmp (type, usual_receipt_line (entity, pass->f3x)) != 0)
        v.receipt_line = type;
      v.memo = donation_memo (pass, item, v.receipt_line);
      if (item->role == ROLE_ADJUSTMENT)
        {
          g_autofree char *text = g_strconcat (v.memo, " ",
                                               hustings_fec_record_get_named (
                                                 item->record, "contribution_purpose_descrip"),
                                               NULL);

          v.adjustment = text_mentions (text, "REATTRIBUT") ? "reattribution" : "redesignation";
          original = original_of (pass, item);
          if (original != NULL)
            v.adjusts = original->row_id;
        }
    }

  ok = insert_donation (pass, item, sid, &v, error);
  g_free (v.election);
  g_free (v.memo);
  if (!ok)
    return FALSE;

  switch (item->role)
    {
    case ROLE_REFUND:
      pass->summary->refunds_added++;
      pass->summary->refunds_cents += item->amount;
      break;
    case ROLE_ADJUSTMENT:
      pass->summary->adjustments_added++;
      break;
    default:
      pass->summary->receipts_added++;
      pass->summary->receipts_cents += item->amount;
    }
  return TRUE;
}

static gboolean
import_disbursement (Pass *pass, Item *item, const char *sid, GError **error)
{
  g_autofree char *tran_id = field (item->record, "transaction_id");
  g_autofree char *purpose = field (item->record, "expenditure_purpose_descrip");
  g_autofree char *category_text = field (item->record, "category_code");
  g_autofree char *memo = field (item->record, "memo_text_description");
  g_autofree char *election = election_of (item->record, "election_code");
  const char *category = hustings_disbursement_category_parse (category_text);
  sqlite3_stmt *stmt = hustings_committee_file_prepare (pass->file,
    "INSERT INTO disbursement (contact_id, date_paid, amount_cents, purpose, category, line,"
    " election, memo, memo_entry, source, source_id, tran_id, batch_id, created_at, updated_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, '" SOURCE "', ?10, ?11, ?12, ?13, ?13)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, item->contact_id);
  hustings_bind_static (stmt, 2, item->date);
  sqlite3_bind_int64 (stmt, 3, item->amount);
  hustings_bind_static (stmt, 4, purpose);
  hustings_bind_static (stmt, 5, category ? category : "");
  hustings_bind_static (stmt, 6, item->record->type);
  if (election != NULL)
    hustings_bind_static (stmt, 7, election);
  hustings_bind_static (stmt, 8, memo);
  sqlite3_bind_int (stmt, 9, item->memo);
  hustings_bind_static (stmt, 10, sid);
  if (*tran_id)
    hustings_bind_static (stmt, 11, tran_id);
  sqlite3_bind_int64 (stmt, 12, pass->summary->batch_id);
  hustings_bind_static (stmt, 13, pass->now);
  if (!hustings_committee_file_run (pass->file, stmt, error))
    return FALSE;
  item->row_id = sqlite3_last_insert_rowid (hustings_committee_file_get_db (pass->file));
  pass->summary->disbursements_added++;
  if (!item->memo)
    pass->summary->disbursements_cents += item->amount;
  return TRUE;
}

/* The conduit an earmarked receipt came through, by its FEC id: the memo row's, or that of
 * the known conduit it names; else its name. The conduit is a contact too, so that the
 * receipt's memo row names it as the filing did. */
static gboolean
set_conduit (Pass *pass, Item *memo, GError **error)
{
  Item *receipt = &pass->items[memo->link];
  g_autoptr(HustingsContact) c = NULL;
  g_autofree char *id_text = field (memo->record, "donor_committee_fec_id");
  g_autofree char *fec_id = g_ascii_strup (id_text, -1);
  g_autofree char *name = field (memo->record, "contributor_organization_name");
  g_autofree char *folded = fold (name);
  const char *conduit = NULL;
  sqlite3_stmt *stmt;

  if (receipt->row_id == 0)
    return TRUE;
  if (hustings_fec_committee_id_is_valid (fec_id))
    conduit = fec_id;
  /* A filing may leave out the FEC id of a conduit Hustings knows. */
  if (conduit == NULL && hustings_conduit_find_by_name (folded) != NULL)
    conduit = hustings_conduit_find_by_name (folded)->fec_id;
  if (conduit == NULL)
    conduit = name;

  c = contact_of (pass, memo);
  if (hustings_fec_committee_id_is_valid (conduit))
    hustings_contact_set_field (c, HUSTINGS_CONTACT_FEC_ID, conduit);
  if (!resolve_contact (pass, memo, c, error))
    return FALSE;

  stmt = hustings_committee_file_prepare (pass->file,
    "UPDATE donation SET conduit = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, receipt->row_id);
  hustings_bind_static (stmt, 2, conduit);
  if (!hustings_committee_file_run (pass->file, stmt, error))
    return FALSE;
  pass->summary->earmarked++;
  return TRUE;
}

static gboolean
import_item (Pass *pass, Item *item, GError **error)
{
  g_autoptr(HustingsContact) c = NULL;
  g_autofree char *sid = NULL;
  gboolean found = FALSE;

  if (item->role == ROLE_CONDUIT)
    return set_conduit (pass, item, error);

  sid = source_id (pass, item);
  if (!find_existing (pass, item, sid, &found, error))
    return FALSE;
  if (found)
    {
      pass->summary->duplicates_skipped++;
      return TRUE;
    }
  c = contact_of (pass, item);
  if (!resolve_contact (pass, item, c, error))
    return FALSE;
  if (item->role == ROLE_SKIP)  /* no name */
    return TRUE;
  return item->role == ROLE_DISBURSEMENT ? import_disbursement (pass, item, sid, error)
                                         : import_donation (pass, item, sid, error);
}

static gboolean
import_rows (Pass *pass, GError **error)
{
  guint done = 0, total = 0;

  for (guint i = 0; i < pass->n_items; i++)
    total += pass->items[i].role != ROLE_SKIP && pass->items[i].role != ROLE_COVER &&
             pass->items[i].role != ROLE_TEXT;

  /* Receipts first: adjustments, refunds and conduit rows refer to them. */
  for (guint round = 0; round < 2; round++)
    for (guint i = 0; i < pass->n_items; i++)
      {
        Item *item = &pass->items[i];

        if (item->role == ROLE_SKIP || item->role == ROLE_COVER || item->role == ROLE_TEXT ||
            (item->role == ROLE_RECEIPT) != (round == 0))
          continue;
        if (!import_item (pass, item, error))
          return FALSE;
        if (++done % 256 == 0)
          {
            if (cancelled (pass, error))
              return FALSE;
            report_progress (pass, READ_SHARE + ROWS_SHARE * done / MAX (total, 1));
          }
      }
  return TRUE;
}

/* ---- Openings ---- */

/* What a contributor had given in the period, in one aggregation group (group: "" for
 * contributions, else the other receipt line), before the filing: the filing's aggregate on
 * the last day it shows them, less what the committee file now holds for them in the group up
 * to that day (this filing's rows and any earlier ones). The last day rather than the first:
 * some software writes the contributor's total at the end of the report on every row, and
 * from either kind of filing the total at the end comes out right. Openings of contributions
 * go into the contributor's total too (limits and the contact's giving). */
static gboolean
add_opening (Pass *pass, gint64 contact_id, HustingsEntityType entity, int period,
             const char *group, const char *day, gint64 aggregate, GError **error)
{
  g_autofree char *key = g_strdup_printf ("%s:%d", pass->f3x ? "Y" : "C", period);
  sqlite3_stmt *stmt;
  gint64 held = 0;
  int rc;

  stmt = hustings_committee_file_prepare (pass->file,
    "SELECT 1 FROM contact_opening WHERE contact_id = ?1 AND period = ?2 AND line = ?3",
    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  hustings_bind_static (stmt, 2, key);
  hustings_bind_static (stmt, 3, group);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;  /* an earlier import set it */
  if (rc != SQLITE_DONE)
    return hustings_committee_file_set_sql_error (pass->file, error);

  stmt = pass->f3x
    ? hustings_committee_file_prepare (pass->file,
        "SELECT amount_cents, receipt_line FROM donation WHERE contact_id = ?1"
        " AND date_received <= ?2 AND substr(date_received, 1, 4) = printf('%04d', ?3)", error)
    : hustings_committee_file_prepare (pass->file,
        "SELECT amount_cents, receipt_line FROM donation WHERE contact_id = ?1"
        " AND date_received <= ?2 AND cycle = ?3", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  hustings_bind_static (stmt, 2, day);
  sqlite3_bind_int (stmt, 3, period);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (strcmp (aggregation_group (hustings_column_text (stmt, 1), entity, pass->f3x),
                group) == 0)
      held += sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return hustings_committee_file_set_sql_error (pass->file, error);
  if (aggregate - held <= 0)
    return TRUE;

  stmt = hustings_committee_file_prepare (pass->file,
    "INSERT INTO contact_opening (contact_id, period, line, amount_cents, batch_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  hustings_bind_static (stmt, 2, key);
  hustings_bind_static (stmt, 3, group);
  sqlite3_bind_int64 (stmt, 4, aggregate - held);
  sqlite3_bind_int64 (stmt, 5, pass->summary->batch_id);
  if (!hustings_committee_file_run (pass->file, stmt, error))
    return FALSE;
  if (*group != '\0')
    return TRUE;
  pass->summary->openings_added++;  /* contributors whose giving is carried over */

  stmt = hustings_committee_file_prepare (pass->file,
    "INSERT INTO contact_total (contact_id, period, total_cents, gift_count)"
    " VALUES (?1, ?2, ?3, 0) ON CONFLICT (contact_id, period) DO UPDATE"
    " SET total_cents = total_cents + excluded.total_cents", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  hustings_bind_static (stmt, 2, key);
  sqlite3_bind_int64 (stmt, 3, aggregate - held);
  return hustings_committee_file_run (pass->file, stmt, error);
}

/* The last day of each contributor's receipts in the filing, per period and aggregation group,
 * and the filing's aggregate on that day (the largest the day's rows show: the end of the
 * day). */
typedef struct {
  gint64             contact_id;
  HustingsEntityType entity;
  int                period;
  const char        *group;
  const char        *day;
  gint64             aggregate;
} LastDay;

static gboolean
add_openings (Pass *pass, GError **error)
{
  g_autoptr(GHashTable) lasts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();

  for (guint i = 0; i < pass->n_items; i++)
    {
      Item *item = &pass->items[i];
      g_autofree char *key = NULL;
      const char *group;
      LastDay *last;
      gint64 aggregate;
      int period;

      if (item->role != ROLE_RECEIPT || item->row_id == 0 ||
          !amount_of (item->record, "contribution_aggregate", &aggregate))
        continue;
      group = aggregation_group (item->record->type, item->entity, pass->f3x);
      period = pass->f3x ? atoi (item->date) : hustings_cycle_for_date (item->date);
      key = g_strdup_printf ("%" G_GINT64_FORMAT ":%d:%s", item->contact_id, period, group);
      last = g_hash_table_lookup (lasts, key);
      if (last == NULL)
        {
          last = g_new0 (LastDay, 1);
          last->contact_id = item->contact_id;
          last->entity = item->entity;
          last->period = period;
          last->group = group;
          last->day = item->date;
          last->aggregate = aggregate;
          g_hash_table_insert (lasts, g_steal_pointer (&key), last);
          g_ptr_array_add (order, last);
        }
      else if (strcmp (item->date, last->day) > 0)
        {
          last->day = item->date;
          last->aggregate = aggregate;
        }
      else if (strcmp (item->date, last->day) == 0)
        last->aggregate = MAX (last->aggregate, aggregate);
    }

  for (guint i = 0; i < order->len; i++)
    {
      LastDay *l = g_ptr_array_index (order, i);

      if (!add_opening (pass, l->contact_id, l->entity, l->period, l->group, l->day,
                        l->aggregate, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- The report ---- */

static gboolean
insert_report (Pass *pass, GError **error)
{
  HustingsFecImportSummary *s = pass->summary;
  g_autofree char *election = election_of (pass->cover, "election_code");
  g_autofree char *election_date = date_of (pass->cover, "date_of_election");
  g_autofree char *election_state = field (pass->cover, "state_of_election");
  g_autofree char *date_signed = date_of (pass->cover, "date_signed");
  g_autofree char *today = hustings_date_today ();
  sqlite3_stmt *stmt = hustings_committee_file_prepare (pass->file,
    "INSERT INTO report (form, code, election, election_date, election_state, coverage_from,"
    " coverage_to, amendment, original_fec_id, fec_id, termination, origin, batch_id,"
    " date_signed, filed_at, created_at, updated_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'imported', ?12, ?13, ?14, ?15, ?15)",
    error);

  if (stmt == NULL)
    return FALSE;
  hustings_bind_static (stmt, 1, pass->f3x ? "F3X" : "F3");
  hustings_bind_static (stmt, 2, s->report_code);
  if (election != NULL)
    {
      g_autofree char *state = g_ascii_strup (election_state, -1);

      hustings_bind_static (stmt, 3, election);
      if (election_date != NULL)
        hustings_bind_static (stmt, 4, election_date);
      hustings_bind_text (stmt, 5, hustings_state_is_valid (state) ? state : "");
    }
  else
    hustings_bind_static (stmt, 5, "");
  hustings_bind_static (stmt, 6, s->coverage_from);
  hustings_bind_static (stmt, 7, s->coverage_to);
  sqlite3_bind_int (stmt, 8, s->amendment);
  hustings_bind_static (stmt, 9, pass->original_fec_id);
  hustings_bind_static (stmt, 10, s->fec_id);
  sqlite3_bind_int (stmt, 11, pass->termination);
  sqlite3_bind_int64 (stmt, 12, s->batch_id);
  if (date_signed != NULL)
    hustings_bind_static (stmt, 13, date_signed);
  hustings_bind_static (stmt, 14, date_signed != NULL ? date_signed : today);
  hustings_bind_static (stmt, 15, pass->now);
  if (!hustings_committee_file_run (pass->file, stmt, error))
    return FALSE;
  s->report_id = sqlite3_last_insert_rowid (hustings_committee_file_get_db (pass->file));
  return TRUE;
}

static gboolean
insert_line (Pass       *pass,
             const char *kind,
             const char *line,
             HustingsReportColumn column,
             gint64      cents,
             GError    **error)
{
  sqlite3_stmt *stmt = hustings_committee_file_prepare (pass->file,
    "INSERT OR REPLACE INTO report_line (report_id, kind, line, col, amount_cents)"
    " VALUES (?1, ?2, ?3, ?4, ?5)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pass->summary->report_id);
  hustings_bind_static (stmt, 2, kind);
  hustings_bind_static (stmt, 3, line);
  hustings_bind_static (stmt, 4, column == HUSTINGS_REPORT_COLUMN_A ? "A" : "B");
  sqlite3_bind_int64 (stmt, 5, cents);
  return hustings_committee_file_run (pass->file, stmt, error);
}

/* Every summary line of the cover, both columns, as filed. Fills filed_a (line → cents). */
static gboolean
insert_filed_lines (Pass *pass, GHashTable *filed_a, GError **error)
{
  guint n = hustings_fec_layout_count (pass->cover->type);

  for (guint f = 1; f <= n; f++)
    {
      const char *name = hustings_fec_layout_name (pass->cover->type, f);
      g_autofree char *line = NULL;
      HustingsReportColumn column;
      gint64 cents;

      if (!hustings_report_cover_field_line (name, &line, &column) ||
          !amount_of (pass->cover, name, &cents))
        continue;
      if (!insert_line (pass, "filed", line, column, cents, error))
        return FALSE;
      if (column == HUSTINGS_REPORT_COLUMN_A)
        g_hash_table_insert (filed_a, g_steal_pointer (&line),
                             g_memdup2 (&cents, sizeof cents));
    }
  return TRUE;
}

/* Cash on hand at the beginning is carried from the report before, not made of rows. */
static gboolean
is_carried_line (Pass *pass, const char *line)
{
  return strcmp (line, pass->f3x ? "6b" : "23") == 0;
}

/* What the filing gave only as totals: each column A line as filed, less what the imported
 * rows make of it when the report is computed. */
static gboolean
insert_unitemized_lines (Pass *pass, GHashTable *filed_a, GError **error)
{
  g_autoptr(HustingsReport) report = NULL;
  g_autoptr(HustingsReportSummary) computed = NULL;
  guint n;

  report = hustings_report_store_get (pass->file, pass->summary->report_id, error);
  if (report == NULL)
    return FALSE;
  computed = hustings_report_compute (pass->file, report, NULL, error);
  if (computed == NULL)
    return FALSE;
  n = g_list_model_get_n_items (G_LIST_MODEL (computed));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HustingsReportLine) line = g_list_model_get_item (G_LIST_MODEL (computed), i);
      const char *name = hustings_report_line_get_line (line);
      const gint64 *filed = g_hash_table_lookup (filed_a, name);
      gint64 rest;

      if (filed == NULL || hustings_report_line_is_total (line) ||
          !hustings_report_line_has_column (line, HUSTINGS_REPORT_COLUMN_A) ||
          is_carried_line (pass, name))
        continue;
      rest = *filed - hustings_report_line_get_amount (line, HUSTINGS_REPORT_COLUMN_A);
      if (rest != 0 && !insert_line (pass, "unitemized", name, HUSTINGS_REPORT_COLUMN_A, rest,
                                     error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_text (Pass *pass, Item *item, GError **error)
{
  g_autofree char *tran_id = field (item->record, "transaction_id_number");
  g_autofree char *back_ref = field (item->record, "back_reference_tran_id_number");
  g_autofree char *form_text = field (item->record, "back_reference_sched_form_name");
  g_autofree char *form = g_ascii_strup (form_text, -1);
  g_autofree char *text = field (item->record, "text4000");
  sqlite3_stmt *stmt;

  if (*text == '\0')
    {
      skip (item, _("The memo text is empty"));
      return TRUE;
    }
  if (*back_ref != '\0')
    {
      int other = item_by_tran_id (pass, back_ref);

      if (other < 0 || pass->items[other].row_id == 0)
        {
          skip (item, _("A memo about a record that was not imported"));
          return TRUE;
        }
    }

  stmt = hustings_committee_file_prepare (pass->file,
    "INSERT INTO report_text (report_id, tran_id, back_ref_tran_id, back_ref_form, text)"
    " VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pass->summary->report_id);
  hustings_bind_static (stmt, 2, tran_id);
  if (*back_ref != '\0')
    hustings_bind_static (stmt, 3, back_ref);
  hustings_bind_static (stmt, 4, form);
  hustings_bind_static (stmt, 5, text);
  if (!hustings_committee_file_run (pass->file, stmt, error))
    return FALSE;
  pass->summary->texts_added++;
  return TRUE;
}

static gboolean
import_report (Pass *pass, GError **error)
{
  g_autoptr(GHashTable) filed_a = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (pass->summary->report_existed)
    {
      /* Its memos are there with it. */
      for (guint i = 0; i < pass->n_items; i++)
        if (pass->items[i].role == ROLE_TEXT)
          pass->summary->duplicates_skipped++;
      return TRUE;
    }
  report_progress (pass, READ_SHARE + ROWS_SHARE);
  if (cancelled (pass, error) || !insert_report (pass, error) ||
      !insert_filed_lines (pass, filed_a, error))
    return FALSE;
  for (guint i = 0; i < pass->n_items; i++)
    if (pass->items[i].role == ROLE_TEXT && !insert_text (pass, &pass->items[i], error))
      return FALSE;
  return insert_unitemized_lines (pass, filed_a, error);
}

/* ---- The batch ---- */

static gboolean
start_batch (Pass *pass, const char *path, GError **error)
{
  g_autofree char *name = g_path_get_basename (path);
  sqlite3_stmt *stmt = hustings_committee_file_prepare (pass->file,
    "INSERT INTO import_batch (kind, format, file_name, imported_at)"
    " VALUES ('filing', 'fec', ?1, ?2)", error);

  if (stmt == NULL)
    return FALSE;
  hustings_bind_static (stmt, 1, name);
  hustings_bind_static (stmt, 2, pass->now);
  if (!hustings_committee_file_run (pass->file, stmt, error))
    return FALSE;
  pass->summary->batch_id = sqlite3_last_insert_rowid (hustings_committee_file_get_db (pass->file));
  return TRUE;
}

/* Counts the records left out by type and reason, and keeps each with the batch. */
static gboolean
record_skips (Pass *pass, guint64 *out_count, GError **error)
{
  g_autoptr(GHashTable) skips = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  *out_count = 0;
  for (guint i = 0; i < pass->n_items; i++)
    {
      Item *item = &pass->items[i];
      g_autofree char *key = NULL;
      g_autofree char *reason = NULL;
      HustingsFecImportSkip *s;
      sqlite3_stmt *stmt;

      if (item->role != ROLE_SKIP)
        continue;
      key = g_strdup_printf ("%s\n%s", item->record->type, item->reason);
      s = g_hash_table_lookup (skips, key);
      if (s == NULL)
        {
          s = g_new0 (HustingsFecImportSkip, 1);
          s->record_type = g_strdup (item->record->type);
          s->reason = g_strdup (item->reason);
          s->first_line = item->record->line;
          g_ptr_array_add (pass->summary->skipped, s);
          g_hash_table_insert (skips, g_steal_pointer (&key), s);
        }
      s->count++;
      (*out_count)++;

      stmt = hustings_committee_file_prepare (pass->file,
        "INSERT OR IGNORE INTO import_rejection (batch_id, line, reason) VALUES (?1, ?2, ?3)",
        error);
      if (stmt == NULL)
        return FALSE;
      /* Translators: a record type of an FEC filing ("SD10"), then why it was left out */
      reason = g_strdup_printf (_("%s: %s"), item->record->type, item->reason);
      sqlite3_bind_int64 (stmt, 1, pass->summary->batch_id);
      sqlite3_bind_int64 (stmt, 2, item->record->line);
      hustings_bind_static (stmt, 3, reason);
      if (!hustings_committee_file_run (pass->file, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_batch (Pass *pass, guint64 rejected, GError **error)
{
  HustingsFecImportSummary *s = pass->summary;
  sqlite3_stmt *stmt = hustings_committee_file_prepare (pass->file,
    "UPDATE import_batch SET rows_read = ?2, contacts_created = ?3, contacts_matched = ?4,"
    " contacts_updated = ?5, donations_added = ?6, refunds_added = ?7, duplicates_skipped = ?8,"
    " rows_rejected = ?9, total_cents = ?10 WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, s->batch_id);
  sqlite3_bind_int64 (stmt, 2, (gint64) s->records_read);
  sqlite3_bind_int64 (stmt, 3, (gint64) s->contacts_created);
  sqlite3_bind_int64 (stmt, 4, (gint64) s->contacts_matched);
  sqlite3_bind_int64 (stmt, 5, (gint64) s->contacts_updated);
  sqlite3_bind_int64 (stmt, 6, (gint64) (s->receipts_added + s->adjustments_added));
  sqlite3_bind_int64 (stmt, 7, (gint64) s->refunds_added);
  sqlite3_bind_int64 (stmt, 8, (gint64) s->duplicates_skipped);
  sqlite3_bind_int64 (stmt, 9, (gint64) rejected);
  sqlite3_bind_int64 (stmt, 10, s->receipts_cents - s->refunds_cents);
  return hustings_committee_file_run (pass->file, stmt, error);
}

/* ---- The import ---- */

/* Everything the import writes, in the transaction the caller opened. */
static gboolean
write_filing (Pass *pass, const char *path, GError **error)
{
  guint64 rejected;

  if (!find_report (pass, error) || !start_batch (pass, path, error) ||
      !load_contacts (pass, error) || !import_rows (pass, error) ||
      !add_openings (pass, error) || !import_report (pass, error) ||
      !record_skips (pass, &rejected, error) || !save_batch (pass, rejected, error) ||
      cancelled (pass, error))
    return FALSE;
  /* Last, so that nothing can fail after the profile the file object caches is saved. */
  return !pass->committee_changed ||
         hustings_committee_file_set_committee (pass->file, pass->committee, error);
}

static void
pass_clear (Pass *pass)
{
  for (guint i = 0; i < pass->n_items; i++)
    g_free (pass->items[i].date);
  g_clear_pointer (&pass->items, g_free);
  g_clear_pointer (&pass->records, g_ptr_array_unref);
  g_clear_pointer (&pass->committee, hustings_committee_free);
  g_clear_pointer (&pass->now, g_free);
  g_clear_pointer (&pass->filing_key, g_free);
  g_clear_pointer (&pass->original_fec_id, g_free);
  g_clear_pointer (&pass->tran_ids, g_hash_table_unref);
  g_clear_pointer (&pass->contacts, g_hash_table_unref);
  g_clear_pointer (&pass->known, g_ptr_array_unref);
}

static gboolean
import_filing (Pass *pass, const char *path, GError **error)
{
  if (!hustings_committee_file_check_writable (pass->file, error) ||
      !read_filing (pass, path, error) || !read_cover (pass, path, error) ||
      !plan_committee (pass, error))
    return FALSE;

  pass->n_items = pass->records->len;
  pass->items = g_new0 (Item, pass->n_items);
  for (guint i = 0; i < pass->n_items; i++)
    pass->items[i].record = g_ptr_array_index (pass->records, i);
  pass->summary->records_read = pass->n_items - 2;
  classify (pass);
  plan_elections (pass);

  if (!hustings_committee_file_begin (pass->file, error))
    return FALSE;
  if (!write_filing (pass, path, error))
    {
      hustings_committee_file_rollback (pass->file);
      return FALSE;
    }
  hustings_committee_file_changed (pass->file,
                                   HUSTINGS_CHANGED_CONTACTS | HUSTINGS_CHANGED_DONATIONS |
                                   HUSTINGS_CHANGED_DISBURSEMENTS | HUSTINGS_CHANGED_REPORTS);
  if (!hustings_committee_file_commit (pass->file, error))
    return FALSE;
  report_progress (pass, 1.0);
  return TRUE;
}

gboolean
hustings_fec_import_run (HustingsCommitteeFile     *file,
                         const char                *path,
                         HustingsFecImportSummary **out_summary,
                         HustingsProgressFunc       progress,
                         gpointer                   progress_data,
                         GCancellable              *cancellable,
                         GError                   **error)
{
  g_autoptr(HustingsFecImportSummary) summary = g_new0 (HustingsFecImportSummary, 1);
  Pass pass = { 0 };
  gboolean ok;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  summary->skipped = g_ptr_array_new_with_free_func ((GDestroyNotify) skip_free);
  pass.file = file;
  pass.summary = summary;
  pass.cancellable = cancellable;
  pass.progress = progress;
  pass.progress_data = progress_data;
  pass.records = g_ptr_array_new_with_free_func ((GDestroyNotify) hustings_fec_record_free);
  pass.now = hustings_timestamp_now ();
  pass.tran_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  pass.contacts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  pass.known = g_ptr_array_new_with_free_func (g_free);

  ok = import_filing (&pass, path, error);
  pass_clear (&pass);
  if (ok && out_summary != NULL)
    *out_summary = g_steal_pointer (&summary);
  return ok;
}

/* ---- Undo ---- */

static gboolean
run_for_batch (HustingsCommitteeFile *file, sqlite3_stmt *stmt, gint64 batch_id,
               GError **error)
{
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, batch_id);
  return hustings_committee_file_run (file, stmt, error);
}

gboolean
hustings_fec_import_undo_filing_rows (HustingsCommitteeFile *file,
                                      gint64                 batch_id,
                                      GError               **error)
{
  /* The openings of contributions leave the contributors' totals, then all openings go; a
   * total nothing else holds goes with them. */
  return run_for_batch (file, hustings_committee_file_prepare (file,
           "UPDATE contact_total SET total_cents = total_cents -"
           " (SELECT o.amount_cents FROM contact_opening o WHERE o.batch_id = ?1"
           "  AND o.line = '' AND o.contact_id = contact_total.contact_id"
           "  AND o.period = contact_total.period)"
           " WHERE (contact_id, period) IN"
           " (SELECT contact_id, period FROM contact_opening WHERE batch_id = ?1 AND line = '')",
           error), batch_id, error) &&
         run_for_batch (file, hustings_committee_file_prepare (file,
           "DELETE FROM contact_total WHERE total_cents = 0 AND gift_count = 0"
           " AND (contact_id, period) IN"
           " (SELECT contact_id, period FROM contact_opening WHERE batch_id = ?1 AND line = '')",
           error),
           batch_id, error) &&
         run_for_batch (file, hustings_committee_file_prepare (file,
           "DELETE FROM contact_opening WHERE batch_id = ?1", error), batch_id, error) &&
         run_for_batch (file, hustings_committee_file_prepare (file,
           "DELETE FROM report WHERE batch_id = ?1", error), batch_id, error);
}

