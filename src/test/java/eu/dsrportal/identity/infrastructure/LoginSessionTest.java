package eu.dsrportal.identity.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.identity.domain.Role;
import eu.dsrportal.identity.domain.UserAccount;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class LoginSessionTest {
  private static final Instant LOGIN = Instant.parse("2026-12-03T08:00:00Z");
  private static final Duration TWELVE_HOURS = Duration.ofHours(12);

  private static UserAccount account() {
    return UserAccount.staff("sam", "Sam", "sam@example.org", "h", EnumSet.of(Role.SUPPORT), LOGIN);
  }

  @Test
  void aSessionEndsAfterItsAbsoluteLifetimeHoweverActive() {
    UserAccount account = account();
    LoginSession session = new LoginSession();
    session.begin(account, LOGIN);
    assertThat(session.holdsFor(account, LOGIN.plus(Duration.ofHours(11)), TWELVE_HOURS)).isTrue();
    assertThat(session.holdsFor(account, LOGIN.plus(TWELVE_HOURS), TWELVE_HOURS)).isFalse();
  }

  @Test
  void aSessionEndsWhenTheAccountChangedSinceItsLoginUnlessTheChangeWasMadeInIt() {
    UserAccount account = account();
    LoginSession here = new LoginSession();
    LoginSession there = new LoginSession();
    here.begin(account, LOGIN);
    there.begin(account, LOGIN);
    account.changePassword("new", LOGIN.plusSeconds(60));
    here.keepAfterOwnChange(account);
    Instant now = LOGIN.plusSeconds(61);
    assertThat(here.holdsFor(account, now, TWELVE_HOURS)).isTrue();
    assertThat(there.holdsFor(account, now, TWELVE_HOURS)).isFalse();
  }

  @Test
  void aSessionWithoutLoginOrOfAnotherUserHoldsForNobody() {
    UserAccount account = account();
    assertThat(new LoginSession().holdsFor(account, LOGIN, TWELVE_HOURS)).isFalse();
    LoginSession session = new LoginSession();
    session.begin(
        UserAccount.staff("eve", "Eve", "eve@example.org", "h", EnumSet.of(Role.SUPPORT), LOGIN),
        LOGIN);
    assertThat(session.holdsFor(account, LOGIN, TWELVE_HOURS)).isFalse();
  }
}
