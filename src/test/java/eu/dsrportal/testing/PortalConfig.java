package eu.dsrportal.testing;

import java.util.Map;
import java.util.function.Supplier;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The configurations the client-side tests need, each served on a port of its own (the
 * integration-test port plus one, two, three, four), so that a test's links never point at another
 * configuration's server.
 */
public enum PortalConfig {
  /** The portal as it ships, with the tests' SMTP server and high intake limits. */
  STANDARD(1, Deployments::portal),
  /**
   * A second instance of the standard portal on the SAME database (issue 13, several instances):
   * started only for a class that asks for it ({@link SharedPortal#alongside}); its mail claims are
   * short ({@link Deployments#twin}).
   */
  STANDARD_TWIN(4, Deployments::twin),
  /** Dev mode: the in-process SMTP catcher and the Mailbox page. */
  DEV_MODE(
      2,
      () ->
          Deployments.portal(
              Map.of(
                  "portal.dev-mode",
                  "true",
                  "security.second-factor.roles",
                  "ADMIN",
                  "portal.dev.smtp-port",
                  System.getProperty("it.dev.smtp.port", "2526")))),
  /**
   * Small intake limits and the proof-of-work challenge on; otherwise the settings as shipped
   * (staff need a second factor, logins throttled per address).
   */
  INTAKE_LIMITS(
      3,
      () ->
          Deployments.portal(
              Map.of(
                  "smtp.host", "127.0.0.1",
                  "smtp.port", String.valueOf(MailCatcher.SMTP.getPort()),
                  "intake.throttle.per-address-per-hour", "4",
                  "intake.throttle.per-email-per-day", "2",
                  "intake.altcha.enabled", "true",
                  "intake.altcha.max-number", "5000")));

  private final int portOffset;
  private final Supplier<WebArchive> archive;

  PortalConfig(int portOffset, Supplier<WebArchive> archive) {
    this.portOffset = portOffset;
    this.archive = archive;
  }

  public int port() {
    return Integer.getInteger("it.http.port", 8181) + portOffset;
  }

  /**
   * The database of this configuration's portal: the standard one shares the tests' database with
   * the in-container tests, the others have one of their own on the same MariaDB.
   */
  public String dbUrl() {
    String shared = System.getProperty("it.db.url");
    return this == STANDARD || this == STANDARD_TWIN
        ? shared
        : shared
            + "_"
            + name().toLowerCase(java.util.Locale.ROOT)
            + "?createDatabaseIfNotExist=true";
  }

  /** Where this configuration's portal answers, e.g. {@code http://localhost:8182}. */
  public String baseUrl() {
    return "http://localhost:" + port();
  }

  WebArchive archive() {
    return archive.get();
  }
}
