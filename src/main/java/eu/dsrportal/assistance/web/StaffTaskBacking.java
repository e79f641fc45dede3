package eu.dsrportal.assistance.web;

import eu.dsrportal.assistance.application.TaskActions;
import eu.dsrportal.assistance.application.TaskDesk;
import eu.dsrportal.assistance.application.TaskView;
import eu.dsrportal.assistance.domain.AssistanceTask;
import eu.dsrportal.assistance.domain.AssistanceTask.EstimateType;
import eu.dsrportal.assistance.domain.AssistanceTask.Status;
import eu.dsrportal.assistance.domain.TaskComment;
import eu.dsrportal.identity.application.StaffDirectory.StaffMember;
import eu.dsrportal.shared.domain.AssistanceKind;
import eu.dsrportal.shared.domain.PlainText;
import eu.dsrportal.shared.web.Messages;
import eu.dsrportal.shared.web.PageSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Predicate;

/**
 * One task for the support team: take or refuse the instruction, assign it, its kind, beyond the
 * agreement (an administrator approves), the estimate, its status and the thread. Each action asks
 * again whether it is still possible (a colleague may have acted); the domain asks last.
 */
@Named
@ViewScoped
public class StaffTaskBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TaskDesk desk;
  @Inject TaskActions actions;

  private Long id;
  private TaskView task;
  private List<StaffMember> team;

  @Size(max = AssistanceTask.TITLE_LENGTH, message = "{request.tooLong}")
  @PlainText
  private String title;

  @Size(max = AssistanceTask.REASON_LENGTH, message = "{request.tooLong}")
  @PlainText(multiline = true)
  private String reason;

  private String assignee;
  private AssistanceKind kind;
  private EstimateType estimateType;
  private BigDecimal estimateHours;
  private BigDecimal estimateAmount;

  @Size(max = AssistanceTask.ESTIMATE_NOTE_LENGTH, message = "{request.tooLong}")
  @PlainText(multiline = true)
  private String estimateNote;

  @Size(max = TaskComment.TEXT_LENGTH, message = "{request.tooLong}")
  @PlainText(multiline = true)
  private String comment;

  public void load() {
    PageSupport.loadOrNotFound(id, this::refresh);
  }

  public void accept() {
    run(is(Status.REQUESTED), () -> actions.accept(id, title), "assistance.accepted");
  }

  public void refuse() {
    if (run(is(Status.REQUESTED), () -> actions.refuse(id, reason), "task.refused")) {
      reason = null;
    }
  }

  public void assign() {
    run(t -> !t.finished(), () -> actions.assign(id, assignee), "task.assigned");
  }

  public void changeKind() {
    run(t -> !t.finished(), () -> actions.changeKind(id, kind), "task.kindChanged");
  }

  public void markBeyondAgreement() {
    run(
        t -> !t.finished() && !t.beyondAgreement(),
        () -> actions.markBeyondAgreement(id),
        "task.beyond.marked");
  }

  public void approveBeyondAgreement() {
    run(
        TaskView::providerApprovalPending,
        () -> actions.approveBeyondAgreement(id),
        "task.beyond.approved");
  }

  public void refuseBeyondAgreement() {
    if (run(
        TaskView::providerApprovalPending,
        () -> actions.refuseBeyondAgreement(id, reason),
        "task.refused")) {
      reason = null;
    }
  }

  public void estimate() {
    if (run(
        t -> !t.finished(),
        () ->
            actions.estimate(
                id,
                estimateType,
                minutes(estimateType, estimateHours),
                estimateType == EstimateType.FIXED_PRICE ? estimateAmount : null,
                estimateNote),
        "estimate.given")) {
      estimateNote = null;
    }
  }

  public void start() {
    run(is(Status.APPROVED), () -> actions.start(id), "task.started");
  }

  public void waitForCustomer() {
    run(is(Status.IN_PROGRESS), () -> actions.waitForCustomer(id), "task.waiting");
  }

  public void resume() {
    run(is(Status.WAITING_FOR_CUSTOMER), () -> actions.resume(id), "task.resumed");
  }

  public void complete() {
    run(TaskView::acceptsWork, () -> actions.complete(id), "assistance.completed");
  }

  public void cancel() {
    if (run(t -> !t.finished(), () -> actions.cancel(id, reason), "task.cancelled")) {
      reason = null;
    }
  }

  public void sendComment() {
    if (run(t -> true, () -> actions.comment(id, comment), "comment.sent")) {
      comment = null;
    }
  }

  /** Hours as whole minutes (1.25 h is 75 min), for an hours estimate; else null. */
  static Integer minutes(EstimateType type, BigDecimal hours) {
    if (type != EstimateType.HOURS || hours == null) {
      return null;
    }
    return hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValue();
  }

  private static Predicate<TaskView> is(Status status) {
    return t -> t.status() == status;
  }

  private boolean run(Predicate<TaskView> possible, Runnable action, String successKey) {
    boolean done = false;
    if (task == null || !possible.test(task)) {
      Messages.error("action.error.unavailable");
    } else {
      done = PageSupport.act(action, successKey);
    }
    refresh();
    return done;
  }

  private void refresh() {
    task = desk.find(id);
    assignee = task.assignee();
    kind = task.kind();
    if (estimateType == null) {
      estimateType = EstimateType.HOURS;
    }
  }

  public List<StaffMember> getTeam() {
    if (team == null) {
      team = desk.team();
    }
    return team;
  }

  public AssistanceKind[] getKinds() {
    return AssistanceKind.values();
  }

  public EstimateType[] getEstimateTypes() {
    return EstimateType.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public TaskView getTask() {
    return task;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public AssistanceKind getKind() {
    return kind;
  }

  public void setKind(AssistanceKind kind) {
    this.kind = kind;
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

  public String getEstimateNote() {
    return estimateNote;
  }

  public void setEstimateNote(String estimateNote) {
    this.estimateNote = estimateNote;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
