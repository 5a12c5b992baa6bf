-- Search that counts matches per case without reading a transaction row: V9's index gave transaction ids, and a
-- broad word ("2025", 50,000 of 100,000 rows) cost one row lookup each to learn the case and whether it is trashed.
-- Here the index's key carries the case, case_id × 2^32 + id (no vault comes near 2^32 transactions; neither a
-- transaction's id nor its case ever changes), and only live transactions are indexed: moving one to the trash takes
-- it out, restoring puts it back. Contentless like the screenshot lines' index: the transactions table holds the text.
-- The pair index is keyed the same way. Both are derived from the rows by triggers (their names start with the
-- full-text index's name, so recovery rebuilds them instead of copying them).
DROP TRIGGER transaction_search_insert;
DROP TRIGGER transaction_search_delete;
DROP TRIGGER transaction_search_update;
DROP TABLE transaction_search;
DROP TABLE transaction_search_bigrams;

CREATE VIRTUAL TABLE transaction_search USING fts5(
    counterparty, tx_ref, merchant_order_ref, method, note, amount,
    content = '', contentless_delete = 1, tokenize = 'trigram'
);
INSERT INTO transaction_search (rowid, counterparty, tx_ref, merchant_order_ref, method, note, amount)
SELECT (case_id << 32) + id, counterparty, tx_ref, merchant_order_ref, method, note, amount
FROM transactions WHERE trashed_ms IS NULL;

CREATE TABLE transaction_search_bigrams (
    gram    TEXT    NOT NULL,
    tx_key  INTEGER NOT NULL,
    PRIMARY KEY (gram, tx_key)
) WITHOUT ROWID;

INSERT OR IGNORE INTO transaction_search_bigrams (gram, tx_key)
SELECT substr(f.v, p.n, 2), f.k
FROM (SELECT (case_id << 32) + id AS k, counterparty AS v FROM transactions WHERE trashed_ms IS NULL
      UNION ALL SELECT (case_id << 32) + id, tx_ref FROM transactions WHERE trashed_ms IS NULL
      UNION ALL SELECT (case_id << 32) + id, merchant_order_ref FROM transactions WHERE trashed_ms IS NULL
      UNION ALL SELECT (case_id << 32) + id, method FROM transactions WHERE trashed_ms IS NULL
      UNION ALL SELECT (case_id << 32) + id, note FROM transactions WHERE trashed_ms IS NULL) f
CROSS JOIN transaction_search_positions p ON p.n < length(f.v)
WHERE unicode(substr(f.v, p.n, 1)) BETWEEN 11904 AND 40959
  AND unicode(substr(f.v, p.n + 1, 1)) BETWEEN 11904 AND 40959;

CREATE TRIGGER transaction_search_insert AFTER INSERT ON transactions WHEN new.trashed_ms IS NULL BEGIN
    INSERT INTO transaction_search (rowid, counterparty, tx_ref, merchant_order_ref, method, note, amount)
    VALUES ((new.case_id << 32) + new.id, new.counterparty, new.tx_ref, new.merchant_order_ref, new.method, new.note,
            new.amount);
    INSERT OR IGNORE INTO transaction_search_bigrams (gram, tx_key)
    SELECT substr(f.v, p.n, 2), (new.case_id << 32) + new.id
    FROM (SELECT new.counterparty AS v UNION ALL SELECT new.tx_ref UNION ALL SELECT new.merchant_order_ref
          UNION ALL SELECT new.method UNION ALL SELECT new.note) f
    CROSS JOIN transaction_search_positions p ON p.n < length(f.v)
    WHERE unicode(substr(f.v, p.n, 1)) BETWEEN 11904 AND 40959
      AND unicode(substr(f.v, p.n + 1, 1)) BETWEEN 11904 AND 40959;
END;

CREATE TRIGGER transaction_search_delete AFTER DELETE ON transactions WHEN old.trashed_ms IS NULL BEGIN
    DELETE FROM transaction_search WHERE rowid = (old.case_id << 32) + old.id;
    DELETE FROM transaction_search_bigrams WHERE tx_key = (old.case_id << 32) + old.id AND gram IN (
        SELECT substr(f.v, p.n, 2)
        FROM (SELECT old.counterparty AS v UNION ALL SELECT old.tx_ref UNION ALL SELECT old.merchant_order_ref
              UNION ALL SELECT old.method UNION ALL SELECT old.note) f
        CROSS JOIN transaction_search_positions p ON p.n < length(f.v));
END;

-- An edit, a move to the trash or a restore: the old values leave the index if they were in it, the new ones go in
-- if the transaction is live.
CREATE TRIGGER transaction_search_update
    AFTER UPDATE OF counterparty, tx_ref, merchant_order_ref, method, note, amount, trashed_ms ON transactions BEGIN
    DELETE FROM transaction_search WHERE rowid = (old.case_id << 32) + old.id AND old.trashed_ms IS NULL;
    DELETE FROM transaction_search_bigrams WHERE tx_key = (old.case_id << 32) + old.id AND gram IN (
        SELECT substr(f.v, p.n, 2)
        FROM (SELECT old.counterparty AS v UNION ALL SELECT old.tx_ref UNION ALL SELECT old.merchant_order_ref
              UNION ALL SELECT old.method UNION ALL SELECT old.note) f
        CROSS JOIN transaction_search_positions p ON p.n < length(f.v));
    INSERT INTO transaction_search (rowid, counterparty, tx_ref, merchant_order_ref, method, note, amount)
    SELECT (new.case_id << 32) + new.id, new.counterparty, new.tx_ref, new.merchant_order_ref, new.method, new.note,
           new.amount
    WHERE new.trashed_ms IS NULL;
    INSERT OR IGNORE INTO transaction_search_bigrams (gram, tx_key)
    SELECT substr(f.v, p.n, 2), (new.case_id << 32) + new.id
    FROM (SELECT new.counterparty AS v UNION ALL SELECT new.tx_ref UNION ALL SELECT new.merchant_order_ref
          UNION ALL SELECT new.method UNION ALL SELECT new.note) f
    CROSS JOIN transaction_search_positions p ON p.n < length(f.v)
    WHERE new.trashed_ms IS NULL
      AND unicode(substr(f.v, p.n, 1)) BETWEEN 11904 AND 40959
      AND unicode(substr(f.v, p.n + 1, 1)) BETWEEN 11904 AND 40959;
END;
