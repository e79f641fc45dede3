package eu.dsrportal.routing.domain;

import eu.dsrportal.customer.domain.HolidayCalendar;
import eu.dsrportal.customer.domain.ServiceLevels;
import eu.dsrportal.customer.domain.ServiceLevels.ForwardSlaUnit;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Our own clock on a request (docs/service-clock.md): when we must have forwarded it, when its
 * customer should have acknowledged it, and when we remind and escalate. Periods of working days
 * are counted in the provider's calendar ({@link #PROVIDER_CALENDAR}: the provider is Belgian),
 * from the day after the start, and end at the end of their last working day, Brussels time.
 */
public final class ServiceClock {
  /** The calendar of our own promises: the provider's, not the customer's. */
  public static final HolidayCalendar PROVIDER_CALENDAR = HolidayCalendar.BE;

  /** A reminder due so many intervals back is still only one (see {@link #reminderDueBy}). */
  private static final int MAX_SEQUENCE = 10_000;

  private final ServiceLevels levels;
  private final ZoneId zone;

  public ServiceClock(ServiceLevels levels, ZoneId zone) {
    this.levels = Objects.requireNonNull(levels);
    this.zone = Objects.requireNonNull(zone);
  }

  /** A request's next deadline, and whose. */
  public record Due(Instant at, DueKind kind) {}

  /**
   * By when a request that entered the inbox at {@code received} must be forwarded: that many hours
   * later, or at the end of the that-many-th working day after the day of receipt.
   */
  public Instant forwardingDue(Instant received) {
    if (levels.forwardSlaUnit() == ForwardSlaUnit.HOURS) {
      return received.plus(Duration.ofHours(levels.forwardSla()));
    }
    return endOfWorkingDays(received, levels.forwardSla());
  }

  /** By when the customer should acknowledge a request forwarded at {@code forwarded}. */
  public Instant acknowledgementDue(Instant forwarded) {
    return endOfWorkingDays(forwarded, levels.acknowledgeDays());
  }

  /** When an unacknowledged forward is escalated: the acknowledgement due, plus a period. */
  public Instant escalationDue(Instant forwarded) {
    return endOfWorkingDays(forwarded, levels.acknowledgeDays() + levels.escalateAfterDays());
  }

  /**
   * When reminder number {@code sequence} (1, 2, ...) is due: the first at the acknowledgement due,
   * each next one a reminder interval later.
   */
  public Instant reminderDue(Instant forwarded, int sequence) {
    if (sequence < 1) {
      throw new IllegalArgumentException("reminders count from 1");
    }
    return endOfWorkingDays(
        forwarded, levels.acknowledgeDays() + (sequence - 1) * levels.remindEveryDays());
  }

  /**
   * The last reminder due by {@code now}, 0 if none yet. Only that one is sent when several are: a
   * job that was down does not send one per missed interval.
   */
  public int reminderDueBy(Instant forwarded, Instant now) {
    int sequence = 0;
    while (sequence < MAX_SEQUENCE && !reminderDue(forwarded, sequence + 1).isAfter(now)) {
      sequence++;
    }
    return sequence;
  }

  /**
   * The next deadline of a request: none once closed; forwarding while no customer has it;
   * acknowledgement while its customer has not acknowledged it; then the customer's answer deadline
   * (GDPR art. 12(3), to the end of its day in the provider's zone), if it has one.
   *
   * @param received when the request entered the inbox
   * @param forwarding its active forwarding, or null
   * @param answer the customer's answer deadline, if art. 12(3) applies
   */
  public Optional<Due> next(
      boolean closed, Instant received, Forwarding forwarding, Optional<AnswerDeadline> answer) {
    if (closed) {
      return Optional.empty();
    }
    if (forwarding == null) {
      return Optional.of(new Due(forwardingDue(received), DueKind.FORWARD));
    }
    if (!forwarding.isAcknowledged()) {
      return Optional.of(
          new Due(acknowledgementDue(forwarding.getForwardedAt()), DueKind.ACKNOWLEDGE));
    }
    return answer.map(a -> new Due(endOf(a.due(), zone), DueKind.ANSWER));
  }

  public ServiceLevels levels() {
    return levels;
  }

  /** The end of the {@code days}-th working day after the day {@code from} falls on. */
  Instant endOfWorkingDays(Instant from, int days) {
    LocalDate day = from.atZone(zone).toLocalDate();
    for (int counted = 0; counted < days; ) {
      day = day.plusDays(1);
      if (PROVIDER_CALENDAR.isWorkingDay(day)) {
        counted++;
      }
    }
    return endOf(day, zone);
  }

  /**
   * The last instant of the day in the zone (its last microsecond, what the database keeps): a
   * deadline "on" a day runs to its end, whatever the day's length (23 or 25 hours on DST days).
   */
  public static Instant endOf(LocalDate day, ZoneId zone) {
    return day.plusDays(1).atStartOfDay(zone).toInstant().minus(1, ChronoUnit.MICROS);
  }
}
