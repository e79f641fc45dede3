package eu.dsrportal.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PaymentReferenceTest {

  @Test
  void tenDigitsAndTheirRemainderModulo97() {
    assertThat(PaymentReference.structured(1234567890L)).isEqualTo("+++123/4567/89002+++");
    assertThat(PaymentReference.structured(2026000042L)).isEqualTo("+++202/6000/04236+++");
    assertThat(PaymentReference.structured(1L)).isEqualTo("+++000/0000/00101+++");
  }

  @Test
  void aRemainderOfZeroIsWritten97() {
    assertThat(PaymentReference.structured(97L * 12345)).isEqualTo("+++000/1197/46597+++");
    assertThat(PaymentReference.structured(0L)).isEqualTo("+++000/0000/00097+++");
  }

  @Test
  void onlyTenDigitsFit() {
    assertThat(PaymentReference.structured(9_999_999_999L)).startsWith("+++999/9999/999");
    assertThatThrownBy(() -> PaymentReference.structured(10_000_000_000L))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PaymentReference.structured(-1L))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void validReferencesAreRecognised() {
    assertThat(PaymentReference.isValid("+++123/4567/89002+++")).isTrue();
    assertThat(PaymentReference.isValid("***123/4567/89002***")).isTrue();
    assertThat(PaymentReference.isValid("+++123/4567/89003+++")).isFalse();
    assertThat(PaymentReference.isValid("123456789002")).isFalse();
    assertThat(PaymentReference.isValid(null)).isFalse();
  }
}
