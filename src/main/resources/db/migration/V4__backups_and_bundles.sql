-- Backups written of this vault: the newest one drives the "back up again" reminder.
CREATE TABLE backups (
    id       INTEGER PRIMARY KEY,
    at_ms    INTEGER NOT NULL,
    target   TEXT    NOT NULL,
    kind     TEXT    NOT NULL,
    blobs    INTEGER NOT NULL,
    bytes    INTEGER NOT NULL
);

-- Case bundles imported from another vault; bundle_id makes a second import of the same bundle recognisable.
-- No foreign key to cases: the record outlives a purged case, like the audit log.
CREATE TABLE imported_bundles (
    bundle_id      TEXT    PRIMARY KEY,
    sha256         TEXT    NOT NULL,
    case_id        INTEGER NOT NULL,
    source_case_id INTEGER NOT NULL,
    imported_ms    INTEGER NOT NULL,
    history_sha256 TEXT    NOT NULL,
    entries        INTEGER NOT NULL,
    audit_seq      INTEGER NOT NULL
);

-- The source vault's audit entries of an imported case, verbatim (their own seq, prev_hash and hash), so each
-- can still be checked; the local chain records the import with the digest of these entries.
CREATE TABLE imported_audit (
    bundle_id TEXT    NOT NULL REFERENCES imported_bundles (bundle_id),
    position  INTEGER NOT NULL,
    seq       INTEGER NOT NULL,
    at_ms     INTEGER NOT NULL,
    case_id   INTEGER,
    entity    TEXT    NOT NULL,
    entity_id INTEGER,
    action    TEXT    NOT NULL,
    detail    TEXT    NOT NULL,
    prev_hash TEXT    NOT NULL,
    hash      TEXT    NOT NULL,
    PRIMARY KEY (bundle_id, position)
);
CREATE TRIGGER imported_audit_no_update BEFORE UPDATE ON imported_audit
BEGIN
    SELECT RAISE(ABORT, 'imported audit history is append-only');
END;
CREATE TRIGGER imported_audit_no_delete BEFORE DELETE ON imported_audit
BEGIN
    SELECT RAISE(ABORT, 'imported audit history is append-only');
END;
