package eu.dsrportal.shared.infrastructure;

import java.time.Duration;
import java.util.Optional;

/**
 * Whether the database is out of reach, as this instance last saw it: one outage from the first
 * failure until a check finds it back, so that it is logged once when it starts and once when it
 * ends, however many requests and timers meet it meanwhile. Pure state, safe for many threads.
 * Instants are a monotonic clock's nanoseconds ({@code System.nanoTime()}): only lengths of time
 * are measured here, never a date.
 */
public final class OutageState {
  private final long checkEveryNanos;
  private boolean down;
  private long downSince;
  private long lastCheck;
  private long failures;

  public OutageState(Duration checkEvery) {
    this.checkEveryNanos = checkEvery.toNanos();
  }

  /** A failure seen at {@code now}; true if it starts an outage (the one to be logged). */
  public synchronized boolean failed(long now) {
    failures++;
    if (down) {
      return false;
    }
    down = true;
    downSince = now;
    lastCheck = now;
    return true;
  }

  /** Whether an outage is on. */
  public synchronized boolean isDown() {
    return down;
  }

  /**
   * Whether the caller should check the database now: only during an outage, and at most once per
   * check period (the first caller after it takes the check; the others wait for its result).
   */
  public synchronized boolean checkDue(long now) {
    if (!down || now - lastCheck < checkEveryNanos) {
      return false;
    }
    lastCheck = now;
    return true;
  }

  /** What ended, if the database was found back at {@code now} during an outage. */
  public synchronized Optional<Ended> recovered(long now) {
    if (!down) {
      return Optional.empty();
    }
    Ended ended = new Ended(Duration.ofNanos(now - downSince), failures);
    down = false;
    failures = 0;
    return Optional.of(ended);
  }

  /** An outage that ended: how long it lasted and how many failures met it. */
  public record Ended(Duration lasted, long failures) {}
}
