/* hustings-export.c: contacts, donations and disbursements out to CSV and XLSX.
 *
 * Each table is one SELECT whose result columns are the file's columns in order, so the
 * writers below know nothing of contacts or donations: a table is its headers, the kind of each
 * cell (text, id, money, date, list) and two statements, one streaming every row and one reading
 * the row of an id. A contact's emails, phones and tags are read beforehand, each list in one
 * pass in contact order, and looked up by contact id: a correlated subquery per row would make
 * the export take twice as long (1,000,000 donations to CSV: about 13 s against 6).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "hustings-committee-file-private.h"
#include "hustings-dates.h"
#include "hustings-disbursement-store.h"
#include "hustings-error.h"
#include "hustings-export.h"
#include "hustings-money.h"

/* How often the worker looks at its GCancellable, and how many times it reports progress. */
#define CANCEL_CHECK_ROWS 1000
#define PROGRESS_STEPS    200
/* XLSX column widths, in characters, are sized from the header and this many first rows. */
#define WIDTH_SAMPLE_ROWS 1000
#define WIDTH_MAX         50
/* A sheet's rows, the header included. */
#define XLSX_MAX_ROWS     LXW_ROW_MAX
/* From this many cells the sheet's XML may pass the 4 GB a plain ZIP member holds (a cell
 * takes some 100 bytes, a note up to 32 KB); ZIP64 lifts the limit. Smaller files stay plain
 * ZIP, which every reader opens. */
#define XLSX_ZIP64_CELLS  G_GUINT64_CONSTANT (10000000)

typedef enum {
  CELL_TEXT,   /* text as stored */
  CELL_ID,     /* an integer id, or text where a refund names its gift by source id */
  CELL_MONEY,  /* integer cents */
  CELL_DATE,   /* YYYY-MM-DD or NULL */
  CELL_FIRST,  /* a contact id: the first item of its list */
  CELL_JOINED, /* a contact id: every item of its list, joined by "; " */
} CellKind;

typedef struct {
  const char *header;
  CellKind    kind;
  const char *list; /* FIRST and JOINED: contact ids and items, by contact then item order */
} Column;

#define EMAILS "SELECT contact_id, email FROM contact_email ORDER BY contact_id, position, id"
#define PHONES "SELECT contact_id, phone FROM contact_phone ORDER BY contact_id, position, id"
#define TAGS \
  "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id" \
  " ORDER BY ct.contact_id, t.name"

typedef struct {
  const char    *sheet;
  const Column  *columns;
  guint          n_columns;
  const char    *select_all; /* every row, in the file's order */
  const char    *select_one; /* the row of id :id */
  gint64       (*count) (HustingsCommitteeFile *file);
  const char    *too_many;   /* what to say when the rows do not fit a sheet (untranslated) */
} Table;

/* Headers and sheet names are not translated: the importer reads them back, whatever the
 * language of the Hustings that wrote the file. Contact columns as hustings-export.h lists
 * them; each statement's result columns follow this order. */
static const Column contact_columns[] = {
  { "ID", CELL_ID },
  { "Entity Type", CELL_TEXT },
  { "Prefix", CELL_TEXT },
  { "First Name", CELL_TEXT },
  { "Middle Name", CELL_TEXT },
  { "Last Name", CELL_TEXT },
  { "Suffix", CELL_TEXT },
  { "Organization", CELL_TEXT },
  { "Street", CELL_TEXT },
  { "Street 2", CELL_TEXT },
  { "City", CELL_TEXT },
  { "State", CELL_TEXT },
  { "ZIP", CELL_TEXT },
  { "Emails", CELL_JOINED, EMAILS },
  { "Phones", CELL_JOINED, PHONES },
  { "Employer", CELL_TEXT },
  { "Occupation", CELL_TEXT },
  { "FEC ID", CELL_TEXT },
  { "Tags", CELL_JOINED, TAGS },
  { "Notes", CELL_TEXT },
  { "Cycle Total", CELL_MONEY },
  { "Last Gift", CELL_DATE },
  { "Created", CELL_TEXT },
};

