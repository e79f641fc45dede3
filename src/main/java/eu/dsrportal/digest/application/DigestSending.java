package eu.dsrportal.digest.application;

import eu.dsrportal.digest.domain.RecipientKind;
import eu.dsrportal.mail.application.Outbox;
import eu.dsrportal.mail.domain.MailMessage;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Sends one recipient's digest of a day at most once, in a transaction of its own (one recipient's
 * failure does not undo the others'): the row in {@code digest_sent} is inserted first; when it is
 * there already (an earlier run, or another instance running now: the insert waits for its commit)
 * nothing is queued.
 */
@Stateless
@PermitAll
public class DigestSending {

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;

  /** Queues the mail unless that recipient already had the day's digest; true when queued. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean sendOnce(
      RecipientKind kind, String key, LocalDate day, MailMessage mail, Instant now) {
    int inserted =
        em.createNativeQuery(
                "INSERT IGNORE INTO digest_sent (recipient_kind, recipient_key, day, sent_at)"
                    + " VALUES (?1, ?2, ?3, ?4)")
            .setParameter(1, kind.name())
            .setParameter(2, key)
            .setParameter(3, day)
            .setParameter(4, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
            .executeUpdate();
    if (inserted == 0) {
      return false;
    }
    outbox.enqueue(mail);
    return true;
  }
}
