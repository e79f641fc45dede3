package eu.dsrportal.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
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

    calls.set(0);
    assertThatThrownBy(
            () ->
                TransactionConflict.retried(
                    3,
                    () -> {
                      calls.incrementAndGet();
                      throw deadlock();
                    }))
        .isInstanceOf(EJBException.class);
    assertThat(calls).as("given up after three").hasValue(3);

    calls.set(0);
    assertThatThrownBy(
            () ->
                TransactionConflict.retried(
                    3,
                    () -> {
                      calls.incrementAndGet();
                      throw new IllegalArgumentException("refused");
                    }))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(calls).as("not a conflict: not tried again").hasValue(1);
  }
}
