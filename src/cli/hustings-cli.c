/* hustings-cli.c: the command line, a thin layer over the core library.
 *
 * Exit status: 0 on success, 1 when the work failed (the message says why), 2 for a usage
 * error (unknown command, missing or bad argument).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-cli"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib-unix.h>

#include "hustings-core.h"

#define PROGRAM "hustings-cli"
#define EXIT_USAGE 2

typedef struct _Command Command;
typedef int (*CommandFunc) (const Command *command,
                            int            argc,
                            char         **argv);

struct _Command {
  const char  *name;
  const char  *parameters;
  const char  *summary;
  CommandFunc  run;
};

/* ---- Reporting ---- */

static int
fail (const char *message)
{
  g_printerr ("%s: %s\n", PROGRAM, message);
  return EXIT_FAILURE;
}

/* A usage error of command (NULL: of the program as a whole). */
static int
usage_error (const Command *command,
             const char    *message)
{
  g_autofree char *help = command != NULL
                          ? g_strdup_printf ("%s %s --help", PROGRAM, command->name)
                          : g_strdup (PROGRAM " --help");

  g_printerr ("%s: %s\n", PROGRAM, message);
  /* Translators: %s is the command line to run for help */
  g_printerr (_("Run “%s” for help.\n"), help);
  return EXIT_USAGE;
}

/* ---- Argument handling ---- */

/* Parses the options of command and its one FILE argument; NULL after a usage error. */
static const char *
parse_command (const Command       *command,
               const GOptionEntry  *entries,
               int                  argc,
               char               **argv)
{
  g_autofree char *prgname = g_strdup_printf ("%s %s", PROGRAM, command->name);
  g_autoptr(GOptionContext) context = g_option_context_new (command->parameters);
  g_autoptr(GError) error = NULL;

  /* The usage line names the command: "hustings-cli new [OPTION…] FILE". */
  g_set_prgname (prgname);
  g_option_context_set_summary (context, command->summary);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      usage_error (command, error->message);
      return NULL;
    }
  if (argc < 2)
    {
      usage_error (command, _("No committee file was given"));
      return NULL;
    }
  if (argc > 2)
    {
      g_autofree char *message = g_strdup_printf (_("Unexpected argument “%s”"), argv[2]);

      usage_error (command, message);
      return NULL;
    }
  return argv[1];
}

static gboolean
parse_count (const char *option,
             const char *text,
             guint64     max,
             guint64    *out,
             char      **message)
{
  g_autoptr(GError) error = NULL;

  if (!g_ascii_string_to_unsigned (text, 10, 0, max, out, &error))
    {
      /* Translators: %s is an option such as --contacts, then the value given */
      *message = g_strdup_printf (_("%s wants a whole number from 0 to %" G_GUINT64_FORMAT
                                    ", not “%s”"), option, max, text);
      return FALSE;
    }
  return TRUE;
}

/* ---- Tab-separated output ---- */

/* Writes text as one field: tabs and line breaks inside it become spaces. */
static void
put_field (const char *text,
           gboolean    last)
{
  for (const char *p = text ? text : ""; *p; p++)
    putchar (*p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p);
  putchar (last ? '\n' : '\t');
}

static void
put_id (gint64   id,
        gboolean last)
{
  char text[24];

  if (id == 0)
    text[0] = '\0';
  else
    g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, id);
  put_field (text, last);
}

static void
put_amount (gint64   cents,
            gboolean last)
{
  g_autofree char *text = hustings_money_format_plain (cents);

  put_field (text, last);
}

static void
put_header (const char * const *columns)
{
  for (guint i = 0; columns[i] != NULL; i++)
    put_field (columns[i], columns[i + 1] == NULL);
}

static int
finish_output (void)
{
  if (fflush (stdout) != 0 || ferror (stdout))
    return fail (_("The output could not be written"));
  return EXIT_SUCCESS;
}

/* The committee file at path, or NULL after saying why not. */
static HustingsCommitteeFile *
open_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  HustingsCommitteeFile *file = hustings_committee_file_open (path, &error);

  if (file == NULL)
    fail (error->message);
  return file;
}

/* ---- new ---- */

