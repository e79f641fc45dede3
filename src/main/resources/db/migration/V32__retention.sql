-- Issue 13, retention part (docs/retention.md). Personal data leaves when its time is up.

-- A handled request's personal data is anonymised so many months after closing (config retention.request-months,
-- default 24); a customer may have its own period (its contract). No row: the default.
CREATE TABLE retention_override (
    customer_id  BIGINT       NOT NULL PRIMARY KEY,
    months       INT          NOT NULL,
    changed_by   VARCHAR(100) NOT NULL,
    changed_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_retention_override_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per Brussels day the retention job ran: inserted first in the job's transaction, so a second run that
-- day (or another instance at the same time) finds the key and does nothing. The counts are what it removed.
CREATE TABLE retention_run (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_day               DATE         NOT NULL,
    started_at            DATETIME(6)  NOT NULL,
    finished_at           DATETIME(6)  NULL,
    default_months        INT          NOT NULL,
    requests_anonymised   INT          NOT NULL DEFAULT 0,
    files_deleted         INT          NOT NULL DEFAULT 0,
    mail_bodies_cleared   INT          NOT NULL DEFAULT 0,
    orphan_files_removed  INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_retention_run_day UNIQUE (run_day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- When a request's personal data was removed (NULL: still there).
ALTER TABLE request ADD COLUMN anonymised_at DATETIME(6) NULL,
    ADD INDEX ix_request_closed_anonymised (status, anonymised_at, closed_at);

-- When a sent mail's body (and its attached files) were cleared; who, when and what kind stay.
ALTER TABLE outbox_message ADD COLUMN body_cleared_at DATETIME(6) NULL,
    ADD INDEX ix_outbox_sent (status, body_cleared_at, sent_at);

-- End of service (contract art. 14, annex 2C 2.2g): an ended customer's data is exported, then deleted; the
-- deletion certificate (PDF) is kept here, with what was removed and what was kept (invoices, by law).
CREATE TABLE end_of_service (
    customer_id    BIGINT       NOT NULL PRIMARY KEY,
    customer_name  VARCHAR(200) NOT NULL,
    exported_at    DATETIME(6)  NULL,
    exported_by    VARCHAR(100) NULL,
    deleted_at     DATETIME(6)  NULL,
    deleted_by     VARCHAR(100) NULL,
    summary        TEXT         NULL,
    certificate    LONGBLOB     NULL,
    CONSTRAINT fk_end_of_service_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
