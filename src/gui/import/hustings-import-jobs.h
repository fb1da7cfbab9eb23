/* hustings-import-jobs.h: the import engine's long steps as HustingsFileJobs, and the words
 * the import windows use to tell what an import does.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hustings-file-job.h"

G_BEGIN_DECLS

/* hustings_import_analyze, in a worker. import must not be touched until the job finishes. */
HustingsFileJob *hustings_import_job_analyze (const char     *committee_path,
                                              HustingsImport *import);
/* hustings_import_run, in a worker; the same rule. */
HustingsFileJob *hustings_import_job_run     (const char     *committee_path,
                                              HustingsImport *import,
                                              gboolean        skip_bad_rows);
/* hustings_import_undo, in a worker. */
HustingsFileJob *hustings_import_job_undo    (const char     *committee_path,
                                              gint64          batch_id);

/* "1,204 gifts will be added ($48,210.00) · 312 new contacts · 890 matched · 12 already
 * imported, skipped" (or "212 disbursements will be added…"), or in the past tense when done
 * ("1,204 gifts added…"). Rejected rows are told only when done (they were skipped): before,
 * the assistant lists them. */
char            *hustings_import_describe_summary (HustingsImportKind           kind,
                                                   const HustingsImportSummary *summary,
                                                   gboolean                     done);

G_END_DECLS
