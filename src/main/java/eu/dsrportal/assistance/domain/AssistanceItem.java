package eu.dsrportal.assistance.domain;

import eu.dsrportal.shared.domain.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A line on a task that is not time: a fixed price agreed for a piece of work, or an expense made
 * for the customer (a registered letter, a courier). Billed at its amount, excluding VAT. Staff may
 * correct or delete it until an invoice bills it; from then on it is locked.
 */
@Entity
@Table(name = "assistance_item")
public class AssistanceItem {
  public static final int DESCRIPTION_LENGTH = 500;
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("100000.00");

  public enum Kind {
    FIXED_PRICE,
    EXPENSE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "task_id", updatable = false)
  private AssistanceTask task;

  @Column(name = "item_date", nullable = false)
  private LocalDate date;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Kind kind;

  @Column(nullable = false, length = DESCRIPTION_LENGTH)
  private String description;

  @Column(nullable = false, precision = 10, scale = 2)
  private BigDecimal amount;

  @Column(name = "created_by", nullable = false, length = 100, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** The invoice that billed this item; billing's invoice, by id. Set once, then locked. */
  @Column(name = "invoice_id")
  private Long invoiceId;

  @Version private long version;

  protected AssistanceItem() {}

  AssistanceItem(
      AssistanceTask task,
      LocalDate date,
      Kind kind,
      String description,
      BigDecimal amount,
      String by,
      Instant at) {
    check(description, amount);
    this.task = Objects.requireNonNull(task);
    this.date = Objects.requireNonNull(date);
    this.kind = Objects.requireNonNull(kind);
    this.description = description.strip();
    this.amount = amount.setScale(2, RoundingMode.HALF_UP);
    this.createdBy = Objects.requireNonNull(by);
    this.createdAt = Objects.requireNonNull(at);
  }

  private static void check(String description, BigDecimal amount) {
    if (description == null || description.isBlank()) {
      throw new DomainRuleViolation("item.error.descriptionRequired");
    }
    if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
      throw new DomainRuleViolation("item.error.amount");
    }
  }

  /**
   * Corrects the item, by the rules it was added by: dated {@code today} or before, a description,
   * an amount above 0. Refused once billed.
   */
  public void change(
      LocalDate date, Kind kind, String description, BigDecimal amount, LocalDate today) {
    requireUnbilled();
    if (date == null || date.isAfter(today)) {
      throw new DomainRuleViolation("time.error.date");
    }
    check(description, amount);
    this.date = date;
    this.kind = Objects.requireNonNull(kind);
    this.description = description.strip();
    this.amount = amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** Refuses to change or delete a billed item. */
  public void requireUnbilled() {
    if (invoiceId != null) {
      throw new DomainRuleViolation("item.error.billed");
    }
  }

  /** The item as the work history keeps it: "2026-12-03, EXPENSE 12.50: what it was". */
  public String summary() {
    return date + ", " + kind + " " + amount.toPlainString() + ": " + description;
  }

  /** Billing locks the item to its invoice; an item billed once is never billed again. */
  public void bill(long invoiceId) {
    if (this.invoiceId != null) {
      throw new DomainRuleViolation("billing.error.workChanged");
    }
    this.invoiceId = invoiceId;
  }

  public Long getId() {
    return id;
  }

  public AssistanceTask getTask() {
    return task;
  }

  public LocalDate getDate() {
    return date;
  }

  public Kind getKind() {
    return kind;
  }

  public String getDescription() {
    return description;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Long getInvoiceId() {
    return invoiceId;
  }

  public boolean isBilled() {
    return invoiceId != null;
  }

  public long getVersion() {
    return version;
  }
}
