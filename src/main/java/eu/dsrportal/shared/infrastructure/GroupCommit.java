package eu.dsrportal.shared.infrastructure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Stores what concurrent callers hand in, several in one transaction: a group commit. A caller
 * whose item finds no free leader waits; a leader takes up to {@code maxBatch} waiting items, in
 * arrival order, and stores them together ({@code all}). Each caller is answered only after the
 * transaction that stored its item committed, with its own result. If the group's transaction
 * fails, nothing of it was stored, and each of its items is stored again alone ({@code one}), so
 * that each caller gets the answer it would have had without the others (its own refusal, its own
 * race). Nobody waits for a timer: a group is what arrived while the last one was being stored, so
 * under light load every item is stored alone, at once.
 *
 * <p>Pure Java, no container: the functions hold the transactions. A caller's thread may store
 * other callers' items (it leads), so the functions must not depend on the caller's thread (its
 * HTTP request, its principal): what they need of it travels in the item.
 *
 * @param <I> what a caller hands in
 * @param <R> what it is answered
 */
public final class GroupCommit<I, R> {
  private final int maxBatch;
  private final int maxLeaders;
  private final ArrayDeque<Slot<I, R>> waiting = new ArrayDeque<>();
  private int leaders;

  /**
   * @param maxBatch the most items stored in one transaction
   * @param maxLeaders the most transactions of groups at once (each holds a database connection)
   */
  public GroupCommit(int maxBatch, int maxLeaders) {
    if (maxBatch < 1 || maxLeaders < 1) {
      throw new IllegalArgumentException("maxBatch and maxLeaders must be at least 1");
    }
    this.maxBatch = maxBatch;
    this.maxLeaders = maxLeaders;
  }

  /**
   * Stores the item with others that wait, and answers its result once it is committed, or throws
   * what storing it alone threw.
   *
   * @param all stores several items in one transaction and answers their results in their order; if
   *     it throws, none of them may have been stored
   * @param one stores one item in a transaction of its own
   */
  public R store(I item, Function<List<I>, List<R>> all, Function<I, R> one) {
    Slot<I, R> mine = new Slot<>(item);
    boolean interrupted = false;
    try {
      while (true) {
        List<Slot<I, R>> group;
        synchronized (this) {
          if (mine.state == Slot.NEW) {
            mine.state = Slot.WAITING;
            waiting.addLast(mine);
          }
          // wait while its item is being stored by another leader, or while no leader is free
          while (mine.state != Slot.DONE && (waiting.isEmpty() || leaders >= maxLeaders)) {
            try {
              wait();
            } catch (InterruptedException e) {
              interrupted = true; // its item may already be in a transaction: wait for its answer
            }
          }
          if (mine.state == Slot.DONE) {
            return mine.answer();
          }
          leaders++;
          group = new ArrayList<>(Math.min(waiting.size(), maxBatch));
          while (group.size() < maxBatch && !waiting.isEmpty()) {
            Slot<I, R> next = waiting.pollFirst();
            next.state = Slot.STORING;
            group.add(next);
          }
        }
        try {
          storeGroup(group, all, one);
        } finally {
          synchronized (this) {
            leaders--;
            for (Slot<I, R> slot : group) {
              slot.state = Slot.DONE;
            }
            notifyAll();
          }
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** How many items wait for a leader (a gauge for the operator, and for tests). */
  public synchronized int waiting() {
    return waiting.size();
  }

  private void storeGroup(
      List<Slot<I, R>> group, Function<List<I>, List<R>> all, Function<I, R> one) {
    if (group.size() > 1) {
      List<R> results;
      try {
        results = all.apply(group.stream().map(slot -> slot.item).toList());
      } catch (RuntimeException | Error groupFailed) {
        results = null; // each alone, below
      }
      if (results != null) {
        for (int i = 0; i < group.size(); i++) {
          if (results.size() == group.size()) {
            group.get(i).result = results.get(i);
          } else {
            group.get(i).failure =
                new IllegalStateException(results.size() + " results for " + group.size());
          }
        }
        return;
      }
    }
    for (Slot<I, R> slot : group) {
      try {
        slot.result = one.apply(slot.item);
      } catch (RuntimeException | Error e) {
        slot.failure = e;
      }
    }
  }

  /**
   * One caller's item and its answer. The leader writes the answer before it marks the slot done
   * under the monitor, where its caller reads both.
   */
  private static final class Slot<I, R> {
    static final int NEW = 0;
    static final int WAITING = 1;
    static final int STORING = 2;
    static final int DONE = 3;

    final I item;
    int state = NEW;
    R result;
    Throwable failure;

    Slot(I item) {
      this.item = item;
    }

    R answer() {
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      return result;
    }
  }
}
