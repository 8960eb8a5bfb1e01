package io.github.cognitokit.tokens.internal;

import io.github.cognitokit.tokens.KeySetUnavailableException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One fetch at a time per key, shared by every caller that needs it: the first caller leads (runs the fetch), the
 * others wait for its result, bounded by a wait limit. Used by the JWKS cache (one key: the key set) and the ALB key
 * cache (one key per {@code kid}). Thread-safe.
 *
 * @param <K> what is fetched (a key id, or one constant for a whole key set)
 * @param <V> the result
 */
public final class SingleFlight<K, V> {
  private final ConcurrentHashMap<K, CompletableFuture<V>> inFlight = new ConcurrentHashMap<>();
  private final Duration wait;

  /**
   * Creates a single-flight group.
   *
   * @param wait how long a caller waits for a fetch before giving up
   */
  public SingleFlight(Duration wait) {
    this.wait = wait;
  }

  /**
   * Returns the fetch running for a key.
   *
   * @param key the key
   * @return the running fetch, or null if none runs
   */
  public CompletableFuture<V> running(K key) {
    return inFlight.get(key);
  }

  /**
   * Claims the lead for a key.
   *
   * @param key the key
   * @return a new future the caller must finish with {@link #complete} or {@link #fail}, or null if another fetch
   *     runs (wait on {@link #running})
   */
  public CompletableFuture<V> lead(K key) {
    CompletableFuture<V> mine = new CompletableFuture<>();
    return inFlight.putIfAbsent(key, mine) == null ? mine : null;
  }

  /**
   * Joins the running fetch for a key, or runs one.
   *
   * @param key the key
   * @param fetch runs the fetch on this thread when this caller leads; must finish the future it is given
   * @return the fetch's future
   */
  public CompletableFuture<V> join(K key, java.util.function.Consumer<CompletableFuture<V>> fetch) {
    while (true) {
      CompletableFuture<V> running = inFlight.get(key);
      if (running != null) {
        return running;
      }
      CompletableFuture<V> mine = lead(key);
      if (mine != null) {
        fetch.accept(mine);
        return mine;
      }
    }
  }

  /**
   * Ends a fetch with its result; later callers start a new one.
   *
   * @param key the key
   * @param mine the future from {@link #lead}
   * @param value the result
   */
  public void complete(K key, CompletableFuture<V> mine, V value) {
    inFlight.remove(key, mine);
    mine.complete(value);
  }

  /**
   * Ends a fetch with a failure; later callers start a new one.
   *
   * @param key the key
   * @param mine the future from {@link #lead}
   * @param failure the failure
   */
  public void fail(K key, CompletableFuture<V> mine, RuntimeException failure) {
    inFlight.remove(key, mine);
    mine.completeExceptionally(failure);
  }

  /**
   * Waits for a fetch, at most the wait limit.
   *
   * @param fetch the fetch
   * @param what what is fetched, for messages ("the key set from URI")
   * @return the result
   * @throws RuntimeException the fetch's own failure (a {@link KeySetUnavailableException} or a
   *     {@code KeyNotFoundException}); a {@link KeySetUnavailableException} if it fails otherwise, takes too long or
   *     the thread is interrupted (the interrupt flag stays set)
   */
  public V await(CompletableFuture<V> fetch, Supplier<String> what) {
    try {
      return fetch.get(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new KeySetUnavailableException("fetching " + what.get() + " failed", e.getCause());
    } catch (TimeoutException e) {
      throw new KeySetUnavailableException("fetching " + what.get() + " did not finish within " + wait.toMillis()
          + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KeySetUnavailableException("interrupted while fetching " + what.get(), e);
    }
  }
}
