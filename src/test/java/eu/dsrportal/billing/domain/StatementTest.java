package eu.dsrportal.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementTest {
  private static final BigDecimal RATE = new BigDecimal("95.00");

  @Test
  void eachLineIsRoundedHalfUpToCents() {
    assertThat(new StatementLine(1, "R", "t", 25, RATE).getAmount())
        .isEqualByComparingTo("39.58"); // 39.5833
    assertThat(new StatementLine(1, "R", "t", 50, RATE).getAmount())
        .isEqualByComparingTo("79.17"); // 79.1666
    assertThat(new StatementLine(1, "R", "t", 1, new BigDecimal("0.30")).getAmount())
        .isEqualByComparingTo("0.01"); // 0.005
    assertThat(new StatementLine(1, "R", "t", 90, RATE).getHours()).isEqualByComparingTo("1.50");
  }

  @Test
  void vatIsComputedOnTheSumOfLinesAndRoundedHalfUp() {
    Statement statement =
        new Statement(
            "Acme",
            YearMonth.of(2026, 3),
            RATE,
            new BigDecimal("21.00"),
            List.of(
                new StatementLine(1, "R1", "a", 25, RATE),
                new StatementLine(2, "R2", "b", 50, RATE)));
    assertThat(statement.getAmountExclVat()).isEqualByComparingTo("118.75");
    assertThat(statement.getVat()).isEqualByComparingTo("24.94"); // 24.9375
    assertThat(statement.getTotal()).isEqualByComparingTo("143.69");
    assertThat(statement.getTotal().scale()).isEqualTo(2);
    assertThat(statement.getTotalMinutes()).isEqualTo(75);
  }

  @Test
  void anEmptyMonthCostsNothing() {
    Statement statement =
        new Statement("Acme", YearMonth.of(2026, 3), RATE, new BigDecimal("21"), List.of());
    assertThat(statement.isEmpty()).isTrue();
    assertThat(statement.getTotal()).isEqualByComparingTo("0.00");
  }
}