#define CONTACT_SELECT \
  "SELECT c.id, c.entity_type, c.prefix, c.first_name, c.middle_name, c.last_name, c.suffix," \
  " c.org_name, c.street1, c.street2, c.city, c.state, c.zip, c.id, c.id, c.employer," \
  " c.occupation, c.fec_id, c.id, c.notes, coalesce(total.total_cents, 0), c.last_gift_date," \
  " c.created_at" \
  " FROM contact c LEFT JOIN contact_total total" \
  "   ON total.contact_id = c.id AND total.period = :period"

static const Table contacts_table = {
  .sheet = "Contacts",
  .columns = contact_columns,
  .n_columns = G_N_ELEMENTS (contact_columns),
  .select_all = CONTACT_SELECT " ORDER BY c.sort_name, c.id",
  .select_one = CONTACT_SELECT " WHERE c.id = :id",
  .count = hustings_committee_file_count_contacts,
  .too_many = N_("An Excel sheet holds at most 1,048,575 contacts; export them to CSV instead"),
};

static const Column donation_columns[] = {
  { "ID", CELL_ID },
  { "Date", CELL_DATE },
  { "Amount", CELL_MONEY },
  { "Method", CELL_TEXT },
  { "Election", CELL_TEXT },
  { "Check Number", CELL_TEXT },
  { "Source", CELL_TEXT },
  { "Source ID", CELL_TEXT },
  { "Refund Of", CELL_ID },
  { "Conduit", CELL_TEXT },
  { "Fee", CELL_MONEY },
  { "Recurring", CELL_TEXT },
  { "Memo", CELL_TEXT },
  { "Donor Entity Type", CELL_TEXT },
  { "Donor Prefix", CELL_TEXT },
  { "Donor First Name", CELL_TEXT },
  { "Donor Middle Name", CELL_TEXT },
  { "Donor Last Name", CELL_TEXT },
  { "Donor Suffix", CELL_TEXT },
  { "Donor Organization", CELL_TEXT },
  { "Donor Street", CELL_TEXT },
  { "Donor Street 2", CELL_TEXT },
  { "Donor City", CELL_TEXT },
  { "Donor State", CELL_TEXT },
  { "Donor ZIP", CELL_TEXT },
  { "Donor Employer", CELL_TEXT },
  { "Donor Occupation", CELL_TEXT },
  { "Donor Email", CELL_FIRST, EMAILS },
  { "Donor Phone", CELL_FIRST, PHONES },
};

#define DONATION_SELECT \
  "SELECT d.id, d.date_received, d.amount_cents, d.method, d.election, d.check_number," \
  " d.source, d.source_id, coalesce(nullif(o.source_id, ''), o.id), d.conduit, d.fee_cents," \
  " CASE WHEN d.recurring THEN 'yes' ELSE '' END, d.memo," \
  " c.entity_type, c.prefix, c.first_name, c.middle_name, c.last_name, c.suffix," \
  " c.org_name, c.street1, c.street2, c.city, c.state, c.zip, c.employer, c.occupation," \
  " c.id, c.id" \
  " FROM donation d JOIN contact c ON c.id = d.contact_id" \
  " LEFT JOIN donation o ON o.id = d.refund_of"

static const Table donations_table = {
  .sheet = "Donations",
  .columns = donation_columns,
  .n_columns = G_N_ELEMENTS (donation_columns),
  .select_all = DONATION_SELECT " ORDER BY d.date_received, d.id",
  .select_one = DONATION_SELECT " WHERE d.id = :id",
  .count = hustings_committee_file_count_donations,
  .too_many = N_("An Excel sheet holds at most 1,048,575 donations; export them to CSV instead"),
};

