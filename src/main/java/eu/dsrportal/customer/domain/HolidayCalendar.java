package eu.dsrportal.customer.domain;

/** The public holidays the customer's deadlines skip. */
public enum HolidayCalendar {
  BE,
  NL
}
