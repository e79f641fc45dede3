package eu.dsrportal.routing.web;

import eu.dsrportal.identity.application.StaffDirectory.StaffMember;
import eu.dsrportal.routing.application.RequestTeamwork;
import eu.dsrportal.routing.domain.Assignment;
import eu.dsrportal.routing.domain.InternalNote;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.PlainText;
import eu.dsrportal.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The team's part of the staff request page: who works on the request (assign, take, give back) and
 * the internal notes. The request is the page's {@code id} parameter, read once per view.
 */
@Named
@ViewScoped
public class RequestTeamworkBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RequestTeamwork teamwork;

  private Long id;
  private String assignee;
  private List<InternalNote> notes;
  private List<StaffMember> colleagues;
  private String chosen;

  @PlainText(multiline = true)
  private String note;

  @PostConstruct
  void readId() {
    String parameter =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    try {
      id = parameter == null ? null : Long.valueOf(parameter);
    } catch (NumberFormatException e) {
      id = null; // the request page itself answers 404
    }
    refresh();
  }

  private void refresh() {
    if (id == null) {
      return;
    }
    assignee = teamwork.assignmentOf(id).map(Assignment::getAssignee).orElse(null);
    notes = teamwork.notes(id);
  }

  public void take() {
    act(() -> teamwork.take(id), "teamwork.taken");
  }

  public void assign() {
    if (chosen == null) {
      Messages.errorOn("assignForm:colleague", "inbox.bulk.noAssignee");
      return;
    }
    act(() -> teamwork.assign(id, chosen), "teamwork.assigned");
  }

  public void unassign() {
    if (assignee == null) {
      Messages.error("action.error.unavailable");
      return;
    }
    act(() -> teamwork.unassign(id), "teamwork.unassigned");
  }

  public void addNote() {
    if (act(() -> teamwork.addNote(id, note), "teamwork.noteAdded")) {
      note = null;
    }
  }

  /** Runs the action (the service re-checks: a colleague may have acted meanwhile). */
  private boolean act(Runnable action, String doneKey) {
    if (id == null) {
      Messages.error("action.error.unavailable");
      return false;
    }
    boolean done = false;
    try {
      action.run();
      Messages.info(doneKey);
      done = true;
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
    } catch (NotFoundException e) {
      Messages.error("action.error.unavailable");
    }
    refresh();
    return done;
  }

  public String getAssignee() {
    return assignee;
  }

  public List<InternalNote> getNotes() {
    return notes;
  }

  public List<StaffMember> getColleagues() {
    if (colleagues == null) {
      colleagues = teamwork.colleagues();
    }
    return colleagues;
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
