package eu.dsrportal.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * This instance's view of a database outage: the first failure logs one warning, the check that
 * finds the database back logs one info line, and nothing in between (every request meanwhile is
 * answered 503 at once, every timer skips its run). Timers ask {@link #isDown()} before they run
 * (one fires every second); during an outage that question checks the database, at most once a
 * second, with a connection of its own outside the pool (the pool logs a warning for each
 * connection it fails to make).
 */
@ApplicationScoped
public class DatabaseOutage {
  private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());

  /** Shared by the whole application on this instance (interceptors and handlers included). */
  private static final OutageState STATE = new OutageState(Duration.ofSeconds(1));

  @Inject
  @ConfigProperty(name = "db.url")
  String url;

  @Inject
  @ConfigProperty(name = "db.user")
  String user;

  @Inject
  @ConfigProperty(name = "db.password")
  String password;

  /** A failure that is the database out of reach: logged only if it starts an outage. */
  public static void failed(Throwable failure) {
    if (STATE.failed(System.nanoTime())) {
      LOG.warning(
          () ->
              "Database unavailable ("
                  + rootCause(failure)
                  + "): requests are answered 503 and scheduled jobs skip their runs until it is"
                  + " back; no further log lines until then");
    }
  }

  /** Whether the database is out of reach; during an outage checks it, at most once a second. */
  public boolean isDown() {
    if (STATE.checkDue(System.nanoTime())) {
      try (Connection connection = probe().getConnection()) {
        if (connection.isValid(2)) {
          STATE
              .recovered(System.nanoTime())
              .ifPresent(
                  ended ->
                      LOG.info(
                          () ->
                              "Database available again after "
                                  + ended.lasted().toSeconds()
                                  + " s ("
                                  + ended.failures()
                                  + " calls failed meanwhile)"));
        }
      } catch (Exception stillDown) {
        // still away: already logged when the outage started
      }
    }
    return STATE.isDown();
  }

  /** Whether an outage is on, without checking the database (for every call: no I/O). */
  static boolean knownDown() {
    return STATE.isDown();
  }

  private DataSource probe() throws SQLException {
    MariaDbDataSource probe = new MariaDbDataSource(url);
    probe.setUser(user);
    probe.setPassword(password);
    probe.setLoginTimeout(2);
    return probe;
  }

  private static String rootCause(Throwable failure) {
    Throwable root = failure;
    for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 30; depth++) {
      root = root.getCause();
    }
    return root.getClass().getName();
  }
}
