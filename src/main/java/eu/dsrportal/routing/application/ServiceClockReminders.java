package eu.dsrportal.routing.application;

import eu.dsrportal.shared.infrastructure.ScheduledJobs;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reminder job of our own clock (docs/service-clock.md), every quarter of an hour: first the
 * deadlines of open requests that have none yet (from before the clock), then, for every request
 * whose next deadline is ours to chase (forwarding, acknowledgement) and has passed, what is due
 * ({@link ReminderSending}, one transaction per request). Safe to run twice, and on two instances
 * at once; the timer itself runs once cluster-wide per due time ({@link ScheduledJobs}).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ServiceClockReminders {
  private static final Logger LOG = Logger.getLogger(ServiceClockReminders.class.getName());
  static final int BATCH = 500;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject ReminderSending sending;
  @Inject DeadlineRepair repair;

  @Inject ScheduledJobs jobs;

  @Schedule(hour = "*", minute = "*/15", persistent = false)
  void quarterHourly() {
    Instant now = clock.instant();
    jobs.runOnce(
        "service-clock-reminders",
        now,
        Duration.ofMinutes(1),
        Duration.ofMinutes(10),
        () -> run(now));
  }

  /** Sends what is due at {@code now}; returns how many reminders and notices went out. */
  public int run(Instant now) {
    try {
      repair.repairMissing(BATCH);
    } catch (RuntimeException e) {
      // a request deleted meanwhile (a purge): the next run repairs the rest
      LOG.log(Level.WARNING, e, () -> "Repairing deadlines failed");
    }
    int sent = 0;
    LocalDateTime afterDue = null;
    long afterId = 0;
    while (true) {
      Query query =
          em.createNativeQuery(
              "SELECT request_id, next_due_at FROM request_deadline WHERE next_due_at <= ?1"
                  + " AND next_due_kind IN ('FORWARD', 'ACKNOWLEDGE')"
                  + (afterDue == null
                      ? ""
                      : " AND (next_due_at > ?2 OR (next_due_at = ?3 AND request_id > ?4))")
                  + " ORDER BY next_due_at, request_id LIMIT "
                  + BATCH);
      query.setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
      if (afterDue != null) {
        query.setParameter(2, afterDue).setParameter(3, afterDue).setParameter(4, afterId);
      }
      List<?> rows = query.getResultList();
      for (Object row : rows) {
        Object[] columns = (Object[]) row;
        long requestId = ((Number) columns[0]).longValue();
        try {
          sent += sending.remind(requestId, now);
        } catch (RuntimeException e) {
          // one request's trouble (a colleague's change at the same moment) must not stop the rest
          LOG.log(Level.WARNING, e, () -> "Reminders of request " + requestId + " failed");
        }
        afterId = requestId;
        afterDue = toLocal(columns[1]);
      }
      if (rows.size() < BATCH) {
        break;
      }
    }
    int total = sent;
    if (total > 0) {
      LOG.info(() -> "Sent " + total + " reminders and notices");
    }
    return total;
  }

  private static LocalDateTime toLocal(Object value) {
    if (value instanceof LocalDateTime local) {
      return local;
    }
    return ((java.sql.Timestamp) value).toLocalDateTime();
  }
}
