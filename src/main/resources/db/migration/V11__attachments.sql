-- Files kept with a request (a scanned letter, a copy of an authority's demand): PDF, PNG or JPEG, told by their
-- content; the bytes live outside the application under a random key (attachments.dir).
CREATE TABLE request_attachment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT       NOT NULL,
    file_name   VARCHAR(200) NOT NULL,
    type        VARCHAR(10)  NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    storage_key VARCHAR(64)  NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    uploaded_by VARCHAR(100) NOT NULL,
    uploaded_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_attachment_request FOREIGN KEY (request_id) REFERENCES request (id),
    CONSTRAINT uq_attachment_storage_key UNIQUE (storage_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
