package eu.dsrportal.routing.application;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestOrigin;
import eu.dsrportal.routing.domain.AnswerDeadline;
import eu.dsrportal.routing.domain.Forwarding;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.testing.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The customer's deadline as staff see it, before and after the forward and the extension. */
class StaffAnswerDeadlineTest {
  // 23:30 UTC on 30 November is 1 December in Brussels: the day of receipt is the Brussels one
  private static final Instant T0 = Instant.parse("2026-11-30T23:30:00Z");

  private final Request request = Fixtures.request(DataSubjectRight.ACCESS, T0);
  private final Customer acme = Fixtures.customer(T0);

  @Test
  void notKnownBeforeTheForward() {
    StaffAnswerDeadline d = StaffAnswerDeadline.of(request, null, null, ProviderTime.DEFAULT_ZONE);

    assertThat(d.isApplicable()).isTrue();
    assertThat(d.due()).isNull();
    assertThat(d.isExtended()).isFalse();
  }

  @Test
  void countedFromTheBrusselsDayOfReceiptInTheCustomersCalendarThenExtended() {
    Forwarding forwarding = Forwarding.forward(request, acme, "support", T0, Optional.empty());

    StaffAnswerDeadline first =
        StaffAnswerDeadline.of(request, forwarding, acme, ProviderTime.DEFAULT_ZONE);
    // 1 January 2027 is a holiday and a Friday: Monday 4 January
    assertThat(first.due()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(first.firstDue()).isEqualTo(first.due());
    assertThat(first.isExtended()).isFalse();

    AnswerDeadline current =
        AnswerDeadline.of(request, forwarding, acme.getHolidayCalendar(), ProviderTime.DEFAULT_ZONE)
            .orElseThrow();
    Instant at = T0.plusSeconds(86_400);
    forwarding.extendAnswerPeriod(
        request, current, LocalDate.of(2026, 12, 2), "acme", "Many requests.", at);

    StaffAnswerDeadline extended =
        StaffAnswerDeadline.of(request, forwarding, acme, ProviderTime.DEFAULT_ZONE);
    assertThat(extended.due()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(extended.firstDue()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(extended.isExtended()).isTrue();
    assertThat(extended.extendedAt()).isEqualTo(at);
    assertThat(extended.extendedBy()).isEqualTo("acme");
    assertThat(extended.extensionReason()).isEqualTo("Many requests.");
  }

  @Test
  void noneForAThirdPartysRequest() {
    request.fromThirdParty();
    Forwarding forwarding = Forwarding.forward(request, acme, "support", T0, Optional.empty());

    StaffAnswerDeadline d =
        StaffAnswerDeadline.of(request, forwarding, acme, ProviderTime.DEFAULT_ZONE);

    assertThat(d.isApplicable()).isFalse();
    assertThat(d.origin()).isEqualTo(RequestOrigin.THIRD_PARTY);
    assertThat(d.due()).isNull();
  }
}
