package eu.dsrportal.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher(1_000);

  @Test
  void storesASelfDescribingSaltedHash() {
    String hash = hasher.hash("correct horse battery".toCharArray());
    assertThat(hash).startsWith("pbkdf2-sha512:1000:").hasSizeGreaterThan(100);
    assertThat(hasher.hash("correct horse battery".toCharArray())).isNotEqualTo(hash);
  }

  @Test
  void verifiesTheRightPasswordOnlyAtTheStoredCost() {
    String hash = hasher.hash("correct horse battery".toCharArray());
    assertThat(new PasswordHasher().verify("correct horse battery".toCharArray(), hash)).isTrue();
    assertThat(hasher.verify("correct horse batterY".toCharArray(), hash)).isFalse();
  }

  @Test
  void malformedStoredHashesNeverVerify() {
    for (String stored :
        new String[] {
          null, "", "x", "md5:1:a:b", "pbkdf2-sha512:x:y:z", "pbkdf2-sha512:10:!!:!!"
        }) {
      assertThat(hasher.verify("anything".toCharArray(), stored)).isFalse();
    }
  }

  @Test
  void theDefaultCostIsAtLeast210000Iterations() {
    assertThat(PasswordHasher.ITERATIONS).isGreaterThanOrEqualTo(210_000);
  }
}
