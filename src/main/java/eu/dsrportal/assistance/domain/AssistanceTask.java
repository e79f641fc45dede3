package eu.dsrportal.assistance.domain;

import eu.dsrportal.shared.domain.AssistanceKind;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.ProviderTime;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One piece of paid help for a customer, on a request. It starts as the customer's written
 * instruction (REQUESTED); staff accept it as a task (OPEN) and log time on it until it is DONE.
 */
@Entity
@Table(name = "assistance_task")
public class AssistanceTask {
  public static final int INSTRUCTION_LENGTH = 4000;
  public static final int TITLE_LENGTH = 200;

  public enum Status {
    REQUESTED,
    OPEN,
    DONE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  // other contexts' aggregates, by id: intake's request (none for a task on its own), the customer
  @Column(name = "request_id", updatable = false)
  private Long requestId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private long customerId;

  @Column(nullable = false, length = INSTRUCTION_LENGTH, updatable = false)
  private String instruction;

  @Column(name = "requested_by", nullable = false, length = 100, updatable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(length = TITLE_LENGTH)
  private String title;

  @Column(name = "accepted_by", length = 100)
  private String acceptedBy;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AssistanceKind kind = AssistanceKind.DSR_HELP;

  @Column(name = "completed_at")
  private Instant completedAt;

  /** The invoice that billed the task's fixed price; billing's invoice, by id. */
  @Column(name = "invoice_id")
  private Long invoiceId;

  @OneToMany(mappedBy = "task", cascade = CascadeType.PERSIST)
  @OrderBy("workDate, id")
  private List<TimeEntry> timeEntries = new ArrayList<>();

  @OneToMany(mappedBy = "task", cascade = CascadeType.PERSIST)
  @OrderBy("date, id")
  private List<AssistanceItem> items = new ArrayList<>();

  @Version private long version;

  protected AssistanceTask() {}

  private AssistanceTask(
      Long requestId, long customerId, String instruction, String by, Instant at) {
    this.requestId = requestId;
    this.customerId = customerId;
    this.instruction = Objects.requireNonNull(instruction);
    this.requestedBy = Objects.requireNonNull(by);
    this.requestedAt = Objects.requireNonNull(at);
    this.status = Status.REQUESTED;
  }

  /** The customer's documented instruction. */
  public static AssistanceTask requested(
      Long requestId, long customerId, String instruction, String by, Instant at) {
    if (instruction == null || instruction.isBlank()) {
      throw new DomainRuleViolation("assistance.error.instructionRequired");
    }
    return new AssistanceTask(requestId, customerId, instruction.strip(), by, at);
  }

  /** Staff take the instruction on as a task with a short title. */
  public void accept(String title, String by, Instant at) {
    if (status != Status.REQUESTED) {
      throw new DomainRuleViolation("assistance.error.alreadyAccepted");
    }
    if (title == null || title.isBlank()) {
      throw new DomainRuleViolation("assistance.error.titleRequired");
    }
    this.title = title.strip();
    this.acceptedBy = Objects.requireNonNull(by);
    this.acceptedAt = Objects.requireNonNull(at);
    this.status = Status.OPEN;
  }

  /**
   * Records work done on a day of the provider's calendar: today or before, never a future day
   * ("today" is the provider's, so work logged just after midnight in Brussels counts for the new
   * day).
   */
  public TimeEntry logTime(
      LocalDate workDate, int minutes, String description, String by, ProviderTime time) {
    if (!acceptsWork()) {
      throw new DomainRuleViolation("assistance.error.notOpen");
    }
    if (workDate == null || workDate.isAfter(time.today())) {
      throw new DomainRuleViolation("time.error.date");
    }
    TimeEntry entry = new TimeEntry(this, workDate, minutes, description, by, time.now());
    timeEntries.add(entry);
    return entry;
  }

  /** A fixed-price line or an expense, on an accepted, unfinished task; dated today or before. */
  public AssistanceItem addItem(
      LocalDate date,
      AssistanceItem.Kind kind,
      String description,
      BigDecimal amount,
      String by,
      ProviderTime time) {
    if (!acceptsWork()) {
      throw new DomainRuleViolation("assistance.error.notOpen");
    }
    if (date == null || date.isAfter(time.today())) {
      throw new DomainRuleViolation("time.error.date");
    }
    AssistanceItem item = new AssistanceItem(this, date, kind, description, amount, by, time.now());
    items.add(item);
    return item;
  }

  /** Whether time and items may be recorded on the task now: accepted and not finished. */
  public boolean acceptsWork() {
    return status == Status.OPEN;
  }

  public List<AssistanceItem> getItems() {
    return Collections.unmodifiableList(items);
  }

  public void complete(Instant at) {
    if (status != Status.OPEN) {
      throw new DomainRuleViolation("assistance.error.notOpen");
    }
    status = Status.DONE;
    completedAt = Objects.requireNonNull(at);
  }

  /** When the task was done; a fixed price is billed in the period it was done in. */
  public Instant getCompletedAt() {
    return completedAt;
  }

  public int totalMinutes() {
    return timeEntries.stream().mapToInt(TimeEntry::getMinutes).sum();
  }

  public Long getId() {
    return id;
  }

  /** The data-subject request the task helps with; null for a task on its own. */
  public Long getRequestId() {
    return requestId;
  }

  public long getCustomerId() {
    return customerId;
  }

  public String getInstruction() {
    return instruction;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public String getTitle() {
    return title;
  }

  public String getAcceptedBy() {
    return acceptedBy;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }

  public AssistanceKind getKind() {
    return kind;
  }

  public Long getInvoiceId() {
    return invoiceId;
  }

  /** Billing records the invoice that billed the task's fixed price; once only. */
  public void billFixedPrice(long invoiceId) {
    if (this.invoiceId != null) {
      throw new DomainRuleViolation("billing.error.workChanged");
    }
    this.invoiceId = invoiceId;
  }

  public Status getStatus() {
    return status;
  }

  public List<TimeEntry> getTimeEntries() {
    return Collections.unmodifiableList(timeEntries);
  }
}
