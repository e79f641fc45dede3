-- Second factor (RFC 6238 one-time codes): the shared secret, and the last time step used so a code
-- is accepted only once.
ALTER TABLE user_account
    ADD COLUMN totp_secret      VARCHAR(64) NULL,
    ADD COLUMN totp_last_step   BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN totp_enrolled_at DATETIME(6) NULL;
