package eu.dsrportal.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reverse proxies whose forwarded headers are believed ({@code http.trusted-proxies}: addresses
 * and CIDR ranges; unset, none is). The rule itself is {@link ForwardedHeaders}.
 */
@ApplicationScoped
public class TrustedProxies {

  @Inject
  @ConfigProperty(name = "http.trusted-proxies")
  Optional<String> configured;

  private ForwardedHeaders rule;

  @PostConstruct
  void init() {
    rule = ForwardedHeaders.trusting(configured.orElse(""));
  }

  /** What the request's trusted proxy says about it; empty when its peer is no trusted proxy. */
  public Optional<ForwardedHeaders.Forwarded> of(HttpServletRequest request) {
    return rule.of(request.getRemoteAddr(), request::getHeader);
  }
}
