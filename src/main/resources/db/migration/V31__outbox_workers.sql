-- Issue 13 (mail): several workers claim outbox batches in short transactions and send outside
-- them. A claim holds a batch until claimed_until; a worker that dies leaves its claim to expire,
-- after which the mails are due again (claims change no indexed column). Forwards and
-- reminders go before bulk confirmations: priority 0 (urgent), 1 (normal), 2 (bulk).
ALTER TABLE outbox_message
    ADD COLUMN priority      TINYINT     NOT NULL DEFAULT 1,
    ADD COLUMN claim_token   VARCHAR(40) NULL,
    ADD COLUMN claimed_until DATETIME(6) NULL,
    ADD INDEX ix_outbox_claim (status, priority, next_attempt_at);

UPDATE outbox_message SET priority = 0
 WHERE status = 'PENDING'
   AND (purpose LIKE 'REQUEST_FORWARDED%' OR purpose LIKE 'FORWARDING%'
        OR purpose LIKE '%REMINDER%' OR purpose LIKE '%ESCALATION%' OR purpose LIKE '%OVERDUE%'
        OR purpose = 'BREACH_NOTICE');
UPDATE outbox_message SET priority = 2
 WHERE status = 'PENDING'
   AND (purpose = 'REQUEST_RECEIVED' OR purpose LIKE 'DAILY_DIGEST%' OR purpose IN ('invoice', 'INVOICE'));
