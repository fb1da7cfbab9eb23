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

  /* The relationship side too: volunteers, events with their shifts and guests, segments. */
  {
    g_autoptr(Result) volunteers_a = run_cli (f, "volunteers", "a.hustings", NULL);
    g_autoptr(Result) volunteers_b = run_cli (f, "volunteers", "b.hustings", NULL);
    g_autoptr(Result) events_a = run_cli (f, "events", "a.hustings", "--all", NULL);
    g_autoptr(Result) events_b = run_cli (f, "events", "b.hustings", "--all", NULL);
    g_autoptr(Result) segments = run_cli (f, "segments", "a.hustings", NULL);
    g_autoptr(GPtrArray) volunteer_rows = split_tsv (volunteers_a->out);
    g_autoptr(GPtrArray) event_rows = split_tsv (events_a->out);

    g_assert_cmpuint (volunteer_rows->len, >, 5);
    g_assert_cmpuint (event_rows->len, ==, 9);
    g_assert_cmpstr (volunteers_a->out, ==, volunteers_b->out);
    g_assert_cmpstr (events_a->out, ==, events_b->out);
    g_assert_nonnull (strstr (events_a->out, "Harvest Dinner"));
    g_assert_nonnull (strstr (segments->out, "Major donors"));
  }
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

  assert_failed (bad_what, 2, "contacts, donations or disbursements");
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

/* ---- check ---- */

/* A committee file in which Jane gave $100.00 over the limit and Zed, itemized, has no
 * employer or occupation. Returns the id of Jane's gift. */
static gint64
make_check_file (Fixture *f)
{
  g_autoptr(HustingsCommittee) committee = hustings_committee_new ();
  g_autofree char *path = fixture_path (f, "check.hustings");
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(GError) error = NULL;
  const char *jane[] = {
    F (HUSTINGS_CONTACT_FIRST_NAME), "Jane", F (HUSTINGS_CONTACT_LAST_NAME), "Doe",
    F (HUSTINGS_CONTACT_STREET1), "1 Elm St", F (HUSTINGS_CONTACT_CITY), "Austin",
    F (HUSTINGS_CONTACT_STATE), "TX", F (HUSTINGS_CONTACT_EMPLOYER), "Acme",
    F (HUSTINGS_CONTACT_OCCUPATION), "Engineer", NULL
  };
  const char *zed[] = {
    F (HUSTINGS_CONTACT_FIRST_NAME), "Zed", F (HUSTINGS_CONTACT_LAST_NAME), "Zimmer",
    F (HUSTINGS_CONTACT_STREET1), "2 Oak St", F (HUSTINGS_CONTACT_CITY), "Austin", NULL
  };
  gint64 gift;

  g_free (committee->name);
  committee->name = g_strdup ("Friends of Test");
  hustings_committee_add_election (committee, "P2026", "2026-06-02", "TX");
  hustings_committee_add_election (committee, "G2026", "2026-11-03", "TX");
  file = hustings_committee_file_create (path, committee, &error);
  g_assert_no_error (error);
  gift = add_donation (file, add_contact (file, HUSTINGS_ENTITY_IND, jane), "2026-02-01",
                       360000, HUSTINGS_METHOD_CHECK, 0);
  add_donation (file, add_contact (file, HUSTINGS_ENTITY_IND, zed), "2026-02-02", 25000,
                HUSTINGS_METHOD_CHECK, 0);
  return gift;
}

static void
test_check (Fixture       *f,
            gconstpointer  data)
{
  gint64 gift = make_check_file (f);
  g_autoptr(Result) json = run_cli (f, "check", "check.hustings", "--json", "--today",
                                    "2026-04-10", NULL);
  g_autoptr(Result) tsv = run_cli (f, "check", "check.hustings", "--today", "4/10/2026",
                                   "--best-efforts", "follow-up.csv", NULL);
  g_autoptr(Result) settled = NULL;
  g_autoptr(Result) bad_date = NULL;
  g_autoptr(Result) bad_name = NULL;
  g_autoptr(Result) missing = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *path = fixture_path (f, "follow-up.csv");
  g_autofree char *csv = NULL;

  /* One object per finding; the over-limit one first, an error, so the status is 1. */
  g_assert_cmpint (json->status, ==, 1);
  g_assert_cmpstr (json->err, ==, "");
  g_assert_true (g_str_has_prefix (json->out,
    "[\n  {\"kind\": \"over-limit\", \"severity\": \"error\",\n"
    "   \"contact\": \"Jane Doe\", \"contact_id\": 1, \"election\": \"P2026\","
    " \"amount_cents\": 10000,\n"
    "   \"message\": \"Jane Doe has given $3,600.00 toward the Primary 2026: $100.00 over the"
    " $3,500.00 limit.\",\n"));
  g_assert_nonnull (strstr (json->out, "\"kind\": \"best-efforts\", \"severity\": "
                                       "\"warning\",\n   \"contact\": \"Zed Zimmer\""));
  g_assert_nonnull (strstr (json->out, "\"kind\": \"report-due\""));
  g_assert_true (g_str_has_suffix (json->out, "}\n]\n"));

  g_assert_cmpint (tsv->status, ==, 1);
  rows = split_tsv (tsv->out);
  g_assert_cmpuint (rows->len, >=, 3);
  g_assert_cmpstrv (rows->pdata[0], ((const char *[]) { "severity", "kind", "contact",
                                                        "election", "amount", "message",
                                                        NULL }));
  g_assert_cmpstr (((char **) rows->pdata[1])[0], ==, "error");
  g_assert_cmpstr (((char **) rows->pdata[1])[1], ==, "over-limit");
  g_assert_cmpstr (((char **) rows->pdata[1])[2], ==, "Jane Doe");
  g_assert_cmpstr (((char **) rows->pdata[1])[3], ==, "P2026");
  g_assert_cmpstr (((char **) rows->pdata[1])[4], ==, "$100.00");
  g_assert_cmpstr (((char **) rows->pdata[2])[1], ==, "best-efforts");
  g_assert_true (g_file_get_contents (path, &csv, NULL, NULL));
  g_assert_nonnull (strstr (csv, "Zimmer"));
  g_assert_null (strstr (csv, "Doe"));

  /* Refunded: warnings and notes only, status 0. */
  {
    g_autofree char *file_path = fixture_path (f, "check.hustings");
    g_autoptr(HustingsCommitteeFile) file = hustings_committee_file_open (file_path, NULL);

    add_donation (file, 1, "2026-03-01", -10000, HUSTINGS_METHOD_CHECK, gift);
  }
  settled = run_cli (f, "check", "check.hustings", "--today", "2026-04-10", NULL);
  g_assert_cmpint (settled->status, ==, 0);
  g_assert_null (strstr (settled->out, "over-limit"));
  g_assert_nonnull (strstr (settled->out, "warning\tbest-efforts\tZed Zimmer\t2026\t$250.00\t"));

  bad_date = run_cli (f, "check", "check.hustings", "--today", "soon", NULL);
  assert_failed (bad_date, 2, "--today");
  bad_name = run_cli (f, "check", "check.hustings", "--best-efforts", "list.txt", NULL);
  assert_failed (bad_name, 2, ".csv or .xlsx");
  missing = run_cli (f, "check", "none.hustings", NULL);
  assert_failed (missing, 1, NULL);
}

/* ---- import of an FEC filing ---- */

