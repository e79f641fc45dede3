package eu.dsrportal.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dsrportal.breach.domain.Breach;
import eu.dsrportal.breach.domain.BreachDetails;
import eu.dsrportal.breach.domain.BreachDetails.Problem;
import eu.dsrportal.breach.domain.BreachStatus;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BreachDetailsTest {
  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

  static BreachDetails details(Instant discovered, LocalDate start, LocalDate end) {
    return new BreachDetails(
        "  Lost backup tape ",
        "A backup tape went missing.",
        discovered,
        start,
        end,
        "names, e-mail addresses",
        "web-shop customers",
        1200,
        null,
        "phishing",
        "tapes encrypted from now on",
        "Night shift",
        "security@provider.example",
        " ",
        BreachStatus.INVESTIGATING);
  }

  @Test
  void completeDetailsWithinTheRulesHaveNoProblem() {
    BreachDetails d =
        details(
            Instant.parse("2026-12-02T08:00:00Z"),
            LocalDate.of(2026, 11, 30),
            LocalDate.of(2026, 12, 1));
    assertThat(d.problems(Set.of(1L), NOW, BRUSSELS)).isEmpty();
    assertThat(d.title()).as("stripped").isEqualTo("Lost backup tape");
    assertThat(d.recovery()).as("blank is null").isNull();
  }

  @Test
  void aBreachIsNotDiscoveredInTheFutureNorBeforeItBegan() {
    assertThat(
            details(NOW.plusSeconds(60), LocalDate.of(2026, 12, 1), null)
                .problems(Set.of(1L), NOW, BRUSSELS))
        .containsExactly(new Problem("discoveredOn", "breach.error.discoveredInFuture"));
    assertThat(
            details(Instant.parse("2026-12-02T08:00:00Z"), LocalDate.of(2026, 12, 3), null)
                .problems(Set.of(1L), NOW, BRUSSELS))
        .containsExactly(new Problem("periodStart", "breach.error.startAfterDiscovery"));
  }

  @Test
  void theDiscoveryDayIsTakenInBrussels() {
    // 23:30 UTC on 2 December is 00:30 on 3 December in Brussels: a start on the 3rd is fine
    Instant lateEvening = Instant.parse("2026-12-02T23:30:00Z");
    assertThat(
            details(lateEvening, LocalDate.of(2026, 12, 3), null)
                .problems(Set.of(1L), NOW, BRUSSELS))
        .isEmpty();
  }

  @Test
  void thePeriodEndsNoEarlierThanItStartsAndSomeCustomerIsAffected() {
    assertThat(
            details(
                    Instant.parse("2026-12-02T08:00:00Z"),
                    LocalDate.of(2026, 11, 30),
                    LocalDate.of(2026, 11, 29))
                .problems(Set.of(), NOW, BRUSSELS))
        .containsExactly(
            new Problem("periodEnd", "breach.error.endBeforeStart"),
            new Problem("customers", "breach.error.noCustomer"));
  }

  @Test
  void everyChangeIsANewRevisionAndAStaleOneIsRefused() {
    Instant at = Instant.parse("2026-12-02T08:00:00Z");
    BreachDetails d = details(at, LocalDate.of(2026, 11, 30), null);
    Breach breach = new Breach(d, Set.of(1L, 2L), "admin", at);
    assertThat(breach.getRevision()).isEqualTo(1);
    breach.revise(1, d, Set.of(1L, 2L, 3L), "admin2", NOW);
    assertThat(breach.getRevision()).isEqualTo(2);
    assertThat(breach.affects(3L)).isTrue();
    assertThat(breach.getChangedBy()).isEqualTo("admin2");
    assertThat(breach.getRecordedBy()).isEqualTo("admin");

    assertThatThrownBy(() -> breach.revise(1, d, Set.of(1L), "admin", NOW))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("breach.error.changedMeanwhile");
    assertThat(breach.getRevision()).isEqualTo(2);
  }

  @Test
  void aBreachWithoutItsRequiredFactsOrCustomersIsRefused() {
    Instant at = Instant.parse("2026-12-02T08:00:00Z");
    BreachDetails noTitle =
        new BreachDetails(
            " ",
            "x",
            at,
            LocalDate.of(2026, 11, 30),
            null,
            "x",
            "x",
            null,
            null,
            "x",
            "x",
            "x",
            "x",
            null,
            BreachStatus.CONTAINED);
    assertThatThrownBy(() -> new Breach(noTitle, Set.of(1L), "admin", at))
        .hasMessage("breach.error.incomplete");
    assertThatThrownBy(
            () -> new Breach(details(at, LocalDate.of(2026, 11, 30), null), Set.of(), "admin", at))
        .hasMessage("breach.error.incomplete");
  }
}
