package eu.dsrportal.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In production the session cookie is always {@code Secure} ({@code http.secure-cookies}, on by
 * default; off in the run command and the tests, which speak plain HTTP), whatever the request
 * looks like to the server: behind a reverse proxy that ends TLS, a request may arrive as plain
 * HTTP. Without it the cookie is Secure whenever the request came over TLS, directly or through a
 * trusted proxy ({@code cookieSecure=dynamic} in payara-web.xml, {@link ProxyHeadersFilter}).
 */
@WebListener
public class SecureCookies implements ServletContextListener {

  @Inject
  @ConfigProperty(name = "http.secure-cookies")
  boolean secureCookies;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (secureCookies) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }
}
