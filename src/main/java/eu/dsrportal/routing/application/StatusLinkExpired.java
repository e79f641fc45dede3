package eu.dsrportal.routing.application;

import jakarta.ejb.ApplicationException;

/**
 * The subject's status link was right but has expired (closed longer ago than {@code
 * intake.status-token-days-after-close}); the page says so instead of "not found", and shows
 * nothing of the request.
 */
@ApplicationException(rollback = true)
public class StatusLinkExpired extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StatusLinkExpired() {
    super("status link expired");
  }
}
