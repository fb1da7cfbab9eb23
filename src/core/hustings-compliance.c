/* hustings-compliance.c: the FEC rules checked against a committee file, set-wise, and the
 * remedies for an excessive gift. All the SQL of compliance lives here and in
 * hustings-limits.c.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-compliance"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hustings-committee-file-private.h"
#include "hustings-compliance.h"
#include "hustings-contact.h"
#include "hustings-dates.h"
#include "hustings-error.h"
#include "hustings-limits.h"
#include "hustings-money.h"
#include "hustings-validate.h"

/* Thresholds of fec-rules.md §2.3, §2.4 and §2.10, in cents. */
#define CASH_LIMIT_CENTS        10000
#define ANONYMOUS_LIMIT_CENTS    5000
#define ITEMIZATION_CENTS       20000
#define NOTICE_THRESHOLD_CENTS 100000
/* Days to act, counted from receipt (§2.5, §2.6, §2.7) or from now (reports). */
#define EXCESSIVE_DAYS     "+60 days"
#define QUESTIONABLE_DAYS  "+30 days"
#define BEST_EFFORTS_DAYS  "+30 days"
#define NOTICE_DAYS        "+2 days"
#define REPORT_HORIZON     "+45 days"
#define REPORT_SOON        "+7 days"

/* A receipt that is a contribution: on the contributor's usual line or an SA11 line (not a
 * loan, transfer, offset or other receipt). */
#define CONTRIBUTION(d) "(" d ".receipt_line = '' OR " d ".receipt_line LIKE 'SA11%')"
/* What a 48-hour notice covers: contributions and loans. */
#define NOTICE_RECEIPT(d) "(" CONTRIBUTION (d) " OR " d ".receipt_line LIKE 'SA13%')"
/* A contributor whose identity is unknown: named so, or (other than the candidate) with no
 * address at all. */
#define ANONYMOUS(c) \
  "(lower (trim (" c ".display_name)) IN ('anonymous', 'unknown', '')" \
  " OR (" c ".entity_type <> 'CAN' AND " c ".street1 = '' AND " c ".city = ''" \
  "     AND " c ".zip = ''))"

struct _HustingsFinding
{
  GObject               parent_instance;

  HustingsFindingKind   kind;
  HustingsSeverity      severity;
  gint64                contact_id;
  char                 *contact_name;
  char                 *election;
  gint64                amount;
  GArray               *donations;
  char                 *message;
  char                 *remedy;
  char                 *deadline;
  HustingsFilingReport *report;
};

