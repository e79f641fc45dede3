package eu.dsrportal.shared.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The MariaDB data source; its address and credentials come from MicroProfile Config (DB_URL, ...).
 *
 * <p>The pool survives a database restart without restarting the portal (perf/db-restart.sh): a
 * connection is checked before it is handed out (at most once every 2 s, so a busy pool does not
 * pay a round trip per use), one broken connection has the pool drop all (they all died with the
 * server), nobody waits longer than 2 s for a connection and a new connection gives up after 3 s
 * (the login timeout is MariaDB Connector/J's {@code connectTimeout}); the callers then answer 503
 * ({@link DatabaseUnavailable}), and once an outage is known at once ({@link DatabaseOutage}).
 */
@DataSourceDefinition(
    name = DataSourceConfiguration.JNDI_NAME,
    className = "org.mariadb.jdbc.MariaDbDataSource",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    minPoolSize = 2,
    maxPoolSize = 30,
    loginTimeout = 3,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=2",
      "fish.payara.fail-all-connections=true",
      "fish.payara.max-wait-time-in-millis=2000"
    })
@Singleton
public class DataSourceConfiguration {
  public static final String JNDI_NAME = "java:app/jdbc/dsr";
}
