-- Issue 12, the foundation the assistance, contract and billing parts build on (docs/billing.md).

-- The contract's fee terms (art. 8.2, 9.1): a new version (row) for a new price, in force from valid_from.
ALTER TABLE contract
    ADD COLUMN currency                   CHAR(3)      NOT NULL DEFAULT 'EUR',
    ADD COLUMN vat_regime                 VARCHAR(20)  NOT NULL DEFAULT 'STANDARD',
    ADD COLUMN payment_term_days          INT          NOT NULL DEFAULT 30,
    ADD COLUMN billing_period             VARCHAR(10)  NOT NULL DEFAULT 'MONTH',
    ADD COLUMN increment_minutes          INT          NOT NULL DEFAULT 1,
    ADD COLUMN minimum_minutes            INT          NOT NULL DEFAULT 0,
    ADD COLUMN allowance_minutes          INT          NOT NULL DEFAULT 0,
    ADD COLUMN allowance_requests         INT          NOT NULL DEFAULT 0,
    ADD COLUMN estimate_approval_required BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN estimate_tolerance_percent INT          NOT NULL DEFAULT 10,
    ADD COLUMN created_by                 VARCHAR(100) NULL,
    ADD COLUMN created_at                 DATETIME(6)  NULL;

-- A fixed price per kind of assistance, instead of time.
CREATE TABLE contract_fixed_price (
    contract_id  BIGINT        NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    amount       DECIMAL(10,2) NOT NULL,
    PRIMARY KEY (contract_id, kind),
    CONSTRAINT fk_fixed_price_contract FOREIGN KEY (contract_id) REFERENCES contract (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What an invoice needs of the buyer (address and enterprise number are in the registry already).
ALTER TABLE customer
    ADD COLUMN vat_number      VARCHAR(20)  NULL,
    ADD COLUMN billing_email   VARCHAR(254) NULL,
    ADD COLUMN peppol_id       VARCHAR(60)  NULL,
    ADD COLUMN buyer_reference VARCHAR(100) NULL;

-- A task is of a kind and may stand on its own, without a data-subject request.
ALTER TABLE assistance_task
    ADD COLUMN kind       VARCHAR(20) NOT NULL DEFAULT 'DSR_HELP',
    ADD COLUMN invoice_id BIGINT      NULL,
    ADD COLUMN completed_at DATETIME(6) NULL,
    MODIFY COLUMN request_id BIGINT NULL,
    ADD INDEX ix_task_customer (customer_id, status);

-- Billed work is locked: invoice_id set at finalisation, never cleared.
ALTER TABLE time_entry
    ADD COLUMN invoice_id BIGINT NULL,
    ADD COLUMN version    BIGINT NOT NULL DEFAULT 0;
CREATE INDEX ix_time_unbilled ON time_entry (invoice_id, work_date);

-- A fixed-price line or an expense on a task.
CREATE TABLE assistance_item (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id      BIGINT        NOT NULL,
    item_date    DATE          NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    description  VARCHAR(500)  NOT NULL,
    amount       DECIMAL(10,2) NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    invoice_id   BIGINT        NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT fk_item_task FOREIGN KEY (task_id) REFERENCES assistance_task (id),
    INDEX ix_item_task (task_id, item_date),
    INDEX ix_item_unbilled (invoice_id, item_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
