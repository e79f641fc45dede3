package eu.dsrportal.intake.web;

import eu.dsrportal.intake.application.Attachments;
import eu.dsrportal.intake.application.Attachments.Download;
import eu.dsrportal.shared.domain.RoleNames;
import eu.dsrportal.shared.web.DownloadServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends a request's file, always as a download (never shown inline, so a file cannot act as a page
 * of the portal). Under /staff, for support staff; an id that cannot be read is not found either.
 */
@WebServlet("/staff/attachment")
public class AttachmentServlet extends DownloadServlet {
  private static final long serialVersionUID = 1L;

  @Inject Attachments attachments;

  public AttachmentServlet() {
    super(RoleNames.SUPPORT, RoleNames.ADMIN);
  }

  @Override
  protected void send(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Download download = attachments.open(idParameter(req, "attachment"));
    file(resp, download.mediaType(), download.fileName(), download.size(), download.content());
  }
}
