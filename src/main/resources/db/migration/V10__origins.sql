-- Staff enter third-party requests (contract art. 6.3) and authority demands (art. 6.2): the authority, the
-- legal basis it gives, and whether the law forbids notifying the customer (with the reason).
ALTER TABLE request
    ADD COLUMN origin                        VARCHAR(20)  NOT NULL DEFAULT 'DATA_SUBJECT',
    ADD COLUMN authority                     VARCHAR(200) NULL,
    ADD COLUMN legal_basis                   VARCHAR(500) NULL,
    ADD COLUMN notification_forbidden        BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN notification_forbidden_reason VARCHAR(500) NULL;
