package eu.dsrportal.customer.domain;

import eu.dsrportal.shared.domain.DomainRuleViolation;
import java.io.Serializable;
import java.util.Objects;

/**
 * What the provider promises a customer (our own clock, not the customer's art. 12(3) deadline):
 * forward a request within {@code forwardSla} working days or hours of its receipt (art. 9.2,
 * "without delay"); expect the customer's acknowledgement within {@code acknowledgeDays} working
 * days of the forward, remind the customer then; escalate to staff and the customer's secondary
 * contact {@code escalateAfterDays} working days later; remind again every {@code remindEveryDays}
 * working days until acknowledged. Working days are the provider's (Belgian) ones. See
 * docs/service-clock.md.
 */
public record ServiceLevels(
    int forwardSla,
    ForwardSlaUnit forwardSlaUnit,
    int acknowledgeDays,
    int escalateAfterDays,
    int remindEveryDays)
    implements Serializable {
  /** The most working days any period may be set to. */
  public static final int MAX_DAYS = 20;

  /** The most hours the forwarding SLA may be set to. */
  public static final int MAX_HOURS = 240;

  /** How the forwarding SLA is counted. */
  public enum ForwardSlaUnit {
    WORKING_DAYS,
    HOURS
  }

  public ServiceLevels {
    Objects.requireNonNull(forwardSlaUnit);
    int maxSla = forwardSlaUnit == ForwardSlaUnit.HOURS ? MAX_HOURS : MAX_DAYS;
    if (forwardSla < 1 || forwardSla > maxSla) {
      throw new DomainRuleViolation("clock.error.forwardSla");
    }
    if (!inRange(acknowledgeDays) || !inRange(escalateAfterDays) || !inRange(remindEveryDays)) {
      throw new DomainRuleViolation("clock.error.days");
    }
  }

  private static boolean inRange(int days) {
    return days >= 1 && days <= MAX_DAYS;
  }
}
