-- Hustings committee file schema.
--
-- This file is the single source of the schema. It is compiled into the program as a resource
-- and run on a new committee file; its last statement stamps PRAGMA user_version. An older file
-- is brought up to date by the migration steps in src/core/hustings-committee-file.c, each of
-- which leaves the file exactly as this script would have made it.
--
-- Conventions: money is INTEGER cents; dates are TEXT 'YYYY-MM-DD'; timestamps are TEXT
-- 'YYYY-MM-DDTHH:MM:SSZ' in UTC.

PRAGMA application_id = 1213551444; -- 'HUST'

-- The committee this file belongs to: exactly one row.
CREATE TABLE committee (
  id                 INTEGER PRIMARY KEY CHECK (id = 1),
  name               TEXT NOT NULL,
  fec_id             TEXT NOT NULL DEFAULT '' CHECK (fec_id = '' OR fec_id GLOB 'C[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
  committee_type     TEXT NOT NULL DEFAULT 'house' CHECK (committee_type IN ('house', 'senate', 'pac', 'party')),
  street1            TEXT NOT NULL DEFAULT '',
  street2            TEXT NOT NULL DEFAULT '',
  city               TEXT NOT NULL DEFAULT '',
  state              TEXT NOT NULL DEFAULT '',
  zip                TEXT NOT NULL DEFAULT '',
  email              TEXT NOT NULL DEFAULT '',
  treasurer_first    TEXT NOT NULL DEFAULT '',
  treasurer_last     TEXT NOT NULL DEFAULT '',
  candidate_first    TEXT NOT NULL DEFAULT '',
  candidate_last     TEXT NOT NULL DEFAULT '',
  candidate_office   TEXT NOT NULL DEFAULT '' CHECK (candidate_office IN ('', 'H', 'S', 'P')),
  candidate_state    TEXT NOT NULL DEFAULT '',
  candidate_district TEXT NOT NULL DEFAULT '',
  filing_frequency   TEXT NOT NULL DEFAULT 'Q' CHECK (filing_frequency IN ('Q', 'M')),
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
);

-- The elections of the committee's cycles: P2026 primary, G2026 general, R runoff, S special,
-- C convention, E recount, O other.
CREATE TABLE election (
  code  TEXT PRIMARY KEY CHECK (code GLOB '[PGRSCEO][0-9][0-9][0-9][0-9]'),
  date  TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  state TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE contact (
  id             INTEGER PRIMARY KEY,
  entity_type    TEXT NOT NULL DEFAULT 'IND'
                   -- (OR, not IN: SQLite builds a table for a longer IN list on every insert)
                   CHECK (entity_type = 'IND' OR entity_type = 'ORG' OR entity_type = 'PAC' OR
                          entity_type = 'PTY' OR entity_type = 'CCM' OR entity_type = 'CAN' OR
                          entity_type = 'COM'),
  prefix         TEXT NOT NULL DEFAULT '',
  first_name     TEXT NOT NULL DEFAULT '',
  middle_name    TEXT NOT NULL DEFAULT '',
  last_name      TEXT NOT NULL DEFAULT '',
  suffix         TEXT NOT NULL DEFAULT '',
  org_name       TEXT NOT NULL DEFAULT '',
  street1        TEXT NOT NULL DEFAULT '',
  street2        TEXT NOT NULL DEFAULT '',
  city           TEXT NOT NULL DEFAULT '',
  state          TEXT NOT NULL DEFAULT '',
  zip            TEXT NOT NULL DEFAULT '',
  employer       TEXT NOT NULL DEFAULT '',
  occupation     TEXT NOT NULL DEFAULT '',
  fec_id         TEXT NOT NULL DEFAULT '',
  notes          TEXT NOT NULL DEFAULT '',
  -- Kept by the data-access module: the name as lists show it ('Jane Q. Doe' or the
  -- organization), and 'doe, jane q' folded (lower case, no accents) to sort by.
  display_name   TEXT NOT NULL DEFAULT '',
  sort_name      TEXT NOT NULL DEFAULT '',
  -- Kept by the donation triggers below.
  last_gift_date TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  -- The import that created the contact (version 2; not indexed: only undoing an import
  -- looks for them, and keeping an index would slow every import).
  batch_id       INTEGER REFERENCES import_batch (id),
  -- Version 3: a PAC contact that is a multicandidate committee (its limit to a candidate is
  -- $5,000, not the individual one); the country of a foreign address ('' = United States).
  multicandidate INTEGER NOT NULL DEFAULT 0 CHECK (multicandidate IN (0, 1)),
  country        TEXT NOT NULL DEFAULT '',
  -- Version 4: the congressional district ('07'; '' unknown), and when the contact asked for
  -- no more campaign email (NULL: they may be emailed).
  district         TEXT NOT NULL DEFAULT '',
  email_opt_out_at TEXT
);
CREATE INDEX contact_sort_name ON contact (sort_name, id);
CREATE INDEX contact_place ON contact (state, city, id);
CREATE INDEX contact_employer ON contact (employer COLLATE NOCASE, id);
CREATE INDEX contact_last_gift ON contact (last_gift_date, id);

CREATE TABLE contact_email (
  id         INTEGER PRIMARY KEY,
  contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL DEFAULT 0,
  email      TEXT NOT NULL
);
CREATE INDEX contact_email_contact ON contact_email (contact_id, position);
CREATE INDEX contact_email_email ON contact_email (email COLLATE NOCASE);

CREATE TABLE contact_phone (
  id         INTEGER PRIMARY KEY,
  contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL DEFAULT 0,
  phone      TEXT NOT NULL
);
CREATE INDEX contact_phone_contact ON contact_phone (contact_id, position);

CREATE TABLE tag (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE contact_tag (
  contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  tag_id     INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
  PRIMARY KEY (contact_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX contact_tag_tag ON contact_tag (tag_id, contact_id);

-- Full-text search over name, email, city, ZIP and employer; rowid = contact.id.
CREATE VIRTUAL TABLE contact_fts USING fts5 (
  name, email, city, zip, employer,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

CREATE TRIGGER contact_fts_insert AFTER INSERT ON contact BEGIN
  INSERT INTO contact_fts (rowid, name, email, city, zip, employer)
  VALUES (NEW.id,
          NEW.prefix || ' ' || NEW.first_name || ' ' || NEW.middle_name || ' ' || NEW.last_name
            || ' ' || NEW.suffix || ' ' || NEW.org_name,
          '', NEW.city, NEW.zip, NEW.employer);
END;

CREATE TRIGGER contact_fts_update AFTER UPDATE OF prefix, first_name, middle_name, last_name,
  suffix, org_name, city, zip, employer ON contact BEGIN
  UPDATE contact_fts
     SET name = NEW.prefix || ' ' || NEW.first_name || ' ' || NEW.middle_name || ' '
                || NEW.last_name || ' ' || NEW.suffix || ' ' || NEW.org_name,
         city = NEW.city, zip = NEW.zip, employer = NEW.employer
   WHERE rowid = NEW.id;
END;

CREATE TRIGGER contact_fts_delete AFTER DELETE ON contact BEGIN
  DELETE FROM contact_fts WHERE rowid = OLD.id;
END;

CREATE TRIGGER contact_email_fts_insert AFTER INSERT ON contact_email BEGIN
  UPDATE contact_fts
     SET email = (SELECT group_concat(email, ' ') FROM contact_email WHERE contact_id = NEW.contact_id)
   WHERE rowid = NEW.contact_id;
END;

CREATE TRIGGER contact_email_fts_delete AFTER DELETE ON contact_email BEGIN
  UPDATE contact_fts
     SET email = coalesce((SELECT group_concat(email, ' ') FROM contact_email
                            WHERE contact_id = OLD.contact_id), '')
   WHERE rowid = OLD.contact_id;
END;

-- Receipts. A refund is a negative receipt whose refund_of names the original.
CREATE TABLE donation (
  id                INTEGER PRIMARY KEY,
  contact_id        INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  date_received     TEXT NOT NULL CHECK (date_received GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  amount_cents      INTEGER NOT NULL CHECK (amount_cents <> 0),
  method            TEXT NOT NULL DEFAULT 'check'
                      CHECK (method = 'check' OR method = 'cash' OR method = 'card' OR
                             method = 'in-kind' OR method = 'processor'),
  -- The election the gift counts toward, e.g. 'P2026'; election_presumed = 1 when the donor did
  -- not designate it and it was presumed from the date (the next election after receipt).
  election          TEXT,
  election_presumed INTEGER NOT NULL DEFAULT 0 CHECK (election_presumed IN (0, 1)),
  -- The two-year period ending with the general election that the receipt date falls in.
  cycle             INTEGER NOT NULL,
  check_number      TEXT NOT NULL DEFAULT '',
  source            TEXT NOT NULL DEFAULT '',
  source_id         TEXT,
  memo              TEXT NOT NULL DEFAULT '',
  refund_of         INTEGER REFERENCES donation (id) ON DELETE CASCADE,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  -- Version 2: the import that brought it in (not indexed, as for contacts); the FEC ID of
  -- the conduit it was earmarked
  -- through (ActBlue C00401224, WinRed C00694323); the processor's fee; part of a recurring
  -- series.
  batch_id          INTEGER REFERENCES import_batch (id),
  conduit           TEXT NOT NULL DEFAULT '',
  fee_cents         INTEGER NOT NULL DEFAULT 0,
  recurring         INTEGER NOT NULL DEFAULT 0 CHECK (recurring IN (0, 1)),
  -- Version 3: the Schedule A line when it is not the contributor's usual one ('' = from the
  -- contact: IND 11(a)(i), PTY 11(b), PAC/CCM/COM 11(c), CAN 11(d); otherwise 'SA12',
  -- 'SA13A', 'SA13B', 'SA14', 'SA15', 'SA16', 'SA17'…); the FEC transaction id a .fec import
  -- brought (NULL: Hustings makes one from the id, the same in every amendment); and for a
  -- redesignation or reattribution, the receipt it moves money from (the pair of memo rows:
  -- a negative one on the original donor and election, a positive one on the new).
  receipt_line      TEXT NOT NULL DEFAULT '',
  tran_id           TEXT,
  adjusts           INTEGER REFERENCES donation (id) ON DELETE CASCADE,
  adjustment        TEXT NOT NULL DEFAULT ''
                      CHECK (adjustment IN ('', 'redesignation', 'reattribution')),
  -- Version 4: the event a ticket or gift at the door was for.
  event_id          INTEGER REFERENCES event (id) ON DELETE SET NULL,
  CHECK (refund_of IS NULL OR amount_cents < 0),
  UNIQUE (source, source_id)
);
CREATE INDEX donation_contact ON donation (contact_id, date_received);
CREATE INDEX donation_date ON donation (date_received, id, amount_cents);
CREATE INDEX donation_amount ON donation (amount_cents, id, date_received);
CREATE INDEX donation_refund_of ON donation (refund_of) WHERE refund_of IS NOT NULL;
CREATE INDEX donation_adjusts ON donation (adjusts) WHERE adjusts IS NOT NULL;
-- Version 3: the rows a .fec import brought, by the filing's transaction id (Hustings' own
-- rows have none, so imports of processor exports pay nothing for it).
CREATE INDEX donation_tran_id ON donation (upper (tran_id)) WHERE tran_id IS NOT NULL;

-- Per-contact totals, kept by the triggers below so they are right after any add, edit, re-date
-- or delete. period is 'E:<election>' (per election, for limits), 'C:<cycle>' (per cycle) or
-- 'Y:<calendar year>'. gift_count counts positive receipts only.
CREATE TABLE contact_total (
  contact_id  INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  period      TEXT NOT NULL,
  total_cents INTEGER NOT NULL,
  gift_count  INTEGER NOT NULL,
  PRIMARY KEY (contact_id, period)
) WITHOUT ROWID;
CREATE INDEX contact_total_period ON contact_total (period, total_cents, contact_id);

CREATE TRIGGER donation_totals_insert AFTER INSERT ON donation BEGIN
  INSERT INTO contact_total (contact_id, period, total_cents, gift_count)
  SELECT NEW.contact_id, p.period, NEW.amount_cents, NEW.amount_cents > 0
    FROM (SELECT 'C:' || NEW.cycle AS period
          UNION ALL SELECT 'Y:' || substr(NEW.date_received, 1, 4)
          UNION ALL SELECT 'E:' || NEW.election WHERE NEW.election IS NOT NULL) AS p
   WHERE true
  ON CONFLICT (contact_id, period) DO UPDATE
     SET total_cents = total_cents + excluded.total_cents,
         gift_count = gift_count + excluded.gift_count;
  UPDATE contact SET last_gift_date = NEW.date_received
   WHERE id = NEW.contact_id AND NEW.amount_cents > 0
     AND (last_gift_date IS NULL OR last_gift_date < NEW.date_received);
END;

CREATE TRIGGER donation_totals_delete AFTER DELETE ON donation BEGIN
  UPDATE contact_total
     SET total_cents = total_cents - OLD.amount_cents,
         gift_count = gift_count - (OLD.amount_cents > 0)
   WHERE contact_id = OLD.contact_id
     AND period IN ('C:' || OLD.cycle, 'Y:' || substr(OLD.date_received, 1, 4),
                    'E:' || OLD.election);
  DELETE FROM contact_total
   WHERE contact_id = OLD.contact_id AND total_cents = 0 AND gift_count = 0;
  UPDATE contact
     SET last_gift_date = (SELECT max(date_received) FROM donation
                            WHERE contact_id = OLD.contact_id AND amount_cents > 0)
   WHERE id = OLD.contact_id AND last_gift_date = OLD.date_received;
END;

CREATE TRIGGER donation_totals_update AFTER UPDATE OF contact_id, date_received, amount_cents,
  election, cycle ON donation BEGIN
  UPDATE contact_total
     SET total_cents = total_cents - OLD.amount_cents,
         gift_count = gift_count - (OLD.amount_cents > 0)
   WHERE contact_id = OLD.contact_id
     AND period IN ('C:' || OLD.cycle, 'Y:' || substr(OLD.date_received, 1, 4),
                    'E:' || OLD.election);
  DELETE FROM contact_total
   WHERE contact_id = OLD.contact_id AND total_cents = 0 AND gift_count = 0;
  INSERT INTO contact_total (contact_id, period, total_cents, gift_count)
  SELECT NEW.contact_id, p.period, NEW.amount_cents, NEW.amount_cents > 0
    FROM (SELECT 'C:' || NEW.cycle AS period
          UNION ALL SELECT 'Y:' || substr(NEW.date_received, 1, 4)
          UNION ALL SELECT 'E:' || NEW.election WHERE NEW.election IS NOT NULL) AS p
   WHERE true
  ON CONFLICT (contact_id, period) DO UPDATE
     SET total_cents = total_cents + excluded.total_cents,
         gift_count = gift_count + excluded.gift_count;
  UPDATE contact
     SET last_gift_date = (SELECT max(date_received) FROM donation
                            WHERE contact_id = contact.id AND amount_cents > 0)
   WHERE id IN (OLD.contact_id, NEW.contact_id);
END;

-- Imports (version 2). One row per file brought in, with its summary. Undoing an import deletes
-- its donations and the contacts it created, puts back the contact fields it changed, and
-- stamps undone_at; the row stays as history.
CREATE TABLE import_batch (
  id                 INTEGER PRIMARY KEY,
  kind               TEXT NOT NULL CHECK (kind IN ('donations', 'contacts', 'disbursements',
                                                    'filing')),
  format             TEXT NOT NULL,
  file_name          TEXT NOT NULL,
  imported_at        TEXT NOT NULL,
  rows_read          INTEGER NOT NULL DEFAULT 0,
  contacts_created   INTEGER NOT NULL DEFAULT 0,
  contacts_matched   INTEGER NOT NULL DEFAULT 0,
  contacts_updated   INTEGER NOT NULL DEFAULT 0,
  donations_added    INTEGER NOT NULL DEFAULT 0,
  refunds_added      INTEGER NOT NULL DEFAULT 0,
  duplicates_skipped INTEGER NOT NULL DEFAULT 0,
  rows_rejected      INTEGER NOT NULL DEFAULT 0,
  total_cents        INTEGER NOT NULL DEFAULT 0,
  undone_at          TEXT
);

-- Rows an import skipped because they could not be taken, with the line and the reason.
CREATE TABLE import_rejection (
  batch_id INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
  line     INTEGER NOT NULL,
  reason   TEXT NOT NULL,
  PRIMARY KEY (batch_id, line)
) WITHOUT ROWID;

-- What an import changed on contacts it matched: field is 'employer', 'occupation', 'street1'…
-- for a value it replaced, or 'email:<address>', 'phone:<number>', 'tag:<name>' for one it
-- added. Undo puts old_value back where the field still holds new_value.
CREATE TABLE import_change (
  batch_id   INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
  contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  field      TEXT NOT NULL,
  old_value  TEXT NOT NULL,
  new_value  TEXT NOT NULL,
  PRIMARY KEY (batch_id, contact_id, field)
) WITHOUT ROWID;

-- Column mappings the user saved for generic files: mapping holds 'field=Column header' lines.
CREATE TABLE import_mapping (
  name    TEXT PRIMARY KEY,
  kind    TEXT NOT NULL CHECK (kind IN ('donations', 'contacts', 'disbursements')),
  mapping TEXT NOT NULL
) WITHOUT ROWID;

-- Version 3: disbursements, contribution limits, reports.

-- Money paid out. line is the Schedule B line it is reported on: Form 3 SB17 operating
-- expenditures, SB18 transfers, SB19A/B loan repayments, SB20A/B/C contribution refunds, SB21
-- other; Form 3X SB21B, SB22, SB23, SB26, SB27, SB28A/B/C, SB29, SB30B. A memo entry
-- (memo_entry = 1, e.g. the items of a credit-card payment) is itemized but not added into
-- the summary. category is the FEC's code '001'…'012' or ''.
CREATE TABLE disbursement (
  id            INTEGER PRIMARY KEY,
  contact_id    INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  date_paid     TEXT NOT NULL CHECK (date_paid GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  amount_cents  INTEGER NOT NULL CHECK (amount_cents <> 0),
  purpose       TEXT NOT NULL DEFAULT '',
  category      TEXT NOT NULL DEFAULT '' CHECK (category = '' OR category GLOB '0[01][0-9]'),
  line          TEXT NOT NULL DEFAULT 'SB17'
                  CHECK (line IN ('SB17', 'SB18', 'SB19A', 'SB19B', 'SB20A', 'SB20B', 'SB20C',
                                  'SB21', 'SB21B', 'SB22', 'SB23', 'SB26', 'SB27', 'SB28A',
                                  'SB28B', 'SB28C', 'SB29', 'SB30B')),
  election      TEXT,
  check_number  TEXT NOT NULL DEFAULT '',
  memo          TEXT NOT NULL DEFAULT '',
  memo_entry    INTEGER NOT NULL DEFAULT 0 CHECK (memo_entry IN (0, 1)),
  source        TEXT NOT NULL DEFAULT '',
  source_id     TEXT,
  tran_id       TEXT,
  batch_id      INTEGER REFERENCES import_batch (id),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  UNIQUE (source, source_id)
);
CREATE INDEX disbursement_date ON disbursement (date_paid, id);
CREATE INDEX disbursement_contact ON disbursement (contact_id, date_paid);
CREATE INDEX disbursement_tran_id ON disbursement (upper (tran_id)) WHERE tran_id IS NOT NULL;

-- Contribution limits, as data: a new cycle is a row. recipient 'candidate' is an authorized
-- committee (limit per election, the row chosen by the election's date); 'pac' a PAC or party
-- committee (limit per calendar year, chosen by the receipt date). contributor is the contact's
-- entity type, with 'MCPAC' for a multicandidate PAC. The row that applies has the latest
-- effective_from on or before that date. limit_cents NULL: no limit (a candidate's own funds).
CREATE TABLE contribution_limit (
  recipient      TEXT NOT NULL CHECK (recipient IN ('candidate', 'pac')),
  contributor    TEXT NOT NULL
                   CHECK (contributor IN ('IND', 'PAC', 'MCPAC', 'PTY', 'CCM', 'COM', 'CAN')),
  effective_from TEXT NOT NULL,
  limit_cents    INTEGER CHECK (limit_cents IS NULL OR limit_cents > 0),
  PRIMARY KEY (recipient, contributor, effective_from)
) WITHOUT ROWID;

INSERT INTO contribution_limit VALUES
  -- Elections from Nov 9, 2022 (2023-24) and from Nov 6, 2024 (2025-26).
  ('candidate', 'IND',   '2022-11-09', 330000), ('candidate', 'IND',   '2024-11-06', 350000),
  ('candidate', 'PAC',   '2022-11-09', 330000), ('candidate', 'PAC',   '2024-11-06', 350000),
  ('candidate', 'COM',   '2022-11-09', 330000), ('candidate', 'COM',   '2024-11-06', 350000),
  ('candidate', 'MCPAC', '2022-11-09', 500000),
  ('candidate', 'PTY',   '2022-11-09', 500000),
  ('candidate', 'CCM',   '2022-11-09', 200000),
  ('candidate', 'CAN',   '2022-11-09', NULL),
  ('pac', 'IND',   '2023-01-01', 500000), ('pac', 'PAC', '2023-01-01', 500000),
  ('pac', 'COM',   '2023-01-01', 500000), ('pac', 'MCPAC', '2023-01-01', 500000),
  ('pac', 'PTY',   '2023-01-01', 500000), ('pac', 'CCM', '2023-01-01', 500000),
  ('pac', 'CAN',   '2023-01-01', 500000);

-- Reports (Form 3 or 3X): made here, or brought in by a .fec import as the committee's prior
-- filings. code is the FEC report code (Q1, Q2, Q3, YE, 12P, 12G, 30G, TER, M2…); election and
-- election_date name the election of a pre- or post-election report. amendment is 0 for the
-- original, N for the N-th amendment of the filing original_fec_id ('FEC-1234567'). fec_id is
-- the id the FEC gave this filing. A report with filed_at set is frozen: its summary is kept in
-- report_line and carried forward.
CREATE TABLE report (
  id              INTEGER PRIMARY KEY,
  form            TEXT NOT NULL CHECK (form IN ('F3', 'F3X')),
  code            TEXT NOT NULL,
  election        TEXT,
  election_date   TEXT,
  election_state  TEXT NOT NULL DEFAULT '',
  coverage_from   TEXT NOT NULL CHECK (coverage_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  coverage_to     TEXT NOT NULL CHECK (coverage_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  amendment       INTEGER NOT NULL DEFAULT 0 CHECK (amendment >= 0),
  original_fec_id TEXT NOT NULL DEFAULT '',
  fec_id          TEXT NOT NULL DEFAULT '',
  termination     INTEGER NOT NULL DEFAULT 0 CHECK (termination IN (0, 1)),
  origin          TEXT NOT NULL DEFAULT 'hustings' CHECK (origin IN ('hustings', 'imported')),
  batch_id        INTEGER REFERENCES import_batch (id),
  date_signed     TEXT,
  filed_at        TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  CHECK (coverage_from <= coverage_to)
);
CREATE INDEX report_coverage ON report (coverage_to, id);

-- Summary lines of a report, by the line's FEC name without its column suffix ('6a', '11ai',
-- '27' …; the fecfile-validate names L11ai_… give them), column 'A' (this period) or 'B'
-- (cycle- or year-to-date). kind 'filed': the figure as filed (an imported or frozen report).
-- kind 'unitemized': in an imported report, the part of a column A line the filing gave only
-- as a total (unitemized receipts, small disbursements), added to what the rows give.
CREATE TABLE report_line (
  report_id    INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
  kind         TEXT NOT NULL CHECK (kind IN ('filed', 'unitemized')),
  line         TEXT NOT NULL,
  col          TEXT NOT NULL CHECK (col IN ('A', 'B')),
  amount_cents INTEGER NOT NULL,
  PRIMARY KEY (report_id, kind, line, col)
) WITHOUT ROWID;

-- What a contributor had given before the receipts a .fec import brought: the filing's
-- aggregate on the contributor's last day in it, less what the file held up to that day.
-- period is 'C:<cycle>' (Form 3) or 'Y:<year>' (Form 3X). line is the Schedule A aggregation
-- group: '' for contributions (lines 11(a)-(d)), which contact_total includes; otherwise the
-- other receipt line ('SA15', 'SA17'...), which only the reports' aggregates start from.
CREATE TABLE contact_opening (
  contact_id   INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  period       TEXT NOT NULL,
  line         TEXT NOT NULL DEFAULT '',
  amount_cents INTEGER NOT NULL,
  batch_id     INTEGER REFERENCES import_batch (id),
  PRIMARY KEY (contact_id, period, line)
) WITHOUT ROWID;

-- TEXT memos of a report: report-level (back_ref_tran_id NULL) or about one transaction.
CREATE TABLE report_text (
  id               INTEGER PRIMARY KEY,
  report_id        INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
  tran_id          TEXT NOT NULL,
  back_ref_tran_id TEXT,
  back_ref_form    TEXT NOT NULL DEFAULT '',
  text             TEXT NOT NULL
);
CREATE INDEX report_text_report ON report_text (report_id);

-- Version 4: volunteers, events and outreach ------------------------------------------------

-- A contact who volunteers.
CREATE TABLE volunteer (
  contact_id      INTEGER PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,
  status          TEXT NOT NULL DEFAULT 'active'
                    CHECK (status = 'prospect' OR status = 'active' OR status = 'inactive'),
  emergency_name  TEXT NOT NULL DEFAULT '',
  emergency_phone TEXT NOT NULL DEFAULT '',
  notes           TEXT NOT NULL DEFAULT '',
  since           TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);

-- What a volunteer can do: 'canvassing', 'phone banking', 'data entry', 'driving',
-- 'Spanish'… (free words; the app suggests the common ones).
CREATE TABLE volunteer_skill (
  contact_id INTEGER NOT NULL REFERENCES volunteer (contact_id) ON DELETE CASCADE,
  skill      TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY (contact_id, skill)
) WITHOUT ROWID;
CREATE INDEX volunteer_skill_skill ON volunteer_skill (skill, contact_id);

-- When a volunteer is free: ISO weekday (1 Monday … 7 Sunday) and local times 'HH:MM'.
CREATE TABLE volunteer_availability (
  contact_id INTEGER NOT NULL REFERENCES volunteer (contact_id) ON DELETE CASCADE,
  weekday    INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  starts     TEXT NOT NULL,
  ends       TEXT NOT NULL CHECK (ends > starts),
  PRIMARY KEY (contact_id, weekday, starts)
) WITHOUT ROWID;

-- Fundraisers, town halls, phone banks, canvasses…: local date and times, capacity (0: no
-- limit) and fundraising goal.
CREATE TABLE event (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL DEFAULT 'other'
                CHECK (kind = 'fundraiser' OR kind = 'town-hall' OR kind = 'phone-bank' OR
                       kind = 'canvass' OR kind = 'meeting' OR kind = 'other'),
  date        TEXT NOT NULL,
  starts      TEXT NOT NULL DEFAULT '',
  ends        TEXT NOT NULL DEFAULT '',
  place       TEXT NOT NULL DEFAULT '',
  address     TEXT NOT NULL DEFAULT '',
  capacity    INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),
  goal_cents  INTEGER NOT NULL DEFAULT 0 CHECK (goal_cents >= 0),
  notes       TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX event_date ON event (date, id);
-- An event's tickets and gifts (its revenue), and clearing them when it is deleted.
CREATE INDEX donation_event ON donation (event_id) WHERE event_id IS NOT NULL;

-- An event's shifts: a role, local times and how many people it needs.
CREATE TABLE shift (
  id       INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  role     TEXT NOT NULL,
  starts   TEXT NOT NULL,
  ends     TEXT NOT NULL CHECK (ends > starts),
  slots    INTEGER NOT NULL DEFAULT 1 CHECK (slots >= 1)
);
CREATE INDEX shift_event ON shift (event_id, starts);

-- Who signed up for a shift; checked in when they came, and the minutes worked (logged at
-- check-in as the shift's length, editable).
CREATE TABLE shift_signup (
  shift_id      INTEGER NOT NULL REFERENCES shift (id) ON DELETE CASCADE,
  contact_id    INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  signed_up_at  TEXT NOT NULL,
  checked_in_at TEXT,
  minutes       INTEGER CHECK (minutes >= 0),
  PRIMARY KEY (shift_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX shift_signup_contact ON shift_signup (contact_id, shift_id);

-- Invitations and RSVPs (with the guests they bring), and check-in at the door.
CREATE TABLE event_guest (
  event_id      INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  contact_id    INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  rsvp          TEXT NOT NULL DEFAULT 'invited'
                  CHECK (rsvp = 'invited' OR rsvp = 'yes' OR rsvp = 'no' OR rsvp = 'maybe'),
  guests        INTEGER NOT NULL DEFAULT 0 CHECK (guests >= 0),
  checked_in_at TEXT,
  updated_at    TEXT NOT NULL,
  PRIMARY KEY (event_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX event_guest_contact ON event_guest (contact_id, event_id);

-- The interaction log: calls, emails, meetings, letters, texts, door knocks.
CREATE TABLE interaction (
  id          INTEGER PRIMARY KEY,
  contact_id  INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  kind        TEXT NOT NULL
                CHECK (kind = 'call' OR kind = 'email' OR kind = 'meeting' OR kind = 'letter' OR
                       kind = 'text' OR kind = 'door' OR kind = 'other'),
  occurred_at TEXT NOT NULL,
  outcome     TEXT NOT NULL DEFAULT '',
  notes       TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL
);
CREATE INDEX interaction_contact ON interaction (contact_id, occurred_at);

-- Saved segments: a name and the rules of the filter builder (GVariant text, see
-- hustings-segment.h).
CREATE TABLE segment (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
  rules      TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Tasks and reminders, on a contact or not. A task an automatic rule made names the rule and
-- what it is about (the donation, the signup…), so that the rule makes it once.
CREATE TABLE task (
  id         INTEGER PRIMARY KEY,
  title      TEXT NOT NULL,
  notes      TEXT NOT NULL DEFAULT '',
  due_date   TEXT,
  contact_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,
  done_at    TEXT,
  rule       TEXT,
  rule_key   TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (rule, rule_key)
);
CREATE INDEX task_open ON task (done_at, due_date);
CREATE INDEX task_contact ON task (contact_id) WHERE contact_id IS NOT NULL;

-- The automatic task rules, each off until the user switches it on: thank each new donor
-- within days; follow up itemized donors missing employer or occupation (best efforts, days
-- after the gift); remind volunteers days before their shift.
CREATE TABLE task_rule (
  rule    TEXT PRIMARY KEY,
  enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
  days    INTEGER NOT NULL CHECK (days >= 0)
) WITHOUT ROWID;
INSERT INTO task_rule (rule, days) VALUES
  ('thank-donor', 7), ('best-efforts', 30), ('shift-reminder', 1);

-- Letter and email templates with merge fields ({first_name}, {amount}, {cycle_total}…).
CREATE TABLE template (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
  kind       TEXT NOT NULL CHECK (kind = 'letter' OR kind = 'email'),
  subject    TEXT NOT NULL DEFAULT '',
  body       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- The committee's outgoing mail server (one row). Its password is in the desktop keyring,
-- never here.
CREATE TABLE mail_server (
  id            INTEGER PRIMARY KEY CHECK (id = 1),
  host          TEXT NOT NULL DEFAULT '',
  port          INTEGER NOT NULL DEFAULT 587,
  security      TEXT NOT NULL DEFAULT 'starttls'
                  CHECK (security = 'starttls' OR security = 'tls' OR security = 'none'),
  username      TEXT NOT NULL DEFAULT '',
  from_name     TEXT NOT NULL DEFAULT '',
  from_address  TEXT NOT NULL DEFAULT '',
  per_minute    INTEGER NOT NULL DEFAULT 30 CHECK (per_minute >= 1)
);
INSERT INTO mail_server (id) VALUES (1);

PRAGMA user_version = 4;
