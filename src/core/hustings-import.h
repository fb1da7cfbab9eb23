/* hustings-import.h: bringing a processor's export or a spreadsheet into a committee file.
 *
 * An import is made for one file: hustings_import_new reads its header and first rows and
 * guesses the format; the caller may change the format and the column mapping; analyze reads
 * the whole file and says what an import would do, without writing anything, and lists the
 * donors whose match to a contact is uncertain; run does it, in one transaction that is one
 * import batch. Undo removes a batch exactly.
 *
 * A HustingsImport is not thread-safe, but analyze and run may be called from a worker thread
 * (with a HustingsCommitteeFile that thread opened) while no other thread touches the import.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hustings-types.h"
#include "hustings-import-format.h"
#include "hustings-table-reader.h"

G_BEGIN_DECLS

#define HUSTINGS_TYPE_IMPORT (hustings_import_get_type ())
G_DECLARE_FINAL_TYPE (HustingsImport, hustings_import, HUSTINGS, IMPORT, GObject)

/* What an import did, or would do (after analyze). */
typedef struct {
  gint64  batch_id;           /* after run; 0 before */
  guint64 rows_read;          /* data rows, the header not counted */
  guint64 contacts_created;
  guint64 contacts_matched;   /* rows whose donor was already a contact */
  guint64 contacts_updated;   /* existing contacts whose employer, occupation… it changed */
  guint64 donations_added;    /* gifts, refunds not counted */
  guint64 refunds_added;
  guint64 duplicates_skipped; /* rows already in the file (same source and id) */
  guint64 rows_ignored;       /* failed, declined or cancelled payments */
  guint64 rows_rejected;
  gint64  total_cents;        /* of the gifts and refunds added, or of the disbursements added
                               * (memo entries left out) */
  guint64 disbursements_added;
} HustingsImportSummary;

/* A row that cannot be imported. */
typedef struct {
  guint64  line;
  char    *reason;            /* "The amount “12,5O” is not a sum of money." */
} HustingsImportRejection;

/* A donor (or payee) that may or may not be an existing contact: the user decides. */
typedef struct {
  char    *donor;             /* the row's donor: "Jane Doe, 12 Elm St, Austin, TX 78701" */
  guint64  line;              /* the first row with that donor */
  gint64   contact_id;        /* the contact it may be */
  char    *contact;           /* that contact, described the same way */
  char    *reason;            /* "Same email, different first name" */
  gboolean same_person;       /* the decision; FALSE (a new contact) until set */
} HustingsImportMatch;

/* Opens path (CSV or XLSX; options may be NULL), reads the header and up to 20 rows, and
 * guesses the format from the header. Fails as hustings_table_reader_open does, or with
 * HUSTINGS_ERROR_INVALID for an empty file. */
HustingsImport *hustings_import_new                (const char                 *path,
                                                    const HustingsTableOptions *options,
                                                    GError                    **error);
const char     *hustings_import_get_path           (HustingsImport             *self);
/* "CSV, comma-separated, UTF-8" */
const char     *hustings_import_get_description    (HustingsImport             *self);
/* The header row and the first rows, for a preview. */
guint           hustings_import_get_n_columns      (HustingsImport             *self);
const char     *hustings_import_get_column_name    (HustingsImport             *self,
                                                    guint                       column);
guint           hustings_import_get_n_preview_rows (HustingsImport             *self);
/* "" for a cell the row does not have. */
const char     *hustings_import_get_preview_cell   (HustingsImport             *self,
                                                    guint                       row,
                                                    guint                       column);

const HustingsImportFormat *hustings_import_get_format (HustingsImport         *self);
/* Sets the format and maps the columns as it reads them (a guess for generic formats). */
void            hustings_import_set_format         (HustingsImport             *self,
                                                    const HustingsImportFormat *format);
HustingsImportKind hustings_import_get_kind        (HustingsImport             *self);
HustingsImportField hustings_import_get_column_field (HustingsImport           *self,
                                                    guint                       column);
/* Only generic formats let the user change the mapping. */
void            hustings_import_set_column_field   (HustingsImport             *self,
                                                    guint                       column,
                                                    HustingsImportField         field);
/* Sets field from the column headed header (case and spacing ignored). FALSE with
 * HUSTINGS_ERROR_INVALID when the file has no such column. */
gboolean        hustings_import_map_column         (HustingsImport             *self,
                                                    HustingsImportField         field,
                                                    const char                 *header,
                                                    GError                    **error);
