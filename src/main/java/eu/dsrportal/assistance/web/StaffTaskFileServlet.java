package eu.dsrportal.assistance.web;

import eu.dsrportal.assistance.application.TaskFiles;
import eu.dsrportal.shared.domain.RoleNames;
import eu.dsrportal.shared.web.DownloadServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A deliverable file of a task, for the support team, always as a download. */
@WebServlet("/staff/task-file")
public class StaffTaskFileServlet extends DownloadServlet {
  private static final long serialVersionUID = 1L;

  @Inject TaskFiles files;

  public StaffTaskFileServlet() {
    super(RoleNames.SUPPORT, RoleNames.ADMIN);
  }

  @Override
  protected void send(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    TaskFiles.Download download = files.openForStaff(idParameter(req, "file"));
    file(resp, download.mediaType(), download.fileName(), download.size(), download.content());
  }
}
