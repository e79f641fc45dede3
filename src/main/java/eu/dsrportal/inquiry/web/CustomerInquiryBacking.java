package eu.dsrportal.inquiry.web;

import eu.dsrportal.inquiry.application.CustomerInquiries;
import eu.dsrportal.inquiry.application.InquiryView;
import eu.dsrportal.shared.web.PageSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** One of the customer's inquiries: its clock, the answer with its files, the history. */
@Named
@ViewScoped
public class CustomerInquiryBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CustomerInquiries inquiries;

  private Long id;
  private InquiryView inquiry;

  public void load() {
    PageSupport.loadOrNotFound(id, () -> inquiry = inquiries.find(id));
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public InquiryView getInquiry() {
    return inquiry;
  }
}
