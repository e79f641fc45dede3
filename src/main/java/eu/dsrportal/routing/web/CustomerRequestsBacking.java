package eu.dsrportal.routing.web;

import eu.dsrportal.intake.domain.RequestStatus;
import eu.dsrportal.routing.application.CustomerRequestView;
import eu.dsrportal.routing.application.CustomerRequests;
import eu.dsrportal.routing.application.KeysetPage;
import eu.dsrportal.routing.application.SortOrder;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The customer's list of requests forwarded to it: search, status and kind, a page at a time by
 * keyset. Everything is in the URL (q, status, kind, cursor), so a page can be linked and reloaded.
 */
@Named
@RequestScoped
public class CustomerRequestsBacking {
  static final int PAGE_SIZE = 20;

  @Inject CustomerRequests customerRequests;

  private String q;
  private RequestStatus status;
  private DataSubjectRight kind;
  private SortOrder sort;
  private Boolean overdue;
  private String cursor;
  private KeysetPage<CustomerRequestView> page;

  public void load() {
    try {
      page =
          customerRequests.search(
              q, status, kind, sort, Boolean.TRUE.equals(overdue), cursor, PAGE_SIZE);
    } catch (DomainRuleViolation e) {
      page = new KeysetPage<>(List.of(), null, null);
      Messages.error(e.messageKey());
    }
  }

  /** Searches from the first page: back to the page's URL with the new parameters. */
  public String search() {
    cursor = null;
    return "/customer/requests?faces-redirect=true&includeViewParams=true";
  }

  public KeysetPage<CustomerRequestView> getPage() {
    if (page == null) {
      load();
    }
    return page;
  }

  public List<CustomerRequestView> getRequests() {
    return getPage().rows();
  }

  public RequestStatus[] getStatuses() {
    return new RequestStatus[] {
      RequestStatus.FORWARDED, RequestStatus.ACKNOWLEDGED, RequestStatus.CLOSED
    };
  }

  public DataSubjectRight[] getKinds() {
    return DataSubjectRight.values();
  }

  public SortOrder[] getSorts() {
    return SortOrder.values();
  }

  public SortOrder getSort() {
    return sort;
  }

  public void setSort(SortOrder sort) {
    this.sort = sort;
  }

  /** Only requests whose next deadline has passed (docs/service-clock.md); null: all. */
  public Boolean getOverdue() {
    return overdue;
  }

  public void setOverdue(Boolean overdue) {
    this.overdue = Boolean.TRUE.equals(overdue) ? Boolean.TRUE : null;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public RequestStatus getStatus() {
    return status;
  }

  public void setStatus(RequestStatus status) {
    this.status = status;
  }

  public DataSubjectRight getKind() {
    return kind;
  }

  public void setKind(DataSubjectRight kind) {
    this.kind = kind;
  }

  public String getCursor() {
    return cursor;
  }

  public void setCursor(String cursor) {
    this.cursor = cursor;
  }
}
