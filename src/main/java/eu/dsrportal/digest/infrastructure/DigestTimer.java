package eu.dsrportal.digest.infrastructure;

import eu.dsrportal.digest.application.DailyDigest;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.infrastructure.ScheduledJobs;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the daily digest at {@code digest.hour} o'clock in the provider's zone (Europe/Brussels,
 * summer time followed): the timer fires on every instance, the job runs once cluster-wide ({@link
 * ScheduledJobs}), and the digest itself sends each one once. Not persistent: a morning the server
 * was down is not made up for. An hour below 0 switches the digest off.
 */
@Singleton
@Startup
public class DigestTimer {
  private static final Logger LOG = Logger.getLogger(DigestTimer.class.getName());

  @Resource TimerService timers;
  @Inject DailyDigest digest;
  @Inject Clock clock;
  @Inject ProviderTime providerTime;
  @Inject ScheduledJobs jobs;

  @Inject
  @ConfigProperty(name = "digest.hour")
  int hour;

  @PostConstruct
  void schedule() {
    if (hour < 0 || hour > 23) {
      LOG.info("Daily digest switched off (digest.hour=" + hour + ")");
      return;
    }
    timers.createCalendarTimer(
        new ScheduleExpression()
            .hour(hour)
            .minute(0)
            .second(0)
            .timezone(providerTime.zone().getId()),
        new TimerConfig(null, false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void daily() {
    Instant now = clock.instant();
    jobs.runOnce(
        "daily-digest", now, Duration.ofMinutes(1), Duration.ofHours(1), () -> digest.run(now));
  }
}
