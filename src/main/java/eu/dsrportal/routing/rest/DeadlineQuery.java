package eu.dsrportal.routing.rest;

import eu.dsrportal.customer.domain.HolidayCalendar;
import eu.dsrportal.routing.domain.AnswerDeadline;
import eu.dsrportal.shared.rest.FieldErrors;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The public deadline calculator's query, read strictly: a day of receipt as YYYY-MM-DD (a day that
 * exists, in the years 1900 to 2999: nothing else is a plausible receipt), a calendar by its code,
 * and an optional "true" or "false". Either the deadline or a message per invalid parameter.
 */
record DeadlineQuery(AnswerDeadline deadline, FieldErrors errors) {
  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2999;

  static DeadlineQuery parse(String received, String calendar, String extended) {
    FieldErrors errors = FieldErrors.inOrder();
    LocalDate day = day(received, errors);
    HolidayCalendar holidays = calendar(calendar, errors);
    boolean isExtended = flag(extended, errors);
    if (!errors.isEmpty()) {
      return new DeadlineQuery(null, errors);
    }
    return new DeadlineQuery(new AnswerDeadline(day, holidays, isExtended), errors);
  }

  boolean valid() {
    return deadline != null;
  }

  private static LocalDate day(String text, FieldErrors errors) {
    if (text == null || text.isEmpty()) {
      errors.add("received", "api.problem.deadline.receivedRequired");
      return null;
    }
    try {
      // ISO_LOCAL_DATE resolves strictly: 2026-02-30 is refused, not moved to 2 March
      LocalDate day = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
      if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
        errors.add(
            "received",
            "api.problem.deadline.receivedYears",
            String.valueOf(FIRST_YEAR),
            String.valueOf(LAST_YEAR));
        return null;
      }
      return day;
    } catch (DateTimeParseException e) {
      errors.add("received", "api.problem.deadline.receivedInvalid");
      return null;
    }
  }

  private static HolidayCalendar calendar(String text, FieldErrors errors) {
    for (HolidayCalendar c : HolidayCalendar.values()) {
      if (c.name().equals(text)) {
        return c;
      }
    }
    errors.add(
        "calendar",
        text == null || text.isEmpty()
            ? "api.problem.field.requiredOneOf"
            : "api.problem.field.oneOf",
        Arrays.stream(HolidayCalendar.values()).map(Enum::name).collect(Collectors.joining(", ")));
    return null;
  }

  private static boolean flag(String text, FieldErrors errors) {
    if (text == null || "false".equals(text)) {
      return false;
    }
    if ("true".equals(text)) {
      return true;
    }
    errors.add("extended", "api.problem.field.trueOrFalse");
    return false;
  }
}
