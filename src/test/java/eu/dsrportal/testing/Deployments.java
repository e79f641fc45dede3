package eu.dsrportal.testing;

import eu.dsrportal.testing.callers.TestCallers;
import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test deployments are the WAR the build produced, whole, deployed at the root context. In-container
 * tests add AssertJ and the test callers, which run service calls under a given role.
 */
public final class Deployments {
  private Deployments() {}

  /** The portal as it ships. */
  public static WebArchive portal() {
    WebArchive built = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(built);
  }

  /** The portal plus what in-container tests need. */
  public static WebArchive portalForInContainerTests() {
    WebArchive war = portal();
    war.delete("WEB-INF/payara-web.xml");
    return war
        .addPackage(TestCallers.class.getPackage())
        .addClass(Deployments.class)
        .addAsLibrary(jarOf(Assertions.class))
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
