package eu.dsrportal.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dsrportal.assistance.domain.AssistanceTask.EstimateStatus;
import eu.dsrportal.assistance.domain.AssistanceTask.EstimateType;
import eu.dsrportal.assistance.domain.AssistanceTask.Status;
import eu.dsrportal.shared.domain.AssistanceKind;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.ProviderTime;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The task's life: statuses, the instruction's versions, the provider's approval, estimates. */
class TaskLifeTest {
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final Instant LATER = NOW.plusSeconds(3600);
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final ProviderTime TIME =
      new ProviderTime(Clock.fixed(NOW, ZoneOffset.UTC), ProviderTime.DEFAULT_ZONE);

  private static AssistanceTask instruction() {
    return AssistanceTask.requested(
        null, 7, AssistanceKind.AUDIT, "Answer the auditor's questionnaire", "acme", NOW);
  }

  private static AssistanceTask accepted() {
    AssistanceTask task = instruction();
    task.accept("Questionnaire", "support", NOW);
    return task;
  }

  @Test
  void aCustomersInstructionWaitsUntilStaffTakeItThenRunsToDone() {
    AssistanceTask task = instruction();
    assertThat(task.getStatus()).isEqualTo(Status.REQUESTED);
    assertThat(task.getRequestId()).isNull();
    assertThat(task.getInstructedBy()).isEqualTo("acme");
    assertThat(task.acceptsWork()).isFalse();

    task.accept("Questionnaire", "support", NOW);
    assertThat(task.getStatus()).isEqualTo(Status.APPROVED);
    assertThat(task.getAssignee()).isEqualTo("support");
    assertThat(task.acceptsWork()).isTrue();

    task.start();
    task.waitForCustomer();
    assertThat(task.getStatus()).isEqualTo(Status.WAITING_FOR_CUSTOMER);
    assertThat(task.acceptsWork()).isTrue();
    task.resume();
    task.complete(LATER);
    assertThat(task.getStatus()).isEqualTo(Status.DONE);
    assertThat(task.getCompletedAt()).isEqualTo(LATER);
    assertThat(task.acceptsWork()).isFalse();
    assertThatThrownBy(() -> task.cancel("late", "support", LATER))
        .hasMessage("assistance.error.finished");
    assertThatThrownBy(() -> task.changeKind(AssistanceKind.OTHER))
        .hasMessage("assistance.error.finished");
  }

  @Test
  void theCustomerWithdrawsOnlyWhatNobodyHasTakenOn() {
    AssistanceTask waiting = instruction();
    waiting.withdraw("acme", LATER);
    assertThat(waiting.getStatus()).isEqualTo(Status.CANCELLED);
    assertThat(waiting.acceptsWork()).isFalse();

    AssistanceTask taken = accepted();
    assertThatThrownBy(() -> taken.withdraw("acme", LATER))
        .hasMessage("assistance.error.notWithdrawable");
    assertThat(taken.getStatus()).isEqualTo(Status.APPROVED);
  }

  @Test
  void timeOnAnApprovedTaskPutsItInProgress() {
    AssistanceTask task = accepted();
    task.logTime(TODAY, 30, "read", "support", TIME);
    assertThat(task.getStatus()).isEqualTo(Status.IN_PROGRESS);
  }

  @Test
  void illegalStepsAreRefusedWithTheirReason() {
    AssistanceTask task = instruction();
    assertThatThrownBy(task::start).hasMessage("assistance.error.notStartable");
    assertThatThrownBy(task::waitForCustomer).hasMessage("assistance.error.notInProgress");
    assertThatThrownBy(task::resume).hasMessage("assistance.error.notWaiting");
    assertThatThrownBy(() -> task.complete(NOW)).hasMessage("assistance.error.notOpen");
    assertThatThrownBy(() -> task.approveProposal("acme", NOW))
        .hasMessage("assistance.error.notProposed");
    assertThatThrownBy(() -> task.refuse(" ", "support", NOW))
        .hasMessage("assistance.error.reasonRequired");
    task.refuse("Not covered by the contract", "support", NOW);
    assertThat(task.getStatus()).isEqualTo(Status.REFUSED);
    assertThat(task.getClosingReason()).isEqualTo("Not covered by the contract");
    assertThatThrownBy(() -> task.accept("Too late", "support", NOW))
        .hasMessage("assistance.error.alreadyAccepted");
  }

