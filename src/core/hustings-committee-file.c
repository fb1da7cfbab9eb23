/* hustings-committee-file.c: opening, creating and migrating a committee file.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-committee-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hustings-committee-file-private.h"
#include "hustings-core-resources.h"
#include "hustings-dates.h"
#include "hustings-error.h"

/* PRAGMA application_id of every committee file: 'HUST'. */
#define HUSTINGS_APPLICATION_ID 1213551444

struct _HustingsCommitteeFile
{
  GObject            parent_instance;

  sqlite3           *db;
  char              *path;
  HustingsCommittee *committee;
  GHashTable        *statements;   /* const char *sql -> sqlite3_stmt* */
  guint              depth;        /* begin calls not yet committed or rolled back */
  gboolean           doomed;       /* an inner rollback: the outermost commit must fail */
  HustingsChanged    pending;      /* changes to announce at the outermost commit */
  gboolean           read_only;
};

G_DEFINE_FINAL_TYPE (HustingsCommitteeFile, hustings_committee_file, G_TYPE_OBJECT)

enum {
  CHANGED,
  CONTACTS_CHANGED,
  DONATIONS_CHANGED,
  DISBURSEMENTS_CHANGED,
  REPORTS_CHANGED,
  VOLUNTEERS_CHANGED,
  EVENTS_CHANGED,
  OUTREACH_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Each step brings a file from version i + 1 to i + 2; the last leaves it as schema.sql makes
 * it (test-committee-file checks a migrated file against a new one). */
static const char * const migrations[] = {
  /* 1 → 2: import batches; a donation's conduit, fee and recurring flag. The CHECKs on the
   * entity type and method become ORs (an IN list made SQLite build a table on every insert),
   * by the documented edit for constraints all rows already meet: after the ALTERs (which
   * find where to add a column from the text SQLite parsed), and followed by a new schema
   * version (see migrate) so that SQLite reads the schema again. */
  "ALTER TABLE contact ADD COLUMN batch_id INTEGER REFERENCES import_batch (id);"
  "ALTER TABLE donation ADD COLUMN batch_id INTEGER REFERENCES import_batch (id);"
  "ALTER TABLE donation ADD COLUMN conduit TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE donation ADD COLUMN fee_cents INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE donation ADD COLUMN recurring INTEGER NOT NULL DEFAULT 0 "
  "  CHECK (recurring IN (0, 1));"
  "PRAGMA writable_schema = ON;"
  "UPDATE sqlite_schema SET sql = replace (sql,"
  "  'CHECK (entity_type IN (''IND'', ''ORG'', ''PAC'', ''PTY'', ''CCM'', ''CAN'', ''COM''))',"
  "  '-- (OR, not IN: SQLite builds a table for a longer IN list on every insert)' || char (10) ||"
  "  '                   CHECK (entity_type = ''IND'' OR entity_type = ''ORG'' OR"
  " entity_type = ''PAC'' OR' || char (10) ||"
  "  '                          entity_type = ''PTY'' OR entity_type = ''CCM'' OR"
  " entity_type = ''CAN'' OR' || char (10) ||"
  "  '                          entity_type = ''COM'')')"
  " WHERE type = 'table' AND name = 'contact';"
  "UPDATE sqlite_schema SET sql = replace (sql,"
  "  'CHECK (method IN (''check'', ''cash'', ''card'', ''in-kind'', ''processor''))',"
  "  'CHECK (method = ''check'' OR method = ''cash'' OR method = ''card'' OR' || char (10) ||"
  "  '                             method = ''in-kind'' OR method = ''processor'')')"
  " WHERE type = 'table' AND name = 'donation';"
  "PRAGMA writable_schema = OFF;"
  "CREATE TABLE import_batch ("
  "  id INTEGER PRIMARY KEY,"
  "  kind TEXT NOT NULL CHECK (kind IN ('donations', 'contacts')),"
  "  format TEXT NOT NULL,"
  "  file_name TEXT NOT NULL,"
  "  imported_at TEXT NOT NULL,"
  "  rows_read INTEGER NOT NULL DEFAULT 0,"
  "  contacts_created INTEGER NOT NULL DEFAULT 0,"
  "  contacts_matched INTEGER NOT NULL DEFAULT 0,"
  "  contacts_updated INTEGER NOT NULL DEFAULT 0,"
  "  donations_added INTEGER NOT NULL DEFAULT 0,"
  "  refunds_added INTEGER NOT NULL DEFAULT 0,"
  "  duplicates_skipped INTEGER NOT NULL DEFAULT 0,"
  "  rows_rejected INTEGER NOT NULL DEFAULT 0,"
  "  total_cents INTEGER NOT NULL DEFAULT 0,"
  "  undone_at TEXT);"
  "CREATE TABLE import_rejection ("
  "  batch_id INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,"
  "  line INTEGER NOT NULL,"
  "  reason TEXT NOT NULL,"
  "  PRIMARY KEY (batch_id, line)) WITHOUT ROWID;"
  "CREATE TABLE import_change ("
  "  batch_id INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,"
  "  contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,"
  "  field TEXT NOT NULL,"
  "  old_value TEXT NOT NULL,"
  "  new_value TEXT NOT NULL,"
  "  PRIMARY KEY (batch_id, contact_id, field)) WITHOUT ROWID;"
  "CREATE TABLE import_mapping ("
  "  name TEXT PRIMARY KEY,"
  "  kind TEXT NOT NULL CHECK (kind IN ('donations', 'contacts')),"
  "  mapping TEXT NOT NULL) WITHOUT ROWID;",
  /* 2 → 3: disbursements, contribution limits, reports and openings; a contact's
   * multicandidate flag and country; a donation's Schedule A line, FEC transaction id and
   * redesignation or reattribution. Imports may now be of disbursements and filings (the
   * CHECKs are widened by the same documented edit as in 1 → 2). */
  "ALTER TABLE contact ADD COLUMN multicandidate INTEGER NOT NULL DEFAULT 0"
  "  CHECK (multicandidate IN (0, 1));"
  "ALTER TABLE contact ADD COLUMN country TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE donation ADD COLUMN receipt_line TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE donation ADD COLUMN tran_id TEXT;"
  "ALTER TABLE donation ADD COLUMN adjusts INTEGER REFERENCES donation (id) ON DELETE CASCADE;"
  "ALTER TABLE donation ADD COLUMN adjustment TEXT NOT NULL DEFAULT ''"
  "  CHECK (adjustment IN ('', 'redesignation', 'reattribution'));"
  "CREATE INDEX donation_adjusts ON donation (adjusts) WHERE adjusts IS NOT NULL;"
  "CREATE INDEX donation_tran_id ON donation (upper (tran_id)) WHERE tran_id IS NOT NULL;"
  "PRAGMA writable_schema = ON;"
  "UPDATE sqlite_schema SET sql = replace (sql,"
  "  'CHECK (kind IN (''donations'', ''contacts''))',"
  "  'CHECK (kind IN (''donations'', ''contacts'', ''disbursements'',' || char (10) ||"
  "  '                                                    ''filing''))')"
  " WHERE type = 'table' AND name = 'import_batch';"
  "UPDATE sqlite_schema SET sql = replace (sql,"
  "  'CHECK (kind IN (''donations'', ''contacts''))',"
  "  'CHECK (kind IN (''donations'', ''contacts'', ''disbursements''))')"
  " WHERE type = 'table' AND name = 'import_mapping';"
  "PRAGMA writable_schema = OFF;"
  "CREATE TABLE disbursement ("
  "  id            INTEGER PRIMARY KEY,"
  "  contact_id    INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,"
  "  date_paid     TEXT NOT NULL CHECK (date_paid GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
  "  amount_cents  INTEGER NOT NULL CHECK (amount_cents <> 0),"
  "  purpose       TEXT NOT NULL DEFAULT '',"
  "  category      TEXT NOT NULL DEFAULT '' CHECK (category = '' OR category GLOB '0[01][0-9]'),"
  "  line          TEXT NOT NULL DEFAULT 'SB17'"
  "                  CHECK (line IN ('SB17', 'SB18', 'SB19A', 'SB19B', 'SB20A', 'SB20B', 'SB20C',"
  "                                  'SB21', 'SB21B', 'SB22', 'SB23', 'SB26', 'SB27', 'SB28A',"
  "                                  'SB28B', 'SB28C', 'SB29', 'SB30B')),"
  "  election      TEXT,"
  "  check_number  TEXT NOT NULL DEFAULT '',"
  "  memo          TEXT NOT NULL DEFAULT '',"
  "  memo_entry    INTEGER NOT NULL DEFAULT 0 CHECK (memo_entry IN (0, 1)),"
  "  source        TEXT NOT NULL DEFAULT '',"
  "  source_id     TEXT,"
  "  tran_id       TEXT,"
  "  batch_id      INTEGER REFERENCES import_batch (id),"
  "  created_at    TEXT NOT NULL,"
  "  updated_at    TEXT NOT NULL,"
  "  UNIQUE (source, source_id)"
  ");"
  "CREATE INDEX disbursement_date ON disbursement (date_paid, id);"
  "CREATE INDEX disbursement_contact ON disbursement (contact_id, date_paid);"
  "CREATE INDEX disbursement_tran_id ON disbursement (upper (tran_id))"
  " WHERE tran_id IS NOT NULL;"
  "CREATE TABLE contribution_limit ("
  "  recipient      TEXT NOT NULL CHECK (recipient IN ('candidate', 'pac')),"
  "  contributor    TEXT NOT NULL"
  "                   CHECK (contributor IN ('IND', 'PAC', 'MCPAC', 'PTY', 'CCM', 'COM', 'CAN')),"
  "  effective_from TEXT NOT NULL,"
  "  limit_cents    INTEGER CHECK (limit_cents IS NULL OR limit_cents > 0),"
  "  PRIMARY KEY (recipient, contributor, effective_from)"
  ") WITHOUT ROWID;"
  "INSERT INTO contribution_limit VALUES"
  "  ('candidate', 'IND',   '2022-11-09', 330000), ('candidate', 'IND',   '2024-11-06', 350000),"
  "  ('candidate', 'PAC',   '2022-11-09', 330000), ('candidate', 'PAC',   '2024-11-06', 350000),"
  "  ('candidate', 'COM',   '2022-11-09', 330000), ('candidate', 'COM',   '2024-11-06', 350000),"
  "  ('candidate', 'MCPAC', '2022-11-09', 500000),"
  "  ('candidate', 'PTY',   '2022-11-09', 500000),"
  "  ('candidate', 'CCM',   '2022-11-09', 200000),"
  "  ('candidate', 'CAN',   '2022-11-09', NULL),"
  "  ('pac', 'IND',   '2023-01-01', 500000), ('pac', 'PAC', '2023-01-01', 500000),"
  "  ('pac', 'COM',   '2023-01-01', 500000), ('pac', 'MCPAC', '2023-01-01', 500000),"
  "  ('pac', 'PTY',   '2023-01-01', 500000), ('pac', 'CCM', '2023-01-01', 500000),"
  "  ('pac', 'CAN',   '2023-01-01', 500000);"
  "CREATE TABLE report ("
  "  id              INTEGER PRIMARY KEY,"
  "  form            TEXT NOT NULL CHECK (form IN ('F3', 'F3X')),"
  "  code            TEXT NOT NULL,"
  "  election        TEXT,"
  "  election_date   TEXT,"
  "  election_state  TEXT NOT NULL DEFAULT '',"
  "  coverage_from   TEXT NOT NULL CHECK (coverage_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
  "  coverage_to     TEXT NOT NULL CHECK (coverage_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
  "  amendment       INTEGER NOT NULL DEFAULT 0 CHECK (amendment >= 0),"
  "  original_fec_id TEXT NOT NULL DEFAULT '',"
  "  fec_id          TEXT NOT NULL DEFAULT '',"
  "  termination     INTEGER NOT NULL DEFAULT 0 CHECK (termination IN (0, 1)),"
  "  origin          TEXT NOT NULL DEFAULT 'hustings' CHECK (origin IN ('hustings', 'imported')),"
  "  batch_id        INTEGER REFERENCES import_batch (id),"
  "  date_signed     TEXT,"
  "  filed_at        TEXT,"
  "  created_at      TEXT NOT NULL,"
  "  updated_at      TEXT NOT NULL,"
  "  CHECK (coverage_from <= coverage_to)"
  ");"
  "CREATE INDEX report_coverage ON report (coverage_to, id);"
  "CREATE TABLE report_line ("
  "  report_id    INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,"
  "  kind         TEXT NOT NULL CHECK (kind IN ('filed', 'unitemized')),"
  "  line         TEXT NOT NULL,"
  "  col          TEXT NOT NULL CHECK (col IN ('A', 'B')),"
  "  amount_cents INTEGER NOT NULL,"
  "  PRIMARY KEY (report_id, kind, line, col)"
  ") WITHOUT ROWID;"
  "CREATE TABLE contact_opening ("
  "  contact_id   INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,"
  "  period       TEXT NOT NULL,"
  "  line         TEXT NOT NULL DEFAULT '',"
  "  amount_cents INTEGER NOT NULL,"
  "  batch_id     INTEGER REFERENCES import_batch (id),"
  "  PRIMARY KEY (contact_id, period, line)"
  ") WITHOUT ROWID;"
  "CREATE TABLE report_text ("
  "  id               INTEGER PRIMARY KEY,"
  "  report_id        INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,"
  "  tran_id          TEXT NOT NULL,"
  "  back_ref_tran_id TEXT,"
  "  back_ref_form    TEXT NOT NULL DEFAULT '',"
  "  text             TEXT NOT NULL"
  ");"
  "CREATE INDEX report_text_report ON report_text (report_id);",
  /* 3 → 4: volunteers, events and outreach: volunteers with their skills and availability,
   * events with shifts, signups and guests, the interaction log, segments, tasks and their
   * rules, templates and the mail server; a contact's district and email opt-out; the event
   * of a donation. */
  "ALTER TABLE contact ADD COLUMN district TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE contact ADD COLUMN email_opt_out_at TEXT;"
  "ALTER TABLE donation ADD COLUMN event_id INTEGER REFERENCES event (id) ON DELETE SET NULL;"
  "CREATE TABLE volunteer ("
  "  contact_id      INTEGER PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,"
  "  status          TEXT NOT NULL DEFAULT 'active'"
  "                    CHECK (status = 'prospect' OR status = 'active' OR status = 'inactive'),"
  "  emergency_name  TEXT NOT NULL DEFAULT '',"
  "  emergency_phone TEXT NOT NULL DEFAULT '',"
  "  notes           TEXT NOT NULL DEFAULT '',"
  "  since           TEXT NOT NULL,"
  "  updated_at      TEXT NOT NULL"
  ");"
  "CREATE TABLE volunteer_skill ("
  "  contact_id INTEGER NOT NULL REFERENCES volunteer (contact_id) ON DELETE CASCADE,"
  "  skill      TEXT NOT NULL COLLATE NOCASE,"
  "  PRIMARY KEY (contact_id, skill)"
  ") WITHOUT ROWID;"
  "CREATE INDEX volunteer_skill_skill ON volunteer_skill (skill, contact_id);"
  "CREATE TABLE volunteer_availability ("
  "  contact_id INTEGER NOT NULL REFERENCES volunteer (contact_id) ON DELETE CASCADE,"
  "  weekday    INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),"
  "  starts     TEXT NOT NULL,"
  "  ends       TEXT NOT NULL CHECK (ends > starts),"
  "  PRIMARY KEY (contact_id, weekday, starts)"
  ") WITHOUT ROWID;"
  "CREATE TABLE event ("
  "  id          INTEGER PRIMARY KEY,"
  "  name        TEXT NOT NULL,"
  "  kind        TEXT NOT NULL DEFAULT 'other'"
  "                CHECK (kind = 'fundraiser' OR kind = 'town-hall' OR kind = 'phone-bank' OR"
  "                       kind = 'canvass' OR kind = 'meeting' OR kind = 'other'),"
  "  date        TEXT NOT NULL,"
  "  starts      TEXT NOT NULL DEFAULT '',"
  "  ends        TEXT NOT NULL DEFAULT '',"
  "  place       TEXT NOT NULL DEFAULT '',"
  "  address     TEXT NOT NULL DEFAULT '',"
  "  capacity    INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),"
  "  goal_cents  INTEGER NOT NULL DEFAULT 0 CHECK (goal_cents >= 0),"
  "  notes       TEXT NOT NULL DEFAULT '',"
  "  created_at  TEXT NOT NULL,"
  "  updated_at  TEXT NOT NULL"
  ");"
  "CREATE INDEX event_date ON event (date, id);"
  "CREATE INDEX donation_event ON donation (event_id) WHERE event_id IS NOT NULL;"
  "CREATE TABLE shift ("
  "  id       INTEGER PRIMARY KEY,"
  "  event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,"
  "  role     TEXT NOT NULL,"
  "  starts   TEXT NOT NULL,"
  "  ends     TEXT NOT NULL CHECK (ends > starts),"
  "  slots    INTEGER NOT NULL DEFAULT 1 CHECK (slots >= 1)"
  ");"
  "CREATE INDEX shift_event ON shift (event_id, starts);"
  "CREATE TABLE shift_signup ("
  "  shift_id      INTEGER NOT NULL REFERENCES shift (id) ON DELETE CASCADE,"
  "  contact_id    INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,"
  "  signed_up_at  TEXT NOT NULL,"
  "  checked_in_at TEXT,"
  "  minutes       INTEGER CHECK (minutes >= 0),"
  "  PRIMARY KEY (shift_id, contact_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX shift_signup_contact ON shift_signup (contact_id, shift_id);"
  "CREATE TABLE event_guest ("
  "  event_id      INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,"
  "  contact_id    INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,"
  "  rsvp          TEXT NOT NULL DEFAULT 'invited'"
  "                  CHECK (rsvp = 'invited' OR rsvp = 'yes' OR rsvp = 'no' OR rsvp = 'maybe'),"
  "  guests        INTEGER NOT NULL DEFAULT 0 CHECK (guests >= 0),"
  "  checked_in_at TEXT,"
  "  updated_at    TEXT NOT NULL,"
  "  PRIMARY KEY (event_id, contact_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX event_guest_contact ON event_guest (contact_id, event_id);"
  "CREATE TABLE interaction ("
  "  id          INTEGER PRIMARY KEY,"
  "  contact_id  INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,"
  "  kind        TEXT NOT NULL"
  "                CHECK (kind = 'call' OR kind = 'email' OR kind = 'meeting' OR kind = 'letter' OR"
  "                       kind = 'text' OR kind = 'door' OR kind = 'other'),"
  "  occurred_at TEXT NOT NULL,"
  "  outcome     TEXT NOT NULL DEFAULT '',"
  "  notes       TEXT NOT NULL DEFAULT '',"
  "  created_at  TEXT NOT NULL"
  ");"
  "CREATE INDEX interaction_contact ON interaction (contact_id, occurred_at);"
  "CREATE TABLE segment ("
  "  id         INTEGER PRIMARY KEY,"
  "  name       TEXT NOT NULL UNIQUE COLLATE NOCASE,"
  "  rules      TEXT NOT NULL,"
  "  created_at TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL"
  ");"
  "CREATE TABLE task ("
  "  id         INTEGER PRIMARY KEY,"
  "  title      TEXT NOT NULL,"
  "  notes      TEXT NOT NULL DEFAULT '',"
  "  due_date   TEXT,"
  "  contact_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,"
  "  done_at    TEXT,"
  "  rule       TEXT,"
  "  rule_key   TEXT,"
  "  created_at TEXT NOT NULL,"
  "  UNIQUE (rule, rule_key)"
  ");"
  "CREATE INDEX task_open ON task (done_at, due_date);"
  "CREATE INDEX task_contact ON task (contact_id) WHERE contact_id IS NOT NULL;"
  "CREATE TABLE task_rule ("
  "  rule    TEXT PRIMARY KEY,"
  "  enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),"
  "  days    INTEGER NOT NULL CHECK (days >= 0)"
  ") WITHOUT ROWID;"
  "INSERT INTO task_rule (rule, days) VALUES"
  "  ('thank-donor', 7), ('best-efforts', 30), ('shift-reminder', 1);"
  "CREATE TABLE template ("
  "  id         INTEGER PRIMARY KEY,"
  "  name       TEXT NOT NULL UNIQUE COLLATE NOCASE,"
  "  kind       TEXT NOT NULL CHECK (kind = 'letter' OR kind = 'email'),"
  "  subject    TEXT NOT NULL DEFAULT '',"
  "  body       TEXT NOT NULL,"
  "  created_at TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL"
  ");"
  "CREATE TABLE mail_server ("
  "  id            INTEGER PRIMARY KEY CHECK (id = 1),"
  "  host          TEXT NOT NULL DEFAULT '',"
  "  port          INTEGER NOT NULL DEFAULT 587,"
  "  security      TEXT NOT NULL DEFAULT 'starttls'"
  "                  CHECK (security = 'starttls' OR security = 'tls' OR security = 'none'),"
  "  username      TEXT NOT NULL DEFAULT '',"
  "  from_name     TEXT NOT NULL DEFAULT '',"
  "  from_address  TEXT NOT NULL DEFAULT '',"
  "  per_minute    INTEGER NOT NULL DEFAULT 30 CHECK (per_minute >= 1)"
  ");"
  "INSERT INTO mail_server (id) VALUES (1);",
};

static char *
display_name (const char *path)
{
  return g_filename_display_basename (path);
}

gboolean
hustings_committee_file_set_sql_error (HustingsCommitteeFile *self,
                                       GError               **error)
{
  int code = sqlite3_extended_errcode (self->db);
  const char *message = sqlite3_errmsg (self->db);

  switch (code & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CORRUPT,
                   _("The committee file is damaged (%s). Restore it from a backup."), message);
      break;
    case SQLITE_READONLY:
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_READ_ONLY,
                           _("The committee file is read-only, so it cannot be changed"));
      break;
    case SQLITE_FULL:
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED,
                           _("The disk is full; nothing was saved"));
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED,
                           _("The committee file is busy in another window or program; "
                             "try again in a moment"));
      break;
    default:
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED,
                   _("The committee file could not be read or written: %s"), message);
      break;
    }
  return FALSE;
}

