-- The customer registry (issue 10): the CRM's id, legal form and enterprise number, address, role,
-- holiday calendar, end date; several privacy contacts (one primary), aliases, e-mail domains and
-- services. The single privacy contact of V1 becomes each customer's primary contact.

ALTER TABLE customer
    ADD COLUMN external_id          VARCHAR(100) NULL,
    ADD COLUMN legal_form           VARCHAR(30)  NULL,
    ADD COLUMN enterprise_register  VARCHAR(3)   NULL,
    ADD COLUMN enterprise_number    VARCHAR(10)  NULL,
    ADD COLUMN street               VARCHAR(200) NULL,
    ADD COLUMN postal_code          VARCHAR(20)  NULL,
    ADD COLUMN city                 VARCHAR(100) NULL,
    ADD COLUMN country              VARCHAR(2)   NULL,
    ADD COLUMN role                 VARCHAR(10)  NOT NULL DEFAULT 'CONTROLLER',
    ADD COLUMN holiday_calendar     VARCHAR(2)   NOT NULL DEFAULT 'BE',
    ADD COLUMN ended_at             DATE         NULL,
    ADD CONSTRAINT uq_customer_external_id UNIQUE (external_id),
    ADD CONSTRAINT uq_customer_enterprise_number UNIQUE (enterprise_register, enterprise_number);

CREATE TABLE customer_contact (
    customer_id  BIGINT       NOT NULL,
    position     INT          NOT NULL,
    name         VARCHAR(200) NOT NULL,
    email        VARCHAR(254) NOT NULL,
    phone        VARCHAR(40)  NULL,
    role         VARCHAR(100) NULL,
    is_primary   BOOLEAN      NOT NULL,
    PRIMARY KEY (customer_id, position),
    CONSTRAINT fk_customer_contact_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO customer_contact (customer_id, position, name, email, phone, role, is_primary)
SELECT id, 0, privacy_contact_name, privacy_contact_email, NULL, NULL, TRUE FROM customer;

ALTER TABLE customer
    DROP COLUMN privacy_contact_name,
    DROP COLUMN privacy_contact_email;

CREATE TABLE customer_alias (
    customer_id  BIGINT       NOT NULL,
    alias        VARCHAR(200) NOT NULL,
    PRIMARY KEY (customer_id, alias),
    CONSTRAINT fk_customer_alias_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE customer_email_domain (
    customer_id  BIGINT       NOT NULL,
    domain       VARCHAR(253) NOT NULL,
    PRIMARY KEY (customer_id, domain),
    INDEX ix_customer_email_domain (domain),
    CONSTRAINT fk_customer_email_domain_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE customer_service (
    customer_id  BIGINT       NOT NULL,
    service      VARCHAR(200) NOT NULL,
    PRIMARY KEY (customer_id, service),
    CONSTRAINT fk_customer_service_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
