package eu.dsrportal.intake.application;

import jakarta.ejb.ApplicationException;

/**
 * Another submission with the same key stored its request first (a double click, a client's retry):
 * the database's unique key refused this one. An application exception, so the container rolls back
 * without logging a system exception and its stack trace for an expected race.
 */
@ApplicationException(rollback = true)
public class SubmissionKeyTaken extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SubmissionKeyTaken() {
    super("submission key already used", null, false, false);
  }
}
