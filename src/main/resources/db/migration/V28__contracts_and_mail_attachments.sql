-- Issue 12, contracts part (docs/contracts.md): files sent with a mail, e.g. an invoice's PDF and UBL.
-- Stored with the message, in the transaction that queued it; sent as multipart/mixed.
CREATE TABLE outbox_attachment (
    message_id    BIGINT       NOT NULL,
    position      INT          NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    content       LONGBLOB     NOT NULL,
    PRIMARY KEY (message_id, position),
    CONSTRAINT fk_attachment_message FOREIGN KEY (message_id) REFERENCES outbox_message (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
