package eu.dsrportal.customer.application;

import eu.dsrportal.customer.domain.BillingPeriod;
import eu.dsrportal.customer.domain.Contract;
import eu.dsrportal.customer.domain.VatRegime;
import eu.dsrportal.shared.domain.AssistanceKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A new version of a customer's contract terms as typed in the form; {@link #check()} lists every
 * field out of bounds at once, so the page can mark them all. The free allowance is typed in hours
 * (decimals allowed) and kept in minutes.
 */
public class ContractVersionForm implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final BigDecimal MAX_HOURLY_RATE = CustomerAdministration.MAX_HOURLY_RATE;
  public static final BigDecimal MAX_VAT_RATE = CustomerAdministration.MAX_VAT_RATE;
  public static final BigDecimal MAX_FIXED_PRICE = new BigDecimal("1000000");
  public static final BigDecimal MAX_ALLOWANCE_HOURS = new BigDecimal("10000");
  public static final int MAX_PAYMENT_TERM_DAYS = 365;
  public static final int MAX_INCREMENT_MINUTES = 480;
  public static final int MAX_MINIMUM_MINUTES = 480;
  public static final int MAX_ALLOWANCE_REQUESTS = 100000;
  public static final int MAX_TOLERANCE_PERCENT = 100;

  /** A field out of bounds: the form's field name and the bundle key saying what is expected. */
  public record Violation(String field, String messageKey) {}

  /** One kind's optional fixed price, as a form row. */
  public static class FixedPrice implements Serializable {
    private static final long serialVersionUID = 1L;
    private final AssistanceKind kind;
    private BigDecimal amount;

    public FixedPrice(AssistanceKind kind, BigDecimal amount) {
      this.kind = kind;
      this.amount = amount;
    }

    public AssistanceKind getKind() {
      return kind;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public void setAmount(BigDecimal amount) {
      this.amount = amount;
    }
  }

  private LocalDate validFrom;
  private BigDecimal hourlyRate;
  private BigDecimal vatRate = new BigDecimal("21");
  private VatRegime vatRegime = VatRegime.STANDARD;
  private Integer paymentTermDays = 30;
  private BillingPeriod billingPeriod = BillingPeriod.MONTH;
  private Integer incrementMinutes = 1;
  private Integer minimumMinutes = 0;
  private BigDecimal allowanceHours = BigDecimal.ZERO;
  private Integer allowanceRequests = 0;
  private boolean estimateApprovalRequired;
  private Integer estimateTolerancePercent = 10;
  private List<FixedPrice> fixedPrices = new ArrayList<>();

  public ContractVersionForm() {
    for (AssistanceKind kind : AssistanceKind.values()) {
      fixedPrices.add(new FixedPrice(kind, null));
    }
  }

  /** The terms of a version, to start the next one from (its date left empty). */
  public static ContractVersionForm from(Contract contract) {
    ContractVersionForm form = new ContractVersionForm();
    form.hourlyRate = contract.getHourlyRate();
    form.vatRate = contract.getVatRate();
    form.vatRegime = contract.getVatRegime();
    form.paymentTermDays = contract.getPaymentTermDays();
    form.billingPeriod = contract.getBillingPeriod();
    form.incrementMinutes = contract.getIncrementMinutes();
    form.minimumMinutes = contract.getMinimumMinutes();
    form.allowanceHours = hours(contract.getAllowanceMinutes());
    form.allowanceRequests = contract.getAllowanceRequests();
    form.estimateApprovalRequired = contract.isEstimateApprovalRequired();
    form.estimateTolerancePercent = contract.getEstimateTolerancePercent();
    form.fixedPrices.forEach(row -> row.amount = contract.fixedPrice(row.kind).orElse(null));
    return form;
  }

  /** Minutes as hours with two decimals, as typed in the form: 90 → 1.50. */
  public static BigDecimal hours(int minutes) {
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }

  /** Every field out of bounds, in the form's order; empty when the version can be added. */
  public List<Violation> check() {
    List<Violation> violations = new ArrayList<>();
    if (validFrom == null) {
      violations.add(new Violation("validFrom", "contract.validFrom.required"));
    }
    if (!within(hourlyRate, MAX_HOURLY_RATE)) {
      violations.add(new Violation("hourlyRate", "contract.rate.invalid"));
    }
    if (!within(vatRate, MAX_VAT_RATE)) {
      violations.add(new Violation("vatRate", "contract.vatRate.invalid"));
    }
    if (vatRegime == null) {
      violations.add(new Violation("vatRegime", "contracts.error.vatRegime"));
    }
    if (!within(paymentTermDays, 0, MAX_PAYMENT_TERM_DAYS)) {
      violations.add(new Violation("paymentTermDays", "contracts.error.paymentTermDays"));
    }
    if (billingPeriod == null) {
      violations.add(new Violation("billingPeriod", "contracts.error.billingPeriod"));
    }
    if (!within(incrementMinutes, 1, MAX_INCREMENT_MINUTES)) {
      violations.add(new Violation("incrementMinutes", "contracts.error.incrementMinutes"));
    }
    if (!within(minimumMinutes, 0, MAX_MINIMUM_MINUTES)) {
      violations.add(new Violation("minimumMinutes", "contracts.error.minimumMinutes"));
    }
    if (!within(allowanceHours, MAX_ALLOWANCE_HOURS)) {
      violations.add(new Violation("allowanceHours", "contracts.error.allowanceHours"));
    }
    if (!within(allowanceRequests, 0, MAX_ALLOWANCE_REQUESTS)) {
      violations.add(new Violation("allowanceRequests", "contracts.error.allowanceRequests"));
    }
    if (!within(estimateTolerancePercent, 0, MAX_TOLERANCE_PERCENT)) {
      violations.add(new Violation("estimateTolerancePercent", "contracts.error.tolerance"));
    }
    for (FixedPrice row : fixedPrices) {
      if (row.amount != null && !within(row.amount, MAX_FIXED_PRICE)) {
        violations.add(
            new Violation("fixedPrice." + row.kind.name(), "contracts.error.fixedPrice"));
      }
    }
    return violations;
  }

  private static boolean within(BigDecimal value, BigDecimal max) {
    return value != null && value.signum() >= 0 && value.compareTo(max) <= 0;
  }

  private static boolean within(Integer value, int min, int max) {
    return value != null && value >= min && value <= max;
  }

  /** The terms beyond the two rates; call after {@link #check()} found nothing. */
  public Contract.Terms terms() {
    Map<AssistanceKind, BigDecimal> prices = new EnumMap<>(AssistanceKind.class);
    fixedPrices.stream()
        .filter(row -> row.amount != null)
        .forEach(row -> prices.put(row.kind, row.amount));
    return new Contract.Terms(
        vatRegime,
        paymentTermDays,
        billingPeriod,
        incrementMinutes,
        minimumMinutes,
        allowanceHours
            .multiply(BigDecimal.valueOf(60))
            .setScale(0, RoundingMode.HALF_UP)
            .intValueExact(),
        allowanceRequests,
        estimateApprovalRequired,
        estimateTolerancePercent,
        prices);
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public BigDecimal getHourlyRate() {
    return hourlyRate;
  }

  public void setHourlyRate(BigDecimal hourlyRate) {
    this.hourlyRate = hourlyRate;
  }

  public BigDecimal getVatRate() {
    return vatRate;
  }

  public void setVatRate(BigDecimal vatRate) {
    this.vatRate = vatRate;
  }

  public VatRegime getVatRegime() {
    return vatRegime;
  }

  public void setVatRegime(VatRegime vatRegime) {
    this.vatRegime = vatRegime;
  }

  public Integer getPaymentTermDays() {
    return paymentTermDays;
  }

  public void setPaymentTermDays(Integer paymentTermDays) {
    this.paymentTermDays = paymentTermDays;
  }

  public BillingPeriod getBillingPeriod() {
    return billingPeriod;
  }

  public void setBillingPeriod(BillingPeriod billingPeriod) {
    this.billingPeriod = billingPeriod;
  }

  public Integer getIncrementMinutes() {
    return incrementMinutes;
  }

  public void setIncrementMinutes(Integer incrementMinutes) {
    this.incrementMinutes = incrementMinutes;
  }

  public Integer getMinimumMinutes() {
    return minimumMinutes;
  }

  public void setMinimumMinutes(Integer minimumMinutes) {
    this.minimumMinutes = minimumMinutes;
  }

  public BigDecimal getAllowanceHours() {
    return allowanceHours;
  }

  public void setAllowanceHours(BigDecimal allowanceHours) {
    this.allowanceHours = allowanceHours;
  }

  public Integer getAllowanceRequests() {
    return allowanceRequests;
  }

  public void setAllowanceRequests(Integer allowanceRequests) {
    this.allowanceRequests = allowanceRequests;
  }

  public boolean isEstimateApprovalRequired() {
    return estimateApprovalRequired;
  }

  public void setEstimateApprovalRequired(boolean estimateApprovalRequired) {
    this.estimateApprovalRequired = estimateApprovalRequired;
  }

  public Integer getEstimateTolerancePercent() {
    return estimateTolerancePercent;
  }

  public void setEstimateTolerancePercent(Integer estimateTolerancePercent) {
    this.estimateTolerancePercent = estimateTolerancePercent;
  }

  public List<FixedPrice> getFixedPrices() {
    return fixedPrices;
  }
}
