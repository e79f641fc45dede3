-- Support staff close a request with a reason (duplicate, withdrawn, not a customer of ours, answered); the
-- subject sees it on the status page.
ALTER TABLE request
    ADD COLUMN close_reason VARCHAR(30)  NULL,
    ADD COLUMN closed_at    DATETIME(6)  NULL,
    ADD COLUMN closed_by    VARCHAR(100) NULL;
