package eu.dsrportal.shared.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.primefaces.context.PrimeApplicationContext;

/**
 * A postback whose script nonce PrimeFaces would refuse is refused before anything of it runs.
 * PrimeFaces checks the posted {@code primefaces.nonce} only when it renders the answer, after the
 * form's action: a postback without it (or with another) did its work and then showed the 500 page,
 * and people sent it again (two assistance tasks). Checked here right after the view is restored,
 * as PrimeFaces checks it ({@code CspState.getNonce}): the view's nonce must come back, and a view
 * without one (stateless) needs a well-formed nonce. Refused with 400 and a page saying the form
 * arrived incomplete and nothing was done ({@link ErrorBacking#isFormIncomplete}).
 */
public class FormNonceCheck implements PhaseListener {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(FormNonceCheck.class.getName());

  /** Request attribute telling the 400 page why. */
  static final String REFUSED = FormNonceCheck.class.getName() + ".refused";

  /**
   * Before the posted values are applied: the view was restored (a view that could not be, expired,
   * is answered as such, not as a missing nonce).
   */
  @Override
  public PhaseId getPhaseId() {
    return PhaseId.APPLY_REQUEST_VALUES;
  }

  @Override
  public void afterPhase(PhaseEvent event) {}

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    if (!context.isPostback() || context.getResponseComplete() || context.getViewRoot() == null) {
      return;
    }
    ExternalContext external = context.getExternalContext();
    // error dispatches get a nonce of their own (ScriptNonceFilter)
    if (!(external.getRequest() instanceof HttpServletRequest request)
        || request.getDispatcherType() != DispatcherType.REQUEST
        || !PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
      return;
    }
    Map<String, Object> viewMap = context.getViewRoot().getViewMap(false);
    Object expected = viewMap == null ? null : viewMap.get(FormNonces.NONCE_PARAMETER);
    String posted = external.getRequestParameterMap().get(FormNonces.NONCE_PARAMETER);
    if (!accepts(expected, posted)) {
      LOG.fine(
          () -> "Postback without the view's script nonce refused: " + request.getRequestURI());
      external.getRequestMap().put(REFUSED, Boolean.TRUE);
      try {
        external.responseSendError(400, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      context.responseComplete();
    }
  }

  /**
   * Whether PrimeFaces will accept the posted nonce: the view's own, or for a view that keeps none,
   * a Base64-encoded UUID.
   */
  static boolean accepts(Object viewNonce, String posted) {
    if (viewNonce != null) {
      return viewNonce.equals(posted);
    }
    if (posted == null || posted.isEmpty()) {
      return false;
    }
    try {
      UUID.fromString(new String(Base64.getDecoder().decode(posted), StandardCharsets.UTF_8));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
