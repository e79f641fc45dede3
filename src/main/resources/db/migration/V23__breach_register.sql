-- Issue 11: the register of personal data breaches (contract art. 13, Annex B) and the notices sent to customers.
-- The long texts are TEXT (utf8mb4 rows stop at 64 KB; the 4000-character limit is the application's).
-- A breach is edited in place; each edit raises its revision. A notice keeps the text as it was sent (evidence),
-- and one customer gets at most one notice per revision of a breach (the unique key, also across instances).
CREATE TABLE breach (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    title                VARCHAR(200)  NOT NULL,
    description          TEXT          NOT NULL,
    discovered_at        DATETIME(6)   NOT NULL,
    period_start         DATE          NOT NULL,
    period_end           DATE          NULL,
    data_categories      VARCHAR(1000) NOT NULL,
    subject_categories   VARCHAR(1000) NOT NULL,
    approx_subjects      INT           NULL,
    approx_records       INT           NULL,
    consequences         TEXT          NOT NULL,
    measures             TEXT          NOT NULL,
    reported_by          VARCHAR(200)  NOT NULL,
    contact_point        VARCHAR(500)  NOT NULL,
    recovery             TEXT          NULL,
    status               VARCHAR(20)   NOT NULL,
    revision             INT           NOT NULL,
    recorded_at          DATETIME(6)   NOT NULL,
    recorded_by          VARCHAR(100)  NOT NULL,
    changed_at           DATETIME(6)   NOT NULL,
    changed_by           VARCHAR(100)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_breach_discovered ON breach (discovered_at, id);

CREATE TABLE breach_customer (
    breach_id    BIGINT NOT NULL,
    customer_id  BIGINT NOT NULL,
    PRIMARY KEY (breach_id, customer_id),
    INDEX ix_breach_customer_customer (customer_id),
    CONSTRAINT fk_breach_customer_breach FOREIGN KEY (breach_id) REFERENCES breach (id),
    CONSTRAINT fk_breach_customer_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE breach_notice (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    breach_id        BIGINT        NOT NULL,
    breach_revision  INT           NOT NULL,
    customer_id      BIGINT        NOT NULL,
    customer_name    VARCHAR(200)  NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    recipient_name   VARCHAR(200)  NOT NULL,
    recipient_email  VARCHAR(254)  NOT NULL,
    language         VARCHAR(2)    NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             TEXT          NOT NULL,
    sent_at          DATETIME(6)   NOT NULL,
    sent_by          VARCHAR(100)  NOT NULL,
    CONSTRAINT uq_breach_notice_revision UNIQUE (breach_id, customer_id, breach_revision),
    INDEX ix_breach_notice_customer (customer_id, sent_at),
    CONSTRAINT fk_breach_notice_breach FOREIGN KEY (breach_id) REFERENCES breach (id),
    CONSTRAINT fk_breach_notice_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
