/* hustings-report.c: a report (Form 3 or 3X) as plain data.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hustings-dates.h"
#include "hustings-filing-calendar.h"
#include "hustings-report-private.h"

struct _HustingsReport
{
  GObject               parent_instance;

  gint64                id;
  char                 *form;
  char                 *code;
  char                 *election;
  char                 *election_date;
  char                 *election_state;
  char                 *coverage_from;
  char                 *coverage_to;
  int                   amendment;
  char                 *original_fec_id;
  char                 *fec_id;
  gboolean              termination;
  HustingsReportOrigin  origin;
  char                 *date_signed;
  char                 *filed_at;
};

G_DEFINE_FINAL_TYPE (HustingsReport, hustings_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_FORM,
  PROP_CODE,
  PROP_CODE_TEXT,
  PROP_ELECTION,
  PROP_ELECTION_DATE,
  PROP_ELECTION_STATE,
  PROP_COVERAGE_FROM,
  PROP_COVERAGE_TO,
  PROP_COVERAGE_TEXT,
  PROP_AMENDMENT,
  PROP_ORIGINAL_FEC_ID,
  PROP_FEC_ID,
  PROP_TERMINATION,
  PROP_ORIGIN,
  PROP_DATE_SIGNED,
  PROP_FILED_AT,
  PROP_STATUS_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The codes of fec-format.md §7 and the FEC's report-type list (fec-rules.md §2.12). */
static const char * const f3_codes[] = {
  "Q1", "Q2", "Q3", "YE", "12P", "12G", "12R", "12S", "12C", "30G", "30R", "30S", "TER", NULL
};
static const char * const f3x_codes[] = {
  "Q1", "Q2", "Q3", "YE", "MY", "MYE", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9", "M10",
  "M11", "M12", "12P", "12G", "12R", "12S", "12C", "30G", "30R", "30S", "TER", NULL
};

static void
hustings_report_finalize (GObject *object)
{
  HustingsReport *self = (HustingsReport *) object;

  g_free (self->form);
  g_free (self->code);
  g_free (self->election);
  g_free (self->election_date);
  g_free (self->election_state);
  g_free (self->coverage_from);
  g_free (self->coverage_to);
  g_free (self->original_fec_id);
  g_free (self->fec_id);
  g_free (self->date_signed);
  g_free (self->filed_at);

  G_OBJECT_CLASS (hustings_report_parent_class)->finalize (object);
}

static char *
coverage_text (HustingsReport *self)
{
  g_autofree char *from = hustings_date_format (self->coverage_from);
  g_autofree char *to = hustings_date_format (self->coverage_to);

  /* Translators: the dates a report covers, "Jan 1, 2026 – Mar 31, 2026" */
  return g_strdup_printf (_("%s – %s"), from, to);
}

static char *
status_text (HustingsReport *self)
{
  if (self->origin == HUSTINGS_REPORT_ORIGIN_IMPORTED)
    return g_strdup (_("Imported"));
  if (self->amendment > 0)
    return self->filed_at != NULL
           /* Translators: a report's status, %d is the amendment number */
           ? g_strdup_printf (_("Amendment %d, filed"), self->amendment)
           : g_strdup_printf (_("Amendment %d"), self->amendment);
  return g_strdup (self->filed_at != NULL ? _("Filed") : _("Draft"));
}

