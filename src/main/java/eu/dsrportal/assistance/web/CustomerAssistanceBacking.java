package eu.dsrportal.assistance.web;

import eu.dsrportal.assistance.application.AssistanceDesk;
import eu.dsrportal.assistance.domain.AssistanceTask;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.PlainText;
import eu.dsrportal.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** The assistance a customer asked for on one of its requests, and a new instruction. */
@Named
@ViewScoped
public class CustomerAssistanceBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AssistanceDesk desk;

  private Long requestId;
  private List<AssistanceTask> tasks = List.of();

  @NotBlank(message = "{assistance.error.instructionRequired}")
  @Size(max = AssistanceTask.INSTRUCTION_LENGTH, message = "{request.tooLong}")
  @PlainText(multiline = true)
  private String instruction;

  /** Runs only once the customer's request has been found (the page's first view action). */
  public void load() {
    refresh();
  }

  public void askAssistance() {
    try {
      desk.ask(requestId, instruction);
      instruction = null;
      Messages.info("assistance.asked");
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
    }
    refresh();
  }

  private void refresh() {
    tasks = desk.ownTasks(requestId);
  }

  public Long getRequestId() {
    return requestId;
  }

  public void setRequestId(Long requestId) {
    this.requestId = requestId;
  }

  public List<AssistanceTask> getTasks() {
    return tasks;
  }

  public String getInstruction() {
    return instruction;
  }

  public void setInstruction(String instruction) {
    this.instruction = instruction;
  }
}
