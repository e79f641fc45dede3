package eu.dsrportal.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response. Pages with personal data (anything behind a login, and the
 * subject's pages under /intake, opened with a token) are never stored by browsers or proxies.
 *
 * <p>The script policy is PrimeFaces': its nonce mode ({@code primefaces.CSP} in web.xml) adds
 * {@code script-src 'self' 'nonce-…'} to every page it renders, with a nonce only it knows. That
 * header is joined to this policy ({@link OnePolicy}): as a second header the browser would enforce
 * both, and this one's {@code default-src 'self'} would refuse the nonce's inline scripts (which
 * post the nonce back with every form). Responses Faces does not render (API, downloads, resources)
 * have no {@code script-src}, so {@code default-src 'self'} holds for scripts: no inline script at
 * all.
 */
// mapped in web.xml, second after ProxyHeadersFilter (so that isSecure() sees the proxy's scheme)
// and before every filter that may answer on its own (413, 404); for every dispatch, since the
// login page is forwarded to and error pages are dispatched to
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /**
   * Everything from the portal itself; images also as {@code data:} (the second factor's QR code is
   * an inline SVG image). Style sheets only from the portal, but style attributes may be inline:
   * PrimeFaces' widgets write them.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; style-src-attr 'unsafe-inline';"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
          + " form-action 'self'";

  /** No page needs any of these browser features. */
  static final String PERMISSIONS_POLICY =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(),"
          + " midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=()";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    res.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    if (req.isSecure()) {
      res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    if (req.getUserPrincipal() != null || isProtectedPath(req)) {
      res.setHeader("Cache-Control", "no-store");
      res.setHeader("Pragma", "no-cache");
    }
    chain.doFilter(req, new OnePolicy(res));
  }

  /** The response whose script policy, when PrimeFaces adds one, becomes part of this policy. */
  static final class OnePolicy extends HttpServletResponseWrapper {
    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (isScriptPolicy(name, value)) {
        super.setHeader(name, joined(value));
      } else {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, isScriptPolicy(name, value) ? joined(value) : value);
    }

    private static boolean isScriptPolicy(String name, String value) {
      return "Content-Security-Policy".equalsIgnoreCase(name)
          && value != null
          && value.trim().startsWith("script-src");
    }
  }

  /** This policy with the given {@code script-src} directive, which overrides its default-src. */
  static String joined(String scriptPolicy) {
    return CONTENT_SECURITY_POLICY + "; " + scriptPolicy.trim();
  }

  private static boolean isProtectedPath(HttpServletRequest req) {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    return path.startsWith("/staff/")
        || path.startsWith("/customer/")
        || path.startsWith("/admin/")
        || path.startsWith("/login")
        // the subject's pages: their links carry tokens, and they show the request (issue 9)
        || path.startsWith("/intake/");
  }
}
