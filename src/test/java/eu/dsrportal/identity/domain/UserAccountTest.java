package eu.dsrportal.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class UserAccountTest {
  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  private UserAccount account() {
    return UserAccount.staff("sam", "Sam", "sam@example.org", "h", EnumSet.of(Role.SUPPORT), T0);
  }

  private static void fail(UserAccount account, int times, Instant at) {
    for (int i = 0; i < times; i++) {
      account.loginFailed(at);
    }
  }

  @Test
  void fiveFailuresWithinFifteenMinutesLockTheAccountForFifteenMinutes() {
    UserAccount account = account();
    fail(account, 4, T0);
    assertThat(account.isLocked(T0)).isFalse();
    account.loginFailed(T0.plus(Duration.ofMinutes(14)));
    assertThat(account.isLocked(T0.plus(Duration.ofMinutes(14)))).isTrue();
    assertThat(account.isLocked(T0.plus(Duration.ofMinutes(29)))).isFalse();
  }

  @Test
  void failuresSpreadOverMoreThanTheWindowDoNotLock() {
    UserAccount account = account();
    fail(account, 4, T0);
    fail(account, 4, T0.plus(Duration.ofMinutes(16)));
    assertThat(account.isLocked(T0.plus(Duration.ofMinutes(16)))).isFalse();
  }

  @Test
  void eachNewLockLastsTwiceAsLongUpToADay() {
    UserAccount account = account();
    Instant at = T0;
    Duration[] expected = {
      Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2)
    };
    for (Duration lock : expected) {
      fail(account, 5, at);
      assertThat(account.getLockedUntil()).isEqualTo(at.plus(lock));
      at = account.getLockedUntil();
    }
    for (int i = 0; i < 10; i++) {
      fail(account, 5, at);
      at = account.getLockedUntil();
    }
    fail(account, 5, at);
    assertThat(account.getLockedUntil()).isEqualTo(at.plus(Duration.ofHours(24)));
  }

  @Test
  void aSuccessfulLoginForgetsEarlierFailuresAndUnlockStartsAfresh() {
    UserAccount account = account();
    fail(account, 4, T0);
    account.loggedIn(T0);
    account.loginFailed(T0);
    assertThat(account.isLocked(T0)).isFalse();

    fail(account, 5, T0);
    account.unlock();
    assertThat(account.isLocked(T0)).isFalse();
    fail(account, 5, T0);
    assertThat(account.getLockedUntil()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
  }

  @Test
  void anAccountUnusedForSixMonthsIsDormantCountingFromItsLastLoginOrCreation() {
    UserAccount neverUsed = account();
    assertThat(neverUsed.isDormant(T0.plus(Duration.ofDays(180)))).isFalse();
    assertThat(neverUsed.isDormant(Instant.parse("2027-05-25T10:00:01Z"))).isTrue();

    UserAccount used = account();
    used.loggedIn(Instant.parse("2027-01-10T09:00:00Z"));
    assertThat(used.isDormant(Instant.parse("2027-06-01T00:00:00Z"))).isFalse();
    assertThat(used.isDormant(Instant.parse("2027-07-10T09:00:01Z"))).isTrue();
  }

  @Test
  void disablingKeepsTheFirstReasonAndTime() {
    UserAccount account = account();
    account.disable(UserAccount.DisabledReason.DORMANT, T0);
    account.disable(UserAccount.DisabledReason.BY_ADMIN, T0.plusSeconds(60));
    assertThat(account.isEnabled()).isFalse();
    assertThat(account.getDisabledReason()).isEqualTo(UserAccount.DisabledReason.DORMANT);
    assertThat(account.getDisabledAt()).isEqualTo(T0);
  }
}
