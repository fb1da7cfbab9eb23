/* test-fec-fixtures.c: real FEC filings from ../shared/fixtures/fec against the core.
 *
 * Every itemized receipt (Schedule A) of the version 6 to 8 filings is checked, and every
 * contribution among them is entered as a contact and a donation, the way a treasurer moving
 * to Hustings would: the real names, addresses, dates and amounts must all be accepted, and
 * the per-contributor totals Hustings keeps must never be more than the cycle- or year-to-date
 * aggregate the filing itself reported.
 *
 * Skips when ../shared is not there.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>

#include "hustings-core.h"

static const char *fixtures_dir;

typedef struct {
  char   *key;        /* contributor: name and ZIP */
  gint64  contact_id;
  gint64  reported;   /* the largest aggregate the filing reported for them */
} Contributor;

static void
contributor_free (Contributor *c)
{
  g_free (c->key);
  g_free (c);
}

/* Fields of one record: FS-separated, surrounding double quotes dropped. */
static GStrv
split_record (const char *line)
{
  GStrv fields = g_strsplit (line, "\x1c", -1);

  for (guint i = 0; fields[i]; i++)
    {
      g_strstrip (fields[i]);
      if (fields[i][0] == '"')
        memmove (fields[i], fields[i] + 1, strlen (fields[i]));
      if (*fields[i] && fields[i][strlen (fields[i]) - 1] == '"')
        fields[i][strlen (fields[i]) - 1] = '\0';
    }
  return fields;
}

static const char *
field (GStrv f, guint n)
{
  return n < g_strv_length (f) ? f[n] : "";
}

static char *
iso_date (const char *yyyymmdd)
{
  if (strlen (yyyymmdd) != 8)
    return g_strdup ("");
  return g_strdup_printf ("%.4s-%.2s-%.2s", yyyymmdd, yyyymmdd + 4, yyyymmdd + 6);
}

