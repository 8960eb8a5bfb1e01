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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ALB signing keys: one PEM public key per {@code kid}, at {@code {base}/{kid}}. Keys are cached by {@code kid}
 * (bounded), fetched single-flight, and fetches for {@code kid}s not yet cached are rate-limited per base URI, so a
 * flood of random {@code kid}s causes at most one request per interval. Transport failures back off.
 */
public final class AlbKeyCache {
  private static final Logger LOG = LoggerFactory.getLogger(AlbKeyCache.class);
  private static final ECParameterSpec P256 = p256();

  /** Settings shared by the key caches of a verifier. */
  public record Settings(JwksFetcher fetcher, Ticker ticker, KeySetListener listener, Duration missInterval,
      Duration failureBackoff, Duration maxFailureBackoff, Duration fetchWait, int maxKeys) {}

  private final URI base;
  private final Settings settings;
  private final Cache<String, VerificationKey> keys;
  private final ConcurrentHashMap<String, CompletableFuture<VerificationKey>> inFlight = new ConcurrentHashMap<>();
  private final AtomicLong lastMissFetch = new AtomicLong();
  private volatile boolean fetchedBefore;
  private volatile long retryNotBefore;
  private volatile boolean backingOff;
  private int consecutiveFailures;

  /**
   * Creates the cache for one key host.
   *
   * @param base the base URI; a key is at {@code base + "/" + kid}
   * @param settings the verifier's settings
   */
  public AlbKeyCache(URI base, Settings settings) {
    this.base = base;
    this.settings = settings;
    this.keys = Caffeine.newBuilder().maximumSize(settings.maxKeys()).executor(Runnable::run).build();
  }

  /**
   * Returns the key for a {@code kid}, fetching it if needed and allowed.
   *
   * @param kid a UUID, already checked
   * @return the P-256 key
   * @throws KeyNotFoundException if the key server has no such key, or the fetch was rate-limited
   * @throws KeySetUnavailableException if the key server cannot be reached
   */
  public VerificationKey key(String kid) {
    VerificationKey cached = keys.getIfPresent(kid);
    if (cached != null) {
      notify(() -> settings.listener().hit(base));
      return cached;
    }
    CompletableFuture<VerificationKey> running = inFlight.get(kid);
    if (running != null) {
      notify(() -> settings.listener().kidMiss(base, true));
      return await(running, kid);
    }
    long now = settings.ticker().read();
    if (backingOff && now - retryNotBefore < 0) {
      notify(() -> settings.listener().kidMiss(base, false));
      throw new KeySetUnavailableException("ALB key server " + base + " failed recently; next try in "
          + Duration.ofNanos(retryNotBefore - now).toMillis() + " ms");
    }
    long last = lastMissFetch.get();
    if ((fetchedBefore && now - last < settings.missInterval().toNanos()) || !lastMissFetch.compareAndSet(last, now)) {
      notify(() -> settings.listener().kidMiss(base, false));
      throw new KeyNotFoundException("ALB key " + kid + " is not cached, and fetching it is rate-limited");
    }
    fetchedBefore = true;
    notify(() -> settings.listener().kidMiss(base, true));
    CompletableFuture<VerificationKey> mine = new CompletableFuture<>();
    CompletableFuture<VerificationKey> other = inFlight.putIfAbsent(kid, mine);
    if (other != null) {
      return await(other, kid);
    }
    fetch(kid, mine);
    return await(mine, kid);
  }

  private void fetch(String kid, CompletableFuture<VerificationKey> mine) {
    URI uri = URI.create(base.toString() + (base.toString().endsWith("/") ? "" : "/") + kid);
    long start = settings.ticker().read();
    try {
      byte[] body = settings.fetcher().fetch(uri);
      VerificationKey key = parsePem(kid, body);
      keys.put(kid, key);
      consecutiveFailures = 0;
      backingOff = false;
      long took = settings.ticker().read() - start;
      notify(() -> settings.listener().fetched(base, 1, Duration.ofNanos(took)));
      mine.complete(key);
    } catch (KeySetUnavailableException e) {
      Throwable cause = e.getCause();
      if (cause instanceof HttpJwksFetcher.HttpStatusException
          && (((HttpJwksFetcher.HttpStatusException) cause).status() == 404
          || ((HttpJwksFetcher.HttpStatusException) cause).status() == 403)) {
        mine.completeExceptionally(new KeyNotFoundException("the ALB key server has no key " + kid));
      } else {
        failed(mine, e);
      }
    } catch (RuntimeException e) {
      failed(mine, new KeySetUnavailableException("fetching ALB key " + kid + " failed: "
          + e.getClass().getSimpleName(), e));
    } finally {
      inFlight.remove(kid, mine);
    }
  }

  private void failed(CompletableFuture<VerificationKey> mine, KeySetUnavailableException e) {
    synchronized (this) {
      consecutiveFailures++;
      long backoff = settings.failureBackoff().toNanos();
      for (int i = 1; i < consecutiveFailures && backoff < settings.maxFailureBackoff().toNanos(); i++) {
        backoff = Math.min(settings.maxFailureBackoff().toNanos(), backoff * 2);
      }
      retryNotBefore = settings.ticker().read() + backoff;
      backingOff = true;
      Duration retry = Duration.ofNanos(backoff);
      LOG.debug("ALB key fetch from {} failed ({}); next try in {} ms", base, e.getMessage(), retry.toMillis());
      notify(() -> settings.listener().fetchFailed(base, e, retry));
    }
    mine.completeExceptionally(e);
  }

  private VerificationKey await(CompletableFuture<VerificationKey> f, String kid) {
    try {
      return f.get(settings.fetchWait().toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new KeySetUnavailableException("fetching ALB key " + kid + " failed", e.getCause());
    } catch (TimeoutException e) {
      throw new KeySetUnavailableException("fetching ALB key " + kid + " did not finish in time");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KeySetUnavailableException("interrupted while fetching ALB key " + kid, e);
    }
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
      keys.put(kid, parsePem(kid, pem));
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

  private void notify(Runnable event) {
    try {
      event.run();
    } catch (RuntimeException e) {
      LOG.debug("A KeySetListener threw; ignored", e);
    }
  }
}
