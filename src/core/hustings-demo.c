/* hustings-demo.c: a deterministic, realistic synthetic campaign.
 *
 * Everything is drawn from a PCG32 generator seeded with the caller's seed, in integer
 * arithmetic only, so a seed gives the same campaign on every machine.
 *
 * Donations are generated day by day through the committee's active cycle, so their ids follow
 * their dates as they would in a real file. Monthly donors (up to a quarter of the gifts) are
 * charged on their day of the month. The other gifts are shared among the days by a weight that
 * rises toward quarter ends, month ends and elections, and the donor of each is drawn in
 * proportion to a per-contact weight (most give once or twice, some a handful of times), from a
 * Fenwick tree so the draw stays cheap for half a million contacts. What each donor has given
 * toward each election is kept in memory (a few bytes per contact), and no gift takes a donor
 * over the limit.
 *
 * Then the campaign spends, month by month: rent, staff pay and payroll taxes, online ads,
 * mailers and their postage, ActBlue's fees on what came in online, polls before elections,
 * events, a card bill itemized in memo entries, and two refunds of contributions from before
 * the file began. Its vendors hold contact slots of their own, as organizations do; what it
 * spends is scaled to what it raised, so that a small demo campaign does not overspend.
 *
 * Last comes the campaign's relationship side: volunteers with skills and availability, events
 * around the elections (fundraisers whose checks are linked to them, canvasses and phone banks
 * with shifts worked, a town hall) and two still to come, the interaction log, open tasks and
 * a few saved segments. Contacts in the committee's state get a congressional district.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-demo"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "hustings-conduit.h"
#include "hustings-contact-store.h"
#include "hustings-dates.h"
#include "hustings-demo-data.h"
#include "hustings-demo.h"
#include "hustings-disbursement-store.h"
#include "hustings-donation-store.h"
#include "hustings-error.h"
#include "hustings-event-store.h"
#include "hustings-filing-calendar.h"
#include "hustings-interaction-store.h"
#include "hustings-report.h"
#include "hustings-segment-store.h"
#include "hustings-task-store.h"
#include "hustings-volunteer-store.h"

/* The per-election limit on an individual's contributions to a candidate, 2025-2026. */
#define LIMIT_CENTS 350000
#define CCM_LIMIT_CENTS 200000
/* The smallest gift the generator makes, and so the room a donor needs to give again. */
#define MIN_GIFT_CENTS 500
/* Cash gifts above this would be unusual (and over $100 anonymous cash is not allowed). */
#define MAX_CASH_CENTS 10000
/* Contacts at index i with i % ORG_SPACING == ORG_OFFSET are organizations, while they last. */
#define ORG_SPACING 97
#define ORG_OFFSET 13
/* And those with i % ORG_SPACING == PAYEE_OFFSET are the campaign's vendors, while they last. */
#define PAYEE_OFFSET 55
/* ActBlue's fee on a contribution, in hundredths of a percent. */
#define PROCESSOR_FEE 395
/* How many fundraisers' gifts are gathered while the donations are made, and at most how many
 * gifts each (the rest of a big campaign's gifts that day came in elsewhere). */
#define N_FUNDRAISERS 2
#define FUNDRAISER_GIFTS_MAX 100
/* How often the cancellable is looked at, in rows. */
#define CANCEL_CHECK_ROWS 1024

/* ---- A small PRNG: PCG32 (O'Neill), XSH RR variant ---- */

typedef struct {
  guint64 state;
  guint64 inc;
} Rng;

static guint32
rng_next (Rng *rng)
{
  guint64 old = rng->state;
  guint32 xorshifted;
  guint32 rot;

  rng->state = old * G_GUINT64_CONSTANT (6364136223846793005) + rng->inc;
  xorshifted = (guint32) (((old >> 18) ^ old) >> 27);
  rot = (guint32) (old >> 59);
  return (xorshifted >> rot) | (xorshifted << ((-rot) & 31));
}

static void
rng_init (Rng     *rng,
          guint32  seed,
          guint64  stream)
{
  rng->state = 0;
  rng->inc = (stream << 1) | 1;
  rng_next (rng);
  rng->state += G_GUINT64_CONSTANT (0x853c49e6748fea9b) ^ seed;
  rng_next (rng);
}

/* Uniform in [0, bound), without modulo bias. */
static guint32
rng_below (Rng     *rng,
           guint32  bound)
{
  guint32 threshold;

  g_assert (bound > 0);
  threshold = (-bound) % bound;
  for (;;)
    {
      guint32 r = rng_next (rng);

      if (r >= threshold)
        return r % bound;
    }
}

static guint64
rng_below64 (Rng     *rng,
             guint64  bound)
{
  guint64 threshold;

  g_assert (bound > 0);
  if (bound <= G_MAXUINT32)
    return rng_below (rng, (guint32) bound);
  threshold = (-bound) % bound;
  for (;;)
    {
      guint64 high = rng_next (rng);
      guint64 r = (high << 32) | rng_next (rng);

      if (r >= threshold)
        return r % bound;
    }
}

/* TRUE with a probability of per_mille / 1000. */
static gboolean
rng_chance (Rng   *rng,
            guint  per_mille)
{
  return rng_below (rng, 1000) < per_mille;
}

/* ---- Weighted tables ---- */

typedef struct {
  gint64 value;
  guint  weight;
} Weighted;

static gint64
pick_weighted (Rng            *rng,
               const Weighted *table,
               gsize           n)
{
  guint total = 0;
  guint r;

  for (gsize i = 0; i < n; i++)
    total += table[i].weight;
  r = rng_below (rng, total);
  for (gsize i = 0; i < n; i++)
    {
      if (r < table[i].weight)
        return table[i].value;
      r -= table[i].weight;
    }
  g_assert_not_reached ();
}

/* An amount drawn at random in whole cents, odd amounts such as $19.26. */
#define ODD_AMOUNT (-1)

/* Most gifts are small and round. */
static const Weighted small_gifts[] = {
  { 500, 60 }, { 1000, 90 }, { 1500, 25 }, { 2000, 70 }, { 2500, 160 }, { 2700, 25 },
  { 3000, 20 }, { 3500, 15 }, { 4000, 10 }, { 5000, 150 }, { 7500, 30 }, { 10000, 120 },
  { 15000, 15 }, { 20000, 25 }, { 25000, 35 }, { 50000, 12 }, { 100000, 6 }, { ODD_AMOUNT, 40 },
};

/* Major donors give fewer, larger gifts, and now and then the maximum. */
static const Weighted large_gifts[] = {
  { 25000, 15 }, { 50000, 25 }, { 100000, 25 }, { 150000, 6 }, { 200000, 10 }, { 250000, 6 },
  { LIMIT_CENTS, 11 },
};

/* What monthly donors give each time. */
static const gint64 recurring_gifts[] = { 500, 1000, 1500, 2500, 5000, 10000 };

/* ---- Donor classes ---- */

typedef enum {
  DONOR_NONE,       /* never gives: a volunteer, a prospect, a vendor */
  DONOR_OCCASIONAL, /* once or twice */
  DONOR_REPEAT,     /* a handful of times */
  DONOR_RECURRING,  /* every month, the same amount */
  DONOR_MAJOR,      /* a few large gifts */
  N_DONOR_CLASSES
} DonorClass;

/* Relative number of one-off gifts; monthly donors give on their own schedule besides. */
static const guint donor_weight[N_DONOR_CLASSES] = { 0, 2, 6, 1, 2 };

static const Weighted individual_classes[] = {
  { DONOR_NONE, 250 }, { DONOR_OCCASIONAL, 520 }, { DONOR_REPEAT, 150 }, { DONOR_RECURRING, 50 },
  { DONOR_MAJOR, 30 },
};

/* A contact's byte of state: its class, its monthly amount, and whether it can give now. */
#define DONOR_CLASS(b)          ((DonorClass) ((b) & 0x07))
#define DONOR_MONTHLY_AMOUNT(b) (((b) >> 3) & 0x07)
#define DONOR_GAVE_CASH         0x40
#define DONOR_ACTIVE            0x80

/* ---- The generator ---- */

/* A monthly donor: charged on a fixed day of the month from one month of the window (counted
 * from 0) to another. */
typedef struct {
  guint index;
  guint first_month;
  guint last_month;
} Subscription;

typedef struct {
  HustingsCommitteeFile   *file;
  const HustingsCommittee *committee;
  guint32                  seed;
  Rng                      rng;

  /* Cumulative weights of the name tables, most common names weighing most. */
  guint32                 *female_cumulative;
  guint32                 *male_cumulative;
  guint32                 *last_cumulative;
  /* Places in the committee's state, and elsewhere (indices into hustings_demo_places). */
  GArray                  *home_places;
  GArray                  *other_places;
  const char              *home_state;

  /* The window: the committee's active cycle up to its last election. */
  GDate                    start;
  GDate                    end;
  /* The committee's elections in the window (borrowed), sorted by date. */
  GPtrArray               *elections;
  GDate                   *election_dates;
  guint                    n_buckets;
  guint                    n_months;

  /* Monthly donors by the day of the month they are charged, and their gifts to come. */
  GArray                  *monthly[28];
  guint64                  monthly_planned;

  /* Per contact. */
  guint                    n_contacts;
  gint64                  *contact_ids;
  guint8                  *donor;
  guint32                 *given;       /* n_contacts × n_buckets, cents toward each election */
  guint64                 *fenwick;     /* donor weights of the contacts who can give now */
  guint                    fenwick_top; /* highest power of two <= n_contacts */

  guint64                  n_donations;
  guint64                  donations_done;
  gint64                   raised;          /* net of refunds */
  gint64                  *online;          /* per month of the window: processor gifts */
  gint64                   payee_ids[HUSTINGS_DEMO_N_PAYEES]; /* 0 for those not made */
  guint64                  source_serial;
  guint                    refund_check;

  /* The fundraisers' dates, and the gifts made that day (HustingsDonation), at the door or
   * online from the room, to link to them. */
  GDate                    fundraiser_dates[N_FUNDRAISERS];
  GPtrArray               *fundraiser_gifts[N_FUNDRAISERS];

  /* Progress. */
  guint64                  rows_done;
  guint64                  rows_total;
  guint64                  next_report;
  HustingsDemoProgress     progress;
  gpointer                 progress_data;
  GCancellable            *cancellable;
} Demo;

