package eu.dsrportal.routing.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.routing.domain.DueKind;
import eu.dsrportal.routing.domain.DueState;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Staff find requests: search, filters and keyset paging over all requests, for the inbox page and
 * the staff API alike. A page costs the same wherever it is in the list (no OFFSET, no COUNT).
 */
@Stateless
@RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
public class RequestSearch {
  public static final int DEFAULT_PAGE_SIZE = 20;
  public static final int MAX_PAGE_SIZE = 100;

  @PersistenceContext EntityManager em;
  @Inject ProviderTime time;
  @Inject AuditLog audit;
  @Resource SessionContext context;

  /**
   * A page of the requests that meet the criteria, in their order.
   *
   * @param cursor a token of a page before ({@link KeysetPage#next}/{@link KeysetPage#previous});
   *     null or blank for the first page
   * @param pageSize 1 to {@link #MAX_PAGE_SIZE}
   * @throws DomainRuleViolation {@code search.error.cursor} for a token that is not a cursor of
   *     this order, {@code search.error.pageSize} for a size out of range
   */
  public KeysetPage<RequestSummary> search(RequestCriteria criteria, String cursor, int pageSize) {
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new DomainRuleViolation("search.error.pageSize");
    }
    SearchCursor from = SearchCursor.decode(cursor, criteria.sort());
    KeysetSearch.Sql sql =
        KeysetSearch.build(
            criteria,
            context.getCallerPrincipal().getName(),
            receivedBefore(criteria.olderThanDays()),
            from,
            pageSize + 1,
            false,
            time.now());
    List<KeysetSearch.Hit> hits = KeysetSearch.run(em, sql);
    Map<Long, Request> requests = load(hits.stream().map(KeysetSearch.Hit::id).toList());
    List<RequestSummary> rows =
        hits.stream()
            .filter(hit -> requests.containsKey(hit.id()))
            .map(hit -> summary(requests.get(hit.id()), hit))
            .toList();
    audit.granted(AuditAction.INBOX_VIEWED, "Request", null);
    return KeysetSearch.page(
        rows,
        pageSize,
        from,
        criteria.sort(),
        criteria.sort() == SortOrder.DEADLINE
            ? RequestSummary::nextDueAt
            : RequestSummary::receivedAt,
        RequestSummary::id);
  }

  /** The instant before which a request is older than the number of days, in Brussels' days. */
  private Instant receivedBefore(Integer olderThanDays) {
    return olderThanDays == null ? null : time.startOf(time.today().minusDays(olderThanDays));
  }

  private Map<Long, Request> load(List<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("SELECT r FROM Request r WHERE r.id IN :ids", Request.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(Request::getId, Function.identity()));
  }

  private RequestSummary summary(Request r, KeysetSearch.Hit hit) {
    return new RequestSummary(
        r.getId(),
        r.getReference().value(),
        r.getReceivedAt(),
        ChronoUnit.DAYS.between(time.dateOf(r.getReceivedAt()), time.today()),
        r.getSubjectName(),
        r.getSubjectEmail(),
        r.getOrganisation(),
        r.getRight(),
        r.getChannel(),
        r.getStatus(),
        r.isReturned(),
        hit.assignee(),
        hit.customerId(),
        hit.customerName(),
        hit.nextDueAt(),
        hit.nextDueKind() == null ? null : DueKind.valueOf(hit.nextDueKind()),
        hit.nextDueAt() == null ? null : DueState.of(hit.nextDueAt(), time.now(), time.zone()));
  }
}