/* One record of n fields separated by ASCII 28, field k (1-based) given as k, value pairs up
 * to 0; a line of its own. */
static void
append_fec_record (GString *out,
                   guint    n,
                   ...)
{
  g_autofree const char **fields = g_new0 (const char *, n + 1);
  g_autofree char *line = NULL;
  va_list ap;
  guint k;

  for (guint i = 0; i < n; i++)
    fields[i] = "";
  va_start (ap, n);
  while ((k = va_arg (ap, guint)) != 0)
    fields[k - 1] = va_arg (ap, const char *);
  va_end (ap);
  line = g_strjoinv ("\x1c", (char **) fields);
  g_string_append_printf (out, "%s\r\n", line);
}

/* A Form 3X of a PAC: a contribution, a payment, and a debt Hustings does not keep. */
static char *
pac_filing (void)
{
  GString *out = g_string_new (NULL);

  append_fec_record (out, 8, 1, "HDR", 2, "FEC", 3, "8.3", 4, "Test", 5, "1", 0);
  append_fec_record (out, 123, 1, "F3XN", 2, "C00112233", 3, "Good Roads PAC", 5, "1 Road St",
                     7, "Austin", 8, "TX", 9, "78701", 10, "Q1", 14, "20260101",
                     15, "20260331", 17, "Lee", 18, "Ann", 22, "20260410",
                     30, "250.00", 31, "40.00", 66, "90.00", 49, "90.00", 0);
  append_fec_record (out, 45, 1, "SA11AI", 2, "C00112233", 3, "A1", 6, "IND", 8, "Roe",
                     9, "Jan", 13, "2 Elm St", 15, "Austin", 16, "TX", 17, "78702",
                     20, "20260205", 21, "250.00", 22, "300.00", 24, "Acme",
                     25, "Welder", 0);
  append_fec_record (out, 44, 1, "SB21B", 2, "C00112233", 3, "B1", 6, "ORG",
                     7, "Sign Co", 13, "3 Oak St", 15, "Austin", 16, "TX", 17, "78703",
                     20, "20260301", 21, "90.00", 23, "Signs", 24, "004", 0);
  append_fec_record (out, 10, 1, "SD10", 2, "C00112233", 3, "D1", 0);
  return g_string_free (out, FALSE);
}

static void
test_import_fec (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *filing = pac_filing ();
  g_autoptr(Result) made = NULL;
  g_autoptr(Result) first = NULL;
  g_autoptr(Result) again = NULL;
  g_autoptr(Result) imports = NULL;
  g_autoptr(Result) donations = NULL;
  g_autoptr(Result) other = NULL;
  g_autoptr(Result) options = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  /* Recognised by its header, whatever its name. */
  write_fixture_file (f, "q1.csv", filing);
  made = run_cli (f, "new", "pac.hustings", "--name", "New PAC", "--form", "F3X", NULL);
  g_assert_cmpint (made->status, ==, 0);
  first = run_cli (f, "import", "pac.hustings", "q1.csv", NULL);
  g_assert_cmpint (first->status, ==, 0);
  g_assert_cmpstr (first->out, ==,
                   "batch\t1\n"
                   "format\tfec\n"
                   "version\t8.3\n"
                   "committee\tC00112233\tGood Roads PAC\n"
                   "profile\tfilled\n"
                   "report\t1\tF3XN\tQ1\t2026-01-01\t2026-03-31\t0\t\n"
                   "records_read\t3\n"
                   "contacts_created\t2\n"
                   "contacts_matched\t0\n"
                   "contacts_updated\t0\n"
                   "receipts_added\t1\n"
                   "earmarked\t0\n"
                   "adjustments_added\t0\n"
                   "refunds_added\t0\n"
                   "disbursements_added\t1\n"
                   "memos_added\t0\n"
                   "openings_added\t1\n"
                   "duplicates_skipped\t0\n"
                   "not_imported\tSD10\t1\tDebts and obligations (Schedule D) are not kept in "
                   "Hustings\n"
                   "receipts_total\t250.00\n"
                   "refunds_total\t0.00\n"
                   "disbursements_total\t90.00\n");
  g_assert_nonnull (strstr (first->err, "SD10: 1 not imported (the first on line 5)"));

  donations = run_cli (f, "donations", "pac.hustings", NULL);
  rows = split_tsv (donations->out);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (((char **) rows->pdata[1])[1], ==, "2026-02-05");
  g_assert_cmpstr (((char **) rows->pdata[1])[3], ==, "Jan Roe");
  g_assert_cmpstr (((char **) rows->pdata[1])[4], ==, "250.00");
  g_assert_cmpstr (((char **) rows->pdata[1])[8], ==, "FEC filing");

  /* The second time adds nothing. */
  again = run_cli (f, "import", "pac.hustings", "q1.csv", NULL);
  g_assert_cmpint (again->status, ==, 0);
  g_assert_nonnull (strstr (again->out, "receipts_added\t0\n"));
  g_assert_nonnull (strstr (again->out, "duplicates_skipped\t2\n"));
  g_assert_nonnull (strstr (again->err, "imported before"));
  imports = run_cli (f, "imports", "pac.hustings", NULL);
  g_assert_nonnull (strstr (imports->out, "\tq1.csv\tFEC filing\t3\t2\t0\t0\t1\t0\t0\t1\t250.00\t\n"));

  /* Another committee's filing, and spreadsheet options. */
  make_empty_file (f, "other.hustings");
  other = run_cli (f, "import", "other.hustings", "q1.csv", NULL);
  assert_failed (other, 1, "This filing is for committee C00112233 (Good Roads PAC), not for "
                           "this committee");
  options = run_cli (f, "import", "pac.hustings", "q1.csv", "--format", "generic", NULL);
  assert_failed (options, 2, "An FEC filing is read as it is");
}

/* ---- disbursements ---- */

static const char *disbursement_header =
  "id\tdate\tcontact_id\tpayee\tamount\tpurpose\tcategory\tline\telection\tcheck_number\t"
  "memo_entry\tmemo\tsource\tsource_id\n";