static const Column disbursement_columns[] = {
  { "ID", CELL_ID },
  { "Date", CELL_DATE },
  { "Amount", CELL_MONEY },
  { "Purpose", CELL_TEXT },
  { "Category", CELL_TEXT },
  { "Line", CELL_TEXT },
  { "Election", CELL_TEXT },
  { "Check Number", CELL_TEXT },
  { "Memo Entry", CELL_TEXT },
  { "Memo", CELL_TEXT },
  { "Source", CELL_TEXT },
  { "Source ID", CELL_TEXT },
  { "Payee Entity Type", CELL_TEXT },
  { "Payee Prefix", CELL_TEXT },
  { "Payee First Name", CELL_TEXT },
  { "Payee Middle Name", CELL_TEXT },
  { "Payee Last Name", CELL_TEXT },
  { "Payee Suffix", CELL_TEXT },
  { "Payee Organization", CELL_TEXT },
  { "Payee Street", CELL_TEXT },
  { "Payee Street 2", CELL_TEXT },
  { "Payee City", CELL_TEXT },
  { "Payee State", CELL_TEXT },
  { "Payee ZIP", CELL_TEXT },
  { "Payee FEC ID", CELL_TEXT },
  { "Payee Email", CELL_FIRST, EMAILS },
  { "Payee Phone", CELL_FIRST, PHONES },
};

#define DISBURSEMENT_SELECT \
  "SELECT d.id, d.date_paid, d.amount_cents, d.purpose, d.category, d.line, d.election," \
  " d.check_number, CASE WHEN d.memo_entry THEN 'yes' ELSE '' END, d.memo, d.source," \
  " d.source_id, c.entity_type, c.prefix, c.first_name, c.middle_name, c.last_name, c.suffix," \
  " c.org_name, c.street1, c.street2, c.city, c.state, c.zip, c.fec_id, c.id, c.id" \
  " FROM disbursement d JOIN contact c ON c.id = d.contact_id"

static const Table disbursements_table = {
  .sheet = "Disbursements",
  .columns = disbursement_columns,
  .n_columns = G_N_ELEMENTS (disbursement_columns),
  .select_all = DISBURSEMENT_SELECT " ORDER BY d.date_paid, d.id",
  .select_one = DISBURSEMENT_SELECT " WHERE d.id = :id",
  .count = hustings_disbursement_store_count,
  .too_many = N_("An Excel sheet holds at most 1,048,575 disbursements; export them to CSV "
                 "instead"),
};

/* ---- Lists ---- */

/* The items of one list (emails, phones or tags) of every contact that has any, as a cell
 * shows them, by contact id. */
typedef struct {
  GHashTable   *by_id; /* gint64 * -> const char * in texts */
  GStringChunk *texts;
} List;

static void
list_free (List *self)
{
  g_hash_table_unref (self->by_id);
  g_string_chunk_free (self->texts);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (List, list_free)

static void
list_add (List    *self,
          gint64   contact_id,
          GString *text)
{
  g_hash_table_insert (self->by_id, g_memdup2 (&contact_id, sizeof contact_id),
                       g_string_chunk_insert_len (self->texts, text->str, (gssize) text->len));
}

static List *
list_load (HustingsCommitteeFile  *file,
           const Column           *column,
           GError                **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(List) self = NULL;
  sqlite3_stmt *stmt;
  gint64 current = 0; /* contact ids start at 1 */
  int rc;

  stmt = hustings_committee_file_prepare (file, column->list, error);
  if (stmt == NULL)
    return NULL;
  self = g_new0 (List, 1);
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->texts = g_string_chunk_new (64 * 1024);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 contact_id = sqlite3_column_int64 (stmt, 0);

      if (contact_id != current)
        {
          if (current > 0)
            list_add (self, current, text);
          current = contact_id;
          g_string_truncate (text, 0);
        }
      else if (column->kind == CELL_FIRST)
        continue;
      else
        g_string_append (text, "; ");
      g_string_append (text, hustings_column_text (stmt, 1));
    }
  if (current > 0)
    list_add (self, current, text);
  if (rc != SQLITE_DONE)
    hustings_committee_file_set_sql_error (file, error);
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE ? g_steal_pointer (&self) : NULL;
}

static const char *
list_lookup (List   *self,
             gint64  contact_id)
{
  const char *text = g_hash_table_lookup (self->by_id, &contact_id);

  return text ? text : "";
}

