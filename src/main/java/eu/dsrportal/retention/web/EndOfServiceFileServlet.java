package eu.dsrportal.retention.web;

import eu.dsrportal.retention.application.EndOfService;
import eu.dsrportal.shared.domain.RoleNames;
import eu.dsrportal.shared.web.DownloadServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An ended customer's export (a ZIP, streamed while it is written) and its deletion certificate
 * (PDF), for administrators. The export is recorded once it was written whole.
 */
@WebServlet({EndOfServiceFileServlet.EXPORT, EndOfServiceFileServlet.CERTIFICATE})
public class EndOfServiceFileServlet extends DownloadServlet {
  static final String EXPORT = "/admin/customer-export.zip";
  static final String CERTIFICATE = "/admin/deletion-certificate.pdf";
  private static final long serialVersionUID = 1L;

  @Inject EndOfService endOfService;

  public EndOfServiceFileServlet() {
    super(RoleNames.ADMIN);
  }

  @Override
  protected void send(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    long id = idParameter(req, "customer");
    if (EXPORT.equals(req.getServletPath())) {
      // checked before the first byte, so that a refusal is still a 404 and not half a ZIP
      endOfService.inventory(id);
      attachment(resp, "application/zip", "customer-" + id + "-export.zip");
      endOfService.export(id, resp.getOutputStream());
    } else {
      byte[] pdf = endOfService.certificate(id);
      attachment(resp, "application/pdf", "customer-" + id + "-deletion-certificate.pdf");
      resp.setContentLength(pdf.length);
      resp.getOutputStream().write(pdf);
    }
  }
}
