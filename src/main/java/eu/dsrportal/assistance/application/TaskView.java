package eu.dsrportal.assistance.application;

import eu.dsrportal.assistance.domain.AssistanceTask;
import eu.dsrportal.assistance.domain.AssistanceTask.EstimateStatus;
import eu.dsrportal.assistance.domain.AssistanceTask.EstimateType;
import eu.dsrportal.assistance.domain.AssistanceTask.Origin;
import eu.dsrportal.assistance.domain.AssistanceTask.Status;
import eu.dsrportal.shared.domain.AssistanceKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/** A task as its pages show it, to the customer and to staff. */
public record TaskView(
    long id,
    String reference,
    long customerId,
    String customerName,
    Long requestId,
    String requestReference,
    AssistanceKind kind,
    String title,
    Status status,
    Origin origin,
    String instruction,
    int instructionVersion,
    List<Version> versions,
    String requestedBy,
    Instant requestedAt,
    String instructedBy,
    Instant instructedAt,
    String acceptedBy,
    Instant acceptedAt,
    String assignee,
    boolean beyondAgreement,
    String beyondMarkedBy,
    Instant beyondMarkedAt,
    String providerApprovedBy,
    Instant providerApprovedAt,
    boolean providerApprovalPending,
    String closingReason,
    String closedBy,
    Instant closedAt,
    Estimate estimate,
    boolean estimateApprovalRequired,
    int estimateTolerancePercent,
    int totalMinutes,
    boolean overEstimate,
    String workBlockedBy,
    Instant completedAt,
    List<Comment> comments)
    implements Serializable {

  public record Version(int number, String text, String by, Instant at) implements Serializable {}

  public record Comment(String author, boolean fromCustomer, String body, Instant at)
      implements Serializable {}

  /** The task's current estimate: in hours (minutes) or at a fixed price, and its approval. */
  public record Estimate(
      EstimateType type,
      Integer minutes,
      BigDecimal amount,
      String note,
      String by,
      Instant at,
      EstimateStatus status,
      String decidedBy,
      Instant decidedAt)
      implements Serializable {

    /** The hours estimated, e.g. "2.5". */
    public String hours() {
      return minutes == null
          ? null
          : BigDecimal.valueOf(minutes)
              .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
              .stripTrailingZeros()
              .toPlainString();
    }

    public boolean pending() {
      return status == EstimateStatus.PENDING;
    }
  }

  public boolean finished() {
    return status.isFinished();
  }

  public boolean acceptsWork() {
    return workBlockedBy == null;
  }

  /** Hours logged, e.g. "1.5". */
  public String hoursLogged() {
    return BigDecimal.valueOf(totalMinutes)
        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  public boolean estimatePending() {
    return estimate != null && estimate.pending() && !finished();
  }

  static TaskView of(AssistanceTask t, String customerName, String requestReference) {
    Estimate estimate =
        t.getEstimateType() == null
            ? null
            : new Estimate(
                t.getEstimateType(),
                t.getEstimateMinutes(),
                t.getEstimateAmount(),
                t.getEstimateNote(),
                t.getEstimatedBy(),
                t.getEstimatedAt(),
                t.getEstimateStatus(),
                t.getEstimateDecidedBy(),
                t.getEstimateDecidedAt());
    return new TaskView(
        t.getId(),
        BillableWork.reference(t.getId()),
        t.getCustomerId(),
        customerName,
        t.getRequestId(),
        requestReference,
        t.getKind(),
        t.getTitle(),
        t.getStatus(),
        t.getOrigin(),
        t.getInstruction(),
        t.getInstructionVersion(),
        t.getVersions().stream()
            .map(v -> new Version(v.getNumber(), v.getText(), v.getCreatedBy(), v.getCreatedAt()))
            .toList(),
        t.getRequestedBy(),
        t.getRequestedAt(),
        t.getInstructedBy(),
        t.getInstructedAt(),
        t.getAcceptedBy(),
        t.getAcceptedAt(),
        t.getAssignee(),
        t.isBeyondAgreement(),
        t.getBeyondMarkedBy(),
        t.getBeyondMarkedAt(),
        t.getProviderApprovedBy(),
        t.getProviderApprovedAt(),
        t.isProviderApprovalPending(),
        t.getClosingReason(),
        t.getClosedBy(),
        t.getClosedAt(),
        estimate,
        t.isEstimateApprovalRequired(),
        t.getEstimateTolerancePercent(),
        t.totalMinutes(),
        t.isOverEstimate(),
        t.workBlockedBy(),
        t.getCompletedAt(),
        t.getComments().stream()
            .map(c -> new Comment(c.getAuthor(), c.isFromCustomer(), c.getBody(), c.getWrittenAt()))
            .toList());
  }
}
