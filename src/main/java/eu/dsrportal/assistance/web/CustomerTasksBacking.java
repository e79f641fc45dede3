package eu.dsrportal.assistance.web;

import eu.dsrportal.assistance.application.CustomerTasks;
import eu.dsrportal.assistance.application.CustomerTasks.RequestChoice;
import eu.dsrportal.assistance.application.TaskRow;
import eu.dsrportal.assistance.domain.AssistanceTask;
import eu.dsrportal.shared.domain.AssistanceKind;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.PlainText;
import eu.dsrportal.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** The customer's tasks, a page at a time, and a new instruction (on a request or on its own). */
@Named
@ViewScoped
public class CustomerTasksBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CustomerTasks tasks;

  private TaskRow.Page page;
  private List<RequestChoice> requests;
  private AssistanceKind kind;
  private Long requestId;

  @Size(max = AssistanceTask.INSTRUCTION_LENGTH, message = "{request.tooLong}")
  @PlainText(multiline = true)
  private String instruction;

  public void load() {
    page = tasks.list(0);
  }

  public void next() {
    page = tasks.list(page.number() + 1);
  }

  public void previous() {
    page = tasks.list(page.number() - 1);
  }

  /** Gives the instruction and shows the new task. */
  public String instruct() {
    try {
      long id = tasks.instruct(kind, requestId, instruction);
      Messages.info("assistance.asked");
      Messages.keepForRedirect();
      return "/customer/task?faces-redirect=true&id=" + id;
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
    } catch (NotFoundException e) {
      Messages.error("action.error.unavailable");
    }
    return null;
  }

  public TaskRow.Page getPage() {
    return page;
  }

  public List<RequestChoice> getRequests() {
    if (requests == null) {
      requests = tasks.requests();
    }
    return requests;
  }

  public AssistanceKind[] getKinds() {
    return AssistanceKind.values();
  }

  public AssistanceKind getKind() {
    return kind;
  }

  public void setKind(AssistanceKind kind) {
    this.kind = kind;
  }

  public Long getRequestId() {
    return requestId;
  }

  public void setRequestId(Long requestId) {
    this.requestId = requestId;
  }

  public String getInstruction() {
    return instruction;
  }

  public void setInstruction(String instruction) {
    this.instruction = instruction;
  }
}
