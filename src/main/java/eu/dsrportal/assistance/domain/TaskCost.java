package eu.dsrportal.assistance.domain;

import eu.dsrportal.customer.domain.Contract;
import eu.dsrportal.shared.domain.AssistanceKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a task costs the customer, as an indication on its pages, before any free allowance (the
 * billing run consumes the allowance over the year, in date order, and bills; this does not). Each
 * time entry is priced by the contract version in force on its own date: its minutes rounded up to
 * the contract's increment, at least its minimum, at the hourly rate, half-up to the cent. A task
 * whose kind has a fixed price in the contract costs that price instead of its time. Items count at
 * their amount. All excluding VAT.
 */
public final class TaskCost {
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  /** A time entry as priced: its own minutes and its date. */
  public record Time(long id, LocalDate date, int minutes) {}

  /** An item as priced: its amount. */
  public record Item(long id, LocalDate date, BigDecimal amount) {}

  /**
   * A time entry priced: {@code chargedMinutes} and {@code amount} are null when a fixed price
   * covers the task's time or no contract was in force on its date.
   */
  public record PricedTime(Time time, Integer chargedMinutes, BigDecimal amount) {}

  /**
   * The task's cost: its time in minutes, each entry priced, the time's amount (null when a fixed
   * price covers it), the fixed price (or null), the items' sum and the total. {@code complete} is
   * false when an entry fell on a day without a contract in force (the total then leaves it out).
   */
  public record Result(
      int minutes,
      List<PricedTime> times,
      BigDecimal timeAmount,
      BigDecimal fixedPrice,
      BigDecimal itemsAmount,
      BigDecimal total,
      String currency,
      boolean complete) {}

  private TaskCost() {}

  /**
   * @param fixedPriceDay the day whose contract says whether the task's kind has a fixed price: the
   *     day the task was done, else today
   * @param contracts the customer's contract versions, in any order
   */
  public static Result of(
      AssistanceKind kind,
      LocalDate fixedPriceDay,
      List<Time> times,
      List<Item> items,
      List<Contract> contracts) {
    Objects.requireNonNull(kind);
    Optional<Contract> forTask = inForce(contracts, fixedPriceDay);
    BigDecimal fixedPrice = forTask.flatMap(c -> c.fixedPrice(kind)).orElse(null);
    int minutes = times.stream().mapToInt(Time::minutes).sum();
    boolean complete = true;
    BigDecimal timeAmount = fixedPrice == null ? BigDecimal.ZERO.setScale(2) : null;
    List<PricedTime> priced = new ArrayList<>();
    for (Time time : times) {
      Optional<Contract> contract = inForce(contracts, time.date());
      if (fixedPrice != null) {
        priced.add(new PricedTime(time, null, null));
      } else if (contract.isEmpty()) {
        complete = false;
        priced.add(new PricedTime(time, null, null));
      } else {
        Contract c = contract.get();
        int charged =
            chargedMinutes(time.minutes(), c.getIncrementMinutes(), c.getMinimumMinutes());
        BigDecimal amount = price(charged, c.getHourlyRate());
        priced.add(new PricedTime(time, charged, amount));
        timeAmount = timeAmount.add(amount);
      }
    }
    BigDecimal itemsAmount =
        items.stream()
            .map(Item::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .setScale(2, RoundingMode.HALF_UP);
    BigDecimal total = (fixedPrice != null ? fixedPrice : timeAmount).add(itemsAmount);
    String currency =
        forTask.or(() -> contracts.stream().findFirst()).map(Contract::getCurrency).orElse("EUR");
    return new Result(
        minutes,
        List.copyOf(priced),
        timeAmount,
        fixedPrice,
        itemsAmount,
        total.setScale(2, RoundingMode.HALF_UP),
        currency,
        complete);
  }

  /** Minutes rounded up to the next whole increment, and never less than the minimum. */
  public static int chargedMinutes(int minutes, int increment, int minimum) {
    int step = Math.max(1, increment);
    int rounded = (minutes + step - 1) / step * step;
    return Math.max(rounded, minimum);
  }

  /** Minutes at an hourly rate, half-up to the cent. */
  public static BigDecimal price(int minutes, BigDecimal hourlyRate) {
    return hourlyRate.multiply(BigDecimal.valueOf(minutes)).divide(SIXTY, 2, RoundingMode.HALF_UP);
  }

  /** The version in force on the day: the latest that started on or before it. */
  public static Optional<Contract> inForce(List<Contract> contracts, LocalDate day) {
    return contracts.stream()
        .filter(c -> !c.getValidFrom().isAfter(day))
        .max(Comparator.comparing(Contract::getValidFrom));
  }
}
