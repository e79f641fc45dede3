-- Users change their own passwords; an administrator's reset forces a change at the next login.
ALTER TABLE user_account
    ADD COLUMN must_change_password BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN password_changed_at  DATETIME(6) NULL;