static gboolean
committee_type_for_form (const char             *form,
                         const char             *type,
                         HustingsCommitteeType  *out_type,
                         char                  **message)
{
  gboolean form3;
  HustingsCommitteeType parsed;

  if (g_ascii_strcasecmp (form, "F3") == 0)
    form3 = TRUE;
  else if (g_ascii_strcasecmp (form, "F3X") == 0)
    form3 = FALSE;
  else
    {
      *message = g_strdup_printf (_("--form is F3 (a candidate’s committee) or F3X (a PAC or "
                                    "party committee), not “%s”"), form);
      return FALSE;
    }

  if (type == NULL)
    {
      *out_type = form3 ? HUSTINGS_COMMITTEE_HOUSE : HUSTINGS_COMMITTEE_PAC;
      return TRUE;
    }
  if (!hustings_committee_type_from_string (type, &parsed))
    {
      *message = g_strdup_printf (_("--type is house, senate, pac or party, not “%s”"), type);
      return FALSE;
    }
  if (form3 != (parsed == HUSTINGS_COMMITTEE_HOUSE || parsed == HUSTINGS_COMMITTEE_SENATE))
    {
      *message = g_strdup_printf (_("A %s committee does not file form %s"), type, form);
      return FALSE;
    }
  *out_type = parsed;
  return TRUE;
}

static int
run_new (const Command  *command,
         int             argc,
         char          **argv)
{
  g_autofree char *name = NULL;
  g_autofree char *fec_id = NULL;
  g_autofree char *form = NULL;
  g_autofree char *type = NULL;
  g_auto(GStrv) elections = NULL;
  const GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The committee’s name"), N_("NAME") },
    { "fec-id", 0, 0, G_OPTION_ARG_STRING, &fec_id,
      N_("The FEC committee ID, such as C00123456 (leave out if not assigned yet)"), N_("ID") },
    { "form", 0, 0, G_OPTION_ARG_STRING, &form,
      N_("The report form: F3 for a candidate’s committee, F3X for a PAC or party"),
      "F3|F3X" },
    { "type", 0, 0, G_OPTION_ARG_STRING, &type,
      N_("house or senate (form F3; house by default), pac or party (form F3X; pac by default)"),
      N_("TYPE") },
    { "election", 0, 0, G_OPTION_ARG_STRING_ARRAY, &elections,
      N_("An election of the cycle, such as P2026=2026-06-02 (repeat for each)"),
      N_("CODE=DATE") },
    { NULL }
  };
  g_autoptr(HustingsCommittee) committee = hustings_committee_new ();
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *path;

  path = parse_command (command, entries, argc, argv);
  if (path == NULL)
    return EXIT_USAGE;
  if (name == NULL)
    return usage_error (command, _("--name is required"));
  if (form == NULL)
    return usage_error (command, _("--form is required"));
  if (!committee_type_for_form (form, type, &committee->type, &message))
    return usage_error (command, message);

  g_free (committee->name);
  committee->name = g_strdup (name);
  g_free (committee->fec_id);
  committee->fec_id = g_strdup (fec_id ? fec_id : "");
  if (committee->type == HUSTINGS_COMMITTEE_HOUSE || committee->type == HUSTINGS_COMMITTEE_SENATE)
    {
      g_free (committee->candidate_office);
      committee->candidate_office = g_strdup (committee->type == HUSTINGS_COMMITTEE_HOUSE
                                              ? "H" : "S");
    }

  for (guint i = 0; elections != NULL && elections[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (elections[i], "=", 2);

      if (parts[0] == NULL || parts[1] == NULL)
        {
          g_autofree char *bad = NULL;

          bad = g_strdup_printf (_("--election is CODE=YYYY-MM-DD, such as P2026=2026-06-02, "
                                   "not “%s”"), elections[i]);

          return usage_error (command, bad);
        }
      hustings_committee_add_election (committee, g_strstrip (parts[0]), g_strstrip (parts[1]),
                                       "");
    }

  file = hustings_committee_file_create (path, committee, &error);
  if (file == NULL)
    return fail (error->message);
  /* Translators: first %s is the file, second the committee's name */
  g_print (_("Created %s for %s\n"), path, name);
  return EXIT_SUCCESS;
}

/* ---- contacts ---- */

static gboolean
put_contact (HustingsContact *contact,
             gpointer         user_data)
{
  const char *street1 = hustings_contact_get_field (contact, HUSTINGS_CONTACT_STREET1);
  const char *street2 = hustings_contact_get_field (contact, HUSTINGS_CONTACT_STREET2);
  g_autofree char *street = *street2 ? g_strdup_printf ("%s, %s", street1, street2)
                                     : g_strdup (street1);

  put_id (hustings_contact_get_id (contact), FALSE);
  put_field (hustings_entity_type_to_code (hustings_contact_get_entity_type (contact)), FALSE);
  put_field (hustings_contact_get_display_name (contact), FALSE);
  put_field (street, FALSE);
  put_field (hustings_contact_get_field (contact, HUSTINGS_CONTACT_CITY), FALSE);
  put_field (hustings_contact_get_field (contact, HUSTINGS_CONTACT_STATE), FALSE);
  put_field (hustings_contact_get_field (contact, HUSTINGS_CONTACT_ZIP), FALSE);
  put_field (hustings_contact_get_emails (contact)[0], FALSE);
  put_field (hustings_contact_get_phones (contact)[0], FALSE);
  put_field (hustings_contact_get_field (contact, HUSTINGS_CONTACT_EMPLOYER), FALSE);
  put_field (hustings_contact_get_field (contact, HUSTINGS_CONTACT_OCCUPATION), FALSE);
  put_amount (hustings_contact_get_cycle_total (contact), FALSE);
  put_field (hustings_contact_get_last_gift_date (contact), TRUE);
  return TRUE;
}

