package eu.dsrportal.shared.infrastructure;

import eu.dsrportal.shared.domain.ProviderTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one source of time, so that deadlines can be tested with another clock; and the provider's
 * calendar on that clock, in the configured zone ({@code portal.zone}).
 */
@ApplicationScoped
public class ClockProducer {

  @Inject
  @ConfigProperty(name = "portal.zone")
  String zone;

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }

  @Produces
  ProviderTime providerTime(Clock clock) {
    return new ProviderTime(clock, ZoneId.of(zone));
  }
}
