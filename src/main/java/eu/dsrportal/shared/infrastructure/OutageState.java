package eu.dsrportal.shared.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether the database is out of reach, as this instance last saw it: one outage from the first
 * failure until a check finds it back, so that it is logged once when it starts and once when it
 * ends, however many requests and timers meet it meanwhile. Pure state, safe for many threads.
 */
public final class OutageState {
  private final Duration checkEvery;
  private Instant downSince;
  private Instant lastCheck;
  private long failures;

  public OutageState(Duration checkEvery) {
    this.checkEvery = checkEvery;
  }

  /** A failure seen at {@code now}; true if it starts an outage (the one to be logged). */
  public synchronized boolean failed(Instant now) {
    failures++;
    if (downSince != null) {
      return false;
    }
    downSince = now;
    lastCheck = now;
    return true;
  }

  /** Whether an outage is on. */
  public synchronized boolean isDown() {
    return downSince != null;
  }

  /**
   * Whether the caller should check the database now: only during an outage, and at most once per
   * check period (the first caller after it takes the check; the others wait for its result).
   */
  public synchronized boolean checkDue(Instant now) {
    if (downSince == null || now.isBefore(lastCheck.plus(checkEvery))) {
      return false;
    }
    lastCheck = now;
    return true;
  }

  /** What ended, if the database was found back at {@code now} during an outage. */
  public synchronized Optional<Ended> recovered(Instant now) {
    if (downSince == null) {
      return Optional.empty();
    }
    Ended ended = new Ended(Duration.between(downSince, now), failures);
    downSince = null;
    failures = 0;
    return Optional.of(ended);
  }

  /** An outage that ended: how long it lasted and how many failures met it. */
  public record Ended(Duration lasted, long failures) {}
}
