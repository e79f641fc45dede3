package eu.dsrportal.customer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The fee agreed with a customer for assistance (contract art. 8.2): an hourly rate in EUR and the
 * VAT rate that applies. A new contract starts on a date; the one in force for a day is the latest
 * that started on or before it.
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

  protected Contract() {}

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

  /** Percent, e.g. 21.00. */
  public BigDecimal getVatRate() {
    return vatRate;
  }
}
