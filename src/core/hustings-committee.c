/* hustings-committee.c: the committee profile (plain data and its rules).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-committee"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hustings-committee.h"
#include "hustings-dates.h"
#include "hustings-error.h"
#include "hustings-validate.h"

static const char *type_names[] = { "house", "senate", "pac", "party" };

HustingsElection *
hustings_election_new (const char *code,
                       const char *date,
                       const char *state)
{
  HustingsElection *self = g_new0 (HustingsElection, 1);

  self->code = g_strdup (code ? code : "");
  self->date = g_strdup (date ? date : "");
  self->state = g_strdup (state ? state : "");
  return self;
}

HustingsElection *
hustings_election_copy (const HustingsElection *self)
{
  return hustings_election_new (self->code, self->date, self->state);
}

void
hustings_election_free (HustingsElection *self)
{
  if (self == NULL)
    return;
  g_free (self->code);
  g_free (self->date);
  g_free (self->state);
  g_free (self);
}

HustingsCommittee *
hustings_committee_new (void)
{
  HustingsCommittee *self = g_new0 (HustingsCommittee, 1);

  self->name = g_strdup ("");
  self->fec_id = g_strdup ("");
  self->type = HUSTINGS_COMMITTEE_HOUSE;
  self->street1 = g_strdup ("");
  self->street2 = g_strdup ("");
  self->city = g_strdup ("");
  self->state = g_strdup ("");
  self->zip = g_strdup ("");
  self->email = g_strdup ("");
  self->treasurer_first = g_strdup ("");
  self->treasurer_last = g_strdup ("");
  self->candidate_first = g_strdup ("");
  self->candidate_last = g_strdup ("");
  self->candidate_office = g_strdup ("");
  self->candidate_state = g_strdup ("");
  self->candidate_district = g_strdup ("");
  self->filing_frequency = g_strdup ("Q");
  self->elections = g_ptr_array_new_with_free_func ((GDestroyNotify) hustings_election_free);
  return self;
}

/* The string members, for copying and freeing alike. */
#define STRING_MEMBERS(X) \
  X (name) X (fec_id) X (street1) X (street2) X (city) X (state) X (zip) X (email) \
  X (treasurer_first) X (treasurer_last) X (candidate_first) X (candidate_last) \
  X (candidate_office) X (candidate_state) X (candidate_district) X (filing_frequency)

HustingsCommittee *
hustings_committee_copy (const HustingsCommittee *self)
{
  HustingsCommittee *copy = hustings_committee_new ();

#define COPY(m) g_free (copy->m); copy->m = g_strdup (self->m ? self->m : "");
  STRING_MEMBERS (COPY)
#undef COPY
  copy->type = self->type;
  for (guint i = 0; i < self->elections->len; i++)
    g_ptr_array_add (copy->elections,
                     hustings_election_copy (g_ptr_array_index (self->elections, i)));
  return copy;
}

void
hustings_committee_free (HustingsCommittee *self)
{
  if (self == NULL)
    return;
#define FREE(m) g_free (self->m);
  STRING_MEMBERS (FREE)
#undef FREE
  g_ptr_array_unref (self->elections);
  g_free (self);
}

const char *
hustings_committee_form (const HustingsCommittee *self)
{
  return self->type == HUSTINGS_COMMITTEE_HOUSE || self->type == HUSTINGS_COMMITTEE_SENATE
         ? "F3" : "F3X";
}

const char *
hustings_committee_type_to_string (HustingsCommitteeType type)
{
  g_return_val_if_fail (type <= HUSTINGS_COMMITTEE_PARTY, "house");
  return type_names[type];
}

gboolean
hustings_committee_type_from_string (const char            *text,
                                     HustingsCommitteeType *out_type)
{
  for (guint i = 0; i < G_N_ELEMENTS (type_names); i++)
    if (g_strcmp0 (text, type_names[i]) == 0)
      {
        *out_type = (HustingsCommitteeType) i;
        return TRUE;
      }
  return FALSE;
}

static gint
compare_elections (gconstpointer a, gconstpointer b)
{
  const HustingsElection *ea = *(HustingsElection * const *) a;
  const HustingsElection *eb = *(HustingsElection * const *) b;
  int r = strcmp (ea->date, eb->date);

  return r != 0 ? r : strcmp (ea->code, eb->code);
}

void
hustings_committee_add_election (HustingsCommittee *self,
                                 const char        *code,
                                 const char        *date,
                                 const char        *state)
{
  g_ptr_array_add (self->elections, hustings_election_new (code, date, state));
  g_ptr_array_sort (self->elections, compare_elections);
}

