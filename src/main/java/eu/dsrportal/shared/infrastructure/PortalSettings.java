package eu.dsrportal.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings that several contexts read. */
@Named("portal")
@ApplicationScoped
public class PortalSettings {

  @Inject
  @ConfigProperty(name = "portal.base-url")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "portal.dev-mode")
  boolean devMode;

  /** How long a subject's verification link works; unverified requests are purged after it. */
  @Inject
  @ConfigProperty(name = "intake.verification-hours")
  long verificationHours;

  public long getVerificationHours() {
    return verificationHours;
  }

  public String baseUrl() {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  public boolean isDevMode() {
    return devMode;
  }
}
