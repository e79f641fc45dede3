package eu.dsrportal.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database. Bean-managed
 * transactions: Flyway commits each migration itself.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  private volatile boolean migrated;

  @PostConstruct
  void migrate() {
    Flyway flyway = flyway();
    var result = flyway.migrate();
    LOG.info(() -> "Database schema at version " + result.targetSchemaVersion);
    migrated = true;
  }

  /** True when the migrations ran and none is pending now. */
  public boolean isUpToDate() {
    return migrated && flyway().info().pending().length == 0;
  }

  private Flyway flyway() {
    return Flyway.configure(DatabaseMigration.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load();
  }
}
