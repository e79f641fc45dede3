package eu.dsrportal.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dsrportal.billing.domain.InvoiceDocument.VatCategory;
import eu.dsrportal.shared.domain.AssistanceKind;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.Language;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class InvoiceTest {

  private static final InvoiceDocument.Party SELLER =
      new InvoiceDocument.Party(
          "Seller BV",
          "Kunstlaan 1",
          "1000",
          "Brussel",
          "BE",
          "BE0417497106",
          "0417497106",
          "0208",
          "0417497106",
          "billing@seller.example");
  private static final InvoiceDocument.Party BUYER =
      new InvoiceDocument.Party(
          "Acme NV",
          "Main\nStreet 2",
          "2000",
          "Antwerpen",
          "BE",
          null,
          null,
          null,
          null,
          "ap@acme.example");

  private static Pricing.Line line(String net, VatCategory category, String rate) {
    return new Pricing.Line(
        Pricing.LineType.TIME,
        7,
        "T-7",
        AssistanceKind.AUDIT,
        "Audit answers",
        null,
        1,
        false,
        new BigDecimal("1.50"),
        "HUR",
        new BigDecimal("95.00"),
        new BigDecimal(net),
        category,
        new BigDecimal(rate),
        List.of(
            new Pricing.Work(
                Pricing.WorkType.TIME,
                3,
                1,
                LocalDate.of(2026, 3, 2),
                90,
                90,
                0,
                null,
                "answers",
                new BigDecimal(net))));
  }

  private static Invoice draft(Pricing.Line... lines) {
    return Invoice.draft(
        1L,
        5,
        LocalDate.of(2026, 3, 1),
        LocalDate.of(2026, 3, 31),
        new Invoice.Terms("EUR", Language.EN, 30),
        new Pricing.Result(List.of(lines), new TreeSet<>()),
        "billing",
        Instant.EPOCH);
  }

  @Test
  void aDraftTotalsItsLinesWithVatPerCategory() {
    Invoice invoice =
        draft(line("142.50", VatCategory.S, "21.00"), line("0.05", VatCategory.S, "21.00"));

    assertThat(invoice.getLineTotal()).isEqualTo(new BigDecimal("142.55"));
    assertThat(invoice.getTaxTotal()).isEqualTo(new BigDecimal("29.94")); // 29.9355
    assertThat(invoice.getPayable()).isEqualTo(new BigDecimal("172.49"));
    assertThat(invoice.isDraft()).isTrue();
  }

  @Test
  void finalisingFixesNumberDatesAndPartiesOnce() {
    Invoice invoice = draft(line("100.00", VatCategory.AE, "0.00"));

    invoice.finalise(
        "2026-00004",
        LocalDate.of(2026, 4, 1),
        SELLER,
        BUYER,
        "PO-1",
        "BE68",
        "GEBABEBB",
        "b",
        Instant.EPOCH);

    assertThat(invoice.getDueDate()).isEqualTo(LocalDate.of(2026, 5, 1));
    InvoiceDocument doc = invoice.document(null, null, "30 days", null, null, line -> "");
    assertThat(doc.number()).isEqualTo("2026-00004");
    assertThat(doc.buyer().street()).isEqualTo("Main Street 2");
    assertThat(doc.seller()).isEqualTo(SELLER);
    assertThat(doc.isReverseCharge()).isTrue();
    assertThat(doc.taxTotal()).isEqualByComparingTo("0");
    assertThatThrownBy(
            () ->
                invoice.finalise(
                    "2026-00005",
                    LocalDate.of(2026, 4, 1),
                    SELLER,
                    BUYER,
                    null,
                    null,
                    null,
                    "b",
                    Instant.EPOCH))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("billing.error.final");
  }

  @Test
  void aDraftWithWorkWithoutAContractCannotBeFinalised() {
    TreeSet<LocalDate> days = new TreeSet<>(List.of(LocalDate.of(2026, 3, 2)));
    Invoice invoice =
        Invoice.draft(
            1L,
            5,
            LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 3, 31),
            new Invoice.Terms("EUR", Language.EN, 30),
            new Pricing.Result(List.of(), days),
            "billing",
            Instant.EPOCH);

    assertThat(invoice.getProblemDays()).containsExactly(LocalDate.of(2026, 3, 2));
    assertThatThrownBy(invoice::checkFinalisable).hasMessage("billing.error.draftProblem");
  }

  @Test
  void aCreditNoteCopiesTheLinesOfAFinalInvoiceWithItsReason() {
    Invoice invoice = draft(line("142.50", VatCategory.S, "21.00"));
    assertThatThrownBy(() -> invoice.credit(List.of(), "why", "b", Instant.EPOCH))
        .hasMessage("billing.error.notCreditable");
    invoice.finalise(
        "2026-00004",
        LocalDate.of(2026, 4, 1),
        SELLER,
        BUYER,
        null,
        null,
        null,
        "b",
        Instant.EPOCH);
    assertThatThrownBy(() -> invoice.credit(List.of(), " ", "b", Instant.EPOCH))
        .hasMessage("billing.error.reason");

    Invoice note = invoice.credit(List.of(), "Billed twice", "b", Instant.EPOCH);

    assertThat(note.isCreditNote()).isTrue();
    assertThat(note.getReason()).isEqualTo("Billed twice");
    assertThat(note.getPayable()).isEqualTo(invoice.getPayable());
    assertThat(note.getLines())
        .extracting(InvoiceLine::getNetAmount)
        .containsExactly(new BigDecimal("142.50"));
  }
}
