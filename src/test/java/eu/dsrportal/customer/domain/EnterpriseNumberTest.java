package eu.dsrportal.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dsrportal.shared.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnterpriseNumberTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"0123.456.749", "0123456749", "BE0123456749", "be 0123 456 749", "0403.123.486"})
  void aBelgianNumberWithRightCheckDigitsIsValidInAnyCommonSpelling(String typed) {
    assertThat(EnterpriseNumber.isValid(EnterpriseRegister.KBO, typed)).isTrue();
  }

  @Test
  void aBelgianNumberIsStoredAsDigitsAndShownWithDots() {
    EnterpriseNumber number = EnterpriseNumber.of(EnterpriseRegister.KBO, "BE 0123 456 749");
    assertThat(number.digits()).isEqualTo("0123456749");
    assertThat(number.formatted()).isEqualTo("0123.456.749");
    assertThat(number).isEqualTo(EnterpriseNumber.of(EnterpriseRegister.KBO, "0123.456.749"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0123.456.748", // check digits wrong
        "0123.456.750",
        "2123.456.749", // must start with 0 or 1
        "123.456.749", // 9 digits
        "01234567490", // 11 digits
        "0123-456-749", // dashes are not how it is written
        "0123.456.74x",
        ""
      })
  void otherBelgianNumbersAreNot(String typed) {
    assertThat(EnterpriseNumber.isValid(EnterpriseRegister.KBO, typed)).isFalse();
    assertThatThrownBy(() -> EnterpriseNumber.of(EnterpriseRegister.KBO, typed))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("customer.enterpriseNumber.invalid");
  }

  @Test
  void aDutchNumberHasEightDigitsWithoutCheck() {
    assertThat(EnterpriseNumber.of(EnterpriseRegister.KVK, "1234 5678").formatted())
        .isEqualTo("12345678");
    assertThat(EnterpriseNumber.isValid(EnterpriseRegister.KVK, "1234567")).isFalse();
    assertThat(EnterpriseNumber.isValid(EnterpriseRegister.KVK, "123456789")).isFalse();
    assertThat(EnterpriseNumber.isValid(EnterpriseRegister.KVK, "BE12345678")).isFalse();
  }

  @Test
  void aNumberWithoutItsRegisterIsNotValid() {
    assertThat(EnterpriseNumber.isValid(null, "0123.456.749")).isFalse();
  }

  @Test
  void theSameDigitsInAnotherRegisterAreAnotherNumber() {
    assertThat(EnterpriseNumber.of(EnterpriseRegister.KVK, "01234567"))
        .isNotEqualTo(EnterpriseNumber.of(EnterpriseRegister.KBO, "0123.456.749"));
  }
}
