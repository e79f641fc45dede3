package eu.dsrportal.routing.rest;

import eu.dsrportal.customer.domain.HolidayCalendar;
import eu.dsrportal.routing.domain.AnswerDeadline;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The public deadline calculator's query, read strictly: a day of receipt as YYYY-MM-DD (a day that
 * exists, in the years 1900 to 2999: nothing else is a plausible receipt), a calendar by its code,
 * and an optional "true" or "false". Either the deadline or a message per invalid parameter.
 */
record DeadlineQuery(AnswerDeadline deadline, Map<String, String> errors) {
  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2999;

  static DeadlineQuery parse(String received, String calendar, String extended) {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate day = day(received, errors);
    HolidayCalendar holidays = calendar(calendar, errors);
    boolean isExtended = flag(extended, errors);
    if (!errors.isEmpty()) {
      return new DeadlineQuery(null, Collections.unmodifiableMap(errors));
    }
    return new DeadlineQuery(new AnswerDeadline(day, holidays, isExtended), Map.of());
  }

  boolean valid() {
    return deadline != null;
  }

  private static LocalDate day(String text, Map<String, String> errors) {
    if (text == null || text.isEmpty()) {
      errors.put("received", "Required: the day the provider received the request, YYYY-MM-DD.");
      return null;
    }
    try {
      // ISO_LOCAL_DATE resolves strictly: 2026-02-30 is refused, not moved to 2 March
      LocalDate day = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
      if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
        errors.put(
            "received", "A day in the years " + FIRST_YEAR + " to " + LAST_YEAR + ", YYYY-MM-DD.");
        return null;
      }
      return day;
    } catch (DateTimeParseException e) {
      errors.put("received", "A day that exists, as YYYY-MM-DD.");
      return null;
    }
  }

  private static HolidayCalendar calendar(String text, Map<String, String> errors) {
    for (HolidayCalendar c : HolidayCalendar.values()) {
      if (c.name().equals(text)) {
        return c;
      }
    }
    errors.put(
        "calendar",
        (text == null || text.isEmpty() ? "Required: one of " : "One of ")
            + Arrays.stream(HolidayCalendar.values())
                .map(Enum::name)
                .collect(Collectors.joining(", "))
            + ".");
    return null;
  }

  private static boolean flag(String text, Map<String, String> errors) {
    if (text == null || "false".equals(text)) {
      return false;
    }
    if ("true".equals(text)) {
      return true;
    }
    errors.put("extended", "true or false (false when left out).");
    return false;
  }
}
