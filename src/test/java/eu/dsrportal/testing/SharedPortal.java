package eu.dsrportal.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser or HTTP test against a Payara Micro shared with every other class of the same
 * configuration: the server starts at the first such class and stays up for the next ones, so that
 * the suite boots one server per configuration instead of one per class. Classes are run grouped by
 * configuration ({@link ByPortal}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PortalServer.class)
public @interface SharedPortal {
  PortalConfig value() default PortalConfig.STANDARD;

  /** Further servers the class needs besides its own (started in the background meanwhile). */
  PortalConfig[] alongside() default {};
}
