package eu.dsrportal.routing.web;

import eu.dsrportal.routing.application.CustomerRequestView;
import eu.dsrportal.routing.application.CustomerRequests;
import eu.dsrportal.routing.domain.Forwarding;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.PlainText;
import eu.dsrportal.shared.web.Messages;
import eu.dsrportal.shared.web.PageSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * One forwarded request, for the customer: what it is, its acknowledgement, and "not ours" (the
 * customer gives it back, with its reason).
 */
@Named
@ViewScoped
public class CustomerRequestBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CustomerRequests customerRequests;

  private Long id;
  private CustomerRequestView request;

  @PlainText(multiline = true)
  @Size(max = Forwarding.RETURN_REASON_LENGTH, message = "{request.tooLong}")
  private String notOursReason;

  public void load() {
    PageSupport.loadOrNotFound(id, this::refresh);
  }

  /** Whether the page offers the acknowledgement; asked again when it is pressed. */
  public boolean isAcknowledgeable() {
    return request != null && !request.isAcknowledged() && !request.isClosed();
  }

  public void acknowledge() {
    if (!isAcknowledgeable()) {
      Messages.error("action.error.unavailable");
      return;
    }
    try {
      customerRequests.acknowledge(id);
      Messages.info("acknowledge.done");
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
    }
    refresh();
  }

  /** Whether the page offers "not ours": the request is open (acknowledged or not). */
  public boolean isReturnable() {
    return request != null && !request.isClosed();
  }

  /**
   * Gives the request back; the customer no longer has it, so the page shows the list with a
   * message.
   */
  public String notOurs() {
    if (!isReturnable()) {
      Messages.error("action.error.unavailable");
      return null;
    }
    try {
      customerRequests.giveBack(id, notOursReason);
      Messages.info("lifecycle.notOurs.done", request.getReference());
      Messages.keepForRedirect();
      return "/customer/requests?faces-redirect=true";
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
      return null;
    }
  }

  public String getNotOursReason() {
    return notOursReason;
  }

  public void setNotOursReason(String notOursReason) {
    this.notOursReason = notOursReason;
  }

  private void refresh() {
    request = customerRequests.find(id);
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
}
