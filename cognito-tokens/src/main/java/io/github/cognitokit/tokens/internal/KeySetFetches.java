package io.github.cognitokit.tokens.internal;

import io.github.cognitokit.tokens.JwksFetcher;
import io.github.cognitokit.tokens.KeySetUnavailableException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fetching half of a {@link KeySetCache}: single-flight fetches (a cold cache, a background refresh, an explicit
 * refresh), the rate limit on refetches for unknown {@code kid}s (only those refetches count against it), and
 * back-off after failures. Made by the cache on its first fetch; publishes what it fetched into the cache.
 */
final class KeySetFetches {
  private final KeySetCache cache;
  private final URI uri;
  private final KeySetCache.Settings settings;
  private final JwksFetcher fetcher;
  private final long kidMissNanos;
  private final SingleFlight<URI, KeySetCache.Snapshot> flights;
  private final FailureBackoff backoff;
  private final AtomicLong lastKidMissFetch = new AtomicLong();
  private volatile boolean kidMissFetched;

  KeySetFetches(KeySetCache cache, URI uri, KeySetCache.Settings settings) {
    this.cache = cache;
    this.uri = uri;
    this.settings = settings;
    this.fetcher = newFetcher(settings);
    this.kidMissNanos = settings.kidMissInterval().toNanos();
    this.flights = new SingleFlight<>(settings.fetchWait());
    this.backoff = new FailureBackoff(settings.tickerOrSystem(), settings.failureBackoff(), settings.maxFailureBackoff());
  }

  /** The user's fetcher, or HTTP with the user's client or the default one; made here, on the first fetch. */
  private static JwksFetcher newFetcher(KeySetCache.Settings s) {
    return s.fetcher() != null ? s.fetcher() : s.httpClient() != null
        ? new HttpJwksFetcher(s.httpClient(), s.responseTimeout(), s.maxKeySetSize())
        : HttpJwksFetcher.lazyDefault(s.connectTimeout(), s.responseTimeout(), s.maxKeySetSize());
  }

  /** Ends a back-off: a usable key set is in hand. */
  void succeeded() {
    backoff.succeeded();
  }

  /**
   * Fetches a set because none is usable, or joins the fetch under way.
   *
   * @param observed the snapshot the caller saw (null or too old)
   * @param now the ticker's reading
   * @return the fetched snapshot
   * @throws KeySetUnavailableException if the fetch fails or a back-off is running
   */
  KeySetCache.Snapshot fetchCold(KeySetCache.Snapshot observed, long now) {
    CompletableFuture<KeySetCache.Snapshot> running = flights.running(uri);
    if (running == null && backoff.blocked(now)) {
      throw new KeySetUnavailableException("no usable key set from " + uri + ": the last fetch failed; next try in "
          + Duration.ofNanos(backoff.remainingNanos(now)).toMillis() + " ms");
    }
    return await(running != null ? running : startFetch(observed, false));
  }

  /**
   * Refetches for a {@code kid} the current set lacks, unless the rate limit or a back-off says no; joins a fetch
   * under way. Never fails: on any failure the current set stays.
   *
   * @param current the usable snapshot that lacks the kid
   * @param now the ticker's reading
   * @return the refetched snapshot, or {@code current}
   */
  KeySetCache.Snapshot refetchForMiss(KeySetCache.Snapshot current, long now) {
    CompletableFuture<KeySetCache.Snapshot> running = flights.running(uri);
    if (running != null) {
      cache.notify(() -> settings.listener().kidMiss(uri, true));
      return awaitQuietly(running, current);
    }
    long last = lastKidMissFetch.get();
    boolean limited = kidMissFetched && now - last < kidMissNanos;
    boolean blocked = backoff.blocked(now);
    if (limited || blocked || !lastKidMissFetch.compareAndSet(last, now)) {
      cache.notify(() -> settings.listener().kidMiss(uri, false));
      return current;
    }
    kidMissFetched = true;
    cache.notify(() -> settings.listener().kidMiss(uri, true));
    return awaitQuietly(startFetch(current, false), current);
  }

