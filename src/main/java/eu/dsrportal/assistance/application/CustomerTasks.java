package eu.dsrportal.assistance.application;

import eu.dsrportal.assistance.application.TaskMails.Event;
import eu.dsrportal.assistance.domain.AssistanceTask;
import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.identity.application.Accounts;
import eu.dsrportal.routing.application.CustomerRequests;
import eu.dsrportal.shared.domain.AssistanceKind;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.PlainText;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;

/**
 * A customer user's assistance tasks: giving an instruction (on one of its requests or on its own),
 * changing it (a new version), approving or declining a staff proposal and an estimate, and the
 * thread with the support team. Bound to the caller's customer in every query: another customer's
 * task is "not found", like one that does not exist, and audited as refused.
 */
@Stateless
@RolesAllowed(RoleNames.CUSTOMER)
public class CustomerTasks {

  /** One of the customer's requests, to give an instruction on. */
  public record RequestChoice(long id, String reference) implements Serializable {}

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject ProviderTime time;
  @Inject AuditLog audit;
  @Inject TaskViews views;
  @Inject TaskMails mails;
  @Inject CustomerRequests customerRequests;

  /** A page (0-based) of the customer's tasks, newest first. */
  public TaskRow.Page list(int page) {
    long customerId = callerCustomer();
    TaskRow.Page rows =
        views.page(
            em.createQuery(
                    "SELECT t FROM AssistanceTask t WHERE t.customerId = :customerId"
                        + " ORDER BY t.requestedAt DESC, t.id DESC",
                    AssistanceTask.class)
                .setParameter("customerId", customerId),
            page);
    audit.granted(AuditAction.ASSISTANCE_VIEWED, "Customer", customerId);
    return rows;
  }

  /** The customer's latest requests, to give an instruction on one of them. */
  public List<RequestChoice> requests() {
    return customerRequests.list().stream()
        .map(r -> new RequestChoice(r.getId(), r.getReference()))
        .toList();
  }

  public TaskView find(long taskId) {
    AssistanceTask task = own(taskId, AuditAction.ASSISTANCE_VIEWED);
    audit.granted(AuditAction.ASSISTANCE_VIEWED, "AssistanceTask", taskId);
    return views.view(task);
  }

  /**
   * The customer's documented instruction, on one of its requests or (requestId null) on its own;
   * the support team is told by mail. Returns the task's id.
   */
  public long instruct(AssistanceKind kind, Long requestId, String instruction) {
    PlainText.Check.requirePlain(instruction, true);
    long customerId = callerCustomer();
    if (requestId != null) {
      customerRequests.own(requestId, AuditAction.ASSISTANCE_ASKED);
    }
    AssistanceTask task =
        AssistanceTask.requested(
            requestId, customerId, kind, instruction, accounts.callerName(), time.now());
    em.persist(task);
    em.flush();
    mails.toSupportTeam(task, views.customer(customerId), Event.INSTRUCTED);
    audit.granted(AuditAction.ASSISTANCE_ASKED, "AssistanceTask", task.getId());
    return task.getId();
  }

  /** A new version of the instruction; the earlier ones stay. The task's staff are told. */
  public void changeInstruction(long taskId, String instruction) {
    PlainText.Check.requirePlain(instruction, true);
    AssistanceTask task = own(taskId, AuditAction.INSTRUCTION_CHANGED);
    task.changeInstruction(instruction, accounts.callerName(), time.now());
    em.flush();
    mails.toStaff(task, customer(task), Event.INSTRUCTION_CHANGED);
    audit.granted(AuditAction.INSTRUCTION_CHANGED, "AssistanceTask", taskId);
  }

  /** The staff's proposal becomes the customer's documented instruction. */
  public void approveProposal(long taskId) {
    AssistanceTask task = own(taskId, AuditAction.ASSISTANCE_PROPOSAL_APPROVED);
    task.approveProposal(accounts.callerName(), time.now());
    views.applyTerms(task);
    mails.toStaff(task, customer(task), Event.PROPOSAL_APPROVED);
    audit.granted(AuditAction.ASSISTANCE_PROPOSAL_APPROVED, "AssistanceTask", taskId);
  }

  public void declineProposal(long taskId) {
    AssistanceTask task = own(taskId, AuditAction.ASSISTANCE_PROPOSAL_DECLINED);
    task.declineProposal(accounts.callerName(), time.now());
    mails.toStaff(task, customer(task), Event.PROPOSAL_DECLINED);
    audit.granted(AuditAction.ASSISTANCE_PROPOSAL_DECLINED, "AssistanceTask", taskId);
  }

  /** The customer takes back its instruction before the support team has taken it on. */
  public void withdraw(long taskId) {
    AssistanceTask task = own(taskId, AuditAction.ASSISTANCE_WITHDRAWN);
    task.withdraw(accounts.callerName(), time.now());
    audit.granted(AuditAction.ASSISTANCE_WITHDRAWN, "AssistanceTask", taskId);
  }

  public void approveEstimate(long taskId) {
    AssistanceTask task = own(taskId, AuditAction.ESTIMATE_APPROVED);
    task.approveEstimate(accounts.callerName(), time.now());
    mails.toStaff(task, customer(task), Event.ESTIMATE_APPROVED);
    audit.granted(AuditAction.ESTIMATE_APPROVED, "AssistanceTask", taskId);
  }

  public void declineEstimate(long taskId) {
    AssistanceTask task = own(taskId, AuditAction.ESTIMATE_DECLINED);
    task.declineEstimate(accounts.callerName(), time.now());
    mails.toStaff(task, customer(task), Event.ESTIMATE_DECLINED);
    audit.granted(AuditAction.ESTIMATE_DECLINED, "AssistanceTask", taskId);
  }

  /** A message to the support team on the task; the assignee (or the team) is told. */
  public void comment(long taskId, String text) {
    PlainText.Check.requirePlain(text, true);
    AssistanceTask task = own(taskId, AuditAction.ASSISTANCE_COMMENTED);
    task.comment(accounts.callerName(), true, text, time.now());
    em.flush();
    mails.toStaff(task, customer(task), Event.CUSTOMER_COMMENT);
    audit.granted(AuditAction.ASSISTANCE_COMMENTED, "AssistanceTask", taskId);
  }

  private AssistanceTask own(long taskId, AuditAction action) {
    AssistanceTask task = em.find(AssistanceTask.class, taskId);
    if (task == null || task.getCustomerId() != callerCustomer()) {
      audit.denied(action, "AssistanceTask", taskId);
      throw new NotFoundException("task");
    }
    return task;
  }

  private Customer customer(AssistanceTask task) {
    return views.customer(task.getCustomerId());
  }

  private long callerCustomer() {
    return accounts.callerCustomerId().orElseThrow(() -> new NotFoundException("customer"));
  }
}
