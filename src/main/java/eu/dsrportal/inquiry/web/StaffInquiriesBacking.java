package eu.dsrportal.inquiry.web;

import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.inquiry.application.InquiryDesk;
import eu.dsrportal.inquiry.application.InquiryView;
import eu.dsrportal.inquiry.domain.Inquiry;
import eu.dsrportal.inquiry.domain.InquiryKind;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.PlainText;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The open inquiries of all customers, the one due first on top, and the form for one the provider
 * received by letter or e-mail.
 */
@Named
@ViewScoped
public class StaffInquiriesBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject InquiryDesk desk;
  @Inject ProviderTime time;

  private List<InquiryView> open = List.of();
  private List<Customer> customers = List.of();

  private Long customerId;
  private InquiryKind kind;
  private LocalDate receivedOn;

  @PlainText(multiline = true)
  @Size(max = Inquiry.QUESTION_LENGTH, message = "{request.tooLong}")
  private String question;

  public void load() {
    open = desk.open();
    customers = desk.customers();
    if (receivedOn == null) {
      receivedOn = time.today();
    }
  }

  public String register() {
    try {
      long id = desk.register(customerId, kind, question, receivedOn);
      Messages.info("inquiry.registeredByStaff");
      Messages.keepForRedirect();
      return "/staff/inquiry?faces-redirect=true&id=" + id;
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
      return null;
    }
  }

  public List<InquiryView> getOpen() {
    return open;
  }

  public List<Customer> getCustomers() {
    return customers;
  }

  public InquiryKind[] getKinds() {
    return InquiryKind.values();
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public InquiryKind getKind() {
    return kind;
  }

  public void setKind(InquiryKind kind) {
    this.kind = kind;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  /** The latest day of receipt the form offers (the browser's date picker). */
  public LocalDate getToday() {
    return time.today();
  }
}
