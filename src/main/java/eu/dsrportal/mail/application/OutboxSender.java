package eu.dsrportal.mail.application;

import eu.dsrportal.mail.domain.MailAttachment;
import eu.dsrportal.mail.domain.OutboxAttachment;
import eu.dsrportal.mail.domain.OutboxMessage;
import eu.dsrportal.mail.infrastructure.MailTransport;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers due outbox messages every few seconds. Messages are claimed with {@code FOR UPDATE SKIP
 * LOCKED}, so several instances on one database never send the same mail twice. Each batch is its
 * own transaction; a failure is recorded on the message and retried later.
 */
@Singleton
public class OutboxSender {

  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
  private static final int BATCH = 20;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject MailTransport transport;

  @Inject
  @ConfigProperty(name = "mail.outbox.max-attempts")
  int maxAttempts;

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void sendDue() {
    List<?> ids =
        em.createNativeQuery(
                "SELECT id FROM outbox_message WHERE status = 'PENDING' AND next_attempt_at <= ?"
                    + " ORDER BY next_attempt_at LIMIT "
                    + BATCH
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
            .getResultList();
    List<OutboxMessage> due =
        ids.stream().map(id -> em.find(OutboxMessage.class, ((Number) id).longValue())).toList();
    for (OutboxMessage message : due) {
      try {
        transport.send(message.toMail(), attachmentsOf(message.getId()));
        message.sent(clock.instant());
      } catch (Exception e) {
        // the exception's message names recipients: only the mail's id, purpose and reply code
        LOG.log(
            Level.WARNING,
            "Mail {0} ({1}) not sent: {2}",
            new Object[] {message.getId(), message.getPurpose(), MailFailure.describe(e)});
        message.attemptFailed(e.getMessage(), clock.instant(), maxAttempts);
      }
    }
  }

  /** The files queued with a message, in order; none for most mails. */
  private List<MailAttachment> attachmentsOf(long messageId) {
    return em.createQuery(
            "SELECT a FROM OutboxAttachment a WHERE a.messageId = :id ORDER BY a.position",
            OutboxAttachment.class)
        .setParameter("id", messageId)
        .getResultStream()
        .map(OutboxAttachment::toAttachment)
        .toList();
  }
}
