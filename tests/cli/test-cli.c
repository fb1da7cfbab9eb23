/* test-cli.c: runs the built hustings-cli in a temporary directory and checks what it prints,
 * what it leaves behind and how it exits; and checks the demo generator's promises.
 *
 * The program to run comes from the environment variable HUSTINGS_CLI (set by meson).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <signal.h>
#include <stdarg.h>
#include <string.h>

#include <glib/gstdio.h>
#include <gio/gio.h>

#include "hustings-core.h"
#include "hustings-demo-data.h"

typedef struct {
  char *dir;
} Fixture;

typedef struct {
  char *out;
  char *err;
  int   status;
} Result;

static void
result_free (Result *result)
{
  g_free (result->out);
  g_free (result->err);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Result, result_free)

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("hustings-cli-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static char *
fixture_path (Fixture    *f,
              const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static gboolean
fixture_has (Fixture    *f,
             const char *name)
{
  g_autofree char *path = fixture_path (f, name);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static GSubprocess *
spawn_cli (Fixture            *f,
           const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("HUSTINGS_CLI");
  GSubprocess *process;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (char *) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_subprocess_launcher_set_cwd (launcher, f->dir);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  return process;
}

static Result *
wait_cli (GSubprocess *process)
{
  g_autoptr(GError) error = NULL;
  Result *result = g_new0 (Result, 1);

  g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  result->status = g_subprocess_get_exit_status (process);
  return result;
}

/* Runs hustings-cli with the arguments up to NULL, in the fixture's directory. */
G_GNUC_NULL_TERMINATED static Result *
run_cli (Fixture    *f,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  va_list ap;

  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  process = spawn_cli (f, (const char * const *) args->pdata);
  return wait_cli (process);
}

/* A failure: the status, and one message on stderr in the program's format. */
static void
assert_failed (Result     *result,
               int         status,
               const char *fragment)
{
  g_assert_cmpint (result->status, ==, status);
  g_assert_true (g_str_has_prefix (result->err, "hustings-cli: "));
  if (fragment != NULL && strstr (result->err, fragment) == NULL)
    g_error ("“%s” is not in the error output: %s", fragment, result->err);
  g_assert_cmpstr (result->out, ==, "");
}

static GPtrArray *
split_tsv (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  guint n = g_strv_length (lines);

  /* Every line ends with a newline: the last piece is empty. */
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpstr (lines[n - 1], ==, "");
  for (guint i = 0; i + 1 < n; i++)
    g_ptr_array_add (rows, g_strsplit (lines[i], "\t", -1));
  return rows;
}

static const char *contact_header =
  "id\ttype\tname\tstreet\tcity\tstate\tzip\temail\tphone\temployer\toccupation\tcycle_total\t"
  "last_gift\n";
static const char *donation_header =
  "id\tdate\tcontact_id\tdonor\tamount\tmethod\telection\tcheck_number\tsource\tsource_id\t"
  "memo\trefund_of\n";

/* ---- help and usage ---- */

static void
test_help (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(Result) help = run_cli (f, "--help", NULL);
  g_autoptr(Result) version = run_cli (f, "--version", NULL);
  g_autoptr(Result) new_help = run_cli (f, "new", "--help", NULL);
  g_autoptr(Result) demo_help = run_cli (f, "demo", "--help", NULL);
  g_autoptr(Result) import_help = run_cli (f, "import", "--help", NULL);
  const char *commands[] = { "new", "contacts", "donations", "demo", "import", "imports",
                             "undo-import", "export" };

  g_assert_cmpint (help->status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n  %s ", commands[i]);

      g_assert_nonnull (strstr (help->out, line));
    }

  g_assert_cmpint (version->status, ==, 0);
  g_assert_cmpstr (version->out, ==, "hustings-cli " PACKAGE_VERSION "\n");

  g_assert_cmpint (new_help->status, ==, 0);
  g_assert_nonnull (strstr (new_help->out, "hustings-cli new [OPTION…] FILE"));
  g_assert_nonnull (strstr (new_help->out, "--fec-id"));
  g_assert_nonnull (strstr (new_help->out, "--election"));
  g_assert_cmpint (demo_help->status, ==, 0);
  g_assert_nonnull (strstr (demo_help->out, "--seed"));
  g_assert_cmpint (import_help->status, ==, 0);
  g_assert_nonnull (strstr (import_help->out, "hustings-cli import [OPTION…] FILE DATA"));
  g_assert_nonnull (strstr (import_help->out, "--format"));
  g_assert_nonnull (strstr (import_help->out, "--map"));
  g_assert_nonnull (strstr (import_help->out, "--skip-bad-rows"));
}

static void
test_usage_errors (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(Result) none = run_cli (f, NULL, NULL);
  g_autoptr(Result) unknown = run_cli (f, "frobnicate", "x.hustings", NULL);
  g_autoptr(Result) no_file = run_cli (f, "contacts", NULL);
  g_autoptr(Result) two_files = run_cli (f, "donations", "a.hustings", "b.hustings", NULL);
  g_autoptr(Result) bad_option = run_cli (f, "contacts", "--bogus", "x.hustings", NULL);
  g_autoptr(Result) bad_count = run_cli (f, "demo", "d.hustings", "--contacts", "many", NULL);
  g_autoptr(Result) negative = run_cli (f, "demo", "d.hustings", "--donations", "-5", NULL);
  g_autoptr(Result) bad_date = run_cli (f, "donations", "x.hustings", "--from", "2025-13-45",
                                        NULL);

  assert_failed (none, 2, "No command");
  assert_failed (unknown, 2, "frobnicate");
  assert_failed (no_file, 2, "No committee file");
  assert_failed (two_files, 2, "b.hustings");
  assert_failed (bad_option, 2, "--bogus");
  assert_failed (bad_count, 2, "many");
  assert_failed (negative, 2, "-5");
  assert_failed (bad_date, 2, "--from");
  g_assert_false (fixture_has (f, "d.hustings"));
}

/* ---- new ---- */

static HustingsCommitteeFile *
open_fixture_file (Fixture    *f,
                   const char *name)
{
  g_autofree char *path = fixture_path (f, name);
  g_autoptr(GError) error = NULL;
  HustingsCommitteeFile *file = hustings_committee_file_open (path, &error);

  g_assert_no_error (error);
  return file;
}

