package eu.dsrportal.assistance.web;

import eu.dsrportal.assistance.application.TaskDesk;
import eu.dsrportal.assistance.application.TaskRow;
import eu.dsrportal.assistance.domain.AssistanceTask;
import eu.dsrportal.assistance.domain.AssistanceTask.EstimateType;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.shared.domain.AssistanceKind;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.PlainText;
import eu.dsrportal.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * All tasks for the support team, filtered by status ("instructions waiting" is REQUESTED),
 * customer and kind, a page at a time; and a task proposed to a customer.
 */
@Named
@ViewScoped
public class StaffTasksBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TaskDesk desk;

  private AssistanceTask.Status status;
  private Long customerId;
  private AssistanceKind kind;
  private TaskRow.Page page;
  private List<Customer> customers;

  private Long proposalCustomerId;
  private AssistanceKind proposalKind;

  @Size(max = AssistanceTask.TITLE_LENGTH, message = "{request.tooLong}")
  @PlainText
  private String title;

  @Size(max = AssistanceTask.INSTRUCTION_LENGTH, message = "{request.tooLong}")
  @PlainText(multiline = true)
  private String description;

  @Size(max = 30, message = "{request.tooLong}")
  @PlainText
  private String requestReference;

  private EstimateType estimateType;
  private BigDecimal estimateHours;
  private BigDecimal estimateAmount;

  public void load() {
    search();
  }

  public void search() {
    page = desk.search(filter(), 0);
  }

  public void next() {
    page = desk.search(filter(), page.number() + 1);
  }

  public void previous() {
    page = desk.search(filter(), page.number() - 1);
  }

  private TaskDesk.Filter filter() {
    return new TaskDesk.Filter(status, customerId, kind);
  }

  /** Proposes the task and shows it. */
  public String propose() {
    try {
      long id =
          desk.propose(
              proposalCustomerId,
              proposalKind,
              title,
              description,
              requestReference,
              estimateType,
              StaffTaskBacking.minutes(estimateType, estimateHours),
              estimateType == EstimateType.FIXED_PRICE ? estimateAmount : null);
      Messages.info("task.proposed");
      Messages.keepForRedirect();
      return "/staff/task?faces-redirect=true&id=" + id;
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
      return null;
    }
  }

  public AssistanceTask.Status[] getStatuses() {
    return AssistanceTask.Status.values();
  }

  public AssistanceKind[] getKinds() {
    return AssistanceKind.values();
  }

  public EstimateType[] getEstimateTypes() {
    return EstimateType.values();
  }

  public List<Customer> getCustomers() {
    if (customers == null) {
      customers = desk.customers();
    }
    return customers;
  }

  public TaskRow.Page getPage() {
    return page;
  }

  public AssistanceTask.Status getStatus() {
    return status;
  }

  public void setStatus(AssistanceTask.Status status) {
    this.status = status;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public AssistanceKind getKind() {
    return kind;
  }

  public void setKind(AssistanceKind kind) {
    this.kind = kind;
  }

  public Long getProposalCustomerId() {
    return proposalCustomerId;
  }

  public void setProposalCustomerId(Long proposalCustomerId) {
    this.proposalCustomerId = proposalCustomerId;
  }

  public AssistanceKind getProposalKind() {
    return proposalKind;
  }

  public void setProposalKind(AssistanceKind proposalKind) {
    this.proposalKind = proposalKind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getRequestReference() {
    return requestReference;
  }

  public void setRequestReference(String requestReference) {
    this.requestReference = requestReference;
  }

  public EstimateType getEstimateType() {
    return estimateType;
  }

  public void setEstimateType(EstimateType estimateType) {
    this.estimateType = estimateType;
  }

  public BigDecimal getEstimateHours() {
    return estimateHours;
  }

  public void setEstimateHours(BigDecimal estimateHours) {
    this.estimateHours = estimateHours;
  }

  public BigDecimal getEstimateAmount() {
    return estimateAmount;
  }

  public void setEstimateAmount(BigDecimal estimateAmount) {
    this.estimateAmount = estimateAmount;
  }
}