G_DEFINE_FINAL_TYPE (HustingsFinding, hustings_finding, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_KIND_TEXT,
  PROP_SEVERITY,
  PROP_SEVERITY_TEXT,
  PROP_CONTACT_ID,
  PROP_CONTACT_NAME,
  PROP_ELECTION,
  PROP_AMOUNT,
  PROP_AMOUNT_TEXT,
  PROP_MESSAGE,
  PROP_REMEDY,
  PROP_DEADLINE,
  PROP_DEADLINE_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const kind_ids[HUSTINGS_N_FINDING_KINDS] = {
  "over-limit", "prohibited", "cash", "anonymous", "best-efforts", "48-hour-notice",
  "report-due",
};

/* ---- The finding object ---- */

static void
hustings_finding_finalize (GObject *object)
{
  HustingsFinding *self = (HustingsFinding *) object;

  g_free (self->contact_name);
  g_free (self->election);
  g_array_unref (self->donations);
  g_free (self->message);
  g_free (self->remedy);
  g_free (self->deadline);
  g_clear_pointer (&self->report, hustings_filing_report_free);

  G_OBJECT_CLASS (hustings_finding_parent_class)->finalize (object);
}

static void
hustings_finding_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HustingsFinding *self = HUSTINGS_FINDING (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_KIND_TEXT:
      g_value_set_string (value, hustings_finding_kind_describe (self->kind));
      break;
    case PROP_SEVERITY:
      g_value_set_int (value, self->severity);
      break;
    case PROP_SEVERITY_TEXT:
      g_value_set_string (value, hustings_severity_describe (self->severity));
      break;
    case PROP_CONTACT_ID:
      g_value_set_int64 (value, self->contact_id);
      break;
    case PROP_CONTACT_NAME:
      g_value_set_string (value, self->contact_name);
      break;
    case PROP_ELECTION:
      g_value_set_string (value, self->election);
      break;
    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;
    case PROP_AMOUNT_TEXT:
      g_value_take_string (value, hustings_money_format (self->amount));
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    case PROP_REMEDY:
      g_value_set_string (value, self->remedy);
      break;
    case PROP_DEADLINE:
      g_value_set_string (value, self->deadline);
      break;
    case PROP_DEADLINE_TEXT:
      g_value_take_string (value, self->deadline ? hustings_date_format (self->deadline)
                                                 : g_strdup (""));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_finding_class_init (HustingsFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hustings_finding_finalize;
  object_class->get_property = hustings_finding_get_property;

  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL,
                                            0, HUSTINGS_N_FINDING_KINDS - 1, 0, flags);
  properties[PROP_KIND_TEXT] = g_param_spec_string ("kind-text", NULL, NULL, NULL, flags);
  properties[PROP_SEVERITY] = g_param_spec_int ("severity", NULL, NULL,
                                                HUSTINGS_SEVERITY_ERROR, HUSTINGS_SEVERITY_INFO,
                                                0, flags);
  properties[PROP_SEVERITY_TEXT] = g_param_spec_string ("severity-text", NULL, NULL, NULL,
                                                        flags);
  properties[PROP_CONTACT_ID] = g_param_spec_int64 ("contact-id", NULL, NULL,
                                                    0, G_MAXINT64, 0, flags);
  properties[PROP_CONTACT_NAME] = g_param_spec_string ("contact-name", NULL, NULL, NULL, flags);
  properties[PROP_ELECTION] = g_param_spec_string ("election", NULL, NULL, NULL, flags);
  properties[PROP_AMOUNT] = g_param_spec_int64 ("amount", NULL, NULL,
                                                G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_AMOUNT_TEXT] = g_param_spec_string ("amount-text", NULL, NULL, NULL, flags);
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, flags);
  properties[PROP_REMEDY] = g_param_spec_string ("remedy", NULL, NULL, NULL, flags);
  properties[PROP_DEADLINE] = g_param_spec_string ("deadline", NULL, NULL, NULL, flags);
  properties[PROP_DEADLINE_TEXT] = g_param_spec_string ("deadline-text", NULL, NULL, NULL,
                                                        flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hustings_finding_init (HustingsFinding *self)
{
  self->contact_name = g_strdup ("");
  self->donations = g_array_new (FALSE, FALSE, sizeof (gint64));
}

HustingsFindingKind
hustings_finding_get_kind (HustingsFinding *self)
{
  g_return_val_if_fail (HUSTINGS_IS_FINDING (self), 0);
  return self->kind;
}

HustingsSeverity
hustings_finding_get_severity (HustingsFinding *self)
{
  g_return_val_if_fail (HUSTINGS_IS_FINDING (self), 0);
  return self->severity;
}

gint64
hustings_finding_get_contact_id (HustingsFinding *self)
{
  g_return_val_if_fail (HUSTINGS_IS_FINDING (self), 0);
  return self->contact_id;
}

const char *
hustings_finding_get_contact_name (HustingsFinding *self)
{
  g_return_val_if_fail (HUSTINGS_IS_FINDING (self), NULL);
  return self->contact_name;
}

const char *
hustings_finding_get_election (HustingsFinding *self)
{
  g_return_val_if_fail (HUSTINGS_IS_FINDING (self), NULL);
  return self->election;
}

gint64
hustings_finding_get_amount (HustingsFinding *self)
{
  g_return_val_if_fail (HUSTINGS_IS_FINDING (self), 0);
  return self->amount;
}

GArray *
hustings_finding_get_donations (HustingsFinding *self)
{
  g_return_val_if_fail (HUSTINGS_IS_FINDING (self), NULL);
  return self->donations;
}

const char *
hustings_finding_get_message (HustingsFinding *self)
{
  g_return_val_if_fail (HUSTINGS_IS_FINDING (self), NULL);
  return self->message;
}

const char *
hustings_finding_get_remedy (HustingsFinding *self)
{
  g_return_val_if_fail (HUSTINGS_IS_FINDING (self), NULL);
  return self->remedy;
}

const char *
hustings_finding_get_deadline (HustingsFinding *self)
{
  g_return_val_if_fail (HUSTINGS_IS_FINDING (self), NULL);
  return self->deadline;
}

const HustingsFilingReport *
hustings_finding_get_report (HustingsFinding *self)
{
  g_return_val_if_fail (HUSTINGS_IS_FINDING (self), NULL);
  return self->report;
}

const char *
hustings_finding_kind_to_string (HustingsFindingKind kind)
{
  g_return_val_if_fail (kind < HUSTINGS_N_FINDING_KINDS, "");
  return kind_ids[kind];
}

gboolean
hustings_finding_kind_from_string (const char          *text,
                                   HustingsFindingKind *out_kind)
{
  for (guint i = 0; text != NULL && i < HUSTINGS_N_FINDING_KINDS; i++)
    if (g_str_equal (text, kind_ids[i]))
      {
        *out_kind = (HustingsFindingKind) i;
        return TRUE;
      }
  return FALSE;
}

const char *
hustings_severity_to_string (HustingsSeverity severity)
{
  switch (severity)
    {
    case HUSTINGS_SEVERITY_ERROR:   return "error";
    case HUSTINGS_SEVERITY_WARNING: return "warning";
    case HUSTINGS_SEVERITY_INFO:    return "info";
    default:                        g_return_val_if_reached ("");
    }
}

const char *
hustings_finding_kind_describe (HustingsFindingKind kind)
{
  switch (kind)
    {
    case HUSTINGS_FINDING_OVER_LIMIT:     return _("Over the limit");
    case HUSTINGS_FINDING_PROHIBITED:     return _("Prohibited source");
    case HUSTINGS_FINDING_CASH:           return _("Cash over $100");
    case HUSTINGS_FINDING_ANONYMOUS:      return _("Anonymous over $50");
    case HUSTINGS_FINDING_BEST_EFFORTS:   return _("Best efforts");
    case HUSTINGS_FINDING_48_HOUR_NOTICE: return _("48-hour notice");
    case HUSTINGS_FINDING_REPORT_DUE:     return _("Report due");
    case HUSTINGS_N_FINDING_KINDS:
    default:                              g_return_val_if_reached ("");
    }
}

const char *
hustings_severity_describe (HustingsSeverity severity)
{
  switch (severity)
    {
    case HUSTINGS_SEVERITY_ERROR:   return _("Error");
    case HUSTINGS_SEVERITY_WARNING: return _("Warning");
    case HUSTINGS_SEVERITY_INFO:    return _("Note");
    default:                        g_return_val_if_reached ("");
    }
}

/* ---- The check ---- */

typedef struct {
  HustingsCommitteeFile   *file;
  const HustingsCommittee *committee;
  gboolean                 form3;
  const char              *today;
  GCancellable            *cancellable;
  GPtrArray               *findings;
} Check;

/* A contribution row of a contact, as the rules weigh it. */
typedef struct {
  gint64 id;
  gint64 amount;
  gboolean cash;       /* cash, or the refund of cash */
  char deadline[11];   /* the date received plus the days the query was given */
} Gift;

static gboolean
cancelled (Check *check, GError **error)
{
  if (!g_cancellable_is_cancelled (check->cancellable))
    return FALSE;
  g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CANCELLED,
                       _("The check was cancelled"));
  return TRUE;
}

/* date moved by shift ("+45 days"), by SQLite's date arithmetic as in the queries. */
static char *
shift_date (Check *check, const char *date, const char *shift)
{
  sqlite3_stmt *stmt = hustings_committee_file_prepare (check->file,
    "SELECT date (?1, ?2)", NULL);
  char *result = NULL;

  if (stmt == NULL)
    return g_strdup (date);
  hustings_bind_static (stmt, 1, date);
  hustings_bind_static (stmt, 2, shift);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup (hustings_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return result ? result : g_strdup (date);
}

static HustingsFinding *
add_finding (Check               *check,
             HustingsFindingKind  kind,
             HustingsSeverity     severity,
             gint64               contact_id,
             const char          *contact_name,
             const char          *election,
             gint64               amount,
             const char          *deadline)
{
  HustingsFinding *finding = g_object_new (HUSTINGS_TYPE_FINDING, NULL);

  finding->kind = kind;
  finding->severity = severity;
  finding->contact_id = contact_id;
  g_free (finding->contact_name);
  finding->contact_name = g_strdup (contact_name ? contact_name : "");
  finding->election = g_strdup (election);
  finding->amount = amount;
  finding->deadline = g_strdup (deadline);
  g_ptr_array_add (check->findings, finding);
  return finding;
}

static void
add_gift_ids (HustingsFinding *finding, GArray *gifts)
{
  for (guint i = 0; i < gifts->len; i++)
    g_array_append_val (finding->donations, g_array_index (gifts, Gift, i).id);
}

/* The contact's contribution rows by date, for an election (election not NULL) or a cycle
 * (cycle not 0), received between from and to; each with its date shifted by shift. */
static GArray *
read_gifts (Check       *check,
            gint64       contact_id,
            const char  *election,
            int          cycle,
            const char  *from,
            const char  *to,
            const char  *shift,
            GError     **error)
{
  g_autoptr(GArray) gifts = g_array_new (FALSE, TRUE, sizeof (Gift));
  sqlite3_stmt *stmt;
  int rc;

  stmt = hustings_committee_file_prepare (check->file,
    "SELECT d.id, d.amount_cents,"
    " coalesce ((SELECT o.method FROM donation o WHERE o.id = d.refund_of), d.method) = 'cash',"
    " date (d.date_received, ?6)"
    " FROM donation d"
    " WHERE d.contact_id = ?1 AND d.date_received BETWEEN ?4 AND ?5"
    "   AND (?2 IS NULL OR d.election = ?2) AND (?3 = 0 OR d.cycle = ?3)"
    "   AND " CONTRIBUTION ("d")
    " ORDER BY d.date_received, d.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  if (election != NULL)
    hustings_bind_static (stmt, 2, election);
  sqlite3_bind_int (stmt, 3, cycle);
  hustings_bind_static (stmt, 4, from ? from : "0000-00-00");
  hustings_bind_static (stmt, 5, to ? to : "9999-99-99");
  hustings_bind_static (stmt, 6, shift);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Gift gift = { 0 };

      gift.id = sqlite3_column_int64 (stmt, 0);
      gift.amount = sqlite3_column_int64 (stmt, 1);
      gift.cash = sqlite3_column_int (stmt, 2);
      g_strlcpy (gift.deadline, hustings_column_text (stmt, 3), sizeof gift.deadline);
      g_array_append_val (gifts, gift);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hustings_committee_file_set_sql_error (check->file, error);
      return NULL;
    }
  return g_steal_pointer (&gifts);
}

/* Runs through the gifts (only cash ones when cash_only) from start and returns the last one
 * that took the running total from at most threshold to over it, or NULL; *out_total is the
 * final total. */
static const Gift *
last_crossing (GArray   *gifts,
               gint64    start,
               gint64    threshold,
               gboolean  cash_only,
               gint64   *out_total)
{
  const Gift *crossing = NULL;
  gint64 total = start;

  for (guint i = 0; i < gifts->len; i++)
    {
      const Gift *gift = &g_array_index (gifts, Gift, i);

      if (cash_only && !gift->cash)
        continue;
      if (total <= threshold && total + gift->amount > threshold)
        crossing = gift;
      total += gift->amount;
    }
  *out_total = total;
  return crossing;
}

/* The contact's display name; NULL when it is not in the file. */
static char *
contact_name (HustingsCommitteeFile *file, gint64 contact_id)
{
  sqlite3_stmt *stmt = hustings_committee_file_prepare (file,
    "SELECT display_name FROM contact WHERE id = ?1", NULL);
  char *name = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup (hustings_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return name;
}

/* What a .fec import recorded as given before its rows in a period ("C:2026", "Y:2026"). */
static gint64
opening (Check *check, gint64 contact_id, const char *period)
{
  sqlite3_stmt *stmt = hustings_committee_file_prepare (check->file,
    "SELECT amount_cents FROM contact_opening"
    " WHERE contact_id = ?1 AND period = ?2 AND line = ''", NULL);
  gint64 amount = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  hustings_bind_static (stmt, 2, period);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    amount = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return amount;
}

/* The gifts toward a limit period: an election ("G2026") on Form 3, a year on Form 3X; and
 * what a .fec import says was given before them in the year (its openings are per cycle or
 * year, never per election: none on Form 3). */
static GArray *
read_period_gifts (Check       *check,
                   gint64       contact_id,
                   const char  *period,
                   const char  *shift,
                   gint64      *out_opening,
                   GError     **error)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *year_period = NULL;

  if (check->form3)
    {
      *out_opening = 0;
      return read_gifts (check, contact_id, period, 0, NULL, NULL, shift, error);
    }
  from = g_strconcat (period, "-01-01", NULL);
  to = g_strconcat (period, "-12-31", NULL);
  year_period = g_strconcat ("Y:", period, NULL);
  *out_opening = opening (check, contact_id, year_period);
  return read_gifts (check, contact_id, NULL, 0, from, to, shift, error);
}

/* "General 2026", or "calendar year 2026" on Form 3X. */
static char *
describe_period (Check *check, const char *period)
{
  if (check->form3)
    return hustings_election_code_describe (period);
  /* Translators: %s is a year */
  return g_strdup_printf (_("calendar year %s"), period);
}

static gboolean
check_over_limit (Check *check, GError **error)
{
  g_autoptr(GArray) excesses = hustings_limits_list_excesses (check->file, error);

  if (excesses == NULL)
    return FALSE;

  for (guint i = 0; i < excesses->len; i++)
    {
      const HustingsLimitExcess *excess = &g_array_index (excesses, HustingsLimitExcess, i);
      g_autoptr(GArray) gifts = NULL;
      g_autofree char *name = NULL;
      g_autofree char *period = NULL;
      g_autofree char *given = NULL;
      g_autofree char *over = NULL;
      g_autofree char *limit = NULL;
      g_autofree char *by = NULL;
      const Gift *crossing;
      HustingsFinding *finding;
      gint64 start, total;

      if (i % 1000 == 0 && cancelled (check, error))
        return FALSE;
      gifts = read_period_gifts (check, excess->contact_id, excess->period, EXCESSIVE_DAYS,
                                 &start, error);
      if (gifts == NULL)
        return FALSE;
      crossing = last_crossing (gifts, start, excess->limit_cents, FALSE, &total);
      name = contact_name (check->file, excess->contact_id);
      if (total <= excess->limit_cents || name == NULL)
        continue;   /* over only with receipts that are not contributions */

      period = describe_period (check, excess->period);
      given = hustings_money_format (total);
      over = hustings_money_format (total - excess->limit_cents);
      limit = hustings_money_format (excess->limit_cents);
      finding = add_finding (check, HUSTINGS_FINDING_OVER_LIMIT, HUSTINGS_SEVERITY_ERROR,
                             excess->contact_id, name, excess->period,
                             total - excess->limit_cents, crossing ? crossing->deadline : NULL);
      add_gift_ids (finding, gifts);
      by = hustings_date_format (finding->deadline);
      /* Translators: "Jane Doe has given $3,600.00 toward the Primary 2026: $100.00 over the
       * $3,500.00 limit." */
      finding->message = g_strdup_printf (_("%s has given %s toward the %s: %s over the %s "
                                            "limit."), name, given, period, over, limit);
      finding->remedy = g_strdup_printf (_("By %s (60 days after receipt), refund %s to the "
                                           "donor, or, with the donor’s written consent, "
                                           "redesignate it to another election or "
                                           "reattribute it to another person who signed the "
                                           "check. Tell the donor a refund is available."),
                                         by, over);
    }
  return TRUE;
}

/* A foreign address: a country other than the United States, the FEC's foreign state code
 * ZZ, or a state that is not a US state, territory or military post office. The SQL function
 * hustings_foreign (country, state). */
static void
foreign_address_sql (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  const char *state_text = (const char *) sqlite3_value_text (argv[1]);
  g_autofree char *state = g_strstrip (g_ascii_strup (state_text ? state_text : "", -1));
  gboolean foreign = !hustings_country_is_us ((const char *) sqlite3_value_text (argv[0]));

  if (!foreign && *state)
    foreign = g_str_equal (state, "ZZ") || !hustings_state_is_valid (state);
  sqlite3_result_int (context, foreign);
}

/* "Toronto, ON, Canada", leaving out what is empty. */
static char *
join_place (const char *city, const char *state, const char *country)
{
  const char *parts[] = { city, state, country };
  GString *place = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (*parts[i])
      g_string_append_printf (place, place->len ? ", %s" : "%s", parts[i]);
  return g_string_free (place, FALSE);
}

static gboolean
check_prohibited (Check *check, GError **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* Registered once per connection: redefining a function expires the statements. */
  if (g_object_get_data (G_OBJECT (check->file), "hustings-foreign") == NULL)
    {
      if (sqlite3_create_function (hustings_committee_file_get_db (check->file),
                                   "hustings_foreign", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                   NULL, foreign_address_sql, NULL, NULL) != SQLITE_OK)
        return hustings_committee_file_set_sql_error (check->file, error);
      g_object_set_data (G_OBJECT (check->file), "hustings-foreign", GINT_TO_POINTER (1));
    }

  stmt = hustings_committee_file_prepare (check->file,
    "SELECT c.id, c.display_name, c.entity_type = 'ORG', c.country, c.state, c.city"
    " FROM contact c"
    " WHERE (c.entity_type = 'ORG' OR hustings_foreign (c.country, c.state))"
    "   AND EXISTS (SELECT 1 FROM donation d WHERE d.contact_id = c.id)"
    " ORDER BY c.id", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 contact_id = sqlite3_column_int64 (stmt, 0);
      const char *name = hustings_column_text (stmt, 1);
      gboolean organization = sqlite3_column_int (stmt, 2);
      g_autoptr(GArray) gifts = NULL;
      g_autofree char *given = NULL;
      g_autofree char *place = NULL;
      g_autofree char *by = NULL;
      HustingsFinding *finding;
      gint64 total = 0;

      gifts = read_gifts (check, contact_id, NULL, 0, NULL, NULL, QUESTIONABLE_DAYS, error);
      if (gifts == NULL)
        break;
      for (guint i = 0; i < gifts->len; i++)
        total += g_array_index (gifts, Gift, i).amount;
      if (total <= 0)
        continue;

      finding = add_finding (check, HUSTINGS_FINDING_PROHIBITED, HUSTINGS_SEVERITY_ERROR,
                             contact_id, name, NULL, total,
                             g_array_index (gifts, Gift, 0).deadline);
      add_gift_ids (finding, gifts);
      given = hustings_money_format (total);
      by = hustings_date_format (finding->deadline);
      if (organization)
        finding->message = g_strdup_printf (_("%s is an organization: a corporation or labor "
                                              "union may not contribute. It has given %s."),
                                            name, given);
      else
        {
          place = join_place (hustings_column_text (stmt, 5), hustings_column_text (stmt, 4),
                              hustings_column_text (stmt, 3));
          finding->message = g_strdup_printf (_("%s has a foreign address (%s): a foreign "
                                                "national may not contribute. They have given "
                                                "%s."), name, place, given);
        }
      finding->remedy = g_strdup_printf (_("Refund %s by %s (30 days after the first gift). If "
                                           "the contributor is in fact allowed to give (a "
                                           "committee’s own fund, a US citizen or green-card "
                                           "holder living abroad), correct the contact and "
                                           "keep the evidence."), given, by);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return hustings_committee_file_set_sql_error (check->file, error);
  return rc == SQLITE_DONE;
}

static gboolean
check_cash (Check *check, GError **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* Net cash per contact and limit period: one pass over the table (no index has the
   * method; going through one would read the rows in random order). */
  stmt = hustings_committee_file_prepare (check->file,
    "SELECT d.contact_id, CASE WHEN ?1 THEN d.election ELSE substr (d.date_received, 1, 4) END"
    "   AS period"
    " FROM donation d NOT INDEXED LEFT JOIN donation o ON o.id = d.refund_of"
    " WHERE coalesce (o.method, d.method) = 'cash' AND " CONTRIBUTION ("d")
    "   AND (NOT ?1 OR d.election IS NOT NULL)"
    " GROUP BY d.contact_id, period HAVING sum (d.amount_cents) > ?2"
    " ORDER BY d.contact_id, period", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, check->form3);
  sqlite3_bind_int64 (stmt, 2, CASH_LIMIT_CENTS);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 contact_id = sqlite3_column_int64 (stmt, 0);
      g_autofree char *period = g_strdup (hustings_column_text (stmt, 1));
      g_autoptr(GArray) gifts = NULL;
      g_autoptr(GArray) cash = g_array_new (FALSE, FALSE, sizeof (Gift));
      g_autofree char *name = NULL;
      g_autofree char *described = NULL;
      g_autofree char *given = NULL;
      g_autofree char *over = NULL;
      g_autofree char *by = NULL;
      const Gift *crossing;
      HustingsFinding *finding;
      gint64 start, total;

      gifts = read_period_gifts (check, contact_id, period, QUESTIONABLE_DAYS, &start, error);
      if (gifts == NULL)
        break;
      crossing = last_crossing (gifts, 0, CASH_LIMIT_CENTS, TRUE, &total);
      name = contact_name (check->file, contact_id);
      if (name == NULL)
        continue;
      for (guint i = 0; i < gifts->len; i++)
        if (g_array_index (gifts, Gift, i).cash)
          g_array_append_val (cash, g_array_index (gifts, Gift, i));

      described = describe_period (check, period);
      given = hustings_money_format (total);
      over = hustings_money_format (total - CASH_LIMIT_CENTS);
      finding = add_finding (check, HUSTINGS_FINDING_CASH, HUSTINGS_SEVERITY_ERROR, contact_id,
                             name, period, total - CASH_LIMIT_CENTS,
                             crossing ? crossing->deadline : NULL);
      add_gift_ids (finding, cash);
      by = hustings_date_format (finding->deadline);
      finding->message = g_strdup_printf (_("%s has given %s in cash toward the %s: no more "
                                            "than $100.00 in cash may be accepted from one "
                                            "source."), name, given, described);
      finding->remedy = g_strdup_printf (_("Return the %s over $100.00 to the donor by %s, "
                                           "recorded as a refund; a gift by check or card "
                                           "may replace it."), over, by);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return hustings_committee_file_set_sql_error (check->file, error);
  return rc == SQLITE_DONE;
}

static gboolean
check_anonymous (Check *check, GError **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* Each gift over $50 from an unknown source, net of its refunds: the few contacts first,
   * then their gifts. */
  stmt = hustings_committee_file_prepare (check->file,
    "SELECT d.id, c.id, c.display_name, lower (trim (c.display_name)) IN ('anonymous', 'unknown'),"
    "   d.amount_cents + coalesce ((SELECT sum (r.amount_cents) FROM donation r"
    "                                WHERE r.refund_of = d.id), 0),"
    "   d.date_received, date (d.date_received, ?2), d.election"
    " FROM contact c CROSS JOIN donation d ON d.contact_id = c.id"
    " WHERE " ANONYMOUS ("c")
    "   AND d.amount_cents > ?1 AND d.refund_of IS NULL AND d.adjusts IS NULL"
    "   AND " CONTRIBUTION ("d")
    " ORDER BY d.date_received, d.id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ANONYMOUS_LIMIT_CENTS);
  hustings_bind_static (stmt, 2, QUESTIONABLE_DAYS);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *name = hustings_column_text (stmt, 2);
      gboolean named_so = sqlite3_column_int (stmt, 3);
      gint64 net = sqlite3_column_int64 (stmt, 4);
      g_autofree char *given = NULL;
      g_autofree char *over = NULL;
      g_autofree char *when = NULL;
      g_autofree char *by = NULL;
      HustingsFinding *finding;

      if (net <= ANONYMOUS_LIMIT_CENTS)
        continue;
      finding = add_finding (check, HUSTINGS_FINDING_ANONYMOUS, HUSTINGS_SEVERITY_ERROR,
                             sqlite3_column_int64 (stmt, 1), name,
                             (const char *) sqlite3_column_text (stmt, 7),
                             net - ANONYMOUS_LIMIT_CENTS, hustings_column_text (stmt, 6));
      g_array_append_val (finding->donations, id);
      given = hustings_money_format (net);
      over = hustings_money_format (net - ANONYMOUS_LIMIT_CENTS);
      when = hustings_date_format (hustings_column_text (stmt, 5));
      by = hustings_date_format (finding->deadline);
      if (named_so || *name == '\0')
        finding->message = g_strdup_printf (_("An anonymous gift of %s was received on %s: "
                                              "no more than $50.00 may be kept from an "
                                              "anonymous source."), given, when);
      else
        finding->message = g_strdup_printf (_("No address is recorded for %s, who gave %s on "
                                              "%s: a gift over $50.00 from a source the "
                                              "records cannot identify is anonymous."),
                                            name, given, when);
      finding->remedy = g_strdup_printf (_("Record the contributor’s name and address if you "
                                           "have them. Otherwise give up the %s over $50.00 "
                                           "by %s (for instance to a charity, never for a "
                                           "federal election) and record it as a refund of "
                                           "the gift."), over, by);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return hustings_committee_file_set_sql_error (check->file, error);
  return rc == SQLITE_DONE;
}

/* The best-efforts findings for the itemization period that as_of falls in. */
static gboolean
check_best_efforts_as_of (Check *check, const char *as_of, GError **error)
{
  int year = (int) g_ascii_strtoll (as_of, NULL, 10);
  int cycle = hustings_cycle_for_date (as_of);
  g_autofree char *period = check->form3 ? g_strdup_printf ("C:%d", cycle)
                                         : g_strdup_printf ("Y:%d", year);
  g_autofree char *from = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *to = g_strdup_printf ("%04d-12-31", year);
  sqlite3_stmt *stmt;
  int rc;

  stmt = hustings_committee_file_prepare (check->file,
    "SELECT t.contact_id, c.display_name, c.employer = '', c.occupation = ''"
    " FROM contact c CROSS JOIN contact_total t ON t.contact_id = c.id AND t.period = ?1"
    " WHERE t.total_cents > ?2 AND c.entity_type = 'IND'"
    "   AND (c.employer = '' OR c.occupation = '')"
    " ORDER BY c.id", error);
  if (stmt == NULL)
    return FALSE;
  hustings_bind_static (stmt, 1, period);
  sqlite3_bind_int64 (stmt, 2, ITEMIZATION_CENTS);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 contact_id = sqlite3_column_int64 (stmt, 0);
      const char *name = hustings_column_text (stmt, 1);
      gboolean no_employer = sqlite3_column_int (stmt, 2);
      gboolean no_occupation = sqlite3_column_int (stmt, 3);
      g_autoptr(GArray) gifts = NULL;
      g_autofree char *given = NULL;
      g_autofree char *by = NULL;
      const char *missing;
      const Gift *crossing;
      HustingsFinding *finding;
      gint64 total;

      gifts = check->form3
              ? read_gifts (check, contact_id, NULL, cycle, NULL, NULL, BEST_EFFORTS_DAYS, error)
              : read_gifts (check, contact_id, NULL, 0, from, to, BEST_EFFORTS_DAYS, error);
      if (gifts == NULL)
        break;
      crossing = last_crossing (gifts, opening (check, contact_id, period), ITEMIZATION_CENTS,
                                FALSE, &total);
      if (total <= ITEMIZATION_CENTS)
        continue;

      finding = add_finding (check, HUSTINGS_FINDING_BEST_EFFORTS, HUSTINGS_SEVERITY_WARNING,
                             contact_id, name, period + 2, total,
                             crossing ? crossing->deadline : NULL);
      add_gift_ids (finding, gifts);
      given = hustings_money_format (total);
      by = hustings_date_format (finding->deadline);
      missing = no_employer && no_occupation ? _("employer and occupation")
                : no_employer ? _("employer") : _("occupation");
      /* Translators: the second %s is an amount, the third "employer and occupation",
       * "employer" or "occupation". */
      finding->message = check->form3
        ? g_strdup_printf (_("%s has given %s this election cycle and must be itemized; "
                             "missing: %s."), name, given, missing)
        : g_strdup_printf (_("%s has given %s this year and must be itemized; missing: %s."),
                           name, given, missing);
      finding->remedy = g_strdup_printf (_("By %s (30 days after receipt), send the donor a "
                                           "stand-alone written request for the missing "
                                           "information, with no solicitation in it. Until "
                                           "it comes, report “Information Requested”."), by);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return hustings_committee_file_set_sql_error (check->file, error);
  return rc == SQLITE_DONE;
}

/* The period today falls in, and the one before while its last reports are still being filed
 * (a cycle's post-general and year-end reports, or a year's year-end report, come after it
 * ends): donors over $200 there must still be itemized. */
static gboolean
check_best_efforts (Check *check, GError **error)
{
  g_autofree char *before = shift_date (check, check->today,
                                        check->form3 ? "-60 days" : "-31 days");
  gboolean same = check->form3
                  ? hustings_cycle_for_date (before) == hustings_cycle_for_date (check->today)
                  : strncmp (before, check->today, 4) == 0;

  return (same || check_best_efforts_as_of (check, before, error)) &&
         check_best_efforts_as_of (check, check->today, error);
}

/* The 48-hour notices of the elections of the cycle today falls in (Form 3 committees). */
static gboolean
check_notices (Check *check, GError **error)
{
  int cycle = hustings_cycle_for_date (check->today);
  GPtrArray *elections = check->committee->elections;

  if (!check->form3)
    return TRUE;

  for (guint i = 0; i < elections->len; i++)
    {
      const HustingsElection *election = g_ptr_array_index (elections, i);
      g_autofree char *described = NULL;
      sqlite3_stmt *stmt;
      int rc;

      if (hustings_cycle_for_date (election->date) != cycle)
        continue;

      /* After the 20th day before the election, more than 48 hours before it. */
      stmt = hustings_committee_file_prepare (check->file,
        "SELECT d.id, d.contact_id, c.display_name, d.date_received, d.amount_cents,"
        "   date (d.date_received, ?3), CAST (julianday (?1) - julianday (d.date_received)"
        "   AS INTEGER)"
        " FROM donation d JOIN contact c ON c.id = d.contact_id"
        " WHERE d.date_received BETWEEN date (?1, '-19 days') AND date (?1, '-3 days')"
        "   AND d.amount_cents >= ?2 AND d.refund_of IS NULL AND d.adjusts IS NULL"
        "   AND " NOTICE_RECEIPT ("d")
        " ORDER BY d.date_received, d.id", error);
      if (stmt == NULL)
        return FALSE;
      hustings_bind_static (stmt, 1, election->date);
      sqlite3_bind_int64 (stmt, 2, NOTICE_THRESHOLD_CENTS);
      hustings_bind_static (stmt, 3, NOTICE_DAYS);
      described = hustings_election_code_describe (election->code);

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          const char *name = hustings_column_text (stmt, 2);
          g_autofree char *given = hustings_money_format (sqlite3_column_int64 (stmt, 4));
          g_autofree char *when = hustings_date_format (hustings_column_text (stmt, 3));
          g_autofree char *by = NULL;
          HustingsFinding *finding;

          finding = add_finding (check, HUSTINGS_FINDING_48_HOUR_NOTICE,
                                 HUSTINGS_SEVERITY_WARNING, sqlite3_column_int64 (stmt, 1),
                                 name, election->code, sqlite3_column_int64 (stmt, 4),
                                 hustings_column_text (stmt, 5));
          g_array_append_val (finding->donations, id);
          by = hustings_date_format (finding->deadline);
          finding->message = g_strdup_printf (
            g_dngettext (GETTEXT_PACKAGE,
                         "%s gave %s on %s, %d day before the %s: a gift of $1,000.00 or more "
                         "this close to an election needs a 48-hour notice.",
                         "%s gave %s on %s, %d days before the %s: a gift of $1,000.00 or more "
                         "this close to an election needs a 48-hour notice.",
                         sqlite3_column_int (stmt, 6)),
            name, given, when, sqlite3_column_int (stmt, 6), described);
          finding->remedy = g_strdup_printf (_("File a 48-hour notice (Form 6) by %s, within 48 "
                                               "hours of receipt, unless it is filed already. "
                                               "The gift is itemized again on the next "
                                               "report."), by);
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        return hustings_committee_file_set_sql_error (check->file, error);
    }
  return TRUE;
}

/* The first day the committee was active: its first receipt, disbursement or report; NULL
 * when the file holds none of them. */
static char *
first_activity (Check *check)
{
  sqlite3_stmt *stmt = hustings_committee_file_prepare (check->file,
    "SELECT min (day) FROM (SELECT min (date_received) AS day FROM donation"
    " UNION ALL SELECT min (date_paid) FROM disbursement"
    " UNION ALL SELECT min (coverage_from) FROM report)", NULL);
  char *day = NULL;

  if (stmt == NULL)
    return NULL;
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    day = g_strdup (hustings_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return day;
}

static gboolean
report_filed (Check *check, const HustingsFilingReport *report)
{
  sqlite3_stmt *stmt = hustings_committee_file_prepare (check->file,
    "SELECT EXISTS (SELECT 1 FROM report WHERE code = ?1 AND coverage_to = ?2"
    "   AND (filed_at IS NOT NULL OR origin = 'imported'))", NULL);
  gboolean filed = FALSE;

  if (stmt == NULL)
    return FALSE;
  hustings_bind_static (stmt, 1, report->code);
  hustings_bind_static (stmt, 2, report->coverage_to);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    filed = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return filed;
}

static void
add_report_finding (Check *check, const HustingsFilingReport *report, const char *soon)
{
  const char *name = hustings_filing_code_describe (report->code);
  g_autofree char *from = hustings_date_format (report->coverage_from);
  g_autofree char *to = hustings_date_format (report->coverage_to);
  g_autofree char *due = hustings_date_format (report->due);
  gboolean overdue = strcmp (report->due, check->today) < 0;
  HustingsFinding *finding;

  finding = add_finding (check, HUSTINGS_FINDING_REPORT_DUE,
                         overdue ? HUSTINGS_SEVERITY_ERROR
                         : strcmp (report->due, soon) <= 0 ? HUSTINGS_SEVERITY_WARNING
                         : HUSTINGS_SEVERITY_INFO,
                         0, NULL, report->election, 0, report->due);
  finding->report = hustings_filing_report_copy (report);
  /* Translators: "The April Quarterly report (Jan 1, 2026 to Mar 31, 2026, code Q1) ..." */
  if (overdue)
    {
      finding->message = g_strdup_printf (_("The %s report (%s to %s, code %s) was due on %s "
                                            "and has not been filed."),
                                          name, from, to, report->code, due);
      finding->remedy = g_strdup (_("Make the report and file it with the FEC as soon as "
                                    "you can: late reports draw fines. Once filed, mark it "
                                    "filed in Hustings."));
    }
  else
    {
      finding->message = g_strdup_printf (_("The %s report (%s to %s, code %s) is due on %s."),
                                          name, from, to, report->code, due);
      finding->remedy = g_strdup_printf (_("Make the report once the books close on %s and "
                                           "file it with the FEC by 11:59 p.m. Eastern on %s; "
                                           "the deadline does not move for weekends or "
                                           "holidays."), to, due);
    }
}

/* Reports of this year's and last year's calendars that are due within 45 days or overdue
 * and not filed. */
static gboolean
check_reports (Check *check, GError **error)
{
  int year = (int) g_ascii_strtoll (check->today, NULL, 10);
  g_autofree char *horizon = shift_date (check, check->today, REPORT_HORIZON);
  g_autofree char *soon = shift_date (check, check->today, REPORT_SOON);
  g_autofree char *start = first_activity (check);

  for (int y = year - 1; y <= year; y++)
    {
      g_autoptr(GPtrArray) reports = hustings_filing_calendar (check->committee, y);

      /* The first is the year before's year-end report, which the year before lists. */
      for (guint i = 1; i < reports->len; i++)
        {
          const HustingsFilingReport *report = reports->pdata[i];

          if (strcmp (report->due, horizon) > 0 ||
              (start == NULL ? strcmp (report->due, check->today) < 0
                             : strcmp (report->coverage_to, start) < 0) ||
              report_filed (check, report))
            continue;
          add_report_finding (check, report, soon);
        }
    }
  return !cancelled (check, error);
}

static int
compare_findings (gconstpointer a, gconstpointer b)
{
  const HustingsFinding *x = *(HustingsFinding * const *) a;
  const HustingsFinding *y = *(HustingsFinding * const *) b;
  int order;

  if (x->severity != y->severity)
    return x->severity < y->severity ? -1 : 1;
  if (x->deadline == NULL || y->deadline == NULL)
    order = (x->deadline == NULL) - (y->deadline == NULL);
  else
    order = strcmp (x->deadline, y->deadline);
  if (order == 0)
    order = g_utf8_collate (x->contact_name, y->contact_name);
  if (order == 0)
    order = (x->kind > y->kind) - (x->kind < y->kind);
  return order;
}

typedef gboolean (*CheckFunc) (Check *check, GError **error);

/* Runs checks on the file in one read transaction (unless one is open). */
static GPtrArray *
run_checks (HustingsCommitteeFile *file,
            const char            *today,
            GCancellable          *cancellable,
            const CheckFunc       *checks,
            guint                  n_checks,
            GError               **error)
{
  g_autofree char *now = NULL;
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func (g_object_unref);
  Check check = { 0 };
  gboolean snapshot = FALSE;
  gboolean ok = TRUE;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (today == NULL)
    today = now = hustings_date_today ();
  if (!hustings_date_is_valid (today))
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("“%s” is not a date written YYYY-MM-DD"), today);
      return NULL;
    }

  check.file = file;
  check.committee = hustings_committee_file_peek_committee (file);
  check.form3 = g_str_equal (hustings_committee_form (check.committee), "F3");
  check.today = today;
  check.cancellable = cancellable;
  check.findings = findings;

  if (sqlite3_get_autocommit (hustings_committee_file_get_db (file)))
    {
      sqlite3_stmt *begin = hustings_committee_file_prepare (file, "BEGIN", error);

      if (begin == NULL || !hustings_committee_file_run (file, begin, error))
        return NULL;
      snapshot = TRUE;
    }
  for (guint i = 0; i < n_checks && ok; i++)
    {
      gint64 started = g_get_monotonic_time ();

      ok = !cancelled (&check, error) && checks[i] (&check, error);
      g_debug ("check %u: %.3f s", i, (g_get_monotonic_time () - started) / 1e6);
    }
  if (snapshot)
    {
      sqlite3_stmt *end = hustings_committee_file_prepare (file, "COMMIT", NULL);

      if (end != NULL)
        hustings_committee_file_run (file, end, NULL);
    }
  if (!ok)
    return NULL;

  g_ptr_array_sort (findings, compare_findings);
  return g_steal_pointer (&findings);
}

GPtrArray *
hustings_compliance_check (HustingsCommitteeFile *file,
                           const char            *today,
                           GCancellable          *cancellable,
                           GError               **error)
{
  static const CheckFunc checks[] = {
    check_over_limit, check_prohibited, check_cash, check_anonymous, check_best_efforts,
    check_notices, check_reports,
  };

  return run_checks (file, today, cancellable, checks, G_N_ELEMENTS (checks), error);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  const HustingsFinding *x = *(HustingsFinding * const *) a;
  const HustingsFinding *y = *(HustingsFinding * const *) b;
  int order = g_utf8_collate (x->contact_name, y->contact_name);

  return order != 0 ? order : (x->contact_id > y->contact_id) - (x->contact_id < y->contact_id);
}

GArray *
hustings_compliance_best_efforts_ids (HustingsCommitteeFile *file,
                                      const char            *today,
                                      GError               **error)
{
  static const CheckFunc checks[] = { check_best_efforts };
  g_autoptr(GPtrArray) findings = run_checks (file, today, NULL, checks, 1, error);
  GArray *ids;

  if (findings == NULL)
    return NULL;
  g_ptr_array_sort (findings, compare_names);
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), findings->len);
  for (guint i = 0; i < findings->len; i++)
    g_array_append_val (ids, ((HustingsFinding *) findings->pdata[i])->contact_id);
  return ids;
}

gboolean
hustings_compliance_export_best_efforts (HustingsCommitteeFile *file,
                                         const char            *today,
                                         const char            *path,
                                         HustingsExportFormat   format,
                                         GCancellable          *cancellable,
                                         GError               **error)
{
  g_autoptr(GArray) ids = hustings_compliance_best_efforts_ids (file, today, error);

  return ids != NULL &&
         hustings_export_contacts (file, ids, path, format, cancellable, NULL, NULL, error);
}

/* ---- Remedies ---- */

gint64
hustings_compliance_movable (HustingsCommitteeFile *file,
                             gint64                 donation_id)
{
  sqlite3_stmt *stmt = hustings_committee_file_prepare (file,
    "SELECT d.amount_cents + coalesce ((SELECT sum (x.amount_cents) FROM donation x"
    "   WHERE x.refund_of = d.id OR (x.adjusts = d.id AND x.amount_cents < 0)), 0)"
    " FROM donation d WHERE d.id = ?1 AND d.amount_cents > 0", NULL);
  gint64 movable = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, donation_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    movable = MAX (sqlite3_column_int64 (stmt, 0), 0);
  sqlite3_reset (stmt);
  return movable;
}

/* The gift a remedy moves money from. */
typedef struct {
  gint64  id;
  gint64  contact_id;
  char   *contact_name;
  char   *date;
  char   *method;
  char   *election;
  gboolean presumed;
  int      cycle;
  char   *receipt_line;
  char   *conduit;
} Original;

static void
original_clear (Original *original)
{
  g_free (original->contact_name);
  g_free (original->date);
  g_free (original->method);
  g_free (original->election);
  g_free (original->receipt_line);
  g_free (original->conduit);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Original, original_clear)

static gboolean
invalid (GError **error, const char *message)
{
  g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID, message);
  return FALSE;
}

