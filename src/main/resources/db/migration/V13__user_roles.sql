-- A user's roles move from a comma-separated text column to a row per role (UserAccount.roles,
-- an element collection of the Role enum, stored by name).
CREATE TABLE user_account_role (
    user_account_id BIGINT      NOT NULL,
    role            VARCHAR(20) NOT NULL,
    CONSTRAINT pk_user_account_role PRIMARY KEY (user_account_id, role),
    CONSTRAINT fk_user_account_role_user FOREIGN KEY (user_account_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO user_account_role (user_account_id, role)
SELECT u.id, r.role
FROM user_account u
JOIN (SELECT 'SUPPORT' AS role
      UNION ALL SELECT 'BILLING'
      UNION ALL SELECT 'ADMIN'
      UNION ALL SELECT 'CUSTOMER'
      UNION ALL SELECT 'CUSTOMER_ADMIN') r
  ON FIND_IN_SET(r.role, REPLACE(u.roles, ' ', '')) > 0;

ALTER TABLE user_account DROP COLUMN roles;
