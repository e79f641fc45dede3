package eu.dsrportal.shared.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Error pages show a short correlation id and nothing of the failure itself; the log has the id
 * with the details, so support can find one from the other.
 */
@Named
@RequestScoped
public class ErrorBacking {
  private static final Logger LOG = Logger.getLogger(ErrorBacking.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  private String correlationId;

  /**
   * The error dispatch's own: the request-scoped {@code ExternalContext} Faces' CDI producer made
   * for the failed page (same request) has been released by then, so it is never injected here.
   */
  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }

  @PostConstruct
  void init() {
    ExternalContext external = external();
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    correlationId = HexFormat.of().formatHex(bytes);
    Object status = external.getRequestMap().get(RequestDispatcher.ERROR_STATUS_CODE);
    Object uri = external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
    Object failure = external.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
    if (failure instanceof Throwable t) {
      LOG.log(Level.SEVERE, "Error " + correlationId + " (" + status + ") on " + uri, t);
    } else {
      LOG.fine(() -> "Error " + correlationId + " (" + status + ") on " + uri);
    }
  }

  /**
   * The address the failed request was sent to, to open it afresh: a path of this portal (the
   * servlet container's own), never a full URL from a header.
   */
  public String getPageAgain() {
    ExternalContext external = external();
    Object uri = external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
    // the original query string: an error dispatch changes the path, not the query
    String query =
        ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getQueryString();
    if (!(uri instanceof String path) || !path.startsWith("/") || path.startsWith("//")) {
      return external.getRequestContextPath() + "/";
    }
    return query == null ? path : path + "?" + query;
  }

  public String getCorrelationId() {
    return correlationId;
  }

  /** A postback refused before its action ran, for want of the page's script nonce. */
  public boolean isFormIncomplete() {
    return Boolean.TRUE.equals(external().getRequestMap().get(FormNonceCheck.REFUSED));
  }
}
