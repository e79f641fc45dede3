package eu.dsrportal.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form login on our own login page, for every protected page: what Soteria's custom form mechanism
 * does (the credential comes from the login page's {@code SecurityContext.authenticate}; the
 * session keeps the login; a protected page without one forwards to the login page, so the address
 * stays the page asked for and the login form can return there). Typed as itself only, so it is not
 * a mechanism of its own: {@link PortalAuthentication} hands the pages to it.
 */
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = true)
@Typed(FormLogin.class)
@ApplicationScoped
public class FormLogin implements HttpAuthenticationMechanism {

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.getAuthParameters().getCredential() == null) {
      return context.doNothing();
    }
    return context.notifyContainerAboutLogin(
        identityStores.validate(context.getAuthParameters().getCredential()));
  }
}
