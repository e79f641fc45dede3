package eu.dsrportal.billing.domain;

import eu.dsrportal.customer.domain.BillingPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A billing run: drafts made for a month or quarter, for the customers billed per that period. */
@Entity
@Table(name = "billing_run")
public class BillingRun implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "period_kind", nullable = false, length = 10)
  private BillingPeriod periodKind;

  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected BillingRun() {}

  public BillingRun(BillingPeriod kind, LocalDate anyDay, String by, Instant at) {
    this.periodKind = Objects.requireNonNull(kind);
    this.periodStart = kind.start(anyDay);
    this.periodEnd = kind.end(anyDay);
    this.createdBy = by;
    this.createdAt = at;
  }

  public Long getId() {
    return id;
  }

  public BillingPeriod getPeriodKind() {
    return periodKind;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** "2026-03" for a month, "2026-Q1" for a quarter. */
  public String getLabel() {
    return periodKind == BillingPeriod.QUARTER
        ? periodStart.getYear() + "-Q" + ((periodStart.getMonthValue() - 1) / 3 + 1)
        : periodStart.toString().substring(0, 7);
  }
}
