package eu.dsrportal.intake.infrastructure;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.intake.domain.RequestStatus;
import eu.dsrportal.shared.infrastructure.ScheduledJobs;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Requests whose subject never confirmed the e-mail address are deleted once the link has expired:
 * nobody asked for them to be kept, and anyone could have typed that address (data minimisation).
 * Hourly, once cluster-wide ({@link ScheduledJobs}).
 */
@Stateless
@PermitAll
public class UnverifiedRequestPurge {
  private static final Logger LOG = Logger.getLogger(UnverifiedRequestPurge.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject ScheduledJobs jobs;
  @Resource SessionContext context;

  @Schedule(hour = "*", minute = "23", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void hourly() {
    Instant now = clock.instant();
    UnverifiedRequestPurge self = context.getBusinessObject(UnverifiedRequestPurge.class);
    jobs.runOnce(
        "unverified-request-purge",
        now,
        Duration.ofMinutes(1),
        Duration.ofMinutes(30),
        () -> self.purge(now));
  }

  /** Deletes the unverified requests whose link expired before {@code now}; returns how many. */
  public int purge(Instant now) {
    int purged =
        em.createQuery(
                "DELETE FROM Request r WHERE r.status = :unverified"
                    + " AND r.verificationExpiresAt <= :now")
            .setParameter("unverified", RequestStatus.UNVERIFIED)
            .setParameter("now", now)
            .executeUpdate();
    if (purged > 0) {
      audit.granted(AuditAction.UNVERIFIED_PURGED, "Request", null);
      LOG.info(() -> "Purged " + purged + " unverified requests");
    }
    return purged;
  }
}
