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
 * One forwarded request, for the customer: what it is, its acknowledgement, the one extension of
 * its answer period (GDPR art. 12(3); the reason, then the new date to confirm), and "not ours"
 * (the customer gives it back, with its reason).
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

  @PlainText(multiline = true)
  @Size(max = Forwarding.EXTENSION_REASON_LENGTH, message = "{deadline.extension.reasonTooLong}")
  private String extensionReason;

  /** The extension's second step: the reason is given, the new date shown, not yet recorded. */
  private boolean confirmingExtension;

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

  /**
   * Whether the page offers the extension of the answer period (GDPR art. 12(3)): a data subject's
   * request, not extended, not closed, while the first month runs.
   */
  public boolean isExtendable() {
    return request != null && request.isExtendable();
  }

  /** The first step: the reason was given (checked by the form); the page asks to confirm. */
  public void askExtension() {
    if (!isExtendable()) {
      Messages.error("action.error.unavailable");
      return;
    }
    confirmingExtension = true;
  }

  /** Back from the confirmation to the reason, to change it. */
  public void changeExtension() {
    confirmingExtension = false;
  }

  /** The second step: records the extension with the reason of the first. */
  public void confirmExtension() {
    if (!isExtendable() || !confirmingExtension) {
      Messages.error("action.error.unavailable");
      confirmingExtension = false;
      refresh();
      return;
    }
    try {
      customerRequests.extendAnswerPeriod(id, extensionReason);
      Messages.info("deadline.extension.done", request.getReference());
      extensionReason = null;
      confirmingExtension = false;
      refresh();
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
      confirmingExtension = false;
      refresh();
    }
  }

  public boolean isConfirmingExtension() {
    return confirmingExtension;
  }

  public String getExtensionReason() {
    return extensionReason;
  }

  public void setExtensionReason(String extensionReason) {
    this.extensionReason = extensionReason;
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
