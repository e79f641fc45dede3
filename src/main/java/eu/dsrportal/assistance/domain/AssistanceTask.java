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
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One piece of paid help for a customer, on one of its requests or on its own, done only on the
 * customer's documented instruction (contract art. 5.2).
 *
 * <p>It starts as the customer's instruction (REQUESTED), which staff accept (APPROVED) or refuse
 * (REFUSED, with a reason), or as a staff proposal (PROPOSED) the customer approves (APPROVED) or
 * declines (CANCELLED). Work then runs IN_PROGRESS, may wait for the customer
 * (WAITING_FOR_CUSTOMER), and ends DONE or CANCELLED (with a reason). The instruction text is kept
 * as given; a change is a new {@link InstructionVersion}.
 *
 * <p>Work (time, items) may be recorded only while the task is approved and unfinished, the
 * provider has approved an instruction beyond the agreement, and — when the contract asks for it —
 * the customer has approved the estimate. Time that would take an hours estimate past its tolerance
 * is refused while the contract asks for estimate approval (a new estimate must be approved first);
 * otherwise it is allowed and the task shows it is over its estimate.
 */
@Entity
@Table(name = "assistance_task")
public class AssistanceTask {
  public static final int INSTRUCTION_LENGTH = 4000;
  public static final int TITLE_LENGTH = 200;
  public static final int REASON_LENGTH = 1000;
  public static final int ESTIMATE_NOTE_LENGTH = 1000;
  public static final int MAX_ESTIMATE_MINUTES = 1000 * 60;
  public static final BigDecimal MAX_ESTIMATE_AMOUNT = new BigDecimal("100000.00");

  public enum Status {
    /** A customer's instruction, waiting for staff to take it. */
    REQUESTED,
    /** Proposed by staff, waiting for the customer's approval. */
    PROPOSED,
    APPROVED,
    IN_PROGRESS,
    WAITING_FOR_CUSTOMER,
    DONE,
    CANCELLED,
    /** An instruction the provider refused, with a reason. */
    REFUSED;

    public boolean isFinished() {
      return this == DONE || this == CANCELLED || this == REFUSED;
    }

    /** Approved and not finished: the states in which work may be done. */
    public boolean isActive() {
      return this == APPROVED || this == IN_PROGRESS || this == WAITING_FOR_CUSTOMER;
    }
  }

  /** Who started the task: the customer's instruction, or a staff proposal. */
  public enum Origin {
    CUSTOMER,
    STAFF
  }

  public enum EstimateType {
    HOURS,
    FIXED_PRICE
  }

  public enum EstimateStatus {
    PENDING,
    APPROVED,
    DECLINED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  // other contexts' aggregates, by id: intake's request (none for a task on its own), the customer
  @Column(name = "request_id", updatable = false)
  private Long requestId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private long customerId;

  /** Version 1 of the instruction, as given; never changed (see {@link #versions}). */
  @Column(nullable = false, length = INSTRUCTION_LENGTH, updatable = false)
  private String instruction;

  @Column(name = "requested_by", nullable = false, length = 100, updatable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Origin origin = Origin.CUSTOMER;

  /** Who gave the documented instruction and when: the customer's user (for a proposal, its OK). */
  @Column(name = "instructed_by", length = 100)
  private String instructedBy;

  @Column(name = "instructed_at")
  private Instant instructedAt;

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

  @Column(length = 100)
  private String assignee;

  @Column(name = "beyond_agreement", nullable = false)
  private boolean beyondAgreement;

  @Column(name = "beyond_marked_by", length = 100)
  private String beyondMarkedBy;

  @Column(name = "beyond_marked_at")
  private Instant beyondMarkedAt;

  @Column(name = "provider_approved_by", length = 100)
  private String providerApprovedBy;

  @Column(name = "provider_approved_at")
  private Instant providerApprovedAt;

  /** Why it was refused or cancelled. */
  @Column(name = "closing_reason", length = REASON_LENGTH)
  private String closingReason;

  @Column(name = "closed_by", length = 100)
  private String closedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "estimate_type", length = 20)
  private EstimateType estimateType;