/* ---- Writers ---- */

typedef struct {
  const Table          *table;
  HustingsExportFormat  format;
  char                 *name;     /* the file's name, for messages */
  char                 *path;
  char                 *tmp_path; /* beside path until renamed over it; NULL once renamed */
  guint64               rows;     /* data rows written */
  List                **lists;    /* per column: its list, or NULL */

  /* CSV */
  FILE                 *csv;
  GString              *line;

  /* XLSX */
  lxw_workbook         *workbook;
  lxw_worksheet        *sheet;
  lxw_format           *header_format;
  lxw_format           *date_format;
  lxw_format           *money_format;
  guint                *widths;
} Writer;

static void
writer_free (Writer *self)
{
  if (self->csv != NULL)
    fclose (self->csv);
  if (self->workbook != NULL)
    lxw_workbook_free (self->workbook);
  if (self->tmp_path != NULL)
    g_unlink (self->tmp_path);
  if (self->line != NULL)
    g_string_free (self->line, TRUE);
  for (guint i = 0; self->lists != NULL && i < self->table->n_columns; i++)
    g_clear_pointer (&self->lists[i], list_free);
  g_free (self->lists);
  g_free (self->widths);
  g_free (self->tmp_path);
  g_free (self->path);
  g_free (self->name);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Writer, writer_free)

static gboolean
write_failed (Writer      *self,
              const char  *reason,
              GError     **error)
{
  g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED, _("Could not write “%s”: %s"),
               self->name, reason);
  return FALSE;
}

/* The text of a cell that is not written as a number. */
static const char *
cell_text (Writer       *self,
           sqlite3_stmt *stmt,
           guint         column)
{
  if (self->lists[column] != NULL)
    return list_lookup (self->lists[column], sqlite3_column_int64 (stmt, (int) column));
  return hustings_column_text (stmt, (int) column);
}

static gboolean
too_many_rows (const Table  *table,
               GError      **error)
{
  g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID, _(table->too_many));
  return FALSE;
}

/* CSV: RFC 4180. A field is quoted when it holds a comma, quote or line break, or begins or
 * ends with a blank, which readers (ours among them) drop around an unquoted field. */
