/* hustings-cli-report.c: the "report" and "reports" commands.
 *
 * report finds the report of that form, code and coverage (or makes it, as a draft), prints
 * its summary lines tab-separated (line, label, column A, column B) and with --fec writes the
 * .fec filing; with --pdf it prints the report as the FEC's forms to a PDF, with --listing as
 * the review listing (one row per itemization). The PDFs are made even when the filing does
 * not validate: they are how a treasurer reviews it. When the filing fails validation no .fec is
 * written: the problems go to
 * standard error, one a line (severity, record number, record type, transaction id, field,
 * message), and the exit status is 1.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "hustings-cli.h"

/* The worker opens the committee file itself: a connection belongs to its thread. */
typedef struct {
  const char            *path;
  gint64                 report_id;
  const char            *fec;
  const char            *pdf;
  const char            *listing;
  gboolean               show_progress;
  gboolean               printed[2];  /* by HustingsPrintStyle: its PDF was written */
  HustingsReportSummary *summary;
  GPtrArray             *problems;
} ReportJob;

static gboolean
report_work (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  ReportJob *job = data;
  g_autoptr(HustingsCommitteeFile) file = hustings_committee_file_open (job->path, error);
  g_autoptr(HustingsReport) report = NULL;

  if (file == NULL)
    return FALSE;
  report = hustings_report_store_get (file, job->report_id, error);
  if (report == NULL)
    return FALSE;
  job->summary = hustings_report_compute (file, report, cancellable, error);
  if (job->summary == NULL)
    return FALSE;
  for (HustingsPrintStyle style = HUSTINGS_PRINT_FORMS; style <= HUSTINGS_PRINT_LISTING; style++)
    {
      const char *out = style == HUSTINGS_PRINT_FORMS ? job->pdf : job->listing;
      g_autoptr(HustingsReportPrint) print = NULL;

      if (out == NULL)
        continue;
      print = hustings_report_print_new (file, report, style, NULL, NULL, cancellable, error);
      if (print == NULL ||
          !hustings_report_print_write_pdf (print, out, HUSTINGS_PRINT_LETTER_WIDTH,
                                            HUSTINGS_PRINT_LETTER_HEIGHT,
                                            job->show_progress ? progress_cb : NULL, NULL,
                                            cancellable, error))
        return FALSE;
      job->printed[style] = TRUE;
    }
  return job->fec == NULL ||
         hustings_report_write_fec (file, report, job->fec, &job->problems, NULL, NULL,
                                    cancellable, error);
}

/* The report to work on: the one of that form, code and coverage (the amendment asked for, or
 * the original), made as a draft when the file has none. */
static HustingsReport *
find_or_add (HustingsCommitteeFile *file,
             const char            *form,
             const char            *code,
             const char            *from,
             const char            *to,
             const char            *election,
             int                    amendment,
             const char            *original,
             gboolean               termination,
             GError               **error)
{
  g_autoptr(GPtrArray) reports = hustings_report_store_list (file, error);
  g_autoptr(HustingsReport) report = NULL;

  if (reports == NULL)
    return NULL;
  for (guint i = reports->len; i > 0; i--)
    {
      HustingsReport *r = g_ptr_array_index (reports, i - 1);

      if (g_str_equal (hustings_report_get_form (r), form) &&
          g_str_equal (hustings_report_get_code (r), code) &&
          g_str_equal (hustings_report_get_coverage_from (r), from) &&
          g_str_equal (hustings_report_get_coverage_to (r), to) &&
          hustings_report_get_amendment (r) == amendment)
        return g_object_ref (r);
    }

  report = hustings_report_new ();
  hustings_report_set_form (report, form);
  hustings_report_set_code (report, code);
  hustings_report_set_coverage (report, from, to);
  hustings_report_set_election (report, election, NULL, NULL);
  hustings_report_set_amendment (report, amendment, original);
  hustings_report_set_termination (report, termination);
  if (!hustings_report_store_add (file, report, error))
    return NULL;
  return g_steal_pointer (&report);
}