static void
demo_clear (Demo *demo)
{
  g_clear_pointer (&demo->female_cumulative, g_free);
  g_clear_pointer (&demo->male_cumulative, g_free);
  g_clear_pointer (&demo->last_cumulative, g_free);
  g_clear_pointer (&demo->home_places, g_array_unref);
  g_clear_pointer (&demo->other_places, g_array_unref);
  g_clear_pointer (&demo->elections, g_ptr_array_unref);
  g_clear_pointer (&demo->election_dates, g_free);
  g_clear_pointer (&demo->contact_ids, g_free);
  g_clear_pointer (&demo->donor, g_free);
  g_clear_pointer (&demo->given, g_free);
  g_clear_pointer (&demo->fenwick, g_free);
  g_clear_pointer (&demo->online, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (demo->monthly); i++)
    g_clear_pointer (&demo->monthly[i], g_array_unref);
  for (guint i = 0; i < N_FUNDRAISERS; i++)
    g_clear_pointer (&demo->fundraiser_gifts[i], g_ptr_array_unref);
}

/* Zipf-like: the name of rank r weighs in proportion to 1 / (r + offset). */
static guint32 *
zipf_cumulative (guint n,
                 guint offset)
{
  guint32 *cumulative = g_new (guint32, n);
  guint32 sum = 0;

  for (guint i = 0; i < n; i++)
    {
      sum += 1000000 / (i + offset);
      cumulative[i] = sum;
    }
  return cumulative;
}

static guint
pick_cumulative (Rng           *rng,
                 const guint32 *cumulative,
                 guint          n)
{
  guint32 r = rng_below (rng, cumulative[n - 1]);
  guint lo = 0;
  guint hi = n - 1;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (cumulative[mid] > r)
        hi = mid;
      else
        lo = mid + 1;
    }
  return lo;
}

static gboolean
parse_date (const char *text,
            GDate      *out)
{
  guint year, month, day;

  if (!hustings_date_is_valid (text) ||
      sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3)
    return FALSE;
  g_date_clear (out, 1);
  g_date_set_dmy (out, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

static void
format_date (const GDate *date,
             char         out[11])
{
  g_snprintf (out, 11, "%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
              g_date_get_day (date));
}

/* The month of the window a day falls in, counted from 0. */
static guint
month_index (Demo        *demo,
             const GDate *day)
{
  return (g_date_get_year (day) - g_date_get_year (&demo->start)) * 12 +
         g_date_get_month (day) - g_date_get_month (&demo->start);
}

/* The window and the elections in it: from January 1 of the year before the active cycle's
 * election year to its last election (or the general election day when it has none). */
static void
demo_set_window (Demo *demo)
{
  int cycle = hustings_committee_active_cycle (demo->committee);
  GPtrArray *all = demo->committee->elections;

  g_date_clear (&demo->start, 1);
  g_date_set_dmy (&demo->start, 1, G_DATE_JANUARY, (GDateYear) (cycle - 1));
  g_date_clear (&demo->end, 1);

  demo->elections = g_ptr_array_new ();
  demo->election_dates = g_new (GDate, MAX (all->len, 1));
  for (guint i = 0; i < all->len; i++)
    {
      HustingsElection *election = g_ptr_array_index (all, i);
      GDate *date = &demo->election_dates[demo->elections->len];

      if (parse_date (election->date, date) && g_date_compare (date, &demo->start) >= 0 &&
          hustings_cycle_for_date (election->date) == cycle)
        {
          g_ptr_array_add (demo->elections, election);
          demo->end = *date;
        }
    }
  if (demo->elections->len == 0)
    {
      g_autofree char *general = hustings_general_election_day (cycle);

      parse_date (general, &demo->end);
    }
  demo->n_buckets = MAX (demo->elections->len, 1);
  demo->n_months = (g_date_get_year (&demo->end) - g_date_get_year (&demo->start)) * 12 +
                   g_date_get_month (&demo->end) - g_date_get_month (&demo->start) + 1;
}

static void
demo_set_places (Demo *demo)
{
  demo->home_state = demo->committee->state[0] ? demo->committee->state
                                               : demo->committee->candidate_state;
  demo->home_places = g_array_new (FALSE, FALSE, sizeof (guint));
  demo->other_places = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < hustings_demo_n_places; i++)
    {
      if (strcmp (hustings_demo_places[i].state, demo->home_state) == 0)
        g_array_append_val (demo->home_places, i);
      else
        g_array_append_val (demo->other_places, i);
    }
}

/* Counts a row done; reports progress now and then. FALSE when cancelled. */
static gboolean
demo_tick (Demo    *demo,
           GError **error)
{
  demo->rows_done++;
  if (demo->rows_done % CANCEL_CHECK_ROWS == 0 && g_cancellable_is_cancelled (demo->cancellable))
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CANCELLED,
                           _("Creating the demo campaign was cancelled"));
      return FALSE;
    }
  if (demo->progress != NULL && demo->rows_done >= demo->next_report)
    {
      demo->progress ((double) demo->rows_done / (double) demo->rows_total, demo->progress_data);
      demo->next_report += MAX (demo->rows_total / 200, 1);
    }
  return TRUE;
}

/* ---- Contacts ---- */

static const HustingsDemoPlace *
pick_place (Demo *demo)
{
  GArray *group;

  if (demo->home_places->len > 0 &&
      (demo->other_places->len == 0 || rng_chance (&demo->rng, 700)))
    group = demo->home_places;
  else
    group = demo->other_places;
  return &hustings_demo_places[g_array_index (group, guint,
                                               rng_below (&demo->rng, group->len))];
}

static const char *
pick_given_name (Demo     *demo,
                 gboolean  female)
{
  if (female)
    return hustings_demo_female_names[pick_cumulative (&demo->rng, demo->female_cumulative,
                                                       hustings_demo_n_female_names)];
  return hustings_demo_male_names[pick_cumulative (&demo->rng, demo->male_cumulative,
                                                   hustings_demo_n_male_names)];
}

static char *
make_street (Demo *demo)
{
  guint digits = 1 + rng_below (&demo->rng, 4);
  guint number = 1;
  const char *name;
  const char *suffix;

  for (guint i = 0; i < digits; i++)
    number *= 10;
  number = number / 10 + rng_below (&demo->rng, number - number / 10);
  if (rng_chance (&demo->rng, 20))
    return g_strdup_printf ("PO Box %u", number);
  /* One draw after the other: the order of a call's arguments is not fixed in C. */
  name = hustings_demo_street_names[rng_below (&demo->rng, hustings_demo_n_street_names)];
  suffix = hustings_demo_street_suffixes[rng_below (&demo->rng,
                                                    hustings_demo_n_street_suffixes)];
  return g_strdup_printf ("%u %s %s", number, name, suffix);
}

static char *
make_street2 (Demo *demo)
{
  static const char * const kinds[] = { "Apt", "Apt", "Unit", "#" };
  guint floor = 1 + rng_below (&demo->rng, 12);
  const char *kind;
  guint door;

  if (rng_chance (&demo->rng, 500))
    return g_strdup_printf ("Apt %u%c", floor, 'A' + rng_below (&demo->rng, 6));
  kind = kinds[rng_below (&demo->rng, G_N_ELEMENTS (kinds))];
  door = 1 + rng_below (&demo->rng, 30);
  return g_strdup_printf ("%s %u%02u", kind, floor, door);
}

static char *
make_phone (Demo                    *demo,
            const HustingsDemoPlace *place)
{
  /* 555-0100 to 555-0199 are reserved for fiction: they reach no one. */
  return g_strdup_printf ("%s-555-01%02u", place->area_code, rng_below (&demo->rng, 100));
}

/* ASCII letters and digits of text, lower case ("O'Brien" -> "obrien", "Peña" -> "pena"). */
static char *
email_part (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));
  return g_string_free (out, FALSE);
}

static char *
make_email (Demo       *demo,
            const char *first,
            const char *last)
{
  g_autofree char *f = email_part (first);
  g_autofree char *l = email_part (last);
  const char *domain = rng_chance (&demo->rng, 450)
                       ? hustings_demo_email_domains[0]
                       : hustings_demo_email_domains[rng_below (&demo->rng,
                                                                hustings_demo_n_email_domains)];
  guint number = 1 + rng_below (&demo->rng, 99);

  switch (rng_below (&demo->rng, 6))
    {
    case 0:
      return g_strdup_printf ("%s.%s@%s", f, l, domain);
    case 1:
      return g_strdup_printf ("%s%s@%s", f, l, domain);
    case 2:
      return g_strdup_printf ("%c%s@%s", f[0], l, domain);
    case 3:
      return g_strdup_printf ("%s.%s%u@%s", f, l, number, domain);
    case 4:
      return g_strdup_printf ("%s_%s@%s", f, l, domain);
    default:
      return g_strdup_printf ("%s%s%u@%s", f, l, 1940 + number % 66, domain);
    }
}

static void
set_employment (Demo            *demo,
                HustingsContact *contact)
{
  const char *employer;
  const char *occupation;
  HustingsDemoSector sector = HUSTINGS_DEMO_SECTOR_ANY;
  guint r = rng_below (&demo->rng, 1000);

  if (r < 200)
    employer = occupation = "Retired";
  else if (r < 220)
    {
      employer = "Not employed";
      occupation = "Homemaker";
    }
  else if (r < 240)
    employer = occupation = "Not employed";
  else if (r < 260)
    employer = occupation = "Information requested";
  else
    {
      if (r < 350)
        employer = "Self-employed";
      else
        {
          const HustingsDemoJob *job =
            &hustings_demo_employers[rng_below (&demo->rng, hustings_demo_n_employers)];

          employer = job->name;
          sector = job->sector;
        }
      /* Self-employed people and a third of the others hold a job of any sector. */
      if (sector == HUSTINGS_DEMO_SECTOR_ANY || rng_chance (&demo->rng, 330))
        occupation = hustings_demo_occupations[rng_below (&demo->rng,
                                                          hustings_demo_n_occupations)].name;
      else
        {
          guint n = 0;
          guint pick;

          for (guint i = 0; i < hustings_demo_n_occupations; i++)
            n += hustings_demo_occupations[i].sector == sector;
          pick = rng_below (&demo->rng, n);
          occupation = NULL;
          for (guint i = 0; occupation == NULL; i++)
            if (hustings_demo_occupations[i].sector == sector && pick-- == 0)
              occupation = hustings_demo_occupations[i].name;
        }
    }
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_EMPLOYER, employer);
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_OCCUPATION, occupation);

  if ((g_str_equal (occupation, "Physician") || g_str_equal (occupation, "Dentist") ||
       g_str_equal (occupation, "Surgeon") || g_str_equal (occupation, "Veterinarian") ||
       g_str_equal (occupation, "Psychologist")) && rng_chance (&demo->rng, 400))
    hustings_contact_set_field (contact, HUSTINGS_CONTACT_PREFIX, "Dr.");
}

