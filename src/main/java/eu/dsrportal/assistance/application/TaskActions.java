package eu.dsrportal.assistance.application;

import eu.dsrportal.assistance.application.TaskMails.Event;
import eu.dsrportal.assistance.domain.AssistanceTask;
import eu.dsrportal.assistance.domain.AssistanceTask.EstimateType;
import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.identity.application.Accounts;
import eu.dsrportal.identity.application.StaffDirectory;
import eu.dsrportal.shared.domain.AssistanceKind;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.PlainText;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * What staff do on a task, each step audited: take (accept) or refuse the customer's instruction,
 * assign it, change its kind, mark it beyond the agreement (an ADMIN then approves or refuses it),
 * estimate it, move it along (start, wait for the customer, resume, done, cancel) and write in its
 * thread. The customer is told when its instruction is accepted, refused or done, of a
 * cancellation, an estimate to approve and a staff comment.
 */
@Stateless
@RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
public class TaskActions {

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject ProviderTime time;
  @Inject AuditLog audit;
  @Inject TaskViews views;
  @Inject TaskMails mails;
  @Inject StaffDirectory staff;

  /** Takes the customer's instruction on as a task with a title; the caller has it. */
  public void accept(long taskId, String title) {
    PlainText.Check.requirePlain(title, false);
    AssistanceTask task = views.task(taskId);
    task.accept(title, accounts.callerName(), time.now());
    views.applyTerms(task);
    mails.toCustomer(task, customer(task), Event.ACCEPTED);
    audit.granted(AuditAction.ASSISTANCE_ACCEPTED, "AssistanceTask", taskId);
  }

  public void refuse(long taskId, String reason) {
    PlainText.Check.requirePlain(reason, true);
    AssistanceTask task = views.task(taskId);
    task.refuse(reason, accounts.callerName(), time.now());
    mails.toCustomer(task, customer(task), Event.REFUSED);
    audit.granted(AuditAction.ASSISTANCE_REFUSED, "AssistanceTask", taskId);
  }

  /** Gives the task to a member of the support team, or (blank) to nobody. */
  public void assign(long taskId, String username) {
    if (username != null && !username.isBlank() && !staff.inSupportTeam(username)) {
      throw new DomainRuleViolation("assistance.error.assignee");
    }
    step(taskId, AuditAction.ASSISTANCE_ASSIGNED, t -> t.assign(username));
  }

  public void changeKind(long taskId, AssistanceKind kind) {
    if (kind == null) {
      throw new DomainRuleViolation("assistance.error.kindRequired");
    }
    step(taskId, AuditAction.ASSISTANCE_KIND_CHANGED, t -> t.changeKind(kind));
  }

  /** The instruction is beyond the agreement (art. 5.2): work waits for an ADMIN's approval. */
  public void markBeyondAgreement(long taskId) {
    step(
        taskId,
        AuditAction.ASSISTANCE_BEYOND_MARKED,
        t -> t.markBeyondAgreement(accounts.callerName(), time.now()));
  }

  /** The provider's written approval of an instruction beyond the agreement. */
  @RolesAllowed(RoleNames.ADMIN)
  public void approveBeyondAgreement(long taskId) {
    step(
        taskId,
        AuditAction.ASSISTANCE_BEYOND_APPROVED,
        t -> t.approveBeyondAgreement(accounts.callerName(), time.now()));
  }

  @RolesAllowed(RoleNames.ADMIN)
  public void refuseBeyondAgreement(long taskId, String reason) {
    PlainText.Check.requirePlain(reason, true);
    AssistanceTask task = views.task(taskId);
    task.refuseBeyondAgreement(reason, accounts.callerName(), time.now());
    mails.toCustomer(task, customer(task), Event.REFUSED);
    audit.granted(AuditAction.ASSISTANCE_BEYOND_REFUSED, "AssistanceTask", taskId);
  }

  /**
   * An estimate in hours ({@code minutes}) or at a fixed price, with a note; under the contract's
   * terms in force today. The customer is told (and, when its contract says so, must approve it).
   */
  public void estimate(
      long taskId, EstimateType type, Integer minutes, BigDecimal amount, String note) {
    PlainText.Check.requirePlain(note, true);
    AssistanceTask task = views.task(taskId);
    views.applyTerms(task);
    task.estimate(type, minutes, amount, note, accounts.callerName(), time.now());
    mails.toCustomer(task, customer(task), Event.ESTIMATE_GIVEN);
    audit.granted(AuditAction.ESTIMATE_GIVEN, "AssistanceTask", taskId);
  }

  public void start(long taskId) {
    step(taskId, AuditAction.ASSISTANCE_STARTED, AssistanceTask::start);
  }

  public void waitForCustomer(long taskId) {
    step(taskId, AuditAction.ASSISTANCE_WAITING, AssistanceTask::waitForCustomer);
  }

  public void resume(long taskId) {
    step(taskId, AuditAction.ASSISTANCE_RESUMED, AssistanceTask::resume);
  }

  public void complete(long taskId) {
    AssistanceTask task = views.task(taskId);
    task.complete(time.now());
    mails.toCustomer(task, customer(task), Event.DONE);
    audit.granted(AuditAction.ASSISTANCE_COMPLETED, "AssistanceTask", taskId);
  }

  public void cancel(long taskId, String reason) {
    PlainText.Check.requirePlain(reason, true);
    AssistanceTask task = views.task(taskId);
    task.cancel(reason, accounts.callerName(), time.now());
    mails.toCustomer(task, customer(task), Event.CANCELLED);
    audit.granted(AuditAction.ASSISTANCE_CANCELLED, "AssistanceTask", taskId);
  }

  /** A message to the customer on the task; the customer is told. */
  public void comment(long taskId, String text) {
    PlainText.Check.requirePlain(text, true);
    AssistanceTask task = views.task(taskId);
    task.comment(accounts.callerName(), false, text, time.now());
    em.flush();
    mails.toCustomer(task, customer(task), Event.STAFF_COMMENT);
    audit.granted(AuditAction.ASSISTANCE_COMMENTED, "AssistanceTask", taskId);
  }

  private void step(long taskId, AuditAction action, Consumer<AssistanceTask> change) {
    change.accept(views.task(taskId));
    audit.granted(action, "AssistanceTask", taskId);
  }

  private Customer customer(AssistanceTask task) {
    return views.customer(task.getCustomerId());
  }
}
