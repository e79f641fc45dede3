package eu.dsrportal.shared.infrastructure;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.function.Supplier;
import javax.transaction.xa.XAException;

/**
 * A transaction that MariaDB rolled back whole because it ran into another one: a deadlock (1213)
 * or a lock wait that timed out (1205). Nothing of it was stored, and InnoDB's answer is "try
 * restarting transaction": {@link #retried} does, for work whose transaction starts inside it.
 */
public final class TransactionConflict {
  private static final int DEADLOCK = 1213;
  private static final int LOCK_WAIT_TIMEOUT = 1205;

  private TransactionConflict() {}

  public static boolean causedBy(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 30; t = t.getCause(), depth++) {
      if (t instanceof SQLTransactionRollbackException) {
        return true;
      }
      if (t instanceof SQLException sql
          && (sql.getErrorCode() == DEADLOCK
              || sql.getErrorCode() == LOCK_WAIT_TIMEOUT
              || "40001".equals(sql.getSQLState()))) {
        return true;
      }
      if (t instanceof XAException xa
          && (xa.errorCode == XAException.XA_RBDEADLOCK
              || xa.errorCode == XAException.XA_RBTIMEOUT)) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * Runs {@code work} (which must begin and end its own transaction) again when a conflict rolled
   * it back, at most {@code attempts} times in all; any other failure, and the last conflict, goes
   * to the caller.
   */
  public static <T> T retried(int attempts, Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return work.get();
      } catch (RuntimeException e) {
        if (attempt >= attempts || !causedBy(e)) {
          throw e;
        }
      }
    }
  }
}
