package eu.dsrportal.routing.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.customer.domain.HolidayCalendar;
import eu.dsrportal.identity.application.Accounts;
import eu.dsrportal.intake.application.Attachments;
import eu.dsrportal.intake.application.Attachments.Download;
import eu.dsrportal.intake.domain.Attachment;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestStatus;
import eu.dsrportal.intake.domain.RoutingEnded;
import eu.dsrportal.intake.domain.RoutingProgressed;
import eu.dsrportal.routing.domain.AnswerDeadline;
import eu.dsrportal.routing.domain.AnswerPeriodExtended;
import eu.dsrportal.routing.domain.DueKind;
import eu.dsrportal.routing.domain.Forwarding;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A customer user's view of the requests forwarded to its own customer. Isolation is enforced here,
 * not only in the pages: every query is bound to the caller's customer and to its <em>active</em>
 * forwarding, and another customer's request (or one taken back from this customer, or given back
 * by it) is "not found", exactly like one that does not exist.
 */
@Stateless
@RolesAllowed(RoleNames.CUSTOMER)
public class CustomerRequests {
  public static final int MAX_PAGE_SIZE = 100;

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject Clock clock;
  @Inject ProviderTime time;
  @Inject Event<RoutingProgressed> progressed;
  @Inject Event<RoutingEnded> ended;
  @Inject Event<AnswerPeriodExtended> extendedEvent;
  @Inject Attachments attachments;
  @Inject AuditLog audit;

  /** The first requests of the caller's customer, newest first (see {@link #search}). */
  public List<CustomerRequestView> list() {
    return search(null, null, null, SortOrder.NEWEST_FIRST, null, MAX_PAGE_SIZE).rows();
  }

  /** A page of the caller's customer's requests, without the overdue filter. */
  public KeysetPage<CustomerRequestView> search(
      String text,
      RequestStatus status,
      DataSubjectRight kind,
      SortOrder sort,
      String cursor,
      int pageSize) {
    return search(text, status, kind, sort, false, cursor, pageSize);
  }

