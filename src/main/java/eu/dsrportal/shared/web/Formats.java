package eu.dsrportal.shared.web;

import eu.dsrportal.shared.domain.ProviderTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Dates and money as the user reads them: in the provider's time zone and the page's language. */
@Named("fmt")
@ApplicationScoped
public class Formats {

  @Inject ProviderTime time;

  public String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale())
        .withZone(time.zone())
        .format(instant);
  }

  public String date(LocalDate date) {
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
  }

  public String money(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(locale());
    format.setCurrency(Currency.getInstance("EUR"));
    return format.format(amount);
  }

  private static Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context == null || context.getViewRoot() == null
        ? Locale.getDefault()
        : context.getViewRoot().getLocale();
  }
}