static void
test_new_good (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(Result) house = run_cli (f, "new", "house.hustings", "--name", "Friends of Ann Lee",
                                     "--fec-id", "C00123456", "--form", "F3",
                                     "--election", "G2026=2026-11-03",
                                     "--election", "P2026=2026-06-02", NULL);
  g_autoptr(Result) senate = run_cli (f, "new", "senate.hustings", "--name", "Lee for Senate",
                                      "--form", "F3", "--type", "senate", NULL);
  g_autoptr(Result) pac = run_cli (f, "new", "pac.hustings", "--name", "Good Roads PAC",
                                   "--fec-id", "C00999999", "--form", "F3X", NULL);
  g_autoptr(Result) party = run_cli (f, "new", "party.hustings", "--name", "County Party",
                                     "--form", "f3x", "--type", "party", NULL);
  g_autoptr(Result) again = run_cli (f, "new", "house.hustings", "--name", "Someone Else",
                                     "--form", "F3", NULL);
  g_autoptr(Result) contacts = run_cli (f, "contacts", "house.hustings", NULL);
  g_autoptr(Result) donations = run_cli (f, "donations", "house.hustings", NULL);
  g_autoptr(HustingsCommitteeFile) file = NULL;
  const HustingsCommittee *committee;
  const HustingsElection *election;

  g_assert_cmpint (house->status, ==, 0);
  g_assert_cmpstr (house->err, ==, "");
  g_assert_nonnull (strstr (house->out, "Friends of Ann Lee"));
  file = open_fixture_file (f, "house.hustings");
  committee = hustings_committee_file_peek_committee (file);
  g_assert_cmpstr (committee->name, ==, "Friends of Ann Lee");
  g_assert_cmpstr (committee->fec_id, ==, "C00123456");
  g_assert_cmpint (committee->type, ==, HUSTINGS_COMMITTEE_HOUSE);
  g_assert_cmpstr (committee->candidate_office, ==, "H");
  g_assert_cmpuint (committee->elections->len, ==, 2);
  election = g_ptr_array_index (committee->elections, 0);
  g_assert_cmpstr (election->code, ==, "P2026");
  g_assert_cmpstr (election->date, ==, "2026-06-02");
  election = g_ptr_array_index (committee->elections, 1);
  g_assert_cmpstr (election->code, ==, "G2026");
  g_clear_object (&file);

  g_assert_cmpint (senate->status, ==, 0);
  file = open_fixture_file (f, "senate.hustings");
  g_assert_cmpint (hustings_committee_file_peek_committee (file)->type, ==,
                   HUSTINGS_COMMITTEE_SENATE);
  g_assert_cmpstr (hustings_committee_file_peek_committee (file)->fec_id, ==, "");
  g_clear_object (&file);

  g_assert_cmpint (pac->status, ==, 0);
  file = open_fixture_file (f, "pac.hustings");
  g_assert_cmpint (hustings_committee_file_peek_committee (file)->type, ==,
                   HUSTINGS_COMMITTEE_PAC);
  g_clear_object (&file);

  g_assert_cmpint (party->status, ==, 0);
  file = open_fixture_file (f, "party.hustings");
  g_assert_cmpint (hustings_committee_file_peek_committee (file)->type, ==,
                   HUSTINGS_COMMITTEE_PARTY);
  g_clear_object (&file);

  /* An existing file is refused and left as it was. */
  assert_failed (again, 1, "already exists");
  file = open_fixture_file (f, "house.hustings");
  g_assert_cmpstr (hustings_committee_file_peek_committee (file)->name, ==,
                   "Friends of Ann Lee");

  g_assert_cmpint (contacts->status, ==, 0);
  g_assert_cmpstr (contacts->out, ==, contact_header);
  g_assert_cmpint (donations->status, ==, 0);
  g_assert_cmpstr (donations->out, ==, donation_header);
}

typedef struct {
  const char *args[8];
  int         status;
  const char *fragment;
} BadNew;

static void
test_new_bad (Fixture       *f,
              gconstpointer  data)
{
  static const BadNew cases[] = {
    { { "--name", "X", "--fec-id", "C123", "--form", "F3" }, 1, "FEC committee ID" },
    { { "--name", "X", "--fec-id", "D00123456", "--form", "F3" }, 1, "FEC committee ID" },
    { { "--name", "X", "--form", "F99" }, 2, "F99" },
    { { "--name", "X", "--form", "F3", "--type", "pac" }, 2, "F3" },
    { { "--name", "X", "--form", "F3X", "--type", "club" }, 2, "club" },
    { { "--name", "X", "--form", "F3", "--election", "P2026" }, 2, "P2026" },
    { { "--name", "X", "--form", "F3", "--election", "X2026=2026-06-02" }, 1, "X2026" },
    { { "--name", "X", "--form", "F3", "--election", "P2026=2026-02-30" }, 1, "P2026" },
    { { "--name", "X", "--form", "F3", "--election", "P2026=2027-06-01" }, 1, "P2026" },
    { { "--name", "   ", "--form", "F3" }, 1, "name" },
    { { "--fec-id", "C00123456", "--form", "F3" }, 2, "--name" },
    { { "--name", "X" }, 2, "--form" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(Result) result = NULL;
      const char * const *a = cases[i].args;

      result = run_cli (f, "new", "bad.hustings", a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7],
                        NULL);
      assert_failed (result, cases[i].status, cases[i].fragment);
      g_assert_false (fixture_has (f, "bad.hustings"));
    }
}

/* ---- contacts and donations over a file made here ---- */

static gint64
add_contact (HustingsCommitteeFile *file,
             HustingsEntityType     type,
             const char * const    *fields)
{
  g_autoptr(HustingsContact) contact = hustings_contact_new (type);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; fields[i] != NULL; i += 2)
    {
      HustingsContactField field = GPOINTER_TO_UINT (fields[i]) - 1;

      hustings_contact_set_field (contact, field, fields[i + 1]);
    }
  if (type == HUSTINGS_ENTITY_IND)
    {
      const char *emails[] = { "ann.lee@example.org", "ann@example.com", NULL };
      const char *phones[] = { "559-555-0101", NULL };

      hustings_contact_set_emails (contact, emails);
      hustings_contact_set_phones (contact, phones);
    }
  hustings_contact_store_add (file, contact, &error);
  g_assert_no_error (error);
  return hustings_contact_get_id (contact);
}

#define F(field) GUINT_TO_POINTER ((field) + 1)

static gint64
add_donation (HustingsCommitteeFile *file,
              gint64                 contact_id,
              const char            *date,
              gint64                 cents,
              HustingsMethod         method,
              gint64                 refund_of)
{
  g_autoptr(HustingsDonation) donation = hustings_donation_new ();
  g_autoptr(GError) error = NULL;

  hustings_donation_set_contact_id (donation, contact_id);
  hustings_donation_set_date (donation, date);
  hustings_donation_set_amount (donation, cents);
  hustings_donation_set_method (donation, method);
  hustings_donation_set_refund_of (donation, refund_of);
  if (method == HUSTINGS_METHOD_CHECK)
    hustings_donation_set_check_number (donation, "1042");
  if (method == HUSTINGS_METHOD_PROCESSOR)
    hustings_donation_set_source (donation, "ActBlue", refund_of ? "AB77R" : "AB77");
  hustings_donation_set_memo (donation, refund_of ? "Refund:\tdonor\nrequest" : "");
  hustings_donation_store_add (file, donation, &error);
  g_assert_no_error (error);
  return hustings_donation_get_id (donation);
}

/* Two contacts and four receipts: Ann Lee (person, with a tab and a line break in her
 * employer) and a PAC. */
static void
make_small_file (Fixture *f)
{
  g_autoptr(HustingsCommittee) committee = hustings_committee_new ();
  g_autofree char *path = fixture_path (f, "small.hustings");
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(GError) error = NULL;
  const char *ann[] = {
    F (HUSTINGS_CONTACT_FIRST_NAME), "Ann", F (HUSTINGS_CONTACT_LAST_NAME), "Lee",
    F (HUSTINGS_CONTACT_STREET1), "12 Oak St", F (HUSTINGS_CONTACT_STREET2), "Apt 4B",
    F (HUSTINGS_CONTACT_CITY), "Fresno", F (HUSTINGS_CONTACT_STATE), "CA",
    F (HUSTINGS_CONTACT_ZIP), "93721", F (HUSTINGS_CONTACT_EMPLOYER), "Acme\tWidgets\nInc",
    F (HUSTINGS_CONTACT_OCCUPATION), "Engineer", NULL
  };
  const char *pac[] = {
    F (HUSTINGS_CONTACT_ORG_NAME), "Good Roads PAC", F (HUSTINGS_CONTACT_FEC_ID), "C00999999",
    F (HUSTINGS_CONTACT_CITY), "Austin", F (HUSTINGS_CONTACT_STATE), "TX", NULL
  };
  gint64 lee, roads, gift;

  g_free (committee->name);
  committee->name = g_strdup ("Friends of Test");
  hustings_committee_add_election (committee, "P2026", "2026-06-02", "CA");
  hustings_committee_add_election (committee, "G2026", "2026-11-03", "CA");
  file = hustings_committee_file_create (path, committee, &error);
  g_assert_no_error (error);

  lee = add_contact (file, HUSTINGS_ENTITY_IND, ann);
  roads = add_contact (file, HUSTINGS_ENTITY_PAC, pac);
  add_donation (file, lee, "2026-01-15", 2500, HUSTINGS_METHOD_CHECK, 0);
  gift = add_donation (file, roads, "2026-03-01", 100000, HUSTINGS_METHOD_PROCESSOR, 0);
  add_donation (file, roads, "2026-03-20", -100000, HUSTINGS_METHOD_PROCESSOR, gift);
  add_donation (file, lee, "2026-07-04", 5050, HUSTINGS_METHOD_CASH, 0);
}

