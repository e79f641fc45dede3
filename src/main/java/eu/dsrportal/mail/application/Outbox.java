package eu.dsrportal.mail.application;

import eu.dsrportal.mail.domain.MailAttachment;
import eu.dsrportal.mail.domain.MailMessage;
import eu.dsrportal.mail.domain.OutboxAttachment;
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

  /** Mails not (yet) delivered: pending ones first, then failed ones; newest first. */
  @RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
  public List<OutboxMessage> undelivered() {
    return em.createQuery(
            "SELECT m FROM OutboxMessage m WHERE m.status <> :sent ORDER BY m.status DESC, m.createdAt DESC",
            OutboxMessage.class)
        .setParameter("sent", Status.SENT)
        .setMaxResults(200)
        .getResultList();
  }

  @RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
  /** Refused when the message is not (or no longer) failed: the page may be older than that. */
  public void retry(long id) {
    OutboxMessage message = em.find(OutboxMessage.class, id);
    if (message == null || message.getStatus() != Status.FAILED) {
      throw new DomainRuleViolation("outbox.error.notFailed");
    }
    message.retry(clock.instant());
  }
}
