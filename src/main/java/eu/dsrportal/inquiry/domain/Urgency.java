package eu.dsrportal.inquiry.domain;

import java.time.LocalDate;

/** How close an open inquiry's due date is, on a day (shown in colour and in words). */
public enum Urgency {
  OK,
  DUE_TODAY,
  OVERDUE;

  public static Urgency of(LocalDate due, LocalDate today) {
    if (today.isAfter(due)) {
      return OVERDUE;
    }
    return today.equals(due) ? DUE_TODAY : OK;
  }
}
