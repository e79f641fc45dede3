package eu.dsrportal.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Error pages get a script nonce of their own. On a postback PrimeFaces' CSP mode takes the nonce
 * from the posted {@code primefaces.nonce}, also when the postback is an error page shown for a
 * POST. A POST that did not come from one of our pages with its script (forged, or sent without
 * JavaScript) has none, PrimeFaces refuses to render the error page, and the server's own error
 * page would show. PrimeFaces covers forwards this way (its issue 12901), not error dispatches.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.ERROR)
public class ScriptNonceFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  static final String NONCE_PARAMETER = "primefaces.nonce";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(new WithNonce(req, freshNonce()), res);
  }

  /** Of the form PrimeFaces makes and checks: a random UUID, Base64-encoded. */
  static String freshNonce() {
    return Base64.getEncoder()
        .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
  }

  private static final class WithNonce extends HttpServletRequestWrapper {
    private final String nonce;

    WithNonce(HttpServletRequest request, String nonce) {
      super(request);
      this.nonce = nonce;
    }

    @Override
    public String getParameter(String name) {
      return NONCE_PARAMETER.equals(name) ? nonce : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
      return NONCE_PARAMETER.equals(name) ? new String[] {nonce} : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> parameters = new HashMap<>(super.getParameterMap());
      parameters.put(NONCE_PARAMETER, new String[] {nonce});
      return Collections.unmodifiableMap(parameters);
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(getParameterMap().keySet());
    }
  }
}