/* Reads the gift and checks that amount_cents of it may move. */
static gboolean
read_original (HustingsCommitteeFile *file,
               gint64                 donation_id,
               gint64                 amount_cents,
               Original              *original,
               GError               **error)
{
  sqlite3_stmt *stmt;
  gint64 movable, amount = 0;
  int rc;

  stmt = hustings_committee_file_prepare (file,
    "SELECT d.contact_id, c.display_name, d.date_received, d.method, d.election,"
    " d.election_presumed, d.cycle, d.receipt_line, d.conduit, d.amount_cents"
    " FROM donation d JOIN contact c ON c.id = d.contact_id WHERE d.id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, donation_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      original->id = donation_id;
      original->contact_id = sqlite3_column_int64 (stmt, 0);
      original->contact_name = g_strdup (hustings_column_text (stmt, 1));
      original->date = g_strdup (hustings_column_text (stmt, 2));
      original->method = g_strdup (hustings_column_text (stmt, 3));
      original->election = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      original->presumed = sqlite3_column_int (stmt, 5);
      original->cycle = sqlite3_column_int (stmt, 6);
      original->receipt_line = g_strdup (hustings_column_text (stmt, 7));
      original->conduit = g_strdup (hustings_column_text (stmt, 8));
      amount = sqlite3_column_int64 (stmt, 9);
    }
  else if (rc != SQLITE_DONE)
    hustings_committee_file_set_sql_error (file, error);
  else
    g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
                 _("Donation %" G_GINT64_FORMAT " is not in this committee file"), donation_id);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return FALSE;
  if (amount < 0)
    return invalid (error, _("A refund or a negative entry cannot be moved; choose the gift "
                             "itself"));

  movable = hustings_compliance_movable (file, donation_id);
  if (amount_cents <= 0)
    return invalid (error, _("The amount to move must be more than zero"));
  if (amount_cents > movable)
    {
      g_autofree char *left = hustings_money_format (movable);

      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("The amount is more than is left of the gift to move (%s)"), left);
      return FALSE;
    }
  return TRUE;
}

