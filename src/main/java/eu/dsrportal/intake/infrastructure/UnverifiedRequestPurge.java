package eu.dsrportal.intake.infrastructure;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.intake.domain.RequestStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Requests whose subject never confirmed the e-mail address are deleted once the link has expired:
 * nobody asked for them to be kept, and anyone could have typed that address (data minimisation).
 */
@Stateless
@PermitAll
public class UnverifiedRequestPurge {
  private static final Logger LOG = Logger.getLogger(UnverifiedRequestPurge.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditLog audit;

  @Schedule(hour = "*", minute = "23", persistent = false)
  void hourly() {
    purge(clock.instant());
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
