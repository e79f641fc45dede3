package eu.dsrportal.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VatNumberTest {

  @ParameterizedTest
  @CsvSource({
    "BE0123456749, BE0123456749",
    "be 0123.456.749, BE0123456749",
    "BE 1000.000.021, BE1000000021",
    "NL123456789B01, NL123456789B01",
    "nl 1234.56789.b01, NL123456789B01",
    "DE123456789, DE123456789",
    "FR40303265045, FR40303265045",
    "ATU12345678, ATU12345678",
    "EL123456789, EL123456789",
    "IE1234567WA, IE1234567WA",
    "ESX1234567R, ESX1234567R",
    "SE123456789001, SE123456789001"
  })
  void validNumbersAreKeptInUpperCaseWithoutSpacesAndDots(String typed, String kept) {
    assertThat(VatNumber.parse(typed)).map(VatNumber::value).contains(kept);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "BE",
        "0123456749", // no country prefix
        "BE0123456748", // check digits wrong
        "BE2123456749", // a Belgian number starts with 0 or 1
        "BE012345674", // 9 digits
        "NL123456789", // no B and suffix
        "NL123456789C01",
        "NL12345678B01",
        "DE12345678",
        "GR123456789", // Greece is EL in VAT numbers
        "US123456789", // not an EU member state
        "GB123456789", // no longer one
        "BE0123-456-749",
        "BE0123456749BE0123456749BE0123456749"
      })
  void othersAreRefused(String typed) {
    assertThat(VatNumber.isValid(typed)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"BE0123456749, false", "NL123456789B01, true", "DE123456789, true"})
  void reverseChargeOnlyForAnotherMemberStateThanBelgium(String number, boolean allowed) {
    assertThat(VatNumber.parse(number).orElseThrow().allowsReverseCharge()).isEqualTo(allowed);
  }

  @ParameterizedTest
  @CsvSource({
    "0208:0123456749, true",
    "0106:12345678, true",
    " 9925:BE0123456749 , true",
    "208:0123456749, false",
    "0208-0123456749, false",
    "0208:, false"
  })
  void peppolIdsAreSchemeColonIdentifier(String typed, boolean valid) {
    assertThat(PeppolId.isValid(typed)).isEqualTo(valid);
  }

  @org.junit.jupiter.api.Test
  void thePeppolIdIsSuggestedFromTheEnterpriseNumber() {
    assertThat(PeppolId.suggested(EnterpriseNumber.of(EnterpriseRegister.KBO, "0123.456.749")))
        .contains("0208:0123456749");
    assertThat(PeppolId.suggested(EnterpriseNumber.of(EnterpriseRegister.KVK, "12345678")))
        .contains("0106:12345678");
  }
}
