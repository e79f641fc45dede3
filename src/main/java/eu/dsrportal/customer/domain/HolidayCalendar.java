package eu.dsrportal.customer.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The public holidays the customer's deadlines skip (Regulation 1182/71 art. 3(4): a period whose
 * last day is a Saturday, a Sunday or a public holiday ends with the next working day). Computed
 * for any year, Easter-dependent days included; which days each calendar holds, and why, is in
 * docs/deadlines.md.
 */
public enum HolidayCalendar {
  /** The ten legal public holidays of Belgium (law of 4 January 1974). */
  BE {
    @Override
    Set<LocalDate> holidaysOf(int year) {
      LocalDate easter = easterSunday(year);
      return days(
          LocalDate.of(year, Month.JANUARY, 1),
          easter.plusDays(1), // Easter Monday
          LocalDate.of(year, Month.MAY, 1),
          easter.plusDays(39), // Ascension Day
          easter.plusDays(50), // Whit Monday
          LocalDate.of(year, Month.JULY, 21),
          LocalDate.of(year, Month.AUGUST, 15),
          LocalDate.of(year, Month.NOVEMBER, 1),
          LocalDate.of(year, Month.NOVEMBER, 11),
          LocalDate.of(year, Month.DECEMBER, 25));
    }
  },
  /**
   * The "algemeen erkende feestdagen" of the Dutch Algemene termijnenwet (art. 3): New Year's Day,
   * Easter Monday and Whit Monday, both Christmas days, Ascension Day, the day the King's birthday
   * is celebrated (27 April, 26 April when the 27th is a Sunday) and 5 May. Good Friday is not
   * among them.
   */
  NL {
    @Override
    Set<LocalDate> holidaysOf(int year) {
      LocalDate easter = easterSunday(year);
      LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
      if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
        kingsDay = kingsDay.minusDays(1);
      }
      return days(
          LocalDate.of(year, Month.JANUARY, 1),
          easter.plusDays(1), // Easter Monday (tweede Paasdag)
          kingsDay,
          LocalDate.of(year, Month.MAY, 5),
          easter.plusDays(39), // Ascension Day
          easter.plusDays(50), // Whit Monday (tweede Pinksterdag)
          LocalDate.of(year, Month.DECEMBER, 25),
          LocalDate.of(year, Month.DECEMBER, 26));
    }
  };

  /** A set, not Set.of: Ascension Day may fall on 1 May (2008) or on 5 May (2016). */
  private static Set<LocalDate> days(LocalDate... days) {
    return new HashSet<>(Arrays.asList(days));
  }

  /** The calendar's public holidays in the year (some may fall on a weekend). */
  abstract Set<LocalDate> holidaysOf(int year);

  /** The public holidays of the year, in order. */
  public Set<LocalDate> holidays(int year) {
    return new TreeSet<>(holidaysOf(year));
  }

  public boolean isHoliday(LocalDate day) {
    return holidaysOf(day.getYear()).contains(day);
  }

  /** Neither a Saturday, a Sunday nor a public holiday of this calendar. */
  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isHoliday(day);
  }

  /** The day itself if it is a working day, else the next one that is. */
  public LocalDate thisOrNextWorkingDay(LocalDate day) {
    LocalDate d = day;
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /**
   * Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher),
   * on which Easter Monday, Ascension Day and Whit Monday depend.
   */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
