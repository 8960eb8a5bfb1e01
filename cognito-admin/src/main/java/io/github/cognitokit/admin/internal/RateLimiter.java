package io.github.cognitokit.admin.internal;

import java.util.concurrent.TimeUnit;

/**
 * A blocking token-bucket rate limiter for one Cognito quota category, which halves its rate when Cognito
 * throttles and creeps back up to the configured rate as calls succeed.
 */
public final class RateLimiter {
  private final String category;
  private final double maxPerSecond;
  private double perSecond;
  private double tokens;
  private long last;

  /**
   * Creates a limiter.
   *
   * @param category the quota category, for messages
   * @param perSecond the most calls per second, above zero
   */
  public RateLimiter(String category, double perSecond) {
    if (!(perSecond > 0)) {
      throw new IllegalArgumentException(category + " rate must be above zero, was " + perSecond);
    }
    this.category = category;
    this.maxPerSecond = perSecond;
    this.perSecond = perSecond;
    this.tokens = 1;
    this.last = System.nanoTime();
  }

  /**
   * Waits for a permit.
   *
   * @throws InterruptedException if interrupted while waiting
   */
  public void acquire() throws InterruptedException {
    while (true) {
      long waitNanos;
      synchronized (this) {
        refill();
        if (tokens >= 1) {
          tokens -= 1;
          return;
        }
        waitNanos = (long) ((1 - tokens) / perSecond * 1e9);
      }
      TimeUnit.NANOSECONDS.sleep(Math.max(waitNanos, 100_000));
    }
  }

  private void refill() {
    long now = System.nanoTime();
    tokens = Math.min(Math.max(1, perSecond), tokens + (now - last) / 1e9 * perSecond);
    last = now;
  }

  /** Cognito throttled a call of this category: halve the rate (to at least one call per second). */
  public synchronized void throttled() {
    refill();
    perSecond = Math.max(1, perSecond / 2);
    tokens = Math.min(tokens, 0);
  }

  /** A call went through: raise the rate a little, up to the configured one. */
  public synchronized void succeeded() {
    if (perSecond < maxPerSecond) {
      perSecond = Math.min(maxPerSecond, perSecond + maxPerSecond / 50);
    }
  }

  /**
   * Returns the current rate.
   *
   * @return calls per second
   */
  public synchronized double rate() {
    return perSecond;
  }

  @Override
  public String toString() {
    return "RateLimiter{" + category + ", " + rate() + "/s}";
  }
}
