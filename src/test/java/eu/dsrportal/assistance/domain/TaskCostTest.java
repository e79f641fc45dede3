package eu.dsrportal.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.customer.domain.BillingPeriod;
import eu.dsrportal.customer.domain.Contract;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.customer.domain.VatRegime;
import eu.dsrportal.shared.domain.AssistanceKind;
import eu.dsrportal.testing.Fixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskCostTest {
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
  private static final Customer CUSTOMER = Fixtures.customer(NOW);

  private static Contract contract(
      LocalDate from,
      String rate,
      int increment,
      int minimum,
      Map<AssistanceKind, BigDecimal> fixed) {
    return new Contract(
        CUSTOMER,
        from,
        new BigDecimal(rate),
        new BigDecimal("21"),
        new Contract.Terms(
            VatRegime.STANDARD,
            30,
            BillingPeriod.MONTH,
            increment,
            minimum,
            0,
            0,
            false,
            10,
            fixed),
        "admin",
        NOW);
  }

  private static TaskCost.Result cost(List<TaskCost.Time> times, List<Contract> contracts) {
    return TaskCost.of(AssistanceKind.DSR_HELP, DAY, times, List.of(), contracts);
  }

  @Test
  void minutesAreRoundedUpToTheIncrementAndNeverBelowTheMinimum() {
    assertThat(TaskCost.chargedMinutes(1, 15, 0)).isEqualTo(15);
    assertThat(TaskCost.chargedMinutes(15, 15, 0)).isEqualTo(15);
    assertThat(TaskCost.chargedMinutes(16, 15, 0)).isEqualTo(30);
    assertThat(TaskCost.chargedMinutes(10, 15, 30)).isEqualTo(30);
    assertThat(TaskCost.chargedMinutes(31, 15, 30)).isEqualTo(45);
    assertThat(TaskCost.chargedMinutes(7, 1, 0)).isEqualTo(7);

    TaskCost.Result result =
        cost(
            List.of(new TaskCost.Time(1, DAY, 16), new TaskCost.Time(2, DAY, 10)),
            List.of(contract(LocalDate.of(2024, 1, 1), "100.00", 15, 30, Map.of())));
    // 16 -> 30 min, 10 -> 30 min (the minimum): 2 x 50.00
    assertThat(result.minutes()).isEqualTo(26);
    assertThat(result.times())
        .extracting(TaskCost.PricedTime::chargedMinutes)
        .containsExactly(30, 30);
    assertThat(result.timeAmount()).isEqualByComparingTo("100.00");
    assertThat(result.total()).isEqualByComparingTo("100.00");
    assertThat(result.complete()).isTrue();
  }

  @Test
  void eachEntryIsPricedByTheContractInForceOnItsOwnDate() {
    List<Contract> contracts =
        List.of(
            contract(LocalDate.of(2026, 11, 15), "120.00", 1, 0, Map.of()),
            contract(LocalDate.of(2024, 1, 1), "90.00", 1, 0, Map.of()));
    TaskCost.Result result =
        cost(
            List.of(
                new TaskCost.Time(1, LocalDate.of(2026, 11, 14), 60),
                new TaskCost.Time(2, LocalDate.of(2026, 11, 15), 60)),
            contracts);
    assertThat(result.times())
        .extracting(TaskCost.PricedTime::amount)
        .containsExactly(new BigDecimal("90.00"), new BigDecimal("120.00"));
    assertThat(result.total()).isEqualByComparingTo("210.00");
  }

  @Test
  void eachLineIsRoundedHalfUpToTheCent() {
    // 95.00/h: 1 min = 1.58333.. -> 1.58; 95.50/h x 1 min = 1.591666.. -> 1.59; 10 min of 0.99/h =
    // 0.165 -> 0.17
    assertThat(TaskCost.price(1, new BigDecimal("95.00"))).isEqualByComparingTo("1.58");
    assertThat(TaskCost.price(1, new BigDecimal("95.50"))).isEqualByComparingTo("1.59");
    assertThat(TaskCost.price(10, new BigDecimal("0.99"))).isEqualByComparingTo("0.17");
    TaskCost.Result result =
        cost(
            List.of(new TaskCost.Time(1, DAY, 1), new TaskCost.Time(2, DAY, 1)),
            List.of(contract(LocalDate.of(2024, 1, 1), "95.00", 1, 0, Map.of())));
    // per line, not on the sum: 1.58 + 1.58, not 3.17
    assertThat(result.total()).isEqualByComparingTo("3.16");
  }

  @Test
  void aKindWithAFixedPriceCostsThatPriceInsteadOfItsTimeAndItemsAreAdded() {
    List<Contract> contracts =
        List.of(
            contract(
                LocalDate.of(2024, 1, 1),
                "100.00",
                15,
                0,
                Map.of(AssistanceKind.BREACH, new BigDecimal("450"))));
    TaskCost.Result breach =
        TaskCost.of(
            AssistanceKind.BREACH,
            DAY,
            List.of(new TaskCost.Time(1, DAY, 240)),
            List.of(new TaskCost.Item(5, DAY, new BigDecimal("12.40"))),
            contracts);
    assertThat(breach.minutes()).isEqualTo(240);
    assertThat(breach.fixedPrice()).isEqualByComparingTo("450.00");
    assertThat(breach.timeAmount()).isNull();
    assertThat(breach.times().get(0).amount()).isNull();
    assertThat(breach.itemsAmount()).isEqualByComparingTo("12.40");
    assertThat(breach.total()).isEqualByComparingTo("462.40");

    TaskCost.Result help =
        TaskCost.of(
            AssistanceKind.DSR_HELP,
            DAY,
            List.of(new TaskCost.Time(1, DAY, 240)),
            List.of(),
            contracts);
    assertThat(help.fixedPrice()).isNull();
    assertThat(help.total()).isEqualByComparingTo("400.00");
  }

  @Test
  void timeOnADayWithoutAContractIsLeftOutAndSaidSo() {
    TaskCost.Result result =
        cost(
            List.of(
                new TaskCost.Time(1, LocalDate.of(2023, 12, 31), 60),
                new TaskCost.Time(2, DAY, 60)),
            List.of(contract(LocalDate.of(2024, 1, 1), "80.00", 1, 0, Map.of())));
    assertThat(result.complete()).isFalse();
    assertThat(result.times().get(0).amount()).isNull();
    assertThat(result.total()).isEqualByComparingTo("80.00");
    assertThat(cost(List.of(), List.of()).total()).isEqualByComparingTo("0.00");
  }
}
