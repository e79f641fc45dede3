package eu.dsrportal.billing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Euro amounts: two decimals, rounded half-up, always through here. */
public final class Money {
  public static final int SCALE = 2;
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  private Money() {}

  public static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(SCALE, ROUNDING);
  }
}
