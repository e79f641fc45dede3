package eu.dsrportal.inquiry.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.inquiry.domain.Inquiry;
import eu.dsrportal.inquiry.domain.InquiryEvent;
import eu.dsrportal.inquiry.domain.InquiryStatus;
import eu.dsrportal.inquiry.domain.ReminderRule;
import eu.dsrportal.inquiry.domain.ReminderRule.Reminder;
import eu.dsrportal.shared.domain.ProviderTime;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hourly, the support team is reminded of open inquiries due within {@code
 * inquiry.reminder-days-before-due} working days, and of overdue ones, again every {@code
 * inquiry.reminder-repeat-days} days ({@link ReminderRule}). Each reminder is a line of the
 * inquiry's history under a key unique per inquiry, inserted with INSERT IGNORE: the mail is queued
 * only by the run that inserted it, so running twice, or on two instances at once (the second waits
 * on the first's key and then inserts nothing), sends no reminder twice; and the timer runs once
 * cluster-wide per due time ({@link ScheduledJobs}).
 */
@Stateless
@PermitAll
public class InquiryReminders {
  private static final Logger LOG = Logger.getLogger(InquiryReminders.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject ProviderTime time;
  @Inject AuditLog audit;
  @Inject InquiryMails mails;

  @Inject
  @ConfigProperty(name = "inquiry.reminder-days-before-due")
  int daysBeforeDue;

  @Inject
  @ConfigProperty(name = "inquiry.reminder-repeat-days")
  int repeatDays;

  @Inject ScheduledJobs jobs;
  @Resource SessionContext context;

  @Schedule(hour = "*", minute = "17", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void hourly() {
    Instant now = clock.instant();
    InquiryReminders self = context.getBusinessObject(InquiryReminders.class);
    jobs.runOnce(
        "inquiry-reminders",
        now,
        Duration.ofMinutes(1),
        Duration.ofMinutes(30),
        () -> self.remind(now));
  }

  /** Sends the reminders due at {@code now} that were not sent yet; returns how many. */
  public int remind(Instant now) {
    LocalDate today = time.dateOf(now);
    ReminderRule rule = new ReminderRule(daysBeforeDue, repeatDays);
    List<Inquiry> open =
        em.createNamedQuery(Inquiry.OPEN_BY_DUE, Inquiry.class)
            .setParameter("status", InquiryStatus.OPEN)
            .getResultList();
    int sent = 0;
    for (Inquiry inquiry : open) {
      Optional<Reminder> reminder = rule.on(today, inquiry.getDueOn(), Inquiry.CALENDAR);
      if (reminder.isPresent() && recordOnce(inquiry, reminder.get(), now)) {
        mails.reminded(
            inquiry, em.find(Customer.class, inquiry.getCustomerId()), reminder.get().kind());
        audit.grantedAs(
            InquiryEvent.SYSTEM, AuditAction.INQUIRY_REMINDED, "Inquiry", inquiry.getId());
        sent++;
      }
    }
    if (sent > 0) {
      int count = sent;
      LOG.info(() -> "Sent " + count + " inquiry reminders");
    }
    return sent;
  }

  /** Whether this run recorded the reminder (and so sends it): no other run has its key. */
  private boolean recordOnce(Inquiry inquiry, Reminder reminder, Instant now) {
    return em.createNativeQuery(
                "INSERT IGNORE INTO inquiry_event (inquiry_id, type, happened_at, actor, once_key)"
                    + " VALUES (?, ?, ?, ?, ?)")
            .setParameter(1, inquiry.getId())
            .setParameter(2, reminder.kind().name())
            .setParameter(3, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
            .setParameter(4, InquiryEvent.SYSTEM)
            .setParameter(5, reminder.onceKey())
            .executeUpdate()
        == 1;
  }
}
