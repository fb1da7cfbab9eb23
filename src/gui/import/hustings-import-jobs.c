/* hustings-import-jobs.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-import-jobs"

#include "config.h"

#include <glib/gi18n.h>

#include "hustings-import-jobs.h"

typedef struct
{
  HustingsImport *import;
  gboolean        skip_bad_rows;
} ImportData;

static void
import_data_free (gpointer data)
{
  ImportData *import_data = data;

  g_object_unref (import_data->import);
  g_free (import_data);
}

static ImportData *
import_data_new (HustingsImport *import,
                 gboolean        skip_bad_rows)
{
  ImportData *data = g_new0 (ImportData, 1);

  data->import = g_object_ref (import);
  data->skip_bad_rows = skip_bad_rows;
  return data;
}

static gboolean
analyze_func (HustingsCommitteeFile  *file,
              gpointer                data,
              GCancellable           *cancellable,
              HustingsProgressFunc    progress,
              gpointer                progress_data,
              GError                **error)
{
  ImportData *import_data = data;

  return hustings_import_analyze (import_data->import, file, cancellable, progress,
                                  progress_data, error);
}

static gboolean
run_func (HustingsCommitteeFile  *file,
          gpointer                data,
          GCancellable           *cancellable,
          HustingsProgressFunc    progress,
          gpointer                progress_data,
          GError                **error)
{
  ImportData *import_data = data;

  return hustings_import_run (import_data->import, file, import_data->skip_bad_rows,
                              cancellable, progress, progress_data, error);
}

static gboolean
undo_func (HustingsCommitteeFile  *file,
           gpointer                data,
           GCancellable           *cancellable,
           HustingsProgressFunc    progress,
           gpointer                progress_data,
           GError                **error)
{
  return hustings_import_undo (file, *(gint64 *) data, error);
}

HustingsFileJob *
hustings_import_job_analyze (const char     *committee_path,
                             HustingsImport *import)
{
  g_return_val_if_fail (HUSTINGS_IS_IMPORT (import), NULL);

  return hustings_file_job_new (committee_path, analyze_func, import_data_new (import, FALSE),
                                import_data_free);
}

HustingsFileJob *
hustings_import_job_run (const char     *committee_path,
                         HustingsImport *import,
                         gboolean        skip_bad_rows)
{
  g_return_val_if_fail (HUSTINGS_IS_IMPORT (import), NULL);

  return hustings_file_job_new (committee_path, run_func,
                                import_data_new (import, skip_bad_rows), import_data_free);
}

HustingsFileJob *
hustings_import_job_undo (const char *committee_path,
                          gint64      batch_id)
{
  return hustings_file_job_new (committee_path, undo_func, g_memdup2 (&batch_id, sizeof batch_id),
                                g_free);
}

/* "1,204" */
static char *
count_text (guint64 n)
{
  return g_strdup_printf ("%'" G_GUINT64_FORMAT, n);
}

static void add_part (GPtrArray  *parts,
                      const char *format,
                      ...) G_GNUC_PRINTF (2, 3);

static void
add_part (GPtrArray  *parts,
          const char *format,
          ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (parts, g_strdup_vprintf (format, args));
  va_end (args);
}

static char *
describe_gifts (const HustingsImportSummary *summary,
                gboolean                     done)
{
  g_autofree char *gifts_number = count_text (summary->donations_added);
  g_autofree char *refunds_number = count_text (summary->refunds_added);
  g_autofree char *total = hustings_money_format (summary->total_cents);
  g_autofree char *gifts = NULL;
  g_autofree char *refunds = NULL;

  if (summary->donations_added == 0 && summary->refunds_added == 0)
    return g_strdup (done ? _("No gifts added") : _("No gifts will be added"));

  /* Translators: "1,204 gifts", part of "1,204 gifts will be added ($48,210.00)" */
  gifts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s gift", "%s gifts",
                                        summary->donations_added), gifts_number);
  if (summary->refunds_added == 0)
    /* Translators: "1,204 gifts will be added ($48,210.00)" */
    return g_strdup_printf (done ? _("%s added (%s)") : _("%s will be added (%s)"), gifts, total);

  /* Translators: "3 refunds", part of "1,204 gifts and 3 refunds will be added ($48,150.00
   * net)" */
  refunds = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s refund", "%s refunds",
                                          summary->refunds_added), refunds_number);
  /* Translators: "1,204 gifts and 3 refunds will be added ($48,150.00 net)" */
  return g_strdup_printf (done ? _("%s and %s added (%s net)")
                               : _("%s and %s will be added (%s net)"),
                          gifts, refunds, total);
}

