package eu.dsrportal.assistance.web;

import eu.dsrportal.assistance.application.CustomerTaskWork;
import eu.dsrportal.assistance.application.TaskWorkView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The customer's read-only view of the work on one of its tasks (include task-work-customer.xhtml,
 * parameter taskId): time, items, indicative cost and the files to download.
 */
@Named
@ViewScoped
public class CustomerTaskWorkBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CustomerTaskWork customerTaskWork;

  private final Map<Long, TaskWorkView> works = new HashMap<>();

  public TaskWorkView work(long taskId) {
    if (Rendering.firstTimeInThisResponse("customerTaskWork", taskId)) {
      works.put(taskId, customerTaskWork.work(taskId));
    }
    return works.computeIfAbsent(taskId, customerTaskWork::work);
  }
}