/* One row of a redesignation or reattribution pair. */
static gboolean
insert_adjustment (HustingsCommitteeFile *file,
                   const Original        *original,
                   gint64                 contact_id,
                   const char            *election,
                   gboolean               presumed,
                   gint64                 amount_cents,
                   const char            *kind,
                   const char            *memo,
                   const char            *now,
                   GError               **error)
{
  sqlite3_stmt *stmt = hustings_committee_file_prepare (file,
    "INSERT INTO donation (contact_id, date_received, amount_cents, method, election,"
    " election_presumed, cycle, memo, receipt_line, conduit, adjusts, adjustment, created_at,"
    " updated_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  hustings_bind_static (stmt, 2, original->date);
  sqlite3_bind_int64 (stmt, 3, amount_cents);
  hustings_bind_static (stmt, 4, original->method);
  if (election != NULL)
    hustings_bind_static (stmt, 5, election);
  sqlite3_bind_int (stmt, 6, presumed);
  sqlite3_bind_int (stmt, 7, original->cycle);
  hustings_bind_static (stmt, 8, memo);
  hustings_bind_static (stmt, 9, original->receipt_line);
  hustings_bind_static (stmt, 10, original->conduit);
  sqlite3_bind_int64 (stmt, 11, original->id);
  hustings_bind_static (stmt, 12, kind);
  hustings_bind_static (stmt, 13, now);
  return hustings_committee_file_run (file, stmt, error);
}

/* Writes the pair: -amount on the original's donor and election, +amount on contact_id and
 * election, in one transaction. The memo texts are English: they go into FEC filings. */
static gboolean
move_gift (HustingsCommitteeFile *file,
           const Original        *original,
           gint64                 contact_id,
           const char            *election,
           gboolean               presumed,
           gint64                 amount_cents,
           const char            *kind,
           const char            *memo_from,
           const char            *memo_to,
           gint64                *out_id,
           GError               **error)
{
  g_autofree char *now = hustings_timestamp_now ();
  gint64 id;

  if (!insert_adjustment (file, original, original->contact_id, original->election,
                          original->presumed, -amount_cents, kind, memo_from, now, error) ||
      !insert_adjustment (file, original, contact_id, election, presumed, amount_cents, kind,
                          memo_to, now, error))
    {
      hustings_committee_file_rollback (file);
      return FALSE;
    }
  id = sqlite3_last_insert_rowid (hustings_committee_file_get_db (file));
  hustings_committee_file_changed (file, HUSTINGS_CHANGED_DONATIONS);
  if (!hustings_committee_file_commit (file, error))
    return FALSE;
  if (out_id != NULL)
    *out_id = id;
  return TRUE;
}

gboolean
hustings_compliance_redesignate (HustingsCommitteeFile *file,
                                 gint64                 donation_id,
                                 const char            *election,
                                 gint64                 amount_cents,
                                 gint64                *out_id,
                                 GError               **error)
{
  const HustingsCommittee *committee;
  g_auto(Original) original = { 0 };
  g_autofree char *memo_from = NULL;
  g_autofree char *memo_to = NULL;
  gboolean known = FALSE;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), FALSE);
  g_return_val_if_fail (election != NULL, FALSE);

  if (!hustings_committee_file_check_writable (file, error) ||
      !hustings_committee_file_begin (file, error))
    return FALSE;
  if (!read_original (file, donation_id, amount_cents, &original, error))
    goto unchanged;

  committee = hustings_committee_file_peek_committee (file);
  for (guint i = 0; i < committee->elections->len && !known; i++)
    known = g_str_equal (((HustingsElection *) committee->elections->pdata[i])->code, election);
  if (!known)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("Election %s is not one of the committee’s elections; add it in the "
                     "committee profile first"), election);
      goto unchanged;
    }
  if (g_strcmp0 (original.election, election) == 0)
    {
      invalid (error, _("The gift already counts toward that election; choose another"));
      goto unchanged;
    }

  memo_from = g_strdup_printf ("Redesignation to %s", election);
  memo_to = g_strdup_printf ("Redesignation from %s",
                             original.election ? original.election : "no election");
  return move_gift (file, &original, original.contact_id, election, FALSE, amount_cents,
                    "redesignation", memo_from, memo_to, out_id, error);

