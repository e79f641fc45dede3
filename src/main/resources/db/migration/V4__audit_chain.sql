-- The audit trail becomes tamper-evident: entries are sealed in order into a SHA-256 hash chain shortly
-- after they are written (sealing later keeps the actions themselves free of a global lock).
ALTER TABLE audit_entry
    ADD COLUMN client_ip     VARCHAR(45) NULL,
    ADD COLUMN chain_seq     BIGINT      NULL,
    ADD COLUMN previous_hash CHAR(64)    NULL,
    ADD COLUMN entry_hash    CHAR(64)    NULL,
    ADD CONSTRAINT uq_audit_chain_seq UNIQUE (chain_seq),
    ADD INDEX ix_audit_actor_time (actor, occurred_at),
    ADD INDEX ix_audit_object (object_type, object_id);

-- One row: where the chain ends. Sealers lock it, so several instances never fork the chain.
CREATE TABLE audit_chain_head (
    id         TINYINT     PRIMARY KEY,
    last_seq   BIGINT      NOT NULL,
    last_hash  CHAR(64)    NOT NULL
) ENGINE=InnoDB;
INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, 0, REPEAT('0', 64));
