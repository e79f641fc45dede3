-- Issue 12, work on a task (docs/time-and-items.md): every change to a time entry or item until it is
-- billed, kept after the entry or item itself is deleted; and the task's deliverable files.

CREATE TABLE work_history (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id      BIGINT        NOT NULL,
    -- TIME (time_entry) or ITEM (assistance_item); no foreign key: a deleted line keeps its history
    line_type    VARCHAR(10)   NOT NULL,
    line_id      BIGINT        NOT NULL,
    action       VARCHAR(10)   NOT NULL,
    before_text  VARCHAR(1000) NULL,
    after_text   VARCHAR(1000) NULL,
    changed_by   VARCHAR(100)  NOT NULL,
    changed_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_work_history_task FOREIGN KEY (task_id) REFERENCES assistance_task (id),
    INDEX ix_work_history_task (task_id, changed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE task_file (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id      BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    type         VARCHAR(10)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    storage_key  VARCHAR(64)  NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_task_file_task FOREIGN KEY (task_id) REFERENCES assistance_task (id),
    INDEX ix_task_file_task (task_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
