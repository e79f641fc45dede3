package eu.dsrportal.customer.domain;

import eu.dsrportal.shared.domain.AssistanceKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The fee agreed with a customer for assistance (contract art. 8.2, 9.1): an hourly rate, fixed
 * prices per kind of assistance, a free allowance per calendar year, the billing increment and
 * minimum, the VAT rate and regime, the payment term and the billing period. A new version starts
 * on a date for a new price; the one in force for a day is the latest that started on or before it,
 * and each piece of work is priced by the version in force on its own date.
 */
@Entity
@Table(name = "contract")
@NamedQuery(
    name = Contract.IN_FORCE,
    query =
        "SELECT c FROM Contract c WHERE c.customer.id = :customerId AND c.validFrom <= :day"
            + " ORDER BY c.validFrom DESC")
public class Contract {
  public static final String IN_FORCE = "Contract.inForce";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id")
  private Customer customer;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "hourly_rate", nullable = false, precision = 10, scale = 2)
  private BigDecimal hourlyRate;

  @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2)
  private BigDecimal vatRate;

  /** ISO 4217; EUR only for now. */
  @Column(nullable = false, length = 3)
  private String currency = "EUR";

  @Enumerated(EnumType.STRING)
  @Column(name = "vat_regime", nullable = false, length = 20)
  private VatRegime vatRegime = VatRegime.STANDARD;

  @Column(name = "payment_term_days", nullable = false)
  private int paymentTermDays = 30;

  @Enumerated(EnumType.STRING)
  @Column(name = "billing_period", nullable = false, length = 10)
  private BillingPeriod billingPeriod = BillingPeriod.MONTH;

  /** Time is billed per started increment, e.g. 15 minutes; 1 = to the minute. */
  @Column(name = "increment_minutes", nullable = false)
  private int incrementMinutes = 1;

  /** The least billed for one time entry, e.g. 30 minutes; 0 = none. */
  @Column(name = "minimum_minutes", nullable = false)
  private int minimumMinutes;

  /** Hours included free each calendar year, in minutes, consumed in date order. */
  @Column(name = "allowance_minutes", nullable = false)
  private int allowanceMinutes;

  /** Data-subject requests whose assistance is included free each calendar year. */
  @Column(name = "allowance_requests", nullable = false)
  private int allowanceRequests;

  /** Whether work on a task waits for the customer's approval of its estimate. */
  @Column(name = "estimate_approval_required", nullable = false)
  private boolean estimateApprovalRequired;

  /** Going over an approved estimate by more than this needs a new approval. */
  @Column(name = "estimate_tolerance_percent", nullable = false)
  private int estimateTolerancePercent = 10;

  @ElementCollection
  @CollectionTable(name = "contract_fixed_price", joinColumns = @JoinColumn(name = "contract_id"))
  @MapKeyColumn(name = "kind", length = 20)
  @MapKeyEnumerated(EnumType.STRING)
  @Column(name = "amount", precision = 10, scale = 2, nullable = false)
  private Map<AssistanceKind, BigDecimal> fixedPrices = new EnumMap<>(AssistanceKind.class);

  @Column(name = "created_by", length = 100, updatable = false)
  private String createdBy;

  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  protected Contract() {}

  /** The terms of a new version beyond the hourly rate and VAT rate; defaults as in the schema. */
  public record Terms(
      VatRegime vatRegime,
      int paymentTermDays,
      BillingPeriod billingPeriod,
      int incrementMinutes,
      int minimumMinutes,
      int allowanceMinutes,
      int allowanceRequests,
      boolean estimateApprovalRequired,
      int estimateTolerancePercent,
      Map<AssistanceKind, BigDecimal> fixedPrices) {

    public static Terms defaults() {
      return new Terms(
          VatRegime.STANDARD, 30, BillingPeriod.MONTH, 1, 0, 0, 0, false, 10, Map.of());
    }

    public Terms {
      Objects.requireNonNull(vatRegime);
      Objects.requireNonNull(billingPeriod);
      if (paymentTermDays < 0
          || incrementMinutes < 1
          || minimumMinutes < 0
          || allowanceMinutes < 0
          || allowanceRequests < 0
          || estimateTolerancePercent < 0) {
        throw new IllegalArgumentException("contract terms out of range");
      }
      fixedPrices = Map.copyOf(fixedPrices);
      if (fixedPrices.values().stream().anyMatch(p -> p.signum() < 0)) {
        throw new IllegalArgumentException("fixed prices cannot be negative");
      }
    }
  }

  /** A version with all its terms, recorded by whom and when. */
  public Contract(
      Customer customer,
      LocalDate validFrom,
      BigDecimal hourlyRate,
      BigDecimal vatRate,
      Terms terms,
      String by,
      Instant at) {
    this(customer, validFrom, hourlyRate, vatRate);
    this.vatRegime = terms.vatRegime();
    this.paymentTermDays = terms.paymentTermDays();
    this.billingPeriod = terms.billingPeriod();
    this.incrementMinutes = terms.incrementMinutes();
    this.minimumMinutes = terms.minimumMinutes();
    this.allowanceMinutes = terms.allowanceMinutes();
    this.allowanceRequests = terms.allowanceRequests();
    this.estimateApprovalRequired = terms.estimateApprovalRequired();
    this.estimateTolerancePercent = terms.estimateTolerancePercent();
    terms
        .fixedPrices()
        .forEach((kind, price) -> fixedPrices.put(kind, price.setScale(2, RoundingMode.HALF_UP)));
    this.createdBy = by;
    this.createdAt = at;
  }

  public Contract(
      Customer customer, LocalDate validFrom, BigDecimal hourlyRate, BigDecimal vatRate) {
    if (hourlyRate.signum() < 0 || vatRate.signum() < 0) {
      throw new IllegalArgumentException("rates cannot be negative");
    }
    this.customer = Objects.requireNonNull(customer);
    this.validFrom = Objects.requireNonNull(validFrom);
    this.hourlyRate = hourlyRate.setScale(2, RoundingMode.HALF_UP);
    this.vatRate = vatRate.setScale(2, RoundingMode.HALF_UP);
  }

  public Long getId() {
    return id;
  }

  public Customer getCustomer() {
    return customer;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  /** EUR per hour, excluding VAT. */
  public BigDecimal getHourlyRate() {
    return hourlyRate;
  }

  /** Percent, e.g. 21.00; not charged under reverse charge. */
  public BigDecimal getVatRate() {
    return vatRate;
  }

  public String getCurrency() {
    return currency;
  }

  public VatRegime getVatRegime() {
    return vatRegime;
  }

  public int getPaymentTermDays() {
    return paymentTermDays;
  }

  public BillingPeriod getBillingPeriod() {
    return billingPeriod;
  }

  public int getIncrementMinutes() {
    return incrementMinutes;
  }

  public int getMinimumMinutes() {
    return minimumMinutes;
  }

  public int getAllowanceMinutes() {
    return allowanceMinutes;
  }

  public int getAllowanceRequests() {
    return allowanceRequests;
  }

  public boolean isEstimateApprovalRequired() {
    return estimateApprovalRequired;
  }

  public int getEstimateTolerancePercent() {
    return estimateTolerancePercent;
  }

  /**
   * The fixed price of a kind, when the contract agrees one; otherwise the kind is billed by time.
   */
  public Optional<BigDecimal> fixedPrice(AssistanceKind kind) {
    return Optional.ofNullable(fixedPrices.get(kind));
  }

  public Map<AssistanceKind, BigDecimal> getFixedPrices() {
    return Collections.unmodifiableMap(fixedPrices);
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** These terms, to start a new version from. */
  public Terms terms() {
    return new Terms(
        vatRegime,
        paymentTermDays,
        billingPeriod,
        incrementMinutes,
        minimumMinutes,
        allowanceMinutes,
        allowanceRequests,
        estimateApprovalRequired,
        estimateTolerancePercent,
        fixedPrices);
  }
}
