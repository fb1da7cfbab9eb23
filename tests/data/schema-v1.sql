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
                   CHECK (entity_type IN ('IND', 'ORG', 'PAC', 'PTY', 'CCM', 'CAN', 'COM')),
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
  updated_at     TEXT NOT NULL
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
                      CHECK (method IN ('check', 'cash', 'card', 'in-kind', 'processor')),
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
  CHECK (refund_of IS NULL OR amount_cents < 0),
  UNIQUE (source, source_id)
);
CREATE INDEX donation_contact ON donation (contact_id, date_received);
CREATE INDEX donation_date ON donation (date_received, id, amount_cents);
CREATE INDEX donation_amount ON donation (amount_cents, id, date_received);
CREATE INDEX donation_refund_of ON donation (refund_of) WHERE refund_of IS NOT NULL;

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

PRAGMA user_version = 1;
