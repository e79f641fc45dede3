package eu.dsrportal.billing.domain;

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
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A time entry, item or fixed price behind an invoice line, as it was when the draft was made (its
 * version is what finalisation locks).
 */
@Entity
@Table(name = "invoice_work")
public class InvoiceWork implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  public static final int DESCRIPTION_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "line_id")
  private InvoiceLine line;

  @Enumerated(EnumType.STRING)
  @Column(name = "work_type", nullable = false, length = 10)
  private Pricing.WorkType type;

  @Column(name = "work_id", nullable = false)
  private long workId;

  @Column(name = "work_version", nullable = false)
  private long workVersion;

  @Column(name = "work_date", nullable = false)
  private LocalDate date;

  @Column(nullable = false)
  private int minutes;

  @Column(name = "billed_minutes", nullable = false)
  private int billedMinutes;

  @Column(name = "free_minutes", nullable = false)
  private int freeMinutes;

  @Column(name = "free_request_id")
  private Long freeRequestId;

  @Column(nullable = false, length = DESCRIPTION_LENGTH)
  private String description;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  protected InvoiceWork() {}

  InvoiceWork(InvoiceLine line, Pricing.Work work) {
    this.line = line;
    this.type = work.type();
    this.workId = work.id();
    this.workVersion = work.version();
    this.date = work.date();
    this.minutes = work.minutes();
    this.billedMinutes = work.billedMinutes();
    this.freeMinutes = work.freeMinutes();
    this.freeRequestId = work.freeRequestId();
    String text = work.description() == null ? "" : work.description();
    this.description =
        text.length() > DESCRIPTION_LENGTH ? text.substring(0, DESCRIPTION_LENGTH) : text;
    this.amount = Money.cents(work.amount());
  }

  public Long getId() {
    return id;
  }

  public Pricing.WorkType getType() {
    return type;
  }

  public long getWorkId() {
    return workId;
  }

  public long getWorkVersion() {
    return workVersion;
  }

  public LocalDate getDate() {
    return date;
  }

  public int getMinutes() {
    return minutes;
  }

  public int getBilledMinutes() {
    return billedMinutes;
  }

  public int getFreeMinutes() {
    return freeMinutes;
  }

  public Long getFreeRequestId() {
    return freeRequestId;
  }

  public String getDescription() {
    return description;
  }

  public BigDecimal getAmount() {
    return amount;
  }
}