  @Test
  void aStaffProposalBecomesTheInstructionOnlyOnceTheCustomerApprovesIt() {
    AssistanceTask task =
        AssistanceTask.proposed(
            3L, 7, AssistanceKind.DSR_HELP, "Erase in CRM", "Erase the person", "support", NOW);
    assertThat(task.getStatus()).isEqualTo(Status.PROPOSED);
    assertThat(task.getInstructedBy()).isNull();
    assertThat(task.acceptsWork()).isFalse();
    assertThatThrownBy(() -> task.changeInstruction("Other", "acme", NOW))
        .hasMessage("assistance.error.notChangeable");

    task.approveProposal("acme", LATER);
    assertThat(task.getStatus()).isEqualTo(Status.APPROVED);
    assertThat(task.getInstructedBy()).isEqualTo("acme");
    assertThat(task.getInstructedAt()).isEqualTo(LATER);
    assertThat(task.acceptsWork()).isTrue();

    AssistanceTask declined =
        AssistanceTask.proposed(
            null, 7, AssistanceKind.OTHER, "Training", "Train your staff", "support", NOW);
    declined.declineProposal("acme", LATER);
    assertThat(declined.getStatus()).isEqualTo(Status.CANCELLED);
    assertThat(declined.getClosedBy()).isEqualTo("acme");
  }

