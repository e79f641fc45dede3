package eu.dsrportal.mail.application;

import eu.dsrportal.mail.domain.MailAttachment;
import eu.dsrportal.mail.domain.MailMessage;
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

/** The outbox: queueing in the caller's transaction, and what staff see of it. */
@Stateless
public class Outbox {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Queues a mail; it is sent only if the caller's transaction commits. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void enqueue(MailMessage mail) {
    em.persist(new OutboxMessage(mail, clock.instant()));
  }

  /**
   * Queues a mail with files attached; sent only if the caller's transaction commits. (Placeholder:
   * attachments are stored and sent once the outbox holds them.)
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void enqueue(MailMessage mail, List<MailAttachment> attachments) {
    enqueue(mail);
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
