package eu.dsrportal.routing.domain;

import java.time.Instant;
import java.time.ZoneId;

/** How close a deadline is, as lists show it (in words and colour alike). */
public enum DueState {
  OK,
  DUE_TODAY,
  OVERDUE;

  /**
   * OVERDUE once the deadline has passed; DUE_TODAY when it passes later on today (in the
   * provider's zone); OK otherwise.
   */
  public static DueState of(Instant due, Instant now, ZoneId zone) {
    if (now.isAfter(due)) {
      return OVERDUE;
    }
    return due.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate()) ? DUE_TODAY : OK;
  }
}
