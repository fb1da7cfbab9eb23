/* hustings-demo-data.h: the word lists the demo campaign is drawn from (private to core and
 * its tests).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hustings-contact.h"

G_BEGIN_DECLS

/* A real US city with one of its real ZIP codes and a real area code. */
typedef struct {
  const char *city;
  const char *state;
  const char *zip;
  const char *area_code;
} HustingsDemoPlace;

/* Employers and occupations share sectors, so a school district employs teachers. Occupations
 * of HUSTINGS_DEMO_SECTOR_ANY fit any employer. */
typedef enum {
  HUSTINGS_DEMO_SECTOR_ANY,
  HUSTINGS_DEMO_SECTOR_HEALTH,
  HUSTINGS_DEMO_SECTOR_EDUCATION,
  HUSTINGS_DEMO_SECTOR_TECH,
  HUSTINGS_DEMO_SECTOR_AGRICULTURE,
  HUSTINGS_DEMO_SECTOR_CONSTRUCTION,
  HUSTINGS_DEMO_SECTOR_LAW,
  HUSTINGS_DEMO_SECTOR_FINANCE,
  HUSTINGS_DEMO_SECTOR_RETAIL,
  HUSTINGS_DEMO_SECTOR_GOVERNMENT,
  HUSTINGS_DEMO_SECTOR_TRANSPORT,
  HUSTINGS_DEMO_SECTOR_MEDIA,
  HUSTINGS_DEMO_SECTOR_ENERGY,
  HUSTINGS_DEMO_SECTOR_NONPROFIT,
  HUSTINGS_DEMO_N_SECTORS
} HustingsDemoSector;

typedef struct {
  const char        *name;
  HustingsDemoSector sector;
} HustingsDemoJob;

/* An organization or committee that appears among the contacts. */
typedef struct {
  HustingsEntityType entity_type;
  const char        *name;
  const char        *fec_id;  /* "" for organizations */
  const char        *city;    /* a city of hustings_demo_places */
  const char        *state;
} HustingsDemoOrganization;

/* Given names and surnames, most common first. */
extern const char * const hustings_demo_female_names[];
extern const guint hustings_demo_n_female_names;
extern const char * const hustings_demo_male_names[];
extern const guint hustings_demo_n_male_names;
extern const char * const hustings_demo_last_names[];
extern const guint hustings_demo_n_last_names;

extern const HustingsDemoPlace hustings_demo_places[];
extern const guint hustings_demo_n_places;

extern const char * const hustings_demo_street_names[];
extern const guint hustings_demo_n_street_names;
extern const char * const hustings_demo_street_suffixes[];
extern const guint hustings_demo_n_street_suffixes;

extern const HustingsDemoJob hustings_demo_employers[];
extern const guint hustings_demo_n_employers;
extern const HustingsDemoJob hustings_demo_occupations[];
extern const guint hustings_demo_n_occupations;

extern const HustingsDemoOrganization hustings_demo_organizations[];
extern const guint hustings_demo_n_organizations;

/* The vendors and agencies the campaign pays, most needed first: a small demo has the first
 * few only (see hustings-demo.c for what each is paid for). */
typedef enum {
  HUSTINGS_DEMO_PAYEE_LANDLORD,
  HUSTINGS_DEMO_PAYEE_META,
  HUSTINGS_DEMO_PAYEE_PRINTER,
  HUSTINGS_DEMO_PAYEE_ACTBLUE,
  HUSTINGS_DEMO_PAYEE_POSTAL,
  HUSTINGS_DEMO_PAYEE_PAYROLL,
  HUSTINGS_DEMO_PAYEE_TREASURY,
  HUSTINGS_DEMO_PAYEE_GOOGLE,
  HUSTINGS_DEMO_PAYEE_CARD,
  HUSTINGS_DEMO_PAYEE_POLLSTER,
  HUSTINGS_DEMO_PAYEE_CATERER,
  HUSTINGS_DEMO_PAYEE_OFFICE_SUPPLY,
  HUSTINGS_DEMO_PAYEE_SOFTWARE,
  HUSTINGS_DEMO_N_PAYEES
} HustingsDemoPayee;

extern const HustingsDemoOrganization hustings_demo_payees[HUSTINGS_DEMO_N_PAYEES];

extern const char * const hustings_demo_email_domains[];
extern const guint hustings_demo_n_email_domains;

extern const char * const hustings_demo_notes[];
extern const guint hustings_demo_n_notes;

extern const char * const hustings_demo_in_kind_memos[];
extern const guint hustings_demo_n_in_kind_memos;

/* The place of a city, or NULL if the table does not have it. */
const HustingsDemoPlace *hustings_demo_find_place (const char *city,
                                                   const char *state);

G_END_DECLS
