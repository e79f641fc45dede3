package eu.dsrportal.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The address of the client whose HTTP request is being served: the TCP peer (behind a reverse
 * proxy that is the proxy, until its forwarded headers are trusted).
 */
@ApplicationScoped
public class ClientAddress {

  @Inject Instance<HttpServletRequest> request;

  /** The address, or null outside an HTTP request (scheduled jobs). */
  public String current() {
    try {
      return request.isResolvable() ? request.get().getRemoteAddr() : null;
    } catch (RuntimeException noHttpRequest) {
      return null;
    }
  }
}
