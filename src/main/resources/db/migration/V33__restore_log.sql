-- The restore log (Annex B: restore procedures that are tested, and a log of restore attempts): every restore,
-- a drill into a scratch database as much as a real one after an incident: when, by whom, from which backup,
-- what was restored, how it went, and what had to be re-entered by hand. Written by administrators on
-- /admin/restores.xhtml; never changed or deleted by the application (a correction is a new entry).
CREATE TABLE restore_log (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    restored_at  DATETIME(6)   NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    backup_name  VARCHAR(200)  NOT NULL,
    scope        VARCHAR(500)  NOT NULL,
    outcome      VARCHAR(20)   NOT NULL,
    restored_by  VARCHAR(100)  NOT NULL,
    re_entered   TEXT          NULL,
    notes        TEXT          NULL,
    recorded_by  VARCHAR(100)  NOT NULL,
    recorded_at  DATETIME(6)   NOT NULL,
    INDEX ix_restore_log_time (restored_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