sqlite3_stmt *
hustings_committee_file_prepare (HustingsCommitteeFile *self,
                                 const char            *sql,
                                 GError               **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      g_critical ("Cannot prepare “%s”: %s", sql, sqlite3_errmsg (self->db));
      hustings_committee_file_set_sql_error (self, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

gboolean
hustings_committee_file_run (HustingsCommitteeFile *self,
                             sqlite3_stmt          *stmt,
                             GError               **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      hustings_committee_file_set_sql_error (self, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
hustings_committee_file_check_writable (HustingsCommitteeFile *self,
                                        GError               **error)
{
  if (!self->read_only)
    return TRUE;
  g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_READ_ONLY,
                       _("This committee file is read-only, so it cannot be changed"));
  return FALSE;
}

sqlite3 *
hustings_committee_file_get_db (HustingsCommitteeFile *self)
{
  return self->db;
}

static void
emit_pending (HustingsCommitteeFile *self)
{
  HustingsChanged what = self->pending;

  self->pending = 0;
  if (what & HUSTINGS_CHANGED_COMMITTEE)
    g_signal_emit (self, signals[CHANGED], 0);
  if (what & HUSTINGS_CHANGED_CONTACTS)
    g_signal_emit (self, signals[CONTACTS_CHANGED], 0);
  if (what & HUSTINGS_CHANGED_DONATIONS)
    g_signal_emit (self, signals[DONATIONS_CHANGED], 0);
  if (what & HUSTINGS_CHANGED_DISBURSEMENTS)
    g_signal_emit (self, signals[DISBURSEMENTS_CHANGED], 0);
  if (what & HUSTINGS_CHANGED_REPORTS)
    g_signal_emit (self, signals[REPORTS_CHANGED], 0);
  if (what & HUSTINGS_CHANGED_VOLUNTEERS)
    g_signal_emit (self, signals[VOLUNTEERS_CHANGED], 0);
  if (what & HUSTINGS_CHANGED_EVENTS)
    g_signal_emit (self, signals[EVENTS_CHANGED], 0);
  if (what & HUSTINGS_CHANGED_OUTREACH)
    g_signal_emit (self, signals[OUTREACH_CHANGED], 0);
}

static gboolean load_committee (HustingsCommitteeFile *self, GError **error);

void
hustings_committee_file_reload (HustingsCommitteeFile *self)
{
  g_return_if_fail (HUSTINGS_IS_COMMITTEE_FILE (self));

  /* An import of a filing may have filled in the profile and elections. */
  if (load_committee (self, NULL))
    hustings_committee_file_changed (self, HUSTINGS_CHANGED_COMMITTEE);
  hustings_committee_file_changed (self, HUSTINGS_CHANGED_CONTACTS | HUSTINGS_CHANGED_DONATIONS |
                                         HUSTINGS_CHANGED_DISBURSEMENTS | HUSTINGS_CHANGED_REPORTS |
                                         HUSTINGS_CHANGED_VOLUNTEERS | HUSTINGS_CHANGED_EVENTS |
                                         HUSTINGS_CHANGED_OUTREACH);
}

void
hustings_committee_file_reload_outreach (HustingsCommitteeFile *self)
{
  g_return_if_fail (HUSTINGS_IS_COMMITTEE_FILE (self));

  hustings_committee_file_changed (self, HUSTINGS_CHANGED_OUTREACH);
}

void
hustings_committee_file_changed (HustingsCommitteeFile *self,
                                 HustingsChanged        what)
{
  self->pending |= what;
  if (self->depth == 0)
    emit_pending (self);
}

static gboolean
exec (HustingsCommitteeFile *self, const char *sql, GError **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return hustings_committee_file_set_sql_error (self, error);
  return TRUE;
}

gboolean
hustings_committee_file_begin (HustingsCommitteeFile *self,
                               GError               **error)
{
  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (self), FALSE);

  if (!hustings_committee_file_check_writable (self, error))
    return FALSE;
  if (self->depth == 0)
    {
      if (!exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      self->doomed = FALSE;
    }
  self->depth++;
  return TRUE;
}

gboolean
hustings_committee_file_commit (HustingsCommitteeFile *self,
                                GError               **error)
{
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth > 1)
    {
      self->depth--;
      return TRUE;
    }
  if (self->doomed)
    {
      hustings_committee_file_rollback (self);
      g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED,
                           _("One of the changes failed, so none of them was saved"));
      return FALSE;
    }
  if (!exec (self, "COMMIT", error))
    {
      hustings_committee_file_rollback (self);
      return FALSE;
    }
  self->depth = 0;
  emit_pending (self);
  return TRUE;
}

void
hustings_committee_file_rollback (HustingsCommitteeFile *self)
{
  g_return_if_fail (self->depth > 0);

  if (--self->depth > 0)
    {
      self->doomed = TRUE;
      return;
    }
  self->pending = 0;
  self->doomed = FALSE;
  if (sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL) != SQLITE_OK)
    g_warning ("Rolling back failed: %s", sqlite3_errmsg (self->db));
}