static int
run_contacts (const Command  *command,
              int             argc,
              char          **argv)
{
  static const char * const columns[] = {
    "id", "type", "name", "street", "city", "state", "zip", "email", "phone", "employer",
    "occupation", "cycle_total", "last_gift", NULL
  };
  g_autofree char *search = NULL;
  const GOptionEntry entries[] = {
    { "search", 's', 0, G_OPTION_ARG_STRING, &search,
      N_("Only contacts whose name, email, city, ZIP or employer match every word of TEXT"),
      N_("TEXT") },
    { NULL }
  };
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(GError) error = NULL;
  const char *path;

  path = parse_command (command, entries, argc, argv);
  if (path == NULL)
    return EXIT_USAGE;
  file = open_file (path);
  if (file == NULL)
    return EXIT_FAILURE;

  /* Each contact is read, written and freed in turn. */
  put_header (columns);
  if (!hustings_contact_store_foreach (file, search, put_contact, NULL, &error))
    {
      fflush (stdout);
      return fail (error->message);
    }
  return finish_output ();
}

/* ---- donations ---- */

/* A --from or --to date in YYYY-MM-DD (or M/D/YYYY), or NULL after a usage error. */
static char *
date_option (const Command *command,
             const char    *option,
             const char    *text)
{
  g_autoptr(GError) error = NULL;
  char *date = hustings_date_normalize (text, &error);

  if (date == NULL)
    {
      /* Translators: %s is --from or --to, then why the date is not right */
      g_autofree char *message = g_strdup_printf (_("%s: %s"), option, error->message);

      usage_error (command, message);
    }
  return date;
}

static gboolean
put_donation (HustingsDonation *donation,
              gpointer          user_data)
{
  put_id (hustings_donation_get_id (donation), FALSE);
  put_field (hustings_donation_get_date (donation), FALSE);
  put_id (hustings_donation_get_contact_id (donation), FALSE);
  put_field (hustings_donation_get_contact_name (donation), FALSE);
  put_amount (hustings_donation_get_amount (donation), FALSE);
  put_field (hustings_method_to_string (hustings_donation_get_method (donation)), FALSE);
  put_field (hustings_donation_get_election (donation), FALSE);
  put_field (hustings_donation_get_check_number (donation), FALSE);
  put_field (hustings_donation_get_source (donation), FALSE);
  put_field (hustings_donation_get_source_id (donation), FALSE);
  put_field (hustings_donation_get_memo (donation), FALSE);
  put_id (hustings_donation_get_refund_of (donation), TRUE);
  return TRUE;
}

static int
run_donations (const Command  *command,
               int             argc,
               char          **argv)
{
  static const char * const columns[] = {
    "id", "date", "contact_id", "donor", "amount", "method", "election", "check_number",
    "source", "source_id", "memo", "refund_of", NULL
  };
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text,
      N_("Only donations received on or after DATE"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text,
      N_("Only donations received on or before DATE"), N_("DATE") },
    { NULL }
  };
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  const char *path;

  path = parse_command (command, entries, argc, argv);
  if (path == NULL)
    return EXIT_USAGE;
  if ((from_text != NULL && (from = date_option (command, "--from", from_text)) == NULL) ||
      (to_text != NULL && (to = date_option (command, "--to", to_text)) == NULL))
    return EXIT_USAGE;
  file = open_file (path);
  if (file == NULL)
    return EXIT_FAILURE;

  put_header (columns);
  if (!hustings_donation_store_foreach (file, from, to, put_donation, NULL, &error))
    {
      fflush (stdout);
      return fail (error->message);
    }
  return finish_output ();
}

/* ---- demo ---- */

typedef struct {
  char    *path;
  guint    n_contacts;
  guint    n_donations;
  guint32  seed;
  gboolean show_progress;
} DemoJob;

static void
demo_job_free (DemoJob *job)
{
  g_free (job->path);
  g_free (job);
}

/* Called in the worker thread; stderr is safe to write from there. */
static void
demo_progress_cb (double   fraction,
                  gpointer user_data)
{
  g_printerr ("\r%3d%%", (int) (fraction * 100));
}

