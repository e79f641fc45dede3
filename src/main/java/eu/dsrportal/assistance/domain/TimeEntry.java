package eu.dsrportal.assistance.domain;

import eu.dsrportal.shared.domain.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Time spent on a task: on which day, how long, doing what, by whom. Staff may correct or delete it
 * until an invoice bills it; from then on it is locked (docs/time-and-items.md).
 */
@Entity
@Table(name = "time_entry")
public class TimeEntry {
  public static final int DESCRIPTION_LENGTH = 500;
  public static final int MAX_MINUTES = 24 * 60;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "task_id", updatable = false)
  private AssistanceTask task;

  @Column(name = "work_date", nullable = false)
  private LocalDate workDate;

  @Column(nullable = false)
  private int minutes;

  @Column(nullable = false, length = DESCRIPTION_LENGTH)
  private String description;

  @Column(name = "logged_by", nullable = false, length = 100, updatable = false)
  private String loggedBy;

  @Column(name = "logged_at", nullable = false, updatable = false)
  private Instant loggedAt;

  /** The invoice that billed this entry; billing's invoice, by id. Set once, then locked. */
  @Column(name = "invoice_id")
  private Long invoiceId;

  @Version private long version;

  protected TimeEntry() {}

  TimeEntry(
      AssistanceTask task,
      LocalDate workDate,
      int minutes,
      String description,
      String by,
      Instant at) {
    check(minutes, description);
    this.task = Objects.requireNonNull(task);
    this.workDate = Objects.requireNonNull(workDate);
    this.minutes = minutes;
    this.description = description.strip();
    this.loggedBy = Objects.requireNonNull(by);
    this.loggedAt = Objects.requireNonNull(at);
  }

  private static void check(int minutes, String description) {
    if (minutes < 1 || minutes > MAX_MINUTES) {
      throw new DomainRuleViolation("time.error.minutes");
    }
    if (description == null || description.isBlank()) {
      throw new DomainRuleViolation("time.error.descriptionRequired");
    }
  }

  /**
   * Corrects the entry, by the rules it was logged by: a day of the provider's calendar up to
   * {@code today}, 1 to 1440 minutes, a description. Refused once billed: the invoice shows it.
   */
  public void change(LocalDate workDate, int minutes, String description, LocalDate today) {
    requireUnbilled();
    if (workDate == null || workDate.isAfter(today)) {
      throw new DomainRuleViolation("time.error.date");
    }
    check(minutes, description);
    this.workDate = workDate;
    this.minutes = minutes;
    this.description = description.strip();
  }

  /** Refuses to change or delete a billed entry. */
  public void requireUnbilled() {
    if (invoiceId != null) {
      throw new DomainRuleViolation("time.error.billed");
    }
  }

  /** The entry as the work history keeps it: "2026-12-03, 90 min: what was done". */
  public String summary() {
    return workDate + ", " + minutes + " min: " + description;
  }

  public Long getId() {
    return id;
  }

  public AssistanceTask getTask() {
    return task;
  }

  public LocalDate getWorkDate() {
    return workDate;
  }

  public int getMinutes() {
    return minutes;
  }

  public String getDescription() {
    return description;
  }

  public String getLoggedBy() {
    return loggedBy;
  }

  public Instant getLoggedAt() {
    return loggedAt;
  }

  public Long getInvoiceId() {
    return invoiceId;
  }

  public boolean isBilled() {
    return invoiceId != null;
  }

  public long getVersion() {
    return version;
  }

  /** Billing locks the entry to its invoice; an entry billed once is never billed again. */
  public void bill(long invoiceId) {
    if (this.invoiceId != null) {
      throw new DomainRuleViolation("billing.error.workChanged");
    }
    this.invoiceId = invoiceId;
  }
}
