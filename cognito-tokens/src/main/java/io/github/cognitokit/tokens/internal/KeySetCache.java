package io.github.cognitokit.tokens.internal;

import io.github.cognitokit.tokens.JwksFetcher;
import io.github.cognitokit.tokens.KeyNotFoundException;
import io.github.cognitokit.tokens.KeySetListener;
import io.github.cognitokit.tokens.KeySetUnavailableException;
import io.github.cognitokit.tokens.KeySetView;
import io.github.cognitokit.tokens.Ticker;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cached key set of one JWKS URI: parsed keys, a lifetime with refresh-ahead, single-flight fetches, a rate
 * limit on refetches for unknown {@code kid}s (only those refetches count against it, so a key rotated in right
 * after another fetch is found at once), back-off after failures, and a maximum stale age during outages.
 *
 * <p>The hot path reads one volatile snapshot and one map entry: no locking, no parsing, no I/O.
 */
public final class KeySetCache implements KeySetView {

  /**
   * Settings shared by every key set of a verifier. A null executor stands for {@link ForkJoinPool#commonPool()},
   * a null listener for nobody.
   */
  public record Settings(JwksFetcher fetcher, Ticker ticker, Clock clock, Executor executor,
      KeySetListener listener, Duration timeToLive, Duration maxStaleAge, Duration kidMissInterval,
      Duration failureBackoff, Duration maxFailureBackoff, Duration fetchWait) {}

  private record Snapshot(Map<String, VerificationKey> keys, long fetchedNanos, Instant fetchedAt) {}

  private final URI uri;
  private final Settings settings;
  private final long ttlNanos;
  private final long refreshAheadNanos;
  private final long maxStaleNanos;
  private final long kidMissNanos;
  private volatile Snapshot snapshot;
  private final SingleFlight<URI, Snapshot> flights;
  private final FailureBackoff backoff;
  private final AtomicLong lastKidMissFetch = new AtomicLong();
  private volatile boolean kidMissFetched;

  /**
   * Creates the cache for one key set.
   *
   * @param uri the JWKS URI
   * @param settings the verifier's settings
   */
  public KeySetCache(URI uri, Settings settings) {
    this.uri = uri;
    this.settings = settings;
    this.ttlNanos = settings.timeToLive().toNanos();
    this.refreshAheadNanos = Math.min(ttlNanos / 10, Duration.ofMinutes(5).toNanos());
    this.maxStaleNanos = settings.maxStaleAge().toNanos();
    this.kidMissNanos = settings.kidMissInterval().toNanos();
    this.flights = new SingleFlight<>(settings.fetchWait());
    this.backoff = new FailureBackoff(settings.ticker(), settings.failureBackoff(), settings.maxFailureBackoff());
  }

  /**
   * Returns the key for a {@code kid}, fetching the set if none is cached and refetching once (rate-limited) if the
   * {@code kid} is unknown.
   *
   * @param kid the token's key id
   * @return the key; never ambiguous
   * @throws KeyNotFoundException if no usable key has this {@code kid}
   * @throws KeySetUnavailableException if no usable key set can be had
   */
  public VerificationKey key(String kid) {
    long now = settings.ticker().read();
    Snapshot observed = snapshot;
    Snapshot s = usable(observed, now);
    if (s == null) {
      s = fetchCold(observed, now);
    } else if (now - s.fetchedNanos >= ttlNanos - refreshAheadNanos) {
      refreshInBackground(now);
    }
    VerificationKey key = s.keys.get(kid);
    if (key != null) {
      return found(key, kid);
    }
    s = refetchForMiss(s, now);
    key = s.keys.get(kid);
    if (key == null) {
      throw Rejections.keyNotFound("no key with kid '" + printable(kid) + "' in the key set of " + uri);
    }
    return found(key, kid);
  }