static void
put_problems (GPtrArray *problems)
{
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      HustingsReportProblem *p = g_ptr_array_index (problems, i);
      HustingsFecProblem *fec = p->problem;

      g_printerr ("%s\t%u\t%s\t%s\t%s\t%s\n",
                  fec->severity == HUSTINGS_FEC_ERROR ? "error" : "warning", fec->record + 1,
                  fec->record_type, fec->tran_id ? fec->tran_id : "",
                  fec->field_name ? fec->field_name : "", fec->message);
    }
}

int
run_report (const Command  *command,
            int             argc,
            char          **argv)
{
  static const char * const columns[] = { "line", "label", "column_a", "column_b", NULL };
  g_autofree char *form = NULL;
  g_autofree char *code = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *election = NULL;
  g_autofree char *amend_text = NULL;
  g_autofree char *original = NULL;
  g_autofree char *fec = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *listing = NULL;
  gboolean termination = FALSE;
  const GOptionEntry entries[] = {
    { "form", 0, 0, G_OPTION_ARG_STRING, &form,
      N_("The form: F3 (a candidate’s committee) or F3X (a PAC or party)"), "F3|F3X" },
    { "code", 0, 0, G_OPTION_ARG_STRING, &code,
      N_("The report code: Q1, Q2, Q3, YE, 12P, 12G, 30G, TER, M2…M12…"), N_("CODE") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text,
      N_("The first day the report covers (YYYY-MM-DD)"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text,
      N_("The last day the report covers (YYYY-MM-DD)"), N_("DATE") },
    { "election", 0, 0, G_OPTION_ARG_STRING, &election,
      N_("The election of a pre- or post-election report, such as G2026"), N_("CODE") },
    { "amend", 0, 0, G_OPTION_ARG_STRING, &amend_text,
      N_("Amendment number N of the report (with --original)"), "N" },
    { "original", 0, 0, G_OPTION_ARG_STRING, &original,
      N_("The FEC id of the report amended, such as FEC-1234567"), N_("FEC-ID") },
    { "termination", 0, 0, G_OPTION_ARG_NONE, &termination,
      N_("A termination report (code TER)"), NULL },
    { "fec", 0, 0, G_OPTION_ARG_FILENAME, &fec,
      N_("Write the filing to OUT (nothing is written if it fails validation)"), N_("OUT") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf,
      N_("Print the report on the FEC’s forms to the PDF OUT (US Letter)"), N_("OUT") },
    { "listing", 0, 0, G_OPTION_ARG_FILENAME, &listing,
      N_("Print the review listing, one row per itemization, to the PDF OUT"), N_("OUT") },
    { NULL }
  };
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(HustingsReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *upper_form = NULL;
  g_autofree char *upper_code = NULL;
  g_autofree char *message = NULL;
  guint64 amendment = 0;
  ReportJob job = { 0 };
  gboolean ok;
  guint n;

  job.path = parse_command (command, entries, argc, argv);
  if (job.path == NULL)
    return EXIT_USAGE;
  if (form == NULL || code == NULL || from_text == NULL || to_text == NULL)
    return usage_error (command, _("--form, --code, --from and --to are required"));
  upper_form = g_ascii_strup (form, -1);
  upper_code = g_ascii_strup (code, -1);
  if (strcmp (upper_form, "F3") != 0 && strcmp (upper_form, "F3X") != 0)
    {
      message = g_strdup_printf (_("--form is F3 or F3X, not “%s”"), form);
      return usage_error (command, message);
    }
  if (!hustings_report_code_is_valid (upper_form, upper_code))
    {
      message = g_strdup_printf (_("--code “%s” is not a report code of form %s"), code,
                                 upper_form);
      return usage_error (command, message);
    }
  if ((from = date_option (command, "--from", from_text)) == NULL ||
      (to = date_option (command, "--to", to_text)) == NULL)
    return EXIT_USAGE;
  if (strcmp (from, to) > 0)
    return usage_error (command, _("--to is before --from"));
  if (amend_text != NULL && !parse_count ("--amend", amend_text, 999, &amendment, &message))
    return usage_error (command, message);
  if ((amendment > 0) != (original != NULL))
    return usage_error (command, _("--amend N and --original FEC-ID go together"));
  if (termination != (strcmp (upper_code, "TER") == 0))
    return usage_error (command, _("A termination report has --termination and --code TER"));

  file = open_file (job.path);
  if (file == NULL)
    return EXIT_FAILURE;
  report = find_or_add (file, upper_form, upper_code, from, to, election, (int) amendment,
                        original, termination, &error);
  if (report == NULL)
    return fail (error->message);
  job.report_id = hustings_report_get_id (report);
  job.fec = fec;
  job.pdf = pdf;
  job.listing = listing;
  /* The worker reads the file on a connection of its own. */
  g_clear_object (&file);

  job.show_progress = (pdf != NULL || listing != NULL) && isatty (STDERR_FILENO);
  ok = run_cancellable (report_work, &job, job.show_progress, &error);
  if (job.summary != NULL)
    {
      n = g_list_model_get_n_items (G_LIST_MODEL (job.summary));
      put_header (columns);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(HustingsReportLine) line = g_list_model_get_item (G_LIST_MODEL (job.summary),
                                                                      i);

          put_field (hustings_report_line_get_line (line), FALSE);
          put_field (hustings_report_line_get_label (line), FALSE);
          for (HustingsReportColumn col = HUSTINGS_REPORT_COLUMN_A;
               col <= HUSTINGS_REPORT_COLUMN_B; col++)
            {
              if (hustings_report_line_has_column (line, col))
                put_amount (hustings_report_line_get_amount (line, col),
                            col == HUSTINGS_REPORT_COLUMN_B);
              else
                put_field ("", col == HUSTINGS_REPORT_COLUMN_B);
            }
        }
      g_object_unref (job.summary);
    }
  fflush (stdout);
  put_problems (job.problems);
  g_clear_pointer (&job.problems, g_ptr_array_unref);
  for (guint i = 0; i < 3; i++)
    {
      const char *out = i == 0 ? pdf : i == 1 ? listing : fec;
      gboolean written = i < 2 ? job.printed[i] : ok;

      if (out != NULL && written)
        /* Translators: %s is a file written: the PDF, the listing or the .fec */
        g_printerr (_("Wrote %s\n"), out);
    }
  if (!ok)
    return fail (error->message);
  return finish_output ();
}

int
run_reports (const Command  *command,
             int             argc,
             char          **argv)
{
  static const char * const columns[] = {
    "id", "form", "code", "from", "to", "election", "amendment", "status", "fec_id", NULL
  };
  const GOptionEntry entries[] = { { NULL } };
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GError) error = NULL;
  const char *path;

  path = parse_command (command, entries, argc, argv);
  if (path == NULL)
    return EXIT_USAGE;
  file = open_file (path);
  if (file == NULL)
    return EXIT_FAILURE;
  reports = hustings_report_store_list (file, &error);
  if (reports == NULL)
    return fail (error->message);

  put_header (columns);
  for (guint i = 0; i < reports->len; i++)
    {
      HustingsReport *r = g_ptr_array_index (reports, i);
      g_autofree char *amendment = g_strdup_printf ("%d", hustings_report_get_amendment (r));
      g_autofree char *status = NULL;

      g_object_get (r, "status-text", &status, NULL);
      put_id (hustings_report_get_id (r), FALSE);
      put_field (hustings_report_get_form (r), FALSE);
      put_field (hustings_report_get_code (r), FALSE);
      put_field (hustings_report_get_coverage_from (r), FALSE);
      put_field (hustings_report_get_coverage_to (r), FALSE);
      put_field (hustings_report_get_election (r), FALSE);
      put_field (amendment, FALSE);
      put_field (status, FALSE);
      put_field (hustings_report_get_fec_id (r), TRUE);
    }
  return finish_output ();
}
