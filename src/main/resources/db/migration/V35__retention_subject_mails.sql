-- Issue 13, retention part 2 (docs/retention.md): a mail to a data subject (or to whoever wrote for them) says
-- which request it is about, so that its recipient can go when its body goes and when the request is anonymised.
ALTER TABLE outbox_message
    ADD COLUMN to_subject          BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN subject_request_id  BIGINT  NULL,
    ADD INDEX ix_outbox_subject_request (subject_request_id);

-- Mails queued before: the purposes of the mails that go to the request's e-mail address.
UPDATE outbox_message SET to_subject = TRUE
    WHERE purpose IN ('REQUEST_RECEIVED', 'REQUEST_FORWARDED_SUBJECT', 'REQUEST_FORWARDED_THIRD_PARTY',
                      'ANSWER_PERIOD_EXTENDED_SUBJECT', 'CLARIFICATION_ASKED', 'REQUEST_CLOSED_DUPLICATE',
                      'REQUEST_CLOSED_WITHDRAWN', 'REQUEST_CLOSED_NOT_OUR_CUSTOMER', 'REQUEST_CLOSED_ANSWERED',
                      'REQUEST_CLOSED_SPAM');

-- ... and their request, where it is still there with that address (the subject line names its reference).
UPDATE outbox_message m JOIN request r ON r.subject_email = m.recipient
    SET m.subject_request_id = r.id
    WHERE m.to_subject AND m.subject LIKE CONCAT('%', r.reference, '%');

-- What the daily run would have done had it known: the recipients of cleared mails, and the recipients and bodies of
-- mails about anonymised requests, go (an error text naming the address first; two statements, as the order of
-- assignments in a multi-table UPDATE is not defined).
UPDATE outbox_message m LEFT JOIN request r ON r.id = m.subject_request_id
    SET m.last_error = REPLACE(m.last_error, m.recipient, 'the subject')
    WHERE m.to_subject AND (m.body_cleared_at IS NOT NULL OR r.anonymised_at IS NOT NULL);
UPDATE outbox_message m LEFT JOIN request r ON r.id = m.subject_request_id
    SET m.recipient = CONCAT('subject-', COALESCE(m.subject_request_id, 'unknown'), '@anonymised.invalid'),
        m.body = '',
        m.body_cleared_at = COALESCE(m.body_cleared_at, r.anonymised_at)
    WHERE m.to_subject AND (m.body_cleared_at IS NOT NULL OR r.anonymised_at IS NOT NULL);