  /**
   * Returns the key for a {@code kid} if it can be had without waiting: from a usable cached key set, with no fetch
   * to start or join on this thread. Starts a due background refresh on the executor, as {@link #key(String)} does.
   *
   * @param kid the token's key id
   * @return the key, or null if {@link #key(String)} would have to fetch or wait for a fetch (no usable key set yet,
   *     or the {@code kid} is not in the cached set)
   * @throws KeyNotFoundException if the cached set has this {@code kid} for two different keys
   */
  public VerificationKey keyWithoutWaiting(String kid) {
    long now = settings.ticker().read();
    Snapshot s = usable(snapshot, now);
    if (s == null) {
      return null;
    }
    if (now - s.fetchedNanos >= ttlNanos - refreshAheadNanos) {
      refreshInBackground(now);
    }
    VerificationKey key = s.keys.get(kid);
    return key == null ? null : found(key, kid);
  }

  private VerificationKey found(VerificationKey key, String kid) {
    if (key.ambiguous()) {
      throw Rejections.keyNotFound("kid '" + printable(kid) + "' names two different keys in the key set of "
          + uri + "; it is not used");
    }
    if (settings.listener() != null) {
      notify(() -> settings.listener().hit(uri));
    }
    return key;
  }

  private Snapshot usable(Snapshot s, long now) {
    if (s == null) {
      return null;
    }
    return now - s.fetchedNanos <= maxStaleNanos ? s : null;
  }

  private Snapshot fetchCold(Snapshot observed, long now) {
    CompletableFuture<Snapshot> running = flights.running(uri);
    if (running == null && backoff.blocked(now)) {
      throw new KeySetUnavailableException("no usable key set from " + uri + ": the last fetch failed; next try in "
          + Duration.ofNanos(backoff.remainingNanos(now)).toMillis() + " ms");
    }
    return await(running != null ? running : startFetch(observed, false));
  }

  private Snapshot refetchForMiss(Snapshot current, long now) {
    CompletableFuture<Snapshot> running = flights.running(uri);
    if (running != null) {
      notify(() -> settings.listener().kidMiss(uri, true));
      return awaitQuietly(running, current);
    }
    long last = lastKidMissFetch.get();
    boolean limited = kidMissFetched && now - last < kidMissNanos;
    boolean blocked = backoff.blocked(now);
    if (limited || blocked || !lastKidMissFetch.compareAndSet(last, now)) {
      notify(() -> settings.listener().kidMiss(uri, false));
      return current;
    }
    kidMissFetched = true;
    notify(() -> settings.listener().kidMiss(uri, true));
    return awaitQuietly(startFetch(current, false), current);
  }

  /** Waits for a refetch; on failure keeps the current set, whose keys are still valid. */
  private Snapshot awaitQuietly(CompletableFuture<Snapshot> fetch, Snapshot current) {
    try {
      return await(fetch);
    } catch (KeySetUnavailableException e) {
      return current;
    }
  }

