package io.github.cognitokit.spring.internal;

import java.time.Duration;

/** What the outage filters answer while the key set cannot be fetched. Not part of the public API. */
public final class Outage {
  /** The status: Service Unavailable. */
  public static final int STATUS = 503;
  /** The body: says what is wrong, not how to fix the server. */
  public static final String BODY = "The token keys cannot be fetched right now; retry later.\n";

  private Outage() {}

  /**
   * Checks and converts a Retry-After delay.
   *
   * @param retryAfter the delay
   * @return the header value: whole seconds, at least 1
   * @throws IllegalArgumentException if it is null or negative
   */
  public static String retryAfterHeader(Duration retryAfter) {
    if (retryAfter == null || retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must be zero or positive, not " + retryAfter);
    }
    return Long.toString(Math.max(1, (retryAfter.toMillis() + 999) / 1000));
  }
}
