package eu.dsrportal.shared.web;

import eu.dsrportal.shared.domain.ProviderTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Dates, numbers and money as the user reads them: in the provider's time zone, and in the page's
 * language with a region ({@link UserLocale}), so that an English page shows "3 Dec 2026, 08:46"
 * and a Dutch one "1,50" hours next to "€ 142,50". The static methods are the pure formatting.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

  @Inject ProviderTime time;
  @Inject LocaleBacking localeBacking;

  public String dateTime(Instant instant) {
    return dateTime(instant, locale(), time.zone());
  }

  public String date(LocalDate date) {
    return date(date, locale());
  }

  public String money(BigDecimal amount) {
    return money(amount, locale());
  }

  /** A decimal with two places, such as hours. */
  public String number(BigDecimal value) {
    return number(value, locale());
  }

  /** A rate given in percent (21.00 for 21 %). */
  public String percent(BigDecimal percent) {
    return percent(percent, locale());
  }

  public static String dateTime(Instant instant, Locale locale, ZoneId zone) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale)
        .withZone(zone)
        .format(instant);
  }

  public static String date(LocalDate date, Locale locale) {
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
  }

  public static String money(BigDecimal amount, Locale locale) {
    if (amount == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(Currency.getInstance("EUR"));
    return format.format(amount);
  }

  public static String number(BigDecimal value, Locale locale) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }

  public static String percent(BigDecimal percent, Locale locale) {
    if (percent == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getPercentInstance(locale);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(percent.movePointLeft(2));
  }

  private Locale locale() {
    return localeBacking.formattingLocale();
  }
}
