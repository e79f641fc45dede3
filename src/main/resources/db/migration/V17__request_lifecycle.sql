-- Issue 10, acting on a request. A request may be forwarded several times (a wrong customer first), at most
-- once actively: a forwarding ends when staff withdraw it (re-forward) or the customer returns it ("not ours").
-- The generated column holds the request id only while the forwarding is active, so the unique index allows
-- one active forwarding per request however many ended ones it has.
ALTER TABLE forwarding
    ADD COLUMN withdrawn_at   DATETIME(6)   NULL,
    ADD COLUMN withdrawn_by   VARCHAR(100)  NULL,
    ADD COLUMN returned_at    DATETIME(6)   NULL,
    ADD COLUMN returned_by    VARCHAR(100)  NULL,
    ADD COLUMN return_reason  VARCHAR(1000) NULL,
    ADD COLUMN active_request_id BIGINT AS (IF(withdrawn_at IS NULL AND returned_at IS NULL, request_id, NULL)) PERSISTENT,
    ADD INDEX ix_forwarding_request (request_id, forwarded_at);
ALTER TABLE forwarding DROP INDEX uq_forwarding_request;
ALTER TABLE forwarding ADD CONSTRAINT uq_forwarding_active UNIQUE (active_request_id);

-- Intake keeps what it needs without asking routing: the status a closed request had (for reopening), and the
-- customer's "not ours" (the request is back in the inbox, flagged, with the customer's reason).
ALTER TABLE request
    ADD COLUMN status_before_close VARCHAR(20)   NULL,
    ADD COLUMN returned_at         DATETIME(6)   NULL,
    ADD COLUMN return_reason       VARCHAR(1000) NULL;

UPDATE request r SET status_before_close =
    CASE WHEN EXISTS (SELECT 1 FROM forwarding f WHERE f.request_id = r.id AND f.acknowledged_at IS NOT NULL)
              THEN 'ACKNOWLEDGED'
         WHEN EXISTS (SELECT 1 FROM forwarding f WHERE f.request_id = r.id) THEN 'FORWARDED'
         WHEN r.verified_at IS NULL AND r.verification_token_hash IS NOT NULL THEN 'UNVERIFIED'
         ELSE 'RECEIVED' END
WHERE r.status = 'CLOSED';

-- Staff ask the subject to clarify a request; the subject answers once through a mailed link (only the
-- token's hash is kept); the answer stays with the request.
CREATE TABLE clarification (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id   BIGINT        NOT NULL,
    question     VARCHAR(2000) NOT NULL,
    asked_by     VARCHAR(100)  NOT NULL,
    asked_at     DATETIME(6)   NOT NULL,
    token_hash   VARCHAR(64)   NOT NULL,
    answer       VARCHAR(4000) NULL,
    answered_at  DATETIME(6)   NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT uq_clarification_token UNIQUE (token_hash),
    CONSTRAINT fk_clarification_request FOREIGN KEY (request_id) REFERENCES request (id),
    INDEX ix_clarification_request (request_id, asked_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
