package eu.dsrportal.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
  private final PasswordPolicy policy = new PasswordPolicy();

  @Test
  void acceptsLongPassphrasesOfAnyCharactersWithoutCompositionRules() {
    assertThat(policy.problems("correct horse battery staple", "sam", "sam@example.org")).isEmpty();
    assertThat(policy.problems("ééééééééééééé", "sam", "sam@example.org")).isEmpty();
    assertThat(policy.problems("日本語のパスワードです長い", "sam", "sam@example.org")).isEmpty();
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
