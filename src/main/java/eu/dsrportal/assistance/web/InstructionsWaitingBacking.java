package eu.dsrportal.assistance.web;

import eu.dsrportal.assistance.application.TaskDesk;
import eu.dsrportal.assistance.application.TaskRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The customers' instructions nobody has taken yet, for the include on the staff inbox
 * (WEB-INF/includes/instructions-waiting.xhtml): the oldest few and how many there are.
 */
@Named
@RequestScoped
public class InstructionsWaitingBacking {
  static final int SHOWN = 5;

  @Inject TaskDesk desk;

  private List<TaskRow> oldest;
  private Long count;

  public List<TaskRow> getOldest() {
    if (oldest == null) {
      oldest = desk.waiting(SHOWN);
    }
    return oldest;
  }

  public long getCount() {
    if (count == null) {
      count = desk.waitingCount();
    }
    return count;
  }
}
