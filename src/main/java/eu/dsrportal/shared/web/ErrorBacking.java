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

  @PostConstruct
  void init() {
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    correlationId = HexFormat.of().formatHex(bytes);
    // the current context, not an injected one: within a request that failed while rendering, the
    // injected (request-scoped) context is the failed page's, already released
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Object status = external.getRequestMap().get(RequestDispatcher.ERROR_STATUS_CODE);
    Object uri = external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
    Object failure = external.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
    if (failure instanceof Throwable t) {
      LOG.log(Level.SEVERE, "Error " + correlationId + " (" + status + ") on " + uri, t);
    } else {
      LOG.fine(() -> "Error " + correlationId + " (" + status + ") on " + uri);
    }
  }

  public String getCorrelationId() {
    return correlationId;
  }

  /** A postback refused before its action ran, for want of the page's script nonce. */
  public boolean isFormIncomplete() {
    return Boolean.TRUE.equals(
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get(FormNonceCheck.REFUSED));
  }
}