static void
test_disbursements (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(Result) imported = NULL;
  g_autoptr(Result) again = NULL;
  g_autoptr(Result) listed = NULL;
  g_autoptr(Result) february = NULL;
  g_autoptr(Result) bad_date = NULL;
  g_autoptr(Result) exported = NULL;
  g_autoptr(Result) found = NULL;
  g_autoptr(Result) workbook = NULL;
  g_autoptr(Result) help = NULL;
  g_autofree char *path = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *expected = NULL;
  g_auto(GStrv) lines = NULL;

  make_empty_file (f, "paid.hustings");
  write_fixture_file (f, "ledger.csv",
                      "Ref,Date,Payee,Zip,Amount,Purpose,Category,Line,Check No,Memo Code\n"
                      "L-1,2026-01-02,Fulton Plaza Properties LLC,93721,1850.00,Office rent,"
                      "001,17,1001,\n"
                      "L-2,2026-02-10,Chase Card Services,19850,300.00,Card payment,1,,,\n"
                      "L-3,2026-02-10,\"Staples, Inc.\",01702,120.00,Office supplies,1,,,X\n");
  imported = run_cli (f, "import", "paid.hustings", "ledger.csv", "--format", "disbursements",
                      "--map", "id=Ref", NULL);
  g_assert_cmpint (imported->status, ==, 0);
  g_assert_cmpstr (imported->err, ==, "");
  g_assert_cmpstr (imported->out, ==,
                   "batch\t1\nformat\tdisbursements\nrows_read\t3\ncontacts_created\t3\n"
                   "contacts_matched\t0\ncontacts_updated\t0\ndisbursements_added\t3\n"
                   "duplicates_skipped\t0\nrows_ignored\t0\nrows_rejected\t0\ntotal\t2150.00\n");

  /* Found by itself the second time (its Payee and Purpose columns say what it is), and
   * nothing is added. */
  again = run_cli (f, "import", "paid.hustings", "ledger.csv", "--map", "id=Ref", NULL);
  g_assert_cmpint (again->status, ==, 0);
  g_assert_nonnull (strstr (again->out, "format\tdisbursements\n"));
  g_assert_nonnull (strstr (again->out, "disbursements_added\t0\nduplicates_skipped\t3\n"));

  listed = run_cli (f, "disbursements", "paid.hustings", NULL);
  g_assert_cmpint (listed->status, ==, 0);
  expected = g_strconcat (disbursement_header,
                          "1\t2026-01-02\t1\tFulton Plaza Properties LLC\t1850.00\tOffice rent\t"
                          "001\tSB17\t\t1001\t\t\t\tL-1\n",
                          "2\t2026-02-10\t2\tChase Card Services\t300.00\tCard payment\t001\t"
                          "SB17\t\t\t\t\t\tL-2\n",
                          "3\t2026-02-10\t3\tStaples, Inc.\t120.00\tOffice supplies\t001\tSB17\t"
                          "\t\tyes\t\t\tL-3\n", NULL);
  g_assert_cmpstr (listed->out, ==, expected);
  february = run_cli (f, "disbursements", "paid.hustings", "--from", "2/1/2026", "--to",
                      "2026-02-28", NULL);
  g_assert_cmpint (february->status, ==, 0);
  g_assert_cmpuint (g_strv_length (lines = g_strsplit (february->out, "\n", -1)), ==, 4);
  g_clear_pointer (&lines, g_strfreev);
  bad_date = run_cli (f, "disbursements", "paid.hustings", "--to", "someday", NULL);
  assert_failed (bad_date, 2, "--to");

  /* Out to CSV (those of a search and dates) and to a workbook. */
  exported = run_cli (f, "export", "paid.hustings", "disbursements", "all.csv", NULL);
  found = run_cli (f, "export", "paid.hustings", "disbursements", "found.csv", "--search",
                   "staples", "--from", "2026-02-01", NULL);
  workbook = run_cli (f, "export", "paid.hustings", "disbursements", "paid.xlsx", NULL);
  g_assert_cmpint (exported->status, ==, 0);
  g_assert_cmpstr (exported->err, ==, "");
  path = fixture_path (f, "all.csv");
  g_assert_true (g_file_get_contents (path, &csv, NULL, NULL));
  g_clear_pointer (&path, g_free);
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_true (g_str_has_prefix (lines[0], "ID,Date,Amount,Purpose,Category,Line,"));
  g_assert_true (g_str_has_prefix (lines[1], "1,2026-01-02,1850.00,Office rent,001,SB17,,1001,,"));
  g_clear_pointer (&lines, g_strfreev);
  g_clear_pointer (&csv, g_free);
  g_assert_cmpint (found->status, ==, 0);
  path = fixture_path (f, "found.csv");
  g_assert_true (g_file_get_contents (path, &csv, NULL, NULL));
  g_clear_pointer (&path, g_free);
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_true (g_str_has_prefix (lines[1], "3,2026-02-10,120.00,Office supplies,"));
  g_assert_cmpint (workbook->status, ==, 0);
  path = fixture_path (f, "paid.xlsx");
  g_assert_true (g_file_get_contents (path, &xlsx, NULL, NULL));
  g_assert_true (g_str_has_prefix (xlsx, "PK"));

  help = run_cli (f, "--help", NULL);
  g_assert_nonnull (strstr (help->out, "\n  disbursements "));
}

/* The demo campaign's spending: what a House campaign pays for, on Form 3's lines, never
 * more than it raised, ActBlue's fee exactly 3.95 % of the month before, a card bill that
 * adds up to its memo entries; the same seed the same spending. */
static void
test_demo_disbursements (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(Result) demo = run_cli (f, "demo", "spend.hustings", "--contacts", "2000",
                                    "--donations", "6000", "--seed", "2026", NULL);
  g_autoptr(Result) twin = run_cli (f, "demo", "twin.hustings", "--contacts", "2000",
                                    "--donations", "6000", "--seed", "2026", NULL);
  g_autoptr(Result) paid = run_cli (f, "disbursements", "spend.hustings", NULL);
  g_autoptr(Result) paid_twin = run_cli (f, "disbursements", "twin.hustings", NULL);
  g_autoptr(Result) gifts = run_cli (f, "donations", "spend.hustings", NULL);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) gift_rows = NULL;
  g_autoptr(GHashTable) purposes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) online = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gint64 raised = 0, spent = 0, bill = 0, items = 0;
  guint refunds = 0, memo_entries = 0, fees = 0, checks = 0;

  g_assert_cmpint (demo->status, ==, 0);
  g_assert_cmpint (paid->status, ==, 0);
  g_assert_cmpstr (paid->out, ==, paid_twin->out);
  rows = split_tsv (paid->out);
  gift_rows = split_tsv (gifts->out);
  g_assert_cmpuint (rows->len, >, 200);
  g_assert_cmpuint (rows->len, <, 500);

  /* What came in, and online each month (processor gifts; refunds are not charged back). */
  for (guint i = 1; i < gift_rows->len; i++)
    {
      char **row = g_ptr_array_index (gift_rows, i);
      g_autofree char *key = g_strndup (row[1], 7);
      gint64 *month = g_hash_table_lookup (online, key);

      raised += cents_of (row[4]);
      if (!g_str_equal (row[5], "processor") || cents_of (row[4]) < 0)
        continue;
      if (month == NULL)
        {
          month = g_new0 (gint64, 1);
          g_hash_table_insert (online, g_strdup (key), month);
        }
      *month += cents_of (row[4]);
    }

  for (guint i = 1; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      gint64 cents = cents_of (row[4]);
      const char *category = row[6];

      g_assert_cmpuint (g_strv_length (row), ==, 14);
      g_assert_cmpstr (row[1], >=, "2025-01-01");
      g_assert_cmpstr (row[1], <=, "2026-11-03");
      g_assert_cmpint (cents, >, 0);
      g_assert_cmpstr (row[5], !=, "");
      g_assert_cmpuint (strlen (category), ==, 3);
      g_assert_cmpstr (category, >=, "001");
      g_assert_cmpstr (category, <=, "012");
      g_hash_table_add (purposes, row[5]);
      checks += row[9][0] != '\0';
      if (g_str_equal (row[7], "SB20A"))
        {
          g_assert_cmpstr (category, ==, "010");
          refunds++;
        }
      else
        g_assert_cmpstr (row[7], ==, "SB17");
      if (g_str_equal (row[10], "yes"))
        {
          memo_entries++;
          items += cents;
          continue;
        }
      spent += cents;
      if (g_str_has_prefix (row[5], "Credit card payment"))
        {
          /* The items of the last bill add up to it. */
          g_assert_cmpint (items, ==, bill);
          bill = cents;
          items = 0;
        }
      if (g_str_equal (row[3], "ActBlue Technical Services"))
        {
          g_autofree char *month = NULL;
          gint64 *in = NULL;
          GDate day;

          /* The fee on last month's online contributions. */
          g_date_clear (&day, 1);
          g_date_set_parse (&day, row[1]);
          g_date_subtract_months (&day, 1);
          month = g_strdup_printf ("%04u-%02u", g_date_get_year (&day), g_date_get_month (&day));
          in = g_hash_table_lookup (online, month);
          g_assert_nonnull (in);
          g_assert_cmpint (cents, ==, *in * 395 / 10000);
          fees++;
        }
    }
  g_assert_cmpint (items, ==, bill);
  g_assert_cmpint (spent, <=, raised);
  g_assert_cmpint (spent, >, raised / 2);
  g_assert_cmpuint (refunds, ==, 2);
  g_assert_cmpuint (memo_entries, >, 0);
  g_assert_cmpuint (fees, >=, 20);
  g_assert_cmpuint (checks, >, 20);
  for (guint i = 0; i < 7; i++)
    {
      static const char * const expected[] = {
        "Office rent, March 2025", "Salary, campaign manager", "Online advertising",
        "Printing of campaign mailers", "Postage for campaign mailers", "Benchmark survey",
        "Processing fees on online contributions",
      };

      if (!g_hash_table_contains (purposes, expected[i]))
        g_error ("Nothing was paid for “%s”", expected[i]);
    }
}

