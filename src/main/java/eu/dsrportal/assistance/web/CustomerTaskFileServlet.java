package eu.dsrportal.assistance.web;

import eu.dsrportal.assistance.application.TaskFiles;
import eu.dsrportal.shared.domain.RoleNames;
import eu.dsrportal.shared.web.DownloadServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A deliverable file of one of the customer's tasks, always as a download. A file of another
 * customer's task is not found ({@link TaskFiles}).
 */
@WebServlet("/customer/task-file")
public class CustomerTaskFileServlet extends DownloadServlet {
  private static final long serialVersionUID = 1L;

  @Inject TaskFiles files;

  public CustomerTaskFileServlet() {
    super(RoleNames.CUSTOMER);
  }

  @Override
  protected void send(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    TaskFiles.Download download = files.openForCustomer(idParameter(req, "file"));
    file(resp, download.mediaType(), download.fileName(), download.size(), download.content());
  }
}
