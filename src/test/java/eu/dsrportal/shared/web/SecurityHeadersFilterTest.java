package eu.dsrportal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {
  private final List<String> policies = new ArrayList<>();

  @Test
  void primeFacesScriptPolicyJoinsOursAsOneHeader() {
    HttpServletResponse response = new SecurityHeadersFilter.OnePolicy(recording());
    response.setHeader("Content-Security-Policy", SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
    response.addHeader("Content-Security-Policy", "script-src 'self' 'nonce-YWJj';");

    // one policy: as a second one, our default-src 'self' would refuse the nonce's inline scripts
    assertThat(policies)
        .containsExactly(
            SecurityHeadersFilter.CONTENT_SECURITY_POLICY,
            SecurityHeadersFilter.CONTENT_SECURITY_POLICY + "; script-src 'self' 'nonce-YWJj';");
  }

  @Test
  void otherHeadersPassUnchanged() {
    HttpServletResponse response = new SecurityHeadersFilter.OnePolicy(recording());
    response.addHeader("Content-Security-Policy", "frame-ancestors 'none'");
    assertThat(policies).containsExactly("frame-ancestors 'none'");
  }

  /** A response that records the values of its Content-Security-Policy header, last one kept. */
  private HttpServletResponse recording() {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> {
              if (method.getName().endsWith("Header")
                  && "Content-Security-Policy".equals(args[0])) {
                policies.add((String) args[1]);
              }
              return null;
            });
  }
}
