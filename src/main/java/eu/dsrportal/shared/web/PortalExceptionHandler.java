package eu.dsrportal.shared.web;

import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.infrastructure.DatabaseOutage;
import eu.dsrportal.shared.infrastructure.DatabaseUnavailable;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * Failures that are the caller's, not the server's, get their own status and page instead of 500:
 * an expired or forged view (410, a page that says the page expired and links back to it), an
 * object that does not exist or the caller may not see, or a service the caller's roles do not
 * allow (404, as for a URL). A postback forwarded to the login page (an anonymous POST to a
 * protected page: its view cannot be restored there) is sent to the page it was meant for, which
 * asks for a login (saying that the session ended, {@link EndedSessions}). The database out of
 * reach (a restart) is 503, a page saying nothing was stored and to try again in a minute.
 * Everything else goes on to the default error page (500).
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

  public PortalExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        events.hasNext(); ) {
      Throwable failure = events.next().getContext().getException();
      Optional<Integer> status = statusFor(failure);
      if (status.isPresent() && !context.getExternalContext().isResponseCommitted()) {
        events.remove();
        answer(context, status.get());
        return;
      }
    }
    super.handle();
  }

  static Optional<Integer> statusFor(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException) {
        return Optional.of(HttpServletResponse.SC_GONE);
      }
      if (t instanceof NotFoundException || t instanceof EJBAccessException) {
        return Optional.of(HttpServletResponse.SC_NOT_FOUND);
      }
    }
    if (DatabaseUnavailable.causedBy(failure)) {
      // a database restart: the "try again in a minute" page; the outage is logged once, when it
      // starts, not per request
      DatabaseOutage.failed(failure);
      return Optional.of(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
    return Optional.empty();
  }

  private static void answer(FacesContext context, int status) {
    ExternalContext external = context.getExternalContext();
    Object forwardedFrom = external.getRequestMap().get(RequestDispatcher.FORWARD_REQUEST_URI);
    try {
      if (status == HttpServletResponse.SC_GONE && forwardedFrom != null) {
        Object query = external.getRequestMap().get(RequestDispatcher.FORWARD_QUERY_STRING);
        // its session is gone (timed out, or its instance lost): the login page will say so
        EndedSessions.markIfLost((HttpServletRequest) external.getRequest());
        // relative: never built from the request's Host header
        external.redirect(forwardedFrom + (query == null ? "" : "?" + query));
      } else {
        external.responseSendError(status, null);
      }
    } catch (IOException e) {
      throw new FacesException(e);
    }
    context.responseComplete();
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new PortalExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
