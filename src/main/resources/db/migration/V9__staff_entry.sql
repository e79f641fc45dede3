-- Staff enter requests that arrived by e-mail, letter or phone, with the date they were received (which may
-- lie in the past and drives the deadlines). A letter or a call may come without an e-mail address.
ALTER TABLE request
    MODIFY COLUMN subject_email VARCHAR(254) NULL,
    ADD COLUMN entered_by VARCHAR(100) NULL;
