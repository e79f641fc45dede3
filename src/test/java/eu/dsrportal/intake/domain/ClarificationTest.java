package eu.dsrportal.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.testing.Fixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClarificationTest {
  private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

  private final Request request = Fixtures.request(DataSubjectRight.ACCESS, T0);

  @Test
  void theSubjectAnswersOnce() {
    Clarification asked = Clarification.ask(request, " Which shop? ", "support", T0, "hash");
    assertThat(asked.getQuestion()).isEqualTo("Which shop?");
    assertThat(asked.isAnswered()).isFalse();
    assertThatThrownBy(() -> asked.answer(" ", T0)).hasMessage("clarify.answer.required");

    asked.answer("The one in Gent.", T0.plusSeconds(60));

    assertThat(asked.getAnswer()).isEqualTo("The one in Gent.");
    assertThat(asked.getAnsweredAt()).isEqualTo(T0.plusSeconds(60));
    assertThatThrownBy(() -> asked.answer("Antwerp, actually.", T0))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("clarify.error.answered");
    assertThat(asked.getAnswer()).isEqualTo("The one in Gent.");
  }

  @Test
  void neitherAClosedRequestNorAnUnconfirmedAddressIsAsked() {
    request.awaitVerification("v", T0.plusSeconds(3600), "s");
    assertThatThrownBy(() -> Clarification.ask(request, "Which shop?", "support", T0, "hash"))
        .hasMessage("clarify.error.noAddress");
    request.close(CloseReason.SPAM, "support", T0);
    assertThatThrownBy(() -> Clarification.ask(request, "Which shop?", "support", T0, "hash"))
        .hasMessage("request.error.closed");
  }
}
