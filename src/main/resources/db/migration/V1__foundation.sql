-- The foundation schema: one table per aggregate, times in UTC (DATETIME(6)), money as DECIMAL.

CREATE TABLE customer (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                   VARCHAR(200) NOT NULL,
    privacy_contact_name   VARCHAR(200) NOT NULL,
    privacy_contact_email  VARCHAR(254) NOT NULL,
    public_contact         VARCHAR(500) NOT NULL,
    language               VARCHAR(2)   NOT NULL,
    created_at             DATETIME(6)  NOT NULL,
    CONSTRAINT uq_customer_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE contract (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id  BIGINT        NOT NULL,
    valid_from   DATE          NOT NULL,
    hourly_rate  DECIMAL(10,2) NOT NULL,
    vat_rate     DECIMAL(5,2)  NOT NULL,
    CONSTRAINT fk_contract_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT uq_contract_customer_from UNIQUE (customer_id, valid_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_account (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    username       VARCHAR(100) NOT NULL,
    display_name   VARCHAR(200) NOT NULL,
    email          VARCHAR(254) NOT NULL,
    password_hash  VARCHAR(300) NOT NULL,
    roles          VARCHAR(200) NOT NULL,
    customer_id    BIGINT       NULL,
    enabled        BOOLEAN      NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    last_login_at  DATETIME(6)  NULL,
    CONSTRAINT uq_user_username UNIQUE (username),
    CONSTRAINT fk_user_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Reference numbers DSR-<year>-<number>: the number comes from one sequence, safe across instances.
CREATE SEQUENCE request_number_seq START WITH 1 INCREMENT BY 1 NOCACHE;

CREATE TABLE request (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    reference       VARCHAR(20)   NOT NULL,
    submission_key  VARCHAR(64)   NOT NULL,
    channel         VARCHAR(20)   NOT NULL,
    subject_name    VARCHAR(200)  NOT NULL,
    subject_email   VARCHAR(254)  NOT NULL,
    organisation    VARCHAR(200)  NOT NULL,
    data_subject_right VARCHAR(30) NOT NULL,
    description     VARCHAR(4000) NOT NULL,
    language        VARCHAR(2)    NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    received_at     DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT uq_request_reference UNIQUE (reference),
    CONSTRAINT uq_request_submission UNIQUE (submission_key),
    INDEX ix_request_status_received (status, received_at),
    INDEX ix_request_received (received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE forwarding (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id       BIGINT       NOT NULL,
    customer_id      BIGINT       NOT NULL,
    forwarded_at     DATETIME(6)  NOT NULL,
    forwarded_by     VARCHAR(100) NOT NULL,
    acknowledged_at  DATETIME(6)  NULL,
    acknowledged_by  VARCHAR(100) NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT uq_forwarding_request UNIQUE (request_id),
    CONSTRAINT fk_forwarding_request FOREIGN KEY (request_id) REFERENCES request (id),
    CONSTRAINT fk_forwarding_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    INDEX ix_forwarding_customer (customer_id, forwarded_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE assistance_task (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id    BIGINT        NOT NULL,
    customer_id   BIGINT        NOT NULL,
    instruction   VARCHAR(4000) NOT NULL,
    requested_by  VARCHAR(100)  NOT NULL,
    requested_at  DATETIME(6)   NOT NULL,
    title         VARCHAR(200)  NULL,
    accepted_by   VARCHAR(100)  NULL,
    accepted_at   DATETIME(6)   NULL,
    status        VARCHAR(20)   NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT fk_task_request FOREIGN KEY (request_id) REFERENCES request (id),
    CONSTRAINT fk_task_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    INDEX ix_task_status (status, requested_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE time_entry (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id      BIGINT       NOT NULL,
    work_date    DATE         NOT NULL,
    minutes      INT          NOT NULL,
    description  VARCHAR(500) NOT NULL,
    logged_by    VARCHAR(100) NOT NULL,
    logged_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_time_task FOREIGN KEY (task_id) REFERENCES assistance_task (id),
    INDEX ix_time_task_date (task_id, work_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE outbox_message (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             TEXT          NOT NULL,
    purpose          VARCHAR(40)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    attempts         INT           NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    next_attempt_at  DATETIME(6)   NOT NULL,
    sent_at          DATETIME(6)   NULL,
    last_error       VARCHAR(1000) NULL,
    version          BIGINT        NOT NULL,
    INDEX ix_outbox_due (status, next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only: the application never updates or deletes audit rows.
CREATE TABLE audit_entry (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)  NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    action       VARCHAR(60)  NOT NULL,
    object_type  VARCHAR(40)  NOT NULL,
    object_id    VARCHAR(40)  NULL,
    outcome      VARCHAR(10)  NOT NULL,
    INDEX ix_audit_time (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