/* ---- report, reports ---- */

/* The summary line named line of report's output: its columns A and B. */
static void
assert_report_line (GPtrArray  *rows,
                    const char *line,
                    const char *column_a,
                    const char *column_b)
{
  for (guint i = 1; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);

      g_assert_cmpuint (g_strv_length (row), ==, 4);
      if (g_str_equal (row[0], line))
        {
          g_assert_cmpstr (row[2], ==, column_a);
          g_assert_cmpstr (row[3], ==, column_b);
          return;
        }
    }
  g_error ("No summary line %s", line);
}

static void
test_report (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *fec = NULL;
  g_autoptr(Result) summary = NULL;
  g_autoptr(Result) refused = NULL;
  g_autoptr(Result) written = NULL;
  g_autoptr(Result) listed = NULL;
  g_autoptr(Result) amended = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) hdr = NULL;

  make_small_file (f);
  path = fixture_path (f, "small.hustings");

  /* The summary of the April Quarterly: Ann's $25 unitemized, the PAC's $1,000 and its
   * refund; the report is made as a draft. */
  summary = run_cli (f, "report", "small.hustings", "--form", "f3", "--code", "q1", "--from",
                     "2026-01-01", "--to", "3/31/2026", NULL);
  g_assert_cmpint (summary->status, ==, 0);
  g_assert_cmpstr (summary->err, ==, "");
  g_assert_true (g_str_has_prefix (summary->out, "line\tlabel\tcolumn_a\tcolumn_b\n6a\t"));
  rows = split_tsv (summary->out);
  g_assert_cmpuint (rows->len, ==, 40);
  assert_report_line (rows, "11aii", "25.00", "25.00");
  assert_report_line (rows, "11c", "1000.00", "1000.00");
  assert_report_line (rows, "20c", "1000.00", "1000.00");
  assert_report_line (rows, "6c", "25.00", "25.00");
  assert_report_line (rows, "27", "25.00", "");

  /* No FEC id and no treasurer: the problems, one a line, and nothing written. */
  refused = run_cli (f, "report", "small.hustings", "--form", "F3", "--code", "Q1", "--from",
                     "2026-01-01", "--to", "2026-03-31", "--fec", "q1.fec", NULL);
  g_assert_cmpint (refused->status, ==, 1);
  g_assert_cmpstr (refused->out, ==, summary->out);
  g_assert_nonnull (strstr (refused->err, "error\t2\tF3N\t\tfiler_committee_id_number\t"));
  g_assert_nonnull (strstr (refused->err, "error\t2\tF3N\t\ttreasurer_last_name\t"));
  g_assert_nonnull (strstr (refused->err, "\nhustings-cli: The report has "));
  g_assert_false (fixture_has (f, "q1.fec"));

  {
    g_autoptr(HustingsCommitteeFile) file = hustings_committee_file_open (path, NULL);
    g_autoptr(HustingsCommittee) profile = hustings_committee_file_dup_committee (file);
    g_autoptr(GError) error = NULL;

    g_free (profile->fec_id);
    profile->fec_id = g_strdup ("C00123456");
    g_free (profile->treasurer_first);
    profile->treasurer_first = g_strdup ("Pat");
    g_free (profile->treasurer_last);
    profile->treasurer_last = g_strdup ("Treasurer");
    hustings_committee_file_set_committee (file, profile, &error);
    g_assert_no_error (error);
  }
  written = run_cli (f, "report", "small.hustings", "--form", "F3", "--code", "Q1", "--from",
                     "2026-01-01", "--to", "2026-03-31", "--fec", "q1.fec", NULL);
  g_assert_cmpint (written->status, ==, 0);
  g_assert_true (g_str_has_suffix (written->err, "Wrote q1.fec\n"));
  fec = fixture_path (f, "q1.fec");
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (fec, &contents, NULL, NULL));
    lines = g_strsplit (contents, "\r\n", -1);
  }
  /* HDR, the cover, the PAC's receipt (SA11C) and its refund (SB20C). */
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_cmpstr (lines[4], ==, "");
  hdr = g_strsplit (lines[0], "\x1c", -1);
  g_assert_cmpstrv (hdr, ((const char *[]) { "HDR", "FEC", "8.5", "Hustings", PACKAGE_VERSION,
                                             "", "", "", NULL }));
  g_assert_true (g_str_has_prefix (lines[1], "F3N\x1c" "C00123456\x1c" "Friends of Test\x1c"));
  g_assert_true (g_str_has_prefix (lines[2], "SA11C\x1c" "C00123456\x1c" "A2\x1c"));
  g_assert_true (g_str_has_prefix (lines[3], "SB20C\x1c" "C00123456\x1c" "A3\x1c"));

  /* The report as the file keeps it; filed, then amended. */
  listed = run_cli (f, "reports", "small.hustings", NULL);
  g_assert_cmpint (listed->status, ==, 0);
  g_assert_cmpstr (listed->out, ==,
                   "id\tform\tcode\tfrom\tto\telection\tamendment\tstatus\tfec_id\n"
                   "1\tF3\tQ1\t2026-01-01\t2026-03-31\t\t0\tDraft\t\n");
  {
    g_autoptr(HustingsCommitteeFile) file = hustings_committee_file_open (path, NULL);
    g_autoptr(GError) error = NULL;

    hustings_report_store_mark_filed (file, 1, "FEC-1234567", &error);
    g_assert_no_error (error);
  }
  amended = run_cli (f, "report", "small.hustings", "--form", "F3", "--code", "Q1", "--from",
                     "2026-01-01", "--to", "2026-03-31", "--amend", "1", "--original",
                     "FEC-1234567", "--fec", "q1a.fec", NULL);
  g_assert_cmpint (amended->status, ==, 0);
  {
    g_autofree char *amendment = fixture_path (f, "q1a.fec");
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (amendment, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "HDR\x1c" "FEC\x1c" "8.5\x1c" "Hustings\x1c"
                                               PACKAGE_VERSION "\x1c" "FEC-1234567\x1c" "1\x1c"
                                               "\r\nF3A\x1c"));
  }
  /* The original again: the filed one, not a new draft. */
  g_clear_pointer (&written, result_free);
  written = run_cli (f, "report", "small.hustings", "--form", "F3", "--code", "Q1", "--from",
                     "2026-01-01", "--to", "2026-03-31", "--fec", "again.fec", NULL);
  g_assert_cmpint (written->status, ==, 0);
  g_clear_pointer (&listed, result_free);
  listed = run_cli (f, "reports", "small.hustings", NULL);
  g_assert_cmpstr (listed->out, ==,
                   "id\tform\tcode\tfrom\tto\telection\tamendment\tstatus\tfec_id\n"
                   "1\tF3\tQ1\t2026-01-01\t2026-03-31\t\t0\tFiled\tFEC-1234567\n"
                   "2\tF3\tQ1\t2026-01-01\t2026-03-31\t\t1\tAmendment 1\t\n");
}

