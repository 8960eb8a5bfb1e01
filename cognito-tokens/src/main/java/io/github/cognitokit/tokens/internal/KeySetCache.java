package io.github.cognitokit.tokens.internal;

import io.github.cognitokit.tokens.JwksFetcher;
import io.github.cognitokit.tokens.KeyNotFoundException;
import io.github.cognitokit.tokens.KeySetListener;
import io.github.cognitokit.tokens.KeySetUnavailableException;
import io.github.cognitokit.tokens.KeySetView;
import io.github.cognitokit.tokens.Ticker;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * The cached key set of one JWKS URI: parsed keys, a lifetime with refresh-ahead, single-flight fetches, a rate
 * limit on refetches for unknown {@code kid}s (only those refetches count against it, so a key rotated in right
 * after another fetch is found at once), back-off after failures, and a maximum stale age during outages.
 *
 * <p>The hot path reads one volatile snapshot and one map entry: no locking, no parsing, no I/O. Everything that
 * fetches lives in {@link KeySetFetches}, made on the first fetch: a cache that only ever serves a preloaded set
 * (a function started with its key set in hand) never loads that code.
 */
public final class KeySetCache implements KeySetView {

  /**
   * Every setting that shapes a verifier's key sets, equal for equal settings: a sibling verifier whose settings
   * equal these shares the caches. A null fetcher and HTTP client stand for the default client (made on the first
   * fetch), a null ticker for {@link System#nanoTime()}, a null executor for {@link ForkJoinPool#commonPool()}, a
   * null listener for nobody: defaults that load no class of their own until they are needed.
   *
   * @param fetcher the user's fetcher, or null to fetch over HTTP
   * @param httpClient the user's HTTP client, or null for the default one
   * @param connectTimeout the default client's connect timeout
   * @param responseTimeout the deadline for a whole HTTP exchange
   * @param maxKeySetSize the largest key-set document accepted over HTTP, in bytes
   * @param ticker the ticker, or null for the system's
   * @param clock the clock for fetch times
   * @param executor the executor for background refreshes, or null for the common pool
   * @param listener the listener, or null
   * @param timeToLive how long a fetched set is fresh
   * @param maxStaleAge how long a set is used while fetches fail
   * @param kidMissInterval the least time between two refetches for unknown {@code kid}s
   * @param failureBackoff the first back-off after a failed fetch
   * @param maxFailureBackoff the longest back-off
   */
  public record Settings(JwksFetcher fetcher, HttpClient httpClient, Duration connectTimeout,
      Duration responseTimeout, int maxKeySetSize, Ticker ticker, Clock clock, Executor executor,
      KeySetListener listener, Duration timeToLive, Duration maxStaleAge, Duration kidMissInterval,
      Duration failureBackoff, Duration maxFailureBackoff) {

    /**
     * Reads the ticker.
     *
     * @return nanoseconds from an arbitrary origin
     */
    public long now() {
      return ticker == null ? System.nanoTime() : ticker.read();
    }

    /**
     * Returns the ticker, the system's if none was set.
     *
     * @return the ticker
     */
    public Ticker tickerOrSystem() {
      return ticker == null ? Ticker.system() : ticker;
    }

    /**
     * How long a caller waits for a fetch another thread runs: the HTTP deadlines and a second for parsing, or 30 s
     * more for a user's fetcher, whose own deadlines are unknown.
     *
     * @return the wait
     */
    Duration fetchWait() {
      return responseTimeout.plus(connectTimeout).plusSeconds(fetcher != null ? 30 : 1);
    }
  }

  /** One fetched or preloaded key set, with when it was had. */
  record Snapshot(Map<String, VerificationKey> keys, long fetchedNanos, Instant fetchedAt) {}

  private final URI uri;
  private final Settings settings;
  private final long ttlNanos;
  private final long refreshAheadNanos;
  private final long maxStaleNanos;
  private volatile Snapshot snapshot;
  private volatile KeySetFetches fetches;

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
  }

  /** The fetching half, made on first use. */
  private KeySetFetches fetches() {
    KeySetFetches f = fetches;
    if (f == null) {
      synchronized (this) {
        f = fetches;
        if (f == null) {
          f = new KeySetFetches(this, uri, settings);
          fetches = f;
        }
      }
    }
    return f;
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
    long now = settings.now();
    Snapshot observed = snapshot;
    Snapshot s = usable(observed, now);
    if (s == null) {
      s = fetches().fetchCold(observed, now);
    } else if (now - s.fetchedNanos >= ttlNanos - refreshAheadNanos) {
      fetches().refreshInBackground(now);
    }
    VerificationKey key = s.keys.get(kid);
    if (key != null) {
      return found(key, kid);
    }
    s = fetches().refetchForMiss(s, now);
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
    long now = settings.now();
    Snapshot s = usable(snapshot, now);
    if (s == null) {
      return null;
    }
    if (now - s.fetchedNanos >= ttlNanos - refreshAheadNanos) {
      fetches().refreshInBackground(now);
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

  /** The current snapshot, or null. */
  Snapshot snapshot() {
    return snapshot;
  }

  /** Publishes a fetched snapshot. */
  void publish(Snapshot s) {
    snapshot = s;
  }

  /**
   * Keeps the instances of keys that did not change, so that tokens they verified stay in the verified-token
   * cache.
   */
  Map<String, VerificationKey> carryOver(Map<String, VerificationKey> fresh) {
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
    return s != null && settings.now() - s.fetchedNanos <= maxStaleNanos && s.keys.get(key.kid()) == key;
  }

  /**
   * Replaces the cached set with a document held by the caller.
   *
   * @param jwks the JWKS document
   * @throws IllegalArgumentException if it is not a key set
   */
  public void preload(String jwks) {
    try {
      Map<String, VerificationKey> keys = carryOver(JwkSetParser.parse(jwks));
      snapshot = new Snapshot(keys, settings.now(), settings.clock().instant());
      KeySetFetches f = fetches;
      if (f != null) {
        f.succeeded(); // a key set in hand ends a back-off, as a fetched one does
      }
    } catch (RuntimeException e) { // JwkSetParser.InvalidKeySetException, not named: see Rejections
      throw e instanceof JwkSetParser.InvalidKeySetException
          ? new IllegalArgumentException("jwks is not a JSON Web Key Set: " + e.getMessage()) : e;
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
    fetches().refresh();
  }

  @Override
  public String toString() {
    Snapshot s = snapshot;
    return "KeySet{" + uri + ", kids=" + (s == null ? "[]" : s.keys.keySet()) + "}";
  }

  /** Tells the listener of an event, if there is one. */
  void notify(Runnable event) {
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
}