static void
test_contacts (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(Result) all = NULL;
  g_autoptr(Result) found = NULL;
  g_autoptr(Result) by_city = NULL;
  g_autoptr(Result) none = NULL;
  g_autofree char *expected = NULL;
  const char *lee =
    "1\tIND\tAnn Lee\t12 Oak St, Apt 4B\tFresno\tCA\t93721\tann.lee@example.org\t559-555-0101\t"
    "Acme Widgets Inc\tEngineer\t75.50\t2026-07-04\n";
  const char *roads = "2\tPAC\tGood Roads PAC\t\tAustin\tTX\t\t\t\t\t\t0.00\t2026-03-01\n";

  make_small_file (f);
  all = run_cli (f, "contacts", "small.hustings", NULL);
  found = run_cli (f, "contacts", "small.hustings", "--search", "roads", NULL);
  by_city = run_cli (f, "contacts", "small.hustings", "--search", "fres", NULL);
  none = run_cli (f, "contacts", "small.hustings", "--search", "nobody", NULL);

  g_assert_cmpint (all->status, ==, 0);
  g_assert_cmpstr (all->err, ==, "");
  expected = g_strconcat (contact_header, lee, roads, NULL);
  g_assert_cmpstr (all->out, ==, expected);
  g_clear_pointer (&expected, g_free);

  g_assert_cmpint (found->status, ==, 0);
  expected = g_strconcat (contact_header, roads, NULL);
  g_assert_cmpstr (found->out, ==, expected);
  g_clear_pointer (&expected, g_free);

  g_assert_cmpint (by_city->status, ==, 0);
  expected = g_strconcat (contact_header, lee, NULL);
  g_assert_cmpstr (by_city->out, ==, expected);

  g_assert_cmpint (none->status, ==, 0);
  g_assert_cmpstr (none->out, ==, contact_header);
}

static void
test_donations (Fixture       *f,
                gconstpointer  data)
{
  const char *rows[] = {
    "1\t2026-01-15\t1\tAnn Lee\t25.00\tcheck\tP2026\t1042\t\t\t\t\n",
    "2\t2026-03-01\t2\tGood Roads PAC\t1000.00\tprocessor\tP2026\t\tActBlue\tAB77\t\t\n",
    "3\t2026-03-20\t2\tGood Roads PAC\t-1000.00\tprocessor\tP2026\t\tActBlue\tAB77R\t"
    "Refund: donor request\t2\n",
    "4\t2026-07-04\t1\tAnn Lee\t50.50\tcash\tG2026\t\t\t\t\t\n",
  };
  g_autoptr(Result) all = NULL;
  g_autoptr(Result) range = NULL;
  g_autoptr(Result) us_dates = NULL;
  g_autoptr(Result) from = NULL;
  g_autoptr(Result) empty = NULL;
  g_autofree char *expected = NULL;

  make_small_file (f);
  all = run_cli (f, "donations", "small.hustings", NULL);
  range = run_cli (f, "donations", "small.hustings", "--from", "2026-02-01", "--to",
                   "2026-03-31", NULL);
  us_dates = run_cli (f, "donations", "small.hustings", "--from", "2/1/2026", "--to",
                      "3/31/2026", NULL);
  from = run_cli (f, "donations", "small.hustings", "--from", "2026-03-20", NULL);
  empty = run_cli (f, "donations", "small.hustings", "--to", "2025-12-31", NULL);

  g_assert_cmpint (all->status, ==, 0);
  g_assert_cmpstr (all->err, ==, "");
  expected = g_strconcat (donation_header, rows[0], rows[1], rows[2], rows[3], NULL);
  g_assert_cmpstr (all->out, ==, expected);
  g_clear_pointer (&expected, g_free);

  g_assert_cmpint (range->status, ==, 0);
  expected = g_strconcat (donation_header, rows[1], rows[2], NULL);
  g_assert_cmpstr (range->out, ==, expected);
  g_assert_cmpint (us_dates->status, ==, 0);
  g_assert_cmpstr (us_dates->out, ==, expected);
  g_clear_pointer (&expected, g_free);

  g_assert_cmpint (from->status, ==, 0);
  expected = g_strconcat (donation_header, rows[2], rows[3], NULL);
  g_assert_cmpstr (from->out, ==, expected);

  g_assert_cmpint (empty->status, ==, 0);
  g_assert_cmpstr (empty->out, ==, donation_header);
}

static void
test_not_committee (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *notes = fixture_path (f, "notes.txt");
  g_autoptr(Result) text = NULL;
  g_autoptr(Result) missing = NULL;
  g_autoptr(Result) donations = NULL;

  g_file_set_contents (notes, "Call the printer about the yard signs.\n", -1, NULL);
  text = run_cli (f, "contacts", "notes.txt", NULL);
  donations = run_cli (f, "donations", "notes.txt", NULL);
  missing = run_cli (f, "contacts", "missing.hustings", NULL);

  assert_failed (text, 1, "is not a Hustings committee file");
  assert_failed (donations, 1, "is not a Hustings committee file");
  assert_failed (missing, 1, "missing.hustings");
  g_assert_false (fixture_has (f, "missing.hustings"));
}

/* ---- demo through the command line ---- */

static void
test_demo_deterministic (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(Result) a = run_cli (f, "demo", "a.hustings", "--contacts", "300",
                                 "--donations", "1000", "--seed", "7", NULL);
  g_autoptr(Result) b = run_cli (f, "demo", "b.hustings", "--contacts", "300",
                                 "--donations", "1000", "--seed", "7", NULL);
  g_autoptr(Result) c = run_cli (f, "demo", "c.hustings", "--contacts", "300",
                                 "--donations", "1000", "--seed", "8", NULL);
  g_autoptr(Result) again = run_cli (f, "demo", "a.hustings", "--contacts", "1",
                                     "--donations", "1", NULL);
  g_autoptr(Result) contacts_a = run_cli (f, "contacts", "a.hustings", NULL);
  g_autoptr(Result) contacts_b = run_cli (f, "contacts", "b.hustings", NULL);
  g_autoptr(Result) contacts_c = run_cli (f, "contacts", "c.hustings", NULL);
  g_autoptr(Result) donations_a = run_cli (f, "donations", "a.hustings", NULL);
  g_autoptr(Result) donations_b = run_cli (f, "donations", "b.hustings", NULL);
  g_autoptr(Result) donations_c = run_cli (f, "donations", "c.hustings", NULL);
  g_autoptr(GPtrArray) contact_rows = NULL;
  g_autoptr(GPtrArray) donation_rows = NULL;

  g_assert_cmpint (a->status, ==, 0);
  g_assert_cmpstr (a->out, ==, "");
  g_assert_nonnull (strstr (a->err, "300 contacts, 1000 donations"));
  g_assert_cmpint (b->status, ==, 0);
  g_assert_cmpint (c->status, ==, 0);

  /* The file is refused because it exists, and stays as it was. */
  assert_failed (again, 1, "already exists");

  g_assert_cmpint (contacts_a->status, ==, 0);
  g_assert_cmpint (donations_a->status, ==, 0);
  contact_rows = split_tsv (contacts_a->out);
  donation_rows = split_tsv (donations_a->out);
  g_assert_cmpuint (contact_rows->len, ==, 301);
  g_assert_cmpuint (donation_rows->len, ==, 1001);

  g_assert_cmpstr (contacts_a->out, ==, contacts_b->out);
  g_assert_cmpstr (donations_a->out, ==, donations_b->out);
  g_assert_cmpstr (contacts_a->out, !=, contacts_c->out);
  g_assert_cmpstr (donations_a->out, !=, donations_c->out);
}

