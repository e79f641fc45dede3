package eu.dsrportal.billing.web;

import eu.dsrportal.billing.application.AssistanceBilling;
import eu.dsrportal.billing.domain.Statement;
import eu.dsrportal.billing.domain.StatementLine;
import eu.dsrportal.shared.domain.RoleNames;
import eu.dsrportal.shared.web.Csv;
import eu.dsrportal.shared.web.DownloadServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The statement as CSV, for Excel in the user's language or plain ({@link Csv}). Under
 * /staff/billing, for billing staff.
 */
@WebServlet("/staff/billing/statement.csv")
public class StatementCsvServlet extends DownloadServlet {
  private static final long serialVersionUID = 1L;

  @Inject AssistanceBilling billing;

  public StatementCsvServlet() {
    super(RoleNames.BILLING, RoleNames.ADMIN);
  }

  @Override
  protected void send(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    long customerId;
    YearMonth month;
    try {
      customerId = Long.parseLong(req.getParameter("customer"));
      month = YearMonth.parse(req.getParameter("month"));
    } catch (RuntimeException e) {
      throw new InvalidParameter(e);
    }
    Statement statement = billing.statement(customerId, month);
    Csv csv = Csv.of(req);
    PrintWriter out = csv(resp, csv, "statement-" + customerId + "-" + month);
    out.print(
        csv.line(
            csv.header("customer", "billing.customer"),
            csv.header("month", "billing.csv.month"),
            csv.header("request", "request.reference"),
            csv.header("task", "billing.task"),
            csv.header("minutes", "billing.csv.minutes"),
            csv.header("hours", "billing.hours"),
            csv.header("hourly_rate", "billing.rate"),
            csv.header("amount_excl_vat", "billing.amount")));
    for (StatementLine line : statement.getLines()) {
      out.print(
          csv.line(
              Csv.text(statement.getCustomerName()),
              month.toString(),
              Csv.text(line.getRequestReference()),
              Csv.text(line.getTitle()),
              String.valueOf(line.getMinutes()),
              csv.number(line.getHours()),
              csv.number(statement.getHourlyRate()),
              csv.number(line.getAmount())));
    }
    out.print(
        total(csv, csv.header("total_excl_vat", "billing.exclVat"), statement.getAmountExclVat()));
    out.print(
        total(
            csv,
            csv.header(
                "vat_" + statement.getVatRate().toPlainString() + "%",
                "billing.csv.vat",
                csv.number(statement.getVatRate())),
            statement.getVat()));
    out.print(total(csv, csv.header("total", "billing.total"), statement.getTotal()));
  }

  private static String total(Csv csv, String label, BigDecimal amount) {
    return csv.line("", "", "", "", "", "", label, csv.number(amount));
  }
}
