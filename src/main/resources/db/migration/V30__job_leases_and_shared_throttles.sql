-- Issue 13, several instances on one MariaDB (docs/operations.md, "Several instances").

-- One row per scheduled job: who holds it until when, and which due time it last ran for. A job
-- runs for a due time only on the instance that takes the lease; a holder that dies loses it when
-- lease_until passes, and the next due time is run by whichever instance comes first.
CREATE TABLE job_lease (
    name             VARCHAR(60)  NOT NULL PRIMARY KEY,
    holder           VARCHAR(120) NULL,
    lease_until      DATETIME(6)  NULL,
    last_due         DATETIME(6)  NULL,
    last_started_at  DATETIME(6)  NULL,
    last_finished_at DATETIME(6)  NULL,
    last_outcome     VARCHAR(10)  NULL,
    runs             BIGINT       NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The token buckets of the throttles (intake, login, API tokens), shared by every instance. The
-- key is a SHA-256 of the throttle's name and its key (a network, a mailbox), never the address in
-- clear; a bucket is deleted once it would be full again (full_at).
CREATE TABLE throttle_bucket (
    bucket_key   CHAR(64)    NOT NULL PRIMARY KEY,
    tokens       DOUBLE      NOT NULL,
    refilled_at  DATETIME(6) NOT NULL,
    full_at      DATETIME(6) NOT NULL,
    INDEX ix_throttle_full (full_at)
) ENGINE=InnoDB;

-- Proof-of-work solutions already used (a SHA-256 of the payload), until the challenge expires:
-- one solution is accepted once, on whichever instance it arrives.
CREATE TABLE proof_of_work_used (
    payload_hash CHAR(64)    NOT NULL PRIMARY KEY,
    expires_at   DATETIME(6) NOT NULL,
    INDEX ix_pow_expires (expires_at)
) ENGINE=InnoDB;