/* The first digit of a ZIP code follows the state (the USPS national areas). */
static gboolean
zip_fits_state (const char *zip,
                const char *state)
{
  static const char * const areas[] = {
    "CT MA ME NH NJ PR RI VT", "DE NY PA", "DC MD NC SC VA WV", "AL FL GA MS TN",
    "IN KY MI OH", "IA MN MT ND SD WI", "IL KS MO NE", "AR LA OK TX", "AZ CO ID NM NV UT WY",
    "AK CA HI OR WA",
  };
  int area = zip[0] - '0';

  return area >= 0 && area <= 9 && strlen (state) == 2 && strstr (areas[area], state) != NULL;
}

static void
test_demo_places (void)
{
  g_autoptr(GHashTable) cities = g_hash_table_new (g_str_hash, g_str_equal);
  guint in_ca = 0;

  g_assert_cmpuint (hustings_demo_n_places, >=, 150);
  for (guint i = 0; i < hustings_demo_n_places; i++)
    {
      const HustingsDemoPlace *place = &hustings_demo_places[i];

      g_assert_true (hustings_zip_is_valid (place->zip));
      g_assert_true (hustings_state_is_valid (place->state));
      if (!zip_fits_state (place->zip, place->state))
        g_error ("%s, %s %s: the ZIP code is not of that state", place->city, place->state,
                 place->zip);
      g_assert_cmpuint (strlen (place->area_code), ==, 3);
      g_hash_table_add (cities, (gpointer) place->city);
      in_ca += g_str_equal (place->state, "CA");
    }
  g_assert_cmpuint (g_hash_table_size (cities), >=, 150);
  g_assert_cmpuint (in_ca, >=, 40);
  g_assert_cmpuint (hustings_demo_n_female_names + hustings_demo_n_male_names, >=, 200);
  g_assert_cmpuint (hustings_demo_n_last_names, >=, 300);
  g_assert_cmpuint (hustings_demo_n_employers, >=, 150);
  g_assert_cmpuint (hustings_demo_n_occupations, >=, 100);
}

static gboolean
place_is_known (const char *city,
                const char *state,
                const char *zip)
{
  for (guint i = 0; i < hustings_demo_n_places; i++)
    {
      const HustingsDemoPlace *place = &hustings_demo_places[i];

      if (g_str_equal (place->city, city) && g_str_equal (place->state, state) &&
          g_str_equal (place->zip, zip))
        return TRUE;
    }
  return FALSE;
}

static gint64
cents_of (const char *text)
{
  g_autoptr(GError) error = NULL;
  gint64 cents = 0;

  hustings_money_parse (text, &cents, &error);
  g_assert_no_error (error);
  return cents;
}

enum { D_ID, D_DATE, D_CONTACT, D_DONOR, D_AMOUNT, D_METHOD, D_ELECTION, D_CHECK, D_SOURCE,
       D_SOURCE_ID, D_MEMO, D_REFUND_OF, D_N_COLUMNS };
enum { C_ID, C_TYPE, C_NAME, C_STREET, C_CITY, C_STATE, C_ZIP, C_EMAIL, C_PHONE, C_EMPLOYER,
       C_OCCUPATION, C_CYCLE_TOTAL, C_LAST_GIFT, C_N_COLUMNS };

static void
check_demo_contacts (GPtrArray *rows)
{
  g_autoptr(GHashTable) types = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) last_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                            NULL);
  guint n = rows->len - 1;
  guint in_state = 0, with_email = 0, with_phone = 0, retired = 0, with_street2 = 0;

  for (guint i = 1; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      guint count;

      g_assert_cmpuint (g_strv_length (row), ==, C_N_COLUMNS);
      if (!place_is_known (row[C_CITY], row[C_STATE], row[C_ZIP]))
        g_error ("%s, %s %s is not a place of the table", row[C_CITY], row[C_STATE], row[C_ZIP]);
      g_hash_table_insert (types, row[C_TYPE],
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (
                             g_hash_table_lookup (types, row[C_TYPE])) + 1));
      in_state += g_str_equal (row[C_STATE], "CA");
      with_email += row[C_EMAIL][0] != '\0';
      with_phone += row[C_PHONE][0] != '\0';
      with_street2 += strstr (row[C_STREET], ", ") != NULL;
      if (g_str_equal (row[C_TYPE], "IND"))
        {
          const char *last = strrchr (row[C_NAME], ' ');

          g_assert_nonnull (last);
          retired += g_str_equal (row[C_EMPLOYER], "Retired") &&
                     g_str_equal (row[C_OCCUPATION], "Retired");
          g_assert_cmpstr (row[C_EMPLOYER], !=, "");
          g_assert_cmpstr (row[C_OCCUPATION], !=, "");
          count = GPOINTER_TO_UINT (g_hash_table_lookup (last_names, last + 1));
          g_hash_table_insert (last_names, g_strdup (last + 1), GUINT_TO_POINTER (count + 1));
        }
      if (row[C_EMAIL][0] != '\0')
        g_assert_true (hustings_email_is_valid (row[C_EMAIL]));
    }

  /* Mostly individuals, some organizations and committees. */
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (types, "IND")), >, n * 95 / 100);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (types, "PAC")), >, 0);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (types, "ORG")), >, 0);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (types, "PTY")), >, 0);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (types, "CCM")), >, 0);
  /* Weighted toward the committee's state. */
  g_assert_cmpuint (in_state, >, n / 2);
  g_assert_cmpuint (in_state, <, n * 9 / 10);
  g_assert_cmpuint (with_email, >, n * 7 / 10);
  g_assert_cmpuint (with_phone, >, n / 2);
  g_assert_cmpuint (with_street2, >, n / 20);
  g_assert_cmpuint (retired, >, n / 10);
  /* Common names are common. */
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (last_names, "Smith")), >,
                    5 * GPOINTER_TO_UINT (g_hash_table_lookup (last_names, "Lambert")));
}

/* One of the last three days of a quarter, before a quarterly report closes. */
static gboolean
is_quarter_end (const char *date)
{
  static const char * const days[] = {
    "03-29", "03-30", "03-31", "06-28", "06-29", "06-30", "09-28", "09-29", "09-30", "12-29",
    "12-30", "12-31",
  };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    if (g_str_equal (date + 5, days[i]))
      return TRUE;
  return FALSE;
}

typedef struct {
  gint64      cents;
  gint64      contact;
  const char *election;
} Gift;

