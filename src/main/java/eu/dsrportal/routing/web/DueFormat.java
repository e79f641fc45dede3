package eu.dsrportal.routing.web;

import eu.dsrportal.routing.domain.ServiceClock;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.web.Formats;
import eu.dsrportal.shared.web.LocaleBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * A deadline as the lists show it (WEB-INF/includes/due.xhtml): a deadline that runs to the end of
 * a day (working days, art. 12(3)) shows that day only, short ("18 Nov 2026": a list is narrow);
 * one at a time of day (an SLA in hours) the time too.
 */
@Named("due")
@RequestScoped
public class DueFormat {

  @Inject Formats fmt;
  @Inject LocaleBacking localeBacking;
  @Inject ProviderTime time;

  public String when(Instant at) {
    if (at == null) {
      return "";
    }
    LocalDate day = time.dateOf(at);
    return at.equals(ServiceClock.endOf(day, time.zone()))
        ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(localeBacking.formattingLocale())
            .format(day)
        : fmt.dateTime(at);
  }
}
