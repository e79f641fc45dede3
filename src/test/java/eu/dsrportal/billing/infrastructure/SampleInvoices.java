package eu.dsrportal.billing.infrastructure;

import eu.dsrportal.billing.domain.InvoiceDocument;
import eu.dsrportal.billing.domain.InvoiceDocument.Line;
import eu.dsrportal.billing.domain.InvoiceDocument.Party;
import eu.dsrportal.billing.domain.InvoiceDocument.Payment;
import eu.dsrportal.billing.domain.InvoiceDocument.Type;
import eu.dsrportal.billing.domain.InvoiceDocument.VatCategory;
import eu.dsrportal.billing.domain.PaymentReference;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The three documents the rules are checked on: (a) a Belgian invoice at 21 % with hours, a fixed
 * price and an expense, (b) a reverse-charge invoice to a Dutch business, (c) a credit note on (a).
 * Identifiers are fictitious with valid check digits.
 */
final class SampleInvoices {
  static final String IBAN = "BE83363012345615";
  static final String BIC = "BBRUBEBB";

  static final Party SELLER =
      new Party(
          "DSR Portal Services BV",
          "Kunstlaan 10",
          "1000",
          "Brussel",
          "BE",
          "BE0812345603",
          "0812345603",
          "0208",
          "0812345603",
          "billing@dsr-portal.example");

  static final Party BELGIAN_BUYER =
      new Party(
          "Acme Retail NV",
          "Meir 1",
          "2000",
          "Antwerpen",
          "BE",
          "BE0765432146",
          "0765432146",
          "0208",
          "0765432146",
          "accounts@acme.example");

  static final Party DUTCH_BUYER =
      new Party(
          "Voorbeeld Diensten B.V.",
          "Stationsplein 1",
          "3511 ED",
          "Utrecht",
          "NL",
          "NL123456782B01",
          "12345678",
          "0106",
          "12345678",
          "facturen@voorbeeld.example");

  private static final BigDecimal RATE_21 = new BigDecimal("21.00");

  private SampleInvoices() {}

  /** (a) 2.25 h at 95.00, a fixed-price DPIA help, an expense: 676.15 + 141.99 VAT = 818.14. */
  static InvoiceDocument belgian() {
    return new InvoiceDocument(
        Type.INVOICE,
        "2026-0001",
        LocalDate.of(2026, 12, 1),
        LocalDate.of(2026, 12, 31),
        "EUR",
        "PO-4711",
        null,
        null,
        SELLER,
        BELGIAN_BUYER,
        new Payment(
            "Payment within 30 days, by 31 December 2026",
            IBAN,
            BIC,
            PaymentReference.structured(2026_000_001L)),
        "Assistance for November 2026",
        List.of(
            new Line(
                "1",
                "Help with a data-subject request",
                "Task T-12 (erase in service Webshop & R&D <archive>), instruction I-7 v1;"
                    + " time entries #31 (3 Nov, 1.50 h), #34 (5 Nov, 0.75 h)",
                new BigDecimal("2.25"),
                "HUR",
                new BigDecimal("95.00"),
                new BigDecimal("213.75"),
                VatCategory.S,
                RATE_21),
            new Line(
                "2",
                "DPIA help (fixed price)",
                "Task T-15, instruction I-9 v2",
                BigDecimal.ONE,
                "C62",
                new BigDecimal("450.00"),
                new BigDecimal("450.00"),
                VatCategory.S,
                RATE_21),
            new Line(
                "3",
                "Expense: registered letter",
                "Task T-12, instruction I-7 v1",
                BigDecimal.ONE,
                "C62",
                new BigDecimal("12.40"),
                new BigDecimal("12.40"),
                VatCategory.S,
                RATE_21)));
  }

  /** (b) reverse charge to a Dutch business: 3.5 h at 110.00 and a fixed-price audit, 985.00. */
  static InvoiceDocument reverseCharge() {
    return new InvoiceDocument(
        Type.INVOICE,
        "2026-0002",
        LocalDate.of(2026, 12, 1),
        LocalDate.of(2026, 12, 31),
        "EUR",
        null,
        null,
        null,
        SELLER,
        DUTCH_BUYER,
        new Payment(
            "Payment within 30 days, by 31 December 2026",
            IBAN,
            BIC,
            PaymentReference.structured(2026_000_002L)),
        null,
        List.of(
            new Line(
                "1",
                "Breach assistance",
                "Task T-20, instruction I-11 v1; time entries #40 (12 Nov, 2.00 h), #41 (13 Nov, 1.50 h)",
                new BigDecimal("3.5"),
                "HUR",
                new BigDecimal("110.00"),
                new BigDecimal("385.00"),
                VatCategory.AE,
                BigDecimal.ZERO),
            new Line(
                "2",
                "Audit and information (fixed price)",
                "Task T-21, instruction I-12 v1",
                BigDecimal.ONE,
                "C62",
                new BigDecimal("600.00"),
                new BigDecimal("600.00"),
                VatCategory.AE,
                BigDecimal.ZERO)));
  }

  /** (c) credits 0.75 h of (a)'s first line: 71.25 + 14.96 VAT = 86.21. */
  static InvoiceDocument creditNote() {
    return new InvoiceDocument(
        Type.CREDIT_NOTE,
        "2026-0003",
        LocalDate.of(2026, 12, 10),
        LocalDate.of(2026, 12, 10),
        "EUR",
        "PO-4711",
        "2026-0001",
        LocalDate.of(2026, 12, 1),
        SELLER,
        BELGIAN_BUYER,
        new Payment(
            "Deducted from invoice 2026-0001",
            IBAN,
            BIC,
            PaymentReference.structured(2026_000_003L)),
        "Time entry #34 was logged twice",
        List.of(
            new Line(
                "1",
                "Help with a data-subject request",
                "Task T-12, instruction I-7 v1; time entry #34 (5 Nov, 0.75 h)",
                new BigDecimal("0.75"),
                "HUR",
                new BigDecimal("95.00"),
                new BigDecimal("71.25"),
                VatCategory.S,
                RATE_21)));
  }
}
