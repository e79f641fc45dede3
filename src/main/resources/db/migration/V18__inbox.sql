-- Issue 10, the inbox a team can work (routing's teamwork on intake's requests; docs/inbox.md).
-- Who works on a request: routing's fact, kept beside intake's request table (intake knows nothing of it).
-- No row: unassigned. Deleted with the request (the purge of unconfirmed requests).
CREATE TABLE request_assignment (
    request_id   BIGINT       NOT NULL PRIMARY KEY,
    assignee     VARCHAR(100) NOT NULL,
    assigned_by  VARCHAR(100) NOT NULL,
    assigned_at  DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT fk_assignment_request FOREIGN KEY (request_id) REFERENCES request (id) ON DELETE CASCADE,
    INDEX ix_assignment_assignee (assignee)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Staff's internal notes on a request: never shown to subjects or customers.
CREATE TABLE request_note (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT        NOT NULL,
    author      VARCHAR(100)  NOT NULL,
    written_at  DATETIME(6)   NOT NULL,
    text        VARCHAR(4000) NOT NULL,
    CONSTRAINT fk_note_request FOREIGN KEY (request_id) REFERENCES request (id) ON DELETE CASCADE,
    INDEX ix_note_request (request_id, written_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Inbox search: words of the subject's name and the organisation typed (FULLTEXT, boolean mode); the reference
-- (uq_request_reference) and the e-mail address (ix_request_like_this starts with it) are indexed already.
-- Keyset paging runs along (received_at, id) — InnoDB secondary indexes end in the primary key, so
-- ix_request_received and ix_request_status_received serve "newest/oldest first" without a sort; kind and
-- channel filters get the same shape.
ALTER TABLE request
    ADD FULLTEXT INDEX ft_request_words (subject_name, organisation),
    ADD INDEX ix_request_right_received (data_subject_right, received_at),
    ADD INDEX ix_request_channel_received (channel, received_at);