static void
check_demo_donations (GPtrArray *rows)
{
  g_autoptr(GHashTable) per_election = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                              g_free);
  g_autoptr(GHashTable) gifts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                       g_free);
  g_autoptr(GHashTable) source_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) gifts_per_donor = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = rows->len - 1;
  guint small = 0, large = 0, max_outs = 0, refunds = 0, checks = 0, cash = 0, processor = 0;
  guint general_in_advance = 0, primary = 0, general = 0, most_gifts = 0, quarter_end = 0;
  const char *previous_date = "";
  GHashTableIter iter;
  gpointer value;

  for (guint i = 1; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      gint64 cents;
      gint64 *id;
      Gift *gift;
      gint64 *total;
      char *key;
      guint count;

      g_assert_cmpuint (g_strv_length (row), ==, D_N_COLUMNS);
      cents = cents_of (row[D_AMOUNT]);
      g_assert_cmpint (cents, !=, 0);
      g_assert_cmpstr (row[D_DATE], >=, "2025-01-01");
      g_assert_cmpstr (row[D_DATE], <=, "2026-11-03");
      g_assert_cmpstr (row[D_DATE], >=, previous_date);
      previous_date = row[D_DATE];
      quarter_end += is_quarter_end (row[D_DATE]);

      /* The election: the primary until its day, then the general; the general sometimes
       * in advance. (A refund comes off the election of the gift, whenever it is made.) */
      if (g_str_equal (row[D_ELECTION], "P2026"))
        {
          if (cents > 0)
            g_assert_cmpstr (row[D_DATE], <=, "2026-06-02");
          primary++;
        }
      else
        {
          g_assert_cmpstr (row[D_ELECTION], ==, "G2026");
          general++;
          general_in_advance += cents > 0 && strcmp (row[D_DATE], "2026-06-02") <= 0;
        }

      if (row[D_REFUND_OF][0] != '\0')
        {
          gint64 original = g_ascii_strtoll (row[D_REFUND_OF], NULL, 10);
          Gift *refunded = g_hash_table_lookup (gifts, &original);

          /* A refund is negative, of an earlier gift of the same donor, no more than it. */
          g_assert_cmpint (cents, <, 0);
          g_assert_nonnull (refunded);
          g_assert_cmpint (refunded->contact, ==, g_ascii_strtoll (row[D_CONTACT], NULL, 10));
          g_assert_cmpint (-cents, <=, refunded->cents);
          g_assert_cmpstr (refunded->election, ==, row[D_ELECTION]);
          refunds++;
        }
      else
        {
          g_assert_cmpint (cents, >, 0);
          small += cents <= 10000;
          large += cents >= 50000 && cents <= 200000;
          max_outs += cents == 350000;
          count = GPOINTER_TO_UINT (g_hash_table_lookup (gifts_per_donor, row[D_CONTACT])) + 1;
          g_hash_table_insert (gifts_per_donor, row[D_CONTACT], GUINT_TO_POINTER (count));
          most_gifts = MAX (most_gifts, count);
        }

      if (g_str_equal (row[D_METHOD], "check"))
        {
          g_assert_cmpstr (row[D_CHECK], !=, "");
          checks++;
        }
      else if (g_str_equal (row[D_METHOD], "cash"))
        {
          g_assert_cmpint (ABS (cents), <=, 10000);
          cash++;
        }
      else if (g_str_equal (row[D_METHOD], "processor"))
        {
          g_assert_cmpstr (row[D_SOURCE], ==, "ActBlue");
          g_assert_true (g_hash_table_add (source_ids, row[D_SOURCE_ID]));
          processor++;
        }

      id = g_new (gint64, 1);
      *id = g_ascii_strtoll (row[D_ID], NULL, 10);
      gift = g_new (Gift, 1);
      gift->cents = cents;
      gift->contact = g_ascii_strtoll (row[D_CONTACT], NULL, 10);
      gift->election = row[D_ELECTION];
      g_hash_table_insert (gifts, id, gift);

      key = g_strconcat (row[D_CONTACT], "/", row[D_ELECTION], NULL);
      total = g_hash_table_lookup (per_election, key);
      if (total == NULL)
        {
          total = g_new0 (gint64, 1);
          g_hash_table_insert (per_election, g_strdup (key), total);
        }
      *total += cents;
      g_free (key);
    }

  /* Nobody over the limit: at no point (totals only grow but for refunds) and at the end. */
  g_hash_table_iter_init (&iter, per_election);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_assert_cmpint (*(gint64 *) value, <=, 350000);

  g_assert_cmpuint (small, >, n * 6 / 10);
  g_assert_cmpuint (large, >, 0);
  g_assert_cmpuint (large, <, n / 10);
  g_assert_cmpuint (max_outs, >, 0);
  g_assert_cmpuint (max_outs, <, n / 50);
  g_assert_cmpuint (refunds, >, 0);
  g_assert_cmpuint (refunds, <, n / 50);
  g_assert_cmpuint (primary, >, 0);
  g_assert_cmpuint (general, >, 0);
  g_assert_cmpuint (general_in_advance, >, 0);
  /* The 21 last days of quarters in the 672 days get more than twice their share. */
  g_assert_cmpuint (quarter_end * 672, >, 2 * 21 * n);
  g_assert_cmpuint (processor, >, n / 2);
  g_assert_cmpuint (checks, >, 0);
  g_assert_cmpuint (cash, >, 0);
  g_assert_cmpuint (cash, <, checks);
  /* Repeat donors: some give often, most do not. */
  g_assert_cmpuint (most_gifts, >=, 12);
  g_assert_cmpuint (g_hash_table_size (gifts_per_donor), >, n / 10);
}

static void
test_demo_realism (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(Result) demo = run_cli (f, "demo", "real.hustings", "--contacts", "2000",
                                    "--donations", "6000", "--seed", "2026", NULL);
  g_autoptr(Result) contacts = run_cli (f, "contacts", "real.hustings", NULL);
  g_autoptr(Result) donations = run_cli (f, "donations", "real.hustings", NULL);
  g_autoptr(GPtrArray) contact_rows = NULL;
  g_autoptr(GPtrArray) donation_rows = NULL;

  g_assert_cmpint (demo->status, ==, 0);
  g_assert_cmpint (contacts->status, ==, 0);
  g_assert_cmpint (donations->status, ==, 0);
  contact_rows = split_tsv (contacts->out);
  donation_rows = split_tsv (donations->out);
  g_assert_cmpuint (contact_rows->len, ==, 2001);
  g_assert_cmpuint (donation_rows->len, ==, 6001);
  check_demo_contacts (contact_rows);
  check_demo_donations (donation_rows);
}

/* Ctrl+C while the campaign is being made: a clean stop that leaves nothing behind. */
static void
test_demo_interrupted (Fixture       *f,
                       gconstpointer  data)
{
  const char *args[] = {
    "demo", "big.hustings", "--contacts", "500000", "--donations", "1000000", NULL
  };
  g_autoptr(GSubprocess) process = spawn_cli (f, args);
  g_autoptr(Result) result = NULL;

  /* The file appears once the generation is under way (the handler is in place before). A
   * bound on the wait keeps a broken program from hanging the test. */
  for (guint i = 0; !fixture_has (f, "big.hustings"); i++)
    {
      g_assert_cmpuint (i, <, 6000);
      g_usleep (10 * 1000);
    }
  g_subprocess_send_signal (process, SIGINT);
  result = wait_cli (process);

  assert_failed (result, 1, "cancelled");
  g_assert_false (fixture_has (f, "big.hustings"));
  g_assert_false (fixture_has (f, "big.hustings-wal"));
  g_assert_false (fixture_has (f, "big.hustings-shm"));
}

/* ---- the generator through the core API ---- */

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  GArray *fractions = user_data;

  g_array_append_val (fractions, fraction);
}

static void
test_demo_progress (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = fixture_path (f, "progress.hustings");
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCommitteeFile) file = NULL;

  g_assert_true (hustings_demo_create (path, 3000, 9000, 5, progress_cb, fractions, NULL,
                                       &error));
  g_assert_no_error (error);

  /* Now and then, not every row; rising to 1. */
  g_assert_cmpuint (fractions->len, >=, 10);
  g_assert_cmpuint (fractions->len, <=, 1000);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=,
                       g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);

  file = hustings_committee_file_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hustings_committee_file_count_contacts (file), ==, 3000);
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, 9000);
}

