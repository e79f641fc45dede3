package eu.dsrportal.customer.web;

import eu.dsrportal.assistance.application.AssistanceDesk;
import eu.dsrportal.assistance.domain.AssistanceTask;
import eu.dsrportal.routing.application.CustomerRequestView;
import eu.dsrportal.routing.application.CustomerRequests;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.web.Messages;
import eu.dsrportal.shared.web.PageSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** One forwarded request, for the customer: acknowledge it, ask for assistance. */
@Named
@ViewScoped
public class CustomerRequestBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CustomerRequests customerRequests;
  @Inject AssistanceDesk desk;

  private Long id;
  private CustomerRequestView request;
  private List<AssistanceTask> tasks = List.of();

  @NotBlank(message = "{assistance.error.instructionRequired}")
  @Size(max = AssistanceTask.INSTRUCTION_LENGTH, message = "{request.tooLong}")
  private String instruction;

  public void load() {
    PageSupport.loadOrNotFound(id, this::refresh);
  }

  public void acknowledge() {
    try {
      customerRequests.acknowledge(id);
      Messages.info("acknowledge.done");
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
    }
    refresh();
  }

  public void askAssistance() {
    try {
      desk.ask(id, instruction);
      instruction = null;
      Messages.info("assistance.asked");
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
    }
    refresh();
  }

  private void refresh() {
    request = customerRequests.find(id);
    tasks = desk.ownTasks(id);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CustomerRequestView getRequest() {
    return request;
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
