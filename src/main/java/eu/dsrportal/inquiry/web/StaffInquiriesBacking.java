package eu.dsrportal.inquiry.web;

import eu.dsrportal.inquiry.application.InquiryDesk;
import eu.dsrportal.inquiry.application.InquiryView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The open inquiries of all customers, the one due first on top. */
@Named
@ViewScoped
public class StaffInquiriesBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject InquiryDesk desk;

  private List<InquiryView> open = List.of();

  public void load() {
    open = desk.open();
  }

  public List<InquiryView> getOpen() {
    return open;
  }
}
