package eu.dsrportal.identity.infrastructure;

import eu.dsrportal.identity.domain.FailedLogin;
import eu.dsrportal.identity.domain.LoginThrottling;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.shared.infrastructure.RateLimiter;
import eu.dsrportal.shared.infrastructure.ThrottleBuckets;
import eu.dsrportal.shared.infrastructure.ThrottleKeys;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Two throttles, both checked before any password is hashed. Per client address, attempts on any
 * account (so nobody can make the portal spend its CPU on hashing; shared by all instances in the
 * database, {@link ThrottleBuckets}; an IPv6 client counts by its /64 network, {@link
 * ThrottleKeys}). Per account and client address, failed logins ({@link LoginThrottling}), counted
 * from the recorded refusals in the database, so every instance sees the same count.
 */
@ApplicationScoped
public class LoginThrottle {
  /** The refusals that count as failures: not throttled attempts, which would never decay. */
  public static final List<FailedLogin.Reason> COUNTING =
      List.of(FailedLogin.Reason.INVALID, FailedLogin.Reason.WRONG_CODE);

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "login.throttle.attempts")
  int attempts;

  @Inject
  @ConfigProperty(name = "login.throttle.minutes")
  int minutes;

  @Inject
  @ConfigProperty(name = "login.failures.max")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "login.failures.minutes")
  int failureMinutes;

  @Inject ThrottleBuckets buckets;

  private RateLimiter perAddress;
  private LoginThrottling perAccountAndAddress;

  @PostConstruct
  void configure() {
    perAddress =
        RateLimiter.shared("login.address", attempts, Duration.ofMinutes(minutes), buckets);
    perAccountAndAddress = new LoginThrottling(maxFailures, Duration.ofMinutes(failureMinutes));
  }

  public boolean tryAttempt(String clientAddress) {
    return perAddress.tryAcquire(
        clientAddress == null ? "unknown" : ThrottleKeys.network(clientAddress));
  }

  /**
   * Whether this address failed too often on this username lately (the username as typed: unknown
   * ones are throttled alike).
   */
  public boolean throttled(
      String username, Optional<UserAccount> account, String clientAddress, Instant now) {
    return throttledUntil(username, account, clientAddress, now).isPresent();
  }

  public Optional<Instant> throttledUntil(
      String username, Optional<UserAccount> account, String clientAddress, Instant now) {
    Instant windowStart = perAccountAndAddress.windowStart(now);
    String address = FailedLogin.fittedAddress(clientAddress);
    Instant from = account.map(a -> a.failuresCountFrom(windowStart, address)).orElse(windowStart);
    List<Instant> failures =
        em.createQuery(
                "SELECT f.attemptedAt FROM FailedLogin f WHERE f.username = :username"
                    + " AND f.ip = :address AND f.reason IN :reasons AND f.attemptedAt > :from"
                    + " ORDER BY f.attemptedAt",
                Instant.class)
            .setParameter("username", FailedLogin.fitted(username))
            .setParameter("address", address)
            .setParameter("reasons", COUNTING)
            .setParameter("from", from)
            .getResultList();
    return perAccountAndAddress.throttledUntil(failures, now);
  }

  /** The window in which failures count, for the administrators' overview. */
  public LoginThrottling policy() {
    return perAccountAndAddress;
  }
}
