package eu.dsrportal.inquiry.web;

import eu.dsrportal.inquiry.application.CustomerInquiries;
import eu.dsrportal.inquiry.application.InquiryFiles.Download;
import eu.dsrportal.shared.domain.RoleNames;
import eu.dsrportal.shared.web.DownloadServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A file of an answer to one of the customer's inquiries, always as a download. A file of another
 * customer's inquiry is not found ({@link CustomerInquiries}).
 */
@WebServlet("/customer/inquiry-file")
public class CustomerInquiryFileServlet extends DownloadServlet {
  private static final long serialVersionUID = 1L;

  @Inject CustomerInquiries inquiries;

  public CustomerInquiryFileServlet() {
    super(RoleNames.CUSTOMER);
  }

  @Override
  protected void send(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Download download = inquiries.openFile(idParameter(req, "file"));
    file(resp, download.mediaType(), download.fileName(), download.size(), download.content());
  }
}
