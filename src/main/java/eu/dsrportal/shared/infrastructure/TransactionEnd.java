package eu.dsrportal.shared.infrastructure;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work on files that must follow the database's outcome: a file written for a row is deleted again
 * if the row's transaction does not commit; files of rows deleted are removed only once the delete
 * has committed.
 */
public final class TransactionEnd {
  private TransactionEnd() {}

  /** Runs {@code work} after the current transaction committed. */
  public static void whenCommitted(TransactionSynchronizationRegistry transactions, Runnable work) {
    register(transactions, true, work);
  }

  /** Runs {@code work} after the current transaction ended without committing. */
  public static void whenNotCommitted(
      TransactionSynchronizationRegistry transactions, Runnable work) {
    register(transactions, false, work);
  }

  private static void register(
      TransactionSynchronizationRegistry transactions, boolean committed, Runnable work) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if ((status == Status.STATUS_COMMITTED) == committed) {
              work.run();
            }
          }
        });
  }
}
