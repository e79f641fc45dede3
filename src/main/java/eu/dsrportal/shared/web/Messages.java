package eu.dsrportal.shared.web;

import eu.dsrportal.shared.infrastructure.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.MissingResourceException;

/** Faces messages by bundle key, so backing beans never hold user-facing text. */
public final class Messages {
  private Messages() {}

  public static void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, key, args);
  }

  public static void error(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_ERROR, key, args);
  }

  public static void errorOn(String clientId, String key, Object... args) {
    add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
  }

  /** Keeps messages across a redirect (Post/Redirect/Get). */
  public static void keepForRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  public static String text(String key, Object... args) {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      String pattern = context.getApplication().getResourceBundle(context, "msg").getString(key);
      return Texts.format(pattern, context.getViewRoot().getLocale(), args);
    } catch (MissingResourceException e) {
      return "???" + key + "???";
    }
  }

  private static void add(
      String clientId, FacesMessage.Severity severity, String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
  }
}
