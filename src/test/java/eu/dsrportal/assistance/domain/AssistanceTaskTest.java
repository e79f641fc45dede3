package eu.dsrportal.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.testing.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AssistanceTaskTest {
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final ProviderTime TIME =
      new ProviderTime(Clock.fixed(NOW, ZoneOffset.UTC), ProviderTime.DEFAULT_ZONE);

  private AssistanceTask task() {
    Request request = Fixtures.request(DataSubjectRight.ERASURE, NOW);
    Customer customer = Fixtures.customer(NOW);
    return AssistanceTask.requested(
        request.getId(), customer.getId(), "  Export the data  ", "acme", NOW);
  }

  @Test
  void timeIsLoggedOnlyAfterTheInstructionIsAcceptedAndUntilDone() {
    AssistanceTask task = task();
    assertThat(task.getInstruction()).isEqualTo("Export the data");
    assertThatThrownBy(() -> task.logTime(TODAY, 30, "work", "support", TIME))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("assistance.error.notOpen");

    task.accept("Export", "support", NOW);
    task.logTime(TODAY, 30, "query", "support", TIME);
    task.logTime(TODAY, 15, "check", "support", TIME);
    assertThat(task.totalMinutes()).isEqualTo(45);

    task.complete(NOW);
    assertThatThrownBy(() -> task.logTime(TODAY, 5, "late", "support", TIME))
        .isInstanceOf(DomainRuleViolation.class);
  }

  @Test
  void refusesEmptyInstructionsTitlesAndImpossibleDurations() {
    assertThatThrownBy(() -> AssistanceTask.requested(1L, 7, " ", "acme", NOW))
        .hasMessage("assistance.error.instructionRequired");
    AssistanceTask task = task();
    assertThatThrownBy(() -> task.accept(" ", "support", NOW))
        .hasMessage("assistance.error.titleRequired");
    task.accept("Export", "support", NOW);
    assertThatThrownBy(() -> task.accept("Again", "support", NOW))
        .hasMessage("assistance.error.alreadyAccepted");
    assertThatThrownBy(() -> task.logTime(TODAY, 0, "x", "s", TIME))
        .hasMessage("time.error.minutes");
    assertThatThrownBy(() -> task.logTime(TODAY, 1441, "x", "s", TIME))
        .hasMessage("time.error.minutes");
    assertThatThrownBy(() -> task.logTime(TODAY, 10, " ", "s", TIME))
        .hasMessage("time.error.descriptionRequired");
  }

  @Test
  void workIsLoggedForTheProvidersTodayJustAfterMidnightInBrusselsWinterAndSummer() {
    // 00:30 in Brussels is still the previous day in UTC: the new day is "today", not the future
    assertThat(loggedAt("2026-01-14T23:30:00Z", LocalDate.of(2026, 1, 15))).isEqualTo(30);
    assertThat(loggedAt("2026-07-14T22:30:00Z", LocalDate.of(2026, 7, 15))).isEqualTo(30);
  }

  @Test
  void tomorrowInBrusselsIsRefusedAsTheFutureLateInTheEvening() {
    // 23:30 in Brussels: the next day is the future, though UTC is still on the same day
    assertThatThrownBy(() -> loggedAt("2026-01-15T22:30:00Z", LocalDate.of(2026, 1, 16)))
        .hasMessage("time.error.date");
    assertThatThrownBy(() -> loggedAt("2026-07-15T21:30:00Z", LocalDate.of(2026, 7, 16)))
        .hasMessage("time.error.date");
    assertThat(loggedAt("2026-07-15T21:30:00Z", LocalDate.of(2026, 7, 15))).isEqualTo(30);
  }

  private int loggedAt(String instant, LocalDate workDate) {
    AssistanceTask task = task();
    task.accept("Export", "support", NOW);
    ProviderTime then =
        new ProviderTime(
            Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), ProviderTime.DEFAULT_ZONE);
    return task.logTime(workDate, 30, "work", "support", then).getMinutes();
  }
}
