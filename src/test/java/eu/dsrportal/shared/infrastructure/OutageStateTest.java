package eu.dsrportal.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.SystemException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An outage is one warning when it starts and one line when it ends, however many failures. */
class OutageStateTest {
  private static final long T0 = 1_000_000_000_000L;
  private static final long MS = 1_000_000L;
  private static final long S = 1_000 * MS;

  @Test
  void manyFailuresMakeOneOutageThatStartsOnce() {
    OutageState state = new OutageState(Duration.ofSeconds(1));
    assertThat(state.isDown()).isFalse();

    assertThat(state.failed(T0)).as("the first failure starts the outage").isTrue();
    for (int i = 1; i <= 3_000; i++) {
      assertThat(state.failed(T0 + i * MS)).isFalse();
    }
    assertThat(state.isDown()).isTrue();

    OutageState.Ended ended = state.recovered(T0 + 15 * S).orElseThrow();
    assertThat(ended.lasted()).isEqualTo(Duration.ofSeconds(15));
    assertThat(ended.failures()).isEqualTo(3_001);
    assertThat(state.isDown()).isFalse();
    assertThat(state.recovered(T0 + 16 * S)).as("it ends once").isEmpty();

    assertThat(state.failed(T0 + 60 * S)).as("a later outage is a new one").isTrue();
  }

  @Test
  void theDatabaseIsCheckedAtMostOncePerPeriodAndOnlyDuringAnOutage() {
    OutageState state = new OutageState(Duration.ofSeconds(1));
    assertThat(state.checkDue(T0)).as("no outage, nothing to check").isFalse();

    state.failed(T0);
    assertThat(state.checkDue(T0 + 500 * MS)).isFalse();
    assertThat(state.checkDue(T0 + 1_000 * MS)).isTrue();
    assertThat(state.checkDue(T0 + 1_200 * MS)).as("another caller in that second").isFalse();
    assertThat(state.checkDue(T0 + 2_000 * MS)).isTrue();
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
