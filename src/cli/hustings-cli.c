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

#include "hustings-cli.h"


/* ---- Reporting ---- */

int
fail (const char *message)
{
  g_printerr ("%s: %s\n", PROGRAM, message);
  return EXIT_FAILURE;
}

/* A usage error of command (NULL: of the program as a whole). */
int
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

/* Parses the options of command and its n positional arguments (named in command->parameters,
 * the first being FILE) into args; FALSE after a usage error. */
gboolean
parse_arguments (const Command       *command,
                 const GOptionEntry  *entries,
                 int                  argc,
                 char               **argv,
                 guint                n,
                 const char         **args)
{
  g_autofree char *prgname = g_strdup_printf ("%s %s", PROGRAM, command->name);
  g_autoptr(GOptionContext) context = g_option_context_new (command->parameters);
  g_auto(GStrv) names = g_strsplit (command->parameters, " ", -1);
  g_autoptr(GError) error = NULL;

  /* The usage line names the command: "hustings-cli new [OPTION…] FILE". */
  g_set_prgname (prgname);
  g_option_context_set_summary (context, command->summary);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      usage_error (command, error->message);
      return FALSE;
    }
  if (argc < 2)
    {
      usage_error (command, _("No committee file was given"));
      return FALSE;
    }
  if ((guint) argc < n + 1)
    {
      /* Translators: %s names the missing argument, such as DATA */
      g_autofree char *message = g_strdup_printf (_("%s is missing"),
                                                  names[MIN ((guint) argc - 1,
                                                             g_strv_length (names) - 1)]);

      usage_error (command, message);
      return FALSE;
    }
  if ((guint) argc > n + 1)
    {
      g_autofree char *message = g_strdup_printf (_("Unexpected argument “%s”"), argv[n + 1]);

      usage_error (command, message);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    args[i] = argv[i + 1];
  return TRUE;
}

/* Parses the options of command and its one FILE argument; NULL after a usage error. */
const char *
parse_command (const Command       *command,
               const GOptionEntry  *entries,
               int                  argc,
               char               **argv)
{
  const char *path = NULL;

  return parse_arguments (command, entries, argc, argv, 1, &path) ? path : NULL;
}

gboolean
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
void
put_field (const char *text,
           gboolean    last)
{
  for (const char *p = text ? text : ""; *p; p++)
    putchar (*p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p);
  putchar (last ? '\n' : '\t');
}

void
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

void
put_amount (gint64   cents,
            gboolean last)
{
  g_autofree char *text = hustings_money_format_plain (cents);

  put_field (text, last);
}

void
put_header (const char * const *columns)
{
  for (guint i = 0; columns[i] != NULL; i++)
    put_field (columns[i], columns[i + 1] == NULL);
}

int
finish_output (void)
{
  if (fflush (stdout) != 0 || ferror (stdout))
    return fail (_("The output could not be written"));
  return EXIT_SUCCESS;
}

/* The committee file at path, or NULL after saying why not. */
HustingsCommitteeFile *
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
char *
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

/* ---- Long work, cancelled by Ctrl+C ---- */

typedef struct {
  WorkFunc func;
  gpointer data;
} Work;

/* Called in the worker thread; stderr is safe to write from there. */
void
progress_cb (double   fraction,
             gpointer user_data)
{
  g_printerr ("\r%3d%%", (int) (fraction * 100));
}

