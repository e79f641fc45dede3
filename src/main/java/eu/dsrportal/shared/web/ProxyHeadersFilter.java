package eu.dsrportal.shared.web;

import eu.dsrportal.shared.infrastructure.ForwardedHeaders.Forwarded;
import eu.dsrportal.shared.infrastructure.TrustedProxies;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Behind a trusted reverse proxy (TLS ends there) the request shows what the client sent to the
 * proxy: its address, scheme and host, taken from the forwarded headers ({@link TrustedProxies}),
 * so that {@code isSecure()} is true for HTTPS (HSTS, Secure cookies). From any other peer the
 * headers are ignored. First in the chain (web.xml), for every dispatch.
 */
public class ProxyHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ProxyHeadersFilter.class.getName());

  @Inject TrustedProxies proxies;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    Optional<Forwarded> forwarded = req instanceof ViaProxy ? Optional.empty() : proxies.of(req);
    if (forwarded.isEmpty()) {
      chain.doFilter(req, res);
      return;
    }
    if (forwarded.get().secure()) {
      tellContainerItIsSecure(req);
    }
    chain.doFilter(new ViaProxy(req, forwarded.get()), res);
  }

  /**
   * The session cookie is made by the container from its own request, which no wrapper reaches:
   * Payara marks it Secure when that request is secure ({@code cookieSecure=dynamic}), so it is
   * told as Tomcat's RemoteIpValve would (public methods of Payara's request; nothing else
   * changes). On another server this does nothing and {@code http.secure-cookies} is what makes it
   * Secure.
   */
  private static void tellContainerItIsSecure(HttpServletRequest req) {
    try {
      Object container = req.getClass().getMethod("getUnwrappedCoyoteRequest").invoke(req);
      container.getClass().getMethod("setSecure", boolean.class).invoke(container, true);
    } catch (ReflectiveOperationException | RuntimeException notPayara) {
      LOG.log(Level.FINE, "cannot mark the container's request secure", notPayara);
    }
  }

  /** The request as the client sent it to the proxy. */
  static final class ViaProxy extends HttpServletRequestWrapper {
    private final Forwarded forwarded;

    ViaProxy(HttpServletRequest request, Forwarded forwarded) {
      super(request);
      this.forwarded = forwarded;
    }

    @Override
    public String getRemoteAddr() {
      return forwarded.clientAddress();
    }

    @Override
    public String getRemoteHost() {
      return forwarded.clientAddress();
    }

    @Override
    public String getScheme() {
      return forwarded.scheme() != null ? forwarded.scheme() : super.getScheme();
    }

    @Override
    public boolean isSecure() {
      return forwarded.scheme() != null ? forwarded.secure() : super.isSecure();
    }

    @Override
    public String getServerName() {
      if (forwarded.host() == null) {
        return super.getServerName();
      }
      String host = forwarded.host();
      int colon = host.lastIndexOf(':');
      return colon > host.lastIndexOf(']') ? host.substring(0, colon) : host;
    }

    @Override
    public int getServerPort() {
      if (forwarded.host() != null) {
        String host = forwarded.host();
        int colon = host.lastIndexOf(':');
        if (colon > host.lastIndexOf(']')) {
          return Integer.parseInt(host.substring(colon + 1));
        }
        return isSecure() ? 443 : 80;
      }
      return forwarded.scheme() != null ? (isSecure() ? 443 : 80) : super.getServerPort();
    }

    @Override
    public StringBuffer getRequestURL() {
      StringBuffer url = new StringBuffer(getScheme()).append("://").append(getServerName());
      int port = getServerPort();
      if (port != (isSecure() ? 443 : 80)) {
        url.append(':').append(port);
      }
      return url.append(getRequestURI());
    }
  }
}
