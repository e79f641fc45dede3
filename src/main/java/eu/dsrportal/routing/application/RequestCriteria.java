package eu.dsrportal.routing.application;

import eu.dsrportal.intake.domain.Channel;
import eu.dsrportal.intake.domain.RequestStatus;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import java.io.Serializable;

/**
 * What staff look for in the requests (the inbox page and the staff API alike). Every part is
 * optional; null means "any".
 *
 * @param text a reference, an e-mail address, or words of the subject's name or the organisation
 *     typed ({@link SearchText})
 * @param status null: every status but unverified (those only when asked for)
 * @param kind the right the subject exercises
 * @param channel how the request arrived
 * @param customerId the customer the request is forwarded to
 * @param assignee a colleague's username: the requests assigned to them
 * @param mine only the caller's own requests (overrides {@code assignee})
 * @param unassigned only requests nobody is assigned to
 * @param olderThanDays only requests more than this many days old (provider's calendar)
 * @param sort null: newest first
 * @param overdue only requests whose next deadline has passed (docs/service-clock.md)
 */
public record RequestCriteria(
    String text,
    RequestStatus status,
    DataSubjectRight kind,
    Channel channel,
    Long customerId,
    String assignee,
    boolean mine,
    boolean unassigned,
    Integer olderThanDays,
    SortOrder sort,
    boolean overdue)
    implements Serializable {
  public static final int MAX_AGE_DAYS = 3650;

  public RequestCriteria {
    text = text == null || text.isBlank() ? null : text.strip();
    assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
    sort = sort == null ? SortOrder.NEWEST_FIRST : sort;
    if (unassigned && (mine || assignee != null)) {
      throw new DomainRuleViolation("search.error.assignment");
    }
    if (olderThanDays != null && (olderThanDays < 0 || olderThanDays > MAX_AGE_DAYS)) {
      throw new DomainRuleViolation("search.error.age");
    }
    SearchText.parse(text); // refuses a text that searches nothing, now rather than later
  }

  /** Criteria without the overdue filter. */
  public RequestCriteria(
      String text,
      RequestStatus status,
      DataSubjectRight kind,
      Channel channel,
      Long customerId,
      String assignee,
      boolean mine,
      boolean unassigned,
      Integer olderThanDays,
      SortOrder sort) {
    this(
        text,
        status,
        kind,
        channel,
        customerId,
        assignee,
        mine,
        unassigned,
        olderThanDays,
        sort,
        false);
  }

  /** Everything in the inbox (all statuses but unverified), newest first. */
  public static RequestCriteria all() {
    return new RequestCriteria(null, null, null, null, null, null, false, false, null, null);
  }

  /** Only requests in this status, newest first. */
  public static RequestCriteria inStatus(RequestStatus status) {
    return new RequestCriteria(null, status, null, null, null, null, false, false, null, null);
  }

  public SearchText searchText() {
    return SearchText.parse(text);
  }
}
