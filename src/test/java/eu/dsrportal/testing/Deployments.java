package eu.dsrportal.testing;

import eu.dsrportal.it.RoleMatrix;
import eu.dsrportal.testing.callers.TestCallers;
import java.io.File;
import java.net.URISyntaxException;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test deployments are the WAR the build produced, whole, deployed at the root context.
 * In-container tests add AssertJ and the test callers, which run service calls under a given role.
 */
public final class Deployments {
  private Deployments() {}

  /**
   * The portal as it ships, sending mail to the tests' SMTP server; the intake's and the login's
   * limits per client address and e-mail address are raised (every test submits and logs in from
   * 127.0.0.1, on a server shared by the classes), IntakeLimitsIT checks the intake's.
   */
  public static WebArchive portal() {
    return portal(TEST_SETTINGS);
  }

  private static final Map<String, String> TEST_SETTINGS =
      Map.of(
          "smtp.host", "127.0.0.1",
          "smtp.port", String.valueOf(MailCatcher.SMTP.getPort()),
          "intake.throttle.per-address-per-hour", "100000",
          "intake.throttle.per-email-per-day", "100000",
          // every class logs in from 127.0.0.1, many times, on the one shared server
          "login.throttle.attempts", "100000",
          // StaffApiIT sends a few bad tokens from loopback and, from another address, more than
          // this to see the throttle
          "api.token.refusals-per-minute", "20",
          // the classes log in as the demo staff dozens of times a minute, which one-time codes
          // (one login per 30 s) cannot follow; the shipped default (staff roles need a second
          // factor) is shown on the INTAKE_LIMITS server, which keeps it
          "security.second-factor.roles", "ADMIN",
          // the tests' own requests come from loopback (Chromium reaches "localhost" as ::1) and
          // send
          // no forwarded headers; SecurityIT sends some as a trusted proxy and as an untrusted one
          // (from 127.0.0.2), and its throttle test names another client through the trusted one
          "http.trusted-proxies", "127.0.0.1, ::1");

  /**
   * The portal as it ships, with settings of its own: a configuration source of higher ordinal than
   * the application's defaults, packaged as a library.
   */
  /**
   * The standard portal as a second instance on the same database: its mail claims last 20 s (300
   * as shipped), so that the mails it had claimed when it is killed are sent by the first instance
   * within a test's patience.
   */
  public static WebArchive twin() {
    Map<String, String> settings = new java.util.HashMap<>(TEST_SETTINGS);
    settings.put("mail.outbox.claim-seconds", "20");
    return portal(settings);
  }

  public static WebArchive portal(Map<String, String> settings) {
    // plain HTTP: cookies are Secure only when the request is (over TLS, or via a trusted proxy)
    StringBuilder properties = new StringBuilder("config_ordinal=500\nhttp.secure-cookies=false\n");
    settings.forEach((key, value) -> properties.append(key).append('=').append(value).append('\n'));
    JavaArchive config =
        ShrinkWrap.create(JavaArchive.class, "it-config.jar")
            .addAsManifestResource(
                new StringAsset(properties.toString()), "microprofile-config.properties");
    return built().addAsLibrary(config);
  }

  private static WebArchive built() {
    WebArchive built =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(built);
  }

  /**
   * The portal plus what in-container tests need (Arquillian adds the test class, not the class it
   * extends: ServicesIT runs the role matrix's test too).
   */
  public static WebArchive portalForInContainerTests() {
    WebArchive war = portal(TEST_SETTINGS);
    war.delete("WEB-INF/payara-web.xml");
    return war.addPackage(TestCallers.class.getPackage())
        .addClasses(
            Deployments.class,
            PortalIT.class,
            HttpPortReleased.class,
            SmtpSink.class,
            RoleMatrix.class)
        .addAsLibrary(jarOf(Assertions.class))
        .addAsLibrary(jarOf(Awaitility.class))
        .addAsLibrary(jarOf(Matcher.class))
        .addAsWebInfResource("payara-web-it.xml", "payara-web.xml")
        .addAsWebInfResource("glassfish-ejb-jar-it.xml", "glassfish-ejb-jar.xml");
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
