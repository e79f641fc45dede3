package eu.dsrportal.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dsrportal.intake.domain.Request.Verification;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.SecretToken;
import eu.dsrportal.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestVerificationTest {
  private static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");
  private static final String TOKEN = SecretToken.newToken();
  private static final String STATUS_TOKEN = SecretToken.newToken();

  private static Request awaiting() {
    Request request = Fixtures.request(DataSubjectRight.ACCESS, T0);
    request.awaitVerification(
        SecretToken.hash(TOKEN), T0.plus(Duration.ofHours(72)), SecretToken.hash(STATUS_TOKEN));
    return request;
  }

  @Test
  void theLinkConfirmsOnceAndASecondUseChangesNothing() {
    Request request = awaiting();
    assertThat(request.getStatus()).isEqualTo(RequestStatus.UNVERIFIED);
    assertThat(request.verify(TOKEN, T0.plusSeconds(60))).isEqualTo(Verification.VERIFIED);
    assertThat(request.getStatus()).isEqualTo(RequestStatus.RECEIVED);
    assertThat(request.getVerifiedAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(request.verify(TOKEN, T0.plusSeconds(120))).isEqualTo(Verification.ALREADY_VERIFIED);
    assertThat(request.getVerifiedAt()).isEqualTo(T0.plusSeconds(60));
  }

  @Test
  void aWrongOrExpiredTokenConfirmsNothing() {
    Request request = awaiting();
    assertThat(request.verify("guessed", T0.plusSeconds(60))).isEqualTo(Verification.INVALID);
    assertThat(request.verify(STATUS_TOKEN, T0.plusSeconds(60))).isEqualTo(Verification.INVALID);
    assertThat(request.verify(null, T0.plusSeconds(60))).isEqualTo(Verification.INVALID);
    assertThat(request.verify(TOKEN, T0.plus(Duration.ofHours(72))))
        .isEqualTo(Verification.INVALID);
    assertThat(request.getStatus()).isEqualTo(RequestStatus.UNVERIFIED);
  }

  @Test
  void anUnverifiedRequestCannotBeForwarded() {
    Request request = awaiting();
    assertThatThrownBy(request::checkForwardable)
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("request.error.unverified");
    request.verify(TOKEN, T0);
    request.checkForwardable();
    request.followRouting(RequestStatus.FORWARDED);
    assertThat(request.getStatus()).isEqualTo(RequestStatus.FORWARDED);
  }

  @Test
  void onlyTheStatusTokenOpensTheStatus() {
    Request request = awaiting();
    assertThat(request.statusTokenMatches(STATUS_TOKEN)).isTrue();
    assertThat(request.statusTokenMatches(TOKEN)).isFalse();
    assertThat(request.statusTokenMatches(null)).isFalse();
    assertThat(Fixtures.request(DataSubjectRight.ACCESS, T0).statusTokenMatches("x")).isFalse();
  }
}
