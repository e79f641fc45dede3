-- Issue 12, the task's life (docs/assistance.md): statuses, the documented instruction's versions, staff
-- proposals, the provider's approval of instructions beyond the agreement, estimates, assignee, comments.

UPDATE assistance_task SET status = 'IN_PROGRESS' WHERE status = 'OPEN';

ALTER TABLE assistance_task
    ADD COLUMN origin                      VARCHAR(20)   NOT NULL DEFAULT 'CUSTOMER',
    ADD COLUMN instructed_by               VARCHAR(100)  NULL,
    ADD COLUMN instructed_at               DATETIME(6)   NULL,
    ADD COLUMN assignee                    VARCHAR(100)  NULL,
    ADD COLUMN beyond_agreement            BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN beyond_marked_by            VARCHAR(100)  NULL,
    ADD COLUMN beyond_marked_at            DATETIME(6)   NULL,
    ADD COLUMN provider_approved_by        VARCHAR(100)  NULL,
    ADD COLUMN provider_approved_at        DATETIME(6)   NULL,
    ADD COLUMN closing_reason              VARCHAR(1000) NULL,
    ADD COLUMN closed_by                   VARCHAR(100)  NULL,
    ADD COLUMN closed_at                   DATETIME(6)   NULL,
    ADD COLUMN estimate_type               VARCHAR(20)   NULL,
    ADD COLUMN estimate_minutes            INT           NULL,
    ADD COLUMN estimate_amount             DECIMAL(10,2) NULL,
    ADD COLUMN estimate_note               VARCHAR(1000) NULL,
    ADD COLUMN estimated_by                VARCHAR(100)  NULL,
    ADD COLUMN estimated_at                DATETIME(6)   NULL,
    ADD COLUMN estimate_status             VARCHAR(20)   NULL,
    ADD COLUMN estimate_decided_by         VARCHAR(100)  NULL,
    ADD COLUMN estimate_decided_at         DATETIME(6)   NULL,
    ADD COLUMN estimate_approval_required  BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN estimate_tolerance_percent  INT           NOT NULL DEFAULT 10,
    ADD INDEX ix_task_requested (requested_at, id);

UPDATE assistance_task SET instructed_by = requested_by, instructed_at = requested_at;
UPDATE assistance_task SET assignee = accepted_by WHERE accepted_by IS NOT NULL;

-- The documented instruction's versions: version 1 as given, a later change a new version; never changed.
CREATE TABLE assistance_instruction (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id     BIGINT        NOT NULL,
    version_no  INT           NOT NULL,
    text        VARCHAR(4000) NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_instruction_task FOREIGN KEY (task_id) REFERENCES assistance_task (id),
    CONSTRAINT uq_instruction_version UNIQUE (task_id, version_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO assistance_instruction (task_id, version_no, text, created_by, created_at)
    SELECT id, 1, instruction, requested_by, requested_at FROM assistance_task;

-- The thread between the customer and the support team on a task.
CREATE TABLE assistance_comment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id        BIGINT        NOT NULL,
    author         VARCHAR(100)  NOT NULL,
    from_customer  BOOLEAN       NOT NULL,
    body           VARCHAR(4000) NOT NULL,
    written_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_comment_task FOREIGN KEY (task_id) REFERENCES assistance_task (id),
    INDEX ix_comment_task (task_id, written_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
