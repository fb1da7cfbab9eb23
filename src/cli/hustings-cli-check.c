/* hustings-cli-check.c: the "check" command, the compliance findings of a committee file.
 *
 * One finding a line: severity, kind, contact, election, amount, message, tab-separated under
 * a header line; or with --json the array hustings_findings_to_json writes. Exit status 1 when
 * any finding is an error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib/gi18n.h>

#include "hustings-cli.h"

/* The worker opens the committee file itself: a connection belongs to its thread. */
typedef struct {
  const char           *path;
  const char           *today;
  const char           *best_efforts;
  HustingsExportFormat  format;
  GPtrArray            *findings;
} CheckJob;

static gboolean
check_work (gpointer       data,
            GCancellable  *cancellable,
            GError       **error)
{
  CheckJob *job = data;
  g_autoptr(HustingsCommitteeFile) file = hustings_committee_file_open (job->path, error);

  if (file == NULL)
    return FALSE;
  if (job->best_efforts != NULL &&
      !hustings_compliance_export_best_efforts (file, job->today, job->best_efforts, job->format,
                                                cancellable, error))
    return FALSE;
  job->findings = hustings_compliance_check (file, job->today, cancellable, error);
  return job->findings != NULL;
}

int
run_check (const Command  *command,
           int             argc,
           char          **argv)
{
  static const char * const columns[] = {
    "severity", "kind", "contact", "election", "amount", "message", NULL
  };
  g_autofree char *today = NULL;
  g_autofree char *best_efforts = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Write the findings as a JSON array"), NULL },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today,
      N_("Check as of DATE (YYYY-MM-DD) rather than today"), N_("DATE") },
    { "best-efforts", 0, 0, G_OPTION_ARG_FILENAME, &best_efforts,
      N_("Also write the donors to ask for their employer or occupation to OUT (.csv or .xlsx)"),
      N_("OUT") },
    { NULL }
  };
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = NULL;
  CheckJob job = { 0 };
  gboolean any_error = FALSE;

  job.path = parse_command (command, entries, argc, argv);
  if (job.path == NULL)
    return EXIT_USAGE;
  if (today != NULL)
    {
      normalized = hustings_date_normalize (today, &error);
      if (normalized == NULL)
        {
          /* Translators: why the date given to --today is not right */
          g_autofree char *message = g_strdup_printf (_("--today: %s"), error->message);

          return usage_error (command, message);
        }
    }
  if (best_efforts != NULL && !hustings_export_format_from_path (best_efforts, &job.format))
    return usage_error (command, _("--best-efforts: the file name must end in .csv or .xlsx"));
  job.today = normalized;
  job.best_efforts = best_efforts;

  if (!run_cancellable (check_work, &job, FALSE, &error))
    return fail (error->message);
  findings = job.findings;

  if (json)
    {
      g_autofree char *text = hustings_findings_to_json (findings);

      fputs (text, stdout);
    }
  else
    put_header (columns);
  for (guint i = 0; i < findings->len; i++)
    {
      HustingsFinding *finding = findings->pdata[i];
      gint64 cents = hustings_finding_get_amount (finding);
      g_autofree char *amount = cents != 0 ? hustings_money_format (cents) : NULL;

      any_error |= hustings_finding_get_severity (finding) == HUSTINGS_SEVERITY_ERROR;
      if (json)
        continue;
      put_field (hustings_severity_to_string (hustings_finding_get_severity (finding)), FALSE);
      put_field (hustings_finding_kind_to_string (hustings_finding_get_kind (finding)), FALSE);
      put_field (hustings_finding_get_contact_name (finding), FALSE);
      put_field (hustings_finding_get_election (finding), FALSE);
      put_field (amount, FALSE);
      put_field (hustings_finding_get_message (finding), TRUE);
    }
  if (finish_output () != EXIT_SUCCESS)
    return EXIT_FAILURE;
  return any_error ? EXIT_FAILURE : EXIT_SUCCESS;
}
