package eu.dsrportal.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.SecretToken;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokenTest {
  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

  @Test
  void aSecretIsMarkedRandomAndStoredOnlyAsItsHashAndPrefix() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      ApiTokenSecret secret = ApiTokenSecret.generate();
      assertThat(secret.value()).matches("dsr_[A-Za-z0-9_-]{43}");
      assertThat(ApiTokenSecret.looksLikeToken(secret.value())).isTrue();
      assertThat(seen.add(secret.value())).isTrue();
      assertThat(secret.hash())
          .hasSize(SecretToken.HASH_LENGTH)
          .isEqualTo(SecretToken.hash(secret.value()))
          .doesNotContain(secret.value().substring(4));
      assertThat(secret.prefix()).hasSize(12).startsWith("dsr_");
      assertThat(secret.toString()).doesNotContain(secret.value().substring(12));
    }
  }

  @Test
  void textsThatCannotBeTokensAreToldWithoutALookUp() {
    assertThat(ApiTokenSecret.looksLikeToken(null)).isFalse();
    assertThat(ApiTokenSecret.looksLikeToken("")).isFalse();
    assertThat(ApiTokenSecret.looksLikeToken("dsr_short")).isFalse();
    assertThat(ApiTokenSecret.looksLikeToken("xyz_" + "a".repeat(43))).isFalse();
    assertThat(ApiTokenSecret.looksLikeToken("dsr_" + "a".repeat(42) + "%")).isFalse();
  }

  @Test
  void aTokenWorksUntilRevokedOrExpired() {
    ApiTokenSecret secret = ApiTokenSecret.generate();
    ApiToken token = new ApiToken(1, "CRM", secret, NOW, NOW.plus(Duration.ofDays(30)));

    assertThat(token.getPrefix()).isEqualTo(secret.prefix());
    assertThat(token.isUsable(NOW.plus(Duration.ofDays(29)))).isTrue();
    assertThat(token.isUsable(NOW.plus(Duration.ofDays(30)))).isFalse();
    assertThat(token.isExpired(NOW.plus(Duration.ofDays(30)))).isTrue();

    token.revoke(NOW.plusSeconds(5));
    assertThat(token.isUsable(NOW.plusSeconds(6))).isFalse();
    assertThatThrownBy(() -> token.revoke(NOW.plusSeconds(7)))
        .isInstanceOf(DomainRuleViolation.class);
  }

  @Test
  void aTokenWithoutExpiryWorksUntilRevokedAndAnExpiryMustLieAhead() {
    ApiToken token = new ApiToken(1, "CRM", ApiTokenSecret.generate(), NOW, null);
    assertThat(token.isUsable(NOW.plus(Duration.ofDays(3650)))).isTrue();
    assertThatThrownBy(() -> new ApiToken(1, "CRM", ApiTokenSecret.generate(), NOW, NOW))
        .isInstanceOf(DomainRuleViolation.class);
  }

  @Test
  void aUseIsWrittenDownAtMostOnceAMinute() {
    ApiToken token = new ApiToken(1, "CRM", ApiTokenSecret.generate(), NOW, null);
    token.usedAt(NOW);
    token.usedAt(NOW.plusSeconds(30));
    assertThat(token.getLastUsedAt()).isEqualTo(NOW);
    token.usedAt(NOW.plusSeconds(61));
    assertThat(token.getLastUsedAt()).isEqualTo(NOW.plusSeconds(61));
  }
}
