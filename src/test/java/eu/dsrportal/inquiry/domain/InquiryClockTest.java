package eu.dsrportal.inquiry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dsrportal.customer.domain.HolidayCalendar;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The contract's periods (art. 8.5: one month, extendable once by one; art. 11.3: 30 days) counted
 * as Regulation 1182/71 art. 3 counts them, in the provider's Belgian calendar.
 */
class InquiryClockTest {
  private static final HolidayCalendar BE = HolidayCalendar.BE;

  @ParameterizedTest(name = "audit information received {0}: due {1}")
  @CsvSource({
    "2026-03-10, 2026-04-10", // the same date next month, a Friday
    "2026-01-15, 2026-02-16", // 15 February 2026 is a Sunday
    "2026-01-31, 2026-03-02", // no 31 February: the 28th, a Saturday
    "2028-01-31, 2028-02-29", // leap year
    "2026-03-06, 2026-04-07", // Easter Monday
    "2026-06-21, 2026-07-22" // 21 July
  })
  void auditInformationIsDueOneMonthAfterReceipt(LocalDate received, LocalDate due) {
    assertThat(clock(InquiryKind.AUDIT_INFORMATION, received, false).due()).isEqualTo(due);
  }

  @ParameterizedTest(name = "audit information received {0}, extended: due {1}")
  @CsvSource({
    "2026-01-31, 2026-03-31",
    "2025-12-31, 2026-03-02", // 28 February 2026 is a Saturday
    "2026-09-11, 2026-11-12" // 11 November
  })
  void anExtensionMakesItTwoMonthsFromReceipt(LocalDate received, LocalDate due) {
    assertThat(clock(InquiryKind.AUDIT_INFORMATION, received, true).due()).isEqualTo(due);
  }

  @ParameterizedTest(name = "sub-processor list received {0}: due {1}")
  @CsvSource({
    "2026-03-02, 2026-04-01", // 30 calendar days, a Wednesday
    "2026-02-04, 2026-03-06", // across a short February
    "2026-02-05, 2026-03-09", // lands on Saturday 7 March
    "2026-03-07, 2026-04-07", // lands on Easter Monday
    "2026-11-25, 2026-12-28", // Christmas on a Friday, then the weekend
    "2026-06-21, 2026-07-22" // 21 July
  })
  void theSubProcessorListIsDueThirtyDaysAfterReceipt(LocalDate received, LocalDate due) {
    assertThat(clock(InquiryKind.SUBPROCESSOR_LIST, received, false).due()).isEqualTo(due);
  }

  @Test
  void auditInformationIsExtendedUpToTheLastDayOfTheFirstPeriod() {
    InquiryClock clock = clock(InquiryKind.AUDIT_INFORMATION, LocalDate.of(2026, 3, 10), false);

    assertThat(clock.extendableOn(LocalDate.of(2026, 4, 10))).isTrue();
    // 10 May 2026 is a Sunday
    assertThat(clock.extendOn(LocalDate.of(2026, 4, 10)).due()).isEqualTo("2026-05-11");
    assertThat(clock.extendableOn(LocalDate.of(2026, 4, 11))).isFalse();
    assertThatThrownBy(() -> clock.extendOn(LocalDate.of(2026, 4, 11)))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("inquiry.error.extensionTooLate");
  }

  @Test
  void theFirstPeriodRunsToItsRolledLastDay() {
    // 28 February 2026 is a Saturday: the first period runs until Monday 2 March
    InquiryClock clock = clock(InquiryKind.AUDIT_INFORMATION, LocalDate.of(2026, 1, 31), false);

    assertThat(clock.extendOn(LocalDate.of(2026, 3, 2)).due()).isEqualTo("2026-03-31");
  }

  @Test
  void anExtensionIsGivenOnce() {
    InquiryClock extended =
        clock(InquiryKind.AUDIT_INFORMATION, LocalDate.of(2026, 3, 10), false)
            .extendOn(LocalDate.of(2026, 3, 20));

    assertThat(extended.extendableOn(LocalDate.of(2026, 3, 21))).isFalse();
    assertThatThrownBy(() -> extended.extendOn(LocalDate.of(2026, 3, 21)))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("inquiry.error.alreadyExtended");
  }

  @Test
  void theSubProcessorListIsNotExtended() {
    InquiryClock clock = clock(InquiryKind.SUBPROCESSOR_LIST, LocalDate.of(2026, 3, 2), false);

    assertThat(clock.extendableOn(LocalDate.of(2026, 3, 3))).isFalse();
    assertThatThrownBy(() -> clock.extendOn(LocalDate.of(2026, 3, 3)))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("inquiry.error.notExtendable");
  }

  private static InquiryClock clock(InquiryKind kind, LocalDate received, boolean extended) {
    return new InquiryClock(kind, received, BE, extended);
  }
}
