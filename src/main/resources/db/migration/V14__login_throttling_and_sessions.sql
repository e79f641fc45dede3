-- Issue 9: no hard locks. Failed logins are throttled per account and client address, counted from
-- failed_login; an administrator's clearing and the last good login end the count.
ALTER TABLE user_account
    DROP COLUMN failed_attempts,
    DROP COLUMN first_failure_at,
    DROP COLUMN locked_until,
    DROP COLUMN lock_count,
    ADD COLUMN failures_cleared_at DATETIME(6) NULL,
    -- a good login ends the count of its own address only
    ADD COLUMN last_login_address VARCHAR(45) NULL,
    -- raised when what a login proved changes: older sessions end
    ADD COLUMN session_epoch INT NOT NULL DEFAULT 0,
    -- one-time passwords from an administrator expire
    ADD COLUMN password_expires_at DATETIME(6) NULL;

-- one-time passwords set before this version expire 48 hours from now
UPDATE user_account SET password_expires_at = DATE_ADD(UTC_TIMESTAMP(6), INTERVAL 48 HOUR)
    WHERE must_change_password = TRUE;

CREATE INDEX ix_failed_login_pair ON failed_login (username, ip, attempted_at);

-- a customer may require a second factor of all its users
CREATE TABLE customer_login_policy (
    customer_id            BIGINT       NOT NULL PRIMARY KEY,
    second_factor_required BOOLEAN      NOT NULL,
    changed_at             DATETIME(6)  NOT NULL,
    changed_by             VARCHAR(100) NOT NULL,
    CONSTRAINT fk_customer_login_policy_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
