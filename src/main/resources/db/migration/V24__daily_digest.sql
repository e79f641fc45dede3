-- Issue 11, the daily digest (docs/digest.md).
-- One digest per recipient and Brussels day: the row is inserted in the transaction that queues the mail, so a
-- job run twice, or on two instances at once, sends one (the second insert finds the key and sends nothing).
-- recipient_kind USER: recipient_key is the staff user's username; CUSTOMER: the customer's id.
CREATE TABLE digest_sent (
    recipient_kind  VARCHAR(10)  NOT NULL,
    recipient_key   VARCHAR(100) NOT NULL,
    day             DATE         NOT NULL,
    sent_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (recipient_kind, recipient_key, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who switched the digest off (or on again), and a staff user's language for it. No row: the digest is on, in the
-- portal's default language. A staff user's row is theirs (USER, username); a customer's is its administrators'
-- (CUSTOMER, customer id).
CREATE TABLE digest_setting (
    recipient_kind  VARCHAR(10)  NOT NULL,
    recipient_key   VARCHAR(100) NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    language        VARCHAR(2)   NULL,
    changed_at      DATETIME(6)  NOT NULL,
    changed_by      VARCHAR(100) NOT NULL,
    version         BIGINT       NOT NULL,
    PRIMARY KEY (recipient_kind, recipient_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
