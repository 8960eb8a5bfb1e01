package io.github.cognitokit.tokens;

import java.net.URI;
import java.time.Duration;

/**
 * Receives key-set cache events, for metrics. Methods have no-op defaults, so adding an event breaks nobody.
 *
 * <p>Methods are called on the verifying or fetching thread: they must be fast, thread-safe, must not throw (what
 * they throw is logged and ignored), and must not call back into the verifier. No method receives key material or
 * tokens.
 */
public abstract class KeySetListener {
  /** A listener that ignores every event. */
  public static final KeySetListener NONE = new KeySetListener() {};

  /** Creates a listener. */
  protected KeySetListener() {}

  /**
   * A key set was fetched and parsed.
   *
   * @param jwksUri where from
   * @param keyCount how many usable keys it holds
   * @param took how long the fetch and parse took
   */
  public void fetched(URI jwksUri, int keyCount, Duration took) {}

  /**
   * A fetch failed; the next is not tried before {@code retryAfter}.
   *
   * @param jwksUri where from
   * @param cause what failed
   * @param retryAfter the back-off before the next attempt
   */
  public void fetchFailed(URI jwksUri, KeySetUnavailableException cause, Duration retryAfter) {}

  /**
   * A token's key was found in the cache.
   *
   * @param jwksUri the key set
   */
  public void hit(URI jwksUri) {}

  /**
   * A token named a {@code kid} the cached set does not hold.
   *
   * @param jwksUri the key set
   * @param refetch true if this miss starts or joins a refetch, false if the rate limit or back-off suppressed it
   */
  public void kidMiss(URI jwksUri, boolean refetch) {}
}
