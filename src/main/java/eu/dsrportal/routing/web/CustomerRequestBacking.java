package eu.dsrportal.routing.web;

import eu.dsrportal.routing.application.CustomerRequestView;
import eu.dsrportal.routing.application.CustomerRequests;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.web.Messages;
import eu.dsrportal.shared.web.PageSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** One forwarded request, for the customer: what it is, and its acknowledgement. */
@Named
@ViewScoped
public class CustomerRequestBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CustomerRequests customerRequests;

  private Long id;
  private CustomerRequestView request;

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
