package eu.dsrportal.identity.domain;

/** What a user may do; the role matrix is in docs/security.md. */
public enum Role {
  SUPPORT,
  BILLING,
  ADMIN,
  CUSTOMER
}
