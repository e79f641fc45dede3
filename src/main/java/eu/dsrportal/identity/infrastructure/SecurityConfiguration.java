package eu.dsrportal.identity.infrastructure;

import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles. Authentication is {@link PortalAuthentication}: form login on our own login page for
 * the pages ({@link FormLogin}), bearer tokens for the staff API.
 */
@DeclareRoles({
  RoleNames.SUPPORT,
  RoleNames.BILLING,
  RoleNames.ADMIN,
  RoleNames.CUSTOMER,
  RoleNames.CUSTOMER_ADMIN
})
@ApplicationScoped
public class SecurityConfiguration {}
