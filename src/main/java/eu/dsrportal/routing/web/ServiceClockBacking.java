package eu.dsrportal.routing.web;

import eu.dsrportal.routing.application.ServiceClockPanel;
import eu.dsrportal.routing.application.ServiceClockQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * Our own clock on the staff request page (WEB-INF/includes/service-clock.xhtml): read once while a
 * postback is decoded (its items' {@code rendered}) and once more for the answer, so that the page
 * shows the state after an action on it (a forward), not the one before.
 */
@Named
@RequestScoped
public class ServiceClockBacking {

  @Inject ServiceClockQueries queries;

  private final Map<Long, ServiceClockPanel> panels = new HashMap<>();
  private boolean readForTheAnswer;

  public ServiceClockPanel of(Long requestId) {
    if (requestId == null) {
      return null;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!readForTheAnswer
        && faces != null
        && faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
      panels.clear(); // read before the action, if any
      readForTheAnswer = true;
    }
    return panels.computeIfAbsent(requestId, queries::panel);
  }
}
