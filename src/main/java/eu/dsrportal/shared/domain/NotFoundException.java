package eu.dsrportal.shared.domain;

import jakarta.ejb.ApplicationException;

/**
 * Thrown when an object does not exist or the caller may not see it: both look the same, so that
 * ids of other customers cannot be probed.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {
  public NotFoundException(String what) {
    super(what + " not found");
  }
}
