package eu.dsrportal.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestClosingTest {
  private static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");

  @Test
  void aClosedRequestKeepsItsReasonAndGoesNowhereElse() {
    Request request = Fixtures.request(DataSubjectRight.ACCESS, T0);
    request.close(CloseReason.NOT_OUR_CUSTOMER, "support", T0.plusSeconds(60));
    assertThat(request.getStatus()).isEqualTo(RequestStatus.CLOSED);
    assertThat(request.getCloseReason()).isEqualTo(CloseReason.NOT_OUR_CUSTOMER);
    assertThat(request.getClosedBy()).isEqualTo("support");
    assertThatThrownBy(request::checkForwardable).hasMessage("request.error.closed");
    request.followRouting(RequestStatus.ACKNOWLEDGED);
    assertThat(request.getStatus()).as("closed stays closed").isEqualTo(RequestStatus.CLOSED);
    assertThatThrownBy(() -> request.close(CloseReason.DUPLICATE, "admin", T0))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("request.error.closed");
    assertThat(request.getCloseReason()).isEqualTo(CloseReason.NOT_OUR_CUSTOMER);
  }

  @Test
  void theStatusLinkExpiresASetTimeAfterClosing() {
    Request request = Fixtures.request(DataSubjectRight.ACCESS, T0);
    Duration days30 = Duration.ofDays(30);
    assertThat(request.statusLinkExpired(T0.plus(Duration.ofDays(400)), days30))
        .as("an open request's link works")
        .isFalse();
    request.close(CloseReason.ANSWERED, "support", T0);
    assertThat(request.statusLinkExpired(T0.plus(days30), days30)).isFalse();
    assertThat(request.statusLinkExpired(T0.plus(days30).plusSeconds(1), days30)).isTrue();
  }
}