/* The text pdftotext finds in a PDF, or NULL (the test skipped) when it is not installed. */
static char *
pdf_text (const char *path)
{
  g_autofree char *tool = g_find_program_in_path ("pdftotext");
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  int status = 0;

  if (tool == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return NULL;
    }
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static void
test_report_pdf (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(Result) printed = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;

  make_small_file (f);
  pdf = fixture_path (f, "q1.pdf");
  listing = fixture_path (f, "q1 listing.pdf");

  /* The filing does not validate (no FEC id, no treasurer): no .fec, but the PDFs, which are
   * how the treasurer reviews it, are written. */
  printed = run_cli (f, "report", "small.hustings", "--form", "F3", "--code", "Q1", "--from",
                     "2026-01-01", "--to", "2026-03-31", "--fec", "q1.fec", "--pdf", "q1.pdf",
                     "--listing", "q1 listing.pdf", NULL);
  g_assert_cmpint (printed->status, ==, 1);
  g_assert_false (fixture_has (f, "q1.fec"));
  g_assert_nonnull (strstr (printed->err, "Wrote "));
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (listing, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_false (fixture_has (f, "q1.pdf.partial"));

  /* The forms show the committee and the PAC's itemized gift; the listing too. */
  text = pdf_text (pdf);
  if (text == NULL)
    return;
  g_assert_nonnull (strstr (text, "Friends of Test"));
  g_assert_nonnull (strstr (text, "Good Roads PAC"));
  g_assert_nonnull (strstr (text, "1,000.00"));
  g_clear_pointer (&text, g_free);
  text = pdf_text (listing);
  g_assert_nonnull (strstr (text, "Good Roads PAC"));
}

static void
test_report_usage (Fixture       *f,
                   gconstpointer  data)
{
  static const char * const cases[][12] = {
    { "--code", "Q1", "--from", "2026-01-01", "--to", "2026-03-31", NULL },
    { "--form", "F4", "--code", "Q1", "--from", "2026-01-01", "--to", "2026-03-31", NULL },
    { "--form", "F3", "--code", "M5", "--from", "2026-01-01", "--to", "2026-03-31", NULL },
    { "--form", "F3", "--code", "Q1", "--from", "2026-04-01", "--to", "2026-03-31", NULL },
    { "--form", "F3", "--code", "Q1", "--from", "2026-01-01", "--to", "March", NULL },
    { "--form", "F3", "--code", "Q1", "--from", "2026-01-01", "--to", "2026-03-31", "--amend",
      "1", NULL },
    { "--form", "F3", "--code", "Q1", "--from", "2026-01-01", "--to", "2026-03-31",
      "--termination", NULL },
  };
  static const char * const messages[] = {
    "--form, --code, --from and --to are required", "--form is F3 or F3X", "M5", "--to is before",
    "--to", "--original", "termination",
  };

  make_empty_file (f, "gifts.hustings");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *args[16] = { "report", "gifts.hustings" };
      g_autoptr(GSubprocess) process = NULL;
      g_autoptr(Result) result = NULL;

      for (guint j = 0; cases[i][j] != NULL; j++)
        args[j + 2] = cases[i][j];
      process = spawn_cli (f, args);
      result = wait_cli (process);
      assert_failed (result, 2, messages[i]);
    }
  {
    /* A Form 3X report of a Form 3 committee is refused by the file, not as usage. */
    g_autoptr(Result) form = run_cli (f, "report", "gifts.hustings", "--form", "F3X", "--code",
                                      "Q1", "--from", "2026-01-01", "--to", "2026-03-31", NULL);

    assert_failed (form, 1, "This committee files Form 3, not Form 3X");
  }
}

/* ---- segment ---- */

static void
test_segment (Fixture       *f,
              gconstpointer  data)
{
  static const char *header =
    "id\tname\tstreet\tcity\tstate\tzip\temail\tphone\tcycle_total\tlast_gift\n";
  static const char *lee =
    "1\tAnn Lee\t12 Oak St, Apt 4B\tFresno\tCA\t93721\tann.lee@example.org\t559-555-0101\t"
    "75.50\t2026-07-04\n";
  static const char *roads = "2\tGood Roads PAC\t\tAustin\tTX\t\t\t\t0.00\t2026-03-01\n";
  g_autoptr(Result) defined = NULL;
  g_autoptr(Result) counted = NULL;
  g_autoptr(Result) listed = NULL;
  g_autoptr(Result) redefined = NULL;
  g_autoptr(Result) either = NULL;
  g_autoptr(Result) rules = NULL;
  g_autoptr(Result) saved = NULL;
  g_autoptr(Result) unknown = NULL;
  g_autoptr(Result) bad = NULL;
  g_autoptr(Result) both = NULL;
  g_autoptr(Result) deleted = NULL;
  g_autoptr(Result) gone = NULL;
  g_autoptr(Result) help = NULL;
  g_autofree char *expected = NULL;

  make_small_file (f);

  /* Defined, then listed: Ann Lee gave $75.50 this cycle. */
  defined = run_cli (f, "segment", "small.hustings", "Big givers", "--define",
                     "state=ca; total>=75.50", NULL);
  g_assert_cmpint (defined->status, ==, 0);
  g_assert_cmpstr (defined->err, ==, "");
  expected = g_strconcat (header, lee, NULL);
  g_assert_cmpstr (defined->out, ==, expected);
  listed = run_cli (f, "segment", "small.hustings", "BIG GIVERS", NULL);
  g_assert_cmpint (listed->status, ==, 0);
  g_assert_cmpstr (listed->out, ==, expected);
  g_clear_pointer (&expected, g_free);
  counted = run_cli (f, "segment", "small.hustings", "big givers", "--count", NULL);
  g_assert_cmpint (counted->status, ==, 0);
  g_assert_cmpstr (counted->out, ==, "1\n");

  /* New rules for the same segment: a cent more is nobody. */
  redefined = run_cli (f, "segment", "small.hustings", "Big givers", "--define", "total>75.50",
                       "--count", NULL);
  g_assert_cmpint (redefined->status, ==, 0);
  g_assert_cmpstr (redefined->out, ==, "0\n");

  /* "any": by name, the PAC (whose refund leaves $0.00) first. */
  either = run_cli (f, "segment", "small.hustings", "Texas or Fresno", "--define",
                    "any: state=TX; city=\"Fresno\"", NULL);
  g_assert_cmpint (either->status, ==, 0);
  expected = g_strconcat (header, roads, lee, NULL);
  g_assert_cmpstr (either->out, ==, expected);

  rules = run_cli (f, "segment", "small.hustings", "texas or fresno", "--rules", NULL);
  g_assert_cmpint (rules->status, ==, 0);
  g_assert_cmpstr (rules->out, ==, "any: state=TX; city=Fresno\n"
                                   "Contacts matching any of:\n"
                                   "  State is TX\n"
                                   "  City is Fresno\n");
  saved = run_cli (f, "segments", "small.hustings", NULL);
  g_assert_cmpint (saved->status, ==, 0);
  g_assert_cmpstr (saved->out, ==, "name\tcontacts\trules\n"
                                   "Big givers\t0\ttotal>=75.51\n"
                                   "Texas or Fresno\t2\tany: state=TX; city=Fresno\n");

  /* No such segment: status 1, and which there are. */
  unknown = run_cli (f, "segment", "small.hustings", "Donors", NULL);
  assert_failed (unknown, 1, "There is no segment named “Donors”; the saved segments are: "
                             "Big givers, Texas or Fresno");
  bad = run_cli (f, "segment", "small.hustings", "Typo", "--define", "state=CA; totl>=5", NULL);
  assert_failed (bad, 2, "--define: In “totl>=5”: “totl” is not something a segment can look");
  both = run_cli (f, "segment", "small.hustings", "Big givers", "--count", "--rules", NULL);
  assert_failed (both, 2, "--count and --rules");

  deleted = run_cli (f, "segment", "small.hustings", "big givers", "--delete", NULL);
  g_assert_cmpint (deleted->status, ==, 0);
  gone = run_cli (f, "segment", "small.hustings", "Big givers", "--count", NULL);
  assert_failed (gone, 1, "There is no segment named “Big givers”; the saved segments are: "
                          "Texas or Fresno");

  help = run_cli (f, "segment", "--help", NULL);
  g_assert_cmpint (help->status, ==, 0);
  g_assert_nonnull (strstr (help->out, "hustings-cli segment [OPTION…] FILE NAME"));
  g_assert_nonnull (strstr (help->out, "total>=250"));
  g_assert_nonnull (strstr (help->out, "--count"));
}

/* ---- volunteers and events ---- */

/* A campaign's volunteers and events, written through the core: Ann (Spanish, canvassing,
 * free Saturdays), Bo (a prospect), Cy (inactive, phone banking, free Tuesday evenings); a
 * gala far ahead with two shifts, guests and a ticket, and a rally long past. */
static void
make_volunteer_file (Fixture *f)
{
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(GError) error = NULL;
  static const struct {
    const char *first, *last, *email, *phone;
    HustingsVolunteerStatus status;
    const char *skills[3];
    guint weekday;
    const char *starts, *ends;
  } people[] = {
    { "Ann", "Adams", "ann@example.org", "559-555-0101", HUSTINGS_VOLUNTEER_ACTIVE,
      { "spanish", "canvassing" }, 6, "10:00", "14:00" },
    { "Bo", "Baker", "", "", HUSTINGS_VOLUNTEER_PROSPECT, { NULL }, 0, NULL, NULL },
    { "Cy", "Cole", "cy@example.org", "", HUSTINGS_VOLUNTEER_INACTIVE, { "phone banking" },
      2, "18:00", "21:00" },
  };
  gint64 ids[G_N_ELEMENTS (people)];
  g_autoptr(HustingsEvent) gala = hustings_event_new ();
  g_autoptr(HustingsEvent) rally = hustings_event_new ();
  g_autoptr(HustingsShift) door = NULL;
  g_autoptr(HustingsShift) bar = NULL;
  g_autoptr(HustingsDonation) ticket = hustings_donation_new ();

  make_empty_file (f, "vol.hustings");
  file = open_fixture_file (f, "vol.hustings");
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(HustingsContact) contact = hustings_contact_new (HUSTINGS_ENTITY_IND);
      g_autoptr(HustingsVolunteer) volunteer = NULL;
      const char *emails[] = { people[i].email, NULL };
      const char *phones[] = { people[i].phone, NULL };

      hustings_contact_set_field (contact, HUSTINGS_CONTACT_FIRST_NAME, people[i].first);
      hustings_contact_set_field (contact, HUSTINGS_CONTACT_LAST_NAME, people[i].last);
      if (*people[i].email != '\0')
        hustings_contact_set_emails (contact, emails);
      if (*people[i].phone != '\0')
        hustings_contact_set_phones (contact, phones);
      g_assert_true (hustings_contact_store_add (file, contact, &error));
      ids[i] = hustings_contact_get_id (contact);
      volunteer = hustings_volunteer_new (ids[i]);
      hustings_volunteer_set_status (volunteer, people[i].status);
      hustings_volunteer_set_skills (volunteer, people[i].skills);
      if (people[i].weekday != 0)
        hustings_volunteer_add_availability (volunteer, people[i].weekday, people[i].starts,
                                             people[i].ends);
      g_assert_true (hustings_volunteer_store_save (file, volunteer, &error));
      g_assert_no_error (error);
    }

  hustings_event_set_name (gala, "Spring gala");
  hustings_event_set_kind (gala, HUSTINGS_EVENT_FUNDRAISER);
  hustings_event_set_date (gala, "2999-04-18");
  hustings_event_set_place (gala, "Tower Theatre");
  hustings_event_set_capacity (gala, 100);
  hustings_event_set_goal (gala, 500000);
  g_assert_true (hustings_event_store_add (file, gala, &error));
  hustings_event_set_name (rally, "Kickoff rally");
  hustings_event_set_kind (rally, HUSTINGS_EVENT_MEETING);
  hustings_event_set_date (rally, "2001-03-01");
  g_assert_true (hustings_event_store_add (file, rally, &error));

  door = hustings_shift_new (hustings_event_get_id (gala));
  hustings_shift_set_role (door, "Door");
  hustings_shift_set_starts (door, "17:00");
  hustings_shift_set_ends (door, "19:30");
  hustings_shift_set_slots (door, 2);
  g_assert_true (hustings_event_store_add_shift (file, door, &error));
  bar = hustings_shift_new (hustings_event_get_id (gala));
  hustings_shift_set_role (bar, "Bar");
  hustings_shift_set_starts (bar, "19:30");
  hustings_shift_set_ends (bar, "22:00");
  hustings_shift_set_slots (bar, 3);
  g_assert_true (hustings_event_store_add_shift (file, bar, &error));
  g_assert_true (hustings_event_store_sign_up (file, hustings_shift_get_id (door), ids[0],
                                               &error));
  g_assert_true (hustings_event_store_sign_up (file, hustings_shift_get_id (door), ids[2],
                                               &error));
  g_assert_true (hustings_event_store_sign_up (file, hustings_shift_get_id (bar), ids[0],
                                               &error));
  g_assert_true (hustings_event_store_check_in (file, hustings_shift_get_id (door), ids[0], -1,
                                                &error));
  g_assert_true (hustings_event_store_check_in (file, hustings_shift_get_id (bar), ids[0], 90,
                                                &error));
  g_assert_true (hustings_event_store_invite (file, hustings_event_get_id (gala), ids, 3, NULL,
                                              &error));
  g_assert_true (hustings_event_store_rsvp (file, hustings_event_get_id (gala), ids[1],
                                            HUSTINGS_RSVP_YES, 2, &error));
  g_assert_true (hustings_event_store_rsvp (file, hustings_event_get_id (gala), ids[2],
                                            HUSTINGS_RSVP_MAYBE, 1, &error));
  g_assert_true (hustings_event_store_check_in_guest (file, hustings_event_get_id (gala), ids[1],
                                                      -1, NULL, &error));
  hustings_donation_set_contact_id (ticket, ids[1]);
  hustings_donation_set_date (ticket, "2026-04-01");
  hustings_donation_set_amount (ticket, 15000);
  g_assert_true (hustings_donation_store_add (file, ticket, &error));
  g_assert_true (hustings_event_store_link_donation (file, hustings_donation_get_id (ticket),
                                                     hustings_event_get_id (gala), &error));
  g_assert_no_error (error);
}

