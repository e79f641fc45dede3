package eu.dsrportal.intake.web;

import eu.dsrportal.intake.application.Attachments;
import eu.dsrportal.intake.application.Attachments.Download;
import eu.dsrportal.shared.domain.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request's file, always as a download (never shown inline, so a file cannot act as a page
 * of the portal). Under /staff, so only support staff reach it.
 */
@WebServlet("/staff/attachment")
public class AttachmentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject Attachments attachments;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    long id;
    try {
      id = Long.parseLong(req.getParameter("id"));
    } catch (RuntimeException e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Download download;
    try {
      download = attachments.open(id);
    } catch (NotFoundException e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try (InputStream content = download.content()) {
      resp.setContentType(download.mediaType());
      resp.setContentLengthLong(download.size());
      resp.setHeader(
          "Content-Disposition",
          "attachment; filename=\"download\"; filename*=UTF-8''"
              + URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
      content.transferTo(resp.getOutputStream());
    }
  }
}
