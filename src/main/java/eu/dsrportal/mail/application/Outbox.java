package eu.dsrportal.mail.application;

import eu.dsrportal.mail.domain.MailAttachment;
import eu.dsrportal.mail.domain.MailMessage;
import eu.dsrportal.mail.domain.OutboxAttachment;
import eu.dsrportal.mail.domain.OutboxBacklog;
import eu.dsrportal.mail.domain.OutboxMessage;
import eu.dsrportal.mail.domain.OutboxMessage.Status;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The outbox: queueing in the caller's transaction, and what staff see of it. */
@Stateless
public class Outbox {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "mail.max-attachment-bytes")
  long maxAttachmentBytes;

  /** Queues a mail; it is sent only if the caller's transaction commits. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void enqueue(MailMessage mail) {
    em.persist(new OutboxMessage(mail, clock.instant()));
  }

  /**
   * Queues a mail with files attached, in their order; stored and sent only if the caller's
   * transaction commits. All attachments of one mail together may hold at most {@code
   * mail.max-attachment-bytes} ({@code mail.error.attachmentsTooLarge} otherwise); a file name is
   * one line of at most 255 characters without path separators ({@code mail.error.attachmentName}).
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void enqueue(MailMessage mail, List<MailAttachment> attachments) {
    long total = 0;
    for (MailAttachment attachment : attachments) {
      total += attachment.content().length;
      String name = attachment.fileName();
      if (name.isBlank()
          || name.length() > OutboxAttachment.FILE_NAME_LENGTH
          || name.chars().anyMatch(c -> c < 0x20 || c == '/' || c == '\\' || c == 0x7f)
          || !attachment.contentType().matches("[\\w.+-]+/[\\w.+-]+")) {
        throw new DomainRuleViolation("mail.error.attachmentName");
      }
    }
    if (total > maxAttachmentBytes) {
      throw new DomainRuleViolation("mail.error.attachmentsTooLarge");
    }
    OutboxMessage message = new OutboxMessage(mail, clock.instant());
    em.persist(message);
    if (attachments.isEmpty()) {
      return;
    }
    em.flush();
    int position = 0;
    for (MailAttachment attachment : attachments) {
      em.persist(new OutboxAttachment(message.getId(), position++, attachment));
    }
  }

  /**
   * Mails not (yet) delivered: failed ones first (staff act on them), then waiting ones; newest
   * first; at most 200.
   */
  @RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
  public List<OutboxMessage> undelivered() {
    return em.createQuery(
            "SELECT m FROM OutboxMessage m WHERE m.status <> :sent"
                + " ORDER BY m.status, m.createdAt DESC",
            OutboxMessage.class)
        .setParameter("sent", Status.SENT)
        .setMaxResults(200)
        .getResultList();
  }

  /**
   * The backlog at a time: counts by state, the oldest waiting mail and the next planned try (one
   * grouped query on the status index).
   */
  @RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
  public OutboxBacklog backlog(Instant now) {
    LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT COALESCE(SUM(status = 'PENDING'), 0),"
                        + " COALESCE(SUM(status = 'PENDING' AND next_attempt_at <= ?"
                        + " AND (claimed_until IS NULL OR claimed_until <= ?)), 0),"
                        + " COALESCE(SUM(status = 'PENDING' AND claimed_until > ?), 0),"
                        + " COALESCE(SUM(status = 'FAILED'), 0),"
                        + " MIN(CASE WHEN status = 'PENDING' THEN created_at END),"
                        + " MIN(CASE WHEN status = 'PENDING' AND next_attempt_at > ?"
                        + " AND (claimed_until IS NULL OR claimed_until <= ?)"
                        + " THEN next_attempt_at END)"
                        + " FROM outbox_message WHERE status IN ('PENDING', 'FAILED')")
                .setParameter(1, at)
                .setParameter(2, at)
                .setParameter(3, at)
                .setParameter(4, at)
                .setParameter(5, at)
                .getSingleResult();
    return new OutboxBacklog(
        count(row[0]),
        count(row[1]),
        count(row[2]),
        count(row[3]),
        instant(row[4]),
        instant(row[5]));
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static Instant instant(Object value) {
    if (value instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    if (value instanceof LocalDateTime t) {
      return t.toInstant(ZoneOffset.UTC);
    }
    return (Instant) value;
  }

  @RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
  /**
   * Refused when the message is not (or no longer) failed, as the page may be older than that, or
   * when retention has emptied its body.
   */
  public void retry(long id) {
    OutboxMessage message = em.find(OutboxMessage.class, id);
    if (message == null || message.getStatus() != Status.FAILED) {
      throw new DomainRuleViolation("outbox.error.notFailed");
    }
    if (message.isBodyCleared()) {
      throw new DomainRuleViolation("outbox.error.bodyCleared");
    }
    message.retry(clock.instant());
  }
}
