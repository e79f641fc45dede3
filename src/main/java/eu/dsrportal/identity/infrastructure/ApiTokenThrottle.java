package eu.dsrportal.identity.infrastructure;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.shared.infrastructure.RateLimiter;
import eu.dsrportal.shared.infrastructure.ThrottleBuckets;
import eu.dsrportal.shared.infrastructure.ThrottleKeys;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refused API tokens per client address (shared by all instances, {@link ThrottleBuckets}; an IPv6
 * client counts by its /64 network, {@link ThrottleKeys}). Each bearer call first looks at its
 * network's bucket (a read, no lock), and a refused token takes an attempt from it: only refusals
 * count, and a valid token costs no write. Refusals sent at the same moment may together pass the
 * limit by as many as were in flight. While a network's bucket is empty its bearer calls are
 * answered 429 at once, with no lookup and no audit entry each; the trail records the throttle once
 * a minute per network ({@link AuditAction#API_TOKENS_THROTTLED}), so garbage tokens can neither
 * flood it nor keep the database busy. Valid tokens from other addresses are never affected.
 */
@ApplicationScoped
public class ApiTokenThrottle {
  static final String OBJECT_TYPE = "ClientNetwork";

  @Inject
  @ConfigProperty(name = "api.token.refusals-per-minute")
  long refusalsPerMinute;

  @Inject AuditLog audit;

  @Inject ThrottleBuckets buckets;

  private RateLimiter refusals;
  private RateLimiter throttleEntries;

  @PostConstruct
  void configure() {
    refusals =
        RateLimiter.shared("api.refusals", refusalsPerMinute, Duration.ofMinutes(1), buckets);
    throttleEntries = RateLimiter.shared("api.throttle-entries", 1, Duration.ofMinutes(1), buckets);
  }

  /**
   * Before a token from this client is checked: empty when it may be checked now; otherwise how
   * long the client must wait (the token is then not checked at all).
   */
  public Optional<Duration> beforeCheck(String clientAddress) {
    String network = network(clientAddress);
    Optional<Duration> wait = refusals.waitFor(network);
    if (wait.isPresent() && throttleEntries.tryAcquire(network)) {
      audit.deniedAs(AuditLog.ANONYMOUS, AuditAction.API_TOKENS_THROTTLED, OBJECT_TYPE, network);
    }
    return wait;
  }

  /** The token was refused: the attempt counts. */
  public void refused(String clientAddress) {
    refusals.tryAcquire(network(clientAddress));
  }

  private static String network(String clientAddress) {
    return clientAddress == null ? "unknown" : ThrottleKeys.network(clientAddress);
  }
}
