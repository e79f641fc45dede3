package eu.dsrportal.shared.infrastructure;

import jakarta.ejb.ApplicationException;

/**
 * The database is out of reach (see {@link DatabaseUnavailable}): what an enterprise bean throws
 * instead of the failure itself ({@link DatabaseOutageGuard}). An application exception, so the
 * container rolls back without logging a system exception with its stack trace for every call
 * during an outage; the pages and the API answer it 503. It has no stack trace of its own: the
 * outage is logged once, when it starts ({@link DatabaseOutage}).
 */
@ApplicationException(rollback = true)
public class DatabaseDown extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The failure that showed it, or null when the outage was already known. */
  public DatabaseDown(Throwable failure) {
    super(
        failure == null
            ? "database unavailable"
            : "database unavailable (" + failure.getClass().getName() + ")",
        null,
        false,
        false);
  }
}
