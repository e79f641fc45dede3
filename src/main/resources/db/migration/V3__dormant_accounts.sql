-- Credentials unused for six months are disabled (Annex B); the row stays, so the username is never reissued.
ALTER TABLE user_account
    ADD COLUMN disabled_at     DATETIME(6) NULL,
    ADD COLUMN disabled_reason VARCHAR(20) NULL;
