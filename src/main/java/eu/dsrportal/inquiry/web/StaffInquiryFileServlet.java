package eu.dsrportal.inquiry.web;

import eu.dsrportal.inquiry.application.InquiryDesk;
import eu.dsrportal.inquiry.application.InquiryFiles.Download;
import eu.dsrportal.shared.domain.RoleNames;
import eu.dsrportal.shared.web.DownloadServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A file of an answer, for the support team, always as a download. */
@WebServlet("/staff/inquiry-file")
public class StaffInquiryFileServlet extends DownloadServlet {
  private static final long serialVersionUID = 1L;

  @Inject InquiryDesk desk;

  public StaffInquiryFileServlet() {
    super(RoleNames.SUPPORT, RoleNames.ADMIN);
  }

  @Override
  protected void send(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Download download = desk.openFile(idParameter(req, "file"));
    file(resp, download.mediaType(), download.fileName(), download.size(), download.content());
  }
}
