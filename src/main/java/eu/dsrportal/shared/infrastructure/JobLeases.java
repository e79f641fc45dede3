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

/**
 * The leases of the scheduled jobs in the {@code job_lease} table, so that a job runs once per due
 * time however many instances share the database. Taking a lease is one UPDATE under the row's
 * lock, committed at once (its own transaction): of two instances whose timers fire together, the
 * second sees the first's due time and gets nothing. A holder that dies keeps the lease only until
 * {@code lease_until}; the next due time is then run by whichever instance comes first, and every
 * job works off all that is due up to its {@code now}, so nothing is lost. See {@link
 * ScheduledJobs} for the callers' side.
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
    em.createNativeQuery("INSERT IGNORE INTO job_lease (name) VALUES (?)")
        .setParameter(1, job)
        .executeUpdate();
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

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
