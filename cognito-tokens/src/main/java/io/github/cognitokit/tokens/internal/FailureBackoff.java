package io.github.cognitokit.tokens.internal;

import io.github.cognitokit.tokens.Ticker;
import java.time.Duration;

/**
 * The back-off after failed key fetches, shared by the JWKS and the ALB key caches: after a failure no fetch is
 * started for {@code base}, doubling with each further failure up to {@code max}; a success resets it. Thread-safe.
 */
public final class FailureBackoff {
  private final Ticker ticker;
  private final long baseNanos;
  private final long maxNanos;
  private int consecutiveFailures; // guarded by this
  private volatile long retryNotBefore;
  private volatile boolean backingOff;

  /**
   * Creates a back-off.
   *
   * @param ticker the time source
   * @param base the first pause
   * @param max the longest pause
   */
  public FailureBackoff(Ticker ticker, Duration base, Duration max) {
    this.ticker = ticker;
    this.baseNanos = base.toNanos();
    this.maxNanos = max.toNanos();
  }

  /**
   * Tells how long fetches must still wait.
   *
   * @param now the ticker's reading
   * @return the nanoseconds left, or 0 if a fetch may start
   */
  public long remainingNanos(long now) {
    if (!backingOff) {
      return 0;
    }
    long left = retryNotBefore - now;
    return left > 0 ? left : 0;
  }

  /**
   * Tells whether fetches must still wait.
   *
   * @param now the ticker's reading
   * @return true while backing off
   */
  public boolean blocked(long now) {
    return remainingNanos(now) > 0;
  }

  /**
   * Records a failure.
   *
   * @return the pause before the next fetch
   */
  public synchronized Duration failed() {
    consecutiveFailures++;
    long pause = baseNanos;
    for (int i = 1; i < consecutiveFailures && pause < maxNanos; i++) {
      pause = Math.min(maxNanos, pause * 2);
    }
    retryNotBefore = ticker.read() + pause;
    backingOff = true;
    return Duration.ofNanos(pause);
  }

  /** Records a success: the next failure starts from the base pause again. */
  public synchronized void succeeded() {
    consecutiveFailures = 0;
    backingOff = false;
  }
}
