package eu.dsrportal.shared.domain;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The provider's calendar: "now", "today" and "this month" where the provider is (Europe/Brussels
 * unless configured), all from the one injected clock. The clock itself stays in UTC, so instants
 * stored are unaffected; only dates are taken in the provider's zone, so that between midnight and
 * 01:00 or 02:00 Brussels time "today" is already the new day.
 */
public final class ProviderTime implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Brussels");

  private final Clock clock;
  private final ZoneId zone;

  public ProviderTime(Clock clock, ZoneId zone) {
    this.clock = Objects.requireNonNull(clock);
    this.zone = Objects.requireNonNull(zone);
  }

  public Instant now() {
    return clock.instant();
  }

  public LocalDate today() {
    return dateOf(now());
  }

  public YearMonth thisMonth() {
    return YearMonth.from(today());
  }

  public ZoneId zone() {
    return zone;
  }

  /** The provider's date of an instant. */
  public LocalDate dateOf(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  /** The first instant of a day of the provider's calendar. */
  public Instant startOf(LocalDate date) {
    return date.atStartOfDay(zone).toInstant();
  }
}
