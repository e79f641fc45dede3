package eu.dsrportal.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Helpers for backing beans that load an object from a URL parameter. */
public final class PageSupport {
  private PageSupport() {}

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