  @Test
  void aChangedInstructionIsANewVersionAndVersionOneStaysAsGiven() {
    AssistanceTask task = accepted();
    assertThat(task.getInstructionVersion()).isEqualTo(1);
    task.changeInstruction("  Answer the questionnaire, and section 4 too  ", "acme", LATER);

    assertThat(task.getInstructionVersion()).isEqualTo(2);
    assertThat(task.getInstruction()).isEqualTo("Answer the questionnaire, and section 4 too");
    assertThat(task.getOriginalInstruction()).isEqualTo("Answer the auditor's questionnaire");
    assertThat(task.getVersions())
        .extracting(InstructionVersion::getNumber, InstructionVersion::getText)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "Answer the auditor's questionnaire"),
            org.assertj.core.groups.Tuple.tuple(2, "Answer the questionnaire, and section 4 too"));
    assertThatThrownBy(
            () -> task.changeInstruction("Answer the questionnaire, and section 4 too", "a", NOW))
        .hasMessage("assistance.error.instructionUnchanged");
    task.complete(LATER);
    assertThatThrownBy(() -> task.changeInstruction("More", "acme", LATER))
        .hasMessage("assistance.error.notChangeable");
  }

  @Test
  void anInstructionBeyondTheAgreementWaitsForTheProvidersApproval() {
    AssistanceTask task = accepted();
    task.markBeyondAgreement("support", NOW);
    assertThat(task.isProviderApprovalPending()).isTrue();
    assertThat(task.workBlockedBy()).isEqualTo("assistance.error.awaitingProviderApproval");
    assertThatThrownBy(() -> task.logTime(TODAY, 10, "x", "support", TIME))
        .hasMessage("assistance.error.awaitingProviderApproval");
    assertThatThrownBy(() -> task.markBeyondAgreement("support", NOW))
        .hasMessage("assistance.error.alreadyBeyond");

    task.approveBeyondAgreement("admin", LATER);
    assertThat(task.getProviderApprovedBy()).isEqualTo("admin");
    assertThat(task.getProviderApprovedAt()).isEqualTo(LATER);
    assertThat(task.acceptsWork()).isTrue();
    assertThatThrownBy(() -> task.approveBeyondAgreement("admin", LATER))
        .hasMessage("assistance.error.noProviderApprovalPending");

    AssistanceTask refused = instruction();
    refused.markBeyondAgreement("support", NOW);
    refused.refuseBeyondAgreement("Outside art. 9.1", "admin", LATER);
    assertThat(refused.getStatus()).isEqualTo(Status.REFUSED);

    AssistanceTask worked = accepted();
    worked.logTime(TODAY, 10, "x", "support", TIME);
    assertThatThrownBy(() -> worked.markBeyondAgreement("support", NOW))
        .hasMessage("assistance.error.beyondTooLate");
  }

  @Test
  void whenTheContractAsksForItWorkWaitsForTheCustomersApprovalOfAnEstimate() {
    AssistanceTask task = accepted();
    task.applyTerms(true, 10);
    assertThat(task.workBlockedBy()).isEqualTo("assistance.error.awaitingEstimateApproval");

    task.estimate(EstimateType.HOURS, 120, null, "two hours", "support", NOW);
    assertThat(task.isEstimatePending()).isTrue();
    assertThat(task.acceptsWork()).isFalse();
    task.declineEstimate("acme", NOW);
    assertThat(task.acceptsWork()).isFalse();
    assertThatThrownBy(() -> task.approveEstimate("acme", NOW))
        .hasMessage("estimate.error.notPending");

    task.estimate(EstimateType.HOURS, 120, null, null, "support", NOW);
    task.approveEstimate("acme", LATER);
    assertThat(task.getEstimateStatus()).isEqualTo(EstimateStatus.APPROVED);
    assertThat(task.getEstimateDecidedBy()).isEqualTo("acme");
    assertThat(task.acceptsWork()).isTrue();
  }

  @Test
  void timePastTheEstimateAndItsToleranceIsRefusedUntilANewEstimateIsApproved() {
    AssistanceTask task = accepted();
    task.applyTerms(true, 10);
    task.estimate(EstimateType.HOURS, 120, null, null, "support", NOW);
    task.approveEstimate("acme", NOW);

    task.logTime(TODAY, 100, "a", "support", TIME);
    task.logTime(TODAY, 32, "b", "support", TIME); // 132 = 120 + 10 %: still allowed
    assertThat(task.isOverEstimate()).isFalse();
    assertThatThrownBy(() -> task.logTime(TODAY, 1, "c", "support", TIME))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("estimate.error.exceeded");
    assertThat(task.totalMinutes()).isEqualTo(132);

    task.estimate(EstimateType.HOURS, 240, null, "more work", "support", NOW);
    assertThatThrownBy(() -> task.logTime(TODAY, 1, "c", "support", TIME))
        .hasMessage("assistance.error.awaitingEstimateApproval");
    task.approveEstimate("acme", NOW);
    task.logTime(TODAY, 60, "c", "support", TIME);
    assertThat(task.totalMinutes()).isEqualTo(192);
  }

  @Test
  void withoutApprovalInTheContractTimePastTheEstimateIsAllowedAndShown() {
    AssistanceTask task = accepted();
    task.applyTerms(false, 10);
    task.estimate(EstimateType.HOURS, 60, null, null, "support", NOW);
    assertThat(task.acceptsWork()).isTrue();
    task.logTime(TODAY, 66, "a", "support", TIME);
    assertThat(task.isOverEstimate()).isFalse();
    task.logTime(TODAY, 1, "b", "support", TIME);
    assertThat(task.isOverEstimate()).isTrue();
  }

  @Test
  void onlyAnApprovedFixedPriceEstimateIsTheAgreedPrice() {
    AssistanceTask task = accepted();
    task.estimate(EstimateType.FIXED_PRICE, null, new BigDecimal("250"), null, "support", NOW);
    assertThat(task.agreedFixedPrice()).isNull();
    task.approveEstimate("acme", NOW);
    assertThat(task.agreedFixedPrice()).isEqualByComparingTo("250.00");
    assertThat(task.exceedsEstimate(10_000)).as("a fixed price has no hours to exceed").isFalse();
  }

  @Test
  void estimatesMustBeSensible() {
    AssistanceTask task = accepted();
    assertThatThrownBy(() -> task.estimate(null, 60, null, null, "s", NOW))
        .hasMessage("estimate.error.typeRequired");
    assertThatThrownBy(() -> task.estimate(EstimateType.HOURS, 0, null, null, "s", NOW))
        .hasMessage("estimate.error.hours");
    assertThatThrownBy(
            () -> task.estimate(EstimateType.FIXED_PRICE, null, BigDecimal.ZERO, null, "s", NOW))
        .hasMessage("estimate.error.amount");
  }

  @Test
  void commentsAreKeptInOrderWithTheirSide() {
    AssistanceTask task = instruction();
    task.comment("acme", true, "  Any news?  ", NOW);
    task.comment("support", false, "Tomorrow.", LATER);
    assertThat(task.getComments())
        .extracting(TaskComment::getBody, TaskComment::isFromCustomer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Any news?", true),
            org.assertj.core.groups.Tuple.tuple("Tomorrow.", false));
    assertThatThrownBy(() -> task.comment("acme", true, " ", NOW))
        .hasMessage("comment.error.required");
  }

  @Test
  void staffCancelAnUnfinishedTaskWithAReasonAndReassignIt() {
    AssistanceTask task = accepted();
    task.assign("colleague");
    assertThat(task.getAssignee()).isEqualTo("colleague");
    task.assign(" ");
    assertThat(task.getAssignee()).isNull();
    task.changeKind(AssistanceKind.DPIA);
    assertThat(task.getKind()).isEqualTo(AssistanceKind.DPIA);
    task.cancel("The customer handles it itself", "support", LATER);
    assertThat(task.getStatus()).isEqualTo(Status.CANCELLED);
    assertThat(task.getClosedAt()).isEqualTo(LATER);
  }
}
