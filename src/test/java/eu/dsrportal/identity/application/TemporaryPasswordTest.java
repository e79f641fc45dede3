package eu.dsrportal.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.identity.domain.PasswordPolicy;
import org.junit.jupiter.api.RepeatedTest;

/** The one-time passwords administrators hand out keep the policy they ask of users. */
class TemporaryPasswordTest {
  private static final PasswordPolicy POLICY = new PasswordPolicy();

  @RepeatedTest(50)
  void aGeneratedOneTimePasswordPassesThePolicy() {
    String temporary = OneTimePasswords.generate();
    assertThat(temporary).matches("([a-z2-9]{5}-){3}[a-z2-9]{5}");
    assertThat(POLICY.problems(temporary, "newuser-1234", "newuser-1234@provider.example"))
        .as(temporary)
        .isEmpty();
  }
}
