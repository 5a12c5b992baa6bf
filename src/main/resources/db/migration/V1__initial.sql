-- CaseVault schema v1. Times are epoch milliseconds (UTC) plus the zone they were recorded in;
-- money is a decimal string (never a float) plus an ISO 4217 code.

CREATE TABLE cases (
    id            INTEGER PRIMARY KEY,
    title         TEXT    NOT NULL,
    provider      TEXT    NOT NULL,
    account_ref   TEXT,
    category      TEXT    NOT NULL,
    facts         TEXT    NOT NULL DEFAULT '',
    amount        TEXT,
    currency      TEXT,
    status        TEXT    NOT NULL,
    incident_kind TEXT,
    incident_from TEXT,
    incident_to   TEXT,
    opened_on     TEXT    NOT NULL,
    window_days   INTEGER,
    created_ms    INTEGER NOT NULL,
    trashed_ms    INTEGER,
    sample        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE case_demands (
    case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT    NOT NULL,
    PRIMARY KEY (case_id, position)
);

CREATE TABLE case_tags (
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    tag     TEXT    NOT NULL,
    PRIMARY KEY (case_id, tag)
);

CREATE TABLE status_changes (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    at_ms       INTEGER NOT NULL,
    from_status TEXT,
    to_status   TEXT    NOT NULL,
    note        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX status_changes_case ON status_changes (case_id, at_ms);

CREATE TABLE transactions (
    id                 INTEGER PRIMARY KEY,
    case_id            INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    at_ms              INTEGER NOT NULL,
    zone               TEXT    NOT NULL,
    amount             TEXT    NOT NULL,
    currency           TEXT    NOT NULL,
    direction          TEXT    NOT NULL,
    counterparty       TEXT,
    tx_ref             TEXT,
    merchant_order_ref TEXT,
    method             TEXT,
    status             TEXT,
    note               TEXT,
    source_kind        TEXT    NOT NULL,
    source_sha256      TEXT,
    source_row         INTEGER,
    created_ms         INTEGER NOT NULL,
    trashed_ms         INTEGER
);
CREATE INDEX transactions_case ON transactions (case_id, at_ms);
CREATE INDEX transactions_ref ON transactions (case_id, tx_ref);

CREATE TABLE evidence (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    sha256         TEXT    NOT NULL,
    original_name  TEXT    NOT NULL,
    media_type     TEXT    NOT NULL,
    size           INTEGER NOT NULL,
    width          INTEGER,
    height         INTEGER,
    orientation    INTEGER NOT NULL DEFAULT 1,
    captured_ms    INTEGER,
    capture_source TEXT    NOT NULL,
    imported_ms    INTEGER NOT NULL,
    caption        TEXT    NOT NULL DEFAULT '',
    exhibit_no     INTEGER NOT NULL,
    trashed_ms     INTEGER,
    UNIQUE (case_id, sha256),
    UNIQUE (case_id, exhibit_no)
);
CREATE INDEX evidence_sha ON evidence (sha256);

CREATE TABLE evidence_tags (
    evidence_id INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    tag         TEXT    NOT NULL,
    PRIMARY KEY (evidence_id, tag)
);

-- Rectangles in the pixel space of the stored (un-rotated) image; the original stays untouched.
CREATE TABLE redactions (
    id          INTEGER PRIMARY KEY,
    evidence_id INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    x           INTEGER NOT NULL,
    y           INTEGER NOT NULL,
    w           INTEGER NOT NULL,
    h           INTEGER NOT NULL
);

CREATE TABLE followups (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    at_ms          INTEGER NOT NULL,
    zone           TEXT    NOT NULL,
    channel        TEXT    NOT NULL,
    direction      TEXT    NOT NULL,
    contact_person TEXT,
    ticket_ref     TEXT,
    summary        TEXT    NOT NULL,
    outcome        TEXT,
    due_date       TEXT,
    created_ms     INTEGER NOT NULL,
    trashed_ms     INTEGER
);
CREATE INDEX followups_case ON followups (case_id, at_ms);

CREATE TABLE evidence_links (
    evidence_id    INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    transaction_id INTEGER REFERENCES transactions (id) ON DELETE CASCADE,
    followup_id    INTEGER REFERENCES followups (id) ON DELETE CASCADE,
    CHECK ((transaction_id IS NULL) <> (followup_id IS NULL))
);
CREATE UNIQUE INDEX evidence_links_unique ON evidence_links (evidence_id, coalesce(transaction_id, 0), coalesce(followup_id, 0));

-- Append-only, hash-chained. No foreign keys: the log outlives purged rows.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at_ms     INTEGER NOT NULL,
    case_id   INTEGER,
    entity    TEXT    NOT NULL,
    entity_id INTEGER,
    action    TEXT    NOT NULL,
    detail    TEXT    NOT NULL,
    prev_hash TEXT    NOT NULL,
    hash      TEXT    NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Blobs moved into place whose evidence row is not committed yet: recovery removes those a crash left behind.
CREATE TABLE pending_blobs (
    sha256     TEXT PRIMARY KEY,
    started_ms INTEGER NOT NULL
);
