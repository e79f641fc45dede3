package eu.dsrportal.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OneTimeCodesTest {
  /** RFC 6238 appendix B's SHA-1 secret, "12345678901234567890", in Base32. */
  private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  @Test
  void codesAreTheSixLastDigitsOfTheRfc6238TestVectors() {
    assertThat(OneTimeCodes.codeAt(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
    assertThat(OneTimeCodes.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109)))
        .isEqualTo("081804");
    assertThat(OneTimeCodes.codeAt(RFC_SECRET, Instant.ofEpochSecond(2000000000)))
        .isEqualTo("279037");
  }

  @Test
  void theCodeOfTheStepBeforeOrAfterIsAcceptedButNotOlderOrNewerOnes() {
    Instant now = Instant.ofEpochSecond(1111111109);
    long step = OneTimeCodes.stepOf(now);
    for (long offset = -1; offset <= 1; offset++) {
      String code = OneTimeCodes.codeAt(RFC_SECRET, now.plusSeconds(30 * offset));
      assertThat(OneTimeCodes.matchingStep(RFC_SECRET, code, now, 0)).hasValue(step + offset);
    }
    assertThat(
            OneTimeCodes.matchingStep(
                RFC_SECRET, OneTimeCodes.codeAt(RFC_SECRET, now.minusSeconds(60)), now, 0))
        .isEmpty();
    assertThat(
            OneTimeCodes.matchingStep(
                RFC_SECRET, OneTimeCodes.codeAt(RFC_SECRET, now.plusSeconds(60)), now, 0))
        .isEmpty();
  }

  @Test
  void aStepAtOrBeforeTheLastUsedOneIsRefused() {
    Instant now = Instant.ofEpochSecond(1111111109);
    String code = OneTimeCodes.codeAt(RFC_SECRET, now);
    assertThat(OneTimeCodes.matchingStep(RFC_SECRET, code, now, OneTimeCodes.stepOf(now)))
        .isEmpty();
  }

  @Test
  void spacesAreIgnoredAndAnythingButSixDigitsIsRefused() {
    Instant now = Instant.ofEpochSecond(59);
    assertThat(OneTimeCodes.matchingStep(RFC_SECRET, "287 082", now, 0)).isPresent();
    assertThat(OneTimeCodes.matchingStep(RFC_SECRET, "28708", now, 0)).isEmpty();
    assertThat(OneTimeCodes.matchingStep(RFC_SECRET, "2870822", now, 0)).isEmpty();
    assertThat(OneTimeCodes.matchingStep(RFC_SECRET, "abcdef", now, 0)).isEmpty();
    assertThat(OneTimeCodes.matchingStep(RFC_SECRET, null, now, 0)).isEmpty();
  }

  @Test
  void newSecretsAre160RandomBitsInBase32() {
    String one = OneTimeCodes.newSecret();
    assertThat(one).hasSize(32).matches("[A-Z2-7]+");
    assertThat(OneTimeCodes.isSecret(one)).isTrue();
    assertThat(OneTimeCodes.newSecret()).isNotEqualTo(one);
  }

  @Test
  void theProvisioningAddressNamesIssuerAccountAndParameters() {
    assertThat(OneTimeCodes.provisioningUri("DSR Portal", "ada", RFC_SECRET))
        .isEqualTo(
            "otpauth://totp/DSR%20Portal:ada?secret="
                + RFC_SECRET
                + "&issuer=DSR%20Portal&algorithm=SHA1&digits=6&period=30");
  }
}
