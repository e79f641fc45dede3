package eu.dsrportal.shared.rest;

import eu.dsrportal.shared.domain.Language;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;

/**
 * Answers a call to the staff API without a valid bearer token with 401 problem+json and {@code
 * WWW-Authenticate: Bearer} (RFC 6750), never with the login page. What the token's owner may do is
 * the application services' to decide, as for the pages (403 for a role that may not). A call whose
 * token was not even checked, because its address sent too many refused tokens lately, gets 429
 * with {@code Retry-After}.
 */
@Provider
@StaffApi
@Priority(Priorities.AUTHENTICATION)
public class StaffApiGuard implements ContainerRequestFilter {

  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    boolean byToken = Boolean.TRUE.equals(servletRequest.getAttribute(StaffApi.TOKEN_CALLER));
    if (byToken && request.getSecurityContext().getUserPrincipal() != null) {
      return;
    }
    Language language = ApiLanguage.of(request.getAcceptableLanguages());
    if (servletRequest.getAttribute(StaffApi.TOKEN_THROTTLED) instanceof Duration wait) {
      request.abortWith(
          Response.fromResponse(
                  Problem.of(
                      Response.Status.TOO_MANY_REQUESTS,
                      language,
                      "api.problem.tooMany",
                      "api.problem.token.throttled"))
              .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds(wait))
              .build());
      return;
    }
    boolean refused = servletRequest.getAttribute(StaffApi.TOKEN_REFUSED) != null;
    request.abortWith(
        Response.fromResponse(
                Problem.of(
                    Response.Status.UNAUTHORIZED,
                    language,
                    "api.problem.unauthorized",
                    refused ? "api.problem.token.refused" : "api.problem.token.missing"))
            .header(
                HttpHeaders.WWW_AUTHENTICATE,
                refused
                    ? "Bearer realm=\"dsr-portal\", error=\"invalid_token\""
                    : "Bearer realm=\"dsr-portal\"")
            .build());
  }

  /** Whole seconds, rounded up, at least one: a client that waits that long is let in again. */
  static long retryAfterSeconds(Duration wait) {
    long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }
}
