package eu.dsrportal.routing.application;

import eu.dsrportal.customer.application.ServiceLevelAdministration;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.customer.domain.HolidayCalendar;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestStatus;
import eu.dsrportal.routing.domain.AnswerDeadline;
import eu.dsrportal.routing.domain.Forwarding;
import eu.dsrportal.routing.domain.RequestDeadline;
import eu.dsrportal.routing.domain.ServiceClock;
import eu.dsrportal.shared.domain.ProviderTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps each request's next deadline ({@code request_deadline}) true, in the caller's transaction:
 * called by {@link DeadlineFollowUp} on every step that moves a clock, and by the reminder job for
 * rows that are missing (requests from before V21). The deadline is counted afresh from the
 * request's state each time, so a call too many is harmless.
 */
@ApplicationScoped
public class DeadlineKeeper {

  @PersistenceContext EntityManager em;
  @Inject ServiceLevelAdministration serviceLevels;
  @Inject ProviderTime time;
  @Inject Clock clock;

  /** The request's next deadline counted again, and stored (or removed: it has none). */
  public void recompute(long requestId) {
    Request request = em.find(Request.class, requestId);
    RequestDeadline row = em.find(RequestDeadline.class, requestId);
    if (request == null) {
      return;
    }
    Forwarding forwarding = activeForwarding(requestId);
    Long customerId =
        forwarding != null ? Long.valueOf(forwarding.getCustomerId()) : namedCustomer(request);
    Optional<ServiceClock.Due> due = next(clockFor(customerId), request, forwarding);
    if (due.isEmpty()) {
      if (row != null) {
        em.remove(row);
      }
      return;
    }
    if (row == null) {
      row = new RequestDeadline(requestId);
      row.set(due.get(), customerId, clock.instant());
      em.persist(row);
    } else {
      row.set(due.get(), customerId, clock.instant());
    }
  }

  /**
   * Counts again the open requests whose deadline follows the customer's service levels (after an
   * administrator changed them).
   */
  public void recomputeCustomer(long customerId) {
    em.createQuery(
            "SELECT d.requestId FROM RequestDeadline d WHERE d.customerId = :customerId",
            Long.class)
        .setParameter("customerId", customerId)
        .getResultList()
        .forEach(this::recompute);
  }

  /**
   * Stores the deadline of up to {@code limit} open requests that have no row yet (from before the
   * clock existed); returns how many were looked at.
   */
  public int repairMissing(int limit) {
    List<?> ids =
        em.createNativeQuery(
                "SELECT r.id FROM request r LEFT JOIN request_deadline d ON d.request_id = r.id"
                    + " WHERE d.request_id IS NULL AND r.status IN ('RECEIVED', 'FORWARDED')"
                    + " ORDER BY r.id LIMIT "
                    + limit)
            .getResultList();
    ids.forEach(id -> recompute(((Number) id).longValue()));
    return ids.size();
  }

  /** The clock a request runs on: its customer's service levels, or the defaults. */
  public ServiceClock clockFor(Long customerId) {
    return new ServiceClock(
        customerId == null ? serviceLevels.defaults() : serviceLevels.of(customerId), time.zone());
  }

  /** When the provider's clock started on the request: it entered the inbox. */
  public static Instant startOf(Request request) {
    return request.getVerifiedAt() != null ? request.getVerifiedAt() : request.getReceivedAt();
  }

  private Optional<ServiceClock.Due> next(
      ServiceClock clock, Request request, Forwarding forwarding) {
    if (request.getStatus() == RequestStatus.UNVERIFIED) {
      return Optional.empty();
    }
    Optional<AnswerDeadline> answer =
        forwarding == null
            ? Optional.empty()
            : AnswerDeadline.of(request, forwarding, calendarOf(forwarding), time.zone());
    return clock.next(request.isClosed(), startOf(request), forwarding, answer);
  }

  private HolidayCalendar calendarOf(Forwarding forwarding) {
    Customer customer = em.find(Customer.class, forwarding.getCustomerId());
    return customer == null ? HolidayCalendar.BE : customer.getHolidayCalendar();
  }

  private Forwarding activeForwarding(long requestId) {
    return em.createNamedQuery(Forwarding.ACTIVE_OF_REQUEST, Forwarding.class)
        .setParameter("requestId", requestId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * The customer a request not yet forwarded names, for its forwarding SLA: the one customer whose
   * registered name or alias is exactly the organisation typed (the column's collation ignores
   * case); none when no customer or several do.
   */
  private Long namedCustomer(Request request) {
    if (request.getOrganisation() == null || request.getOrganisation().isBlank()) {
      return null;
    }
    List<Long> ids =
        em.createQuery(
                "SELECT DISTINCT c.id FROM Customer c LEFT JOIN c.aliases a"
                    + " WHERE c.name = :organisation OR a = :organisation",
                Long.class)
            .setParameter("organisation", request.getOrganisation().strip())
            .setMaxResults(2)
            .getResultList();
    return ids.size() == 1 ? ids.get(0) : null;
  }
}