void
hustings_committee_file_end_unchanged (HustingsCommitteeFile *self)
{
  g_return_if_fail (self->depth > 0);

  if (--self->depth == 0 && sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL) != SQLITE_OK)
    g_warning ("Ending a transaction failed: %s", sqlite3_errmsg (self->db));
}

static void
hustings_committee_file_finalize (GObject *object)
{
  HustingsCommitteeFile *self = (HustingsCommitteeFile *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      /* A read-write close checkpoints the WAL back into the file. */
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  g_clear_pointer (&self->committee, hustings_committee_free);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (hustings_committee_file_parent_class)->finalize (object);
}

static void
hustings_committee_file_class_init (HustingsCommitteeFileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  /* Before SQLite starts: each connection is used by one thread only (see the header), so
   * SQLite need not lock around every call, nor count every allocation under a lock. This
   * fails harmlessly when the process already uses SQLite. */
  sqlite3_config (SQLITE_CONFIG_MULTITHREAD);
  sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0);

  object_class->finalize = hustings_committee_file_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CONTACTS_CHANGED] = g_signal_new ("contacts-changed", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 0);
  signals[DONATIONS_CHANGED] = g_signal_new ("donations-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);
  signals[DISBURSEMENTS_CHANGED] = g_signal_new ("disbursements-changed",
                                                 G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[REPORTS_CHANGED] = g_signal_new ("reports-changed", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 0);
  signals[VOLUNTEERS_CHANGED] = g_signal_new ("volunteers-changed", G_TYPE_FROM_CLASS (klass),
                                              G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                              G_TYPE_NONE, 0);
  signals[EVENTS_CHANGED] = g_signal_new ("events-changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
  signals[OUTREACH_CHANGED] = g_signal_new ("outreach-changed", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 0);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
hustings_committee_file_init (HustingsCommitteeFile *self)
{
  self->statements = g_hash_table_new_full (NULL, NULL, NULL, finalize_statement);
}

/* Reads the committee row and the elections into self->committee. */
static gboolean
load_committee (HustingsCommitteeFile *self, GError **error)
{
  g_autoptr(HustingsCommittee) c = hustings_committee_new ();
  sqlite3_stmt *stmt;
  int rc;

  stmt = hustings_committee_file_prepare (self,
    "SELECT name, fec_id, committee_type, street1, street2, city, state, zip, email,"
    " treasurer_first, treasurer_last, candidate_first, candidate_last, candidate_office,"
    " candidate_state, candidate_district, filing_frequency FROM committee WHERE id = 1",
    error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error_literal (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CORRUPT,
                             _("The committee file has no committee profile. "
                               "Restore it from a backup."));
      else
        hustings_committee_file_set_sql_error (self, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

#define TAKE(member, column) \
  g_free (c->member); c->member = g_strdup (hustings_column_text (stmt, column));
  TAKE (name, 0);
  TAKE (fec_id, 1);
  hustings_committee_type_from_string (hustings_column_text (stmt, 2), &c->type);
  TAKE (street1, 3);
  TAKE (street2, 4);
  TAKE (city, 5);
  TAKE (state, 6);
  TAKE (zip, 7);
  TAKE (email, 8);
  TAKE (treasurer_first, 9);
  TAKE (treasurer_last, 10);
  TAKE (candidate_first, 11);
  TAKE (candidate_last, 12);
  TAKE (candidate_office, 13);
  TAKE (candidate_state, 14);
  TAKE (candidate_district, 15);
  TAKE (filing_frequency, 16);
#undef TAKE
  sqlite3_reset (stmt);

  stmt = hustings_committee_file_prepare (self,
    "SELECT code, date, state FROM election ORDER BY date, code", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (c->elections,
                     hustings_election_new (hustings_column_text (stmt, 0),
                                            hustings_column_text (stmt, 1),
                                            hustings_column_text (stmt, 2)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return hustings_committee_file_set_sql_error (self, error);

  g_clear_pointer (&self->committee, hustings_committee_free);
  self->committee = g_steal_pointer (&c);
  return TRUE;
}

/* Writes the profile and elections; the caller holds a transaction. */
static gboolean
store_committee (HustingsCommitteeFile   *self,
                 const HustingsCommittee *c,
                 gboolean                 insert,
                 GError                 **error)
{
  g_autofree char *now = hustings_timestamp_now ();
  sqlite3_stmt *stmt;

  stmt = hustings_committee_file_prepare (self, insert
    ? "INSERT INTO committee (name, fec_id, committee_type, street1, street2, city, state, zip,"
      " email, treasurer_first, treasurer_last, candidate_first, candidate_last,"
      " candidate_office, candidate_state, candidate_district, filing_frequency, updated_at,"
      " created_at, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
      " ?15, ?16, ?17, ?18, ?18, 1)"
    : "UPDATE committee SET name = ?1, fec_id = ?2, committee_type = ?3, street1 = ?4,"
      " street2 = ?5, city = ?6, state = ?7, zip = ?8, email = ?9, treasurer_first = ?10,"
      " treasurer_last = ?11, candidate_first = ?12, candidate_last = ?13,"
      " candidate_office = ?14, candidate_state = ?15, candidate_district = ?16,"
      " filing_frequency = ?17, updated_at = ?18 WHERE id = 1",
    error);
  if (stmt == NULL)
    return FALSE;

  {
    g_autofree char *name = g_strstrip (g_strdup (c->name));

    hustings_bind_text (stmt, 1, name);
  }
  hustings_bind_text (stmt, 2, c->fec_id);
  hustings_bind_text (stmt, 3, hustings_committee_type_to_string (c->type));
  hustings_bind_text (stmt, 4, c->street1);
  hustings_bind_text (stmt, 5, c->street2);
  hustings_bind_text (stmt, 6, c->city);
  hustings_bind_text (stmt, 7, c->state);
  hustings_bind_text (stmt, 8, c->zip);
  hustings_bind_text (stmt, 9, c->email);
  hustings_bind_text (stmt, 10, c->treasurer_first);
  hustings_bind_text (stmt, 11, c->treasurer_last);
  hustings_bind_text (stmt, 12, c->candidate_first);
  hustings_bind_text (stmt, 13, c->candidate_last);
  hustings_bind_text (stmt, 14, c->candidate_office);
  hustings_bind_text (stmt, 15, c->candidate_state);
  hustings_bind_text (stmt, 16, c->candidate_district);
  hustings_bind_text (stmt, 17, c->filing_frequency);
  hustings_bind_text (stmt, 18, now);
  if (!hustings_committee_file_run (self, stmt, error))
    return FALSE;

  stmt = hustings_committee_file_prepare (self, "DELETE FROM election", error);
  if (stmt == NULL || !hustings_committee_file_run (self, stmt, error))
    return FALSE;

  for (guint i = 0; i < c->elections->len; i++)
    {
      const HustingsElection *e = g_ptr_array_index (c->elections, i);

      stmt = hustings_committee_file_prepare (self,
        "INSERT INTO election (code, date, state) VALUES (?1, ?2, ?3)", error);
      if (stmt == NULL)
        return FALSE;
      hustings_bind_text (stmt, 1, e->code);
      hustings_bind_text (stmt, 2, e->date);
      hustings_bind_text (stmt, 3, e->state);
      if (!hustings_committee_file_run (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
pragma_int (HustingsCommitteeFile *self, const char *sql, int *out, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return hustings_committee_file_set_sql_error (self, error);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *out = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    return hustings_committee_file_set_sql_error (self, error);
  return TRUE;
}

static void
configure_connection (HustingsCommitteeFile *self)
{
  sqlite3_busy_timeout (self->db, 5000);
  sqlite3_exec (self->db,
                "PRAGMA foreign_keys = ON;"
                "PRAGMA synchronous = NORMAL;"
                "PRAGMA cache_size = -16384;"
                "PRAGMA temp_store = MEMORY;",
                NULL, NULL, NULL);
}

void
hustings_committee_file_set_bulk (HustingsCommitteeFile *self,
                                  gboolean               bulk)
{
  g_return_if_fail (self->depth == 0);

  sqlite3_exec (self->db, bulk ? "PRAGMA foreign_keys = OFF; PRAGMA cache_size = -131072;"
                               : "PRAGMA foreign_keys = ON; PRAGMA cache_size = -16384;",
                NULL, NULL, NULL);
}

static void
remove_database_files (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

HustingsCommitteeFile *
hustings_committee_file_create (const char              *path,
                                const HustingsCommittee *committee,
                                GError                 **error)
{
  g_autoptr(HustingsCommitteeFile) self = NULL;
  g_autoptr(GBytes) schema = NULL;
  g_autofree char *name = display_name (path);
  g_autofree char *schema_sql = NULL;
  GError *local_error = NULL;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (committee != NULL, NULL);

  if (!hustings_committee_validate (committee, error))
    return NULL;

  /* Create the file ourselves so it is private to the user from the first byte. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == EEXIST)
        g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_EXISTS,
                     _("“%s” already exists; choose another name"), name);
      else
        g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED,
                     _("“%s” could not be created: %s"), name, g_strerror (saved_errno));
      return NULL;
    }
  close (fd);

  self = g_object_new (HUSTINGS_TYPE_COMMITTEE_FILE, NULL);
  self->path = g_strdup (path);

  schema = g_resource_lookup_data (hustings_core_get_resource (),
                                   "/io/github/hustings/Hustings/core/schema.sql",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  schema_sql = g_strndup (g_bytes_get_data (schema, NULL), g_bytes_get_size (schema));

  if (sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL)
      != SQLITE_OK ||
      !exec (self, "PRAGMA journal_mode = WAL", &local_error))
    goto failed;
  configure_connection (self);

  if (!hustings_committee_file_begin (self, &local_error))
    goto failed;
  if (!exec (self, schema_sql, &local_error) ||
      !store_committee (self, committee, TRUE, &local_error))
    {
      hustings_committee_file_rollback (self);
      goto failed;
    }
  if (!hustings_committee_file_commit (self, &local_error))
    goto failed;
  if (!load_committee (self, &local_error))
    goto failed;

  return g_steal_pointer (&self);

failed:
  if (local_error == NULL)
    g_set_error (&local_error, HUSTINGS_ERROR, HUSTINGS_ERROR_FAILED,
                 _("“%s” could not be created: %s"), name,
                 self->db ? sqlite3_errmsg (self->db) : g_strerror (ENOMEM));
  g_clear_object (&self);
  remove_database_files (path);
  g_propagate_error (error, local_error);
  return NULL;
}

/* Whether the user may write the file: its permission bits say so (even for root, who may
 * write anything, a file without write permission is meant to stay as it is), the system
 * agrees, and the folder can take the write-ahead log. */
static gboolean
path_is_writable (const char *path, const struct stat *st)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return (st->st_mode & 0222) != 0 && g_access (path, W_OK) == 0 && g_access (dir, W_OK) == 0;
}

/* A read-only file in WAL mode whose folder cannot take the shared-memory file is read as an
 * unchanging snapshot. */
static gboolean
open_immutable (HustingsCommitteeFile *self, const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *immutable = g_strconcat (uri, "?immutable=1", NULL);

  return sqlite3_open_v2 (immutable, &self->db,
                          SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL)
         == SQLITE_OK;
}

static gboolean
migrate (HustingsCommitteeFile *self, int from_version, GError **error)
{
  if (!hustings_committee_file_begin (self, error))
    return FALSE;
  for (int v = from_version; v < HUSTINGS_SCHEMA_VERSION; v++)
    {
      g_autofree char *stamp = g_strdup_printf ("PRAGMA user_version = %d", v + 1);
      g_autofree char *bump = NULL;
      int schema_version = 0;

      /* A step may edit the schema's text (see migrations): a new schema version makes SQLite
       * read it again, before the next step's ALTERs look for where to add a column. */
      if (!exec (self, migrations[v - 1], error) || !exec (self, stamp, error) ||
          !pragma_int (self, "PRAGMA schema_version", &schema_version, error) ||
          !exec (self, bump = g_strdup_printf ("PRAGMA schema_version = %d", schema_version + 1),
                 error))
        {
          hustings_committee_file_rollback (self);
          return FALSE;
        }
    }
  return hustings_committee_file_commit (self, error);
}

HustingsCommitteeFile *
hustings_committee_file_open (const char  *path,
                              GError     **error)
{
  g_autoptr(HustingsCommitteeFile) self = NULL;
  g_autofree char *name = NULL;
  GError *local_error = NULL;
  struct stat st;
  int app_id = 0, version = 0, n_tables = 0;
  int flags;

  g_return_val_if_fail (path != NULL, NULL);

  name = display_name (path);
  if (g_stat (path, &st) != 0)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_FOUND,
                   _("“%s” could not be found"), name);
      return NULL;
    }
  /* Anything shorter than SQLite's 100-byte header is not a database. The header itself is read
   * by SQLite, never by opening and closing the file here: closing any descriptor of a file
   * drops every lock this process holds on it, those of the window's connection included. */
  if (!S_ISREG (st.st_mode) || st.st_size < 100)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_COMMITTEE,
                   _("“%s” is not a Hustings committee file"), name);
      return NULL;
    }

  self = g_object_new (HUSTINGS_TYPE_COMMITTEE_FILE, NULL);
  self->path = g_strdup (path);
  self->read_only = !path_is_writable (path, &st);

  /* A connection belongs to one thread, so SQLite need not lock around each call. */
  flags = (self->read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2 (path, &self->db, flags, NULL) != SQLITE_OK)
    {
      if (!self->read_only)
        {
          hustings_committee_file_set_sql_error (self, error);
          return NULL;
        }
      sqlite3_close_v2 (self->db);
      if (!open_immutable (self, path))
        {
          hustings_committee_file_set_sql_error (self, error);
          return NULL;
        }
    }
  sqlite3_busy_timeout (self->db, 5000);

  /* Look before touching anything: none of these reads writes to the file. */
  if (!pragma_int (self, "PRAGMA application_id", &app_id, &local_error) ||
      !pragma_int (self, "PRAGMA user_version", &version, &local_error) ||
      !pragma_int (self, "SELECT count(*) FROM sqlite_schema", &n_tables, &local_error))
    {
      if ((sqlite3_errcode (self->db) & 0xff) == SQLITE_NOTADB)
        g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_COMMITTEE,
                     _("“%s” is not a Hustings committee file"), name);
      else if (g_error_matches (local_error, HUSTINGS_ERROR, HUSTINGS_ERROR_CORRUPT))
        g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CORRUPT,
                     _("“%s” is damaged and cannot be opened safely. Hustings has not "
                       "changed it; restore it from a backup."), name);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      g_clear_error (&local_error);
      return NULL;
    }

  if (app_id != HUSTINGS_APPLICATION_ID)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_NOT_COMMITTEE,
                   _("“%s” is a database, but not a Hustings committee file"), name);
      return NULL;
    }
  if (version > HUSTINGS_SCHEMA_VERSION)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_TOO_NEW,
                   _("“%s” was saved by a newer version of Hustings (file format %d; this "
                     "version reads up to %d). Update Hustings to open it; the file has not "
                     "been changed."), name, version, HUSTINGS_SCHEMA_VERSION);
      return NULL;
    }
  if (version < 1)
    {
      g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CORRUPT,
                   _("“%s” was never finished being created and cannot be opened. "
                     "Hustings has not changed it."), name);
      return NULL;
    }

  if (!self->read_only)
    {
      if (!exec (self, "PRAGMA journal_mode = WAL", error))
        return NULL;
      configure_connection (self);
      if (version < HUSTINGS_SCHEMA_VERSION && !migrate (self, version, error))
        return NULL;
    }
  else
    {
      sqlite3_exec (self->db, "PRAGMA query_only = ON", NULL, NULL, NULL);
      if (version < HUSTINGS_SCHEMA_VERSION)
        {
          g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_READ_ONLY,
                       _("“%s” was made by an older version of Hustings and must be updated, "
                         "but it is read-only. Make it writable or open a copy."), name);
          return NULL;
        }
    }

  if (!load_committee (self, &local_error))
    {
      if (g_error_matches (local_error, HUSTINGS_ERROR, HUSTINGS_ERROR_CORRUPT))
        g_set_error (error, HUSTINGS_ERROR, HUSTINGS_ERROR_CORRUPT,
                     _("“%s” is damaged and cannot be opened safely. Hustings has not "
                       "changed it; restore it from a backup."), name);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      g_clear_error (&local_error);
      return NULL;
    }

  return g_steal_pointer (&self);
}

const char *
hustings_committee_file_get_path (HustingsCommitteeFile *self)
{
  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (self), NULL);
  return self->path;
}

