package eu.dsrportal.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class TransactionConflictTest {

  /** As the container hands a deadlock on: EJBException, rollback, EclipseLink, the driver. */
  private static RuntimeException deadlock() {
    return new EJBException(
        "Transaction aborted",
        new RuntimeException(
            new PersistenceException(
                new SQLTransactionRollbackException(
                    "Deadlock found when trying to get lock; try restarting transaction",
                    "40001",
                    1213))));
  }

  @Test
  void deadlocksAndLockTimeoutsAreConflictsButAKeysRaceOrAnOutageIsNot() {
    assertThat(TransactionConflict.causedBy(deadlock())).isTrue();
    assertThat(
            TransactionConflict.causedBy(
                new RuntimeException(
                    new SQLException("Lock wait timeout exceeded", "HY000", 1205))))
        .isTrue();
    XAException xa = new XAException(XAException.XA_RBDEADLOCK);
    assertThat(TransactionConflict.causedBy(new RuntimeException(xa))).isTrue();

    assertThat(
            TransactionConflict.causedBy(
                new PersistenceException(
                    new SQLIntegrityConstraintViolationException(
                        "Duplicate entry", "23000", 1062))))
        .isFalse();
    assertThat(
            TransactionConflict.causedBy(
                new RuntimeException(new SQLException("Connection refused", "08000", 0))))
        .isFalse();
    assertThat(TransactionConflict.causedBy(new IllegalStateException("bug"))).isFalse();
  }

  @Test
  void aConflictIsTriedAgainUpToTheLimitAndAnythingElseGoesOnAtOnce() {
    AtomicInteger calls = new AtomicInteger();
    assertThat(
            TransactionConflict.retried(
                3,
                () -> {
                  if (calls.incrementAndGet() < 3) {
                    throw deadlock();
                  }
                  return "stored";
                }))
        .isEqualTo("stored");
    assertThat(calls).hasValue(3);

    assertThat(callsUntilItFails(TransactionConflictTest::deadlock, EJBException.class))
        .as("given up after three")
        .isEqualTo(3);
    assertThat(
            callsUntilItFails(
                () -> new IllegalArgumentException("refused"), IllegalArgumentException.class))
        .as("not a conflict: not tried again")
        .isEqualTo(1);
  }

  /** How often work that always fails this way was tried before its failure came out. */
  private static int callsUntilItFails(
      Supplier<RuntimeException> failure, Class<? extends RuntimeException> comesOut) {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(
            () ->
                TransactionConflict.retried(
                    3,
                    () -> {
                      calls.incrementAndGet();
                      throw failure.get();
                    }))
        .isInstanceOf(comesOut);
    return calls.get();
  }
}