static void
test_demo_cancelled (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = fixture_path (f, "cancelled.hustings");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (hustings_demo_create (path, 5000, 5000, 1, NULL, NULL, cancellable, &error));
  g_assert_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CANCELLED);
  /* Nothing is left behind: not the file, not its journal. */
  g_assert_false (fixture_has (f, "cancelled.hustings"));
  g_assert_false (fixture_has (f, "cancelled.hustings-wal"));
  g_assert_false (fixture_has (f, "cancelled.hustings-shm"));
}

/* A committee without elections still gets a campaign, none of it designated. */
static void
test_demo_no_elections (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = fixture_path (f, "pac.hustings");
  g_autoptr(HustingsCommittee) committee = hustings_committee_new ();
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(Result) donations = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  g_free (committee->name);
  committee->name = g_strdup ("Good Roads PAC");
  committee->type = HUSTINGS_COMMITTEE_PAC;
  file = hustings_committee_file_create (path, committee, &error);
  g_assert_no_error (error);
  g_assert_true (hustings_demo_populate (file, 100, 400, 3, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&file);

  donations = run_cli (f, "donations", "pac.hustings", NULL);
  g_assert_cmpint (donations->status, ==, 0);
  rows = split_tsv (donations->out);
  g_assert_cmpuint (rows->len, ==, 401);
  for (guint i = 1; i < rows->len; i++)
    g_assert_cmpstr (((char **) g_ptr_array_index (rows, i))[D_ELECTION], ==, "");
}

/* A second campaign on top of the first: receipt ids of the processor stay unique. */
static void
test_demo_twice (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = fixture_path (f, "twice.hustings");
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (hustings_demo_create (path, 200, 800, 9, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  file = hustings_committee_file_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (hustings_demo_populate (file, 200, 800, 9, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hustings_committee_file_count_contacts (file), ==, 400);
  g_assert_cmpint (hustings_committee_file_count_donations (file), ==, 1600);
}

/* Too many donations for the contacts to give within the limits: refused, nothing changed. */
static void
test_demo_too_many (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(Result) result = run_cli (f, "demo", "tiny.hustings", "--contacts", "1",
                                      "--donations", "5000", NULL);
  g_autoptr(Result) none = run_cli (f, "demo", "none.hustings", "--contacts", "0",
                                    "--donations", "10", NULL);
  g_autoptr(Result) empty = run_cli (f, "demo", "empty.hustings", "--contacts", "0",
                                     "--donations", "0", NULL);

  assert_failed (result, 1, "too few contacts");
  g_assert_false (fixture_has (f, "tiny.hustings"));
  assert_failed (none, 1, "at least one contact");
  g_assert_false (fixture_has (f, "none.hustings"));
  g_assert_cmpint (empty->status, ==, 0);
  g_assert_true (fixture_has (f, "empty.hustings"));
}

/* ---- import, imports, undo-import and export ---- */

static void
write_fixture_file (Fixture    *f,
                    const char *name,
                    const char *contents)
{
  g_autofree char *path = fixture_path (f, name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
make_empty_file (Fixture    *f,
                 const char *name)
{
  g_autoptr(Result) result = run_cli (f, "new", name, "--name", "Friends of Test", "--fec-id",
                                      "C00123456", "--form", "F3",
                                      "--election", "P2026=2026-06-02",
                                      "--election", "G2026=2026-11-03", NULL);

  g_assert_cmpint (result->status, ==, 0);
}

/* The summary import prints, for the counts given in the order it prints them. */
static char *
summary_text (gint64      batch,
              const char *format,
              const char *counts,
              const char *total)
{
  static const char * const names[] = {
    "rows_read", "contacts_created", "contacts_matched", "contacts_updated", "donations_added",
    "refunds_added", "duplicates_skipped", "rows_ignored", "rows_rejected",
  };
  g_auto(GStrv) values = g_strsplit (counts, " ", -1);
  GString *text = g_string_new (NULL);

  g_assert_cmpuint (g_strv_length (values), ==, G_N_ELEMENTS (names));
  g_string_append_printf (text, "batch\t%" G_GINT64_FORMAT "\nformat\t%s\n", batch, format);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_string_append_printf (text, "%s\t%s\n", names[i], values[i]);
  g_string_append_printf (text, "total\t%s\n", total);
  return g_string_free (text, FALSE);
}

static const char *imports_header =
  "batch\timported_at\tfile\tformat\trows_read\tcontacts_created\tcontacts_matched\t"
  "contacts_updated\tdonations_added\trefunds_added\tduplicates_skipped\trows_rejected\ttotal\t"
  "undone_at\n";

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(Result) first = NULL;
  g_autoptr(Result) again = NULL;
  g_autoptr(Result) donations = NULL;
  g_autoptr(Result) imports = NULL;
  g_autoptr(Result) undo = NULL;
  g_autoptr(Result) undo_again = NULL;
  g_autoptr(Result) undo_missing = NULL;
  g_autoptr(Result) undo_bad = NULL;
  g_autoptr(Result) contacts = NULL;
  g_autoptr(Result) after = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *expected = NULL;
  const char *generic = hustings_import_format_get_name (hustings_import_format_find ("generic"));

  make_empty_file (f, "gifts.hustings");
  write_fixture_file (f, "gala.csv",
                      "Ref,When,Gift,First Name,Last Name,ZIP\n"
                      "G-1,2026-02-01,125.00,Ann,Lee,93721\n"
                      "G-2,2/2/2026,75.00,Bo,Diaz,93722\n");
  first = run_cli (f, "import", "gifts.hustings", "gala.csv", "--format", "generic",
                   "--map", "id=Ref", "--map", "date=When", "--map", "amount=Gift", NULL);
  g_assert_cmpint (first->status, ==, 0);
  g_assert_cmpstr (first->err, ==, "");
  expected = summary_text (1, "generic", "2 2 0 0 2 0 0 0 0", "200.00");
  g_assert_cmpstr (first->out, ==, expected);
  g_clear_pointer (&expected, g_free);

  donations = run_cli (f, "donations", "gifts.hustings", NULL);
  g_assert_cmpint (donations->status, ==, 0);
  expected = g_strconcat (donation_header,
                          "1\t2026-02-01\t1\tAnn Lee\t125.00\tcheck\tP2026\t\t\tG-1\t\t\n",
                          "2\t2026-02-02\t2\tBo Diaz\t75.00\tcheck\tP2026\t\t\tG-2\t\t\n", NULL);
  g_assert_cmpstr (donations->out, ==, expected);
  g_clear_pointer (&expected, g_free);

  /* The same file again adds nothing. */
  again = run_cli (f, "import", "gifts.hustings", "gala.csv", "--format", "generic",
                   "--map", "id=Ref", "--map", "date=When", "--map", "amount=Gift", NULL);
  g_assert_cmpint (again->status, ==, 0);
  expected = summary_text (2, "generic", "2 0 0 0 0 0 2 0 0", "0.00");
  g_assert_cmpstr (again->out, ==, expected);
  g_clear_pointer (&expected, g_free);

  /* The history, newest first. */
  imports = run_cli (f, "imports", "gifts.hustings", NULL);
  g_assert_cmpint (imports->status, ==, 0);
  g_assert_cmpstr (imports->err, ==, "");
  rows = split_tsv (imports->out);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_true (g_str_has_prefix (imports->out, imports_header));
  for (guint r = 1; r < 3; r++)
    {
      char **row = g_ptr_array_index (rows, r);

      g_assert_cmpuint (g_strv_length (row), ==, 14);
      g_assert_cmpstr (row[0], ==, r == 1 ? "2" : "1");
      g_assert_true (g_str_has_suffix (row[1], "Z"));
      g_assert_cmpstr (row[2], ==, "gala.csv");
      g_assert_cmpstr (row[3], ==, generic);
      g_assert_cmpstr (row[4], ==, "2");
      g_assert_cmpstr (row[8], ==, r == 1 ? "0" : "2");
      g_assert_cmpstr (row[10], ==, r == 1 ? "2" : "0");
      g_assert_cmpstr (row[12], ==, r == 1 ? "0.00" : "200.00");
      g_assert_cmpstr (row[13], ==, "");
    }
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Undo takes out the first import: its gifts and the donors it made. */
  undo = run_cli (f, "undo-import", "gifts.hustings", "1", NULL);
  g_assert_cmpint (undo->status, ==, 0);
  g_assert_cmpstr (undo->out, ==, "");
  g_assert_cmpstr (undo->err, ==, "Import 1 undone\n");
  contacts = run_cli (f, "contacts", "gifts.hustings", NULL);
  g_assert_cmpstr (contacts->out, ==, contact_header);
  g_clear_pointer (&donations, result_free);
  donations = run_cli (f, "donations", "gifts.hustings", NULL);
  g_assert_cmpstr (donations->out, ==, donation_header);
  after = run_cli (f, "imports", "gifts.hustings", NULL);
  rows = split_tsv (after->out);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 1))[13], ==, "");
  g_assert_true (g_str_has_suffix (((char **) g_ptr_array_index (rows, 2))[13], "Z"));

  undo_again = run_cli (f, "undo-import", "gifts.hustings", "1", NULL);
  assert_failed (undo_again, 1, "already been undone");
  undo_missing = run_cli (f, "undo-import", "gifts.hustings", "9", NULL);
  assert_failed (undo_missing, 1, "There is no import 9");
  undo_bad = run_cli (f, "undo-import", "gifts.hustings", "first", NULL);
  assert_failed (undo_bad, 2, "first");
}

static void
test_import_bad_rows (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(Result) refused = NULL;
  g_autoptr(Result) skipped = NULL;
  g_autoptr(Result) donations = NULL;
  g_autoptr(Result) imports = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *expected = NULL;

  make_empty_file (f, "gifts.hustings");
  write_fixture_file (f, "bad.csv",
                      "First Name,Last Name,Amount,Date\n"
                      "Ann,Lee,25.00,2026-01-05\n"
                      "Bo,Diaz,lots,2026-01-06\n");

  /* By default a bad row stops the import: it says which and why, and writes nothing. */
  refused = run_cli (f, "import", "gifts.hustings", "bad.csv", NULL);
  g_assert_cmpint (refused->status, ==, 1);
  g_assert_cmpstr (refused->out, ==, "");
  g_assert_true (g_str_has_prefix (refused->err, "line 3: "));
  g_assert_nonnull (strstr (refused->err, "lots"));
  g_assert_nonnull (strstr (refused->err, "\nhustings-cli: 1 row cannot be imported"));
  donations = run_cli (f, "donations", "gifts.hustings", NULL);
  g_assert_cmpstr (donations->out, ==, donation_header);

  skipped = run_cli (f, "import", "gifts.hustings", "bad.csv", "--skip-bad-rows", NULL);
  g_assert_cmpint (skipped->status, ==, 0);
  g_assert_true (g_str_has_prefix (skipped->err, "line 3: skipped: "));
  expected = summary_text (1, "generic", "2 1 0 0 1 0 0 0 1", "25.00");
  g_assert_cmpstr (skipped->out, ==, expected);
  imports = run_cli (f, "imports", "gifts.hustings", NULL);
  rows = split_tsv (imports->out);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 1))[11], ==, "1");
}