  /** Waits for a refetch; on failure keeps the current set, whose keys are still valid. */
  private KeySetCache.Snapshot awaitQuietly(CompletableFuture<KeySetCache.Snapshot> fetch,
      KeySetCache.Snapshot current) {
    try {
      return await(fetch);
    } catch (KeySetUnavailableException e) {
      return current;
    }
  }

  /**
   * Starts a refresh on the executor unless one runs or a back-off is running.
   *
   * @param now the ticker's reading
   */
  void refreshInBackground(long now) {
    if (flights.running(uri) != null || backoff.blocked(now)) {
      return;
    }
    CompletableFuture<KeySetCache.Snapshot> mine = flights.lead(uri);
    if (mine == null) {
      return;
    }
    try {
      Executor executor = settings.executor();
      (executor != null ? executor : ForkJoinPool.commonPool()).execute(() -> runFetch(mine));
    } catch (RejectedExecutionException e) {
      flights.fail(uri, mine, new KeySetUnavailableException("refresh of " + uri + " was rejected by the executor",
          e));
      Log.LOG.warn("Background refresh of the key set {} was rejected by the executor", uri);
    }
  }

  /**
   * Fetches now, even if the cached set is fresh, and waits for it.
   *
   * @throws KeySetUnavailableException if the fetch fails
   */
  void refresh() {
    await(startFetch(cache.snapshot(), true));
  }

  /**
   * Starts a fetch on this thread, or joins the one under way. If another fetch finished after the caller read
   * {@code observed}, its result is used instead of fetching again: N threads that all saw an empty or stale cache
   * cause one request.
   */
  private CompletableFuture<KeySetCache.Snapshot> startFetch(KeySetCache.Snapshot observed, boolean explicit) {
    return flights.join(uri, mine -> {
      KeySetCache.Snapshot current = cache.snapshot();
      if (!explicit && current != observed && current != null) {
        // Another caller's fetch finished since this one looked: use its key set.
        flights.complete(uri, mine, current);
      } else {
        runFetch(mine);
      }
    });
  }

  private void runFetch(CompletableFuture<KeySetCache.Snapshot> mine) {
    long start = settings.now();
    try {
      byte[] body = fetcher.fetch(uri);
      if (body == null) {
        throw new KeySetUnavailableException("the fetcher returned no body for " + uri);
      }
      Map<String, VerificationKey> keys = cache.carryOver(JwkSetParser.parse(body));
      long end = settings.now();
      KeySetCache.Snapshot s = new KeySetCache.Snapshot(keys, end, settings.clock().instant());
      cache.publish(s);
      // Only fetches for an unknown kid count against kidMissInterval: a key published right after a scheduled or
      // first fetch is fetched at its first token, not refused for up to an interval.
      backoff.succeeded();
      Log.LOG.debug("Fetched the key set {}: {} usable keys", uri, keys.size());
      cache.notify(() -> settings.listener().fetched(uri, keys.size(), Duration.ofNanos(end - start)));
      flights.complete(uri, mine, s);
    } catch (JwkSetParser.InvalidKeySetException e) {
      failed(mine, new KeySetUnavailableException("the key set from " + uri + " is malformed: " + e.getMessage()));
    } catch (KeySetUnavailableException e) {
      failed(mine, e);
    } catch (RuntimeException e) {
      failed(mine, new KeySetUnavailableException("fetching the key set from " + uri + " failed: "
          + e.getClass().getSimpleName(), e));
    }
  }

  private void failed(CompletableFuture<KeySetCache.Snapshot> mine, KeySetUnavailableException e) {
    Duration retry = backoff.failed();
    if (cache.snapshot() != null) {
      Log.LOG.warn("Key set refresh from {} failed ({}); cached keys stay in use, next try in {} ms", uri,
          e.getMessage(), retry.toMillis());
    } else {
      Log.LOG.debug("Key set fetch from {} failed ({}); next try in {} ms", uri, e.getMessage(), retry.toMillis());
    }
    cache.notify(() -> settings.listener().fetchFailed(uri, e, retry));
    flights.fail(uri, mine, e);
  }

  private KeySetCache.Snapshot await(CompletableFuture<KeySetCache.Snapshot> fetch) {
    return flights.await(fetch, () -> "the key set from " + uri);
  }

  /** The logger, made on first use; named after the cache, whose messages these are. */
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger(KeySetCache.class);
  }
}