static void
csv_append (GString    *line,
            const char *text)
{
  g_autofree char *neutral = hustings_export_neutralize_cell (text);
  gsize len;

  if (neutral != NULL)
    text = neutral;
  len = strlen (text);
  if (strpbrk (text, ",\"\r\n") == NULL &&
      (len == 0 || (text[0] != ' ' && text[0] != '\t' &&
                    text[len - 1] != ' ' && text[len - 1] != '\t')))
    {
      g_string_append_len (line, text, (gssize) len);
      return;
    }

  g_string_append_c (line, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

static gboolean
csv_write_line (Writer  *self,
                GError **error)
{
  g_string_append (self->line, "\r\n");
  if (fwrite (self->line->str, 1, self->line->len, self->csv) != self->line->len)
    return write_failed (self, g_strerror (errno), error);
  g_string_truncate (self->line, 0);
  return TRUE;
}

static void
note_width (Writer *self,
            guint   column,
            gsize   chars)
{
  self->widths[column] = MAX (self->widths[column], (guint) MIN (chars, WIDTH_MAX));
}

/* Excel reads "_x0041_" in a cell's text as the escape of "A" (libxlsxwriter writes control
 * characters so); a literal one keeps its text when its underscore is escaped: "_x005F_x0041_".
 * NULL when text holds none. */
static char *
xlsx_escape_escapes (const char *text)
{
  GString *escaped;

  if (strstr (text, "_x") == NULL)
    return NULL;
  escaped = g_string_new (NULL);
  for (const char *p = text; *p; p++)
    {
      if (p[0] == '_' && p[1] == 'x' && g_ascii_isxdigit (p[2]) && g_ascii_isxdigit (p[3]) &&
          g_ascii_isxdigit (p[4]) && g_ascii_isxdigit (p[5]) && p[6] == '_')
        g_string_append (escaped, "_x005F_");
      else
        g_string_append_c (escaped, *p);
    }
  return g_string_free (escaped, FALSE);
}

static gboolean
xlsx_failed (Writer     *self,
             lxw_error   status,
             lxw_row_t   row,
             guint       column,
             GError    **error)
{
  if (status == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_INVALID,
                   _("“%s” in row %u holds more than the 32,767 characters an Excel cell can "
                     "hold; export to CSV instead"),
                   self->table->columns[column].header, (guint) row + 1);
      return FALSE;
    }
  return write_failed (self, lxw_strerror (status), error);
}

static gboolean
xlsx_write_text (Writer      *self,
                 lxw_row_t    row,
                 guint        column,
                 const char  *text,
                 lxw_format  *format,
                 GError     **error)
{
  g_autofree char *escaped = NULL;
  lxw_error status;

  if (*text == '\0')
    return TRUE;
  if (row <= WIDTH_SAMPLE_ROWS)
    note_width (self, column, g_utf8_strlen (text, WIDTH_MAX * 4) + (row == 0 ? 3 : 1));
  escaped = xlsx_escape_escapes (text);
  /* Always a string cell, never a formula, whatever the text begins with. */
  status = worksheet_write_string (self->sheet, row, (lxw_col_t) column,
                                   escaped ? escaped : text, format);
  if (status != LXW_NO_ERROR)
    return xlsx_failed (self, status, row, column, error);
  return TRUE;
}

static gboolean
xlsx_write_cell (Writer        *self,
                 sqlite3_stmt  *stmt,
                 lxw_row_t      row,
                 guint          column,
                 GError       **error)
{
  const char *text;
  lxw_error status;

  switch (self->table->columns[column].kind)
    {
    case CELL_ID:
      if (sqlite3_column_type (stmt, (int) column) != SQLITE_INTEGER)
        break;
      text = hustings_column_text (stmt, (int) column);
      if (row <= WIDTH_SAMPLE_ROWS)
        note_width (self, column, strlen (text) + 1);
      status = worksheet_write_number (self->sheet, row, (lxw_col_t) column,
                                       (double) sqlite3_column_int64 (stmt, (int) column), NULL);
      return status == LXW_NO_ERROR || xlsx_failed (self, status, row, column, error);

    case CELL_MONEY:
      {
        gint64 cents = sqlite3_column_int64 (stmt, (int) column);

        if (row <= WIDTH_SAMPLE_ROWS)
          {
            g_autofree char *shown = hustings_money_format (cents);

            note_width (self, column, strlen (shown) + 1);
          }
        /* Cents become a double only here, at the last step. */
        status = worksheet_write_number (self->sheet, row, (lxw_col_t) column, cents / 100.0,
                                         self->money_format);
        return status == LXW_NO_ERROR || xlsx_failed (self, status, row, column, error);
      }

    case CELL_DATE:
      text = hustings_column_text (stmt, (int) column);
      if (hustings_date_is_valid (text))
        {
          lxw_datetime date = {
            .year = atoi (text), .month = (uint8_t) atoi (text + 5),
            .day = (uint8_t) atoi (text + 8),
          };

          if (row <= WIDTH_SAMPLE_ROWS)
            note_width (self, column, strlen (text) + 1);
          status = worksheet_write_datetime (self->sheet, row, (lxw_col_t) column, &date,
                                             self->date_format);
          return status == LXW_NO_ERROR || xlsx_failed (self, status, row, column, error);
        }
      break;

    case CELL_TEXT:
    default:
      break;
    }

  return xlsx_write_text (self, row, column, cell_text (self, stmt, column), NULL, error);
}

static Writer *
writer_open (HustingsCommitteeFile *file,
             const Table           *table,
             const char            *path,
             HustingsExportFormat   format,
             gint64                 n_rows,
             GError               **error)
{
  g_autoptr(Writer) self = g_new0 (Writer, 1);
  int fd;

  self->table = table;
  self->format = format;
  self->name = g_filename_display_basename (path);
  self->path = g_strdup (path);
  self->lists = g_new0 (List *, table->n_columns);
  for (guint i = 0; i < table->n_columns; i++)
    if (table->columns[i].list != NULL &&
        (self->lists[i] = list_load (file, &table->columns[i], error)) == NULL)
      return NULL;

  self->tmp_path = g_strconcat (path, ".XXXXXX", NULL);
  fd = g_mkstemp_full (self->tmp_path, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_clear_pointer (&self->tmp_path, g_free);
      write_failed (self, g_strerror (saved_errno), error);
      return NULL;
    }

  if (format == HUSTINGS_EXPORT_CSV)
    {
      self->csv = fdopen (fd, "wb");
      if (self->csv == NULL)
        {
          int saved_errno = errno;

          close (fd);
          write_failed (self, g_strerror (saved_errno), error);
          return NULL;
        }
      setvbuf (self->csv, NULL, _IOFBF, 1 << 20);
      self->line = g_string_sized_new (4096);
      for (guint i = 0; i < table->n_columns; i++)
        {
          if (i > 0)
            g_string_append_c (self->line, ',');
          csv_append (self->line, table->columns[i].header);
        }
      if (!csv_write_line (self, error))
        return NULL;
    }
  else
    {
      /* libxlsxwriter writes the archive over the file reserved here when it is closed. */
      lxw_workbook_options options = {
        .constant_memory = LXW_TRUE,
        .tmpdir = (char *) g_get_tmp_dir (),
        .use_zip64 = (guint64) n_rows * table->n_columns >= XLSX_ZIP64_CELLS,
      };

      close (fd);
      self->workbook = workbook_new_opt (self->tmp_path, &options);
      if (self->workbook == NULL)
        {
          write_failed (self, g_strerror (ENOMEM), error);
          return NULL;
        }
      self->sheet = workbook_add_worksheet (self->workbook, table->sheet);
      self->header_format = workbook_add_format (self->workbook);
      format_set_bold (self->header_format);
      self->date_format = workbook_add_format (self->workbook);
      format_set_num_format (self->date_format, "yyyy-mm-dd");
      self->money_format = workbook_add_format (self->workbook);
      format_set_num_format (self->money_format, "\"$\"#,##0.00;-\"$\"#,##0.00");
      self->widths = g_new0 (guint, table->n_columns);
      for (guint i = 0; i < table->n_columns; i++)
        if (!xlsx_write_text (self, 0, i, table->columns[i].header, self->header_format, error))
          return NULL;
    }
  return g_steal_pointer (&self);
}

/* Writes the row stmt is on. */
static gboolean
writer_add_row (Writer        *self,
                sqlite3_stmt  *stmt,
                GError       **error)
{
  const Table *table = self->table;

  if (self->format == HUSTINGS_EXPORT_CSV)
    {
      for (guint i = 0; i < table->n_columns; i++)
        {
          if (i > 0)
            g_string_append_c (self->line, ',');
          if (table->columns[i].kind == CELL_MONEY)
            {
              g_autofree char *amount =
                hustings_money_format_plain (sqlite3_column_int64 (stmt, (int) i));

              g_string_append (self->line, amount);
            }
          else
            csv_append (self->line, cell_text (self, stmt, i));
        }
      if (!csv_write_line (self, error))
        return FALSE;
    }
  else
    {
      lxw_row_t row = (lxw_row_t) self->rows + 1;

      if (row >= XLSX_MAX_ROWS)
        return too_many_rows (table, error);
      for (guint i = 0; i < table->n_columns; i++)
        if (!xlsx_write_cell (self, stmt, row, i, error))
          return FALSE;
    }
  self->rows++;
  return TRUE;
}

/* Completes the file, makes sure it is on disk, and renames it over path. */
static gboolean
writer_finish (Writer  *self,
               GError **error)
{
  int fd;

  if (self->format == HUSTINGS_EXPORT_CSV)
    {
      FILE *csv = g_steal_pointer (&self->csv);

      if (fclose (csv) != 0)
        return write_failed (self, g_strerror (errno), error);
    }
  else
    {
      lxw_workbook *workbook = g_steal_pointer (&self->workbook);
      lxw_error status;

      for (guint i = 0; i < self->table->n_columns; i++)
        worksheet_set_column (self->sheet, (lxw_col_t) i, (lxw_col_t) i, self->widths[i], NULL);
      worksheet_freeze_panes (self->sheet, 1, 0);
      worksheet_autofilter (self->sheet, 0, 0, (lxw_row_t) self->rows,
                            (lxw_col_t) self->table->n_columns - 1);
      status = workbook_close (workbook);
      if (status != LXW_NO_ERROR)
        return write_failed (self, lxw_strerror (status), error);
    }

  fd = g_open (self->tmp_path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0 || g_fsync (fd) != 0)
    {
      int saved_errno = errno;

      if (fd >= 0)
        close (fd);
      return write_failed (self, g_strerror (saved_errno), error);
    }
  close (fd);

  if (g_rename (self->tmp_path, self->path) != 0)
    return write_failed (self, g_strerror (errno), error);
  g_clear_pointer (&self->tmp_path, g_free);
  return TRUE;
}

/* ---- Export ---- */

static gboolean
cancelled (GCancellable  *cancellable,
           GError       **error)
{
  if (!g_cancellable_is_cancelled (cancellable))
    return FALSE;
  g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CANCELLED,
                       _("The export was cancelled"));
  return TRUE;
}

