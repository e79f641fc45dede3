-- Issue 11, our own clock (docs/service-clock.md). A customer's own service levels; a null column means the
-- configured default (clock.* in microprofile-config.properties).
CREATE TABLE customer_service_level (
    customer_id          BIGINT       NOT NULL PRIMARY KEY,
    forward_sla          INT          NULL,
    forward_sla_unit     VARCHAR(20)  NULL,
    acknowledge_days     INT          NULL,
    escalate_after_days  INT          NULL,
    remind_every_days    INT          NULL,
    updated_at           DATETIME(6)  NOT NULL,
    updated_by           VARCHAR(100) NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT fk_service_level_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each open request's next deadline, kept in the transaction of every step that moves it, so that lists sort and
-- filter by it at a million rows: FORWARD (our forwarding SLA), ACKNOWLEDGE (the customer's acknowledgement) or
-- ANSWER (the customer's art. 12(3) deadline). No row: no deadline (closed; an acknowledged authority demand).
-- Rows missing for open requests (those before this migration) are filled by DeadlineRepair.
CREATE TABLE request_deadline (
    request_id     BIGINT      NOT NULL PRIMARY KEY,
    next_due_at    DATETIME(6) NOT NULL,
    next_due_kind  VARCHAR(20) NOT NULL,
    customer_id    BIGINT      NULL,
    computed_at    DATETIME(6) NOT NULL,
    CONSTRAINT fk_deadline_request FOREIGN KEY (request_id) REFERENCES request (id) ON DELETE CASCADE,
    INDEX ix_deadline_due (next_due_at, request_id),
    INDEX ix_deadline_customer (customer_id, next_due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every reminder, escalation and SLA notice sent, once: the unique key is what makes the reminder job safe to run
-- twice, or on two instances at once. forwarding_id 0: about the request itself (the forwarding SLA).
CREATE TABLE request_reminder (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id     BIGINT       NOT NULL,
    forwarding_id  BIGINT       NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    sequence       INT          NOT NULL,
    due_at         DATETIME(6)  NOT NULL,
    sent_at        DATETIME(6)  NOT NULL,
    recipients     VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_reminder_request FOREIGN KEY (request_id) REFERENCES request (id) ON DELETE CASCADE,
    CONSTRAINT uq_reminder UNIQUE (request_id, forwarding_id, kind, sequence)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
