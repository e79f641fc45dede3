package eu.dsrportal.shared.infrastructure;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure is the database being out of reach (stopped, restarting, the network), not a
 * fault of the request or the code: answered 503 (problem+json from the API, the "try again in a
 * minute" page), logged once per outage without a stack trace ({@link DatabaseOutage}).
 * perf/db-restart.sh shows it.
 */
public final class DatabaseUnavailable {
  private DatabaseUnavailable() {}

  public static boolean causedBy(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 30; t = t.getCause(), depth++) {
      if (t instanceof DatabaseDown
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException
          || t instanceof ConnectException) {
        return true;
      }
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
      // the connection pool could not hand out a connection (jakarta.resource / Payara's pool)
      String name = t.getClass().getName();
      // the transaction manager could not enlist or roll back the connection: the database is the
      // only resource of a transaction here (seen when an outage begins under load)
      if (name.equals("jakarta.resource.spi.ResourceAllocationException")
          || name.equals("jakarta.transaction.SystemException")
          || name.equals("com.sun.appserv.connectors.internal.api.PoolingException")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
