package eu.dsrportal.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dsrportal.shared.domain.DomainRuleViolation;
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

  @Test
  void anEnrolledCodeIsAcceptedOnceAndTheFactorCanBeRemoved() {
    UserAccount account = account();
    String secret = OneTimeCodes.newSecret();
    assertThat(account.enrolSecondFactor(secret, "000000x", T0)).isFalse();
    assertThat(account.hasSecondFactor()).isFalse();
    assertThat(account.enrolSecondFactor(secret, OneTimeCodes.codeAt(secret, T0), T0)).isTrue();
    Instant later = T0.plusSeconds(60);
    String code = OneTimeCodes.codeAt(secret, later);
    assertThat(account.acceptCode(code, later)).isTrue();
    assertThat(account.acceptCode(code, later)).as("the same code twice").isFalse();
    account.removeSecondFactor();
    assertThat(account.hasSecondFactor()).isFalse();
    assertThat(account.acceptCode(OneTimeCodes.codeAt(secret, later.plusSeconds(30)), later))
        .isFalse();
  }

  @Test
  void onlyAdministratorsMustEnrolASecondFactor() {
    assertThat(account().needsSecondFactorEnrolment()).isFalse();
    UserAccount admin =
        UserAccount.staff("ada", "Ada", "ada@example.org", "h", EnumSet.of(Role.ADMIN), T0);
    assertThat(admin.needsSecondFactorEnrolment()).isTrue();
    String secret = OneTimeCodes.newSecret();
    admin.enrolSecondFactor(secret, OneTimeCodes.codeAt(secret, T0), T0);
    assertThat(admin.needsSecondFactorEnrolment()).isFalse();
  }

  @Test
  void rolesChangeOnlyWithinTheirKind() {
    UserAccount staff = account();
    staff.changeRoles(EnumSet.of(Role.SUPPORT, Role.BILLING));
    assertThat(staff.roles()).containsExactlyInAnyOrder(Role.SUPPORT, Role.BILLING);
    assertThatThrownBy(() -> staff.changeRoles(EnumSet.of(Role.SUPPORT, Role.CUSTOMER)))
        .isInstanceOf(DomainRuleViolation.class);
    assertThatThrownBy(() -> staff.changeRoles(EnumSet.noneOf(Role.class)))
        .isInstanceOf(DomainRuleViolation.class);
    UserAccount customerUser =
        UserAccount.ofCustomer("anna", "Anna", "anna@example.org", "h", 7L, false, T0);
    customerUser.changeRoles(EnumSet.of(Role.CUSTOMER, Role.CUSTOMER_ADMIN));
    assertThat(customerUser.roles()).contains(Role.CUSTOMER_ADMIN);
    assertThatThrownBy(() -> customerUser.changeRoles(EnumSet.of(Role.CUSTOMER_ADMIN)))
        .isInstanceOf(DomainRuleViolation.class);
    assertThatThrownBy(() -> customerUser.changeRoles(EnumSet.of(Role.CUSTOMER, Role.ADMIN)))
        .isInstanceOf(DomainRuleViolation.class);
  }
}