static void
set_tags (Demo            *demo,
          HustingsContact *contact,
          DonorClass       klass)
{
  const char *tags[8];
  guint n = 0;

  if (klass == DONOR_MAJOR)
    {
      tags[n++] = "major donor";
      if (rng_chance (&demo->rng, 250))
        tags[n++] = "host committee";
    }
  if (klass == DONOR_RECURRING)
    tags[n++] = "monthly donor";
  if (rng_chance (&demo->rng, 350))
    tags[n++] = "newsletter";
  if (rng_chance (&demo->rng, 70))
    tags[n++] = "volunteer";
  if (rng_chance (&demo->rng, 40))
    tags[n++] = "yard sign";
  if (rng_chance (&demo->rng, 25))
    tags[n++] = "phone bank";
  if (rng_chance (&demo->rng, 30))
    tags[n++] = "kickoff event";
  tags[n] = NULL;
  hustings_contact_set_tags (contact, tags);
}

/* Signs contact index up for monthly gifts while they make less than a quarter of all gifts;
 * FALSE when there are enough monthly donors. */
static gboolean
subscribe (Demo  *demo,
           guint  index)
{
  Subscription sub;
  guint day;

  if (demo->monthly_planned >= demo->n_donations / 4)
    return FALSE;
  sub.index = index;
  sub.first_month = rng_below (&demo->rng, demo->n_months * 2 / 3 + 1);
  sub.last_month = sub.first_month + 2 + rng_below (&demo->rng, demo->n_months);
  sub.last_month = MIN (sub.last_month, demo->n_months - 1);
  day = rng_below (&demo->rng, G_N_ELEMENTS (demo->monthly));
  g_array_append_val (demo->monthly[day], sub);
  demo->monthly_planned += sub.last_month - sub.first_month + 1;
  return TRUE;
}

/* The committee's district for most contacts of its state, its neighbours' for the others;
 * drawn from the contact's index, not the generator, so the rest of the campaign stays as it
 * was. */
static void
set_district (Demo            *demo,
              HustingsContact *contact,
              guint            index)
{
  int home = atoi (demo->committee->candidate_district);
  int district = home;
  char text[8];

  if (home <= 0)
    return;
  if (index % 10 >= 9)
    district = home > 1 ? home - 1 : home + 2;
  else if (index % 10 >= 7)
    district = home + 1;
  g_snprintf (text, sizeof text, "%02d", district);
  hustings_contact_set_district (contact, text);
}

static HustingsContact *
make_individual (Demo       *demo,
                 guint       index,
                 DonorClass *out_class)
{
  g_autoptr(HustingsContact) contact = hustings_contact_new (HUSTINGS_ENTITY_IND);
  const HustingsDemoPlace *place = pick_place (demo);
  gboolean female = rng_chance (&demo->rng, 520);
  const char *first = pick_given_name (demo, female);
  const char *last = hustings_demo_last_names[pick_cumulative (&demo->rng,
                                                               demo->last_cumulative,
                                                               hustings_demo_n_last_names)];
  g_autofree char *street = make_street (demo);
  char *emails[3] = { NULL, };
  char *phones[3] = { NULL, };
  DonorClass klass = (DonorClass) pick_weighted (&demo->rng, individual_classes,
                                                 G_N_ELEMENTS (individual_classes));

  /* Someone must give, however few the contacts; and only so many give every month. */
  if (index == 0 && klass == DONOR_NONE)
    klass = DONOR_OCCASIONAL;
  if (klass == DONOR_RECURRING && !subscribe (demo, index))
    klass = DONOR_REPEAT;

  hustings_contact_set_field (contact, HUSTINGS_CONTACT_FIRST_NAME, first);
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_LAST_NAME, last);
  if (rng_chance (&demo->rng, 200))
    {
      const char *middle = pick_given_name (demo, female);

      if (middle != first)
        hustings_contact_set_field (contact, HUSTINGS_CONTACT_MIDDLE_NAME, middle);
    }
  if (!female && rng_chance (&demo->rng, 20))
    hustings_contact_set_field (contact, HUSTINGS_CONTACT_SUFFIX,
                                rng_chance (&demo->rng, 700) ? "Jr." : "III");
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_STREET1, street);
  if (!g_str_has_prefix (street, "PO Box") && rng_chance (&demo->rng, 120))
    {
      g_autofree char *street2 = make_street2 (demo);

      hustings_contact_set_field (contact, HUSTINGS_CONTACT_STREET2, street2);
    }
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_CITY, place->city);
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_STATE, place->state);
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_ZIP, place->zip);
  if (strcmp (place->state, demo->home_state) == 0)
    set_district (demo, contact, index);
  set_employment (demo, contact);

  if (rng_chance (&demo->rng, 820))
    {
      emails[0] = make_email (demo, first, last);
      if (rng_chance (&demo->rng, 80))
        emails[1] = make_email (demo, first, last);
    }
  hustings_contact_set_emails (contact, (const char * const *) emails);
  if (rng_chance (&demo->rng, 650))
    {
      phones[0] = make_phone (demo, place);
      if (rng_chance (&demo->rng, 150))
        phones[1] = make_phone (demo, place);
    }
  hustings_contact_set_phones (contact, (const char * const *) phones);
  for (guint i = 0; i < 2; i++)
    {
      g_free (emails[i]);
      g_free (phones[i]);
    }

  set_tags (demo, contact, klass);
  if (rng_chance (&demo->rng, 40))
    hustings_contact_set_field (contact, HUSTINGS_CONTACT_NOTES,
                                hustings_demo_notes[rng_below (&demo->rng,
                                                               hustings_demo_n_notes)]);
  *out_class = klass;
  return g_steal_pointer (&contact);
}

static HustingsContact *
make_organization (Demo                           *demo,
                   const HustingsDemoOrganization *org,
                   DonorClass                     *out_class)
{
  g_autoptr(HustingsContact) contact = hustings_contact_new (org->entity_type);
  const HustingsDemoPlace *place = hustings_demo_find_place (org->city, org->state);
  g_autofree char *street = make_street (demo);
  g_autofree char *phone = make_phone (demo, place);
  g_autofree char *suite = g_strdup_printf ("Suite %u", 100 + 10 * rng_below (&demo->rng, 50));
  const char *phones[] = { phone, NULL };
  const char *vendor_tags[] = { "vendor", NULL };

  hustings_contact_set_field (contact, HUSTINGS_CONTACT_ORG_NAME, org->name);
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_FEC_ID, org->fec_id);
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_STREET1, street);
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_STREET2, suite);
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_CITY, place->city);
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_STATE, place->state);
  hustings_contact_set_field (contact, HUSTINGS_CONTACT_ZIP, place->zip);
  hustings_contact_set_phones (contact, phones);
  /* Corporations may not give to federal candidates: organizations are the campaign's vendors.
   * Committees give as major donors. */
  if (org->entity_type == HUSTINGS_ENTITY_ORG)
    {
      hustings_contact_set_tags (contact, vendor_tags);
      *out_class = DONOR_NONE;
    }
  else
    *out_class = DONOR_MAJOR;
  return g_steal_pointer (&contact);
}

/* The organization or committee that contact index is, if any. */
static const HustingsDemoOrganization *
organization_at (guint index)
{
  if (index % ORG_SPACING == ORG_OFFSET && index / ORG_SPACING < hustings_demo_n_organizations)
    return &hustings_demo_organizations[index / ORG_SPACING];
  return NULL;
}

/* The vendor that contact index is, if any: HUSTINGS_DEMO_N_PAYEES if none. */
static HustingsDemoPayee
payee_at (guint index)
{
  if (index % ORG_SPACING == PAYEE_OFFSET && index / ORG_SPACING < HUSTINGS_DEMO_N_PAYEES)
    return (HustingsDemoPayee) (index / ORG_SPACING);
  return HUSTINGS_DEMO_N_PAYEES;
}

