package eu.dsrportal.routing.web;

import eu.dsrportal.intake.application.Attachments.Download;
import eu.dsrportal.routing.application.CustomerRequests;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.RoleNames;
import eu.dsrportal.shared.web.DownloadServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

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
    long id;
    try {
      id = Long.parseLong(req.getParameter("id"));
    } catch (RuntimeException e) {
      throw new NotFoundException("attachment");
    }
    Download download = requests.openAttachment(id);
    try (InputStream content = download.content()) {
      attachment(resp, download.mediaType(), download.fileName());
      resp.setContentLengthLong(download.size());
      content.transferTo(resp.getOutputStream());
    }
  }
}
