-- Issue 11, the contract's other timers (docs/inquiries.md): a customer's request for audit information
-- (art. 8.5: one month, extendable once by a month with reasons) or for the sub-processor list (art. 11.3:
-- 30 days), answered with a message and files in the customer portal.
CREATE TABLE inquiry (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id       BIGINT        NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    question          VARCHAR(4000) NOT NULL,
    registered_by     VARCHAR(100)  NOT NULL,
    registered_at     DATETIME(6)   NOT NULL,
    received_on       DATE          NOT NULL,
    due_on            DATE          NOT NULL,
    extended          BOOLEAN       NOT NULL DEFAULT FALSE,
    extension_reason  VARCHAR(2000) NULL,
    status            VARCHAR(20)   NOT NULL,
    answer            VARCHAR(8000) NULL,
    answered_by       VARCHAR(100)  NULL,
    answered_at       DATETIME(6)   NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT fk_inquiry_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    INDEX ix_inquiry_customer (customer_id, registered_at),
    INDEX ix_inquiry_status_due (status, due_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The inquiry's history. A reminder carries a key (its kind and the due date it is about, and for overdue
-- reminders the repeat's number): unique per inquiry, so a reminder job running twice, or on two instances at
-- once, records and mails it once (INSERT IGNORE; the loser inserts nothing). Other entries have no key.
CREATE TABLE inquiry_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    inquiry_id   BIGINT        NOT NULL,
    type         VARCHAR(20)   NOT NULL,
    happened_at  DATETIME(6)   NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    note         VARCHAR(2000) NULL,
    once_key     VARCHAR(60)   NULL,
    CONSTRAINT fk_inquiry_event_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id),
    CONSTRAINT uq_inquiry_event_once UNIQUE (inquiry_id, once_key),
    INDEX ix_inquiry_event_inquiry (inquiry_id, happened_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The files of an answer: the bytes in attachments.dir under a random key, as the requests' attachments.
CREATE TABLE inquiry_file (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    inquiry_id   BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    type         VARCHAR(10)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    storage_key  VARCHAR(64)  NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_inquiry_file_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id),
    INDEX ix_inquiry_file_inquiry (inquiry_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
