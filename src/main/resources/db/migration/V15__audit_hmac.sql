-- The audit chain is sealed with HMAC-SHA256 under a key from the configuration (audit.chain-key) instead of
-- plain SHA-256, which anyone able to write the database could recompute. Entries sealed so far keep their
-- SHA-256 seals and still verify: the HMAC part of the chain begins after the current head, at hmac_from_seq.
-- sealed_at is when the head last moved, for the head line of the audit export.
ALTER TABLE audit_chain_head
    ADD COLUMN hmac_from_seq BIGINT      NULL,
    ADD COLUMN sealed_at     DATETIME(6) NULL;
UPDATE audit_chain_head SET hmac_from_seq = last_seq + 1 WHERE id = 1;
ALTER TABLE audit_chain_head MODIFY hmac_from_seq BIGINT NOT NULL;
