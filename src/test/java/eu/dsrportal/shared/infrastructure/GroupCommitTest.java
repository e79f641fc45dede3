package eu.dsrportal.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Several callers' items stored in one transaction, each caller answered with its own result after
 * the commit; a failed group stored again item by item (issue 13: intake against the ceiling).
 */
class GroupCommitTest {
  private final ExecutorService callers = Executors.newCachedThreadPool();

  /** Every group that {@code all} stored, as it got it. */
  private final List<List<Integer>> groups = Collections.synchronizedList(new ArrayList<>());

  /** Every item that {@code one} stored alone. */
  private final List<Integer> alone = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void stop() {
    callers.shutdownNow();
  }

  private List<Integer> all(List<Integer> items) {
    groups.add(List.copyOf(items));
    return items.stream().map(i -> i * 10).toList();
  }

  private Integer one(Integer item) {
    alone.add(item);
    return item * 10;
  }

  @Test
  void aCallerAloneIsStoredAloneAtOnce() {
    GroupCommit<Integer, Integer> commit = new GroupCommit<>(8, 1);

    assertThat(commit.store(7, this::all, this::one)).isEqualTo(70);

    assertThat(groups).isEmpty();
    assertThat(alone).containsExactly(7);
  }

  @Test
  void whatArrivesWhileOneIsBeingStoredIsStoredTogetherAndEachCallerGetsItsOwnAnswer()
      throws Exception {
    GroupCommit<Integer, Integer> commit = new GroupCommit<>(8, 1);
    CountDownLatch firstIsStoring = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Function<Integer, Integer> slowOne =
        item -> {
          if (item == 0) {
            firstIsStoring.countDown();
            await(release);
          }
          return one(item);
        };
    CompletableFuture<Integer> first = call(commit, 0, slowOne);
    assertThat(firstIsStoring.await(10, TimeUnit.SECONDS)).isTrue();
    List<CompletableFuture<Integer>> others = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      others.add(call(commit, i, slowOne));
    }
    awaitWaiting(commit, 5);
    assertThat(others).noneMatch(CompletableFuture::isDone);

    release.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(0);
    for (int i = 1; i <= 5; i++) {
      assertThat(others.get(i - 1).get(10, TimeUnit.SECONDS)).isEqualTo(i * 10);
    }
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0)).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    assertThat(alone).containsExactly(0);
  }

  @Test
  void aGroupIsNeverLargerThanItsMostAndTheRestFollowsInOrder() throws Exception {
    GroupCommit<Integer, Integer> commit = new GroupCommit<>(2, 1);
    CountDownLatch firstIsStoring = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    call(
        commit,
        0,
        item -> {
          firstIsStoring.countDown();
          await(release);
          return one(item);
        });
    assertThat(firstIsStoring.await(10, TimeUnit.SECONDS)).isTrue();
    List<CompletableFuture<Integer>> others = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      others.add(call(commit, i, this::one));
      awaitWaiting(commit, i); // one after the other: their order of arrival is known
    }

    release.countDown();

    for (CompletableFuture<Integer> other : others) {
      other.get(10, TimeUnit.SECONDS);
    }
    assertThat(groups).containsExactly(List.of(1, 2), List.of(3, 4));
    assertThat(alone).containsExactly(0, 5);
  }

  @Test
  void whenTheGroupFailsEachItemIsStoredAloneAndGetsItsOwnRefusal() throws Exception {
    GroupCommit<Integer, Integer> commit = new GroupCommit<>(8, 1);
    CountDownLatch firstIsStoring = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger groupAttempts = new AtomicInteger();
    Function<List<Integer>, List<Integer>> failingAll =
        items -> {
          groupAttempts.incrementAndGet();
          throw new IllegalStateException("one of them is refused: all rolled back");
        };
    Function<Integer, Integer> refusingThree =
        item -> {
          if (item == 0) {
            firstIsStoring.countDown();
            await(release);
          }
          if (item == 3) {
            throw new IllegalArgumentException("3 is refused");
          }
          return one(item);
        };
    CompletableFuture<Integer> first = call(commit, 0, failingAll, refusingThree);
    assertThat(firstIsStoring.await(10, TimeUnit.SECONDS)).isTrue();
    List<CompletableFuture<Integer>> others = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      others.add(call(commit, i, failingAll, refusingThree));
    }
    awaitWaiting(commit, 4);

    release.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(0);
    assertThat(others.get(0).get(10, TimeUnit.SECONDS)).isEqualTo(10);
    assertThat(others.get(1).get(10, TimeUnit.SECONDS)).isEqualTo(20);
    assertThatThrownBy(() -> others.get(2).get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 is refused");
    assertThat(others.get(3).get(10, TimeUnit.SECONDS)).isEqualTo(40);
    assertThat(groupAttempts).hasValue(1);
    assertThat(alone).containsExactlyInAnyOrder(0, 1, 2, 4);
  }

  @Test
  void manyCallersAtOnceEachItemStoredExactlyOnceAndNoMoreLeadersThanAllowed() throws Exception {
    GroupCommit<Integer, Integer> commit = new GroupCommit<>(8, 2);
    AtomicInteger leading = new AtomicInteger();
    AtomicInteger mostLeading = new AtomicInteger();
    Map<Integer, Integer> stored = new ConcurrentHashMap<>();
    Function<List<Integer>, List<Integer>> countingAll =
        items -> {
          mostLeading.accumulateAndGet(leading.incrementAndGet(), Math::max);
          items.forEach(i -> stored.merge(i, 1, Integer::sum));
          leading.decrementAndGet();
          return all(items);
        };
    Function<Integer, Integer> countingOne =
        item -> {
          mostLeading.accumulateAndGet(leading.incrementAndGet(), Math::max);
          stored.merge(item, 1, Integer::sum);
          leading.decrementAndGet();
          return one(item);
        };
    List<CompletableFuture<List<Integer>>> threads = new ArrayList<>();
    for (int t = 0; t < 16; t++) {
      int base = t * 1000;
      threads.add(
          CompletableFuture.supplyAsync(
              () -> {
                List<Integer> wrong = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                  if (commit.store(base + i, countingAll, countingOne) != (base + i) * 10) {
                    wrong.add(base + i);
                  }
                }
                return wrong;
              },
              callers));
    }

    for (CompletableFuture<List<Integer>> thread : threads) {
      assertThat(thread.get(60, TimeUnit.SECONDS)).as("answers not their own").isEmpty();
    }
    assertThat(stored).hasSize(16 * 200).allSatisfy((item, times) -> assertThat(times).isOne());
    assertThat(mostLeading.get()).isBetween(1, 2);
    assertThat(groups).allSatisfy(group -> assertThat(group).hasSizeBetween(2, 8));
    assertThat(commit.waiting()).isZero();
  }

  private CompletableFuture<Integer> call(
      GroupCommit<Integer, Integer> commit, int item, Function<Integer, Integer> one) {
    return call(commit, item, this::all, one);
  }

  private CompletableFuture<Integer> call(
      GroupCommit<Integer, Integer> commit,
      int item,
      Function<List<Integer>, List<Integer>> all,
      Function<Integer, Integer> one) {
    return CompletableFuture.supplyAsync(() -> commit.store(item, all, one), callers);
  }

  private static void awaitWaiting(GroupCommit<?, ?> commit, int count) {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (commit.waiting() != count) {
      assertThat(System.nanoTime()).as("%d callers waiting", count).isLessThan(until);
      Thread.onSpinWait();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
