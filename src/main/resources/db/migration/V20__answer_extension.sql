-- Issue 11, the customer's art. 12(3) deadline. The customer may extend its answer period once, by two further
-- months, with its reason, while the first month runs. The extension belongs to the customer that has the
-- request: it is kept on that customer's forwarding (a re-forward to another customer starts without one).
ALTER TABLE forwarding
    ADD COLUMN extended_at      DATETIME(6)   NULL,
    ADD COLUMN extended_by      VARCHAR(100)  NULL,
    ADD COLUMN extension_reason VARCHAR(1000) NULL;
