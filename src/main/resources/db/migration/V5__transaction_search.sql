-- Full-text index over what people search transactions by: counterparty, reference numbers, method and note.
-- The trigram tokenizer matches any run of three or more characters anywhere in a value, so a Chinese name, part
-- of a 28-digit reference or a merchant's name are all found the same way. External content: the index keeps no
-- second copy of the text; the triggers keep it in step with the transactions table.
CREATE VIRTUAL TABLE transaction_search USING fts5(
    counterparty, tx_ref, merchant_order_ref, method, note,
    content = 'transactions', content_rowid = 'id', tokenize = 'trigram'
);

INSERT INTO transaction_search (transaction_search) VALUES ('rebuild');

CREATE TRIGGER transaction_search_insert AFTER INSERT ON transactions BEGIN
    INSERT INTO transaction_search (rowid, counterparty, tx_ref, merchant_order_ref, method, note)
    VALUES (new.id, new.counterparty, new.tx_ref, new.merchant_order_ref, new.method, new.note);
END;

CREATE TRIGGER transaction_search_delete AFTER DELETE ON transactions BEGIN
    INSERT INTO transaction_search (transaction_search, rowid, counterparty, tx_ref, merchant_order_ref, method, note)
    VALUES ('delete', old.id, old.counterparty, old.tx_ref, old.merchant_order_ref, old.method, old.note);
END;

CREATE TRIGGER transaction_search_update
    AFTER UPDATE OF counterparty, tx_ref, merchant_order_ref, method, note ON transactions BEGIN
    INSERT INTO transaction_search (transaction_search, rowid, counterparty, tx_ref, merchant_order_ref, method, note)
    VALUES ('delete', old.id, old.counterparty, old.tx_ref, old.merchant_order_ref, old.method, old.note);
    INSERT INTO transaction_search (rowid, counterparty, tx_ref, merchant_order_ref, method, note)
    VALUES (new.id, new.counterparty, new.tx_ref, new.merchant_order_ref, new.method, new.note);
END;
