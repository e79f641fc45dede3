package eu.dsrportal.shared.domain;

/**
 * The role names as compile-time constants, for {@code @RolesAllowed} and {@code @DeclareRoles}
 * (annotation values must be constants). They live in the kernel because every context guards its
 * services with them, while the roles themselves are {@code identity.domain.Role}, which the
 * contexts before identity (audit, mail, customer, intake) may not use; {@code RoleNamesTest} keeps
 * both the same.
 */
public final class RoleNames {
  public static final String SUPPORT = "SUPPORT";
  public static final String BILLING = "BILLING";
  public static final String ADMIN = "ADMIN";
  public static final String CUSTOMER = "CUSTOMER";
  public static final String CUSTOMER_ADMIN = "CUSTOMER_ADMIN";

  private RoleNames() {}
}
