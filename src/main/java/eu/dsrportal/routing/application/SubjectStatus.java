package eu.dsrportal.routing.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.intake.application.RequestQueries;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.routing.domain.AnswerDeadline;
import eu.dsrportal.routing.domain.Forwarding;
import eu.dsrportal.shared.domain.ProviderTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The subject's status page (at {@code /intake/status.xhtml}, where the subject's mail links to
 * it), answered here in routing because where a request is depends on its forwarding; intake's
 * {@code RequestQueries} finds the request (routing may use intake, never the other way). The page:
 * the reference and the status token from the subject's mail show the request's status; anything
 * else shows nothing, and does not say whether the reference exists. A set time after the request
 * was closed the link expires.
 */
@Stateless
@PermitAll
public class SubjectStatus {

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject RequestQueries queries;
  @Inject Clock clock;
  @Inject ProviderTime time;

  @Inject
  @ConfigProperty(name = "intake.status-token-days-after-close")
  int daysAfterClose;

  /**
   * The request's status for its reference and status token; empty when they do not match.
   *
   * @throws StatusLinkExpired when they match but the request was closed longer ago than {@code
   *     intake.status-token-days-after-close}
   */
  public Optional<SubjectStatusView> find(String reference, String token) {
    Optional<Request> request = queries.byReference(reference);
    if (request.isEmpty() || !request.get().statusTokenMatches(token)) {
      audit.denied(AuditAction.STATUS_VIEWED, "Request", request.map(Request::getId).orElse(null));
      return Optional.empty();
    }
    Request found = request.get();
    if (found.statusLinkExpired(clock.instant(), Duration.ofDays(daysAfterClose))) {
      audit.denied(AuditAction.STATUS_VIEWED, "Request", found.getId());
      throw new StatusLinkExpired();
    }
    Optional<Forwarding> forwarding =
        em.createNamedQuery(Forwarding.ACTIVE_OF_REQUEST, Forwarding.class)
            .setParameter("requestId", found.getId())
            .getResultStream()
            .findFirst();
    Optional<Customer> customer = forwarding.map(f -> em.find(Customer.class, f.getCustomerId()));
    // art. 12(3): while the organisation has the request, by when it must answer, and whether it
    // extended that (the subject is owed the extension and its reason)
    Optional<AnswerDeadline> deadline =
        found.isClosed() || forwarding.isEmpty() || customer.isEmpty()
            ? Optional.empty()
            : AnswerDeadline.of(
                found, forwarding.get(), customer.get().getHolidayCalendar(), time.zone());
    Optional<Forwarding> extended =
        deadline.isPresent() ? forwarding.filter(Forwarding::isExtended) : Optional.empty();
    audit.granted(AuditAction.STATUS_VIEWED, "Request", found.getId());
    return Optional.of(
        new SubjectStatusView(
            found.getReference().value(),
            found.getRight(),
            found.getReceivedAt(),
            found.getStatus(),
            customer.map(Customer::getName).orElse(null),
            customer.map(Customer::getPublicContact).orElse(null),
            found.getCloseReason(),
            deadline.map(AnswerDeadline::due).orElse(null),
            extended.map(f -> time.dateOf(f.getExtendedAt())).orElse(null),
            extended.map(Forwarding::getExtensionReason).orElse(null)));
  }
}