static const char *volunteer_header =
  "id\tname\tstatus\tskills\tavailability\thours\tshifts\temail\tphone\n";

/* The lines of tab-separated output, header included. */
static guint
count_rows (const char *out)
{
  g_autoptr(GPtrArray) rows = split_tsv (out);

  return rows->len;
}

static void
test_volunteers (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(Result) all = NULL;
  g_autoptr(Result) spanish = NULL;
  g_autoptr(Result) saturday = NULL;
  g_autoptr(Result) late = NULL;
  g_autoptr(Result) found = NULL;
  g_autoptr(Result) inactive = NULL;
  g_autoptr(Result) bad_day = NULL;
  g_autoptr(Result) bad_time = NULL;
  g_autoptr(Result) bad_status = NULL;
  g_autoptr(Result) help = NULL;
  g_autofree char *expected = NULL;

  make_volunteer_file (f);

  all = run_cli (f, "volunteers", "vol.hustings", NULL);
  g_assert_cmpint (all->status, ==, 0);
  g_assert_cmpstr (all->err, ==, "");
  expected = g_strconcat (volunteer_header,
                          "1\tAnn Adams\tactive\tcanvassing, Spanish\tsat 10:00-14:00\t4\t2\t"
                          "ann@example.org\t559-555-0101\n",
                          "2\tBo Baker\tprospect\t\t\t0\t0\t\t\n",
                          "3\tCy Cole\tinactive\tphone banking\ttue 18:00-21:00\t0\t0\t"
                          "cy@example.org\t\n", NULL);
  g_assert_cmpstr (all->out, ==, expected);

  spanish = run_cli (f, "volunteers", "vol.hustings", "--skill", "SPANISH", "--skill",
                     "canvassing", NULL);
  g_assert_cmpint (spanish->status, ==, 0);
  g_assert_true (g_str_has_prefix (spanish->out + strlen (volunteer_header), "1\tAnn Adams\t"));
  g_assert_cmpuint (count_rows (spanish->out), ==, 2);

  saturday = run_cli (f, "volunteers", "vol.hustings", "--available", "Saturday@10am-2pm", NULL);
  g_assert_cmpint (saturday->status, ==, 0);
  g_assert_cmpuint (count_rows (saturday->out), ==, 2);
  late = run_cli (f, "volunteers", "vol.hustings", "--available", "sat@14:00", NULL);
  g_assert_cmpstr (late->out, ==, volunteer_header);
  found = run_cli (f, "volunteers", "vol.hustings", "--search", "cole", "--available", "tue",
                   NULL);
  g_assert_true (g_str_has_prefix (found->out + strlen (volunteer_header), "3\tCy Cole\t"));
  g_assert_cmpuint (count_rows (found->out), ==, 2);
  inactive = run_cli (f, "volunteers", "vol.hustings", "--status", "inactive", "--status",
                      "prospect", NULL);
  g_assert_cmpuint (count_rows (inactive->out), ==, 3);

  bad_day = run_cli (f, "volunteers", "vol.hustings", "--available", "someday", NULL);
  assert_failed (bad_day, 2, "--available wants a day");
  bad_time = run_cli (f, "volunteers", "vol.hustings", "--available", "mon@25:00", NULL);
  assert_failed (bad_time, 2, "“25:00” is not a time of day");
  bad_status = run_cli (f, "volunteers", "vol.hustings", "--status", "busy", NULL);
  assert_failed (bad_status, 2, "--status is prospect, active or inactive, not “busy”");

  help = run_cli (f, "--help", NULL);
  g_assert_nonnull (strstr (help->out, "\n  volunteers "));
  g_assert_nonnull (strstr (help->out, "\n  events "));
}

