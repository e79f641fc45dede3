package eu.dsrportal.shared.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The leases of the scheduled jobs in the {@code job_lease} table, so that a job runs once per due
 * time however many instances share the database. Taking a lease is one UPDATE under the row's
 * lock, committed at once (its own transaction): of two instances whose timers fire together, the
 * second sees the first's due time and gets nothing. A holder that dies keeps the lease only until
 * {@code lease_until}; its run is then taken over by another instance ({@link #takeOver}, {@link
 * JobWatchdog}), and every job works off all that is due up to its {@code now}, so nothing is lost.
 * See {@link ScheduledJobs} for the callers' side.
 */
@Stateless
@PermitAll
public class JobLeases {

  @PersistenceContext EntityManager em;

  /**
   * Takes the lease of {@code job} for the run due at {@code due}, held until {@code now + lease}:
   * true if this holder may run it; false if the job already ran (or runs) for this due time or a
   * later one, or another holder's lease has not ended.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean acquire(String job, Instant due, Instant now, Duration lease, String holder) {
    // Locks only what it must, in one order, so that holders whose timers fire together never
    // deadlock: the row's existence is read without a lock; an existing row is taken by one UPDATE
    // under its lock (an INSERT IGNORE first, as before, took a shared lock on it, and two holders
    // that then both wanted to update it deadlocked); a job's first run ever inserts its row
    // already taken (an UPDATE of the missing row would have left gap locks that two inserts
    // deadlock on). Of two holders inserting it at once, the second waits for the first's commit
    // and then inserts nothing.
    boolean exists =
        !em.createNativeQuery("SELECT 1 FROM job_lease WHERE name = ?")
            .setParameter(1, job)
            .getResultList()
            .isEmpty();
    if (!exists) {
      return em.createNativeQuery(
                  "INSERT IGNORE INTO job_lease (name, holder, lease_until, last_due,"
                      + " last_started_at, last_outcome, runs) VALUES (?, ?, ?, ?, ?, 'RUNNING', 1)")
              .setParameter(1, job)
              .setParameter(2, holder)
              .setParameter(3, utc(now.plus(lease)))
              .setParameter(4, utc(due))
              .setParameter(5, utc(now))
              .executeUpdate()
          == 1;
    }
    return em.createNativeQuery(
                "UPDATE job_lease SET holder = ?, lease_until = ?, last_due = ?,"
                    + " last_started_at = ?, last_finished_at = NULL, last_outcome = 'RUNNING',"
                    + " runs = runs + 1"
                    + " WHERE name = ? AND (last_due IS NULL OR last_due < ?)"
                    + " AND (lease_until IS NULL OR lease_until <= ?)")
            .setParameter(1, holder)
            .setParameter(2, utc(now.plus(lease)))
            .setParameter(3, utc(due))
            .setParameter(4, utc(now))
            .setParameter(5, job)
            .setParameter(6, utc(due))
            .setParameter(7, utc(now))
            .executeUpdate()
        == 1;
  }

  /**
   * The runs abandoned at {@code now}: started, never finished (no outcome) and their lease ended,
   * their holder having died (or lost the database) in them. Job name and due time.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Map<String, Instant> abandoned(Instant now) {
    Map<String, Instant> runs = new LinkedHashMap<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT name, last_due FROM job_lease WHERE last_outcome = 'RUNNING'"
                    + " AND lease_until <= ? ORDER BY name")
            .setParameter(1, utc(now))
            .getResultList()) {
      Object[] columns = (Object[]) row;
      runs.put((String) columns[0], instant(columns[1]));
    }
    return runs;
  }

  /**
   * Takes over the abandoned run of {@code job} for the due time {@code due}, held until {@code now
   * + lease}: true for one holder only, and only once the dead holder's lease has ended (one UPDATE
   * under the row's lock, as {@link #acquire}).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean takeOver(String job, Instant due, Instant now, Duration lease, String holder) {
    return em.createNativeQuery(
                "UPDATE job_lease SET holder = ?, lease_until = ?, last_started_at = ?,"
                    + " last_finished_at = NULL, last_outcome = 'RUNNING', runs = runs + 1"
                    + " WHERE name = ? AND last_due = ? AND last_outcome = 'RUNNING'"
                    + " AND lease_until <= ?")
            .setParameter(1, holder)
            .setParameter(2, utc(now.plus(lease)))
            .setParameter(3, utc(now))
            .setParameter(4, job)
            .setParameter(5, utc(due))
            .setParameter(6, utc(now))
            .executeUpdate()
        == 1;
  }

  /** Ends this holder's lease of {@code job} with its outcome (DONE or FAILED). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void release(String job, String holder, String outcome, Instant now) {
    em.createNativeQuery(
            "UPDATE job_lease SET lease_until = NULL, last_finished_at = ?, last_outcome = ?"
                + " WHERE name = ? AND holder = ?")
        .setParameter(1, utc(now))
        .setParameter(2, outcome)
        .setParameter(3, job)
        .setParameter(4, holder)
        .executeUpdate();
  }

  private static Instant instant(Object column) {
    if (column instanceof java.sql.Timestamp timestamp) {
      return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    return ((LocalDateTime) column).toInstant(ZoneOffset.UTC);
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
