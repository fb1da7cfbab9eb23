/* hustings-cli-letters.c: `hustings-cli letters`, a letter template merged for the contacts of
 * a saved segment and written to a PDF, one letter a page (with --envelopes and --labels, their
 * #10 envelopes and Avery 5160 label sheets too), each letter then logged as an interaction;
 * and `hustings-cli templates`, the letter and email templates.
 *
 * letters says what it wrote and what is wrong with the letters (merge fields left empty,
 * contacts with no mailing address) on standard error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "hustings-cli.h"

/* The worker opens the committee file itself: a connection belongs to its thread. */
typedef struct {
  const char       *path;
  HustingsTemplate *template;
  GArray           *ids;
  const char       *outs[3];      /* by HustingsLettersStyle: where to write it, or NULL */
  gboolean          show_progress;
  gboolean          written[3];   /* by HustingsLettersStyle */
  HustingsLetters  *letters;
} LettersJob;

static gboolean
letters_work (gpointer       data,
              GCancellable  *cancellable,
              GError       **error)
{
  LettersJob *job = data;
  g_autoptr(HustingsCommitteeFile) file = hustings_committee_file_open (job->path, error);
  HustingsProgressFunc progress = job->show_progress ? progress_cb : NULL;

  if (file == NULL)
    return FALSE;
  job->letters = hustings_letters_new (file, job->template, job->ids, progress, NULL,
                                       cancellable, error);
  if (job->letters == NULL)
    return FALSE;
  for (HustingsLettersStyle style = HUSTINGS_LETTERS_LETTERS; style <= HUSTINGS_LETTERS_LABELS;
       style++)
    {
      /* No envelope or label for anyone is said afterwards, and is no failure. */
      if (job->outs[style] == NULL ||
          (style != HUSTINGS_LETTERS_LETTERS &&
           hustings_letters_get_n_pages (job->letters, style) == 0))
        continue;
      if (!hustings_letters_write_pdf (job->letters, style, job->outs[style], progress, NULL,
                                       cancellable, error))
        return FALSE;
      job->written[style] = TRUE;
    }
  return TRUE;
}

/* What was written, on standard error. */
static void
put_written (LettersJob *job)
{
  HustingsLetters *letters = job->letters;
  guint n_letters = hustings_letters_get_n_letters (letters);
  guint n_addressed = hustings_letters_get_n_addressed (letters);
  guint n_pages = hustings_letters_get_n_pages (letters, HUSTINGS_LETTERS_LETTERS);
  guint n_sheets = hustings_letters_get_n_pages (letters, HUSTINGS_LETTERS_LABELS);

  if (job->written[HUSTINGS_LETTERS_LETTERS])
    {
      /* Translators: "Wrote 312 letters (315 pages) to letters.pdf" */
      g_autofree char *pages = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page",
                                                             "%u pages", n_pages), n_pages);

      g_printerr (g_dngettext (GETTEXT_PACKAGE, "Wrote %u letter (%s) to %s\n",
                               "Wrote %u letters (%s) to %s\n", n_letters),
                  n_letters, pages, job->outs[HUSTINGS_LETTERS_LETTERS]);
    }
  if (job->written[HUSTINGS_LETTERS_ENVELOPES])
    g_printerr (g_dngettext (GETTEXT_PACKAGE, "Wrote %u envelope to %s\n",
                             "Wrote %u envelopes to %s\n", n_addressed),
                n_addressed, job->outs[HUSTINGS_LETTERS_ENVELOPES]);
  if (job->written[HUSTINGS_LETTERS_LABELS])
    {
      g_autofree char *sheets = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u sheet",
                                                              "%u sheets", n_sheets), n_sheets);

      /* Translators: "Wrote 300 labels (10 sheets) to labels.pdf" */
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "Wrote %u label (%s) to %s\n",
                               "Wrote %u labels (%s) to %s\n", n_addressed),
                  n_addressed, sheets, job->outs[HUSTINGS_LETTERS_LABELS]);
    }
  if (n_addressed == 0 && n_letters > 0 &&
      (job->outs[HUSTINGS_LETTERS_ENVELOPES] != NULL || job->outs[HUSTINGS_LETTERS_LABELS] != NULL))
    g_printerr ("%s\n", _("No envelopes or labels were written: none of the contacts has a "
                          "mailing address"));
}

/* Fails with error, and for a name not found, the command that lists the names. */
static int
not_found (const GError *error,
           const char   *list_command)
{
  g_autofree char *message = NULL;

  if (!g_error_matches (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND))
    return fail (error->message);
  /* Translators: why, then the command that lists what there is */
  message = g_strdup_printf (_("%s (see “%s”)"), error->message, list_command);
  return fail (message);
}

