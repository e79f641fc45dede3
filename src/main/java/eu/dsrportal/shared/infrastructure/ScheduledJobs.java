package eu.dsrportal.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a scheduled job once cluster-wide per due time ({@link JobLeases}). A timer method calls
 * {@link #runOnce} with the job's name, the instant its timer fired, the grain its due times fall
 * on, the longest a run may hold the job, and the work. Every instance's timer fires; the one that
 * takes the lease runs the work, the others return at once.
 *
 * <p>The due time is the firing instant rounded to the nearest grain (a minute for jobs that fire
 * at whole minutes, five seconds for the audit sealer), so instances whose clocks or timers are a
 * little apart agree on it.
 */
@ApplicationScoped
public class ScheduledJobs {
  private static final Logger LOG = Logger.getLogger(ScheduledJobs.class.getName());

  /** This instance in the lease table: host and process, and a random part for restarts. */
  public static final String HOLDER =
      ManagementFactory.getRuntimeMXBean().getName()
          + "/"
          + UUID.randomUUID().toString().substring(0, 8);

  @Inject JobLeases leases;
  @Inject Clock clock;

  /**
   * Runs {@code work} if this instance takes the job's lease for the due time of {@code now};
   * answers whether it ran. A failing run ends its lease too (FAILED) and its error goes on.
   */
  public boolean runOnce(String job, Instant now, Duration grain, Duration lease, Runnable work) {
    return runOnce(job, now, grain, lease, HOLDER, work);
  }

  /** As {@link #runOnce(String, Instant, Duration, Duration, Runnable)}, as the given holder. */
  public boolean runOnce(
      String job, Instant now, Duration grain, Duration lease, String holder, Runnable work) {
    if (!leases.acquire(job, dueTime(now, grain), now, lease, holder)) {
      return false;
    }
    String outcome = "FAILED";
    try {
      work.run();
      outcome = "DONE";
      return true;
    } catch (RuntimeException e) {
      if (!DatabaseUnavailable.causedBy(e)) { // an outage is logged once, not per job
        LOG.log(Level.WARNING, e, () -> "Scheduled job " + job + " failed");
      }
      throw e;
    } finally {
      leases.release(job, holder, outcome, clock.instant());
    }
  }

  /** {@code now} rounded to the nearest multiple of {@code grain} since the epoch. */
  public static Instant dueTime(Instant now, Duration grain) {
    long grainMillis = grain.toMillis();
    long millis = now.toEpochMilli();
    return Instant.ofEpochMilli(Math.floorDiv(millis + grainMillis / 2, grainMillis) * grainMillis);
  }
}