const HustingsElection *
hustings_committee_presumed_election (const HustingsCommittee *self,
                                      const char              *date)
{
  const HustingsElection *best = NULL;

  for (guint i = 0; i < self->elections->len; i++)
    {
      const HustingsElection *e = g_ptr_array_index (self->elections, i);

      if (strcmp (e->date, date) >= 0 && (best == NULL || strcmp (e->date, best->date) < 0))
        best = e;
    }
  return best;
}

int
hustings_committee_active_cycle (const HustingsCommittee *self)
{
  const HustingsElection *latest = NULL;
  g_autofree char *today = NULL;

  for (guint i = 0; i < self->elections->len; i++)
    {
      const HustingsElection *e = g_ptr_array_index (self->elections, i);

      if (latest == NULL || strcmp (e->date, latest->date) > 0)
        latest = e;
    }
  if (latest != NULL)
    return hustings_cycle_for_date (latest->date);

  today = hustings_date_today ();
  return hustings_cycle_for_date (today);
}

static gboolean
invalid (GError **error, const char *message)
{
  g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID, message);
  return FALSE;
}

gboolean
hustings_committee_validate (const HustingsCommittee *self,
                             GError                 **error)
{
  g_autoptr(GHashTable) codes = g_hash_table_new (g_str_hash, g_str_equal);

  if (self->name == NULL || strspn (self->name, " \t\r\n") == strlen (self->name))
    return invalid (error, _("The committee needs a name"));
  if (self->fec_id && *self->fec_id && !hustings_fec_committee_id_is_valid (self->fec_id))
    return invalid (error, _("The FEC committee ID is a “C” followed by eight digits, "
                             "such as C00123456"));
  if (self->type > HUSTINGS_COMMITTEE_PARTY)
    return invalid (error, _("The committee type is not known"));
  if (self->state && *self->state && !hustings_state_is_valid (self->state))
    return invalid (error,
                    _("The committee’s state must be a two-letter postal code such as TX"));
  if (self->zip && *self->zip && !hustings_zip_is_valid (self->zip))
    return invalid (error, _("The committee’s ZIP code must have 5 or 9 digits"));
  if (self->email && *self->email && !hustings_email_is_valid (self->email))
    return invalid (error, _("The committee’s email address is not valid"));
  if (self->candidate_office && *self->candidate_office &&
      strcmp (self->candidate_office, "H") != 0 && strcmp (self->candidate_office, "S") != 0 &&
      strcmp (self->candidate_office, "P") != 0)
    return invalid (error, _("The candidate’s office must be House, Senate or President"));
  if (self->candidate_state && *self->candidate_state &&
      !hustings_state_is_valid (self->candidate_state))
    return invalid (error,
                    _("The candidate’s state must be a two-letter postal code such as TX"));
  if (self->candidate_district && *self->candidate_district &&
      !(strlen (self->candidate_district) <= 2 &&
        g_ascii_isdigit (self->candidate_district[0]) &&
        (self->candidate_district[1] == '\0' || g_ascii_isdigit (self->candidate_district[1]))))
    return invalid (error, _("The candidate’s district is a number from 00 to 99"));
  if (g_strcmp0 (self->filing_frequency, "Q") != 0 && g_strcmp0 (self->filing_frequency, "M") != 0)
    return invalid (error, _("The filing frequency must be quarterly or monthly"));

  for (guint i = 0; i < self->elections->len; i++)
    {
      const HustingsElection *e = g_ptr_array_index (self->elections, i);

      if (!hustings_election_code_is_valid (e->code))
        {
          g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                       _("“%s” is not an election code; use a letter for the kind of election "
                         "(P primary, G general, R runoff, S special, C convention, E recount, "
                         "O other) and the year, such as P2026"), e->code);
          return FALSE;
        }
      if (!hustings_date_is_valid (e->date))
        {
          g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                       _("The date of election %s must be a real date written YYYY-MM-DD"),
                       e->code);
          return FALSE;
        }
      if (strncmp (e->code + 1, e->date, 4) != 0)
        {
          g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                       _("Election %s is dated %s, which is not in the year its code names"),
                       e->code, e->date);
          return FALSE;
        }
      if (e->state && *e->state && !hustings_state_is_valid (e->state))
        {
          g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                       _("The state of election %s must be a two-letter postal code"), e->code);
          return FALSE;
        }
      if (!g_hash_table_add (codes, e->code))
        {
          g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                       _("Election %s is listed twice"), e->code);
          return FALSE;
        }
    }

  return TRUE;
}
