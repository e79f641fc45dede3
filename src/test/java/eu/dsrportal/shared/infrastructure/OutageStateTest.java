package eu.dsrportal.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.SystemException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An outage is one warning when it starts and one line when it ends, however many failures. */
class OutageStateTest {
  private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

  @Test
  void manyFailuresMakeOneOutageThatStartsOnce() {
    OutageState state = new OutageState(Duration.ofSeconds(1));
    assertThat(state.isDown()).isFalse();

    assertThat(state.failed(T0)).as("the first failure starts the outage").isTrue();
    for (int i = 1; i <= 3_000; i++) {
      assertThat(state.failed(T0.plusMillis(i))).isFalse();
    }
    assertThat(state.isDown()).isTrue();

    OutageState.Ended ended = state.recovered(T0.plusSeconds(15)).orElseThrow();
    assertThat(ended.lasted()).isEqualTo(Duration.ofSeconds(15));
    assertThat(ended.failures()).isEqualTo(3_001);
    assertThat(state.isDown()).isFalse();
    assertThat(state.recovered(T0.plusSeconds(16))).as("it ends once").isEmpty();

    assertThat(state.failed(T0.plusSeconds(60))).as("a later outage is a new one").isTrue();
  }

  @Test
  void theDatabaseIsCheckedAtMostOncePerPeriodAndOnlyDuringAnOutage() {
    OutageState state = new OutageState(Duration.ofSeconds(1));
    assertThat(state.checkDue(T0)).as("no outage, nothing to check").isFalse();

    state.failed(T0);
    assertThat(state.checkDue(T0.plusMillis(500))).isFalse();
    assertThat(state.checkDue(T0.plusMillis(1_000))).isTrue();
    assertThat(state.checkDue(T0.plusMillis(1_200))).as("another caller in that second").isFalse();
    assertThat(state.checkDue(T0.plusMillis(2_000))).isTrue();
  }

  @Test
  void anOutageIsTheDatabaseOutOfReachNotAnyFailure() {
    assertThat(DatabaseUnavailable.causedBy(new DatabaseDown(new RuntimeException()))).isTrue();
    assertThat(DatabaseUnavailable.causedBy(new EJBException(new DatabaseDown(null)))).isTrue();
    assertThat(
            DatabaseUnavailable.causedBy(
                new PersistenceException(new SQLNonTransientConnectionException("refused"))))
        .isTrue();
    assertThat(
            DatabaseUnavailable.causedBy(
                new EJBException(new RuntimeException(new SystemException("JTS5031")))))
        .as("a rollback the transaction manager could not do, as an outage begins")
        .isTrue();
    assertThat(
            DatabaseUnavailable.causedBy(
                new PersistenceException(new SQLIntegrityConstraintViolationException("dup"))))
        .isFalse();
    assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug"))).isFalse();
  }

  @Test
  void databaseDownCarriesNoStackTrace() {
    assertThat(new DatabaseDown(new RuntimeException()).getStackTrace()).isEmpty();
  }
}
