package eu.dsrportal.billing.domain;

import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.Language;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An invoice or credit note of a customer. A DRAFT is made by a billing run and may be remade or
 * discarded; finalising gives it its number, dates and the parties as they are then, after which
 * nothing of it changes: a correction is a credit note referring to it.
 */
@Entity
@Table(name = "invoice")
public class Invoice implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  public static final int REASON_LENGTH = 500;

  public enum Status {
    DRAFT,
    FINAL
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "run_id")
  private Long runId;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private InvoiceDocument.Type type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_end")
  private LocalDate periodEnd;

  @Column(length = 20)
  private String number;

  @Column(name = "issue_date")
  private LocalDate issueDate;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(nullable = false, length = 3)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private Language language;

  @Column(name = "payment_term_days", nullable = false)
  private int paymentTermDays;

  /** Why the draft cannot be finalised: the days of work without a contract, as ISO dates. */
  @Column(length = 500)
  private String problem;

  @Column(name = "credited_invoice_id")
  private Long creditedInvoiceId;

  @Column(length = REASON_LENGTH)
  private String reason;

  @Column(columnDefinition = "TEXT")
  private String seller;

  @Column(columnDefinition = "TEXT")
  private String buyer;

  @Column(name = "buyer_reference", length = 100)
  private String buyerReference;

  @Column(length = 40)
  private String iban;

  @Column(length = 20)
  private String bic;

  @Column(name = "line_total", nullable = false, precision = 12, scale = 2)
  private BigDecimal lineTotal;

  @Column(name = "tax_total", nullable = false, precision = 12, scale = 2)
  private BigDecimal taxTotal;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal payable;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "finalised_by", length = 100)
  private String finalisedBy;

  @Column(name = "finalised_at")
  private Instant finalisedAt;

  @Version private long version;

  @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<InvoiceLine> lines = new ArrayList<>();

  protected Invoice() {}

  /** Terms of a draft that come from the customer and its contract. */
  public record Terms(String currency, Language language, int paymentTermDays) {}

  /** A draft of the priced work of a period; with a problem when work had no contract. */
  public static Invoice draft(
      Long runId,
      long customerId,
      LocalDate periodStart,
      LocalDate periodEnd,
      Terms terms,
      Pricing.Result priced,
      String by,
      Instant at) {
    Invoice invoice = new Invoice();
    invoice.runId = runId;
    invoice.customerId = customerId;
    invoice.type = InvoiceDocument.Type.INVOICE;
    invoice.status = Status.DRAFT;
    invoice.periodStart = periodStart;
    invoice.periodEnd = periodEnd;
    invoice.currency = terms.currency();
    invoice.language = terms.language();
    invoice.paymentTermDays = terms.paymentTermDays();
    invoice.createdBy = by;
    invoice.createdAt = at;
    if (priced.hasProblem()) {
      invoice.problem =
          priced.noContractOn().stream()
              .limit(20)
              .map(LocalDate::toString)
              .collect(Collectors.joining(" "));
    }
    int position = 1;
    for (Pricing.Line line : priced.lines()) {
      invoice.lines.add(new InvoiceLine(invoice, position++, line));
    }
    invoice.total();
    return invoice;
  }

  /**
   * A credit note of chosen lines of this final invoice (all when none are chosen), with the
   * reason; a draft until finalised like any invoice.
   */
  public Invoice credit(Collection<Long> lineIds, String reason, String by, Instant at) {
    if (status != Status.FINAL || type != InvoiceDocument.Type.INVOICE) {
      throw new DomainRuleViolation("billing.error.notCreditable");
    }
    if (reason == null || reason.isBlank()) {
      throw new DomainRuleViolation("billing.error.reason");
    }
    Invoice note = new Invoice();
    note.customerId = customerId;
    note.type = InvoiceDocument.Type.CREDIT_NOTE;
    note.status = Status.DRAFT;
    note.periodStart = periodStart;
    note.periodEnd = periodEnd;
    note.currency = currency;
    note.language = language;
    note.paymentTermDays = paymentTermDays;
    note.creditedInvoiceId = id;
    String text = reason.strip();
    note.reason = text.length() > REASON_LENGTH ? text.substring(0, REASON_LENGTH) : text;
    note.createdBy = by;
    note.createdAt = at;
    int position = 1;
    for (InvoiceLine line : lines) {
      if (lineIds == null || lineIds.isEmpty() || lineIds.contains(line.getId())) {
        note.lines.add(new InvoiceLine(note, position++, line));
      }
    }
    if (note.lines.isEmpty()) {
      throw new DomainRuleViolation("billing.error.noLines");
    }
    note.total();
    return note;
  }

  /** Refused unless a draft without a problem and with lines. */
  public void checkFinalisable() {
    if (status != Status.DRAFT) {
      throw new DomainRuleViolation("billing.error.final");
    }
    if (problem != null) {
      throw new DomainRuleViolation("billing.error.draftProblem");
    }
    if (lines.isEmpty()) {
      throw new DomainRuleViolation("billing.error.noLines");
    }
  }

  /** Numbered, dated and the parties fixed: from now on nothing changes. */
  public void finalise(
      String number,
      LocalDate issueDate,
      InvoiceDocument.Party seller,
      InvoiceDocument.Party buyer,
      String buyerReference,
      String iban,
      String bic,
      String by,
      Instant at) {
    checkFinalisable();
    this.number = Objects.requireNonNull(number);
    this.issueDate = issueDate;
    this.dueDate = issueDate.plusDays(paymentTermDays);
    this.seller = PartyText.encode(seller);
    this.buyer = PartyText.encode(buyer);
    this.buyerReference = buyerReference;
    this.iban = iban;
    this.bic = bic;
    this.status = Status.FINAL;
    this.finalisedBy = by;
    this.finalisedAt = at;
  }

  /** Refused for a final invoice: only drafts are remade or discarded. */
  public void checkDraft() {
    if (status != Status.DRAFT) {
      throw new DomainRuleViolation("billing.error.final");
    }
  }

  private void total() {
    InvoiceDocument doc = document(null, null, null, null, null, line -> "");
    lineTotal = doc.lineTotal();
    taxTotal = doc.taxTotal();
    payable = doc.payableAmount();
  }

  /**
   * The document the page, PDF, CSV and UBL are made from. A draft has no number yet ("DRAFT") and
   * the parties given; {@code describe} words a line's description in the reader's language.
   */
  public InvoiceDocument document(
      InvoiceDocument.Party draftSeller,
      InvoiceDocument.Party draftBuyer,
      String paymentTerms,
      String note,
      Invoice credited,
      Function<InvoiceLine, String> describe) {
    List<InvoiceDocument.Line> docLines =
        lines.stream()
            .map(
                l ->
                    new InvoiceDocument.Line(
                        String.valueOf(l.getPosition()),
                        l.getName(),
                        describe.apply(l),
                        l.getQuantity(),
                        l.getUnitCode(),
                        l.getUnitPrice(),
                        l.getNetAmount(),
                        l.getVatCategory(),
                        l.getVatRate()))
            .toList();
    return new InvoiceDocument(
        type,
        number == null ? "DRAFT" : number,
        issueDate,
        dueDate,
        currency,
        buyerReference,
        credited == null ? null : credited.getNumber(),
        credited == null ? null : credited.getIssueDate(),
        seller == null ? draftSeller : PartyText.decode(seller),
        buyer == null ? draftBuyer : PartyText.decode(buyer),
        new InvoiceDocument.Payment(paymentTerms, iban, bic, paymentReference()),
        note,
        docLines);
  }

  /**
   * The Belgian structured communication the customer quotes when paying, made from the number's
   * digits (2026-00001 → 202600001), so a bank statement line finds its invoice.
   */
  public String paymentReference() {
    return number == null
        ? null
        : PaymentReference.structured(Long.parseLong(number.replaceAll("\\D", "")));
  }

  public Long getId() {
    return id;
  }

  public Long getRunId() {
    return runId;
  }

  public long getCustomerId() {
    return customerId;
  }

  public InvoiceDocument.Type getType() {
    return type;
  }

  public boolean isCreditNote() {
    return type == InvoiceDocument.Type.CREDIT_NOTE;
  }

  public Status getStatus() {
    return status;
  }

  public boolean isDraft() {
    return status == Status.DRAFT;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public String getNumber() {
    return number;
  }

  public LocalDate getIssueDate() {
    return issueDate;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public String getCurrency() {
    return currency;
  }

  public Language getLanguage() {
    return language;
  }

  public int getPaymentTermDays() {
    return paymentTermDays;
  }

  public String getProblem() {
    return problem;
  }

  /** The days of work no contract was in force for. */
  public List<LocalDate> getProblemDays() {
    return problem == null
        ? List.of()
        : Arrays.stream(problem.split(" ")).map(LocalDate::parse).toList();
  }

  public Long getCreditedInvoiceId() {
    return creditedInvoiceId;
  }

  public String getReason() {
    return reason;
  }

  public String getBuyerReference() {
    return buyerReference;
  }

  public BigDecimal getLineTotal() {
    return lineTotal;
  }

  public BigDecimal getTaxTotal() {
    return taxTotal;
  }

  public BigDecimal getPayable() {
    return payable;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getFinalisedBy() {
    return finalisedBy;
  }

  public Instant getFinalisedAt() {
    return finalisedAt;
  }

  public long getVersion() {
    return version;
  }

  public List<InvoiceLine> getLines() {
    return Collections.unmodifiableList(lines);
  }
}
