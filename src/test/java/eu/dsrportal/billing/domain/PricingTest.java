package eu.dsrportal.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.assistance.application.BillableWork;
import eu.dsrportal.assistance.domain.AssistanceItem;
import eu.dsrportal.assistance.domain.AssistanceTask;
import eu.dsrportal.billing.domain.InvoiceDocument.VatCategory;
import eu.dsrportal.billing.domain.Pricing.LineType;
import eu.dsrportal.customer.domain.BillingPeriod;
import eu.dsrportal.customer.domain.Contract;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.customer.domain.VatRegime;
import eu.dsrportal.shared.domain.AssistanceKind;
import eu.dsrportal.shared.domain.Language;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PricingTest {

  private static final Customer CUSTOMER =
      new Customer("Acme", "privacy@acme.example", Language.EN, Instant.EPOCH);
  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  private final List<BillableWork.Task> tasks = new ArrayList<>();
  private final List<BillableWork.Time> times = new ArrayList<>();
  private final List<BillableWork.Item> items = new ArrayList<>();

  private static Contract contract(LocalDate from, String rate, Terms t) {
    return new Contract(
        CUSTOMER,
        from,
        new BigDecimal(rate),
        new BigDecimal("21"),
        new Contract.Terms(
            t.regime,
            30,
            BillingPeriod.MONTH,
            t.increment,
            t.minimum,
            t.allowanceMinutes,
            t.allowanceRequests,
            false,
            10,
            t.fixed),
        "admin",
        Instant.EPOCH);
  }

  private static final class Terms {
    VatRegime regime = VatRegime.STANDARD;
    int increment = 1;
    int minimum;
    int allowanceMinutes;
    int allowanceRequests;
    Map<AssistanceKind, BigDecimal> fixed = Map.of();
  }

  private BillableWork.Task task(long id, AssistanceKind kind, Long requestId) {
    return task(id, kind, requestId, AssistanceTask.Status.IN_PROGRESS, null, null);
  }

  private BillableWork.Task task(
      long id,
      AssistanceKind kind,
      Long requestId,
      AssistanceTask.Status status,
      LocalDate completedOn,
      BigDecimal agreed) {
    BillableWork.Task task =
        new BillableWork.Task(
            id,
            "T-" + id,
            kind,
            "Task " + id,
            "Do it",
            2,
            requestId,
            requestId == null ? null : "R-" + requestId,
            status,
            completedOn,
            agreed,
            false);
    tasks.add(task);
    return task;
  }

  private void time(long id, long taskId, LocalDate date, int minutes) {
    times.add(new BillableWork.Time(id, taskId, date, minutes, "work " + id, "support", 3));
  }

  private BillableWork.Work work() {
    return new BillableWork.Work(tasks, times, items);
  }

  private static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  void increments_are_per_started_step_per_entry() {
    Terms t = new Terms();
    t.increment = 15;
    Pricing pricing = new Pricing(List.of(contract(JAN_1, "100.00", t)));
    task(1, AssistanceKind.AUDIT, null);
    time(1, 1, LocalDate.of(2026, 3, 2), 16); // 30
    time(2, 1, LocalDate.of(2026, 3, 3), 15); // 15
    time(3, 1, LocalDate.of(2026, 3, 4), 1); // 15

    Pricing.Result result =
        pricing.price(work(), LocalDate.of(2026, 3, 31), Pricing.Consumed.none());

    assertThat(result.lines()).hasSize(1);
    Pricing.Line line = result.lines().get(0);
    assertThat(line.work()).extracting(Pricing.Work::billedMinutes).containsExactly(30, 15, 15);
    assertThat(line.quantity()).isEqualByComparingTo("1.00");
    assertThat(line.netAmount()).isEqualTo(money("100.00"));
    assertThat(line.unitCode()).isEqualTo("HUR");
    assertThat(line.taskReference()).isEqualTo("T-1");
    assertThat(line.instructionVersion()).isEqualTo(2);
  }

  @Test
  void the_minimum_applies_per_time_entry() {
    Terms t = new Terms();
    t.increment = 15;
    t.minimum = 30;
    Pricing pricing = new Pricing(List.of(contract(JAN_1, "90.00", t)));
    task(1, AssistanceKind.OTHER, null);
    time(1, 1, LocalDate.of(2026, 3, 2), 5); // 30
    time(2, 1, LocalDate.of(2026, 3, 2), 40); // 45

    Pricing.Line line =
        pricing.price(work(), LocalDate.of(2026, 3, 31), Pricing.Consumed.none()).lines().get(0);

    assertThat(line.work()).extracting(Pricing.Work::billedMinutes).containsExactly(30, 45);
    assertThat(line.netAmount()).isEqualTo(money("112.50"));
  }

  @Test
  void each_entry_is_priced_by_the_contract_in_force_on_its_date() {
    Pricing pricing =
        new Pricing(
            List.of(
                contract(JAN_1, "100.00", new Terms()),
                contract(LocalDate.of(2026, 3, 16), "120.00", new Terms())));
    task(1, AssistanceKind.DPIA, null);
    time(1, 1, LocalDate.of(2026, 3, 15), 60);
    time(2, 1, LocalDate.of(2026, 3, 16), 30);

    List<Pricing.Line> lines =
        pricing.price(work(), LocalDate.of(2026, 3, 31), Pricing.Consumed.none()).lines();

    assertThat(lines)
        .extracting(Pricing.Line::unitPrice)
        .containsExactly(money("100.00"), money("120.00"));
    assertThat(lines)
        .extracting(Pricing.Line::netAmount)
        .containsExactly(money("100.00"), money("60.00"));
  }

  @Test
  void each_line_is_rounded_half_up_to_the_cent() {
    Pricing pricing = new Pricing(List.of(contract(JAN_1, "95.00", new Terms())));
    task(1, AssistanceKind.OTHER, null);
    task(2, AssistanceKind.OTHER, null);
    time(1, 1, LocalDate.of(2026, 3, 2), 7); // 11.0833 -> 11.08
    time(2, 2, LocalDate.of(2026, 3, 2), 1); // 1.58333 -> 1.58
    time(3, 2, LocalDate.of(2026, 3, 3), 2); // 3 min: 4.75
    assertThat(Pricing.amountOf(9, new BigDecimal("95.00"))).isEqualTo(money("14.25"));
    assertThat(Pricing.amountOf(1, new BigDecimal("0.30"))).isEqualTo(money("0.01")); // 0.005

    List<Pricing.Line> lines =
        pricing.price(work(), LocalDate.of(2026, 3, 31), Pricing.Consumed.none()).lines();

    assertThat(lines)
        .extracting(Pricing.Line::netAmount)
        .containsExactly(money("11.08"), money("4.75"));
  }

  @Test
  void the_allowance_is_per_calendar_year_in_date_order_after_what_earlier_invoices_used() {
    Terms t = new Terms();
    t.allowanceMinutes = 120;
    Pricing pricing = new Pricing(List.of(contract(LocalDate.of(2025, 1, 1), "100.00", t)));
    task(1, AssistanceKind.BREACH, null);
    // 2025: 90 of 120 minutes used by an earlier invoice; 30 left
    time(1, 1, LocalDate.of(2025, 12, 30), 60); // 30 free, 30 billed
    time(2, 1, LocalDate.of(2025, 12, 31), 30); // billed
    // 2026: a new year's allowance
    time(3, 1, LocalDate.of(2026, 1, 2), 100); // free
    time(4, 1, LocalDate.of(2026, 1, 3), 60); // 20 free, 40 billed

    Pricing.Result result =
        pricing.price(
            work(), LocalDate.of(2026, 1, 31), new Pricing.Consumed(Map.of(2025, 90), Map.of()));

    List<Pricing.Work> free =
        result.lines().stream()
            .filter(Pricing.Line::included)
            .flatMap(l -> l.work().stream())
            .toList();
    assertThat(free).extracting(Pricing.Work::id).containsExactly(1L, 3L, 4L);
    assertThat(free).extracting(Pricing.Work::freeMinutes).containsExactly(30, 100, 20);
    BigDecimal charged =
        result.lines().stream()
            .map(Pricing.Line::netAmount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    // 30 + 30 + 40 minutes at 100/h
    assertThat(charged).isEqualByComparingTo("166.67");
    assertThat(result.lineTotal()).isEqualTo(money("166.67"));
  }

  @Test
  void the_first_requests_of_the_year_are_free() {
    Terms t = new Terms();
    t.allowanceRequests = 2;
    Pricing pricing = new Pricing(List.of(contract(JAN_1, "100.00", t)));
    task(1, AssistanceKind.DSR_HELP, 11L);
    task(2, AssistanceKind.DSR_HELP, 12L);
    task(3, AssistanceKind.DSR_HELP, 13L);
    task(4, AssistanceKind.DSR_HELP, 14L);
    time(1, 1, LocalDate.of(2026, 2, 1), 60); // request 11: used by an earlier invoice: free
    time(2, 2, LocalDate.of(2026, 2, 2), 60); // request 12: second of the year: free
    time(3, 3, LocalDate.of(2026, 2, 3), 60); // request 13: billed
    time(4, 2, LocalDate.of(2026, 2, 4), 30); // request 12 again: free

    Pricing.Result result =
        pricing.price(
            work(),
            LocalDate.of(2026, 2, 28),
            new Pricing.Consumed(Map.of(), Map.of(2026, Set.of(11L))));

    assertThat(result.lineTotal()).isEqualTo(money("100.00"));
    assertThat(result.lines().stream().filter(l -> !l.included()).toList())
        .singleElement()
        .satisfies(l -> assertThat(l.taskReference()).isEqualTo("T-3"));
  }

  @Test
  void reverse_charge_is_category_AE_without_vat_and_standard_is_S_at_21() {
    Terms rc = new Terms();
    rc.regime = VatRegime.REVERSE_CHARGE;
    task(1, AssistanceKind.AUDIT, null);
    time(1, 1, LocalDate.of(2026, 3, 2), 60);

    Pricing.Line reverse =
        new Pricing(List.of(contract(JAN_1, "100.00", rc)))
            .price(work(), LocalDate.of(2026, 3, 31), Pricing.Consumed.none())
            .lines()
            .get(0);
    Pricing.Line standard =
        new Pricing(List.of(contract(JAN_1, "100.00", new Terms())))
            .price(work(), LocalDate.of(2026, 3, 31), Pricing.Consumed.none())
            .lines()
            .get(0);

    assertThat(reverse.category()).isEqualTo(VatCategory.AE);
    assertThat(reverse.vatRate()).isEqualByComparingTo("0");
    assertThat(standard.category()).isEqualTo(VatCategory.S);
    assertThat(standard.vatRate()).isEqualByComparingTo("21");
  }

  @Test
  void a_fixed_price_task_is_billed_once_when_done_and_its_time_at_zero() {
    Terms t = new Terms();
    t.fixed = Map.of(AssistanceKind.DPIA, new BigDecimal("750"));
    Pricing pricing = new Pricing(List.of(contract(JAN_1, "100.00", t)));
    task(1, AssistanceKind.DPIA, null, AssistanceTask.Status.DONE, LocalDate.of(2026, 3, 20), null);
    task(2, AssistanceKind.DPIA, null); // not done: waits
    task(
        3,
        AssistanceKind.OTHER,
        null,
        AssistanceTask.Status.DONE,
        LocalDate.of(2026, 3, 20),
        new BigDecimal("300")); // agreed for this task
    time(1, 1, LocalDate.of(2026, 3, 2), 240);
    time(2, 2, LocalDate.of(2026, 3, 2), 60);
    items.add(
        new BillableWork.Item(
            9,
            3,
            LocalDate.of(2026, 3, 5),
            AssistanceItem.Kind.EXPENSE,
            "Courier",
            new BigDecimal("12.40"),
            0));

    Pricing.Result result =
        pricing.price(work(), LocalDate.of(2026, 3, 31), Pricing.Consumed.none());

    assertThat(result.lines())
        .extracting(Pricing.Line::type, Pricing.Line::taskReference, Pricing.Line::netAmount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LineType.FIXED_PRICE, "T-1", money("750.00")),
            org.assertj.core.groups.Tuple.tuple(LineType.FIXED_PRICE, "T-3", money("300.00")),
            org.assertj.core.groups.Tuple.tuple(LineType.ITEM, "T-3", money("12.40")));
    assertThat(result.lines().get(0).work())
        .extracting(Pricing.Work::type, Pricing.Work::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Pricing.WorkType.TASK, money("750.00")),
            org.assertj.core.groups.Tuple.tuple(Pricing.WorkType.TIME, money("0.00")));
    assertThat(result.lineTotal()).isEqualTo(money("1062.40"));
  }

  @Test
  void work_on_a_day_without_a_contract_is_a_problem_not_a_price() {
    Pricing pricing =
        new Pricing(List.of(contract(LocalDate.of(2026, 3, 10), "100.00", new Terms())));
    task(1, AssistanceKind.OTHER, null);
    time(1, 1, LocalDate.of(2026, 3, 2), 60);
    time(2, 1, LocalDate.of(2026, 3, 12), 60);

    Pricing.Result result =
        pricing.price(work(), LocalDate.of(2026, 3, 31), Pricing.Consumed.none());

    assertThat(result.hasProblem()).isTrue();
    assertThat(result.noContractOn()).containsExactly(LocalDate.of(2026, 3, 2));
    assertThat(result.lines()).isEmpty();
  }
}
