package eu.dsrportal.routing.web;

import eu.dsrportal.customer.application.CustomerDirectory;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.intake.application.Attachments;
import eu.dsrportal.intake.application.RequestClosing;
import eu.dsrportal.intake.domain.Attachment;
import eu.dsrportal.intake.domain.CloseReason;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.routing.application.RequestRouting;
import eu.dsrportal.routing.domain.Forwarding;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.web.Messages;
import eu.dsrportal.shared.web.PageSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** One request for support staff: its details, closing it (forwarding: {@link ForwardBacking}). */
@Named
@ViewScoped
public class StaffRequestBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RequestRouting routing;
  @Inject RequestClosing closing;
  @Inject CustomerDirectory customers;
  @Inject Attachments attachmentFiles;

  private Long id;
  private Request request;
  private Forwarding forwarding;
  private Customer forwardedTo;
  private List<Attachment> attachments = List.of();

  public void load() {
    PageSupport.loadOrNotFound(
        id,
        () -> {
          request = routing.request(id);
          showAround();
        });
  }

  /** After an action on the page: the request again (not a new viewing), and what goes with it. */
  public void refresh() {
    request = routing.reread(id);
    showAround();
  }

  private void showAround() {
    forwarding = routing.forwardingOf(id).orElse(null);
    forwardedTo = forwarding == null ? null : customers.find(forwarding.getCustomerId());
    attachments = attachmentFiles.ofRequest(id);
  }

  private CloseReason closeReason;

  /**
   * Whether the page offers closing. Forms are shown, and their actions run, on this view's state,
   * never on page variables: each action asks again first, and the domain last (a colleague may
   * have acted meanwhile).
   */
  public boolean isClosable() {
    return request != null && !request.isClosed();
  }

  /** Whether the page offers forwarding: not yet forwarded, not closed, no gag order. */
  public boolean isForwardable() {
    return request != null
        && forwarding == null
        && !request.isClosed()
        && !request.isNotificationForbidden();
  }

  public void close() {
    if (!isClosable()) {
      Messages.error("action.error.unavailable");
      return;
    }
    try {
      closing.close(id, closeReason);
      Messages.info("close.done", request.getReference().value());
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
    }
    refresh();
  }

  public CloseReason[] getCloseReasons() {
    return CloseReason.values();
  }

  public CloseReason getCloseReason() {
    return closeReason;
  }

  public void setCloseReason(CloseReason closeReason) {
    this.closeReason = closeReason;
  }

  public List<Attachment> getAttachments() {
    return attachments;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Request getRequest() {
    return request;
  }

  public Forwarding getForwarding() {
    return forwarding;
  }

  /** The customer the request was forwarded to, if it was. */
  public Customer getForwardedTo() {
    return forwardedTo;
  }
}
