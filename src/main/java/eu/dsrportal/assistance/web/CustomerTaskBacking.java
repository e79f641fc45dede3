package eu.dsrportal.assistance.web;

import eu.dsrportal.assistance.application.CustomerTasks;
import eu.dsrportal.assistance.application.TaskView;
import eu.dsrportal.assistance.domain.AssistanceTask;
import eu.dsrportal.assistance.domain.TaskComment;
import eu.dsrportal.shared.domain.PlainText;
import eu.dsrportal.shared.web.Messages;
import eu.dsrportal.shared.web.PageSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.function.Predicate;

/**
 * One of the customer's tasks: its instruction and versions, a changed instruction, the approval of
 * a staff proposal and of an estimate, and the thread with the support team. Each action asks again
 * whether it is still possible (staff may have acted meanwhile).
 */
@Named
@ViewScoped
public class CustomerTaskBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CustomerTasks tasks;

  private Long id;
  private TaskView task;

  @Size(max = AssistanceTask.INSTRUCTION_LENGTH, message = "{request.tooLong}")
  @PlainText(multiline = true)
  private String instruction;

  @Size(max = TaskComment.TEXT_LENGTH, message = "{request.tooLong}")
  @PlainText(multiline = true)
  private String comment;

  public void load() {
    PageSupport.loadOrNotFound(id, this::refresh);
  }

  public void changeInstruction() {
    if (run(
        t -> !t.finished() && t.status() != AssistanceTask.Status.PROPOSED,
        () -> tasks.changeInstruction(id, instruction),
        "task.instructionChanged")) {
      instruction = task.instruction();
    }
  }

  public void approveProposal() {
    run(isProposed(), () -> tasks.approveProposal(id), "task.proposal.approved");
  }

  public void declineProposal() {
    run(isProposed(), () -> tasks.declineProposal(id), "task.proposal.declined");
  }

  public void withdraw() {
    run(
        t -> t.status() == AssistanceTask.Status.REQUESTED,
        () -> tasks.withdraw(id),
        "task.withdraw.done");
  }

  public void approveEstimate() {
    run(TaskView::estimatePending, () -> tasks.approveEstimate(id), "estimate.approved");
  }

  public void declineEstimate() {
    run(TaskView::estimatePending, () -> tasks.declineEstimate(id), "estimate.declined");
  }

  public void sendComment() {
    if (run(t -> true, () -> tasks.comment(id, comment), "comment.sent")) {
      comment = null;
    }
  }

  private static Predicate<TaskView> isProposed() {
    return t -> t.status() == AssistanceTask.Status.PROPOSED;
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
    task = tasks.find(id);
    if (instruction == null) {
      instruction = task.instruction();
    }
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

  public String getInstruction() {
    return instruction;
  }

  public void setInstruction(String instruction) {
    this.instruction = instruction;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
