package eu.dsrportal.identity.domain;

/**
 * What a user may do; the role matrix is in docs/security.md. Annotations name the roles by the
 * constants of {@link eu.dsrportal.shared.domain.RoleNames}, kept equal to these by a test.
 */
public enum Role {
  SUPPORT,
  BILLING,
  ADMIN,
  CUSTOMER,
  /** A customer's user who also manages the other users of that customer. */
  CUSTOMER_ADMIN;

  public boolean isCustomerRole() {
    return this == CUSTOMER || this == CUSTOMER_ADMIN;
  }
}
