package eu.dsrportal.routing.web;

import eu.dsrportal.intake.application.Attachments.Download;
import eu.dsrportal.routing.application.CustomerRequests;
import eu.dsrportal.shared.domain.RoleNames;
import eu.dsrportal.shared.web.DownloadServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A file of a request the customer has (the copy of an authority's demand), always as a download.
 * Under /customer; a file of another customer's request is not found ({@link CustomerRequests}).
 */
@WebServlet("/customer/attachment")
public class CustomerAttachmentServlet extends DownloadServlet {
  private static final long serialVersionUID = 1L;

  @Inject CustomerRequests requests;

  public CustomerAttachmentServlet() {
    super(RoleNames.CUSTOMER);
  }

  @Override
  protected void send(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Download download = requests.openAttachment(idParameter(req, "attachment"));
    file(resp, download.mediaType(), download.fileName(), download.size(), download.content());
  }
}
