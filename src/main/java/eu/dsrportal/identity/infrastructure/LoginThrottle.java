package eu.dsrportal.identity.infrastructure;

import eu.dsrportal.shared.infrastructure.RateLimiter;
import eu.dsrportal.shared.infrastructure.ThrottleKeys;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Login attempts per client address, checked before any password is hashed, so that nobody can make
 * the portal spend its CPU on hashing. Kept per instance (in memory): with several instances each
 * allows its own share. An IPv6 client counts by its /64 network ({@link ThrottleKeys}).
 */
@ApplicationScoped
public class LoginThrottle {

  @Inject
  @ConfigProperty(name = "login.throttle.attempts")
  int attempts;

  @Inject
  @ConfigProperty(name = "login.throttle.minutes")
  int minutes;

  private RateLimiter perAddress;

  @PostConstruct
  void configure() {
    perAddress = new RateLimiter(attempts, Duration.ofMinutes(minutes));
  }

  public boolean tryAttempt(String clientAddress) {
    return perAddress.tryAcquire(
        clientAddress == null ? "unknown" : ThrottleKeys.network(clientAddress));
  }
}