unchanged:
  hustings_committee_file_end_unchanged (file);
  return FALSE;
}

gboolean
hustings_compliance_reattribute (HustingsCommitteeFile *file,
                                 gint64                 donation_id,
                                 gint64                 contact_id,
                                 gint64                 amount_cents,
                                 gint64                *out_id,
                                 GError               **error)
{
  g_auto(Original) original = { 0 };
  g_autofree char *memo_from = NULL;
  g_autofree char *memo_to = NULL;
  g_autofree char *to_name = NULL;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), FALSE);

  if (!hustings_committee_file_check_writable (file, error) ||
      !hustings_committee_file_begin (file, error))
    return FALSE;
  if (!read_original (file, donation_id, amount_cents, &original, error))
    goto unchanged;

  if (contact_id == original.contact_id)
    {
      invalid (error, _("The gift is already that contributor’s; choose another person"));
      goto unchanged;
    }
  to_name = contact_name (file, contact_id);
  if (to_name == NULL)
    {
      invalid (error, _("Choose the contributor to reattribute the gift to"));
      goto unchanged;
    }

  memo_from = g_strdup_printf ("Reattribution to %s", to_name);
  memo_to = g_strdup_printf ("Reattribution from %s", original.contact_name);
  return move_gift (file, &original, contact_id, original.election, original.presumed,
                    amount_cents, "reattribution", memo_from, memo_to, out_id, error);