static void
work_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Work *work = task_data;
  GError *error = NULL;

  if (work->func (work->data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
work_done_cb (GObject      *source_object,
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

/* Runs func in a worker thread so that Ctrl+C can cancel it cleanly: the work leaves nothing
 * half-done. */
gboolean
run_cancellable (WorkFunc   func,
                 gpointer   data,
                 gboolean   show_progress,
                 GError   **error)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, work_done_cb, loop);
  Work work = { func, data };
  guint interrupt_id;

  g_task_set_task_data (task, &work, NULL);
  interrupt_id = g_unix_signal_add (SIGINT, interrupt_cb, cancellable);
  g_task_run_in_thread (task, work_thread);
  g_main_loop_run (loop);
  g_source_remove (interrupt_id);
  if (show_progress)
    g_printerr ("\r    \r");
  return g_task_propagate_boolean (task, error);
}

/* ---- demo ---- */

typedef struct {
  const char *path;
  guint       n_contacts;
  guint       n_donations;
  guint32     seed;
  gboolean    show_progress;
} DemoJob;

static gboolean
demo_work (gpointer       data,
           GCancellable  *cancellable,
           GError       **error)
{
  DemoJob *job = data;

  return hustings_demo_create (job->path, job->n_contacts, job->n_donations, job->seed,
                               job->show_progress ? progress_cb : NULL, NULL, cancellable,
                               error);
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
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint64 n_contacts = 2000;
  guint64 n_donations = 6000;
  guint64 seed = 1;
  DemoJob job;
  gint64 started;
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

  job.path = path;
  job.n_contacts = (guint) n_contacts;
  job.n_donations = (guint) n_donations;
  job.seed = (guint32) seed;
  job.show_progress = isatty (STDERR_FILENO);

  started = g_get_monotonic_time ();
  if (!run_cancellable (demo_work, &job, job.show_progress, &error))
    return fail (error->message);
  /* Translators: the file, the numbers of contacts and donations, then seconds taken */
  g_printerr (_("Created %s: %u contacts, %u donations in %.1f s\n"), path,
              (guint) n_contacts, (guint) n_donations,
              (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);
  return EXIT_SUCCESS;
}

/* ---- import ---- */

/* How many skipped rows and uncertain matches to list on stderr. */
#define LIST_MAX 20

/* The worker opens the committee file itself: a connection belongs to its thread. */
typedef struct {
  HustingsImport        *import;
  const char            *path;
  gboolean               skip_bad_rows;
  gboolean               show_progress;
} ImportJob;

static gboolean
import_work (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  ImportJob *job = data;
  g_autoptr(HustingsCommitteeFile) file = hustings_committee_file_open (job->path, error);

  return file != NULL &&
         hustings_import_run (job->import, file, job->skip_bad_rows, cancellable,
                              job->show_progress ? progress_cb : NULL, NULL, error);
}

static void
put_count (const char *name,
           guint64     value)
{
  g_print ("%s\t%" G_GUINT64_FORMAT "\n", name, value);
}

static void
put_summary (HustingsImportKind           kind,
             const HustingsImportSummary *s)
{
  g_autofree char *total = hustings_money_format_plain (s->total_cents);

  put_count ("rows_read", s->rows_read);
  put_count ("contacts_created", s->contacts_created);
  put_count ("contacts_matched", s->contacts_matched);
  put_count ("contacts_updated", s->contacts_updated);
  if (kind == HUSTINGS_IMPORT_DISBURSEMENTS)
    put_count ("disbursements_added", s->disbursements_added);
  else
    {
      put_count ("donations_added", s->donations_added);
      put_count ("refunds_added", s->refunds_added);
    }
  put_count ("duplicates_skipped", s->duplicates_skipped);
  put_count ("rows_ignored", s->rows_ignored);
  put_count ("rows_rejected", s->rows_rejected);
  g_print ("total\t%s\n", total);
}

static gboolean
parse_delimiter (const char *text, char *out)
{
  if (text == NULL)
    *out = 0;
  else if (g_str_equal (text, "tab") || g_str_equal (text, "\t"))
    *out = '\t';
  else if (g_str_equal (text, ",") || g_str_equal (text, ";"))
    *out = text[0];
  else
    return FALSE;
  return TRUE;
}

static gboolean
parse_encoding (const char *text, HustingsCsvEncoding *out)
{
  if (text == NULL || g_ascii_strcasecmp (text, "auto") == 0)
    *out = HUSTINGS_CSV_ENCODING_AUTO;
  else if (g_ascii_strcasecmp (text, "utf-8") == 0 || g_ascii_strcasecmp (text, "utf8") == 0)
    *out = HUSTINGS_CSV_ENCODING_UTF8;
  else if (g_ascii_strcasecmp (text, "windows-1252") == 0 ||
           g_ascii_strcasecmp (text, "latin-1") == 0 || g_ascii_strcasecmp (text, "cp1252") == 0)
    *out = HUSTINGS_CSV_ENCODING_WINDOWS_1252;
  else
    return FALSE;
  return TRUE;
}

/* Applies --format and each --map FIELD=COLUMN; FALSE with *message after a usage error. */
static gboolean
apply_mapping (HustingsImport  *import,
               const char      *format_id,
               char           **maps,
               char           **message)
{
  if (format_id != NULL && !g_str_equal (format_id, "auto"))
    {
      const HustingsImportFormat *format = hustings_import_format_find (format_id);

      if (format == NULL)
        {
          *message = g_strdup_printf (_("--format is auto, actblue, actblue-refunds, winred, "
                                        "anedot, ngpvan, nationbuilder, generic, disbursements "
                                        "or contacts, not “%s”"), format_id);
          return FALSE;
        }
      hustings_import_set_format (import, format);
    }
  if (maps != NULL && maps[0] != NULL &&
      !hustings_import_format_is_generic (hustings_import_get_format (import)))
    {
      *message = g_strdup (_("--map needs --format generic, disbursements or contacts: the "
                             "columns of a processor’s export are fixed"));
      return FALSE;
    }
  for (guint i = 0; maps != NULL && maps[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (maps[i], "=", 2);
      g_autoptr(GError) error = NULL;
      HustingsImportField field;

      if (parts[0] == NULL || parts[1] == NULL ||
          !hustings_import_field_from_string (parts[0], &field))
        {
          GString *names = g_string_new (NULL);

          for (guint f = 1; f < HUSTINGS_N_FIELDS; f++)
            g_string_append_printf (names, "%s%s", f > 1 ? ", " : "",
                                    hustings_import_field_to_string (f));
          *message = g_strdup_printf (_("--map takes FIELD=COLUMN, where FIELD is one of %s; "
                                        "not “%s”"), names->str, maps[i]);
          g_string_free (names, TRUE);
          return FALSE;
        }
      if (!hustings_import_map_column (import, field, parts[1], &error))
        {
          *message = g_strdup_printf ("--map %s: %s", maps[i], error->message);
          return FALSE;
        }
    }
  return TRUE;
}

static int
run_import (const Command  *command,
            int             argc,
            char          **argv)
{
  g_autofree char *format_id = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *delimiter = NULL;
  g_autofree char *encoding = NULL;
  g_auto(GStrv) maps = NULL;
  gboolean skip_bad_rows = FALSE;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_id,
      N_("The file’s layout: auto (the default), actblue, actblue-refunds, winred, anedot, "
         "ngpvan, nationbuilder, generic (donations), disbursements or contacts"), N_("FORMAT") },
    { "map", 0, 0, G_OPTION_ARG_STRING_ARRAY, &maps,
      N_("With generic, disbursements or contacts: read FIELD from the column headed COLUMN "
         "(repeat for each)"),
      N_("FIELD=COLUMN") },
    { "skip-bad-rows", 0, 0, G_OPTION_ARG_NONE, &skip_bad_rows,
      N_("Import the rows that can be imported and list the others (by default nothing is "
         "imported when a row cannot be)"), NULL },
    { "sheet", 0, 0, G_OPTION_ARG_STRING, &sheet,
      N_("The sheet of a workbook to read (the first if not given)"), N_("NAME") },
    { "delimiter", 0, 0, G_OPTION_ARG_STRING, &delimiter,
      N_("The CSV delimiter: “,”, “;” or tab (found from the file if not given)"), N_("CHAR") },
    { "encoding", 0, 0, G_OPTION_ARG_STRING, &encoding,
      N_("The CSV encoding: auto, utf-8 or windows-1252"), N_("ENCODING") },
    { NULL }
  };
  HustingsTableOptions options = { 0, };
  g_autoptr(HustingsImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *args[2];
  guint n_rejections, n_uncertain;
  ImportJob job;

  if (!parse_arguments (command, entries, argc, argv, 2, args))
    return EXIT_USAGE;
  if (hustings_fec_import_is_filing (args[1]))
    {
      if (format_id != NULL || maps != NULL || skip_bad_rows || sheet != NULL ||
          delimiter != NULL || encoding != NULL)
        return usage_error (command, _("An FEC filing is read as it is: --format, --map, "
                                       "--skip-bad-rows, --sheet, --delimiter and --encoding "
                                       "are for spreadsheets"));
      return import_fec_filing (args[0], args[1]);
    }
  if (!parse_delimiter (delimiter, &options.delimiter))
    return usage_error (command, _("--delimiter is “,”, “;” or tab"));
  if (!parse_encoding (encoding, &options.encoding))
    return usage_error (command, _("--encoding is auto, utf-8 or windows-1252"));
  options.sheet = sheet;

  import = hustings_import_new (args[1], &options, &error);
  if (import == NULL)
    return fail (error->message);
  if (!apply_mapping (import, format_id, maps, &message))
    return usage_error (command, message);
  if (!hustings_import_check_mapping (import, &error))
    return fail (error->message);

  job.import = import;
  job.path = args[0];
  job.skip_bad_rows = skip_bad_rows;
  job.show_progress = isatty (STDERR_FILENO);
  if (!run_cancellable (import_work, &job, job.show_progress, &error))
    {
      for (guint i = 0; i < hustings_import_get_n_rejections (import); i++)
        {
          const HustingsImportRejection *r = hustings_import_get_rejection (import, i);

          /* Translators: a line number of the imported file, then why it was not imported */
          g_printerr (_("line %" G_GUINT64_FORMAT ": %s\n"), r->line, r->reason);
        }
      return fail (error->message);
    }

  n_rejections = hustings_import_get_n_rejections (import);
  n_uncertain = hustings_import_get_n_uncertain (import);
  for (guint i = 0; i < MIN (n_rejections, LIST_MAX); i++)
    {
      const HustingsImportRejection *r = hustings_import_get_rejection (import, i);

      g_printerr (_("line %" G_GUINT64_FORMAT ": skipped: %s\n"), r->line, r->reason);
    }
  for (guint i = 0; i < MIN (n_uncertain, LIST_MAX); i++)
    {
      HustingsImportMatch *m = hustings_import_get_uncertain (import, i);

      /* Translators: a line number, the donor, a contact, and why they may be the same */
      g_printerr (_("line %" G_GUINT64_FORMAT ": “%s” may be contact %" G_GINT64_FORMAT
                    " “%s” (%s); added as a new contact\n"), m->line, m->donor,
                  m->contact_id, m->contact, m->reason);
    }
  if (n_rejections > LIST_MAX || n_uncertain > LIST_MAX)
    /* Translators: a number of rows; the import assistant lists them all */
    g_printerr (_("(and %u more; the Import History in Hustings lists them all)\n"),
                MAX (n_rejections, LIST_MAX) - LIST_MAX + MAX (n_uncertain, LIST_MAX) - LIST_MAX);
  g_print ("batch\t%" G_GINT64_FORMAT "\n", hustings_import_get_summary (import)->batch_id);
  g_print ("format\t%s\n", hustings_import_format_get_id (hustings_import_get_format (import)));
  put_summary (hustings_import_get_kind (import), hustings_import_get_summary (import));
  return finish_output ();
}

/* ---- imports ---- */

static int
run_imports (const Command  *command,
             int             argc,
             char          **argv)
{
  static const char * const columns[] = {
    "batch", "imported_at", "file", "format", "rows_read", "contacts_created",
    "contacts_matched", "contacts_updated", "donations_added", "refunds_added",
    "duplicates_skipped", "rows_rejected", "total", "undone_at", NULL
  };
  const GOptionEntry entries[] = { { NULL } };
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(GPtrArray) batches = NULL;
  g_autoptr(GError) error = NULL;
  const char *path;

  path = parse_command (command, entries, argc, argv);
  if (path == NULL)
    return EXIT_USAGE;
  file = open_file (path);
  if (file == NULL)
    return EXIT_FAILURE;
  batches = hustings_import_list_batches (file, &error);
  if (batches == NULL)
    return fail (error->message);

  put_header (columns);
  for (guint i = 0; i < batches->len; i++)
    {
      HustingsImportBatch *b = g_ptr_array_index (batches, i);
      const HustingsImportSummary *s = &b->summary;
      guint64 counts[] = { s->rows_read, s->contacts_created, s->contacts_matched,
                           s->contacts_updated, s->donations_added, s->refunds_added,
                           s->duplicates_skipped, s->rows_rejected };

      put_id (b->id, FALSE);
      put_field (b->imported_at, FALSE);
      put_field (b->file_name, FALSE);
      put_field (b->format_name, FALSE);
      for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
        {
          char text[24];

          g_snprintf (text, sizeof text, "%" G_GUINT64_FORMAT, counts[c]);
          put_field (text, FALSE);
        }
      put_amount (s->total_cents, FALSE);
      put_field (b->undone_at, TRUE);
    }
  return finish_output ();
}

/* ---- undo-import ---- */

typedef struct {
  const char *path;
  gint64      batch_id;
} UndoJob;

static gboolean
undo_work (gpointer       data,
           GCancellable  *cancellable,
           GError       **error)
{
  UndoJob *job = data;
  g_autoptr(HustingsCommitteeFile) file = hustings_committee_file_open (job->path, error);

  return file != NULL && hustings_import_undo (file, job->batch_id, error);
}

static int
run_undo_import (const Command  *command,
                 int             argc,
                 char          **argv)
{
  const GOptionEntry entries[] = { { NULL } };
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *args[2];
  guint64 batch_id;
  UndoJob job;

  if (!parse_arguments (command, entries, argc, argv, 2, args))
    return EXIT_USAGE;
  if (!parse_count ("BATCH", args[1], G_MAXINT64, &batch_id, &message))
    return usage_error (command, message);

  job.path = args[0];
  job.batch_id = (gint64) batch_id;
  if (!run_cancellable (undo_work, &job, FALSE, &error))
    return fail (error->message);
  /* Translators: %s is the number of the import batch */
  g_printerr (_("Import %s undone\n"), args[1]);
  return EXIT_SUCCESS;
}

/* ---- export ---- */

typedef struct {
  const char          *path;
  HustingsImportKind   what;
  const char          *search;
  const char          *from;
  const char          *to;
  const char          *out;
  HustingsExportFormat format;
  gboolean             show_progress;
} ExportJob;

static gboolean
export_work (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  ExportJob *job = data;
  g_autoptr(HustingsCommitteeFile) file = hustings_committee_file_open (job->path, error);
  g_autoptr(GArray) ids = NULL;
  HustingsProgressFunc progress = job->show_progress ? progress_cb : NULL;

  if (file == NULL)
    return FALSE;
  if (job->what == HUSTINGS_IMPORT_CONTACTS)
    {
      if (job->search != NULL)
        ids = hustings_contact_store_search_ids (file, job->search);
      return hustings_export_contacts (file, ids, job->out, job->format, cancellable, progress,
                                       NULL, error);
    }
  if (job->what == HUSTINGS_IMPORT_DISBURSEMENTS)
    {
      if (job->from != NULL || job->to != NULL || job->search != NULL)
        ids = hustings_disbursement_store_list_ids (file, job->from, job->to, job->search,
                                                    HUSTINGS_DISBURSEMENT_SORT_DATE, FALSE);
      return hustings_export_disbursements (file, ids, job->out, job->format, cancellable,
                                            progress, NULL, error);
    }
  if (job->from != NULL || job->to != NULL)
    ids = hustings_donation_store_list_ids (file, job->from, job->to,
                                            HUSTINGS_DONATION_SORT_DATE, FALSE);
  return hustings_export_donations (file, ids, job->out, job->format, cancellable, progress,
                                    NULL, error);
}

static int
run_export (const Command  *command,
            int             argc,
            char          **argv)
{
  g_autofree char *search = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  const GOptionEntry entries[] = {
    { "search", 's', 0, G_OPTION_ARG_STRING, &search,
      N_("Contacts and disbursements: only those matching every word of TEXT"), N_("TEXT") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text,
      N_("Donations and disbursements: only those dated on or after DATE"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text,
      N_("Donations and disbursements: only those dated on or before DATE"), N_("DATE") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  const char *args[3];
  ExportJob job = { NULL, };

  if (!parse_arguments (command, entries, argc, argv, 3, args))
    return EXIT_USAGE;
  if (g_str_equal (args[1], "contacts"))
    job.what = HUSTINGS_IMPORT_CONTACTS;
  else if (g_str_equal (args[1], "donations"))
    job.what = HUSTINGS_IMPORT_DONATIONS;
  else if (g_str_equal (args[1], "disbursements"))
    job.what = HUSTINGS_IMPORT_DISBURSEMENTS;
  else
    return usage_error (command, _("What to export is contacts, donations or disbursements"));
  if (!hustings_export_format_from_path (args[2], &job.format))
    return usage_error (command, _("The output file’s name must end in .csv or .xlsx"));
  if ((from_text != NULL && (from = date_option (command, "--from", from_text)) == NULL) ||
      (to_text != NULL && (to = date_option (command, "--to", to_text)) == NULL))
    return EXIT_USAGE;

  job.path = args[0];
  job.search = search;
  job.from = from;
  job.to = to;
  job.out = args[2];
  job.show_progress = isatty (STDERR_FILENO);
  if (!run_cancellable (export_work, &job, job.show_progress, &error))
    return fail (error->message);
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
  { "disbursements", N_("FILE"),
    N_("List the disbursements of a committee file as tab-separated values, by date."),
    run_disbursements },
  { "demo", N_("FILE"),
    N_("Create a committee file holding a realistic demo campaign."), run_demo },
  { "import", N_("FILE DATA"),
    N_("Import donations, disbursements or contacts from a CSV or XLSX file (DATA), or the "
       "committee’s own FEC filing (a .fec file), as one batch."),
    run_import },
  { "imports", N_("FILE"), N_("List the imports made into a committee file."), run_imports },
  { "undo-import", N_("FILE BATCH"),
    N_("Remove exactly what an import added (BATCH is its number in “imports”)."),
    run_undo_import },
  { "export", N_("FILE contacts|donations|disbursements OUT"),
    N_("Write contacts, donations or disbursements to a CSV or XLSX file (OUT)."), run_export },
  { "check", N_("FILE"),
    N_("List the compliance findings of a committee file; exit status 1 if any is an error."),
    run_check },
  { "report", N_("FILE"),
    N_("Compute a report (Form 3 or 3X) and print its summary; with --fec, write the filing."),
    run_report },
  { "reports", N_("FILE"), N_("List the reports of a committee file."), run_reports },
  { "segment", N_("FILE NAME"),
    N_("List the contacts of a saved segment as tab-separated values; with --define, save "
       "it first."), run_segment },
  { "segments", N_("FILE"), N_("List the saved segments with their sizes and rules."),
    run_segments },
  { "volunteers", N_("FILE"),
    N_("List the volunteers as tab-separated values, by name: skills, availability, hours."),
    run_volunteers },
  { "events", N_("FILE"),
    N_("List the upcoming events as tab-separated values; with --event, one event’s shifts "
       "and guests."), run_events },
  { "letters", N_("FILE"),
    N_("Write a letter to each contact of a saved segment to a PDF (and their envelopes or "
       "labels), and log them."), run_letters },
  { "templates", N_("FILE"),
    N_("List the letter and email templates, saved and built-in, as tab-separated values."),
    run_templates },
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
  g_print ("%s\n\n",
           _("Keep a campaign committee’s contacts and books, and prepare its FEC filings."));
  g_print ("%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_print ("  %-15s%s\n", commands[i].name, _(commands[i].summary));
  g_print ("\n%s\n", _("Options:"));
  g_print ("  %-17s%s\n", "-h, --help", _("Show this help"));
  g_print ("  %-17s%s\n", "--version", _("Show the version"));
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
