package eu.dsrportal.identity.infrastructure;

import eu.dsrportal.shared.infrastructure.ClientAddress;
import eu.dsrportal.shared.rest.StaffApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal's one authentication mechanism (Jakarta Security allows one). The API ({@code /api/})
 * knows only bearer tokens: a valid one authenticates this call alone, without a session; no token
 * or a refused one leaves the call anonymous, and the staff endpoints answer it with 401 ({@code
 * StaffApiGuard}), the public intake takes it as it always did. A session cookie counts for nothing
 * there. An address that sent too many refused tokens lately gets its tokens not checked at all for
 * a while ({@link ApiTokenThrottle}; the staff endpoints answer 429). Everything else is the pages'
 * form login ({@link FormLogin}).
 *
 * <p>Not annotated {@code @AutoApplySession} itself: that would register a session for every token
 * call.
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {
  private static final String BEARER = "bearer ";

  @Inject FormLogin form;
  @Inject IdentityStoreHandler identityStores;
  @Inject ApiTokenThrottle throttle;
  @Inject ClientAddress clientAddress;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (!isApi(request)) {
      return form.validateRequest(request, response, context);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization == null
        || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)
        || context.isAuthenticationRequest()) {
      return context.doNothing();
    }
    String address = clientAddress.current();
    Optional<Duration> wait = throttle.beforeCheck(address);
    if (wait.isPresent()) {
      request.setAttribute(StaffApi.TOKEN_THROTTLED, wait.get());
      return context.doNothing();
    }
    String token = authorization.substring(BEARER.length()).strip();
    CredentialValidationResult result = identityStores.validate(new ApiTokenCredential(token));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.refused(address);
      request.setAttribute(StaffApi.TOKEN_REFUSED, Boolean.TRUE);
      return context.doNothing();
    }
    request.setAttribute(StaffApi.TOKEN_CALLER, Boolean.TRUE);
    return context.notifyContainerAboutLogin(result);
  }

  @Override
  public AuthenticationStatus secureResponse(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return isApi(request)
        ? AuthenticationStatus.SUCCESS
        : form.secureResponse(request, response, context);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    form.cleanSubject(request, response, context);
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/");
  }
}
