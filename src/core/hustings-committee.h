/* hustings-committee.h: the committee profile and its elections (plain data).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-types.h"

G_BEGIN_DECLS

typedef enum {
  HUSTINGS_COMMITTEE_HOUSE,   /* principal campaign committee, House: Form 3 */
  HUSTINGS_COMMITTEE_SENATE,  /* principal campaign committee, Senate: Form 3 */
  HUSTINGS_COMMITTEE_PAC,     /* PAC: Form 3X */
  HUSTINGS_COMMITTEE_PARTY,   /* party committee: Form 3X */
} HustingsCommitteeType;

struct _HustingsElection {
  char *code;   /* "P2026" */
  char *date;   /* "2026-06-02" */
  char *state;  /* "CA" or "" */
};

struct _HustingsCommittee {
  char                  *name;
  char                  *fec_id;          /* "C00123456" or "" */
  HustingsCommitteeType  type;
  char                  *street1;
  char                  *street2;
  char                  *city;
  char                  *state;
  char                  *zip;
  char                  *email;
  char                  *treasurer_first;
  char                  *treasurer_last;
  char                  *candidate_first;
  char                  *candidate_last;
  char                  *candidate_office;   /* "H", "S", "P" or "" */
  char                  *candidate_state;
  char                  *candidate_district; /* "07" or "" */
  char                  *filing_frequency;   /* "Q" quarterly or "M" monthly */
  GPtrArray             *elections;          /* HustingsElection*, sorted by date */
};

HustingsCommittee *hustings_committee_new             (void);
HustingsCommittee *hustings_committee_copy            (const HustingsCommittee *self);
void               hustings_committee_free            (HustingsCommittee       *self);
/* "F3" for House and Senate committees, "F3X" otherwise. */
const char        *hustings_committee_form            (const HustingsCommittee *self);
/* The form's committee types: "house", "senate", "pac", "party". */
const char        *hustings_committee_type_to_string  (HustingsCommitteeType    type);
gboolean           hustings_committee_type_from_string (const char             *text,
                                                        HustingsCommitteeType  *out_type);
/* Checks every field; on failure says which and why (HUSTINGS_ERROR_INVALID). */
gboolean           hustings_committee_validate        (const HustingsCommittee *self,
                                                       GError                 **error);
void               hustings_committee_add_election    (HustingsCommittee       *self,
                                                       const char              *code,
                                                       const char              *date,
                                                       const char              *state);
/* The election a gift received on date counts toward when the donor did not say: the first
 * election on or after that date (the FEC's presumption). NULL when none is later. */
const HustingsElection *hustings_committee_presumed_election (const HustingsCommittee *self,
                                                              const char              *date);
/* The cycle the committee is working in: that of its latest election, or of today. */
int                hustings_committee_active_cycle    (const HustingsCommittee *self);

HustingsElection  *hustings_election_new              (const char *code,
                                                       const char *date,
                                                       const char *state);
HustingsElection  *hustings_election_copy             (const HustingsElection *self);
void               hustings_election_free             (HustingsElection       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HustingsCommittee, hustings_committee_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HustingsElection, hustings_election_free)

G_END_DECLS
