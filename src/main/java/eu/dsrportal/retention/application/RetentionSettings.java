package eu.dsrportal.retention.application;

import eu.dsrportal.retention.domain.RetentionPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured retention periods (defaults in microprofile-config.properties). */
@ApplicationScoped
public class RetentionSettings {
  @Inject
  @ConfigProperty(name = "retention.request-months")
  int requestMonths;

  @Inject
  @ConfigProperty(name = "retention.mail-body-days")
  int mailBodyDays;

  @Inject
  @ConfigProperty(name = "retention.orphan-grace-hours")
  int orphanGraceHours;

  public RetentionPolicy policy() {
    return new RetentionPolicy(requestMonths, mailBodyDays, orphanGraceHours);
  }
}