unchanged:
  hustings_committee_file_end_unchanged (file);
  return FALSE;
}

/* ---- JSON ---- */

static void
append_json_string (GString *out, const char *text)
{
  if (text == NULL)
    {
      g_string_append (out, "null");
      return;
    }
  g_string_append_c (out, '"');
  for (const unsigned char *p = (const unsigned char *) text; *p; p++)
    {
      switch (*p)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if (*p < 0x20)
            g_string_append_printf (out, "\\u%04x", *p);
          else
            g_string_append_c (out, (char) *p);
        }
    }
  g_string_append_c (out, '"');
}

char *
hustings_findings_to_json (GPtrArray *findings)
{
  GString *out = g_string_new ("[");

  g_return_val_if_fail (findings != NULL, NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      HustingsFinding *f = findings->pdata[i];

      g_string_append (out, i == 0 ? "\n  {" : ",\n  {");
      g_string_append (out, "\"kind\": ");
      append_json_string (out, hustings_finding_kind_to_string (f->kind));
      g_string_append (out, ", \"severity\": ");
      append_json_string (out, hustings_severity_to_string (f->severity));
      g_string_append (out, ",\n   \"contact\": ");
      append_json_string (out, f->contact_id != 0 ? f->contact_name : NULL);
      g_string_append_printf (out, ", \"contact_id\": %" G_GINT64_FORMAT, f->contact_id);
      g_string_append (out, ", \"election\": ");
      append_json_string (out, f->election);
      g_string_append_printf (out, ", \"amount_cents\": %" G_GINT64_FORMAT, f->amount);
      g_string_append (out, ",\n   \"message\": ");
      append_json_string (out, f->message);
      g_string_append (out, ",\n   \"remedy\": ");
      append_json_string (out, f->remedy);
      g_string_append (out, ",\n   \"deadline\": ");
      append_json_string (out, f->deadline);
      g_string_append (out, ", \"donations\": [");
      for (guint j = 0; j < f->donations->len; j++)
        g_string_append_printf (out, j == 0 ? "%" G_GINT64_FORMAT : ", %" G_GINT64_FORMAT,
                                g_array_index (f->donations, gint64, j));
      g_string_append_c (out, ']');
      if (f->report != NULL)
        {
          g_string_append (out, ",\n   \"report\": {\"code\": ");
          append_json_string (out, f->report->code);
          g_string_append (out, ", \"from\": ");
          append_json_string (out, f->report->coverage_from);
          g_string_append (out, ", \"to\": ");
          append_json_string (out, f->report->coverage_to);
          g_string_append (out, ", \"due\": ");
          append_json_string (out, f->report->due);
          g_string_append (out, ", \"election\": ");
          append_json_string (out, f->report->election);
          g_string_append_c (out, '}');
        }
      g_string_append_c (out, '}');
    }
  g_string_append (out, findings->len > 0 ? "\n]\n" : "]\n");
  return g_string_free (out, FALSE);
}
