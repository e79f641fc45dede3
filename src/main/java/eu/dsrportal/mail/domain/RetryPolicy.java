package eu.dsrportal.mail.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a mail that did not leave is tried again, or that it is given up on. A permanent refusal
 * fails at once; a transient one backs off exponentially (30 s, 1, 2, 4 ... minutes, at most {@link
 * #MAX_BACKOFF}) until {@code maxAttempts} transient failures; a server that is unavailable is
 * probed again after {@code serverRetry} without ever failing the mail, so that a long outage
 * drains as soon as the server is back.
 */
public record RetryPolicy(int maxAttempts, Duration serverRetry) {
  public static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);
  public static final Duration MAX_BACKOFF = Duration.ofMinutes(30);

  public RetryPolicy {
    if (maxAttempts < 1 || serverRetry.isNegative()) {
      throw new IllegalArgumentException("maxAttempts >= 1 and serverRetry >= 0");
    }
  }

  /**
   * The next try after a failure, or empty when the mail is FAILED.
   *
   * @param attempts the attempts so far, this one included
   */
  public Optional<Instant> nextAttempt(DeliveryFailure failure, int attempts, Instant now) {
    return switch (failure) {
      case PERMANENT -> Optional.empty();
      case SERVER_UNAVAILABLE -> Optional.of(now.plus(serverRetry));
      case TRANSIENT ->
          attempts >= maxAttempts ? Optional.empty() : Optional.of(now.plus(backoff(attempts)));
    };
  }

  static Duration backoff(int attempts) {
    Duration d = FIRST_BACKOFF.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 10));
    return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
  }
}
