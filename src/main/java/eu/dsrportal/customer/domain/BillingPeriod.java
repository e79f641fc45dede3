package eu.dsrportal.customer.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/** How often a customer is invoiced: per calendar month or per calendar quarter. */
public enum BillingPeriod {
  MONTH,
  QUARTER;

  /** The first day of the period that holds the day. */
  public LocalDate start(LocalDate day) {
    YearMonth month = YearMonth.from(day);
    if (this == QUARTER) {
      month = YearMonth.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1);
    }
    return month.atDay(1);
  }

  /** The last day of the period that holds the day. */
  public LocalDate end(LocalDate day) {
    return start(day).plusMonths(this == QUARTER ? 3 : 1).minusDays(1);
  }
}
