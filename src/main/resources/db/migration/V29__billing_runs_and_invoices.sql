-- Issue 12, billing (docs/billing.md): runs, draft and final invoices, credit notes, the work
-- behind each line, and the gap-free yearly numbering.

CREATE TABLE billing_run (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    period_kind   VARCHAR(10)  NOT NULL,
    period_start  DATE         NOT NULL,
    period_end    DATE         NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    INDEX ix_run_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An invoice or a credit note: a DRAFT until finalised, then FINAL and never changed again.
CREATE TABLE invoice (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id               BIGINT        NULL,
    customer_id          BIGINT        NOT NULL,
    type                 VARCHAR(20)   NOT NULL,
    status               VARCHAR(10)   NOT NULL,
    period_start         DATE          NULL,
    period_end           DATE          NULL,
    number               VARCHAR(20)   NULL,
    issue_date           DATE          NULL,
    due_date             DATE          NULL,
    currency             CHAR(3)       NOT NULL,
    language             VARCHAR(2)    NOT NULL,
    payment_term_days    INT           NOT NULL,
    problem              VARCHAR(500)  NULL,
    credited_invoice_id  BIGINT        NULL,
    reason               VARCHAR(500)  NULL,
    seller               TEXT          NULL,
    buyer                TEXT          NULL,
    buyer_reference      VARCHAR(100)  NULL,
    iban                 VARCHAR(40)   NULL,
    bic                  VARCHAR(20)   NULL,
    line_total           DECIMAL(12,2) NOT NULL,
    tax_total            DECIMAL(12,2) NOT NULL,
    payable              DECIMAL(12,2) NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    finalised_by         VARCHAR(100)  NULL,
    finalised_at         DATETIME(6)   NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_invoice_number UNIQUE (number),
    CONSTRAINT fk_invoice_run FOREIGN KEY (run_id) REFERENCES billing_run (id),
    CONSTRAINT fk_invoice_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_invoice_credited FOREIGN KEY (credited_invoice_id) REFERENCES invoice (id),
    INDEX ix_invoice_customer (customer_id, status, issue_date),
    INDEX ix_invoice_run (run_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE invoice_line (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    invoice_id           BIGINT        NOT NULL,
    position             INT           NOT NULL,
    line_type            VARCHAR(20)   NOT NULL,
    task_id              BIGINT        NULL,
    task_reference       VARCHAR(30)   NULL,
    kind                 VARCHAR(20)   NULL,
    title                VARCHAR(500)  NOT NULL,
    request_reference    VARCHAR(40)   NULL,
    instruction_version  INT           NULL,
    included             BOOLEAN       NOT NULL,
    quantity             DECIMAL(12,4) NOT NULL,
    unit_code            VARCHAR(3)    NOT NULL,
    unit_price           DECIMAL(12,2) NOT NULL,
    net_amount           DECIMAL(12,2) NOT NULL,
    vat_category         VARCHAR(2)    NOT NULL,
    vat_rate             DECIMAL(5,2)  NOT NULL,
    credited_line_id     BIGINT        NULL,
    CONSTRAINT fk_line_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id) ON DELETE CASCADE,
    INDEX ix_line_invoice (invoice_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The work behind a line, copied when the draft is made: the customer reads it from here.
CREATE TABLE invoice_work (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    line_id          BIGINT         NOT NULL,
    work_type        VARCHAR(10)    NOT NULL,
    work_id          BIGINT         NOT NULL,
    work_version     BIGINT         NOT NULL,
    work_date        DATE           NOT NULL,
    minutes          INT            NOT NULL,
    billed_minutes   INT            NOT NULL,
    free_minutes     INT            NOT NULL,
    free_request_id  BIGINT         NULL,
    description      VARCHAR(1000)  NOT NULL,
    amount           DECIMAL(12,2)  NOT NULL,
    CONSTRAINT fk_work_line FOREIGN KEY (line_id) REFERENCES invoice_line (id) ON DELETE CASCADE,
    INDEX ix_work_line (line_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The last number given in a year: read FOR UPDATE at finalisation, so numbers have no gaps.
CREATE TABLE invoice_number (
    year         INT PRIMARY KEY,
    last_number  INT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
