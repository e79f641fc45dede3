package eu.dsrportal.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.testing.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AssistanceTaskTest {
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private AssistanceTask task() {
    Request request = Fixtures.request(DataSubjectRight.ERASURE, NOW);
    Customer customer = Fixtures.customer(NOW);
    return AssistanceTask.requested(request, customer, "  Export the data  ", "acme", NOW);
  }

  @Test
  void timeIsLoggedOnlyAfterTheInstructionIsAcceptedAndUntilDone() {
    AssistanceTask task = task();
    assertThat(task.getInstruction()).isEqualTo("Export the data");
    assertThatThrownBy(() -> task.logTime(TODAY, 30, "work", "support", NOW))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("assistance.error.notOpen");

    task.accept("Export", "support", NOW);
    task.logTime(TODAY, 30, "query", "support", NOW);
    task.logTime(TODAY, 15, "check", "support", NOW);
    assertThat(task.totalMinutes()).isEqualTo(45);

    task.complete();
    assertThatThrownBy(() -> task.logTime(TODAY, 5, "late", "support", NOW))
        .isInstanceOf(DomainRuleViolation.class);
  }

  @Test
  void refusesEmptyInstructionsTitlesAndImpossibleDurations() {
    assertThatThrownBy(() -> AssistanceTask.requested(null, null, " ", "acme", NOW))
        .hasMessage("assistance.error.instructionRequired");
    AssistanceTask task = task();
    assertThatThrownBy(() -> task.accept(" ", "support", NOW))
        .hasMessage("assistance.error.titleRequired");
    task.accept("Export", "support", NOW);
    assertThatThrownBy(() -> task.accept("Again", "support", NOW))
        .hasMessage("assistance.error.alreadyAccepted");
    assertThatThrownBy(() -> task.logTime(TODAY, 0, "x", "s", NOW))
        .hasMessage("time.error.minutes");
    assertThatThrownBy(() -> task.logTime(TODAY, 1441, "x", "s", NOW))
        .hasMessage("time.error.minutes");
    assertThatThrownBy(() -> task.logTime(TODAY, 10, " ", "s", NOW))
        .hasMessage("time.error.descriptionRequired");
  }
}
