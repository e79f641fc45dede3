package eu.dsrportal.routing.rest;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.customer.domain.HolidayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineQueryTest {

  @ParameterizedTest
  @CsvSource({
    // no 31 February: the month's last day, Saturday 28 February, so Monday 2 March
    "2026-01-31, BE, , 2026-03-02",
    // 6 April 2026 is Easter Monday in both calendars
    "2026-03-06, BE, false, 2026-04-07",
    "2026-03-06, NL, false, 2026-04-07",
    // 21 July (Belgian national day, a Tuesday in 2026) is a working day in the Netherlands
    "2026-06-21, BE, false, 2026-07-22",
    "2026-06-21, NL, false, 2026-07-21",
    // three months; King's Day 2026 is Monday 27 April
    "2026-01-27, NL, true, 2026-04-28",
    "2026-01-27, BE, true, 2026-04-27",
  })
  void givesTheDeadlineOfTheRule(String received, String calendar, String extended, String due) {
    DeadlineQuery query = DeadlineQuery.parse(received, calendar, extended);

    assertThat(query.valid()).isTrue();
    assertThat(query.deadline().calendar()).isEqualTo(HolidayCalendar.valueOf(calendar));
    assertThat(query.deadline().extended()).isEqualTo("true".equals(extended));
    assertThat(query.deadline().due()).isEqualTo(LocalDate.parse(due));
  }

  @ParameterizedTest
  @CsvSource({
    ", BE, , received",
    "'', BE, , received",
    "2026-02-30, BE, , received",
    "2026-2-3, BE, , received",
    "03/02/2026, BE, , received",
    "1899-12-31, BE, , received",
    "3000-01-01, BE, , received",
    "+12026-01-01, BE, , received",
    "2026-01-31, , , calendar",
    "2026-01-31, FR, , calendar",
    "2026-01-31, be, , calendar",
    "2026-01-31, BE, yes, extended",
    "2026-01-31, BE, '', extended",
    "2026-01-31, BE, TRUE, extended",
  })
  void namesTheInvalidParameter(String received, String calendar, String extended, String field) {
    DeadlineQuery query = DeadlineQuery.parse(received, calendar, extended);

    assertThat(query.valid()).isFalse();
    assertThat(query.errors().fields()).containsOnly(field);
  }

  @Test
  void namesEveryInvalidParameterAtOnce() {
    assertThat(DeadlineQuery.parse("soon", "XX", "maybe").errors().fields())
        .containsExactly("received", "calendar", "extended");
  }

  @Test
  void acceptsTheYearsAtEitherEnd() {
    assertThat(DeadlineQuery.parse("1900-01-01", "NL", null).valid()).isTrue();
    assertThat(DeadlineQuery.parse("2999-12-31", "BE", null).valid()).isTrue();
  }
}
