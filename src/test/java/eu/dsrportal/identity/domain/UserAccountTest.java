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

  @Test
  void aGoodLoginEndsTheFailureCountOfItsOwnAddressOnlyAndClearingEndsAll() {
    UserAccount account = account();
    Instant windowStart = T0.minus(Duration.ofMinutes(15));
    assertThat(account.failuresCountFrom(windowStart, "10.0.0.1")).isEqualTo(windowStart);
    Instant login = T0.minus(Duration.ofMinutes(5));
    account.loggedIn(login, "10.0.0.1");
    assertThat(account.failuresCountFrom(windowStart, "10.0.0.1")).isEqualTo(login);
    assertThat(account.failuresCountFrom(windowStart, "10.0.0.2"))
        .as("a login elsewhere does not forgive this address")
        .isEqualTo(windowStart);
    account.clearFailures(T0);
    assertThat(account.failuresCountFrom(windowStart, "10.0.0.2")).isEqualTo(T0);
    assertThat(account.failuresCountFrom(T0.plusSeconds(1), "10.0.0.2"))
        .isEqualTo(T0.plusSeconds(1));
  }

  @Test
  void whatALoginProvedChangingEndsSessions() {
    UserAccount account = account();
    int epoch = account.getSessionEpoch();
    account.changePassword("h2", T0);
    assertThat(account.getSessionEpoch()).as("own password").isEqualTo(++epoch);
    account.resetPassword("h3", T0, Duration.ofHours(48));
    assertThat(account.getSessionEpoch()).as("reset").isEqualTo(++epoch);
    String secret = OneTimeCodes.newSecret();
    account.enrolSecondFactor(secret, OneTimeCodes.codeAt(secret, T0), T0);
    assertThat(account.getSessionEpoch()).as("enrolling adds proof").isEqualTo(epoch);
    account.removeSecondFactor();
    assertThat(account.getSessionEpoch()).as("second factor removed").isEqualTo(++epoch);
    account.changeRoles(EnumSet.of(Role.SUPPORT));
    assertThat(account.getSessionEpoch()).as("same roles").isEqualTo(epoch);
    account.changeRoles(EnumSet.of(Role.SUPPORT, Role.BILLING));
    assertThat(account.getSessionEpoch()).as("other roles").isEqualTo(++epoch);
    account.disable(UserAccount.DisabledReason.BY_ADMIN, T0);
    assertThat(account.getSessionEpoch()).as("disabled").isEqualTo(++epoch);
  }

  @Test
  void aOneTimePasswordExpiresAndTheUsersOwnDoesNot() {
    UserAccount account = account();
    account.resetPassword("h", T0, Duration.ofHours(48));
    assertThat(account.isPasswordExpired(T0.plus(Duration.ofHours(47)))).isFalse();
    assertThat(account.isPasswordExpired(T0.plus(Duration.ofHours(48)))).isTrue();
    account.changePassword("own", T0.plus(Duration.ofHours(1)));
    assertThat(account.isPasswordExpired(T0.plus(Duration.ofDays(400)))).isFalse();
  }

  @Test
  void aCustomerCannotEnableAnAccountTheProviderSuspended() {
    UserAccount user = UserAccount.ofCustomer("anna", "Anna", "a@example.org", "h", 7L, false, T0);
    user.disable(UserAccount.DisabledReason.BY_CUSTOMER, T0);
    user.enableByCustomer(T0.plusSeconds(1));
    assertThat(user.isEnabled()).isTrue();
    user.disable(UserAccount.DisabledReason.BY_ADMIN, T0.plusSeconds(2));
    assertThatThrownBy(() -> user.enableByCustomer(T0.plusSeconds(3)))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("users.error.providerSuspended");
    assertThat(user.isEnabled()).isFalse();
    user.enable(T0.plusSeconds(4));
    assertThat(user.isEnabled()).isTrue();
  }

  @Test
  void anAccountUnusedForSixMonthsIsDormantCountingFromItsLastLoginOrCreation() {
    UserAccount neverUsed = account();
    assertThat(neverUsed.isDormant(T0.plus(Duration.ofDays(180)))).isFalse();
    assertThat(neverUsed.isDormant(Instant.parse("2027-05-25T10:00:01Z"))).isTrue();

    UserAccount used = account();
    used.loggedIn(Instant.parse("2027-01-10T09:00:00Z"), "10.0.0.1");
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
  void aFactorIsEnrolledOverNoOtherAndRemovedOnlyWhenThere() {
    // what a second page (or a form sent again) would try after the first did its work
    UserAccount account = account();
    assertThatThrownBy(account::removeSecondFactor)
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("twofactor.error.notEnrolled");
    String first = OneTimeCodes.newSecret();
    account.enrolSecondFactor(first, OneTimeCodes.codeAt(first, T0), T0);
    String second = OneTimeCodes.newSecret();
    assertThatThrownBy(() -> account.enrolSecondFactor(second, OneTimeCodes.codeAt(second, T0), T0))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("twofactor.error.alreadyEnrolled");
    Instant later = T0.plusSeconds(60);
    assertThat(account.acceptCode(OneTimeCodes.codeAt(first, later), later))
        .as("the first factor stays")
        .isTrue();
  }

  @Test
  void anEnabledAccountIsNotEnabledAgain() {
    UserAccount account = account();
    assertThatThrownBy(() -> account.enable(T0.plusSeconds(1)))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("users.error.alreadyEnabled");
    assertThat(account.getLastLoginAt()).as("no use recorded").isNull();
  }

  @Test
  void theRolesRequiringASecondFactorOrTheCustomerDecideWhoMustEnrol() {
    EnumSet<Role> adminOnly = EnumSet.of(Role.ADMIN);
    EnumSet<Role> staff = EnumSet.of(Role.ADMIN, Role.SUPPORT, Role.BILLING);
    assertThat(account().needsSecondFactorEnrolment(adminOnly, false)).isFalse();
    assertThat(account().needsSecondFactorEnrolment(staff, false)).isTrue();
    assertThat(account().needsSecondFactorEnrolment(staff, true)).isTrue();
    UserAccount admin =
        UserAccount.staff("ada", "Ada", "ada@example.org", "h", EnumSet.of(Role.ADMIN), T0);
    assertThat(admin.needsSecondFactorEnrolment(adminOnly, false)).isTrue();
    String secret = OneTimeCodes.newSecret();
    admin.enrolSecondFactor(secret, OneTimeCodes.codeAt(secret, T0), T0);
    assertThat(admin.needsSecondFactorEnrolment(adminOnly, false)).isFalse();
    UserAccount customerUser =
        UserAccount.ofCustomer("anna", "Anna", "anna@example.org", "h", 7L, true, T0);
    assertThat(customerUser.needsSecondFactorEnrolment(staff, false)).isFalse();
    assertThat(customerUser.needsSecondFactorEnrolment(staff, true))
        .as("the customer requires it")
        .isTrue();
    assertThat(account().mustHaveSecondFactor(adminOnly, true))
        .as("a customer's rule is not for staff")
        .isFalse();
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
