package eu.dsrportal.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>A run whose instance dies in it (its lease ends without an outcome) is run again soon after by
 * another instance ({@link #takeOverAbandoned}, every 15 s from {@link JobWatchdog}), not only at
 * the job's next due time (a day later for a daily job). Every instance's timer fires at every due
 * time, so each remembers the work of the job's latest due time even when another instance took the
 * lease; the one that takes over runs that work. An instance started after the due time does not
 * know it and leaves the run to the others (or to the next due time).
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

  /** The latest due time's work of each job, as this instance's timer last fired for it. */
  private final Map<String, Registered> registered = new ConcurrentHashMap<>();

  private record Registered(Instant due, Duration lease, Runnable work) {}

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
    Instant due = dueTime(now, grain);
    registered.merge(
        job,
        new Registered(due, lease, work),
        (earlier, later) -> later.due().isBefore(earlier.due()) ? earlier : later);
    if (!leases.acquire(job, due, now, lease, holder)) {
      return false;
    }
    return run(job, holder, work);
  }

  /**
   * Runs again, as {@code holder}, every run abandoned at {@code now} (its lease ended without an
   * outcome) whose due time's work this instance knows; answers the names of the jobs it ran. Of
   * several instances doing this at once, one takes each run over ({@link JobLeases#takeOver}).
   */
  public List<String> takeOverAbandoned(Instant now, String holder) {
    List<String> ran = new ArrayList<>();
    leases
        .abandoned(now)
        .forEach(
            (job, due) -> {
              if (takeOver(job, due, now, holder)) {
                ran.add(job);
              }
            });
    return ran;
  }

  /**
   * As {@link #takeOverAbandoned(Instant, String)} for one job only (tests at chosen instants must
   * leave the real jobs' leases alone): true if this holder took its run over and ran it.
   */
  public boolean takeOverAbandoned(String job, Instant now, String holder) {
    Instant due = leases.abandoned(now).get(job);
    return due != null && takeOver(job, due, now, holder);
  }

  private boolean takeOver(String job, Instant due, Instant now, String holder) {
    Registered known = registered.get(job);
    if (known == null
        || !known.due().equals(due)
        || !leases.takeOver(job, due, now, known.lease(), holder)) {
      return false;
    }
    LOG.warning(() -> "Scheduled job " + job + " taken over: its run was abandoned");
    try {
      return run(job, holder, known.work());
    } catch (RuntimeException failed) {
      return false; // logged by run; its lease ended FAILED; the other jobs are still taken over
    }
  }

  private boolean run(String job, String holder, Runnable work) {
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
