-- Repeated failed logins lock an account for a growing period (Annex B: failed logins are monitored).
ALTER TABLE user_account
    ADD COLUMN failed_attempts  INT         NOT NULL DEFAULT 0,
    ADD COLUMN first_failure_at DATETIME(6) NULL,
    ADD COLUMN locked_until     DATETIME(6) NULL,
    ADD COLUMN lock_count       INT         NOT NULL DEFAULT 0;

CREATE TABLE failed_login (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    ip            VARCHAR(45)  NOT NULL,
    reason        VARCHAR(20)  NOT NULL,
    attempted_at  DATETIME(6)  NOT NULL,
    INDEX ix_failed_login_time (attempted_at),
    INDEX ix_failed_login_user (username, attempted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
