package eu.dsrportal.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequestReferenceTest {

  @Test
  void formatsYearAndNumberPaddedToSixDigits() {
    assertThat(RequestReference.of(2026, 42).value()).isEqualTo("DSR-2026-000042");
    assertThat(RequestReference.of(2026, 1234567).value()).isEqualTo("DSR-2026-1234567");
  }

  @Test
  void parsesWhatItFormatsAndNothingElse() {
    assertThat(RequestReference.parse(" DSR-2026-000042 "))
        .isEqualTo(RequestReference.of(2026, 42));
    for (String bad :
        new String[] {
          null, "", "DSR-26-000042", "DSR-2026-42", "dsr-2026-000042", "DSR-2026-000042x"
        }) {
      assertThatThrownBy(() -> RequestReference.parse(bad))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void refusesNumbersAndYearsOutOfRange() {
    assertThatThrownBy(() -> RequestReference.of(2026, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestReference.of(99, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
