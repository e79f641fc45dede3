package eu.dsrportal.breach.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.breach.application.BreachNoticeText.Composed;
import eu.dsrportal.breach.domain.Breach;
import eu.dsrportal.breach.domain.BreachNotice;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.identity.application.Accounts;
import eu.dsrportal.mail.application.Outbox;
import eu.dsrportal.mail.domain.MailMessage;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.domain.RoleNames;
import eu.dsrportal.shared.infrastructure.PortalSettings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Notices of a breach to the affected customers' primary privacy contacts, by e-mail through the
 * outbox, in each customer's language (contract art. 13.1–13.2). Each notice is stored with its
 * text as sent. A customer gets one notice per revision of the breach: sending the same revision
 * again is refused; after a change, a new notice is an update and says when the last one was sent.
 */
@Stateless
@RolesAllowed(RoleNames.ADMIN)
public class BreachNotices {
  public static final String CUSTOMER_PAGE = "/customer/breaches.xhtml";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject ProviderTime time;
  @Inject Accounts accounts;
  @Inject Outbox outbox;
  @Inject PortalSettings settings;
  @Inject AuditLog audit;

  /** The customers the breach affects, by name, with the contact a notice would reach. */
  public List<NoticeRecipient> recipients(long breachId) {
    Breach breach = breach(breachId);
    List<BreachNotice> sent = sent(breachId);
    if (breach.getCustomerIds().isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT c FROM Customer c WHERE c.id IN :ids", Customer.class)
        .setParameter("ids", breach.getCustomerIds())
        .getResultStream()
        .sorted(Comparator.comparing(Customer::getName, String.CASE_INSENSITIVE_ORDER))
        .map(c -> recipient(breach, c, sent))
        .toList();
  }

  /** Who was told when, newest first. */
  public List<BreachNotice> sent(long breachId) {
    return em.createQuery(
            "SELECT n FROM BreachNotice n WHERE n.breachId = :id ORDER BY n.sentAt DESC, n.id DESC",
            BreachNotice.class)
        .setParameter("id", breachId)
        .getResultList();
  }

  /**
   * Sends the notice of the breach as seen at {@code seenRevision} to these customers; refused as a
   * whole when the breach changed meanwhile, a customer is not affected by it, or was told of this
   * revision already. Returns the notices' ids.
   */
  public List<Long> send(long breachId, int seenRevision, Set<Long> customerIds) {
    if (customerIds == null || customerIds.isEmpty()) {
      throw new DomainRuleViolation("breach.notice.error.noneChosen");
    }
    Breach breach = breach(breachId);
    breach.checkRevision(seenRevision);
    List<BreachNotice> earlier = sent(breachId);
    String by = accounts.callerName();
    Instant now = clock.instant();
    List<Long> ids =
        customerIds.stream()
            .sorted()
            .map(
                customerId -> {
                  if (!breach.affects(customerId)) {
                    throw new DomainRuleViolation("breach.notice.error.notAffected");
                  }
                  Customer customer = em.find(Customer.class, customerId);
                  if (customer == null) {
                    throw new NotFoundException("customer");
                  }
                  NoticeRecipient to = recipient(breach, customer, earlier);
                  if (to.toldOfThisRevision()) {
                    throw new DomainRuleViolation("breach.notice.error.alreadySent");
                  }
                  return notify(breach, to, by, now);
                })
            .toList();
    em.flush();
    ids.forEach(id -> audit.granted(AuditAction.BREACH_NOTICE_SENT, "BreachNotice", id));
    return ids;
  }

  private long notify(Breach breach, NoticeRecipient to, String by, Instant now) {
    Composed text =
        BreachNoticeText.compose(
            breach.details(),
            to.language(),
            to.contactName(),
            to.customerName(),
            to.lastToldAt(),
            time.zone(),
            settings.baseUrl() + CUSTOMER_PAGE);
    BreachNotice notice =
        new BreachNotice(
            breach,
            to.customerId(),
            to.customerName(),
            to.contactName(),
            to.contactEmail(),
            to.language(),
            text.subject(),
            text.body(),
            by,
            now);
    em.persist(notice);
    em.flush();
    outbox.enqueue(
        new MailMessage(to.contactEmail(), text.subject(), text.body(), "BREACH_NOTICE"));
    return notice.getId();
  }

  private static NoticeRecipient recipient(
      Breach breach, Customer customer, List<BreachNotice> sent) {
    Optional<BreachNotice> last =
        sent.stream().filter(n -> n.getCustomerId() == customer.getId()).findFirst();
    boolean thisRevision =
        sent.stream()
            .anyMatch(
                n ->
                    n.getCustomerId() == customer.getId()
                        && n.getBreachRevision() == breach.getRevision());
    return new NoticeRecipient(
        customer.getId(),
        customer.getName(),
        customer.getPrivacyContactName(),
        customer.getPrivacyContactEmail(),
        customer.getLanguage(),
        last.map(BreachNotice::getSentAt).orElse(null),
        thisRevision);
  }

  private Breach breach(long id) {
    Breach breach = em.find(Breach.class, id);
    if (breach == null) {
      throw new NotFoundException("breach");
    }
    return breach;
  }
}