  @Column(name = "estimate_minutes")
  private Integer estimateMinutes;

  @Column(name = "estimate_amount", precision = 10, scale = 2)
  private BigDecimal estimateAmount;

  @Column(name = "estimate_note", length = ESTIMATE_NOTE_LENGTH)
  private String estimateNote;

  @Column(name = "estimated_by", length = 100)
  private String estimatedBy;

  @Column(name = "estimated_at")
  private Instant estimatedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "estimate_status", length = 20)
  private EstimateStatus estimateStatus;

  @Column(name = "estimate_decided_by", length = 100)
  private String estimateDecidedBy;

  @Column(name = "estimate_decided_at")
  private Instant estimateDecidedAt;

  /** The contract's terms when the task was accepted or last estimated. */
  @Column(name = "estimate_approval_required", nullable = false)
  private boolean estimateApprovalRequired;

  @Column(name = "estimate_tolerance_percent", nullable = false)
  private int estimateTolerancePercent = 10;

  @Column(name = "completed_at")
  private Instant completedAt;

  /** The invoice that billed the task's fixed price; billing's invoice, by id. */
  @Column(name = "invoice_id")
  private Long invoiceId;

  @OneToMany(mappedBy = "task", cascade = CascadeType.PERSIST)
  @OrderBy("number")
  private List<InstructionVersion> versions = new ArrayList<>();

  @OneToMany(mappedBy = "task", cascade = CascadeType.PERSIST)
  @OrderBy("writtenAt, id")
  private List<TaskComment> comments = new ArrayList<>();

  @OneToMany(mappedBy = "task", cascade = CascadeType.PERSIST)
  @OrderBy("workDate, id")
  private List<TimeEntry> timeEntries = new ArrayList<>();

  @OneToMany(mappedBy = "task", cascade = CascadeType.PERSIST)
  @OrderBy("date, id")
  private List<AssistanceItem> items = new ArrayList<>();

  @Version private long version;

  protected AssistanceTask() {}

  private AssistanceTask(
      Long requestId,
      long customerId,
      AssistanceKind kind,
      String instruction,
      String by,
      Instant at,
      Origin origin) {
    this.requestId = requestId;
    this.customerId = customerId;
    this.kind = Objects.requireNonNull(kind);
    this.instruction = Objects.requireNonNull(instruction);
    this.requestedBy = Objects.requireNonNull(by);
    this.requestedAt = Objects.requireNonNull(at);
    this.origin = origin;
    versions.add(new InstructionVersion(this, 1, instruction, by, at));
    if (origin == Origin.CUSTOMER) {
      this.status = Status.REQUESTED;
      this.instructedBy = by;
      this.instructedAt = at;
    } else {
      this.status = Status.PROPOSED;
    }
  }

  /** The customer's documented instruction, on one of its requests or (null) on its own. */
  public static AssistanceTask requested(
      Long requestId, long customerId, String instruction, String by, Instant at) {
    return requested(requestId, customerId, AssistanceKind.DSR_HELP, instruction, by, at);
  }

  public static AssistanceTask requested(
      Long requestId,
      long customerId,
      AssistanceKind kind,
      String instruction,
      String by,
      Instant at) {
    String text = text(instruction, INSTRUCTION_LENGTH, "assistance.error.instructionRequired");
    if (kind == null) {
      throw new DomainRuleViolation("assistance.error.kindRequired");
    }
    return new AssistanceTask(requestId, customerId, kind, text, by, at, Origin.CUSTOMER);
  }

  /** Staff propose a task; it becomes the documented instruction once the customer approves it. */
  public static AssistanceTask proposed(
      Long requestId,
      long customerId,
      AssistanceKind kind,
      String title,
      String description,
      String by,
      Instant at) {
    String text = text(description, INSTRUCTION_LENGTH, "assistance.error.instructionRequired");
    String name = text(title, TITLE_LENGTH, "assistance.error.titleRequired");
    if (kind == null) {
      throw new DomainRuleViolation("assistance.error.kindRequired");
    }
    AssistanceTask task =
        new AssistanceTask(requestId, customerId, kind, text, by, at, Origin.STAFF);
    task.title = name;
    return task;
  }

