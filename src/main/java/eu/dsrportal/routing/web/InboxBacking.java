package eu.dsrportal.routing.web;

import eu.dsrportal.customer.application.CustomerDirectory;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.identity.application.StaffDirectory.StaffMember;
import eu.dsrportal.intake.domain.Channel;
import eu.dsrportal.intake.domain.RequestStatus;
import eu.dsrportal.routing.application.KeysetPage;
import eu.dsrportal.routing.application.RequestBulk;
import eu.dsrportal.routing.application.RequestCriteria;
import eu.dsrportal.routing.application.RequestSearch;
import eu.dsrportal.routing.application.RequestSummary;
import eu.dsrportal.routing.application.RequestTeamwork;
import eu.dsrportal.routing.application.SortOrder;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The support inbox: search, filters, a page at a time by keyset (Next/Previous), and bulk actions
 * on the rows selected. Shows the received requests, newest first, until asked otherwise.
 */
@Named
@ViewScoped
public class InboxBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String MINE = "*mine";
  static final String UNASSIGNED = "*none";

  @Inject RequestSearch search;
  @Inject RequestBulk bulk;
  @Inject RequestTeamwork teamwork;
  @Inject CustomerDirectory customerDirectory;

  private String text;
  private RequestStatus status = RequestStatus.RECEIVED;
  private DataSubjectRight kind;
  private Channel channel;
  private Long customerId;
  private String assigned;
  private Integer olderThanDays;
  private SortOrder sort = SortOrder.NEWEST_FIRST;
  private boolean overdue;

  private String cursor;
  private KeysetPage<RequestSummary> page;
  private final Map<Long, Boolean> selected = new HashMap<>();
  private String bulkAssignee;
  private List<StaffMember> colleagues;
  private List<Customer> customers;

  public KeysetPage<RequestSummary> getPage() {
    if (page == null) {
      load();
    }
    return page;
  }

  /** Search from the first page with what the form says now. */
  public void search() {
    cursor = null;
    selected.clear();
    load();
  }

  public void next() {
    go(getPage().next());
  }

  public void previous() {
    go(getPage().previous());
  }

  private void go(String to) {
    if (to == null) {
      Messages.error("action.error.unavailable");
      return;
    }
    cursor = to;
    selected.clear();
    load();
  }

  private void load() {
    try {
      page = search.search(criteria(), cursor, RequestSearch.DEFAULT_PAGE_SIZE);
    } catch (DomainRuleViolation e) {
      page = new KeysetPage<>(List.of(), null, null);
      Messages.errorOn("inbox:q", e.messageKey());
    }
  }

  private RequestCriteria criteria() {
    boolean mine = MINE.equals(assigned);
    boolean unassigned = UNASSIGNED.equals(assigned);
    String assignee = mine || unassigned ? null : assigned;
    return new RequestCriteria(
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
        overdue);
  }

  public void assignSelected() {
    List<Long> ids = selectedIds();
    if (ids.isEmpty() || bulkAssignee == null) {
      Messages.error(ids.isEmpty() ? "inbox.bulk.noneSelected" : "inbox.bulk.noAssignee");
      return;
    }
    report(bulk.assign(ids, bulkAssignee), "inbox.bulk.assigned");
  }

  public void closeSelectedAsSpam() {
    List<Long> ids = selectedIds();
    if (ids.isEmpty()) {
      Messages.error("inbox.bulk.noneSelected");
      return;
    }
    report(bulk.closeAsSpam(ids), "inbox.bulk.closedAsSpam");
  }

  private void report(RequestBulk.Outcome outcome, String doneKey) {
    Map<Long, String> references =
        page.rows().stream()
            .collect(Collectors.toMap(RequestSummary::id, RequestSummary::reference));
    if (!outcome.done().isEmpty()) {
      Messages.info(doneKey, outcome.done().size());
    }
    if (!outcome.refused().isEmpty()) {
      Messages.error(
          "inbox.bulk.refused",
          outcome.refused().stream().map(references::get).collect(Collectors.joining(", ")));
    }
    selected.clear();
    load();
  }

  private List<Long> selectedIds() {
    return page == null
        ? List.of()
        : page.rows().stream()
            .map(RequestSummary::id)
            .filter(id -> Boolean.TRUE.equals(selected.get(id)))
            .toList();
  }

  public List<StaffMember> getColleagues() {
    if (colleagues == null) {
      colleagues = teamwork.colleagues();
    }
    return colleagues;
  }

  public List<Customer> getCustomers() {
    if (customers == null) {
      customers = customerDirectory.all();
    }
    return customers;
  }

  public String getMineValue() {
    return MINE;
  }

  public String getUnassignedValue() {
    return UNASSIGNED;
  }

  public RequestStatus[] getStatuses() {
    return RequestStatus.values();
  }

  public DataSubjectRight[] getKinds() {
    return DataSubjectRight.values();
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  /** Only requests whose next deadline has passed (docs/service-clock.md). */
  public boolean isOverdue() {
    return overdue;
  }

  public void setOverdue(boolean overdue) {
    this.overdue = overdue;
  }

  public SortOrder[] getSorts() {
    return SortOrder.values();
  }

  public Map<Long, Boolean> getSelected() {
    return selected;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
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

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public String getAssigned() {
    return assigned;
  }

  public void setAssigned(String assigned) {
    this.assigned = assigned;
  }

  public Integer getOlderThanDays() {
    return olderThanDays;
  }

  public void setOlderThanDays(Integer olderThanDays) {
    this.olderThanDays = olderThanDays;
  }

  public SortOrder getSort() {
    return sort;
  }

  public void setSort(SortOrder sort) {
    this.sort = sort;
  }

  public String getBulkAssignee() {
    return bulkAssignee;
  }

  public void setBulkAssignee(String bulkAssignee) {
    this.bulkAssignee = bulkAssignee;
  }
}
