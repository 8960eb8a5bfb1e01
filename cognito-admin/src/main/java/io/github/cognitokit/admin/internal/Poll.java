package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.CognitoAdminException;
import io.github.cognitokit.admin.CognitoAdminException.Reason;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads something until it reaches an end state, at an interval, within a deadline: the one wait loop for
 * long-running Cognito work (a new domain, an import job). Never hangs: a timeout is UNAVAILABLE, an interrupt is
 * OTHER with the thread's interrupt flag set again.
 */
public final class Poll {
  private Poll() {}

  /**
   * Reads until {@code ended} holds.
   *
   * @param <T> what is read
   * @param read one read (a describe call)
   * @param ended whether a reading is an end state
   * @param timeout how long to wait at most
   * @param every the interval between reads
   * @param operation the operation, for the exceptions
   * @param resource the resource, for the exceptions
   * @param stillAt what a timeout says about the last reading ("the domain is still CREATING")
   * @return the first reading in an end state
   * @throws CognitoAdminException UNAVAILABLE at the timeout, OTHER if interrupted, or what a read throws
   */
  public static <T> T until(Supplier<T> read, Predicate<T> ended, Duration timeout, Duration every,
      String operation, String resource, Function<T, String> stillAt) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      T now = read.get();
      if (ended.test(now)) {
        return now;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new CognitoAdminException(Reason.UNAVAILABLE, operation, resource, stillAt.apply(now) + " after "
            + timeout, null, null, null);
      }
      try {
        Thread.sleep(Math.max(1, Math.min(every.toMillis(), left / 1_000_000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CognitoAdminException(Reason.OTHER, operation, resource, "interrupted while waiting", null, null,
            e);
      }
    }
  }
}
