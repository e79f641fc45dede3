package eu.dsrportal.shared.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The MariaDB data source; its address and credentials come from MicroProfile Config (DB_URL, ...).
 */
@DataSourceDefinition(
    name = DataSourceConfiguration.JNDI_NAME,
    className = "org.mariadb.jdbc.MariaDbDataSource",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    minPoolSize = 2,
    maxPoolSize = 30)
@Singleton
public class DataSourceConfiguration {
  public static final String JNDI_NAME = "java:app/jdbc/dsr";
}
