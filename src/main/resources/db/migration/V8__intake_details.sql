-- A request that looks like an earlier one (same subject address, organisation and right within 30 days) is
-- linked to it and flagged for staff, never dropped. Optional details that help routing: the service or
-- product used, the subject's relation to the organisation, their reference there. "Something else" is a
-- kind of request too (data_subject_right OTHER).
ALTER TABLE request
    ADD COLUMN duplicate_of_id        BIGINT       NULL,
    ADD COLUMN service_used           VARCHAR(200) NULL,
    ADD COLUMN subject_relation       VARCHAR(20)  NULL,
    ADD COLUMN reference_at_organisation VARCHAR(100) NULL,
    ADD CONSTRAINT fk_request_duplicate_of FOREIGN KEY (duplicate_of_id) REFERENCES request (id) ON DELETE SET NULL,
    ADD INDEX ix_request_like_this (subject_email, organisation, data_subject_right, received_at);
