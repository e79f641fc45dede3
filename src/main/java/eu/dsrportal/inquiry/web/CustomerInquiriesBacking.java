package eu.dsrportal.inquiry.web;

import eu.dsrportal.inquiry.application.CustomerInquiries;
import eu.dsrportal.inquiry.application.InquiryView;
import eu.dsrportal.inquiry.domain.Inquiry;
import eu.dsrportal.inquiry.domain.InquiryKind;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.PlainText;
import eu.dsrportal.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** The customer's inquiries (art. 8.5, 11.3) and the form to register one. */
@Named
@ViewScoped
public class CustomerInquiriesBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CustomerInquiries inquiries;

  private List<InquiryView> list = List.of();

  private InquiryKind kind;

  @Size(max = Inquiry.QUESTION_LENGTH, message = "{request.tooLong}")
  @PlainText(multiline = true)
  private String question;

  public void load() {
    list = inquiries.list();
  }

  /** Registers the inquiry and shows it, with its due date. */
  public String register() {
    try {
      long id = inquiries.register(kind, question);
      Messages.info("inquiry.registered");
      Messages.keepForRedirect();
      return "/customer/inquiry?faces-redirect=true&id=" + id;
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
      return null;
    }
  }

  public InquiryKind[] getKinds() {
    return InquiryKind.values();
  }

  public List<InquiryView> getList() {
    return list;
  }

  public InquiryKind getKind() {
    return kind;
  }

  public void setKind(InquiryKind kind) {
    this.kind = kind;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }
}