int
run_letters (const Command  *command,
             int             argc,
             char          **argv)
{
  g_autofree char *segment_name = NULL;
  g_autofree char *template_name = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *envelopes = NULL;
  g_autofree char *labels = NULL;
  gboolean no_log = FALSE;
  const GOptionEntry entries[] = {
    { "segment", 's', 0, G_OPTION_ARG_STRING, &segment_name,
      N_("The saved segment to write to (see “hustings-cli segments”)"), N_("NAME") },
    { "template", 't', 0, G_OPTION_ARG_STRING, &template_name,
      N_("The letter template: a saved one or a built-in (see “hustings-cli templates”)"),
      N_("T") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf,
      N_("Write the letters to this PDF, one a page"), N_("OUT.pdf") },
    { "envelopes", 0, 0, G_OPTION_ARG_FILENAME, &envelopes,
      N_("Also write their #10 envelopes to this PDF"), N_("OUT.pdf") },
    { "labels", 0, 0, G_OPTION_ARG_FILENAME, &labels,
      N_("Also write their address labels (Avery 5160) to this PDF"), N_("OUT.pdf") },
    { "no-log", 0, 0, G_OPTION_ARG_NONE, &no_log,
      N_("Do not log the letters in the contacts’ interaction history"), NULL },
    { NULL }
  };
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(HustingsSegment) segment = NULL;
  g_autoptr(HustingsTemplate) template = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problems = NULL;
  LettersJob job = { 0 };
  const char *path;
  gboolean ok;

  path = parse_command (command, entries, argc, argv);
  if (path == NULL)
    return EXIT_USAGE;
  if (segment_name == NULL)
    return usage_error (command, _("Say which segment to write to with --segment"));
  if (template_name == NULL)
    return usage_error (command, _("Say which letter template to use with --template"));
  if (pdf == NULL)
    return usage_error (command, _("Say where to write the letters with --pdf"));
  file = open_file (path);
  if (file == NULL)
    return EXIT_FAILURE;

  segment = hustings_segment_store_get (file, segment_name, &error);
  if (segment == NULL)
    return not_found (error, PROGRAM " segments");
  template = hustings_template_store_get (file, template_name, &error);
  if (template == NULL)
    return not_found (error, PROGRAM " templates");
  ids = hustings_segment_store_members (file, segment, &error);
  if (ids == NULL)
    return fail (error->message);
  if (ids->len == 0)
    {
      /* Translators: %s is a segment's name */
      g_autofree char *message = g_strdup_printf (_("The segment “%s” has no contacts: there "
                                                    "is no letter to write"), segment->name);

      return fail (message);
    }

  job.path = path;
  job.template = template;
  job.ids = ids;
  job.outs[HUSTINGS_LETTERS_LETTERS] = pdf;
  job.outs[HUSTINGS_LETTERS_ENVELOPES] = envelopes;
  job.outs[HUSTINGS_LETTERS_LABELS] = labels;
  job.show_progress = isatty (STDERR_FILENO);
  ok = run_cancellable (letters_work, &job, job.show_progress, &error);
  if (job.letters != NULL)
    {
      put_written (&job);
      problems = hustings_letters_dup_problems (job.letters);
      g_printerr ("%s", problems);
    }
  if (ok && !no_log)
    {
      guint n = hustings_letters_get_n_letters (job.letters);

      ok = hustings_letters_log_interactions (job.letters, file, &error);
      if (ok && n > 0)
        g_printerr (g_dngettext (GETTEXT_PACKAGE,
                                 "Logged %u letter in the contacts’ histories\n",
                                 "Logged %u letters in the contacts’ histories\n", n), n);
    }
  g_clear_object (&job.letters);
  if (!ok)
    return fail (error->message);
  return finish_output ();
}

int
run_templates (const Command  *command,
               int             argc,
               char          **argv)
{
  static const char * const columns[] = { "name", "kind", "builtin", "subject", NULL };
  const GOptionEntry entries[] = { { NULL } };
  g_autoptr(HustingsCommitteeFile) file = NULL;
  g_autoptr(GPtrArray) templates = NULL;
  g_autoptr(GError) error = NULL;
  const char *path;

  path = parse_command (command, entries, argc, argv);
  if (path == NULL)
    return EXIT_USAGE;
  file = open_file (path);
  if (file == NULL)
    return EXIT_FAILURE;

  templates = hustings_template_store_list (file, TRUE, HUSTINGS_TEMPLATE_LETTER, &error);
  if (templates == NULL)
    return fail (error->message);
  put_header (columns);
  for (guint i = 0; i < templates->len; i++)
    {
      HustingsTemplate *template = g_ptr_array_index (templates, i);

      put_field (hustings_template_get_name (template), FALSE);
      put_field (hustings_template_kind_to_string (hustings_template_get_kind (template)), FALSE);
      put_field (hustings_template_is_builtin (template) ? "yes" : "", FALSE);
      put_field (hustings_template_get_subject (template), TRUE);
    }
  return finish_output ();
}
