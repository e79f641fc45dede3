package eu.dsrportal.retention.domain;

import eu.dsrportal.shared.domain.ProviderTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * How long data is kept. A handled (closed) request keeps its personal data for {@code
 * requestMonths} calendar months after closing (Brussels time), or the customer's own period; a
 * sent mail keeps its body {@code mailBodyDays} days; a stored file no row points to is removed
 * once it is {@code orphanGraceHours} old (younger, its upload's transaction may still be running).
 */
public record RetentionPolicy(int requestMonths, int mailBodyDays, int orphanGraceHours) {
  public static final int MIN_MONTHS = 1;
  public static final int MAX_MONTHS = 240;

  public RetentionPolicy {
    if (requestMonths < MIN_MONTHS || requestMonths > MAX_MONTHS) {
      throw new IllegalArgumentException("request months out of range: " + requestMonths);
    }
    if (mailBodyDays < 1 || orphanGraceHours < 1) {
      throw new IllegalArgumentException("mail body days and orphan grace hours must be positive");
    }
  }

  /** The months a customer's requests are kept: its own period, else the default. */
  public int monthsFor(Integer customerMonths) {
    return customerMonths == null ? requestMonths : customerMonths;
  }

  /**
   * True when a request closed at {@code closedAt} is due for anonymisation at {@code now}: its
   * period (in calendar months, counted on the Brussels calendar) has passed.
   */
  public boolean requestDue(Instant closedAt, Integer customerMonths, Instant now) {
    ZonedDateTime until =
        closedAt.atZone(ProviderTime.DEFAULT_ZONE).plusMonths(monthsFor(customerMonths));
    return !until.toInstant().isAfter(now);
  }

  /** Mails sent before this instant, and failed mails written before it, lose their body. */
  public Instant mailBodiesSentBefore(Instant now) {
    return now.minus(Duration.ofDays(mailBodyDays));
  }

  /** Files last written before this instant, with no row, are orphans. */
  public Instant orphansWrittenBefore(Instant now) {
    return now.minus(Duration.ofHours(orphanGraceHours));
  }
}