static void
hustings_report_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HustingsReport *self = HUSTINGS_REPORT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_FORM:
      g_value_set_string (value, self->form);
      break;
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_CODE_TEXT:
      g_value_set_string (value, hustings_filing_code_describe (self->code));
      break;
    case PROP_ELECTION:
      g_value_set_string (value, self->election);
      break;
    case PROP_ELECTION_DATE:
      g_value_set_string (value, self->election_date);
      break;
    case PROP_ELECTION_STATE:
      g_value_set_string (value, self->election_state);
      break;
    case PROP_COVERAGE_FROM:
      g_value_set_string (value, self->coverage_from);
      break;
    case PROP_COVERAGE_TO:
      g_value_set_string (value, self->coverage_to);
      break;
    case PROP_COVERAGE_TEXT:
      g_value_take_string (value, coverage_text (self));
      break;
    case PROP_AMENDMENT:
      g_value_set_int (value, self->amendment);
      break;
    case PROP_ORIGINAL_FEC_ID:
      g_value_set_string (value, self->original_fec_id);
      break;
    case PROP_FEC_ID:
      g_value_set_string (value, self->fec_id);
      break;
    case PROP_TERMINATION:
      g_value_set_boolean (value, self->termination);
      break;
    case PROP_ORIGIN:
      g_value_set_int (value, self->origin);
      break;
    case PROP_DATE_SIGNED:
      g_value_set_string (value, self->date_signed);
      break;
    case PROP_FILED_AT:
      g_value_set_string (value, self->filed_at);
      break;
    case PROP_STATUS_TEXT:
      g_value_take_string (value, status_text (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hustings_report_class_init (HustingsReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  static const struct { guint prop; const char *name; } strings[] = {
    { PROP_FORM, "form" }, { PROP_CODE, "code" }, { PROP_CODE_TEXT, "code-text" },
    { PROP_ELECTION, "election" }, { PROP_ELECTION_DATE, "election-date" },
    { PROP_ELECTION_STATE, "election-state" }, { PROP_COVERAGE_FROM, "coverage-from" },
    { PROP_COVERAGE_TO, "coverage-to" }, { PROP_COVERAGE_TEXT, "coverage-text" },
    { PROP_ORIGINAL_FEC_ID, "original-fec-id" }, { PROP_FEC_ID, "fec-id" },
    { PROP_DATE_SIGNED, "date-signed" }, { PROP_FILED_AT, "filed-at" },
    { PROP_STATUS_TEXT, "status-text" },
  };

  object_class->finalize = hustings_report_finalize;
  object_class->get_property = hustings_report_get_property;

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    properties[strings[i].prop] = g_param_spec_string (strings[i].name, NULL, NULL, NULL, flags);
  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_AMENDMENT] = g_param_spec_int ("amendment", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_TERMINATION] = g_param_spec_boolean ("termination", NULL, NULL, FALSE, flags);
  properties[PROP_ORIGIN] = g_param_spec_int ("origin", NULL, NULL,
                                              HUSTINGS_REPORT_ORIGIN_HUSTINGS,
                                              HUSTINGS_REPORT_ORIGIN_IMPORTED,
                                              HUSTINGS_REPORT_ORIGIN_HUSTINGS, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hustings_report_init (HustingsReport *self)
{
  self->form = g_strdup ("F3");
  self->code = g_strdup ("Q1");
  self->election_state = g_strdup ("");
  self->coverage_from = hustings_date_today ();
  self->coverage_to = g_strdup (self->coverage_from);
  self->original_fec_id = g_strdup ("");
  self->fec_id = g_strdup ("");
}

static void
replace (char **member, const char *value)
{
  g_free (*member);
  *member = g_strdup (value ? value : "");
}

/* NULL and "" both become NULL. */
static void
replace_nullable (char **member, const char *value)
{
  g_free (*member);
  *member = value && *value ? g_strdup (value) : NULL;
}

HustingsReport *
hustings_report_new (void)
{
  return g_object_new (HUSTINGS_TYPE_REPORT, NULL);
}

HustingsReport *
hustings_report_copy (HustingsReport *self)
{
  HustingsReport *copy = hustings_report_new ();

  copy->id = self->id;
  replace (&copy->form, self->form);
  replace (&copy->code, self->code);
  hustings_report_set_election (copy, self->election, self->election_date,
                                self->election_state);
  hustings_report_set_coverage (copy, self->coverage_from, self->coverage_to);
  hustings_report_set_amendment (copy, self->amendment, self->original_fec_id);
  replace (&copy->fec_id, self->fec_id);
  copy->termination = self->termination;
  copy->origin = self->origin;
  replace_nullable (&copy->date_signed, self->date_signed);
  replace_nullable (&copy->filed_at, self->filed_at);
  return copy;
}

gint64
hustings_report_get_id (HustingsReport *self)
{
  return self->id;
}

const char *
hustings_report_get_form (HustingsReport *self)
{
  return self->form;
}

void
hustings_report_set_form (HustingsReport *self, const char *form)
{
  replace (&self->form, form);
}

const char *
hustings_report_get_code (HustingsReport *self)
{
  return self->code;
}

void
hustings_report_set_code (HustingsReport *self, const char *code)
{
  g_autofree char *upper = g_ascii_strup (code ? code : "", -1);

  replace (&self->code, upper);
}

const char *
hustings_report_get_election (HustingsReport *self)
{
  return self->election;
}

const char *
hustings_report_get_election_date (HustingsReport *self)
{
  return self->election_date;
}

const char *
hustings_report_get_election_state (HustingsReport *self)
{
  return self->election_state;
}

void
hustings_report_set_election (HustingsReport *self,
                              const char     *code,
                              const char     *date,
                              const char     *state)
{
  replace_nullable (&self->election, code);
  replace_nullable (&self->election_date, date);
  replace (&self->election_state, state);
}

const char *
hustings_report_get_coverage_from (HustingsReport *self)
{
  return self->coverage_from;
}

const char *
hustings_report_get_coverage_to (HustingsReport *self)
{
  return self->coverage_to;
}

void
hustings_report_set_coverage (HustingsReport *self,
                              const char     *from,
                              const char     *to)
{
  replace (&self->coverage_from, from);
  replace (&self->coverage_to, to);
}

int
hustings_report_get_amendment (HustingsReport *self)
{
  return self->amendment;
}

const char *
hustings_report_get_original_fec_id (HustingsReport *self)
{
  return self->original_fec_id;
}

void
hustings_report_set_amendment (HustingsReport *self,
                               int             amendment,
                               const char     *original_fec_id)
{
  self->amendment = MAX (amendment, 0);
  replace (&self->original_fec_id, original_fec_id);
}

const char *
hustings_report_get_fec_id (HustingsReport *self)
{
  return self->fec_id;
}

gboolean
hustings_report_get_termination (HustingsReport *self)
{
  return self->termination;
}

void
hustings_report_set_termination (HustingsReport *self,
                                 gboolean        termination)
{
  self->termination = !!termination;
}

HustingsReportOrigin
hustings_report_get_origin (HustingsReport *self)
{
  return self->origin;
}

const char *
hustings_report_get_date_signed (HustingsReport *self)
{
  return self->date_signed;
}

void
hustings_report_set_date_signed (HustingsReport *self, const char *date)
{
  replace_nullable (&self->date_signed, date);
}

const char *
hustings_report_get_filed_at (HustingsReport *self)
{
  return self->filed_at;
}

gboolean
hustings_report_is_filed (HustingsReport *self)
{
  return self->filed_at != NULL || self->origin == HUSTINGS_REPORT_ORIGIN_IMPORTED;
}

const char *
hustings_report_get_form_type (HustingsReport *self)
{
  gboolean f3x = g_strcmp0 (self->form, "F3X") == 0;

  if (self->amendment > 0)
    return f3x ? "F3XA" : "F3A";
  if (self->termination)
    return f3x ? "F3XT" : "F3T";
  return f3x ? "F3XN" : "F3N";
}

/* Form 3 aggregates by the two-year election cycle, Form 3X by calendar year; the period is
 * the one the coverage starts in (a post-general report that runs past election day still
 * belongs to the cycle of that election). */
int
hustings_report_get_period_year (HustingsReport *self)
{
  if (g_strcmp0 (self->form, "F3X") == 0)
    return hustings_date_is_valid (self->coverage_from)
           ? (int) g_ascii_strtoll (self->coverage_from, NULL, 10) : -1;
  return hustings_cycle_for_date (self->coverage_from);
}

char *
hustings_report_dup_period_start (HustingsReport *self)
{
  int year = hustings_report_get_period_year (self);
  g_autofree char *general = NULL;
  g_autoptr(GDate) day = NULL;
  char text[16];

  if (year < 0)
    return NULL;
  if (g_strcmp0 (self->form, "F3X") == 0)
    return g_strdup_printf ("%04d-01-01", year);

  /* The day after the previous general election. */
  general = hustings_general_election_day (year - 2);
  day = g_date_new_dmy ((GDateDay) g_ascii_strtoll (general + 8, NULL, 10),
                        (GDateMonth) g_ascii_strtoll (general + 5, NULL, 10),
                        (GDateYear) (year - 2));
  g_date_add_days (day, 1);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", day);
  return g_strdup (text);
}

gboolean
hustings_report_code_is_valid (const char *form,
                               const char *code)
{
  const char * const *codes = g_strcmp0 (form, "F3X") == 0 ? f3x_codes
                            : g_strcmp0 (form, "F3") == 0 ? f3_codes : NULL;

  return codes != NULL && code != NULL && g_strv_contains (codes, code);
}

gboolean
hustings_report_code_needs_election (const char *code)
{
  return code != NULL && (g_str_has_prefix (code, "12") || g_str_has_prefix (code, "30"));
}

/* ---- For the store ---- */

void
hustings_report_set_id (HustingsReport *self, gint64 id)
{
  self->id = id;
}

void
hustings_report_set_filed (HustingsReport       *self,
                           HustingsReportOrigin  origin,
                           const char           *fec_id,
                           const char           *filed_at)
{
  self->origin = origin;
  replace (&self->fec_id, fec_id);
  replace_nullable (&self->filed_at, filed_at);
}