static void
demo_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  DemoJob *job = task_data;
  GError *error = NULL;

  if (hustings_demo_create (job->path, job->n_contacts, job->n_donations, job->seed,
                            job->show_progress ? demo_progress_cb : NULL, NULL, cancellable,
                            &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
demo_done_cb (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_main_loop_quit (user_data);
}

static gboolean
interrupt_cb (gpointer user_data)
{
  g_cancellable_cancel (user_data);
  return G_SOURCE_CONTINUE;
}

static int
run_demo (const Command  *command,
          int             argc,
          char          **argv)
{
  g_autofree char *contacts_text = NULL;
  g_autofree char *donations_text = NULL;
  g_autofree char *seed_text = NULL;
  const GOptionEntry entries[] = {
    { "contacts", 0, 0, G_OPTION_ARG_STRING, &contacts_text,
      N_("How many contacts (2000 if not given)"), "N" },
    { "donations", 0, 0, G_OPTION_ARG_STRING, &donations_text,
      N_("How many donations, refunds included (6000 if not given)"), "M" },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed_text,
      N_("The seed: the same seed gives the same campaign (1 if not given)"), "S" },
    { NULL }
  };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint64 n_contacts = 2000;
  guint64 n_donations = 6000;
  guint64 seed = 1;
  DemoJob *job;
  gint64 started;
  guint interrupt_id;
  const char *path;

  path = parse_command (command, entries, argc, argv);
  if (path == NULL)
    return EXIT_USAGE;
  if ((contacts_text != NULL &&
       !parse_count ("--contacts", contacts_text, G_MAXUINT, &n_contacts, &message)) ||
      (donations_text != NULL &&
       !parse_count ("--donations", donations_text, G_MAXUINT, &n_donations, &message)) ||
      (seed_text != NULL && !parse_count ("--seed", seed_text, G_MAXUINT32, &seed, &message)))
    return usage_error (command, message);

  job = g_new0 (DemoJob, 1);
  job->path = g_strdup (path);
  job->n_contacts = (guint) n_contacts;
  job->n_donations = (guint) n_donations;
  job->seed = (guint32) seed;
  job->show_progress = isatty (STDERR_FILENO);

  /* Generate in a worker thread so Ctrl+C can cancel it cleanly: nothing is left behind. */
  started = g_get_monotonic_time ();
  task = g_task_new (NULL, cancellable, demo_done_cb, loop);
  g_task_set_task_data (task, job, (GDestroyNotify) demo_job_free);
  interrupt_id = g_unix_signal_add (SIGINT, interrupt_cb, cancellable);
  g_task_run_in_thread (task, demo_thread);
  g_main_loop_run (loop);
  g_source_remove (interrupt_id);
  if (job->show_progress)
    g_printerr ("\r    \r");

  if (!g_task_propagate_boolean (task, &error))
    return fail (error->message);
  /* Translators: the file, the numbers of contacts and donations, then seconds taken */
  g_printerr (_("Created %s: %u contacts, %u donations in %.1f s\n"), path,
              (guint) n_contacts, (guint) n_donations,
              (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);
  return EXIT_SUCCESS;
}

/* ---- The commands ---- */

static const Command commands[] = {
  { "new", N_("FILE"), N_("Create a committee file."), run_new },
  { "contacts", N_("FILE"),
    N_("List the contacts of a committee file as tab-separated values."), run_contacts },
  { "donations", N_("FILE"),
    N_("List the donations of a committee file as tab-separated values, by date."),
    run_donations },
  { "demo", N_("FILE"),
    N_("Create a committee file holding a realistic demo campaign."), run_demo },
};

static const Command *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      return &commands[i];
  return NULL;
}

static void
print_help (void)
{
  g_print ("%s\n  %s %s\n\n", _("Usage:"), PROGRAM, _("COMMAND [OPTION…] FILE"));
  g_print ("%s\n\n", _("Keep a campaign committee’s contacts and donations."));
  g_print ("%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_print ("  %-11s%s\n", commands[i].name, _(commands[i].summary));
  g_print ("\n%s\n", _("Options:"));
  g_print ("  %-15s%s\n", "-h, --help", _("Show this help"));
  g_print ("  %-15s%s\n", "--version", _("Show the version"));
  g_print ("\n");
  /* Translators: %s is the command line to run */
  g_print (_("Run “%s” for the options of a command.\n"), PROGRAM " COMMAND --help");
}

int
main (int    argc,
      char **argv)
{
  const Command *command;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname (PROGRAM);

  if (argc < 2)
    return usage_error (NULL, _("No command was given"));
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      print_help ();
      return EXIT_SUCCESS;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("%s %s\n", PROGRAM, PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  command = find_command (argv[1]);
  if (command == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Unknown command “%s”"), argv[1]);

      return usage_error (NULL, message);
    }
  /* The command parses what follows it; argv[0] becomes the command's name. */
  return command->run (command, argc - 1, argv + 1);
}
