-- Issue 10: personal API tokens of staff for the provider's own tools. Only the SHA-256 hash of a token is kept
-- (the token is shown once, when it is made); the prefix is its first characters, shown to tell tokens apart.
CREATE TABLE api_token (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_account_id BIGINT       NOT NULL,
    name            VARCHAR(100) NOT NULL,
    prefix          VARCHAR(12)  NOT NULL,
    token_hash      CHAR(64)     NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    expires_at      DATETIME(6)  NULL,
    last_used_at    DATETIME(6)  NULL,
    revoked_at      DATETIME(6)  NULL,
    CONSTRAINT fk_api_token_account FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_api_token_account ON api_token (user_account_id, created_at);
