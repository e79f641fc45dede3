-- Requests from the public form and the API wait for their subject to confirm the e-mail address (a link,
-- valid 72 hours); the links' tokens are kept as SHA-256 hashes only. Unverified requests are purged when
-- the link expires. Requests received before this change count as verified.
ALTER TABLE request
    ADD COLUMN verification_token_hash CHAR(64)    NULL,
    ADD COLUMN verification_expires_at DATETIME(6) NULL,
    ADD COLUMN verified_at             DATETIME(6) NULL,
    ADD COLUMN status_token_hash       CHAR(64)    NULL,
    ADD INDEX ix_request_unverified (status, verification_expires_at);