/* "212 disbursements will be added ($84,310.00)" */
static char *
describe_disbursements (const HustingsImportSummary *summary,
                        gboolean                     done)
{
  g_autofree char *number = count_text (summary->disbursements_added);
  g_autofree char *total = hustings_money_format (summary->total_cents);
  g_autofree char *disbursements = NULL;

  if (summary->disbursements_added == 0)
    return g_strdup (done ? _("No disbursements added") : _("No disbursements will be added"));

  /* Translators: "212 disbursements", part of "212 disbursements will be added ($84,310.00)" */
  disbursements = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s disbursement",
                                                "%s disbursements", summary->disbursements_added),
                                   number);
  /* Translators: "212 disbursements will be added ($84,310.00)" */
  return g_strdup_printf (done ? _("%s added (%s)") : _("%s will be added (%s)"), disbursements,
                          total);
}

char *
hustings_import_describe_summary (HustingsImportKind           kind,
                                  const HustingsImportSummary *summary,
                                  gboolean                     done)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *created = NULL;
  g_autofree char *matched = NULL;
  g_autofree char *updated = NULL;
  g_autofree char *duplicates = NULL;
  g_autofree char *ignored = NULL;
  g_autofree char *rejected = NULL;

  g_return_val_if_fail (summary != NULL, NULL);

  created = count_text (summary->contacts_created);
  matched = count_text (summary->contacts_matched);
  updated = count_text (summary->contacts_updated);
  duplicates = count_text (summary->duplicates_skipped);
  ignored = count_text (summary->rows_ignored);
  rejected = count_text (summary->rows_rejected);

  if (kind != HUSTINGS_IMPORT_CONTACTS)
    {
      g_ptr_array_add (parts, kind == HUSTINGS_IMPORT_DONATIONS
                              ? describe_gifts (summary, done)
                              : describe_disbursements (summary, done));
      if (summary->contacts_created > 0)
        add_part (parts, g_dngettext (GETTEXT_PACKAGE, "%s new contact", "%s new contacts",
                                      summary->contacts_created), created);
    }
  else if (summary->contacts_created == 0)
    g_ptr_array_add (parts, g_strdup (done ? _("No contacts added")
                                           : _("No contacts will be added")));
  else if (done)
    add_part (parts, g_dngettext (GETTEXT_PACKAGE, "%s contact added", "%s contacts added",
                                  summary->contacts_created), created);
  else
    add_part (parts, g_dngettext (GETTEXT_PACKAGE, "%s contact will be added",
                                  "%s contacts will be added", summary->contacts_created),
              created);

  if (summary->contacts_matched > 0)
    /* Translators: rows whose donor was a contact already: "890 matched" */
    add_part (parts, g_dngettext (GETTEXT_PACKAGE, "%s matched", "%s matched",
                                  summary->contacts_matched), matched);
  if (summary->contacts_updated > 0 && done)
    add_part (parts, g_dngettext (GETTEXT_PACKAGE, "%s contact updated", "%s contacts updated",
                                  summary->contacts_updated), updated);
  else if (summary->contacts_updated > 0)
    add_part (parts, g_dngettext (GETTEXT_PACKAGE, "%s contact will be updated",
                                  "%s contacts will be updated", summary->contacts_updated),
              updated);
  if (summary->duplicates_skipped > 0)
    add_part (parts, g_dngettext (GETTEXT_PACKAGE, "%s already imported, skipped",
                                  "%s already imported, skipped", summary->duplicates_skipped),
              duplicates);
  if (summary->rows_ignored > 0)
    add_part (parts, g_dngettext (GETTEXT_PACKAGE, "%s failed or cancelled payment left out",
                                  "%s failed or cancelled payments left out",
                                  summary->rows_ignored),
              ignored);
  /* Before the import, the assistant lists these rows instead. */
  if (summary->rows_rejected > 0 && done)
    /* Translators: rows that could not be imported, skipped at the user's choice */
    add_part (parts, g_dngettext (GETTEXT_PACKAGE, "%s row left out", "%s rows left out",
                                  summary->rows_rejected),
              rejected);

  g_ptr_array_add (parts, NULL);
  /* Translators: the separator between the parts of an import's summary */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}
