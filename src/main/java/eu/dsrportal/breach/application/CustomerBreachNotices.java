package eu.dsrportal.breach.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.breach.domain.BreachNotice;
import eu.dsrportal.identity.application.Accounts;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * A customer's users reading the breach notices sent to their customer, as they were sent. Bound to
 * the caller's customer in every query: another customer's notice is "not found", like one that
 * does not exist (and the attempt is audited as refused).
 */
@Stateless
@RolesAllowed(RoleNames.CUSTOMER)
public class CustomerBreachNotices {

  /** A notice in the customer's list. */
  public record Summary(long id, String title, Instant sentAt) {}

  /** A notice as it was sent. */
  public record Sent(
      long id, String title, String subject, String body, String recipient, Instant sentAt) {}

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject AuditLog audit;

  /** The caller's customer's notices, newest first. */
  public List<Summary> list() {
    return em.createQuery(
            "SELECT n FROM BreachNotice n WHERE n.customerId = :customer"
                + " ORDER BY n.sentAt DESC, n.id DESC",
            BreachNotice.class)
        .setParameter("customer", callerCustomer())
        .getResultStream()
        .map(n -> new Summary(n.getId(), n.getTitle(), n.getSentAt()))
        .toList();
  }

  public Sent find(long noticeId) {
    BreachNotice notice =
        em.createQuery(
                "SELECT n FROM BreachNotice n WHERE n.id = :id AND n.customerId = :customer",
                BreachNotice.class)
            .setParameter("id", noticeId)
            .setParameter("customer", callerCustomer())
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () -> {
                  audit.denied(AuditAction.BREACH_NOTICE_VIEWED, "BreachNotice", noticeId);
                  return new NotFoundException("breachNotice");
                });
    audit.granted(AuditAction.BREACH_NOTICE_VIEWED, "BreachNotice", noticeId);
    return new Sent(
        notice.getId(),
        notice.getTitle(),
        notice.getSubject(),
        notice.getBody(),
        notice.getRecipientName() + " <" + notice.getRecipientEmail() + ">",
        notice.getSentAt());
  }

  private long callerCustomer() {
    return accounts.callerCustomerId().orElseThrow(() -> new NotFoundException("customer"));
  }
}
