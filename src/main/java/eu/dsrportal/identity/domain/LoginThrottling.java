package eu.dsrportal.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Failed logins count per account <em>and</em> client address: after {@code maxFailures} within
 * {@code window} that address may not try that account again until the oldest of them has left the
 * window. Nobody can lock an owner out from elsewhere, and the count decays by itself; a good login
 * from anywhere, or an administrator, clears it.
 */
public record LoginThrottling(int maxFailures, Duration window) {

  public LoginThrottling {
    if (maxFailures < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("maxFailures and window must be positive");
    }
  }

  /** The earliest failure that can still count at {@code now}. */
  public Instant windowStart(Instant now) {
    return now.minus(window);
  }

  /**
   * Until when the pair is throttled, given its failures that count (oldest first, all after the
   * window start and after the account's last good login); empty when it may try.
   */
  public Optional<Instant> throttledUntil(List<Instant> countingFailures, Instant now) {
    if (countingFailures.size() < maxFailures) {
      return Optional.empty();
    }
    Instant until = countingFailures.get(countingFailures.size() - maxFailures).plus(window);
    return until.isAfter(now) ? Optional.of(until) : Optional.empty();
  }
}
