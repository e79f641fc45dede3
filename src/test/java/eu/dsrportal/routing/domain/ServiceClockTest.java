package eu.dsrportal.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dsrportal.customer.domain.ServiceLevels;
import eu.dsrportal.customer.domain.ServiceLevels.ForwardSlaUnit;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceClockTest {
  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  static final ServiceLevels DEFAULTS = new ServiceLevels(1, ForwardSlaUnit.WORKING_DAYS, 3, 2, 2);
  final ServiceClock clock = new ServiceClock(DEFAULTS, BRUSSELS);

  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BRUSSELS).toInstant();
  }

  static Instant endOf(String day) {
    return ServiceClock.endOf(LocalDate.parse(day), BRUSSELS);
  }

  @Test
  void aDeadlineOnADayEndsWithItsLastMicrosecondInBrussels() {
    // summer time: UTC+2
    assertThat(endOf("2026-05-11")).isEqualTo(Instant.parse("2026-05-11T21:59:59.999999Z"));
    // winter time: UTC+1
    assertThat(endOf("2026-12-01")).isEqualTo(Instant.parse("2026-12-01T22:59:59.999999Z"));
    // the days the clocks change: 23 and 25 hours long, each ending at its own midnight
    assertThat(endOf("2026-03-29")).isEqualTo(Instant.parse("2026-03-29T21:59:59.999999Z"));
    assertThat(endOf("2026-10-25")).isEqualTo(Instant.parse("2026-10-25T22:59:59.999999Z"));
  }

  @Test
  void forwardingIsDueByTheEndOfTheNextWorkingDay() {
    // Tuesday -> Wednesday
    assertThat(clock.forwardingDue(at("2026-05-05T09:00"))).isEqualTo(endOf("2026-05-06"));
    // Friday -> Monday; Saturday and Sunday -> Monday
    assertThat(clock.forwardingDue(at("2026-05-08T16:00"))).isEqualTo(endOf("2026-05-11"));
    assertThat(clock.forwardingDue(at("2026-05-09T10:00"))).isEqualTo(endOf("2026-05-11"));
    assertThat(clock.forwardingDue(at("2026-05-10T23:59"))).isEqualTo(endOf("2026-05-11"));
    // Wednesday before Ascension Day (Thursday 14 May 2026) -> Friday
    assertThat(clock.forwardingDue(at("2026-05-13T11:00"))).isEqualTo(endOf("2026-05-15"));
    // Thursday before Easter: Friday; Friday before Easter Monday (6 April 2026) -> Tuesday
    assertThat(clock.forwardingDue(at("2026-04-03T11:00"))).isEqualTo(endOf("2026-04-07"));
    // 20 July 2026 (Monday) -> 22 July: 21 July is the national holiday
    assertThat(clock.forwardingDue(at("2026-07-20T11:00"))).isEqualTo(endOf("2026-07-22"));
    // Tuesday 10 November -> Thursday 12: 11 November (Armistice) is a Belgian holiday
    assertThat(clock.forwardingDue(at("2026-11-10T11:00"))).isEqualTo(endOf("2026-11-12"));
  }

  @Test
  void theDayOfReceiptIsBrusselsDayNotUtcs() {
    // 22:30 UTC on Thursday 7 May is 00:30 on Friday in Brussels: due Monday, not Friday
    assertThat(clock.forwardingDue(Instant.parse("2026-05-07T22:30:00Z")))
        .isEqualTo(endOf("2026-05-11"));
  }

  @Test
  void anSlaInHoursCountsElapsedHoursAcrossTheClockChange() {
    ServiceClock hours =
        new ServiceClock(new ServiceLevels(24, ForwardSlaUnit.HOURS, 3, 2, 2), BRUSSELS);
    // Saturday 28 March 2026 12:00 (UTC+1) + 24 h = Sunday 13:00 (UTC+2)
    assertThat(hours.forwardingDue(at("2026-03-28T12:00"))).isEqualTo(at("2026-03-29T13:00"));
  }

  @Test
  void acknowledgementRemindersAndEscalationOverEaster() {
    Instant forwarded = at("2026-04-02T10:00"); // Thursday before Easter
    // Friday 3, (weekend, Easter Monday 6) Tuesday 7, Wednesday 8
    assertThat(clock.acknowledgementDue(forwarded)).isEqualTo(endOf("2026-04-08"));
    assertThat(clock.reminderDue(forwarded, 1)).isEqualTo(endOf("2026-04-08"));
    assertThat(clock.escalationDue(forwarded)).isEqualTo(endOf("2026-04-10"));
    assertThat(clock.reminderDue(forwarded, 2)).isEqualTo(endOf("2026-04-10"));
    assertThat(clock.reminderDue(forwarded, 3)).isEqualTo(endOf("2026-04-14"));
    assertThatThrownBy(() -> clock.reminderDue(forwarded, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void acknowledgementAcrossTheSpringClockChange() {
    Instant forwarded = at("2026-03-27T17:00"); // Friday, UTC+1
    // Monday 30, Tuesday 31, Wednesday 1 April, in summer time
    assertThat(clock.acknowledgementDue(forwarded))
        .isEqualTo(Instant.parse("2026-04-01T21:59:59.999999Z"));
  }

  @Test
  void onlyTheLastReminderDueIsDueEvenWhenSeveralAre() {
    Instant forwarded = at("2026-04-02T10:00");
    assertThat(clock.reminderDueBy(forwarded, at("2026-04-08T23:59"))).isZero();
    assertThat(clock.reminderDueBy(forwarded, endOf("2026-04-08"))).isEqualTo(1);
    assertThat(clock.reminderDueBy(forwarded, at("2026-04-10T12:00"))).isEqualTo(1);
    assertThat(clock.reminderDueBy(forwarded, at("2026-04-11T00:00"))).isEqualTo(2);
    // a month later: one number, the latest (the job sends that one only)
    int latest = clock.reminderDueBy(forwarded, at("2026-05-08T12:00"));
    assertThat(clock.reminderDue(forwarded, latest)).isBefore(at("2026-05-08T12:00"));
    assertThat(clock.reminderDue(forwarded, latest + 1)).isAfter(at("2026-05-08T12:00"));
  }

  @Test
  void customerLevelsMoveEveryDate() {
    ServiceClock slow =
        new ServiceClock(new ServiceLevels(2, ForwardSlaUnit.WORKING_DAYS, 5, 3, 1), BRUSSELS);
    Instant monday = at("2026-06-01T09:00");
    assertThat(slow.forwardingDue(monday)).isEqualTo(endOf("2026-06-03"));
    assertThat(slow.acknowledgementDue(monday)).isEqualTo(endOf("2026-06-08"));
    assertThat(slow.escalationDue(monday)).isEqualTo(endOf("2026-06-11"));
    assertThat(slow.reminderDue(monday, 2)).isEqualTo(endOf("2026-06-09"));
  }

  @Test
  void theNextDeadlineOfAnUnforwardedRequestIsOursAndAClosedOneHasNone() {
    Instant received = at("2026-05-05T09:00");
    assertThat(clock.next(false, received, null, Optional.empty()))
        .contains(new ServiceClock.Due(endOf("2026-05-06"), DueKind.FORWARD));
    assertThat(clock.next(true, received, null, Optional.empty())).isEmpty();
  }

  @Test
  void dueStatesInBrusselsDays() {
    Instant due = endOf("2026-05-11");
    assertThat(DueState.of(due, at("2026-05-10T23:59"), BRUSSELS)).isEqualTo(DueState.OK);
    assertThat(DueState.of(due, at("2026-05-11T00:00"), BRUSSELS)).isEqualTo(DueState.DUE_TODAY);
    assertThat(DueState.of(due, due, BRUSSELS)).isEqualTo(DueState.DUE_TODAY);
    assertThat(DueState.of(due, at("2026-05-12T00:00"), BRUSSELS)).isEqualTo(DueState.OVERDUE);
    // an SLA in hours: due at 14:00 today, overdue after
    assertThat(DueState.of(at("2026-05-11T14:00"), at("2026-05-11T14:01"), BRUSSELS))
        .isEqualTo(DueState.OVERDUE);
  }

  @Test
  void levelsAreBounded() {
    assertThatThrownBy(() -> new ServiceLevels(0, ForwardSlaUnit.WORKING_DAYS, 3, 2, 2))
        .isInstanceOf(DomainRuleViolation.class);
    assertThatThrownBy(() -> new ServiceLevels(21, ForwardSlaUnit.WORKING_DAYS, 3, 2, 2))
        .isInstanceOf(DomainRuleViolation.class);
    assertThatThrownBy(() -> new ServiceLevels(241, ForwardSlaUnit.HOURS, 3, 2, 2))
        .isInstanceOf(DomainRuleViolation.class);
    assertThatThrownBy(() -> new ServiceLevels(1, ForwardSlaUnit.WORKING_DAYS, 3, 0, 2))
        .isInstanceOf(DomainRuleViolation.class);
    assertThatThrownBy(() -> new ServiceLevels(1, ForwardSlaUnit.WORKING_DAYS, 3, 2, 21))
        .isInstanceOf(DomainRuleViolation.class);
    assertThat(new ServiceLevels(48, ForwardSlaUnit.HOURS, 20, 20, 1).forwardSla()).isEqualTo(48);
  }
}