static const char *event_header =
  "id\tdate\tname\tkind\tplace\tcapacity\tyes\tmaybe\tchecked_in\tshifts\topen_slots\t"
  "revenue\tgoal\n";
static const char *gala_line =
  "1\t2999-04-18\tSpring gala\tfundraiser\tTower Theatre\t100\t3\t2\t3\t2\t2\t150.00\t"
  "5000.00\n";

static void
test_events (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(Result) upcoming = NULL;
  g_autoptr(Result) all = NULL;
  g_autoptr(Result) one = NULL;
  g_autoptr(Result) missing = NULL;
  g_autoptr(Result) bad_id = NULL;
  g_autoptr(Result) both = NULL;
  g_autofree char *expected = NULL;

  make_volunteer_file (f);

  upcoming = run_cli (f, "events", "vol.hustings", NULL);
  g_assert_cmpint (upcoming->status, ==, 0);
  g_assert_cmpstr (upcoming->err, ==, "");
  expected = g_strconcat (event_header, gala_line, NULL);
  g_assert_cmpstr (upcoming->out, ==, expected);
  g_clear_pointer (&expected, g_free);

  all = run_cli (f, "events", "vol.hustings", "--all", NULL);
  g_assert_cmpint (all->status, ==, 0);
  expected = g_strconcat (event_header, gala_line,
                          "2\t2001-03-01\tKickoff rally\tmeeting\t\t0\t0\t0\t0\t0\t0\t0.00\t"
                          "0.00\n", NULL);
  g_assert_cmpstr (all->out, ==, expected);
  g_clear_pointer (&expected, g_free);

  /* One event: its line, its shifts with who signed up, its guests. */
  one = run_cli (f, "events", "vol.hustings", "--event", "1", NULL);
  g_assert_cmpint (one->status, ==, 0);
  expected = g_strconcat (event_header, gala_line, "\n",
                          "shift_id\trole\tstarts\tends\tslots\topen\tcontact_id\tname\t"
                          "checked_in\tminutes\n",
                          "1\tDoor\t17:00\t19:30\t2\t0\t1\tAnn Adams\tyes\t150\n",
                          "1\tDoor\t17:00\t19:30\t2\t0\t3\tCy Cole\t\t\n",
                          "2\tBar\t19:30\t22:00\t3\t2\t1\tAnn Adams\tyes\t90\n",
                          "\n",
                          "contact_id\tname\trsvp\tguests\tchecked_in\n",
                          "1\tAnn Adams\tinvited\t0\t\n",
                          "2\tBo Baker\tyes\t2\tyes\n",
                          "3\tCy Cole\tmaybe\t1\t\n", NULL);
  g_assert_cmpstr (one->out, ==, expected);

  missing = run_cli (f, "events", "vol.hustings", "--event", "9", NULL);
  assert_failed (missing, 1, "Event 9 is not in this committee file");
  bad_id = run_cli (f, "events", "vol.hustings", "--event", "gala", NULL);
  assert_failed (bad_id, 2, "--event");
  both = run_cli (f, "events", "vol.hustings", "--all", "--event", "1", NULL);
  assert_failed (both, 2, "--all and --event cannot be used together");
}

