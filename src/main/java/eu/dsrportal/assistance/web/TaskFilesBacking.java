package eu.dsrportal.assistance.web;

import eu.dsrportal.assistance.application.TaskFiles;
import eu.dsrportal.assistance.application.TaskWork;
import eu.dsrportal.assistance.application.TaskWorkView;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The staff's files block of a task (include task-files.xhtml, parameter taskId): the deliverables
 * uploaded so far, and one more.
 */
@Named
@ViewScoped
public class TaskFilesBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TaskFiles taskFiles;
  @Inject TaskWork taskWork;

  private final Map<Long, List<TaskWorkView.File>> files = new HashMap<>();

  /** The uploaded file; not kept in the view (it is read when the form is sent). */
  private transient Part upload;

  public List<TaskWorkView.File> files(long taskId) {
    if (Rendering.firstTimeInThisResponse("taskFiles", taskId)) {
      files.put(taskId, taskWork.work(taskId).files());
    }
    return files.computeIfAbsent(taskId, id -> taskWork.work(id).files());
  }

  public void upload(long taskId) {
    if (upload == null || upload.getSize() == 0) {
      Messages.error("work.file.error.empty");
      return;
    }
    try (InputStream in = upload.getInputStream()) {
      taskFiles.upload(
          taskId, new TaskFiles.Upload(upload.getSubmittedFileName(), in.readAllBytes()));
      Messages.info("work.file.uploaded");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
    } catch (NotFoundException e) {
      Messages.error("error.notFound");
    }
    upload = null;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }
}
