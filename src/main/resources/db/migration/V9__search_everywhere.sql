-- Search that answers at once over 100,000 transactions and the text read from 10,000 screenshots, for every kind of
-- query: a word, part of a reference number, an amount, a name, and two Chinese characters (a given name, "退款").
-- The trigram index finds any run of three or more characters; two characters are below its reach, so pairs of CJK
-- characters get an index of their own (a "bigram" table). Other one- or two-character queries ("eb", "5") still
-- scan: they match most rows anyway. All of it is derived from the rows by triggers: the tables' names start with
-- their full-text index's name, so recovery rebuilds them instead of copying them.

-- 1 … 10,000: the character positions the triggers walk to cut a value into pairs (triggers cannot recurse). A value
-- longer than that (no name, reference, note or screenshot line is) has its first 10,000 characters indexed in pairs.
CREATE TABLE transaction_search_positions (n INTEGER PRIMARY KEY);
WITH RECURSIVE p (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM p WHERE n < 10000)
INSERT INTO transaction_search_positions (n) SELECT n FROM p;

-- The amount joins the searched columns: "1250.00" finds the transaction of that amount.
DROP TRIGGER transaction_search_insert;
DROP TRIGGER transaction_search_delete;
DROP TRIGGER transaction_search_update;
DROP TABLE transaction_search;
CREATE VIRTUAL TABLE transaction_search USING fts5(
    counterparty, tx_ref, merchant_order_ref, method, note, amount,
    content = 'transactions', content_rowid = 'id', tokenize = 'trigram'
);
INSERT INTO transaction_search (transaction_search) VALUES ('rebuild');

-- Every pair of adjacent CJK characters (U+2E80 … U+9FFF: ideographs, kana, CJK punctuation; none has a case) in a
-- transaction's searched columns.
CREATE TABLE transaction_search_bigrams (
    gram   TEXT    NOT NULL,
    tx_id  INTEGER NOT NULL,
    PRIMARY KEY (gram, tx_id)
) WITHOUT ROWID;

INSERT OR IGNORE INTO transaction_search_bigrams (gram, tx_id)
SELECT substr(f.v, p.n, 2), f.id
FROM (SELECT id, counterparty AS v FROM transactions UNION ALL SELECT id, tx_ref FROM transactions
      UNION ALL SELECT id, merchant_order_ref FROM transactions UNION ALL SELECT id, method FROM transactions
      UNION ALL SELECT id, note FROM transactions) f
CROSS JOIN transaction_search_positions p ON p.n < length(f.v)
WHERE unicode(substr(f.v, p.n, 1)) BETWEEN 11904 AND 40959
  AND unicode(substr(f.v, p.n + 1, 1)) BETWEEN 11904 AND 40959;

CREATE TRIGGER transaction_search_insert AFTER INSERT ON transactions BEGIN
    INSERT INTO transaction_search (rowid, counterparty, tx_ref, merchant_order_ref, method, note, amount)
    VALUES (new.id, new.counterparty, new.tx_ref, new.merchant_order_ref, new.method, new.note, new.amount);
    INSERT OR IGNORE INTO transaction_search_bigrams (gram, tx_id)
    SELECT substr(f.v, p.n, 2), new.id
    FROM (SELECT new.counterparty AS v UNION ALL SELECT new.tx_ref UNION ALL SELECT new.merchant_order_ref
          UNION ALL SELECT new.method UNION ALL SELECT new.note) f
    CROSS JOIN transaction_search_positions p ON p.n < length(f.v)
    WHERE unicode(substr(f.v, p.n, 1)) BETWEEN 11904 AND 40959
      AND unicode(substr(f.v, p.n + 1, 1)) BETWEEN 11904 AND 40959;
END;

CREATE TRIGGER transaction_search_delete AFTER DELETE ON transactions BEGIN
    INSERT INTO transaction_search (transaction_search, rowid, counterparty, tx_ref, merchant_order_ref, method, note,
                                    amount)
    VALUES ('delete', old.id, old.counterparty, old.tx_ref, old.merchant_order_ref, old.method, old.note, old.amount);
    DELETE FROM transaction_search_bigrams WHERE tx_id = old.id AND gram IN (
        SELECT substr(f.v, p.n, 2)
        FROM (SELECT old.counterparty AS v UNION ALL SELECT old.tx_ref UNION ALL SELECT old.merchant_order_ref
              UNION ALL SELECT old.method UNION ALL SELECT old.note) f
        CROSS JOIN transaction_search_positions p ON p.n < length(f.v));
END;