/* Steps to the next row to write: the query's next, or the row of the next id (ids no longer in
 * the file are passed over). */
static int
step_row (sqlite3_stmt *stmt,
          GArray       *ids,
          guint        *next_id)
{
  int id_index;
  int rc;

  if (ids == NULL)
    return sqlite3_step (stmt);
  id_index = sqlite3_bind_parameter_index (stmt, ":id");
  do
    {
      if (*next_id >= ids->len)
        return SQLITE_DONE;
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, id_index, g_array_index (ids, gint64, (*next_id)++));
      rc = sqlite3_step (stmt);
    }
  while (rc == SQLITE_DONE);
  return rc;
}

/* Writes every row (or those of ids) after the header. */
static gboolean
write_rows (HustingsCommitteeFile *file,
            Writer                *writer,
            GArray                *ids,
            gint64                 total,
            GCancellable          *cancellable,
            HustingsProgressFunc   progress,
            gpointer               progress_data,
            GError               **error)
{
  const Table *table = writer->table;
  const HustingsCommittee *committee = hustings_committee_file_peek_committee (file);
  g_autofree char *period = g_strdup_printf ("C:%d", hustings_committee_active_cycle (committee));
  gint64 step = MAX ((total + PROGRESS_STEPS - 1) / PROGRESS_STEPS, 1);
  gint64 next_report = step;
  sqlite3_stmt *stmt;
  guint next_id = 0;
  int period_index;
  int rc;

  stmt = hustings_committee_file_prepare (file, ids ? table->select_one : table->select_all,
                                          error);
  if (stmt == NULL)
    return FALSE;
  period_index = sqlite3_bind_parameter_index (stmt, ":period");
  if (period_index > 0)
    hustings_bind_text (stmt, period_index, period);

  while ((rc = step_row (stmt, ids, &next_id)) == SQLITE_ROW)
    {
      gint64 done;

      if (!writer_add_row (writer, stmt, error))
        break;
      if (writer->rows % CANCEL_CHECK_ROWS == 0 && cancelled (cancellable, error))
        break;
      done = ids != NULL ? (gint64) next_id : (gint64) writer->rows;
      if (progress != NULL && done >= next_report && done < total)
        {
          progress ((double) done / (double) total, progress_data);
          next_report += step;
        }
    }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    hustings_committee_file_set_sql_error (file, error);
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

static gboolean
export_table (HustingsCommitteeFile *file,
              const Table           *table,
              GArray                *ids,
              const char            *path,
              HustingsExportFormat   format,
              GCancellable          *cancellable,
              HustingsProgressFunc   progress,
              gpointer               progress_data,
              GError               **error)
{
  g_autoptr(Writer) writer = NULL;
  gboolean snapshot = FALSE;
  gboolean ok;
  gint64 total;

  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (file), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (cancelled (cancellable, error))
    return FALSE;

  /* One read transaction for the count, the lists and the rows: they agree even while another
   * connection saves, and an id list does not take and release a lock per row. */
  if (sqlite3_get_autocommit (hustings_committee_file_get_db (file)))
    {
      sqlite3_stmt *begin = hustings_committee_file_prepare (file, "BEGIN", error);

      if (begin == NULL || !hustings_committee_file_run (file, begin, error))
        return FALSE;
      snapshot = TRUE;
    }

  total = ids != NULL ? (gint64) ids->len : table->count (file);
  if (format == HUSTINGS_EXPORT_XLSX && total >= XLSX_MAX_ROWS)
    ok = too_many_rows (table, error);
  else
    ok = (writer = writer_open (file, table, path, format, total, error)) != NULL &&
         write_rows (file, writer, ids, total, cancellable, progress, progress_data, error) &&
         writer_finish (writer, error);

  if (snapshot)
    {
      sqlite3_stmt *end = hustings_committee_file_prepare (file, "COMMIT", NULL);

      if (end != NULL)
        hustings_committee_file_run (file, end, NULL);
    }
  if (ok && progress != NULL)
    progress (1.0, progress_data);
  return ok;
}

gboolean
hustings_export_format_from_path (const char           *path,
                                  HustingsExportFormat *out_format)
{
  const char *dot = path ? strrchr (path, '.') : NULL;

  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return FALSE;
  if (g_ascii_strcasecmp (dot, ".csv") == 0)
    *out_format = HUSTINGS_EXPORT_CSV;
  else if (g_ascii_strcasecmp (dot, ".xlsx") == 0)
    *out_format = HUSTINGS_EXPORT_XLSX;
  else
    return FALSE;
  return TRUE;
}

gboolean
hustings_export_contacts (HustingsCommitteeFile *file,
                          GArray                *ids,
                          const char            *path,
                          HustingsExportFormat   format,
                          GCancellable          *cancellable,
                          HustingsProgressFunc   progress,
                          gpointer               progress_data,
                          GError               **error)
{
  return export_table (file, &contacts_table, ids, path, format, cancellable, progress,
                       progress_data, error);
}

gboolean
hustings_export_donations (HustingsCommitteeFile *file,
                           GArray                *ids,
                           const char            *path,
                           HustingsExportFormat   format,
                           GCancellable          *cancellable,
                           HustingsProgressFunc   progress,
                           gpointer               progress_data,
                           GError               **error)
{
  return export_table (file, &donations_table, ids, path, format, cancellable, progress,
                       progress_data, error);
}

gboolean
hustings_export_disbursements (HustingsCommitteeFile *file,
                               GArray                *ids,
                               const char            *path,
                               HustingsExportFormat   format,
                               GCancellable          *cancellable,
                               HustingsProgressFunc   progress,
                               gpointer               progress_data,
                               GError               **error)
{
  return export_table (file, &disbursements_table, ids, path, format, cancellable, progress,
                       progress_data, error);
}

/* "-25.00", "+5", "12": what a spreadsheet reads as a number, not a formula. */
static gboolean
is_plain_number (const char *text)
{
  const char *p = text;
  gboolean digits = FALSE;

  if (*p == '-' || *p == '+')
    p++;
  for (; g_ascii_isdigit (*p); p++)
    digits = TRUE;
  if (*p == '.')
    for (p++; g_ascii_isdigit (*p); p++)
      digits = TRUE;
  return digits && *p == '\0';
}

char *
hustings_export_neutralize_cell (const char *text)
{
  if (text == NULL || text[0] == '\0' || strchr ("=+-@\t\r", text[0]) == NULL ||
      is_plain_number (text))
    return NULL;
  return g_strconcat ("'", text, NULL);
}
