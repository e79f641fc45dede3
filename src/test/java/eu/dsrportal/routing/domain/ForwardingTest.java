package eu.dsrportal.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.intake.domain.CloseReason;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestStatus;
import eu.dsrportal.intake.domain.RoutingProgressed;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.testing.Fixtures;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ForwardingTest {
  private static final Instant RECEIVED = Instant.parse("2026-01-30T22:30:00Z");

  static Request newRequest() {
    return Fixtures.request(DataSubjectRight.ACCESS, RECEIVED);
  }

  static Customer acme() {
    return Fixtures.customer(RECEIVED);
  }

  @Test
  void aNewRequestIsReceived() {
    assertThat(newRequest().getStatus()).isEqualTo(RequestStatus.RECEIVED);
  }

  @Test
  void forwardingThenAcknowledgingIsRecordedOnTheForwardingOnly() {
    Request request = newRequest();
    Forwarding forwarding =
        Forwarding.forward(request, acme(), "support", RECEIVED.plusSeconds(60), Optional.empty());
    assertThat(forwarding.getForwardedBy()).isEqualTo("support");
    assertThat(forwarding.isAcknowledged()).isFalse();

    forwarding.acknowledge(request, "acme", RECEIVED.plusSeconds(120));
    assertThat(forwarding.getAcknowledgedBy()).isEqualTo("acme");
    assertThat(request.getStatus())
        .as("the request's status follows by an event, not by the forwarding's hand")
        .isEqualTo(RequestStatus.RECEIVED);
  }

  @Test
  void aRequestIsForwardedOnceToTheSameCustomerAndAcknowledgedOnce() {
    Request request = newRequest();
    Forwarding forwarding =
        Forwarding.forward(request, acme(), "support", RECEIVED, Optional.empty());
    assertThatThrownBy(
            () -> Forwarding.forward(request, acme(), "support", RECEIVED, Optional.of(forwarding)))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("lifecycle.error.sameCustomer");
    assertThat(forwarding.isActive()).as("a refused re-forward ends nothing").isTrue();
    forwarding.acknowledge(request, "acme", RECEIVED);
    assertThatThrownBy(() -> forwarding.acknowledge(request, "acme", RECEIVED))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("request.error.alreadyAcknowledged");
  }

  @Test
  void aClosedRequestIsNeitherForwardedNorAcknowledged() {
    Request request = newRequest();
    Forwarding forwarding =
        Forwarding.forward(request, acme(), "support", RECEIVED, Optional.empty());
    request.close(CloseReason.WITHDRAWN, "support", RECEIVED.plusSeconds(10));
    assertThatThrownBy(() -> forwarding.acknowledge(request, "acme", RECEIVED.plusSeconds(20)))
        .hasMessage("request.error.closed");
    assertThatThrownBy(
            () -> Forwarding.forward(request, acme(), "support", RECEIVED, Optional.empty()))
        .hasMessage("request.error.closed");
  }

  @Test
  void theStatusOnlyFollowsRoutingForward() {
    Request request = newRequest();
    request.followRouting(RequestStatus.FORWARDED);
    request.followRouting(RequestStatus.ACKNOWLEDGED);
    assertThat(request.getStatus()).isEqualTo(RequestStatus.ACKNOWLEDGED);
    assertThatThrownBy(() -> request.followRouting(RequestStatus.FORWARDED))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new RoutingProgressed(1, RequestStatus.CLOSED))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