static gboolean
add_contacts (Demo    *demo,
              GError **error)
{
  for (guint i = 0; i < demo->n_contacts; i++)
    {
      const HustingsDemoOrganization *org = organization_at (i);
      HustingsDemoPayee payee = payee_at (i);
      g_autoptr(HustingsContact) contact = NULL;
      DonorClass klass;
      guint8 monthly_amount = (guint8) rng_below (&demo->rng, G_N_ELEMENTS (recurring_gifts));

      if (org != NULL)
        contact = make_organization (demo, org, &klass);
      else if (payee < HUSTINGS_DEMO_N_PAYEES)
        contact = make_organization (demo, &hustings_demo_payees[payee], &klass);
      else
        contact = make_individual (demo, i, &klass);

      if (!hustings_contact_store_add (demo->file, contact, error))
        return FALSE;
      demo->contact_ids[i] = hustings_contact_get_id (contact);
      if (payee < HUSTINGS_DEMO_N_PAYEES)
        demo->payee_ids[payee] = demo->contact_ids[i];
      demo->donor[i] = (guint8) (klass | (monthly_amount << 3));
      if (!demo_tick (demo, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- Who gives: a Fenwick tree of the donor weights of those who can give now ---- */

static guint
contact_weight (Demo *demo,
                guint index)
{
  return (demo->donor[index] & DONOR_ACTIVE) ? donor_weight[DONOR_CLASS (demo->donor[index])] : 0;
}

static guint32
room_left (Demo  *demo,
           guint  index,
           guint  bucket)
{
  const HustingsDemoOrganization *org = organization_at (index);
  /* Another candidate's committee may give $2,000 per election, not an individual's limit. */
  gint64 limit = org != NULL && org->entity_type == HUSTINGS_ENTITY_CCM ? CCM_LIMIT_CENTS
                                                                         : LIMIT_CENTS;

  return limit - demo->given[(gsize) index * demo->n_buckets + bucket];
}

/* Makes every contact with room in bucket able to give, and rebuilds the tree in O(n). */
static void
donors_open (Demo  *demo,
             guint  bucket)
{
  guint n = demo->n_contacts;

  for (guint i = 0; i < n; i++)
    {
      if (room_left (demo, i, bucket) >= MIN_GIFT_CENTS)
        demo->donor[i] |= DONOR_ACTIVE;
      else
        demo->donor[i] &= ~DONOR_ACTIVE;
      demo->fenwick[i] = contact_weight (demo, i);
    }
  for (guint64 k = 1; k <= n; k++)
    {
      guint64 parent = k + (k & (~k + 1));

      if (parent <= n)
        demo->fenwick[parent - 1] += demo->fenwick[k - 1];
    }
}

static void
donor_set_active (Demo     *demo,
                  guint     index,
                  gboolean  active)
{
  gint64 delta;

  if (!!(demo->donor[index] & DONOR_ACTIVE) == !!active)
    return;
  delta = donor_weight[DONOR_CLASS (demo->donor[index])];
  if (active)
    demo->donor[index] |= DONOR_ACTIVE;
  else
    {
      demo->donor[index] &= ~DONOR_ACTIVE;
      delta = -delta;
    }
  for (guint64 k = (guint64) index + 1; k <= demo->n_contacts; k += k & (~k + 1))
    demo->fenwick[k - 1] += delta;
}

static guint64
donors_total (Demo *demo)
{
  guint64 total = 0;

  for (guint64 k = demo->n_contacts; k > 0; k &= k - 1)
    total += demo->fenwick[k - 1];
  return total;
}

/* The contact whose share of the cumulative weights holds target. */
static guint
donors_find (Demo    *demo,
             guint64  target)
{
  guint64 position = 0;

  for (guint64 step = demo->fenwick_top; step > 0; step >>= 1)
    {
      if (position + step <= demo->n_contacts && demo->fenwick[position + step - 1] <= target)
        {
          position += step;
          target -= demo->fenwick[position - 1];
        }
    }
  return (guint) position;
}

/* ---- Donations ---- */

/* How busy a day is: giving grows through the cycle and peaks before deadlines. */
static guint64
day_weight (Demo        *demo,
            const GDate *day,
            guint        index,
            guint        n_days)
{
  guint64 weight = 100 + (guint64) 200 * index / n_days;
  GDateMonth month = g_date_get_month (day);
  guint days_left = g_date_get_days_in_month (month, g_date_get_year (day)) - g_date_get_day (day);
  GDateWeekday weekday = g_date_get_weekday (day);

  if (month % 3 == 0)
    weight *= days_left == 0 ? 6 : days_left <= 2 ? 4 : days_left <= 6 ? 2 : 1;
  else if (days_left == 0)
    weight *= 2;
  for (guint i = 0; i < demo->elections->len; i++)
    {
      int before = g_date_days_between (day, &demo->election_dates[i]);

      if (before >= 0 && before <= 2)
        weight *= 3;
      else if (before > 2 && before <= 14)
        weight *= 2;
    }
  if (weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY)
    weight = weight * 3 / 4;
  return weight;
}

static gint64
gift_amount (Demo       *demo,
             guint8      donor)
{
  gint64 amount;

  switch (DONOR_CLASS (donor))
    {
    case DONOR_MAJOR:
      return pick_weighted (&demo->rng, large_gifts, G_N_ELEMENTS (large_gifts));
    case DONOR_NONE:
    case DONOR_OCCASIONAL:
    case DONOR_REPEAT:
    case DONOR_RECURRING:
    case N_DONOR_CLASSES:
    default:
      amount = pick_weighted (&demo->rng, small_gifts, G_N_ELEMENTS (small_gifts));
      if (amount == ODD_AMOUNT)
        amount = MIN_GIFT_CENTS + rng_below (&demo->rng, 9500);
      return amount;
    }
}

static HustingsMethod
gift_method (Demo   *demo,
             guint   index,
             gint64  amount)
{
  static const Weighted major[] = {
    { HUSTINGS_METHOD_CHECK, 45 }, { HUSTINGS_METHOD_PROCESSOR, 35 }, { HUSTINGS_METHOD_CARD, 20 },
  };
  static const Weighted others[] = {
    { HUSTINGS_METHOD_PROCESSOR, 620 }, { HUSTINGS_METHOD_CARD, 170 },
    { HUSTINGS_METHOD_CHECK, 165 }, { HUSTINGS_METHOD_CASH, 40 }, { HUSTINGS_METHOD_IN_KIND, 5 },
  };
  HustingsMethod method;

  switch (DONOR_CLASS (demo->donor[index]))
    {
    case DONOR_RECURRING:
      return HUSTINGS_METHOD_PROCESSOR;
    case DONOR_MAJOR:
      /* Committees give by check. */
      if (organization_at (index) != NULL)
        return HUSTINGS_METHOD_CHECK;
      return (HustingsMethod) pick_weighted (&demo->rng, major, G_N_ELEMENTS (major));
    case DONOR_NONE:
    case DONOR_OCCASIONAL:
    case DONOR_REPEAT:
    case N_DONOR_CLASSES:
    default:
      method = (HustingsMethod) pick_weighted (&demo->rng, others, G_N_ELEMENTS (others));
      /* A campaign may take no more than $100 in cash from one source: one cash gift each. */
      if (method == HUSTINGS_METHOD_CASH &&
          (amount > MAX_CASH_CENTS || (demo->donor[index] & DONOR_GAVE_CASH)))
        method = HUSTINGS_METHOD_CHECK;
      if (method == HUSTINGS_METHOD_CASH)
        demo->donor[index] |= DONOR_GAVE_CASH;
      return method;
    }
}

static void
set_processor_source (Demo             *demo,
                      HustingsDonation *donation,
                      const char       *suffix)
{
  char source_id[40];

  /* Unique within the file: a prefix from the seed, then a serial that starts after the
   * donations the file already has. */
  g_snprintf (source_id, sizeof source_id, "AB%04u%08" G_GUINT64_FORMAT "%s",
              1000 + demo->seed % 9000, ++demo->source_serial, suffix);
  hustings_donation_set_source (donation, "ActBlue", source_id);
}

static gboolean
add_donation (Demo             *demo,
              HustingsDonation *donation,
              GError          **error)
{
  if (!hustings_donation_store_add (demo->file, donation, error))
    return FALSE;
  demo->donations_done++;
  return demo_tick (demo, error);
}

/* A full refund of gift, a few weeks later, on the way it came in. */
static gboolean
add_refund (Demo             *demo,
            HustingsDonation *gift,
            const GDate      *day,
            GError          **error)
{
  static const char * const reasons[] = {
    "Refund: donor request", "Refund: donor asked to give later", "Refund: duplicate charge",
  };
  static const char * const check_reasons[] = {
    "Refund: donor request", "Refund: donor asked to give later",
    "Refund: joint account check signed by one holder only",
  };
  g_autoptr(HustingsDonation) refund = hustings_donation_new ();
  HustingsMethod method = hustings_donation_get_method (gift);
  GDate date = *day;
  char text[11];

  g_date_add_days (&date, 5 + rng_below (&demo->rng, 40));
  if (g_date_compare (&date, &demo->end) > 0)
    date = demo->end;
  format_date (&date, text);

  hustings_donation_set_contact_id (refund, hustings_donation_get_contact_id (gift));
  hustings_donation_set_date (refund, text);
  hustings_donation_set_amount (refund, -hustings_donation_get_amount (gift));
  hustings_donation_set_refund_of (refund, hustings_donation_get_id (gift));
  if (method == HUSTINGS_METHOD_PROCESSOR || method == HUSTINGS_METHOD_CARD)
    {
      hustings_donation_set_memo (refund,
                                  reasons[rng_below (&demo->rng, G_N_ELEMENTS (reasons))]);
      hustings_donation_set_method (refund, method);
      if (method == HUSTINGS_METHOD_PROCESSOR)
        set_processor_source (demo, refund, "R");
    }
  else
    {
      g_autofree char *number = g_strdup_printf ("%u", 1000 + ++demo->refund_check);

      /* The committee writes a check back. */
      hustings_donation_set_memo (refund, check_reasons[rng_below (
                                    &demo->rng, G_N_ELEMENTS (check_reasons))]);
      hustings_donation_set_method (refund, HUSTINGS_METHOD_CHECK);
      hustings_donation_set_check_number (refund, number);
    }
  return add_donation (demo, refund, error);
}

/* One gift received on day, when election bucket is the next election; now and then its
 * refund follows. */
/* Records a gift from contact index toward election target (an index into demo->elections),
 * and now and then its refund. bucket is the next election on day. */
static gboolean
give (Demo         *demo,
      const GDate  *day,
      guint         bucket,
      guint         index,
      gint64        amount,
      guint         target,
      gboolean      designated,
      gboolean      monthly,
      GError      **error)
{
  g_autoptr(HustingsDonation) gift = hustings_donation_new ();
  HustingsMethod method = gift_method (demo, index, amount);
  guint32 *given = &demo->given[(gsize) index * demo->n_buckets + target];
  char text[11];

  format_date (day, text);
  hustings_donation_set_contact_id (gift, demo->contact_ids[index]);
  hustings_donation_set_date (gift, text);
  hustings_donation_set_amount (gift, amount);
  hustings_donation_set_method (gift, method);
  /* ActBlue passes on the donor's designation; other gifts are designated only when they are
   * for a later election, and otherwise presumed from the date. */
  if (demo->elections->len > 0 && (designated || method == HUSTINGS_METHOD_PROCESSOR))
    hustings_donation_set_election (gift,
      ((HustingsElection *) g_ptr_array_index (demo->elections, target))->code);
  switch (method)
    {
    case HUSTINGS_METHOD_CHECK:
      {
        g_autofree char *number = g_strdup_printf ("%u", 101 + rng_below (&demo->rng, 9899));

        hustings_donation_set_check_number (gift, number);
      }
      break;
    case HUSTINGS_METHOD_PROCESSOR:
      set_processor_source (demo, gift, "");
      /* Earmarked through ActBlue, which forwards the gift. */
      hustings_donation_set_conduit (gift, HUSTINGS_ACTBLUE_FEC_ID);
      if (monthly)
        hustings_donation_set_memo (gift, "Monthly recurring contribution");
      break;
    case HUSTINGS_METHOD_IN_KIND:
      hustings_donation_set_memo (gift,
                                  hustings_demo_in_kind_memos[rng_below (
                                    &demo->rng, hustings_demo_n_in_kind_memos)]);
      break;
    case HUSTINGS_METHOD_CASH:
    case HUSTINGS_METHOD_CARD:
    case HUSTINGS_N_METHODS:
    default:
      break;
    }
  if (!add_donation (demo, gift, error))
    return FALSE;
  if (method != HUSTINGS_METHOD_IN_KIND && !monthly)
    for (guint i = 0; i < N_FUNDRAISERS; i++)
      if (g_date_compare (day, &demo->fundraiser_dates[i]) == 0 &&
          demo->fundraiser_gifts[i]->len < FUNDRAISER_GIFTS_MAX)
        g_ptr_array_add (demo->fundraiser_gifts[i], g_object_ref (gift));
  *given += (guint32) amount;
  demo->raised += amount;
  if (method == HUSTINGS_METHOD_PROCESSOR)
    demo->online[month_index (demo, day)] += amount;

  if (demo->donations_done < demo->n_donations && method != HUSTINGS_METHOD_IN_KIND &&
      rng_chance (&demo->rng, 4))
    {
      if (!add_refund (demo, gift, day, error))
        return FALSE;
      *given -= (guint32) amount;
      demo->raised -= amount;
      if (target == bucket)
        donor_set_active (demo, index, TRUE);
    }
  return TRUE;
}

/* A one-off gift on day from a donor drawn by weight. */
static gboolean
add_gift (Demo         *demo,
          const GDate  *day,
          guint         bucket,
          GError      **error)
{
  gboolean has_next = bucket + 1 < demo->elections->len;

  for (;;)
    {
      guint64 total = donors_total (demo);
      guint index;
      gint64 amount;
      guint32 room;

      if (total == 0)
        {
          g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                               _("There are too few contacts for that many donations within "
                                 "the contribution limits"));
          return FALSE;
        }
      index = donors_find (demo, rng_below64 (&demo->rng, total));
      amount = gift_amount (demo, demo->donor[index]);
      room = room_left (demo, index, bucket);

      /* Now and then a donor gives toward the next election in advance; so do those who have
       * given all they may toward this one. */
      if (has_next && room_left (demo, index, bucket + 1) >= amount &&
          (room < amount || rng_chance (&demo->rng, 30)))
        return give (demo, day, bucket, index, amount, bucket + 1, TRUE, FALSE, error);
      if (room >= amount)
        return give (demo, day, bucket, index, amount, bucket, FALSE, FALSE, error);
      if (room >= MIN_GIFT_CENTS)
        return give (demo, day, bucket, index, room, bucket, FALSE, FALSE, error);
      /* Given the limit: no more gifts from this donor until the next election. */
      donor_set_active (demo, index, FALSE);
    }
}

/* The monthly gifts charged on day, the month-th month of the window. */
static gboolean
add_monthly_gifts (Demo         *demo,
                   const GDate  *day,
                   guint         month,
                   guint         bucket,
                   GError      **error)
{
  GArray *subs;

  if (g_date_get_day (day) > G_N_ELEMENTS (demo->monthly))
    return TRUE;
  subs = demo->monthly[g_date_get_day (day) - 1];
  for (guint i = 0; i < subs->len && demo->donations_done < demo->n_donations; i++)
    {
      const Subscription *sub = &g_array_index (subs, Subscription, i);
      gint64 amount = recurring_gifts[DONOR_MONTHLY_AMOUNT (demo->donor[sub->index])];

      /* A charge that would go over the limit is declined. */
      if (month >= sub->first_month && month <= sub->last_month &&
          room_left (demo, sub->index, bucket) >= amount &&
          !give (demo, day, bucket, sub->index, amount, bucket, FALSE, TRUE, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_donations (Demo    *demo,
               GError **error)
{
  guint n_days = (guint) g_date_days_between (&demo->start, &demo->end) + 1;
  guint64 total_weight = 0;
  guint64 cumulative = 0;
  guint bucket = 0;
  GDate day = demo->start;

  for (guint i = 0; i < n_days; i++)
    {
      total_weight += day_weight (demo, &day, i, n_days);
      g_date_add_days (&day, 1);
    }

  donors_open (demo, bucket);
  day = demo->start;
  for (guint i = 0; i < n_days; i++)
    {
      guint month = month_index (demo, &day);
      guint64 target;

      /* The day after an election, gifts count toward the next one. */
      while (bucket + 1 < demo->elections->len &&
             g_date_compare (&day, &demo->election_dates[bucket]) > 0)
        donors_open (demo, ++bucket);

      if (!add_monthly_gifts (demo, &day, month, bucket, error))
        return FALSE;
      cumulative += day_weight (demo, &day, i, n_days);
      target = demo->n_donations * cumulative / total_weight;
      while (demo->donations_done < target)
        {
          if (!add_gift (demo, &day, bucket, error))
            return FALSE;
        }
      g_date_add_days (&day, 1);
    }
  return TRUE;
}

/* ---- Disbursements ---- */

static const char * const month_names[] = {
  "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December",
};

/* A payment planned: amounts are scaled to the money raised before it is written. */
typedef struct {
  char        date[11];
  guint       order;      /* in the plan, to keep it among payments of the same day */
  gint64      contact_id;
  gint64      cents;
  char       *purpose;
  const char *category;
  char       *memo;
  gboolean    exact;      /* worked out from other figures (a fee, a card bill): never scaled */
  gboolean    refund;     /* a contribution refund: on the refund line, never scaled */
  gboolean    by_check;
  gboolean    memo_entry;
} Payment;

static void
payment_clear (gpointer data)
{
  Payment *payment = data;

  g_free (payment->purpose);
  g_free (payment->memo);
}

static int
payment_compare (gconstpointer a,
                 gconstpointer b)
{
  const Payment *pa = a;
  const Payment *pb = b;
  int by_date = strcmp (pa->date, pb->date);

  return by_date != 0 ? by_date : (pa->order > pb->order) - (pa->order < pb->order);
}

/* Plans a payment to contact_id on the given day of month (counted from the window's first),
 * unless the day is outside the window or there is no such payee; takes purpose. NULL when
 * it is not planned. */
static Payment *
plan (Demo       *demo,
      GArray     *payments,
      guint       month,
      guint       day_of_month,
      gint64      contact_id,
      gint64      cents,
      char       *purpose,
      const char *category)
{
  Payment payment = { { 0, }, payments->len, contact_id, cents, purpose, category, };
  GDate day = demo->start;

  g_date_add_months (&day, month);
  g_date_set_day (&day, (GDateDay) day_of_month);
  if (contact_id == 0 || cents == 0 || g_date_compare (&day, &demo->start) < 0 ||
      g_date_compare (&day, &demo->end) > 0)
    {
      g_free (purpose);
      return NULL;
    }
  format_date (&day, payment.date);
  g_array_append_val (payments, payment);
  return &g_array_index (payments, Payment, payments->len - 1);
}

/* A whole number of dollars from lo to hi, in cents. */
static gint64
dollars (Demo  *demo,
         guint  lo,
         guint  hi)
{
  return 100 * (gint64) (lo + rng_below (&demo->rng, hi - lo + 1));
}

/* "Office rent, March 2025" for month of the window; "On contributions received in March
 * 2025" when what ends in "in". */
static char *
monthly (Demo       *demo,
         const char *what,
         guint       month)
{
  GDate day = demo->start;

  g_date_add_months (&day, month);
  return g_strdup_printf ("%s%s %s %u", what, g_str_has_suffix (what, " in") ? "" : ",",
                          month_names[g_date_get_month (&day) - 1], g_date_get_year (&day));
}

/* A card bill paid on the 25th: its items as memo entries after the payment. */
static void
plan_card_bill (Demo   *demo,
                GArray *payments,
                guint   month)
{
  static const struct { HustingsDemoPayee payee; const char *purpose; } items[] = {
    { HUSTINGS_DEMO_PAYEE_OFFICE_SUPPLY, "Office supplies" },
    { HUSTINGS_DEMO_PAYEE_SOFTWARE, "Video conferencing subscription, three months" },
  };
  const gint64 *ids = demo->payee_ids;
  gint64 cents[G_N_ELEMENTS (items)] = { dollars (demo, 60, 420), 3 * 14999 };
  Payment *bill;

  /* A small demo has no card, or nothing to itemize the bill by. */
  if (ids[HUSTINGS_DEMO_PAYEE_CARD] == 0)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    if (ids[items[i].payee] == 0)
      return;

  bill = plan (demo, payments, month, 25, ids[HUSTINGS_DEMO_PAYEE_CARD], cents[0] + cents[1],
               g_strdup ("Credit card payment (items in memo entries)"), "001");
  if (bill == NULL)
    return;
  bill->exact = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      Payment *item = plan (demo, payments, month, 25, ids[items[i].payee], cents[i],
                            g_strdup (items[i].purpose), "001");

      item->exact = item->memo_entry = TRUE;
      item->memo = g_strdup ("Charged to the campaign's Chase card");
    }
}

/* What a month costs. Staff are the first two contacts, hired in the third and sixth months. */
static void
plan_month (Demo   *demo,
            GArray *payments,
            guint   month)
{
  const gint64 *ids = demo->payee_ids;
  guint ramp = 500 + 1500 * month / MAX (demo->n_months, 1); /* ads grow toward the election */
  gint64 salaries = 0;
  guint paid = 0;
  Payment *payment;

  payment = plan (demo, payments, month, 1, ids[HUSTINGS_DEMO_PAYEE_LANDLORD], 185000,
                  monthly (demo, "Office rent", month), "001");
  if (payment != NULL)
    payment->by_check = TRUE;

  for (guint s = 0; s < MIN (demo->n_contacts, 2); s++)
    {
      static const struct { guint from; gint64 cents; const char *title; } staff[] = {
        { 2, 275000, "Salary, campaign manager" }, { 5, 210000, "Salary, field organizer" },
      };

      if (month < staff[s].from)
        continue;
      paid++;
      for (guint day = 1; day <= 15; day += 14)
        if (plan (demo, payments, month, day, demo->contact_ids[s], staff[s].cents,
                  g_strdup (staff[s].title), "001") != NULL)
          salaries += staff[s].cents;
    }
  if (salaries > 0)
    {
      plan (demo, payments, month, 3, ids[HUSTINGS_DEMO_PAYEE_PAYROLL], 7700 + 1200 * paid,
            g_strdup ("Payroll processing service"), "001");
      plan (demo, payments, month, 16, ids[HUSTINGS_DEMO_PAYEE_TREASURY], salaries * 153 / 1000,
            monthly (demo, "Payroll taxes", month), "001");
      plan (demo, payments, month, 28, demo->contact_ids[0], dollars (demo, 60, 240),
            g_strdup ("Mileage reimbursement"), "002");
    }

  /* ActBlue's fees on last month's online contributions. */
  if (month > 0)
    {
      payment = plan (demo, payments, month, 5, ids[HUSTINGS_DEMO_PAYEE_ACTBLUE],
                      demo->online[month - 1] * PROCESSOR_FEE / 10000,
                      g_strdup ("Processing fees on online contributions"), "003");
      if (payment != NULL)
        {
          payment->exact = TRUE;
          payment->memo = monthly (demo, "On contributions received in", month - 1);
        }
    }

  for (guint day = 8; day <= 22; day += 14)
    plan (demo, payments, month, day, ids[HUSTINGS_DEMO_PAYEE_META],
          dollars (demo, 400, 1500) * ramp / 1000, g_strdup ("Online advertising"), "004");
  plan (demo, payments, month, 20, ids[HUSTINGS_DEMO_PAYEE_GOOGLE],
        dollars (demo, 200, 900) * ramp / 1000, g_strdup ("Search advertising"), "004");

  if (month % 2 == 1)
    {
      payment = plan (demo, payments, month, 10, ids[HUSTINGS_DEMO_PAYEE_PRINTER],
                      dollars (demo, 2200, 6400), g_strdup ("Printing of campaign mailers"),
                      "006");
      if (payment != NULL)
        payment->by_check = TRUE;
      plan (demo, payments, month, 12, ids[HUSTINGS_DEMO_PAYEE_POSTAL],
            dollars (demo, 900, 2400), g_strdup ("Postage for campaign mailers"), "004");
    }
  if (month + 4 == demo->n_months)
    {
      payment = plan (demo, payments, month, 6, ids[HUSTINGS_DEMO_PAYEE_PRINTER],
                      dollars (demo, 3000, 5000), g_strdup ("Yard signs"), "006");
      if (payment != NULL)
        payment->by_check = TRUE;
    }

  if (month % 3 == 2)
    {
      payment = plan (demo, payments, month, 18, ids[HUSTINGS_DEMO_PAYEE_CATERER],
                      dollars (demo, 1200, 3800), g_strdup ("Catering for fundraising reception"),
                      "007");
      if (payment != NULL)
        payment->by_check = TRUE;
      plan_card_bill (demo, payments, month);
    }
}

/* A poll some ten weeks before each election. */
static void
plan_polls (Demo   *demo,
            GArray *payments)
{
  for (guint i = 0; i < demo->elections->len; i++)
    {
      GDate day = demo->election_dates[i];
      Payment *payment;

      g_date_subtract_days (&day, 75);
      if (g_date_compare (&day, &demo->start) < 0)
        continue;
      payment = plan (demo, payments, month_index (demo, &day), g_date_get_day (&day),
                      demo->payee_ids[HUSTINGS_DEMO_PAYEE_POLLSTER], i == 0 ? 1850000 : 1450000,
                      g_strdup (i == 0 ? "Benchmark survey" : "Tracking survey"), "005");
      if (payment != NULL)
        payment->by_check = TRUE;
    }
}

/* Two contributions given before the file began, returned early in the window. */
static void
plan_refunds (Demo   *demo,
              GArray *payments)
{
  for (guint i = 3; i < MIN (demo->n_contacts, 5); i++)
    {
      Payment *payment = plan (demo, payments, 0, 6 + 12 * (i - 3), demo->contact_ids[i],
                               25000 * (i - 2),
                               g_strdup ("Refund of a contribution received in the last cycle"),
                               "010");

      if (payment != NULL)
        payment->refund = payment->by_check = TRUE;
    }
}

static gboolean
add_disbursements (Demo    *demo,
                   GError **error)
{
  const char *form = hustings_committee_form (demo->committee);
  g_autoptr(GArray) payments = g_array_new (FALSE, FALSE, sizeof (Payment));
  gint64 scalable = 0, fixed = 0, room;
  guint check = 1000;

  g_array_set_clear_func (payments, payment_clear);
  plan_refunds (demo, payments);
  for (guint month = 0; month < demo->n_months; month++)
    plan_month (demo, payments, month);
  plan_polls (demo, payments);
  g_array_sort (payments, payment_compare);

  /* Spend at most nine tenths of what was raised. */
  for (guint i = 0; i < payments->len; i++)
    {
      Payment *p = &g_array_index (payments, Payment, i);

      if (p->exact || p->refund)
        fixed += p->cents;
      else
        scalable += p->cents;
    }
  room = MAX (demo->raised * 9 / 10 - fixed, 0);

  if (g_cancellable_is_cancelled (demo->cancellable))
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CANCELLED,
                           _("Creating the demo campaign was cancelled"));
      return FALSE;
    }
  for (guint i = 0; i < payments->len; i++)
    {
      Payment *p = &g_array_index (payments, Payment, i);
      g_autoptr(HustingsDisbursement) d = hustings_disbursement_new ();
      g_autofree char *number = NULL;
      gint64 cents = p->cents;

      if (!p->exact && !p->refund && scalable > room)
        cents = cents * room / scalable / 100 * 100;
      if (cents == 0)
        continue;
      hustings_disbursement_set_contact_id (d, p->contact_id);
      hustings_disbursement_set_date (d, p->date);
      hustings_disbursement_set_amount (d, cents);
      hustings_disbursement_set_purpose (d, p->purpose);
      hustings_disbursement_set_category (d, p->category);
      if (p->refund)
        hustings_disbursement_set_line (d, g_str_equal (form, "F3") ? "SB20A" : "SB28A");
      hustings_disbursement_set_memo (d, p->memo);
      hustings_disbursement_set_memo_entry (d, p->memo_entry);
      if (p->by_check)
        {
          number = g_strdup_printf ("%u", ++check);
          hustings_disbursement_set_check_number (d, number);
        }
      if (!hustings_disbursement_store_add (demo->file, d, error))
        return FALSE;
    }
  return TRUE;
}

/* The reports due before today, filed as a careful treasurer would have filed them, so that
 * the Compliance view opens on a campaign with its history and the next report to prepare. */
static gboolean
file_past_reports (Demo    *demo,
                   GError **error)
{
  g_autofree char *today = hustings_date_today ();
  char start[11], last[11] = "";
  guint serial = 0;

  format_date (&demo->start, start);
  for (int year = g_date_get_year (&demo->start); year <= g_date_get_year (&demo->end); year++)
    {
      g_autoptr(GPtrArray) calendar = hustings_filing_calendar (demo->committee, year);

      for (guint i = 0; i < calendar->len; i++)
        {
          const HustingsFilingReport *due = g_ptr_array_index (calendar, i);
          g_autoptr(HustingsReport) report = hustings_report_new ();
          char fec_id[24];

          /* Each year's list starts with the year-end report of the year before. */
          if (strcmp (due->due, today) >= 0 || strcmp (due->coverage_from, start) < 0 ||
              strcmp (due->coverage_to, last) <= 0)
            continue;
          g_strlcpy (last, due->coverage_to, sizeof last);
          hustings_report_set_form (report, hustings_committee_form (demo->committee));
          hustings_report_set_code (report, due->code);
          hustings_report_set_coverage (report, due->coverage_from, due->coverage_to);
          hustings_report_set_election (report, due->election, due->election_date,
                                        due->election_state);
          hustings_report_set_date_signed (report, due->due);
          g_snprintf (fec_id, sizeof fec_id, "FEC-%u", 1870000 + demo->seed % 1000 * 20 + serial++);
          if (!hustings_report_store_add (demo->file, report, error) ||
              !hustings_report_store_mark_filed (demo->file, hustings_report_get_id (report),
                                                 fec_id, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* ---- Volunteers, events and outreach ---- */

typedef struct {
  const char *role;
  const char *starts;
  const char *ends;
  guint       slots;
} DemoShift;

typedef struct {
  const char        *name;
  HustingsEventKind  kind;
  gboolean           after_primary; /* days from the general election, else from the first */
  int                days;
  const char        *starts;
  const char        *ends;
  const char        *place;         /* NULL: the campaign office */
  const char        *street;
  guint              capacity;
  int                fundraiser;    /* index into fundraiser_dates, or -1 */
  guint              n_invited;     /* contacts invited at random (volunteers for a meeting) */
  DemoShift          shifts[3];
} DemoEvent;

static const DemoEvent demo_events[] = {
  { "Spring Kickoff Fundraiser", HUSTINGS_EVENT_FUNDRAISER, FALSE, -75, "18:00", "20:30",
    "Tower Theatre", "815 E Olive Ave", 150, 0, 40,
    { { "Check-in table", "17:30", "20:30", 3 } } },
  { "Canvass: Tower District", HUSTINGS_EVENT_CANVASS, FALSE, -11, "09:00", "13:00",
    NULL, NULL, 0, -1, 0,
    { { "Canvasser", "09:00", "13:00", 12 }, { "Turf captain", "08:30", "13:30", 2 } } },
  { "Primary Phone Bank", HUSTINGS_EVENT_PHONE_BANK, FALSE, -4, "17:00", "20:00",
    NULL, NULL, 0, -1, 0,
    { { "Caller", "17:00", "20:00", 10 }, { "Data entry", "17:00", "20:00", 2 } } },
  { "Town Hall: Water and the Valley", HUSTINGS_EVENT_TOWN_HALL, TRUE, -70, "19:00", "20:30",
    "City College Auditorium", "1101 E University Ave", 220, -1, 60,
    { { "Greeter", "18:15", "19:15", 4 }, { "Sign-in table", "18:00", "20:45", 2 } } },
  { "Harvest Dinner", HUSTINGS_EVENT_FUNDRAISER, TRUE, -40, "18:30", "21:00",
    "The Grand 1401", "1401 Fulton St", 120, 1, 40,
    { { "Check-in table", "18:00", "21:00", 3 } } },
  { "GOTV Canvass Weekend", HUSTINGS_EVENT_CANVASS, TRUE, -3, "09:00", "17:00",
    NULL, NULL, 0, -1, 0,
    { { "Morning canvass", "09:00", "13:00", 15 }, { "Afternoon canvass", "13:00", "17:00", 15 } } },
  { "Volunteer Thank-You Party", HUSTINGS_EVENT_MEETING, TRUE, 32, "18:00", "20:00",
    NULL, NULL, 80, -1, 80,
    { { "Setup", "17:00", "18:00", 4 } } },
  { "Winter Phone Bank", HUSTINGS_EVENT_PHONE_BANK, TRUE, 46, "17:00", "20:00",
    NULL, NULL, 0, -1, 0,
    { { "Caller", "17:00", "20:00", 12 }, { "Data entry", "17:00", "20:00", 2 } } },
};

static void
demo_event_date (Demo            *demo,
                 const DemoEvent *event,
                 GDate           *date)
{
  if (event->after_primary || demo->elections->len == 0)
    *date = demo->end;
  else
    *date = demo->election_dates[0];
  if (event->days >= 0)
    g_date_add_days (date, (guint) event->days);
  else
    g_date_subtract_days (date, (guint) -event->days);
}

/* The fundraisers' dates, known before the donations are made so that the checks of that day
 * can be linked to them. */
static void
demo_plan_fundraisers (Demo *demo)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_events); i++)
    if (demo_events[i].fundraiser >= 0)
      {
        demo_event_date (demo, &demo_events[i], &demo->fundraiser_dates[demo_events[i].fundraiser]);
        demo->fundraiser_gifts[demo_events[i].fundraiser] =
          g_ptr_array_new_with_free_func (g_object_unref);
      }
}

static gboolean
is_person_slot (guint index)
{
  return index % ORG_SPACING != ORG_OFFSET && index % ORG_SPACING != PAYEE_OFFSET;
}

/* A random individual's contact id. */
static gint64
pick_person (Demo *demo)
{
  for (;;)
    {
      guint index = rng_below (&demo->rng, demo->n_contacts);

      if (is_person_slot (index))
        return demo->contact_ids[index];
    }
}

static const char * const availability_times[][2] = {
  { "09:00", "13:00" }, { "13:00", "17:00" }, { "17:00", "21:00" }, { "09:00", "17:00" },
};

/* Makes about one contact in 25 a volunteer; returns their contact ids, the active first. */
static GArray *
add_volunteers (Demo    *demo,
                GError **error)
{
  const char * const *skills = hustings_volunteer_common_skills ();
  guint n_skills = g_strv_length ((GStrv) skills);
  guint wanted = MIN (demo->n_contacts / 25, 400);
  g_autoptr(GArray) active = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) others = g_array_new (FALSE, FALSE, sizeof (gint64));
  char since[11];

  for (guint index = 7; index < demo->n_contacts && active->len + others->len < wanted;
       index += 25)
    {
      g_autoptr(HustingsVolunteer) volunteer = NULL;
      gint64 id = demo->contact_ids[index];
      guint32 roll = rng_below (&demo->rng, 100);
      HustingsVolunteerStatus status = roll < 70 ? HUSTINGS_VOLUNTEER_ACTIVE
                                       : roll < 85 ? HUSTINGS_VOLUNTEER_PROSPECT
                                       : HUSTINGS_VOLUNTEER_INACTIVE;
      GDate day = demo->start;
      guint n = 1 + rng_below (&demo->rng, 3);

      if (!is_person_slot (index))
        continue;
      volunteer = hustings_volunteer_new (id);
      hustings_volunteer_set_status (volunteer, status);
      g_date_add_days (&day, rng_below (&demo->rng, 500));
      format_date (&day, since);
      hustings_volunteer_set_since (volunteer, since);
      /* Most canvass or call; languages now and then. */
      hustings_volunteer_add_skill (volunteer, rng_chance (&demo->rng, 550) ? "canvassing"
                                                                            : "phone banking");
      for (guint i = 1; i < n; i++)
        hustings_volunteer_add_skill (volunteer, skills[rng_below (&demo->rng, n_skills)]);
      for (guint weekday = 1; weekday <= 7; weekday++)
        if (rng_chance (&demo->rng, weekday >= 6 ? 450 : 200))
          {
            const char * const *range = availability_times[rng_below (
              &demo->rng, G_N_ELEMENTS (availability_times))];

            hustings_volunteer_add_availability (volunteer, weekday, range[0], range[1]);
          }
      if (rng_chance (&demo->rng, 300))
        {
          hustings_volunteer_set_emergency_name (volunteer, "Family member");
          hustings_volunteer_set_emergency_phone (volunteer, "559-555-0148");
        }
      if (!hustings_volunteer_store_save (demo->file, volunteer, error))
        return NULL;
      g_array_append_val (status == HUSTINGS_VOLUNTEER_ACTIVE ? active : others, id);
    }
  g_array_append_vals (active, others->data, others->len);
  return g_steal_pointer (&active);
}

static gboolean
add_event_guests (Demo            *demo,
                  const DemoEvent *plan,
                  gint64           event_id,
                  gboolean         past,
                  GArray          *volunteers,
                  GError         **error)
{
  g_autoptr(GArray) invited = g_array_new (FALSE, FALSE, sizeof (gint64));
  GPtrArray *gifts = plan->fundraiser >= 0 ? demo->fundraiser_gifts[plan->fundraiser] : NULL;

  for (guint i = 0; i < plan->n_invited; i++)
    {
      gint64 id = plan->kind == HUSTINGS_EVENT_MEETING
                  ? (i < volunteers->len ? g_array_index (volunteers, gint64, i) : 0)
                  : pick_person (demo);

      gboolean again = FALSE;

      for (guint j = 0; j < invited->len && !again; j++)
        again = g_array_index (invited, gint64, j) == id;
      if (id != 0 && !again)
        g_array_append_val (invited, id);
    }
  if (!hustings_event_store_invite (demo->file, event_id, (const gint64 *) invited->data,
                                    invited->len, NULL, error))
    return FALSE;
  for (guint i = 0; i < invited->len; i++)
    {
      gint64 id = g_array_index (invited, gint64, i);
      guint32 roll = rng_below (&demo->rng, 100);
      HustingsRsvp rsvp = roll < 40 ? HUSTINGS_RSVP_YES : roll < 60 ? HUSTINGS_RSVP_NO
                          : roll < 75 ? HUSTINGS_RSVP_MAYBE : HUSTINGS_RSVP_INVITED;

      if (rsvp != HUSTINGS_RSVP_INVITED &&
          !hustings_event_store_rsvp (demo->file, event_id, id, rsvp,
                                      rsvp == HUSTINGS_RSVP_NO ? 0
                                      : rng_chance (&demo->rng, 350), error))
        return FALSE;
      if (past && rsvp == HUSTINGS_RSVP_YES && rng_chance (&demo->rng, 850) &&
          !hustings_event_store_check_in_guest (demo->file, event_id, id, -1, NULL, error))
        return FALSE;
    }

  /* Those who gave at a fundraiser were there: they are checked in (a walk-in when not
   * invited), and their gifts are its revenue. */
  for (guint i = 0; gifts != NULL && i < gifts->len; i++)
    {
      HustingsDonation *gift = g_ptr_array_index (gifts, i);
      g_autoptr(HustingsGuest) guest = NULL;

      if (!hustings_event_store_link_donation (demo->file, hustings_donation_get_id (gift),
                                               event_id, error))
        return FALSE;
      guest = hustings_event_store_get_guest (demo->file, event_id,
                                              hustings_donation_get_contact_id (gift), NULL);
      if ((guest == NULL || !hustings_guest_get_checked_in (guest)) &&
          !hustings_event_store_check_in_guest (demo->file, event_id,
                                                hustings_donation_get_contact_id (gift), 0,
                                                NULL, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_events (Demo    *demo,
            GArray  *volunteers,
            GError **error)
{
  const HustingsCommittee *c = demo->committee;
  g_autofree char *office = g_strjoin (", ", c->street1, c->city, NULL);
  g_autofree char *today = hustings_date_today ();

  for (guint e = 0; e < G_N_ELEMENTS (demo_events); e++)
    {
      const DemoEvent *plan = &demo_events[e];
      g_autoptr(HustingsEvent) event = hustings_event_new ();
      g_autofree char *address = plan->street
                                 ? g_strdup_printf ("%s, %s, %s %s", plan->street, c->city,
                                                    c->state, c->zip)
                                 : g_strdup (office);
      GPtrArray *gifts = plan->fundraiser >= 0 ? demo->fundraiser_gifts[plan->fundraiser] : NULL;
      gint64 raised = 0;
      /* A core of regulars works most shifts: each event takes its volunteers in turn from
       * a little further down the list, the active first, one shift each. */
      guint next = e * 5;
      GDate day;
      char date[11];
      gboolean past;

      demo_event_date (demo, plan, &day);
      format_date (&day, date);
      past = strcmp (date, today) < 0;
      hustings_event_set_name (event, plan->name);
      hustings_event_set_kind (event, plan->kind);
      hustings_event_set_date (event, date);
      hustings_event_set_starts (event, plan->starts);
      hustings_event_set_ends (event, plan->ends);
      hustings_event_set_place (event, plan->place ? plan->place : "Campaign office");
      hustings_event_set_address (event, address);
      hustings_event_set_capacity (event, plan->capacity);
      for (guint i = 0; gifts != NULL && i < gifts->len; i++)
        raised += hustings_donation_get_amount (g_ptr_array_index (gifts, i));
      /* A goal the evening came close to, or beat: in whole $500s. */
      if (plan->fundraiser >= 0)
        hustings_event_set_goal (event, MAX ((raised * 5 / 4 + 49999) / 50000 * 50000, 250000));
      if (!hustings_event_store_add (demo->file, event, error))
        return FALSE;

      for (guint s = 0; s < G_N_ELEMENTS (plan->shifts) && plan->shifts[s].role; s++)
        {
          const DemoShift *want = &plan->shifts[s];
          g_autoptr(HustingsShift) shift = hustings_shift_new (hustings_event_get_id (event));
          /* Past shifts were mostly filled; those to come have gaps. */
          guint filled = past ? want->slots - rng_below (&demo->rng, want->slots / 4 + 1)
                              : want->slots / 2;

          hustings_shift_set_role (shift, want->role);
          hustings_shift_set_starts (shift, want->starts);
          hustings_shift_set_ends (shift, want->ends);
          hustings_shift_set_slots (shift, want->slots);
          if (!hustings_event_store_add_shift (demo->file, shift, error))
            return FALSE;
          for (guint i = 0; i < filled && volunteers->len > 0; i++)
            {
              gint64 id = g_array_index (volunteers, gint64, next++ % volunteers->len);
              g_autoptr(GError) refused = NULL;

              if (!hustings_event_store_sign_up (demo->file, hustings_shift_get_id (shift), id,
                                                 &refused))
                continue; /* already on an overlapping shift of this event */
              if (past && rng_chance (&demo->rng, 900) &&
                  !hustings_event_store_check_in (demo->file, hustings_shift_get_id (shift), id,
                                                  -1, error))
                return FALSE;
            }
        }
      if (!add_event_guests (demo, plan, hustings_event_get_id (event), past, volunteers, error))
        return FALSE;
    }
  return TRUE;
}

static const struct {
  HustingsInteractionKind kind;
  guint                   weight;
  const char             *outcomes[3];
} demo_interactions[] = {
  { HUSTINGS_INTERACTION_CALL,    35, { "Left a voicemail", "Will give again in the fall",
                                        "Asked to be called after the primary" } },
  { HUSTINGS_INTERACTION_EMAIL,   20, { "Sent the event invitation", "Replied: will attend",
                                        "Sent employer and occupation" } },
  { HUSTINGS_INTERACTION_MEETING, 10, { "Coffee: agreed to host a house party",
                                        "Met at the office", "Lunch with the candidate" } },
  { HUSTINGS_INTERACTION_LETTER,  10, { "Thank-you letter mailed", "Receipt mailed",
                                        "Best-efforts letter mailed" } },
  { HUSTINGS_INTERACTION_TEXT,    10, { "Shift reminder sent", "Confirmed for Saturday",
                                        "No reply" } },
  { HUSTINGS_INTERACTION_DOOR,    15, { "Supporter: wants a yard sign", "Not home",
                                        "Undecided: left literature" } },
};

static gboolean
add_interactions (Demo    *demo,
                  GError **error)
{
  guint n = MIN (demo->n_contacts / 10, 2000);
  guint total_weight = 0;
  guint n_days = (guint) g_date_days_between (&demo->start, &demo->end) + 1;

  for (guint i = 0; i < G_N_ELEMENTS (demo_interactions); i++)
    total_weight += demo_interactions[i].weight;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HustingsInteraction) interaction = hustings_interaction_new ();
      guint roll = rng_below (&demo->rng, total_weight);
      guint k = 0;
      GDate day = demo->start;
      char date[11], time[6];

      while (roll >= demo_interactions[k].weight)
        roll -= demo_interactions[k++].weight;
      g_date_add_days (&day, rng_below (&demo->rng, n_days));
      format_date (&day, date);
      g_snprintf (time, sizeof time, "%02u:%02u", 9 + rng_below (&demo->rng, 11),
                  rng_below (&demo->rng, 4) * 15);
      hustings_interaction_set_contact_id (interaction, pick_person (demo));
      hustings_interaction_set_kind (interaction, demo_interactions[k].kind);
      hustings_interaction_set_outcome (interaction,
                                        demo_interactions[k].outcomes[rng_below (&demo->rng, 3)]);
      if (!hustings_interaction_set_when_local (interaction, date,
                                                demo_interactions[k].kind ==
                                                  HUSTINGS_INTERACTION_LETTER ? NULL : time,
                                                error) ||
          !hustings_interaction_store_add (demo->file, interaction, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_tasks (Demo    *demo,
           GError **error)
{
  static const struct {
    const char *title;
    int         due;     /* days after the last election */
    gboolean    contact;
    gboolean    done;
  } tasks[] = {
    { "Reconcile the October bank statement", 12, FALSE, FALSE },
    { "Call to thank for the Harvest Dinner", 15, TRUE, FALSE },
    { "Ask for employer and occupation", 20, TRUE, FALSE },
    { "Confirm callers for the Winter Phone Bank", 38, FALSE, FALSE },
    { "Book the room for the Volunteer Thank-You Party", 25, FALSE, FALSE },
    { "Deliver a yard sign", 4, TRUE, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (tasks); i++)
    {
      g_autoptr(HustingsTask) task = hustings_task_new ();
      GDate day = demo->end;
      char date[11];

      g_date_add_days (&day, (guint) tasks[i].due);
      format_date (&day, date);
      hustings_task_set_title (task, tasks[i].title);
      hustings_task_set_due_date (task, date);
      if (tasks[i].contact)
        hustings_task_set_contact_id (task, pick_person (demo));
      if (!hustings_task_store_add (demo->file, task, error) ||
          (tasks[i].done &&
           !hustings_task_store_set_done (demo->file, hustings_task_get_id (task), TRUE, error)))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_segments (Demo    *demo,
              GError **error)
{
  g_autofree char *district = g_strdup_printf ("district=%s",
                                               demo->committee->candidate_district);
  g_autofree char *lapsed = g_strdup_printf ("last-gift<%d-01-01",
                                             g_date_get_year (&demo->end));
  const char *segments[][2] = {
    { "Major donors", "total>=1000" },
    { "Lapsed donors", lapsed },
    { "Donors without email", "not has-email; total>0" },
    { "Canvassers", "skill=canvassing" },
    { "In the district", *demo->committee->candidate_district ? district : NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (segments); i++)
    {
      g_autoptr(HustingsSegment) segment = NULL;
      g_autoptr(HustingsSegment) saved = NULL;

      /* A second demo campaign in the same file keeps the first one's segments. */
      saved = hustings_segment_store_get (demo->file, segments[i][0], NULL);
      if (segments[i][1] == NULL || saved != NULL)
        continue;
      segment = hustings_segment_parse (segments[i][0], segments[i][1], error);
      if (segment == NULL || !hustings_segment_store_add (demo->file, segment, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_outreach (Demo    *demo,
              GError **error)
{
  g_autoptr(GArray) volunteers = NULL;

  if (demo->n_contacts == 0)
    return TRUE;
  volunteers = add_volunteers (demo, error);
  return volunteers != NULL &&
         add_events (demo, volunteers, error) &&
         add_interactions (demo, error) &&
         add_tasks (demo, error) &&
         add_segments (demo, error);
}

static gboolean
generate (Demo    *demo,
          GError **error)
{
  guint n = demo->n_contacts;

  demo->female_cumulative = zipf_cumulative (hustings_demo_n_female_names, 12);
  demo->male_cumulative = zipf_cumulative (hustings_demo_n_male_names, 12);
  demo->last_cumulative = zipf_cumulative (hustings_demo_n_last_names, 20);
  demo_set_places (demo);
  demo_set_window (demo);
  demo_plan_fundraisers (demo);
  demo->online = g_new0 (gint64, demo->n_months);
  demo->source_serial = (guint64) hustings_committee_file_count_donations (demo->file);

  demo->contact_ids = g_try_new (gint64, n);
  demo->donor = g_try_new0 (guint8, n);
  demo->given = g_try_new0 (guint32, (gsize) n * demo->n_buckets);
  demo->fenwick = g_try_new0 (guint64, n);
  if (n > 0 && (demo->contact_ids == NULL || demo->donor == NULL || demo->given == NULL ||
                demo->fenwick == NULL))
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED,
                           _("There is not enough memory for a demo campaign that large"));
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (demo->monthly); i++)
    demo->monthly[i] = g_array_new (FALSE, FALSE, sizeof (Subscription));
  for (demo->fenwick_top = 1; demo->fenwick_top * 2 <= n; demo->fenwick_top *= 2)
    ;

  rng_init (&demo->rng, demo->seed, 1);
  if (!add_contacts (demo, error))
    return FALSE;
  rng_init (&demo->rng, demo->seed, 2);
  if (!add_donations (demo, error))
    return FALSE;
  rng_init (&demo->rng, demo->seed, 3);
  if (!add_disbursements (demo, error) || !file_past_reports (demo, error))
    return FALSE;
  rng_init (&demo->rng, demo->seed, 4);
  return add_outreach (demo, error);
}

static void
set_text (char       **field,
          const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

HustingsCommittee *
hustings_demo_committee (void)
{
  HustingsCommittee *committee = hustings_committee_new ();

  set_text (&committee->name, "Friends of Maria Alvarez");
  set_text (&committee->fec_id, "C00812345");
  committee->type = HUSTINGS_COMMITTEE_HOUSE;
  set_text (&committee->street1, "1427 Fulton St");
  set_text (&committee->street2, "Suite 210");
  set_text (&committee->city, "Fresno");
  set_text (&committee->state, "CA");
  set_text (&committee->zip, "93721");
  set_text (&committee->email, "treasurer@alvarezforcongress.org");
  set_text (&committee->treasurer_first, "Grace");
  set_text (&committee->treasurer_last, "Whitfield");
  set_text (&committee->candidate_first, "Maria");
  set_text (&committee->candidate_last, "Alvarez");
  set_text (&committee->candidate_office, "H");
  set_text (&committee->candidate_state, "CA");
  set_text (&committee->candidate_district, "21");
  set_text (&committee->filing_frequency, "Q");
  hustings_committee_add_election (committee, "P2026", "2026-06-02", "CA");
  hustings_committee_add_election (committee, "G2026", "2026-11-03", "CA");
  return committee;
}

gboolean
hustings_demo_populate (HustingsCommitteeFile *file,
                        guint                  n_contacts,
                        guint                  n_donations,
                        guint32                seed,
                        HustingsDemoProgress   progress,
                        gpointer               progress_data,
                        GCancellable          *cancellable,
                        GError               **error)
{
  Demo demo = { 0, };
  gboolean ok;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_donations > 0 && n_contacts == 0)
    {
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                           _("Donations need donors: ask for at least one contact"));
      return FALSE;
    }

  demo.file = file;
  demo.committee = hustings_committee_file_peek_committee (file);
  demo.seed = seed;
  demo.n_contacts = n_contacts;
  demo.n_donations = n_donations;
  demo.rows_total = (guint64) n_contacts + n_donations;
  demo.next_report = MAX (demo.rows_total / 200, 1);
  demo.progress = progress;
  demo.progress_data = progress_data;
  demo.cancellable = cancellable;

  if (!hustings_committee_file_begin (file, error))
    return FALSE;
  ok = generate (&demo, error);
  if (ok)
    ok = hustings_committee_file_commit (file, error); /* rolls back by itself on failure */
  else
    hustings_committee_file_rollback (file);
  demo_clear (&demo);

  if (ok && progress != NULL)
    progress (1.0, progress_data);
  return ok;
}

gboolean
hustings_demo_create (const char           *path,
                      guint                 n_contacts,
                      guint                 n_donations,
                      guint32               seed,
                      HustingsDemoProgress  progress,
                      gpointer              progress_data,
                      GCancellable         *cancellable,
                      GError              **error)
{
  g_autoptr(HustingsCommittee) committee = hustings_demo_committee ();
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *shm = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  file = hustings_committee_file_create (path, committee, error);
  if (file == NULL)
    return FALSE;
  if (hustings_demo_populate (file, n_contacts, n_donations, seed, progress, progress_data,
                              cancellable, error))
    return TRUE;

  /* Leave nothing half-made behind. */
  g_clear_object (&file);
  wal = g_strconcat (path, "-wal", NULL);
  shm = g_strconcat (path, "-shm", NULL);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  return FALSE;
}