  private void refreshInBackground(long now) {
    if (flights.running(uri) != null || backoff.blocked(now)) {
      return;
    }
    CompletableFuture<Snapshot> mine = flights.lead(uri);
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
   * Starts a fetch on this thread, or joins the one under way. If another fetch finished after the caller read
   * {@code observed}, its result is used instead of fetching again: N threads that all saw an empty or stale cache
   * cause one request.
   */
  private CompletableFuture<Snapshot> startFetch(Snapshot observed, boolean explicit) {
    return flights.join(uri, mine -> {
      Snapshot current = snapshot;
      if (!explicit && current != observed && current != null) {
        // Another caller's fetch finished since this one looked: use its key set.
        flights.complete(uri, mine, current);
      } else {
        runFetch(mine);
      }
    });
  }

  private void runFetch(CompletableFuture<Snapshot> mine) {
    long start = settings.ticker().read();
    try {
      byte[] body = settings.fetcher().fetch(uri);
      if (body == null) {
        throw new KeySetUnavailableException("the fetcher returned no body for " + uri);
      }
      Map<String, VerificationKey> keys = carryOver(JwkSetParser.parse(body));
      long end = settings.ticker().read();
      Snapshot s = new Snapshot(keys, end, settings.clock().instant());
      snapshot = s;
      // Only fetches for an unknown kid count against kidMissInterval: a key published right after a scheduled or
      // first fetch is fetched at its first token, not refused for up to an interval.
      backoff.succeeded();
      Log.LOG.debug("Fetched the key set {}: {} usable keys", uri, keys.size());
      notify(() -> settings.listener().fetched(uri, keys.size(), Duration.ofNanos(end - start)));
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

  private void failed(CompletableFuture<Snapshot> mine, KeySetUnavailableException e) {
    Duration retry = backoff.failed();
    if (snapshot != null) {
      Log.LOG.warn("Key set refresh from {} failed ({}); cached keys stay in use, next try in {} ms", uri,
          e.getMessage(), retry.toMillis());
    } else {
      Log.LOG.debug("Key set fetch from {} failed ({}); next try in {} ms", uri, e.getMessage(), retry.toMillis());
    }
    notify(() -> settings.listener().fetchFailed(uri, e, retry));
    flights.fail(uri, mine, e);
  }

  private Snapshot await(CompletableFuture<Snapshot> fetch) {
    return flights.await(fetch, () -> "the key set from " + uri);
  }

  private Map<String, VerificationKey> carryOver(Map<String, VerificationKey> fresh) {
    Snapshot old = snapshot;
    if (old == null) {
      return fresh;
    }
    Map<String, VerificationKey> merged = new java.util.HashMap<>(fresh);
    for (Map.Entry<String, VerificationKey> e : fresh.entrySet()) {
      VerificationKey before = old.keys.get(e.getKey());
      if (before != null && before.ambiguous() == e.getValue().ambiguous()
          && before.sameMaterial(e.getValue())) {
        merged.put(e.getKey(), before);
      }
    }
    return java.util.Collections.unmodifiableMap(merged);
  }

  /**
   * Tells, without fetching, whether a key that verified a token is still in the cached set and the set is still
   * usable (not older than the maximum stale age). The verified-token cache asks this on every hit, so that a key
   * removed from the published set stops vouching for tokens it verified before.
   *
   * @param key a key this cache returned
   * @return true if the current set still holds this very key
   */
  public boolean stillPublished(VerificationKey key) {
    Snapshot s = snapshot;
    return s != null && settings.ticker().read() - s.fetchedNanos <= maxStaleNanos && s.keys.get(key.kid()) == key;
  }

  /**
   * Replaces the cached set with a document held by the caller.
   *
   * @param body the JWKS document
   * @throws IllegalArgumentException if it is not a key set
   */
  public void preload(byte[] body) {
    try {
      Map<String, VerificationKey> keys = carryOver(JwkSetParser.parse(body));
      snapshot = new Snapshot(keys, settings.ticker().read(), settings.clock().instant());
      backoff.succeeded();
    } catch (JwkSetParser.InvalidKeySetException e) {
      throw new IllegalArgumentException("jwks is not a JSON Web Key Set: " + e.getMessage());
    }
  }

  @Override
  public URI jwksUri() {
    return uri;
  }

  @Override
  public Set<String> kids() {
    Snapshot s = snapshot;
    return s == null ? Set.of() : s.keys.keySet();
  }

  @Override
  public Optional<Instant> fetchedAt() {
    Snapshot s = snapshot;
    return s == null ? Optional.empty() : Optional.of(s.fetchedAt);
  }

  @Override
  public void refresh() {
    await(startFetch(snapshot, true));
  }

  @Override
  public String toString() {
    Snapshot s = snapshot;
    return "KeySet{" + uri + ", kids=" + (s == null ? "[]" : s.keys.keySet()) + "}";
  }

  private void notify(Runnable event) {
    if (settings.listener() != null) {
      Listeners.notify(event);
    }
  }

  /** Keeps attacker-chosen kids short and printable in messages. */
  static String printable(String kid) {
    StringBuilder sb = new StringBuilder(Math.min(kid.length(), 64));
    for (int i = 0; i < kid.length() && i < 64; i++) {
      char c = kid.charAt(i);
      sb.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return kid.length() > 64 ? sb + "..." : sb.toString();
  }

  /** The logger, made on first use: a verifier that has nothing to log does not start SLF4J. */
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger(KeySetCache.class);
  }
}