/* FALSE with HUSTINGS_ERROR_INVALID saying what is missing ("Choose the column that holds the
 * amount.") when the mapping cannot make a donation, disbursement or contact. */
gboolean        hustings_import_check_mapping      (HustingsImport             *self,
                                                    GError                    **error);

/* Saved mappings, kept in the committee file by name, for generic files. */
gboolean        hustings_import_save_mapping       (HustingsImport             *self,
                                                    HustingsCommitteeFile      *file,
                                                    const char                 *name,
                                                    GError                    **error);
/* Applies a saved mapping to the columns this file has. */
gboolean        hustings_import_load_mapping       (HustingsImport             *self,
                                                    HustingsCommitteeFile      *file,
                                                    const char                 *name,
                                                    GError                    **error);
/* The names of the saved mappings for kind, sorted; NULL-terminated, free with g_strfreev. */
char          **hustings_import_list_mappings      (HustingsCommitteeFile      *file,
                                                    HustingsImportKind          kind);

/* Reads the whole file and works out what run would do, writing nothing: fills the summary,
 * the rejections and the uncertain matches. FALSE with error when the file cannot be read
 * (naming the line) or on cancellation (HUSTINGS_ERROR_CANCELLED). */
gboolean        hustings_import_analyze            (HustingsImport             *self,
                                                    HustingsCommitteeFile      *file,
                                                    GCancellable               *cancellable,
                                                    HustingsProgressFunc        progress,
                                                    gpointer                    progress_data,
                                                    GError                    **error);
guint           hustings_import_get_n_uncertain    (HustingsImport             *self);
HustingsImportMatch *hustings_import_get_uncertain (HustingsImport             *self,
                                                    guint                       index);
/* Records the decision on an uncertain match; run honours it. Undecided ones (or all, when
 * run is called without analyze) become new contacts. */
void            hustings_import_set_same_person    (HustingsImport             *self,
                                                    guint                       index,
                                                    gboolean                    same_person);
/* Imports the file in one transaction, as one batch. Rejected rows: unless skip_bad_rows,
 * nothing is written and it fails with HUSTINGS_ERROR_INVALID ("3 rows cannot be imported");
 * the rejections say which and why. With skip_bad_rows they are left out and kept with the
 * batch. A failure or cancellation leaves the committee file as it was. */
gboolean        hustings_import_run                (HustingsImport             *self,
                                                    HustingsCommitteeFile      *file,
                                                    gboolean                    skip_bad_rows,
                                                    GCancellable               *cancellable,
                                                    HustingsProgressFunc        progress,
                                                    gpointer                    progress_data,
                                                    GError                    **error);
/* After analyze or run. */
const HustingsImportSummary *hustings_import_get_summary (HustingsImport       *self);
guint           hustings_import_get_n_rejections   (HustingsImport             *self);
const HustingsImportRejection *hustings_import_get_rejection (HustingsImport   *self,
                                                    guint                       index);

/* ---- Past imports ---- */

typedef struct {
  gint64                id;
  HustingsImportKind    kind;
  char                 *format_name;  /* "ActBlue contributions" */
  char                 *file_name;    /* "contributions-2026-10.csv" */
  char                 *imported_at;  /* UTC timestamp */
  char                 *undone_at;    /* NULL unless undone */
  HustingsImportSummary summary;
} HustingsImportBatch;

void            hustings_import_batch_free         (HustingsImportBatch        *batch);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HustingsImportBatch, hustings_import_batch_free)

/* Every batch, newest first (HustingsImportBatch*). */
GPtrArray      *hustings_import_list_batches       (HustingsCommitteeFile      *file,
                                                    GError                    **error);
HustingsImportBatch *hustings_import_get_batch     (HustingsCommitteeFile      *file,
                                                    gint64                      batch_id,
                                                    GError                    **error);
/* The rows a batch left out, by line (HustingsImportRejection*). */
GPtrArray      *hustings_import_list_rejections    (HustingsCommitteeFile      *file,
                                                    gint64                      batch_id,
                                                    GError                    **error);
void            hustings_import_rejection_free     (HustingsImportRejection    *rejection);
/* Removes exactly what the batch added: its donations and refunds or its disbursements, the
 * contacts it created (unless they have been edited, given other gifts or paid since: those
 * stay), and puts back the contact fields it changed where nobody has changed them since.
 * Refuses, changing nothing, when a later refund (imported or entered by hand) refunds one of
 * its gifts, or when the batch is already undone. */
gboolean        hustings_import_undo               (HustingsCommitteeFile      *file,
                                                    gint64                      batch_id,
                                                    GError                    **error);

G_END_DECLS