  /** Staff take the customer's instruction on as a task with a short title. */
  public void accept(String title, String by, Instant at) {
    if (status != Status.REQUESTED) {
      throw new DomainRuleViolation("assistance.error.alreadyAccepted");
    }
    this.title = text(title, TITLE_LENGTH, "assistance.error.titleRequired");
    this.acceptedBy = Objects.requireNonNull(by);
    this.acceptedAt = Objects.requireNonNull(at);
    if (assignee == null) {
      assignee = by;
    }
    this.status = Status.APPROVED;
  }

  /** Staff refuse the customer's instruction, saying why. */
  public void refuse(String reason, String by, Instant at) {
    if (status != Status.REQUESTED) {
      throw new DomainRuleViolation("assistance.error.notRefusable");
    }
    close(Status.REFUSED, reason, by, at);
  }

  /** The customer takes back an instruction nobody has taken on yet. */
  public void withdraw(String by, Instant at) {
    if (status != Status.REQUESTED) {
      throw new DomainRuleViolation("assistance.error.notWithdrawable");
    }
    this.status = Status.CANCELLED;
    this.closedBy = Objects.requireNonNull(by);
    this.closedAt = Objects.requireNonNull(at);
  }

  /** The customer approves a staff proposal: it is now its documented instruction. */
  public void approveProposal(String by, Instant at) {
    if (status != Status.PROPOSED) {
      throw new DomainRuleViolation("assistance.error.notProposed");
    }
    this.instructedBy = Objects.requireNonNull(by);
    this.instructedAt = Objects.requireNonNull(at);
    this.acceptedBy = requestedBy;
    this.acceptedAt = at;
    this.status = Status.APPROVED;
  }

  public void declineProposal(String by, Instant at) {
    if (status != Status.PROPOSED) {
      throw new DomainRuleViolation("assistance.error.notProposed");
    }
    this.status = Status.CANCELLED;
    this.closedBy = Objects.requireNonNull(by);
    this.closedAt = Objects.requireNonNull(at);
  }

  /** The customer changes its instruction: a new version; the earlier ones are kept. */
  public InstructionVersion changeInstruction(String text, String by, Instant at) {
    if (status.isFinished() || status == Status.PROPOSED) {
      throw new DomainRuleViolation("assistance.error.notChangeable");
    }
    String changed = text(text, INSTRUCTION_LENGTH, "assistance.error.instructionRequired");
    if (changed.equals(currentInstruction())) {
      throw new DomainRuleViolation("assistance.error.instructionUnchanged");
    }
    InstructionVersion next = new InstructionVersion(this, versions.size() + 1, changed, by, at);
    versions.add(next);
    return next;
  }

  public void changeKind(AssistanceKind kind) {
    requireUnfinished();
    this.kind = Objects.requireNonNull(kind);
  }

  /** Gives the task to a member of the support team, or to nobody (null). */
  public void assign(String username) {
    requireUnfinished();
    this.assignee = username == null || username.isBlank() ? null : username;
  }

  /**
   * Staff find the instruction beyond the agreement (art. 5.2): no work until an administrator
   * approves it. Only before any work is recorded.
   */
  public void markBeyondAgreement(String by, Instant at) {
    if (beyondAgreement) {
      throw new DomainRuleViolation("assistance.error.alreadyBeyond");
    }
    if (!(status == Status.REQUESTED || status == Status.PROPOSED || status == Status.APPROVED)
        || !timeEntries.isEmpty()
        || !items.isEmpty()) {
      throw new DomainRuleViolation("assistance.error.beyondTooLate");
    }
    this.beyondAgreement = true;
    this.beyondMarkedBy = Objects.requireNonNull(by);
    this.beyondMarkedAt = Objects.requireNonNull(at);
  }