/* Donors who may be contacts already are named on stderr, and added as new contacts. */
static void
test_import_uncertain (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(Result) first = NULL;
  g_autoptr(Result) second = NULL;
  g_autoptr(Result) contacts = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  make_empty_file (f, "gifts.hustings");
  write_fixture_file (f, "one.csv",
                      "First Name,Last Name,Email,City,ZIP,Amount,Date\n"
                      "Carl,Moss,carl@example.com,Reno,89501,60.00,2026-02-11\n");
  write_fixture_file (f, "two.csv",
                      "First Name,Last Name,Email,City,ZIP,Amount,Date\n"
                      "Carla,Moss,carl@example.com,Sparks,89431,70.00,2026-02-12\n");
  first = run_cli (f, "import", "gifts.hustings", "one.csv", NULL);
  g_assert_cmpint (first->status, ==, 0);
  second = run_cli (f, "import", "gifts.hustings", "two.csv", NULL);
  g_assert_cmpint (second->status, ==, 0);
  g_assert_true (g_str_has_prefix (second->err, "line 2: “Carla Moss"));
  g_assert_nonnull (strstr (second->err, "may be contact 1 “Carl Moss"));
  g_assert_nonnull (strstr (second->err, "added as a new contact"));
  contacts = run_cli (f, "contacts", "gifts.hustings", NULL);
  rows = split_tsv (contacts->out);
  g_assert_cmpuint (rows->len, ==, 3);
}