gboolean
hustings_committee_file_is_read_only (HustingsCommitteeFile *self)
{
  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (self), TRUE);
  return self->read_only;
}

HustingsCommittee *
hustings_committee_file_dup_committee (HustingsCommitteeFile *self)
{
  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (self), NULL);
  return hustings_committee_copy (self->committee);
}

const HustingsCommittee *
hustings_committee_file_peek_committee (HustingsCommitteeFile *self)
{
  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (self), NULL);
  return self->committee;
}

gboolean
hustings_committee_file_set_committee (HustingsCommitteeFile   *self,
                                       const HustingsCommittee *committee,
                                       GError                 **error)
{
  g_return_val_if_fail (HUSTINGS_IS_COMMITTEE_FILE (self), FALSE);

  if (!hustings_committee_file_check_writable (self, error) ||
      !hustings_committee_validate (committee, error) ||
      !hustings_committee_file_begin (self, error))
    return FALSE;

  if (!store_committee (self, committee, FALSE, error) || !load_committee (self, error))
    {
      hustings_committee_file_rollback (self);
      load_committee (self, NULL);
      return FALSE;
    }
  hustings_committee_file_changed (self, HUSTINGS_CHANGED_COMMITTEE);
  if (!hustings_committee_file_commit (self, error))
    {
      load_committee (self, NULL); /* back to what the file holds */
      return FALSE;
    }
  return TRUE;
}

static gint64
count (HustingsCommitteeFile *self, const char *sql)
{
  sqlite3_stmt *stmt = hustings_committee_file_prepare (self, sql, NULL);
  gint64 n = 0;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return n;
}

gint64
hustings_committee_file_count_contacts (HustingsCommitteeFile *self)
{
  return count (self, "SELECT count(*) FROM contact");
}

gint64
hustings_committee_file_count_donations (HustingsCommitteeFile *self)
{
  return count (self, "SELECT count(*) FROM donation");
}