  /** An administrator gives the provider's written approval for an instruction beyond it. */
  public void approveBeyondAgreement(String by, Instant at) {
    requireProviderApprovalPending();
    this.providerApprovedBy = Objects.requireNonNull(by);
    this.providerApprovedAt = Objects.requireNonNull(at);
  }

  /** An administrator refuses an instruction beyond the agreement, saying why. */
  public void refuseBeyondAgreement(String reason, String by, Instant at) {
    requireProviderApprovalPending();
    close(Status.REFUSED, reason, by, at);
  }

  public boolean isProviderApprovalPending() {
    return beyondAgreement && providerApprovedAt == null && !status.isFinished();
  }

  private void requireProviderApprovalPending() {
    if (!isProviderApprovalPending()) {
      throw new DomainRuleViolation("assistance.error.noProviderApprovalPending");
    }
  }

  /**
   * The contract's terms for the task's estimate, from the contract in force when it is accepted or
   * estimated: whether the customer must approve the estimate, and the tolerance over it.
   */
  public void applyTerms(boolean approvalRequired, int tolerancePercent) {
    if (status.isFinished()) {
      return;
    }
    this.estimateApprovalRequired = approvalRequired;
    this.estimateTolerancePercent = Math.max(0, tolerancePercent);
  }

  /**
   * Staff estimate the work in hours ({@code minutes}) or at a fixed price; a new one replaces it.
   */
  public void estimate(
      EstimateType type, Integer minutes, BigDecimal amount, String note, String by, Instant at) {
    requireUnfinished();
    if (type == null) {
      throw new DomainRuleViolation("estimate.error.typeRequired");
    }
    if (type == EstimateType.HOURS) {
      if (minutes == null || minutes < 1 || minutes > MAX_ESTIMATE_MINUTES) {
        throw new DomainRuleViolation("estimate.error.hours");
      }
      this.estimateMinutes = minutes;
      this.estimateAmount = null;
    } else {
      if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX_ESTIMATE_AMOUNT) > 0) {
        throw new DomainRuleViolation("estimate.error.amount");
      }
      this.estimateAmount = amount.setScale(2, RoundingMode.HALF_UP);
      this.estimateMinutes = null;
    }
    this.estimateType = type;
    this.estimateNote = note == null || note.isBlank() ? null : note.strip();
    if (estimateNote != null && estimateNote.length() > ESTIMATE_NOTE_LENGTH) {
      throw new DomainRuleViolation("estimate.error.noteTooLong");
    }
    this.estimatedBy = Objects.requireNonNull(by);
    this.estimatedAt = Objects.requireNonNull(at);
    this.estimateStatus = EstimateStatus.PENDING;
    this.estimateDecidedBy = null;
    this.estimateDecidedAt = null;
  }

  public void approveEstimate(String by, Instant at) {
    decideEstimate(EstimateStatus.APPROVED, by, at);
  }

  public void declineEstimate(String by, Instant at) {
    decideEstimate(EstimateStatus.DECLINED, by, at);
  }

  private void decideEstimate(EstimateStatus decision, String by, Instant at) {
    if (estimateStatus != EstimateStatus.PENDING || status.isFinished()) {
      throw new DomainRuleViolation("estimate.error.notPending");
    }
    this.estimateStatus = decision;
    this.estimateDecidedBy = Objects.requireNonNull(by);
    this.estimateDecidedAt = Objects.requireNonNull(at);
  }

  public boolean isEstimatePending() {
    return estimateStatus == EstimateStatus.PENDING && !status.isFinished();
  }

  /** An approved fixed-price estimate: the price agreed for the task, else null. */
  public BigDecimal agreedFixedPrice() {
    return estimateType == EstimateType.FIXED_PRICE && estimateStatus == EstimateStatus.APPROVED
        ? estimateAmount
        : null;
  }

  /**
   * The hours estimate that time is measured against: the approved one, or — when the contract does
   * not ask for approval — the one given, unless declined. Null when there is none.
   */
  private Integer estimateInForceMinutes() {
    if (estimateType != EstimateType.HOURS) {
      return null;
    }
    boolean counts =
        estimateStatus == EstimateStatus.APPROVED
            || (!estimateApprovalRequired && estimateStatus == EstimateStatus.PENDING);
    return counts ? estimateMinutes : null;
  }

  /** Whether {@code totalMinutes} of work goes past the hours estimate and its tolerance. */
  public boolean exceedsEstimate(int totalMinutes) {
    Integer estimated = estimateInForceMinutes();
    return estimated != null
        && (long) totalMinutes * 100 > (long) estimated * (100 + estimateTolerancePercent);
  }

  /**
   * Refuses a total of {@code totalMinutes} on the task when it goes past the estimate's tolerance
   * and the contract asks for estimate approval (a new estimate must be approved first). For
   * whoever changes the time on a task.
   */
  public void checkEstimate(int totalMinutes) {
    if (estimateApprovalRequired && exceedsEstimate(totalMinutes)) {
      throw new DomainRuleViolation("estimate.error.exceeded");
    }
  }

  /** The logged time is past the estimate's tolerance (staff are warned). */
  public boolean isOverEstimate() {
    return exceedsEstimate(totalMinutes());
  }

  /** Whether time and items may be recorded on the task now. */
  public boolean acceptsWork() {
    return workBlockedBy() == null;
  }

  /** Why no work may be recorded now (a bundle key), or null when it may. */
  public String workBlockedBy() {
    if (!status.isActive()) {
      return "assistance.error.notOpen";
    }
    if (beyondAgreement && providerApprovedAt == null) {
      return "assistance.error.awaitingProviderApproval";
    }
    if (estimateApprovalRequired && estimateStatus != EstimateStatus.APPROVED) {
      return "assistance.error.awaitingEstimateApproval";
    }
    return null;
  }

  private void requireWork() {
    String blocked = workBlockedBy();
    if (blocked != null) {
      throw new DomainRuleViolation(blocked);
    }
  }

  /**
   * Records work done on a day of the provider's calendar: today or before, never a future day
   * ("today" is the provider's, so work logged just after midnight in Brussels counts for the new
   * day). Work on an approved task puts it in progress.
   */
  public TimeEntry logTime(
      LocalDate workDate, int minutes, String description, String by, ProviderTime time) {
    requireWork();
    if (workDate == null || workDate.isAfter(time.today())) {
      throw new DomainRuleViolation("time.error.date");
    }
    checkEstimate(totalMinutes() + Math.max(0, minutes));
    TimeEntry entry = new TimeEntry(this, workDate, minutes, description, by, time.now());
    timeEntries.add(entry);
    workStarted();
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
    requireWork();
    if (date == null || date.isAfter(time.today())) {
      throw new DomainRuleViolation("time.error.date");
    }
    AssistanceItem item = new AssistanceItem(this, date, kind, description, amount, by, time.now());
    items.add(item);
    workStarted();
    return item;
  }

  private void workStarted() {
    if (status == Status.APPROVED) {
      status = Status.IN_PROGRESS;
    }
  }

  /** Staff start the work (allowed once work may be recorded). */
  public void start() {
    if (status != Status.APPROVED) {
      throw new DomainRuleViolation("assistance.error.notStartable");
    }
    requireWork();
    status = Status.IN_PROGRESS;
  }

  /** The work waits for something from the customer (an answer, a document). */
  public void waitForCustomer() {
    if (status != Status.IN_PROGRESS) {
      throw new DomainRuleViolation("assistance.error.notInProgress");
    }
    status = Status.WAITING_FOR_CUSTOMER;
  }

  public void resume() {
    if (status != Status.WAITING_FOR_CUSTOMER) {
      throw new DomainRuleViolation("assistance.error.notWaiting");
    }
    status = Status.IN_PROGRESS;
  }

  public void complete(Instant at) {
    requireWork();
    status = Status.DONE;
    completedAt = Objects.requireNonNull(at);
  }

  /** Staff cancel an unfinished task, saying why. */
  public void cancel(String reason, String by, Instant at) {
    requireUnfinished();
    close(Status.CANCELLED, reason, by, at);
  }

  public TaskComment comment(String author, boolean fromCustomer, String text, Instant at) {
    String body = text(text, TaskComment.TEXT_LENGTH, "comment.error.required");
    TaskComment comment = new TaskComment(this, author, fromCustomer, body, at);
    comments.add(comment);
    return comment;
  }

  private void close(Status to, String reason, String by, Instant at) {
    this.closingReason = text(reason, REASON_LENGTH, "assistance.error.reasonRequired");
    this.closedBy = Objects.requireNonNull(by);
    this.closedAt = Objects.requireNonNull(at);
    this.status = to;
  }

  private void requireUnfinished() {
    if (status.isFinished()) {
      throw new DomainRuleViolation("assistance.error.finished");
    }
  }

  private static String text(String text, int max, String missingKey) {
    if (text == null || text.isBlank()) {
      throw new DomainRuleViolation(missingKey);
    }
    String stripped = text.strip();
    if (stripped.length() > max) {
      throw new DomainRuleViolation("assistance.error.tooLong");
    }
    return stripped;
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

  /** The instruction as it stands now: its latest version. */
  public String getInstruction() {
    return currentInstruction();
  }

  private String currentInstruction() {
    return versions.isEmpty() ? instruction : versions.get(versions.size() - 1).getText();
  }

  /** The instruction as first given (version 1), kept unchanged. */
  public String getOriginalInstruction() {
    return instruction;
  }

  public int getInstructionVersion() {
    return Math.max(1, versions.size());
  }

  public List<InstructionVersion> getVersions() {
    return Collections.unmodifiableList(versions);
  }

  public List<TaskComment> getComments() {
    return Collections.unmodifiableList(comments);
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Origin getOrigin() {
    return origin;
  }

  public String getInstructedBy() {
    return instructedBy;
  }

  public Instant getInstructedAt() {
    return instructedAt;
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

  public String getAssignee() {
    return assignee;
  }

  public boolean isBeyondAgreement() {
    return beyondAgreement;
  }

  public String getBeyondMarkedBy() {
    return beyondMarkedBy;
  }

  public Instant getBeyondMarkedAt() {
    return beyondMarkedAt;
  }

  public String getProviderApprovedBy() {
    return providerApprovedBy;
  }

  public Instant getProviderApprovedAt() {
    return providerApprovedAt;
  }

  public String getClosingReason() {
    return closingReason;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public EstimateType getEstimateType() {
    return estimateType;
  }

  public Integer getEstimateMinutes() {
    return estimateMinutes;
  }

  public BigDecimal getEstimateAmount() {
    return estimateAmount;
  }

  public String getEstimateNote() {
    return estimateNote;
  }

  public String getEstimatedBy() {
    return estimatedBy;
  }

  public Instant getEstimatedAt() {
    return estimatedAt;
  }

  public EstimateStatus getEstimateStatus() {
    return estimateStatus;
  }

  public String getEstimateDecidedBy() {
    return estimateDecidedBy;
  }

  public Instant getEstimateDecidedAt() {
    return estimateDecidedAt;
  }

  public boolean isEstimateApprovalRequired() {
    return estimateApprovalRequired;
  }

  public int getEstimateTolerancePercent() {
    return estimateTolerancePercent;
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

  public List<AssistanceItem> getItems() {
    return Collections.unmodifiableList(items);
  }

  /** The statuses in which a task is still open for the customer and staff. */
  public static Set<Status> unfinished() {
    return EnumSet.of(
        Status.REQUESTED,
        Status.PROPOSED,
        Status.APPROVED,
        Status.IN_PROGRESS,
        Status.WAITING_FOR_CUSTOMER);
  }
}
