package eu.dsrportal.identity.infrastructure;

import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on our own login page, for every protected page. The login page is forwarded to (the
 * address stays the page asked for), so the login form can return there afterwards.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = true))
@DeclareRoles({
  RoleNames.SUPPORT,
  RoleNames.BILLING,
  RoleNames.ADMIN,
  RoleNames.CUSTOMER,
  RoleNames.CUSTOMER_ADMIN
})
@ApplicationScoped
public class SecurityConfiguration {}