CREATE TRIGGER transaction_search_update
    AFTER UPDATE OF counterparty, tx_ref, merchant_order_ref, method, note, amount ON transactions BEGIN
    INSERT INTO transaction_search (transaction_search, rowid, counterparty, tx_ref, merchant_order_ref, method, note,
                                    amount)
    VALUES ('delete', old.id, old.counterparty, old.tx_ref, old.merchant_order_ref, old.method, old.note, old.amount);
    INSERT INTO transaction_search (rowid, counterparty, tx_ref, merchant_order_ref, method, note, amount)
    VALUES (new.id, new.counterparty, new.tx_ref, new.merchant_order_ref, new.method, new.note, new.amount);
    DELETE FROM transaction_search_bigrams WHERE tx_id = old.id AND gram IN (
        SELECT substr(f.v, p.n, 2)
        FROM (SELECT old.counterparty AS v UNION ALL SELECT old.tx_ref UNION ALL SELECT old.merchant_order_ref
              UNION ALL SELECT old.method UNION ALL SELECT old.note) f
        CROSS JOIN transaction_search_positions p ON p.n < length(f.v));
    INSERT OR IGNORE INTO transaction_search_bigrams (gram, tx_id)
    SELECT substr(f.v, p.n, 2), new.id
    FROM (SELECT new.counterparty AS v UNION ALL SELECT new.tx_ref UNION ALL SELECT new.merchant_order_ref
          UNION ALL SELECT new.method UNION ALL SELECT new.note) f
    CROSS JOIN transaction_search_positions p ON p.n < length(f.v)
    WHERE unicode(substr(f.v, p.n, 1)) BETWEEN 11904 AND 40959
      AND unicode(substr(f.v, p.n + 1, 1)) BETWEEN 11904 AND 40959;
END;

-- The recognised lines of screenshots, the same two ways. A line's key is evidence_id × 2^20 + line_no (a line number
-- stays far below 2^20), so a match names its exhibit without a lookup, and the key survives VACUUM, unlike a rowid.
-- Contentless: the lines table holds the text; the index only finds it.
CREATE VIRTUAL TABLE evidence_text_search USING fts5(
    text, content = '', contentless_delete = 1, tokenize = 'trigram'
);
INSERT INTO evidence_text_search (rowid, text)
SELECT evidence_id * 1048576 + line_no, text FROM evidence_text_lines;

CREATE TABLE evidence_text_search_bigrams (
    gram     TEXT    NOT NULL,
    line_key INTEGER NOT NULL,
    PRIMARY KEY (gram, line_key)
) WITHOUT ROWID;

INSERT OR IGNORE INTO evidence_text_search_bigrams (gram, line_key)
SELECT substr(l.text, p.n, 2), l.evidence_id * 1048576 + l.line_no
FROM evidence_text_lines l CROSS JOIN transaction_search_positions p ON p.n < length(l.text)
WHERE unicode(substr(l.text, p.n, 1)) BETWEEN 11904 AND 40959
  AND unicode(substr(l.text, p.n + 1, 1)) BETWEEN 11904 AND 40959;

CREATE TRIGGER evidence_text_search_insert AFTER INSERT ON evidence_text_lines BEGIN
    INSERT INTO evidence_text_search (rowid, text) VALUES (new.evidence_id * 1048576 + new.line_no, new.text);
    INSERT OR IGNORE INTO evidence_text_search_bigrams (gram, line_key)
    SELECT substr(new.text, p.n, 2), new.evidence_id * 1048576 + new.line_no
    FROM transaction_search_positions p
    WHERE p.n < length(new.text)
      AND unicode(substr(new.text, p.n, 1)) BETWEEN 11904 AND 40959
      AND unicode(substr(new.text, p.n + 1, 1)) BETWEEN 11904 AND 40959;
END;

CREATE TRIGGER evidence_text_search_delete AFTER DELETE ON evidence_text_lines BEGIN
    DELETE FROM evidence_text_search WHERE rowid = old.evidence_id * 1048576 + old.line_no;
    DELETE FROM evidence_text_search_bigrams WHERE line_key = old.evidence_id * 1048576 + old.line_no AND gram IN (
        SELECT substr(old.text, p.n, 2) FROM transaction_search_positions p WHERE p.n < length(old.text));
END;

CREATE TRIGGER evidence_text_search_update AFTER UPDATE OF evidence_id, line_no, text ON evidence_text_lines BEGIN
    DELETE FROM evidence_text_search WHERE rowid = old.evidence_id * 1048576 + old.line_no;
    DELETE FROM evidence_text_search_bigrams WHERE line_key = old.evidence_id * 1048576 + old.line_no AND gram IN (
        SELECT substr(old.text, p.n, 2) FROM transaction_search_positions p WHERE p.n < length(old.text));
    INSERT INTO evidence_text_search (rowid, text) VALUES (new.evidence_id * 1048576 + new.line_no, new.text);
    INSERT OR IGNORE INTO evidence_text_search_bigrams (gram, line_key)
    SELECT substr(new.text, p.n, 2), new.evidence_id * 1048576 + new.line_no
    FROM transaction_search_positions p
    WHERE p.n < length(new.text)
      AND unicode(substr(new.text, p.n, 1)) BETWEEN 11904 AND 40959
      AND unicode(substr(new.text, p.n + 1, 1)) BETWEEN 11904 AND 40959;
END;

-- A search checks whether a matching exhibit has redaction boxes, and a case's evidence tab reads the boxes of every
-- exhibit: both by exhibit.
CREATE INDEX redactions_evidence ON redactions (evidence_id);
