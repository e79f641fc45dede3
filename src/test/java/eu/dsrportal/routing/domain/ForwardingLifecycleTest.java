package eu.dsrportal.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.customer.domain.HolidayCalendar;
import eu.dsrportal.intake.domain.CloseReason;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestStatus;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.testing.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Re-forwarding (the first customer was wrong) and the customer's "not ours". */
class ForwardingLifecycleTest {
  private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

  private final Request request = Fixtures.request(DataSubjectRight.ERASURE, T0);
  private final Customer acme = Fixtures.customer(T0);
  private final Customer kroon = Fixtures.customer(T0, 8L, "Brasserie De Kroon BV");

  @Test
  void aReForwardWithdrawsTheFirstForwardingAndKeepsIt() {
    Forwarding first = Forwarding.forward(request, acme, "support", T0, Optional.empty());
    first.acknowledge(request, "acme", T0.plusSeconds(60));

    Forwarding second =
        Forwarding.forward(request, kroon, "lead", T0.plusSeconds(120), Optional.of(first));

    assertThat(first.isActive()).isFalse();
    assertThat(first.getWithdrawnAt()).isEqualTo(T0.plusSeconds(120));
    assertThat(first.getWithdrawnBy()).isEqualTo("lead");
    assertThat(first.getAcknowledgedBy()).as("its history stays").isEqualTo("acme");
    assertThat(second.isActive()).isTrue();
    assertThat(second.getCustomerId()).isEqualTo(8L);
    assertThatThrownBy(() -> first.acknowledge(request, "acme", T0.plusSeconds(180)))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("lifecycle.error.ended");
    assertThatThrownBy(() -> first.withdraw("lead", T0.plusSeconds(180)))
        .hasMessage("lifecycle.error.ended");
  }

  @Test
  void theCustomerGivesARequestBackWithAReason() {
    Forwarding forwarding = Forwarding.forward(request, acme, "support", T0, Optional.empty());
    assertThatThrownBy(() -> forwarding.giveBack(request, "acme", "  ", T0))
        .hasMessage("lifecycle.notOurs.required");
    assertThat(forwarding.isActive()).isTrue();

    forwarding.giveBack(request, "acme", " We only run restaurants. ", T0.plusSeconds(30));

    assertThat(forwarding.isActive()).isFalse();
    assertThat(forwarding.getReturnedBy()).isEqualTo("acme");
    assertThat(forwarding.getReturnReason()).isEqualTo("We only run restaurants.");
    assertThatThrownBy(() -> forwarding.giveBack(request, "acme", "again", T0))
        .hasMessage("lifecycle.error.ended");
  }

  @Test
  void aClosedRequestCannotBeGivenBackNorForwardedAgain() {
    Forwarding forwarding = Forwarding.forward(request, acme, "support", T0, Optional.empty());
    request.close(CloseReason.ANSWERED, "support", T0.plusSeconds(10));
    assertThatThrownBy(() -> forwarding.giveBack(request, "acme", "not ours", T0))
        .hasMessage("request.error.closed");
    assertThatThrownBy(
            () -> Forwarding.forward(request, kroon, "support", T0, Optional.of(forwarding)))
        .hasMessage("request.error.closed");
    assertThat(forwarding.isActive()).isTrue();
  }

  @Test
  void theRequestGoesBackToReceivedFlaggedAndLosesTheFlagWhenForwardedAgain() {
    request.followRouting(RequestStatus.FORWARDED);
    request.followRouting(RequestStatus.ACKNOWLEDGED);

    request.followRoutingEnded("We only run restaurants.", T0);
    assertThat(request.getStatus()).isEqualTo(RequestStatus.RECEIVED);
    assertThat(request.isReturned()).isTrue();
    assertThat(request.getReturnReason()).isEqualTo("We only run restaurants.");

    request.followRouting(RequestStatus.FORWARDED);
    assertThat(request.getStatus()).isEqualTo(RequestStatus.FORWARDED);
    assertThat(request.isReturned()).as("routed again").isFalse();
  }

  @Test
  void aWithdrawalForAReForwardIsNotAFlag() {
    request.followRouting(RequestStatus.FORWARDED);
    request.followRoutingEnded(null, T0);
    assertThat(request.getStatus()).isEqualTo(RequestStatus.RECEIVED);
    assertThat(request.isReturned()).isFalse();
    assertThatThrownBy(() -> request.followRoutingEnded(null, T0))
        .as("a received request has no forwarding to end")
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theCustomerExtendsItsAnswerPeriodOnceWithAReasonWhileTheFirstMonthRuns() {
    Forwarding forwarding = Forwarding.forward(request, acme, "support", T0, Optional.empty());
    AnswerDeadline first =
        AnswerDeadline.of(request, forwarding, HolidayCalendar.BE, ProviderTime.DEFAULT_ZONE)
            .orElseThrow();
    // received Tuesday 1 December 2026: due Friday 1 January is New Year's Day, so Monday 4th
    assertThat(first.due()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThatThrownBy(
            () ->
                forwarding.extendAnswerPeriod(
                    request, first, LocalDate.of(2026, 12, 20), "acme", " ", T0))
        .hasMessage("deadline.extension.reasonRequired");
    assertThatThrownBy(
            () ->
                forwarding.extendAnswerPeriod(
                    request, first, LocalDate.of(2027, 1, 5), "acme", "Many requests", T0))
        .as("the day after the first month's last day is too late")
        .hasMessage("deadline.error.extensionTooLate");
    assertThat(forwarding.isExtended()).isFalse();

    AnswerDeadline extended =
        forwarding.extendAnswerPeriod(
            request, first, LocalDate.of(2027, 1, 4), "acme", " Many requests. ", T0);

    // 1 March 2027 is a Monday
    assertThat(extended.due()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(forwarding.getExtensionReason()).isEqualTo("Many requests.");
    AnswerDeadline now =
        AnswerDeadline.of(request, forwarding, HolidayCalendar.BE, ProviderTime.DEFAULT_ZONE)
            .orElseThrow();
    assertThat(now).isEqualTo(extended);
    assertThat(now.firstDue()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThatThrownBy(
            () ->
                forwarding.extendAnswerPeriod(
                    request, now, LocalDate.of(2026, 12, 21), "acme", "again", T0))
        .hasMessage("deadline.error.alreadyExtended");
  }

  @Test
  void aClosedRequestsAnswerPeriodIsNotExtended() {
    Forwarding forwarding = Forwarding.forward(request, acme, "support", T0, Optional.empty());
    AnswerDeadline first =
        AnswerDeadline.of(request, forwarding, HolidayCalendar.BE, ProviderTime.DEFAULT_ZONE)
            .orElseThrow();
    request.close(CloseReason.ANSWERED, "support", T0.plusSeconds(10));

    assertThatThrownBy(
            () ->
                forwarding.extendAnswerPeriod(
                    request, first, LocalDate.of(2026, 12, 2), "acme", "Many", T0))
        .hasMessage("request.error.closed");
    assertThat(forwarding.isExtended()).isFalse();
  }
}
