package eu.dsrportal.billing.web;

import eu.dsrportal.billing.application.BillingReports;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Billed, included and unbilled hours per customer and kind for a year ("2026"), a quarter
 * ("2026-Q1") or a month ("2026-03"), as a table and as bars.
 */
@Named
@ViewScoped
public class BillingReportsBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");

  @Inject BillingReports reports;
  @Inject ProviderTime time;

  private String period;
  private List<BillingReports.Row> rows;
  private int maxMinutes;

  @PostConstruct
  void init() {
    period = String.valueOf(time.today().getYear());
    show();
  }

  public void show() {
    LocalDate from;
    LocalDate to;
    String typed = period == null ? "" : period.strip();
    Matcher year = YEAR.matcher(typed);
    Matcher quarter = QUARTER.matcher(typed);
    try {
      if (year.matches()) {
        from = LocalDate.of(Integer.parseInt(typed), 1, 1);
        to = from.plusYears(1).minusDays(1);
      } else if (quarter.matches()) {
        from =
            LocalDate.of(
                Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)) * 3 - 2, 1);
        to = from.plusMonths(3).minusDays(1);
      } else {
        YearMonth month = YearMonth.parse(typed);
        from = month.atDay(1);
        to = month.atEndOfMonth();
      }
    } catch (RuntimeException e) {
      Messages.errorOn("reportForm:period", "billing.reports.error.period");
      return;
    }
    rows = reports.hours(from, to);
    maxMinutes = rows.stream().mapToInt(BillingReports.Row::getTotalMinutes).max().orElse(0);
  }

  /** A bar's width in percent of the longest. */
  public int width(int minutes) {
    return maxMinutes == 0 ? 0 : (int) Math.round(minutes * 100.0 / maxMinutes);
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public List<BillingReports.Row> getRows() {
    return rows;
  }
}
