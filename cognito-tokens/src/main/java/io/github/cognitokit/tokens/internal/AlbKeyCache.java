package io.github.cognitokit.tokens.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.cognitokit.tokens.JwksFetcher;
import io.github.cognitokit.tokens.KeyNotFoundException;
import io.github.cognitokit.tokens.KeySetListener;
import io.github.cognitokit.tokens.KeySetUnavailableException;
import io.github.cognitokit.tokens.Ticker;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ALB signing keys: one PEM public key per {@code kid}, at {@code {base}/{kid}}.
 *
 * <ul>
 *   <li>Keys are cached by {@code kid} (bounded) for a time to live; an expired key is fetched again, and if the
 *       key server cannot be reached the old key stays in use up to the maximum stale age. A key server that answers
 *       404 or 403 for a cached {@code kid} has withdrawn it: it is dropped at once.</li>
 *   <li>Fetches of {@code kid}s not yet cached are single-flight and limited per key host by a token bucket of
 *       {@link Settings#missBurst()} fetches refilled over {@link Settings#missInterval()}: a flood of random
 *       {@code kid}s causes at most that many requests per interval.</li>
 *   <li>A {@code kid} the key server does not have is remembered for one interval and answered without a request,
 *       so the same bad {@code kid} repeated costs nothing and leaves the bucket to other {@code kid}s.</li>
 *   <li>A {@code kid} refused only because the bucket is empty is an outage ({@link KeySetUnavailableException},
 *       which the filter answers 503 with {@code Retry-After}), not a bad token: a genuinely new key crowded out
 *       by random ones makes clients retry, not discard a good token.</li>
 *   <li>Transport failures back off exponentially.</li>
 * </ul>
 */
public final class AlbKeyCache {
  private static final ECParameterSpec P256 = p256();

  /**
   * Settings shared by the key caches of a verifier.
   *
   * @param fetcher fetches {@code {base}/{kid}}
   * @param ticker the time source for lifetimes, the bucket and back-off
   * @param listener receives key events
   * @param missInterval the time over which the bucket refills completely
   * @param missBurst the bucket's size: new-{@code kid} fetches allowed at once
   * @param timeToLive how long a key is used before it is fetched again
   * @param maxStaleAge how long a key stays in use while its key server cannot be reached
   * @param failureBackoff the first back-off after a failed fetch
   * @param maxFailureBackoff the longest back-off
   * @param fetchWait how long a caller waits for a fetch
   * @param maxKeys the most keys cached
   */
  public record Settings(JwksFetcher fetcher, Ticker ticker, KeySetListener listener, Duration missInterval,
      int missBurst, Duration timeToLive, Duration maxStaleAge, Duration failureBackoff, Duration maxFailureBackoff,
      Duration fetchWait, int maxKeys) {}

  private record Entry(VerificationKey key, long fetchedNanos) {}

  private final URI base;
  private final Settings settings;
  private final Cache<String, Entry> keys;
  /** {@code kid}s the key server said it does not have, until one interval has passed. */
  private final Cache<String, Boolean> missing;
  private final SingleFlight<String, Entry> flights;
  private final FailureBackoff backoff;
  private final long ttlNanos;
  private final long intervalNanos;
  // The token bucket, guarded by this.
  private double tokens;
  private long refilledAt;

  /**
   * Creates the cache for one key host.
   *
   * @param base the base URI; a key is at {@code base + "/" + kid}
   * @param settings the verifier's settings
   */
  public AlbKeyCache(URI base, Settings settings) {
    this.base = base;
    this.settings = settings;
    this.ttlNanos = settings.timeToLive().toNanos();
    this.intervalNanos = settings.missInterval().toNanos();
    com.github.benmanes.caffeine.cache.Ticker ticker = settings.ticker()::read;
    this.keys = Caffeine.newBuilder().maximumSize(settings.maxKeys()).ticker(ticker)
        .expireAfterWrite(settings.maxStaleAge()).executor(Runnable::run).build();
    this.missing = Caffeine.newBuilder().maximumSize(1024).ticker(ticker)
        .expireAfterWrite(settings.missInterval()).executor(Runnable::run).build();
    this.tokens = settings.missBurst();
    this.refilledAt = settings.ticker().read();
    this.flights = new SingleFlight<>(settings.fetchWait());
    this.backoff = new FailureBackoff(settings.ticker(), settings.failureBackoff(), settings.maxFailureBackoff());
  }

  /**
   * Returns the key for a {@code kid}, fetching it if needed and allowed.
   *
   * @param kid a UUID, already checked
   * @return the P-256 key
   * @throws KeyNotFoundException if the key server has no such key (now, or when asked within the last interval)
   * @throws KeySetUnavailableException if the key server cannot be reached, or new keys may not be fetched right
   *     now (rate limit)
   */
  public VerificationKey key(String kid) {
    long now = settings.ticker().read();
    Entry cached = keys.getIfPresent(kid);
    if (cached != null && now - cached.fetchedNanos < ttlNanos) {
      notify(() -> settings.listener().hit(base));
      return cached.key;
    }
    if (cached != null) {
      return refresh(kid, cached, now);
    }
    CompletableFuture<Entry> running = flights.running(kid);
    if (running != null) {
      notify(() -> settings.listener().kidMiss(base, true));
      return await(running, kid).key;
    }
    if (missing.getIfPresent(kid) != null) {
      notify(() -> settings.listener().kidMiss(base, false));
      throw new KeyNotFoundException("the ALB key server had no key " + kid + " when last asked");
    }
    if (backoff.blocked(now)) {
      notify(() -> settings.listener().kidMiss(base, false));
      throw new KeySetUnavailableException("ALB key server " + base + " failed recently; next try in "
          + Duration.ofNanos(backoff.remainingNanos(now)).toMillis() + " ms");
    }
    long wait = takeToken(now);
    if (wait > 0) {
      notify(() -> settings.listener().kidMiss(base, false));
      throw new KeySetUnavailableException("fetches of new ALB keys from " + base + " are rate-limited; next in "
          + Math.max(1, Duration.ofNanos(wait).toMillis()) + " ms");
    }
    notify(() -> settings.listener().kidMiss(base, true));
    return fetchShared(kid).key;
  }

  /** Fetches a cached key whose time to live ran out; keeps the old one while the key server is down. */
  private VerificationKey refresh(String kid, Entry stale, long now) {
    if (backoff.blocked(now)) {
      return stale.key;
    }
    try {
      return fetchShared(kid).key;
    } catch (KeyNotFoundException e) {
      keys.invalidate(kid);
      throw e;
    } catch (KeySetUnavailableException e) {
      Log.LOG.warn("Refreshing ALB key {} from {} failed ({}); the cached key stays in use", kid, base, e.getMessage());
      return stale.key;
    }
  }

  private Entry fetchShared(String kid) {
    return await(flights.join(kid, mine -> fetch(kid, mine)), kid);
  }

  /**
   * Takes one fetch from the bucket.
   *
   * @return 0 if taken, else the nanoseconds until one is available
   */
  private synchronized long takeToken(long now) {
    int burst = settings.missBurst();
    if (intervalNanos == 0) {
      return 0;
    }
    double perNano = (double) burst / intervalNanos;
    tokens = Math.min(burst, tokens + (now - refilledAt) * perNano);
    refilledAt = now;
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return (long) Math.ceil((1 - tokens) / perNano);
  }

  private void fetch(String kid, CompletableFuture<Entry> mine) {
    URI uri = URI.create(base.toString() + (base.toString().endsWith("/") ? "" : "/") + kid);
    long start = settings.ticker().read();
    try {
      byte[] body = settings.fetcher().fetch(uri);
      VerificationKey key = parsePem(kid, body);
      long end = settings.ticker().read();
      Entry entry = new Entry(key, end);
      keys.put(kid, entry);
      backoff.succeeded();
      notify(() -> settings.listener().fetched(base, 1, Duration.ofNanos(end - start)));
      flights.complete(kid, mine, entry);
    } catch (KeySetUnavailableException e) {
      Throwable cause = e.getCause();
      if (cause instanceof HttpJwksFetcher.HttpStatusException
          && (((HttpJwksFetcher.HttpStatusException) cause).status() == 404
          || ((HttpJwksFetcher.HttpStatusException) cause).status() == 403)) {
        missing.put(kid, Boolean.TRUE);
        flights.fail(kid, mine, new KeyNotFoundException("the ALB key server has no key " + kid));
      } else {
        failed(kid, mine, e);
      }
    } catch (RuntimeException e) {
      failed(kid, mine, new KeySetUnavailableException("fetching ALB key " + kid + " failed: "
          + e.getClass().getSimpleName(), e));
    }
  }

  private void failed(String kid, CompletableFuture<Entry> mine, KeySetUnavailableException e) {
    Duration retry = backoff.failed();
    Log.LOG.debug("ALB key fetch from {} failed ({}); next try in {} ms", base, e.getMessage(), retry.toMillis());
    notify(() -> settings.listener().fetchFailed(base, e, retry));
    flights.fail(kid, mine, e);
  }

  private Entry await(CompletableFuture<Entry> f, String kid) {
    return flights.await(f, () -> "ALB key " + kid);
  }

  /**
   * Adds a key held by the caller, for tests and offline use.
   *
   * @param kid the key id
   * @param pem the PEM public key
   * @throws IllegalArgumentException if it is not a P-256 public key
   */
  public void preload(String kid, byte[] pem) {
    try {
      keys.put(kid, new Entry(parsePem(kid, pem), settings.ticker().read()));
    } catch (KeySetUnavailableException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /**
   * Parses an ALB key: a PEM {@code PUBLIC KEY} on the P-256 curve.
   *
   * @param kid the key id
   * @param body the PEM bytes
   * @return the key, bound to ES256
   * @throws KeySetUnavailableException if it is not a P-256 PEM public key
   */
  static VerificationKey parsePem(String kid, byte[] body) {
    String text = new String(body, StandardCharsets.US_ASCII).trim();
    String begin = "-----BEGIN PUBLIC KEY-----";
    String end = "-----END PUBLIC KEY-----";
    if (!text.startsWith(begin) || !text.endsWith(end)) {
      throw new KeySetUnavailableException("ALB key " + kid + " is not a PEM public key");
    }
    try {
      byte[] der = Base64.getMimeDecoder().decode(text.substring(begin.length(), text.length() - end.length()));
      PublicKey key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
      ECParameterSpec params = ((ECPublicKey) key).getParams();
      if (!params.getCurve().equals(P256.getCurve()) || !params.getOrder().equals(P256.getOrder())) {
        throw new KeySetUnavailableException("ALB key " + kid + " is not on the P-256 curve");
      }
      return new VerificationKey(kid, "EC", "P-256", "ES256", key, false);
    } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
      throw new KeySetUnavailableException("ALB key " + kid + " is not a valid EC public key");
    }
  }

  private static ECParameterSpec p256() {
    try {
      AlgorithmParameters p = AlgorithmParameters.getInstance("EC");
      p.init(new ECGenParameterSpec("secp256r1"));
      return p.getParameterSpec(ECParameterSpec.class);
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static void notify(Runnable event) {
    Listeners.notify(event);
  }

  /** The logger, made on first use: a verifier that has nothing to log does not start SLF4J. */
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger(AlbKeyCache.class);
  }
}
