package eu.dsrportal.assistance.web;

import eu.dsrportal.assistance.application.AssistanceDesk;
import eu.dsrportal.assistance.domain.AssistanceTask;
import eu.dsrportal.shared.web.Messages;
import eu.dsrportal.shared.web.PageSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Assistance on one request, for staff: accept the customer's instruction as a task and complete it
 * (time is logged in the task-work include).
 */
@Named
@ViewScoped
public class StaffAssistanceBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AssistanceDesk desk;

  private Long requestId;
  private List<AssistanceTask> tasks = List.of();
  private final Map<Long, String> titles = new HashMap<>();

  public void load(Long requestId) {
    this.requestId = requestId;
    if (requestId != null) {
      refresh();
    }
  }

  /**
   * The buttons are shown by the task's status in this view; each action asks again whether the
   * task is this request's and in that status (the domain asks last, on the stored task).
   */
  public void accept(long taskId) {
    if (!shows(taskId, t -> t.getStatus() == AssistanceTask.Status.REQUESTED)) {
      return;
    }
    run(() -> desk.accept(taskId, titles.get(taskId)), "assistance.accepted");
  }

  public void complete(long taskId) {
    if (!shows(taskId, AssistanceTask::acceptsWork)) {
      return;
    }
    run(() -> desk.complete(taskId), "assistance.completed");
  }

  private boolean shows(Long taskId, Predicate<AssistanceTask> state) {
    boolean shown = tasks.stream().anyMatch(t -> t.getId().equals(taskId) && state.test(t));
    if (!shown) {
      Messages.error("action.error.unavailable");
      refresh();
    }
    return shown;
  }

  private void run(Runnable action, String successKey) {
    PageSupport.act(action, successKey);
    refresh();
  }

  private void refresh() {
    tasks = desk.tasksOfRequest(requestId);
  }

  public List<AssistanceTask> getTasks() {
    return tasks;
  }

  public Map<Long, String> getTitles() {
    return titles;
  }
}
