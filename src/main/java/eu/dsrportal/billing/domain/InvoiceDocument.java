package eu.dsrportal.billing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A finalised invoice or credit note as the documents made from it (page, PDF, CSV, UBL) need it:
 * the parties, the lines with their net amounts, and the totals in EN 16931's terms (lines rounded
 * to cents; VAT per category and rate on the sum of its lines, rounded half-up). Amounts of a
 * credit note are positive, as UBL's CreditNote carries them.
 */
public record InvoiceDocument(
    Type type,
    String number,
    LocalDate issueDate,
    LocalDate dueDate,
    String currency,
    String buyerReference,
    String precedingNumber,
    LocalDate precedingIssueDate,
    Party seller,
    Party buyer,
    Payment payment,
    String note,
    List<Line> lines) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public enum Type {
    /** UNTDID 1001 code 380. */
    INVOICE("380"),
    /** UNTDID 1001 code 381. */
    CREDIT_NOTE("381");

    private final String code;

    Type(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /** UNCL 5305 VAT categories the portal uses. */
  public enum VatCategory {
    /** Standard rate, e.g. Belgian 21 %. */
    S,
    /** Reverse charge: the buyer, an EU business with a VAT number, accounts for the VAT. */
    AE
  }

  /**
   * A seller or buyer. {@code endpointScheme}/{@code endpointId} is the Peppol participant (e.g.
   * 0208 + the Belgian enterprise number); {@code companyId} the legal registration (KBO/BCE).
   */
  public record Party(
      String name,
      String street,
      String postalCode,
      String city,
      String countryCode,
      String vatNumber,
      String companyId,
      String endpointScheme,
      String endpointId,
      String email) {}

  /** How to pay: the text of the terms, the account and the payment reference. */
  public record Payment(String terms, String iban, String bic, String reference) {}

  /**
   * One line: {@code quantity} × {@code unitPrice} = {@code netAmount} (already rounded to cents);
   * unit UN/ECE rec 20: HUR for hours, C62 for one. {@code description} names the task, the
   * instruction and the time entries behind it.
   */
  public record Line(
      String id,
      String name,
      String description,
      BigDecimal quantity,
      String unitCode,
      BigDecimal unitPrice,
      BigDecimal netAmount,
      VatCategory category,
      BigDecimal vatRate) {}

  /** One row of the VAT breakdown (BG-23). */
  public record VatBreakdown(
      VatCategory category, BigDecimal rate, BigDecimal taxable, BigDecimal tax) {}

  public InvoiceDocument {
    Objects.requireNonNull(type);
    Objects.requireNonNull(number);
    lines = List.copyOf(lines);
  }

  /** Sum of the lines' net amounts (BT-106). */
  public BigDecimal lineTotal() {
    return Money.cents(
        lines.stream().map(Line::netAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /** Per category and rate, in a stable order (BG-23). */
  public List<VatBreakdown> vatBreakdown() {
    Map<String, List<Line>> groups = new TreeMap<>();
    for (Line line : lines) {
      groups
          .computeIfAbsent(
              line.category() + "|" + line.vatRate().stripTrailingZeros().toPlainString(),
              k -> new ArrayList<>())
          .add(line);
    }
    List<VatBreakdown> rows = new ArrayList<>();
    for (List<Line> group : groups.values()) {
      Line first = group.get(0);
      BigDecimal taxable =
          Money.cents(group.stream().map(Line::netAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
      BigDecimal tax =
          first.category() == VatCategory.AE
              ? Money.cents(BigDecimal.ZERO)
              : Money.cents(
                  taxable.multiply(first.vatRate()).divide(HUNDRED, 10, RoundingMode.HALF_UP));
      rows.add(new VatBreakdown(first.category(), first.vatRate(), taxable, tax));
    }
    return rows;
  }

  /** BT-110. */
  public BigDecimal taxTotal() {
    return Money.cents(
        vatBreakdown().stream().map(VatBreakdown::tax).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /** BT-112 = BT-115: nothing is prepaid. */
  public BigDecimal payableAmount() {
    return lineTotal().add(taxTotal());
  }

  public boolean isReverseCharge() {
    return lines.stream().anyMatch(line -> line.category() == VatCategory.AE);
  }
}