  /**
   * A page of the requests forwarded to the caller's customer, found like the staff inbox finds
   * them (reference, the subject's e-mail address or words of their name; status and kind) with the
   * same keyset paging. Bound to the caller's customer in the query itself.
   *
   * @param status FORWARDED (to acknowledge), ACKNOWLEDGED or CLOSED; null for all
   * @param overdue only requests whose next deadline has passed
   * @param cursor a token from a page before, or null for the first page
   */
  public KeysetPage<CustomerRequestView> search(
      String text,
      RequestStatus status,
      DataSubjectRight kind,
      SortOrder sort,
      boolean overdue,
      String cursor,
      int pageSize) {
    long customerId = callerCustomer();
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new DomainRuleViolation("search.error.pageSize");
    }
    if (status == RequestStatus.UNVERIFIED || status == RequestStatus.RECEIVED) {
      throw new DomainRuleViolation("search.error.status");
    }
    RequestCriteria criteria =
        new RequestCriteria(
            text, status, kind, null, customerId, null, false, false, null, sort, overdue);
    SearchCursor from = SearchCursor.decode(cursor, criteria.sort());
    List<KeysetSearch.Hit> hits =
        KeysetSearch.run(
            em, KeysetSearch.build(criteria, "", null, from, pageSize + 1, true, clock.instant()));
    List<Long> ids = hits.stream().map(KeysetSearch.Hit::id).toList();
    Map<Long, KeysetSearch.Hit> hitOf =
        hits.stream().collect(Collectors.toMap(KeysetSearch.Hit::id, Function.identity()));
    Map<Long, CustomerRequestView> views = new HashMap<>();
    if (!ids.isEmpty()) {
      HolidayCalendar calendar = calendarOf(customerId);
      em.createNamedQuery(Forwarding.OF_CUSTOMER_AND_REQUESTS, Object[].class)
          .setParameter("customerId", customerId)
          .setParameter("requestIds", ids)
          .getResultStream()
          .forEach(
              row -> {
                Request request = (Request) row[1];
                KeysetSearch.Hit hit = hitOf.get(request.getId());
                views.put(
                    request.getId(),
                    new CustomerRequestView(
                            (Forwarding) row[0], request, calendar, time.zone(), time.today())
                        .withNextDeadline(
                            hit.nextDueAt(),
                            hit.nextDueKind() == null ? null : DueKind.valueOf(hit.nextDueKind()),
                            clock.instant(),
                            time.zone()));
              });
    }
    audit.granted(AuditAction.CUSTOMER_REQUESTS_VIEWED, "Customer", customerId);
    List<CustomerRequestView> rows = ids.stream().map(views::get).filter(v -> v != null).toList();
    return KeysetSearch.page(
        rows,
        pageSize,
        from,
        criteria.sort(),
        criteria.sort() == SortOrder.DEADLINE
            ? CustomerRequestView::getNextDueAt
            : CustomerRequestView::getReceivedAt,
        CustomerRequestView::getId);
  }

  public CustomerRequestView find(long requestId) {
    Forwarding forwarding = own(requestId, AuditAction.REQUEST_VIEWED);
    CustomerRequestView view =
        new CustomerRequestView(
                forwarding,
                requestOf(forwarding),
                calendarOf(forwarding.getCustomerId()),
                time.zone(),
                time.today())
            .withAttachments(
                em.createNamedQuery(Attachment.OF_REQUEST, Attachment.class)
                    .setParameter("requestId", requestId)
                    .getResultStream()
                    .map(CustomerAttachmentView::new)
                    .toList());
    audit.granted(AuditAction.REQUEST_VIEWED, "Request", requestId);
    return view;
  }

  public void acknowledge(long requestId) {
    Forwarding forwarding = own(requestId, AuditAction.REQUEST_ACKNOWLEDGED);
    forwarding.acknowledge(requestOf(forwarding), accounts.callerName(), clock.instant());
    progressed.fire(new RoutingProgressed(requestId, RequestStatus.ACKNOWLEDGED));
    audit.granted(AuditAction.REQUEST_ACKNOWLEDGED, "Request", requestId);
  }

  /**
   * The customer extends its answer period by two further months (GDPR art. 12(3)), with the reason
   * the subject is given; once, while the first month runs. Returns the new deadline.
   */
  public LocalDate extendAnswerPeriod(long requestId, String reason) {
    Forwarding forwarding = own(requestId, AuditAction.ANSWER_PERIOD_EXTENDED);
    Request request = requestOf(forwarding);
    AnswerDeadline current =
        AnswerDeadline.of(request, forwarding, calendarOf(forwarding.getCustomerId()), time.zone())
            .orElseThrow(() -> new DomainRuleViolation("deadline.error.noDeadline"));
    AnswerDeadline extended =
        forwarding.extendAnswerPeriod(
            request, current, time.today(), accounts.callerName(), reason, clock.instant());
    extendedEvent.fire(
        new AnswerPeriodExtended(requestId, forwarding.getCustomerId(), extended.due()));
    audit.granted(AuditAction.ANSWER_PERIOD_EXTENDED, "Request", requestId);
    return extended.due();
  }

  /**
   * The customer answers "not ours", with its reason: it loses the request, which goes back to the
   * provider's inbox, flagged, for staff to route again.
   */
  public void giveBack(long requestId, String reason) {
    Forwarding forwarding = own(requestId, AuditAction.REQUEST_RETURNED);
    forwarding.giveBack(requestOf(forwarding), accounts.callerName(), reason, clock.instant());
    ended.fire(
        new RoutingEnded(requestId, forwarding.getReturnReason(), forwarding.getReturnedAt()));
    audit.granted(AuditAction.REQUEST_RETURNED, "Request", requestId);
  }

  /**
   * A file of a request the caller's customer has (an authority's demand and its copy, a scanned
   * letter); any other file is "not found", and refused in the trail.
   */
  public Download openAttachment(long attachmentId) throws IOException {
    Attachment attachment = em.find(Attachment.class, attachmentId);
    if (attachment == null) {
      throw new NotFoundException("attachment");
    }
    own(attachment.getRequest().getId(), AuditAction.ATTACHMENT_DOWNLOADED);
    return attachments.openForCustomer(attachment);
  }

  /**
   * The caller's own active forwarding of the request, for other use cases of the customer
   * (assistance): a request taken back from the customer, or given back by it, is not its own.
   */
  public Forwarding own(long requestId, AuditAction action) {
    return em.createNamedQuery(Forwarding.OF_CUSTOMER_AND_REQUEST, Forwarding.class)
        .setParameter("customerId", callerCustomer())
        .setParameter("requestId", requestId)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () -> {
              audit.denied(action, "Request", requestId);
              return new NotFoundException("request");
            });
  }

  private Request requestOf(Forwarding forwarding) {
    return em.find(Request.class, forwarding.getRequestId());
  }

  /** The holiday calendar the customer's deadlines skip. */
  HolidayCalendar calendarOf(long customerId) {
    Customer customer = em.find(Customer.class, customerId);
    return customer == null ? HolidayCalendar.BE : customer.getHolidayCalendar();
  }

  private long callerCustomer() {
    return accounts.callerCustomerId().orElseThrow(() -> new NotFoundException("customer"));
  }
}
