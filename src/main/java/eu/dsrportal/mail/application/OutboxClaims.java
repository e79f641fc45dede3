package eu.dsrportal.mail.application;

import eu.dsrportal.mail.domain.ClaimedMail;
import eu.dsrportal.mail.domain.MailAttachment;
import eu.dsrportal.mail.domain.MailMessage;
import eu.dsrportal.mail.domain.OutboxAttachment;
import eu.dsrportal.mail.domain.OutboxMessage;
import eu.dsrportal.mail.domain.RetryPolicy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The outbox as the sending workers see it: each call is one short transaction of its own. A worker
 * claims a batch of due mails ({@code FOR UPDATE SKIP LOCKED}: two workers, on one instance or two,
 * never claim the same row), sends it outside any transaction, then records the outcome; only rows
 * still under its claim token are changed, so a worker whose claim expired cannot overwrite a later
 * attempt.
 */
@Stateless
@LocalBean
@PermitAll
public class OutboxClaims implements OutboxWorker.Store {

  @PersistenceContext EntityManager em;

  /**
   * Claims up to {@code max} due mails, most urgent first, until {@code now + lease}: they are due
   * again then if the claimer never reports (it died). The claim changes no indexed column (only
   * claim_token and claimed_until), so concurrent claims lock nothing beyond the rows they take and
   * cannot deadlock one another; its update goes by the primary key (forced: see there), so it
   * waits for no row it did not claim, such as one intake is inserting. The claim index is forced
   * so that the scan stops after {@code max} rows in priority order instead of locking every
   * pending row before sorting (which would make the other workers skip them all).
   */
  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<ClaimedMail> claim(String token, Instant now, Duration lease, int max) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id FROM outbox_message FORCE INDEX (ix_outbox_claim)"
                    + " WHERE status = 'PENDING' AND next_attempt_at <= ?"
                    + " AND (claimed_until IS NULL OR claimed_until <= ?)"
                    + " ORDER BY priority, next_attempt_at, id LIMIT "
                    + max
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, utc(now))
            .setParameter(2, utc(now))
            .getResultList();
    if (rows.isEmpty()) {
      return List.of();
    }
    String ids =
        rows.stream()
            .map(id -> String.valueOf(((Number) id).longValue()))
            .collect(Collectors.joining(","));
    LocalDateTime until = utc(now.plus(lease));
    // by the primary key, one row after the other: on a small table MariaDB would rather scan the
    // whole index, locking every row it passes, also a row that intake has just inserted and not
    // yet
    // committed, while intake waits for the claim's locks on the claim index: a deadlock
    em.createNativeQuery(
            "UPDATE outbox_message FORCE INDEX (PRIMARY) SET claim_token = ?, claimed_until = ?,"
                + " version = version + 1 WHERE id IN ("
                + ids
                + ")")
        .setParameter(1, token)
        .setParameter(2, until)
        .executeUpdate();
    List<?> data =
        em.createNativeQuery(
                "SELECT id, created_at, attempts, recipient, subject, body, purpose"
                    + " FROM outbox_message WHERE id IN ("
                    + ids
                    + ") ORDER BY priority, id")
            .getResultList();
    Map<Long, List<MailAttachment>> files = attachmentsOf(ids);
    List<ClaimedMail> claimed = new ArrayList<>(data.size());
    for (Object row : data) {
      Object[] r = (Object[]) row;
      long id = ((Number) r[0]).longValue();
      claimed.add(
          new ClaimedMail(
              id,
              instant(r[1]),
              ((Number) r[2]).intValue(),
              new MailMessage((String) r[3], (String) r[4], (String) r[5], (String) r[6]),
              files.getOrDefault(id, List.of())));
    }
    return claimed;
  }

  /** Records what became of a claimed batch, in one transaction. */
  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(
      String token,
      Collection<Long> sent,
      List<OutboxWorker.Failed> failed,
      Instant now,
      RetryPolicy policy) {
    if (!sent.isEmpty()) {
      em.createNativeQuery(
              "UPDATE outbox_message FORCE INDEX (PRIMARY) SET status = 'SENT', sent_at = ?,"
                  + " attempts = attempts + 1,"
                  + " last_error = NULL, claim_token = NULL, claimed_until = NULL,"
                  + " version = version + 1 WHERE claim_token = ? AND id IN ("
                  + sent.stream().map(String::valueOf).collect(Collectors.joining(","))
                  + ")")
          .setParameter(1, utc(now))
          .setParameter(2, token)
          .executeUpdate();
    }
    for (OutboxWorker.Failed f : failed) {
      int attempts = f.mail().attempts() + 1;
      var next = policy.nextAttempt(f.failure(), attempts, now);
      em.createNativeQuery(
              "UPDATE outbox_message SET status = ?, attempts = attempts + 1, last_error = ?,"
                  + " next_attempt_at = ?, claim_token = NULL, claimed_until = NULL,"
                  + " version = version + 1 WHERE id = ? AND claim_token = ?")
          .setParameter(1, next.isPresent() ? "PENDING" : "FAILED")
          .setParameter(2, OutboxMessage.trimError(f.error()))
          .setParameter(3, utc(next.orElse(now)))
          .setParameter(4, f.mail().id())
          .setParameter(5, token)
          .executeUpdate();
    }
  }

  private Map<Long, List<MailAttachment>> attachmentsOf(String ids) {
    Map<Long, List<MailAttachment>> files = new HashMap<>();
    em.createQuery(
            "SELECT a FROM OutboxAttachment a WHERE a.messageId IN ("
                + ids
                + ") ORDER BY a.messageId, a.position",
            OutboxAttachment.class)
        .getResultStream()
        .forEach(
            a ->
                files
                    .computeIfAbsent(a.getMessageId(), k -> new ArrayList<>())
                    .add(a.toAttachment()));
    return files;
  }

  static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    if (value instanceof LocalDateTime t) {
      return t.toInstant(ZoneOffset.UTC);
    }
    return (Instant) value;
  }
}
