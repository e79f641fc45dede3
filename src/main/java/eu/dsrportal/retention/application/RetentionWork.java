package eu.dsrportal.retention.application;

import static eu.dsrportal.retention.application.Sql.utc;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.retention.domain.RetentionPolicy;
import eu.dsrportal.retention.domain.RetentionRun;
import eu.dsrportal.shared.domain.ProviderTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The database side of the daily retention run, each step a transaction of its own. The day's row
 * in {@code retention_run} is inserted first ({@code INSERT IGNORE} on a unique day): a second run
 * that day, on this instance or another, inserts nothing and does nothing. Files are deleted by the
 * job after the rows that named them are gone (a crash in between leaves orphans, which the next
 * run removes).
 */
@Stateless
@PermitAll
public class RetentionWork {
  /** What an anonymised request's subject name becomes. */
  public static final String ANONYMISED = "—";

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  /** The day's claim and its database work: the files to delete; empty when it ran already. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Claimed> purge(Instant now, RetentionPolicy policy) {
    LocalDate day = now.atZone(ProviderTime.DEFAULT_ZONE).toLocalDate();
    int claimed =
        em.createNativeQuery(
                "INSERT IGNORE INTO retention_run (run_day, started_at, default_months)"
                    + " VALUES (?, ?, ?)")
            .setParameter(1, day)
            .setParameter(2, utc(now))
            .setParameter(3, policy.requestMonths())
            .executeUpdate();
    if (claimed == 0) {
      return Optional.empty();
    }
    long runId =
        Sql.number(
            em.createNativeQuery("SELECT id FROM retention_run WHERE run_day = ?")
                .setParameter(1, day)
                .getSingleResult());
    List<Long> due = requestsDue(now, policy);
    List<Long> tasks =
        Sql.idsIn(em, "SELECT id FROM assistance_task WHERE request_id IN (:ids)", due);
    List<String> keys = new ArrayList<>();
    keys.addAll(
        Sql.strings(
            em, "SELECT storage_key FROM request_attachment WHERE request_id IN (:ids)", due));
    keys.addAll(
        Sql.strings(em, "SELECT storage_key FROM task_file WHERE task_id IN (:ids)", tasks));
    Sql.update(em, "DELETE FROM request_attachment WHERE request_id IN (:ids)", due);
    Sql.update(em, "DELETE FROM task_file WHERE task_id IN (:ids)", tasks);
    Sql.update(em, "DELETE FROM request_note WHERE request_id IN (:ids)", due);
    Sql.update(
        em,
        "UPDATE clarification SET question = '', answer = IF(answer IS NULL, NULL, '')"
            + " WHERE request_id IN (:ids)",
        due);
    Sql.update(em, "UPDATE forwarding SET return_reason = NULL WHERE request_id IN (:ids)", due);
    SubjectTraces.anonymiseTaskTexts(em, tasks);
    SubjectTraces.forgetMailsToSubjects(em, due, now);
    int anonymised =
        Sql.update(
            em,
            "UPDATE request SET subject_name = ?, subject_email = NULL, description = '',"
                + " service_used = NULL, reference_at_organisation = NULL, return_reason = NULL,"
                + " verification_token_hash = NULL, status_token_hash = NULL, anonymised_at = ?"
                + " WHERE id IN (:ids)",
            due,
            ANONYMISED,
            utc(now));
    int mails = clearOldMailBodies(policy.mailBodiesSentBefore(now), now);
    em.createNativeQuery(
            "UPDATE retention_run SET requests_anonymised = ?, mail_bodies_cleared = ? WHERE id = ?")
        .setParameter(1, anonymised)
        .setParameter(2, mails)
        .setParameter(3, runId)
        .executeUpdate();
    audit.granted(AuditAction.RETENTION_RUN, "RetentionRun", runId);
    return Optional.of(new Claimed(runId, keys));
  }

  /** Every storage key a row points to: files that are no orphans. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Set<String> knownStorageKeys() {
    Set<String> keys = new HashSet<>();
    for (Object key :
        em.createNativeQuery(
                "SELECT storage_key FROM request_attachment UNION SELECT storage_key FROM task_file"
                    + " UNION SELECT storage_key FROM inquiry_file")
            .getResultList()) {
      keys.add((String) key);
    }
    return keys;
  }

  /** Records the files removed and the end of the run. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public RetentionRun finish(long runId, int filesDeleted, int orphansRemoved, Instant at) {
    em.createNativeQuery(
            "UPDATE retention_run SET files_deleted = ?, orphan_files_removed = ?, finished_at = ?"
                + " WHERE id = ?")
        .setParameter(1, filesDeleted)
        .setParameter(2, orphansRemoved)
        .setParameter(3, utc(at))
        .setParameter(4, runId)
        .executeUpdate();
    return RetentionQueries.runs(em, "WHERE id = " + runId).get(0);
  }

  /**
   * Closed requests not yet anonymised whose period has passed: the customer's of their latest
   * forwarding, else the default. Candidates are narrowed in SQL by the shortest period possible.
   */
  private List<Long> requestsDue(Instant now, RetentionPolicy policy) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT r.id, r.closed_at, o.months FROM request r"
                    + " LEFT JOIN forwarding f ON f.request_id = r.id AND NOT EXISTS ("
                    + "   SELECT 1 FROM forwarding g WHERE g.request_id = r.id"
                    + "   AND (g.forwarded_at > f.forwarded_at"
                    + "        OR (g.forwarded_at = f.forwarded_at AND g.id > f.id)))"
                    + " LEFT JOIN retention_override o ON o.customer_id = f.customer_id"
                    + " WHERE r.status = 'CLOSED' AND r.anonymised_at IS NULL"
                    + " AND r.closed_at IS NOT NULL AND r.closed_at <= ?")
            .setParameter(
                1,
                utc(
                    now.atZone(ProviderTime.DEFAULT_ZONE)
                        .minusMonths(RetentionPolicy.MIN_MONTHS)
                        .toInstant()))
            .getResultList();
    List<Long> due = new ArrayList<>();
    for (Object[] row : rows) {
      Integer months = row[2] == null ? null : ((Number) row[2]).intValue();
      if (policy.requestDue(Sql.instant(row[1]), months, now)) {
        due.add(Sql.number(row[0]));
      }
    }
    return due;
  }

  /**
   * Empties the bodies of mails sent before {@code before}, and of mails that failed for good and
   * were written before it: nobody retries a mail that old, and its links have expired.
   */
  private int clearOldMailBodies(Instant before, Instant now) {
    String old =
        " body_cleared_at IS NULL AND ((status = 'SENT' AND sent_at < ?)"
            + " OR (status = 'FAILED' AND created_at < ?))";
    em.createNativeQuery(
            "DELETE a FROM outbox_attachment a JOIN outbox_message m ON m.id = a.message_id"
                + " WHERE m.id IN (SELECT id FROM outbox_message WHERE"
                + old
                + ")")
        .setParameter(1, utc(before))
        .setParameter(2, utc(before))
        .executeUpdate();
    // a mail to a subject keeps who it went to as the request's id (the request holds the address
    // while it is kept); a mail to a customer or staff keeps its address, a business contact
    return em.createNativeQuery(
            "UPDATE outbox_message SET body = '', body_cleared_at = ?,"
                + " last_error = IF(to_subject, REPLACE(last_error, recipient, 'the subject'),"
                + " last_error),"
                + " recipient = IF(to_subject, "
                + SubjectTraces.RECIPIENT
                + ", recipient)"
                + " WHERE"
                + old)
        .setParameter(1, utc(now))
        .setParameter(2, utc(before))
        .setParameter(3, utc(before))
        .executeUpdate();
  }

  /** The run claimed and the storage keys of the files its rows named. */
  public record Claimed(long runId, List<String> storageKeys) {}
}
