package eu.dsrportal.billing.domain;

import java.math.BigDecimal;
import java.math.MathContext;

/** One task on a statement: its time in the month and what it costs, rounded to cents. */
public class StatementLine {
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  private final long taskId;
  private final String requestReference;
  private final String title;
  private final int minutes;
  private final BigDecimal hours;
  private final BigDecimal amount;

  public StatementLine(
      long taskId, String requestReference, String title, int minutes, BigDecimal hourlyRate) {
    if (minutes < 0) {
      throw new IllegalArgumentException("minutes cannot be negative");
    }
    this.taskId = taskId;
    this.requestReference = requestReference;
    this.title = title;
    this.minutes = minutes;
    this.hours =
        BigDecimal.valueOf(minutes)
            .divide(SIXTY, MathContext.DECIMAL64)
            .setScale(2, Money.ROUNDING);
    this.amount =
        Money.cents(
            hourlyRate.multiply(BigDecimal.valueOf(minutes)).divide(SIXTY, MathContext.DECIMAL64));
  }

  public long getTaskId() {
    return taskId;
  }

  public String getRequestReference() {
    return requestReference;
  }

  public String getTitle() {
    return title;
  }

  public int getMinutes() {
    return minutes;
  }

  /**
   * Hours with two decimals, for display. The amount is computed from the minutes, not from this.
   */
  public BigDecimal getHours() {
    return hours;
  }

  public BigDecimal getAmount() {
    return amount;
  }
}