static void
test_import_usage (Fixture       *f,
                   gconstpointer  data)
{
  static const struct {
    const char *args[6];
    int         status;
    const char *fragment;
  } cases[] = {
    { { "gala.csv", "--format", "paypal" }, 2, "paypal" },
    { { "actblue.csv", "--map", "amount=Amount" }, 2, "--map needs --format generic" },
    { { "gala.csv", "--map", "bogus=Gift" }, 2, "bogus=Gift" },
    { { "gala.csv", "--map", "amount" }, 2, "FIELD=COLUMN" },
    { { "gala.csv", "--map", "amount=Nope" }, 2, "Nope" },
    { { "gala.csv", "--delimiter", "|" }, 2, "--delimiter" },
    { { "gala.csv", "--encoding", "latin-9" }, 2, "--encoding" },
    { { "gala.csv" }, 1, "Choose the column" },
    { { "missing.csv" }, 1, "missing.csv" },
    { { "empty.csv" }, 1, "empty" },
  };
  g_autoptr(Result) no_file = NULL;
  g_autoptr(Result) donations = NULL;

  make_empty_file (f, "gifts.hustings");
  write_fixture_file (f, "gala.csv", "Ref,When,Gift,Giver\nG-1,2026-02-01,125.00,Ann Lee\n");
  write_fixture_file (f, "actblue.csv",
                      "Receipt ID,Date,Amount,Donor First Name,Donor Last Name,Lineitem ID\n"
                      "AB1,2026-02-01 10:00:00,5.00,Ann,Lee,77\n");
  write_fixture_file (f, "empty.csv", "");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char * const *a = cases[i].args;
      g_autoptr(Result) result = run_cli (f, "import", "gifts.hustings", a[0], a[1], a[2], a[3],
                                          a[4], a[5], NULL);

      g_test_message ("import %s %s %s", a[0], a[1] ? a[1] : "", a[2] ? a[2] : "");
      assert_failed (result, cases[i].status, cases[i].fragment);
    }
  donations = run_cli (f, "donations", "gifts.hustings", NULL);
  g_assert_cmpstr (donations->out, ==, donation_header);
  write_fixture_file (f, "plain.csv",
                      "First Name,Last Name,Amount,Date\nAnn,Lee,5.00,2026-02-01\n");
  no_file = run_cli (f, "import", "missing.hustings", "plain.csv", NULL);
  assert_failed (no_file, 1, "missing.hustings");
  g_assert_false (fixture_has (f, "missing.hustings"));
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(Result) people = NULL;
  g_autoptr(Result) roads = NULL;
  g_autoptr(Result) gifts = NULL;
  g_autoptr(Result) march = NULL;
  g_autoptr(Result) workbook = NULL;
  g_autoptr(Result) bad_what = NULL;
  g_autoptr(Result) bad_name = NULL;
  g_autoptr(Result) bad_date = NULL;
  g_autofree char *people_csv = NULL;
  g_autofree char *roads_csv = NULL;
  g_autofree char *march_csv = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *path = NULL;
  g_auto(GStrv) lines = NULL;

  make_small_file (f);
  people = run_cli (f, "export", "small.hustings", "contacts", "people.csv", NULL);
  roads = run_cli (f, "export", "small.hustings", "contacts", "roads.csv", "--search", "roads",
                   NULL);
  gifts = run_cli (f, "export", "small.hustings", "donations", "gifts.csv", NULL);
  march = run_cli (f, "export", "small.hustings", "donations", "march.csv", "--from",
                   "2026-03-01", "--to", "3/31/2026", NULL);
  workbook = run_cli (f, "export", "small.hustings", "donations", "gifts.xlsx", NULL);
  bad_what = run_cli (f, "export", "small.hustings", "pledges", "p.csv", NULL);
  bad_name = run_cli (f, "export", "small.hustings", "contacts", "people.txt", NULL);
  bad_date = run_cli (f, "export", "small.hustings", "donations", "d.csv", "--from", "soon",
                      NULL);

  g_assert_cmpint (people->status, ==, 0);
  g_assert_cmpstr (people->out, ==, "");
  g_assert_cmpstr (people->err, ==, "");
  path = fixture_path (f, "people.csv");
  g_assert_true (g_file_get_contents (path, &people_csv, NULL, NULL));
  g_clear_pointer (&path, g_free);
  g_assert_true (g_str_has_prefix (people_csv, "ID,Entity Type,Prefix,First Name,"));
  lines = g_strsplit (people_csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_clear_pointer (&lines, g_strfreev);

  g_assert_cmpint (roads->status, ==, 0);
  path = fixture_path (f, "roads.csv");
  g_assert_true (g_file_get_contents (path, &roads_csv, NULL, NULL));
  g_clear_pointer (&path, g_free);
  lines = g_strsplit (roads_csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_nonnull (strstr (lines[1], "Good Roads PAC"));
  g_clear_pointer (&lines, g_strfreev);

  g_assert_cmpint (gifts->status, ==, 0);
  g_assert_true (fixture_has (f, "gifts.csv"));
  g_assert_cmpint (march->status, ==, 0);
  path = fixture_path (f, "march.csv");
  g_assert_true (g_file_get_contents (path, &march_csv, NULL, NULL));
  g_clear_pointer (&path, g_free);
  lines = g_strsplit (march_csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_true (g_str_has_prefix (lines[1], "2,2026-03-01,1000.00,"));
  g_assert_true (g_str_has_prefix (lines[2], "3,2026-03-20,-1000.00,"));

  g_assert_cmpint (workbook->status, ==, 0);
  path = fixture_path (f, "gifts.xlsx");
  g_assert_true (g_file_get_contents (path, &xlsx, NULL, NULL));
  g_assert_true (g_str_has_prefix (xlsx, "PK"));

  assert_failed (bad_what, 2, "contacts or donations");
  assert_failed (bad_name, 2, ".csv or .xlsx");
  assert_failed (bad_date, 2, "--from");
  g_assert_false (fixture_has (f, "p.csv"));
  g_assert_false (fixture_has (f, "people.txt"));
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* A listing without one of its columns, its rows sorted: to compare listings of two files whose
 * contacts were numbered in another order. */
static char *
listing_without (const char *listing,
                 guint       column)
{
  g_autoptr(GPtrArray) rows = split_tsv (listing);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GString *text = g_string_new (NULL);

  for (guint r = 0; r < rows->len; r++)
    {
      char **cells = g_ptr_array_index (rows, r);
      GString *line = g_string_new (NULL);

      for (guint i = 0; cells[i] != NULL; i++)
        if (i != column)
          g_string_append_printf (line, "%s%s", line->len > 0 ? "\t" : "", cells[i]);
      g_ptr_array_add (lines, g_string_free (line, FALSE));
    }
  g_ptr_array_sort (lines, compare_lines);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (text, "%s\n", (char *) g_ptr_array_index (lines, i));
  return g_string_free (text, FALSE);
}

/* What export writes, import reads back: a new file given the exports lists the same
 * contacts and donations (but for the contacts' numbers). */
static void
test_export_import (Fixture       *f,
                    gconstpointer  data)
{
  const char *formats[] = { "csv", "xlsx" };

  make_small_file (f);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *people = g_strdup_printf ("people.%s", formats[i]);
      g_autofree char *gifts = g_strdup_printf ("gifts.%s", formats[i]);
      g_autofree char *copy = g_strdup_printf ("copy-%s.hustings", formats[i]);
      g_autoptr(Result) out_people = run_cli (f, "export", "small.hustings", "contacts", people,
                                              NULL);
      g_autoptr(Result) out_gifts = run_cli (f, "export", "small.hustings", "donations", gifts,
                                             NULL);
      g_autoptr(Result) in_people = NULL;
      g_autoptr(Result) in_gifts = NULL;
      g_autoptr(Result) contacts = NULL;
      g_autoptr(Result) donations = NULL;
      g_autoptr(Result) original_contacts = run_cli (f, "contacts", "small.hustings", NULL);
      g_autoptr(Result) original_donations = run_cli (f, "donations", "small.hustings", NULL);
      char *copied[2], *original[2];

      g_test_message ("%s", formats[i]);
      g_assert_cmpint (out_people->status, ==, 0);
      g_assert_cmpint (out_gifts->status, ==, 0);
      make_empty_file (f, copy);
      in_people = run_cli (f, "import", copy, people, NULL);
      g_assert_cmpint (in_people->status, ==, 0);
      g_assert_nonnull (strstr (in_people->out, "format\tcontacts\n"));
      in_gifts = run_cli (f, "import", copy, gifts, NULL);
      g_assert_cmpstr (in_gifts->err, ==, "");
      g_assert_cmpint (in_gifts->status, ==, 0);
      g_assert_nonnull (strstr (in_gifts->out, "contacts_created\t0\n"));
      contacts = run_cli (f, "contacts", copy, NULL);
      donations = run_cli (f, "donations", copy, NULL);
      copied[0] = listing_without (contacts->out, 0);
      copied[1] = listing_without (donations->out, 2);
      original[0] = listing_without (original_contacts->out, 0);
      original[1] = listing_without (original_donations->out, 2);
      g_assert_cmpstr (copied[0], ==, original[0]);
      g_assert_cmpstr (copied[1], ==, original[1]);
      for (guint k = 0; k < 2; k++)
        {
          g_free (copied[k]);
          g_free (original[k]);
        }
    }
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/cli/help", test_help);
  ADD ("/cli/usage-errors", test_usage_errors);
  ADD ("/cli/new/good", test_new_good);
  ADD ("/cli/new/bad", test_new_bad);
  ADD ("/cli/contacts", test_contacts);
  ADD ("/cli/donations", test_donations);
  ADD ("/cli/not-committee", test_not_committee);
  ADD ("/cli/import", test_import);
  ADD ("/cli/import/bad-rows", test_import_bad_rows);
  ADD ("/cli/import/uncertain", test_import_uncertain);
  ADD ("/cli/import/usage", test_import_usage);
  ADD ("/cli/export", test_export);
  ADD ("/cli/export-import", test_export_import);
  ADD ("/cli/demo/deterministic", test_demo_deterministic);
  ADD ("/cli/demo/realism", test_demo_realism);
  ADD ("/cli/demo/interrupted", test_demo_interrupted);
  ADD ("/cli/demo/too-many", test_demo_too_many);
  g_test_add_func ("/demo/places", test_demo_places);
  ADD ("/demo/progress", test_demo_progress);
  ADD ("/demo/cancelled", test_demo_cancelled);
  ADD ("/demo/no-elections", test_demo_no_elections);
  ADD ("/demo/twice", test_demo_twice);

  return g_test_run ();
}
