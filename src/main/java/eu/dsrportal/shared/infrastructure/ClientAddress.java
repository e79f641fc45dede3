package eu.dsrportal.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The address of the client whose HTTP request is being served: the TCP peer, or, when the peer is
 * a trusted reverse proxy, the client it names ({@link TrustedProxies}). The same rule as the
 * request the pages see ({@code ProxyHeadersFilter}); here it is applied again because the injected
 * request is the container's own, which no filter has wrapped.
 */
@ApplicationScoped
public class ClientAddress {

  @Inject Instance<HttpServletRequest> request;

  @Inject TrustedProxies proxies;

  /** The address, or null outside an HTTP request (scheduled jobs). */
  public String current() {
    try {
      if (!request.isResolvable()) {
        return null;
      }
      HttpServletRequest current = request.get();
      return proxies
          .of(current)
          .map(ForwardedHeaders.Forwarded::clientAddress)
          .orElseGet(() -> IpAddresses.canonical(current.getRemoteAddr()));
    } catch (RuntimeException noHttpRequest) {
      return null;
    }
  }
}
