package eu.dsrportal.assistance.domain;

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

  // other contexts' aggregates, by id: intake's request, the customer
  @Column(name = "request_id", nullable = false, updatable = false)
  private long requestId;

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

  @OneToMany(mappedBy = "task", cascade = CascadeType.PERSIST)
  @OrderBy("workDate, id")
  private List<TimeEntry> timeEntries = new ArrayList<>();

  @Version private long version;

  protected AssistanceTask() {}

  private AssistanceTask(
      long requestId, long customerId, String instruction, String by, Instant at) {
    this.requestId = requestId;
    this.customerId = customerId;
    this.instruction = Objects.requireNonNull(instruction);
    this.requestedBy = Objects.requireNonNull(by);
    this.requestedAt = Objects.requireNonNull(at);
    this.status = Status.REQUESTED;
  }

  /** The customer's documented instruction. */
  public static AssistanceTask requested(
      long requestId, long customerId, String instruction, String by, Instant at) {
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

  /** Time is logged only on accepted, unfinished tasks. */
  /**
   * Records work done on a day of the provider's calendar: today or before, never a future day
   * ("today" is the provider's, so work logged just after midnight in Brussels counts for the new
   * day).
   */
  public TimeEntry logTime(
      LocalDate workDate, int minutes, String description, String by, ProviderTime time) {
    if (status != Status.OPEN) {
      throw new DomainRuleViolation("assistance.error.notOpen");
    }
    if (workDate == null || workDate.isAfter(time.today())) {
      throw new DomainRuleViolation("time.error.date");
    }
    TimeEntry entry = new TimeEntry(this, workDate, minutes, description, by, time.now());
    timeEntries.add(entry);
    return entry;
  }

  public void complete() {
    if (status != Status.OPEN) {
      throw new DomainRuleViolation("assistance.error.notOpen");
    }
    status = Status.DONE;
  }

  public int totalMinutes() {
    return timeEntries.stream().mapToInt(TimeEntry::getMinutes).sum();
  }

  public Long getId() {
    return id;
  }

  public long getRequestId() {
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

  public Status getStatus() {
    return status;
  }

  public List<TimeEntry> getTimeEntries() {
    return Collections.unmodifiableList(timeEntries);
  }
}
