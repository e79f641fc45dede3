package eu.dsrportal.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A page opened with an id that is no id at all ({@code ?id=abc}, or one out of range) is not
 * found, like one that does not exist: on a GET the only input that can fail conversion or
 * validation is a view parameter, and the page's view action, which loads the object, does not run
 * then. Registered in faces-config.xml.
 */
public class InvalidViewParameters implements PhaseListener {
  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.PROCESS_VALIDATIONS;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    if (!context.isPostback() && context.isValidationFailed() && !context.getResponseComplete()) {
      PageSupport.notFound();
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // nothing before
  }
}
