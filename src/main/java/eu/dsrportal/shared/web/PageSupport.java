package eu.dsrportal.shared.web;

import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Helpers for backing beans that load an object from a URL parameter and act on it. */
public final class PageSupport {
  private PageSupport() {}

  /**
   * Loads the object of a page's id parameter; a missing id, or one that does not exist or the
   * caller may not see (the service says {@link NotFoundException} for both), answers 404.
   */
  public static void loadOrNotFound(Long id, Runnable load) {
    if (id == null) {
      notFound();
      return;
    }
    try {
      load.run();
    } catch (NotFoundException e) {
      notFound();
    }
  }

  /**
   * Runs a page's action and says how it went: the success message, the domain's reason for
   * refusing it, or "no longer possible" when its object is gone. True when it was done.
   */
  public static boolean act(Runnable action, String successKey) {
    try {
      action.run();
      Messages.info(successKey);
      return true;
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
    } catch (NotFoundException e) {
      Messages.error("action.error.unavailable");
    }
    return false;
  }

  /** Answers 404: used for ids that do not exist and ids the caller may not see alike. */
  public static void notFound() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    context.responseComplete();
  }
}
