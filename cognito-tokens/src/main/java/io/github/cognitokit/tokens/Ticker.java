package io.github.cognitokit.tokens;

/**
 * A source of elapsed time in nanoseconds, for key-set lifetimes, back-off and rate limits. It measures elapsed time
 * only, never wall time; token times ({@code exp}, {@code nbf}, {@code iat}) use a {@link java.time.Clock}.
 *
 * <p>Tests pass a ticker they advance by hand. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Ticker {
  /**
   * Returns the current reading.
   *
   * @return nanoseconds since an arbitrary origin
   */
  long read();

  /**
   * Returns the ticker backed by {@link System#nanoTime()}.
   *
   * @return the system ticker
   */
  static Ticker system() {
    return System::nanoTime;
  }
}
