package eu.dsrportal.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test on its own Payara Micro. The previous test class's server must have let go of
 * the HTTP port before Arquillian starts the next one, or the new server cannot listen on it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({HttpPortReleased.class, ArquillianExtension.class})
public @interface PortalIT {}
