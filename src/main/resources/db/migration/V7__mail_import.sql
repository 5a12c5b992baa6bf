-- E-mail import (V7; V6 is taken by text recognition on another branch). A follow-up made from an e-mail keeps the
-- message's identity (its Message-ID, else the SHA-256 of its bytes), so importing it again is recognised, and the
-- id of its conversation, so the timeline can group a thread.
ALTER TABLE followups ADD COLUMN mail_key TEXT;
ALTER TABLE followups ADD COLUMN mail_thread TEXT;
CREATE UNIQUE INDEX followups_mail_key ON followups (case_id, mail_key) WHERE mail_key IS NOT NULL;

-- The user's own e-mail addresses, once per vault: a message from one of them is one the user sent.
CREATE TABLE mail_own_addresses (
    address TEXT PRIMARY KEY
);
