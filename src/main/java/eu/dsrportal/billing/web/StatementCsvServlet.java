package eu.dsrportal.billing.web;

import eu.dsrportal.billing.application.AssistanceBilling;
import eu.dsrportal.billing.domain.Statement;
import eu.dsrportal.billing.domain.StatementLine;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.web.Csv;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.YearMonth;

/**
 * The statement as CSV (semicolon-separated, UTF-8 with BOM so spreadsheets in nl/fr/de locales
 * open it right). Under /staff/billing, so only billing staff reach it.
 */
@WebServlet("/staff/billing/statement.csv")
public class StatementCsvServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject AssistanceBilling billing;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    long customerId;
    YearMonth month;
    try {
      customerId = Long.parseLong(req.getParameter("customer"));
      month = YearMonth.parse(req.getParameter("month"));
    } catch (RuntimeException e) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Statement statement;
    try {
      statement = billing.statement(customerId, month);
    } catch (NotFoundException | DomainRuleViolation e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    PrintWriter out = Csv.start(resp, "statement-" + customerId + "-" + month + ".csv");
    out.println("customer;month;request;task;minutes;hours;hourly_rate;amount_excl_vat");
    for (StatementLine line : statement.getLines()) {
      out.println(
          String.join(
              ";",
              Csv.text(statement.getCustomerName()),
              month.toString(),
              Csv.text(line.getRequestReference()),
              Csv.text(line.getTitle()),
              String.valueOf(line.getMinutes()),
              line.getHours().toPlainString(),
              statement.getHourlyRate().toPlainString(),
              line.getAmount().toPlainString()));
    }
    out.println(";;;;;;total_excl_vat;" + statement.getAmountExclVat().toPlainString());
    out.println(
        ";;;;;;vat_"
            + statement.getVatRate().toPlainString()
            + "%;"
            + statement.getVat().toPlainString());
    out.println(";;;;;;total;" + statement.getTotal().toPlainString());
  }
}
