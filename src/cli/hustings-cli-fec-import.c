/* hustings-cli-fec-import.c: `hustings-cli import FILE FILING.fec`, the import command given an
 * FEC filing: the committee's own Form 3 or Form 3X report brought into its committee file.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <unistd.h>

#include <glib/gi18n.h>

#include "hustings-cli.h"

typedef struct {
  const char               *path;
  const char               *filing;
  gboolean                  show_progress;
  HustingsFecImportSummary *summary;
} FilingJob;

static gboolean
filing_work (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  FilingJob *job = data;
  g_autoptr(HustingsCommitteeFile) file = hustings_committee_file_open (job->path, error);

  return file != NULL &&
         hustings_fec_import_run (file, job->filing, &job->summary,
                                  job->show_progress ? progress_cb : NULL, NULL, cancellable,
                                  error);
}

static void
put_value (const char *name,
           guint64     value)
{
  g_print ("%s\t%" G_GUINT64_FORMAT "\n", name, value);
}

static void
put_text (const char *name,
          const char *value)
{
  g_print ("%s\t", name);
  put_field (value, TRUE);
}

int
import_fec_filing (const char *path,
                   const char *filing)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *receipts = NULL;
  g_autofree char *refunds = NULL;
  g_autofree char *disbursements = NULL;
  FilingJob job = { path, filing, isatty (STDERR_FILENO), NULL };
  HustingsFecImportSummary *s;

  if (!run_cancellable (filing_work, &job, job.show_progress, &error))
    return fail (error->message);
  s = job.summary;

  for (guint i = 0; i < s->skipped->len; i++)
    {
      const HustingsFecImportSkip *skip = g_ptr_array_index (s->skipped, i);

      /* Translators: a record type of an FEC filing ("SD10"), how many of them there were,
       * the line of the first, and why they were not imported */
      g_printerr (_("%s: %" G_GUINT64_FORMAT " not imported (the first on line %u): %s\n"),
                  skip->record_type, skip->count, skip->first_line, skip->reason);
    }
  for (guint i = 0; s->unknown_elections[i] != NULL; i++)
    /* Translators: %s is an election code such as P2026 */
    g_printerr (_("Election %s is not in the committee profile: add it there with its date, "
                  "so that gifts with no election of their own count toward the right one\n"),
                s->unknown_elections[i]);
  if (s->report_existed)
    g_printerr (_("This filing had been imported before: what was already there was left as "
                  "it was\n"));

  g_print ("batch\t%" G_GINT64_FORMAT "\n", s->batch_id);
  put_text ("format", "fec");
  put_text ("version", s->version);
  g_print ("committee\t%s\t", s->committee_id);
  put_field (s->committee_name, TRUE);
  put_text ("profile", s->committee_filled ? "filled" : "kept");
  g_print ("report\t%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%d\t%s\n", s->report_id, s->form_type,
           s->report_code, s->coverage_from, s->coverage_to, s->amendment, s->fec_id);
  put_value ("records_read", s->records_read);
  put_value ("contacts_created", s->contacts_created);
  put_value ("contacts_matched", s->contacts_matched);
  put_value ("contacts_updated", s->contacts_updated);
  put_value ("receipts_added", s->receipts_added);
  put_value ("earmarked", s->earmarked);
  put_value ("adjustments_added", s->adjustments_added);
  put_value ("refunds_added", s->refunds_added);
  put_value ("disbursements_added", s->disbursements_added);
  put_value ("memos_added", s->texts_added);
  put_value ("openings_added", s->openings_added);
  put_value ("duplicates_skipped", s->duplicates_skipped);
  for (guint i = 0; i < s->skipped->len; i++)
    {
      const HustingsFecImportSkip *skip = g_ptr_array_index (s->skipped, i);

      g_print ("not_imported\t%s\t%" G_GUINT64_FORMAT "\t", skip->record_type, skip->count);
      put_field (skip->reason, TRUE);
    }
  receipts = hustings_money_format_plain (s->receipts_cents);
  refunds = hustings_money_format_plain (s->refunds_cents);
  disbursements = hustings_money_format_plain (s->disbursements_cents);
  put_text ("receipts_total", receipts);
  put_text ("refunds_total", refunds);
  put_text ("disbursements_total", disbursements);
  hustings_fec_import_summary_free (s);
  return finish_output ();
}
