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
    return SystemTicker.INSTANCE;
  }
}

/** {@link System#nanoTime()}; a class rather than a method reference, so that building a verifier spins no lambda. */
final class SystemTicker implements Ticker {
  static final Ticker INSTANCE = new SystemTicker();

  private SystemTicker() {}

  @Override
  public long read() {
    return System.nanoTime();
  }

  @Override
  public String toString() {
    return "Ticker.system()";
  }
}
