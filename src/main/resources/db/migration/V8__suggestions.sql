-- What CaseVault proposes from the text it read in an exhibit: a link to a recorded transaction, a transaction to
-- record, a caption, a redaction box over personal data, the time the screenshot shows. Proposals are derived from the
-- recognised text and the case's transactions and recomputed when either changes; the user's decisions (accepted,
-- dismissed) are kept, so a dismissed proposal is not offered again. `proposal_key` names a proposal within its
-- exhibit and kind (the transaction linked, the box covered …); `detail` is its JSON; `applied` is the JSON of what
-- accepting it changed, so it can be undone. `automatic` marks what CaseVault applied by itself (an exact order or
-- transaction number match), audited and undoable like the rest. Suggestions do not travel in case bundles (their
-- details name this vault's row ids): the receiving vault proposes them afresh from the text it reads.
CREATE TABLE suggestions (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    evidence_id  INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL CHECK (kind IN ('link', 'transaction', 'caption', 'redaction', 'time')),
    proposal_key TEXT    NOT NULL,
    detail       TEXT    NOT NULL,
    confidence   REAL    NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    state        TEXT    NOT NULL CHECK (state IN ('open', 'accepted', 'dismissed')),
    automatic    INTEGER NOT NULL DEFAULT 0,
    applied      TEXT,
    created_ms   INTEGER NOT NULL,
    decided_ms   INTEGER,
    UNIQUE (evidence_id, kind, proposal_key)
);
CREATE INDEX suggestions_case ON suggestions (case_id, state);

-- The time an exhibit shows (the payment time on a screenshot), once the user accepted it: the timeline and the
-- chronology place the exhibit there. Stored like every time: UTC milliseconds and the zone it was read in.
CREATE TABLE evidence_event_times (
    evidence_id   INTEGER PRIMARY KEY REFERENCES evidence (id) ON DELETE CASCADE,
    at_ms         INTEGER NOT NULL,
    zone          TEXT    NOT NULL,
    precision     TEXT    NOT NULL CHECK (precision IN ('DAY', 'MINUTE', 'SECOND'))
);
