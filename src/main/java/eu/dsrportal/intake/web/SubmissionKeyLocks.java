package eu.dsrportal.intake.web;

import java.util.function.Supplier;

/**
 * Clicks of one form are stored one after the other on this instance: the first stores the request,
 * the others then find it by its key instead of racing it into the database's unique key (which
 * still guards across instances, but has EclipseLink log a stack trace per loser). Shared by the
 * public form and the staff entry form.
 */
final class SubmissionKeyLocks {
  private static final Object[] LOCKS = new Object[64];

  static {
    for (int i = 0; i < LOCKS.length; i++) {
      LOCKS[i] = new Object();
    }
  }

  private SubmissionKeyLocks() {}

  static <T> T oneAtATime(String submissionKey, Supplier<T> work) {
    synchronized (LOCKS[Math.floorMod(submissionKey.hashCode(), LOCKS.length)]) {
      return work.get();
    }
  }
}
