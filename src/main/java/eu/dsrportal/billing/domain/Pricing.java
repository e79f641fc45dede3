package eu.dsrportal.billing.domain;

import eu.dsrportal.assistance.application.BillableWork;
import eu.dsrportal.assistance.domain.AssistanceTask;
import eu.dsrportal.billing.domain.InvoiceDocument.VatCategory;
import eu.dsrportal.customer.domain.Contract;
import eu.dsrportal.customer.domain.VatRegime;
import eu.dsrportal.shared.domain.AssistanceKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Prices a customer's unbilled work the way its contract agrees (docs/billing.md), without touching
 * the database:
 *
 * <ul>
 *   <li>each time entry, item and fixed price is priced by the contract version in force on its own
 *       date (a price change mid-period gives separate lines per rate);
 *   <li>a time entry is billed per started increment, and at least the minimum;
 *   <li>the free allowance is per calendar year and consumed in date order, after what earlier
 *       invoices of that year consumed: by requests (the first N distinct data-subject requests of
 *       the year have their time free) and by minutes;
 *   <li>a task with a fixed price (agreed for the task, or the contract's for its kind) is billed
 *       that price once, when done within the period; its time entries are then listed at 0;
 *       entries of a fixed-price task not done yet wait;
 *   <li>items (fixed-price lines, expenses) are billed at their amount;
 *   <li>each line is rounded half-up to the cent; VAT is the standard rate (S) or reverse charge
 *       (AE, 0 %).
 * </ul>
 */
public final class Pricing {

  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  public enum LineType {
    /** Time at an hourly rate; the price 0 when included in the allowance or a fixed price. */
    TIME,
    /** A task's fixed price. */
    FIXED_PRICE,
    /** An item: a fixed-price line or an expense. */
    ITEM
  }

  public enum WorkType {
    TIME,
    ITEM,
    TASK
  }

  /** What earlier invoices of the customer consumed of each calendar year's allowance. */
  public record Consumed(
      Map<Integer, Integer> minutesByYear, Map<Integer, Set<Long>> requestsByYear) {
    public static Consumed none() {
      return new Consumed(Map.of(), Map.of());
    }

    public Consumed {
      minutesByYear = Map.copyOf(minutesByYear);
      requestsByYear = Map.copyOf(requestsByYear);
    }
  }

  /**
   * A piece of work behind a line. For time: {@code minutes} logged, {@code billedMinutes} after
   * increment and minimum, {@code freeMinutes} of those included in the allowance, {@code
   * freeRequestId} the request whose allowance made it free; {@code amount} its share (items: the
   * item's amount; fixed price: the price).
   */
  public record Work(
      WorkType type,
      long id,
      long version,
      LocalDate date,
      int minutes,
      int billedMinutes,
      int freeMinutes,
      Long freeRequestId,
      String description,
      BigDecimal amount) {}

  /** A line of the draft, with the task and the work behind it. */
  public record Line(
      LineType type,
      long taskId,
      String taskReference,
      AssistanceKind kind,
      String title,
      String requestReference,
      int instructionVersion,
      boolean included,
      BigDecimal quantity,
      String unitCode,
      BigDecimal unitPrice,
      BigDecimal netAmount,
      VatCategory category,
      BigDecimal vatRate,
      List<Work> work) {

    /** The line's name on documents: the task's reference and title. */
    public String name() {
      return taskReference + " " + title;
    }

    public int billedMinutes() {
      return work.stream().mapToInt(Work::billedMinutes).sum();
    }
  }

  /**
   * The priced lines, and the days of work no contract was in force for (then nothing is billed).
   */
  public record Result(List<Line> lines, SortedSet<LocalDate> noContractOn) {
    public boolean hasProblem() {
      return !noContractOn.isEmpty();
    }

    public BigDecimal lineTotal() {
      return Money.cents(
          lines.stream().map(Line::netAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
  }

  private final List<Contract> versions;

  /**
   * @param versions the customer's contract versions, in any order
   */
  public Pricing(List<Contract> versions) {
    this.versions =
        versions.stream().sorted(Comparator.comparing(Contract::getValidFrom).reversed()).toList();
  }

  /** The version in force on a day: the latest that started on or before it. */
  public Optional<Contract> inForce(LocalDate day) {
    return versions.stream().filter(c -> !c.getValidFrom().isAfter(day)).findFirst();
  }

  /** Billed minutes of one entry: per started increment, at least the minimum. */
  public static int billedMinutes(int minutes, int increment, int minimum) {
    int step = Math.max(1, increment);
    int rounded = ((minutes + step - 1) / step) * step;
    return Math.max(rounded, minimum);
  }

  /** Prices the work of one customer up to {@code upTo}, the period's last day. */
  public Result price(BillableWork.Work work, LocalDate upTo, Consumed consumed) {
    Map<Long, BillableWork.Task> tasks =
        work.tasks().stream()
            .collect(Collectors.toMap(BillableWork.Task::id, Function.identity(), (a, b) -> a));
    SortedSet<LocalDate> missing = new TreeSet<>();
    Map<String, Builder> lines = new LinkedHashMap<>();
    Map<Integer, Integer> minutesUsed = new HashMap<>(consumed.minutesByYear());
    Map<Integer, Set<Long>> requestsUsed = new HashMap<>();
    consumed.requestsByYear().forEach((y, s) -> requestsUsed.put(y, new HashSet<>(s)));

    // fixed prices of tasks done within the period
    Set<Long> fixedNow = new HashSet<>();
    for (BillableWork.Task task : work.tasks()) {
      if (!doneBy(task, upTo)) {
        continue;
      }
      Optional<Contract> contract = inForce(task.completedOn());
      if (contract.isEmpty()) {
        if (task.agreedFixedPrice() != null
            || versions.stream().anyMatch(c -> c.fixedPrice(task.kind()).isPresent())) {
          missing.add(task.completedOn());
        }
        continue;
      }
      BigDecimal price = fixedPrice(task, contract.get());
      if (price == null) {
        continue;
      }
      if (task.fixedPriceBilled()) {
        continue;
      }
      fixedNow.add(task.id());
      Builder line =
          lines.computeIfAbsent(
              "F|" + task.id(),
              k -> new Builder(LineType.FIXED_PRICE, task, contract.get(), false));
      line.unitPrice = Money.cents(price);
      line.work.add(
          new Work(
              WorkType.TASK,
              task.id(),
              0,
              task.completedOn(),
              0,
              0,
              0,
              null,
              task.title(),
              Money.cents(price)));
    }

    // time, in date order, consuming the allowance
    List<BillableWork.Time> times =
        work.times().stream()
            .sorted(
                Comparator.comparing(BillableWork.Time::date).thenComparing(BillableWork.Time::id))
            .toList();
    for (BillableWork.Time time : times) {
      BillableWork.Task task = tasks.get(time.taskId());
      Optional<Contract> found = inForce(time.date());
      if (found.isEmpty() || task == null) {
        missing.add(time.date());
        continue;
      }
      Contract contract = found.get();
      LocalDate decisive = doneBy(task, upTo) ? task.completedOn() : time.date();
      Contract forTask = inForce(decisive).orElse(contract);
      if (fixedPrice(task, forTask) != null) {
        if (!task.fixedPriceBilled() && !fixedNow.contains(task.id())) {
          continue; // waits until the task is done
        }
        Builder line =
            fixedNow.contains(task.id())
                ? lines.get("F|" + task.id())
                : lines.computeIfAbsent(
                    "I|" + task.id() + "|" + contract.getValidFrom(),
                    k -> new Builder(LineType.TIME, task, contract, true));
        line.work.add(
            new Work(
                WorkType.TIME,
                time.id(),
                time.version(),
                time.date(),
                time.minutes(),
                0,
                0,
                null,
                time.description(),
                Money.cents(BigDecimal.ZERO)));
        continue;
      }
      int billed =
          billedMinutes(
              time.minutes(), contract.getIncrementMinutes(), contract.getMinimumMinutes());
      int year = time.date().getYear();
      int free = 0;
      Long freeRequest = null;
      if (task.kind() == AssistanceKind.DSR_HELP
          && task.requestId() != null
          && contract.getAllowanceRequests() > 0) {
        Set<Long> used = requestsUsed.computeIfAbsent(year, y -> new HashSet<>());
        if (used.contains(task.requestId()) || used.size() < contract.getAllowanceRequests()) {
          used.add(task.requestId());
          free = billed;
          freeRequest = task.requestId();
        }
      }
      if (free == 0 && contract.getAllowanceMinutes() > 0) {
        int left = Math.max(0, contract.getAllowanceMinutes() - minutesUsed.getOrDefault(year, 0));
        free = Math.min(left, billed);
        minutesUsed.merge(year, free, Integer::sum);
      }
      int charged = billed - free;
      if (free > 0) {
        Builder line =
            lines.computeIfAbsent(
                "A|" + task.id() + "|" + contract.getValidFrom(),
                k -> new Builder(LineType.TIME, task, contract, true));
        line.minutes += free;
        line.work.add(
            new Work(
                WorkType.TIME,
                time.id(),
                time.version(),
                time.date(),
                time.minutes(),
                free,
                free,
                freeRequest,
                time.description(),
                Money.cents(BigDecimal.ZERO)));
      }
      if (charged > 0 || free == 0) {
        Builder line =
            lines.computeIfAbsent(
                "T|" + task.id() + "|" + contract.getValidFrom(),
                k -> new Builder(LineType.TIME, task, contract, false));
        line.minutes += charged;
        line.unitPrice = contract.getHourlyRate();
        line.work.add(
            new Work(
                WorkType.TIME,
                time.id(),
                time.version(),
                time.date(),
                time.minutes(),
                charged,
                0,
                null,
                time.description(),
                amountOf(charged, contract.getHourlyRate())));
      }
    }

    // items at their amount
    for (BillableWork.Item item : work.items()) {
      BillableWork.Task task = tasks.get(item.taskId());
      Optional<Contract> contract = inForce(item.date());
      if (contract.isEmpty() || task == null) {
        missing.add(item.date());
        continue;
      }
      Builder line = new Builder(LineType.ITEM, task, contract.get(), false);
      line.unitPrice = Money.cents(item.amount());
      line.itemDescription = item.description();
      line.work.add(
          new Work(
              WorkType.ITEM,
              item.id(),
              item.version(),
              item.date(),
              0,
              0,
              0,
              null,
              item.description(),
              Money.cents(item.amount())));
      lines.put("X|" + item.id(), line);
    }

    if (!missing.isEmpty()) {
      return new Result(List.of(), missing);
    }
    List<Line> built =
        lines.values().stream()
            .map(Builder::build)
            .sorted(
                Comparator.comparing(Line::taskId)
                    .thenComparing(Line::type)
                    .thenComparing(l -> l.work().isEmpty() ? upTo : l.work().get(0).date()))
            .toList();
    return new Result(built, missing);
  }

  private static boolean doneBy(BillableWork.Task task, LocalDate upTo) {
    return task.status() == AssistanceTask.Status.DONE
        && task.completedOn() != null
        && !task.completedOn().isAfter(upTo);
  }

  private static BigDecimal fixedPrice(BillableWork.Task task, Contract contract) {
    if (task.agreedFixedPrice() != null) {
      return task.agreedFixedPrice();
    }
    return contract.fixedPrice(task.kind()).orElse(null);
  }

  /** Minutes at an hourly rate, rounded half-up to the cent. */
  public static BigDecimal amountOf(int minutes, BigDecimal hourlyRate) {
    return Money.cents(
        hourlyRate.multiply(BigDecimal.valueOf(minutes)).divide(SIXTY, 10, RoundingMode.HALF_UP));
  }

  private static final class Builder {
    final LineType type;
    final BillableWork.Task task;
    final Contract contract;
    final boolean included;
    final List<Work> work = new ArrayList<>();
    int minutes;
    BigDecimal unitPrice = BigDecimal.ZERO;
    String itemDescription;

    Builder(LineType type, BillableWork.Task task, Contract contract, boolean included) {
      this.type = type;
      this.task = Objects.requireNonNull(task);
      this.contract = contract;
      this.included = included;
    }

    Line build() {
      VatCategory category =
          contract.getVatRegime() == VatRegime.REVERSE_CHARGE ? VatCategory.AE : VatCategory.S;
      BigDecimal rate = category == VatCategory.AE ? new BigDecimal("0.00") : contract.getVatRate();
      BigDecimal quantity;
      String unit;
      BigDecimal price;
      BigDecimal net;
      if (type == LineType.TIME) {
        int shown = included ? work.stream().mapToInt(Work::minutes).sum() : minutes;
        if (included && work.stream().anyMatch(w -> w.freeMinutes() > 0)) {
          shown = minutes;
        }
        quantity =
            BigDecimal.valueOf(shown).divide(SIXTY, 4, RoundingMode.HALF_UP).stripTrailingZeros();
        if (quantity.scale() < 2) {
          quantity = quantity.setScale(2);
        }
        unit = "HUR";
        price = included ? Money.cents(BigDecimal.ZERO) : Money.cents(unitPrice);
        net = included ? Money.cents(BigDecimal.ZERO) : amountOf(minutes, unitPrice);
      } else {
        quantity = new BigDecimal("1.00");
        unit = "C62";
        price = Money.cents(unitPrice);
        net = price;
      }
      String title = type == LineType.ITEM ? itemDescription : task.title();
      return new Line(
          type,
          task.id(),
          task.reference(),
          task.kind(),
          title,
          task.requestReference(),
          task.instructionVersion(),
          included,
          quantity,
          unit,
          price,
          net,
          category,
          rate,
          List.copyOf(work));
    }
  }
}
