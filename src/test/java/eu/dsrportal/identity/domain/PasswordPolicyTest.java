package eu.dsrportal.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The password policy, with the strength estimate of issue 9. */
class PasswordPolicyTest {
  private final PasswordPolicy policy = new PasswordPolicy();

  @Test
  void acceptsLongPassphrasesOfAnyCharactersWithoutCompositionRules() {
    assertThat(policy.problems("a quiet walk along the Leie", "sam", "sam@example.org")).isEmpty();
    assertThat(policy.problems("Élodie fête l'été à Liège", "sam", "sam@example.org")).isEmpty();
    assertThat(policy.problems("日本語のパスワードです長い", "sam", "sam@example.org")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "123456789012",
        "aaaaaaaaaaaa",
        "qwertyuiopas",
        "ééééééééééééé",
        "abcdefghijkl",
        "1111aaaa2222",
        "correct horse battery staple"
      })
  void refusesLongEnoughPasswordsThatAreEasyToGuess(String weak) {
    assertThat(policy.problems(weak, "sam", "sam@example.org"))
        .containsExactly("password.error.weak");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "It-Password-2026!", // the integration tests' accounts
        "Demo-Password-2026!", // the demo data's (microprofile-config.properties)
        "Correct-Horse-Battery-9",
        "a quiet walk along the Schelde",
        "a long walk by the Scheldt",
        "Kroon-Brasserie-2026"
      })
  void thePasswordsOfTheDemoAndTheTestsPass(String password) {
    assertThat(policy.problems(password, "pwtest-1234abcd", "pwtest-1234abcd@provider.example"))
        .isEmpty();
  }

  @Test
  void theStrengthIsAskedOnlyOfAPasswordThatBreaksNoOtherRule() {
    assertThat(policy.problems("aaaaaaaaaaa", "sam", null))
        .containsExactly("password.error.tooShort");
    assertThat(policy.problems("password123456", "sam", null))
        .containsExactly("password.error.common");
  }

  @Test
  void refusesTooShortAndTooLong() {
    assertThat(policy.problems("short-pw-11", "sam", null))
        .containsExactly("password.error.tooShort");
    assertThat(policy.problems("x".repeat(129), "sam", null)).contains("password.error.tooLong");
    assertThat(policy.problems("x".repeat(128), "sam", null))
        .doesNotContain("password.error.tooLong");
  }

  @Test
  void refusesCommonPasswordsAlsoWhenPaddedToLength() {
    assertThat(policy.problems("1qaz2wsx3edc", "sam", null)).contains("password.error.common");
    assertThat(policy.problems("password123456", "sam", null)).contains("password.error.common");
    assertThat(policy.problems("!!Sunshine2026!!", "sam", null)).contains("password.error.common");
  }

  @Test
  void refusesPasswordsContainingTheUsernameOrEMailName() {
    assertThat(policy.problems("my-name-is-AnnaPeeters!", "annapeeters", "x@example.org"))
        .contains("password.error.containsName");
    assertThat(policy.problems("secret-of-jan.jansen-2026", "jj", "jan.jansen@example.org"))
        .contains("password.error.containsName");
  }
}
