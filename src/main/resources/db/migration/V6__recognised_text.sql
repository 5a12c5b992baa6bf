-- Text recognised (OCR) in image exhibits. Derived data: it can be thrown away and read again from the originals at
-- any time, so `verify` does not treat it as evidence. Every line is kept, also those under a redaction box: the
-- boxes can change, so what is shown, searched or exported drops the lines under the exhibit's current redactions.
-- Boxes are in the pixel space of the stored original (before EXIF orientation), the same space as redactions.
CREATE TABLE evidence_text (
    evidence_id   INTEGER PRIMARY KEY REFERENCES evidence (id) ON DELETE CASCADE,
    engine        TEXT    NOT NULL,
    model_version TEXT    NOT NULL,
    recognised_ms INTEGER NOT NULL
);

-- The lines in reading order (line_no from 0): rows top to bottom, left to right within a row.
CREATE TABLE evidence_text_lines (
    evidence_id INTEGER NOT NULL REFERENCES evidence_text (evidence_id) ON DELETE CASCADE,
    line_no     INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    confidence  REAL    NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    x           INTEGER NOT NULL CHECK (x >= 0),
    y           INTEGER NOT NULL CHECK (y >= 0),
    w           INTEGER NOT NULL CHECK (w > 0),
    h           INTEGER NOT NULL CHECK (h > 0),
    PRIMARY KEY (evidence_id, line_no)
);

-- Exhibits waiting to be read, kept in the vault so the work resumes after the app is closed or crashes. A row is
-- removed in the same transaction that stores its text, so nothing is read twice; attempts and the last error keep
-- an image that cannot be read from being tried forever.
CREATE TABLE recognition_queue (
    evidence_id INTEGER PRIMARY KEY REFERENCES evidence (id) ON DELETE CASCADE,
    queued_ms   INTEGER NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT
);
CREATE INDEX recognition_queue_order ON recognition_queue (attempts, queued_ms, evidence_id);
