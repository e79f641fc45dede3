package eu.dsrportal.billing.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * What a customer owes for a month of assistance: each line rounded half-up to cents, VAT computed
 * once on the sum of the lines and rounded half-up, total = sum + VAT.
 */
public class Statement {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final String customerName;
  private final YearMonth month;
  private final BigDecimal hourlyRate;
  private final BigDecimal vatRate;
  private final List<StatementLine> lines;
  private final BigDecimal amountExclVat;
  private final BigDecimal vat;
  private final BigDecimal total;

  public Statement(
      String customerName,
      YearMonth month,
      BigDecimal hourlyRate,
      BigDecimal vatRate,
      List<StatementLine> lines) {
    this.customerName = customerName;
    this.month = month;
    this.hourlyRate = Money.cents(hourlyRate);
    this.vatRate = vatRate;
    this.lines = List.copyOf(lines);
    this.amountExclVat =
        Money.cents(
            lines.stream().map(StatementLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
    this.vat = Money.cents(amountExclVat.multiply(vatRate).divide(HUNDRED));
    this.total = amountExclVat.add(vat);
  }

  public int getTotalMinutes() {
    return lines.stream().mapToInt(StatementLine::getMinutes).sum();
  }

  public boolean isEmpty() {
    return lines.isEmpty();
  }

  public String getCustomerName() {
    return customerName;
  }

  public YearMonth getMonth() {
    return month;
  }

  public BigDecimal getHourlyRate() {
    return hourlyRate;
  }

  public BigDecimal getVatRate() {
    return vatRate;
  }

  public List<StatementLine> getLines() {
    return lines;
  }

  public BigDecimal getAmountExclVat() {
    return amountExclVat;
  }

  public BigDecimal getVat() {
    return vat;
  }

  public BigDecimal getTotal() {
    return total;
  }
}
