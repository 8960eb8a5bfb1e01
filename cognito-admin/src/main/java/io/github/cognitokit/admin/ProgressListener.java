package io.github.cognitokit.admin;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;

/**
 * Hears how far a provisioning run is. Called from worker threads: be fast and thread-safe, and do not throw.
 */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that ignores progress. */
  ProgressListener NONE = (done, total) -> { };

  /**
   * Reports progress.
   *
   * @param done users processed so far
   * @param total users to process
   */
  void progress(long done, long total);

  /**
   * Returns a listener that logs a line at INFO at most once per interval, and at the end.
   *
   * @param every the least time between two lines
   * @return the listener
   * @throws IllegalArgumentException if {@code every} is null or negative
   */
  static ProgressListener logging(Duration every) {
    if (every == null || every.isNegative()) {
      throw new IllegalArgumentException("every must be zero or positive, was " + every);
    }
    AtomicLong last = new AtomicLong(System.nanoTime());
    return (done, total) -> {
      long now = System.nanoTime();
      long previous = last.get();
      if (done == total || (now - previous >= every.toNanos() && last.compareAndSet(previous, now))) {
        LoggerFactory.getLogger(Provisioning.class).info("Provisioning: {} of {} users done", done, total);
      }
    };
  }
}