static void
check_filing (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = g_build_filename (fixtures_dir, name, NULL);
  g_autofree char *contents = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(HustingsCommittee) committee = hustings_committee_new ();
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(GHashTable) contributors = NULL;
  g_autoptr(GHashTable) elections = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GError) error = NULL;
  gboolean form3 = FALSE;
  guint receipts = 0;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i]; i++)
    {
      GStrv f;
      g_autofree char *date = NULL;
      gint64 cents = 0;

      g_strchomp (lines[i]);
      if (g_ascii_strncasecmp (lines[i], "F3", 2) == 0 && g_ascii_strncasecmp (lines[i], "F3X", 3))
        form3 = TRUE;
      if (g_ascii_strncasecmp (lines[i], "SA", 2) != 0)
        continue;

      f = split_record (lines[i]);
      g_ptr_array_add (rows, f);

      /* What every receipt of a real filing must satisfy. */
      g_assert_true (hustings_fec_committee_id_is_valid (field (f, 1)));
      g_assert_true (hustings_money_parse (field (f, 20), &cents, &error));
      g_assert_no_error (error);
      date = iso_date (field (f, 19));
      g_assert_true (hustings_date_is_valid (date));
      if (*field (f, 17))
        {
          g_assert_true (hustings_election_code_is_valid (field (f, 17)));
          g_hash_table_add (elections, g_strdup (field (f, 17)));
        }
      {
        HustingsEntityType type;

        g_assert_true (hustings_entity_type_from_code (field (f, 5), &type));
      }
    }
  if (rows->len == 0)
    {
      g_test_skip ("no itemized receipts in this filing");
      return;
    }

  /* A committee to hold them, knowing the elections the receipts name. */
  g_free (committee->name);
  committee->name = g_strdup (name);
  committee->type = form3 ? HUSTINGS_COMMITTEE_HOUSE : HUSTINGS_COMMITTEE_PAC;
  {
    GHashTableIter iter;
    gpointer code;

    g_hash_table_iter_init (&iter, elections);
    while (g_hash_table_iter_next (&iter, &code, NULL))
      {
        int year = atoi ((char *) code + 1);
        g_autofree char *day = ((char *) code)[0] == 'G'
                               ? hustings_general_election_day (year)
                               : g_strdup_printf ("%d-06-01", year);

        hustings_committee_add_election (committee, code, day, "");
      }
  }
  dir = g_dir_make_tmp ("hustings-conformance-XXXXXX", NULL);
  db = g_build_filename (dir, "filing.hustings", NULL);
  file = hustings_committee_file_create (db, committee, &error);
  g_assert_no_error (error);

  contributors = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                        (GDestroyNotify) contributor_free);
  g_assert_true (hustings_committee_file_begin (file, &error));
  for (guint i = 0; i < rows->len; i++)
    {
      GStrv f = rows->pdata[i];
      HustingsEntityType type = HUSTINGS_ENTITY_IND;
      g_autoptr(HustingsDonation) d = NULL;
      g_autofree char *date = iso_date (field (f, 19));
      g_autofree char *key = NULL;
      g_autofree char *source_id = NULL;
      Contributor *who;
      gint64 cents = 0, aggregate = 0;

      /* Contributions only (lines 11 and 12, not loans, offsets or other receipts). Memo
       * entries repeat money reported elsewhere; refunds need their original. */
      hustings_money_parse (field (f, 20), &cents, NULL);
      if ((g_ascii_strncasecmp (field (f, 0), "SA11", 4) != 0 &&
           g_ascii_strncasecmp (field (f, 0), "SA12", 4) != 0) ||
          g_ascii_strcasecmp (field (f, 42), "X") == 0 || cents <= 0)
        continue;
      hustings_entity_type_from_code (field (f, 5), &type);
      key = g_strdup_printf ("%s|%s|%s|%s", field (f, 6), field (f, 7), field (f, 8),
                             field (f, 16));
      who = g_hash_table_lookup (contributors, key);
      if (who == NULL)
        {
          g_autoptr(HustingsContact) c = hustings_contact_new (type);

          hustings_contact_set_field (c, HUSTINGS_CONTACT_ORG_NAME, field (f, 6));
          hustings_contact_set_field (c, HUSTINGS_CONTACT_LAST_NAME, field (f, 7));
          hustings_contact_set_field (c, HUSTINGS_CONTACT_FIRST_NAME, field (f, 8));
          hustings_contact_set_field (c, HUSTINGS_CONTACT_MIDDLE_NAME, field (f, 9));
          hustings_contact_set_field (c, HUSTINGS_CONTACT_PREFIX, field (f, 10));
          hustings_contact_set_field (c, HUSTINGS_CONTACT_SUFFIX, field (f, 11));
          hustings_contact_set_field (c, HUSTINGS_CONTACT_STREET1, field (f, 12));
          hustings_contact_set_field (c, HUSTINGS_CONTACT_STREET2, field (f, 13));
          hustings_contact_set_field (c, HUSTINGS_CONTACT_CITY, field (f, 14));
          hustings_contact_set_field (c, HUSTINGS_CONTACT_STATE, field (f, 15));
          hustings_contact_set_field (c, HUSTINGS_CONTACT_ZIP, field (f, 16));
          hustings_contact_set_field (c, HUSTINGS_CONTACT_EMPLOYER, field (f, 23));
          hustings_contact_set_field (c, HUSTINGS_CONTACT_OCCUPATION, field (f, 24));
          hustings_contact_set_field (c, HUSTINGS_CONTACT_FEC_ID, field (f, 25));
          if (!hustings_contact_store_add (file, c, &error))
            g_error ("%s: %s %s %s refused: %s", name, field (f, 6), field (f, 8), field (f, 7),
                     error->message);
          who = g_new0 (Contributor, 1);
          who->key = g_steal_pointer (&key);
          who->contact_id = hustings_contact_get_id (c);
          g_hash_table_insert (contributors, who->key, who);
        }
      hustings_money_parse (field (f, 21), &aggregate, NULL);
      who->reported = MAX (who->reported, aggregate);

      d = hustings_donation_new ();
      hustings_donation_set_contact_id (d, who->contact_id);
      hustings_donation_set_date (d, date);
      hustings_donation_set_amount (d, cents);
      hustings_donation_set_election (d, *field (f, 17) ? field (f, 17) : NULL);
      source_id = g_strdup_printf ("%s:%s", name, field (f, 2));
      hustings_donation_set_source (d, "FEC", source_id);
      if (!hustings_donation_store_add (file, d, &error))
        g_error ("%s: receipt %s refused: %s", name, field (f, 2), error->message);
      receipts++;
    }
  g_assert_true (hustings_committee_file_commit (file, &error));
  g_assert_cmpuint (receipts, >, 0);
  g_test_message ("%s: %u receipts from %u contributors", name, receipts,
                  g_hash_table_size (contributors));

  /* Within one report, what Hustings sums for a contributor cannot exceed the aggregate the
   * filing reports (which also counts their earlier gifts). */
  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, contributors);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      {
        Contributor *who = value;
        g_autoptr(GPtrArray) totals = hustings_contact_store_totals (file, who->contact_id,
                                                                     form3 ? HUSTINGS_TOTAL_CYCLE
                                                                           : HUSTINGS_TOTAL_YEAR);
        gint64 ours = 0;

        for (guint i = 0; i < totals->len; i++)
          ours += ((HustingsTotal *) totals->pdata[i])->total_cents;
        if (who->reported > 0)
          g_assert_cmpint (ours, <=, who->reported);
      }
  }

  g_clear_object (&file);
  {
    g_autofree char *wal = g_strconcat (db, "-wal", NULL);
    g_autofree char *shm = g_strconcat (db, "-shm", NULL);

    g_unlink (db);
    g_unlink (wal);
    g_unlink (shm);
    g_rmdir (dir);
  }
}

static void
skip_all (void)
{
  g_test_skip ("../shared/fixtures/fec is not here");
}

int
main (int argc, char *argv[])
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_test_init (&argc, &argv, NULL);
  fixtures_dir = g_getenv ("HUSTINGS_FEC_FIXTURES");
  if (fixtures_dir == NULL || (dir = g_dir_open (fixtures_dir, 0, NULL)) == NULL)
    {
      g_test_add_func ("/conformance/fec-fixtures", skip_all);
      return g_test_run ();
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixtures_dir, name, NULL);
      g_autofree char *head = NULL;

      /* The version 6 to 8 filings: FS-separated. */
      if (!g_str_has_suffix (name, ".fec") ||
          !g_file_get_contents (path, &head, NULL, NULL) || strchr (head, '\x1c') == NULL)
        continue;
      g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *test = g_strdup_printf ("/conformance/fec-fixtures/%s",
                                               (char *) names->pdata[i]);

      g_test_add_data_func (test, names->pdata[i], check_filing);
    }
  return g_test_run ();
}
