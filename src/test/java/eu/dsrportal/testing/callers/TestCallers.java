package eu.dsrportal.testing.callers;

import java.util.concurrent.Callable;

/** Runs a piece of test code as a user of some role (see the {@code @RunAs} beans here). */
public interface TestCallers {
  <T> T call(Callable<T> work) throws Exception;

  default void run(ThrowingRunnable work) throws Exception {
    call(
        () -> {
          work.run();
          return null;
        });
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }
}