/* ---- letters and templates ---- */

static void
test_letters (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(Result) defined = NULL, written = NULL, again = NULL, no_template = NULL;
  g_autoptr(Result) no_segment = NULL, no_pdf = NULL, email = NULL, nobody = NULL;
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autofree char *path = fixture_path (f, "small.hustings");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;

  make_small_file (f);
  defined = run_cli (f, "segment", "small.hustings", "Everyone", "--define",
                     "any: state=CA; state=TX", "--count", NULL);
  g_assert_cmpstr (defined->out, ==, "2\n");

  /* Ann Lee has an address; the PAC has none: a letter, but no envelope or label. */
  written = run_cli (f, "letters", "small.hustings", "--segment", "everyone", "--template",
                     "THANK-YOU LETTER", "--pdf", "letters.pdf", "--envelopes", "env.pdf",
                     "--labels", "labels.pdf", NULL);
  g_assert_cmpint (written->status, ==, 0);
  g_assert_cmpstr (written->out, ==, "");
  g_assert_cmpstr (written->err, ==,
                   "Wrote 2 letters (2 pages) to letters.pdf\n"
                   "Wrote 1 envelope to env.pdf\n"
                   "Wrote 1 label (1 sheet) to labels.pdf\n"
                   "1 contact has no mailing address, so no envelope or label: Good Roads PAC\n"
                   "Logged 2 letters in the contacts’ histories\n");
  g_assert_true (fixture_has (f, "letters.pdf"));
  g_assert_true (fixture_has (f, "env.pdf"));
  g_assert_true (fixture_has (f, "labels.pdf"));
  if (pdftotext != NULL)
    {
      g_autofree char *pdf = fixture_path (f, "letters.pdf");
      const char *argv[] = { pdftotext, "-layout", pdf, "-", NULL };
      g_autofree char *text = NULL;
      g_auto(GStrv) pages = NULL;
      int status;

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &text,
                    NULL, &status, &error);
      g_assert_no_error (error);
      pages = g_strsplit (text, "\f", -1);
      g_assert_cmpuint (g_strv_length (pages), ==, 3);
      /* By name, as the segment lists them: the PAC, then Ann and her latest gift. */
      g_assert_nonnull (strstr (pages[0], "Dear Good Roads PAC,"));
      g_assert_nonnull (strstr (pages[1], "Dear Ann,"));
      g_assert_nonnull (strstr (pages[1], "$50.50"));
      g_assert_nonnull (strstr (pages[1], "Paid for by Friends of Test"));
    }

  file = hustings_committee_file_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hustings_interaction_store_count (file), ==, 2);

  /* Not logged when asked not to. The receipt names the committee's address, which this
   * committee has not given: said, with whose letters lack it. */
  again = run_cli (f, "letters", "small.hustings", "--segment", "Everyone", "--template",
                   "Donation receipt", "--pdf", "receipts.pdf", "--no-log", NULL);
  g_assert_cmpint (again->status, ==, 0);
  g_assert_cmpstr (again->err, ==,
                   "Wrote 2 letters (2 pages) to receipts.pdf\n"
                   "Committee address ({{committee_address}}) is empty in 2 letters: "
                   "Good Roads PAC, Ann Lee\n"
                   "1 contact has no mailing address, so no envelope or label: Good Roads PAC\n");
  g_assert_cmpint (hustings_interaction_store_count (file), ==, 2);

  no_template = run_cli (f, "letters", "small.hustings", "--segment", "Everyone", "--template",
                         "Appeal", "--pdf", "x.pdf", NULL);
  assert_failed (no_template, 1, "There is no template named “Appeal” (see “hustings-cli "
                                 "templates”)");
  no_segment = run_cli (f, "letters", "small.hustings", "--segment", "Donors", "--template",
                        "Thank-you letter", "--pdf", "x.pdf", NULL);
  assert_failed (no_segment, 1, "There is no segment named “Donors” (see “hustings-cli "
                                "segments”)");
  no_pdf = run_cli (f, "letters", "small.hustings", "--segment", "Everyone", "--template",
                    "Thank-you letter", NULL);
  assert_failed (no_pdf, 2, "--pdf");
  email = run_cli (f, "letters", "small.hustings", "--segment", "Everyone", "--template",
                   "Thank-you email", "--pdf", "x.pdf", NULL);
  assert_failed (email, 1, "“Thank-you email” is an email template");
  g_clear_pointer (&defined, result_free);
  defined = run_cli (f, "segment", "small.hustings", "Nobody", "--define", "state=WY", "--count",
                     NULL);
  g_assert_cmpstr (defined->out, ==, "0\n");
  nobody = run_cli (f, "letters", "small.hustings", "--segment", "nobody", "--template",
                    "Thank-you letter", "--pdf", "x.pdf", NULL);
  assert_failed (nobody, 1, "The segment “Nobody” has no contacts");
  g_assert_false (fixture_has (f, "x.pdf"));
  g_assert_cmpint (hustings_interaction_store_count (file), ==, 2);
}

static void
test_templates (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(Result) builtins = NULL, saved = NULL;
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(HustingsTemplate) appeal = hustings_template_new (HUSTINGS_TEMPLATE_LETTER);
  g_autofree char *path = fixture_path (f, "small.hustings");
  g_autoptr(GError) error = NULL;

  make_small_file (f);
  builtins = run_cli (f, "templates", "small.hustings", NULL);
  g_assert_cmpint (builtins->status, ==, 0);
  g_assert_cmpstr (builtins->err, ==, "");
  g_assert_cmpstr (builtins->out, ==,
                   "name\tkind\tbuiltin\tsubject\n"
                   "Donation receipt\tletter\tyes\t\n"
                   "Thank-you letter\tletter\tyes\t\n"
                   "Thank-you email\temail\tyes\tThank you, {{first_name|friend}}!\n");

  /* A saved template of a built-in's name replaces it. */
  file = hustings_committee_file_open (path, &error);
  g_assert_no_error (error);
  hustings_template_set_name (appeal, "thank-you letter");
  hustings_template_set_body (appeal, "Dear {{first_name|Friend}}, thank you.");
  g_assert_true (hustings_template_store_add (file, appeal, &error));
  g_assert_no_error (error);
  saved = run_cli (f, "templates", "small.hustings", NULL);
  g_assert_cmpstr (saved->out, ==,
                   "name\tkind\tbuiltin\tsubject\n"
                   "Donation receipt\tletter\tyes\t\n"
                   "thank-you letter\tletter\t\t\n"
                   "Thank-you email\temail\tyes\tThank you, {{first_name|friend}}!\n");
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
  ADD ("/cli/check", test_check);
  ADD ("/cli/import/fec", test_import_fec);

  ADD ("/cli/disbursements", test_disbursements);
  ADD ("/demo/disbursements", test_demo_disbursements);
  ADD ("/cli/report", test_report);
  ADD ("/cli/report/usage", test_report_usage);
  ADD ("/cli/report/pdf", test_report_pdf);
  ADD ("/cli/segment", test_segment);
  ADD ("/cli/volunteers", test_volunteers);
  ADD ("/cli/events", test_events);
  ADD ("/cli/letters", test_letters);
  ADD ("/cli/templates", test_templates);

  return g_test_run ();
}
